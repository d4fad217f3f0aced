/**
 * The refresh benchmark: how long a 1 % refresh takes (1 % of the listings changed, 0.5 % gone from
 * their source, 0.5 % new), on a corpus built once and copied before every timed run, so each run
 * starts from the same generation: DIR/primed-COMMIT, the ingested base after one earlier 1 % refresh by
 * the code measured (made on the first `--refresh`, so what a refresh keeps for the next, such as
 * the role signatures, is there as it would be in service).
 *
 *   tsx scripts/refresh-bench.ts --build DIR --listings N     # ingest N generated listings into DIR/base
 *   tsx scripts/refresh-bench.ts --refresh DIR [--runs R]     # R timed refreshes of a copy of DIR/primed-COMMIT
 *
 * Prints JSON.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { App } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/logger.js';
import { GenerationStore } from '../src/storage/corpus/generations.js';
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
  listing: (i: number, v: number) => Listing,
  n: number,
  mode: 'base' | 'prime' | 'refresh',
) {
  const sourceCount = Math.max(1, Math.ceil(n / PER_SOURCE));
  fs.mkdirSync(dir, { recursive: true });
  const version = (i: number) =>
    mode !== 'base' && i % 100 === 1 ? 2 : mode === 'refresh' && i % 100 === 0 ? 1 : 0;
  for (let src = 0; src < sourceCount; src++)
    writeJsonl(
      path.join(dir, `generated-${src}.jsonl`),
      (function* () {
        for (let i = src * PER_SOURCE; i < Math.min(n, (src + 1) * PER_SOURCE); i++) {
          if (mode === 'refresh' && i % 200 === 50) continue;
          yield listing(i, version(i));
        }
        if (mode === 'refresh' && src === sourceCount - 1)
          for (let k = 0; k < Math.ceil(n / 200); k++) yield listing(n + k, 0);
      })(),
    );
  return sourceCount;
}

function configure(dataDir: string, sourceDir: string, sourceCount: number) {
  const config = loadConfig({ ROLERADAR_DATA_DIR: dataDir });
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
async function prime(dir: string, n: number, sourceCount: number): Promise<number | null> {
  const primed = primedDir(dir);
  if (fs.existsSync(path.join(primed, 'current.json'))) return null;
  const embeddedApp = new App(
    loadConfig({ ROLERADAR_DATA_DIR: path.join(dir, 'embedded') }),
    createLogger('warn'),
  );
  const generator = new ListingGenerator(embeddedApp);
  embeddedApp.close();
  writeGenerated(path.join(dir, 'sources-p'), (i, v) => generator.listing(i, v), n, 'prime');
  writeGenerated(path.join(dir, 'sources-1'), (i, v) => generator.listing(i, v), n, 'refresh');
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
  };
  const primeS = await prime(dir, meta.listings, meta.sourceCount);
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
if (buildDir) {
  const dir = path.resolve(buildDir);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length) throw new Error(`--build ${dir}: not empty`);
  const result = await build(dir, Number(option('--listings') ?? 2000));
  process.stdout.write(`${JSON.stringify({ commit, ...result }, null, 2)}\n`);
} else if (refreshDir) {
  const dir = path.resolve(refreshDir);
  const result = await refresh(dir, Number(option('--runs') ?? 3));
  process.stdout.write(`${JSON.stringify({ commit, ...result }, null, 2)}\n`);
} else {
  throw new Error('usage: tsx scripts/refresh-bench.ts --build DIR --listings N | --refresh DIR [--runs R]');
}
