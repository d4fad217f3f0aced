import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { commandNameMentions, LAYERS, layerViolations, walk } from '../../scripts/arch-measures.js';
import { PROJECT_ROOT } from '../../src/config/config.js';

// The picture in docs/ARCHITECTURE.md, checked: which folder may import which, and who owns SQL.

const SRC = path.join(PROJECT_ROOT, 'src');
const relative = (file: string) => path.relative(PROJECT_ROOT, file);

test('every import runs in an allowed direction (core ← config ← storage ← rag ← services ← bot)', () => {
  expect(LAYERS.core).toEqual([]);
  expect(layerViolations().map((v) => `${v.file}:${v.line} ${v.from} -> ${v.to} (${v.specifier})`)).toEqual(
    [],
  );
});

test('SQL is written only under src/storage/', () => {
  const sql =
    /\.prepare\(|\.exec\(\s*['`"]|\b(SELECT|INSERT INTO|DELETE FROM|UPDATE \w+ SET)\b.*\b(FROM|VALUES|WHERE|SET)\b/;
  const outside = walk(SRC)
    .filter((f) => !relative(f).startsWith(`src${path.sep}storage${path.sep}`))
    .filter((f) => sql.test(fs.readFileSync(f, 'utf8')));
  expect(outside.map(relative)).toEqual([]);
});

test("the application reads the corpus through CorpusReader's methods, never its database", () => {
  const users = walk(SRC).filter((f) => /\binspectDatabase\(/.test(fs.readFileSync(f, 'utf8')));
  expect(users.map(relative)).toEqual([path.join('src', 'storage', 'corpus', 'corpus-reader.ts')]);
});

test('the Discord adapter names no command: commands declare their own buttons, forms and completions', () => {
  const mentions = commandNameMentions(walk(SRC), { slash: true });
  const inDiscord = Object.entries(mentions).flatMap(([name, files]) =>
    files.filter((f) => f.startsWith(path.join('src', 'bot', 'discord'))).map((f) => `${f} names /${name}`),
  );
  expect(inDiscord).toEqual([]);
});
