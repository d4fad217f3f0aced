/**
 * Answer lengths (`npx tsx scripts/answer-lengths.ts [DATA_DIR]`): answers every question of
 * `data/eval/answers*.jsonl` offline (never the holdout-4 set) and prints JSON: the length of each
 * answer's text and of its source list as Discord shows them (description and "Sources" field),
 * p50 / p90 / max, how many answers pass 2,000 and 4,096 characters, and the longest few by intent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { App } from '../src/app.js';
import { loadConfig, PROJECT_ROOT } from '../src/config/config.js';
import { createLogger } from '../src/logger.js';
import { loadAnswerCases } from '../src/rag/answer/eval.js';

const dataDir = process.argv[2] ?? path.join(PROJECT_ROOT, 'var');
const dir = path.join(PROJECT_ROOT, 'data/eval');
const files = fs
  .readdirSync(dir)
  .filter((f) => /^answers(?:-[\w]+)?\.jsonl$/.test(f) && !f.startsWith('answers-holdout4'))
  .sort();
const app = new App(loadConfig({ ROLERADAR_DATA_DIR: dataDir }), createLogger('warn'));
const rows: Array<{ q: string; intent: string; text: number; total: number }> = [];
for (const f of files)
  for (const c of loadAnswerCases(path.join(dir, f))) {
    const r = await app.ask(c.question);
    if (!r) continue;
    const sources = r.citations
      .map((x) => `[${x.n}] ${x.title} — ${x.company}${x.url ? ` <${x.url}>` : ''}`)
      .join('\n');
    rows.push({
      q: c.question,
      intent: r.questionKind ?? 'none',
      text: r.answer.length,
      total: r.answer.length + sources.length,
    });
  }
const pct = (v: number[], p: number) =>
  [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor((p / 100) * v.length))];
const text = rows.map((r) => r.text);
const total = rows.map((r) => r.total);
process.stdout.write(
  `${JSON.stringify(
    {
      files,
      answers: rows.length,
      text: {
        p50: pct(text, 50),
        p90: pct(text, 90),
        max: Math.max(...text),
        over2000: text.filter((t) => t > 2000).length,
        over4096: text.filter((t) => t > 4096).length,
      },
      withSources: {
        p50: pct(total, 50),
        p90: pct(total, 90),
        max: Math.max(...total),
        over2000: total.filter((t) => t > 2000).length,
        over4096: total.filter((t) => t > 4096).length,
      },
      longest: [...rows].sort((a, b) => b.total - a.total).slice(0, 8),
      longestText: [...rows]
        .sort((a, b) => b.text - a.text)
        .slice(0, 8)
        .map((r) => `${r.text} ${r.intent} ${r.q}`),
    },
    null,
    2,
  )}\n`,
);
