import { type Profile, type Recommendation, recommend as rank } from '../rag/recommend.js';
import { passesFilters } from '../rag/search.js';
import { NO_CORPUS, type NoCorpus, type ServiceDeps } from './deps.js';
import { marketFor } from './select.js';

export type RecommendResult = { kind: 'ok'; results: Recommendation[] } | NoCorpus;

export interface RecommendInput {
  profile: Profile;
  /** How many listings at most (10 unless given). */
  k?: number;
  /** Only listings this describes ("lead backend fintech"), as /ask would select them. */
  target?: string;
}

/** Listings ranked for a member's profile, each with its reasons. */
export function recommendListings(input: RecommendInput, deps: ServiceDeps): RecommendResult {
  const reader = deps.reader();
  const pool = marketFor(input.target, deps);
  if (!reader || !pool) return NO_CORPUS;
  const { profile } = input;
  const listings = profile.industry?.length
    ? pool.filter((l) => passesFilters(l, { industry: profile.industry! }, deps.pipeline))
    : pool;
  return {
    kind: 'ok',
    results: rank(listings, reader.listingSkills(), profile, deps.pipeline.gazetteer, input.k ?? 10),
  };
}
