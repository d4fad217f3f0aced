import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { App } from '../../src/app.js';
import { type AppConfig, loadConfig } from '../../src/config/config.js';
import type { IngestReport } from '../../src/rag/ingest.js';
import { memoryLog, tempDir, testApp } from './temp.js';

/*
 * The embedded corpus (data/) ingested once per test run and copied into each test's own data
 * folder, instead of every test file ingesting it again (about 6 s of CPU each). A copy is a whole
 * data folder (generation, pointer, state, refresh attempts), so a test may refresh, corrupt or
 * delete what it got without touching anyone else's.
 *
 * Two builds, each made by the first test file that asks for it (under a lock in this run's
 * fixtures folder, see global-setup.ts) and read by the rest:
 * - 'test-clock': `testApp({ useRealCorpus: true })` then `app.ingest({ sources: [], embedded: true })`,
 *   with the test App's clock; `ingestedApp()` goes on from where that App stopped.
 * - 'real-clock': what a first start builds (`ensureCorpus()` in a fresh data folder, the real clock):
 *   for a bot, a worker pool or a CLI process given the folder through ROLERADAR_DATA_DIR.
 * Both use the default settings; a test whose settings change what an ingest builds (another corpus,
 * embedder, PostgreSQL state, …) ingests for itself.
 */

type Flavour = 'test-clock' | 'real-clock';

interface Fixture {
  /** The built data folder: copied, never used in place. */
  dataDir: string;
  /** What the ingest returned (the 'test-clock' build). */
  report: IngestReport | null;
  /** The building App's last clock reading. */
  clock: number;
  logLines: string[];
}

const building = new Map<Flavour, Promise<Fixture>>();

function fixture(flavour: Flavour): Promise<Fixture> {
  let pending = building.get(flavour);
  if (!pending) {
    pending = buildOnce(flavour);
    building.set(flavour, pending);
  }
  return pending;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function buildOnce(flavour: Flavour): Promise<Fixture> {
  const root = inject('fixturesDir');
  if (!root)
    throw new Error('test/support/ingested.ts: no fixtures folder (globalSetup in vitest.config.ts)');
  const dir = path.join(root, flavour);
  const lock = `${dir}.lock`;
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const ready = readFixture(dir);
    if (ready) return ready;
    if (takeLock(lock)) {
      try {
        if (!readFixture(dir)) await buildInto(flavour, dir);
      } finally {
        fs.rmSync(lock, { recursive: true, force: true });
      }
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(
        `test/support/ingested.ts: ${flavour} corpus not built within 10 minutes (lock ${lock})`,
      );
    await sleep(100);
  }
}

function readFixture(dir: string): Fixture | null {
  try {
    const meta = JSON.parse(fs.readFileSync(path.join(dir, 'fixture.json'), 'utf8')) as Omit<
      Fixture,
      'dataDir'
    >;
    return { ...meta, dataDir: path.join(dir, 'data') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The build lock: a folder naming its holder's pid; a holder that died (its worker killed) loses it. */
function takeLock(lock: string): boolean {
  try {
    fs.mkdirSync(lock);
    fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  let holder = 0;
  try {
    holder = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    return false; // just taken, its pid not yet written
  }
  if (holder > 0 && !alive(holder)) fs.rmSync(lock, { recursive: true, force: true });
  return false;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Builds in a staging folder, then renames it into place: readers see a whole fixture or none. */
async function buildInto(flavour: Flavour, dir: string): Promise<void> {
  const staging = `${dir}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  const dataDir = path.join(staging, 'data');
  fs.mkdirSync(dataDir, { recursive: true });
  let meta: Omit<Fixture, 'dataDir'>;
  if (flavour === 'test-clock') {
    const { app, log } = testApp({ useRealCorpus: true, dataDir });
    const report = await app.ingest({ sources: [], embedded: true });
    if (report.status !== 'published') throw new Error(`embedded corpus not published: ${report.message}`);
    // The reading that follows the last one the ingest took.
    const clock = app.now().getTime() - 1000;
    await app.shutdown();
    meta = { report, clock, logLines: log.lines };
  } else {
    const log = memoryLog();
    const app = new App(loadConfig({ ROLERADAR_DATA_DIR: dataDir }), log);
    const report = await app.ensureCorpus();
    if (report?.status !== 'published') throw new Error(`embedded corpus not published: ${report?.message}`);
    await app.shutdown();
    meta = { report: null, clock: Date.now(), logLines: log.lines };
  }
  fs.writeFileSync(path.join(staging, 'fixture.json'), JSON.stringify(meta));
  try {
    fs.renameSync(staging, dir);
  } catch (error) {
    // Built twice (a lock taken over from a holder thought dead): the first one stays.
    fs.rmSync(staging, { recursive: true, force: true });
    if (!readFixture(dir)) throw error;
  }
}

/** Settings that change what an ingest builds, or how: a test with one of these ingests for itself. */
const INGEST_SETTINGS = [
  'dataDir',
  'corpusDir',
  'localEmbedding',
  'openai',
  'keepGenerations',
  'maxSourceBytes',
  'sources',
  'state',
] as const satisfies ReadonlyArray<keyof AppConfig>;

/**
 * `testApp({ useRealCorpus: true, ...options })` after `app.ingest({ sources: [], embedded: true })`,
 * without the ingest: its data folder is a copy of the one that ingest left, the clock and log go
 * on from it, and `report` is what it returned.
 */
export async function ingestedApp(
  options: { overrides?: Partial<AppConfig>; scope?: 'test' | 'file' } = {},
): Promise<ReturnType<typeof testApp> & { report: IngestReport }> {
  const changed = INGEST_SETTINGS.filter((key) => options.overrides && key in options.overrides);
  if (changed.length > 0)
    throw new Error(`ingestedApp(): ${changed.join(', ')} change what an ingest builds; ingest in the test`);
  const built = await fixture('test-clock');
  return { ...testApp({ ...options, useRealCorpus: true, from: built }), report: built.report! };
}

/**
 * A fresh data folder (removed after the test, or the file with `scope: 'file'`) holding the
 * embedded corpus as the first start of `npm start`, the bot or the CLI builds it with the default
 * settings: for ROLERADAR_DATA_DIR of a bot, a worker pool or a CLI process that is not there to
 * test that first build.
 */
export async function ingestedDataDir(
  scope: 'test' | 'file' = 'test',
  prefix = 'roleradar-data-',
): Promise<string> {
  const built = await fixture('real-clock');
  const dir = tempDir(prefix, scope);
  fs.cpSync(built.dataDir, dir, { recursive: true });
  return dir;
}
