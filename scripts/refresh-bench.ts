/**
 * The refresh benchmark: how long a 1 % refresh takes (1 % of the listings changed, 0.5 % gone from
 * their source, 0.5 % new), on a corpus built once and copied before every timed run, so each run
 * starts from the same generation: DIR/primed-COMMIT, the ingested base after one earlier 1 % refresh by
 * the code measured (made on the first `--refresh`, so what a refresh keeps for the next, such as
 * the role signatures, is there as it would be in service).
 *
 *   tsx scripts/refresh-bench.ts --build DIR --listings N     # ingest N generated listings into DIR/base
 *   tsx scripts/refresh-bench.ts --adopt REPLICATED DIR       # DIR/base: a replicated generation, refreshable
 *   tsx scripts/refresh-bench.ts --refresh DIR [--runs R]     # R timed refreshes of a copy of DIR/primed-COMMIT
 *
 * `--adopt` stands in for `--build` at sizes an ingest from nothing cannot reach on this machine
 * (`scale-replicate.ts`: 100,000 listings in under an hour instead of many hours). A replicated
 * copy keeps its source listing's content hashes under a new id and company, so a refresh would
 * find every copy changed; adopting writes each generated listing of REPLICATED's serving
 * generation, as its own documents hold it (id, title, company, location, url, posted date, text),
 * as a record of the one source it was ingested from (`generated-0`: its ids are that source's),
 * and stores the hashes a refresh reading that record computes (content, processing, near-duplicate
 * signature, the listing versions a publish carries over by), then publishes that as DIR/base.
 * Nothing is extracted or embedded again. The timed refresh is then the same as `--build`'s: 1 %
 * of the generated listings changed (the generator's next version of listing i), 0.5 % gone,
 * 0.5 % new, after one priming refresh by the code measured. REPLICATED is only read.
 *
 * Prints JSON.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { App } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/logger.js';
import { contentHash, minhashSignature } from '../src/rag/dedupe.js';
import { rawInputHash } from '../src/rag/ingest.js';
import { CorpusReader, carryFrom } from '../src/storage/corpus/corpus-reader.js';
import { openDatabase } from '../src/storage/corpus/database.js';
import { writeStoredColumns } from '../src/storage/corpus/facts.js';
import { DATABASE_FILE, GenerationStore } from '../src/storage/corpus/generations.js';
import { writeSources } from '../src/storage/state/sources-file.js';
import { ListingGenerator, writeJsonl } from './scale-bench.js';

const PER_SOURCE = 5_000;
const log = (message: string) => process.stderr.write(`[refresh-bench] ${message}\n`);
const round = (x: number) => Math.round(x * 10) / 10;
const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

interface Listing {
  id: string;
  title: string;
  company: string;
  location: string;
  url: string;
  postedAt?: string;
  description: string;
}

/**
 * The generated sources of a corpus of n listings: as ingested (`base`); with another 1 % changed
 * (`prime`: the refresh that leaves a generation written by the code measured); and as the timed
 * refresh sees them (`refresh`: 1 % more changed, 0.5 % gone, 0.5 % new).
 */
function writeGenerated(
  dir: string,
  generated: (i: number, v: number) => Listing,
  listing: (i: number, v: number) => Listing | null,
  n: number,
  mode: 'base' | 'prime' | 'refresh',
  perSource = PER_SOURCE,
) {
  const sourceCount = Math.max(1, Math.ceil(n / perSource));
  fs.mkdirSync(dir, { recursive: true });
  const version = (i: number) =>
    mode !== 'base' && i % 100 === 1 ? 2 : mode === 'refresh' && i % 100 === 0 ? 1 : 0;
  for (let src = 0; src < sourceCount; src++)
    writeJsonl(
      path.join(dir, `generated-${src}.jsonl`),
      (function* () {
        for (let i = src * perSource; i < Math.min(n, (src + 1) * perSource); i++) {
          if (mode === 'refresh' && i % 200 === 50) continue;
          const l = listing(i, version(i));
          if (l) yield l;
        }
        if (mode === 'refresh' && src === sourceCount - 1)
          for (let k = 0; k < Math.ceil(n / 200); k++) yield generated(n + k, 0);
      })(),
    );
  return sourceCount;
}

function configure(dataDir: string, sourceDir: string, sourceCount: number) {
  // An adopted corpus is one source of all its generated listings (52 MB at 20,000, 260 MB at 100,000): read whole.
  const config = loadConfig({
    ROLERADAR_DATA_DIR: dataDir,
    ...(sourceCount === 1 ? { ROLERADAR_MAX_SOURCE_MB: '1024' } : {}),
  });
  writeSources(config.sources.file, {
    sources: Array.from({ length: sourceCount }, (_, src) => ({
      kind: 'file' as const,
      name: `generated-${src}`,
      path: path.join(sourceDir, `generated-${src}.jsonl`),
    })),
    retired: [],
  });
  return config;
}

async function build(dir: string, n: number) {
  const embeddedDir = path.join(dir, 'embedded');
  const embeddedApp = new App(loadConfig({ ROLERADAR_DATA_DIR: embeddedDir }), createLogger('warn'));
  await embeddedApp.ingest({ sources: [], embedded: true });
  const generator = new ListingGenerator(embeddedApp);
  embeddedApp.close();
  const sourceCount = writeGenerated(
    path.join(dir, 'sources-0'),
    (i, v) => generator.listing(i, v),
    (i, v) => generator.listing(i, v),
    n,
    'base',
  );
  fs.writeFileSync(path.join(dir, 'bench.json'), JSON.stringify({ listings: n, sourceCount }));
  const config = configure(path.join(dir, 'base'), path.join(dir, 'sources-0'), sourceCount);
  log(`ingesting ${n} listings from nothing`);
  const t = performance.now();
  const app = new App(config, createLogger('warn'));
  const report = await app.ingest({ sources: [], embedded: true, configured: true });
  app.close();
  if (report.status !== 'published') throw new Error(`ingest ${report.status}: ${report.message}`);
  return { listings: n, ingestS: round((performance.now() - t) / 1000), counts: report.counts };
}

/** The adopted listings (`sources-0`) by their index (`gen-N`). */
function adoptedListings(dir: string): Listing[] {
  const out: Listing[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')))
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (!line) continue;
      const l = JSON.parse(line) as Listing;
      out[indexOf(l.id)] = l;
    }
  return out;
}

/** A generated listing's id is `gen-N` (`ListingGenerator`), stored as `SOURCE:gen-N`. */
const GENERATED = /^(?:.*:)?gen-(\d+)$/;
const indexOf = (id: string) => Number(GENERATED.exec(id)?.[1] ?? Number.NaN);

/** The source a replicated corpus's generated listings come from (`scale-ingest.ts`). */
const SOURCE = 'generated-0';

/**
 * DIR/base from a replicated data directory (see the header): its generated listings written as
 * the generated sources, their documents given the hashes a refresh computes from those records,
 * republished as a generation of its own; DIR/embedded for the generator of changed and new ones.
 */
async function adopt(replicated: string, dir: string) {
  const t = performance.now();
  const quiet = { info: () => {}, warn: () => {} };
  const embeddedApp = new App(
    loadConfig({ ROLERADAR_DATA_DIR: path.join(dir, 'embedded') }),
    createLogger('warn'),
  );
  await embeddedApp.ingest({ sources: [], embedded: true });
  embeddedApp.close();
  const source = new GenerationStore(replicated, quiet).current();
  if (!source) throw new Error(`${replicated}: no generation`);
  const store = new GenerationStore(path.join(dir, 'base'), quiet);
  const staging = store.createStaging(new Date());
  for (const name of fs.readdirSync(source.dir))
    if (name !== 'manifest.json') fs.copyFileSync(path.join(source.dir, name), path.join(staging.dir, name));
  const file = path.join(staging.dir, DATABASE_FILE);
  const db = openDatabase(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const rows = db
    .prepare(
      "SELECT id, title, company, location, url, posted_at, description, processing_hash FROM documents WHERE kind = 'listing' AND closed_at IS NULL",
    )
    .all() as Array<{
    id: string;
    title: string;
    company: string;
    location: string;
    url: string;
    posted_at: string | null;
    description: string;
    processing_hash: string;
  }>;
  // The generated listings of the one source the replicated corpus was ingested from.
  const generated = rows.filter((r) => !Number.isNaN(indexOf(r.id)) && r.id.startsWith(`${SOURCE}:`));
  const n = Math.max(...generated.map((r) => indexOf(r.id))) + 1;
  const update = db.prepare(
    'UPDATE documents SET content_hash = ?, processing_hash = ?, minhash = ? WHERE id = ?',
  );
  const records: Listing[] = [];
  db.transaction(() => {
    for (const r of generated) {
      // The record as the generator writes one (its keys in that order): what a refresh reads.
      const l: Listing = {
        id: r.id.slice(SOURCE.length + 1),
        title: r.title,
        company: r.company,
        location: r.location,
        url: r.url,
        ...(r.posted_at ? { postedAt: r.posted_at } : {}),
        description: r.description,
      };
      records[indexOf(r.id)] = l;
      // The pipeline half of the processing hash is kept: the documents were processed by it.
      const pipeline = r.processing_hash.slice(r.processing_hash.indexOf(':') + 1);
      // The fields as a refresh hashes them (`namespacedId`): the id in the source's namespace, the
      // source named last.
      const fields = {
        ...(JSON.parse(JSON.stringify(l)) as Record<string, unknown>),
        id: r.id,
        source: SOURCE,
      };
      const minhash = minhashSignature(`${l.title} ${l.company} ${l.description}`);
      update.run(
        contentHash(l.title, l.company, l.description),
        `${rawInputHash(fields, SOURCE)}:${pipeline}`,
        Buffer.from(minhash.buffer, minhash.byteOffset, minhash.byteLength),
        r.id,
      );
    }
  })();
  fs.mkdirSync(path.join(dir, 'sources-0'), { recursive: true });
  writeJsonl(
    path.join(dir, 'sources-0', `${SOURCE}.jsonl`),
    records.filter((l) => l !== undefined),
  );
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('generation', ?)").run(staging.id);
  // Every stored column kept for the new generation; the listing versions (made from the hashes) again.
  db.prepare('UPDATE fact_columns SET generation = ? WHERE generation = ?').run(staging.id, source.id);
  const staged = CorpusReader.staged(staging.id, file);
  writeStoredColumns(db, staging.id, carryFrom(staged, null).columns);
  staged.close();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.close();
  const { files: _files, id: _id, ...manifest } = source.manifest;
  const generation = store.publish(staging, {
    ...manifest,
    createdAt: new Date().toISOString(),
    parent: null,
  });
  configure(path.join(dir, 'base'), path.join(dir, 'sources-0'), 1);
  fs.writeFileSync(
    path.join(dir, 'bench.json'),
    JSON.stringify({ listings: n, sourceCount: 1, adopted: path.resolve(replicated) }),
  );
  return {
    adopted: path.resolve(replicated),
    generation: generation.id,
    listings: rows.length,
    generated: generated.length,
    adoptS: round((performance.now() - t) / 1000),
  };
}

async function ingestInto(config: ReturnType<typeof loadConfig>) {
  const lines: string[] = [];
  const capture = {
    debug: () => {},
    info: (m: string) => lines.push(m),
    warn: (m: string) => lines.push(m),
    error: (m: string) => lines.push(m),
  };
  const t = performance.now();
  const cpu = process.cpuUsage();
  const app = new App(config, capture);
  const report = await app.ingest({ sources: [], embedded: true, configured: true });
  const s = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  app.close();
  if (report.status !== 'published') throw new Error(`refresh ${report.status}: ${report.message}`);
  return { s, cpuS: (used.user + used.system) / 1e6, report, lines };
}

/** DIR/primed: the base after one 1 % refresh by the code measured (made once), and the timed refresh's sources. */
async function prime(dir: string, n: number, sourceCount: number, adopted: boolean): Promise<number | null> {
  const primed = primedDir(dir);
  if (fs.existsSync(path.join(primed, 'current.json'))) return null;
  const embeddedApp = new App(
    loadConfig({ ROLERADAR_DATA_DIR: path.join(dir, 'embedded') }),
    createLogger('warn'),
  );
  const generator = new ListingGenerator(embeddedApp);
  embeddedApp.close();
  const generated = (i: number, v: number) => generator.listing(i, v);
  // An adopted corpus: listing i as adopted (`sources-0`) while unchanged, the generator's next
  // version of it when changed.
  const base = adopted ? adoptedListings(path.join(dir, 'sources-0')) : null;
  const listing = (i: number, v: number) =>
    base ? (v ? generated(i, v) : (base[i] ?? null)) : generated(i, v);
  // An adopted corpus is one source (its listings' ids are that source's: `generated-0:gen-N`).
  const perSource = adopted ? n : PER_SOURCE;
  writeGenerated(path.join(dir, 'sources-p'), generated, listing, n, 'prime', perSource);
  writeGenerated(path.join(dir, 'sources-1'), generated, listing, n, 'refresh', perSource);
  fs.rmSync(primed, { recursive: true, force: true });
  execFileSync('cp', ['-a', path.join(dir, 'base'), primed]);
  log('priming: a first refresh by this code');
  const { s } = await ingestInto(configure(primed, path.join(dir, 'sources-p'), sourceCount));
  return round(s);
}

/** One primed copy per commit measured: each code starts from a generation it wrote itself. */
function primedDir(dir: string): string {
  return path.join(dir, `primed-${commit ?? 'worktree'}`);
}

async function refresh(dir: string, runs: number) {
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'bench.json'), 'utf8')) as {
    listings: number;
    sourceCount: number;
    adopted?: string;
  };
  const primeS = await prime(dir, meta.listings, meta.sourceCount, !!meta.adopted);
  const baseDir = primedDir(dir);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let last: Record<string, unknown> = {};
  for (let r = 0; r < runs; r++) {
    const work = path.join(dir, 'work');
    fs.rmSync(work, { recursive: true, force: true });
    execFileSync('cp', ['-a', baseDir, work]);
    const config = configure(work, path.join(dir, 'sources-1'), meta.sourceCount);
    // A copy has new inodes and change times: verify it once, untimed, so the timed refresh finds
    // the verification stamps a serving data directory has (a file is stamped once 2 s old).
    await new Promise((resolve) => setTimeout(resolve, 2100));
    new GenerationStore(work, { info: () => {}, warn: () => {} }).current();
    const { s, cpuS, report, lines } = await ingestInto(config);
    log(`run ${r + 1}: ${round(s)} s wall, ${round(cpuS)} s CPU`);
    times.push(round(s));
    cpuTimes.push(round(cpuS));
    last = {
      counts: report.counts,
      vectorIndex: lines.find((l) => l.startsWith('Vector index:')) ?? null,
      roleSignatures: lines.find((l) => l.startsWith('Role signatures:')) ?? null,
      stages: lines.find((l) => l.startsWith('Refresh stages:')) ?? null,
      publishSteps: lines.find((l) => l.startsWith('Publish steps:')) ?? null,
    };
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    listings: meta.listings,
    ...(meta.adopted ? { adopted: meta.adopted } : {}),
    primeS,
    wallS: times,
    medianS: median(times),
    cpuS: cpuTimes,
    medianCpuS: median(cpuTimes),
    ...last,
  };
}

const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
})();
const buildDir = option('--build');
const refreshDir = option('--refresh');
const adoptFrom = option('--adopt');
if (adoptFrom) {
  const dir = path.resolve(argv[argv.indexOf('--adopt') + 2] ?? '');
  if (fs.existsSync(dir) && fs.readdirSync(dir).length) throw new Error(`--adopt ${dir}: not empty`);
  const result = await adopt(adoptFrom, dir);
  process.stdout.write(`${JSON.stringify({ commit, ...result }, null, 2)}\n`);
} else if (buildDir) {
  const dir = path.resolve(buildDir);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length) throw new Error(`--build ${dir}: not empty`);
  const result = await build(dir, Number(option('--listings') ?? 2000));
  process.stdout.write(`${JSON.stringify({ commit, ...result }, null, 2)}\n`);
} else if (refreshDir) {
  const dir = path.resolve(refreshDir);
  const result = await refresh(dir, Number(option('--runs') ?? 3));
  process.stdout.write(`${JSON.stringify({ commit, ...result }, null, 2)}\n`);
} else {
  throw new Error(
    'usage: tsx scripts/refresh-bench.ts --build DIR --listings N | --adopt REPLICATED DIR | --refresh DIR [--runs R]',
  );
}
