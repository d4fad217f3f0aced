import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { App } from '../../src/app.js';
import { renderStatus } from '../../src/bot/commands/corpus.js';
import { runCli } from '../support/cli-process.js';
import { distinctWords, testApp } from '../support/temp.js';
import { writeVersionedCorpus } from '../support/versioned-corpus.js';

// Issue 12, item 3: a flipped bit in a derived file (the hnsw index, its vectors.json, the learned
// embedding model) of the serving generation must not lose listings. Start-up rebuilds the derived
// files from that generation's own intact corpus.db (never from data/ alone, which has no
// job-board listings); no generation is pruned while the serving one is degraded; `status --json`
// and /corpus status say `degraded` and why; a refresh repairs a pointer to a broken generation
// instead of answering "no changes".

const BOARD_IDS = ['board-ledger', 'board-search', 'board-routing'];

/** Listings a job board gave: they exist in the generations, never in data/. */
function boardFeed(dir: string): string {
  const file = path.join(dir, 'board.jsonl');
  fs.writeFileSync(
    file,
    BOARD_IDS.map((id, i) =>
      JSON.stringify({
        id,
        title: 'Lead Backend Engineer',
        company: `Board Company ${i}`,
        location: 'Remote (EU)',
        url: `https://boards.example.com/${id}`,
        description: `## Role\nLead the ${id.split('-')[1]} backend team: Elixir, Cassandra and Pulsar. ${distinctWords(i + 40, 25)}`,
      }),
    ).join('\n'),
  );
  return file;
}

/** g1: data/ only; g2: data/ plus the board's listings (the serving one). */
async function twoGenerations(overrides: { keepGenerations?: number } = {}) {
  const t = testApp({ overrides });
  writeVersionedCorpus(t.corpusDir, 1, 6);
  const g1 = await t.app.ingest({ sources: [], embedded: true });
  const g2 = await t.app.ingest({ sources: [boardFeed(t.dataDir)], embedded: false });
  expect(g2.status).toBe('published');
  t.app.close();
  const flip = (file: string) => {
    const target = path.join(t.dataDir, 'generations', g2.generation!, file);
    const bytes = fs.readFileSync(target);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x10;
    fs.writeFileSync(target, bytes);
  };
  return { ...t, g1: g1.generation!, g2: g2.generation!, flip };
}

const restart = (t: { config: App['config']; log: App['log'] }) => new App(t.config, t.log);
const openIds = (app: App) =>
  app
    .reader()!
    .listings()
    .map((l) => l.id);

describe('a flipped bit in a derived file of the serving generation', () => {
  test('vectors.hnsw, only generation kept: start-up rebuilds from its own corpus.db, the board listings stay', async () => {
    const t = await twoGenerations({ keepGenerations: 1 });
    expect(fs.existsSync(path.join(t.dataDir, 'generations', t.g1))).toBe(false); // pruned normally
    t.flip('vectors.hnsw');
    const app = restart(t);
    const report = await app.ensureCorpus();
    expect(report?.status).toBe('published');
    expect(openIds(app)).toEqual(expect.arrayContaining(BOARD_IDS));
    expect(openIds(app)).toHaveLength(6 + BOARD_IDS.length);
    // The rebuilt index is whole and used: dense search finds a board listing.
    const dense = await app.retriever()!.search('elixir cassandra pulsar ledger', { mode: 'dense' });
    expect(dense.hits.some((h) => BOARD_IDS.includes(h.listingId))).toBe(true);
    expect(app.corpusHealth().state).toBe('ok');
    expect(t.log.lines.some((l) => /Repaired the corpus: generation .* was degraded/.test(l))).toBe(true);
    app.close();
  });

  test('vectors.json or the embedding model, an older generation kept: the newest data keeps serving after start-up', async () => {
    for (const file of ['vectors.json', 'local-embedder.f32']) {
      const t = await twoGenerations();
      t.flip(file);
      const app = restart(t);
      await app.ensureCorpus();
      expect(openIds(app), file).toEqual(expect.arrayContaining(BOARD_IDS));
      expect(app.reader()!.generation.id).not.toBe(t.g1);
      expect(fs.existsSync(path.join(t.dataDir, 'generations', t.g1)), file).toBe(true);
      expect(app.corpusHealth().state).toBe('ok');
      app.close();
    }
  });

  test('no generation is pruned while the serving one is degraded', async () => {
    const t = await twoGenerations();
    t.flip('vectors.hnsw');
    const app = restart(t);
    expect(app.store.prune(1, t.g2)).toEqual([]);
    expect(app.store.prune(0, t.g1)).toEqual([]); // current.json still names the broken g2
    expect(fs.existsSync(path.join(t.dataDir, 'generations', t.g1))).toBe(true);
    expect(
      t.log.lines.some((l) => /Kept every old generation: the serving generation is degraded/.test(l)),
    ).toBe(true);
    app.close();
  });

  test('status --json and /corpus status report degraded with the reason while it cannot be repaired yet', async () => {
    const t = await twoGenerations();
    t.flip('vectors.hnsw');
    // A refresh holds the lock, so start-up cannot repair now: the status says what is wrong.
    const release = restart(t).store.acquireLock(new Date());
    try {
      const result = await runCli(['status', '--json'], {
        ROLERADAR_DATA_DIR: t.dataDir,
        ROLERADAR_CORPUS_DIR: t.corpusDir,
      });
      expect(result.code, result.stderr).toBe(0);
      const status = JSON.parse(result.stdout);
      expect(status.health).toBe('degraded');
      expect(status.degraded).toMatchObject({ pointer: t.g2, serving: t.g1, repairable: true });
      expect(status.degraded.reason).toMatch(/vectors\.hnsw does not match its checksum/);
      const app = restart(t);
      const reply = JSON.stringify(renderStatus(app.reader()!.status(), [], app.corpusHealth()));
      expect(reply).toMatch(/Degraded/);
      expect(reply).toMatch(/vectors\.hnsw does not match its checksum/);
      app.close();
    } finally {
      release();
    }
  });

  test('a refresh with no changes repairs current.json naming a broken generation instead of saying "no changes"', async () => {
    const t = await twoGenerations();
    t.flip('corpus.db'); // not repairable from itself: the previous generation serves meanwhile
    const app = restart(t);
    expect(app.corpusHealth()).toMatchObject({ state: 'degraded', serving: t.g1, repairable: false });
    const report = await app.ingest({ sources: [], embedded: true });
    expect(report.status).toBe('published');
    expect(report.notices.some((n) => /current\.json did not name a valid generation/.test(n))).toBe(true);
    expect(app.store.readPointer()).toBe(report.generation);
    expect(app.corpusHealth()).toMatchObject({ state: 'ok', serving: report.generation });
    // And the next one is unchanged again.
    expect((await app.ingest({ sources: [], embedded: true })).status).toBe('unchanged');
    app.close();
  });

  test('while current.json names a broken generation, the fallback is verified once, not on every command', async () => {
    const t = await twoGenerations();
    t.flip('corpus.db');
    const app = restart(t);
    for (let i = 0; i < 5; i++) expect(app.reader()!.generation.id).toBe(t.g1);
    expect(
      t.log.lines.filter((l) => l.includes(`Generation ${t.g2} named by current.json is unusable`)),
    ).toHaveLength(1);
    app.close();
  });

  test('a refresh while a derived file is broken builds on that generation, not on the older fallback', async () => {
    const t = await twoGenerations();
    t.flip('vectors.hnsw');
    const app = restart(t);
    const report = await app.ingest({ sources: [], embedded: true });
    expect(report.status).toBe('published');
    expect(report.previousGeneration).toBe(t.g2);
    expect(openIds(app)).toEqual(expect.arrayContaining(BOARD_IDS));
    app.close();
  });
});
