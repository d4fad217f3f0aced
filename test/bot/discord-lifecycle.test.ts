import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { finished } from '../support/cli-process.js';
import { FakeDiscord, type InteractionRecord, option } from '../support/fake-discord.js';
import { startFakeOpenAI } from '../support/fake-openai.js';
import { ingestedDataDir } from '../support/ingested.js';
import { memoryLog } from '../support/temp.js';
import { startTestBot } from '../support/test-bot.js';

// A bot with a slow chat model behind it: the process-wide cap on model calls (shared by the
// worker threads), acknowledgements under that load, graceful shutdown, and a token the gateway
// refuses (4004). The data directory is shared: a copy of the corpus built once per run
// (support/ingested.ts).

const dataDir = await ingestedDataDir('file', 'roleradar-lifecycle-');
let openai: Awaited<ReturnType<typeof startFakeOpenAI>>;
const API_KEY = 'sk-test-SECRET-key-9d8e7f';

beforeAll(async () => {
  openai = await startFakeOpenAI();
  openai.chat.delayMs = 2000;
});

afterAll(async () => {
  await openai?.close();
});

async function startBot(fake: FakeDiscord, extra: Record<string, string> = {}) {
  const log = memoryLog();
  const { bot } = await startTestBot(
    fake,
    {
      ROLERADAR_DATA_DIR: dataDir,
      OPENAI_API_KEY: API_KEY,
      OPENAI_BASE_URL: openai.baseUrl,
      OPENAI_MODEL: 'fake-chat',
      ROLERADAR_MODEL_CONCURRENCY: '3',
      ROLERADAR_ANSWER_DEADLINE_MS: '20000',
      // 50 questions at once are this file's subject (model cap, graceful stop), not load shedding.
      ROLERADAR_MAX_QUEUED: '64',
      ...extra,
    },
    log,
  );
  return { bot, log };
}

let userSeq = 1500000000000000500n;
const member = () => ({ id: String(userSeq++), username: 'member' });

test('50 concurrent /ask with a 2 s model: all acknowledged in time, model calls never above the cap, graceful stop answers them all', async () => {
  const fake = await FakeDiscord.start();
  const { bot, log } = await startBot(fake);
  try {
    const asks: InteractionRecord[] = Array.from({ length: 50 }, (_, n) =>
      fake.command(
        'ask',
        [option('question', `what do lead backend roles with kafka require? #${n}`)],
        member(),
      ),
    );
    // Stop while the answers are still being written (the first model call has started, however
    // busy the machine is): every one of them must still arrive.
    const started = Date.now();
    while (openai.maxInFlight() === 0 && Date.now() - started < 20_000)
      await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 200));
    const stopping = bot.stop();
    const late = fake.command('help', [], member());
    const answers = await Promise.all(asks.map((i) => i.answered));
    await stopping;
    // Every one acknowledged within Discord's deadline, none refused (10062). The 1.5 s target for
    // the slowest acknowledgement is measured by `npm run load`, not asserted under test noise.
    expect(Math.max(...asks.map((i) => (i.ackAt ?? Number.POSITIVE_INFINITY) - i.createdAt))).toBeLessThan(
      3000,
    );
    expect(asks.flatMap((i) => i.errors)).toEqual([]);
    expect(openai.maxInFlight()).toBeLessThanOrEqual(3);
    expect(openai.maxInFlight()).toBeGreaterThan(0);
    expect(answers.every((a) => a.embeds.length > 0)).toBe(true);
    // Some answers came from the model, the rest fell back to offline within the deadline.
    expect(answers.some((a) => /Model answer/.test(JSON.stringify(a.embeds)))).toBe(true);
    expect((await late.answered).content).toMatch(/restarting/);
    const logs = log.lines.join('\n');
    expect(logs).not.toContain(API_KEY);
    expect(logs).not.toContain('fake.bot.token');
  } finally {
    await bot.stop();
    await fake.close();
  }
}, 180_000);

test('a model answer streams into the reply at a bounded edit rate, and the final answer lands last', async () => {
  const fake = await FakeDiscord.start();
  const before = { ...openai.chat };
  openai.chat.delayMs = 0;
  openai.chat.chunkChars = 8;
  openai.chat.chunkDelayMs = 120;
  openai.chat.reply = () =>
    [
      'Most of these roles ask for Kafka in production [1].',
      'They pair it with PostgreSQL and Kubernetes [2].',
      'Leading a small team is part of each of them [1].',
      'Several also want on-call incident leadership [2].',
      '',
    ].join('\n');
  const { bot } = await startBot(fake);
  try {
    const ask = fake.command(
      'ask',
      [option('question', 'what do lead backend roles with kafka require?')],
      member(),
    );
    const answer = await ask.answered;
    expect(JSON.stringify(answer.embeds)).toMatch(/Model answer/);
    expect(answer.embeds[0]!.description).toContain('Several also want on-call incident leadership');
    const edits = fake.requests.filter(
      (r) => r.method === 'PATCH' && r.path.includes(ask.token) && /(@|%40)original$/.test(r.path),
    );
    const partial = edits.filter((r) => JSON.stringify(r.body).includes('Writing the answer…'));
    expect(partial.length).toBeGreaterThanOrEqual(1);
    // Edits are at least the configured interval apart, every one mentions nobody, and the last is the final answer.
    for (let i = 1; i < partial.length; i++)
      expect(partial[i]!.at - partial[i - 1]!.at).toBeGreaterThanOrEqual(1400);
    for (const e of edits)
      expect((e.body as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(edits.at(-1)!.body)).not.toContain('Writing the answer…');
    expect(JSON.stringify(partial[0]!.body)).toContain('Most of these roles ask for Kafka in production');
  } finally {
    Object.assign(openai.chat, before);
    await bot.stop();
    await fake.close();
  }
}, 120_000);

test('a gateway close 4004 (bad token) stops the bot with a clear log line and no reconnect loop', async () => {
  const fake = await FakeDiscord.start();
  const { bot, log } = await startBot(fake);
  try {
    const identifies = fake.identifies;
    fake.closeGateway(4004);
    const until = Date.now() + 10_000;
    while (!bot.fatalError && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(bot.fatalError).toMatch(/4004/);
    await new Promise((r) => setTimeout(r, 3000));
    expect(fake.identifies).toBe(identifies);
    expect(fake.resumes).toBe(0);
    expect(log.lines.filter((l) => /rejected the bot token/.test(l))).toHaveLength(1);
    const health = await fetch(`http://127.0.0.1:${bot.opsPort}/healthz`);
    expect(health.status).toBe(503);
  } finally {
    await bot.stop();
    await fake.close();
  }
}, 120_000);

test('`npm start` with DISCORD_TOKEN runs the bot: JSON logs, answers, and a clean exit on SIGTERM', async () => {
  const fake = await FakeDiscord.start();
  const token = 'fake.bot.token-from-env-77aa';
  // One process, as `npm start` runs it (`exec node dist/main.js`): the TypeScript loader is
  // in-process. Under the tsx CLI a parent process relays the signal and, when the child's answer
  // is slow on a busy machine, exits 143 itself.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/main.ts')], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DISCORD_TOKEN: token,
      DISCORD_APPLICATION_ID: '1100000000000000001',
      DISCORD_API_URL: fake.apiUrl,
      ROLERADAR_DATA_DIR: dataDir,
      ROLERADAR_METRICS_PORT: '0',
      OPENAI_API_KEY: '',
      OPENAI_MODEL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const done = finished(child as Parameters<typeof finished>[0]);
  try {
    await fake.waitForReady();
    const help = await fake.command('help', [], member()).answered;
    expect(JSON.stringify(help.embeds)).toMatch(/\/ask/);
    child.kill('SIGTERM');
    const result = await done;
    expect(result.code).toBe(0);
    const lines = result.stderr.trim().split('\n');
    const parsed = lines.map((l) => JSON.parse(l) as { level: string; msg: string });
    expect(parsed.some((l) => /Logged in to Discord/.test(l.msg))).toBe(true);
    expect(parsed.some((l) => /SIGTERM received/.test(l.msg))).toBe(true);
    expect(result.stderr).not.toContain(token);
  } finally {
    child.kill('SIGKILL');
    await fake.close();
  }
}, 120_000);
