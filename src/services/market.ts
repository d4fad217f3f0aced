import { type MarketReport, marketReport } from '../rag/market.js';
import type { SearchFilters } from '../rag/search.js';
import { NO_CORPUS, type NoCorpus, type ServiceDeps } from './deps.js';
import { marketFor } from './select.js';

export type MarketResult = { kind: 'ok'; report: MarketReport; generation: string } | NoCorpus;

export interface MarketInput {
  filters?: SearchFilters;
  /** A kind of role in words ("lead backend fintech"): only the listings it describes. */
  target?: string;
  topSkills?: number;
  topLocations?: number;
}

/**
 * The market in numbers (skill demand, years, posted pay, work mode, places) for the listings
 * that pass the filters, over every matching listing.
 */
export function market(input: MarketInput, deps: ServiceDeps): MarketResult {
  const reader = deps.reader();
  const listings = marketFor(input.target, deps);
  if (!reader || !listings) return NO_CORPUS;
  const report = marketReport(
    listings,
    reader.listingSkills(),
    {
      filters: input.filters ?? {},
      target: input.target ?? null,
      ...(input.topSkills ? { topSkills: input.topSkills } : {}),
      ...(input.topLocations ? { topLocations: input.topLocations } : {}),
    },
    deps.pipeline,
  );
  return { kind: 'ok', report, generation: reader.generation.id };
}
