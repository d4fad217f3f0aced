import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';
import { App } from '../../src/app.js';
import { type AppConfig, loadConfig, PROJECT_ROOT } from '../../src/config/config.js';
import type { Log } from '../../src/logger.js';

const dirs: string[] = [];
const fileDirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
afterAll(() => {
  for (const dir of fileDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder removed after the test (or, with `scope: 'file'`, after the test file: for beforeAll). */
export function tempDir(prefix = 'roleradar-test-', scope: 'test' | 'file' = 'test'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  (scope === 'file' ? fileDirs : dirs).push(dir);
  return dir;
}

/** A logger that keeps its lines for assertions instead of printing them. */
export function memoryLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (message: string) => {
    lines.push(`${level} ${message}`);
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Writes files under a folder: { 'listings/a.md': '...' }. */
export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/** Where a test App's clock starts; each reading of it is one second later than the one before. */
export const TEST_CLOCK_START = Date.parse('2026-11-28T10:00:00Z');

/**
 * A corpus folder with the project's real taxonomy and the given listings and guides, plus an App
 * whose data directory is a fresh temporary folder.
 */
export function testApp(
  options: {
    corpus?: Record<string, string | Buffer>;
    useRealCorpus?: boolean;
    overrides?: Partial<AppConfig>;
    /** 'file' keeps the folders until the test file ends (an app built in beforeAll). */
    scope?: 'test' | 'file';
    /**
     * Start from a data folder another test App left (test/support/ingested.ts): its contents are
     * copied into the fresh data folder, the clock goes on from that App's last reading and its
     * log lines come first.
     */
    from?: { dataDir: string; clock: number; logLines: string[] };
    /** Use this (existing, caller-owned) folder as the data directory instead of a fresh one. */
    dataDir?: string;
  } = {},
) {
  const dataDir = options.dataDir ?? tempDir('roleradar-data-', options.scope);
  if (options.from) fs.cpSync(options.from.dataDir, dataDir, { recursive: true });
  let corpusDir = path.join(PROJECT_ROOT, 'data');
  if (!options.useRealCorpus) {
    corpusDir = tempDir('roleradar-corpus-', options.scope);
    fs.cpSync(path.join(PROJECT_ROOT, 'data', 'taxonomy'), path.join(corpusDir, 'taxonomy'), {
      recursive: true,
    });
    fs.mkdirSync(path.join(corpusDir, 'listings'));
    fs.mkdirSync(path.join(corpusDir, 'guides'));
    writeFiles(corpusDir, options.corpus ?? {});
  }
  const config = {
    ...loadConfig({ ROLERADAR_DATA_DIR: dataDir, ROLERADAR_CORPUS_DIR: corpusDir }),
    ...options.overrides,
  };
  const log = memoryLog();
  log.lines.push(...(options.from?.logLines ?? []));
  let clock = options.from?.clock ?? TEST_CLOCK_START;
  const app = new App(config, log, () => {
    clock += 1000;
    return new Date(clock);
  });
  return { app, log, dataDir, corpusDir, config };
}

/** A listing file in the embedded Markdown format. */
export function listingMarkdown(
  fields: {
    id: string;
    title?: string;
    company?: string;
    location?: string;
    url?: string;
    postedAt?: string;
  },
  body: string,
): string {
  return [
    '---',
    `id: ${fields.id}`,
    `title: ${fields.title ?? 'Lead Backend Engineer'}`,
    `company: ${fields.company ?? `Company ${fields.id}`}`,
    `location: ${fields.location ?? 'Berlin, Germany'}`,
    `url: ${fields.url ?? `https://jobs.example.com/${fields.id}`}`,
    `postedAt: ${fields.postedAt ?? '2026-10-01'}`,
    '---',
    body,
    '',
  ].join('\n');
}

/** Topics for synthetic listings, and words that keep each synthetic listing from being a near-duplicate of another. */
export const SYNTHETIC_TOPICS = [
  'payments',
  'search',
  'ledger',
  'identity',
  'notifications',
  'billing',
  'catalog',
  'pricing',
  'routing',
  'matching',
  'storage',
  'analytics',
];

export function distinctWords(i: number, length: number): string {
  return Array.from(
    { length },
    (_, k) => `${SYNTHETIC_TOPICS[(i + k) % SYNTHETIC_TOPICS.length]}${(i * 7 + k) % 13}`,
  ).join(' ');
}

/** `count` lead listings alike but for their number (Go, Kafka, PostgreSQL; remote EU), for model tests. */
export function leadListingsCorpus(count: number): Record<string, string> {
  const corpus: Record<string, string> = {};
  for (let i = 1; i <= count; i++) {
    corpus[`listings/l${i}.md`] = listingMarkdown(
      {
        id: `l${i}`,
        title: `Lead Backend Engineer ${i}`,
        company: `Company ${i}`,
        url: `https://jobs.example.com/l${i}`,
      },
      `## Role\nLead a team building Go and Kafka services on PostgreSQL for product ${i}. 8+ years of experience. Fully remote in the EU.`,
    );
  }
  return corpus;
}
