/**
 * `npm run bench -- --json`: retrieval speed and memory, measured in one run on this machine.
 * Prints one JSON object; every figure in docs/PERFORMANCE.md comes from this script.
 *
 *   --scale N       chunks in the generated large corpus (default 100000; 0 skips it; 0 by
 *                   default with --listings)
 *   --listings N    N generated listings through the whole path, under a `scale` key (see
 *                   scripts/scale-bench.ts): ingest, a 1 % refresh, /ask, /market, /recommend,
 *                   autocomplete, cold start and peak RSS, beside the embedded corpus's figures
 *   --aggregates N  only the answer engine's aggregate queries over N generated listings
 *   --keep DIR      keep the generated listings' sources and data directories in DIR (empty or
 *                   new), to measure serving again with `tsx scripts/scale-bench.ts --serve DIR/scaled`
 *   --repeat N      passes over the evaluation queries for the latency figures (default 5)
 *   --listings N    listings in the generated corpus for the answer engine's aggregate queries
 *                   (default 100000; 0 skips it)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryVectorStore } from '@langchain/classic/vectorstores/memory';
import { Document } from '@langchain/core/documents';
import { App } from '../src/app.js';
import { loadConfig, PROJECT_ROOT } from '../src/config/config.js';
import { createLogger } from '../src/logger.js';
import { loadAnswerCases } from '../src/rag/answer/eval.js';
import { chunkEmbeddingText } from '../src/rag/embed/build-index.js';
import { LocalEmbeddings } from '../src/rag/embed/local-embeddings.js';
import { loadEvalQueries } from '../src/rag/evaluate.js';
import { VectorIndex } from '../src/rag/vector-index.js';
import { openDatabase } from '../src/storage/corpus/database.js';
import { type FactFilter, FactQueries, type Facts, SqlFactQueries } from '../src/storage/corpus/facts.js';
import { listingScaleBenchmark } from './scale-bench.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const LISTINGS = arg('listings', 0);
/** `--aggregates N`: only the answer engine's aggregate queries over N generated listings. */
const AGGREGATES = arg('aggregates', 0);
const SCALE = arg('scale', LISTINGS > 0 ? 0 : 100_000);
const REPEAT = arg('repeat', 5);
/** `--keep DIR`: the generated listings' sources and data directories are kept in DIR. */
const KEEP = args.includes('--keep') ? args[args.indexOf('--keep') + 1] : undefined;
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const summary = (values: number[]) => ({
  p50: round(percentile(values, 50)),
  p99: round(percentile(values, 99)),
  n: values.length,
});
const round = (x: number) => Math.round(x * 1000) / 1000;
let peakRss = 0;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const rssTimer = setInterval(sampleRss, 50);

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roleradar-bench-'));
  try {
    const config = loadConfig({ ROLERADAR_DATA_DIR: dataDir });
    const result: Record<string, unknown> = {
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        node: process.version,
        totalMemGiB: Math.round(os.totalmem() / 2 ** 30),
      },
      embedder: config.localEmbedding,
    };

    if (AGGREGATES > 0) {
      const builder = new App(config, createLogger('warn'));
      await builder.ingest({ sources: [], embedded: true });
      result.aggregates = aggregateBenchmark(builder, AGGREGATES, dataDir, true);
      builder.close();
      sampleRss();
      result.peakRssMb = Math.round(peakRss / 2 ** 20);
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return;
    }
    // 1. Ingest of the embedded corpus, from nothing.
    log('ingesting the embedded corpus');
    let t = performance.now();
    const builder = new App(config, createLogger('warn'));
    const report = await builder.ingest({ sources: [], embedded: true });
    result.ingest = { embeddedCorpusMs: Math.round(performance.now() - t), documents: report.counts.added };
    builder.close();

    // 2. Cold start: open the generation (checksums verified), load the vector index, answer one query.
    t = performance.now();
    const app = new App(config, createLogger('warn'));
    const retriever = app.retriever()!;
    const openMs = performance.now() - t;
    await retriever.search('lead backend engineer');
    result.coldStart = { openMs: Math.round(openMs), firstQueryMs: Math.round(performance.now() - t) };

    // 3. Query latency over the evaluation queries, per mode, in process.
    const queries = loadEvalQueries(path.join(PROJECT_ROOT, 'data/eval/queries.jsonl'));
    const latency: Record<string, ReturnType<typeof summary>> = {};
    // One untimed pass per mode first: steady-state latency, not JIT warm-up (cold start is above).
    for (const mode of ['hybrid', 'bm25', 'dense'] as const)
      for (const q of queries) await retriever.search(q.query, { mode, k: 10 });
    for (const mode of ['hybrid', 'bm25', 'dense'] as const) {
      const times: number[] = [];
      for (let r = 0; r < REPEAT; r++) {
        for (const q of queries) {
          const s = performance.now();
          await retriever.search(q.query, { mode, k: 10 });
          times.push(performance.now() - s);
        }
      }
      latency[mode] = summary(times);
    }
    result.embeddedQueryMs = { queries: queries.length, repeat: REPEAT, ...latency };
    sampleRss();

    // 3b. Offline /ask through the answer engine (plan, SQL aggregates, composition), in process.
    const questions = loadAnswerCases(path.join(PROJECT_ROOT, 'data/eval/answers.jsonl')).map(
      (c) => c.question,
    );
    for (const q of questions) app.answerOffline(q);
    const askTimes: number[] = [];
    for (let r = 0; r < REPEAT; r++)
      for (const q of questions) {
        const s = performance.now();
        app.answerOffline(q);
        askTimes.push(performance.now() - s);
      }
    result.offlineAskMs = { questions: questions.length, repeat: REPEAT, ...summary(askTimes) };

    // 4. A generated large corpus: hnswlib against exact search and LangChain's MemoryVectorStore.
    if (SCALE > 0) result[LISTINGS > 0 ? 'chunkScale' : 'scale'] = await scaleBenchmark(app, SCALE);
    // 4b. The answer engine's aggregate queries over generated listings (storage/corpus/facts.ts).
    if (LISTINGS > 0) result.aggregates = aggregateBenchmark(app, LISTINGS, dataDir, false);
    // 5. Generated listings through the whole path (ingest, refresh, serving).
    if (LISTINGS > 0) result.scale = await listingScaleBenchmark(LISTINGS, Math.min(REPEAT, 2), KEEP);
    app.close();
    sampleRss();
    result.peakRssMb = Math.round(peakRss / 2 ** 20);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    clearInterval(rssTimer);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Builds N synthetic chunks by recombining sentences of the real corpus (so the vectors cluster
 * like real ones), embeds them with the same local model, and compares search methods on them.
 */
async function scaleBenchmark(app: App, n: number) {
  const reader = app.reader()!;
  const rows = reader
    .inspectDatabase()
    .prepare('SELECT c.heading, c.text, d.title FROM chunks c JOIN documents d ON d.id = c.document_id')
    .all() as Array<{ heading: string | null; text: string; title: string }>;
  const sentences = rows.flatMap((r) => r.text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.length > 30));
  const titles = [...new Set(rows.map((r) => r.title))];
  const embedder = LocalEmbeddings.load(reader.generation.dir, app.pipeline.taxonomy)!;
  let seed = 42;
  const rand = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  log(`embedding ${n} generated chunks with ${embedder.modelId}`);
  let t = performance.now();
  const vectors: number[][] = [];
  for (let i = 0; i < n; i++) {
    const count = 3 + Math.floor(rand() * 4);
    const text = Array.from({ length: count }, () => sentences[Math.floor(rand() * sentences.length)]!).join(
      ' ',
    );
    vectors.push(
      embedder.embedSync(
        chunkEmbeddingText({ title: titles[Math.floor(rand() * titles.length)]!, heading: null, text }),
      ),
    );
    if (i % 20000 === 0) sampleRss();
  }
  const embedMs = performance.now() - t;

  log('building the hnswlib index');
  t = performance.now();
  const index = VectorIndex.build(
    embedder.modelId,
    embedder.dimensions,
    vectors.map((vector, label) => ({ label, vector })),
  );
  const buildMs = performance.now() - t;
  sampleRss();

  // Queries: the evaluation questions plus held-out generated texts.
  const queries = loadEvalQueries(path.join(PROJECT_ROOT, 'data/eval/queries.jsonl')).map((q) =>
    embedder.embedSync(q.query),
  );
  for (let i = 0; i < 136; i++)
    queries.push(embedder.embedSync(sentences[Math.floor(rand() * sentences.length)]!));

  // Exact search in typed arrays: the ground truth for recall.
  const dim = embedder.dimensions;
  const flat = new Float32Array(n * dim);
  for (const [i, v] of vectors.entries()) flat.set(v, i * dim);
  const exact = (q: number[], k: number) => {
    const scores = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      const o = i * dim;
      for (let d = 0; d < dim; d++) s += flat[o + d]! * q[d]!;
      scores[i] = s;
    }
    return [...scores.keys()].sort((a, b) => scores[b]! - scores[a]!).slice(0, k);
  };

  // Recall and latency at several search-time ef values, against exact search, in the same run.
  log('sweeping hnswlib ef against exact search');
  const truths = queries.map((q) => exact(q, 10));
  const efSweep: Record<string, { recallAt10: number; p50: number; p99: number }> = {};
  for (const ef of [64, 128, 256, 400]) {
    const times: number[] = [];
    let recall = 0;
    queries.forEach((q, i) => {
      const s = performance.now();
      const got = index.search(q, 10, undefined, ef).map((h) => h.label);
      times.push(performance.now() - s);
      recall += got.filter((x) => truths[i]!.includes(x)).length / 10;
    });
    efSweep[String(ef)] = { recallAt10: round(recall / queries.length), ...summary(times) };
  }

  log('querying hnswlib (default ef) and exact search');
  const hnswTimes: number[] = [];
  const exactTimes: number[] = [];
  let recallSum = 0;
  for (const q of queries) {
    let s = performance.now();
    const got = index.search(q, 10).map((h) => h.label);
    hnswTimes.push(performance.now() - s);
    s = performance.now();
    const truth = exact(q, 10);
    exactTimes.push(performance.now() - s);
    recallSum += got.filter((x) => truth.includes(x)).length / 10;
  }

  log('querying LangChain MemoryVectorStore (brute force) over the same vectors');
  const store = new MemoryVectorStore(embedder);
  await store.addVectors(
    vectors,
    vectors.map((_, i) => new Document({ pageContent: '', metadata: { label: i } })),
  );
  sampleRss();
  const baselineTimes: number[] = [];
  for (const q of queries.slice(0, 60)) {
    const s = performance.now();
    await store.similaritySearchVectorWithScore(q, 10);
    baselineTimes.push(performance.now() - s);
  }
  const hnsw = summary(hnswTimes);
  const baseline = summary(baselineTimes);
  return {
    chunks: n,
    dimensions: dim,
    embedMs: Math.round(embedMs),
    hnswBuildMs: Math.round(buildMs),
    hnswQueryMs: hnsw,
    recallAt10VsExact: round(recallSum / queries.length),
    efSweep,
    exactTypedArrayQueryMs: summary(exactTimes),
    langchainMemoryVectorStoreQueryMs: baseline,
    speedupP50VsMemoryVectorStore: round(baseline.p50 / hnsw.p50),
    speedupP99VsMemoryVectorStore: round(baseline.p99 / hnsw.p99),
  };
}

/**
 * The answer engine's aggregate queries (storage/corpus/facts.ts) over N generated listings: each a real
 * listing's facts (level, work mode, places, pay, skills, industries) under a new id, so the value
 * distributions are the corpus's own. Times counts, skill tallies, pay rows and work-mode splits
 * under the filter combinations /ask uses.
 */
function aggregateBenchmark(app: App, n: number, dir: string, directSql: boolean) {
  const reader = app.reader()!;
  const source = reader.inspectDatabase();
  const docs = source
    .prepare(
      `SELECT id, title, company, location, url, source, posted_at, remote, seniority, years_min, salary_min, salary_max,
        salary_currency, salary_period, employment_type, places FROM documents WHERE kind = 'listing' AND closed_at IS NULL`,
    )
    .all() as Array<Record<string, unknown> & { id: string }>;
  const skills = source.prepare(
    'SELECT skill, category, mentions, required FROM document_skills WHERE document_id = ?',
  );
  const industries = source.prepare(
    'SELECT industry, evidence, score FROM document_industries WHERE document_id = ?',
  );
  const file = path.join(dir, 'aggregates.db');
  const db = openDatabase(file);
  log(`generating ${n} listings for the aggregate queries`);
  let t = performance.now();
  const insertDoc = db.prepare(
    `INSERT INTO documents (id, kind, title, company, location, url, source, posted_at, remote, seniority, years_min, salary_min,
      salary_max, salary_currency, salary_period, employment_type, places, description, content_hash, processing_hash, first_seen_at, updated_at)
     VALUES (@id, 'listing', @title, @company, @location, @url, @source, @posted_at, @remote, @seniority, @years_min, @salary_min,
      @salary_max, @salary_currency, @salary_period, @employment_type, @places, '', 'x', 'x', '2026-01-01', '2026-01-01')`,
  );
  const insertSkill = db.prepare('INSERT INTO document_skills VALUES (?, ?, ?, ?, ?)');
  const insertIndustry = db.prepare('INSERT INTO document_industries VALUES (?, ?, ?, ?)');
  const skillRows = new Map(
    docs.map((d) => [
      d.id,
      skills.all(d.id) as Array<{ skill: string; category: string; mentions: number; required: number }>,
    ]),
  );
  const industryRows = new Map(
    docs.map((d) => [
      d.id,
      industries.all(d.id) as Array<{ industry: string; evidence: string; score: number }>,
    ]),
  );
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const d = docs[i % docs.length]!;
      const id = `${d.id}-${i}`;
      insertDoc.run({ ...d, id, company: `${d.company} ${i % 5000}` });
      for (const s of skillRows.get(d.id)!) insertSkill.run(id, s.skill, s.category, s.mentions, s.required);
      for (const x of industryRows.get(d.id)!) insertIndustry.run(id, x.industry, x.evidence, x.score);
    }
  })();
  db.pragma('optimize');
  db.exec('ANALYZE');
  const generateMs = performance.now() - t;
  const filters: Array<[string, FactFilter]> = [
    ['all', {}],
    ['lead', { seniority: 'lead' }],
    ['lead+remote', { seniority: 'lead', remote: 'remote' }],
    ['lead+Germany', { seniority: 'lead', place: { country: 'Germany' } }],
    ['lead+Berlin', { seniority: 'lead', place: { city: 'Berlin' } }],
    ['lead+Go', { seniority: 'lead', skills: ['Go'] }],
    [
      'lead+fintech',
      { seniority: 'lead', industries: ['fintech', 'payments', 'banking', 'lending', 'wealth', 'crypto'] },
    ],
    ['staff+Kafka|RabbitMQ', { seniority: 'staff', skills: ['Kafka', 'RabbitMQ'], skillsMode: 'any' }],
    ['lead+EUR', { seniority: 'lead', currency: 'EUR' }],
    ['company', { company: 'bank' }],
  ];
  const queries = (facts: Facts): Array<[string, (f: FactFilter) => unknown]> => [
    ['count', (f) => facts.count(f)],
    ['ids', (f) => facts.ids(f)],
    ['skillCounts', (f) => facts.skillCounts(f)],
    ['withSkill', (f) => facts.withSkill(f, 'Kafka')],
    ['examples', (f) => facts.examples(f, ['Kafka', 'Go', 'PostgreSQL'])],
    ['salaries', (f) => facts.salaries(f)],
    ['workModes', (f) => facts.workModes(f)],
    ['years', (f) => facts.years(f)],
    ['companies', (f) => facts.companies(f)],
    ['levels', (f) => facts.levels(f)],
  ];
  // Each query under each filter, `repeat` times, each from a fresh selection: a level no listing
  // has excluded changes no selection, only the cache key.
  const timeAll = (facts: Facts, repeat: number) => {
    const perQuery: Record<string, ReturnType<typeof summary>> = {};
    const all: number[] = [];
    for (const [name, run] of queries(facts)) {
      const times: number[] = [];
      for (let r = 0; r < repeat; r++)
        for (const [, f] of filters) {
          const fresh = { ...f, seniorityNot: `no-such-level-${name}-${r}` };
          const s = performance.now();
          run(fresh);
          times.push(performance.now() - s);
        }
      perQuery[name] = summary(times);
      all.push(...times);
    }
    return { queryMs: summary(all), perQueryMs: perQuery };
  };
  // The served path: the generation's facts in columns, read once (timed), then every query.
  t = performance.now();
  const facts = new FactQueries(db);
  facts.count({});
  const buildMs = performance.now() - t;
  const columns = timeAll(facts, 3);
  sampleRss();
  // The same queries as direct SQL over the tables (the reference), once each: what the columns
  // replace (only with --aggregates: minutes at 100,000 listings).
  const sql = directSql ? timeAll(new SqlFactQueries(db), 1) : null;
  sampleRss();
  t = performance.now();
  db.close();
  return {
    listings: n,
    generateMs: Math.round(generateMs),
    filters: filters.map(([name]) => name),
    columnsBuildMs: Math.round(buildMs),
    ...columns,
    ...(sql ? { directSql: sql } : {}),
  };
}

await main();
