import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { App } from '../../src/app.js';
import { testApp } from '../support/temp.js';
import { writeVersionedCorpus } from '../support/versioned-corpus.js';

// RELIABILITY.md, data side: "start-up after crashes → leftover partial builds removed; a pointer
// to a missing or broken generation falls back to the previous valid one, with a clear log".
// `App.ensureCorpus` is what every start runs (the bot's first worker job, the console).

async function twoGenerations() {
  const t = testApp();
  writeVersionedCorpus(t.corpusDir, 1, 6);
  const first = await t.app.ingest({ sources: [], embedded: true });
  writeVersionedCorpus(t.corpusDir, 2, 6);
  const second = await t.app.ingest({ sources: [], embedded: true });
  expect(second.status).toBe('published');
  t.app.close();
  return { ...t, g1: first.generation!, g2: second.generation! };
}

const restart = (t: Awaited<ReturnType<typeof twoGenerations>>) => new App(t.config, t.log);

describe('start-up after a crash', () => {
  test('leftover staging builds and pointer temp files are removed at start-up, with a log line', async () => {
    const t = await twoGenerations();
    const leftover = path.join(t.dataDir, 'staging', '20260101T000000Z-dead00');
    fs.mkdirSync(leftover);
    fs.writeFileSync(path.join(leftover, 'corpus.db'), 'partial');
    const tmp = path.join(t.dataDir, 'current.json.12345.abcdef.tmp');
    fs.writeFileSync(tmp, '{"generation":');
    const app = restart(t);
    expect(await app.ensureCorpus()).toBeNull(); // a corpus exists: nothing is rebuilt
    expect(fs.existsSync(leftover)).toBe(false);
    expect(fs.existsSync(tmp)).toBe(false);
    expect(t.log.lines.some((l) => /Removed 1 unfinished build\(s\).*20260101T000000Z-dead00/.test(l))).toBe(
      true,
    );
    expect(app.store.current()!.id).toBe(t.g2);
    app.close();
  });

  test('a refresh running in another process keeps its staging folder when the bot starts', async () => {
    const t = await twoGenerations();
    const release = t.app.store.acquireLock(new Date()); // held by this (live) process
    try {
      const running = path.join(t.dataDir, 'staging', '20260102T000000Z-live00');
      fs.mkdirSync(running);
      const app = restart(t);
      await app.ensureCorpus();
      expect(fs.existsSync(running)).toBe(true);
      app.close();
    } finally {
      release();
    }
  });

  test('a pointer to a missing generation falls back to the previous valid one, saying so', async () => {
    const t = await twoGenerations();
    fs.rmSync(path.join(t.dataDir, 'generations', t.g2), { recursive: true });
    const app = restart(t);
    expect(await app.ensureCorpus()).toBeNull();
    expect(app.store.current()!.id).toBe(t.g1);
    const answer = (await app.ask('what do lead backend roles with kafka require?'))!;
    expect(answer.generation).toBe(t.g1);
    expect(answer.citations.every((c) => c.url?.includes('/v1/'))).toBe(true);
    expect(
      t.log.lines.some(
        (l) =>
          l.startsWith('warn') &&
          l.includes(`Generation ${t.g2} named by current.json is unusable (manifest.json is missing)`) &&
          l.includes(`serving the previous valid generation ${t.g1}`),
      ),
    ).toBe(true);
    app.close();
  });

  test('a broken generation (truncated file) and an unreadable pointer fall back too', async () => {
    const t = await twoGenerations();
    const db = path.join(t.dataDir, 'generations', t.g2, 'corpus.db');
    fs.truncateSync(db, Math.floor(fs.statSync(db).size / 2));
    let app = restart(t);
    expect(app.store.current()!.id).toBe(t.g1);
    expect(
      t.log.lines.some((l) => l.includes(`Generation ${t.g2}`) && /bytes, the manifest says/.test(l)),
    ).toBe(true);
    app.close();
    fs.writeFileSync(path.join(t.dataDir, 'current.json'), 'not json at all');
    app = restart(t);
    expect(app.store.current()!.id).toBe(t.g1); // the newest *valid* generation
    expect(t.log.lines.some((l) => /current\.json is unreadable/.test(l))).toBe(true);
    app.close();
  });
});
