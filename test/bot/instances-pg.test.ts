import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { PostgresStateStore } from '../../src/storage/state/state-pg.js';
import { type FakeBoards, startFakeBoards } from '../support/fake-boards.js';
import {
  FakeDiscord,
  type FakeMessage,
  type InteractionRecord,
  MANAGE_GUILD,
  option,
  subcommand,
} from '../support/fake-discord.js';
import { freshSchema, PG_URL, postgresOrSkip } from '../support/postgres.js';
import { tempDir } from '../support/temp.js';

// Issue 16, item 4, end to end: two bot processes (`src/main.ts`, as `npm start` runs it) with
// separate data folders on one PostgreSQL, each on its own gateway connection of the fake Discord
// (as two shards, or the two halves of a blue/green deploy, would be).

const ARDWICK = 'ardwick-lead-backend-payments-platform';
const ADMIN = { id: '1500000000000000009', username: 'admin', permissions: MANAGE_GUILD };
const MEMBER = { id: '1500000000000000042', username: 'mentor' };
const text = (m: FakeMessage | undefined) =>
  m ? [m.content, ...m.embeds.map((e) => JSON.stringify(e))].join('\n') : '';
const button = (m: FakeMessage, action: string) =>
  m.components
    .flatMap((r) => r.components.map((c) => c.custom_id ?? ''))
    .find((id) => id.startsWith(`rr1|${action}|`))!;

interface Instance {
  name: string;
  fake: FakeDiscord;
  child: ChildProcess;
  stderr: string;
  healthPort: number;
  exited: Promise<unknown>;
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  ms = 30_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The reply once it is final (a refresh edits its reply with progress first). */
function finalText(i: InteractionRecord, pattern: RegExp, ms = 60_000): Promise<string> {
  return until(
    `a reply matching ${pattern}`,
    () => {
      const t = text(i.original);
      return pattern.test(t) ? t : undefined;
    },
    ms,
  );
}

if (await postgresOrSkip('two bot processes on one PostgreSQL')) {
  const { schema, drop } = freshSchema('bots');
  const instances: Instance[] = [];
  let boards: FakeBoards;
  let feedMode: 'one' | 'hang' | 'two' = 'one';
  let feedRequested = false;

  const feedLine = (id: string) =>
    JSON.stringify({
      id,
      title: 'Lead Backend Engineer',
      company: `Quokka Labs ${id}`,
      location: 'Remote',
      url: `https://jobs.example.com/${id}`,
      // Words of its own, so the two postings are never taken for one role posted twice.
      description: `You will lead the ${id === 'qk-1' ? 'ledger' : 'search'} backend team, owning services in Go and PostgreSQL on Kubernetes. ${Array.from({ length: 40 }, (_, k) => `${id === 'qk-1' ? 'numbat' : 'bilby'}${k}${id.length * k}`).join(' ')}. You bring 8+ years of backend experience and have mentored engineers.`,
    });

  async function startInstance(name: string, extraEnv: Record<string, string> = {}): Promise<Instance> {
    const fake = await FakeDiscord.start();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/main.ts')], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        DISCORD_TOKEN: 'fake.bot.token-instances',
        DISCORD_APPLICATION_ID: '1100000000000000001',
        DISCORD_API_URL: fake.apiUrl,
        ROLERADAR_DATA_DIR: tempDir(`roleradar-instance-${name}-`, 'file'),
        ROLERADAR_METRICS_PORT: '0',
        ROLERADAR_WORKERS: '1',
        DATABASE_URL: PG_URL,
        ROLERADAR_DATABASE_SCHEMA: schema,
        ROLERADAR_GENERATION_POLL_MS: '2000',
        ROLERADAR_ALLOW_PRIVATE_SOURCES: '1',
        // The admin in these tests is also one of the bot's operators: /corpus is theirs.
        ROLERADAR_OPERATOR_IDS: ADMIN.id,
        ROLERADAR_FETCH_RETRIES: '0',
        ROLERADAR_FETCH_TIMEOUT_MS: '120000',
        LOG_FORMAT: 'json',
        OPENAI_API_KEY: '',
        OPENAI_MODEL: '',
        OPENAI_BASE_URL: '',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const instance: Instance = {
      name,
      fake,
      child,
      stderr: '',
      healthPort: 0,
      exited: new Promise((r) => child.on('exit', r)),
    };
    child.stderr!.on('data', (d) => {
      instance.stderr += d;
    });
    child.stdout!.resume();
    await Promise.race([
      fake.waitForReady(),
      instance.exited.then(() => {
        throw new Error(`instance ${name} exited:\n${instance.stderr}`);
      }),
      new Promise((_, reject) =>
        setTimeout(
          () => reject(new Error(`instance ${name} not ready in 90 s:\n${instance.stderr}`)),
          90_000,
        ).unref(),
      ),
    ]);
    instance.healthPort = await until(`${name}'s health port`, () => {
      const m = /Health and metrics on http:\/\/127\.0\.0\.1:(\d+)\/healthz/.exec(instance.stderr);
      return m ? Number(m[1]) : undefined;
    });
    instances.push(instance);
    return instance;
  }

  /** The generation an instance serves, as its own /healthz says. */
  async function serving(instance: Instance): Promise<string | null> {
    const res = await fetch(`http://127.0.0.1:${instance.healthPort}/healthz`);
    return ((await res.json()) as { generation?: string | null }).generation ?? null;
  }

  async function sharedGeneration(): Promise<string | null> {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT generation_id FROM ${schema}.serving`);
      return rows[0]?.generation_id ?? null;
    } finally {
      await client.end();
    }
  }

  let a: Instance;
  let b: Instance;
  beforeAll(async () => {
    boards = await startFakeBoards();
    boards.route('/feed.jsonl', () => {
      feedRequested = true;
      if (feedMode === 'hang') return { hang: true };
      const lines = feedMode === 'one' ? [feedLine('qk-1')] : [feedLine('qk-1'), feedLine('qk-2')];
      return { body: lines.join('\n'), headers: { 'content-type': 'application/x-ndjson' } };
    });
    // The job-board source is part of the shared state: configured once, seen by both instances.
    const store = new PostgresStateStore({ url: PG_URL, schema, now: () => new Date() });
    await store.sources.add({ name: 'quokka', kind: 'jsonl-url', url: `${boards.url}/feed.jsonl` });
    await store.close();
    a = await startInstance('a');
    b = await startInstance('b');
  }, 240_000);

  afterAll(async () => {
    for (const i of instances) {
      i.child.kill('SIGKILL');
      await i.exited;
      await i.fake.close();
    }
    await boards?.close();
    await drop();
  });

  test('both serve the generation the first one built; the second fetched it instead of building', async () => {
    const shared = await sharedGeneration();
    expect(shared).not.toBeNull();
    expect(await serving(a)).toBe(shared);
    expect(await serving(b)).toBe(shared);
    expect(b.stderr).toMatch(/Switched to generation .* fetched and verified/);
    expect(b.stderr).not.toMatch(/building it from the embedded listings/);
  });

  test('a note saved through one is cited through the other', async () => {
    const saved = await a.fake.command(
      'notes',
      [
        subcommand('save', [
          option('title', 'Ardwick kookaburra round'),
          option('body', 'Expect a kookaburra ledger question.'),
          option('listing', ARDWICK),
        ]),
      ],
      MEMBER,
    ).answered;
    expect(saved.content).toMatch(/Saved as mentor note #\d+/);
    const summary = await b.fake.command('role-summary', [option('listing', ARDWICK)], MEMBER).answered;
    expect(text(summary)).toContain('📝 Ardwick kookaburra round');
  });

  test('feedback is stored once: a vote through one and a change through the other are one row', async () => {
    const answer = await a.fake.command(
      'ask',
      [option('question', 'what do lead backend roles in fintech require?')],
      MEMBER,
    ).answered;
    const up = b.fake.click(answer, button(answer, 'up'), MEMBER);
    expect(text(await up.answered)).toMatch(/feedback is recorded/);
    const down = a.fake.click(answer, button(answer, 'down'), MEMBER);
    expect(text(await down.answered)).toMatch(/feedback is recorded/);
    const exchangeId = button(answer, 'up').split('|')[2];
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT user_id, rating FROM ${schema}.feedback WHERE exchange_id = $1`,
        [exchangeId],
      );
      expect(rows).toEqual([{ user_id: MEMBER.id, rating: -1 }]);
    } finally {
      await client.end();
    }
  });

  test('settings changed through one apply through the other', async () => {
    const changed = await a.fake.command('settings', [option('ask_public', false)], ADMIN).answered;
    expect(text(changed)).toMatch(/Settings updated/);
    // B reloads the server's settings on the NOTIFY (or its poll): its /ask answers turn private.
    await until(
      'b to answer /ask privately',
      async () => {
        const i = b.fake.command('ask', [option('question', 'what do lead backend roles require?')], ADMIN);
        await i.answered;
        return (i.original!.flags & 64) === 64;
      },
      15_000,
    );
    await a.fake.command('settings', [option('ask_public', true)], ADMIN).answered;
  });

  test('a refresh by one is served by both', async () => {
    const before = await sharedGeneration();
    const refresh = a.fake.command('corpus', [subcommand('refresh')], ADMIN);
    expect(await finalText(refresh, /Corpus refreshed|Corpus unchanged|Refresh not applied|Sorry/)).toMatch(
      /Corpus refreshed/,
    );
    const published = await sharedGeneration();
    expect(published).not.toBe(before);
    await until('a to serve the new generation', async () => (await serving(a)) === published, 10_000);
    // B learns of it by NOTIFY (or its 2 s poll) and switches.
    await until('b to serve the new generation', async () => (await serving(b)) === published, 20_000);
    const listing = await b.fake.command('listing', [option('id', 'quokka:qk-1')], MEMBER).answered;
    expect(text(listing)).toContain('Quokka Labs qk-1');
  }, 120_000);

  test('killing the refreshing instance mid-refresh leaves the other serving and able to refresh next', async () => {
    feedMode = 'hang';
    feedRequested = false;
    const before = await sharedGeneration();
    const killed = a.fake.command('corpus', [subcommand('refresh')], ADMIN);
    await until('a to be fetching mid-refresh', () => feedRequested, 30_000).catch((error) => {
      throw new Error(`${error.message}; a replied ${text(killed.original)}\n${a.stderr.slice(-3000)}`);
    });
    // A holds the cluster-wide refresh lock: B's refresh is refused while A runs.
    const refused = b.fake.command('corpus', [subcommand('refresh')], ADMIN);
    expect(await finalText(refused, /already running|Corpus refreshed|Corpus unchanged/)).toMatch(
      /already running on another RoleRadar instance/,
    );
    a.child.kill('SIGKILL');
    await a.exited;
    expect(await sharedGeneration()).toBe(before);

    const answer = await b.fake.command(
      'ask',
      [option('question', 'what do lead backend roles require?')],
      MEMBER,
    ).answered;
    expect(text(answer)).toMatch(/Sources/);
    feedMode = 'two';
    const next = b.fake.command('corpus', [subcommand('refresh')], ADMIN);
    expect(
      await finalText(next, /Corpus refreshed|Corpus unchanged|Refresh not applied|Sorry|already running/),
    ).toMatch(/Corpus refreshed/);
    const published = await sharedGeneration();
    expect(published).not.toBe(before);
    await until('b to serve its own refresh', async () => (await serving(b)) === published, 10_000);
    const listing = await b.fake.command('listing', [option('id', 'quokka:qk-2')], MEMBER).answered;
    expect(text(listing), `${text(next.original)}\n${text(listing)}`).toContain('Quokka Labs qk-2');
  }, 120_000);

  test('Discord sharding on top: an instance running shard 1 of 2 serves the shared state', async () => {
    const c = await startInstance('c', { SHARDS: '2', ROLERADAR_SHARD_IDS: '1' });
    // The ShardingManager ran only this instance's shard; its bot fetched the shared generation.
    expect(c.fake.identifiedShards).toEqual([[1, 2]]);
    const listing = await c.fake.command('listing', [option('id', ARDWICK)], MEMBER).answered;
    expect(text(listing)).toContain('Ardwick');
    const notes = await c.fake.command(
      'notes',
      [subcommand('search', [option('query', 'kookaburra')])],
      MEMBER,
    ).answered;
    expect(text(notes)).toContain('Ardwick kookaburra round');
    // SIGTERM to the manager stops its shard processes too.
    const shards = childPids(c.child.pid!);
    expect(shards).toHaveLength(1);
    c.child.kill('SIGTERM');
    await Promise.race([
      c.exited,
      new Promise((_, reject) =>
        setTimeout(
          () => reject(new Error(`the sharded instance did not exit on SIGTERM:\n${c.stderr.slice(-2000)}`)),
          15_000,
        ).unref(),
      ),
    ]);
    await until('the shard processes to stop', () => shards.every((pid) => !alive(pid)) || undefined, 15_000);
  }, 180_000);
}

function childPids(parent: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(parent)], { encoding: 'utf8' })
      .split('\n')
      .map((l) => Number(l.trim()))
      .filter((pid) => pid > 0);
  } catch {
    return [];
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
