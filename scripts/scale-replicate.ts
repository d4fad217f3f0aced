/**
 * `tsx scripts/scale-replicate.ts SOURCE_DATA_DIR FACTOR OUT_DATA_DIR`: a large generation for
 * the serving figures, assembled from one that was ingested: every generated listing (`gen-N`) of
 * the source's serving generation is copied FACTOR − 1 times under new ids (`gen-M`, its company
 * renamed as the generator names companies), with its facts, skills, industries, chunks, full-text
 * rows and chunk vectors; the fact columns and the descriptive kinds (`givenColumns`) are built and
 * the generation is published with its checksums, as an ingest publishes.
 *
 * What it is not: an ingest. Nothing is extracted or embedded again (the copies share their
 * source's text and vectors) and the vector index is built with efConstruction 20 instead of 200
 * (the build is what makes a from-nothing ingest of 100,000 listings take hours on a shared
 * two-core machine). It measures what serving costs at that size: cold start, memory, /ask,
 * /market, /recommend and autocomplete (`tsx scripts/scale-bench.ts --serve OUT_DATA_DIR`); it
 * says nothing about ingest time or retrieval quality.
 */
import fs from 'node:fs';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import { givenColumns } from '../src/rag/answer/engine.js';
import {
  CorpusReader,
  carryFrom,
  summaryColumns,
  vocabularyColumns,
} from '../src/storage/corpus/corpus-reader.js';
import { openDatabase } from '../src/storage/corpus/database.js';
import { writeFactColumns, writeStoredColumns } from '../src/storage/corpus/facts.js';
import { DATABASE_FILE, GenerationStore } from '../src/storage/corpus/generations.js';

const [sourceDir, factorArg, outDir] = process.argv.slice(2);
const factor = Number(factorArg);
if (!sourceDir || !outDir || !Number.isInteger(factor) || factor < 1)
  throw new Error('usage: tsx scripts/scale-replicate.ts SOURCE_DATA_DIR FACTOR OUT_DATA_DIR');
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
  if (name.startsWith('local-embedder.'))
    fs.copyFileSync(path.join(source.dir, name), path.join(staging.dir, name));
const file = path.join(staging.dir, DATABASE_FILE);
fs.copyFileSync(source.databaseFile, file);
const db = openDatabase(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = OFF');

const docs = db
  .prepare("SELECT * FROM documents WHERE kind = 'listing' AND id LIKE '%gen-%' AND closed_at IS NULL")
  .all() as Array<Record<string, unknown> & { id: string; company: string }>;
/** A generated listing's id is `[source:]gen-N`. */
const GENERATED = /^(.*:)?gen-(\d+)$/;
const indexOf = (id: string) => Number(GENERATED.exec(id)?.[2] ?? Number.NaN);
const maxIndex = Math.max(...docs.map((d) => indexOf(d.id)).filter((i) => !Number.isNaN(i)));
const columns = Object.keys(docs[0]!);
const insertDoc = db.prepare(
  `INSERT INTO documents (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
);
const copySkills = db.prepare(
  'INSERT INTO document_skills SELECT ?, skill, category, mentions, required FROM document_skills WHERE document_id = ?',
);
const copyIndustries = db.prepare(
  'INSERT INTO document_industries SELECT ?, industry, evidence, score FROM document_industries WHERE document_id = ?',
);
const chunksOf = db.prepare(
  'SELECT c.id, c.ord, c.heading, c.text, c.optional, f.skills FROM chunks c JOIN chunks_fts f ON f.rowid = c.id WHERE c.document_id = ? ORDER BY c.ord',
);
const insertChunk = db.prepare(
  'INSERT INTO chunks (document_id, ord, heading, text, optional) VALUES (?, ?, ?, ?, ?)',
);
const insertFts = db.prepare(
  'INSERT INTO chunks_fts (rowid, title, company, heading, text, skills) VALUES (?, ?, ?, ?, ?, ?)',
);
// New chunk id → the source chunk whose vector it shares.
const vectorOf = new Map<number, number>();
const chunkRows = new Map(
  docs.map((d) => [
    d.id,
    chunksOf.all(d.id) as Array<{
      id: number;
      ord: number;
      heading: string | null;
      text: string;
      optional: number;
      skills: string;
    }>,
  ]),
);
db.transaction(() => {
  for (let k = 1; k < factor; k++)
    for (const d of docs) {
      const m = GENERATED.exec(d.id);
      if (!m) continue;
      const i = Number(m[2]) + k * (maxIndex + 1);
      const id = `${m[1] ?? ''}gen-${i}`;
      // The generator's company names: a corpus company, then a letter and a number from the index.
      const company = `${d.company.replace(/ \S+$/, '')} ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) % 400}`;
      insertDoc.run({ ...d, id, company, url: `https://jobs.example.com/generated/${i}` });
      copySkills.run(id, d.id);
      copyIndustries.run(id, d.id);
      for (const c of chunkRows.get(d.id)!) {
        const row = insertChunk.run(id, c.ord, c.heading, c.text, c.optional);
        const chunkId = Number(row.lastInsertRowid);
        insertFts.run(chunkId, d.title, company, c.heading, c.text, c.skills);
        vectorOf.set(chunkId, c.id);
      }
    }
})();
log.info(
  `copied ${docs.length} generated listings ${factor - 1} times (${Math.round(performance.now() - started)} ms)`,
);

// The vector index: the source's live vectors, then each copy's source vector.
const meta = JSON.parse(fs.readFileSync(path.join(source.dir, 'vectors.json'), 'utf8')) as {
  modelId: string;
  dimensions: number;
};
const sourceIndex = new hnswlib.HierarchicalNSW('cosine', meta.dimensions);
sourceIndex.readIndexSync(path.join(source.dir, 'vectors.hnsw'));
const live = (db.prepare('SELECT id FROM chunks').pluck().all() as number[]).filter(
  (id) => !vectorOf.has(id),
);
const total = live.length + vectorOf.size;
const index = new hnswlib.HierarchicalNSW('cosine', meta.dimensions);
const EF_CONSTRUCTION = 20;
index.initIndex({ maxElements: total, m: 16, efConstruction: EF_CONSTRUCTION, randomSeed: 100 });
const vectors = new Map<number, number[]>();
const vector = (label: number) => {
  let v = vectors.get(label);
  if (!v) {
    v = sourceIndex.getPoint(label);
    vectors.set(label, v);
  }
  return v;
};
for (const label of live) index.addPoint(vector(label), label);
let added = 0;
for (const [label, from] of vectorOf) {
  index.addPoint(vector(from), label);
  if (++added % 50_000 === 0) log.info(`indexed ${added} of ${vectorOf.size} copied chunks`);
}
index.setEf(256);
index.writeIndexSync(path.join(staging.dir, 'vectors.hnsw'));
fs.writeFileSync(
  path.join(staging.dir, 'vectors.json'),
  `${JSON.stringify({ modelId: meta.modelId, dimensions: meta.dimensions, count: total, space: 'cosine', m: 16, efConstruction: EF_CONSTRUCTION, elements: total })}\n`,
);
log.info(`vector index of ${total} chunks built (${Math.round(performance.now() - started)} ms)`);

db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('generation', ?)").run(staging.id);
writeFactColumns(db, staging.id);
// Every listing's summary and what its text gives each descriptive question, as an ingest stores them.
const staged = CorpusReader.staged(staging.id, file);
writeStoredColumns(
  db,
  staging.id,
  new Map([
    ...carryFrom(staged, null).columns,
    ...summaryColumns(staged),
    ...givenColumns(staged),
    ...vocabularyColumns(staged),
  ]),
);
staged.close();
const counts = db
  .prepare(
    "SELECT (SELECT count(*) FROM documents WHERE kind = 'listing' AND closed_at IS NULL) AS listings, (SELECT count(*) FROM documents WHERE kind = 'guide') AS guides, (SELECT count(*) FROM chunks) AS chunks",
  )
  .get() as { listings: number; guides: number; chunks: number };
db.exec('ANALYZE');
db.pragma('wal_checkpoint(TRUNCATE)');
db.pragma('journal_mode = DELETE');
db.close();
const generation = store.publish(staging, {
  createdAt: new Date().toISOString(),
  parent: null,
  schemaVersion: source.manifest.schemaVersion,
  pipelineVersion: source.manifest.pipelineVersion,
  counts,
  embedding: { modelId: meta.modelId, dimensions: meta.dimensions, count: total },
});
process.stdout.write(
  `${JSON.stringify({ generation: generation.id, ...counts, ms: Math.round(performance.now() - started) })}\n`,
);
