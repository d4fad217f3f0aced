import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { PROJECT_ROOT } from '../src/config/config.js';
import { MAIN_THREAD_V8_FLAGS } from '../src/heap.js';
import { FakeDiscord, fakeBotEnv, type InteractionRecord, option } from '../test/support/fake-discord.js';

/**
 * `npm run load -- --json`: N simulated members send a realistic mix of commands through a fake
 * Discord on 127.0.0.1 to the real bot, started as `npm start` does in its own process, for a
 * fixed time. Loopback only; it stops by itself. Prints throughput, acknowledgement latency,
 * end-to-end latency per command, errors by kind and the bot's peak RSS.
 */

const program = new Command()
  .option('--members <n>', 'simulated members', '50')
  .option('--duration <s>', 'seconds of load after warm-up', '60')
  .option('--think <ms>', 'mean pause between one member’s commands', '6000')
  .option('--workers <n>', 'the bot’s worker threads (ROLERADAR_WORKERS)', '2')
  .option('--profile <dir>', 'write V8 CPU profiles of the bot (main thread and workers) to this folder')
  .option(
    '--data-dir <dir>',
    'serve this data folder (a built corpus, e.g. a 100,000-listing generation) instead of building the embedded corpus in a temporary one; it is kept',
  )
  .option('--json', 'print only JSON')
  .parse();
const opts = program.opts<{
  members: string;
  duration: string;
  think: string;
  workers: string;
  profile?: string;
  dataDir?: string;
  json?: boolean;
}>();
const MEMBERS = Number(opts.members);
const DURATION_MS = Number(opts.duration) * 1000;
const THINK_MS = Number(opts.think);
const say = (line: string) => {
  if (!opts.json) process.stderr.write(`${line}\n`);
};

// A deterministic pseudo-random stream, so two runs send the same mix.
let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

const QUESTIONS = [
  'what do lead backend roles in fintech require?',
  'how common is kafka in lead backend listings?',
  'what do lead backend engineers earn in germany?',
  'lead vs staff vs engineering manager: what is the difference?',
  'which lead roles are fully remote in europe?',
  'do lead backend roles need kubernetes?',
  'what experience do lead roles ask for?',
  'which roles sponsor visas or relocation?',
];
const SEARCHES = [
  'remote golang lead europe',
  'rust platform lead',
  'java spring payments lead',
  'python data platform staff',
];
const SKILLS = [
  'golang, kafka, postgres',
  'java, spring boot, aws',
  'python, django, postgres',
  'rust, kubernetes',
];

type Kind =
  | 'ask'
  | 'search'
  | 'recommend'
  | 'gap'
  | 'market'
  | 'role-summary'
  | 'listing'
  | 'help'
  | 'autocomplete';
// The mix: mostly questions, then searches, personal results, market charts and mentors' summaries.
const MIX: Array<[Kind, number]> = [
  ['ask', 0.4],
  ['search', 0.12],
  ['recommend', 0.1],
  ['gap', 0.05],
  ['market', 0.05],
  ['role-summary', 0.05],
  ['listing', 0.09],
  ['autocomplete', 0.1],
  ['help', 0.04],
];
const TOPICS = ['Lead Backend Engineer in fintech', 'Go platform leads, remote EU', 'staff backend engineer'];
const MARKETS: Array<Array<unknown>> = [
  [option('seniority', 'lead')],
  [option('remote', true)],
  [option('target', 'lead backend payments')],
];
function nextKind(): Kind {
  let r = random();
  for (const [kind, share] of MIX) {
    r -= share;
    if (r < 0) return kind;
  }
  return 'ask';
}

interface Sample {
  kind: Kind;
  /** When it was sent, in ms after the load started. */
  sentAtMs: number;
  ackMs: number | null;
  endToEndMs: number | null;
  outcome: 'ok' | 'slow_down' | 'busy' | 'no_answer' | 'error';
  errors: number[];
}

function send(fake: FakeDiscord, kind: Kind, user: { id: string }, listingIds: string[]): InteractionRecord {
  switch (kind) {
    case 'ask':
      return fake.command('ask', [option('question', pick(QUESTIONS))], user);
    case 'search':
      return fake.command('search', [option('query', pick(SEARCHES))], user);
    case 'recommend':
      return fake.command('recommend', [option('skills', pick(SKILLS)), option('years', 8)], user);
    case 'gap':
      return fake.command('gap', [option('skills', pick(SKILLS)), option('target', 'lead backend')], user);
    case 'market':
      return fake.command('market', pick(MARKETS), user);
    case 'role-summary':
      return random() < 0.5
        ? fake.command('role-summary', [option('topic', pick(TOPICS))], user)
        : fake.command('role-summary', [option('listing', pick(listingIds))], user);
    case 'listing':
      return fake.command('listing', [option('id', pick(listingIds))], user);
    case 'autocomplete':
      return fake.autocomplete(
        'listing',
        [option('id', pick(['lead', 'staff', 'platform', 'pay', '']), true)],
        user,
      );
    default:
      return fake.command('help', [], user);
  }
}

async function settle(
  i: InteractionRecord,
  kind: Kind,
  timeoutMs: number,
  sentAtMs: number,
): Promise<Sample> {
  const answer = await Promise.race([
    i.answered,
    new Promise<null>((r) => setTimeout(() => r(null), timeoutMs)),
  ]);
  const ackMs = i.ackAt !== undefined ? i.ackAt - i.createdAt : null;
  if (!answer) return { kind, sentAtMs, ackMs, endToEndMs: null, outcome: 'no_answer', errors: i.errors };
  const endToEndMs = performance.now() - i.createdAt;
  const outcome = /Slow down/.test(answer.content)
    ? 'slow_down'
    : /is busy right now/.test(answer.content)
      ? 'busy'
      : /something went wrong/.test(answer.content)
        ? 'error'
        : 'ok';
  return { kind, sentAtMs, ackMs, endToEndMs, outcome, errors: i.errors };
}

function quantile(values: number[], q: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10;
}

/** Peak resident memory of a process and its threads (Linux: VmHWM), in MB. */
function peakRssMb(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

function currentRssMb(pid: number): number | null {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

/**
 * CPU time (user + system) of a process so far, in ms: its main thread (acknowledgements, REST,
 * the gateway) and every other thread together (the workers, with V8's and libuv's helpers: Node
 * does not name its threads, so the workers cannot be told apart from the helpers).
 */
function cpuMsByThread(pid: number): { main: number; otherThreads: number } {
  const out = { main: 0, otherThreads: 0 };
  try {
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // The fields after the parenthesised name: utime and stime are the 12th and 13th of them.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(fields[11]) + Number(fields[12])) * 10; // 100 ticks a second on Linux
      if (Number(tid) === pid) out.main += ms;
      else out.otherThreads += ms;
    }
  } catch {
    // Not Linux, or the process is gone.
  }
  return out;
}

async function main(): Promise<void> {
  const fake = await FakeDiscord.start();
  // With --data-dir, the bot serves that folder's generation as it is (nothing built, nothing
  // removed afterwards); else the embedded corpus in a temporary folder.
  const given = opts.dataDir ? path.resolve(opts.dataDir) : undefined;
  if (given && !fs.existsSync(path.join(given, 'current.json')))
    throw new Error(`--data-dir ${given}: no current.json (not a built data folder)`);
  const dataDir = given ?? fs.mkdtempSync(path.join(os.tmpdir(), 'roleradar-load-'));
  // The corpus is built first, as it is on any restart after the first: the figures are the
  // serving bot's (the first start's one-off build is measured by `npm run bench`).
  // The bot runs as `npm start` runs it: compiled JavaScript (`npm run build`), no TypeScript loader.
  say('Compiling (npm run build)…');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (!given) {
    say(`Building the corpus in ${dataDir}…`);
    const build = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist/cli/run.js'), 'ingest', '--json'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ROLERADAR_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    await new Promise((r) => build.once('exit', r));
  }
  // The served generation's listing count, from its manifest (what the figures are at).
  let listingCount: number | null = null;
  try {
    const { generation } = JSON.parse(fs.readFileSync(path.join(dataDir, 'current.json'), 'utf8'));
    const manifest = JSON.parse(
      fs.readFileSync(path.join(dataDir, 'generations', generation, 'manifest.json'), 'utf8'),
    );
    listingCount = manifest.counts?.listings ?? null;
  } catch {
    // Not told; the figures stand without it.
  }
  say(`Starting the bot against the fake Discord on port ${fake.port}…`);
  const started = performance.now();
  // `--profile DIR`: every thread of the bot writes a .cpuprofile there when it exits (the workers
  // inherit the flags, see WorkerPool), to be opened in Chrome's DevTools or read by a script.
  const profile = opts.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(opts.profile)}`] : [];
  // With `npm start`'s V8 flags (src/heap.ts; a test holds the two the same).
  const bot: ChildProcess = spawn(
    process.execPath,
    [...MAIN_THREAD_V8_FLAGS, ...profile, path.join(PROJECT_ROOT, 'dist/main.js')],
    {
      cwd: PROJECT_ROOT,
      env: fakeBotEnv(fake, dataDir, opts.workers),
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let botLog = '';
  bot.stderr!.on('data', (d) => (botLog += d));
  try {
    await Promise.race([
      fake.waitForReady(),
      new Promise((_, reject) =>
        bot.once('exit', (code) => reject(new Error(`the bot exited (${code}): ${botLog}`))),
      ),
    ]);
    const startupMs = performance.now() - started;
    // Listing ids for /listing come from autocomplete, as a member's client would get them.
    const probe = fake.autocomplete('listing', [option('id', '', true)], { id: '1500000000000000001' });
    await probe.answered;
    const listingIds = ((probe.ackData?.choices as Array<{ value: string }>) ?? []).map((c) => c.value);
    // Warm-up: one of each command, not counted.
    for (const kind of ['ask', 'search', 'recommend', 'gap', 'listing', 'help'] as Kind[])
      await send(fake, kind, { id: '1500000000000000002' }, listingIds).answered;

    // What starting (and one of each command) took, before the load: the high-water mark so far.
    const startupPeakRss = peakRssMb(bot.pid!);
    say(`${MEMBERS} members for ${DURATION_MS / 1000} s…`);
    const samples: Sample[] = [];
    const cpuBefore = cpuMsByThread(bot.pid!);
    const t0 = performance.now();
    const members = Array.from({ length: MEMBERS }, async (_, m) => {
      const user = { id: String(1500000000000001000n + BigInt(m)) };
      // Members start spread over the first think period, as a channel does.
      await new Promise((r) => setTimeout(r, random() * THINK_MS));
      while (performance.now() - t0 < DURATION_MS) {
        const kind = nextKind();
        const sentAtMs = performance.now() - t0;
        samples.push(await settle(send(fake, kind, user, listingIds), kind, 15_000, sentAtMs));
        await new Promise((r) => setTimeout(r, THINK_MS * (0.5 + random())));
      }
    });
    await Promise.all(members);
    const elapsedS = (performance.now() - t0) / 1000;
    const cpuAfter = cpuMsByThread(bot.pid!);
    // The bot's CPU per interaction: what the load cost it, whatever else the machine was doing.
    const cpuMs = {
      main: cpuAfter.main - cpuBefore.main,
      otherThreads: cpuAfter.otherThreads - cpuBefore.otherThreads,
    };
    const cpuTotalMs = cpuMs.main + cpuMs.otherThreads;
    const rss = peakRssMb(bot.pid!);
    const rssNow = currentRssMb(bot.pid!);

    // The steady window: members start spread over the first think period, and the last ones
    // sleep a think period after their last command, so the rates are taken over the interactions
    // sent between the end of the ramp and the end of the load (by when they were sent).
    const windowStartMs = Math.min(THINK_MS, DURATION_MS / 2);
    const windowS = (DURATION_MS - windowStartMs) / 1000;
    const steady = samples.filter((s) => s.sentAtMs >= windowStartMs && s.sentAtMs < DURATION_MS);
    const perS = (n: number) => Math.round((n / windowS) * 10) / 10;
    const acks = samples.map((s) => s.ackMs).filter((v): v is number => v !== null);
    const busyMs = samples.filter((s) => s.outcome === 'busy').map((s) => s.endToEndMs!);
    const perCommand: Record<string, { count: number; p50: number | null; p99: number | null }> = {};
    for (const kind of new Set(samples.map((s) => s.kind))) {
      const e2e = samples.filter((s) => s.kind === kind && s.outcome === 'ok').map((s) => s.endToEndMs!);
      perCommand[kind] = { count: e2e.length, p50: quantile(e2e, 0.5), p99: quantile(e2e, 0.99) };
    }
    const errors: Record<string, number> = {};
    for (const s of samples) {
      if (s.outcome !== 'ok') errors[s.outcome] = (errors[s.outcome] ?? 0) + 1;
      for (const code of s.errors) errors[String(code)] = (errors[String(code)] ?? 0) + 1;
    }
    const e50035 = fake.violations.length;
    if (e50035) errors['50035'] = e50035;
    const ackMax = acks.length ? Math.round(Math.max(...acks)) : null;
    const askP99 = perCommand.ask?.p99 ?? null;
    const result = {
      machine: { cpus: os.cpus().length, node: process.version },
      members: MEMBERS,
      workers: Number(opts.workers),
      dataDir: given ?? 'embedded corpus (built for the run)',
      listings: listingCount,
      durationS: Math.round(elapsedS),
      startupMs: Math.round(startupMs),
      interactions: samples.length,
      // Steady state (see windowStartMs): offered (sent), and of those fully answered, per second.
      steady: {
        windowS,
        offeredPerS: perS(steady.length),
        answeredPerS: perS(steady.filter((s) => s.outcome === 'ok').length),
        busyPerS: perS(steady.filter((s) => s.outcome === 'busy').length),
      },
      // Over the whole run, the ramp and the last think period included.
      throughputPerS: Math.round((samples.length / elapsedS) * 100) / 100,
      // Interactions that got their full answer (not "busy", "slow down" or nothing), per second.
      answeredPerS: Math.round((samples.filter((s) => s.outcome === 'ok').length / elapsedS) * 100) / 100,
      // Every interaction settled: the slowest end to end, whatever its outcome (a "busy" included).
      settledMs: {
        p99: quantile(
          samples.map((s) => s.endToEndMs).filter((v): v is number => v !== null),
          0.99,
        ),
      },
      ackMs: { p50: quantile(acks, 0.5), p99: quantile(acks, 0.99), max: ackMax },
      // How fast a shed command got its "busy" answer (Discord's limit is 3 s).
      busyMs: { p99: quantile(busyMs, 0.99), max: busyMs.length ? Math.round(Math.max(...busyMs)) : null },
      endToEndMs: perCommand,
      errors,
      // CPU time of the bot's threads during the load, and per interaction (ms).
      cpu: {
        totalMs: cpuTotalMs,
        perInteractionMs: samples.length ? Math.round((cpuTotalMs / samples.length) * 100) / 100 : null,
        ...cpuMs,
      },
      peakRssMb: rss,
      startupPeakRssMb: startupPeakRss,
      rssAtEndMb: rssNow,
      targets: {
        ackUnder1500ms: ackMax !== null && ackMax < 1500,
        no10062: !errors['10062'],
        no50035: !e50035,
        askP99Under1s: askP99 !== null && askP99 < 1000,
        rssUnder500Mb: rss !== null && rss < 500,
        busyUnder3s: !busyMs.some((ms) => ms >= 3000),
      },
    };
    process.stdout.write(`${JSON.stringify(result, null, opts.json ? undefined : 2)}\n`);
  } finally {
    bot.kill('SIGTERM');
    await new Promise((r) => bot.once('exit', r));
    await fake.close();
    if (!given) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
