import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

// Each case in a process of its own: V8's flags are per process and cannot be unset.
const run = (code: string, args: string[] = [], env: Record<string, string> = {}) =>
  execFileSync(process.execPath, [...args, '--import', 'tsx', '--input-type=module', '-e', code], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  }).trim();
const probe = (call: string) =>
  `import { boundHeapGrowth } from ${JSON.stringify(new URL('../src/heap.ts', import.meta.url).pathname)}; console.log(${call});`;

describe('boundHeapGrowth', () => {
  test('sets the flag, and not when the process was given its own or 0', () => {
    expect(run(probe('boundHeapGrowth(100)'))).toBe('true');
    expect(run(probe('boundHeapGrowth(0)'))).toBe('false');
    expect(run(probe('boundHeapGrowth(100)'), ['--heap-growing-percent=30'])).toBe('false');
  }, 60_000);
});
