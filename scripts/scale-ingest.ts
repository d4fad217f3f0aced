/**
 * `tsx scripts/scale-ingest.ts N DIR`: the ingest step of the listing-scale benchmark alone: N
 * listings from its generator (`ListingGenerator`, the embedded corpus recombined) written to
 * `DIR/generated-0.jsonl` and ingested from nothing with the embedded corpus into `DIR/s` (no
 * refresh, no serving figures). What `scale-replicate.ts DIR/s FACTOR OUT` copies into a larger
 * generation. DIR must be empty or absent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { App } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/logger.js';
import { writeSources } from '../src/storage/state/sources-file.js';
import { ListingGenerator, writeJsonl } from './scale-bench.js';

const [countArg, rootArg] = process.argv.slice(2);
const n = Number(countArg);
if (!rootArg || !Number.isInteger(n) || n < 1) throw new Error('usage: tsx scripts/scale-ingest.ts N DIR');
const root = path.resolve(rootArg);
if (fs.existsSync(root) && fs.readdirSync(root).length) throw new Error(`${root}: not empty`);
fs.mkdirSync(root, { recursive: true });
const embedded = new App(
  loadConfig({ ROLERADAR_DATA_DIR: path.join(root, 'embedded') }),
  createLogger('warn'),
);
await embedded.ingest({ sources: [], embedded: true });
const generator = new ListingGenerator(embedded);
embedded.close();
const file = path.join(root, 'generated-0.jsonl');
writeJsonl(
  file,
  (function* () {
    for (let i = 0; i < n; i++) yield generator.listing(i, 0);
  })(),
);
const config = loadConfig({ ROLERADAR_DATA_DIR: path.join(root, 's') });
fs.mkdirSync(path.join(root, 's'), { recursive: true });
writeSources(config.sources.file, {
  sources: [{ kind: 'file', name: 'generated-0', path: file }],
  retired: [],
});
const t = performance.now();
const app = new App(config, createLogger('warn'));
const report = await app.ingest({ sources: [], embedded: true, configured: true });
app.close();
process.stdout.write(
  `${JSON.stringify({ status: report.status, counts: report.counts, ingestS: Math.round((performance.now() - t) / 100) / 10 })}\n`,
);
