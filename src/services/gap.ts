import { type GapReport, skillGap } from '../rag/gap.js';
import { passesFilters, type SearchFilters } from '../rag/search.js';
import { NO_CORPUS, type NoCorpus, type ServiceDeps } from './deps.js';
import { marketFor } from './select.js';

export type GapResult = { kind: 'ok'; report: GapReport } | NoCorpus;

export interface GapInput {
  /** The member's skills, canonical names. */
  skills: string[];
  /** The market in words ("lead backend fintech"); every listing when absent. */
  target?: string;
  /** Narrow the whole corpus first (an industry, say). */
  filters?: SearchFilters;
}

/** The skill gap between a member and a target market. */
export function skillGapFor(input: GapInput, deps: ServiceDeps): GapResult {
  const reader = deps.reader();
  const market = marketFor(input.target, deps);
  if (!reader || !market) return NO_CORPUS;
  const filters = input.filters ?? {};
  const selected = market.filter((l) => passesFilters(l, filters, deps.pipeline));
  return {
    kind: 'ok',
    report: skillGap(
      selected,
      reader.listingSkills(),
      input.skills,
      input.target ?? null,
      deps.pipeline.taxonomy,
    ),
  };
}
