/**
 * The /ask probe (`npx tsx scripts/ask-probe.ts DIR [--questions SET] [--answers FILE]`): opens the
 * data directory DIR, answers the questions of SET (an answer-evaluation set, by default the 184 of
 * `data/eval/answers.jsonl`; it is only read) offline once, and prints JSON: the
 * CPU time of each answer (p50, p99, max, per intent), the cold start and the peak RSS. With
 * `--answers FILE` it also writes every answer to FILE (an output: never name an evaluation set),
 * so two commits can be compared answer for answer.
 * With `--all`, every answer-evaluation set (`data/eval/answers*.jsonl`) in one process, one
 * cold start: the figures over all their questions, per set, and the slowest ten.
 * With `--over MS`, also every question that took more than MS ms of CPU (`over`, slowest first).
 * `--heap-growth N` bounds the heap's growth to N percent as ROLERADAR_HEAP_GROWING_PERCENT bounds
 * the bot's (src/heap.ts); by default V8's own, as the bot's default.
 * Lighter than `scale-bench.ts --serve` (no /market, /recommend, search or autocomplete).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { App } from '../src/app.js';
import { loadConfig, PROJECT_ROOT } from '../src/config/config.js';
import { boundHeapGrowth } from '../src/heap.js';
import { createLogger } from '../src/logger.js';
import { loadAnswerCases } from '../src/rag/answer/eval.js';

const round = (x: number) => Math.round(x * 10) / 10;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
};
const peakRssMb = () =>
  Math.round(Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1]) / 1024);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const argv = process.argv.slice(2);
const dataDir = argv[0];
if (!dataDir) throw new Error('usage: ask-probe.ts DATA_DIR [--questions SET] [--answers FILE]');
const a = argv.indexOf('--answers');
const answersFile = a >= 0 ? argv[a + 1] : undefined;
const qi = argv.indexOf('--questions');
const questionsFile = path.resolve(
  qi >= 0 ? argv[qi + 1]! : path.join(PROJECT_ROOT, 'data/eval/answers.jsonl'),
);
if (answersFile && path.resolve(answersFile) === questionsFile)
  throw new Error(
    `--answers ${answersFile}: that is the question set; the answers go to a file of their own`,
  );

// The code measured: the commit checked out when this process started.
let commit: string | null = null;
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  }).trim();
} catch {}
const all = argv.includes('--all');
// `--heap-growth N`: the heap's growth bounded as ROLERADAR_HEAP_GROWING_PERCENT=N bounds the bot's (src/heap.ts);
// by default V8's own, as the bot's default.
const hg = argv.indexOf('--heap-growth');
const heapGrowth = hg >= 0 ? argv[hg + 1]! : 'v8';
const heapGrowingPercent =
  heapGrowth === 'v8' ? null : boundHeapGrowth(Number(heapGrowth)) ? Number(heapGrowth) : null;

const oi = argv.indexOf('--over');
const overMs = oi >= 0 ? Number(argv[oi + 1]) : undefined;
const evalDir = path.join(PROJECT_ROOT, 'data/eval');
const setFiles = all
  ? fs
      .readdirSync(evalDir)
      .filter((f) => /^answers(?:-.+)?\.jsonl$/.test(f))
      .sort()
      .map((f) => path.join(evalDir, f))
  : [questionsFile];
if (answersFile && setFiles.includes(path.resolve(answersFile)))
  throw new Error(`--answers ${answersFile}: that is a question set; the answers go to a file of their own`);
const asked = setFiles.flatMap((file) =>
  loadAnswerCases(file).map((c) => ({ set: path.basename(file, '.jsonl'), question: c.question })),
);
const questions = asked.map((q) => q.question);
const app = new App(loadConfig({ ROLERADAR_DATA_DIR: dataDir }), createLogger('warn'));
let c = cpuMs();
let w = performance.now();
await app.ask(questions[0]!);
const coldStartCpuMs = cpuMs() - c;
const coldStartWallMs = performance.now() - w;

const cpu: number[] = [];
const wall: number[] = [];
const byIntent: Record<string, number[]> = {};
const answers: Array<{ question: string; intent?: string; answer?: string }> = [];
const bySet: Record<string, number[]> = {};
for (const [k, q] of questions.entries()) {
  c = cpuMs();
  w = performance.now();
  const r = await app.ask(q);
  const took = cpuMs() - c;
  cpu.push(took);
  wall.push(performance.now() - w);
  const intent = r?.questionKind ?? 'none';
  byIntent[intent] = [...(byIntent[intent] ?? []), took];
  const set = asked[k]!.set;
  bySet[set] = [...(bySet[set] ?? []), took];
  answers.push({ question: q, intent, ...(r ? { answer: r.answer } : {}) });
}
if (answersFile) fs.writeFileSync(answersFile, `${answers.map((x) => JSON.stringify(x)).join('\n')}\n`);
process.stdout.write(
  `${JSON.stringify(
    {
      commit,
      dataDir,
      questionSet: all ? 'all' : path.relative(PROJECT_ROOT, questionsFile),
      listings: app.reader()?.listings().length,
      heapGrowingPercent,
      questions: questions.length,
      coldStartCpuMs: round(coldStartCpuMs),
      coldStartWallMs: round(coldStartWallMs),
      askCpuMs: { p50: percentile(cpu, 50), p99: percentile(cpu, 99), max: round(Math.max(...cpu)) },
      askWallMs: { p50: percentile(wall, 50), p99: percentile(wall, 99), max: round(Math.max(...wall)) },
      askCpuMsByIntent: Object.fromEntries(
        Object.entries(byIntent).map(([k, v]) => [
          k,
          { n: v.length, p50: percentile(v, 50), max: round(Math.max(...v)) },
        ]),
      ),
      ...(all
        ? {
            askCpuMsBySet: Object.fromEntries(
              Object.entries(bySet).map(([k, v]) => [
                k,
                { n: v.length, p50: percentile(v, 50), p99: percentile(v, 99), max: round(Math.max(...v)) },
              ]),
            ),
          }
        : {}),
      slowest: cpu
        .map((ms, k) => ({ ms: round(ms), intent: answers[k]!.intent, question: questions[k]! }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 10),
      ...(overMs !== undefined
        ? {
            over: cpu
              .map((ms, k) => ({ ms: round(ms), intent: answers[k]!.intent, question: questions[k]! }))
              .filter((x) => x.ms > overMs)
              .sort((a, b) => b.ms - a.ms),
          }
        : {}),
      peakRssMb: peakRssMb(),
    },
    null,
    2,
  )}\n`,
);
