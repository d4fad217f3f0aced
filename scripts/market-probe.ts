/**
 * `tsx scripts/market-probe.ts DATA_DIR [--out FILE] [--repeat R] [--summaries]`: what /market,
 * /gap and /recommend (and, with `--summaries`, role summaries) cost in a process that answers
 * only them, over the serving generation of DATA_DIR: per use case the wall and CPU ms of each
 * call (p50, p99, max over 14 market, 8 gap and 10 recommend inputs, each asked R times, 3 unless
 * given, after one untimed first call that reads what a generation is read for once), the
 * process's RSS after each phase and its peak (VmHWM). No /ask and no search run first, so the
 * memory is these use cases' own (summaries search guides: they read the vector index, so they
 * come last).
 *
 * `--uses market,gap,recommend` picks the use cases (all three unless given); each phase's figures
 * are also written to stderr as it ends.
 *
 * `--out FILE` writes every input's reply (the first one), one JSON line each, for comparing two
 * commits' replies byte for byte (`cmp`).
 */
import fs from 'node:fs';
import os from 'node:os';
import { App } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/logger.js';
import type { Profile } from '../src/rag/recommend.js';
import type { SearchFilters } from '../src/rag/search.js';

const argv = process.argv.slice(2);
const dataDir = argv[0];
if (!dataDir)
  throw new Error('usage: tsx scripts/market-probe.ts DATA_DIR [--out FILE] [--repeat R] [--summaries]');
const flag = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const out = flag('--out');
const repeat = Number(flag('--repeat') ?? 3);
const withSummaries = argv.includes('--summaries');
// `--uses market,recommend`: only these use cases (all three unless given).
const uses = new Set((flag('--uses') ?? 'market,gap,recommend').split(','));

const markets: Array<[SearchFilters, { target?: string; topSkills?: number; topLocations?: number }]> = [
  [{}, {}],
  [{ seniority: ['lead'] }, {}],
  [{ remote: ['remote'] }, {}],
  [{}, { target: 'lead backend payments' }],
  [{ location: 'Germany' }, {}],
  [{ skills: ['Go'] }, { topSkills: 30 }],
  [{ industry: ['fintech'] }, {}],
  [{}, { target: 'staff platform engineer' }],
  [{}, { target: 'healthtech' }],
  [{ minSalary: { amount: 100_000, currency: 'EUR' } }, { topLocations: 20 }],
  [{}, { target: 'senior frontend react in Berlin' }],
  [{ seniority: ['senior', 'staff'], remote: ['hybrid'] }, {}],
  [{}, { target: 'data engineer' }],
  [{ company: 'gen' }, {}],
];
const gaps: Array<[string[], string | undefined, SearchFilters]> = [
  [['Go', 'Kafka'], undefined, {}],
  [['Python'], 'lead backend fintech', {}],
  [['Java', 'Spring Boot', 'AWS'], 'staff platform engineer', {}],
  [[], undefined, { seniority: ['lead'] }],
  [['React', 'TypeScript'], 'senior frontend', {}],
  [['Kubernetes', 'Terraform'], undefined, { industry: ['fintech'] }],
  [['Rust'], 'data engineer', {}],
  [['SQL'], 'healthtech', {}],
];
const profiles: Array<[Profile, number, string | undefined]> = [
  [{ skills: ['Go', 'Kafka', 'PostgreSQL'], years: 8 }, 10, undefined],
  [{ skills: ['Java', 'Spring Boot', 'AWS'], years: 10, remote: true }, 10, undefined],
  [{ skills: ['Python', 'Django'], years: 6, location: 'Germany' }, 10, undefined],
  [{ skills: ['Rust', 'Kubernetes'], years: 9, seniority: 'lead' }, 10, undefined],
  [{ skills: ['Go'] }, 50, 'lead backend payments'],
  [{ skills: ['TypeScript', 'React'], location: 'london' }, 10, undefined],
  [{ skills: [], minSalary: { amount: 90_000, currency: 'GBP' } }, 10, undefined],
  [{ skills: ['Python'], industry: ['health'] }, 10, undefined],
  [{ skills: ['Kafka', 'AWS'], location: 'Berlin', seniority: 'staff' }, 20, 'staff platform engineer'],
  [{ skills: ['SQL', 'Python', 'Airflow'], years: 3 }, 10, 'data engineer'],
];
const topics: Array<{ topic: string; industry?: string[] } | { listingId: string }> = [
  { topic: 'lead backend engineer' },
  { topic: 'staff platform engineer' },
  { topic: 'engineering manager', industry: ['fintech'] },
  { topic: 'senior data engineer' },
];

const config = loadConfig({ ROLERADAR_DATA_DIR: dataDir });
const app = new App(config, createLogger('warn'));
const replies: string[] = [];
const rssMb = () => Math.round(process.memoryUsage().rss / 2 ** 20);
const rssAfter: Record<string, number> = {};
const round = (x: number) => Math.round(x * 10) / 10;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
  return { p50: at(0.5), p99: at(0.99), max: round(sorted[sorted.length - 1] ?? 0), runs: sorted.length };
}
async function phase<T>(name: string, inputs: T[], run: (input: T) => unknown) {
  const first = { wall: 0, cpu: 0 };
  let t = performance.now();
  let c = cpuMs();
  const reply = await run(inputs[0]!);
  first.wall = round(performance.now() - t);
  first.cpu = round(cpuMs() - c);
  replies.push(JSON.stringify({ use: name, input: inputs[0], reply }));
  for (const input of inputs.slice(1))
    replies.push(JSON.stringify({ use: name, input, reply: await run(input) }));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < repeat; r++)
    for (const input of inputs) {
      t = performance.now();
      c = cpuMs();
      await run(input);
      wall.push(performance.now() - t);
      cpu.push(cpuMs() - c);
    }
  rssAfter[name] = rssMb();
  const figures = { first, wallMs: stats(wall), cpuMs: stats(cpu) };
  // Each phase as it ends (a run stopped by a time limit still says what it measured).
  process.stderr.write(`${JSON.stringify({ phase: name, ...figures, rssMb: rssAfter[name] })}\n`);
  return figures;
}

let t = performance.now();
const listings = app.reader()?.listings().length ?? 0;
const openMs = round(performance.now() - t);
rssAfter.open = rssMb();
const result: Record<string, unknown> = { dataDir, listings, openMs };
if (uses.has('market'))
  result.market = await phase('market', markets, ([filters, options]) => app.market(filters, options));
if (uses.has('gap'))
  result.gap = await phase('gap', gaps, ([skills, target, filters]) => app.gap(skills, target, filters));
if (uses.has('recommend'))
  result.recommend = await phase('recommend', profiles, ([profile, k, target]) =>
    app.recommend(profile, k, target),
  );
result.peakRssMbBeforeSummaries = Math.round(
  Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1]) / 1024,
);
if (withSummaries) {
  const someListing = app.reader()!.listings()[0]!.id;
  result.summaries = await phase('summaries', [...topics, { listingId: someListing }], (subject) =>
    app.summarize(subject, { guildId: null, operator: true }),
  );
}
t = performance.now();
app.close();
Object.assign(result, {
  rssAfterMb: rssAfter,
  peakRssMb: Math.round(
    Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1]) / 1024,
  ),
  cpuS: round(cpuMs() / 1000),
  wallS: round(process.uptime()),
  loadAverage: os.loadavg().map(round),
});
if (out) fs.writeFileSync(out, `${replies.join('\n')}\n`);
process.stdout.write(`${JSON.stringify(result)}\n`);
