import { afterAll, beforeAll, expect, test } from 'vitest';
import { UserFacingError } from '../../src/bot/reply.js';
import { WorkerPool } from '../../src/bot/worker/pool.js';
import { ingestedDataDir } from '../support/ingested.js';
import { memoryLog, testApp } from '../support/temp.js';

// The worker pool on its own: commands run in worker threads against the real corpus code, a
// member's mistake comes back as a UserFacingError, and a worker that dies is replaced.

// The corpus as the first start builds it, copied (support/ingested.ts); the pool's ensureCorpus finds it.
const { config: base } = testApp({
  useRealCorpus: true,
  scope: 'file',
  dataDir: await ingestedDataDir('file'),
});
// The admin who refreshes below is one of the bot's operators.
const config = { ...base, discord: { ...base.discord, operatorIds: ['9'] } };
const log = memoryLog();
let pool: WorkerPool;

beforeAll(async () => {
  pool = new WorkerPool(config, log, { size: 2, maxModelCalls: 2 });
  await pool.ready();
  await pool.run('ensureCorpus', {});
}, 120_000);

afterAll(async () => {
  await pool?.close();
});

const invoker = { id: '1', name: 'tester', isAdmin: false };

test('a command runs in a worker and returns a plain reply with its stored exchange', async () => {
  const outcome = await pool.run('command', {
    name: 'ask',
    options: { question: 'how common is kafka in lead backend roles?' },
    invoker,
    guildId: null,
    exchangeId: 'aaaabbbbccccdddd',
  });
  expect(outcome.exchangeId).toBe('aaaabbbbccccdddd');
  expect(outcome.reply.context?.citations?.length).toBeGreaterThan(0);
  const stored = await pool.run('exchange', { id: 'aaaabbbbccccdddd' });
  expect(stored.question).toBe('how common is kafka in lead backend roles?');
});

test('searches all go to the search worker (the first), whatever the others are doing', async () => {
  const slots = (
    pool as unknown as { interactive: Array<{ worker: { postMessage(m: { op?: string }): void } }> }
  ).interactive;
  const posted: string[][] = slots.map(() => []);
  const originals = slots.map((s) => s.worker.postMessage.bind(s.worker));
  slots.forEach((s, i) => {
    s.worker.postMessage = (m: { op?: string; args?: { name?: string } }) => {
      posted[i]!.push(m.args?.name ?? m.op ?? '');
      originals[i]!(m);
    };
  });
  try {
    const search = (k: number) =>
      pool.run(
        'command',
        {
          name: 'search',
          options: { query: 'rust platform lead' },
          invoker,
          guildId: null,
          exchangeId: `s${k}`,
        },
        { searches: true },
      );
    const ask = (k: number) =>
      pool.run('command', {
        name: 'ask',
        options: { question: 'do lead roles need kubernetes?' },
        invoker,
        guildId: null,
        exchangeId: `a${k}`,
      });
    // Four searches and four questions at once: the questions spread, the searches do not.
    await Promise.all([search(1), ask(1), search(2), ask(2), search(3), ask(3), search(4), ask(4)]);
    expect(posted[0]!.filter((n) => n === 'search')).toHaveLength(4);
    expect(posted[1]!.filter((n) => n === 'search')).toHaveLength(0);
    expect(posted[1]!.filter((n) => n === 'ask').length).toBeGreaterThan(0);
  } finally {
    slots.forEach((s, i) => {
      s.worker.postMessage = originals[i]!;
    });
  }
}, 120_000);

test('an expired exchange is a member-facing error, not a crash', async () => {
  await expect(
    pool.run('button', {
      command: 'similar',
      key: 'go',
      previousExchangeId: 'does-not-exist',
      answers: {},
      invoker: { id: '1', name: 'member', isAdmin: false },
      guildId: null,
      exchangeId: 'aaaabbbbccccdddf',
    }),
  ).rejects.toBeInstanceOf(UserFacingError);
});

test('a worker that dies fails its jobs and is replaced', async () => {
  const slots = (pool as unknown as { interactive: Array<{ worker: { terminate(): Promise<number> } }> })
    .interactive;
  // Both workers are told to stop before the job is posted: a quick job could otherwise finish first.
  const stopped = [slots[0]!.worker.terminate(), slots[1]!.worker.terminate()];
  const failed = expect(pool.run('catalog', {})).rejects.toThrow(/stopped .* while working/);
  await Promise.all(stopped);
  await failed;
  await pool.ready();
  const catalog = await pool.run('catalog', {});
  expect(catalog.listings.length).toBeGreaterThan(100);
  expect(log.lines.some((l) => /exited with code .*starting a new one/.test(l))).toBe(true);
});

test('a worker that dies mid-refresh fails its job, is replaced, and leaves no refresh lock behind', async () => {
  const admin = { id: '9', name: 'admin', isAdmin: true };
  const refresh = (onProgress?: (v: unknown) => void) =>
    pool.run(
      'command',
      { name: 'corpus', options: { subcommand: 'refresh' }, invoker: admin, guildId: null, exchangeId: 'r' },
      { background: true, ...(onProgress ? { onProgress } : {}) },
    );
  const background = () =>
    (pool as unknown as { background?: { worker: { terminate(): Promise<number> } } }).background;
  // Killed at its first progress report: the refresh is certainly running, and holds the lock.
  let killed: Promise<number> | undefined;
  const failed = expect(
    refresh(() => {
      killed ??= background()!.worker.terminate();
    }),
  ).rejects.toThrow(/stopped .* while working/);
  await failed;
  await killed;
  expect(log.lines.some((l) => /exited with code .*starting a new one/.test(l))).toBe(true);
  expect(log.lines.some((l) => /Released the refresh lock left by worker thread/.test(l))).toBe(true);
  // The next refresh is not refused as "already running", and members are still served.
  const next = await refresh();
  expect(JSON.stringify(next.reply)).not.toMatch(/already running/);
  const catalog = await pool.run('catalog', {});
  expect(catalog.listings.length).toBeGreaterThan(100);
});
