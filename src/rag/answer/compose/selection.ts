/**
 * A plan's filters as a SQL selection (`selectionOf`): places, work mode, levels and what is left
 * out, with the words that say what was applied, widened or not applied.
 */
import type { FactFilter, FactPlace, SalaryRow } from '../../../storage/corpus/facts.js';
import { type Gazetteer, REGION_NAMES } from '../../extract/locations.js';
import { type AnswerPlan, levelsOf, namesRegion, placesOf, type ResolvedPlace } from '../plan/index.js';
import type { Context, EngineDeps } from './context.js';
import { givenBy } from './given.js';
import { fmt, LEVEL_NAMES } from './shared.js';
import type { TermGiven } from './terms.js';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** "2026-11" → "November 2026". */
export function monthName(yyyyMm: string): string {
  return `${MONTH_NAMES[Number(yyyyMm.slice(5, 7)) - 1] ?? yyyyMm.slice(5, 7)} ${yyyyMm.slice(0, 4)}`;
}

/** The filters of a plan as a SQL selection, with the words that say what was applied. */
export interface Selection {
  filter: FactFilter;
  applied: string[];
  /** Filters stated but not applied, with why. */
  notApplied: string[];
  /** The place was widened ("Munich" → "Germany") because nothing matched it. */
  widened?: { from: string; to: string; atOtherLevels?: string[] };
  /**
   * Each applied filter that can be taken off on its own, with the fact-filter keys it set (the
   * nearest selections of an empty answer, `nearestWithout`). Absent when the selection is an id
   * list worked out under every filter at once (what the question leaves out, a pay floor).
   */
  droppable?: Array<{ label: string; keys: Array<keyof FactFilter> }>;
}

// A remote place said to be open everywhere ("Remote (worldwide)", "Remote, anywhere").
const WORLDWIDE_SCOPE = /\b(?:worldwide|world-?wide|anywhere|global(?:ly)?)\b/i;

const worldwide = new WeakMap<Context, string[]>();
/** The listings open worldwide, read once per generation's context. */
function worldwideIds(ctx: Context): string[] {
  let ids = worldwide.get(ctx);
  if (!ids) {
    ids = [...ctx.byId.values()]
      .filter((l) =>
        l.locations.some((p) => p.remote && !p.country && !p.region && WORLDWIDE_SCOPE.test(p.raw)),
      )
      .map((l) => l.id);
    worldwide.set(ctx, ids);
  }
  return ids;
}

export function selectionOf(
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
    // Several levels ("staff and principal listings"): the listings of any of them.
    const levels = levelsOf(f);
    filter.seniority = levels.length === 1 ? levels[0] : levels;
    applied.push(`${orList(levels.map((l) => LEVEL_NAMES[l]))} level`);
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
  if (plan.openWorldwide && !drop.includes('workMode')) {
    filter.ids = worldwideIds(ctx);
    applied.push('open worldwide');
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
  postedSelection(plan, use, filter, applied);
  const selection: Selection = { filter, applied, notApplied };
  const droppable = droppableOf(filter, applied);
  if (use('place')) {
    const before = applied.length;
    placeSelection(plan, ctx, deps, selection);
    if (applied.length > before)
      droppable.push({
        label: applied[applied.length - 1]!,
        keys: selection.filter.ids ? ['ids'] : ['place'],
      });
  }
  const ruled = applied.length;
  leaveOut(plan, ctx, deps, selection, drop);
  if (applied.length === ruled) selection.droppable = droppable;
  return selection;
}

/** The filters set before the place, each with its label (in the order `selectionOf` applies them). */
function droppableOf(filter: FactFilter, applied: string[]): NonNullable<Selection['droppable']> {
  const keys: Array<Array<keyof FactFilter>> = [];
  if (filter.seniority !== undefined) keys.push(['seniority']);
  if (filter.seniorityNot !== undefined) keys.push(['seniorityNot']);
  if (filter.skills) keys.push(['skills', 'skillsMode']);
  if (filter.remote !== undefined) keys.push(['remote']);
  if (filter.industries) keys.push(['industries']);
  if (filter.company !== undefined) keys.push(['company']);
  if (filter.employment !== undefined) keys.push(['employment']);
  if (filter.currency !== undefined) keys.push(['currency']);
  if (filter.postedAfter !== undefined || filter.postedBefore !== undefined)
    keys.push(['postedAfter', 'postedBefore']);
  // One label per filter set; when they disagree (a label folded into another), nothing is offered.
  if (keys.length !== applied.length) return [];
  return keys.map((k, i) => ({ label: applied[i]!, keys: k }));
}

type Use = (key: keyof AnswerPlan['filters']) => boolean;

/** The posting dates asked ("posted after 2026-11-01", "posted in November 2026"), as applied. */
function postedSelection(plan: AnswerPlan, use: Use, filter: FactFilter, applied: string[]): void {
  const f = plan.filters;
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
  if (plan.postedBefore) {
    filter.postedBefore = plan.postedBefore;
    // "posted in November 2026": the month, said as one.
    if (plan.postedMonth && filter.postedAfter === `${plan.postedMonth}-01`) {
      applied.pop();
      applied.push(`posted in ${monthName(plan.postedMonth)}`);
    } else applied.push(`posted before ${plan.postedBefore}`);
  }
}

/**
 * The place asked, as applied: several places as the listings of any of them; one place as its
 * listings, or those open to someone there (remote), widened when nothing matches it.
 */
function placeSelection(plan: AnswerPlan, ctx: Context, deps: EngineDeps, selection: Selection): void {
  const f = plan.filters;
  const { filter, applied, notApplied } = selection;
  // A side of a comparison names one place of them (`filters.place` a string): that one alone.
  const several = (plan.places?.length ?? 0) >= 2 && placesOf(f).length >= 2 ? plan.places! : undefined;
  if (several) {
    // Several places ("japan or korea"): the listings of any of them, none widened.
    if (plan.openTo && f.workMode === 'remote' && filter.remote === 'remote') {
      filter.ids = [...new Set(several.flatMap((p) => openRemotely(p, ctx, deps.gazetteer)))];
      applied.push(`open to someone in ${orList(several.map(placeName))}`);
    } else {
      filter.place = several.flatMap(placeFilter);
      applied.push(`in ${orList(several.map(placeName))}`);
    }
  } else {
    if (!plan.place) notApplied.push(`place “${placesOf(f).join(' or ')}” (not a place I know)`);
    else if (plan.openTo && f.workMode === 'remote' && filter.remote === 'remote') {
      // "which remote ones accept people in Portugal": remote there, across its region, or anywhere.
      filter.ids = openRemotely(plan.place, ctx, deps.gazetteer);
      applied.push(`open to someone in ${placeName(plan.place)}`);
    } else if (plan.openTo && !f.workMode) {
      // "which lead roles can I do from Spain?": those there, and the remote ones open to someone there.
      const there = ctx.facts.ids({ ...filter, place: placeFilter(plan.place) });
      filter.ids = [...new Set([...there, ...openRemotely(plan.place, ctx, deps.gazetteer)])];
      applied.push(`in ${placeName(plan.place)} or remote and open to someone there`);
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
            // What the place itself holds at other levels ("Austria lead listings all post their
            // salary right?": Austria's one listing is an engineering manager role), named beside.
            const atOtherLevels =
              filter.seniority !== undefined ? ctx.facts.ids({ ...filter, seniority: undefined }) : [];
            selection.widened = {
              from: plan.place.name,
              to: placeName(wider),
              ...(atOtherLevels.length ? { atOtherLevels } : {}),
            };
          }
        }
      }
    }
  }
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
  if (!ex?.places?.length && !ex?.industries?.length && !ex?.skills?.length && !terms.length && !floor)
    return;
  let ids = ctx.facts.ids(filter);
  for (const skill of ex?.skills ?? []) {
    const out = new Set(ctx.facts.ids({ ...filter, skills: [skill], skillsMode: 'all' }));
    ids = ids.filter((id) => !out.has(id));
    applied.push(`not asking for ${skill}`);
  }
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
    const posted = ctx.facts.salaries({ ...filter, ...(currency ? { currency } : {}) });
    // An amount without a currency is held only against ranges of its order (never 150k in rupees).
    const yearly = currency
      ? posted.filter((r) => r.period === 'year')
      : comparableYearly(posted, floor.amount).rows;
    const reaching = new Set(yearly.filter((r) => r.max >= floor.amount).map((r) => r.id));
    ids = ids.filter((id) => reaching.has(id));
    const currencies = [...new Set(yearly.map((r) => r.currency))].sort().join(', ');
    applied.push(
      `a posted yearly range reaching ${fmt(floor.amount)}${currency ? ` ${currency}` : ` (in ${currencies || 'no currency of that order'})`}`,
    );
  }
  filter.ids = ids;
}

/**
 * The yearly ranges an amount named without a currency can be held against ("leads all earn 300k+
 * right?", "jobs over 150k"): those of currencies whose posted ranges are of the amount's order
 * (median top within a factor of ten), so 300,000 is never set against rupees, yen or won. The
 * currencies left out are returned to be said.
 */
export function comparableYearly(
  rows: readonly SalaryRow[],
  amount: number,
): { rows: SalaryRow[]; leftOut: string[] } {
  const byCurrency = new Map<string, number[]>();
  for (const r of rows) {
    if (r.period !== 'year') continue;
    // Pushed, not copied per row: tens of thousands of yearly ranges in one currency at scale.
    const tops = byCurrency.get(r.currency);
    if (tops) tops.push(r.max);
    else byCurrency.set(r.currency, [r.max]);
  }
  const kept = new Set<string>();
  const leftOut: string[] = [];
  for (const [currency, tops] of byCurrency) {
    const sorted = [...tops].sort((a, b) => a - b);
    const ratio = sorted[Math.floor(sorted.length / 2)]! / amount;
    if (ratio >= 0.1 && ratio <= 10) kept.add(currency);
    else leftOut.push(currency);
  }
  return { rows: rows.filter((r) => r.period === 'year' && kept.has(r.currency)), leftOut: leftOut.sort() };
}

/** How the currencies an amount without one was not held against are said. */
export function leftOutSaid(leftOut: readonly string[]): string {
  return leftOut.length
    ? ` (${leftOut.join(', ')} ranges left out: amounts of another order, never converted)`
    : '';
}

/**
 * The remote listings someone in a place can take: a remote place of the listing is that country,
 * its region without a country ("Remote (EU)", "Remote (EMEA)"), or worldwide as said. A time-zone
 * window alone ("Remote (UTC±3)") is left out: whether it takes the place is not read here.
 */
export function openRemotely(asked: ResolvedPlace, ctx: Context, gazetteer: Gazetteer): string[] {
  // A group of countries ("the Nordics"): those open to someone in any of them.
  if (asked.countries?.length)
    return [
      ...new Set(asked.countries.flatMap((c) => openRemotely({ name: c, country: c }, ctx, gazetteer))),
    ];
  const country = asked.country;
  const region = asked.region ?? (country ? gazetteer.parse(country)[0]?.region : undefined);
  return [...ctx.byId.values()]
    .filter((l) =>
      l.locations.some(
        (p) =>
          p.remote &&
          (p.country
            ? // ("Remote (Argentina / LatAm)": open across the region it names too.)
              p.country === country ||
              (p.region !== null && p.region === region && namesRegion(p.raw, p.region, p.country))
            : p.region
              ? p.region === region
              : // Worldwide as said ("Remote (worldwide)"), not a time-zone window ("Remote (UTC±3)").
                WORLDWIDE.test(p.raw)),
      ),
    )
    .map((l) => l.id);
}

const WORLDWIDE = /^\s*remote\s*$|\b(?:worldwide|anywhere|global(?:ly)?)\b/i;

/** The extracted places a place asked selects: a group ("the Nordics"), each of its countries. */
function placeFilter(p: ResolvedPlace): FactPlace[] {
  if (p.city) return [{ city: p.city }];
  if (p.country) return [{ country: p.country }];
  if (p.region) return [{ region: p.region }];
  if (p.countries?.length) return p.countries.map((country) => ({ country }));
  if (p.regions?.length) return p.regions.map((region) => ({ region }));
  return [{}];
}

const REGION_LABEL: Record<string, string> = { ...REGION_NAMES, 'middle-east': 'the Middle East' };

export function placeName(p: ResolvedPlace): string {
  if (p.city) return p.city.replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  if (p.country) return p.name.length <= 3 ? `the ${p.name.toUpperCase()}` : p.country;
  return REGION_LABEL[p.region ?? ''] ?? p.group ?? p.name;
}

function widen(p: ResolvedPlace, gazetteer: Gazetteer): ResolvedPlace | undefined {
  if (p.city && p.country) return { name: p.country, country: p.country };
  if (p.country) {
    const region = gazetteer.parse(p.country)[0]?.region;
    if (region) return { name: REGION_LABEL[region] ?? region, region };
  }
  return undefined;
}

export function companyOfPlan(plan: AnswerPlan, ctx: Context): string | undefined {
  const asked = plan.filters.company?.toLowerCase();
  if (!asked) return undefined;
  const { companies, lower, exact } = companiesOf(ctx);
  const at = exact.get(asked) ?? lower.findIndex((c) => c.includes(asked));
  if (at >= 0) return companies[at];
  const first = asked.split(' ')[0] ?? asked;
  return companies[lower.findIndex((c) => c.startsWith(first))];
}

/** The corpus's companies (first-seen order), lower-cased, and the first with each lower-case name. */
const companyLists = new WeakMap<
  Context['titles'],
  { companies: string[]; lower: string[]; exact: Map<string, number> }
>();
function companiesOf(ctx: Context): { companies: string[]; lower: string[]; exact: Map<string, number> } {
  let lists = companyLists.get(ctx.titles);
  if (!lists) {
    const companies = [...new Set(ctx.titles.map((t) => t.company))];
    const lower = companies.map((c) => c.toLowerCase());
    const exact = new Map<string, number>();
    lower.forEach((c, i) => {
      if (!exact.has(c)) exact.set(c, i);
    });
    lists = { companies, lower, exact };
    companyLists.set(ctx.titles, lists);
  }
  return lists;
}

/** "staff", "staff or principal", "lead, staff or principal". */
export function orList(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** The selection as a noun phrase: "the 12 open listings matching lead level, in Berlin". */
export function scope(sel: Selection, n: number): string {
  // "the 1 open listing at Thornbury": a company (or a place) alone reads as where, not as a match.
  const where = sel.applied.length === 1 && /^(?:at|in|that) /.test(sel.applied[0]!);
  const filters = `${where ? '' : 'matching '}${sel.applied.join(', ')}`;
  if (!sel.applied.length) return `all ${n} open listings`;
  return n === 1 ? `the only open listing ${filters} (N = 1)` : `the ${n} open listings ${filters}`;
}

/** What was widened or left out, said once after the first line. */
export function selectionNotes(sel: Selection): string[] {
  const out: string[] = [];
  if (sel.widened)
    // The place asked has none, said as a count ("any lead roles in Israel at all?" is answered 0).
    out.push(
      `(No open listing ${sel.widened.atOtherLevels ? 'at the level asked is in' : 'matches'} ${sel.widened.from} itself: 0. So the place was widened to ${sel.widened.to}.)`,
    );
  if (sel.notApplied.length) out.push(`(Not applied: ${sel.notApplied.join('; ')}.)`);
  return out;
}
