import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../src/app.js';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { RefreshInProgressError } from '../../src/storage/corpus/generations.js';
import { PostgresStateStore } from '../../src/storage/state/state-pg.js';
import { freshSchema, PG_URL, postgresOrSkip } from '../support/postgres.js';
import { testApp } from '../support/temp.js';

// Issue 16, item 4: two instances (separate data folders) on one PostgreSQL, in process: one
// generation served by both, the refresh lock exclusive across processes, checksums on every copy.

const ARDWICK = 'ardwick-lead-backend-payments-platform';

if (await postgresOrSkip('several instances on one PostgreSQL')) {
  const { schema, drop } = freshSchema('instances');
  const state = { databaseUrl: PG_URL, schema, generationPollMs: 1000 };
  let a: App;
  let b: App;
  beforeAll(() => {
    a = testApp({ useRealCorpus: true, scope: 'file', overrides: { state } }).app;
    b = testApp({ useRealCorpus: true, scope: 'file', overrides: { state } }).app;
  });
  afterAll(async () => {
    await a?.shutdown();
    await b?.shutdown();
    await drop();
  });

  describe('two instances, two data folders, one PostgreSQL', () => {
    test('the first builds and publishes the corpus; the second fetches that same generation', async () => {
      await a.ensureCorpus();
      const published = a.store.readPointer();
      expect(published).not.toBeNull();
      expect((await a.sharedGenerations()!.serving())?.id).toBe(published);
      expect(await b.ensureCorpus()).toBeNull(); // nothing built: fetched
      expect(b.store.readPointer()).toBe(published);
      expect(b.reader()!.listing(ARDWICK)?.id).toBe(ARDWICK);
    }, 120_000);

    test('a note saved through one is cited through the other; settings and feedback are shared', async () => {
      const note = await a.notes().save({
        authorId: 'maya',
        authorName: 'Maya',
        listingId: ARDWICK,
        title: 'Ardwick on-call',
        body: 'Paid on-call, small squad.',
        guildId: 'g1',
      });
      const summary = await b.summarize({ listingId: ARDWICK }, { guildId: 'g1', operator: false });
      expect(typeof summary === 'object' && summary?.citations).toContainEqual(
        expect.objectContaining({ kind: 'note', listingId: `note:${note.id}` }),
      );
      await a.stateStore().records.updateSettings('g1', { askPublic: false });
      expect((await b.stateStore().records.allSettings()).g1?.askPublic).toBe(false);
      await a.addSource({ name: 'quill', kind: 'greenhouse', board: 'quill' });
      expect((await b.sources()).map((s) => s.name)).toEqual(['quill']);
      await b.removeSource('quill');
    });

    test('one refresh at a time: the lock held by one refuses the other; the next refresh is served by both', async () => {
      const store = a.stateStore() as PostgresStateStore;
      const lease = (await store.tryRefreshLock())!;
      expect(lease).not.toBeNull();
      await expect(b.ingest({ sources: [], embedded: true, reprocess: true })).rejects.toThrow(
        RefreshInProgressError,
      );
      await lease.release();
      const report = await b.ingest({ sources: [], embedded: true, reprocess: true });
      expect(report.status).toBe('published');
      expect((await b.sharedGenerations()!.serving())?.id).toBe(report.generation);
      const switched = await a.syncGeneration();
      expect(switched).toMatchObject({ switched: true, generation: report.generation });
      expect(a.reader()!.generation.id).toBe(report.generation);
    }, 120_000);

    test('a copy that fails its checksums is refused and the current generation keeps serving', async () => {
      const before = a.store.readPointer();
      const report = await b.ingest({ sources: [], embedded: true, reprocess: true });
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        // Flip one byte of the new generation's database as stored in PostgreSQL.
        await client.query(
          `UPDATE ${schema}.generation_files SET data = set_byte(data, 100, (get_byte(data, 100) + 1) % 256)
           WHERE generation_id = $1 AND name = 'corpus.db' AND chunk = 0`,
          [report.generation],
        );
      } finally {
        await client.end();
      }
      const outcome = await a.syncGeneration();
      expect(outcome.switched).toBe(false);
      expect(outcome.reason).toMatch(/checksum/);
      expect(a.store.readPointer()).toBe(before);
      expect(a.reader()!.listing(ARDWICK)).not.toBeNull();
      expect(fs.existsSync(path.join(a.store.generationsDir, report.generation!))).toBe(false);
    }, 120_000);
  });

  test('the refresh lock across processes: held by a live process, freed the moment it is killed', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'test/support/hold-refresh-lock.ts')],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, DATABASE_URL: PG_URL, ROLERADAR_DATABASE_SCHEMA: schema },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise((r) => child.on('exit', r));
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d) =>
        String(d).includes('locked') ? resolve() : reject(new Error(String(d))),
      );
      child.on('exit', (code) => reject(new Error(`the lock holder exited (${code})`)));
    });
    const store = new PostgresStateStore({ url: PG_URL, schema, now: () => new Date() });
    try {
      expect(await store.tryRefreshLock()).toBeNull();
      child.kill('SIGKILL');
      await exited;
      // The server ends the dead process's session, and its advisory lock with it.
      let lease = null;
      for (let i = 0; i < 50 && !lease; i++) {
        lease = await store.tryRefreshLock();
        if (!lease) await new Promise((r) => setTimeout(r, 100));
      }
      expect(lease).not.toBeNull();
      await lease!.release();
    } finally {
      child.kill('SIGKILL');
      await store.close();
    }
  }, 60_000);
}
