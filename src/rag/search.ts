import type { Embeddings } from '@langchain/core/embeddings';
import { stemmer } from 'stemmer';
import type { CorpusReader, ListingSummary } from '../storage/corpus/corpus-reader.js';
import type { ChunkRow, CorpusSearchIndex } from '../storage/corpus/search-index.js';
import { skillSlug } from './analyze.js';
import type { Region } from './extract/locations.js';
import type { Seniority } from './extract/seniority.js';
import type { RemotePolicy } from './extract/work-terms.js';
import { type QueryDeps, type QueryPlan, understandQuery } from './query.js';
import type { VectorIndex } from './vector-index.js';

export const SEARCH_MODES = ['hybrid', 'bm25', 'dense'] as const;
export type SearchMode = (typeof SEARCH_MODES)[number];

/** Hard filters: a listing that fails one is never returned. */
export interface SearchFilters {
  remote?: Exclude<RemotePolicy, 'unknown'>[];
  /** A country, city or region ("Germany", "Berlin", "europe"); remote listings open to it pass too. */
  location?: string;
  seniority?: Seniority[];
  /** Every one of these canonical skills (aliases resolved by the caller). */
  skills?: string[];
  /** Listings with a posted range whose top reaches this amount (in their own currency; optionally one currency). */
  minSalary?: { amount: number; currency?: string };
  postedAfter?: string;
  company?: string;
  source?: string;
  /** Listings in any of these industries or an industry under them ("fintech" takes payments too). */
  industry?: string[];
}

export interface SearchOptions {
  k?: number;
  mode?: SearchMode;
  filters?: SearchFilters;
  /** Listings only (default), guides only, or both. */
  documents?: 'listings' | 'guides' | 'all';
  /** At most this many results from one company in the first page (default 2). */
  perCompany?: number;
}

export interface Passage {
  chunkId: number;
  heading: string | null;
  text: string;
}

export interface SearchHit {
  listingId: string;
  kind: 'listing' | 'guide';
  chunkId: number;
  score: number;
  title: string;
  company: string;
  snippet: string;
  url: string;
  /** The best passages of this document for the query, best first (at most 3). */
  passages: Passage[];
}

export interface SearchResult {
  plan: QueryPlan;
  hits: SearchHit[];
}

/** What the retriever keeps in memory per open chunk: its document (the text is read from SQLite when shown). */

const RRF_K = 60;
// Measured on data/eval/queries.jsonl (docs/RETRIEVAL.md): the dense list is the weaker
// signal, so it counts half in the fusion; a fact the question asks for (level, place, work mode)
// doubles a listing's score and a contradicted one halves it.
const DENSE_WEIGHT = 0.5;
const STRONG = 2;
const WEAK = 0.5;
const CITY = 1.5;
const UNKNOWN = 0.9;
const BM25_CANDIDATES = 100;
// Listings admitted by their facts alone (neither list reached them), at most.
const FACT_CANDIDATES = 500;
const DENSE_CANDIDATES = 200;
// Hybrid only: the dense query is moved towards the best FEEDBACK_PASSAGES full-text passages,
// which together weigh FEEDBACK_WEIGHT times the question's own (unit) vector.
const FEEDBACK_PASSAGES = 5;
const FEEDBACK_WEIGHT = 2;

type SearchDocuments = NonNullable<SearchOptions['documents']>;

/** One ranked list of chunks (full text or vectors) and its weight in the fusion. */
interface RankedList {
  weight: number;
  hits: Array<{ chunkId: number; score: number }>;
}

/** Reciprocal rank fusion's result, and what the passages shown are chosen from. */
interface Fusion {
  /** Each document's fused score. */
  fused: Map<string, number>;
  /** Each chunk's fused score. */
  chunkScores: Map<number, number>;
  /** Each document's chunks found, in the order found. */
  chunksOf: Map<string, number[]>;
  /** What a document missing from a list gets from it: the score of the rank just past its end. */
  floors: Array<{ docs: Map<string, number>; floor: number }>;
}

/**
 * Hybrid retrieval over one generation: BM25 from FTS5 and nearest neighbours from the hnswlib
 * index, fused by reciprocal rank at the document level, then boosted by what the question asks
 * for (skills, work mode, level, place, pay), filtered, and spread across companies.
 */
export class Retriever {
  private readonly listingsById: Map<string, ListingSummary>;
  private readonly documentKinds: Map<
    string,
    { kind: 'listing' | 'guide'; title: string; company: string; url: string }
  >;
  /** The SQL of retrieval (storage/corpus/search-index.ts). */
  private readonly index: CorpusSearchIndex;
  /**
   * The open document of each chunk, by chunk id (an index into `documentIds`, -1 for none): a
   * typed array rather than a map of rows, ~4 bytes a chunk (570,000 chunks at 100,000 listings).
   */
  private readonly chunkDocument: Int32Array;
  private readonly documentIds: string[] = [];
  /** Stemmed terms in more than half the chunks (no weight in BM25). */
  private readonly commonTerms: ReadonlySet<string>;
  private readonly firstChunk = new Map<string, ChunkRow>();
  private readonly placesOf = new Map<string, BoostPlace[]>();

  private vectorCache: VectorIndex | null | undefined;
  private readonly vectorSource: VectorIndex | null | (() => VectorIndex | null);

  /** The vector index, read on first use when given as a loader. */
  private get vectors(): VectorIndex | null {
    if (this.vectorCache === undefined)
      this.vectorCache = typeof this.vectorSource === 'function' ? this.vectorSource() : this.vectorSource;
    return this.vectorCache;
  }

  constructor(
    reader: CorpusReader,
    /** The generation's vector index, or a loader that reads it on the first dense search. */
    vectors: VectorIndex | null | (() => VectorIndex | null),
    private readonly embeddings: (Embeddings & { embedSync?: (text: string) => number[] }) | null,
    private readonly queryDeps: QueryDeps,
    /** Stemmed terms in more than half the chunks, when the caller already read them (one vocabulary scan). */
    commonTerms?: ReadonlySet<string>,
  ) {
    this.vectorSource = vectors;
    this.index = reader.searchIndex();
    this.listingsById = new Map(reader.listings().map((l) => [l.id, l]));
    this.documentKinds = new Map(
      this.index
        .openDocuments()
        .map((d) => [d.id, { kind: d.kind, title: d.title, company: d.company ?? '', url: d.url ?? '' }]),
    );
    this.chunkDocument = new Int32Array(this.index.maxChunkId() + 1).fill(-1);
    const documentIndex = new Map<string, number>();
    // Closed listings stay in the database for history but are never retrieved.
    for (const [id, documentId] of this.index.openChunkDocuments()) {
      let doc = documentIndex.get(documentId);
      if (doc === undefined) {
        doc = this.documentIds.length;
        this.documentIds.push(documentId);
        documentIndex.set(documentId, doc);
      }
      this.chunkDocument[id] = doc;
      const seen = this.firstChunk.get(documentId);
      if (!seen || id < seen.id) this.firstChunk.set(documentId, { id, document_id: documentId });
    }
    for (const l of this.listingsById.values()) this.placesOf.set(l.id, boostPlaces(l, queryDeps));
    this.commonTerms = commonTerms ?? this.index.commonTerms();
  }

  /** Runs the whole pipeline; synchronous when the embedder can embed synchronously (the local one). */
  async search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    const plan = understandQuery(query, this.queryDeps);
    const mode = options.mode ?? 'hybrid';
    let vector: number[] | null = null;
    if (mode !== 'bm25' && this.embeddings && this.vectors) {
      vector = this.embeddings.embedSync
        ? this.embeddings.embedSync(denseQueryText(plan))
        : await this.embeddings.embedQuery(denseQueryText(plan));
    }
    return { plan, hits: this.rank(plan, vector, options) };
  }

  /** What the search layer reads out of a question (skills, level, places…), without searching. */
  understand(query: string): QueryPlan {
    return understandQuery(query, this.queryDeps);
  }

  /**
   * Open listings that have every fact the question asks for (level, work mode, employment, a
   * place, one of the skills, posted pay), from SQL over the documents' fact columns: at most
   * FACT_CANDIDATES of them, so the cost does not grow with the corpus.
   */
  factCandidates(plan: QueryPlan): string[] {
    return this.index.factCandidates(plan, FACT_CANDIDATES);
  }

  /** A chunk's heading and text, read when a result shows it (chunk texts are not held in memory). */
  private passage(chunkId: number): Passage {
    const row = this.index.passage(chunkId);
    return { chunkId, heading: row.heading, text: row.text };
  }

  /** BM25 chunk ranking for the plan's terms and skills. */
  bm25(plan: QueryPlan): Array<{ chunkId: number; score: number }> {
    const expression = ftsExpression(plan, this.commonTerms) || ftsExpression(plan);
    if (!expression) return [];
    const rows = this.index.bm25(expression, BM25_CANDIDATES);
    return rows.map((r) => ({ chunkId: r.id, score: -r.rank }));
  }

  dense(vector: number[]): Array<{ chunkId: number; score: number }> {
    if (!this.vectors) return [];
    return this.vectors
      .search(vector, DENSE_CANDIDATES)
      .map((n) => ({ chunkId: n.label, score: n.similarity }));
  }

  /**
   * Pseudo-relevance feedback for the dense side of hybrid search (Rocchio): the question's vector
   * moved towards the vectors of the best full-text passages, so the nearest neighbours are sought
   * around what the question's words found, not around the question's wording alone. Measured on
   * the development set (docs/RETRIEVAL.md): a flat optimum for 4–8 passages at weight 1.5–3.
   */
  private withFeedback(vector: number[], bm25: Array<{ chunkId: number }>): number[] {
    if (!this.vectors || bm25.length === 0) return vector;
    let norm = 0;
    for (const x of vector) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    const out = vector.map((x) => x / norm);
    const top = bm25.slice(0, FEEDBACK_PASSAGES);
    const share = FEEDBACK_WEIGHT / top.length;
    for (const { chunkId } of top) {
      const v = this.vectors.vector(chunkId);
      if (v && v.length === out.length) for (let i = 0; i < out.length; i++) out[i]! += share * v[i]!;
    }
    return out;
  }

  private rank(plan: QueryPlan, vector: number[] | null, options: SearchOptions): SearchHit[] {
    const k = Math.max(1, Math.min(options.k ?? 10, 100));
    const wanted = options.documents ?? 'listings';
    const fusion = this.fuse(this.rankedLists(plan, vector, options.mode ?? 'hybrid'));
    this.admitByFacts(plan, fusion, wanted);
    const scored = this.scoreDocuments(fusion.fused, plan, options.filters ?? {}, wanted);
    // A listing whose employer is not named (de-identified, "Confidential") has no company to
    // spread across: it counts as its own.
    return diversify(scored, k, options.perCompany ?? 2, (id) => {
      const company = this.documentKinds.get(id)?.company ?? '';
      return isUnnamedCompany(company) ? `\u0000${id}` : company;
    }).map(({ id, score }) => this.hit(id, score, fusion, plan));
  }

  /** The chunk lists to fuse, each with its weight: full text, then vectors (with feedback in hybrid mode). */
  private rankedLists(plan: QueryPlan, vector: number[] | null, mode: SearchMode): RankedList[] {
    const lists: RankedList[] = [];
    const bm25 = mode !== 'dense' ? this.bm25(plan) : [];
    if (mode !== 'dense') lists.push({ weight: 1, hits: bm25 });
    if (mode !== 'bm25' && vector)
      lists.push(
        mode === 'hybrid'
          ? { weight: DENSE_WEIGHT, hits: this.dense(this.withFeedback(vector, bm25)) }
          : { weight: 1, hits: this.dense(vector) },
      );
    return lists;
  }

  /** Chunk lists → document rankings (a document ranks by its best chunk), then reciprocal rank fusion. */
  private fuse(lists: RankedList[]): Fusion {
    const fusion: Fusion = { fused: new Map(), chunkScores: new Map(), chunksOf: new Map(), floors: [] };
    const { fused, chunkScores, chunksOf, floors } = fusion;
    for (const { weight, hits } of lists) {
      const docRank = new Map<string, number>();
      for (let rank = 0; rank < hits.length; rank++) {
        const chunkId = hits[rank]!.chunkId;
        const index = chunkId < this.chunkDocument.length ? this.chunkDocument[chunkId]! : -1;
        if (index < 0) continue;
        const doc = this.documentIds[index]!;
        const before = chunkScores.get(chunkId);
        chunkScores.set(chunkId, (before ?? 0) + weight / (RRF_K + rank + 1));
        if (before === undefined) {
          const found = chunksOf.get(doc);
          if (found) found.push(chunkId);
          else chunksOf.set(doc, [chunkId]);
        }
        if (!docRank.has(doc)) docRank.set(doc, docRank.size);
      }
      for (const [doc, rank] of docRank) fused.set(doc, (fused.get(doc) ?? 0) + weight / (RRF_K + rank + 1));
      floors.push({ docs: docRank, floor: weight / (RRF_K + docRank.size + 1) });
    }
    return fusion;
  }

  /**
   * A listing whose facts are what the question asks for (level, place, work mode…) stays a
   * candidate even when neither list reached it ("mid-level jobs in Europe" names no words the
   * listings use): it ranks as if just below the end of each list, then the boosts apply.
   * The candidates come from SQL over the documents' fact columns (bounded), not a pass over every listing.
   */
  private admitByFacts(plan: QueryPlan, { fused, floors }: Fusion, wanted: SearchDocuments): void {
    if (hasFacts(plan) && wanted !== 'guides')
      for (const id of this.factCandidates(plan)) {
        const listing = this.listingsById.get(id);
        if (listing && !fused.has(id) && intentBoost(listing, plan, this.placesOf.get(id)) > 1)
          fused.set(id, 0);
      }
    if (floors.length > 1 || fused.size > (floors[0]?.docs.size ?? 0))
      for (const [id, score] of fused) {
        let s = score;
        for (const { docs, floor } of floors) if (!docs.has(id)) s += floor;
        fused.set(id, s);
      }
  }

  /** The fused documents of the kind wanted that pass the filters, boosted by the question's intent, best first. */
  private scoreDocuments(
    fused: Map<string, number>,
    plan: QueryPlan,
    filters: SearchFilters,
    wanted: SearchDocuments,
  ): Array<{ id: string; score: number }> {
    const cities =
      plan.countries.length > 0
        ? [
            ...new Set(
              this.queryDeps.gazetteer.cityMentions(plan.text).map((c) => ` ${foldAccents(c.city)} `),
            ),
          ]
        : [];
    const scored: Array<{ id: string; score: number }> = [];
    for (const [id, base] of fused) {
      const doc = this.documentKinds.get(id);
      if (!doc) continue;
      if (wanted === 'listings' && doc.kind !== 'listing') continue;
      if (wanted === 'guides' && doc.kind !== 'guide') continue;
      const listing = this.listingsById.get(id);
      if (listing && !passesFilters(listing, filters, this.queryDeps)) continue;
      if (!listing && hasListingFilters(filters)) continue;
      scored.push({
        id,
        score: base * (listing ? intentBoost(listing, plan, this.placesOf.get(id), cities) : 1),
      });
    }
    return scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  }

  /** A ranked document as a hit, shown by its three best passages (or its opening one). */
  private hit(id: string, score: number, { chunksOf, chunkScores }: Fusion, plan: QueryPlan): SearchHit {
    const doc = this.documentKinds.get(id)!;
    const passages = (chunksOf.get(id) ?? [])
      .map((chunkId) => [chunkId, chunkScores.get(chunkId) ?? 0] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([chunkId]) => this.passage(chunkId));
    // A listing admitted by its facts alone is shown by its opening passage.
    if (passages.length === 0) {
      const first = this.firstChunk.get(id);
      if (first) passages.push(this.passage(first.id));
    }
    const best = passages[0]!;
    return {
      listingId: id,
      kind: doc.kind,
      chunkId: best.chunkId,
      score: Math.round(score * 1e6) / 1e6,
      title: doc.title,
      company: doc.company,
      url: doc.url,
      snippet: snippet(best.text, plan.terms),
      passages,
    };
  }
}

/** The text embedded for the dense side: the question plus its recognised skills and concept words. */
function denseQueryText(plan: QueryPlan): string {
  return [plan.text, ...plan.skills, ...plan.terms].join(' ');
}

/** An FTS5 expression: every term quoted (no syntax from the member reaches the parser), ORed. */
export function ftsExpression(plan: QueryPlan, common?: ReadonlySet<string>): string {
  const parts = new Set<string>();
  const typed = new Set(plan.typed ?? []);
  for (const term of plan.terms) {
    const clean = term.replace(/["*^:(){}]/g, ' ').trim();
    if (clean.length < 2) continue;
    // A word in more than half the chunks has no weight in BM25 (FTS5 floors its IDF near zero)
    // but costs a score for every chunk it matches: it is left out, unless the member typed it
    // (rewriting adds words, it never takes the member's own away).
    if (common && !typed.has(term) && /^[a-z]+$/.test(clean) && common.has(stemmer(clean))) continue;
    parts.add(`"${clean}"`);
  }
  for (const skill of plan.skills) parts.add(`skills:"${skillSlug(skill)}"`);
  return [...parts].join(' OR ');
}

/** Whether the question asks for any fact extracted from listings (what intentBoost weighs). */
function hasFacts(plan: QueryPlan): boolean {
  return Boolean(
    plan.skills.length ||
      plan.remote ||
      plan.seniority ||
      plan.employment ||
      plan.countries.length ||
      plan.regions.length ||
      plan.salaryPosted ||
      plan.minSalary,
  );
}

function hasListingFilters(f: SearchFilters): boolean {
  return Boolean(
    f.remote?.length ||
      f.location ||
      f.seniority?.length ||
      f.skills?.length ||
      f.minSalary ||
      f.postedAfter ||
      f.company ||
      f.source ||
      f.industry?.length,
  );
}

export function passesFilters(
  l: ListingSummary,
  f: SearchFilters,
  deps: Pick<QueryDeps, 'gazetteer'> & Partial<Pick<QueryDeps, 'industries'>>,
): boolean {
  if (f.remote?.length && !f.remote.includes(l.remote as Exclude<RemotePolicy, 'unknown'>)) return false;
  if (f.seniority?.length && !f.seniority.includes(l.seniority as Seniority)) return false;
  if (f.skills?.length && !f.skills.every((s) => l.skills.includes(s))) return false;
  if (f.minSalary) {
    if (!l.salary || l.salary.period !== 'year' || l.salary.max < f.minSalary.amount) return false;
    if (f.minSalary.currency && l.salary.currency !== f.minSalary.currency) return false;
  }
  if (f.postedAfter && (!l.postedAt || l.postedAt < f.postedAfter)) return false;
  if (f.company && !l.company.toLowerCase().includes(f.company.toLowerCase())) return false;
  if (f.source && l.source !== f.source) return false;
  if (f.location && !matchesLocation(l, f.location, deps)) return false;
  if (f.industry?.length) {
    const wanted = deps.industries ? deps.industries.expand(f.industry) : new Set(f.industry);
    if (!l.industries.some((i) => wanted.has(i))) return false;
  }
  return true;
}

/** What a location filter names, resolved once per gazetteer and text (not once per listing). */
interface WantedPlace {
  wanted: string;
  country: string | undefined;
  /** The city named, by its canonical name ("bangalore": bengaluru), and its country. */
  city: string | undefined;
  cityCountry: string | undefined;
  region: Region | undefined;
}
const wantedPlaces = new WeakMap<object, Map<string, WantedPlace>>();

function wantedPlace(location: string, deps: Pick<QueryDeps, 'gazetteer'>): WantedPlace {
  let cache = wantedPlaces.get(deps.gazetteer);
  if (!cache) {
    cache = new Map();
    wantedPlaces.set(deps.gazetteer, cache);
  }
  let place = cache.get(location);
  if (!place) {
    const wanted = location.trim().toLowerCase();
    const city = deps.gazetteer.cityMentions(wanted)[0];
    place = {
      wanted,
      country: deps.gazetteer.country(wanted)?.country,
      city: city?.city,
      cityCountry: city?.country,
      region: (
        ['europe', 'north-america', 'latin-america', 'asia-pacific', 'middle-east', 'africa'] as Region[]
      ).find((r) => r === wanted.replace(/\s+/g, '-') || (wanted === 'eu' && r === 'europe')),
    };
    if (cache.size > 1000) cache.clear();
    cache.set(location, place);
  }
  return place;
}

function matchesLocation(l: ListingSummary, location: string, deps: Pick<QueryDeps, 'gazetteer'>): boolean {
  const { wanted, country, city, cityCountry, region } = wantedPlace(location, deps);
  return l.locations.some(
    (p) =>
      (country && p.country === country) ||
      (cityCountry && (p.city?.toLowerCase() === city || (p.remote && p.country === cityCountry))) ||
      (region && p.region === region) ||
      p.raw.toLowerCase().includes(wanted),
  );
}

interface BoostPlace {
  country: string | null;
  region: Region | null;
  /** Remote and open to anywhere ("Remote (worldwide)"). */
  worldwide: boolean;
}

/**
 * The places a listing is open to, for the soft place preference: the extracted ones, plus the
 * countries named inside a place the extraction left without one ("Remote (Australia or New
 * Zealand)" is split before its parenthesis closes, so "Remote (Australia" has no country).
 */
function boostPlaces(l: ListingSummary, deps: Pick<QueryDeps, 'gazetteer'>): BoostPlace[] {
  const places: BoostPlace[] = [];
  for (const p of l.locations) {
    const worldwide = p.remote && /\b(?:worldwide|anywhere|global(?:ly)?)\b/i.test(p.raw);
    places.push({ country: p.country, region: p.region, worldwide });
    if (p.country) continue;
    for (const q of deps.gazetteer.parse(p.raw.replace(/[()[\]—–]/g, ', ')))
      if (q.country || q.region) places.push({ country: q.country, region: q.region, worldwide: false });
  }
  return places;
}

/** Soft preferences from the question: each satisfied one lifts a listing, each contradicted one lowers it. */
function intentBoost(
  l: ListingSummary,
  plan: QueryPlan,
  places: readonly BoostPlace[] = l.locations.map((p) => ({ ...p, worldwide: false })),
  cities: readonly string[] = [],
): number {
  let boost = 1;
  if (plan.skills.length) {
    const matched = plan.skills.filter((s) => l.skills.includes(s)).length;
    boost *= matched === 0 ? 0.6 : 1 + (0.6 * matched) / plan.skills.length;
  }
  if (plan.remote) boost *= l.remote === plan.remote ? STRONG : l.remote === 'unknown' ? UNKNOWN : WEAK;
  // A fact the listing does not state (no level, no place: real postings often say neither)
  // neither lifts nor sinks it much; only a stated, different one counts against it.
  if (plan.seniority)
    boost *= l.seniority === plan.seniority ? STRONG : l.seniority === 'unknown' ? UNKNOWN : WEAK;
  if (plan.employment) boost *= l.employmentType === plan.employment ? 1.4 : 0.8;
  if (plan.countries.length || plan.regions.length) {
    // A remote job open to anywhere is open to the place asked for when remote work is asked for.
    const inPlace = places.some(
      (p) =>
        (p.country && plan.countries.includes(p.country)) ||
        (p.region && plan.regions.includes(p.region)) ||
        (p.worldwide && plan.remote === 'remote'),
    );
    const placeKnown = places.some((p) => p.country || p.region || p.worldwide);
    boost *= inPlace ? STRONG : placeKnown ? WEAK : UNKNOWN;
    // A city named ("Toronto or Montréal") is more specific than its country: an office there counts more.
    if (inPlace && cities.length && l.locations.some((p) => cities.some((c) => placeNames(p).includes(c))))
      boost *= CITY;
  }
  if (plan.salaryPosted) {
    const s = l.salary;
    boost *= s && (!plan.salaryPosted.currency || s.currency === plan.salaryPosted.currency) ? 1.6 : 0.6;
  }
  if (plan.minSalary) {
    const s = l.salary;
    if (!s) boost *= 0.8;
    else if (
      s.period === 'year' &&
      s.max >= plan.minSalary.amount &&
      (!plan.minSalary.currency || s.currency === plan.minSalary.currency)
    )
      boost *= 1.5;
    else boost *= 0.6;
  }
  return boost;
}

const foldAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A place's city and its raw line, lower-cased without accents, to find a city named in a question. */
function placeNames(p: ListingSummary['locations'][number]): string {
  return foldAccents(` ${p.city ?? ''} ${p.raw.replace(/[^\p{L}\p{N}]+/gu, ' ')} `);
}

const UNNAMED_COMPANY =
  /^\s*$|de-identified|^(?:unnamed|undisclosed|confidential|anonymous|unknown|stealth|n\/a)\b|^(?:a |an )?(?:confidential|undisclosed|stealth)[- ](?:company|client|employer|startup)\b/i;

/** Whether a listing's company field names no employer ("Confidential", a de-identified posting). */
export function isUnnamedCompany(company: string): boolean {
  return UNNAMED_COMPANY.test(company);
}

/**
 * At most `perCompany` results from one company in the first page; the rest follow after, in
 * their order: diversity reorders, it never removes (asking for 50 returns 50 when 50 match).
 */
function diversify<T extends { id: string }>(
  ranked: T[],
  k: number,
  perCompany: number,
  companyOf: (id: string) => string,
): T[] {
  const page: T[] = [];
  const overflow: T[] = [];
  const seen = new Map<string, number>();
  for (const item of ranked) {
    const company = companyOf(item.id).toLowerCase();
    const n = seen.get(company) ?? 0;
    if (n < perCompany) {
      page.push(item);
      seen.set(company, n + 1);
    } else overflow.push(item);
    if (page.length >= k) break;
  }
  return [...page, ...overflow].slice(0, k);
}

/** Up to ~240 characters of the passage around its first query term. */
function snippet(text: string, terms: string[]): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const lower = flat.toLowerCase();
  let at = -1;
  for (const t of terms) {
    const i = lower.indexOf(t.toLowerCase());
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  const start = Math.max(0, at - 80);
  const cut = flat.slice(start, start + 240);
  return `${start > 0 ? '…' : ''}${cut}${start + 240 < flat.length ? '…' : ''}`;
}
