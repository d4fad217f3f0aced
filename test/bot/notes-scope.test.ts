import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../src/app.js';
import { dispatchCommand } from '../../src/bot/dispatch.js';
import { OPERATIONS } from '../../src/bot/worker/operations.js';
import type { RoleSummary } from '../../src/rag/summary.js';
import { openStateDb, STATE_SCHEMA_VERSION } from '../../src/storage/state/state.js';
import { ingestedApp } from '../support/ingested.js';
import { tempDir } from '../support/temp.js';

// Issue 12, item 2: mentor notes, feedback and settings belong to the Discord server they were
// made in, through the commands members and admins run (the Discord surface, as the workers run it).

let app: App;
beforeAll(async () => {
  ({ app } = await ingestedApp({ scope: 'file' }));
});
afterAll(() => app.close());

const ARDWICK = 'ardwick-lead-backend-payments-platform';
const person = (id: string, isAdmin = false) => ({ id, name: `user-${id}`, isAdmin });
const inGuild = (guildId: string | null, id = 'm1', isAdmin = false) => ({
  app,
  invoker: person(id, isAdmin),
  surface: 'discord' as const,
  guildId,
});
const noteIdOf = (content?: string) => Number(/#(\d+)/.exec(content ?? '')![1]);
const noteCitations = (reply: Awaited<ReturnType<typeof dispatchCommand>>) =>
  (reply.embeds?.[0]?.fields?.[0]?.value ?? '').split('\n').filter((l) => l.includes('📝'));

describe('/notes in two servers', () => {
  test('a note saved in server A is never listed, searched, cited or removable in server B', async () => {
    const saved = await dispatchCommand(
      'notes',
      {
        subcommand: 'save',
        title: 'Ardwick kangaroo round',
        body: 'Ardwick asks a kangaroo ledger question.',
        listing: ARDWICK,
      },
      inGuild('guild-a', 'maya'),
    );
    const id = noteIdOf(saved.content);

    const listA = await dispatchCommand('notes', { subcommand: 'list' }, inGuild('guild-a'));
    expect(listA.embeds![0]!.description).toContain('Ardwick kangaroo round');
    const listB = await dispatchCommand('notes', { subcommand: 'list' }, inGuild('guild-b'));
    expect(listB.embeds![0]!.description).not.toContain('Ardwick kangaroo round');
    const searchB = await dispatchCommand(
      'notes',
      { subcommand: 'search', query: 'kangaroo' },
      inGuild('guild-b'),
    );
    expect(searchB.embeds![0]!.description).toBe('No notes yet.');
    const searchA = await dispatchCommand(
      'notes',
      { subcommand: 'search', query: 'kangaroo' },
      inGuild('guild-a'),
    );
    expect(searchA.embeds![0]!.description).toContain(`#${id}`);

    // Cited in A's summary of the listing, not in B's.
    const summaryA = await dispatchCommand('role-summary', { listing: ARDWICK }, inGuild('guild-a'));
    expect(noteCitations(summaryA).join('\n')).toContain('Ardwick kangaroo round');
    const summaryB = await dispatchCommand('role-summary', { listing: ARDWICK }, inGuild('guild-b'));
    expect(noteCitations(summaryB)).toEqual([]);

    // Server B's admin (and the author, from B) cannot remove it; A's admin can.
    const byAdminB = await dispatchCommand(
      'notes',
      { subcommand: 'remove', id },
      inGuild('guild-b', 'b-admin', true),
    );
    expect(byAdminB.content).toBe(`There is no note #${id}.`);
    const byAuthorInB = await dispatchCommand(
      'notes',
      { subcommand: 'remove', id },
      inGuild('guild-b', 'maya'),
    );
    expect(byAuthorInB.content).toBe(`There is no note #${id}.`);
    const byAdminA = await dispatchCommand(
      'notes',
      { subcommand: 'remove', id },
      inGuild('guild-a', 'a-admin', true),
    );
    expect(byAdminA.content).toBe(`Removed note #${id}.`);
  });

  test('a console note is everyone’s; a server admin cannot remove it; a DM cannot save one', async () => {
    const saved = await dispatchCommand(
      'notes',
      {
        subcommand: 'save',
        title: 'Operator wallaby guide',
        body: 'Wallaby platform leads.',
        topic: 'wallaby',
      },
      { app, invoker: person('local', true), surface: 'console' },
    );
    const id = noteIdOf(saved.content);
    for (const guild of ['guild-a', 'guild-b', null]) {
      const found = await dispatchCommand(
        'notes',
        { subcommand: 'search', query: 'wallaby' },
        inGuild(guild),
      );
      expect(found.embeds![0]!.description).toContain(`#${id}`);
    }
    const byAdmin = await dispatchCommand(
      'notes',
      { subcommand: 'remove', id },
      inGuild('guild-a', 'a-admin', true),
    );
    expect(byAdmin.content).toMatch(/only its author or an admin of the server it was saved in/);
    const inDm = await dispatchCommand('notes', { subcommand: 'save', title: 't', body: 'b' }, inGuild(null));
    expect(inDm.content).toMatch(/Mentor notes belong to a server/);
    await app.notes().share(id, false);
    const byOperator = await dispatchCommand(
      'notes',
      { subcommand: 'remove', id },
      { app, invoker: person('local', true), surface: 'cli' },
    );
    expect(byOperator.content).toBe(`Removed note #${id}.`);
  });

  test('a topic summary in B cites A’s note only once an operator shares it', async () => {
    const saved = await dispatchCommand(
      'notes',
      {
        subcommand: 'save',
        title: 'Fintech lead interviews',
        body: 'Expect a ledger design round and reconciliation questions.',
        topic: 'fintech leads',
      },
      inGuild('guild-a', 'sam'),
    );
    const id = noteIdOf(saved.content);
    const topic = { topic: 'lead backend fintech' };
    const cites = (r: Awaited<ReturnType<typeof dispatchCommand>>) => noteCitations(r).join('\n');
    expect(cites(await dispatchCommand('role-summary', topic, inGuild('guild-b')))).not.toContain(
      'Fintech lead interviews',
    );
    await app.notes().share(id, true);
    expect(cites(await dispatchCommand('role-summary', topic, inGuild('guild-b')))).toContain(
      'Fintech lead interviews',
    );
    const summary = (await app.summarize(topic, { guildId: 'guild-b', operator: false })) as RoleSummary;
    expect(summary.citations.some((c) => c.kind === 'note' && c.listingId === `note:${id}`)).toBe(true);
    await app.notes().share(id, false);
    expect(cites(await dispatchCommand('role-summary', topic, inGuild('guild-b')))).not.toContain(
      'Fintech lead interviews',
    );
  });
});

describe('feedback and buttons act only in the server of their reply', () => {
  test('a vote on server A’s answer is stored with A; from server B the button has expired', async () => {
    const invoker = person('voter');
    const outcome = await OPERATIONS.command(
      app,
      {
        name: 'ask',
        options: { question: 'what do lead backend roles in fintech require?' },
        invoker,
        guildId: 'guild-a',
        exchangeId: 'ex-scope-1',
      },
      () => {},
    );
    expect(outcome.exchangeId).toBe('ex-scope-1');
    await expect(
      OPERATIONS.feedback(app, { exchangeId: 'ex-scope-1', userId: 'voter', rating: 1, guildId: 'guild-b' }),
    ).rejects.toThrow(/expired/);
    await OPERATIONS.feedback(app, {
      exchangeId: 'ex-scope-1',
      userId: 'voter',
      rating: 1,
      guildId: 'guild-a',
    });
    const stored = await app.stateStore().records.feedback();
    expect(stored.filter((f) => f.exchangeId === 'ex-scope-1')).toEqual([
      expect.objectContaining({ guildId: 'guild-a', rating: 1 }),
    ]);
    await expect(OPERATIONS.exchange(app, { id: 'ex-scope-1', guildId: 'guild-b' })).rejects.toThrow(
      /expired/,
    );
  });

  test('settings are per server', async () => {
    const admin = { app, invoker: person('adm', true), surface: 'discord' as const };
    await dispatchCommand('settings', { ask_public: false }, { ...admin, guildId: 'guild-a' });
    const all = await app.stateStore().records.allSettings();
    expect(all['guild-a']!.askPublic).toBe(false);
    expect(all['guild-b']?.askPublic ?? true).toBe(true);
  });
});

test('the migration keeps notes saved before it, visible everywhere (guild NULL)', () => {
  const dir = tempDir('roleradar-state-v1-');
  const file = path.join(dir, 'state.db');
  // A state database as the previous release left it (schema version 1).
  openStateDb(dir).close();
  const old = new Database(file);
  old.exec(`
    DROP INDEX notes_guild;
    ALTER TABLE notes DROP COLUMN shared;
    ALTER TABLE notes DROP COLUMN guild_id;
    PRAGMA user_version = 1;
    INSERT INTO notes (author_id, author_name, title, body, created_at, updated_at)
      VALUES ('u', 'Old Mentor', 'Before scoping', 'Echidna notes from before.', '2026-01-01', '2026-01-01');`);
  old.close();
  const db = openStateDb(dir);
  expect(db.pragma('user_version', { simple: true })).toBe(STATE_SCHEMA_VERSION);
  expect(db.prepare('SELECT title, guild_id, shared FROM notes').all()).toEqual([
    { title: 'Before scoping', guild_id: null, shared: 0 },
  ]);
  // Still found by full-text search after the migration.
  expect(db.prepare("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'echidna'").all()).toHaveLength(1);
  db.close();
});

describe('/notes share', () => {
  test('an operator shares a note with every server; a server admin may not', async () => {
    const saved = await dispatchCommand(
      'notes',
      { subcommand: 'save', title: 'Walrus interview loop', body: 'Expect a walrus-sized design round.' },
      inGuild('guild-a', 'maya'),
    );
    const id = noteIdOf(saved.content);
    const inB = async () =>
      (await dispatchCommand('notes', { subcommand: 'list' }, inGuild('guild-b'))).embeds![0]!.description ??
      '';
    expect(await inB()).not.toContain('Walrus interview loop');

    const byAdmin = await dispatchCommand(
      'notes',
      { subcommand: 'share', id },
      inGuild('guild-a', 'boss', true),
    );
    expect(byAdmin.content).toMatch(/Only RoleRadar's operators share notes/);
    expect(await inB()).not.toContain('Walrus interview loop');

    (app.config.discord as { operatorIds: string[] }).operatorIds = ['900000000000000001'];
    try {
      const byOperator = await dispatchCommand(
        'notes',
        { subcommand: 'share', id },
        inGuild('guild-a', '900000000000000001'),
      );
      expect(byOperator.content).toMatch(/now shown in every server/);
      expect(await inB()).toContain('Walrus interview loop');
      await dispatchCommand(
        'notes',
        { subcommand: 'share', id, shared: false },
        inGuild('guild-a', '900000000000000001'),
      );
      expect(await inB()).not.toContain('Walrus interview loop');
    } finally {
      (app.config.discord as { operatorIds: string[] }).operatorIds = [];
    }
  });
});
