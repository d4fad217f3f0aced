/**
 * Posted pay (`pay`): ranges by currency and period, a floor asked, pay within a part of the
 * listings.
 */

import type { SalaryRow } from '../../../storage/corpus/facts.js';
import { SPELLED_NUMBERS } from '../../extract/years.js';
import { percentile } from '../../market.js';
import { appendAll, extent } from '../../sources/types.js';
import { RATE_WEIGHED } from '../plan/cues.js';
import type { AnswerPlan, ResolvedPlace } from '../plan/index.js';
import { type Composed, type ComposeInput, type Composer, detail } from './context.js';
import { WHICH_ASKED } from './cues.js';
import { quoteGuides } from './guides.js';
import { groupKeys } from './lists.js';
import { comparableYearly, leftOutSaid, placeName, type Selection, scope, selectionOf } from './selection.js';
import { fewOrNone, fmt, LEVEL_NAMES, open, pct } from './shared.js';
import { TERM_GUIDE, weighContract, weighedNumbers } from './terms.js';

/** How many posted ranges a "which listings pay…" answer names per band. */
const WHICH_SHOWN = 12;

import { cap, clip, sentencesOf } from './text.js';

export const pay: Composer = (input) => {
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
        : (plan.compareSides?.length ?? 0) >= 2
          ? plan.compareSides!.map((side) => {
              const filters = { ...plan.filters };
              delete filters.place;
              delete filters.workMode;
              if (side.place) filters.place = side.place.name;
              if (side.workMode) filters.workMode = side.workMode;
              const mode = side.workMode === 'onsite' ? 'on-site' : side.workMode;
              const label = [mode, side.place ? placeName(side.place) : undefined]
                .filter(Boolean)
                .join(' in ');
              return { label, filters, ...(side.place ? { place: side.place } : {}) };
            })
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
            compareSides: undefined,
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
    const verdicts = [...medians.values()].filter((rows) => rows.length >= 2).length;
    // "London pay compared to Berlin" (GBP beside EUR, two ranges each): why no side wins, said.
    if (!verdicts && total)
      out.lines.push(
        `No side-by-side verdict: that needs at least 3 posted ranges on each side in the same currency and period, and I never convert currencies. Compare the ranges above at the rate you use.`,
      );
    for (const [key, rows] of medians) {
      if (rows.length < 2) continue;
      const [hi, lo] = [...rows].sort((a, b) => b.median - a.median);
      const few = rows.some((r) => r.n < 3) ? ' (too few ranges on one side for a firm answer)' : '';
      // Equal medians are said equal, never "higher" (one listing posted in both places is both sides).
      out.lines.push(
        hi!.median === lo!.median
          ? `So, in ${key.replace('|', ' per ')}: ${hi!.level} and ${lo!.level} listings post the same median midpoint (${fmt(hi!.median)}, over ${hi!.n} and ${lo!.n})${few}.`
          : `So, in ${key.replace('|', ' per ')}: ${hi!.level} listings post a higher median midpoint (${fmt(hi!.median)} over ${hi!.n}) than ${lo!.level} (${fmt(lo!.median)} over ${lo!.n})${few}.`,
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
  // "how should contractors compare a day rate with an annual salary?": the guide's way to compare
  // comes first; then the contract rates posted (day and hour), not every salary band.
  if (RATE_WEIGHED.test(plan.question) && !plan.filters.currency) {
    weighContract(input, TERM_GUIDE.contract);
    payFor(input, 6, ['day', 'hour']);
    return;
  }
  // "besides base, what else can a lead negotiate?", "can I negotiate beyond base?": the guide's
  // negotiation basics carry the answer (the whole package moves), quoted first; the posted ranges
  // after are the member's reference, not the answer.
  if (NEGOTIATION_ASKED.test(plan.question) && !/\d/.test(plan.question)) {
    quoteGuides(
      input,
      'pay',
      ['guide-compensation-context'],
      [/^Negotiation basics/],
      4,
      /\b(?:package|base|bonus|equity|sign-on|level|negotiat\w*|leverage|band|floor)\b/i,
    );
  }
  if (plan.payBy) {
    payByGroup(input, plan.payBy);
    return;
  }
  // "what's the best paying lead job?": the job, named first; the figures follow.
  if (HIGHEST_ASKED.test(plan.question)) topPaying(input, 'highest');
  else if (LOWEST_ASKED.test(plan.question)) topPaying(input, 'lowest');
  payFor(input, 6);
  if (plan.payAtLeast) payFloor(input);
  payQualifierSaid(input);
};

/** Ranges a group needs in one currency and period for its median to be given. */
const GROUP_MIN = 3;
/** Currency-and-period sections shown; the rest are counted. */
const GROUP_SECTIONS = 4;

/**
 * "Which industries pay the most for leads?", "lead pay by country": within each currency and
 * period (never converted), each group's median midpoint over its posted ranges, highest first; a
 * group with fewer than three ranges is named with its count, not ranked.
 */
// The group that pays most asked for ("best paying city", "which country pays most", "highest paying industry").
const BEST_PAYING =
  /\b(?:best|highest|top|better)[- ]pa(?:ying|id)\b|\bpays? (?:\w+ ){0,2}(?:the )?(?:most|best|highest|more)\b|\b(?:most|best) (?:money|pay)\b/i;

function payByGroup(input: ComposeInput, by: 'industry' | 'country' | 'city'): void {
  const { ctx, book, out, plan } = input;
  const sel = selectionOf(plan, ctx, input.deps);
  const ids = open(input, sel);
  if (fewOrNone(input, sel, ids, 'posted pay')) return;
  const rows = ctx.facts.salaries(sel.filter);
  const keysOf = groupKeys(input, by);
  const sections = new Map<string, Map<string, SalaryRow[]>>();
  // The ranges each currency and period holds that fall in some group, counted once as they are read.
  const grouped = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.currency}|${r.period}`;
    let groups = sections.get(key);
    if (!groups) {
      groups = new Map();
      sections.set(key, groups);
    }
    const keys = keysOf(r.id);
    if (keys.length) grouped.set(key, (grouped.get(key) ?? 0) + 1);
    for (const g of keys) {
      const list = groups.get(g);
      if (list) list.push(r);
      else groups.set(g, [r]);
    }
  }
  const posted = new Set(rows.map((r) => r.id)).size;
  const noun = { industry: 'industry', country: 'country', city: 'city' }[by];
  out.lines.push(
    `Posted pay by ${noun} across ${scope(sel, ids.length)}: ${posted} post a range. Each ${noun}'s median midpoint, within one currency and period (never converted), where it has at least ${GROUP_MIN} ranges; a listing in two ${by === 'industry' ? 'industries' : by === 'city' ? 'cities' : 'countries'} counts in each.`,
  );
  const ordered = [...sections].sort((a, b) => (grouped.get(b[0]) ?? 0) - (grouped.get(a[0]) ?? 0));
  // "what's the best paying city?": the verdict first, within each currency, or why there is none.
  const verdictAt = BEST_PAYING.test(plan.question) ? out.lines.length : -1;
  const leaders: string[] = [];
  const tops: string[] = [];
  for (const [key, groups] of ordered.slice(0, GROUP_SECTIONS)) {
    const [currency, period] = key.split('|');
    const ranked: Array<{ group: string; median: number; list: SalaryRow[] }> = [];
    const few: string[] = [];
    for (const [group, list] of groups) {
      if (list.length < GROUP_MIN) {
        few.push(`${group} (${list.length})`);
        continue;
      }
      const mids = list.map((r) => (r.min + r.max) / 2).sort((a, b) => a - b);
      ranked.push({ group, median: percentile(mids, 0.5), list });
    }
    ranked.sort((a, b) => b.median - a.median || a.group.localeCompare(b.group));
    if (ranked[0])
      leaders.push(
        `${currency}: ${ranked[0].group} (median ${fmt(ranked[0].median)} over ${ranked[0].list.length})`,
      );
    let best: { group: string; row: SalaryRow } | undefined;
    for (const [group, list] of groups)
      for (const row of list) if (!best || row.max > best.row.max) best = { group, row };
    if (best)
      tops.push(
        `${currency} per ${period}: ${best.group}, ${fmt(best.row.min)}–${fmt(best.row.max)} at ${ctx.byId.get(best.row.id)?.company ?? best.row.id} ${book.cite(best.row.id)}`,
      );
    const n = grouped.get(key) ?? 0;
    out.lines.push(`- **${currency} per ${period}** (${n} range${n === 1 ? '' : 's'}):`);
    for (const r of ranked) {
      out.lines.push(
        `  - ${r.group}: median midpoint ${fmt(r.median)} over ${r.list.length} ranges, from ${fmt(r.list.reduce((m, x) => Math.min(m, x.min), Number.POSITIVE_INFINITY))} to ${fmt(r.list.reduce((m, x) => Math.max(m, x.max), 0))} ${book.citeAll(
          r.list.map((x) => x.id),
          2,
        )}`,
      );
      out.figures.push(`${currency}/${period} ${r.group}: median ${r.median} over ${r.list.length}`);
    }
    if (few.length) out.lines.push(`  - too few ranges for a median: ${few.sort().join(', ')}`);
  }
  if (verdictAt >= 0)
    out.lines.splice(
      verdictAt,
      0,
      leaders.length
        ? `**Highest median, within each currency** (pay in different currencies is never compared): ${leaders.join('; ')}.`
        : `**No ${noun} has ${GROUP_MIN} posted ranges in one currency**, so the listings can't name a best-paying ${noun}. The highest single range in each currency: ${tops.slice(0, 4).join('; ')}.`,
    );
  if (ordered.length > GROUP_SECTIONS) {
    const rest = ordered.slice(GROUP_SECTIONS).map(([key]) => key.replace('|', ' per '));
    out.lines.push(`- Also posted, in too few ranges to rank: ${rest.join(', ')}.`);
  }
  if (ordered.length && ordered[0]![1].size) {
    const top = ordered[0]!;
    out.lines.push(
      `Medians are only set side by side within one currency; a higher median in ${top[0].split('|')[0]} says nothing about another currency.`,
    );
  }
}

// What a posted figure is, asked of it: "is it really tax free", "is that gross or net?", "before or
// after tax?". The listings' own pay sentences say it, or say nothing of it.
const PAY_QUALIFIERS: Array<{ asked: RegExp; said: RegExp; what: string }> = [
  { asked: /\btax(?:[- ]?free|[- ]exempt)?\b|\buntaxed\b|\bpre-?tax\b/i, said: /\btax/i, what: 'tax' },
  { asked: /\b(?:gross|net)\b/i, said: /\b(?:gross|net)\b/i, what: 'gross or net' },
];
/** At most this many listings are looked through for a qualifier of their pay. */
const QUALIFIER_LISTINGS = 6;

/**
 * A listing's sentences, and the rows of its snapshot table ("| Package | AED 42,000–52,000 per month,
 * tax-free |" reads "Package: AED 42,000–52,000 per month, tax-free"), which sentencesOf leaves out.
 */
function statementsOf(description: string): string[] {
  const rows = description
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^\|[^|]+\|[^|]+\|$/.test(line) && !/^\|\s*-{3}/.test(line))
    .map((line) => line.split('|').map((c) => c.replace(/\*\*/g, '').trim()))
    .filter(([, label, value]) => label && value)
    .map(([, label, value]) => `${label}: ${value}`);
  return [...rows, ...sentencesOf(description)];
}

/**
 * "dubai lead roles: whats the package? is it really tax free": the sentences of the selection's
 * listings that say it of their pay, quoted; else that none of them says it.
 */
function payQualifierSaid(input: ComposeInput): void {
  const { plan, out, book, ctx } = input;
  const asked = PAY_QUALIFIERS.find((x) => x.asked.test(plan.question));
  if (!asked) return;
  const ids = open(input, paySelection(input));
  if (!ids.length || ids.length > QUALIFIER_LISTINGS) return;
  const said: string[] = [];
  for (const id of ids) {
    const l = detail(ctx, id);
    const sentence = l ? statementsOf(l.description).find((x) => asked.said.test(x)) : undefined;
    if (sentence)
      said.push(`- **${ctx.byId.get(id)?.company ?? id}**: “${clip(sentence.trim(), 220)}” ${book.cite(id)}`);
  }
  if (said.length) {
    out.lines.push(`What the listings say of ${asked.what}, in their words:`);
    appendAll(out.lines, said);
  } else
    out.lines.push(
      `- None of ${ids.length === 1 ? 'them' : `the ${ids.length}`} says anything about ${asked.what}; ask the employer before counting on it.`,
    );
}

const HIGHEST_ASKED =
  /\b(?:best|highest|top|most)[- ](?:paying|paid|pay)\b|\bpays? (?:the )?(?:most|best|highest)\b|\bhighest (?:salary|salaries|pay|posted)\b|\btop (?:\d{1,2}|three|five|ten) (?:[\w-]+ ){0,2}by (?:posted )?(?:salary|salaries|pay|comp\w*)\b|\branked by (?:posted )?(?:salary|pay)\b/i;
// "the lowest posted salary", "worst paying lead job", "which pays the least": the bottom, named.
const LOWEST_ASKED =
  /\b(?:lowest|worst|least)[- ](?:paying|paid|pay|salary|salaries|posted|range|ranges|offer)\b|\bpays? (?:the )?(?:least|lowest|worst)\b|\blowest\b(?=[^?]*\b(?:salary|salaries|pay|paid|range|comp\w*|earn\w*)\b)|\b(?:bottom|lowest) (?:\d{1,2}|three|five|ten) (?:[\w-]+ ){0,2}by (?:posted )?(?:salary|salaries|pay)\b/i;
// How many are asked for ("top 5 companies by salary", "the three best-paying"): one when unsaid.
/** A number said after one of `words` ("top 5", "the three", "lowest 3"), in digits or words. */
const howManyAfter = (words: string) =>
  new RegExp(`\\b(?:${words})[- ](\\d{1,2}|${Object.keys(SPELLED_NUMBERS).join('|')})\\b`, 'i');
const HOW_MANY_TOP = howManyAfter('top|the|best|highest');
const HOW_MANY_BOTTOM = howManyAfter('bottom|the|lowest|worst|which');
const TOP_CURRENCIES = 4;

/**
 * The best-paying listing asked for: the highest posted yearly range in the currency most
 * listings post in, named with its title and place; amounts are never converted, so the top of
 * each other currency is named beside it.
 */
function topPaying(input: ComposeInput, end: 'highest' | 'lowest'): void {
  const { ctx, book, out, plan } = input;
  // The highest by the top of the range; the lowest by its bottom.
  const order =
    end === 'highest'
      ? (a: SalaryRow, b: SalaryRow) => b.max - a.max || b.min - a.min
      : (a: SalaryRow, b: SalaryRow) => a.min - b.min || a.max - b.max;
  const edge = end === 'highest' ? 'top' : 'bottom';
  const sel = selectionOf(plan, ctx, input.deps);
  const yearly = ctx.facts.salaries(sel.filter).filter((r) => r.period === 'year');
  if (!yearly.length) return;
  const byCurrency = new Map<string, SalaryRow[]>();
  for (const r of yearly) {
    const rows = byCurrency.get(r.currency);
    if (rows) rows.push(r);
    else byCurrency.set(r.currency, [r]);
  }
  const tops = [...byCurrency.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([currency, rows]) => ({
      currency,
      n: rows.length,
      top: [...rows].sort(order)[0]!,
    }));
  const named = (r: SalaryRow) => {
    const l = ctx.byId.get(r.id)!;
    return `**${l.company}**, ${l.title} (${l.location}): ${fmt(r.min)}–${fmt(r.max)} ${r.currency} a year ${book.cite(r.id)}`;
  };
  const [first, ...rest] = tops;
  const said = (end === 'highest' ? HOW_MANY_TOP : HOW_MANY_BOTTOM).exec(plan.question)?.[1]?.toLowerCase();
  const many = Math.min(said ? (SPELLED_NUMBERS[said] ?? Number(said)) : 1, 10);
  if (many > 1) {
    // "top 5 companies by salary": the N highest tops in the currency most ranges are posted in.
    const ranked = [...byCurrency.get(first!.currency)!].sort(order);
    out.lines.push(
      `The ${Math.min(many, ranked.length)} ${end} posted ranges in ${first!.currency} (the currency most yearly ranges are posted in, ${first!.n} of them), by the ${edge} of the range:`,
    );
    ranked.slice(0, many).forEach((r, i) => {
      out.lines.push(`${i + 1}. ${named(r)}`);
    });
    if (rest.length) out.lines.push(`Other currencies are not converted; the ${edge} in each:`);
  } else
    out.lines.push(
      `${end === 'highest' ? 'Highest' : 'Lowest'} posted: ${named(first!.top)}, the ${edge} of the ${first!.n} yearly ranges posted in ${first!.currency}${rest.length ? `; other currencies are not converted, so the ${edge} in each:` : '.'}`,
    );
  for (const t of rest.slice(0, TOP_CURRENCIES - 1)) out.lines.push(`- ${t.currency}: ${named(t.top)}`);
  if (rest.length > TOP_CURRENCIES - 1)
    out.lines.push(`- …and ${rest.length - (TOP_CURRENCIES - 1)} more currencies, below.`);
  out.figures.push(
    `${end} posted yearly: ${tops.map((t) => `${t.currency} ${end === 'highest' ? t.top.max : t.top.min} (${t.top.id})`).join(', ')}`,
  );
}

/**
 * A minimum pay asked ("lead roles over $200k"): how many of the listings that post a yearly range
 * (in the currency stated) reach it, each named, the highest first.
 */
function payFloor(input: ComposeInput): void {
  const { plan, ctx, book, out } = input;
  const floor = plan.payAtLeast!;
  const currency = floor.currency ?? plan.filters.currency;
  const sel = selectionOf({ ...plan, payAtLeast: undefined }, ctx, input.deps);
  const posted = ctx.facts.salaries({ ...sel.filter, ...(currency ? { currency } : {}) });
  const comparable = currency ? undefined : comparableYearly(posted, floor.amount);
  const rows = comparable?.rows ?? posted.filter((r) => r.period === 'year');
  const reaching = rows.filter((r) => r.max >= floor.amount).sort((a, b) => b.max - a.max || b.min - a.min);
  const what = `${fmt(floor.amount)}${currency ? ` ${currency}` : ''} a year`;
  const said = sel.applied.filter((a) => !a.startsWith('pay posted in'));
  out.lines.push(
    `- **Reaching ${what} at the top of the range: ${reaching.length} of the ${rows.length}** ${said.length ? `listings matching ${said.join(', ')} ` : ''}that post a yearly range${currency ? ` in ${currency}` : ` in ${[...new Set(rows.map((r) => r.currency))].sort().join(', ')}${leftOutSaid(comparable?.leftOut ?? [])}`}${reaching.length ? ':' : '.'}`,
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
// Each kind of pay period, as a question names it (for "salary, day rate or hourly": every kind).
const PERIOD_KINDS = [
  /\b(?:annual(?:ly)?|yearly|per year|salar(?:y|ies))\b/i,
  /\b(?:day|daily) rates?\b|\bper[- ]day\b/i,
  /\bhourly\b|\bper[- ]hour\b/i,
  /\bmonthly\b|\bper month\b/i,
];
// Any pay at all asked ("post any pay figure at all"): no one period.
const ANY_PAY = /\bany (?:pay|salary|compensation) (?:figures?|numbers?|ranges?|info\w*|at all)\b/i;

// Two kinds of pay not to be mixed ("don't mix day rates with salaries", "without mixing salaries and
// hourly rates"): both asked, each apart.
const PAY_KIND = String.raw`(?:(?:the\s+)?(?:day|daily|hourly|monthly) (?:rates?|pay)|(?:the\s+)?(?:annual |yearly )?salar(?:y|ies))`;
const MIX_REFUSED = new RegExp(
  String.raw`\b(?:don['’]?t|do not|never|without|no|not)\s+(?:mix(?:ing)?|blend(?:ing)?|lump(?:ing)?|combin(?:e|ing))\s+(?:up\s+)?${PAY_KIND}\s+(?:with|and|into|in with)\s+${PAY_KIND}`,
  'i',
);

// A day rate or an hourly rate asked ("day rate", "day-rate", "per day", "800 a day"; "hourly", "/hr").
const DAY_ASKED =
  /\b(?:day|daily)[- ]rates?\b|\bper[- ]day\b|(?:\d[\d,.]*k?|\b(?:pay|paid|earn\w*|make|bill\w*|charge\w*))\s+(?:\w+\s+){0,2}a day\b|\/\s?day\b|\bpaid (?:per|by the) day\b/i;
const HOUR_ASKED =
  /\bhourly\b|\bper[- ]hour\b|(?:\d[\d,.]*k?|\b(?:pay|paid|earn\w*|make|bill\w*|charge\w*))\s+(?:\w+\s+){0,2}an hour\b|\/\s?h(?:ou)?r\b|\bby the hour\b/i;

/**
 * "day-rate or hourly contracts?", "day or hourly rates": both contract periods asked together, so
 * the ranges of either are the answer (counted together, each band apart); else the one period of
 * `periodAsked` (or none).
 */
export function periodsAsked(rawQuestion: string): Array<'day' | 'hour' | 'month' | 'year'> {
  const one = periodAsked(rawQuestion);
  if (!one) return [];
  if (one === 'day' && HOUR_ASKED.test(rawQuestion)) return ['day', 'hour'];
  if (
    one === 'hour' &&
    (DAY_ASKED.test(rawQuestion) || /\bday\b(?=[- ](?:or|and|\/)\s*hourly\b)/i.test(rawQuestion))
  )
    return ['day', 'hour'];
  return [one];
}

export function periodAsked(rawQuestion: string): 'day' | 'hour' | 'month' | 'year' | undefined {
  if (ANY_PAY.test(rawQuestion) || PERIOD_KINDS.filter((re) => re.test(rawQuestion)).length >= 3)
    return undefined;
  // "annual, not day rates", "keep day rates separate from salaries": a period set apart is not asked.
  const question = rawQuestion
    .replace(
      /\b(?:not|no|without|excluding|except|ignore|ignoring)\s+(?:the\s+|any\s+)?(?:day|daily|hourly|monthly)(?: rates?| pay)?\b/gi,
      ' ',
    )
    .replace(
      /\b(?:day|daily|hourly|monthly) (?:rates?|pay) (?:separate|apart|out)\b|\bseparate\w* (?:from )?(?:the )?(?:day|hourly) rates?\b/gi,
      ' ',
    )
    // "please don't mix day rates with salaries": both kinds asked, each apart.
    .replace(MIX_REFUSED, ' ');
  if (
    question !== rawQuestion &&
    /\b(?:annual(?:ly)?|yearly|per year|a year|salar(?:y|ies))\b/i.test(question) &&
    !/\b(?:day|daily|hourly) rates?\b/i.test(question)
  )
    return /\bseparate|apart\b/i.test(rawQuestion) || MIX_REFUSED.test(rawQuestion) ? undefined : 'year';
  if (DAY_ASKED.test(question)) return 'day';
  if (HOUR_ASKED.test(question)) return 'hour';
  if (
    /\bmonthly (?:pay|salar\w*|rates?)\b|\bper month\b|(?:\d[\d,.]*k?|\b(?:pay|paid|earn\w*|make|gross|net))\s+(?:\w+\s+){0,2}a month\b/i.test(
      question,
    )
  )
    return 'month';
  return undefined;
}

const AVERAGE_ASKED = /\b(?:average|avg|mean)\b/i;
// "what's the median range?", "the typical salary range", "rango mediano": a range read as its two
// ends, each the median of the posted lows and highs (not the median midpoint alone).
const RANGE_OF_MEDIANS_ASKED =
  /\b(?:(?:median|typical|usual|average|avg|typowy|medianowy|mediane?)\s+(?:(?:posted|salary|pay|base|annual|yearly)\s+)?(?:range|band|wide[lł]ki|przedzia[lł])|(?:rango|banda|faixa)\s+(?:(?:salarial|de salario|de sal[aá]rio)\s+)?(?:mediano|mediana|t[ií]pic[oa]|habitual|usual))\b/iu;

/** One currency and period's posted ranges: a band (median, middle half, span) from three, else the ranges. */
function payBand(
  input: ComposeInput,
  name: string,
  figure: string,
  group: SalaryRow[],
  mids: number[],
  rowCount: number,
): void {
  const { ctx, book, out } = input;
  const low = [...group].sort((a, b) => a.min - b.min)[0]!;
  const high = [...group].sort((a, b) => b.max - a.max)[0]!;
  // The span's two ends are cited where they are named (numbered first, as they are read first).
  const ends = group.length >= 3 ? [book.cite(low.id), book.cite(high.id)] : [];
  const cites = book.citeAll(
    group.map((r) => r.id),
    3,
  );
  if (group.length >= 3) {
    const median = percentile(mids, 0.5);
    const [q1, q3] = [percentile(mids, 0.25), percentile(mids, 0.75)];
    const company = (id: string) => ctx.byId.get(id)?.company ?? id;
    // "what's the average salary?": the mean of the midpoints, said beside the median it is read against.
    const mean = AVERAGE_ASKED.test(input.plan.question)
      ? `average (mean) midpoint ${fmt(Math.round(mids.reduce((a, b) => a + b, 0) / mids.length))}; `
      : '';
    const [lows, highs] = [group.map((r) => r.min), group.map((r) => r.max)];
    const ranged = RANGE_OF_MEDIANS_ASKED.test(input.plan.question)
      ? `median range ${fmt(percentile(lows, 0.5))}–${fmt(percentile(highs, 0.5))} (the median of the posted lows to the median of the highs); `
      : '';
    out.lines.push(
      `- **${name}** (N=${group.length}): ${mean}${ranged}median midpoint ${fmt(median)}; ${q1 === q3 ? `the middle half all at ${fmt(q1)}` : `middle half ${fmt(q1)}–${fmt(q3)}`}; posted ranges span ${fmt(low.min)} (${company(low.id)} ${ends[0]}) to ${fmt(high.max)} (${company(high.id)} ${ends[1]}) ${cites}`,
    );
    // A handful of ranges in a short answer reads better as the ranges themselves.
    // (Not when an earlier part of the answer listed these very roles with their rates.)
    // "Which listings pay in GBP?": each one named, up to a limit.
    const which = WHICH_ASKED.test(input.plan.question);
    if (((group.length <= 5 && rowCount <= 8) || which) && !group.every((r) => out.listed?.has(r.id))) {
      const sorted = [...group].sort((a, b) => b.max - a.max);
      for (const r of sorted.slice(0, WHICH_SHOWN))
        out.lines.push(`  - ${fmt(r.min)}–${fmt(r.max)} at ${company(r.id)} ${book.cite(r.id)}`);
      if (sorted.length > WHICH_SHOWN) out.lines.push(`  - …and ${sorted.length - WHICH_SHOWN} more.`);
    }
    out.figures.push(
      `${figure}: N=${group.length}, median midpoint ${median}, span ${extent(group.map((r) => r.min)).min}-${extent(group.map((r) => r.max)).max}`,
    );
  } else {
    out.lines.push(
      `- **${name}**: only ${group.length} posted range${group.length > 1 ? 's' : ''}, too few for a band: ${group.map((r) => `${fmt(r.min)}–${fmt(r.max)} at ${ctx.byId.get(r.id)?.company ?? r.id} ${book.cite(r.id)}`).join('; ')}`,
    );
    out.figures.push(
      `${figure}: only ${group.length} ranges (${group.map((r) => `${r.min}-${r.max}`).join(', ')})`,
    );
  }
}

/** A pay figure the question takes for granted ("I'm on 150k"), checked against the yearly ranges posted. */
function payPremise(
  input: ComposeInput,
  premise: NonNullable<AnswerPlan['premise']>,
  rows: SalaryRow[],
  /** Where this pay section starts: a contradicted premise is answered there, first. */
  start: number,
): void {
  const { ctx, book, out, plan } = input;
  const cur = premise.currency ?? plan.filters.currency;
  const comparable = cur ? undefined : comparableYearly(rows, premise.amount);
  const inCur = comparable?.rows ?? rows.filter((r) => r.period === 'year' && r.currency === cur);
  const currencies = cur ?? [...new Set(inCur.map((r) => r.currency))].sort().join(', ');
  const left = leftOutSaid(comparable?.leftOut ?? []);
  // The highest top (the first of them): one pass, not a sort of every posted range.
  let top: SalaryRow | undefined;
  for (const r of inCur) if (!top || r.max > top.max) top = r;
  if (top && top.max < premise.amount) {
    const l = ctx.byId.get(top.id);
    // "leads earn $500k right?": No, first; the figures that show it follow.
    out.lines.splice(
      start,
      0,
      `**No**: no listing here posts that much (${fmt(premise.amount)}${cur ? ` ${cur}` : ''} a year). The highest posted yearly range${currencies ? ` in ${currencies}` : ''} tops out at ${fmt(top.max)} ${top.currency} (${l ? `${l.company}, ${l.title}` : top.id}) ${book.cite(top.id)}${left}.`,
    );
  } else if (top) {
    // Those reaching it, highest top first (as a stable sort of all of them, then filtered).
    const reach = inCur.filter((r) => r.max >= premise.amount).sort((a, b) => b.max - a.max);
    let lowest = inCur[0]!;
    for (const r of inCur) if (r.min < lowest.min) lowest = r;
    const most = reach.length * 2 < inCur.length;
    // "I'm on £80k…", "€80k base, a lowball?": below every posted range is what the member acts on.
    if (lowest.min > premise.amount) {
      out.lines.push(
        `- On the ${fmt(premise.amount)} in the question: it is below ${inCur.length === 1 ? 'the one' : inCur.length === 2 ? 'both' : `all ${inCur.length}`} posted yearly range${inCur.length === 1 ? '' : 's'} in ${currencies}; the lowest starts at ${fmt(lowest.min)} ${lowest.currency} ${book.cite(lowest.id)}${left}.`,
      );
      return;
    }
    // "leads all earn 300k+ right?": few reach it, so not all; said first, with who does.
    out.lines.splice(
      most ? start : out.lines.length,
      0,
      `${most ? '**Not most**: ' : '- On the '}${most ? '' : `${fmt(premise.amount)} in the question: `}${inCur.length === 1 ? 'the one posted yearly range' : reach.length === inCur.length ? (inCur.length === 2 ? 'both posted yearly ranges' : `all ${inCur.length} posted yearly ranges`) : `${reach.length} of the ${inCur.length} posted yearly ranges`} in ${currencies} ${reach.length === 1 ? 'reaches' : 'reach'} ${fmt(premise.amount)} at the top${reach.length <= 3 ? ` (${reach.map((r) => `${ctx.byId.get(r.id)?.company ?? r.id}, ${fmt(r.min)}–${fmt(r.max)} ${r.currency}`).join('; ')})` : ''} ${book.citeAll(
        reach.map((r) => r.id),
        3,
      )}${inCur.length === 1 ? '' : `; the lowest starts at ${fmt(lowest.min)} ${lowest.currency} ${book.cite(lowest.id)}`}${left}.`,
    );
  } else
    out.lines.push(
      `- On the ${fmt(premise.amount)} in the question: no posted yearly range${cur ? ` in ${cur}` : ''} here to check it against, so the postings do not support it.`,
    );
}

/** Each currency and period's median midpoint and N, by `currency|period`. */
type PayMedians = Map<string, { median: number; n: number }>;
/** Posted ranges grouped by `currency|period`. */
type PayGroup = [string, SalaryRow[]];

/** The selection pay is read over: the plan's, or the listings the answer so far is about. */
function paySelection(input: ComposeInput): Selection {
  const { ctx, out, plan } = input;
  const sel = selectionOf(plan, ctx, input.deps);
  if (out.within) {
    sel.filter.ids = out.within.ids;
    sel.applied.push(out.within.label);
  }
  return sel;
}

/**
 * The period asked said first ("what's the day rate?"): how many post it, and which other
 * periods are left out, or that none posts it.
 */
function periodHeadline(
  input: ComposeInput,
  sel: Selection,
  n: number,
  all: SalaryRow[],
  inPeriod: SalaryRow[],
  periods: Array<NonNullable<ReturnType<typeof periodAsked>>>,
): void {
  const words = periods.map((p) => PERIOD_WORDS[p]).join(' or ');
  const posting = new Set(inPeriod.map((r) => r.id)).size;
  input.out.lines.push(
    inPeriod.length
      ? `${cap(words)}, posted by ${posting} of ${scope(sel, n).replace(/^all /, 'the ')}${all.length > inPeriod.length ? ` (the ${all.length - inPeriod.length} other posted range${all.length - inPeriod.length === 1 ? ' is' : 's are'} per ${[...new Set(all.filter((r) => !(periods as string[]).includes(r.period)).map((r) => r.period))].join(' or ')}, not mixed in)` : ''}:`
      : `No ${periods.map((p) => PERIOD_WORDS[p].replace(/s$/, '')).join(' or ')} is posted in ${scope(sel, n).replace(/^all /, 'the ')}.`,
  );
  if (inPeriod.length) input.out.figures.push(`${words}: ${posting} of ${n}`);
}

/** The ranges grouped by currency and period, most posted first. */
function payGroups(rows: SalaryRow[]): PayGroup[] {
  const groups = new Map<string, SalaryRow[]>();
  for (const r of rows) {
    const key = `${r.currency}|${r.period}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length);
}

/**
 * No listing of the selection posts pay: said (the few named, as `unpaidLine` names them, to ask
 * them about pay), and a premise in the question left unsupported.
 */
function noPayPosted(input: ComposeInput, sel: Selection, ids: string[]): void {
  const { ctx, book, out, plan } = input;
  const n = ids.length;
  const named =
    n >= 2 && n <= 3
      ? ` (${ids.map((id) => `${ctx.byId.get(id)?.company ?? id} ${book.cite(id)}`).join(', ')})`
      : '';
  out.lines.push(
    `Posted pay across ${scope(sel, n)}: ${n === 1 ? 'it does not post' : 'none of them posts'} a pay range${named}, so I won't guess one.`,
  );
  if (plan.premise)
    out.lines.push(`- So nothing here supports the ${fmt(plan.premise.amount)} in the question.`);
}

/**
 * "USD vs GBP": the currencies asked, side by side, in the order asked (the others counted, not
 * shown); and the currencies asked that no listing posts.
 */
function currenciesAsked(input: ComposeInput, ordered: PayGroup[]): { shown: PayGroup[]; missing: string[] } {
  const asked = input.plan.currencies ?? [];
  const named = ordered.filter(([key]) => asked.includes(key.split('|')[0]!));
  // "pay per currency … JPY / SGD / AUD etc": every currency is asked, the named ones as examples.
  const every =
    CURRENCIES_COUNTED.test(input.plan.question) || /\b(?:etc|and so on)\b/i.test(input.plan.question);
  if (!(asked.length >= 2 && named.length) || every) return { shown: ordered, missing: [] };
  const others = ordered.filter((x) => !named.includes(x));
  const left = others.reduce((sum, [, g]) => sum + g.length, 0);
  const shown = named.sort(
    (a, b) =>
      asked.indexOf(a[0].split('|')[0]!) - asked.indexOf(b[0].split('|')[0]!) || b[1].length - a[1].length,
  );
  input.out.lines.push(
    `Shown: ${asked.join(' and ')}, as asked${left ? ` (${left} range${left === 1 ? '' : 's'} in other currencies left out; never converted)` : ''}.`,
  );
  const missing = asked.filter((code) => !named.some(([key]) => key.startsWith(`${code}|`)));
  return { shown, missing };
}

/** One band per currency and period shown, each's median recorded. */
function payBands(input: ComposeInput, groups: PayGroup[], total: number, medians: PayMedians): void {
  for (const [key, group] of groups) {
    const [currency, period] = key.split('|');
    const mids = group.map((r) => (r.min + r.max) / 2).sort((a, b) => a - b);
    medians.set(key, { median: percentile(mids, 0.5), n: group.length });
    payBand(input, `${currency} per ${period}`, `${currency}/${period}`, group, mids, total);
  }
}

/**
 * The currencies and periods posted once or twice each, too few for a band: named in one line (a
 * long tail named, not sourced line by line: fifty sources bury the answer; each is one /search away).
 */
function rareBandsLine(input: ComposeInput, rare: PayGroup[]): void {
  input.out.lines.push(
    `- Also posted, once or twice each (too few for a band): ${rare
      .map(([key, g]) =>
        rare.length <= 3
          ? `${key.replace('|', ' per ')} ${input.book.citeAll(
              g.map((r) => r.id),
              1,
            )}`
          : key.replace('|', ' per '),
      )
      .join(', ')}`,
  );
}

// The currencies asked about as such: "which currencies", "how many different currencies", "per
// currency", "most common currency" (not one currency named: that is a filter).
const CURRENCIES_COUNTED =
  /\b(?:which|what|how many(?: different| distinct)?|list(?: the)?|all(?: the)?) currencies\b|\b(?:per|by|each|every) currency\b|\bmost (?:common|used|frequent) currency\b|\bcurrency (?:is|was|comes up) (?:the )?most\b/i;

/**
 * "In how many different currencies? Which is most common?": the listings posting pay counted per
 * currency, every period together, most first (a count, not an amount: nothing is converted).
 */
function currencyCounts(input: ComposeInput, rows: SalaryRow[]): void {
  const per = new Map<string, Set<string>>();
  for (const r of rows) {
    const ids = per.get(r.currency) ?? new Set<string>();
    ids.add(r.id);
    per.set(r.currency, ids);
  }
  const counts = [...per.entries()]
    .map(([c, ids]) => [c, ids.size] as const)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!counts.length) return;
  input.out.lines.push(
    `- **${counts.length} currenc${counts.length === 1 ? 'y' : 'ies'}**, listings per currency (every period): ${counts.map(([c, k]) => `${c} ${k}`).join(', ')}; most common: ${counts[0]![0]}.`,
  );
  input.out.figures.push(`currencies: ${counts.length}; ${counts.map(([c, k]) => `${c} ${k}`).join(', ')}`);
}

// How many post pay asked as such: "how many … post a figure", "what share states a salary".
const POSTING_ASKED =
  /\b(?:how many|what share|what (?:percent(?:age)?|proportion|fraction|part)|share of)\b[^?]{0,60}?\b(?:post|posts|list|lists|state|states|name|names|show|shows|publish\w*|disclose\w*|give|gives)\b[^?]{0,20}?\b(?:figure|number|salary|salaries|pay|rate|range|band|amount)s?\b/i;

/**
 * "USD per year only. And how many US lead listings post a figure?": a currency asked selects only
 * the listings posting in it, so how many of the rest of the selection post pay at all (in any
 * currency) is said beside it.
 */
function postingAnyCurrency(input: ComposeInput, currency: string, inCurrency: number): void {
  const { ctx, plan } = input;
  const filters = { ...plan.filters };
  delete filters.currency;
  const sel = selectionOf({ ...plan, filters }, ctx, input.deps);
  const ids = open(input, sel);
  if (ids.length <= inCurrency) return;
  const posting = new Set(ctx.facts.salaries(sel.filter).map((r) => r.id)).size;
  input.out.lines.push(
    `- Of ${scope(sel, ids.length).replace(/^all /, 'the ')}, ${posting} of ${ids.length} (${pct(posting, ids.length)}) post pay in any currency, ${inCurrency} of them in ${currency}.`,
  );
  input.out.figures.push(
    `posting pay in any currency: ${posting} of ${ids.length}; in ${currency}: ${inCurrency}`,
  );
}

/** How many of the selection post no pay and are not counted; the few named, to ask them about pay. */
function unpaidLine(input: ComposeInput, ids: string[], rows: SalaryRow[]): void {
  const { ctx, book, out } = input;
  const n = ids.length;
  out.lines.push(
    `- ${n - rows.length} of ${n} (${pct(n - rows.length, n)}) post${n - rows.length === 1 ? 's' : ''} no pay and ${n - rows.length === 1 ? 'is' : 'are'} not counted${
      n - rows.length <= 3
        ? ` (${ids
            .filter((id) => !rows.some((r) => r.id === id))
            .map((id) => `${ctx.byId.get(id)?.company ?? id} ${book.cite(id)}`)
            .join(', ')})`
        : ''
    }.`,
  );
}

// Negotiating an offer asked ("what else can I negotiate besides base", "negotiate beyond base",
// "is the package negotiable"), not a number to ask for.
const NEGOTIATION_ASKED = /\bnegotia\w*|\bhaggl\w*/i;

// The listings that post no pay asked for as such: "which US listings don't post a salary?", "roles
// without a posted range", "who hides the pay?", "no salary listed". The complement is the answer:
// every one of them is named, not only counted.
export const NO_PAY_ASKED =
  /\b(?:do(?:es)?n['’]?t|do(?:es)? not|never|fail(?:s)? to|not)\s+(?:post|list|state|show|publish|disclose|give|share|include|mention|advertise)(?:s|ing)?\s+(?:a(?:ny)?\s+|the(?:ir)?\s+)?(?:salary|salaries|pay|rate|range|band|figure|number|compensation|comp)\b|\b(?:without|with no|missing|lacking|no)\s+(?:a\s+|any\s+)?(?:posted\s+|listed\s+|stated\s+|public\s+)?(?:salary|salaries|pay|range|band|compensation|comp)(?:\s+(?:range|band|figure))?\s*(?:posted|listed|stated|info(?:rmation)?)?\b(?![^?]{0,20}\b(?:transparency|law)\b)|\b(?:hide|hides|hiding|hidden|withhold\w*)\s+(?:the(?:ir)?\s+)?(?:salary|salaries|pay|range|compensation)\b|\b(?:salary|pay|compensation)\s+(?:is\s+|are\s+)?(?:not|un)[- ]?(?:posted|listed|stated|disclosed)\b/i;

/**
 * "which US listings don't post a salary?": the listings of the selection that post no pay, every
 * one named (company, level) and cited, before the posted bands; said plainly when every one posts.
 */
function unpaidAsked(input: ComposeInput, sel: Selection, ids: string[], all: SalaryRow[]): void {
  const { ctx, book, out } = input;
  const paid = new Set(all.map((r) => r.id));
  const unpaid = ids.filter((id) => !paid.has(id));
  const n = ids.length;
  if (!unpaid.length) {
    out.lines.push(`Every one of ${scope(sel, n)} posts a pay range (${n} of ${n}).`);
    return;
  }
  out.lines.push(
    `Of ${scope(sel, n).replace(/^all /, 'the ')}, **${unpaid.length}** (${pct(unpaid.length, n)}) post${unpaid.length === 1 ? 's' : ''} no pay:`,
  );
  // "how many don't post a salary?": the count, by level, and the newest few; "which ones…" names
  // every one (up to 40).
  const counting = /^\W*(?:\w+\W+){0,3}?(?:how many|number of|count|what share|what percentage)\b/i.test(
    input.plan.question,
  );
  if (counting) {
    const byLevel = new Map<string, number>();
    for (const id of unpaid) {
      const level = ctx.byId.get(id)?.seniority ?? 'other';
      byLevel.set(level, (byLevel.get(level) ?? 0) + 1);
    }
    if (byLevel.size > 1)
      out.lines.push(
        `- By level: ${[...byLevel]
          .sort((a, b) => b[1] - a[1])
          .map(([level, k]) => `${level} ${k}`)
          .join(', ')}`,
      );
  }
  const shown = unpaid.slice(0, counting ? 10 : 40);
  for (const id of shown) {
    const l = ctx.byId.get(id);
    out.lines.push(
      `- **${l?.company ?? id}**: ${l?.title ?? id}${l?.seniority ? ` (${l.seniority})` : ''} ${book.cite(id)}`,
    );
    out.listed?.add(id);
  }
  if (unpaid.length > shown.length) out.lines.push(`- …and ${unpaid.length - shown.length} more.`);
  out.figures.push(`no posted pay: ${unpaid.length} of ${n}`);
}

/** Posted pay of one selection; returns each currency and period's median midpoint and N. */
function payFor(input: ComposeInput, maxBands: number, asked?: Array<'day' | 'hour'>): PayMedians {
  const medians: PayMedians = new Map();
  const { ctx, out, plan } = input;
  const start = out.lines.length;
  const sel = paySelection(input);
  const ids = open(input, sel);
  if (ids.length === 0) {
    fewOrNone(input, sel, ids, 'posted pay');
    return medians;
  }
  const n = ids.length;
  const all = ctx.facts.salaries(sel.filter);
  // "what's the day rate?", "hourly rate in USD": that period's ranges only; annual bands are
  // another kind of pay and never mixed in (said when none is posted).
  const periods = asked ?? periodsAsked(plan.question);
  const period = periods[0];
  const inPeriod = period ? all.filter((r) => (periods as string[]).includes(r.period)) : all;
  if (period && all.length) periodHeadline(input, sel, n, all, inPeriod, periods);
  const rows = inPeriod.length ? inPeriod : all;
  const unpaidFirst = !period && NO_PAY_ASKED.test(plan.question);
  if (unpaidFirst) {
    unpaidAsked(input, sel, ids, all);
    // The bands of those that do post are another question, answered only when asked ("…and what
    // do the others pay?").
    if (!OTHERS_PAY_ASKED.test(plan.question)) {
      out.lines.push(`- The other ${all.length} post a range; ask “what do they pay?” for their bands.`);
      return medians;
    }
  }
  const groups = payGroups(rows);
  if (!rows.length) {
    noPayPosted(input, sel, ids);
    return medians;
  }
  if (!period || !inPeriod.length)
    out.lines.push(
      `Posted pay across ${scope(sel, n)}: ${rows.length < n ? `${rows.length} of ${n} (${pct(rows.length, n)})` : rows.length} post${rows.length === 1 ? 's' : ''} a range. By currency and period, never converted:`,
    );
  if (CURRENCIES_COUNTED.test(plan.question)) currencyCounts(input, rows);
  if (plan.filters.currency && !out.within && POSTING_ASKED.test(plan.question))
    postingAnyCurrency(input, plan.filters.currency, n);
  const { shown, missing } = currenciesAsked(input, groups);
  const rare = shown.slice(maxBands).filter(([, g]) => g.length < 3);
  payBands(
    input,
    shown.filter((x) => !rare.includes(x)),
    rows.length,
    medians,
  );
  for (const code of missing) out.lines.push(`- **${code}**: no posted range.`);
  if (period && inPeriod.length && plan.filters.employmentType && !OTHER_PERIODS_REFUSED.test(plan.question))
    otherPeriods(input, all, periods, ids);
  if (rare.length) rareBandsLine(input, rare);
  if (rows.length && rows.length < n && rows === all && !unpaidFirst) unpaidLine(input, ids, rows);
  if (plan.premise) payPremise(input, plan.premise, rows, start);
  return medians;
}

// The pay of those that do post, asked beside those that don't ("…and what do the others pay?").
const OTHERS_PAY_ASKED =
  /\b(?:the (?:others?|rest)|those (?:that|which|who) do|ones (?:that|which|who) do|and what (?:do|does) (?:they|the \w+) pay)\b/i;

// The other periods refused ("annual, not day rates", "no hourly gigs"): not named after.
const OTHER_PERIODS_REFUSED =
  /\b(?:not|no|without|excluding|except)\s+(?:the\s+)?(?:day|daily|hourly|monthly|annual|yearly)\b/i;

/** At most this many listings posting another period are named one by one after the asked one. */
const OTHERS_NAMED = 6;

/**
 * "contract leads, and the day rate if they list one" (the roles of one employment type asked): the
 * day rates first, then the few other listings of the selection, each with the rate it posts (per hour, per month) or none, so every
 * role asked for is named.
 */
function otherPeriods(
  input: ComposeInput,
  all: ReturnType<ComposeInput['ctx']['facts']['salaries']>,
  periods: string[],
  ids: string[],
): void {
  const { ctx, book, out } = input;
  const others = all.filter((r) => !periods.includes(r.period));
  const silent = ids.filter((id) => !all.some((r) => r.id === id));
  if (!others.length && !silent.length) return;
  if (others.length + silent.length > OTHERS_NAMED) return;
  const name = (id: string, rate?: string) =>
    `**${ctx.byId.get(id)?.company ?? id}**${rate ? ` ${rate}` : ''} ${book.cite(id)}`;
  if (others.length)
    out.lines.push(
      `- The others post another period: ${others
        .map((r) => `${name(r.id, `${fmt(r.min)}–${fmt(r.max)} ${r.currency} per ${r.period}`)}`)
        .join('; ')}.`,
    );
  if (silent.length) out.lines.push(`- No pay posted: ${silent.map((id) => name(id)).join(', ')}.`);
  out.figures.push(`other periods named: ${others.length}; no pay: ${silent.length}`);
}
