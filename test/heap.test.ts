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

describe('MAIN_THREAD_V8_FLAGS', () => {
  test('npm start runs the bot with them, and they bound the main thread young generation', async () => {
    const { MAIN_THREAD_V8_FLAGS } = await import('../src/heap.js');
    const { PROJECT_ROOT } = await import('../src/config/config.js');
    const fs = await import('node:fs');
    const start = JSON.parse(fs.readFileSync(`${PROJECT_ROOT}/package.json`, 'utf8')).scripts.start as string;
    expect(start).toBe(`exec node ${MAIN_THREAD_V8_FLAGS.join(' ')} dist/main.js`);
    // The largest new space V8 allows a heap (what it grows to after a start-up where most survives).
    const newSpaceMax = (args: string[]) =>
      Number(
        execFileSync(
          process.execPath,
          [
            ...args,
            '--input-type=module',
            '-e',
            `import v8 from 'node:v8'; const keep = []; for (let i = 0; i < 3e6; i++) keep.push({ i }); console.log(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);`,
          ],
          { encoding: 'utf8' },
        ).trim(),
      );
    expect(newSpaceMax([...MAIN_THREAD_V8_FLAGS])).toBeLessThanOrEqual(8 * 2 ** 20);
    expect(newSpaceMax([])).toBeGreaterThan(8 * 2 ** 20);
  }, 60_000);
});
