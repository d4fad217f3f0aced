/**
 * `tsx scripts/scale-rederive.ts SOURCE_DATA_DIR OUT_DATA_DIR`: a copy of SOURCE's serving
 * generation, published in OUT with what this code derives at publish built again (the fact
 * columns, every listing's summary and what each listing's text gives each descriptive question), so a
 * large generation assembled by an older commit (`scale-replicate.ts`, half an hour at 100,000
 * listings) can be served as a generation of this one. SOURCE is only read. The listings, chunks,
 * vectors and embedding model are copied as they are: nothing is extracted or embedded again.
 *
 * With `--facts-only`, only the fact columns are derived again and every other stored column is
 * kept as SOURCE stored it (relabelled for the new generation): for a change to the fact columns
 * alone, when the summaries and kinds SOURCE stored are in this code's form (minutes at 100,000
 * listings instead of ten).
 *
 * With `--new-kinds KIND,KIND --from-version N` (for a change that adds descriptive kinds and
 * alters none, as round 9's): as `--facts-only`, and SOURCE's stored kinds of GIVEN_VERSION N kept
 * under this code's names, only the named kinds worked out from every listing's text. Check first
 * that the kinds both store are the same (round 9: the 38 columns both versions stored at 20,162
 * listings were byte-identical); never for a change to what an existing kind holds.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { GivenKind } from '../src/rag/answer/compose/given.js';
import { encodeKind, givenKindReading, internedKind } from '../src/rag/answer/compose/given.js';
import { givenColumnName, givenColumns } from '../src/rag/answer/engine.js';
import {
  CorpusReader,
  carryFrom,
  summaryColumns,
  vocabularyColumns,
} from '../src/storage/corpus/corpus-reader.js';
import { openDatabase } from '../src/storage/corpus/database.js';
import { writeFactColumns, writeStoredColumns } from '../src/storage/corpus/facts.js';
import { DATABASE_FILE, GenerationStore } from '../src/storage/corpus/generations.js';

const argv = process.argv.slice(2);
const optionAt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const newKinds = optionAt('--new-kinds')?.split(',') as GivenKind[] | undefined;
const fromVersion = optionAt('--from-version');
if (newKinds && !fromVersion) throw new Error('--new-kinds needs --from-version N');
const factsOnly = argv.includes('--facts-only') || !!newKinds;
const [sourceDir, outDir] = argv.filter(
  (a, i) => !a.startsWith('--') && !['--new-kinds', '--from-version'].includes(argv[i - 1] ?? ''),
);
if (!sourceDir || !outDir)
  throw new Error('usage: tsx scripts/scale-rederive.ts [--facts-only] SOURCE_DATA_DIR OUT_DATA_DIR');
if (path.resolve(sourceDir) === path.resolve(outDir))
  throw new Error(`${outDir}: the copy goes to a data directory of its own (the source is only read)`);
const log = {
  info: (m: string) => process.stderr.write(`${m}\n`),
  warn: (m: string) => process.stderr.write(`${m}\n`),
};
const started = performance.now();
const source = new GenerationStore(sourceDir, log).current();
if (!source) throw new Error(`${sourceDir}: no generation`);
fs.mkdirSync(outDir, { recursive: true });
const store = new GenerationStore(outDir, log);
const staging = store.createStaging(new Date());
for (const name of fs.readdirSync(source.dir))
  if (name !== 'manifest.json') fs.copyFileSync(path.join(source.dir, name), path.join(staging.dir, name));
const file = path.join(staging.dir, DATABASE_FILE);
const db = openDatabase(file);
db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('generation', ?)").run(staging.id);
if (factsOnly)
  db.prepare('UPDATE fact_columns SET generation = ? WHERE generation = ?').run(staging.id, source.id);
writeFactColumns(db, staging.id);
const factsMs = performance.now() - started;
const staged = CorpusReader.staged(staging.id, file);
// Everything worked out again (no carry-over), with the listing versions the next refresh compares.
const given = factsOnly
  ? new Map<string, string>()
  : new Map([
      ...carryFrom(staged, null).columns,
      ...summaryColumns(staged),
      ...givenColumns(staged),
      ...vocabularyColumns(staged),
    ]);
if (newKinds) {
  // SOURCE's kinds under this code's names, and the new kinds worked out from every listing.
  const prefix = `given ${fromVersion} `;
  const rows = db
    .prepare('SELECT name, value FROM fact_columns WHERE generation = ? AND name LIKE ?')
    .all(staging.id, `${prefix}%`) as Array<{ name: string; value: Buffer }>;
  for (const r of rows) given.set(givenColumnName(r.name.slice(prefix.length)), r.value as never);
  const listings = staged.listings();
  for (const kind of newKinds) {
    const read = givenKindReading(kind);
    const interned = internedKind(listings.length);
    listings.forEach((summary, row) => {
      const l = staged.listing(summary.id);
      const value = l ? read(l) : null;
      if (value !== null) interned.put(row, JSON.stringify(value));
    });
    given.set(givenColumnName(kind), encodeKind(interned.at, interned.texts, null) as never);
  }
}
staged.close();
writeStoredColumns(db, staging.id, given);
const givenMs = performance.now() - started - factsMs;
db.pragma('wal_checkpoint(TRUNCATE)');
db.pragma('journal_mode = DELETE');
db.close();
const { files: _files, id: _id, ...manifest } = source.manifest;
const generation = store.publish(staging, { ...manifest, createdAt: new Date().toISOString(), parent: null });
process.stdout.write(
  `${JSON.stringify({
    generation: generation.id,
    from: source.id,
    columns: given.size,
    bytes: [...given.values()].reduce((n, v) => n + Buffer.byteLength(v), 0),
    copyAndFactsMs: Math.round(factsMs),
    summariesAndGivenMs: Math.round(givenMs),
    ms: Math.round(performance.now() - started),
  })}\n`,
);
