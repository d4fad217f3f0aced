import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Exchange } from '../../src/storage/state/bot-records.js';
import { type NoteScope, OPERATOR_SCOPE } from '../../src/storage/state/mentor-notes.js';
import { SourcesFileError } from '../../src/storage/state/sources-file.js';
import type { StateStore } from '../../src/storage/state/state-store.js';

/**
 * One state suite for every StateStore implementation (SQLite and PostgreSQL): the same calls, the
 * same answers. `open` gives a fresh, empty store; `dispose` removes what it left (a schema).
 */
export function stateStoreSuite(
  name: string,
  open: () => Promise<{ store: StateStore; dispose: () => Promise<void> }>,
): void {
  describe(`state store: ${name}`, () => {
    let store: StateStore;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      ({ store, dispose } = await open());
    });
    afterAll(async () => {
      await store?.close();
      await dispose?.();
    });

    const inA: NoteScope = { guildId: 'guild-a', operator: false };
    const inB: NoteScope = { guildId: 'guild-b', operator: false };
    const inDm: NoteScope = { guildId: null, operator: false };
    const member = (id: string) => ({ id, isAdmin: false });
    const admin = (id: string) => ({ id, isAdmin: true });
    const ids = (notes: Array<{ id: number }>) => notes.map((n) => n.id);

    describe('mentor notes are scoped to the server they were saved in', () => {
      test('a note saved in server A is listed, searched and read in A only', async () => {
        const note = await store.notes.save({
          authorId: 'maya',
          authorName: 'Maya',
          title: 'Quokka ledger interviews',
          body: 'Expect a quokka reconciliation round.',
          topic: 'fintech',
          guildId: 'guild-a',
        });
        expect(note).toMatchObject({ guildId: 'guild-a', shared: false, authorName: 'Maya' });
        expect(ids(await store.notes.list(inA))).toContain(note.id);
        expect(ids(await store.notes.search(inA, 'quokka reconciliation'))).toEqual([note.id]);
        expect(await store.notes.get(note.id, inA)).toMatchObject({ title: 'Quokka ledger interviews' });

        expect(ids(await store.notes.list(inB))).not.toContain(note.id);
        expect(await store.notes.search(inB, 'quokka reconciliation')).toEqual([]);
        expect(await store.notes.get(note.id, inB)).toBeNull();
        expect(ids(await store.notes.list(inDm))).not.toContain(note.id);
        // Not even its author, nor server B's admin, removes it from server B.
        expect(await store.notes.remove(note.id, member('maya'), inB)).toBe('not_found');
        expect(await store.notes.remove(note.id, admin('b-admin'), inB)).toBe('not_found');
        expect(await store.notes.get(note.id, inA)).not.toBeNull();
        // An operator sees every server's notes.
        expect(ids(await store.notes.list(OPERATOR_SCOPE))).toContain(note.id);
        expect(await store.notes.remove(note.id, admin('a-admin'), inA)).toBe('removed');
      });

      test('an operator’s note (no server) is visible everywhere; servers’ admins cannot remove it', async () => {
        const note = await store.notes.save({
          authorId: 'cli:ops',
          authorName: 'ops',
          title: 'Wombat platform leads',
          body: 'Operators wrote this about wombat platforms.',
        });
        expect(note.guildId).toBeNull();
        for (const scope of [inA, inB, inDm]) {
          expect(ids(await store.notes.list(scope))).toContain(note.id);
          expect(ids(await store.notes.search(scope, 'wombat platforms'))).toEqual([note.id]);
        }
        expect(await store.notes.remove(note.id, admin('a-admin'), inA)).toBe('forbidden');
        expect(await store.notes.remove(note.id, member('someone'), OPERATOR_SCOPE)).toBe('forbidden');
        expect(await store.notes.remove(note.id, admin('ops'), OPERATOR_SCOPE)).toBe('removed');
      });

      test('sharing makes a server’s note visible in every server, and unsharing takes it back', async () => {
        const note = await store.notes.save({
          authorId: 'sam',
          authorName: 'Sam',
          title: 'Platypus staff roles',
          body: 'Platypus teams span several squads.',
          guildId: 'guild-a',
        });
        expect(await store.notes.get(note.id, inB)).toBeNull();
        expect(await store.notes.share(note.id, true)).toMatchObject({ id: note.id, shared: true });
        expect(ids(await store.notes.search(inB, 'platypus squads'))).toEqual([note.id]);
        expect(ids(await store.notes.list(inDm))).toContain(note.id);
        // Server B's admin sees it but moderates only B's own notes; A's admin still may.
        expect(await store.notes.remove(note.id, admin('b-admin'), inB)).toBe('forbidden');
        expect(await store.notes.share(note.id, false)).toMatchObject({ shared: false });
        expect(await store.notes.get(note.id, inB)).toBeNull();
        expect(await store.notes.share(987_654, true)).toBeNull();
        expect(await store.notes.remove(note.id, member('sam'), inA)).toBe('removed');
      });

      test('list filters by author and listing, newest first, within the limit', async () => {
        const saved = [];
        for (let i = 0; i < 3; i++)
          saved.push(
            await store.notes.save({
              authorId: i === 2 ? 'other' : 'lee',
              authorName: 'Lee',
              listingId: i === 0 ? 'acme-lead' : null,
              title: `Note ${i}`,
              body: 'Numbat body text.',
              guildId: 'guild-a',
            }),
          );
        expect(ids(await store.notes.list(inA, { authorId: 'lee' }))).toEqual([saved[1]!.id, saved[0]!.id]);
        expect(ids(await store.notes.list(inA, { listingId: 'acme-lead' }))).toEqual([saved[0]!.id]);
        expect(await store.notes.list(inA, { limit: 2 })).toHaveLength(2);
        for (const n of saved) await store.notes.remove(n.id, member(n.authorId), inA);
      });

      test('search stems words, ranks title above body, needs minWords, and treats syntax as words', async () => {
        const titled = await store.notes.save({
          authorId: 'x',
          authorName: 'X',
          title: 'Interviewing for echidna teams',
          body: 'General advice.',
          guildId: 'guild-a',
        });
        const bodied = await store.notes.save({
          authorId: 'x',
          authorName: 'X',
          title: 'General advice',
          body: 'Some echidna interviews happen remotely.',
          guildId: 'guild-a',
        });
        expect(ids(await store.notes.search(inA, 'echidna interview'))).toEqual([titled.id, bodied.id]);
        expect(ids(await store.notes.search(inA, 'echidna remotely', 5, 2))).toEqual([bodied.id]);
        for (const q of ['NEAR(a b)', '"unbalanced', 'a* -b OR', 'col:value', '((( ))) ^', "it's & | !"])
          await expect(store.notes.search(inA, q)).resolves.toBeInstanceOf(Array);
        expect(await store.notes.search(inA, 'the and of')).toEqual([]);
        for (const n of [titled, bodied]) await store.notes.remove(n.id, member('x'), inA);
      });
    });

    describe('records', () => {
      const exchange = (id: string, guildId: string | null): Omit<Exchange, 'createdAt'> => ({
        id,
        userId: 'u1',
        guildId,
        command: 'ask',
        question: 'what do leads do?',
        reply: { content: 'They lead.', context: { citations: [{ n: 1, listingId: 'a' }] } },
        generation: 'gen-1',
      });

      test('exchanges are saved, replaced and read back with their reply', async () => {
        await store.records.saveExchange(exchange('ex-1', 'guild-a'));
        await store.records.saveExchange({ ...exchange('ex-1', 'guild-a'), question: 'changed' });
        const back = await store.records.exchange('ex-1');
        expect(back).toMatchObject({
          id: 'ex-1',
          guildId: 'guild-a',
          question: 'changed',
          generation: 'gen-1',
        });
        expect(back!.reply).toEqual(exchange('ex-1', 'guild-a').reply);
        expect(await store.records.exchange('missing')).toBeNull();
      });

      test('feedback: one vote per member and answer, kept with its server', async () => {
        await store.records.saveExchange(exchange('ex-2', 'guild-b'));
        const ex = (await store.records.exchange('ex-2'))!;
        const vote = (userId: string, rating: 1 | -1) =>
          store.records.recordFeedback({
            exchange: ex,
            userId,
            rating,
            answer: 'They lead.',
            citations: [1],
          });
        await vote('u1', 1);
        await vote('u1', -1);
        await vote('u2', 1);
        const all = (await store.records.feedback()).filter((f) => f.exchangeId === 'ex-2');
        expect(all).toEqual([
          expect.objectContaining({ userId: 'u1', rating: -1, guildId: 'guild-b', citations: [1] }),
          expect.objectContaining({ userId: 'u2', rating: 1, guildId: 'guild-b' }),
        ]);
        expect(await store.records.feedback({ guildId: 'guild-a' })).toEqual([]);
        expect(await store.records.feedback({ guildId: 'guild-b' })).toHaveLength(2);
      });

      test('old exchanges are pruned', async () => {
        await store.records.saveExchange(exchange('ex-3', null));
        expect(await store.records.pruneExchanges(-1)).toBeGreaterThanOrEqual(1);
        expect(await store.records.exchange('ex-3')).toBeNull();
      });

      test('the audit trail is newest first', async () => {
        for (const action of ['/corpus refresh', '/settings'])
          await store.records.audit({
            actorId: 'a1',
            actorName: 'Admin',
            guildId: 'guild-a',
            action,
            details: '{}',
            outcome: 'ok',
          });
        const trail = await store.records.auditTrail(2);
        expect(trail.map((t) => t.action)).toEqual(['/settings', '/corpus refresh']);
        expect(trail[0]).toMatchObject({ actorName: 'Admin', guildId: 'guild-a', outcome: 'ok' });
        expect(trail[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT/);
      });

      test('settings are per server, with defaults filled in', async () => {
        expect(await store.records.updateSettings('guild-a', { askPublic: false })).toEqual({
          askPublic: false,
          personalPublic: false,
          adminRoleId: null,
        });
        await store.records.updateSettings('guild-a', { adminRoleId: '123456789012345678' });
        await store.records.updateSettings('guild-b', { personalPublic: true });
        const all = await store.records.allSettings();
        expect(all['guild-a']).toEqual({
          askPublic: false,
          personalPublic: false,
          adminRoleId: '123456789012345678',
        });
        expect(all['guild-b']).toEqual({ askPublic: true, personalPublic: true, adminRoleId: null });
        await store.records.updateSettings('guild-a', { adminRoleId: null });
        expect((await store.records.allSettings())['guild-a']!.adminRoleId).toBeNull();
      });
    });

    describe('job-board sources', () => {
      test('add, refuse a taken name or a bad spec, remove (retired), freshness round trip', async () => {
        expect(await store.sources.read()).toEqual({ sources: [], retired: [] });
        const added = await store.sources.add({ name: 'quill', kind: 'greenhouse', board: 'quill' });
        expect(added).toMatchObject({ name: 'quill', kind: 'greenhouse' });
        await expect(store.sources.add({ name: 'quill', kind: 'lever', board: 'x' })).rejects.toThrow(
          SourcesFileError,
        );
        await expect(store.sources.add({ name: 'Bad Name', kind: 'greenhouse' })).rejects.toThrow(
          SourcesFileError,
        );
        await store.sources.add({ name: 'tide', kind: 'lever', board: 'tide' });
        expect((await store.sources.remove('quill'))?.name).toBe('quill');
        expect(await store.sources.remove('quill')).toBeNull();
        expect(await store.sources.read()).toEqual({
          sources: [expect.objectContaining({ name: 'tide' })],
          retired: ['quill'],
        });
        // Adding a retired name back un-retires it.
        await store.sources.add({ name: 'quill', kind: 'greenhouse', board: 'quill' });
        expect((await store.sources.read()).retired).toEqual([]);

        const entries = [
          {
            name: 'tide',
            kind: 'lever' as const,
            lastAttemptAt: '2026-12-01T00:00:00.000Z',
            lastSuccessAt: null,
            lastError: 'HTTP 503',
            postings: null,
          },
        ];
        await store.sources.saveFreshness(entries);
        expect(await store.sources.freshness()).toEqual(entries);
        await store.sources.saveFreshness([{ ...entries[0]!, lastError: null, postings: 4 }]);
        expect(await store.sources.freshness()).toEqual([{ ...entries[0]!, lastError: null, postings: 4 }]);
      });
    });
  });
}
