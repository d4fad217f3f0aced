/**
 * The listing-scale benchmark (`npm run bench -- --json --listings N`): N realistic listings made
 * by recombining the embedded corpus's own sections and sentences (so facts, skills and vectors
 * are distributed as in real listings), taken through the whole path: ingest from nothing, a 1 %
 * refresh, and the serving figures (/ask, /market, /recommend, autocomplete, cold start, peak RSS)
 * measured in a separate serving process, for the generated corpus and the embedded one alike.
 *
 * `--serve DIR` is that serving process: it opens the data directory DIR and prints its figures.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { App } from '../src/app.js';
import {
  completeCompany,
  completeListing,
  completeLocation,
  completeSkills,
} from '../src/bot/commands/completion.js';
import { OPERATIONS } from '../src/bot/worker/operations.js';
import { loadConfig, PROJECT_ROOT } from '../src/config/config.js';
import { createLogger } from '../src/logger.js';
import { loadAnswerCases } from '../src/rag/answer/eval.js';
import { loadEvalQueries } from '../src/rag/evaluate.js';
import { FactQueries } from '../src/storage/corpus/facts.js';
import { writeSources } from '../src/storage/state/sources-file.js';

const PER_SOURCE = 5_000;
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const round = (x: number) => Math.round(x * 10) / 10;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
};

/** Peak resident memory of this process (Linux VmHWM), in MB. */
function peakRssMb(): number {
  const kb = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1]);
  return Math.round(kb / 1024);
}

interface GeneratedListing {
  id: string;
  title: string;
  company: string;
  location: string;
  url: string;
  postedAt?: string;
  description: string;
}

/** Listings recombined from the sections and sentences of the embedded corpus (deterministic). */
export class ListingGenerator {
  private seed = 42;
  private readonly bases: Array<{
    title: string;
    company: string;
    location: string;
    postedAt: string | null;
    sections: Array<{ heading: string | null; sentences: string[] }>;
  }>;
  private readonly pools = new Map<string, string[]>();
  private readonly allSentences: string[] = [];
  private readonly companies: string[];

  constructor(app: App) {
    const db = app.reader()!.inspectDatabase();
    const docs = db
      .prepare(
        "SELECT id, title, company, location, posted_at FROM documents WHERE kind = 'listing' AND closed_at IS NULL",
      )
      .all() as Array<{
      id: string;
      title: string;
      company: string;
      location: string;
      posted_at: string | null;
    }>;
    const chunks = db.prepare('SELECT heading, text FROM chunks WHERE document_id = ? ORDER BY ord');
    const split = (text: string) =>
      text
        .split(/(?<=[.!?])\s+|\n+/)
        .map((s) => s.trim())
        .filter((s) => s.length > 20);
    this.bases = docs.map((d) => ({
      title: d.title,
      company: d.company,
      location: d.location,
      postedAt: d.posted_at,
      sections: (chunks.all(d.id) as Array<{ heading: string | null; text: string }>).map((c) => {
        const sentences = split(c.text);
        const key = (c.heading ?? '').toLowerCase();
        const pool = this.pools.get(key) ?? [];
        pool.push(...sentences);
        this.pools.set(key, pool);
        this.allSentences.push(...sentences);
        return { heading: c.heading, sentences };
      }),
    }));
    this.companies = [...new Set(docs.map((d) => d.company))];
  }

  private random(): number {
    this.seed = (this.seed * 1664525 + 1013904223) >>> 0;
    return this.seed / 2 ** 32;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  /** Listing number i; `version` > 0 gives the same listing with its text changed. */
  listing(i: number, version = 0): GeneratedListing {
    this.seed = (i * 2654435761 + version * 40503) >>> 0;
    const base = this.pick(this.bases);
    const description = base.sections
      .map((section) => {
        const pool = this.pools.get((section.heading ?? '').toLowerCase()) ?? this.allSentences;
        const count = Math.max(2, Math.min(8, section.sentences.length));
        const sentences = Array.from({ length: count }, (_, k) =>
          this.random() < 0.5 && section.sentences[k] ? section.sentences[k] : this.pick(pool),
        );
        return `${section.heading ? `## ${section.heading}\n` : ''}${sentences.join(' ')}`;
      })
      .join('\n\n');
    return {
      id: `gen-${i}`,
      title: base.title,
      company: `${this.pick(this.companies)} ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) % 400}`,
      location: base.location,
      url: `https://jobs.example.com/generated/${i}`,
      ...(base.postedAt ? { postedAt: base.postedAt } : {}),
      description,
    };
  }
}

export function writeJsonl(file: string, listings: Iterable<GeneratedListing>): void {
  const fd = fs.openSync(file, 'w');
  try {
    for (const l of listings) fs.writeSync(fd, `${JSON.stringify(l)}\n`);
  } finally {
    fs.closeSync(fd);
  }
}

/** Runs the serving process on a data directory and returns its figures. */
function serve(dataDir: string, repeat: number): Record<string, number> {
  const out = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(PROJECT_ROOT, 'scripts/scale-bench.ts'),
      '--serve',
      dataDir,
      '--repeat',
      String(repeat),
    ],
    { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
  );
  return JSON.parse(out) as Record<string, number>;
}

export async function listingScaleBenchmark(
  n: number,
  repeat: number,
  keep?: string,
): Promise<Record<string, unknown>> {
  // With `keep`, the generated sources and both data directories stay there after the run, so the
  // serving figures can be measured again (`--serve DIR/scaled`) without ingesting again.
  const root = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'roleradar-scale-'));
  if (keep) {
    if (fs.existsSync(root) && fs.readdirSync(root).length) throw new Error(`--keep ${root}: not empty`);
    fs.mkdirSync(root, { recursive: true });
  }
  try {
    // The embedded corpus alone: the baseline the ratios are taken against, and the sentences' source.
    const embeddedDir = path.join(root, 'embedded');
    const embeddedConfig = loadConfig({ ROLERADAR_DATA_DIR: embeddedDir });
    const embeddedApp = new App(embeddedConfig, createLogger('warn'));
    await embeddedApp.ingest({ sources: [], embedded: true });
    const generator = new ListingGenerator(embeddedApp);
    embeddedApp.close();

    log(`generating ${n} listings`);
    // Several files of at most PER_SOURCE listings, one configured source each (as several boards
    // are), each under the per-source size limit.
    const sourceCount = Math.max(1, Math.ceil(n / PER_SOURCE));
    const fileOf = (s: number) => path.join(root, `generated-${s}.jsonl`);
    const sourceOf = (i: number) => Math.min(sourceCount - 1, Math.floor(i / PER_SOURCE));
    const ids = Array.from({ length: n }, (_, i) => i);
    const writeAll = (version: (i: number) => number | null, extra: number[]) => {
      for (let src = 0; src < sourceCount; src++)
        writeJsonl(
          fileOf(src),
          (function* () {
            for (const i of ids) {
              if (sourceOf(i) !== src) continue;
              const v = version(i);
              if (v !== null) yield generator.listing(i, v);
            }
            if (src === sourceCount - 1) for (const i of extra) yield generator.listing(i);
          })(),
        );
    };
    writeAll(() => 0, []);

    // Ingest from nothing: the embedded corpus plus the generated listings as a configured file source.
    const dataDir = path.join(root, 'scaled');
    const config = loadConfig({ ROLERADAR_DATA_DIR: dataDir });
    fs.mkdirSync(dataDir, { recursive: true });
    writeSources(config.sources.file, {
      sources: Array.from({ length: sourceCount }, (_, src) => ({
        kind: 'file' as const,
        name: `generated-${src}`,
        path: fileOf(src),
      })),
      retired: [],
    });
    log(`ingesting ${n} listings from nothing`);
    let t = performance.now();
    let app = new App(config, createLogger('warn'));
    const ingest = await app.ingest({ sources: [], embedded: true, configured: true });
    const ingestS = (performance.now() - t) / 1000;
    const failed = (r: typeof ingest) => r.sources.filter((x) => x.status !== 'fetched');
    if (ingest.status !== 'published' || failed(ingest).length)
      throw new Error(`ingest ${ingest.status}: ${ingest.message} ${JSON.stringify(failed(ingest))}`);
    app.close();

    // A 1 % refresh: 1 % of the listings changed, 0.5 % gone from the source, 0.5 % new.
    const changed = new Set<number>();
    const removed = new Set<number>();
    for (let i = 0; i < n; i += 100) changed.add(i);
    for (let i = 50; i < n; i += 200) removed.add(i);
    const added = Array.from({ length: Math.ceil(n / 200) }, (_, k) => n + k);
    writeAll((i) => (removed.has(i) ? null : changed.has(i) ? 1 : 0), added);
    log(`refreshing: ${changed.size} changed, ${removed.size} removed, ${added.length} added`);
    const lines: string[] = [];
    const capture = {
      debug: () => {},
      info: (m: string) => lines.push(m),
      warn: (m: string) => lines.push(m),
      error: (m: string) => lines.push(m),
    };
    t = performance.now();
    app = new App(config, capture);
    const refresh = await app.ingest({ sources: [], embedded: true, configured: true });
    const refreshOnePercentS = (performance.now() - t) / 1000;
    app.close();
    if (refresh.status !== 'published' || failed(refresh).length)
      throw new Error(`refresh ${refresh.status}: ${refresh.message} ${JSON.stringify(failed(refresh))}`);

    log('serving the generated corpus (separate process)');
    const scaled = serve(dataDir, repeat);
    log('serving the embedded corpus (separate process)');
    const embedded = serve(embeddedDir, repeat);
    const ratio = (key: string) => (embedded[key] ? round((scaled[key]! / embedded[key]!) * 10) / 10 : null);
    return {
      listings: n,
      documents: ingest.counts.added,
      duplicatesMerged: ingest.counts.duplicates,
      ingestS: round(ingestS),
      refreshOnePercentS: round(refreshOnePercentS),
      refresh: {
        counts: refresh.counts,
        vectorIndex: lines.find((l) => l.startsWith('Vector index:')) ?? null,
      },
      ...scaled,
      embedded,
      ratioToEmbedded: {
        askP50Ms: ratio('askP50Ms'),
        askP99Ms: ratio('askP99Ms'),
        marketP99Ms: ratio('marketP99Ms'),
        recommendP99Ms: ratio('recommendP99Ms'),
        autocompleteP99Ms: ratio('autocompleteP99Ms'),
        coldStartMs: ratio('coldStartMs'),
        aggregateP99Ms: ratio('aggregateP99Ms'),
        searchP99Ms: ratio('searchP99Ms'),
        peakRssMb: ratio('peakRssMb'),
      },
    };
  } finally {
    if (!keep) fs.rmSync(root, { recursive: true, force: true });
  }
}

/** The serving process: cold start, then the query figures, then its own peak RSS. */
async function serveMain(dataDir: string, repeat: number): Promise<void> {
  const config = loadConfig({ ROLERADAR_DATA_DIR: dataDir });
  // The code measured: the commit checked out when this process started.
  let commit: string | null = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    }).trim();
  } catch {}
  // /ask is the answer engine: its evaluation questions (members', mentors' and admins' wording).
  const questions = loadAnswerCases(path.join(PROJECT_ROOT, 'data/eval/answers.jsonl')).map(
    (c) => c.question,
  );
  let t = performance.now();
  const app = new App(config, createLogger('warn'));
  await app.ask(questions[0]!);
  const coldStartMs = performance.now() - t;
  // Resident memory after each phase (MB): what each part of serving holds on to.
  const rssMb = () => Math.round(process.memoryUsage().rss / 2 ** 20);
  const rssAfter: Record<string, number> = { coldStart: rssMb() };
  const listings = app.reader()!.listings().length;
  const chunks = (
    app.reader()!.inspectDatabase().prepare('SELECT count(*) AS n FROM chunks').get() as { n: number }
  ).n;

  const time = async (runs: number, f: (i: number) => unknown) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      t = performance.now();
      await f(i);
      times.push(performance.now() - t);
    }
    return times;
  };
  // One untimed pass first: steady state, not JIT warm-up (cold start is above).
  for (const q of questions) await app.ask(q);
  // Every aggregate the answer engine asks for during the timed pass, timed as it asks it.
  const aggregate: number[] = [];
  const methods = [
    'ids',
    'count',
    'skillCounts',
    'withSkill',
    'examples',
    'years',
    'salaries',
    'workModes',
    'companies',
    'levels',
  ] as const;
  const proto = FactQueries.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = methods.map((m) => [m, proto[m]!] as const);
  for (const [m, f] of originals)
    proto[m] = function (this: unknown, ...args: unknown[]) {
      const s = performance.now();
      try {
        return f.apply(this, args);
      } finally {
        aggregate.push(performance.now() - s);
      }
    };
  const ask = await time(questions.length * repeat, (i) => app.ask(questions[i % questions.length]!));
  for (const [m, f] of originals) proto[m] = f;
  rssAfter.ask = rssMb();

  const markets: Array<Parameters<App['market']>> = [
    [{}],
    [{ seniority: ['lead'] }],
    [{ remote: ['remote'] }],
    [{}, { target: 'lead backend payments' }],
    [{ location: 'Germany' }],
  ];
  await app.market(...markets[0]!);
  const market = await time(markets.length * 4, (i) => app.market(...markets[i % markets.length]!));

  rssAfter.market = rssMb();
  const profiles = [
    { skills: ['go', 'kafka', 'postgresql'], years: 8 },
    { skills: ['java', 'spring-boot', 'aws'], years: 10, remote: true },
    { skills: ['python', 'django'], years: 6, location: 'Germany' },
    { skills: ['rust', 'kubernetes'], years: 9, seniority: 'lead' as const },
  ];
  app.recommend(profiles[0]!);
  const recommend = await time(profiles.length * 5, (i) => app.recommend(profiles[i % profiles.length]!));

  rssAfter.recommend = rssMb();
  // Autocomplete runs in the bot's main thread over the catalog a worker builds once per generation.
  t = performance.now();
  const catalog = await OPERATIONS.catalog(app, {});
  const catalogMs = performance.now() - t;
  const prefixes = ['lead', 'staff', 'platform', 'pay', '', 'gen-12', 'kafka', 'ber'];
  const completers = [completeListing, completeCompany, completeLocation, completeSkills];
  const auto = await time(prefixes.length * completers.length * 3, (i) =>
    completers[i % completers.length]!(
      prefixes[Math.floor(i / completers.length) % prefixes.length]!,
      catalog,
    ),
  );
  // Search (hybrid): the first one reads the vector index, which nothing above needed.
  const queries = loadEvalQueries(path.join(PROJECT_ROOT, 'data/eval/queries.jsonl')).map((q) => q.query);
  t = performance.now();
  await app.retriever()!.search(queries[0]!);
  const firstSearchMs = performance.now() - t;
  for (const q of queries) await app.retriever()!.search(q);
  const search = await time(queries.length * repeat, (i) =>
    app.retriever()!.search(queries[i % queries.length]!),
  );
  app.close();
  const result = {
    commit,
    askQuestions: questions.length,
    servedListings: listings,
    servedChunks: chunks,
    coldStartMs: Math.round(coldStartMs),
    askP50Ms: percentile(ask, 50),
    askP99Ms: percentile(ask, 99),
    askRuns: ask.length,
    aggregateP50Ms: percentile(aggregate, 50),
    aggregateP99Ms: percentile(aggregate, 99),
    aggregateCalls: aggregate.length,
    marketP50Ms: percentile(market, 50),
    marketP99Ms: percentile(market, 99),
    recommendP50Ms: percentile(recommend, 50),
    recommendP99Ms: percentile(recommend, 99),
    autocompleteP50Ms: percentile(auto, 50),
    autocompleteP99Ms: percentile(auto, 99),
    catalogBuildMs: Math.round(catalogMs),
    firstSearchMs: Math.round(firstSearchMs),
    searchP50Ms: percentile(search, 50),
    searchP99Ms: percentile(search, 99),
    peakRssMb: peakRssMb(),
    rssAfterMb: rssAfter,
    // On a shared machine: how much of the wall time this process had a core for.
    cpuS: round((process.cpuUsage().user + process.cpuUsage().system) / 1e6),
    wallS: round(process.uptime()),
    loadAverage: os.loadavg().map(round),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

const argv = process.argv.slice(2);
if (argv[0] === '--serve') {
  const r = argv.indexOf('--repeat');
  await serveMain(argv[1]!, r >= 0 ? Number(argv[r + 1]) : 2);
}
