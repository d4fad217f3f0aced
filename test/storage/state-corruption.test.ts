import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { App } from '../../src/app.js';
import { renderStatus } from '../../src/bot/commands/corpus.js';
import { OpenAiCompatibleEmbeddings } from '../../src/rag/embed/openai-embeddings.js';
import { BotRecords, type Exchange } from '../../src/storage/state/bot-records.js';
import { MentorNotes, OPERATOR_SCOPE } from '../../src/storage/state/mentor-notes.js';
import { openStateDb, stateRecoveries } from '../../src/storage/state/state.js';
import type { SqliteStateStore } from '../../src/storage/state/state-sqlite.js';
import { runCli } from '../support/cli-process.js';
import { startFakeOpenAI } from '../support/fake-openai.js';
import { listingMarkdown, memoryLog, tempDir, testApp } from '../support/temp.js';

// Issue 12, item 8: a corrupt state.db made /notes and /role-summary fail on every call. It is
// detected when opened (garbage bytes, a truncated file, a failing quick_check): the rows that can
// still be read (notes, feedback, settings, audit, exchanges) go into a fresh database, the broken
// file is moved aside under a timestamped name, and the log, `status --json` and /corpus status say so.

const NOTES = 400;

/** The SQLite state database under the app's state store (this suite is about that file). */
const stateDb = (app: App) => (app.stateStore() as SqliteStateStore).db;

/** A state database with many notes, feedback, settings and audit rows, closed and checkpointed. */
function filledState(dataDir: string): void {
  const app = new App(testApp().config, memoryLog());
  (app.config as { dataDir: string }).dataDir = dataDir;
  const records = new BotRecords(stateDb(app), app.now);
  const notes = new MentorNotes(stateDb(app), app.now);
  for (let i = 0; i < NOTES; i++)
    notes.save({
      authorId: `u${i % 7}`,
      authorName: `mentor ${i % 7}`,
      topic: 'fintech',
      title: `Note ${i} on ledger interviews`,
      body: `Expect a ledger design round, note number ${i}. ${'Idempotency keys and double entry. '.repeat(8)}`,
    });
  const exchange: Exchange = {
    id: 'x1',
    userId: 'u1',
    guildId: 'g1',
    command: 'ask',
    question: 'q',
    reply: 'r',
    generation: null,
  } as Exchange;
  records.saveExchange(exchange);
  records.recordFeedback({
    exchange: records.exchange('x1')!,
    userId: 'u2',
    rating: 1,
    answer: 'a',
    citations: [],
  });
  records.updateSettings('g1', { askPublic: false, adminRoleId: '42' });
  records.audit({
    actorId: 'a1',
    actorName: 'admin',
    guildId: 'g1',
    action: 'corpus.refresh',
    details: '{}',
    outcome: 'ok',
  });
  stateDb(app).pragma('wal_checkpoint(TRUNCATE)');
  app.close();
}

const stateFile = (dataDir: string) => path.join(dataDir, 'state.db');
const quarantined = (dataDir: string) =>
  fs.readdirSync(dataDir).filter((n) => /^state\.db\.corrupt-[\dT.]+Z$/.test(n));

function appOn(dataDir: string) {
  const t = testApp();
  const log = memoryLog();
  const app = new App({ ...t.config, dataDir }, log);
  return { app, log };
}

describe('a corrupt state database', () => {
  test('garbage bytes: detected on open, moved aside, a fresh one serves /notes; the log says so', () => {
    const dataDir = tempDir();
    fs.writeFileSync(stateFile(dataDir), Buffer.alloc(8192, 0x41));
    const { app, log } = appOn(dataDir);
    const notes = new MentorNotes(stateDb(app), app.now);
    const note = notes.save({ authorId: 'u', authorName: 'u', title: 'After', body: 'the recovery' });
    expect(notes.list(OPERATOR_SCOPE).map((n) => n.id)).toEqual([note.id]);
    expect(quarantined(dataDir)).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, quarantined(dataDir)[0]!))).toEqual(Buffer.alloc(8192, 0x41));
    expect(
      log.lines.some((l) =>
        /^warn state\.db was corrupt \(SQLITE_NOTADB.*moved aside as state\.db\.corrupt-/.test(l),
      ),
    ).toBe(true);
    expect(app.stateRecoveries()[0]).toMatchObject({
      reason: expect.stringMatching(/NOTADB/),
      salvaged: { notes: 0 },
    });
    app.close();
  });

  test('damaged pages: the readable notes, feedback, settings and audit rows are kept in the fresh database', () => {
    const dataDir = tempDir();
    filledState(dataDir);
    const bytes = fs.readFileSync(stateFile(dataDir));
    // Scramble 8 KB in the middle: some notes pages are lost, quick_check fails.
    const at = Math.floor(bytes.length / 2);
    for (let i = at; i < at + 8192; i++) bytes[i] = bytes[i]! ^ 0x5a;
    fs.writeFileSync(stateFile(dataDir), bytes);
    const { app, log } = appOn(dataDir);
    const db = stateDb(app);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    const kept = new MentorNotes(db, app.now).list(OPERATOR_SCOPE, { limit: 1000 }).length;
    expect(kept).toBeGreaterThan(NOTES / 2);
    expect(kept).toBeLessThanOrEqual(NOTES);
    // The full-text index is rebuilt with the rows: /notes search works.
    expect(new MentorNotes(db, app.now).search(OPERATOR_SCOPE, 'ledger idempotency').length).toBeGreaterThan(
      0,
    );
    const records = new BotRecords(db, app.now);
    expect(records.allSettings().g1).toMatchObject({ askPublic: false, adminRoleId: '42' });
    expect(records.feedback()).toHaveLength(1);
    expect(records.auditTrail().map((a) => a.action)).toContain('corpus.refresh');
    expect(app.stateRecoveries()[0]!.salvaged).toMatchObject({
      notes: kept,
      feedback: 1,
      server_settings: 2,
      audit: 1,
    });
    expect(
      log.lines.some(
        (l) =>
          /state\.db was corrupt \(quick_check/.test(l) || /state\.db was corrupt \(SQLITE_CORRUPT/.test(l),
      ),
    ).toBe(true);
    app.close();
  });

  test('a truncated file: recovered the same way, and only once however many open it', () => {
    const dataDir = tempDir();
    filledState(dataDir);
    const file = stateFile(dataDir);
    fs.truncateSync(file, Math.floor(fs.statSync(file).size * 0.6));
    const first = openStateDb(dataDir, memoryLog());
    const second = openStateDb(dataDir, memoryLog());
    expect(quarantined(dataDir)).toHaveLength(1);
    expect(stateRecoveries(dataDir)).toHaveLength(1);
    expect((second.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n).toBeGreaterThan(0);
    first.close();
    second.close();
  });

  test('status --json and /corpus status show the recovery', async () => {
    const t = testApp({
      corpus: {
        'listings/a.md': listingMarkdown(
          { id: 'a' },
          '## Role\nLead the backend team building Go services on PostgreSQL and Kafka for a payments company.\n',
        ),
      },
    });
    await t.app.ingest({ sources: [], embedded: true });
    t.app.close();
    fs.writeFileSync(stateFile(t.dataDir), 'this is not a database at all, just text '.repeat(200));
    const app = new App(t.config, t.log);
    stateDb(app); // the first use opens (and recovers) it
    const reply = JSON.stringify(
      renderStatus(app.reader()!.status(), [], app.corpusHealth(), app.stateRecoveries()),
    );
    expect(reply).toMatch(/State database recovered/);
    expect(reply).toMatch(/state\.db\.corrupt-/);
    app.close();
    const result = await runCli(['status', '--json'], {
      ROLERADAR_DATA_DIR: t.dataDir,
      ROLERADAR_CORPUS_DIR: t.corpusDir,
    });
    expect(result.code, result.stderr).toBe(0);
    const status = JSON.parse(result.stdout);
    expect(status.stateRecoveries).toHaveLength(1);
    expect(status.stateRecoveries[0].reason).toMatch(/NOTADB/);
  });
});

describe('a corrupt embedding cache (a sibling: the other SQLite file the bot writes)', () => {
  test('is moved aside and started afresh, so embedding still works', async () => {
    const server = await startFakeOpenAI();
    try {
      const dataDir = tempDir();
      const cacheFile = path.join(dataDir, 'embedding-cache.db');
      fs.writeFileSync(cacheFile, Buffer.alloc(4096, 0x42));
      const log = memoryLog();
      const embeddings = new OpenAiCompatibleEmbeddings({
        model: 'm',
        apiKey: 'k',
        baseUrl: server.baseUrl,
        timeoutMs: 2000,
        maxRetries: 0,
        cacheFile,
        log,
      });
      const [v] = await embeddings.embedDocuments(['hello world']);
      expect(v!.length).toBeGreaterThan(0);
      embeddings.close();
      expect(fs.readdirSync(dataDir).some((n) => /^embedding-cache\.db\.corrupt-/.test(n))).toBe(true);
      expect(log.lines.some((l) => /embedding cache .* was corrupt/.test(l))).toBe(true);
    } finally {
      await server.close();
    }
  });
});
