import fs from 'node:fs';
import { z } from 'zod';
import { type Retriever, SEARCH_MODES, type SearchMode } from './search.js';

const querySchema = z.object({
  id: z.string(),
  query: z.string().min(1),
  relevant: z.array(z.string()).min(1),
  category: z.string().optional(),
  note: z.string().optional(),
});
export type EvalQuery = z.infer<typeof querySchema>;

export function loadEvalQueries(file: string): EvalQuery[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line)
    .map(([line, n]) => {
      const parsed = querySchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}, line ${n}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

export interface Metrics {
  ndcg10: number;
  recall10: number;
  mrr: number;
}

/** nDCG@10, Recall@10 and reciprocal rank of one ranking against binary relevance judgments. */
export function scoreRanking(ranked: string[], relevant: ReadonlySet<string>): Metrics {
  const top = ranked.slice(0, 10);
  let dcg = 0;
  top.forEach((id, i) => {
    if (relevant.has(id)) dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(10, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  const firstHit = ranked.findIndex((id) => relevant.has(id));
  return {
    ndcg10: ideal === 0 ? 0 : dcg / ideal,
    recall10: relevant.size === 0 ? 0 : top.filter((id) => relevant.has(id)).length / relevant.size,
    mrr: firstHit < 0 ? 0 : 1 / (firstHit + 1),
  };
}

export interface EvalReport {
  queries: number;
  modes: Record<SearchMode, Metrics>;
  perQuery: Array<{ id: string; query: string; category?: string | undefined } & Record<SearchMode, Metrics>>;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Runs every query in every mode and averages the metrics. */
export async function evaluate(
  retriever: Retriever,
  queries: EvalQuery[],
  modes: readonly SearchMode[] = SEARCH_MODES,
): Promise<EvalReport> {
  const perQuery: EvalReport['perQuery'] = [];
  const sums = Object.fromEntries(modes.map((m) => [m, { ndcg10: 0, recall10: 0, mrr: 0 }])) as Record<
    SearchMode,
    Metrics
  >;
  for (const q of queries) {
    const relevant = new Set(q.relevant);
    const row = { id: q.id, query: q.query, category: q.category } as EvalReport['perQuery'][number];
    for (const mode of modes) {
      const { hits } = await retriever.search(q.query, { mode, k: 10, perCompany: 10 });
      const m = scoreRanking(
        hits.map((h) => h.listingId),
        relevant,
      );
      row[mode] = { ndcg10: round(m.ndcg10), recall10: round(m.recall10), mrr: round(m.mrr) };
      sums[mode].ndcg10 += m.ndcg10;
      sums[mode].recall10 += m.recall10;
      sums[mode].mrr += m.mrr;
    }
    perQuery.push(row);
  }
  const n = Math.max(1, queries.length);
  const averaged = Object.fromEntries(
    modes.map((m) => [
      m,
      {
        ndcg10: round(sums[m].ndcg10 / n),
        recall10: round(sums[m].recall10 / n),
        mrr: round(sums[m].mrr / n),
      },
    ]),
  ) as Record<SearchMode, Metrics>;
  return { queries: queries.length, modes: averaged, perQuery };
}
