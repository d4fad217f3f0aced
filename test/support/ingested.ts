import fs from 'node:fs';
import path from 'node:path';
import { App } from '../../src/app.js';
import { type AppConfig, loadConfig } from '../../src/config/config.js';
import type { IngestReport } from '../../src/rag/ingest.js';
import { oncePerRun } from './once-per-run.js';
import { memoryLog, tempDir, testApp } from './temp.js';

/*
 * The embedded corpus (data/) ingested once per test run and copied into each test's own data
 * folder, instead of every test file ingesting it again (about 6 s of CPU each). A copy is a whole
 * data folder (generation, pointer, state, refresh attempts), so a test may refresh, corrupt or
 * delete what it got without touching anyone else's.
 *
 * Two builds, each made by the first test file that asks for it and read by the rest (oncePerRun):
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

function fixture(flavour: Flavour): Promise<Fixture> {
  return oncePerRun(flavour, (dir) => build(flavour, dir)).then(({ dir, meta }) => ({
    ...meta,
    dataDir: path.join(dir, 'data'),
  }));
}

async function build(flavour: Flavour, dir: string): Promise<Omit<Fixture, 'dataDir'>> {
  const dataDir = path.join(dir, 'data');
  fs.mkdirSync(dataDir);
  if (flavour === 'test-clock') {
    const { app, log } = testApp({ useRealCorpus: true, dataDir });
    const report = await app.ingest({ sources: [], embedded: true });
    if (report.status !== 'published') throw new Error(`embedded corpus not published: ${report.message}`);
    // The reading that follows the last one the ingest took.
    const clock = app.now().getTime() - 1000;
    await app.shutdown();
    return { report, clock, logLines: log.lines };
  }
  const log = memoryLog();
  const app = new App(loadConfig({ ROLERADAR_DATA_DIR: dataDir }), log);
  const report = await app.ensureCorpus();
  if (report?.status !== 'published') throw new Error(`embedded corpus not published: ${report?.message}`);
  await app.shutdown();
  return { report: null, clock: Date.now(), logLines: log.lines };
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
