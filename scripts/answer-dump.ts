/**
 * The answer dump (`npx tsx scripts/answer-dump.ts OUT.jsonl [QUESTIONS.txt]`): answers every
 * question of the answer-evaluation sets (data/eval/answers*.jsonl; a set not yet scored is kept off main until it is)
 * and of data/eval/planner-probe.txt offline, or only the questions of QUESTIONS.txt (one a line),
 * and writes one JSON line per question: the planner's plan, N, the filters applied and the answer
 * text. Two commits' dumps diffed show every answer a change moved (a refactor must move none).
 */
import fs from 'node:fs';
import path from 'node:path';
import { App } from '../src/app.js';
import { loadConfig, PROJECT_ROOT } from '../src/config/config.js';
import { createLogger } from '../src/logger.js';
import { answerQuestion } from '../src/rag/answer/engine.js';
import { loadAnswerCases } from '../src/rag/answer/eval.js';

const out = process.argv[2];
if (!out) throw new Error('usage: answer-dump.ts OUT.jsonl [QUESTIONS.txt]');
const only = process.argv[3];
if (only && !fs.existsSync(only)) throw new Error(`answer-dump: no questions file at ${only}`);
const dir = path.join(PROJECT_ROOT, 'data/eval');
const sets: Array<[string, string[]]> = only
  ? []
  : fs
      .readdirSync(dir)
      .filter((f) => /^answers(?:-.+)?\.jsonl$/.test(f))
      .sort()
      .map((f) => [f, loadAnswerCases(path.join(dir, f)).map((c) => c.question)]);
const probe = only ?? path.join(dir, 'planner-probe.txt');
if (fs.existsSync(probe))
  sets.push([
    path.basename(probe),
    fs
      .readFileSync(probe, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  ]);
const app = new App(loadConfig(process.env), createLogger('warn'));
await app.ensureCorpus(() => {});
const deps = app.engineDeps();
if (!deps) throw new Error('no corpus generation is available: run `npm run -s cli -- ingest` first');
const lines: string[] = [];
for (const [file, questions] of sets)
  for (const question of questions) {
    const a = answerQuestion(question, deps);
    lines.push(
      JSON.stringify({ file, question, plan: a.plan, n: a.n, applied: a.applied, answer: a.answer }),
    );
  }
fs.writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${JSON.stringify({ out, questions: lines.length })}\n`);
