/**
 * `tsx scripts/cold-start-probe.ts DATA_DIR`: where an answering process's cold start goes: the CPU
 * ms of each step in order (open, every listing's summary, what reads questions, the first answer,
 * the first question of three descriptive kinds) and the RSS after each, as one JSON line.
 */
import { App } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/logger.js';

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const rss = () => Math.round(process.memoryUsage().rss / 1048576);
const out: Record<string, number> = {};
let c = cpu();
const step = (name: string) => {
  const n = cpu();
  out[`${name}CpuMs`] = Math.round(n - c);
  out[`${name}RssMb`] = rss();
  c = n;
};
const app = new App(loadConfig({ ROLERADAR_DATA_DIR: process.argv[2]! }), createLogger('warn'));
const reader = app.reader()!;
step('open');
reader.listings();
step('listings');
app.engineDeps();
step('queryDepsAndPipeline');
reader.factQueries();
step('factColumns');
app.answerOffline('What skills do lead backend roles ask for most?');
step('firstAnswer');
app.answerOffline('what is the interview process like for lead roles?');
step('firstInterview');
app.answerOffline('what does a lead backend engineer do day to day?');
step('firstDuties');
app.answerOffline('do lead roles offer equity or a bonus?');
step('firstJobTerms');
process.stdout.write(`${JSON.stringify(out)}\n`);
