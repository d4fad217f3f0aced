import type { QueryPlan } from '../rag/query.js';
import type { SearchFilters, SearchHit, SearchMode } from '../rag/search.js';
import type { ListingDetail } from '../storage/corpus/corpus-reader.js';
import { NO_CORPUS, type NoCorpus, type ServiceDeps } from './deps.js';

export interface SearchInput {
  query: string;
  k: number;
  filters?: SearchFilters;
  mode?: SearchMode;
  documents?: 'listings' | 'guides' | 'all';
}

export type SearchResults =
  | {
      kind: 'ok';
      hits: SearchHit[];
      /** How the query was read: skills, level, place, corrected spellings. */
      plan: QueryPlan;
      /** The stored listing behind each hit that is one (guides have none). */
      listings: Map<string, ListingDetail>;
      generation: string;
    }
  | NoCorpus;

/** Listings (or guides) for a question in a member's own words, with filters. */
export async function searchListings(input: SearchInput, deps: ServiceDeps): Promise<SearchResults> {
  const reader = deps.reader();
  const retriever = deps.retriever();
  if (!reader || !retriever) return NO_CORPUS;
  const { hits, plan } = await retriever.search(input.query, {
    k: input.k,
    filters: input.filters ?? {},
    ...(input.mode ? { mode: input.mode } : {}),
    ...(input.documents ? { documents: input.documents } : {}),
  });
  const listings = new Map<string, ListingDetail>();
  for (const hit of hits) {
    const listing = reader.listing(hit.listingId);
    if (listing) listings.set(hit.listingId, listing);
  }
  return { kind: 'ok', hits, plan, listings, generation: reader.generation.id };
}
