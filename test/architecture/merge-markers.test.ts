import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

// A merge that left its conflict markers in a file (it happened to docs/ARCHITECTURE.md once) is
// caught here, whatever the file: sources, tests, scripts, docs, data and the top-level files.
const ROOTS = ['src', 'test', 'scripts', 'docs', 'data', 'bin', '.ci'];
const TOP = ['README.md', 'package.json', 'tsconfig.json', 'biome.json'];
const TEXT = /\.(?:ts|mjs|js|json|jsonl|md|yaml|yml|txt|csv)$|^run$/;

function walk(dir: string, out: string[]): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (TEXT.test(entry.name)) out.push(full);
  }
}

test('no file holds a merge conflict marker', () => {
  const files: string[] = TOP.filter((f) => fs.existsSync(f));
  for (const root of ROOTS) walk(root, files);
  expect(files.length).toBeGreaterThan(100);
  const marked = files.filter((f) => /^(?:<{7} |>{7} |={7}$)/m.test(fs.readFileSync(f, 'utf8')));
  expect(marked).toEqual([]);
});
