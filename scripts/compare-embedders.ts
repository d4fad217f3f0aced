/**
 * `npx tsx scripts/compare-embedders.ts`: builds the embedded corpus once per local embedder and
 * prints the evaluation of each (JSON), the measurement behind the default in docs/RETRIEVAL.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { App } from '../src/app.js';
import { loadConfig, PROJECT_ROOT } from '../src/config/config.js';
import { createLogger } from '../src/logger.js';
import { LOCAL_EMBEDDING_KINDS } from '../src/rag/embed/local-embeddings.js';
import { evaluate, loadEvalQueries } from '../src/rag/evaluate.js';

const queries = loadEvalQueries(path.join(PROJECT_ROOT, 'data/eval/queries.jsonl'));
const out: Record<string, unknown> = {};
for (const kind of LOCAL_EMBEDDING_KINDS) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roleradar-cmp-'));
  try {
    const app = new App(
      loadConfig({ ROLERADAR_DATA_DIR: dataDir, ROLERADAR_LOCAL_EMBEDDING: kind }),
      createLogger('warn'),
    );
    const t = performance.now();
    await app.ingest({ sources: [], embedded: true });
    const ingestMs = Math.round(performance.now() - t);
    const report = await evaluate(app.retriever()!, queries);
    const byCategory: Record<string, { n: number; hybrid: number; dense: number; bm25: number }> = {};
    for (const q of report.perQuery) {
      const key = q.category ?? 'other';
      byCategory[key] ??= { n: 0, hybrid: 0, dense: 0, bm25: 0 };
      const c = byCategory[key];
      c.n++;
      c.hybrid += q.hybrid.ndcg10;
      c.dense += q.dense.ndcg10;
      c.bm25 += q.bm25.ndcg10;
    }
    for (const c of Object.values(byCategory)) {
      c.hybrid = Math.round((c.hybrid / c.n) * 1000) / 1000;
      c.dense = Math.round((c.dense / c.n) * 1000) / 1000;
      c.bm25 = Math.round((c.bm25 / c.n) * 1000) / 1000;
    }
    out[kind] = { ingestMs, ...report.modes, byCategoryNdcg10: byCategory };
    app.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
process.stdout.write(`${JSON.stringify({ queries: queries.length, embedders: out }, null, 2)}\n`);
