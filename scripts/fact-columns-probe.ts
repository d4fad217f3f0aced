/**
 * `tsx scripts/fact-columns-probe.ts CORPUS_DB [PERCENT]`: what storing the fact columns costs at
 * publish, in CPU ms: read from every skill mention (`FactIndex.columnsFromDatabase`), and carried
 * over from the columns the database stores (as a refresh's parent) with PERCENT % of the listings
 * (default 1) taken as rewritten. Both are stored as a publish stores them (`FactIndex.blobOf`);
 * prints one JSON line. CORPUS_DB (a generation's `corpus.db`) is only read.
 */
import { openDatabase } from '../src/storage/corpus/database.js';
import { FactIndex } from '../src/storage/corpus/fact-index.js';

const [file, percentArg] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx scripts/fact-columns-probe.ts CORPUS_DB [PERCENT]');
const every = Math.max(1, Math.round(100 / Number(percentArg ?? 1)));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const db = openDatabase(file, { readonly: true });
const blob = db.prepare("SELECT value FROM fact_columns WHERE name = 'listings'").pluck().get() as
  | Buffer
  | undefined;
if (!blob) throw new Error(`${file}: no stored fact columns`);
const hasIndustries = Boolean(
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'document_industries'").get(),
);
let c = cpu();
const parent = FactIndex.columnsOf(blob);
const parentMs = cpu() - c;
c = cpu();
const full = FactIndex.blobOf(FactIndex.columnsFromDatabase(db, hasIndustries));
const fullMs = cpu() - c;
const unchanged = new Set(parent.ids.filter((_, i) => i % every !== 0));
c = cpu();
const carried = FactIndex.blobOf(FactIndex.columnsFromDatabase(db, hasIndustries, { parent, unchanged }));
const carriedMs = cpu() - c;
db.close();
process.stdout.write(
  `${JSON.stringify({
    listings: parent.ids.length,
    rewritten: parent.ids.length - unchanged.size,
    parentColumnsMs: Math.round(parentMs),
    everyMentionMs: Math.round(fullMs),
    carriedMs: Math.round(carriedMs),
    bytes: [full.length, carried.length],
  })}\n`,
);
