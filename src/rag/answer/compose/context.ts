/**
 * What every composer reads and writes: the corpus context of a generation (listings by id, guides,
 * recent details) and one composition's input and output.
 */
import type { CorpusReader, ListingDetail, ListingSummary } from '../../../storage/corpus/corpus-reader.js';
import type { DocumentPassage, FactQueries } from '../../../storage/corpus/facts.js';
import type { IndustryTaxonomy } from '../../extract/industry.js';
import type { Gazetteer } from '../../extract/locations.js';
import type { QueryPlan } from '../../query.js';
import type { SkillTaxonomy } from '../../taxonomy.js';
import type { KnownEmployer } from '../employers.js';
import type { CitationBook } from '../offline.js';
import type { AnswerPlan } from '../plan/index.js';
import type { Given } from './given.js';

export interface EngineDeps {
  reader: CorpusReader;
  /** What the search layer reads out of a question (skills by alias or typo, level, places). */
  understand: (question: string) => QueryPlan;
  gazetteer: Gazetteer;
  industries: IndustryTaxonomy;
  /** The skill taxonomy: what a skill the member names covers (`skillsCovered`, rag/gap.ts). */
  taxonomy: SkillTaxonomy;
  /** Well-known employers outside the corpus (data/taxonomy/employers.yaml). */
  employers?: ReadonlyArray<KnownEmployer>;
}

export interface Context {
  reader: CorpusReader;
  facts: FactQueries;
  byId: Map<string, ListingSummary>;
  guides: DocumentPassage[];
  /** Listing details read lately, most recent last (at most DETAIL_CACHE of them). */
  details: Map<string, ListingDetail>;
  /** What each listing's text gives each kind of descriptive question (`givenBy`). */
  given: Map<string, Given<unknown>>;
  /** Each open listing's place in the corpus order: the index of `given`'s arrays. */
  ordinal: Map<string, number>;
  /** Every open listing's id, title, company, places and level: what the planner knows them by. */
  titles: Array<{
    id: string;
    title: string;
    company: string;
    level?: string;
    employmentType?: string | null;
    remote?: string;
  }>;
  citable: Pick<ReadonlyMap<string, { title: string; company: string; url: string }>, 'get'>;
  /** The newest posting date: what a date without a year in a question is read against. */
  newestPosted?: string;
}

const contexts = new WeakMap<CorpusReader, Context>();
export function contextOf(reader: CorpusReader): Context {
  let c = contexts.get(reader);
  if (!c) {
    const listings = reader.listings();
    const guides = reader.documentPassages('guide');
    const byId = new Map<string, ListingSummary>();
    const ordinal = new Map<string, number>();
    listings.forEach((l, i) => {
      byId.set(l.id, l);
      ordinal.set(l.id, i);
    });
    // Every open listing and guide may be cited: the figures rest on all of them (a listing by
    // its summary's title, company and URL; a guide's id before a listing's).
    const guideCites = new Map<string, { title: string; company: string; url: string }>();
    for (const g of guides)
      guideCites.set(g.documentId, { title: g.title, company: 'RoleRadar guide', url: g.url });
    c = {
      reader,
      facts: reader.factQueries(),
      byId,
      guides,
      details: new Map(),
      given: new Map(),
      ordinal,
      titles: reader.listingTitles().map((t) => ({
        id: t.id,
        title: t.title,
        company: t.company,
        places: t.places,
        level: byId.get(t.id)?.seniority ?? '',
        employmentType: byId.get(t.id)?.employmentType,
        remote: byId.get(t.id)?.remote,
      })),
      citable: { get: (id) => guideCites.get(id) ?? byId.get(id) },
    };
    const newest = listings.reduce<string>(
      (max, l) => (l.postedAt && l.postedAt > max ? l.postedAt : max),
      '',
    );
    if (newest) c.newestPosted = newest.slice(0, 10);
    contexts.set(reader, c);
  }
  return c;
}

// The listings an answer shows or cites: a few per question, so a small cache holds the recent ones.
// (A descriptive question reads every matching listing once per generation, through `givenBy`.)
const DETAIL_CACHE = 512;
export function detail(ctx: Context, id: string): ListingDetail | null {
  let d = ctx.details.get(id);
  if (d) ctx.details.delete(id);
  else {
    const found = ctx.reader.listing(id);
    if (!found) return null;
    d = found;
    if (ctx.details.size >= DETAIL_CACHE) ctx.details.delete(ctx.details.keys().next().value!);
  }
  ctx.details.set(id, d);
  return d;
}

const industryWordCache = new WeakMap<IndustryTaxonomy, Array<{ id: string; aliases: string[] }>>();
export function industryWords(
  taxonomy: IndustryTaxonomy,
): Array<{ id: string; aliases: string[]; parent?: string }> {
  let words = industryWordCache.get(taxonomy);
  if (!words) {
    words = [...taxonomy.industries.values()].map((d) => ({
      id: d.id,
      aliases: [d.label, ...d.aliases],
      ...(d.parent ? { parent: d.parent } : {}),
    }));
    industryWordCache.set(taxonomy, words);
  }
  return words;
}

export interface Composed {
  lines: string[];
  n: number | null;
  applied: string[];
  figures: string[];
  /** Passages quoted, by document id, for the model's sources. */
  quoted?: Map<string, string[]>;
  /** Widened or unapplied filters, said after the first line. */
  notes?: string[];
  /**
   * The listings of a place widened for the level asked, at other levels ("Austria lead listings
   * all post their salary right?": Austria's one listing is an engineering manager role): named
   * after the notes, and cited only then (`otherLevelsNote`), so no source is left without its line.
   */
  atOtherLevels?: { place: string; ids: string[] };
  /** Listings already shown line by line, shared by every part of one answer (none is shown twice). */
  listed?: Set<string>;
  /** The listings a later pay part is about ("is equity worth a lower base?": those offering equity). */
  within?: { ids: string[]; label: string };
}

export interface ComposeInput {
  plan: AnswerPlan;
  ctx: Context;
  deps: EngineDeps;
  book: CitationBook;
  out: Composed;
}

export type Composer = (input: ComposeInput) => void;
