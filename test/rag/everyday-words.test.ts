import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EVERYDAY_WORDS } from '../../src/rag/everyday-words.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the everyday words the typo corrector leaves alone', () => {
  test('the generated list is current with data/taxonomy/skills.yaml', () => {
    // Exits 1 (and this throws) when a skill was added without regenerating the list.
    const out = execFileSync('npx', ['tsx', 'scripts/everyday-words.ts', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toMatch(/is current/);
  }, 60_000);

  test('holds common words one edit from a skill, never a skill name, alias or its plural', () => {
    for (const w of ['packet', 'consult', 'mention', 'string', 'setting'])
      expect(EVERYDAY_WORDS.has(w)).toBe(true);
    for (const w of ['docker', 'dockers', 'kafka', 'kubernetes', 'kubernates', 'packer', 'rust'])
      expect(EVERYDAY_WORDS.has(w)).toBe(false);
  });
});
