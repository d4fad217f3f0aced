import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';

// Every answer-key script recomputes its keys from the data files alone (listings, guides, the
// taxonomy, the extraction and industry keys), so a change to those files that its own parser cannot
// read, or that moves a key, fails here: the evaluation's expected answers stay reproducible.
const dir = path.join(PROJECT_ROOT, 'scripts/eval');
const scripts = fs
  .readdirSync(dir)
  .filter(
    (f) => f.endsWith('-answer-keys.mjs') && fs.readFileSync(path.join(dir, f), 'utf8').includes('--check'),
  );

describe('answer keys reproduce from the data files', () => {
  test.each(scripts)(
    '%s --check',
    (script) => {
      expect(() =>
        execFileSync(process.execPath, [path.join(dir, script), '--check'], {
          cwd: PROJECT_ROOT,
          stdio: 'pipe',
        }),
      ).not.toThrow();
    },
    60_000,
  );
});
