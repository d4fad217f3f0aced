import { afterAll, beforeAll, expect, test } from 'vitest';
import { App } from '../../src/app.js';
import { dispatchCommand } from '../../src/bot/dispatch.js';
import type { Reply } from '../../src/bot/reply.js';
import { loadConfig } from '../../src/config/config.js';
import { GenerationCache } from '../../src/rag/generation-cache.js';
import { memoryLog, tempDir } from '../support/temp.js';
import { urlVersion, writeVersionedCorpus } from '../support/versioned-corpus.js';

// Issue 16 item 5: the serving path keeps what depends only on the generation and the inputs (the
// offline answer to a question, a market's report and chart), and never serves it from an older
// generation. Version 1 and version 2 of the corpus differ in every listing URL, so a citation
// says which generation it came from.

test('GenerationCache: one computation per key, least recently used out first, emptied by another generation', () => {
  const cache = new GenerationCache<string>(2);
  const computed: string[] = [];
  const get = (generation: string, key: string) =>
    cache.get(generation, key, () => {
      computed.push(`${generation}/${key}`);
      return `${key} on ${generation}`;
    });
  expect(get('g1', 'a')).toBe('a on g1');
  expect(get('g1', 'a')).toBe('a on g1');
  get('g1', 'b');
  get('g1', 'a'); // a is now the most recently used: b goes when c comes
  get('g1', 'c');
  get('g1', 'a');
  get('g1', 'b');
  expect(computed).toEqual(['g1/a', 'g1/b', 'g1/c', 'g1/b']);
  // Another generation: nothing of g1 is served, and g1's entries are gone.
  expect(get('g2', 'a')).toBe('a on g2');
  expect(cache.stats).toEqual({ generation: 'g2', entries: 1, hits: 3, misses: 5 });
});

test('GenerationCache: a rejected computation is not kept; 0 entries caches nothing', async () => {
  const cache = new GenerationCache<Promise<number>>(4);
  let calls = 0;
  const failing = () => cache.get('g1', 'k', () => Promise.reject(new Error(`failure ${++calls}`)));
  await expect(failing()).rejects.toThrow('failure 1');
  await expect(failing()).rejects.toThrow('failure 2');
  const off = new GenerationCache<number>(0);
  let n = 0;
  expect([off.get('g', 'k', () => ++n), off.get('g', 'k', () => ++n)]).toEqual([1, 2]);
  expect(off.stats.entries).toBe(0);
});

const corpusDir = tempDir('roleradar-cache-corpus-', 'file');
const dataDir = tempDir('roleradar-cache-data-', 'file');
let app: App;

beforeAll(async () => {
  writeVersionedCorpus(corpusDir, 1);
  app = new App(loadConfig({ ROLERADAR_DATA_DIR: dataDir, ROLERADAR_CORPUS_DIR: corpusDir }), memoryLog());
  await app.ensureCorpus();
}, 120_000);

afterAll(() => app?.close());

const QUESTION = 'what do lead backend roles with kafka require?';
const invoker = { id: '1500000000000000001', name: 'member', isAdmin: false };
const command = (name: string, options: Record<string, unknown>) =>
  dispatchCommand(name, options, { app, invoker, surface: 'discord', guildId: '1200000000000000001' });
const versions = (reply: Reply) =>
  new Set((reply.context?.citations ?? []).map((c) => urlVersion(c.url ?? '')));

test('/ask: the same question (as the engine normalises it) is answered from the cache, equal to a fresh answer', async () => {
  const before = app.caches.answers.stats;
  const first = await app.ask(QUESTION, { cache: true });
  const again = await app.ask(`  ${QUESTION.replace(/ /g, '   ')}\n`, { cache: true });
  const uncached = await app.ask(QUESTION);
  expect(first!.kind).toBe('answered');
  expect(first!.citations.length).toBeGreaterThan(0);
  expect(again).toEqual(first);
  expect(uncached).toEqual(first);
  const after = app.caches.answers.stats;
  expect(after.misses - before.misses).toBe(1);
  expect(after.hits - before.hits).toBe(1);
  // Each caller gets its own copy: changing one answer changes no later one.
  first!.citations.length = 0;
  first!.answer = 'changed';
  const third = await app.ask(QUESTION, { cache: true });
  expect(third).toEqual(uncached);
});

test('a generation switch empties the caches: /ask and /market answer from the new generation at once', async () => {
  const ask1 = await command('ask', { question: QUESTION });
  const market1 = await command('market', { remote: true });
  const market1again = await command('market', { remote: true });
  const g1 = ask1.context!.generation!;
  expect(versions(ask1)).toEqual(new Set([1]));
  expect(market1again.embeds).toEqual(market1.embeds);
  expect(market1again.files![0]!.data).toEqual(market1.files![0]!.data);
  const marketStats = app.caches.market.stats;
  expect(marketStats.generation).toBe(g1);
  expect(marketStats.hits).toBeGreaterThanOrEqual(1);

  writeVersionedCorpus(corpusDir, 2);
  await app.ingest({ sources: [], embedded: true });
  const g2 = app.reader()!.generation.id;
  expect(g2).not.toBe(g1);

  const ask2 = await command('ask', { question: QUESTION });
  expect(ask2.context!.generation).toBe(g2);
  expect(versions(ask2)).toEqual(new Set([2]));
  expect(app.caches.answers.stats.generation).toBe(g2);
  const market2 = await command('market', { remote: true });
  expect(market2.embeds![0]!.footer).toContain(g2);
  expect(market2.embeds![0]!.footer).not.toContain(g1);
  expect(app.caches.market.stats).toMatchObject({ generation: g2, entries: 1 });
}, 120_000);
