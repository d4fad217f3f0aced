/**
 * The memory probe (`node --expose-gc --import tsx scripts/mem-probe.ts DIR [--sets all|FILE]
 * [--snapshot PREFIX] [--stage-snapshots]`): where a process answering `/ask` over the data
 * directory DIR holds its memory. It opens the generation, answers the first question (the cold
 * start), then every question of each answer-evaluation set in turn (`data/eval/answers*.jsonl`,
 * or FILE alone), and after each stage forces a full collection (`--expose-gc`) and records
 * `process.memoryUsage()` (rss, heap used and total, external, array buffers), V8's heap
 * statistics and the peak RSS so far (VmHWM). With `--snapshot PREFIX` it writes a heap snapshot
 * (`PREFIX-end.heapsnapshot`) after the last stage, and with `--stage-snapshots` one after the
 * cold start too. `--heap-growth v8|N` as in ask-probe.ts. Prints JSON. The answers are not kept (what the probe holds is the process's).
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { App } from '../src/app.js';
import { loadConfig, PROJECT_ROOT } from '../src/config/config.js';
import { boundHeapGrowth } from '../src/heap.js';
import { createLogger } from '../src/logger.js';
import { loadAnswerCases } from '../src/rag/answer/eval.js';

const argv = process.argv.slice(2);
const dataDir = argv[0];
if (!dataDir) throw new Error('usage: mem-probe.ts DATA_DIR [--sets all|FILE] [--snapshot PREFIX]');
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const sets = opt('--sets') ?? 'all';
// `--heap-growth N`: the heap's growth bounded as ROLERADAR_HEAP_GROWING_PERCENT=N bounds the bot's (src/heap.ts);
// by default V8's own, as the bot's default.
const hg = argv.indexOf('--heap-growth');
const heapGrowth = hg >= 0 ? argv[hg + 1]! : 'v8';
const heapGrowingPercent =
  heapGrowth === 'v8' ? null : boundHeapGrowth(Number(heapGrowth)) ? Number(heapGrowth) : null;

const snapshot = opt('--snapshot');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc --import tsx');

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
const status = () => fs.readFileSync('/proc/self/status', 'utf8');
const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status())?.[1] ?? 0) / 1024;
const cpuMs = () => {
  const u = process.cpuUsage();
  return Math.round((u.user + u.system) / 1000);
};
const stages: Array<Record<string, unknown>> = [];
const record = (stage: string, extra: Record<string, unknown> = {}) => {
  const before = process.memoryUsage();
  gc();
  gc();
  const m = process.memoryUsage();
  const h = v8.getHeapStatistics();
  const spaces = Object.fromEntries(
    v8
      .getHeapSpaceStatistics()
      .filter((s) => s.space_used_size > 1024 * 1024)
      .map((s) => [s.space_name, mb(s.space_used_size)]),
  );
  stages.push({
    stage,
    cpuMs: cpuMs(),
    rssBeforeGcMb: mb(before.rss),
    heapUsedBeforeGcMb: mb(before.heapUsed),
    rssMb: mb(m.rss),
    heapUsedMb: mb(m.heapUsed),
    heapTotalMb: mb(m.heapTotal),
    externalMb: mb(m.external),
    arrayBuffersMb: mb(m.arrayBuffers),
    mallocedMb: mb(h.malloced_memory),
    peakMallocedMb: mb(h.peak_malloced_memory),
    spacesMb: spaces,
    peakRssMb: Math.round(kb('VmHWM')),
    ...extra,
  });
  process.stderr.write(`${JSON.stringify(stages.at(-1))}\n`);
};

const evalDir = path.join(PROJECT_ROOT, 'data/eval');
const setFiles =
  sets === 'all'
    ? fs
        .readdirSync(evalDir)
        .filter((f) => /^answers(?:-.+)?\.jsonl$/.test(f))
        .sort()
        .map((f) => path.join(evalDir, f))
    : [path.resolve(sets)];
record('start');
const app = new App(loadConfig({ ROLERADAR_DATA_DIR: dataDir }), createLogger('warn'));
const reader = app.reader();
record('open', { listings: reader?.listings().length });
const first = loadAnswerCases(setFiles[0]!)[0]!.question;
await app.ask(first);
record('first answer');
if (snapshot && argv.includes('--stage-snapshots')) v8.writeHeapSnapshot(`${snapshot}-cold.heapsnapshot`);
let answered = 0;
let answerChars = 0;
let longest = 0;
for (const file of setFiles) {
  const questions = loadAnswerCases(file).map((c) => c.question);
  for (const q of questions) {
    const r = await app.ask(q);
    answered++;
    const n = r?.answer.length ?? 0;
    answerChars += n;
    longest = Math.max(longest, n);
  }
  record(path.basename(file, '.jsonl'), { questions: questions.length });
}
if (snapshot) v8.writeHeapSnapshot(`${snapshot}-end.heapsnapshot`);
process.stdout.write(
  `${JSON.stringify({ dataDir, heapGrowingPercent, answered, answerChars, longestAnswer: longest, stages, peakRssMb: Math.round(kb('VmHWM')) }, null, 2)}\n`,
);
