import type { CorpusReader, ListingDetail, ListingSummary } from '../../storage/corpus/corpus-reader.js';
import type { DocumentPassage, FactFilter, FactQueries } from '../../storage/corpus/facts.js';
import type { IndustryTaxonomy } from '../extract/industry.js';
import type { Gazetteer } from '../extract/locations.js';
import { relocationTerms } from '../extract/relocation.js';
import { percentile } from '../market.js';
import { stemmer } from 'stemmer';
import { normalizeLine } from '../normalize.js';
import type { QueryPlan } from '../query.js';
import { appendAll, extent } from '../sources/types.js';
import { byResponsibility, listingDuties } from '../summary.js';
import type { KnownEmployer } from './employers.js';
import type { ModelSource } from './model.js';
import { type AnswerResult, CitationBook } from './offline.js';
import {
  type AnswerPlan,
  type Aspect,
  aspectsOf,
  type Intent,
  type PlanLevel,
  planQuestion,
  type ResolvedPlace,
  termsAsked,
  weighsContract,
} from './plan/index.js';

/** Questions are cut to this length before planning, retrieval or any model sees them. */
export const MAX_QUESTION_CHARS = 500;

export interface EngineDeps {
  reader: CorpusReader;
  /** What the search layer reads out of a question (skills by alias or typo, level, places). */
  understand: (question: string) => QueryPlan;
  gazetteer: Gazetteer;
  industries: IndustryTaxonomy;
  /** Well-known employers outside the corpus (data/taxonomy/employers.yaml). */
  employers?: ReadonlyArray<KnownEmployer>;
}

/** The engine's answer: the offline answer, with the plan and the figures it rests on. */
export interface EngineAnswer extends AnswerResult {
  plan: AnswerPlan;
  /** Listings the answer's figures are computed over (after filters), when it counts any. */
  n: number | null;
  /** The filters applied, in words; only these shaped the figures. */
  applied: string[];
  /** The figures computed by code, one per line (what a model must keep). */
  figures: string[];
  /** Sources a model may read, numbered as the offline answer cites them. */
  sources: ModelSource[];
  /** A title safe to post publicly: made from the plan, never from the member's words. */
  title: string;
  question: string;
}

interface Context {
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
  titles: Array<{ id: string; title: string; company: string }>;
  citable: ReadonlyMap<string, { title: string; company: string; url: string }>;
  /** The newest posting date: what a date without a year in a question is read against. */
  newestPosted?: string;
}

const contexts = new WeakMap<CorpusReader, Context>();
function contextOf(reader: CorpusReader): Context {
  let c = contexts.get(reader);
  if (!c) {
    const listings = reader.listings();
    const guides = reader.documentPassages('guide');
    // Every open listing and guide may be cited: the figures rest on all of them.
    const citable = new Map<string, { title: string; company: string; url: string }>();
    for (const l of listings) citable.set(l.id, { title: l.title, company: l.company, url: l.url });
    for (const g of guides)
      citable.set(g.documentId, { title: g.title, company: 'RoleRadar guide', url: g.url });
    c = {
      reader,
      facts: reader.factQueries(),
      byId: new Map(listings.map((l) => [l.id, l])),
      guides,
      details: new Map(),
      given: new Map(),
      ordinal: new Map(listings.map((l, i) => [l.id, i])),
      titles: reader.listingTitles(),
      citable,
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
function detail(ctx: Context, id: string): ListingDetail | null {
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

/** What the listings give one kind of question: known to give nothing (1), or what they give. */
interface Given<T> {
  nothing: Uint8Array;
  found: Map<number, T>;
  /** The kind as stored at publish (`givenColumns`), when it was. */
  stored?: {
    /** Each open listing's value, by its place in the corpus order: an index into `distinct`, or -1. */
    at: Int32Array;
    distinct: unknown[];
    /** The fields of the listing a value names as `l`, taken from the listing when read (or null). */
    listingKeys: Array<keyof ListingSummary> | null;
  };
}

/**
 * What a listing's own text gives one kind of descriptive question (`GIVEN_KINDS`: its first
 * sentence about interviews, about equity…). Worked out for every open listing at publish and
 * stored with the generation (`givenColumns`), read in one piece the first time a kind is asked;
 * a generation stored without them works each listing out the first time it is needed and keeps
 * it. Either way a question never splits every matching listing's text into sentences. Only what
 * is found is kept (one sentence or so per listing and kind, never the text); null when the text
 * gives nothing.
 */
function givenBy<T>(ctx: Context, kind: GivenKind, id: string): T | null {
  const read = GIVEN_KINDS[kind] as (l: ListingDetail) => T | null;
  const at = ctx.ordinal.get(id);
  if (at === undefined) {
    const l = detail(ctx, id);
    return l ? read(l) : null;
  }
  let given = ctx.given.get(kind) as Given<T> | undefined;
  if (!given) {
    given = storedGiven<T>(ctx, kind) ?? { nothing: new Uint8Array(ctx.ordinal.size), found: new Map() };
    ctx.given.set(kind, given);
  }
  if (given.stored) {
    const { at: index, distinct, listingKeys } = given.stored;
    const k = index[at]!;
    if (k < 0) return null;
    if (!listingKeys) return distinct[k] as T;
    const summary = ctx.byId.get(id)!;
    return {
      l: Object.fromEntries(listingKeys.map((key) => [key, summary[key]])),
      ...(distinct[k] as object),
    } as T;
  }
  if (given.nothing[at]) return null;
  const known = given.found.get(at);
  if (known !== undefined) return known;
  const l = ctx.details.get(id) ?? ctx.reader.listing(id);
  const value = l ? read(l) : null;
  if (value === null) given.nothing[at] = 1;
  else given.found.set(at, value);
  return value;
}

/**
 * A kind as stored at publish: every open listing that gives something, by id, with an index into
 * the distinct values it gives (listings repeat their employers' sentences). A value that names
 * its listing (`l`: id, company…) is stored without it when `l` holds the listing's own fields
 * (`listingKeys`), and those are restored from the listing when it is read.
 */
interface StoredGiven {
  ids: string[];
  at: number[];
  distinct: unknown[];
  listingKeys: Array<keyof ListingSummary> | null;
}

/**
 * The stored column of a kind. What a kind holds depends on this code (`GIVEN_KINDS` and what they
 * call): the version is raised whenever that changes, so a generation published by other code is
 * never read as this code's (it is then worked out from the text, as without stored kinds).
 */
const GIVEN_VERSION = 2;
export const givenColumnName = (kind: string) => `given ${GIVEN_VERSION} ${kind}`;

/** The kind as stored with the generation, or undefined when it was published without it. */
function storedGiven<T>(ctx: Context, kind: GivenKind): Given<T> | undefined {
  const blob = ctx.reader.storedColumn(givenColumnName(kind));
  if (!blob) return undefined;
  const stored = JSON.parse(blob.toString('utf8')) as StoredGiven;
  // Computed over every open listing: those not named give nothing.
  const at = new Int32Array(ctx.ordinal.size).fill(-1);
  for (let i = 0; i < stored.ids.length; i++) {
    const o = ctx.ordinal.get(stored.ids[i]!);
    if (o !== undefined) at[o] = stored.at[i]!;
  }
  return {
    nothing: new Uint8Array(0),
    found: new Map(),
    stored: { at, distinct: stored.distinct, listingKeys: stored.listingKeys },
  };
}

/**
 * What every open listing of a generation gives each descriptive kind, as stored with it at
 * publish (`writeStoredColumns`, name `givenColumnName(KIND)`, JSON `StoredGiven`): one pass over the
 * listings, each listing's text split into sentences once for every kind.
 */
export function givenColumns(reader: Pick<CorpusReader, 'listings' | 'listing'>): Map<string, string> {
  const kinds = Object.entries(GIVEN_KINDS) as Array<[GivenKind, (l: ListingDetail) => unknown]>;
  const found = new Map<GivenKind, Array<{ l: ListingDetail; value: unknown }>>(kinds.map(([k]) => [k, []]));
  for (const summary of reader.listings()) {
    const l = reader.listing(summary.id);
    if (!l) continue;
    for (const [kind, read] of kinds) {
      const value = read(l);
      if (value !== null) found.get(kind)!.push({ l, value });
    }
  }
  const columns = new Map<string, string>();
  for (const [kind, values] of found) {
    // `l` is left out when every value's `l` is its listing's own fields, as they will be read.
    const named = (v: unknown) =>
      typeof v === 'object' && v !== null && 'l' in v ? (v.l as Record<string, unknown>) : null;
    const first = values.length ? named(values[0]!.value) : null;
    const listingKeys = first ? (Object.keys(first) as Array<keyof ListingSummary>) : null;
    const strip =
      listingKeys !== null &&
      values.every(({ l, value }) => {
        const own = named(value);
        return (
          own !== null &&
          Object.keys(own).length === listingKeys.length &&
          listingKeys.every((key) => own[key] === l[key])
        );
      });
    const stored: StoredGiven = { ids: [], at: [], distinct: [], listingKeys: strip ? listingKeys : null };
    const index = new Map<string, number>();
    for (const { l, value } of values) {
      let rest = value;
      if (strip) {
        const { l: _listing, ...others } = value as { l: unknown };
        rest = others;
      }
      const key = JSON.stringify(rest);
      let k = index.get(key);
      if (k === undefined) {
        k = stored.distinct.length;
        stored.distinct.push(rest);
        index.set(key, k);
      }
      stored.ids.push(l.id);
      stored.at.push(k);
    }
    columns.set(givenColumnName(kind), JSON.stringify(stored));
  }
  return columns;
}

const INTENT_TITLES: Record<Intent, string> = {
  requirements: 'What these roles ask for',
  skill_frequency: 'How often skills are asked for',
  skill_compare: 'Skills compared',
  top_skills: 'Skills most asked for',
  years: 'Years of experience asked',
  pay: 'Posted pay',
  work_mode: 'Remote, hybrid and on-site',
  visa_relocation: 'Visa and relocation',
  level_compare: 'Levels compared',
  duties: 'What the role involves day to day',
  interview: 'Interviews and preparation',
  career_path: 'Moving up',
  readiness: 'Readiness check',
  company: 'One company',
  listing: 'One listing',
  list_companies: 'Companies hiring',
  job_terms: 'Job terms',
  out_of_scope: 'Outside what the listings cover',
  decline: 'Not something I can help with',
};

const LEVEL_NAMES: Record<PlanLevel, string> = {
  lead: 'lead',
  senior: 'senior',
  staff: 'staff',
  principal: 'principal',
  manager: 'engineering manager',
  mid: 'mid',
};

const industryWordCache = new WeakMap<IndustryTaxonomy, Array<{ id: string; aliases: string[] }>>();
function industryWords(taxonomy: IndustryTaxonomy): Array<{ id: string; aliases: string[] }> {
  let words = industryWordCache.get(taxonomy);
  if (!words) {
    words = [...taxonomy.industries.values()].map((d) => ({ id: d.id, aliases: [d.label, ...d.aliases] }));
    industryWordCache.set(taxonomy, words);
  }
  return words;
}

/** The filters of a plan as a SQL selection, with the words that say what was applied. */
interface Selection {
  filter: FactFilter;
  applied: string[];
  /** Filters stated but not applied, with why. */
  notApplied: string[];
  /** The place was widened ("Munich" → "Germany") because nothing matched it. */
  widened?: { from: string; to: string };
}

function selectionOf(
  plan: AnswerPlan,
  ctx: Context,
  deps: EngineDeps,
  drop: Array<keyof AnswerPlan['filters']> = [],
): Selection {
  const f = plan.filters;
  const filter: FactFilter = {};
  const applied: string[] = [];
  const notApplied: string[] = [];
  const use = (key: keyof AnswerPlan['filters']) => f[key] !== undefined && !drop.includes(key);
  if (use('level')) {
    filter.seniority = f.level;
    applied.push(`${LEVEL_NAMES[f.level!]} level`);
  }
  if (use('levelNot')) {
    filter.seniorityNot = f.levelNot;
    applied.push(`not ${LEVEL_NAMES[f.levelNot!]}`);
  }
  if (use('skills') && f.skills?.length) {
    filter.skills = f.skills;
    filter.skillsMode = f.skillsMode ?? 'all';
    applied.push(
      f.skills.length === 1
        ? `asking for ${f.skills[0]}`
        : `asking for ${f.skills.join(filter.skillsMode === 'any' ? ' or ' : ' and ')}`,
    );
  }
  if (use('workMode')) {
    filter.remote = f.workMode;
    applied.push(f.workMode === 'onsite' ? 'on-site' : f.workMode!);
  }
  if (use('industry')) {
    if (ctx.facts.industriesAvailable) {
      filter.industries = [...deps.industries.expand([f.industry!])];
      applied.push(`in ${deps.industries.label(f.industry!).toLowerCase()}`);
    } else notApplied.push(`industry “${f.industry}” (this corpus has no industry facts yet)`);
  }
  if (use('company') && !plan.unknownCompany) {
    filter.company = companyOfPlan(plan, ctx) ?? f.company;
    applied.push(`at ${filter.company}`);
  }
  if (use('employmentType')) {
    filter.employment = f.employmentType;
    applied.push(f.employmentType === 'permanent' ? 'permanent' : f.employmentType!);
  }
  if (use('currency')) {
    filter.currency = f.currency;
    applied.push(`pay posted in ${f.currency}`);
  }
  if (use('postedAfter')) {
    if (plan.postedStrictly) {
      const next = new Date(`${f.postedAfter}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      filter.postedAfter = next.toISOString().slice(0, 10);
      applied.push(`posted after ${f.postedAfter}`);
    } else {
      filter.postedAfter = f.postedAfter;
      applied.push(`posted on or after ${f.postedAfter}`);
    }
  }
  const selection: Selection = { filter, applied, notApplied };
  if (use('place')) {
    if (!plan.place) notApplied.push(`place “${f.place}” (not a place I know)`);
    else if (plan.openTo && f.workMode === 'remote' && filter.remote === 'remote') {
      // "which remote ones accept people in Portugal": remote there, across its region, or anywhere.
      filter.ids = openRemotely(plan.place, ctx, deps.gazetteer);
      applied.push(`open to someone in ${placeName(plan.place)}`);
    } else {
      filter.place = placeFilter(plan.place);
      applied.push(`in ${placeName(plan.place)}`);
      // Nothing in the place asked: widen a city to its country, a country to its region, and say so.
      if (ctx.facts.count(filter) === 0) {
        const wider = widen(plan.place, deps.gazetteer);
        if (wider) {
          const widerFilter = { ...filter, place: placeFilter(wider) };
          if (ctx.facts.count(widerFilter) > 0) {
            selection.filter = widerFilter;
            applied[applied.length - 1] = `in ${placeName(wider)} (widened from ${plan.place.name})`;
            selection.widened = { from: plan.place.name, to: placeName(wider) };
          }
        }
      }
    }
  }
  leaveOut(plan, ctx, deps, selection, drop);
  return selection;
}

/**
 * What the question leaves out and the pay floor it sets (issue 14), applied as the ids that
 * remain: a place, industry or job term left out ("Europe but not Germany", "not fintech", "no
 * on-call": listings whose text mentions it), and a minimum pay ("over 150k": listings whose
 * posted yearly range reaches it, in the currency stated). Each is said in the selection's words.
 */
function leaveOut(
  plan: AnswerPlan,
  ctx: Context,
  deps: EngineDeps,
  selection: Selection,
  drop: Array<keyof AnswerPlan['filters']>,
): void {
  const { filter, applied } = selection;
  const ex = plan.exclude;
  const floor = plan.payAtLeast;
  // A job-terms question about the term left out ("any roles with no on-call?") counts the term
  // itself and says how many do not mention it; the term is no cut there.
  const terms = (ex?.terms ?? []).filter((t) => !(plan.intent === 'job_terms' && t === plan.term));
  if (!ex?.places?.length && !ex?.industries?.length && !terms.length && !floor) return;
  let ids = ctx.facts.ids(filter);
  for (const place of ex?.places ?? []) {
    const out = new Set(ctx.facts.ids({ ...filter, place: placeFilter(place) }));
    ids = ids.filter((id) => !out.has(id));
    applied.push(`not in ${placeName(place)}`);
  }
  for (const industry of ex?.industries ?? []) {
    if (!ctx.facts.industriesAvailable) {
      selection.notApplied.push(`leaving out “${industry}” (this corpus has no industry facts yet)`);
      continue;
    }
    const out = new Set(ctx.facts.ids({ ...filter, industries: [...deps.industries.expand([industry])] }));
    ids = ids.filter((id) => !out.has(id));
    applied.push(`not in ${deps.industries.label(industry).toLowerCase()}`);
  }
  for (const term of terms) {
    // The sentences naming the term, as the job-terms answer reads them (stored at publish).
    ids = ids.filter((id) => !givenBy<TermGiven>(ctx, `job term: ${term}`, id));
    applied.push(`not mentioning ${term}`);
  }
  if (floor && !drop.includes('currency')) {
    const currency = floor.currency ?? plan.filters.currency;
    const reaching = new Set(
      ctx.facts
        .salaries({ ...filter, ...(currency ? { currency } : {}) })
        .filter((r) => r.period === 'year' && r.max >= floor.amount)
        .map((r) => r.id),
    );
    ids = ids.filter((id) => reaching.has(id));
    applied.push(
      `a posted yearly range reaching ${fmt(floor.amount)}${currency ? ` ${currency}` : ' (any currency)'}`,
    );
  }
  filter.ids = ids;
}

/**
 * The remote listings someone in a place can take: a remote place of the listing is that country,
 * its region without a country ("Remote (EU)", "Remote (EMEA)"), or worldwide as said. A time-zone
 * window alone ("Remote (UTC±3)") is left out: whether it takes the place is not read here.
 */
function openRemotely(asked: ResolvedPlace, ctx: Context, gazetteer: Gazetteer): string[] {
  const country = asked.country;
  const region = asked.region ?? (country ? gazetteer.parse(country)[0]?.region : undefined);
  return [...ctx.byId.values()]
    .filter((l) =>
      l.locations.some(
        (p) =>
          p.remote &&
          (p.country
            ? p.country === country
            : p.region
              ? p.region === region
              : // Worldwide as said ("Remote (worldwide)"), not a time-zone window ("Remote (UTC±3)").
                WORLDWIDE.test(p.raw)) &&
          !SUB_REGIONS.some(([re, countries]) => re.test(p.raw) && !countries.includes(country ?? '')),
      ),
    )
    .map((l) => l.id);
}

const WORLDWIDE = /^\s*remote\s*$|\b(?:worldwide|anywhere|global(?:ly)?)\b/i;
// Parts of a region a remote place may name ("Remote (Nordics)"): open only to their countries.
const SUB_REGIONS: Array<[RegExp, string[]]> = [
  [/\b(?:nordics?|scandinavia\w*)\b/i, ['Denmark', 'Sweden', 'Norway', 'Finland', 'Iceland']],
  [/\bdach\b/i, ['Germany', 'Austria', 'Switzerland']],
  [/\bbenelux\b/i, ['Belgium', 'Netherlands', 'Luxembourg']],
  [/\bbaltics?\b/i, ['Estonia', 'Latvia', 'Lithuania']],
  [/\biberia\w*\b/i, ['Spain', 'Portugal']],
];

function placeFilter(p: ResolvedPlace): FactFilter['place'] {
  if (p.city) return { city: p.city };
  if (p.country) return { country: p.country };
  if (p.region) return { region: p.region };
  return {};
}

const REGION_LABEL: Record<string, string> = {
  europe: 'Europe',
  'north-america': 'North America',
  'latin-america': 'Latin America',
  'asia-pacific': 'Asia-Pacific',
  'middle-east': 'the Middle East',
  africa: 'Africa',
};

function placeName(p: ResolvedPlace): string {
  if (p.city) return p.city.replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  if (p.country) return p.name.length <= 3 ? `the ${p.name.toUpperCase()}` : p.country;
  return REGION_LABEL[p.region ?? ''] ?? p.name;
}

function widen(p: ResolvedPlace, gazetteer: Gazetteer): ResolvedPlace | undefined {
  if (p.city && p.country) return { name: p.country, country: p.country };
  if (p.country) {
    const region = gazetteer.parse(p.country)[0]?.region;
    if (region) return { name: REGION_LABEL[region] ?? region, region };
  }
  return undefined;
}

function companyOfPlan(plan: AnswerPlan, ctx: Context): string | undefined {
  const asked = plan.filters.company?.toLowerCase();
  if (!asked) return undefined;
  const companies = [...new Set(ctx.titles.map((t) => t.company))];
  return (
    companies.find((c) => c.toLowerCase() === asked) ??
    companies.find((c) => c.toLowerCase().includes(asked)) ??
    companies.find((c) => c.toLowerCase().startsWith(asked.split(' ')[0] ?? asked))
  );
}

/** The selection as a noun phrase: "the 12 open listings matching lead level, in Berlin". */
function scope(sel: Selection, n: number): string {
  // "the 1 open listing at Thornbury": a company (or a place) alone reads as where, not as a match.
  const where = sel.applied.length === 1 && /^(?:at|in|that) /.test(sel.applied[0]!);
  const filters = `${where ? '' : 'matching '}${sel.applied.join(', ')}`;
  if (!sel.applied.length) return `all ${n} open listings`;
  return n === 1 ? `the only open listing ${filters} (N = 1)` : `the ${n} open listings ${filters}`;
}

/** What was widened or left out, said once after the first line. */
function selectionNotes(sel: Selection): string[] {
  const out: string[] = [];
  if (sel.widened)
    out.push(`(Nothing matched ${sel.widened.from} itself, so the place was widened to ${sel.widened.to}.)`);
  if (sel.notApplied.length) out.push(`(Not applied: ${sel.notApplied.join('; ')}.)`);
  return out;
}

const pct = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : '0%');
const fmt = (v: number) => Math.round(v).toLocaleString('en-US');

/** Answers a question from the whole corpus, offline. Deterministic: same corpus, same answer. */
export function answerQuestion(rawQuestion: string, deps: EngineDeps): EngineAnswer {
  const question = normalizeLine(rawQuestion).slice(0, MAX_QUESTION_CHARS);
  const ctx = contextOf(deps.reader);
  const understood = deps.understand(question);
  const plan = planQuestion(question, understood, {
    gazetteer: deps.gazetteer,
    listings: ctx.titles,
    industries: industryWords(deps.industries),
    employers: deps.employers ?? [],
    skillsIn: (text) => deps.understand(text).skills,
    ...(ctx.newestPosted ? { referenceDate: ctx.newestPosted } : {}),
  });
  const book = new CitationBook(ctx.citable);
  const out: Composed = { lines: [], n: null, applied: [], figures: [], listed: new Set() };
  const generation = deps.reader.generation.id;
  const composer = COMPOSERS[plan.intent];
  composer({ plan, ctx, deps, book, out });
  if (out.notes?.length) out.lines.splice(1, 0, ...out.notes);
  // Further parts of a multi-part question, each under the same filters.
  for (const part of plan.also ?? []) {
    const extra: Composed = {
      lines: [],
      n: null,
      applied: [],
      figures: [],
      listed: out.listed,
      ...(part === 'pay' && out.within ? { within: out.within } : {}),
    };
    // "how many are remote, and what do they pay?": the later parts are about the mode asked.
    // "which contract roles are there and what's the day rate?": the pay of the contract roles,
    // not of every listing the first part looked through.
    const filters = {
      ...plan.filters,
      ...(plan.partsMode ? { workMode: plan.partsMode } : {}),
      // "…and which ones accept people in Portugal?": the place is the later part's.
      ...(plan.partsPlace ? { place: plan.partsPlace.name } : {}),
      ...(part === 'pay' &&
      plan.intent === 'job_terms' &&
      (plan.term === 'contract' || plan.term === 'part-time')
        ? { employmentType: plan.term }
        : {}),
    };
    const partPlan: AnswerPlan = { ...plan, intent: part, filters };
    if (plan.partsPlace) {
      partPlan.place = plan.partsPlace;
      if (part === 'list_companies') partPlan.listListings = true;
    }
    COMPOSERS[part]({ plan: partPlan, ctx, deps, book, out: extra });
    out.lines.push('', ...extra.lines);
    appendAll(out.figures, extra.figures);
  }
  const answer = out.lines.join('\n');
  const citations = book.list();
  const notCovered = plan.intent === 'out_of_scope' || plan.intent === 'decline';
  return {
    kind: notCovered ? 'not_covered' : 'answered',
    answer,
    citations,
    mode: 'offline',
    generation,
    plan,
    n: out.n,
    applied: out.applied,
    figures: out.figures,
    sources: modelSources(citations, ctx, out),
    title: titleOf(plan, out),
    question,
  };
}

interface Composed {
  lines: string[];
  n: number | null;
  applied: string[];
  figures: string[];
  /** Passages quoted, by document id, for the model's sources. */
  quoted?: Map<string, string[]>;
  /** Widened or unapplied filters, said after the first line. */
  notes?: string[];
  /** Listings already shown line by line, shared by every part of one answer (none is shown twice). */
  listed?: Set<string>;
  /** The listings a later pay part is about ("is equity worth a lower base?": those offering equity). */
  within?: { ids: string[]; label: string };
}

interface ComposeInput {
  plan: AnswerPlan;
  ctx: Context;
  deps: EngineDeps;
  book: CitationBook;
  out: Composed;
}

function titleOf(plan: AnswerPlan, out: Composed): string {
  const base = plan.listListings ? 'Matching listings' : INTENT_TITLES[plan.intent];
  const filters = out.applied.filter((a) => !a.includes('widened')).slice(0, 3);
  return filters.length && plan.intent !== 'decline' && plan.intent !== 'out_of_scope'
    ? `${base} · ${filters.join(' · ')}`.slice(0, 256)
    : base;
}

function modelSources(citations: AnswerResult['citations'], ctx: Context, out: Composed): ModelSource[] {
  return citations.map((c) => {
    const listing = ctx.byId.get(c.listingId);
    let text: string;
    if (listing) {
      const d = detail(ctx, listing.id);
      const pay = listing.salary
        ? `pay ${listing.salary.min}-${listing.salary.max} ${listing.salary.currency} per ${listing.salary.period}`
        : 'pay not posted';
      text = `Facts: ${listing.location}; ${listing.remote}; level ${listing.seniority}; ${listing.yearsMin !== null ? `${listing.yearsMin}+ years; ` : ''}${pay}; skills: ${listing.skills.slice(0, 12).join(', ')}\n${(
        d?.sections ?? []
      )
        .slice(0, 2)
        .map((s) => s.text)
        .join('\n')}`;
    } else text = (out.quoted?.get(c.listingId) ?? []).join('\n');
    return {
      n: c.n,
      id: c.listingId,
      kind: listing ? 'listing' : 'guide',
      title: c.title,
      company: c.company,
      url: c.url,
      text: text.slice(0, 2500),
    };
  });
}

type Composer = (input: ComposeInput) => void;

/** Opens an aggregate answer: the selection, N and the filters applied. Returns the ids. */
function open(input: ComposeInput, sel: Selection): string[] {
  const ids = input.ctx.facts.ids(sel.filter);
  input.out.n = ids.length;
  input.out.applied = sel.applied;
  input.out.notes = selectionNotes(sel);
  input.out.figures.push(
    `N = ${ids.length} open listings; filters applied: ${sel.applied.join(', ') || 'none'}`,
  );
  return ids;
}

function fewOrNone(input: ComposeInput, sel: Selection, ids: string[], what: string): boolean {
  const { out, book, ctx } = input;
  if (ids.length === 0) {
    out.lines.push(
      `No open listing matches ${sel.applied.length ? sel.applied.join(', ') : 'that'}, so I have no ${what} to report. Try fewer filters, or /search with other words.`,
    );
    return true;
  }
  if (ids.length <= 2) {
    // Shown already by an earlier part of the same answer: said, not shown again.
    if (ids.every((id) => out.listed?.has(id))) {
      out.lines.push(
        `Only ${ids.length} open listing${ids.length > 1 ? 's match' : ' matches'} ${sel.applied.join(', ')}: ${ids.length > 1 ? 'both are' : 'it is'} listed above ${book.citeAll(ids, 2)}.`,
      );
      return true;
    }
    out.lines.push(
      `Only ${ids.length} open listing${ids.length > 1 ? 's match' : ' matches'} ${sel.applied.join(', ')}; here ${ids.length > 1 ? 'they are' : 'it is'}:`,
    );
    // "…and do they need Japanese?": what each one says about the aspect asked, in its own words
    // (place, mode, years and pay are on its line already).
    const extra = aspectsOf(input.plan.question).filter((a) => !SHOWN_IN_LINE.has(a));
    for (const id of ids) {
      const l = ctx.byId.get(id)!;
      out.lines.push(`- ${oneLine(l)} ${book.cite(id)}`);
      out.listed?.add(id);
      const d = extra.length ? detail(ctx, id) : null;
      if (d)
        for (const a of extra)
          for (const line of aspectLines(d, a, book, input.plan)) out.lines.push(`  ${line}`);
    }
    return true;
  }
  return false;
}

// What a listing's one line already says: its aspects need no second line.
const SHOWN_IN_LINE = new Set<Aspect>(['overview', 'pay', 'work_mode', 'years', 'skills']);

function oneLine(l: ListingSummary): string {
  const mode = l.remote === 'onsite' ? 'on-site' : l.remote;
  const pay = l.salary
    ? `${fmt(l.salary.min)}–${fmt(l.salary.max)} ${l.salary.currency}${l.salary.period === 'year' ? '' : ` per ${l.salary.period}`}`
    : 'pay not posted';
  return `**${l.title}** at ${l.company}: ${l.location} (${mode}), ${l.yearsMin !== null ? `${l.yearsMin}+ years, ` : ''}${pay}`;
}

const LEARNABLE = new Set([
  'language',
  'framework',
  'runtime',
  'datastore',
  'database',
  'cloud',
  'messaging',
  'infrastructure',
  'observability',
  'practice',
  'architecture',
  'security',
  'api',
  'tool',
  'platform',
  'data',
  'domain',
  'compliance',
  'testing',
]);

const requirements: Composer = (input) => {
  const { ctx, book, out } = input;
  const sel = selectionOf(input.plan, ctx, input.deps);
  const ids = open(input, sel);
  if (fewOrNone(input, sel, ids, 'requirements')) return;
  const n = ids.length;
  out.lines.push(`What they ask for most often, across ${scope(sel, n)}:`);
  // "do they need a CS degree?": asked first, answered first.
  if (DEGREE_ASKED.test(input.plan.question)) degreeLine(input, ids);
  const counts = ctx.facts.skillCounts(sel.filter);
  const technical = counts.filter((c) => c.category !== 'leadership').slice(0, 8);
  const leadership = counts.filter((c) => c.category === 'leadership').slice(0, 4);
  const examples = ctx.facts.examples(
    sel.filter,
    [...technical, ...leadership].map((c) => c.skill),
  );
  for (const c of technical) {
    out.lines.push(
      `- **${c.skill}**: asked for in ${c.listings} of ${n} (${pct(c.listings, n)}), required in ${c.required} ${book.citeAll(examples.get(c.skill)!, 2)}`,
    );
    out.figures.push(`${c.skill}: ${c.listings} of ${n}, required in ${c.required}`);
  }
  if (leadership.length)
    out.lines.push(
      `- Leadership side: ${leadership.map((c) => `${c.skill.toLowerCase()} (${c.listings} of ${n}) ${book.cite(examples.get(c.skill)![0]!)}`).join(', ')}`,
    );
  yearsLine(input, sel, n);
};

function yearsLine(input: ComposeInput, sel: Selection, n: number): void {
  const { ctx, book, out } = input;
  const years = ctx.facts.years(sel.filter);
  if (!years.length) {
    out.lines.push(`- Experience: none of the ${n} states a number of years.`);
    return;
  }
  const sorted = years.map((y) => y.years);
  const median = percentile(sorted, 0.5);
  const at = years.filter((y) => y.years === Math.round(median)).map((y) => y.id);
  out.lines.push(
    `- Experience: a median of ${median}+ years where stated (${years.length} of ${n}; from ${sorted[0]} to ${sorted[sorted.length - 1]}) ${book.citeAll(at.length ? at : [years[0]!.id], 2)}`,
  );
  out.figures.push(
    `years: median ${median}, ${years.length} of ${n} state it, range ${sorted[0]}-${sorted[sorted.length - 1]}`,
  );
}

/** How many listings a "which ones don't need X" answer names before "…and N more". */
const NOT_NAMED_SHOWN = 10;

const skillFrequency: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  if ((plan.compare && plan.compare.length >= 2) || (plan.comparePlaces && plan.comparePlaces.length >= 2)) {
    skillBySide(input);
    return;
  }
  // The pool is everything the other filters select; each named skill is counted in it.
  const sel = selectionOf(plan, ctx, input.deps, ['skills']);
  const ids = open(input, sel);
  const n = ids.length;
  if (n === 0) {
    fewOrNone(input, sel, ids, 'skill counts');
    return;
  }
  const skills = plan.filters.skills ?? [];
  const rows = skills.map((skill) => {
    const having = ctx.facts.withSkill(sel.filter, skill);
    return { skill, having, required: having.filter((h) => h.required).length };
  });
  const compare = plan.intent === 'skill_compare' && rows.length >= 2;
  const anyOf = compare ? ctx.facts.count({ ...sel.filter, skills, skillsMode: 'any' }) : 0;
  // Several skills asked together ("both kubernetes and terraform"): how many name every one of
  // them is the answer, said first; each count follows.
  const together = rows.length >= 2 && !compare && plan.filters.skillsMode !== 'any';
  const all = together
    ? rows[0]!.having.filter((h) => rows.every((r) => r.having.some((x) => x.id === h.id))).map((h) => h.id)
    : [];
  const one = plan.intent === 'skill_frequency' && rows.length === 1 ? rows[0] : undefined;
  out.lines.push(
    compare
      ? `Across ${scope(sel, n)}, ${anyOf} name at least one of ${skills.join(', ')}:`
      : together
        ? `**${all.length}** of ${scope(sel, n).replace(/^all /, 'the ')} name ${rows.length === 2 ? `both ${skills.join(' and ')}` : `all ${rows.length} of ${skills.join(', ')}`}${all.length ? ` ${book.citeAll(all, 3)}` : ''}. Each on its own:`
        : one
          ? `**${one.having.length}** of ${scope(sel, n).replace(/^all /, 'the ')} ask for ${one.skill} (${pct(one.having.length, n)}):`
          : `Across ${scope(sel, n)}:`,
  );
  if (together) out.figures.push(`naming all of ${skills.join(', ')}: ${all.length} of ${n}`);
  if (compare) out.figures.push(`naming at least one of ${skills.join(', ')}: ${anyOf} of ${n}`);
  for (const r of rows.sort((a, b) => b.having.length - a.having.length)) {
    out.lines.push(
      `- **${r.skill}**: asked for in ${r.having.length} of ${n} (${pct(r.having.length, n)}), as a requirement in ${r.required} ${book.citeAll(
        r.having.map((h) => h.id),
        3,
      )}`,
    );
    out.figures.push(
      `${r.skill}: ${r.having.length} of ${n} (${pct(r.having.length, n)}), required in ${r.required}`,
    );
  }
  if (compare) {
    const [a, b] = rows;
    const rest = rows.slice(1);
    out.lines.push(
      a!.having.length === b!.having.length
        ? `- ${a!.skill} and ${b!.skill} are equally common here (${a!.having.length} each).`
        : rows.length === 2
          ? `- So **${a!.skill}** is more common than ${b!.skill} here (${a!.having.length} against ${b!.having.length} of ${n}).`
          : `- So **${a!.skill}** is the most common here: ${a!.having.length} of ${n}, against ${rest.map((r) => `${r.having.length} for ${r.skill}`).join(' and ')}.`,
    );
    if (rows.length === 2) {
      const inB = new Set(b!.having.map((x) => x.id));
      const both = a!.having.filter((h) => inB.has(h.id)).length;
      out.lines.push(`- ${both} of the ${n} name both.`);
    }
  }
  // Three or more compared: how many name every one of them (two compared say how many name both).
  if (compare && rows.length >= 3 && plan.filters.skillsMode !== 'any') {
    const every = rows[0]!.having
      .filter((h) => rows.every((r) => r.having.some((x) => x.id === h.id)))
      .map((h) => h.id);
    out.lines.push(
      `- ${every.length} of the ${n} name all ${rows.length} of ${skills.join(', ')}${every.length ? ` ${book.citeAll(every, 3)}` : ''}.`,
    );
    out.figures.push(`naming all of ${skills.join(', ')}: ${every.length} of ${n}`);
  }
  // One skill asked about ("is kubernetes a must-have?"): how far from everywhere it is, in words.
  if (plan.intent === 'skill_frequency' && rows.length === 1 && n >= 3) {
    const r = rows[0]!;
    const share = r.having.length / n;
    const word =
      r.having.length === n
        ? 'every one of them'
        : share >= 0.9
          ? 'nearly all of them'
          : share >= 0.5
            ? 'most of them, not all'
            : share >= 0.2
              ? 'a minority of them'
              : 'few of them';
    out.lines.push(
      `- So ${r.skill} is asked for by ${word}: ${n - r.having.length} of the ${n} do not ask for it${r.required < r.having.length ? `, and ${r.having.length - r.required} ask for it only as a plus` : ''}.`,
    );
  }
  // "which lead roles don't need Java?": the ones that do not name it, by name.
  if (plan.listNotNamed && rows.length === 1) {
    const named = new Set(rows[0]!.having.map((h) => h.id));
    const without = ids.filter((id) => !named.has(id));
    const shown = without.slice(0, NOT_NAMED_SHOWN);
    if (shown.length) {
      out.lines.push(`Those that do not ask for ${rows[0]!.skill} (${without.length} of ${n}):`);
      for (const id of shown) {
        const l = ctx.byId.get(id);
        if (l) out.lines.push(`- **${l.company}**, ${l.title}: ${l.location} ${book.cite(id)}`);
      }
      if (without.length > shown.length)
        out.lines.push(
          `- …and ${without.length - shown.length} more; /search with the same words lists them all.`,
        );
    }
  }
  if (!skills.length)
    out.lines.push('- Name a skill (e.g. Kafka, k8s, golang) and I can count how many listings ask for it.');
};

/** A skill's share on each side compared ("terraform: senior vs lead"): N, count and share per side. */
function skillBySide(input: ComposeInput): void {
  const { ctx, book, out, plan } = input;
  const skills = plan.filters.skills ?? [];
  const byPlace = !plan.compare?.length && (plan.comparePlaces?.length ?? 0) >= 2;
  const side = (label: string, sidePlan: AnswerPlan) => {
    const sel = selectionOf(sidePlan, ctx, input.deps, ['skills']);
    const ids = ctx.facts.ids(sel.filter);
    return { label, sel, ids, having: skills.map((s) => ctx.facts.withSkill(sel.filter, s)) };
  };
  const sides = byPlace
    ? (plan.comparePlaces ?? []).map((place) =>
        side(placeName(place), { ...plan, place, filters: { ...plan.filters, place: place.name } }),
      )
    : (plan.compare ?? []).map((level) =>
        side(LEVEL_NAMES[level], { ...plan, filters: { ...plan.filters, level } }),
      );
  // The filters besides the side, said once.
  const restFilters = { ...plan.filters, place: undefined, level: byPlace ? plan.filters.level : undefined };
  const rest = selectionOf({ ...plan, filters: restFilters }, ctx, input.deps, ['skills']);
  out.n = sides.reduce((sum, side) => sum + side.ids.length, 0);
  out.applied = rest.applied;
  out.notes = selectionNotes(rest);
  out.figures.push(
    `N per side: ${sides.map((s) => `${s.label} ${s.ids.length}`).join(', ')}; filters applied besides the side: ${rest.applied.join(', ') || 'none'}`,
  );
  skills.forEach((skill, i) => {
    out.lines.push(
      `**${skill}** by ${byPlace ? 'place' : 'level'}${rest.applied.length ? ` (open listings matching ${rest.applied.join(', ')})` : ' (all open listings)'}:`,
    );
    for (const side of sides) {
      const having = side.having[i]!;
      const n = side.ids.length;
      out.lines.push(
        n
          ? `- **${cap(side.label)}**: asked for in ${having.length} of ${n} (${pct(having.length, n)}), as a requirement in ${having.filter((h) => h.required).length} ${book.citeAll(
              having.map((h) => h.id),
              2,
            )}`.trimEnd()
          : `- **${cap(side.label)}**: no open listing matches, so nothing to count.`,
      );
      out.figures.push(`${skill} at ${side.label}: ${having.length} of ${n} (${pct(having.length, n)})`);
    }
    const counted = sides.filter((s) => s.ids.length);
    if (counted.length >= 2) {
      const share = (s: (typeof sides)[number]) => s.having[i]!.length / s.ids.length;
      const ranked = [...counted].sort((a, b) => share(b) - share(a));
      const [top, next] = [ranked[0]!, ranked[1]!];
      out.lines.push(
        share(top) === share(next)
          ? `- So ${skill} is as common in ${top.label} listings as in ${next.label} listings (${pct(top.having[i]!.length, top.ids.length)} each).`
          : `- So ${skill} is named more often in ${top.label} listings (${pct(top.having[i]!.length, top.ids.length)}) than in ${next.label} listings (${pct(next.having[i]!.length, next.ids.length)}).`,
      );
    }
  });
}

const KIND_WORDS: Record<string, string> = {
  language: 'languages',
  database: 'databases',
  cloud: 'clouds',
  framework: 'frameworks',
  streaming: 'messaging and streaming tools',
  infrastructure: 'infrastructure tools',
  operations: 'operations and observability tools',
};

const topSkills: Composer = (input) => {
  const { ctx, book, out } = input;
  const sel = selectionOf(input.plan, ctx, input.deps);
  const ids = open(input, sel);
  if (fewOrNone(input, sel, ids, 'skill counts')) return;
  const n = ids.length;
  const kinds = input.plan.skillCategories;
  const counts = ctx.facts
    .skillCounts(sel.filter)
    .filter((c) => c.category !== 'leadership' && (LEARNABLE.has(c.category) || c.category !== 'soft'))
    .filter((c) => !kinds?.length || kinds.includes(c.category));
  const kind = kinds?.length ? (KIND_WORDS[kinds[0]!] ?? 'skills') : 'skills';
  out.lines.push(`The ${kind} named most across ${scope(sel, n)}:`);
  if (!counts.length) out.lines.push(`- None of them names any ${kind}.`);
  // "top 5 skills": as many as asked, ten otherwise.
  const shown = counts.slice(0, input.plan.top ?? 10);
  const examples = ctx.facts.examples(
    sel.filter,
    shown.map((c) => c.skill),
  );
  shown.forEach((c, i) => {
    out.lines.push(
      `${i + 1}. **${c.skill}**: ${c.listings} of ${n} (${pct(c.listings, n)}), required in ${c.required} ${book.citeAll(examples.get(c.skill)!, 2)}`,
    );
    out.figures.push(`${c.skill}: ${c.listings} of ${n}`);
  });
  // Leadership asks (hiring, people management, mentoring) are counted apart from the technical
  // skills: for manager and lead listings they are often the most named of all.
  if (!kinds?.length) {
    const leading = ctx.facts
      .skillCounts(sel.filter)
      .filter((c) => c.category === 'leadership')
      .slice(0, 3);
    if (leading.length) {
      const cited = ctx.facts.examples(
        sel.filter,
        leading.map((c) => c.skill),
      );
      out.lines.push(
        `Leadership asks named most: ${leading.map((c) => `**${c.skill}** ${c.listings} of ${n} (${pct(c.listings, n)}) ${book.citeAll(cited.get(c.skill) ?? [], 1)}`).join(', ')}`,
      );
    }
  }
};

const years: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  // "do staff roles need more years than lead roles?": each level's years, side by side.
  if (plan.compare && plan.compare.length >= 2) {
    const base = selectionOf(plan, ctx, input.deps, ['level']);
    out.applied = base.applied;
    out.lines.push(
      `Years of experience asked by level${base.applied.length ? ` (${base.applied.join(', ')})` : ''}:`,
    );
    let total = 0;
    for (const level of plan.compare) {
      const filter = { ...base.filter, seniority: level };
      const n = ctx.facts.count(filter);
      total += n;
      const ys = ctx.facts.years(filter);
      const sorted = ys.map((y) => y.years);
      out.lines.push(
        ys.length
          ? `- **${cap(LEVEL_NAMES[level])}** (${n} listings, ${ys.length} state a minimum): median ${percentile(sorted, 0.5)}+ years, from ${sorted[0]} to ${sorted[sorted.length - 1]} ${book.citeAll(
              ys.map((y) => y.id),
              2,
            )}`
          : `- **${cap(LEVEL_NAMES[level])}** (${n} listings): none states a minimum number of years.`,
      );
      out.figures.push(
        `${level}: ${n} listings, ${ys.length} state years${ys.length ? `, median ${percentile(sorted, 0.5)}` : ''}`,
      );
    }
    out.n = total;
    return;
  }
  const sel = selectionOf(input.plan, ctx, input.deps);
  const ids = open(input, sel);
  if (fewOrNone(input, sel, ids, 'years')) {
    const few = ctx.facts.years(sel.filter).map((y) => y.years);
    if (few.length) out.lines.push(`- Median of the stated minimums: ${percentile(few, 0.5)}+ years`);
    return;
  }
  const n = ids.length;
  const ys = ctx.facts.years(sel.filter);
  out.lines.push(`Years of experience asked, across ${scope(sel, n)}:`);
  if (DEGREE_ASKED.test(plan.question)) degreeLine(input, ids);
  if (!ys.length) {
    out.lines.push(`- None of the ${n} states a minimum number of years.`);
    return;
  }
  const sorted = ys.map((y) => y.years);
  const median = percentile(sorted, 0.5);
  out.lines.push(
    `- **Median: ${median}+ years** (${ys.length} of the ${n} state a minimum; ${n - ys.length} ${n - ys.length === 1 ? 'does' : 'do'} not)`,
  );
  // Years are asked in whole numbers: the quartiles are said as whole years too.
  const [q1, q3] = [Math.round(percentile(sorted, 0.25)), Math.round(percentile(sorted, 0.75))];
  const exactly = sorted.filter((y) => y === median).length;
  out.lines.push(
    `- Range: from ${sorted[0]} ${book.cite(ys[0]!.id)} to ${sorted[sorted.length - 1]} years ${book.cite(ys[ys.length - 1]!.id)}; ${
      q1 === q3 && exactly * 2 >= ys.length
        ? `${exactly} of the ${ys.length} ask exactly ${median}`
        : q1 === q3
          ? `the middle half ask about ${q1}`
          : `the middle half ask ${q1}–${q3}`
    }`,
  );
  const buckets: Array<[string, number, number]> = [
    ['up to 5', 0, 5],
    ['6–7', 6, 7],
    ['8–9', 8, 9],
    ['10 or more', 10, 99],
  ];
  out.lines.push(
    `- Spread: ${buckets.map(([label, lo, hi]) => `${label}: ${sorted.filter((y) => y >= lo && y <= hi).length}`).join(', ')}`,
  );
  out.figures.push(
    `years: median ${median}, ${ys.length} of ${n} state it, range ${sorted[0]}-${sorted[sorted.length - 1]}`,
  );
  yearsWithin(input, ys, n);
  quoteGuides(input, 'years', ['guide-skills-expected'], /years/i, 1);
};

/**
 * The listings inside a years bound the question states ("6 yrs or less": those asking at most 6;
 * "10+ years": those asking at least 10), counted over the ones that state a minimum and listed.
 */
function yearsWithin(input: ComposeInput, ys: Array<{ id: string; years: number }>, n: number): void {
  const { plan, ctx, book, out } = input;
  const { yearsAtMost: most, yearsAtLeast: least } = plan;
  if (most === undefined && least === undefined) return;
  const inside = ys.filter(
    (y) => (most === undefined || y.years <= most) && (least === undefined || y.years >= least),
  );
  const bound =
    most !== undefined && least !== undefined
      ? `${least} to ${most} years`
      : most !== undefined
        ? `${most} years or fewer`
        : `${least} years or more`;
  out.lines.push(
    `- **Asking ${bound}: ${inside.length} of the ${ys.length}** that state a minimum${n > ys.length ? ` (the other ${n - ys.length} state none)` : ''}${inside.length ? ':' : '.'}`,
  );
  out.figures.push(`asking ${bound}: ${inside.length} of ${ys.length} stating years`);
  const sorted = [...inside].sort((a, b) => a.years - b.years);
  for (const y of sorted.slice(0, 10)) {
    const l = ctx.byId.get(y.id);
    if (l)
      out.lines.push(
        `  - ${y.years}+ years: **${l.title}** at ${l.company} (${l.location}) ${book.cite(l.id)}`,
      );
  }
  if (sorted.length > 10) out.lines.push(`  - …and ${sorted.length - 10} more.`);
}

const pay: Composer = (input) => {
  const { plan, out } = input;
  // "lead vs manager pay", "remote or on-site, which pays more?", "rust or go, which pays better?":
  // one pay section per side, under the other filters.
  const sides: Array<{ label: string; filters: AnswerPlan['filters']; place?: ResolvedPlace }> = plan.compare
    ?.length
    ? plan.compare.map((level) => ({ label: LEVEL_NAMES[level], filters: { ...plan.filters, level } }))
    : (plan.compareIndustries?.length ?? 0) >= 2
      ? plan.compareIndustries!.map((industry) => ({
          label: input.deps.industries.label(industry),
          filters: { ...plan.filters, industry },
        }))
      : (plan.comparePlaces?.length ?? 0) >= 2
        ? plan.comparePlaces!.map((place) => ({
            label: placeName(place),
            filters: { ...plan.filters, place: place.name },
            place,
          }))
        : plan.compareModes?.length
          ? plan.compareModes.map((mode) => ({
              label: mode === 'onsite' ? 'on-site' : mode,
              filters: { ...plan.filters, workMode: mode },
            }))
          : (plan.compareSkills ?? []).map((skill) => ({
              label: `${skill}`,
              filters: { ...plan.filters, skills: [skill], skillsMode: 'all' as const },
            }));
  if (sides.length >= 2) {
    let total = 0;
    const applied: string[] = [];
    const medians = new Map<string, Array<{ level: string; median: number; n: number }>>();
    for (const side of sides) {
      const part: Composed = { lines: [], n: null, applied: [], figures: [] };
      const groups = payFor(
        {
          ...input,
          plan: {
            ...plan,
            compare: undefined,
            compareModes: undefined,
            compareSkills: undefined,
            comparePlaces: undefined,
            compareIndustries: undefined,
            place: side.place ?? plan.place,
            filters: side.filters,
          },
          out: part,
        },
        3,
      );
      const level = side.label;
      for (const [key, g] of groups) medians.set(key, [...(medians.get(key) ?? []), { level, ...g }]);
      appendAll(out.lines, part.lines).push('');
      appendAll(out.figures, part.figures);
      total += part.n ?? 0;
      appendAll(
        applied,
        part.applied.filter((a) => !applied.includes(a)),
      );
    }
    out.lines.pop();
    // Which pays more: only where both levels post in the same currency and period.
    for (const [key, rows] of medians) {
      if (rows.length < 2) continue;
      const [hi, lo] = [...rows].sort((a, b) => b.median - a.median);
      const few = rows.some((r) => r.n < 3) ? ' (too few ranges on one side for a firm answer)' : '';
      out.lines.push(
        `So, in ${key.replace('|', ' per ')}: ${hi!.level} listings post a higher median midpoint (${fmt(hi!.median)} over ${hi!.n}) than ${lo!.level} (${fmt(lo!.median)} over ${lo!.n})${few}.`,
      );
    }
    out.n = total;
    out.applied = applied;
    return;
  }
  // "why is a 750 EUR day rate not the same as a 180k salary?": how the two compare comes first,
  // with the member's numbers worked through and the guide's reasons; the 180k is theirs, no
  // premise about the postings.
  if (weighedNumbers(plan.question)) {
    weighContract(input, TERM_GUIDE.contract);
    payFor({ ...input, plan: { ...plan, premise: undefined } }, 6);
    return;
  }
  payFor(input, 6);
  if (plan.payAtLeast) payFloor(input);
};

/**
 * A minimum pay asked ("lead roles over $200k"): how many of the listings that post a yearly range
 * (in the currency stated) reach it, each named, the highest first.
 */
function payFloor(input: ComposeInput): void {
  const { plan, ctx, book, out } = input;
  const floor = plan.payAtLeast!;
  const currency = floor.currency ?? plan.filters.currency;
  const sel = selectionOf({ ...plan, payAtLeast: undefined }, ctx, input.deps);
  const rows = ctx.facts
    .salaries({ ...sel.filter, ...(currency ? { currency } : {}) })
    .filter((r) => r.period === 'year');
  const reaching = rows.filter((r) => r.max >= floor.amount).sort((a, b) => b.max - a.max || b.min - a.min);
  const what = `${fmt(floor.amount)}${currency ? ` ${currency}` : ''} a year`;
  const said = sel.applied.filter((a) => !a.startsWith('pay posted in'));
  out.lines.push(
    `- **Reaching ${what} at the top of the range: ${reaching.length} of the ${rows.length}** ${said.length ? `listings matching ${said.join(', ')} ` : ''}that post a yearly range${currency ? ` in ${currency}` : ' (any currency, never converted)'}${reaching.length ? ':' : '.'}`,
  );
  for (const r of reaching.slice(0, 10)) {
    const l = ctx.byId.get(r.id);
    if (l)
      out.lines.push(
        `  - ${fmt(r.min)}–${fmt(r.max)} ${r.currency} at ${l.company}, ${l.title} ${book.cite(r.id)}`,
      );
  }
  if (reaching.length > 10) out.lines.push(`  - …and ${reaching.length - 10} more.`);
  out.figures.push(`reaching ${what}: ${reaching.length} of ${rows.length} posting a yearly range`);
}

const PERIOD_WORDS: Record<'day' | 'hour' | 'month' | 'year', string> = {
  day: 'day rates',
  hour: 'hourly rates',
  month: 'monthly salaries',
  year: 'annual salaries',
};
/** The pay period a question asks for ("day rate", "per hour", "monthly"), if any. */
export function periodAsked(rawQuestion: string): 'day' | 'hour' | 'month' | 'year' | undefined {
  // "annual, not day rates", "keep day rates separate from salaries": a period set apart is not asked.
  const question = rawQuestion
    .replace(
      /\b(?:not|no|without|excluding|except|ignore|ignoring)\s+(?:the\s+|any\s+)?(?:day|daily|hourly|monthly)(?: rates?| pay)?\b/gi,
      ' ',
    )
    .replace(
      /\b(?:day|daily|hourly|monthly) (?:rates?|pay) (?:separate|apart|out)\b|\bseparate\w* (?:from )?(?:the )?(?:day|hourly) rates?\b/gi,
      ' ',
    );
  if (
    question !== rawQuestion &&
    /\b(?:annual(?:ly)?|yearly|per year|a year|salar(?:y|ies))\b/i.test(question) &&
    !/\b(?:day|daily|hourly) rates?\b/i.test(question)
  )
    return /\bseparate|apart\b/i.test(rawQuestion) ? undefined : 'year';
  if (
    /\b(?:day|daily) rates?\b|\bper[- ]day\b|(?:\d[\d,.]*k?|\b(?:pay|paid|earn\w*|make|bill\w*|charge\w*))\s+(?:\w+\s+){0,2}a day\b|\/\s?day\b|\bpaid (?:per|by the) day\b/i.test(
      question,
    )
  )
    return 'day';
  if (
    /\bhourly\b|\bper[- ]hour\b|(?:\d[\d,.]*k?|\b(?:pay|paid|earn\w*|make|bill\w*|charge\w*))\s+(?:\w+\s+){0,2}an hour\b|\/\s?h(?:ou)?r\b|\bby the hour\b/i.test(
      question,
    )
  )
    return 'hour';
  if (
    /\bmonthly (?:pay|salar\w*|rates?)\b|\bper month\b|(?:\d[\d,.]*k?|\b(?:pay|paid|earn\w*|make|gross|net))\s+(?:\w+\s+){0,2}a month\b/i.test(
      question,
    )
  )
    return 'month';
  return undefined;
}

/** Posted pay of one selection; returns each currency and period's median midpoint and N. */
function payFor(input: ComposeInput, maxBands: number): Map<string, { median: number; n: number }> {
  const medians = new Map<string, { median: number; n: number }>();
  const { ctx, book, out, plan } = input;
  const sel = selectionOf(plan, ctx, input.deps);
  if (out.within) {
    sel.filter.ids = out.within.ids;
    sel.applied.push(out.within.label);
  }
  const ids = open(input, sel);
  if (ids.length === 0) {
    fewOrNone(input, sel, ids, 'posted pay');
    return medians;
  }
  const n = ids.length;
  const all = ctx.facts.salaries(sel.filter);
  // "what's the day rate?", "hourly rate in USD": that period's ranges only; annual bands are
  // another kind of pay and never mixed in (said when none is posted).
  const period = periodAsked(plan.question);
  const inPeriod = period ? all.filter((r) => r.period === period) : all;
  if (period && all.length)
    out.lines.push(
      inPeriod.length
        ? `${cap(PERIOD_WORDS[period])}, posted by ${inPeriod.length} of ${scope(sel, n).replace(/^all /, 'the ')}${all.length > inPeriod.length ? ` (the ${all.length - inPeriod.length} other posted range${all.length - inPeriod.length === 1 ? ' is' : 's are'} per ${[...new Set(all.filter((r) => r.period !== period).map((r) => r.period))].join(' or ')}, not mixed in)` : ''}:`
        : `No ${PERIOD_WORDS[period].replace(/s$/, '')} is posted in ${scope(sel, n).replace(/^all /, 'the ')}.`,
    );
  const rows = inPeriod.length ? inPeriod : all;
  const groups = new Map<string, typeof rows>();
  for (const r of rows)
    groups.set(`${r.currency}|${r.period}`, [...(groups.get(`${r.currency}|${r.period}`) ?? []), r]);
  if (!rows.length) {
    out.lines.push(
      `Posted pay across ${scope(sel, n)}: ${n === 1 ? 'it does not post' : 'none of them posts'} a pay range, so I won't guess one.`,
    );
    if (plan.premise)
      out.lines.push(`- So nothing here supports the ${fmt(plan.premise.amount)} in the question.`);
    return medians;
  }
  if (!period || !inPeriod.length)
    out.lines.push(
      `Posted pay across ${scope(sel, n)}: ${rows.length} post${rows.length === 1 ? 's' : ''} a range. By currency and period, never converted:`,
    );
  let ordered = [...groups].sort((a, b) => b[1].length - a[1].length);
  // "USD vs GBP": the currencies asked, side by side; the others are counted, not shown.
  const asked = plan.currencies ?? [];
  const named = ordered.filter(([key]) => asked.includes(key.split('|')[0]!));
  if (asked.length >= 2 && named.length) {
    const others = ordered.filter((x) => !named.includes(x));
    const left = others.reduce((sum, [, g]) => sum + g.length, 0);
    ordered = named.sort(
      (a, b) =>
        asked.indexOf(a[0].split('|')[0]!) - asked.indexOf(b[0].split('|')[0]!) || b[1].length - a[1].length,
    );
    out.lines.push(
      `Shown: ${asked.join(' and ')}, as asked${left ? ` (${left} range${left === 1 ? '' : 's'} in other currencies left out; never converted)` : ''}.`,
    );
  }
  const missing =
    asked.length >= 2 && named.length
      ? asked.filter((code) => !named.some(([key]) => key.startsWith(`${code}|`)))
      : [];
  const rare = ordered.slice(maxBands).filter(([, g]) => g.length < 3);
  for (const [key, group] of ordered.filter((x) => !rare.includes(x))) {
    const [currency, period] = key.split('|');
    const mids = group.map((r) => (r.min + r.max) / 2).sort((a, b) => a - b);
    medians.set(key, { median: percentile(mids, 0.5), n: group.length });
    const cites = book.citeAll(
      group.map((r) => r.id),
      3,
    );
    if (group.length >= 3) {
      const median = percentile(mids, 0.5);
      const [q1, q3] = [percentile(mids, 0.25), percentile(mids, 0.75)];
      const low = [...group].sort((a, b) => a.min - b.min)[0]!;
      const high = [...group].sort((a, b) => b.max - a.max)[0]!;
      const company = (id: string) => ctx.byId.get(id)?.company ?? id;
      out.lines.push(
        `- **${currency} per ${period}** (N=${group.length}): median midpoint ${fmt(median)}; ${q1 === q3 ? `the middle half all at ${fmt(q1)}` : `middle half ${fmt(q1)}–${fmt(q3)}`}; posted ranges span ${fmt(low.min)} (${company(low.id)}) to ${fmt(high.max)} (${company(high.id)}) ${cites}`,
      );
      // A handful of ranges in a short answer reads better as the ranges themselves.
      // (Not when an earlier part of the answer listed these very roles with their rates.)
      if (group.length <= 5 && rows.length <= 8 && !group.every((r) => out.listed?.has(r.id)))
        for (const r of [...group].sort((a, b) => b.max - a.max))
          out.lines.push(`  - ${fmt(r.min)}–${fmt(r.max)} at ${company(r.id)} ${book.cite(r.id)}`);
      out.figures.push(
        `${currency}/${period}: N=${group.length}, median midpoint ${median}, span ${extent(group.map((r) => r.min)).min}-${extent(group.map((r) => r.max)).max}`,
      );
    } else {
      out.lines.push(
        `- **${currency} per ${period}**: only ${group.length} posted range${group.length > 1 ? 's' : ''}, too few for a band: ${group.map((r) => `${fmt(r.min)}–${fmt(r.max)} at ${ctx.byId.get(r.id)?.company ?? r.id} ${book.cite(r.id)}`).join('; ')}`,
      );
      out.figures.push(
        `${currency}/${period}: only ${group.length} ranges (${group.map((r) => `${r.min}-${r.max}`).join(', ')})`,
      );
    }
  }
  for (const code of missing) out.lines.push(`- **${code}**: no posted range.`);
  if (rare.length)
    out.lines.push(
      `- Also posted, once or twice each (too few for a band): ${rare
        .map(([key, g]) =>
          // A long tail of one-off currencies is named, not sourced line by line: a source list
          // of fifty listings buries the answer (each is one /search away).
          rare.length <= 3
            ? `${key.replace('|', ' per ')} ${book.citeAll(
                g.map((r) => r.id),
                1,
              )}`
            : key.replace('|', ' per '),
        )
        .join(', ')}`,
    );
  if (rows.length && rows.length < n && rows === all)
    out.lines.push(
      `- ${n - rows.length} of the ${n} post${n - rows.length === 1 ? 's' : ''} no pay and ${n - rows.length === 1 ? 'is' : 'are'} not counted${
        // Few: named, so the member knows which to ask about pay.
        n - rows.length <= 3
          ? ` (${ids
              .filter((id) => !rows.some((r) => r.id === id))
              .map((id) => `${ctx.byId.get(id)?.company ?? id} ${book.cite(id)}`)
              .join(', ')})`
          : ''
      }.`,
    );
  if (plan.premise) {
    const cur = plan.premise.currency ?? plan.filters.currency;
    const inCur = rows.filter((r) => r.period === 'year' && (!cur || r.currency === cur));
    const top = inCur.sort((a, b) => b.max - a.max)[0];
    if (top && top.max < plan.premise.amount)
      out.lines.push(
        `- On the ${fmt(plan.premise.amount)}${cur ? ` ${cur}` : ''} in the question: no listing here posts that much. The highest posted yearly range${cur ? ` in ${cur}` : ''} tops out at ${fmt(top.max)} ${top.currency}, at ${ctx.byId.get(top.id)?.company ?? top.id} ${book.cite(top.id)}.`,
      );
    else if (top)
      out.lines.push(
        `- On the ${fmt(plan.premise.amount)} in the question: ${inCur.filter((r) => r.max >= plan.premise!.amount).length} posted yearly range${cur ? `s in ${cur}` : 's'} reach it ${book.cite(top.id)}.`,
      );
    else
      out.lines.push(
        `- On the ${fmt(plan.premise.amount)} in the question: no posted yearly range${cur ? ` in ${cur}` : ''} here to check it against, so the postings do not support it.`,
      );
  }
  return medians;
}

const workMode: Composer = (input) => {
  const { ctx, book, out } = input;
  const sel = selectionOf(input.plan, ctx, input.deps, ['workMode']);
  const ids = open(input, sel);
  // One or two listings still get the split asked for, then each one with its mode.
  if (ids.length === 0) {
    fewOrNone(input, sel, ids, 'work-mode split');
    return;
  }
  const n = ids.length;
  const modes = ctx.facts.workModes(sel.filter);
  out.lines.push(`Work mode across ${scope(sel, n)}:`);
  for (const mode of ['remote', 'hybrid', 'onsite', 'unknown']) {
    const group = modes.find((m) => m.mode === mode)?.ids ?? [];
    if (!group.length && mode === 'unknown') continue;
    const label =
      mode === 'onsite'
        ? 'On-site'
        : mode === 'unknown'
          ? 'Not stated'
          : mode[0]!.toUpperCase() + mode.slice(1);
    out.lines.push(
      `- **${label}**: ${group.length} of ${n} (${pct(group.length, n)}) ${book.citeAll(group, 2)}`.trimEnd(),
    );
    out.figures.push(`${mode}: ${group.length} of ${n}`);
  }
  // A few listings: each one with its mode. "Which ones are remote?": those, by name.
  const asked = /\b(?:which|who|what companies|name|list)\b/i.test(input.plan.question)
    ? (['remote', 'hybrid', 'onsite'] as const).find((m) =>
        (m === 'onsite'
          ? /\bon-?site\b|\bin[- ]office\b|\boffice[- ]based\b/i
          : new RegExp(`\\b${m}\\b`, 'i')
        ).test(input.plan.question),
      )
    : undefined;
  const named = (n <= 8 ? ids : asked ? (modes.find((m) => m.mode === asked)?.ids ?? []) : []).filter(
    (id) => !out.listed?.has(id),
  );
  if (named.length) {
    out.lines.push(
      n <= 8
        ? named.length === n
          ? 'Each of them:'
          : 'The others, each with its mode:'
        : `The ${named.length} ${asked === 'onsite' ? 'on-site' : asked}:`,
    );
    for (const id of named.slice(0, 15)) {
      const l = ctx.byId.get(id)!;
      out.lines.push(
        `- **${l.company}**, ${l.title}: ${l.remote === 'onsite' ? 'on-site' : l.remote === 'unknown' ? 'mode not stated' : l.remote} (${l.location}) ${book.cite(id)}`,
      );
      out.listed?.add(id);
    }
    if (named.length > 15) out.lines.push(`- …and ${named.length - 15} more.`);
  }
};

const VISA_NAMED = 8;
const NO_RELOCATION_TERMS = { offered: false, refused: false, evidence: null };
const visa: Composer = (input) => {
  const { ctx, book, out } = input;
  const sel = selectionOf(input.plan, ctx, input.deps);
  const ids = open(input, sel);
  if (ids.length === 0) {
    fewOrNone(input, sel, ids, 'relocation terms');
    return;
  }
  const n = ids.length;
  const terms = ids.map((id) => ({
    id,
    t: givenBy<ReturnType<typeof relocationTerms>>(ctx, 'relocation', id) ?? NO_RELOCATION_TERMS,
  }));
  const offered = terms.filter((x) => x.t.offered);
  const refused = terms.filter((x) => x.t.refused);
  out.lines.push(`Relocation and visa help across ${scope(sel, n)}:`);
  // One to three listings ("does Orrery sponsor visas?"): each one's answer in its own words, first.
  if (n <= 3) {
    const quiet = terms.filter((x) => !x.t.refused && !x.t.offered);
    if (quiet.length > 1) {
      out.lines.push(
        `- ${quiet.length === n ? `None of the ${n}` : `${quiet.length} of them`} says anything about visas or relocation (${quiet.map((x) => ctx.byId.get(x.id)!.company).join(', ')}) ${book.citeAll(
          quiet.map((x) => x.id),
          3,
        )}; silence usually means no sponsorship, so ask before applying.`,
      );
    }
    for (const x of terms) {
      if (quiet.length > 1 && quiet.includes(x)) continue;
      const l = ctx.byId.get(x.id)!;
      const verdict = x.t.refused
        ? 'no, it says it cannot sponsor'
        : x.t.offered
          ? /\bvisas?\b|\bpermits?\b|\bsponsor\w*|employment pass|blue card/i.test(x.t.evidence ?? '')
            ? 'yes, it offers visa or permit help'
            : 'it offers relocation help (it names no visa help)'
          : 'it does not say, which usually means no sponsorship';
      out.lines.push(
        `- **${l.company}**, ${l.title} (${l.location}): ${verdict}${x.t.evidence ? `: “${around(x.t.evidence, /relocat\w*|visas?|permits?|sponsor\w*|employment pass|right to work/i, 160)}”` : ''} ${book.cite(x.id)}`,
      );
    }
    out.figures.push(`relocation/visa offered: ${offered.length} of ${n}; refused: ${refused.length}`);
    quoteGuides(input, 'visa_relocation', ['guide-remote-and-distributed-teams'], /relocation|visa/i, 1);
    return;
  }
  out.lines.push(
    `- **Offer relocation or visa help**: ${offered.length} of ${n}${
      offered.length
        ? ` ${book.citeAll(
            offered.map((x) => x.id),
            4,
          )}`
        : ''
    }`,
  );
  // Who offers it, by name: what a member who needs a visa acts on. Visa or permit help is told
  // apart from relocation alone, and comes first when a visa is asked about.
  const visaHelp = /\bvisas?\b|\bpermits?\b|\bsponsor\w*|employment pass|blue card/i;
  const visaAsked = visaHelp.test(input.plan.question);
  const ranked = [...offered].sort(
    (a, b) =>
      Number(visaAsked && visaHelp.test(b.t.evidence ?? '')) -
      Number(visaAsked && visaHelp.test(a.t.evidence ?? '')),
  );
  // Everyone who helps with a visa is named when a visa is asked (up to 12); relocation alone fills up to 8.
  const named = visaAsked
    ? Math.max(VISA_NAMED, Math.min(12, offered.filter((x) => visaHelp.test(x.t.evidence ?? '')).length))
    : VISA_NAMED;
  for (const x of ranked.slice(0, named)) {
    const l = ctx.byId.get(x.id)!;
    const kind = visaHelp.test(x.t.evidence ?? '') ? 'visa or permit help' : 'relocation help';
    out.lines.push(
      `  - **${l.company}** (${l.location}), ${kind}: “${around(x.t.evidence ?? '', /relocat\w*|visas?|permits?|sponsor\w*|employment pass/i, 110)}” ${book.cite(x.id)}`,
    );
  }
  if (offered.length > named) out.lines.push(`  - …and ${offered.length - named} more.`);
  // "for someone from India": the remote listings they can take from home need no visa.
  const origin = input.plan.origin;
  if (origin) {
    const openThere = new Set(openRemotely(origin, ctx, input.deps.gazetteer));
    const remote = ids.filter((id) => openThere.has(id) && ctx.byId.get(id)!.remote === 'remote');
    out.lines.push(
      `- **Remote and open to someone in ${placeName(origin)}** (no move needed): ${remote.length} of ${n}${
        remote.length
          ? `: ${remote
              .slice(0, 4)
              .map(
                (id) => `**${ctx.byId.get(id)!.company}** (${ctx.byId.get(id)!.location}) ${book.cite(id)}`,
              )
              .join(', ')}${remote.length > 4 ? `, and ${remote.length - 4} more` : ''}`
          : ''
      }`,
    );
    out.figures.push(`remote and open to ${origin.name}: ${remote.length} of ${n}`);
  }
  // Lines that would count nothing are left out ("cannot sponsor: 0", "the other 0 do not say").
  if (refused.length)
    out.lines.push(
      `- **Say they cannot sponsor** (you need the right to work already): ${refused.length} ${book.citeAll(
        refused.map((x) => x.id),
        3,
      )}`,
    );
  // A few refusals are named with their words, as offers are: "unable to offer visa sponsorship".
  if (refused.length <= 3)
    for (const x of refused) {
      const l = ctx.byId.get(x.id)!;
      out.lines.push(
        `  - **${l.company}**, ${l.title} (${l.location}): “${around(x.t.evidence ?? '', /visas?|sponsor\w*|right to work|permits?/i, 140)}” ${book.cite(x.id)}`,
      );
    }
  const silent = n - offered.length - refused.length;
  if (silent)
    out.lines.push(
      `- ${silent === n ? (n === 1 ? 'It does' : `All ${n} do`) : silent === 1 ? 'The other one does' : `The other ${silent} do`} not say.`,
    );
  out.figures.push(`relocation/visa offered: ${offered.length} of ${n}; refused: ${refused.length}`);
  quoteGuides(input, 'visa_relocation', ['guide-remote-and-distributed-teams'], /relocation|visa/i, 1);
};

/** A window of at most `max` characters of a sentence around what it is quoted for. */
function around(text: string, re: RegExp, max: number): string {
  const t = text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
  const at = t.search(re);
  if (t.length <= max || at < max / 2) return clip(t, max);
  const from = t.lastIndexOf(' ', Math.max(0, at - max / 3));
  return `…${clip(t.slice(from + 1), max - 1)}`;
}

function clip(text: string, max: number): string {
  const t = text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

const INTERVIEW_SENTENCE =
  /\binterview\w*|\b(?:technical|take-home|coding) (?:assignment|exercise|task)\b|\brecruiter (?:call|screen)\b|\b(?:offer|decision) within\b|\bhear back\b|\b(?:design|coding|technical|final|first) rounds?\b|take-home|pairing session|design session|hiring process|our process (?:is|has)/i;

// A duty of the role ("interview candidates", "take part in interviewing new team members") is no
// description of how the listing's own candidates are interviewed.
const INTERVIEWING_OTHERS =
  /\b(?:interview(?:ing)? (?:for (?:your|the|our) (?:own )?team|(?:an? |the )?(?:new )?(?:team members|candidates?|engineers|hires|people))|(?:selecting|hiring) and interviewing|(?:join|run|take part in|help with|contribute to|part of) (?:the )?(?:interview|hiring) (?:loops?|panels?|process)(?! for (?:this|the) role)|interviewer)\b/i;

const LEVEL_GUIDE_SECTIONS: Array<[PlanLevel[], RegExp]> = [
  [['senior', 'lead'], /^Senior Engineer vs Lead/],
  [['staff', 'lead'], /^Staff and Principal vs Lead/],
  [['principal', 'lead'], /^Staff and Principal vs Lead/],
  [['manager', 'lead'], /^Engineering Manager vs Lead/],
];

const levelCompare: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  const levels = plan.compare ?? ['lead', 'manager'];
  const base = selectionOf(plan, ctx, input.deps, ['level', 'levelNot']);
  const people = /\b(?:reports|manage|manager|people|line)\b/i.test(plan.question);
  out.applied = base.applied;
  // "do leads have direct reports?": the guide's comparison row for what is asked answers it first.
  guideRowVerdict(input, levels);
  out.lines.push(
    `How ${levels.map((l) => LEVEL_NAMES[l]).join(' and ')} roles compare in the listings${base.applied.length ? ` (${base.applied.join(', ')})` : ''}:`,
  );
  let total = 0;
  for (const level of levels) {
    const filter = { ...base.filter, seniority: level };
    const ids = ctx.facts.ids(filter);
    total += ids.length;
    if (!ids.length) {
      out.lines.push(`- **${cap(LEVEL_NAMES[level])}**: no open listing at this level.`);
      continue;
    }
    const ys = ctx.facts.years(filter).map((y) => y.years);
    const count = (skill: string) => ctx.facts.withSkill(filter, skill);
    const pm = count('People management');
    const mentoring = count('Mentoring');
    const design = count('System design');
    out.lines.push(
      `- **${cap(LEVEL_NAMES[level])}** (${ids.length} listings): ${ys.length ? `median ${percentile(ys, 0.5)}+ years; ` : ''}people management in ${pm.length} of ${ids.length} (${pct(pm.length, ids.length)}); mentoring in ${mentoring.length}; system design in ${design.length} ${book.citeAll(pm.length && people ? pm.map((x) => x.id) : ids, 2)}`,
    );
    out.figures.push(
      `${level}: ${ids.length} listings, people management ${pm.length}, mentoring ${mentoring.length}, system design ${design.length}, median years ${ys.length ? percentile(ys, 0.5) : 'n/a'}`,
    );
  }
  out.n = total;
  if (plan.compareTitles?.length) titlesCompared(input, base.filter, plan.compareTitles);
  // The guide section of each level compared against lead (staff and principal share one).
  const headings = [
    ...new Set(
      levels
        .filter((l) => l !== 'lead')
        .map((l) => LEVEL_GUIDE_SECTIONS.find(([pair]) => pair.includes(l))?.[1])
        .filter((h): h is RegExp => h !== undefined),
    ),
  ];
  if (!headings.length) headings.push(/^Engineering Manager vs Lead/);
  quoteGuides(
    input,
    'level_compare',
    ['guide-lead-vs-senior-staff-manager', 'guide-what-a-lead-backend-engineer-does'],
    headings,
    3,
    people ? /manag|reports|people|hiring|performance/i : undefined,
  );
};

// A guide table's column heading, read as the level it describes.
const COLUMN_LEVELS: Array<[RegExp, PlanLevel]> = [
  [/\bsenior\b/i, 'senior'],
  [/\bstaff\b/i, 'staff'],
  [/\bprincipal\b/i, 'principal'],
  [/\bmanager\b/i, 'manager'],
  [/\bEM\b/, 'manager'],
  [/\blead\b/i, 'lead'],
];
// Row labels too general to say what was asked on their own ("share", "looks like").
const ROW_FILLER = new Set(['main', 'typic', 'look', 'like', 'share', 'the', 'of']);
const stemsOf = (text: string) => new Set((text.toLowerCase().match(/[a-z]+/g) ?? []).map((w) => stemmer(w)));

/** The markdown tables of a guide passage, each as rows of cells (its rule row left out). */
function tablesOf(text: string): string[][][] {
  const tables: string[][][] = [];
  let rows: string[][] = [];
  for (const line of [...text.split('\n'), '']) {
    if (/^\s*\|.*\|\s*$/.test(line)) {
      const cells = line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.replace(/\*\*/g, '').trim());
      if (!cells.every((c) => /^:?-{2,}:?$/.test(c))) rows.push(cells);
    } else if (rows.length) {
      tables.push(rows);
      rows = [];
    }
  }
  return tables;
}

/**
 * The stages of an interview loop as a guide's table gives them ("Stage | Typical length | …"):
 * each named with its length, in one line, and the sentence after the table on what some add.
 */
function guideStages(input: ComposeInput): boolean {
  const { ctx, book, out } = input;
  for (const doc of ctx.guides) {
    for (const table of tablesOf(doc.text)) {
      const header = table[0]!;
      if (!/^(?:stages?|rounds?|steps?)$/i.test(header[0] ?? '') || table.length < 3) continue;
      const length = header.findIndex((h) => /\b(?:length|duration|time)\b/i.test(h));
      const named = table
        .slice(1)
        .map(
          (r) =>
            `${r[0]!.charAt(0).toLowerCase()}${r[0]!.slice(1)}${length > 0 && r[length] ? ` (${r[length]})` : ''}`,
        );
      const after = sentencesOf(doc.text.slice(doc.text.lastIndexOf('|') + 1))[0];
      out.lines.push(
        `The usual loop, stage by stage: ${named.join(', ')} ${book.cite(doc.documentId)}${after ? ` ${after}` : ''}`,
      );
      out.figures.push(`interview stages from ${doc.documentId}: ${named.length}`);
      return true;
    }
  }
  return false;
}

/**
 * A guide's comparison table, read row by row: when the question asks what one row says ("direct
 * reports", "coding share", "scope"), the cells of the levels compared are the verdict, said first
 * and cited ("Direct reports: lead usually no; sometimes a few; engineering manager yes").
 */
function guideRowVerdict(input: ComposeInput, levels: PlanLevel[]): boolean {
  const { ctx, book, out, plan } = input;
  const asked = stemsOf(plan.question);
  for (const doc of ctx.guides) {
    for (const rows of tablesOf(doc.text)) {
      if (rows.length < 3) continue;
      const header = rows[0]!;
      const columns = header.map((h) => COLUMN_LEVELS.find(([re]) => re.test(h))?.[1]);
      if (!levels.every((l) => columns.includes(l))) continue;
      for (const row of rows.slice(1)) {
        const label = row[0] ?? '';
        const words = [...stemsOf(label)].filter((w) => !ROW_FILLER.has(w));
        if (!words.length || !words.every((w) => asked.has(w))) continue;
        const cells = levels.map((l) => {
          const cell = row[columns.indexOf(l)] ?? '';
          return `${cap(LEVEL_NAMES[l])}: ${cell.replace(/\.$/, '')}`;
        });
        out.lines.push(
          `**${label}**, by the guide's comparison table: ${cells.join('. ')}. ${book.cite(doc.documentId)}`,
        );
        out.figures.push(`guide table row ${label}: ${cells.join('; ')}`);
        return true;
      }
    }
  }
  return false;
}

/**
 * Lead titles set against each other ("tech lead vs engineering lead"): the open listings whose
 * title carries each, and how many of them ask for people management and mentoring.
 */
function titlesCompared(input: ComposeInput, filter: FactFilter, titles: string[]): void {
  const { ctx, book, out } = input;
  const ids = new Set(ctx.facts.ids(filter));
  out.lines.push('By the title the listings use:');
  for (const title of titles) {
    const words = title
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[ -]');
    const re = new RegExp(`\\b${words}s?\\b`, 'i');
    const titled = [...ctx.byId.values()].filter((l) => ids.has(l.id) && re.test(l.title)).map((l) => l.id);
    if (!titled.length) {
      out.lines.push(`- **${cap(title)}**: no open listing uses this title.`);
      continue;
    }
    const has = (skill: string) =>
      ctx.facts.withSkill(filter, skill).filter((x) => titled.includes(x.id)).length;
    const pm = has('People management');
    out.lines.push(
      `- **${cap(title)}** (${titled.length} listing${titled.length === 1 ? '' : 's'}): people management in ${pm} (${pct(pm, titled.length)}); mentoring in ${has('Mentoring')} ${book.citeAll(titled, 2)}`,
    );
    out.figures.push(`title ${title}: ${titled.length} listings, people management ${pm}`);
  }
}

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/**
 * Items whose sentences are not near-identical to an earlier one's (four in five of the shorter
 * one's words shared): two listings' shared boilerplate is one quote, not two.
 */
export function distinct<T>(items: T[], text: (x: T) => string): T[] {
  const kept: Array<Set<string>> = [];
  return items.filter((x) => {
    const words = new Set(
      text(x)
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? [],
    );
    const near = kept.some((k) => {
      let shared = 0;
      for (const w of words) if (k.has(w)) shared++;
      return shared >= 0.8 * Math.min(words.size, k.size);
    });
    if (!near) kept.push(words);
    return !near;
  });
}

/** Words of a question that carry meaning for choosing sentences. */
function contentWords(text: string): string[] {
  const STOP = new Set(
    'a an the and or of to in on for with what how do does is are i my me you your it be as at by from that this which who when where why can should would could will about into than then there their they them we our us have has had not no yes so if but just more most much many some any very really also get got lead leads leading backend engineer engineers role roles job jobs'.split(
      ' ',
    ),
  );
  return [...new Set((text.toLowerCase().match(/[a-z][a-z+#-]{2,}/g) ?? []).filter((w) => !STOP.has(w)))];
}

// The last text split: the kinds worked out at publish each split the same listing's text.
let lastSplit: { text: string; sentences: string[] } | undefined;
/** A text's sentences, as quoted (never to be modified: the last text's are kept). */
function sentencesOf(text: string): string[] {
  if (lastSplit?.text === text) return lastSplit.sentences;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const l = line.trim();
    if (!l || /^\|?\s*-{3}/.test(l) || /^#/.test(l)) continue;
    if (/^\|/.test(l)) {
      // A table row reads as "Monday (Planning): Sprint or cycle planning…"; header rows are short.
      const cells = l
        .split('|')
        .map((c) => c.replace(/\*\*/g, '').trim())
        .filter(Boolean);
      if (cells.length >= 3 && cells[cells.length - 1]!.length >= 40)
        out.push(`${cells[0]} (${cells[1]}): ${cells.slice(2).join('; ')}`);
      continue;
    }
    // "3 a.m.", "e.g.": no sentence ends there.
    const body = l
      .replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '')
      .replace(/\b(?:e\.g|i\.e|vs)\.(?=\s)|\b[ap]\.m\.(?=\s+[a-z])/gi, (m) => m.replace(/\./g, '\u2024'));
    for (const s of body.match(/[^.!?]+(?:[.!?]+["”’]?|$)/g) ?? []) {
      const t = s
        .replace(/\u2024/g, '.')
        .replace(/\*\*/g, '')
        .replace(/\*/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (!/^[\p{Lu}\p{N}“"]/u.test(t) || /^["“][^"”]*$/.test(t)) continue;
      if (
        t.length >= 40 &&
        t.length <= 400 &&
        !/:$/.test(t) &&
        !/\b(?:shows how|the table below|this guide|as follows)\b/i.test(t)
      )
        out.push(t);
    }
  }
  lastSplit = { text, sentences: out };
  return out;
}

/**
 * Quotes the sentences of the guides that carry the answer: from the sections whose heading
 * matches, the sentences that share the most words with the question (and the topic words).
 */
function quoteGuides(
  input: ComposeInput,
  _intent: Intent,
  guideIds: string[],
  headings: RegExp | RegExp[],
  max: number,
  topic?: RegExp,
  /** Quote the best sentence of each section first (an answer that spans them), then the rest. */
  spread = false,
): void {
  const { ctx, book, out, plan } = input;
  const wanted = Array.isArray(headings) ? headings : [headings];
  const words = contentWords(plan.question);
  const candidates: Array<{
    doc: DocumentPassage;
    sentence: string;
    score: number;
    order: number;
    rank: number;
  }> = [];
  let order = 0;
  for (const doc of ctx.guides) {
    if (!guideIds.includes(doc.documentId)) continue;
    const headingRank = wanted.findIndex((h) => h.test(doc.heading ?? ''));
    if (headingRank < 0) continue;
    for (const sentence of sentencesOf(doc.text)) {
      const lower = sentence.toLowerCase();
      let score = words.filter((w) => lower.includes(w.slice(0, Math.max(4, w.length - 2)))).length;
      if (topic?.test(sentence)) score += spread ? 3 : 2;
      // Said to the level asked about ("As a lead, you will often act as IC…").
      if (spread && /\bas (?:a|the) lead\b|\bleads? (?:may|will|should|often|usually)\b/i.test(sentence))
        score += 1;
      // A sentence that restates the question ("The question candidates ask most is…") answers nothing.
      if (/\bthe question\b[^.]*\b(?:is|are)\b|\bask(?:s|ed)? most\b/i.test(sentence)) score -= 3;
      // A lead-in ("…by a fairly consistent set of signals.") carries nothing on its own.
      if (
        /\b(?:set of|following|these|several|a few) (?:signals|things|steps|stages|areas|questions|points)\b|\b(?:signals|stages)\.$/i.test(
          sentence,
        )
      )
        score -= 3;
      // A labelled step ("Architecture deep dive (45–60 min): You present…") says something concrete.
      if (/^[\p{Lu}][\p{L} -]{2,40}(?: \([^)]*\))?: \S/u.test(sentence)) score += 1;
      score += (wanted.length - headingRank) * 0.5 + guideIds.length - guideIds.indexOf(doc.documentId);
      candidates.push({ doc, sentence, score, order: order++, rank: headingRank });
    }
  }
  const ranked = candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  const firsts = spread
    ? wanted
        .map((_, rank) => ranked.find((c) => c.rank === rank && (!topic || topic.test(c.sentence))))
        .filter((c): c is (typeof ranked)[number] => c !== undefined)
    : [];
  const chosen = [...new Set([...firsts, ...ranked])].slice(0, max).sort((a, b) => a.order - b.order);
  if (!chosen.length) return;
  out.quoted ??= new Map();
  out.lines.push(max > 1 || out.lines.length === 0 ? 'From the guides:' : '');
  if (out.lines[out.lines.length - 1] === '') out.lines.pop();
  for (const c of chosen) {
    out.lines.push(`- “${clip(c.sentence, 300)}” ${book.cite(c.doc.documentId)}`);
    out.quoted.set(c.doc.documentId, [...(out.quoted.get(c.doc.documentId) ?? []), c.sentence]);
  }
}

const DUTY_SECTIONS = [
  /^The role in one paragraph/,
  /^A typical week/,
  /^The split between coding and leading/,
  /ownership/i,
];

// A part of the job asked about: [the words that ask it, its guide, the sections that answer it, a
// heading, the words of the sentences that carry the answer, and false when listings never speak
// to it (a listing's "mistakes" are its system's, not a new lead's)].
const DUTY_TOPICS: Array<[RegExp, string, RegExp[], string, RegExp, boolean?]> = [
  [
    /mistake|\bnew (?:tech )?lead\b|first \d+ days|first (?:few )?(?:weeks?|months?)|just (?:became|got promoted)|newly promoted/i,
    'guide-what-a-lead-backend-engineer-does',
    [/^Common mistakes new leads make/],
    'Starting as a lead: the common mistakes of new leads',
    /mistake|instead|too (?:much|many|long)|stop|avoid/i,
    false,
  ],
  [
    /incident|on-?call|outage|postmortem|post-mortem|sev ?[0-2]|firefight|(?:breaks?|goes down|go down|blows? up|falls? over)\b/i,
    'guide-incident-leadership-and-on-call',
    [
      /^Roles during an incident/,
      /^Writing blameless postmortems/,
      /^Why incidents are a lead's test/,
      /^Running the first thirty minutes/,
    ],
    'Incidents and on-call, as a lead',
    /incident commander|\bIC\b|coordinat|keyboard|postmortem|blameless|mitigat|hero|learned from/i,
  ],
  [
    /product manag|with product|roadmap|stakeholder|estimat/i,
    'guide-working-with-product-and-roadmaps',
    [/^The partnership in brief/, /^Giving feasibility estimates/, /^Saying no without saying no/],
    'Working with product, as a lead',
    /product|estimat|trade-?off|roadmap|no\b/i,
  ],
  // "how much do leads actually code", "do leads still write code or just review PRs": the coding split.
  [
    /\b(?:code|codes|coding|hands[- ]on|program(?:s|ming)?|ic work|meetings|deep work|focus time|maker time|balance)\b(?! reviews?)/i,
    'guide-what-a-lead-backend-engineer-does',
    [/^The split between coding and leading/, /^A typical week/],
    'Coding and leading, as a lead',
    /\d+\s?%|\bhalf\b|code less|hard code|critical path|half-days|sharp|focus time|uninterrupted/i,
  ],
  [
    // "contract-review software" is the product, not a review the lead runs.
    /mentor|code reviews?|design reviews?|(?<![-\w])review/i,
    'guide-mentoring-and-code-review',
    [
      /^Why this is the core of the job/,
      /^How good leads mentor/,
      /^Running design reviews/,
      /^Running code reviews/,
    ],
    'Mentoring and reviews, as a lead',
    /mentor|(?<![-\w])review|grow|feedback/i,
  ],
];

/** A listing's first duty sentence (on a topic of `DUTY_TOPICS`, or any). */
interface DutyGiven {
  l: { id: string; company: string };
  duties: string[];
}
function dutyGiven(l: ListingDetail, topic: (typeof DUTY_TOPICS)[number] | undefined): DutyGiven | null {
  let duties: string[];
  if (topic) {
    const all = sentencesOf(l.description).filter((x) => topic[0].test(x) && x.length > 40);
    const carrying = all.filter((x) => topic[4].test(x));
    duties = carrying.length ? carrying : all;
  } else duties = byResponsibility(listingDuties(l, 4).filter((d) => /^\p{Lu}/u.test(d) && d.length > 40));
  return duties.length ? { l: { id: l.id, company: l.company }, duties: duties.slice(0, 1) } : null;
}

const duties: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  const sel = selectionOf(plan, ctx, input.deps);
  const ids = open(input, sel);
  const level = plan.filters.level ?? 'lead';
  const topic = DUTY_TOPICS.find(([re]) => re.test(plan.question));
  out.lines.push(
    topic
      ? `${topic[3]}:`
      : level === 'manager'
        ? 'What a backend engineering manager does day to day:'
        : `What a ${LEVEL_NAMES[level]} backend engineer does day to day:`,
  );
  const own = LEVEL_GUIDE_SECTIONS.find(([pair]) => level !== 'lead' && pair.includes(level))?.[1];
  // A part of the job asked about is answered from the guide about it.
  if (topic) quoteGuides(input, 'duties', [topic[1]], topic[2], topic[2].length > 3 ? 4 : 3, topic[4], true);
  else {
    const focus = own
      ? [own]
      : /coding|code|hands[- ]on/i.test(plan.question)
        ? [/^The split between coding and leading/, /^A typical week/]
        : DUTY_SECTIONS;
    quoteGuides(
      input,
      'duties',
      ['guide-what-a-lead-backend-engineer-does', 'guide-lead-vs-senior-staff-manager'],
      focus,
      3,
      /code|coding|week|review|design|mentor|own/i,
    );
  }
  // Each listing's first duty sentence (on the topic asked, when one is), once per generation.
  const dutyKind: GivenKind = topic ? `duties: ${DUTY_TOPICS.indexOf(topic)}` : 'duties';
  const withDuties = (topic?.[5] === false ? [] : ids)
    .map((id) => givenBy<DutyGiven>(ctx, dutyKind, id))
    .filter((x) => x !== null)
    // Listings whose sentence carries the answer ("roughly 60% of your week hands-on") first.
    .sort(
      (a, b) =>
        Number(topic ? topic[4].test(b.duties[0]!) : 0) - Number(topic ? topic[4].test(a.duties[0]!) : 0),
    )
    .slice(0, 2);
  if (withDuties.length) {
    out.lines.push(`In the listings' own words (${scope(sel, ids.length)}):`);
    for (const x of withDuties)
      out.lines.push(`- “${clip(x.duties[0]!, 220)}” (${x.l.company}) ${book.cite(x.l.id)}`);
  }
  if (ids.length >= 3) {
    const counts = ['Mentoring', 'Code review', 'System design', 'Incident management', 'Hiring'].map(
      (s) => ({ s, n: ctx.facts.withSkill(sel.filter, s).length }),
    );
    out.lines.push(
      `- Named as part of the job in those ${ids.length}: ${counts
        .filter((c) => c.n)
        .map((c) => `${c.s.toLowerCase()} ${c.n}`)
        .join(', ')}`,
    );
    appendAll(
      out.figures,
      counts.map((c) => `${c.s}: ${c.n} of ${ids.length}`),
    );
  }
};

/** The guide's practice prompts, by round ("System design" → its prompts), with the guide's id. */
function practicePrompts(ctx: Context): { id: string; groups: Map<string, string[]> } | null {
  const groups = new Map<string, string[]>();
  let id = '';
  let after = false;
  for (const doc of ctx.guides) {
    if (doc.documentId !== 'guide-system-design-and-interviews') continue;
    // The section's later rounds may be passages of their own, headed by the round alone
    // ("Leadership") and holding nothing but prompts.
    const own = /^Sample prompts/i.test(doc.heading ?? '');
    const more: boolean = after && doc.text.split('\n').every((l) => /^\s*[-*•]\s+/.test(l) || !l.trim());
    after = own || more;
    if (!own && !more) continue;
    id = doc.documentId;
    // A passage's heading may carry its round ("Sample prompts to practise / System design"); a
    // line "System design:" or "**Leadership**" starts the next one.
    let group = (own ? /\/\s*(.+)$/.exec(doc.heading ?? '')?.[1] : doc.heading)?.trim() ?? '';
    for (const raw of doc.text.split('\n')) {
      const line = raw.trim();
      const head = /^(?:\*\*)?([^*:]{2,40}?)(?:\*\*)?:?(?:\*\*)?$/.exec(line);
      if (head && !/^[-*•]\s/.test(line) && !/[.!?]$/.test(line)) group = head[1]!.trim();
      else if (/^[-*•]\s+/.test(line) && group)
        groups.set(group, [...(groups.get(group) ?? []), line.replace(/^[-*•]\s+/, '').replace(/\*\*/g, '')]);
    }
  }
  return groups.size ? { id, groups } : null;
}

// What an interview covers (a design round, a take-home, a trial task), as against its language or
// how fast it decides: the sentences a member preparing for it can use.
// A yes-or-no question about a coding exercise in the interviews ("do they do leetcode?").
const YES_NO_ASKED =
  /^\W*(?:(?:so|ok|and|but|hey)\W+)?(?:do|does|did|is|are|will|would|should|can|could|have|has|any)\b/i;
const CODING_ASKED =
  /\b(?:leet[- ]?code|hacker[- ]?rank|coding|code|algorithm\w*|take[- ]?homes?|pair(?:ing|[- ]?program\w*)|live[- ]coding|whiteboard\w*|puzzles?|data structures)\b/i;
const CODING_EXERCISE =
  /\b(?:coding|code[- ]review (?:exercise|session|task|round)|code (?:tests?|challenges?|exercises?|tasks?)|algorithm\w*|leet[- ]?code|hacker[- ]?rank|take[- ]?homes?|pair(?:ing|[- ]?program\w*)|live[- ]coding|whiteboard\w*|puzzles?|kata)\b/i;
const PUZZLES = /\b(?:algorithm\w*|leet[- ]?code|hacker[- ]?rank|puzzles?|data structures)\b/i;
const NO_PUZZLES =
  /\b(?:no|not?|never|without|zero)\s+(?:[\w-]+\s+){0,2}?(?:algorithm\w*|leet[- ]?code|hacker[- ]?rank|puzzles?|data structures)\b/gi;

const INTERVIEW_CONTENT =
  /\b(?:design|architect\w*|system|coding|code|take-home|pair\w*|trial|case|exercise|task|behaviou?ral|leadership|present\w*|deep dive|walk (?:us |me )?through|whiteboard|algorithm\w*|debug\w*|stories|scenario)\b/i;

// The kinds of interview stage a listing may describe, each with the words that describe it.
const INTERVIEW_KINDS: Array<[string, RegExp]> = [
  ['a take-home', /\btake[- ]?homes?\b|\bhome (?:assignment|exercise|task)\b/i],
  [
    'a system design round',
    /\b(?:system )?design (?:round|interview|session|conversation|discussion|exercise)|\bsystem design\b|\barchitecture (?:interview|discussion|session|deep[- ]dive)/i,
  ],
  [
    'coding or pairing',
    /\b(?:live[- ]coding|coding (?:round|interview|session|exercise|test)|pair(?:ing)? (?:session|programming|exercise)|pairing|refactor\w* (?:session|exercise)|practical session)\b/i,
  ],
  [
    'a leadership or behavioural round',
    /\b(?:behaviou?ral|leadership (?:interview|round|conversation|discussion)|values (?:interview|round|conversation)|hiring[- ]manager (?:round|interview|conversation))\b/i,
  ],
  [
    'a talk about your past work',
    /\b(?:walk (?:us |me )?through|present (?:a|one|your)|deep[- ]dive|system you (?:built|designed|led))\b/i,
  ],
];

const interview: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  const sel = selectionOf(plan, ctx, input.deps);
  const ids = open(input, sel);
  const q = plan.question;
  const level = plan.filters.level ? LEVEL_NAMES[plan.filters.level] : 'lead';
  const leadership = /leadership|behaviou?ral|manag|people|conflict/i.test(q);
  const design = /design|architect|system/i.test(q);
  // "which system design prompts…", "what questions come up", "examples to practise": the prompts.
  const asksPrompts =
    /\b(?:prompts?|questions?|exercises?|examples?|problems?|practi[sc]e|mock)\b/i.test(q) &&
    !/\b(?:rounds?|loop|stages?|steps?|process)\b/i.test(q);
  // "the interview process at ardwick payments": that company's own listings first, every sentence
  // they say about their interviews; the guides then say how such interviews usually run.
  const own = plan.filters.company && ids.length <= 3 ? ownInterviews(input, ids) : false;
  const prompts = asksPrompts ? practicePrompts(ctx) : null;
  if (prompts) {
    const rounds = [...prompts.groups.keys()];
    const wanted = rounds.filter((r) =>
      leadership && !design ? /leader|behaviou?r/i.test(r) : design && !leadership ? /design/i.test(r) : true,
    );
    const show = wanted.length ? wanted : rounds;
    out.lines.push(`Prompts worth practising for ${level}-level interviews ${book.cite(prompts.id)}:`);
    for (const r of show) {
      if (show.length > 1) out.lines.push(`${r}:`);
      appendAll(
        out.lines,
        prompts.groups.get(r)!.map((p) => `- ${p}`),
      );
    }
    out.figures.push(
      `practice prompts quoted: ${show.map((r) => `${r} ${prompts.groups.get(r)!.length}`).join(', ')}`,
    );
  } else out.lines.push(`How ${level}-level interviews usually run, and how to prepare:`);
  // "what rounds", "what's the loop", "coding still a thing?": the stages themselves.
  const stages =
    /\b(?:rounds?|loop|stages?|steps?|process|coding|take[- ]?home|what (?:to|should \w+) expect)\b/i.test(q);
  // "how do I prepare for the architecture deep dive": the section on presenting your own system.
  const deepDive =
    /\bdeep[- ]?dive\b|\b(?:present|walk (?:them|through))\b[^?]{0,30}\b(?:system|project|work)\b/i.test(q);
  const sections = deepDive
    ? [/^Preparing for the architecture deep dive/, /^What interviewers want/, /^The usual interview loop/]
    : leadership
      ? [/^Preparing for the leadership round/, /^What interviewers want/, /^The usual interview loop/]
      : stages && !design
        ? [/^The usual interview loop/, /^What interviewers want/, /^Preparing for the leadership round/]
        : design
          ? [
              /^What interviewers want/,
              /^A structure for design rounds/,
              /^Preparing for the architecture deep dive/,
              /^The usual interview loop/,
            ]
          : [
              /^What interviewers want/,
              /^The usual interview loop/,
              /^Preparing for the architecture deep dive/,
              /^Preparing for the leadership round/,
            ];
  // "what rounds should I expect": every stage of the guide's loop, named in one line, first.
  // (Not for one round asked about: "tips for the system design round", "behavioural round stories".)
  if (stages && !deepDive && !prompts && !leadership && !design && !/\bround\b/i.test(q)) guideStages(input);
  // The sentences that carry how to prepare: what lead-level interviewers check, and each stage.
  const carry = deepDive
    ? /\b(?:present|prepare|diagram|decisions?|reverse|incident|numbers|mistakes|constraints)\b/i
    : leadership
      ? /\b(?:stor(?:y|ies)|prepar\w*|mentor\w*|disagreement|conflict|pushing back|behaviou?ral)\b/i
      : stages && !design
        ? /\b(?:min\)|coding|system design|design|behaviou?ral|leadership|screen|deep dive|trade-?offs?)\b/i
        : /\b(?:clarif\w*|trade-?offs?|decision|risks?|run a design|practi[sc]e|prepar\w*|story|stories)\b/i;
  // With the prompts given, two sentences on what the interviewers look for are enough.
  quoteGuides(
    input,
    'interview',
    ['guide-system-design-and-interviews'],
    sections,
    prompts ? 2 : deepDive ? 6 : 4,
    carry,
    true,
  );
  // Each listing's sentences about its own interviews (not a duty of interviewing others).
  const mentions = ids
    .map((id) =>
      givenBy<{ l: { id: string; company: string }; all: string[]; kinds?: string[] }>(ctx, 'interview', id),
    )
    .filter((x) => x !== null);
  if (own) return;
  if (mentions.length) {
    // The sentence of each listing that says what its interview covers, on the topic asked first.
    const topic = leadership
      ? /\b(?:behaviou?ral|leadership|stories|conflict|people)\b/i
      : design
        ? /\b(?:design|architect\w*|system)\b/i
        : INTERVIEW_CONTENT;
    const scored = mentions
      .map((m) => {
        const s =
          m.all.find((x) => topic.test(x)) ?? m.all.find((x) => INTERVIEW_CONTENT.test(x)) ?? m.all[0]!;
        return { m, s, score: Number(topic.test(s)) * 2 + Number(INTERVIEW_CONTENT.test(s)) };
      })
      .sort((a, b) => b.score - a.score);
    out.lines.push(
      `What the listings say about their own interviews (${mentions.length} of ${ids.length} describe them${sel.applied.length ? `; ${sel.applied.join(', ')}` : ''}):`,
    );
    for (const x of distinct(scored, (x) => x.s).slice(0, 2))
      out.lines.push(`- “${clip(x.s, 220)}” (${x.m.l.company}) ${book.cite(x.m.l.id)}`);
    // What the described interviews contain, each counted ("a take-home in 6"), the kind asked first.
    const kinds = INTERVIEW_KINDS.map(([k, re]) => ({
      k,
      asked: re.test(q) || (k === 'a leadership or behavioural round' && leadership),
      ids: mentions.filter((m) => m.kinds?.includes(k)).map((m) => m.l.id),
    }))
      .filter((x) => x.ids.length || x.asked)
      .sort((a, b) => Number(b.asked) - Number(a.asked) || b.ids.length - a.ids.length);
    if (kinds.length) {
      out.lines.push(
        `- Of those ${mentions.length}: ${kinds.map((x) => `${x.k} in ${x.ids.length}${x.ids.length ? ` ${book.citeAll(x.ids, 2)}` : ''}`).join('; ')}.`,
      );
      out.figures.push(`interview kinds: ${kinds.map((x) => `${x.k} ${x.ids.length}`).join(', ')}`);
    }
    out.figures.push(`listings describing their interviews: ${mentions.length} of ${ids.length}`);
    // "do they do leetcode?", "is there a take-home?": the yes or no first, from those sentences.
    if (YES_NO_ASKED.test(q) && CODING_ASKED.test(q)) {
      const coding = mentions.filter((m) => m.all.some((x) => CODING_EXERCISE.test(x))).length;
      // "live system design, no puzzles": a puzzle said not to be set is counted apart.
      const puzzles = mentions.filter((m) =>
        m.all.some((x) => PUZZLES.test(x.replace(NO_PUZZLES, ' '))),
      ).length;
      const none = mentions.filter((m) => m.all.some((x) => x.search(NO_PUZZLES) >= 0)).length;
      const verdict = coding === 0 ? 'No' : coding * 2 > mentions.length ? 'Mostly yes' : 'Some do';
      out.lines.unshift(
        `**${verdict}**: ${coding} of the ${mentions.length} listings that describe their interviews name a coding, algorithm, pairing or take-home exercise${PUZZLES.test(q) ? `, ${puzzles} of them algorithm or LeetCode-style puzzles${none ? ` (${none} say${none === 1 ? 's' : ''} no puzzles)` : ''}` : ''}.`,
      );
      out.figures.push(
        `listings naming a coding exercise in their interviews: ${coding} of ${mentions.length}`,
      );
    }
  } else if (ids.length)
    out.lines.push(
      `None of ${scope(sel, ids.length).replace(/^all /, 'the ')} describes its own interviews.`,
    );
};

/** Each named company's listing, with all it says about its own interviews; true when any is shown. */
function ownInterviews(input: ComposeInput, ids: string[]): boolean {
  const { ctx, book, out } = input;
  if (!ids.length) return false;
  for (const id of ids) {
    const l = ctx.byId.get(id)!;
    const m = givenBy<{ all: string[] }>(ctx, 'interview', id);
    if (!m?.all.length) {
      out.lines.push(
        `- **${l.company}**, ${l.title}: the listing does not describe its interview process ${book.cite(id)}`,
      );
      continue;
    }
    out.lines.push(`**${l.company}**, ${l.title}, on its interviews ${book.cite(id)}:`);
    for (const x of m.all.slice(0, 5)) out.lines.push(`- “${clip(x, 260)}”`);
  }
  out.figures.push(`listings of the company describing their interviews: ${ids.length}`);
  return true;
}

const careerPath: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  const target = plan.filters.level ?? 'lead';
  const from = plan.fromLevel;
  // "After lead, staff or EM?": where a lead goes next, and what the next levels' listings ask.
  const choice =
    from === 'lead' &&
    /\b(?:manag\w*|em)\b/i.test(plan.question) &&
    /\b(?:staff|principal|ic)\b/i.test(plan.question);
  if ((from && from === target) || choice) {
    afterLead(input);
    return;
  }
  out.lines.push(`Moving ${from ? `from ${LEVEL_NAMES[from]} ` : ''}up to ${LEVEL_NAMES[target]}:`);
  const sections =
    target === 'manager' || /manag/i.test(plan.question)
      ? [/^Moving between IC and management/, /^Where Lead can take you/]
      : target === 'staff' || target === 'principal'
        ? [/^Staff and Principal vs Lead/, /^Where Lead can take you/]
        : [
            /^How engineers usually get to Lead/,
            /^How to show readiness/,
            /^What readiness looks like/,
            /^Senior Engineer vs Lead/,
          ];
  quoteGuides(
    input,
    'career_path',
    ['guide-career-path', 'guide-lead-vs-senior-staff-manager'],
    sections,
    target === 'staff' || target === 'principal' ? 3 : 4,
    // Up to staff or principal: what those roles are (across teams, influence through writing), not
    // the guide's rows about management or staying a lead.
    target === 'staff' || target === 'principal'
      ? /\b(?:staff|principal)\b[^.]*\b(?:across|teams|influence|writ\w*|standards|broad|without authority)\b|\bacross (?:several |many )?teams\b/i
      : /scope|readiness|own|lead|mentor|design/i,
  );
  // What the target level's listings ask beyond the level below, counted.
  const sel = selectionOf(plan, ctx, input.deps);
  const ids = open(input, sel);
  if (ids.length >= 3 && from) {
    const below = { ...sel.filter, seniority: from };
    const nb = ctx.facts.count(below);
    if (nb) {
      const rows = ['Mentoring', 'System design', 'Code review', 'Incident management', 'Hiring'].map(
        (s) => ({ s, up: ctx.facts.withSkill(sel.filter, s), down: ctx.facts.withSkill(below, s).length }),
      );
      out.lines.push(
        `What changes in the listings (${ids.length} ${LEVEL_NAMES[target]} against ${nb} ${LEVEL_NAMES[from]}${sel.applied.length > 1 ? `; ${sel.applied.slice(1).join(', ')}` : ''}):`,
      );
      for (const r of rows.filter((r) => r.up.length && r.up.length / ids.length > r.down / nb))
        out.lines.push(
          `- ${r.s}: ${pct(r.up.length, ids.length)} of ${LEVEL_NAMES[target]} listings against ${pct(r.down, nb)} of ${LEVEL_NAMES[from]} ${book.cite(r.up[0]!.id)}`,
        );
    }
  } else if (ids.length >= 3) yearsLine(input, sel, ids.length);
  // "What should I learn to become a lead?": the skills the target level's listings name most.
  if (ids.length >= 3 && /\b(?:learn|skills?|study|tech(?:nologies)?)\b/i.test(plan.question)) {
    const top = ctx.facts
      .skillCounts(sel.filter)
      .filter((c) => c.category !== 'leadership')
      .slice(0, 6);
    const examples = ctx.facts.examples(
      sel.filter,
      top.map((c) => c.skill),
      1,
    );
    out.lines.push(
      `- Skills ${LEVEL_NAMES[target]} listings name most: ${top.map((c) => `${c.skill} (${c.listings} of ${ids.length}) ${book.cite(examples.get(c.skill)![0]!)}`).join(', ')}`,
    );
  }
};

/** Where a lead can go next: the guide's directions (Staff/Principal, Engineering Manager…), quoted, and those levels' listings counted. */
function afterLead(input: ComposeInput): void {
  const { ctx, book, out, plan } = input;
  // The guide's table of directions, in one line (its rows are quoted below).
  const guide = book.cite('guide-career-path');
  if (guide)
    out.lines.push(
      `After lead the path branches rather than going straight up: Staff or Principal Engineer (scope widens across teams), Engineering Manager (people management: hiring, performance, careers), architect, head of engineering at a small company, or staying a lead ${guide}.`,
    );
  quoteGuides(
    input,
    'career_path',
    ['guide-career-path', 'guide-lead-vs-senior-staff-manager'],
    [/^Where Lead can take you/, /^Moving between IC and management/, /^Staff and Principal vs Lead/],
    4,
    /\b(?:staff|principal|engineering manager|management|manager|architect|cto|head of|stay(?:ing)? (?:as )?(?:a )?lead)\b/i,
    true,
  );
  const base = selectionOf(plan, ctx, input.deps, ['level', 'levelNot']);
  const rows: string[] = [];
  for (const level of ['staff', 'principal', 'manager'] as const) {
    const filter = { ...base.filter, seniority: level };
    const ids = ctx.facts.ids(filter);
    if (!ids.length) continue;
    const ys = ctx.facts.years(filter).map((y) => y.years);
    const pm = ctx.facts.withSkill(filter, 'People management').length;
    rows.push(
      `${LEVEL_NAMES[level]} ${ids.length}${ys.length ? ` (median ${percentile(ys, 0.5)}+ years` : ' ('}${ys.length ? '; ' : ''}people management in ${pm}) ${book.citeAll(ids, 1)}`,
    );
    out.figures.push(
      `${level}: ${ids.length} listings, median years ${ys.length ? percentile(ys, 0.5) : 'n/a'}, people management ${pm}`,
    );
  }
  if (rows.length)
    out.lines.push(
      `Open listings at those levels${base.applied.length ? ` (${base.applied.join(', ')})` : ''}: ${rows.join('; ')}.`,
    );
}

const LEVEL_ORDER: PlanLevel[] = ['mid', 'senior', 'lead', 'staff', 'principal'];

/** The nearest level below the one asked whose listings ask at most `years`: where to apply first. */
function nearerLevels(input: ComposeInput, sel: Selection, years: number): void {
  const { ctx, book, out } = input;
  const target = (sel.filter.seniority ?? 'lead') as PlanLevel;
  const below = LEVEL_ORDER.slice(0, Math.max(0, LEVEL_ORDER.indexOf(target))).reverse();
  const rows: string[] = [];
  for (const level of below) {
    const filter = { ...sel.filter, seniority: level };
    const ys = ctx.facts.years(filter);
    const open = ctx.facts.count(filter);
    if (!open) continue;
    const within = ys.filter((y) => y.years <= years).sort((a, b) => a.years - b.years);
    if (!within.length) continue;
    const asks = extent(within.map((y) => y.years));
    rows.push(
      `${LEVEL_NAMES[level]}-level, ${within.length} of ${open} open listings ask ${years} years or fewer (they ask ${asks.min === asks.max ? `${asks.min}+` : `${asks.min}+ to ${asks.max}+`}; ${ys.length} state a minimum) ${book.citeAll(
        within.map((y) => y.id),
        2,
      )}`,
    );
    out.figures.push(`${level}: ${within.length} of ${ys.length} stating years ask at most ${years}`);
    // The nearest level that takes the member is the next step; the ones below it add nothing.
    break;
  }
  out.lines.push(
    rows.length
      ? `- **Where ${years} years already meets the ask**${sel.applied.some((a) => !/level/.test(a)) ? ` (${sel.applied.filter((a) => !/level/.test(a)).join(', ')})` : ''}: ${rows.join('; ')}`
      : `- No listing below ${LEVEL_NAMES[target]} level here asks ${years} years or fewer either.`,
  );
}

// A degree, a bootcamp or teaching oneself: what the listings say about formal qualifications.
const DEGREE_ASKED =
  /\b(?:degree|bootcamp|boot camp|self[- ]taught|no cs\b|university|college|diploma|graduate|grad|bsc|msc|bachelor'?s?|master'?s|qualifications?)\b/i;
const DEGREE_TEXT =
  /\b(?:degree|B\.?Sc|M\.?Sc|B\.E\.|B\.Tech|bachelor'?s?|master'?s|comparable qualification|formal qualification)\b/i;
const DEGREE_OR_EXPERIENCE = /\bequivalent\b(?! qualification)|\bpractical experience\b|\bor experience\b/i;
const DEGREE_NOT_NEEDED =
  /\b(?:don'?t|do not|doesn'?t|does not|won'?t|not) (?:need|require|care about|ask for)\b|\bnot required\b|\bno degree\b/i;

/** A listing's first statement on degrees, and what it says of them. */
interface DegreeGiven {
  id: string;
  company: string;
  text: string;
  kind: 'not needed' | 'or experience' | 'asked';
}
function degreeGiven(l: ListingDetail): DegreeGiven | null {
  const st = statementsOf(l).find((x) => DEGREE_TEXT.test(x.text));
  if (!st) return null;
  const kind =
    DEGREE_NOT_NEEDED.test(st.heading) || DEGREE_NOT_NEEDED.test(st.text)
      ? 'not needed'
      : DEGREE_OR_EXPERIENCE.test(st.text)
        ? 'or experience'
        : 'asked';
  return { id: l.id, company: l.company, text: st.text, kind };
}

/** What the selected listings say about degrees: how many ask one, accept equivalent experience, or say they do not need one. */
function degreeLine(input: ComposeInput, ids: string[]): void {
  const { ctx, book, out } = input;
  const said = ids.map((id) => givenBy<DegreeGiven>(ctx, 'degree', id)).filter((x) => x !== null);
  const of = (k: string) => said.filter((x) => x.kind === k);
  const n = ids.length;
  if (!said.length) {
    out.lines.push(
      `- **Degrees**: none of the ${n} mentions a degree; they ask for years and skills instead.`,
    );
    out.figures.push(`degree mentioned: 0 of ${n}`);
    return;
  }
  const parts = [
    of('or experience').length && `${of('or experience').length} accept equivalent experience instead`,
    of('asked').length &&
      `${of('asked').length} ask for a degree (or a comparable qualification) with no experience alternative`,
    of('not needed').length &&
      `${of('not needed').length} say${of('not needed').length === 1 ? 's' : ''} it does not need one`,
  ].filter(Boolean);
  out.lines.push(
    `- **Degrees**: ${n - said.length} of the ${n} do not mention one; of the ${said.length} that do, ${parts.join(', ')}.`,
  );
  // One sentence of each kind, in the listing's words.
  for (const x of [of('not needed')[0], of('or experience')[0], of('asked')[0]]
    .filter((x) => x !== undefined)
    .slice(0, 2))
    out.lines.push(
      `  - “${clip(x.text, 140)}” (${x.company}${x.kind === 'not needed' ? ', under what it does not need' : ''}) ${book.cite(x.id)}`,
    );
  out.figures.push(
    `degree mentioned: ${said.length} of ${n}; experience accepted instead ${of('or experience').length}; required ${of('asked').length}; not needed ${of('not needed').length}`,
  );
}

const readiness: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  const sel = selectionOf(plan, ctx, input.deps);
  if (!plan.filters.level) {
    sel.filter.seniority = 'lead';
    sel.applied.unshift('lead level (assumed)');
  }
  const ids = open(input, sel);
  if (fewOrNone(input, sel, ids, 'listings to measure against')) {
    // Few listings: each is named above; what the member says they lack is still measured.
    if (ids.length) lackLine(input, sel.filter, ids.length);
    return;
  }
  const n = ids.length;
  out.lines.push(`Measured against ${scope(sel, n)}:`);
  lackLine(input, sel.filter, n);
  const ys = ctx.facts.years(sel.filter);
  const median = ys.length
    ? percentile(
        ys.map((y) => y.years),
        0.5,
      )
    : null;
  if (plan.years !== undefined && ys.length) {
    const within = ys.filter((y) => y.years <= plan.years!).sort((a, b) => a.years - b.years);
    out.lines.push(
      `- **Years**: with ${plan.years}, you meet the stated minimum of ${within.length} of the ${ys.length} that state one (${pct(within.length, ys.length)}); their median ask is ${median}+ years.`,
    );
    // The listings that would take the member now, by name: what they can act on.
    if (within.length) {
      const named = within.slice(0, 5).map((y) => {
        const l = ctx.byId.get(y.id)!;
        return `${l.company} (${y.years}+ years) ${book.cite(y.id)}`;
      });
      out.lines.push(
        `- **Asking ${plan.years} years or fewer**: ${named.join(', ')}${within.length > 5 ? `, and ${within.length - 5} more` : ''}`,
      );
    } else {
      const lowest = [...ys].sort((a, b) => a.years - b.years)[0]!;
      out.lines.push(
        `- None asks ${plan.years} years or fewer; the lowest ask is ${lowest.years}+ years (${ctx.byId.get(lowest.id)!.company}) ${book.cite(lowest.id)}`,
      );
    }
    out.figures.push(`years: member ${plan.years}; meets ${within.length} of ${ys.length}; median ${median}`);
    // Few or none within reach: the levels below whose listings the member's years do meet, so the
    // answer says where to apply first.
    if (within.length < 3) nearerLevels(input, sel, plan.years);
  } else if (ys.length)
    out.lines.push(`- **Years**: the median ask is ${median}+ years (${ys.length} of ${n} state one).`);
  // Skills counted where a listing requires them: "comfortable reading Kotlin" is no requirement.
  const top = ctx.facts
    .skillCounts(sel.filter)
    .filter((c) => c.category !== 'leadership' && c.required > 0)
    .sort((a, b) => b.required - a.required || b.listings - a.listings)
    .slice(0, 8);
  const required = (skill: string) => ctx.facts.withSkill(sel.filter, skill).filter((x) => x.required);
  const have = new Set(plan.haveSkills ?? []);
  if (have.size) {
    const covered = top.filter((c) => have.has(c.skill));
    const lacked = new Set(plan.lackSkills ?? []);
    const missing = top.filter((c) => !have.has(c.skill) && !lacked.has(c.skill)).slice(0, 4);
    out.lines.push(
      `- **Skills you named**: ${[...have].map((s) => `${s} asked for in ${ctx.facts.withSkill(sel.filter, s).length} of ${n} (as a requirement in ${required(s).length})`).join(', ')}`,
    );
    if (missing.length)
      out.lines.push(
        `- **Required most that you did not name**: ${missing.map((c) => `${c.skill} (${c.required} of ${n}) ${book.cite(required(c.skill)[0]!.id)}`).join(', ')}`,
      );
    out.figures.push(`covered top skills: ${covered.map((c) => c.skill).join(', ') || 'none'}`);
    if (!sel.filter.skills?.length) fitLine(input, sel.filter, [...have], n);
  } else
    out.lines.push(
      `- **Skills required most**: ${top
        .slice(0, 5)
        .map((c) => `${c.skill} (${c.required} of ${n})`)
        .join(', ')}`,
    );
  if (DEGREE_ASKED.test(plan.question)) degreeLine(input, ids);
  quoteGuides(
    input,
    'readiness',
    ['guide-career-path'],
    [/^What readiness looks like/],
    2,
    /\byou (?:have|can|are|already|led|own)\b|credibly|already doing/i,
  );
  quoteGuides(input, 'readiness', ['guide-skills-expected'], [/^Years of experience/], 1, /years/i);
};

/**
 * The skills the member says they lack ("never touched k8s"): how many of the matching listings
 * ask for each, and which, so the gap is named before anything else.
 */
function lackLine(input: ComposeInput, filter: Selection['filter'], n: number): void {
  const { ctx, book, out, plan } = input;
  for (const skill of plan.lackSkills ?? []) {
    const asking = ctx.facts.withSkill(filter, skill);
    const required = asking.filter((x) => x.required).length;
    const named = asking
      .slice(0, 3)
      .map((x) => `${ctx.byId.get(x.id)!.company} ${book.cite(x.id)}`)
      .join(', ');
    out.lines.push(
      asking.length
        ? `- **${skill}**, which you say you have not used: asked for in ${asking.length === n ? (n === 1 ? 'the one listing' : n === 2 ? 'both' : `all ${n}`) : `${asking.length} of ${n}`}${required < asking.length ? ` (as a requirement in ${required})` : ''}: ${named}${asking.length > 3 ? `, and ${asking.length - 3} more` : ''}. It is a gap to close or to answer for in interviews.`
        : `- **${skill}**, which you say you have not used: none of the ${n} asks for it, so it is no gap here.`,
    );
    out.figures.push(`lacked skill ${skill}: asked in ${asking.length} of ${n}, required in ${required}`);
  }
}

/**
 * Readiness with the member's skills named ("6 years of go, postgres and k8s"): the listings that
 * name all of them are where the member fits best, so their years are measured apart, said as that
 * narrower base (the base above stays every listing of the level).
 */
function fitLine(input: ComposeInput, filter: Selection['filter'], skills: string[], n: number): void {
  const { ctx, book, out, plan } = input;
  const fit = { ...filter, skills, skillsMode: 'all' as const };
  const ids = ctx.facts.ids(fit);
  const named = skills.join(skills.length === 2 ? ' and ' : ', ');
  if (!ids.length) {
    out.lines.push(`- **Listings naming all of ${named}**: none of the ${n}.`);
    return;
  }
  const ys = ctx.facts.years(fit);
  const median = ys.length
    ? percentile(
        ys.map((y) => y.years),
        0.5,
      )
    : null;
  const within = plan.years !== undefined ? ys.filter((y) => y.years <= plan.years!) : [];
  const years =
    median === null
      ? 'none states years'
      : `${ys.length} state years, median ${median}+${
          plan.years !== undefined
            ? `; with ${plan.years} you meet ${within.length} of them${
                within.length
                  ? ` (${within
                      .sort((a, b) => a.years - b.years)
                      .slice(0, 3)
                      .map((y) => `${ctx.byId.get(y.id)!.company} ${book.cite(y.id)}`)
                      .join(', ')}${within.length > 3 ? `, and ${within.length - 3} more` : ''})`
                  : ''
              }`
            : ''
        }`;
  out.lines.push(
    `- **Listings naming all of ${named}** (where your skills fit best): ${ids.length} of the ${n}; ${years}.`,
  );
  out.figures.push(`listings naming all the member's skills: ${ids.length} of ${n}`);
}

const jobTermPatterns: Record<string, RegExp> = {
  equity: /\b(?:equity|stock options?|RSUs?|share options?|ESOP|vesting)\b/i,
  'on-call': /\bon[- ]?call\b|\bpager\b|out[- ]of[- ]hours/i,
  'four-day week':
    /\bfour[- ]day (?:week|working week)\b|\b4[- ]day (?:week|working week)\b|\b32[- ]hour|\bcompressed (?:hours|week)\b/i,
  'part-time': /\bpart[- ]time\b|\breduced hours\b|\b0\.\d ?FTE\b/i,
  contract:
    /\b(?:contract (?:role|position|engagement)|fixed[- ]term|day rate|freelance|B2B contract|\d+[- ]month contract|(?:inside|outside) IR35|contractor)\b/i,
  bonus: /\bbonus\b/i,
  'learning budget':
    /\b(?:learning|training|education|conference|L&D|development|book|certification)(?:[- ]and[- ]\w+)? (?:budgets?|allowances?|stipends?)\b|\blearning and development\b|\btime (?:off )?for conferences\b|\bconference (?:tickets|attendance|travel)\b/i,
  'paid leave':
    /\b(?:annual leave|parental leave|maternity|paternity|sick leave|PTO|paid time off|vacation|sabbaticals?|holiday allowance|unlimited (?:holiday|leave|time off))\b|\b\d+\s*(?:working |paid )?days['’]?(?: of)?(?: paid)? (?:holiday|annual leave|leave|vacation|PTO|off)\b/i,
  benefits:
    /\b(?:benefits?|perks|health (?:insurance|cover(?:age)?|plan)|private medical|medical(?:, dental| insurance| cover\w*| and dental)|dental|pension|401\(?k\)?|retirement (?:plan|match\w*|scheme))\b/i,
  'working hours':
    /\b(?:core hours|working hours|flexible (?:hours|working|schedule)|flexi-?time|flextime|\d{2}[- ]hours? (?:per |a )?(?:week|working week)|hours (?:per|a) week|overtime|summer hours|overlap(?:ping)? (?:hours|with)|(?:Monday|Mon) to (?:Friday|Fri))\b/i,
  'team size':
    /\b(?:team of (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)|(?:(?<![\d,.])\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) (?:(?:backend|permanent|senior|other|full-time) )?(?:engineers|developers|people|direct reports|reports)\b)(?! or more)/i,
};
// One thing asked within a broad term ("the pension", "parental leave"): its own sentences first.
const TERM_NARROW: Array<[string, RegExp, RegExp]> = [
  ['parental leave', /\b(?:parental|maternity|paternity)\b/i, /\b(?:parental|maternity|paternity)\b/i],
  ['sick leave', /\bsick\b/i, /\bsick\b/i],
  ['sabbatical', /\bsabbatical/i, /\bsabbatical/i],
  [
    'pension',
    /\b(?:pensions?|401\(?k\)?|retirement)(?!\w)/i,
    /\b(?:pension|401\(?k\)?|retirement|RRSP|superannuation|bAV)\b/i,
  ],
  [
    'health insurance',
    /\b(?:health|medical|dental)\b/i,
    /\b(?:health (?:insurance|cover\w*|plan|fund)|private medical|medical(?:,|\/| and dental| insurance| cover\w*| plan)|dental|HMO)\b/i,
  ],
  // "do they pay for conferences": conferences alone; "a training or conference budget" is the whole term.
  [
    'conference budget',
    /^(?![^?]*\b(?:budgets?|allowances?|stipends?|training|learning)\b)[^?]*\bconferences?\b/i,
    /\bconference/i,
  ],
];
// The sentence that says how a term works, per term (the team's size in a sentence about the team).
const TERM_DETAIL_OF: Partial<Record<string, RegExp>> = {
  'team size': /\b(?:team|squad|reports?|lead|manag\w*|mentor\w*)\b/i,
  'working hours':
    /\b(?:core hours|working hours|hours (?:per|a) week|flexib\w*|overtime|\d+ ?(?:a\.?m\.?|p\.?m\.?))\b/i,
};
const ALSO_NAMED = 8;
const CONTRACT_WORK =
  /\b(?:as an? (?:contractor|freelancer)|contract (?:role|position|engagement|basis)|day rate|B2B|IR35|fixed[- ]term|freelance)\b/i;
// What a term's own sentence states about it: how often, how long, how it is paid.
const TERM_DETAIL =
  /\b(?:every|each|once|twice|per|one (?:week|weekend) in|rota|rotation|paid|unpaid|stipend|allowance|compensat\w*|vest\w*|cliff|after probation|\d+ ?%|\d+ (?:weeks?|days?|hours?|months?|years?))\b/i;
const TERM_GUIDE: Record<string, [string, RegExp[]]> = {
  equity: ['guide-compensation-context', [/equity/i]],
  bonus: ['guide-compensation-context', [/equity/i]],
  contract: ['guide-compensation-context', [/^Contract versus employment/]],
  'part-time': ['guide-compensation-context', [/^Contract versus employment/]],
  'on-call': [
    'guide-incident-leadership-and-on-call',
    [/^On-call health checklist/, /^Alerting that respects people/],
  ],
  // No guide says anything about a four-day week: quoting the remote-work guide would be filler.
};

/** A sentence of a listing: its place among the listing's sentences, and it. */
interface TermAt {
  at: number;
  s: string;
}
/**
 * A listing's sentences naming one job term, as the job-terms answer picks them: the first, the
 * first that says how it works (`TERM_DETAIL`), and the same two among those about working as a
 * contractor (`CONTRACT_WORK`).
 */
interface TermGiven {
  first: TermAt;
  detail?: TermAt;
  work?: TermAt;
  workDetail?: TermAt;
}
function termGiven(l: ListingDetail, re: RegExp, saysHowRe: RegExp = TERM_DETAIL): TermGiven | null {
  let given: TermGiven | null = null;
  sentencesOf(l.description).forEach((s, at) => {
    if (!re.test(s)) return;
    const hit = { at, s };
    given ??= { first: hit };
    const saysHow = saysHowRe.test(s);
    const work = CONTRACT_WORK.test(s);
    if (saysHow) given.detail ??= hit;
    if (work) given.work ??= hit;
    if (saysHow && work) given.workDetail ??= hit;
  });
  return given;
}

const jobTerms: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  const term = plan.term ?? 'equity';
  const sel = selectionOf(plan, ctx, input.deps);
  const ids = open(input, sel);
  if (ids.length === 0) {
    fewOrNone(input, sel, ids, `${term} terms`);
    return;
  }
  const n = ids.length;
  // Terms asked together ("a four-day week or part-time hours?") are looked for together.
  const asked = [term, ...termsAsked(plan.question).filter((t) => t !== term && t !== 'contract')];
  const broad = new RegExp(asked.map((t) => jobTermPatterns[t]!.source).join('|'), 'i');
  // "what's the pension like", "is there parental leave": the one thing asked, not the whole term.
  const narrowed = ['benefits', 'paid leave', 'learning budget'].includes(term)
    ? TERM_NARROW.find(([, asks]) => asks.test(plan.question))
    : undefined;
  const re = narrowed ? narrowed[2] : broad;
  // The kinds looked up per listing: the one thing asked, or each term asked.
  const lookedUp = narrowed ? [narrowed[0]] : asked;
  const saysHowOf = TERM_DETAIL_OF[term] ?? TERM_DETAIL;
  const label = narrowed
    ? (/\b(?:pensions?|401\(?k\)?|parental leave|health insurance|conferences?|sabbaticals?|sick leave|dental)(?!\w)/i
        .exec(plan.question)?.[0]
        ?.toLowerCase() ?? narrowed[0])
    : asked.join(' or ');
  const hits = ids
    .map((id) => {
      const l = ctx.byId.get(id) ?? detail(ctx, id);
      if (!l) return null;
      const listed = term === 'contract' && l.employmentType === 'contract';
      // "the homeowner calls a contractor" is no contract work: a listing that is no contract
      // role counts only when its sentence is about working as one.
      const onlyWork = term === 'contract' && !listed;
      // Terms asked together: the listing's sentences naming any of them, in order, are the
      // union of each term's own (kept per term); the sentence that says how it works ("one week
      // in six", "paid") comes before one that only names it.
      let about: TermAt | undefined;
      let saysHow: TermAt | undefined;
      for (const t of lookedUp) {
        const g = givenBy<TermGiven>(ctx, `job term: ${t}`, id);
        if (!g) continue;
        const a = onlyWork ? g.work : g.first;
        const d = onlyWork ? g.workDetail : g.detail;
        if (a && (!about || a.at < about.at)) about = a;
        if (d && (!saysHow || d.at < saysHow.at)) saysHow = d;
      }
      const s = (saysHow ?? about)?.s;
      return s || listed ? { l: { id: l.id, company: l.company, title: l.title }, s, listed } : null;
    })
    .filter((x) => x !== null)
    // Roles that are contracts come before listings that only mention contract work, and sentences
    // that say how the term works before those that only name it.
    .sort(
      (a, b) =>
        Number(b.listed) - Number(a.listed) ||
        Number(saysHowOf.test(b.s ?? '')) - Number(saysHowOf.test(a.s ?? '')),
    );
  const listedCount = hits.filter((h) => h.listed).length;
  const more = hits.length - listedCount;
  // Contract weighed against employment ("€800/day against €100k"): how to compare comes first,
  // with the member's own numbers worked through (no assumed costs), then the roles, a few of them.
  const weighing = term === 'contract' && weighsContract(plan.question);
  const guide = TERM_GUIDE[term];
  if (weighing) weighContract(input, guide);
  if (hits.length) {
    out.lines.push(
      term === 'contract' && n > 1
        ? `Contract: ${listedCount} of ${scope(sel, n).replace(/^all /, 'the ')} ${listedCount === 1 ? 'is a contract role' : 'are contract roles'}${more ? `; ${more} more mention${more === 1 ? 's' : ''} contract work` : ''}:`
        : n === 1
          ? `${cap(label)}: the one open listing${sel.applied.length ? `${/^at /.test(sel.applied[0]!) ? ' ' : ' matching '}${sel.applied.join(', ')}` : ''} mentions it:`
          : `${cap(label)}: ${hits.length} of ${scope(sel, n).replace(/^all /, 'the ')} mention${hits.length === 1 ? 's' : ''} it:`,
    );
    // Contract and part-time roles are listed with their rate: what a member compares them on.
    const byRate = term === 'contract' || term === 'part-time';
    // Boilerplate two listings share ("Competitive salary plus equity.") is quoted once.
    const shown = byRate
      ? hits.slice(0, weighing ? 5 : 10)
      : distinct(hits, (h) => h.s ?? h.l.title).slice(0, 5);
    for (const h of shown) {
      const summary = ctx.byId.get(h.l.id);
      if (byRate && summary) out.listed?.add(h.l.id);
      out.lines.push(
        byRate && summary
          ? `- ${oneLine(summary)}${h.s && !h.listed ? `: “${clip(h.s, 140)}”` : ''} ${book.cite(h.l.id)}`
          : h.s
            ? `- “${clip(h.s, 220)}” (${h.l.company}) ${book.cite(h.l.id)}`
            : `- **${h.l.title}** at ${h.l.company} is listed as a contract role ${book.cite(h.l.id)}`,
      );
    }
    if (hits.length > shown.length) {
      // A few more names, then how many: fifty company names is no answer anyone reads.
      const others = [...new Set(hits.filter((h) => !shown.includes(h)).map((h) => h.l.company))];
      out.lines.push(
        `- Also: ${others.slice(0, ALSO_NAMED).join(', ')}${others.length > ALSO_NAMED ? `, and ${others.length - ALSO_NAMED} more` : ''} ${book.citeAll(
          hits.filter((h) => !shown.includes(h)).map((h) => h.l.id),
          3,
        )}`,
      );
    }
  } else
    out.lines.push(
      term === 'contract' || term === 'part-time'
        ? `${cap(term)}: no listing is a ${term} role; none of ${scope(sel, n).replace(/^all /, 'the ')} is one or mentions ${term} work.`
        : `${cap(label)}: none of ${scope(sel, n).replace(/^all /, 'the ')} mentions it, so the listings can't tell you whether these employers offer it.`,
    );
  // The term left out ("any roles with no on-call?"): the listings that do not mention it, named.
  if (plan.exclude?.terms?.includes(term) && term !== 'contract') {
    const mentioned = new Set(hits.map((h) => h.l.id));
    const silent = ids.filter((id) => !mentioned.has(id));
    out.lines.push(
      `Without ${term}: **${silent.length} of the ${n}** do not mention ${term} (silence is no promise there is none; ask them)${silent.length ? ':' : '.'}`,
    );
    for (const id of silent.slice(0, 10)) {
      const l = ctx.byId.get(id);
      if (l) out.lines.push(`- ${oneLine(l)} ${book.cite(id)}`);
    }
    if (silent.length > 10)
      out.lines.push(`- …and ${silent.length - 10} more ${book.citeAll(silent.slice(10), 3)}`);
    out.figures.push(`not mentioning ${term}: ${silent.length} of ${n}`);
  }
  // A pay part after it ("…and is it worth a lower base?") is about the listings that mention the term.
  if (
    term !== 'contract' &&
    term !== 'part-time' &&
    hits.length &&
    /\b(?:base|worth|trade(?:-?off)?|lower|instead|in exchange|versus|vs\.?)\b/i.test(plan.question)
  )
    out.within = { ids: hits.map((h) => h.l.id), label: `that mention ${label}` };
  out.figures.push(
    term === 'contract'
      ? `contract roles: ${listedCount} of ${n}; mentioned in ${hits.length}`
      : `${term}: mentioned in ${hits.length} of ${n}`,
  );
  if (guide && !weighing)
    quoteGuides(
      input,
      'job_terms',
      [guide[0]],
      guide[1],
      weighing ? 3 : 2,
      weighing ? /\b(?:compar\w*|holidays?|pension|sick|billable|gaps|equivalent)\b/i : re,
    );
};

/**
 * The kinds of descriptive question a listing's own text answers, each with what one listing
 * gives it (null: nothing). `givenColumns` works them all out at publish; a composer asks
 * `givenBy(ctx, kind, id)`.
 */
const GIVEN_KINDS = {
  relocation: (l: ListingDetail) => {
    const t = relocationTerms(l.description ?? '');
    return t.offered || t.refused ? t : null;
  },
  // Each listing's sentences about its own interviews (not a duty of interviewing others).
  interview: (l: ListingDetail) => {
    const all = sentencesOf(l.description).filter(
      (x) => INTERVIEW_SENTENCE.test(x) && !INTERVIEWING_OTHERS.test(x),
    );
    return all.length
      ? {
          l: { id: l.id, company: l.company },
          all: all.slice(0, 4),
          kinds: INTERVIEW_KINDS.filter(([, re]) => all.some((x) => re.test(x))).map(([k]) => k),
        }
      : null;
  },
  degree: degreeGiven,
  duties: (l: ListingDetail) => dutyGiven(l, undefined),
  ...Object.fromEntries(
    DUTY_TOPICS.flatMap((topic, i) =>
      // A topic listings never speak to is never read from them.
      topic[5] === false ? [] : [[`duties: ${i}`, (l: ListingDetail) => dutyGiven(l, topic)]],
    ),
  ),
  ...Object.fromEntries(
    [
      ...Object.entries(jobTermPatterns),
      ...TERM_NARROW.map(([name, , re]) => [name, re] as [string, RegExp]),
    ].map(([t, re]) => [
      `job term: ${t}`,
      (l: ListingDetail) => termGiven(l, re, TERM_DETAIL_OF[t] ?? TERM_DETAIL),
    ]),
  ),
} as Record<GivenKind, (l: ListingDetail) => unknown>;
type GivenKind =
  | 'relocation'
  | 'interview'
  | 'degree'
  | 'duties'
  | `duties: ${number}`
  | `job term: ${string}`;

/** How to weigh a day rate against a salary: the numbers asked, worked; the posted rates; the guide. */
function weighContract(input: ComposeInput, guide: [string, RegExp[]] | undefined): void {
  const { ctx, book, out, plan } = input;
  const worked = weighedNumbers(plan.question);
  if (worked) {
    const days = Math.ceil(worked.annual / worked.day);
    const cur = worked.currency ? ` ${worked.currency}` : '';
    out.lines.push(
      `On your numbers: ${fmt(worked.annual)}${cur} a year is ${fmt(worked.day)}${cur} a day over ${days} billable days; the contract comes out ahead only if it bills more than ${days} days after the contractor's own holidays, sick days, pension, equipment and gaps between contracts are paid for.`,
    );
    out.figures.push(`break-even: ${worked.annual} / ${worked.day} = ${days} billable days`);
    const rates = worked.currency
      ? ctx.facts
          .salaries({ employment: 'contract', currency: worked.currency })
          .filter((r) => r.period === 'day')
      : [];
    if (rates.length) {
      const mids = rates.map((r) => (r.min + r.max) / 2).sort((a, b) => a - b);
      const span = extent([...rates.map((r) => r.min), ...rates.map((r) => r.max)]);
      out.lines.push(
        `- Posted ${worked.currency} day rates of contract roles here: ${fmt(span.min)}–${fmt(span.max)} over ${rates.length} listing${rates.length === 1 ? '' : 's'}${rates.length >= 3 ? `, median midpoint ${fmt(percentile(mids, 0.5))}` : ''} ${book.citeAll(
          rates.map((r) => r.id),
          3,
        )}`,
      );
      out.figures.push(
        `${worked.currency} contract day rates: ${rates.length}, span ${span.min}-${span.max}${rates.length >= 3 ? `, median midpoint ${percentile(mids, 0.5)}` : ''}`,
      );
    }
  }
  // The guide's sentences on how the two compare (holiday, pension, billable days).
  if (guide)
    quoteGuides(
      input,
      'job_terms',
      [guide[0]],
      guide[1],
      3,
      /\b(?:compar\w*|holidays?|pension|sick|billable|gaps|equivalent)\b/i,
    );
}

const SYMBOL_CURRENCY: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP' };
/** A day rate and an annual salary stated in a question ("€800/day against €100k"), in one currency. */
function weighedNumbers(question: string): { day: number; annual: number; currency: string } | null {
  const amounts = [
    ...question.matchAll(
      /(?:([€$£])\s?(\d[\d,.]*)\s?(k)?|(\d[\d,.]*)\s?(k)?\s?(EUR|USD|GBP|euros?|dollars?|pounds?)?)(\s*(?:(?:\/\s?|per |a )day\b|day[- ]?rate\b))?/gi,
    ),
  ].map((m) => {
    const n = Number((m[2] ?? m[4] ?? '').replace(/,/g, '')) * (m[3] || m[5] ? 1000 : 1);
    const word = (m[6] ?? '').toLowerCase();
    const currency = m[1]
      ? SYMBOL_CURRENCY[m[1]]!
      : /^eur/.test(word)
        ? 'EUR'
        : /^(?:usd|dollar)/.test(word)
          ? 'USD'
          : word
            ? 'GBP'
            : '';
    return { n, currency, day: !!m[7], bare: !m[1] && !m[6] };
  });
  const day = amounts.find((a) => a.day && a.n >= (a.bare ? 50 : 1));
  // A bare amount ("a 180k salary") is in the day rate's currency.
  const annual = amounts.find(
    (a) => !a.day && a.n >= 10_000 && (!day || a.currency === day.currency || a.bare),
  );
  return day && annual
    ? { day: day.n, annual: annual.n, currency: day.currency || annual.currency }
    : null;
}

const listCompanies: Composer = (input) => {
  const { ctx, book, out } = input;
  if ((input.plan.comparePlaces?.length ?? 0) >= 2 || (input.plan.compareIndustries?.length ?? 0) >= 2) {
    countsBySide(input);
    return;
  }
  const sel = selectionOf(input.plan, ctx, input.deps);
  const ids = open(input, sel);
  if (ids.length === 0) {
    fewOrNone(input, sel, ids, 'companies');
    return;
  }
  if (input.plan.listListings) {
    listingsList(input, sel, ids);
    return;
  }
  const companies = ctx.facts.companies(sel.filter);
  out.lines.push(
    `${ids.length} open listing${ids.length === 1 ? '' : 's'}${sel.applied.length ? ` (${sel.applied.join(', ')})` : ''}, from ${companies.length} compan${companies.length === 1 ? 'y' : 'ies'}:`,
  );
  for (const c of companies.slice(0, 15)) {
    const first = ctx.byId.get(c.ids[0]!)!;
    if (c.ids.length === 1) out.listed?.add(first.id);
    out.lines.push(
      `- **${c.company}**: ${c.ids.length > 1 ? `${c.ids.length} listings, e.g. ` : ''}${first.title} (${first.location}) ${book.citeAll(c.ids, 2)}`,
    );
  }
  if (companies.length > 15)
    out.lines.push(`- …and ${companies.length - 15} more; /search with the same words lists them all.`);
  out.figures.push(`companies: ${companies.length}; listings: ${ids.length}`);
};

const LISTED_AT_MOST = 12;
const PER_SIDE = 8;

/**
 * Listings counted per place or industry compared ("how many lead jobs in Germany or the
 * Netherlands?", "fintech vs gaming"): each side its own selection and N, with its companies.
 */
function countsBySide(input: ComposeInput): void {
  const { ctx, book, out, plan } = input;
  let total = 0;
  const counts: string[] = [];
  const sides: Array<{ label: string; plan: AnswerPlan }> = plan.compareIndustries?.length
    ? plan.compareIndustries.map((industry) => ({
        label: input.deps.industries.label(industry),
        plan: { ...plan, filters: { ...plan.filters, industry } },
      }))
    : (plan.comparePlaces ?? []).map((place) => ({
        label: placeName(place),
        plan: { ...plan, place, filters: { ...plan.filters, place: place.name } },
      }));
  for (const { label, plan: sidePlan } of sides) {
    const sel = selectionOf(sidePlan, ctx, input.deps);
    // A side is its own place: one with nothing is said to have nothing, never widened.
    const ids = sel.widened ? [] : ctx.facts.ids(sel.filter);
    const companies = ids.length ? ctx.facts.companies(sel.filter) : [];
    if (sel.widened)
      sel.applied[sel.applied.indexOf(`in ${sel.widened.to} (widened from ${sel.widened.from})`)] =
        `in ${label}`;
    total += ids.length;
    counts.push(`${label} ${ids.length}`);
    out.lines.push(
      ids.length
        ? `**${label}**: ${ids.length} open listing${ids.length === 1 ? '' : 's'} (${sel.applied.join(', ')}), from ${companies.length} compan${companies.length === 1 ? 'y' : 'ies'}:`
        : `**${label}**: no open listings (${sel.applied.join(', ')}).`,
    );
    for (const c of companies.slice(0, PER_SIDE)) {
      const first = ctx.byId.get(c.ids[0]!)!;
      out.lines.push(
        `- ${c.company}: ${c.ids.length > 1 ? `${c.ids.length} listings, e.g. ` : ''}${first.title} ${book.citeAll(c.ids, 2)}`,
      );
    }
    if (companies.length > PER_SIDE) out.lines.push(`- …and ${companies.length - PER_SIDE} more companies.`);
    out.lines.push('');
  }
  out.lines.pop();
  out.n = total;
  out.figures.push(`listings by side: ${counts.join('; ')}`);
}

/** The matching listings themselves, newest first: company, title, place and work mode of each. */
function listingsList(input: ComposeInput, sel: Selection, ids: string[]): void {
  const { ctx, book, out } = input;
  const rows = ids
    .map((id) => ctx.byId.get(id)!)
    .sort((a, b) => (b.postedAt ?? '').localeCompare(a.postedAt ?? '') || a.company.localeCompare(b.company));
  const filters = sel.applied.length ? ` (${sel.applied.join(', ')})` : '';
  out.lines.push(
    `${ids.length} open listing${ids.length === 1 ? '' : 's'}${filters}${ids.length > 1 ? ', newest first' : ''}:`,
  );
  for (const l of rows.slice(0, LISTED_AT_MOST)) {
    const mode = l.remote === 'onsite' ? 'on-site' : l.remote === 'unknown' ? 'mode not stated' : l.remote;
    // The mode once: "Madrid, Spain (hybrid)" says it already.
    const said = new RegExp(`\\b${l.remote === 'onsite' ? 'on-?site' : l.remote}\\b`, 'i').test(l.location);
    out.lines.push(
      `- **${l.company}**, ${l.title}: ${l.location}${said ? '' : ` (${mode})`} ${book.cite(l.id)}`,
    );
    out.listed?.add(l.id);
  }
  if (rows.length > LISTED_AT_MOST)
    out.lines.push(
      `- …and ${rows.length - LISTED_AT_MOST} more${filters}; /search with the same words lists them all.`,
    );
  out.figures.push(`listings: ${ids.length}`);
}

/** One statement of a listing: a line or sentence, with its section heading and its label ("Rate"). */
const DUTY_LABEL =
  /\b(?:day[- ]to[- ]day|day in the life|typical (?:day|week)|responsibilit\w*|what you(?:'ll|’ll| will) (?:do|own|work on)|the role|your role|duties)\b/i;

interface Statement {
  /** The sub-heading it follows ("Interview steps:") or its section's heading. */
  heading: string;
  /** Its heading names one topic only (no "Working pattern / Interview steps"). */
  oneTopic: boolean;
  label: string;
  text: string;
  /** A bullet or numbered item. */
  item: boolean;
}

/** A listing's own statements, line by line: bullets, labelled lines ("**RATE:** …") and sentences. */
function statementsOf(l: ListingDetail): Statement[] {
  const out: Statement[] = [];
  for (const s of l.sections) {
    let heading = s.heading ?? '';
    let oneTopic = !/\s\/\s|\band\b|&/.test(heading);
    for (const raw of s.text.split('\n')) {
      const item = /^\s*(?:[-*•·]|\d+[.)])\s+/.test(raw);
      let line = raw.trim().replace(/^(?:[-*•·]|\d+[.)])\s+/, '');
      if (!line) continue;
      // "Interview steps:" alone on its line heads what follows.
      const sub = /^(?:\*\*)?([^:*]{3,40}):(?:\*\*)?$/.exec(line);
      if (sub) {
        heading = sub[1]!.trim();
        oneTopic = true;
        continue;
      }
      let label = '';
      // A table row ("| Duration | 6 months |") is a labelled line; its rule row says nothing.
      if (line.startsWith('|')) {
        const cells = line
          .split('|')
          .map((c) => c.trim())
          .filter(Boolean);
        if (!cells.length || cells.every((c) => /^:?-{2,}:?$/.test(c))) continue;
        line = cells.length === 2 ? `**${cells[0]}:** ${cells[1]}` : cells.join('; ');
      }
      const bold = /^\*\*([^*]{2,40}?):?\*\*:?\s*(.*)$/.exec(line);
      const plain = /^([A-Z][\w /&-]{1,30}):\s+(\S.*)$/.exec(line);
      if (bold) [, label = '', line = ''] = bold;
      else if (plain) [, label = '', line = ''] = plain;
      label = label.replace(/:$/, '').trim();
      line = line
        .replace(/\*\*|\*/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (!line) continue;
      const parts = item ? [line] : (line.match(/[^.!?]+(?:[.!?]+["”’)]?(?=\s|$)|$)/g) ?? [line]);
      for (const p of parts)
        if (p.trim().length >= 3) out.push({ heading, oneTopic, label, text: p.trim(), item });
    }
  }
  return out;
}

// A question about how the job splits between coding and leading, and a sentence that states it.
const SPLIT_ASKED =
  /\b(?:coding|code|hands[- ]on|programming)\b[^?]{0,40}\b(?:vs\.?|versus|or|and|against|compared)\b[^?]{0,20}\b(?:lead\w*|manag\w*|meetings|people)\b|\bhow much\b[^?]{0,30}\b(?:coding|code|hands[- ]on|programming)\b|\b(?:still|actually) (?:code|write code)\b/i;
const CODING_SHARE =
  /(?:\d{1,3}\s*(?:[–-]\s*\d{1,3}\s*)?%|\b(?:half|a third|two thirds|most|majority|bulk)\b)[^.;]{0,60}\b(?:code|coding|hands[- ]on|programming|building)\b|\b(?:code|coding|hands[- ]on|programming)\b[^.;]{0,40}(?:\d{1,3}\s*(?:[–-]\s*\d{1,3}\s*)?%|\b(?:half|a third|two thirds|majority)\b)/i;

const statementText = (s: Statement) => (s.label ? `${s.label}: ${s.text}` : s.text);

const HUMAN_LANGUAGE =
  /\b(?:english|japanese|german|spanish|french|polish|portuguese|dutch|italian|swedish|norwegian|danish|finnish|mandarin|chinese|cantonese|korean|hindi|arabic|turkish|czech|ukrainian|russian|greek|hebrew|language|languages|bilingual|jlpt|cefr|[abc][12]\+?)\b/i;

// The listing statements that carry each aspect: by their heading, or by their own words.
const ASPECT_EVIDENCE: Partial<
  Record<Aspect, { heading?: RegExp; text: RegExp; max: number; must?: RegExp; label?: RegExp; not?: RegExp }>
> = {
  interview: {
    heading:
      /selection|recruit|interview|hiring process|how (?:we|to) (?:hire|apply)|our process|next steps/i,
    text: INTERVIEW_SENTENCE,
    max: 6,
  },
  language: { text: HUMAN_LANGUAGE, max: 2 },
  duration: {
    text: /\b(?:\d+|three|six|nine|twelve|eighteen|twenty-four)[- ]months?\b|\b(?:length|duration|extension|fixed[- ]term|start|asap|long-term|short-term|probation|renewable)\b/i,
    max: 2,
  },
  employment: {
    text: /\b(?:b2b|contractor|employment|permanent(?= (?:role|position|contract|employment|job|hire)|,|\.|$)|full[- ]time(?= (?:role|position|contract|employment|job)|,|\.|$)|part[- ]time|freelanc\w*|uop|fixed[- ]term|ir35|invoic\w*|contract(?: role| position| engagement| basis|:|,| for \d))|^contract\b/i,
    max: 2,
  },
  pay: {
    text: /\b(?:salary|pay|rate|compensation|base|per (?:day|month|year|hour|annum)|equity|bonus)\b|[€$£¥₹]|\b(?:PLN|EUR|USD|GBP|CHF|SEK|INR|JPY)\b/,
    must: /\d/,
    // "a $90 million business", "raised $12M": the company's money, not the role's pay.
    not: /\b(?:million|billion|revenue|funding|raised|series [a-e]|valuation|turnover|GMV|ARR)\b|\$\d+(?:\.\d+)?\s?[MB]\b/i,
    max: 2,
  },
  work_mode: {
    // "location" as a word, not inside "the vehicle-location pipeline".
    text: /\b(?:remote\w*|hybrid|on-?site|in[- ]office|office (?:days?|based|attendance)|(?<!-)location|time ?zones?|utc|days? (?:a|per) week(?! (?:of|on)-call)|from home|work from|relocat\w*)\b/i,
    label: /location|remote|office|where|work(?:ing)? (?:model|pattern|mode|arrangement)|hybrid/i,
    max: 2,
  },
  visa: { text: /\b(?:visa\w*|sponsor\w*|relocat\w*|right to work|work permit)\b/i, max: 2 },
  team: {
    text: /\b(?:team of|report(?:s|ing)? (?:in)?to|engineers|members|squad|people|culture|we value|we believe|we care|we work|we're|our team|the team|collaborat\w*|autonomy|autonomous|blameless|async\w*|pairing|values|flat|small team)\b/i,
    max: 3,
  },
  years: { text: /\b\d+\+? years\b|\byears of\b/i, max: 2 },
};

/** The listing's statements that carry an aspect, best first, at most `max`. */
function evidenceFor(l: ListingDetail, aspect: Aspect, term?: AnswerPlan['term']): Statement[] {
  const all = statementsOf(l);
  if (aspect === 'terms') {
    const re = term ? jobTermPatterns[term] : undefined;
    if (!re) return [];
    // The sentence the term is the subject of, with how often and how it is paid ("On-call comes
    // round every fifth week and is paid as a weekly stipend"), says it before one that only names it.
    const weight = (s: Statement) => {
      const text = statementText(s);
      const at = text.search(re);
      return (at >= 0 && at < 12 ? 2 : 0) + (TERM_DETAIL.test(text) ? 1 : 0);
    };
    // A statement under the term's own heading ("**On-call?** Seven people share the rotation…")
    // says it without naming it.
    return all
      .filter((s) => re.test(statementText(s)) || (s.oneTopic && re.test(s.heading)) || re.test(s.label))
      .map((s, i) => ({ s, i, w: weight(s) + (re.test(s.heading) || re.test(s.label) ? 1 : 0) }))
      .sort((a, b) => b.w - a.w || a.i - b.i)
      .slice(0, 2)
      .map((x) => x.s);
  }
  const rule = ASPECT_EVIDENCE[aspect];
  if (!rule) return [];
  // A whole section about the aspect ("Selection Process", "Recruitment") says it best.
  const section = rule.heading
    ? all.filter(
        (s) => rule.heading!.test(s.heading) && (s.oneTopic || s.item || rule.text.test(statementText(s))),
      )
    : [];
  const picked = section.length
    ? section
    : all.filter(
        (s) =>
          rule.text.test(statementText(s)) &&
          (!rule.must || rule.must.test(s.text)) &&
          !rule.not?.test(s.text) &&
          !(aspect === 'interview' && INTERVIEWING_OTHERS.test(s.text)),
      );
  // A labelled line ("LOCATION: 100% remote within Poland") says it before any sentence does.
  const labelled = rule.label
    ? all.filter((s) => rule.label!.test(s.label) || rule.label!.test(s.heading))
    : [];
  return [...new Set([...labelled.filter((s) => !section.length), ...picked])].slice(0, rule.max);
}

const TIME_ZONE =
  /\b(?:time ?zones?|tz|utc|gmt|cet|est|pst|overlap(?:ping)? hours|core hours|async\w*|asynchronous\w*)\b/i;

/** Where the member asked to work from, against the places the listing names. */
function placeFit(l: ListingDetail, asked: ResolvedPlace | undefined): string | null {
  if (!asked) return null;
  const city = asked.city ? asked.city[0]!.toUpperCase() + asked.city.slice(1) : undefined;
  const where = city ? `${city} (${asked.country})` : asked.name;
  const places = [...l.locations].sort((a, b) => Number(b.remote) - Number(a.remote));
  const inside = places.find(
    (p) =>
      (asked.city && p.city?.toLowerCase() === asked.city.toLowerCase()) ||
      (asked.country && p.country === asked.country) ||
      (asked.region && p.region === asked.region),
  );
  if (inside)
    return `${where}: inside what the listing names (“${inside.raw}”${inside.remote ? ', remote' : ''}).`;
  // "Remote (worldwide)", "anywhere": no place is outside it (its own words say where it can employ).
  const everywhere = places.find(
    (p) => p.remote && !p.country && !p.region && /\b(?:worldwide|anywhere|global(?:ly)?)\b/i.test(p.raw),
  );
  if (everywhere)
    return `${where}: the listing is open worldwide (“${everywhere.raw}”); check its own words on where it can employ.`;
  return `${where}: not among the places the listing names (${l.location}).`;
}

/** The answer to one aspect asked about a listing: its facts, then its own words, cited. */
function aspectLines(l: ListingDetail, aspect: Aspect, book: CitationBook, plan: AnswerPlan): string[] {
  const c = book.cite(l.id);
  const mode = l.remote === 'onsite' ? 'on-site' : l.remote;
  const quotes = (label: string, found: Statement[], none: string): string[] => {
    if (!found.length) return [`- ${label}: ${none} ${c}`];
    if (found.length > 2) return [`- ${label}: “${clip(found.map(statementText).join('; '), 400)}” ${c}`];
    return found.map((s) => `- ${label}: “${clip(statementText(s), 240)}” ${c}`);
  };
  switch (aspect) {
    case 'pay':
      return [
        `- Pay: ${l.salary ? `${fmt(l.salary.min)}–${fmt(l.salary.max)} ${l.salary.currency} per ${l.salary.period} (as posted)` : 'not posted'} ${c}`,
        ...evidenceFor(l, 'pay')
          .slice(0, 1)
          .map((s) => `- In its words: “${clip(statementText(s), 240)}” ${c}`),
      ];
    case 'work_mode': {
      const fit = placeFit(l, plan.place);
      return [
        `- Work mode: ${mode}, ${l.location} ${c}`,
        ...evidenceFor(l, 'work_mode')
          .slice(0, 1)
          .map((s) => `- In its words: “${clip(statementText(s), 240)}” ${c}`),
        // Time zones asked about: the listing's own sentences on them, or that it states none.
        ...(TIME_ZONE.test(plan.question)
          ? quotes(
              'Time zones',
              statementsOf(l)
                .filter((s) => TIME_ZONE.test(statementText(s)))
                .slice(0, 2),
              'the listing states no time-zone restriction',
            )
          : []),
        ...(fit ? [`- You asked about ${fit}`] : []),
      ];
    }
    case 'years':
      return [
        `- Experience: ${l.yearsMin !== null ? `${l.yearsMin}+ years asked` : 'no number of years stated'} ${c}`,
        ...evidenceFor(l, 'years')
          .slice(0, 1)
          .map((s) => `- In its words: “${clip(statementText(s), 240)}” ${c}`),
      ];
    case 'visa': {
      const t = relocationTerms(l.description);
      return [
        `- Relocation/visa: ${t.offered ? 'offered' : t.refused ? 'they cannot sponsor' : 'not mentioned'}${t.evidence ? `: “${clip(t.evidence, 180)}”` : ''} ${c}`,
      ];
    }
    case 'interview':
      return quotes(
        'Selection process',
        evidenceFor(l, 'interview'),
        'the listing does not describe its interview process',
      );
    case 'language':
      return quotes('Language', evidenceFor(l, 'language'), 'the listing names no spoken language');
    case 'duration':
      return quotes('Length and start', evidenceFor(l, 'duration'), 'the listing states no length or start');
    case 'employment':
      return [
        `- Employment: ${l.employmentType ?? 'not stated as a field'} ${c}`,
        ...evidenceFor(l, 'employment')
          .slice(0, 2)
          .map((s) => `- In its words: “${clip(statementText(s), 240)}” ${c}`),
      ];
    case 'team':
      return quotes('Team', evidenceFor(l, 'team'), 'the listing says nothing about the team');
    case 'duties': {
      // Its duties, or a labelled line that says them ("**Day to day:** design reviews, … ~50%
      // hands-on coding").
      const said = byResponsibility(listingDuties(l, 6)).slice(0, 3);
      const labelled = statementsOf(l)
        .filter((x) => DUTY_LABEL.test(x.label) || (x.oneTopic && DUTY_LABEL.test(x.heading)))
        .map((x) => statementText(x));
      let lines = said.length ? said : labelled.slice(0, 3);
      // "how much of it is coding vs leading": the listing's own sentence with its share of coding
      // ("…with 50–70% of your time spent in code") answers it, first.
      if (SPLIT_ASKED.test(plan.question)) {
        const share = statementsOf(l)
          .map((x) => statementText(x))
          .filter((t) => CODING_SHARE.test(t));
        if (share.length) lines = [...new Set([...share.slice(0, 2), ...lines])].slice(0, 3);
        else lines = [`The listing states no share of coding time; its duties:`, ...lines];
      }
      return lines.length
        ? lines.map((d) => (d.endsWith('its duties:') ? `- ${d}` : `- “${clip(d, 200)}” ${c}`))
        : [`- Duties: the listing does not describe them ${c}`];
    }
    case 'terms': {
      // What the listing itself says about the term asked (equity, on-call…), in its own words.
      const term = plan.term;
      const said = evidenceFor(l, 'terms', term);
      return said.length
        ? said.map((x) => `- ${term}: “${clip(statementText(x), 240)}” ${c}`)
        : [`- ${term ?? 'That'}: the listing does not mention it ${c}`];
    }
    case 'skills': {
      const req = l.skillDetails.filter((s) => s.required && s.category !== 'leadership').map((s) => s.name);
      const nice = l.skillDetails.filter((s) => !s.required).map((s) => s.name);
      return [
        `- Asks for: ${req.slice(0, 12).join(', ') || 'no skill recognised'} ${c}`,
        ...(nice.length ? [`- Nice to have: ${nice.slice(0, 8).join(', ')}`] : []),
      ];
    }
    default:
      return [
        `- ${l.location} (${mode}); level ${l.seniority}${l.yearsMin !== null ? `, ${l.yearsMin}+ years` : ''}; pay ${l.salary ? `${fmt(l.salary.min)}–${fmt(l.salary.max)} ${l.salary.currency} per ${l.salary.period}` : 'not posted'} ${c}`,
        `- Asks for: ${l.skillDetails
          .filter((s) => s.required && s.category !== 'leadership')
          .map((s) => s.name)
          .slice(0, 10)
          .join(', ')}`,
      ];
  }
}

const ASPECT_WORDS: Record<Aspect, string> = {
  pay: 'pay',
  work_mode: 'work mode and place',
  years: 'years asked',
  visa: 'relocation and visas',
  interview: 'selection process',
  duties: 'duties',
  skills: 'stack and skills',
  terms: 'terms',
  language: 'language',
  duration: 'length and start',
  employment: 'employment type',
  team: 'team',
  overview: 'overview',
};

function aspectsAsked(plan: AnswerPlan): Aspect[] {
  return plan.aspects?.length ? plan.aspects : [plan.aspect ?? 'overview'];
}

function aspectTitle(plan: AnswerPlan): string {
  return aspectsAsked(plan)
    .map((a) => (a === 'terms' && plan.term ? plan.term : ASPECT_WORDS[a]))
    .join(', ');
}

/** Every aspect asked, answered for one listing. */
function listingAnswer(l: ListingDetail, plan: AnswerPlan, book: CitationBook): string[] {
  // A sentence quoted for one aspect ("base pay … plus equity") is not quoted again for the next.
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of aspectsAsked(plan))
    for (const line of aspectLines(l, a, book, plan)) {
      const quote = /“(.*)”/.exec(line)?.[1];
      if (quote && seen.has(quote)) continue;
      if (quote) seen.add(quote);
      out.push(line);
    }
  return out;
}

const company: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  if (plan.unknownCompany) {
    absent(input, plan.unknownCompany, 'company');
    return;
  }
  // Companies named together: each answered in turn, N the listings of all of them.
  if ((plan.compareCompanies?.length ?? 0) >= 2) {
    let total = 0;
    for (const name of plan.compareCompanies!) {
      company({
        ...input,
        plan: { ...plan, compareCompanies: undefined, filters: { ...plan.filters, company: name } },
      });
      total += out.n ?? 0;
      out.lines.push('');
    }
    out.lines.pop();
    out.n = total;
    return;
  }
  const sel = selectionOf(plan, ctx, input.deps);
  const ids = open(input, sel);
  const name = companyOfPlan(plan, ctx) ?? plan.filters.company ?? '';
  if (!ids.length) {
    const all = ctx.facts.ids({ company: name });
    out.lines.push(
      `${name} has ${all.length} open listing${all.length === 1 ? '' : 's'} in the corpus, none matching (${sel.applied.filter((a) => !a.startsWith('at ')).join(', ')}):`,
    );
    for (const id of all.slice(0, 3)) out.lines.push(`- ${oneLine(ctx.byId.get(id)!)} ${book.cite(id)}`);
    return;
  }
  out.lines.push(
    `${name}: ${ids.length} open listing${ids.length === 1 ? '' : 's'} in the corpus${sel.applied.length > 1 ? ` (${sel.applied.filter((a) => !a.startsWith('at ')).join(', ')})` : ''}; ${aspectTitle(plan)}:`,
  );
  for (const id of ids.slice(0, 4)) {
    const l = detail(ctx, id)!;
    out.lines.push(`**${l.title}**`);
    appendAll(out.lines, listingAnswer(l, plan, book));
  }
  // What the listings leave unsaid about interviews, the guide says in general.
  if (aspectsAsked(plan).includes('interview'))
    quoteGuides(
      input,
      'interview',
      ['guide-system-design-and-interviews'],
      [/^The usual interview loop/, /^What interviewers want/],
      2,
      /round|interview/i,
    );
};

const listing: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  const l = plan.listingId ? detail(ctx, plan.listingId) : null;
  if (!l) {
    absent(input, plan.listingId ?? 'that listing', 'listing');
    return;
  }
  out.n = 1;
  out.lines.push(`**${l.title}** at ${l.company} ${book.cite(l.id)}: ${aspectTitle(plan)}`);
  appendAll(out.lines, listingAnswer(l, plan, book));
};

function absent(input: ComposeInput, asked: string, what: 'company' | 'listing'): void {
  const { ctx, book, out, plan, deps } = input;
  // A name typed in lower case ("revolut") is still a name.
  const name = clip(/^[a-z][a-z0-9]*$/.test(asked) ? asked[0]!.toUpperCase() + asked.slice(1) : asked, 60);
  out.n = 0;
  out.lines.push(
    what === 'company'
      ? `${name} is not in the corpus: I have no listing from that company, so I can't say anything about its roles, pay or process.`
      : 'That listing is not in the corpus (no open listing has that id or title).',
  );
  // Alternatives match what was asked besides the name (level, skills, place, work mode, industry)
  // and, for a well-known employer, its industry; with nothing else asked, none are guessed.
  const sel = selectionOf(plan, ctx, deps, ['company']);
  let filter = sel.filter;
  const basis = [...sel.applied];
  if (plan.topicSkills?.length && !filter.skills) {
    filter = { ...filter, skills: plan.topicSkills, skillsMode: 'all' };
    basis.splice(Math.min(1, basis.length), 0, `asking for ${plan.topicSkills.join(' and ')}`);
  }
  // "does Monzo do remote?": the work mode asked of it is what the alternatives should offer.
  const mode = /\bremote\b/i.test(plan.question)
    ? 'remote'
    : /\bhybrid\b/i.test(plan.question)
      ? 'hybrid'
      : undefined;
  if (mode && !filter.remote && plan.aspects?.includes('work_mode')) {
    filter = { ...filter, remote: mode };
    basis.push(mode);
  }
  if (plan.unknownIndustry && !plan.filters.industry && ctx.facts.industriesAvailable) {
    const same = { ...filter, industries: [...deps.industries.expand([plan.unknownIndustry])] };
    if (ctx.facts.count(same)) {
      filter = same;
      basis.push(`in ${deps.industries.label(plan.unknownIndustry).toLowerCase()}, ${name}'s industry`);
    }
  }
  if (!basis.length) {
    out.lines.push(
      'Ask about a kind of role instead (a level, a skill, a place or an industry) and I will answer from every listing that matches.',
    );
    return;
  }
  const ids = ctx.facts.ids(filter);
  if (!ids.length) {
    out.lines.push(`No listing matches ${basis.join(', ')} either.`);
    return;
  }
  const newest = ids
    .map((id) => ctx.byId.get(id)!)
    .sort((a, b) => (b.postedAt ?? '').localeCompare(a.postedAt ?? '') || a.id.localeCompare(b.id))
    .slice(0, 3);
  out.lines.push(
    `${ids.length} listing${ids.length === 1 ? ' matches' : 's match'} the rest of what you asked (${basis.join(', ')}); ${ids.length > 3 ? 'the newest three, ' : ''}offered as alternatives, not as ${name}:`,
  );
  for (const l of newest) out.lines.push(`- ${oneLine(l)} ${book.cite(l.id)}`);
}

const outOfScope: Composer = (input) => {
  const { ctx, out, plan } = input;
  if (plan.greeting) {
    out.lines.push(
      `${plan.greeting === 'thanks' ? "You're welcome!" : 'Hi!'} Ask me about Lead Backend Engineer listings: what the roles require, how common a skill is, posted pay by place, years asked, remote or hybrid, visa help, which companies hire, or how the role works day to day. For example: “what do lead roles in Berlin pay?”`,
    );
    return;
  }
  out.lines.push(
    "I can't answer that from the job listings and guides I have: they don't say it. What I can answer from them: what lead (and senior, staff, principal, manager) backend roles require, how common a skill is, posted pay by place and currency, years asked, remote/hybrid/on-site, visa and relocation, which companies hire for what, and how the role works day to day, in interviews and on the way up. For example: “what do lead backend roles in fintech require?”",
  );
  // A trend asked about: the listings are one snapshot, so say what they show today, under the
  // filters the question states.
  const history = plan.topicSkills?.length || plan.history;
  if (!history) return;
  // The skill asked about is the topic: its share is counted over every listing the other filters
  // select ("demand for go leads": Go among all lead listings), not over those naming it.
  const sel = selectionOf(plan, ctx, input.deps, ['skills', 'skillsMode']);
  const ids = open(input, sel);
  if (!ids.length) return;
  out.n = ids.length;
  if (plan.topicSkills?.length) {
    const parts = plan.topicSkills.map((skill) => {
      const having = ctx.facts.withSkill(sel.filter, skill).length;
      return `${skill} is asked for in ${having} of ${ids.length} (${pct(having, ids.length)})`;
    });
    out.lines.push(
      `What they do show is one moment, with no history to compare: across ${scope(sel, ids.length)}, ${parts.join('; ')}.`,
    );
    return;
  }
  const dates = ids
    .map((id) => ctx.byId.get(id)?.postedAt)
    .filter((d): d is string => Boolean(d))
    .sort();
  out.lines.push(
    `What they do show is one moment, with no history to compare: ${ids.length} open listing${ids.length === 1 ? '' : 's'}${sel.applied.length ? ` matching ${sel.applied.join(', ')}` : ''} today${dates.length ? `, posted between ${dates[0]!.slice(0, 10)} and ${dates.at(-1)!.slice(0, 10)}` : ''}.`,
  );
};

const decline: Composer = (input) => {
  const { out, plan } = input;
  out.lines.push(
    plan.declineReason === 'fabricate'
      ? "I can't help invent experience, references or job history: it misleads employers and usually comes out in interviews. I can help you present what you have done: ask which skills lead listings ask for most, or how to show lead-level scope from your current role."
      : plan.declineReason === 'contact'
        ? "I can't help find or share anyone's personal contact details (emails, phone numbers, addresses), and the listings don't hold them. Each listing links to its own application page: ask about a company or listing and I'll cite it, so you can apply or reach out through the channel it gives."
        : "I won't help call out or shame an employer publicly. If a listing looks wrong or misleading, an admin can review it with /corpus, and I can show you exactly what a listing states (/listing) so you can judge it yourself.",
  );
};

const COMPOSERS: Record<Intent, Composer> = {
  requirements,
  skill_frequency: skillFrequency,
  skill_compare: skillFrequency,
  top_skills: topSkills,
  years,
  pay,
  work_mode: workMode,
  visa_relocation: visa,
  level_compare: levelCompare,
  duties,
  interview,
  career_path: careerPath,
  readiness,
  company,
  listing,
  list_companies: listCompanies,
  job_terms: jobTerms,
  out_of_scope: outOfScope,
  decline,
};

/** The plan and figures, as text a model reads before it writes its answer. */
export function modelBrief(answer: EngineAnswer): string {
  const f = answer.plan.filters;
  return [
    `Intent: ${answer.plan.intent} (${answer.plan.measure})`,
    `Filters applied: ${answer.applied.join(', ') || 'none'}${Object.keys(f).length ? ` (stated: ${JSON.stringify(f)})` : ''}`,
    answer.n !== null ? `N (listings the figures are computed over): ${answer.n}` : '',
    'Figures computed by code (keep every number exactly as written, with its N):',
    ...answer.figures.map((x) => `- ${x}`),
    'The offline answer (its [n] markers are the source numbers below):',
    answer.answer,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The selection a topic or target describes ("lead backend fintech", "healthtech in Berlin"): the
 * same planner and filters as /ask, over every open listing. /market, /gap, /role-summary topic:
 * and /recommend narrow with this, so their numbers agree with /ask's.
 */
export function selectFor(
  text: string,
  deps: EngineDeps,
): { ids: string[]; applied: string[]; notApplied: string[]; plan: AnswerPlan } {
  const question = normalizeLine(text).slice(0, MAX_QUESTION_CHARS);
  const ctx = contextOf(deps.reader);
  const plan = planQuestion(question, deps.understand(question), {
    gazetteer: deps.gazetteer,
    listings: ctx.titles,
    industries: industryWords(deps.industries),
    employers: deps.employers ?? [],
    skillsIn: (text) => deps.understand(text).skills,
  });
  // A topic names what it is about: its skills are filters whatever the wording looked like.
  const skills = deps.understand(question).skills;
  if (skills.length && !plan.filters.skills) plan.filters.skills = skills;
  if (plan.intent === 'listing') plan.filters = {};
  const sel = selectionOf({ ...plan, intent: 'requirements' }, ctx, deps);
  return { ids: ctx.facts.ids(sel.filter), applied: sel.applied, notApplied: sel.notApplied, plan };
}
