import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { CorpusReader } from '../../src/storage/corpus/corpus-reader.js';
import { GenerationStore } from '../../src/storage/corpus/generations.js';
import { finished, runCli, spawnCli } from '../support/cli-process.js';
import { memoryLog, tempDir } from '../support/temp.js';

// The long form (40 kills) runs in `npm run test:soak` through ROLERADAR_SOAK_KILLS.
const KILLS = Number(process.env.ROLERADAR_SOAK_KILLS ?? 8);

describe('SIGKILL during a refresh', () => {
  test(`never leaves the corpus unreadable (${KILLS} kills at random moments)`, {
    timeout: 60_000 + KILLS * 15_000,
  }, async () => {
    const dataDir = tempDir('roleradar-crash-');
    const env = { ROLERADAR_DATA_DIR: dataDir };
    const first = await runCli(['ingest', '--json'], env);
    expect(first.code, first.stderr).toBe(0);
    const expected = JSON.parse(first.stdout).counts.added as number;

    // How long a full reprocessing run takes here, to spread the kills across all of it.
    const t0 = performance.now();
    const timed = await runCli(['ingest', '--reprocess', '--json'], env);
    expect(timed.code, timed.stderr).toBe(0);
    const duration = performance.now() - t0;

    const store = new GenerationStore(dataDir, memoryLog());
    const outcomes: string[] = [];
    for (let i = 0; i < KILLS; i++) {
      const child = spawnCli(['ingest', '--reprocess', '--json'], env);
      const done = finished(child);
      const delay = Math.random() * duration * 1.1;
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      const result = await done;
      clearTimeout(timer);
      outcomes.push(
        result.signal === 'SIGKILL' ? `killed at ${Math.round(delay)} ms` : `finished (${result.code})`,
      );

      // After every kill: a valid generation serves, holding the whole corpus.
      const current = store.current();
      expect(current, `after run ${i} (${outcomes[i]})`).not.toBeNull();
      const reader = new CorpusReader(current!);
      try {
        const status = reader.status();
        expect(status.listings + status.guides).toBe(expected);
      } finally {
        reader.close();
      }
    }
    // The next refresh after all that takes over the stale lock, cleans up and publishes.
    const after = await runCli(['ingest', '--reprocess', '--json'], env);
    expect(after.code, after.stderr).toBe(0);
    expect(JSON.parse(after.stdout).status).toBe('published');
    expect(outcomes.some((o) => o.startsWith('killed'))).toBe(true);
  });
});

describe('the CLI', () => {
  test('status --json prints nothing but JSON on stdout', async () => {
    const dataDir = tempDir('roleradar-cli-');
    const result = await runCli(['status', '--json'], { ROLERADAR_DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    expect(result.code, result.stderr).toBe(0);
    const status = JSON.parse(result.stdout);
    expect(status.listings).toBeGreaterThanOrEqual(150);
    expect(status.guides).toBeGreaterThanOrEqual(8);
    expect(status.skillCoverage.fiveOrMore).toBeGreaterThanOrEqual(0.95);
    // The first-run build logs to stderr, never to stdout.
    expect(result.stderr).toMatch(/building it from the embedded listings/);
  });

  test('a second ingest while one runs is refused with exit code 3', async () => {
    const dataDir = tempDir('roleradar-cli-');
    const env = { ROLERADAR_DATA_DIR: dataDir };
    const store = new GenerationStore(dataDir, memoryLog());
    const release = store.acquireLock(new Date());
    try {
      const result = await runCli(['ingest', '--json'], env);
      expect(result.code).toBe(3);
      expect(JSON.parse(result.stdout)).toMatchObject({ status: 'locked' });
      expect(JSON.parse(result.stdout).message).toMatch(/already running/);
    } finally {
      release();
    }
  });

  test('listing ID --json prints the listing with its facts; an unknown id exits 4', async () => {
    const dataDir = tempDir('roleradar-cli-');
    const env = { ROLERADAR_DATA_DIR: dataDir };
    const listings = JSON.parse((await runCli(['listings', '--json'], env)).stdout).listings as Array<{
      id: string;
    }>;
    const one = await runCli(['listing', listings[0]!.id, '--json'], env);
    expect(JSON.parse(one.stdout)).toMatchObject({
      id: listings[0]!.id,
      skills: expect.any(Array),
      sections: expect.any(Array),
    });
    const missing = await runCli(['listing', 'no-such-listing', '--json'], env);
    expect(missing.code).toBe(4);
  });

  test('bad configuration exits 78 with the variable named', async () => {
    const result = await runCli(['status'], {
      ROLERADAR_KEEP_GENERATIONS: 'many',
      ROLERADAR_DATA_DIR: tempDir(),
    });
    expect(result.code).toBe(78);
    expect(result.stderr).toMatch(/ROLERADAR_KEEP_GENERATIONS/);
  });

  test('loadConfig is the only reader of the environment and resolves paths', () => {
    const config = loadConfig({ ROLERADAR_DATA_DIR: 'rel/data' }, '/tmp/base');
    expect(config.dataDir).toBe('/tmp/base/rel/data');
  });
});

describe('the search CLI', () => {
  test('search --json prints results with listingId, chunkId, score, title, company and snippet', async () => {
    const dataDir = tempDir('roleradar-cli-');
    const result = await runCli(
      ['search', 'remote golang lead with k8s', '--k', '5', '--skills', 'golang,k8s', '--json'],
      { ROLERADAR_DATA_DIR: dataDir },
    );
    expect(result.code, result.stderr).toBe(0);
    const { results } = JSON.parse(result.stdout);
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(5);
    for (const r of results) {
      expect(Object.keys(r).sort()).toEqual(['chunkId', 'company', 'listingId', 'score', 'snippet', 'title']);
    }
    const listings = JSON.parse(
      (await runCli(['listings', '--json'], { ROLERADAR_DATA_DIR: dataDir })).stdout,
    ).listings as Array<{ id: string; skills: string[] }>;
    for (const r of results)
      expect(listings.find((l) => l.id === r.listingId)?.skills).toEqual(
        expect.arrayContaining(['Go', 'Kubernetes']),
      );
  });

  test('an unknown skill in --skills is a clear error', async () => {
    const result = await runCli(['search', 'x', '--skills', 'cobolscript'], {
      ROLERADAR_DATA_DIR: tempDir('roleradar-cli-'),
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/unknown skill "cobolscript"/);
  });
});
