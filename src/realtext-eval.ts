import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { App } from './app.js';
import type { AppConfig } from './config/config.js';
import type { Log } from './logger.js';
import {
  type FactsReport,
  type IndustryReport,
  loadRealTextSets,
  type RetrievalReport,
  type SkillsReport,
  scoreFacts,
  scoreIndustries,
  scoreRetrieval,
  scoreSkills,
} from './rag/realtext.js';

export const SKILLSPAN_FILES = ['train.json', 'dev.json'] as const;

export interface RealTextSetReport {
  set: 'tuned' | 'holdout';
  skills: SkillsReport | null;
  /** Over the real postings alone: hybrid, dense, bm25 and the plain-BM25 baseline. */
  retrieval: RetrievalReport | null;
  /** The same questions over the embedded listings and the real postings together. */
  mixed: RetrievalReport | null;
  facts: FactsReport | null;
  /** The industry fact against the key's industries (postings the reader labelled). */
  industry: IndustryReport | null;
}

export interface RealTextReport {
  skillspanDir: string;
  postings: number;
  mixedListings: number;
  sets: RealTextSetReport[];
}

/**
 * Builds two throw-away corpora in a temporary folder (the real postings alone, and the embedded
 * listings with the real postings) and scores every real-text set in `<corpusDir>/eval/realtext`
 * on them. The folder is removed afterwards; the member's own data directory is never touched.
 */
export async function runRealTextEval(
  config: AppConfig,
  log: Log,
  options: { skillspanDir: string; mixed?: boolean; keysDir?: string; only?: 'tuned' | 'holdout' },
): Promise<RealTextReport> {
  const files = SKILLSPAN_FILES.map((f) => path.join(options.skillspanDir, f)).filter((f) =>
    fs.existsSync(f),
  );
  if (files.length === 0)
    throw new Error(
      `No SkillSpan postings in ${options.skillspanDir} (expected ${SKILLSPAN_FILES.join(' and ')}); pass --skillspan <dir>`,
    );
  const sets = loadRealTextSets(options.keysDir ?? path.join(config.corpusDir, 'eval', 'realtext')).filter(
    (s) => !options.only || s.name === options.only,
  );
  if (sets.length === 0)
    throw new Error(`No real-text evaluation files in ${config.corpusDir}/eval/realtext`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'roleradar-realtext-'));
  try {
    const build = async (name: string, embedded: boolean) => {
      const app = new App({ ...config, dataDir: path.join(root, name) }, log);
      if (embedded) {
        const base = await app.ingest({ sources: [], embedded: true });
        if (base.status !== 'published')
          throw new Error(`Could not build the embedded corpus: ${base.message}`);
      }
      const report = await app.ingest({ sources: files, embedded: false });
      if (report.status !== 'published')
        throw new Error(`Could not ingest the real postings: ${report.message}`);
      return app;
    };
    const real = await build('real', false);
    const mixed = options.mixed === false ? null : await build('mixed', true);
    const reader = real.reader()!;
    const retriever = real.retriever()!;
    const listings = new Map(reader.listings().map((l) => [l.id, l]));
    const out: RealTextSetReport[] = [];
    for (const set of sets) {
      out.push({
        set: set.name,
        skills: set.skills ? scoreSkills(set.skills, listings, real.pipeline.taxonomy) : null,
        retrieval: set.queries ? await scoreRetrieval(retriever, reader, set.queries) : null,
        mixed:
          set.queries && mixed
            ? await scoreRetrieval(mixed.retriever()!, mixed.reader()!, set.queries, ['hybrid', 'plain-bm25'])
            : null,
        facts: set.facts ? scoreFacts(set.facts, listings, real.pipeline.gazetteer) : null,
        industry: set.facts ? scoreIndustries(set.facts, listings, real.pipeline.industries) : null,
      });
    }
    const report: RealTextReport = {
      skillspanDir: options.skillspanDir,
      postings: listings.size,
      mixedListings: mixed?.reader()?.listings().length ?? 0,
      sets: out,
    };
    real.close();
    mixed?.close();
    return report;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** A few lines per set for the terminal. */
export function formatRealTextReport(report: RealTextReport): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [`Real postings: ${report.postings} (mixed corpus: ${report.mixedListings} listings)`];
  for (const s of report.sets) {
    lines.push(`\n[${s.set}]`);
    if (s.skills)
      lines.push(
        `skills (${s.skills.postings} postings): precision ${f(s.skills.precision)}  recall ${f(s.skills.recall)}  unmapped key names ${s.skills.unmapped.length}`,
      );
    if (s.retrieval) {
      lines.push(`retrieval (${s.retrieval.queries} questions), nDCG@10 all / plain / reworded, R@10, MRR:`);
      for (const [mode, m] of Object.entries(s.retrieval.modes))
        lines.push(
          `  ${mode.padEnd(10)} ${f(m.all.ndcg10)} / ${f(m.plain.ndcg10)} / ${f(m.reworded.ndcg10)}  R@10 ${f(m.all.recall10)}  MRR ${f(m.all.mrr)}`,
        );
    }
    if (s.mixed)
      for (const [mode, m] of Object.entries(s.mixed.modes))
        lines.push(
          `  mixed ${mode.padEnd(10)} ${f(m.all.ndcg10)} / ${f(m.plain.ndcg10)} / ${f(m.reworded.ndcg10)}  R@10 ${f(m.all.recall10)}`,
        );
    if (s.facts)
      lines.push(
        `facts (${s.facts.postings} postings): ${Object.entries(s.facts.accuracy)
          .map(([k, v]) => `${k} ${f(v)}`)
          .join(
            '  ',
          )}${s.industry ? `  industry ${f(s.industry.primary)} (of ${s.industry.postings} labelled)` : ''}`,
      );
  }
  return lines.join('\n');
}
