import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { GenerationStore } from '../../src/storage/corpus/generations.js';
import { runCli } from '../support/cli-process.js';
import { ingestedDataDir } from '../support/ingested.js';
import { memoryLog, tempDir } from '../support/temp.js';

// Each test starts one to three CLI processes (and `status` builds the whole corpus first): on a
// busy 2-core machine running two test files at once, more than the default 30 s.
describe('the CLI', { timeout: 60_000 }, () => {
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
    const dataDir = await ingestedDataDir('test', 'roleradar-cli-');
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

describe('the search CLI', { timeout: 60_000 }, () => {
  test('search --json prints results with listingId, chunkId, score, title, company and snippet', async () => {
    const dataDir = await ingestedDataDir('test', 'roleradar-cli-');
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
      ROLERADAR_DATA_DIR: await ingestedDataDir('test', 'roleradar-cli-'),
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/unknown skill "cobolscript"/);
  });
});
