import type { SearchHit } from '../rag/search.js';
import type { ListingDetail } from '../storage/corpus/corpus-reader.js';
import { NO_CORPUS, type NoCorpus, type ServiceDeps } from './deps.js';

export type SimilarResult =
  | { kind: 'ok'; seeds: ListingDetail[]; similar: SearchHit[] }
  /** None of the given ids is a listing of the serving corpus. */
  | { kind: 'no_seed' }
  | NoCorpus;

/**
 * Listings like the given ones (those an answer cites, say): retrieval on their titles and
 * skills, the given listings themselves left out. At most three seeds and six results.
 */
export async function similarListings(
  listingIds: readonly string[],
  deps: ServiceDeps,
): Promise<SimilarResult> {
  const reader = deps.reader();
  const retriever = deps.retriever();
  if (!reader || !retriever) return NO_CORPUS;
  const seeds = listingIds
    .map((id) => reader.listing(id))
    .filter((l) => l !== null)
    .slice(0, 3);
  if (!seeds.length) return { kind: 'no_seed' };
  const query = seeds.map((l) => `${l.title} ${l.skills.slice(0, 6).join(' ')}`).join(' ');
  const { hits } = await retriever.search(query, { k: 8 + seeds.length });
  const seen = new Set(seeds.map((l) => l.id));
  const similar = hits.filter((h) => !seen.has(h.listingId) && h.kind === 'listing').slice(0, 6);
  return { kind: 'ok', seeds, similar };
}
