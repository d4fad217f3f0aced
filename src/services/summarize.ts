import { isOnTopic, MAX_QUESTION_CHARS } from '../rag/answer/ask.js';
import { normalizeLine } from '../rag/normalize.js';
import { passesFilters, type SearchFilters } from '../rag/search.js';
import { type RoleSummary, summarizeListing, summarizeTopic } from '../rag/summary.js';
import type { ListingDetail } from '../storage/corpus/corpus-reader.js';
import type { NoteScope } from '../storage/state/mentor-notes.js';
import { NO_CORPUS, type NoCorpus, type ServiceDeps } from './deps.js';
import { selectionFor } from './select.js';

export type SummarySubject = { listingId: string } | { topic: string; industry?: string[] };

export type SummaryResult =
  | { kind: 'ok'; summary: RoleSummary }
  /** No listing has that id. */
  | { kind: 'not_found' }
  /** The topic is off RoleRadar's subject or matches nothing. */
  | { kind: 'not_covered' }
  | NoCorpus;

/**
 * A role summary for mentors: of one listing, or of a topic across the listings that match it.
 * Only the mentor notes `scope` may see are cited (a note of another server never is).
 */
export async function summarize(
  subject: SummarySubject,
  scope: NoteScope,
  deps: ServiceDeps,
): Promise<SummaryResult> {
  const reader = deps.reader();
  const retriever = deps.retriever();
  if (!reader || !retriever) return NO_CORPUS;
  // The baseline a role is compared with: every open listing's facts and skill columns, no text.
  const corpus = reader.listings();
  const skills = reader.listingSkills();
  const notes = deps.notes();
  if ('listingId' in subject) {
    const listing = reader.listing(subject.listingId);
    if (!listing) return { kind: 'not_found' };
    const guides = (
      await retriever.search(`${listing.seniority} ${listing.title}`, { k: 1, documents: 'guides' })
    ).hits;
    const summary = summarizeListing(listing, {
      generation: reader.generation.id,
      corpus,
      skills,
      guides,
      notes: await notes.list(scope, { listingId: listing.id, limit: 3 }),
    });
    return { kind: 'ok', summary };
  }
  const topic = normalizeLine(subject.topic).slice(0, MAX_QUESTION_CHARS);
  const filters: SearchFilters = subject.industry?.length ? { industry: subject.industry } : {};
  const plan = retriever.understand(topic);
  // Every listing the topic's filters select (not a top-k sample), best match to the topic first.
  const selection = selectionFor(topic, deps);
  const selected = new Set(
    (selection?.listings ?? []).filter((l) => passesFilters(l, filters, deps.pipeline)).map((l) => l.id),
  );
  // A topic the planner reads a filter from ("healthtech") is on topic, whatever its words.
  if ((!isOnTopic(topic, plan) && !selection?.applied.length) || selected.size === 0)
    return { kind: 'not_covered' };
  const { hits } = await retriever.search(topic, { k: 100, perCompany: 100, filters });
  const ranked = hits.map((h) => h.listingId).filter((id) => selected.has(id));
  // Only the selected listings are read in full (text and sections), one by one.
  const listings = [...new Set([...ranked, ...selected])]
    .map((id) => reader.listing(id))
    .filter((l): l is ListingDetail => l !== null);
  const guides = (await retriever.search(topic, { k: 2, documents: 'guides' })).hits;
  const summary = summarizeTopic(topic, listings, {
    generation: reader.generation.id,
    corpus,
    skills,
    guides,
    notes: await notes.search(scope, topic, 3, 2),
    applied: [
      ...(selection?.applied ?? []),
      ...(filters.industry ? [`industry ${filters.industry.join(' or ')}`] : []),
    ],
  });
  return { kind: 'ok', summary };
}
