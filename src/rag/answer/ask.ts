import type { CorpusReader, ListingDetail } from '../../storage/corpus-reader.js';
import { normalizeLine } from '../normalize.js';
import type { QueryPlan } from '../query.js';
import type { Retriever } from '../search.js';
import type { ModelSource } from './model.js';
import { type AnswerResult, CitationBook, classifyQuestion, composeOfflineAnswer } from './offline.js';

/** Questions are cut to this length before retrieval or any model sees them. */
export const MAX_QUESTION_CHARS = 500;

// Words that put a question on RoleRadar's topic: jobs, roles, skills, pay, careers.
const ON_TOPIC =
  /\b(?:jobs?|roles?|positions?|openings?|engineers?|engineering|developers?|backend|back-end|lead|leads|leading|tech lead|hiring|hire|salar(?:y|ies)|pay|paid|comp|compensation|interviews?|career|skills?|stack|experience|years|team|compan(?:y|ies)|listings?|postings?|remote|hybrid|on-?site|office|mentor\w*|manager|staff|principal|senior|offers?|recruit\w*|resume|cv|require\w*|need|ask for|technolog\w*|languages?|frameworks?|on-?call|visa|relocat\w*)\b/i;

export const NOT_COVERED_MESSAGE =
  'I can only answer from the job listings and role guides in my corpus: what Lead Backend Engineer roles (and senior, staff, principal and manager roles around them) ask for, how common a skill is, posted pay, remote and location, and what one listing says. Try /search, or ask e.g. “what do lead backend roles in fintech require?”';

/** Whether a question is about jobs and careers at all (a skill, a level, work mode or job words). */
export function isOnTopic(question: string, plan: QueryPlan): boolean {
  return (
    plan.skills.length > 0 ||
    plan.seniority !== undefined ||
    plan.remote !== undefined ||
    ON_TOPIC.test(question)
  );
}

export interface AskDeps {
  retriever: Retriever;
  reader: CorpusReader;
}

/**
 * Answers a member's question from the corpus, offline: retrieve, recognise the kind of question,
 * compose a short structured answer whose every claim cites a retrieved listing or guide.
 */
export async function askOffline(
  rawQuestion: string,
  deps: AskDeps,
): Promise<AnswerResult & { sources?: ModelSource[]; question?: string }> {
  const question = normalizeLine(rawQuestion).slice(0, MAX_QUESTION_CHARS);
  const generation = deps.reader.generation.id;
  const notCovered = (answer = NOT_COVERED_MESSAGE): AnswerResult => ({
    kind: 'not_covered',
    answer,
    citations: [],
    mode: 'offline',
    generation,
  });
  if (question.length < 3) return notCovered();

  const { plan, hits } = await deps.retriever.search(question, { k: 15, perCompany: 3 });
  if (!isOnTopic(question, plan) || hits.length === 0) return notCovered();
  const guides = (await deps.retriever.search(question, { k: 3, documents: 'guides' })).hits;

  // A question about one listing names its id or its company.
  const titles = deps.reader.listingTitles();
  const lower = question.toLowerCase();
  const aboutOne = /\b(?:listing|posting|this job|the job|role at|job at|position at|about|at)\b/.test(lower);
  const named =
    titles.find((t) => lower.includes(t.id)) ??
    titles.find(
      (t) =>
        t.company.length >= 4 && new RegExp(`\\b${escapeRegExp(t.company.toLowerCase())}\\b`).test(lower),
    ) ??
    // "the Ymir listing": the company's distinctive first word, when the question is about one listing.
    (aboutOne
      ? titles.find(
          (t) =>
            distinctiveWord(t.company) !== null &&
            new RegExp(`\\b${escapeRegExp(distinctiveWord(t.company)!)}\\b`).test(lower),
        )
      : undefined);
  let listings: ListingDetail[] = hits
    .map((h) => deps.reader.listing(h.listingId))
    .filter((l): l is ListingDetail => l !== null);
  if (named) {
    const listing = deps.reader.listing(named.id);
    if (listing) listings = [listing, ...listings.filter((l) => l.id !== listing.id)];
  }

  // A place the question insists on, with no listing there, is beyond the corpus.
  if (!named && (plan.countries.length || plan.regions.length)) {
    const inPlace = listings.filter((l) =>
      l.locations.some(
        (p) =>
          (p.country && plan.countries.includes(p.country)) || (p.region && plan.regions.includes(p.region)),
      ),
    );
    if (inPlace.length === 0) {
      return notCovered(
        `None of the listings in my corpus is in ${[...plan.countries, ...plan.regions].join(' or ')}, so I can't answer that from them. ${NOT_COVERED_MESSAGE}`,
      );
    }
    listings = [...inPlace, ...listings.filter((l) => !inPlace.includes(l))].slice(
      0,
      Math.max(inPlace.length, 5),
    );
  }

  const retrieved = new Map<string, { title: string; company: string; url: string }>();
  for (const l of listings) retrieved.set(l.id, { title: l.title, company: l.company, url: l.url });
  for (const g of guides)
    retrieved.set(g.listingId, { title: g.title, company: 'RoleRadar guide', url: g.url });
  const book = new CitationBook(retrieved);
  const kind = classifyQuestion(question, plan, Boolean(named));
  const corpus = kind === 'comparison' || kind === 'skill_frequency' ? deps.reader.allListingDetails() : [];
  const answer = composeOfflineAnswer({ question, plan, listings, guides, corpus, kind, book });
  // What a model may read: the best passages of the leading listings and guides, numbered.
  const passagesById = new Map(hits.map((h) => [h.listingId, h.passages]));
  const sources: ModelSource[] = [];
  for (const l of listings.slice(0, 8)) {
    const passages =
      passagesById
        .get(l.id)
        ?.slice(0, 2)
        .map((p) => p.text) ?? l.sections.slice(0, 2).map((p) => p.text);
    const pay = l.salary
      ? `pay ${l.salary.min}-${l.salary.max} ${l.salary.currency} per ${l.salary.period}`
      : 'pay not posted';
    const facts = `Facts: ${l.location}; ${l.remote}; level ${l.seniority}; ${l.yearsMin !== null ? `${l.yearsMin}+ years; ` : ''}${pay}; skills: ${l.skills.slice(0, 12).join(', ')}`;
    sources.push({
      n: sources.length + 1,
      id: l.id,
      kind: 'listing',
      title: l.title,
      company: l.company,
      url: l.url,
      text: `${facts}\n${passages.join('\n')}`.slice(0, 2500),
    });
  }
  for (const g of guides.slice(0, 2)) {
    sources.push({
      n: sources.length + 1,
      id: g.listingId,
      kind: 'guide',
      title: g.title,
      company: 'RoleRadar guide',
      url: g.url,
      text: g.passages
        .map((p) => p.text)
        .join('\n')
        .slice(0, 2500),
    });
  }
  return {
    kind: 'answered',
    answer,
    citations: book.list(),
    mode: 'offline',
    generation,
    questionKind: kind,
    sources,
    question,
  };
}

const GENERIC = new Set([
  'the',
  'data',
  'health',
  'labs',
  'systems',
  'digital',
  'cloud',
  'group',
  'global',
  'tech',
  'bank',
  'games',
  'energy',
  'software',
  'solutions',
  'studio',
  'works',
  'open',
  'public',
  'smart',
  'north',
  'south',
  'east',
  'west',
  'first',
  'blue',
  'green',
  'red',
]);
function distinctiveWord(company: string): string | null {
  const first = company.toLowerCase().match(/[\p{L}\p{N}]+/u)?.[0];
  return first && first.length >= 4 && !GENERIC.has(first) ? first : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
