import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Place, Salary } from '../../core/listing.js';
import {
  type AlternateSource,
  parseSourcesSeen,
  type RefreshCounts,
  type SalaryRange,
  SOURCES_SEEN,
} from './corpus-writer.js';
import { type Db, openDatabase } from './database.js';
import { alignedBlob, compareText } from './fact-index.js';
import {
  type DocumentPassage,
  documentPassages,
  FactQueries,
  loadColumnOf,
  loadStoredColumn,
} from './facts.js';
import type { Generation } from './generations.js';
import { ListingSkills, type SkillDetail } from './listing-skills.js';
import { CorpusSearchIndex } from './search-index.js';

/** A listing with the facts extracted from it: the shape `roleradar listings --json` prints. */
export interface ListingSummary {
  id: string;
  title: string;
  company: string;
  location: string;
  locations: Place[];
  remote: string;
  seniority: string;
  yearsMin: number | null;
  salary: Salary | null;
  employmentType: string | null;
  skills: string[];
  /** The employer's industries or domains (ids of data/taxonomy/industries.yaml), strongest first. */
  industries: string[];
  postedAt: string | null;
  url: string;
  source: string;
}

/** A listing's facts with its skills in detail: what /market, /recommend and /gap compute over. */
export interface ListingFacts extends ListingSummary {
  /** Skills with how often they are named and whether the listing requires them. */
  skillDetails: SkillDetail[];
}

export interface ListingDetail extends ListingFacts {
  /** Each industry with the sentence of the listing that shows it. */
  industryDetails: Array<{ id: string; evidence: string }>;
  description: string;
  sections: Array<{ heading: string | null; text: string; optional: boolean }>;
  /** When its board stopped returning it; a closed listing is shown here but never retrieved. */
  closedAt: string | null;
  /** When a refresh last stored or confirmed it from its source. */
  fetchedAt: string | null;
  firstSeenAt: string;
  /** Provenance from a job board. */
  externalId: string | null;
  department: string | null;
  applyUrl: string | null;
  sourceUpdatedAt: string | null;
  /** The same role posted elsewhere (another board, or a repost), merged into this listing. */
  alternates: AlternateSource[];
  /** Every pay range the posting gave, each with its label (empty when it gave one or none). */
  salaryRanges: SalaryRange[];
}

export interface CorpusStatus {
  generation: string;
  createdAt: string;
  listings: number;
  /** Listings their boards no longer return (kept for history, not retrieved). */
  closedListings: number;
  guides: number;
  chunks: number;
  /** The embedding model and vector count of the generation's index. */
  embedding: { modelId: string; dimensions: number; count: number } | null;
  /** Share of listings with at least one extracted skill, and with five or more. */
  skillCoverage: { anySkill: number; fiveOrMore: number };
  /** Per source: open listings, guides, closed listings, and when a refresh last stored or confirmed one. */
  sources: Array<{
    source: string;
    listings: number;
    guides: number;
    closed: number;
    fetchedAt: string | null;
  }>;
  lastRefresh: (RefreshCounts & { startedAt: string; finishedAt: string; sources: string[] }) | null;
}

interface SummaryRow {
  id: string;
  title: string;
  company: string | null;
  location: string | null;
  url: string | null;
  source: string;
  posted_at: string | null;
  remote: string | null;
  seniority: string | null;
  years_min: number | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  salary_period: Salary['period'] | null;
  employment_type: string | null;
  places: string;
  skills: string | null;
  industries: string | null;
}

interface DocumentRow extends SummaryRow {
  description: string;
}

interface DetailRow {
  closed_at: string | null;
  fetched_at: string | null;
  first_seen_at: string;
  external_id: string | null;
  department: string | null;
  apply_url: string | null;
  source_updated_at: string | null;
  alternate_urls: string;
  salary_ranges?: string;
}

const OWN_COLUMNS = `d.id, d.title, d.company, d.location, d.url, d.source, d.posted_at, d.remote, d.seniority, d.years_min,
  d.salary_min, d.salary_max, d.salary_currency, d.salary_period, d.employment_type, d.places`;
const SUMMARY_COLUMNS = `d.id, d.title, d.company, d.location, d.url, d.source, d.posted_at, d.remote, d.seniority, d.years_min,
  d.salary_min, d.salary_max, d.salary_currency, d.salary_period, d.employment_type, d.places,
  (SELECT json_group_array(skill) FROM (SELECT skill FROM document_skills s WHERE s.document_id = d.id ORDER BY required DESC, mentions DESC, skill)) AS skills,
  (SELECT json_group_array(industry) FROM (SELECT industry FROM document_industries i WHERE i.document_id = d.id ORDER BY score DESC, industry)) AS industries`;
const LISTING_COLUMNS = `${SUMMARY_COLUMNS}, d.description`;

/**
 * The name under which a generation stores every open listing's summary at publish (JSON, in
 * `listings()`'s order), beside its fact columns: `summaryColumns`.
 */
export const LISTING_SUMMARIES = 'listing summaries';

/**
 * The name under which a generation stores what each open listing's stored content was made from
 * (`listingVersions`), with the version of the summaries' format: what the next publish compares
 * to know which listings it did not rewrite (`carryFrom`).
 */
export const LISTING_VERSIONS = 'listing versions';

/**
 * The format of a stored summary (`toSummary` and the queries it reads): raised whenever they
 * change, so summaries stored by other code are never carried over (they are read again).
 */
const SUMMARY_VERSION = 1;

interface StoredVersions {
  summaryVersion: number;
  ids: string[];
  keys: string[];
}

/**
 * What a publish may reuse from the generation its staged database was copied from (the parent):
 * the open listings whose stored content is the parent's (same source fields, same pipeline:
 * `listingVersions`), and the parent's columns, read by name.
 */
export interface Carry {
  parent: string;
  /** Open listings the refresh did not rewrite. */
  unchanged: Set<string>;
  /** Whether the parent's summaries are in this code's format. */
  summaries: boolean;
  /** What the parent stored under `name`, or null. */
  column(name: string): Buffer | null;
}

/**
 * Compares the staged database's listings with what its parent stored (`LISTING_VERSIONS`):
 * the carry-over a publish may use (null without a parent, or when the parent stored no versions,
 * as a generation published before this code did), and the versions to store for the next one.
 */
export function carryFrom(
  reader: CorpusReader,
  parent: string | null,
): { carry: Carry | null; columns: Map<string, string> } {
  const versions = reader.listingVersions();
  const stored: StoredVersions = {
    summaryVersion: SUMMARY_VERSION,
    ids: [...versions.keys()],
    keys: [...versions.values()],
  };
  const columns = new Map([[LISTING_VERSIONS, JSON.stringify(stored)]]);
  const blob = parent ? reader.columnOf(LISTING_VERSIONS, parent) : null;
  if (!parent || !blob) return { carry: null, columns };
  const before = JSON.parse(blob.toString('utf8')) as StoredVersions;
  const unchanged = new Set<string>();
  before.ids.forEach((id, i) => {
    if (versions.get(id) === before.keys[i]) unchanged.add(id);
  });
  return {
    carry: {
      parent,
      unchanged,
      summaries: before.summaryVersion === SUMMARY_VERSION,
      column: (name) => reader.columnOf(name, parent),
    },
    columns,
  };
}

/**
 * Every open listing's summary, in `listings()`'s order, as a publish stores it. With a carry-over,
 * a listing the refresh did not rewrite keeps its parent's summary and only the others are read
 * (one query each); without one, or when most listings changed, all are read in bulk.
 */
export function listingSummaries(reader: CorpusReader, carry: Carry | null = null): ListingSummary[] {
  const parent = carry?.summaries ? carry.column(LISTING_SUMMARIES) : null;
  if (!carry || !parent) return reader.listings();
  const order = reader.listingOrder();
  if (carry.unchanged.size < order.length / 2) return reader.listings();
  const before = new Map(decodeSummaries(parent).map((l) => [l.id, l] as const));
  return order.map((id) => {
    const kept = carry.unchanged.has(id) ? before.get(id) : undefined;
    return kept ?? reader.summary(id)!;
  });
}

/** What a generation stores about its listings at publish: every open listing's summary (`listingSummaries`). */
export function summaryColumns(reader: CorpusReader, carry: Carry | null = null): Map<string, Buffer> {
  return new Map([[LISTING_SUMMARIES, encodeSummaries(listingSummaries(reader, carry))]]);
}

const SUMMARIES_FORMAT = 'roleradar-summaries-2';
/** The coded columns of the stored summaries, in their order in the blob (Int32, -1 for null). */
const SUMMARY_CODED = [
  'title',
  'company',
  'location',
  'locations',
  'remote',
  'seniority',
  'salary',
  'employmentType',
  'postedAt',
  'source',
] as const;

/**
 * Every listing's summary as stored (`LISTING_SUMMARIES`), column by column: a JSON header with
 * the ids, the URLs and one dictionary of the texts that repeat across listings (titles,
 * companies, places and pay as JSON, levels, dates, skills, industries…), then typed columns: each
 * listing's code of each text (Int32, -1 for null), its minimum years (Float64, NaN for none), and
 * its skills and industries as counts and codes. A fraction of the summaries' own JSON to parse
 * (76 MB at 100,000 listings), and no object per listing until they are made.
 */
export function encodeSummaries(summaries: ListingSummary[]): Buffer {
  const texts: string[] = [];
  const codes = new Map<string, number>();
  const code = (text: string | null) => {
    if (text === null) return -1;
    let c = codes.get(text);
    if (c === undefined) {
      c = texts.length;
      texts.push(text);
      codes.set(text, c);
    }
    return c;
  };
  const n = summaries.length;
  const text: Record<(typeof SUMMARY_CODED)[number], (l: ListingSummary) => string | null> = {
    title: (l) => l.title,
    company: (l) => l.company,
    location: (l) => l.location,
    locations: (l) => JSON.stringify(l.locations),
    remote: (l) => l.remote,
    seniority: (l) => l.seniority,
    salary: (l) => (l.salary === null ? null : JSON.stringify(l.salary)),
    employmentType: (l) => l.employmentType,
    postedAt: (l) => l.postedAt,
    source: (l) => l.source,
  };
  const typed: ArrayBufferView[] = SUMMARY_CODED.map((key) =>
    Int32Array.from(summaries, (l) => code(text[key](l))),
  );
  typed.push(Float64Array.from(summaries, (l) => l.yearsMin ?? Number.NaN));
  for (const of of [(l: ListingSummary) => l.skills, (l: ListingSummary) => l.industries]) {
    const counts = new Uint32Array(n);
    const items: number[] = [];
    summaries.forEach((l, i) => {
      const list = of(l);
      counts[i] = list.length;
      for (const x of list) items.push(code(x));
    });
    typed.push(counts, Int32Array.from(items));
  }
  const header = Buffer.from(
    JSON.stringify({
      format: SUMMARIES_FORMAT,
      ids: summaries.map((l) => l.id),
      urls: summaries.map((l) => l.url),
      texts,
      lengths: typed.map((t) => t.byteLength),
    }),
  );
  return alignedBlob(header, typed);
}

/**
 * The summaries `encodeSummaries` stored, or a generation's older form (their JSON array). A place
 * list or a pay range that several listings share is one object among them: summaries are shared
 * by every reader and never modified (`listings()`).
 */
export function decodeSummaries(blob: Buffer): ListingSummary[] {
  if (blob[0] === 0x5b /* [ */) return JSON.parse(blob.toString('utf8')) as ListingSummary[];
  const headerLength = blob.readUInt32LE(0);
  const header = JSON.parse(blob.subarray(4, 4 + headerLength).toString('utf8')) as {
    format: string;
    ids: string[];
    urls: string[];
    texts: string[];
    lengths: number[];
  };
  if (header.format !== SUMMARIES_FORMAT || header.lengths.length !== SUMMARY_CODED.length + 5)
    throw new Error(`listing summaries: unknown format ${header.format}`);
  // One aligned copy of the typed columns; each is a view into it.
  const body = new Uint8Array(blob.length);
  body.set(blob);
  let offset = 4 + headerLength;
  const views = header.lengths.map((length, k) => {
    offset += (8 - (offset % 8)) % 8;
    if (offset + length > blob.length) throw new Error('listing summaries: truncated');
    const Kind =
      k === SUMMARY_CODED.length
        ? Float64Array
        : k === SUMMARY_CODED.length + 1 || k === SUMMARY_CODED.length + 3
          ? Uint32Array
          : Int32Array;
    const view = new Kind(body.buffer, offset, length / Kind.BYTES_PER_ELEMENT);
    offset += length;
    return view;
  });
  const [title, company, location, locations, remote, seniority, salary, employmentType, postedAt, source] =
    views as [
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
    ];
  const years = views[SUMMARY_CODED.length] as Float64Array;
  const [skillCount, skillItems, industryCount, industryItems] = views.slice(SUMMARY_CODED.length + 1) as [
    Uint32Array,
    Int32Array,
    Uint32Array,
    Int32Array,
  ];
  const { ids, urls, texts } = header;
  // Each JSON value (places, pay) parsed once, by code.
  const parsed = new Map<number, unknown>();
  const json = <T>(c: number): T => {
    let v = parsed.get(c);
    if (v === undefined) {
      v = JSON.parse(texts[c]!);
      parsed.set(c, v);
    }
    return v as T;
  };
  const textOf = (c: number) => (c < 0 ? null : texts[c]!);
  let skillAt = 0;
  let industryAt = 0;
  const list = (count: number, items: Int32Array, from: number) => {
    const out: string[] = new Array(count);
    for (let k = 0; k < count; k++) out[k] = texts[items[from + k]!]!;
    return out;
  };
  const out: ListingSummary[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const skills = list(skillCount[i]!, skillItems, skillAt);
    skillAt += skillCount[i]!;
    const industries = list(industryCount[i]!, industryItems, industryAt);
    industryAt += industryCount[i]!;
    const pay = salary[i]!;
    // The keys in `toSummary`'s order, so a summary read back stringifies as it was stored.
    out[i] = {
      id: ids[i]!,
      title: texts[title[i]!]!,
      company: texts[company[i]!]!,
      location: texts[location[i]!]!,
      locations: json<Place[]>(locations[i]!),
      remote: texts[remote[i]!]!,
      seniority: texts[seniority[i]!]!,
      yearsMin: Number.isNaN(years[i]!) ? null : years[i]!,
      salary: pay < 0 ? null : json<Salary>(pay),
      employmentType: textOf(employmentType[i]!),
      skills,
      industries,
      postedAt: textOf(postedAt[i]!),
      url: urls[i]!,
      source: texts[source[i]!]!,
    };
  }
  return out;
}

/**
 * The name under which a generation stores the full-text vocabulary a question is read with (every
 * indexed term, in the index's order, and the terms in more than half the chunks): one scan of the
 * full-text index at publish (`vocabularyColumns`) instead of one at every process's first question
 * (1.5 s of CPU at 100,000 listings).
 */
export const QUERY_VOCABULARY = 'query vocabulary';

/** What a generation stores about its full-text vocabulary at publish (`QUERY_VOCABULARY`). */
export function vocabularyColumns(reader: CorpusReader): Map<string, string> {
  const { vocabulary, commonTerms } = reader.searchIndex().vocabularyScan();
  return new Map([[QUERY_VOCABULARY, JSON.stringify({ terms: [...vocabulary], common: [...commonTerms] })]]);
}

/** Read-only queries over one published generation. */
export class CorpusReader {
  private readonly db: Db;
  private searchIndexCache: CorpusSearchIndex | undefined;
  private factQueriesCache: FactQueries | undefined;
  private listingsCache: ListingSummary[] | undefined;
  private skillsCache: ListingSkills | undefined;
  private detailsCache: ListingDetail[] | undefined;
  private statusCache: CorpusStatus | undefined;
  private readonly statements;

  private seenCache: Record<string, string> | undefined;

  /** A document's last sighting: its row's, or its source's when that was seen whole later (`SOURCES_SEEN`). */
  private lastSeen(fetchedAt: string | null, openSource: string | null): string | null {
    if (openSource === null) return fetchedAt;
    this.seenCache ??= parseSourcesSeen(
      (this.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(SOURCES_SEEN) as
        | string
        | undefined) ?? null,
    );
    const seen = this.seenCache[openSource];
    return seen !== undefined && (fetchedAt === null || seen > fetchedAt) ? seen : fetchedAt;
  }

  constructor(readonly generation: Generation) {
    this.db = openDatabase(generation.databaseFile, { readonly: true });
    this.statements = {
      listings: this.db.prepare(
        `SELECT ${OWN_COLUMNS}, NULL AS skills, NULL AS industries FROM documents d
         WHERE d.kind = 'listing' AND d.closed_at IS NULL ORDER BY d.posted_at DESC, d.id`,
      ),
      listing: this.db.prepare(
        `SELECT ${LISTING_COLUMNS}, d.closed_at, d.fetched_at, d.first_seen_at, d.external_id, d.department, d.apply_url,
          d.source_updated_at, d.alternate_urls, d.salary_ranges FROM documents d WHERE d.kind = 'listing' AND d.id = ?`,
      ),
      skills: this.db.prepare(
        'SELECT skill AS name, category, mentions, required FROM document_skills WHERE document_id = ? ORDER BY required DESC, mentions DESC, skill',
      ),
      industries: this.db.prepare(
        'SELECT industry AS id, evidence FROM document_industries WHERE document_id = ? ORDER BY score DESC, industry',
      ),
      sections: this.db.prepare(
        'SELECT heading, text, optional FROM chunks WHERE document_id = ? ORDER BY ord',
      ),
      leadingSections: this.db.prepare('SELECT text FROM chunks WHERE document_id = ? ORDER BY ord LIMIT ?'),
      counts: this.db.prepare(`SELECT
          (SELECT count(*) FROM documents WHERE kind = 'listing' AND closed_at IS NULL) AS listings,
          (SELECT count(*) FROM documents WHERE kind = 'listing' AND closed_at IS NOT NULL) AS closedListings,
          (SELECT count(*) FROM documents WHERE kind = 'guide') AS guides,
          (SELECT count(*) FROM chunks) AS chunks,
          (SELECT count(*) FROM documents d WHERE kind = 'listing' AND closed_at IS NULL AND EXISTS (SELECT 1 FROM document_skills s WHERE s.document_id = d.id)) AS anySkill,
          (SELECT count(*) FROM documents d WHERE kind = 'listing' AND closed_at IS NULL AND (SELECT count(*) FROM document_skills s WHERE s.document_id = d.id) >= 5) AS fiveOrMore`),
      sources: this.db.prepare(
        `SELECT source, sum(kind = 'listing' AND closed_at IS NULL) AS listings, sum(kind = 'guide') AS guides,
          sum(closed_at IS NOT NULL) AS closed, max(fetched_at) AS fetchedAt FROM documents GROUP BY source ORDER BY source`,
      ),
      lastRun: this.db.prepare('SELECT * FROM ingest_runs ORDER BY id DESC LIMIT 1'),
      documentCounts: this.db.prepare(`SELECT
          (SELECT count(*) FROM documents WHERE kind = 'guide') AS guides,
          (SELECT count(*) FROM documents WHERE kind = 'listing' AND closed_at IS NOT NULL) AS closedListings`),
      summary: this.db.prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.kind = 'listing' AND d.id = ?`,
      ),
      order: this.db.prepare(
        "SELECT id FROM documents WHERE kind = 'listing' AND closed_at IS NULL ORDER BY posted_at DESC, id",
      ),
      titles: this.db.prepare(
        "SELECT id, title, company, places FROM documents WHERE kind = 'listing' AND closed_at IS NULL ORDER BY title",
      ),
      rowids: this.db.prepare('SELECT id, rowid FROM documents'),
    };
  }

  /**
   * A reader over a database staged to be published as `id`: what is derived at publish reads the
   * listings through it. Its manifest is not written yet, so `status()` is not to be asked of it.
   */
  static staged(id: string, databaseFile: string): CorpusReader {
    return new CorpusReader({
      id,
      dir: path.dirname(databaseFile),
      databaseFile,
      manifest: null as unknown as Generation['manifest'],
    });
  }

  /**
   * What the generation holds (counts by kind, sources, the last refresh): counted once per reader
   * (a published generation never changes; the counts pass over every listing, ~1.5 s at 100,000),
   * each caller given its own copy.
   */
  status(): CorpusStatus {
    this.statusCache ??= this.countStatus();
    return structuredClone(this.statusCache);
  }

  /**
   * Guides and closed listings: what `status()` counts that its indexes alone answer (no pass
   * over every listing's row), for an answer that names them.
   */
  documentCounts(): { guides: number; closedListings: number } {
    return this.statements.documentCounts.get() as { guides: number; closedListings: number };
  }

  private countStatus(): CorpusStatus {
    const c = this.statements.counts.get() as {
      listings: number;
      closedListings: number;
      guides: number;
      chunks: number;
      anySkill: number;
      fiveOrMore: number;
    };
    const share = (n: number) => (c.listings === 0 ? 0 : Math.round((n / c.listings) * 1000) / 1000);
    const run = this.statements.lastRun.get() as
      | (RefreshCounts & { started_at: string; finished_at: string; sources: string })
      | undefined;
    return {
      generation: this.generation.id,
      createdAt: this.generation.manifest.createdAt,
      listings: c.listings,
      closedListings: c.closedListings,
      guides: c.guides,
      chunks: c.chunks,
      embedding: this.generation.manifest.embedding,
      skillCoverage: { anySkill: share(c.anySkill), fiveOrMore: share(c.fiveOrMore) },
      sources: (this.statements.sources.all() as CorpusStatus['sources']).map((r) => ({
        ...r,
        fetchedAt: this.lastSeen(r.fetchedAt, r.source),
      })),
      lastRefresh: run
        ? {
            startedAt: run.started_at,
            finishedAt: run.finished_at,
            sources: JSON.parse(run.sources) as string[],
            added: run.added,
            updated: run.updated,
            removed: run.removed,
            unchanged: run.unchanged,
            rejected: run.rejected,
            duplicates: run.duplicates,
            closed: run.closed,
          }
        : null,
    };
  }

  /**
   * Every open listing with its facts (no text), newest first: read once per generation and shared
   * by every caller (the retriever, the answer engine, /market), so never to be modified.
   */
  listings(): ListingSummary[] {
    // Stored with the generation at publish (`LISTING_SUMMARIES`, `encodeSummaries`): one parse
    // instead of reading every listing's row, skills and industries (seconds at 100,000 listings).
    if (!this.listingsCache) {
      const stored = this.storedColumn(LISTING_SUMMARIES);
      if (stored) this.listingsCache = decodeSummaries(stored);
    }
    if (!this.listingsCache) {
      // Skills and industries in two passes over their tables (in the order the one-listing query
      // gives), not two correlated subqueries per listing.
      const skills = this.grouped(
        'SELECT document_id, skill FROM document_skills ORDER BY document_id, required DESC, mentions DESC, skill',
      );
      const industries = this.grouped(
        'SELECT document_id, industry FROM document_industries ORDER BY document_id, score DESC, industry',
      );
      this.listingsCache = (this.statements.listings.all() as SummaryRow[]).map((row) => ({
        ...toSummary(row),
        skills: skills.get(row.id) ?? [],
        industries: industries.get(row.id) ?? [],
      }));
    }
    return this.listingsCache;
  }

  private grouped(sql: string): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [id, value] of this.db.prepare(sql).raw().iterate() as Iterable<[string, string]>) {
      const list = out.get(id);
      if (list) list.push(value);
      else out.set(id, [value]);
    }
    return out;
  }

  /**
   * The skills of every open listing in detail (what /market, /gap, /recommend and role summaries
   * count over), in typed columns by `listings()` position: read once per generation, shared.
   */
  listingSkills(): ListingSkills {
    this.skillsCache ??= new ListingSkills(
      this.db,
      this.listings().map((l) => l.id),
    );
    return this.skillsCache;
  }

  /** One listing's summary, read from its rows (what `listings()` holds for it). */
  summary(id: string): ListingSummary | null {
    const row = this.statements.summary.get(id) as SummaryRow | undefined;
    return row ? toSummary(row) : null;
  }

  /** Ids of every open listing, in `listings()`'s order, read from the table. */
  listingOrder(): string[] {
    return this.statements.order.pluck().all() as string[];
  }

  listing(id: string): ListingDetail | null {
    const row = this.statements.listing.get(id) as (DocumentRow & DetailRow) | undefined;
    if (!row) return null;
    const skillDetails = (
      this.statements.skills.all(id) as Array<{
        name: string;
        category: string;
        mentions: number;
        required: number;
      }>
    ).map((s) => ({
      ...s,
      required: s.required === 1,
    }));
    const sections = (
      this.statements.sections.all(id) as Array<{ heading: string | null; text: string; optional: number }>
    ).map((s) => ({ ...s, optional: s.optional === 1 }));
    return {
      ...toSummary(row),
      skillDetails,
      industryDetails: this.industriesOf(id),
      description: row.description,
      sections,
      closedAt: row.closed_at,
      fetchedAt: this.lastSeen(row.fetched_at, row.closed_at === null ? row.source : null),
      firstSeenAt: row.first_seen_at,
      externalId: row.external_id,
      department: row.department,
      applyUrl: row.apply_url,
      sourceUpdatedAt: row.source_updated_at,
      alternates: JSON.parse(row.alternate_urls) as AlternateSource[],
      salaryRanges: JSON.parse(row.salary_ranges ?? '[]') as SalaryRange[],
    };
  }

  /** The text of a document's first `count` sections (what `listing(id).sections` starts with). */
  leadingSections(id: string, count: number): string[] {
    return this.statements.leadingSections.pluck().all(id, count) as string[];
  }

  /** The industries of one listing, each with the sentence that shows it. */
  industriesOf(id: string): Array<{ id: string; evidence: string }> {
    return this.statements.industries.all(id) as Array<{ id: string; evidence: string }>;
  }

  /**
   * Every open listing with its facts, text and sections, read once per generation (it never
   * changes). Holds every listing's text (about 8 KB a listing, ~800 MB at 100,000): no use case
   * reads it (a topic summary reads only the listings it selects, `listing(id)`); tests compare with it.
   */
  allListingDetails(): ListingDetail[] {
    this.detailsCache ??= this.listings()
      .map((l) => this.listing(l.id))
      .filter((l): l is ListingDetail => l !== null);
    return this.detailsCache;
  }

  /**
   * The corpus's own stored URLs, a merged listing's alternate links (the same role on another
   * board) included: the only links a reply may keep clickable.
   */
  linkUrls(): Set<string> {
    const rows = this.db
      .prepare(
        "SELECT url FROM documents WHERE url IS NOT NULL AND url != '' UNION SELECT json_extract(j.value, '$.url') FROM documents, json_each(documents.alternate_urls) j",
      )
      .all() as Array<{ url: string | null }>;
    return new Set(rows.map((r) => r.url).filter((u): u is string => !!u));
  }

  /** Ids of every open document (listings and guides). */
  openDocumentIds(): Set<string> {
    return new Set(
      this.db.prepare('SELECT id FROM documents WHERE closed_at IS NULL').pluck().all() as string[],
    );
  }

  /**
   * The full-text vocabulary and its common terms (`CorpusSearchIndex.vocabularyScan`): as stored at
   * publish (`QUERY_VOCABULARY`), or scanned when the generation was published without it.
   */
  queryVocabulary(): { vocabulary: Set<string>; commonTerms: Set<string> } {
    const stored = this.storedColumn(QUERY_VOCABULARY);
    if (!stored) return this.searchIndex().vocabularyScan();
    const { terms, common } = JSON.parse(stored.toString('utf8')) as { terms: string[]; common: string[] };
    return { vocabulary: new Set(terms), commonTerms: new Set(common) };
  }

  /** The SQL of retrieval over this generation, prepared once. */
  searchIndex(): CorpusSearchIndex {
    this.searchIndexCache ??= new CorpusSearchIndex(this.db);
    return this.searchIndexCache;
  }

  /** What was derived at publish and stored with this generation under `name` (`writeStoredColumns`), or null. */
  storedColumn(name: string): Buffer | null {
    return loadStoredColumn(this.db, name);
  }

  /**
   * What `generation` stored under `name` in this database, whatever generation it now is: a
   * staged refresh reads its parent's columns through this (`loadColumnOf`).
   */
  columnOf(name: string, generation: string): Buffer | null {
    return loadColumnOf(this.db, name, generation);
  }

  /**
   * A short version of what every open listing's stored content was made from (its source's
   * fields, its source and the pipeline that processed them: the document's content and
   * processing hashes): equal in two generations only when the listing was not rewritten between
   * them, so what was derived from it then still holds.
   */
  listingVersions(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [id, content, processing] of this.db
      .prepare(
        "SELECT id, content_hash, processing_hash FROM documents WHERE kind = 'listing' AND closed_at IS NULL",
      )
      .raw()
      .iterate() as Iterable<[string, string, string]>)
      out.set(id, createHash('sha256').update(`${content}\n${processing}`).digest('base64url').slice(0, 16));
    return out;
  }

  /** The answer engine's counts and selections over every open listing's facts. */
  factQueries(): FactQueries {
    this.factQueriesCache ??= new FactQueries(this.db);
    return this.factQueriesCache;
  }

  /** The text of documents of one kind (all of them, or these ids), section by section. */
  documentPassages(kind: 'guide' | 'listing', ids?: string[]): DocumentPassage[] {
    return documentPassages(this.db, kind, ids);
  }

  /**
   * The database itself, for tests and benchmarks that check what is stored. The application reads
   * through the methods above (test/architecture/layers.test.ts keeps it so).
   */
  inspectDatabase(): Db {
    return this.db;
  }

  /** Id, title and company of every listing: the in-memory source for autocomplete. */
  /** Every open listing's id, title and company, with its places (cities and countries) as extracted. */
  listingTitles(): Array<{ id: string; title: string; company: string; places: Place[] }> {
    // Once every summary is read (an answering process), the titles come from the summaries, in
    // the query's order: no row of every listing read and parsed again.
    const summaries = this.listingsCache;
    if (summaries?.every((l) => l.company !== '' && typeof l.title === 'string')) {
      // The query scans listings in rowid order and sorts them by title (code point order), ties
      // kept in that order: the same sort of the summaries, by title and then rowid (read from
      // the id index alone, not from the listings' rows).
      // Titles repeat: each distinct title is sorted once, its listings by rowid within it.
      const rowid = new Map(this.statements.rowids.raw().all() as Array<[string, number]>);
      const byTitle = new Map<string, ListingSummary[]>();
      for (const l of summaries) {
        const same = byTitle.get(l.title);
        if (same) same.push(l);
        else byTitle.set(l.title, [l]);
      }
      const out: Array<{ id: string; title: string; company: string; places: Place[] }> = [];
      for (const title of [...byTitle.keys()].sort(compareText)) {
        const same = byTitle.get(title)!;
        if (same.length > 1) same.sort((a, b) => rowid.get(a.id)! - rowid.get(b.id)!);
        for (const l of same) out.push({ id: l.id, title: l.title, company: l.company, places: l.locations });
      }
      return out;
    }
    const rows = this.statements.titles.all() as Array<{
      id: string;
      title: string;
      company: string;
      places: string;
    }>;
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      company: r.company,
      places: JSON.parse(r.places) as Place[],
    }));
  }

  close(): void {
    this.db.close();
  }
}

function toSummary(row: SummaryRow): ListingSummary {
  return {
    id: row.id,
    title: row.title,
    company: row.company ?? '',
    location: row.location ?? '',
    locations: JSON.parse(row.places) as Place[],
    remote: row.remote ?? 'unknown',
    seniority: row.seniority ?? 'mid',
    yearsMin: row.years_min,
    salary:
      row.salary_min !== null && row.salary_max !== null && row.salary_currency && row.salary_period
        ? {
            min: row.salary_min,
            max: row.salary_max,
            currency: row.salary_currency,
            period: row.salary_period,
          }
        : null,
    employmentType: row.employment_type,
    skills: row.skills ? (JSON.parse(row.skills) as string[]) : [],
    industries: row.industries ? (JSON.parse(row.industries) as string[]) : [],
    postedAt: row.posted_at,
    url: row.url ?? '',
    source: row.source,
  };
}
