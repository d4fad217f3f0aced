import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { builtOnce } from '../support/cli-process.js';
import { APPLICATION_ID, FakeDiscord, option } from '../support/fake-discord.js';
import { startFakeOpenAI } from '../support/fake-openai.js';
import { ingestedDataDir } from '../support/ingested.js';

// Issue 12 item 16: the process manager (Docker, systemd, Kubernetes) runs `npm start` and sends
// SIGTERM to npm's pid. The signal must reach the bot (no shell in between that swallows it), the
// bot must drain what is in flight, and nothing may be left running.

let openai: Awaited<ReturnType<typeof startFakeOpenAI>>;

beforeAll(async () => {
  openai = await startFakeOpenAI();
  openai.chat.delayMs = 2500;
});
// Compiled once per run before any test file starts `npm start` (see builtOnce).
beforeAll(builtOnce, 300_000);

afterAll(async () => {
  await openai?.close();
});

/** The pids whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state, ppid, …
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test('SIGTERM to `npm start` reaches the bot: 5 /ask in flight are all answered, nothing is left running, exit 0', async () => {
  const fake = await FakeDiscord.start();
  // The corpus as the first start builds it (a copy): this test is about the signal.
  const dataDir = await ingestedDataDir('test', 'roleradar-npm-start-');
  const npm = spawn('npm', ['start', '--silent'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DISCORD_TOKEN: 'fake.bot.token-npm-start',
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_URL: fake.apiUrl,
      ROLERADAR_DATA_DIR: dataDir,
      ROLERADAR_METRICS_PORT: '0',
      OPENAI_API_KEY: 'sk-test-npm-start',
      OPENAI_BASE_URL: openai.baseUrl,
      OPENAI_MODEL: 'fake-chat',
      ROLERADAR_MODEL_CONCURRENCY: '5',
      ROLERADAR_ANSWER_DEADLINE_MS: '20000',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  npm.stderr.on('data', (d) => (stderr += d));
  npm.stdout.resume();
  // npm's own exit ('close' would also wait for the pipes, which an orphaned bot keeps open).
  const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
  const descendants: number[] = [];
  try {
    await fake.waitForReady();
    // Everything npm started (the bot, and any shell between them), found before the signal.
    for (let level = childrenOf(npm.pid!); level.length; level = level.flatMap(childrenOf))
      descendants.push(...level);
    expect(descendants.length).toBeGreaterThan(0);
    const asks = Array.from({ length: 5 }, (_, n) =>
      fake.command('ask', [option('question', `what do lead backend roles with kafka require? #${n}`)], {
        id: String(1500000000000000700n + BigInt(n)),
      }),
    );
    // All five reach the (slow) model before the signal: they are in flight, not queued.
    const until = Date.now() + 20_000;
    while (openai.inFlight() < 5 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(openai.inFlight()).toBe(5);
    process.kill(npm.pid!, 'SIGTERM');
    const code = await exited;
    const answers = await Promise.race([
      Promise.all(asks.map((i) => i.answered)),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('not every /ask was answered')), 30_000),
      ),
    ]);
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/SIGTERM received/);
    expect(answers).toHaveLength(5);
    for (const answer of answers) expect(JSON.stringify(answer.embeds)).toMatch(/Model answer/);
    expect(asks.flatMap((i) => i.errors)).toEqual([]);
    // Nothing npm started outlives it.
    await new Promise((r) => setTimeout(r, 300));
    expect(descendants.filter(alive)).toEqual([]);
  } finally {
    for (const pid of [npm.pid!, ...descendants]) if (alive(pid)) process.kill(pid, 'SIGKILL');
    await fake.close();
  }
}, 180_000);

test('the compiled bot starts its workers from compiled JavaScript, not through a TypeScript loader', async () => {
  // `npm start` (above) compiled the sources into dist/.
  const compiled = (await import(
    /* @vite-ignore */ `${PROJECT_ROOT}/dist/bot/worker/pool.js`
  )) as typeof import('../../src/bot/worker/pool.js');
  expect(compiled.WORKER_ENTRY.pathname).toBe(`${PROJECT_ROOT}/dist/bot/worker/worker.js`);
  expect(fs.existsSync(compiled.WORKER_ENTRY)).toBe(true);
  // Run from the TypeScript sources (tests, tsx), the entry registers tsx's loader first.
  const source = await import('../../src/bot/worker/pool.js');
  expect(source.WORKER_ENTRY.pathname).toMatch(/src\/bot\/worker\/worker-entry\.mjs$/);
});
