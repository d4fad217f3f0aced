/**
 * `npm run -s bench:instances`: several instances on one PostgreSQL, measured in one run on this
 * machine (DATABASE_URL, or postgres://postgres@127.0.0.1:5432/test), in a schema of its own that
 * is dropped at the end. Prints one JSON object; the figures in docs/SCALING.md come from it.
 *
 *   --runs N        refreshes measured for the switch-over with LISTEN/NOTIFY (default 5)
 *   --poll-runs N   refreshes measured with the polling fallback alone (default 3)
 *   --poll-ms N     the poll interval for those (default 5000)
 *
 * The follower (instance B) runs in a process of its own (this script with --follower), as a
 * second bot would; A refreshes here and reads on B's stdout when B serves each new generation.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import pg from 'pg';
import { App } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/logger.js';
import { SharedStateWatcher } from '../src/storage/state/shared-watch.js';
import type { PostgresStateStore } from '../src/storage/state/state-pg.js';
import { SqliteStateStore } from '../src/storage/state/state-sqlite.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = arg('runs', 5);
const POLL_RUNS = arg('poll-runs', 3);
const POLL_MS = arg('poll-ms', 5000);
const URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const FOLLOWER = args.includes('--follower');
const SCHEMA = FOLLOWER ? process.env.ROLERADAR_DATABASE_SCHEMA! : `rr_bench_${process.pid}`;
const say = (message: string) => process.stderr.write(`[bench:instances] ${message}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round = (x: number) => Math.round(x * 10) / 10;
const stats = (xs: number[]) => ({ p50: round(median(xs)), max: round(Math.max(...xs)), n: xs.length });

const scratch = FOLLOWER
  ? process.env.BENCH_SCRATCH!
  : fs.mkdtempSync(path.join(os.tmpdir(), 'roleradar-bench-instances-'));
const log = createLogger('silent');
const instance = (name: string) =>
  new App(
    loadConfig({
      ROLERADAR_DATA_DIR: path.join(scratch, name),
      DATABASE_URL: URL,
      ROLERADAR_DATABASE_SCHEMA: SCHEMA,
    }),
    log,
  );

async function servingSwitchedAt(client: pg.Client): Promise<{ id: string; at: number }> {
  const { rows } = await client.query(`SELECT generation_id, switched_at FROM ${SCHEMA}.serving`);
  return { id: rows[0].generation_id, at: (rows[0].switched_at as Date).getTime() };
}

/** The follower process: instance B, told by LISTEN/NOTIFY (or polling alone), prints each switch. */
async function follower(): Promise<void> {
  const b = instance('b');
  const listen = process.env.BENCH_LISTEN === '1';
  const watcher = new SharedStateWatcher({
    url: URL,
    schema: SCHEMA,
    pollMs: listen ? 60_000 : POLL_MS,
    listen,
    log,
    onGeneration: async () => {
      const outcome = await b.syncGeneration();
      if (outcome.switched)
        process.stdout.write(
          `${JSON.stringify({ id: outcome.generation, servedAt: Date.now(), ms: outcome.ms })}\n`,
        );
    },
    onSettings: async () => {},
  });
  await b.syncGeneration();
  await watcher.start();
  process.stdout.write('ready\n');
  process.stdin.resume();
  process.stdin.on('end', async () => {
    await watcher.stop();
    await b.shutdown();
    process.exit(0);
  });
}

/** Refreshes through A; B (another process) follows; returns ms from the commit to B serving it. */
async function switchOver(a: App, client: pg.Client, listen: boolean, runs: number) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', process.argv[1]!, '--follower', '--poll-ms', String(POLL_MS)],
    {
      env: {
        ...process.env,
        ROLERADAR_DATABASE_SCHEMA: SCHEMA,
        BENCH_SCRATCH: scratch,
        BENCH_LISTEN: listen ? '1' : '0',
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const served = new Map<string, { servedAt: number; ms: number }>();
  const waiters = new Map<string, () => void>();
  const lines = readline.createInterface({ input: child.stdout! });
  const ready = new Promise<void>((resolve) =>
    lines.on('line', (line) => {
      if (line === 'ready') return resolve();
      const event = JSON.parse(line) as { id: string; servedAt: number; ms: number };
      served.set(event.id, event);
      waiters.get(event.id)?.();
    }),
  );
  await ready;
  const times: number[] = [];
  const fetchMs: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const report = await a.ingest({ sources: [], embedded: true, reprocess: true });
      const target = report.generation!;
      if (!served.has(target)) await new Promise<void>((resolve) => waiters.set(target, resolve));
      const { id, at } = await servingSwitchedAt(client);
      if (id !== target) throw new Error(`serving ${id}, expected ${target}`);
      const event = served.get(target)!;
      times.push(event.servedAt - at);
      fetchMs.push(event.ms);
      say(
        `${listen ? 'notify' : 'poll'} run ${i + 1}: B served ${target} ${event.servedAt - at} ms after the commit (fetch and verify ${event.ms} ms)`,
      );
    }
  } finally {
    child.stdin!.end();
    await new Promise((r) => child.on('exit', r));
  }
  return { times, fetchMs };
}

async function main() {
  const client = new pg.Client({ connectionString: URL });
  await client.connect();
  const a = instance('a');
  const b = instance('b');
  try {
    let t = performance.now();
    await a.ensureCorpus();
    const firstBuildMs = performance.now() - t;
    t = performance.now();
    const fetched = await b.syncGeneration();
    const firstFetchMs = performance.now() - t;
    await b.shutdown();
    say(
      `A built and published in ${Math.round(firstBuildMs)} ms; B fetched ${fetched.bytes} bytes in ${Math.round(firstFetchMs)} ms`,
    );

    const notify = await switchOver(a, client, true, RUNS);
    const poll = await switchOver(a, client, false, POLL_RUNS);

    const store = a.stateStore() as PostgresStateStore;
    const lockMs: number[] = [];
    for (let i = 0; i < 20; i++) {
      t = performance.now();
      const lease = await store.tryRefreshLock();
      await lease!.release();
      lockMs.push(performance.now() - t);
    }

    // Note search: the same 500 notes and queries in PostgreSQL and in SQLite.
    const sqlite = new SqliteStateStore({
      dataDir: path.join(scratch, 'sqlite'),
      sourcesFile: path.join(scratch, 's.yaml'),
      now: () => new Date(),
    });
    const words = [
      'ledger',
      'kafka',
      'interview',
      'on-call',
      'fintech',
      'platform',
      'mentoring',
      'golang',
      'payments',
      'latency',
    ];
    for (const s of [store, sqlite])
      for (let i = 0; i < 500; i++)
        await s.notes.save({
          authorId: `u${i % 17}`,
          authorName: 'bench',
          title: `${words[i % 10]} ${words[(i * 3) % 10]} note ${i}`,
          body: `About ${words[(i * 7) % 10]} and ${words[(i * 5) % 10]} in lead backend roles, number ${i}.`,
          guildId: `g${i % 5}`,
        });
    const search = async (s: typeof sqlite | PostgresStateStore) => {
      const ms: number[] = [];
      for (let r = 0; r < 5; r++)
        for (const w of words) {
          const t0 = performance.now();
          await s.notes.search({ guildId: 'g1', operator: false }, `${w} lead roles`, 5);
          ms.push(performance.now() - t0);
        }
      return stats(ms);
    };
    const searchPg = await search(store);
    const searchSqlite = await search(sqlite);
    await sqlite.close();
    const gen = a.store.current()!;
    console.log(
      JSON.stringify(
        {
          instances: {
            generationBytes: fetched.bytes,
            firstBuildAndPublishMs: Math.round(firstBuildMs),
            firstFetchMs: Math.round(firstFetchMs),
            switchOverNotifyMs: stats(notify.times),
            switchOverPollOnlyMs: { ...stats(poll.times), pollMs: POLL_MS },
            followerFetchAndVerifyMs: stats([...notify.fetchMs, ...poll.fetchMs]),
            refreshLockAcquireReleaseMs: stats(lockMs),
            noteSearchMs: { postgres: searchPg, sqlite: searchSqlite, notes: 500 },
            generation: gen.id,
            node: process.version,
            cpus: os.cpus().length,
          },
        },
        null,
        2,
      ),
    );
  } finally {
    await a.shutdown();
    await b.shutdown();
    await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await client.end();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

if (FOLLOWER) await follower();
else await main();
