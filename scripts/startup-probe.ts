import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config/config.js';
import { MAIN_THREAD_V8_FLAGS } from '../src/heap.js';
import { FakeDiscord, fakeBotEnv, option } from '../test/support/fake-discord.js';

/**
 * The bot's start-up memory, stage by stage (round 14): `npx tsx scripts/startup-probe.ts ROOT
 * DATADIR [ENV=VALUE...]` starts ROOT's compiled bot (`ROOT/dist/main.js`, built beforehand, with
 * npm start's V8 flags when ROOT is this checkout) on the built data folder DATADIR against the fake
 * Discord, waits for ready, sends one of each command as `npm run load`'s warm-up does, and prints
 * one JSON line: at each stage the process's RSS, its peak (VmHWM) and its thread count. ROOT may
 * be another commit's worktree (its data folder built by its own `dist/cli/run.js ingest`), so two
 * commits' start-ups compare without the load's noise. PROBE_WAIT_MS: the wait after the last
 * command (2 s); with SNAP_FILE set (and scripts/thread-memory.cjs preloaded), it is created then
 * and the bot kept SNAP_WAIT_MS (15 s) for the threads' heap snapshots.
 */
const [root, dataDir, ...envPairs] = process.argv.slice(2);
if (!root || !dataDir) {
  console.error('usage: npx tsx scripts/startup-probe.ts ROOT DATADIR [NAME=VALUE ...]');
  process.exit(2);
}
const extraEnv = Object.fromEntries(envPairs.map((p) => p.split('=') as [string, string]));
const status = (pid: number, key: string) => {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(new RegExp(`${key}:\\s+(\\d+)`).exec(s)?.[1]) / 1024);
  } catch {
    return null;
  }
};
const threads = (pid: number) => {
  try {
    return fs.readdirSync(`/proc/${pid}/task`).length;
  } catch {
    return null;
  }
};
const fake = await FakeDiscord.start();
const t0 = performance.now();
const flags = path.resolve(root!) === PROJECT_ROOT ? MAIN_THREAD_V8_FLAGS : [];
const bot: ChildProcess = spawn(process.execPath, [...flags, path.join(root!, 'dist/main.js')], {
  cwd: root,
  env: { ...fakeBotEnv(fake, dataDir, '2'), ...extraEnv },
  stdio: ['ignore', 'ignore', 'pipe'],
});
let log = '';
bot.stderr!.on('data', (d) => (log += d));
const timeline: Array<[number, number | null, number | null]> = [];
const sampler = setInterval(() => {
  timeline.push([Math.round(performance.now() - t0), status(bot.pid!, 'VmRSS'), threads(bot.pid!)]);
}, 100);
const stages: Record<string, unknown> = {};
const mark = (name: string) => {
  stages[name] = {
    ms: Math.round(performance.now() - t0),
    rss: status(bot.pid!, 'VmRSS'),
    hwm: status(bot.pid!, 'VmHWM'),
    threads: threads(bot.pid!),
  };
};
try {
  await fake.waitForReady();
  mark('ready');
  const probe = fake.autocomplete('listing', [option('id', '', true)], { id: '1500000000000000001' });
  await probe.answered;
  const ids = ((probe.ackData?.choices as Array<{ value: string }>) ?? []).map((c) => c.value);
  const user = { id: '1500000000000000002' };
  const cmds = [
    [
      'ask',
      () => fake.command('ask', [option('question', 'what do lead backend roles in fintech require?')], user),
    ],
    ['search', () => fake.command('search', [option('query', 'remote golang lead europe')], user)],
    [
      'recommend',
      () =>
        fake.command('recommend', [option('skills', 'golang, kafka, postgres'), option('years', 8)], user),
    ],
    [
      'gap',
      () =>
        fake.command(
          'gap',
          [option('skills', 'golang, kafka, postgres'), option('target', 'lead backend')],
          user,
        ),
    ],
    ['listing', () => fake.command('listing', [option('id', ids[0] ?? '')], user)],
    ['help', () => fake.command('help', [], user)],
  ] as const;
  for (const [name, run] of cmds) {
    await run().answered;
    mark(name);
  }
  await new Promise((r) => setTimeout(r, Number(process.env.PROBE_WAIT_MS ?? 2000)));
  mark('after-wait');
  if (process.env.SNAP_FILE) {
    fs.writeFileSync(process.env.SNAP_FILE, '1');
    await new Promise((r) => setTimeout(r, Number(process.env.SNAP_WAIT_MS ?? 15000)));
  }
} finally {
  clearInterval(sampler);
  bot.kill('SIGTERM');
  await new Promise((r) => bot.once('exit', r));
  await fake.close();
}
const maxThreads = Math.max(...timeline.map((t) => t[2] ?? 0));
process.stdout.write(
  `${JSON.stringify({ root, stages, maxThreads, peakAt: timeline.reduce((a, b) => ((b[1] ?? 0) > (a[1] ?? 0) ? b : a)) })}\n`,
);
if (process.env.PROBE_TIMELINE) fs.writeFileSync(process.env.PROBE_TIMELINE, JSON.stringify(timeline));
