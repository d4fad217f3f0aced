import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { type EvalReport, evaluate, loadEvalQueries, scoreRanking } from '../../src/rag/evaluate.js';
import { ingestedApp } from '../support/ingested.js';

let report: EvalReport;

beforeAll(async () => {
  const { app } = await ingestedApp();
  report = await evaluate(
    app.retriever()!,
    loadEvalQueries(path.join(PROJECT_ROOT, 'data/eval/queries.jsonl')),
  );
}, 120_000);

describe('retrieval quality on data/eval/queries.jsonl', () => {
  test('has at least 60 judged queries', () => {
    expect(report.queries).toBeGreaterThanOrEqual(60);
  });

  // Measured with `npm run eval` on 2026-12-04 (docs/RETRIEVAL.md): hybrid nDCG@10 0.863,
  // Recall@10 0.871, MRR 0.939; bm25 0.856, dense 0.827. The floor leaves a little room for
  // platform float differences.
  test('hybrid does not regress below the measured numbers', () => {
    expect(report.modes.hybrid.ndcg10).toBeGreaterThanOrEqual(0.85);
    expect(report.modes.hybrid.recall10).toBeGreaterThanOrEqual(0.86);
    expect(report.modes.hybrid.mrr).toBeGreaterThanOrEqual(0.92);
  });

  test('hybrid beats either retriever alone', () => {
    expect(report.modes.hybrid.ndcg10).toBeGreaterThan(report.modes.bm25.ndcg10);
    expect(report.modes.hybrid.ndcg10).toBeGreaterThan(report.modes.dense.ndcg10);
  });
});

describe('scoreRanking', () => {
  test('perfect, partial and empty rankings', () => {
    expect(scoreRanking(['a', 'b'], new Set(['a', 'b']))).toEqual({ ndcg10: 1, recall10: 1, mrr: 1 });
    const partial = scoreRanking(['x', 'a'], new Set(['a', 'b']));
    expect(partial.mrr).toBe(0.5);
    expect(partial.recall10).toBe(0.5);
    expect(partial.ndcg10).toBeCloseTo(1 / Math.log2(3) / (1 + 1 / Math.log2(3)), 6);
    expect(scoreRanking([], new Set(['a']))).toEqual({ ndcg10: 0, recall10: 0, mrr: 0 });
  });
});
