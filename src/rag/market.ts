import type { ListingSummary } from '../storage/corpus/corpus-reader.js';
import type { ListingSkills } from '../storage/corpus/listing-skills.js';
import { type Gazetteer, REGION_NAMES, type Region } from './extract/locations.js';
import type { Salary } from './extract/salary.js';
import { passesFilters, type SearchFilters } from './search.js';
import { extent } from './sources/types.js';

/** One skill's demand in a market: listings that name it at all, and listings that require it. */
export interface MarketSkill {
  skill: string;
  category: string;
  /** Listings that ask for the skill, required or nice-to-have. */
  listings: number;
  /** `listings / N`, rounded to three decimals. */
  share: number;
  /** Listings that require it (not only nice-to-have). */
  required: number;
  requiredShare: number;
}

export interface YearsBucket {
  /** "0–2", "3–4", …, "11+" (minimum years asked). */
  label: string;
  min: number;
  /** Inclusive upper bound; null for the open last bucket. */
  max: number | null;
  listings: number;
  /** Share of the listings that state a minimum (`n`), not of all listings. */
  share: number;
}

export interface YearsSummary {
  /** Listings that state a minimum number of years. */
  n: number;
  /** Listings that state none. */
  notStated: number;
  median: number | null;
  p25: number | null;
  p75: number | null;
  distribution: YearsBucket[];
}

/**
 * Posted salary ranges of one currency and period. Percentiles are of each range's midpoint
 * ((min + max) / 2); `min` is the lowest range floor and `max` the highest range ceiling.
 * Ranges are never converted between currencies or periods.
 */
export interface SalaryGroup {
  currency: string;
  period: Salary['period'];
  n: number;
  p25: number;
  p50: number;
  p75: number;
  min: number;
  max: number;
}

export interface WorkModeShare {
  listings: number;
  share: number;
}

export interface MarketLocation {
  /** The country, or the region of a remote listing open to a whole region ("Europe"). */
  name: string;
  country: string | null;
  region: Region | null;
  listings: number;
  share: number;
}

export interface MarketReport {
  /** N: how many listings the market holds after the filters (and the target). */
  listings: number;
  filters: SearchFilters;
  target: string | null;
  skills: MarketSkill[];
  years: YearsSummary;
  salary: {
    /** What the percentiles are of: the midpoint of each posted range. */
    basis: 'range-midpoint';
    /** Listings with a posted range (the sum of the groups' n). */
    posted: number;
    groups: SalaryGroup[];
  };
  workMode: Record<'remote' | 'hybrid' | 'onsite' | 'unknown', WorkModeShare>;
  locations: MarketLocation[];
}

export interface MarketOptions {
  filters?: SearchFilters;
  target?: string | null;
  /** How many skills and locations to keep (default 15 and 10). */
  topSkills?: number;
  topLocations?: number;
}

const YEARS_BUCKETS: Array<[number, number | null]> = [
  [0, 2],
  [3, 4],
  [5, 6],
  [7, 8],
  [9, 10],
  [11, null],
];

const round2 = (x: number) => Math.round(x * 100) / 100;
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const shareOf = (count: number, total: number) => (total ? round3(count / total) : 0);

/**
 * Linear-interpolation percentile of sorted values (the "R-7" definition spreadsheets use):
 * p50 of [1, 2, 3, 4] is 2.5.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('percentile of no values');
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/**
 * A market of listings in numbers: skill demand, years asked, posted pay per currency and period,
 * work mode and top places. The filters are the search filters, applied the same way
 * (`passesFilters`); the caller narrows to a target beforehand (see `App.market`).
 */
export function marketReport(
  all: readonly ListingSummary[],
  skills: ListingSkills,
  options: MarketOptions,
  deps: { gazetteer: Gazetteer },
): MarketReport {
  const filters = options.filters ?? {};
  const market = all.filter((l) => passesFilters(l, filters, deps));
  const n = market.length;
  return {
    listings: n,
    filters,
    target: options.target ?? null,
    skills: skillDemand(market, skills).slice(0, options.topSkills ?? 15),
    years: yearsSummary(market),
    salary: salarySummary(market),
    workMode: workMode(market),
    locations: topLocations(market, options.topLocations ?? 10),
  };
}

/** Every skill named by the listings, most asked for first (ties: most required, then by name). */
export function skillDemand(market: readonly ListingSummary[], skills: ListingSkills): MarketSkill[] {
  // One pass over the skill columns, no allocation per listing: `last` marks the listing a skill
  // was last counted for, so a listing counts once per skill whatever its mentions, and required
  // wins over nice-to-have. Skills keep the order they were first met in (then sorted, stably).
  const codes = skills.names.length;
  const listings = new Int32Array(codes);
  const required = new Int32Array(codes);
  const category = new Int32Array(codes);
  const last = new Int32Array(codes).fill(-1);
  const lastRequired = new Uint8Array(codes);
  const met: number[] = [];
  market.forEach((l, i) => {
    const row = skills.row(l.id);
    if (row < 0) return;
    for (let k = skills.start[row]!; k < skills.start[row + 1]!; k++) {
      const c = skills.code[k]!;
      if (last[c] === -1) {
        met.push(c);
        category[c] = skills.category[k]!;
      }
      if (last[c] !== i) {
        last[c] = i;
        lastRequired[c] = 0;
        listings[c]!++;
      }
      if (skills.required[k] === 1 && lastRequired[c] === 0) {
        lastRequired[c] = 1;
        required[c]!++;
      }
    }
  });
  return met
    .map((c) => ({
      skill: skills.names[c]!,
      category: skills.categories[category[c]!]!,
      listings: listings[c]!,
      share: shareOf(listings[c]!, market.length),
      required: required[c]!,
      requiredShare: shareOf(required[c]!, market.length),
    }))
    .sort((a, b) => b.listings - a.listings || b.required - a.required || a.skill.localeCompare(b.skill));
}

function yearsSummary(market: readonly ListingSummary[]): YearsSummary {
  const years = market
    .map((l) => l.yearsMin)
    .filter((y): y is number => y !== null)
    .sort((a, b) => a - b);
  return {
    n: years.length,
    notStated: market.length - years.length,
    median: years.length ? percentile(years, 0.5) : null,
    p25: years.length ? percentile(years, 0.25) : null,
    p75: years.length ? percentile(years, 0.75) : null,
    distribution: YEARS_BUCKETS.map(([min, max]) => {
      const count = years.filter((y) => y >= min && (max === null || y <= max)).length;
      return {
        label: max === null ? `${min}+` : `${min}–${max}`,
        min,
        max,
        listings: count,
        share: shareOf(count, years.length),
      };
    }),
  };
}

const PERIOD_ORDER: Record<Salary['period'], number> = { year: 0, month: 1, day: 2, hour: 3 };

function salarySummary(market: readonly ListingSummary[]): MarketReport['salary'] {
  const groups = new Map<string, Salary[]>();
  for (const l of market) {
    if (!l.salary) continue;
    const key = `${l.salary.currency}/${l.salary.period}`;
    const group = groups.get(key);
    if (group) group.push(l.salary);
    else groups.set(key, [l.salary]);
  }
  const rows = [...groups.values()].map((ranges): SalaryGroup => {
    const mids = ranges.map((r) => (r.min + r.max) / 2).sort((a, b) => a - b);
    const { currency, period } = ranges[0]!;
    return {
      currency,
      period,
      n: ranges.length,
      p25: round2(percentile(mids, 0.25)),
      p50: round2(percentile(mids, 0.5)),
      p75: round2(percentile(mids, 0.75)),
      min: extent(ranges.map((r) => r.min)).min,
      max: extent(ranges.map((r) => r.max)).max,
    };
  });
  rows.sort(
    (a, b) =>
      b.n - a.n || a.currency.localeCompare(b.currency) || PERIOD_ORDER[a.period] - PERIOD_ORDER[b.period],
  );
  return { basis: 'range-midpoint', posted: rows.reduce((sum, g) => sum + g.n, 0), groups: rows };
}

function workMode(market: readonly ListingSummary[]): MarketReport['workMode'] {
  const count = (mode: string) => {
    const listings = market.filter((l) =>
      mode === 'unknown' ? !['remote', 'hybrid', 'onsite'].includes(l.remote) : l.remote === mode,
    ).length;
    return { listings, share: shareOf(listings, market.length) };
  };
  return {
    remote: count('remote'),
    hybrid: count('hybrid'),
    onsite: count('onsite'),
    unknown: count('unknown'),
  };
}

/**
 * Countries the listings can be worked from (a listing counts once per country), and regions for
 * remote listings open to a whole region without naming a country.
 */
function topLocations(market: readonly ListingSummary[], top: number): MarketLocation[] {
  const rows = new Map<string, Omit<MarketLocation, 'share'>>();
  for (const l of market) {
    const keys = new Map<string, Omit<MarketLocation, 'share' | 'listings'>>();
    for (const p of l.locations) {
      if (p.country) keys.set(`c:${p.country}`, { name: p.country, country: p.country, region: p.region });
      else if (p.region)
        keys.set(`r:${p.region}`, { name: REGION_NAMES[p.region], country: null, region: p.region });
    }
    for (const [key, place] of keys) {
      const row = rows.get(key) ?? { ...place, listings: 0 };
      row.listings++;
      rows.set(key, row);
    }
  }
  return [...rows.values()]
    .map((r) => ({ ...r, share: shareOf(r.listings, market.length) }))
    .sort((a, b) => b.listings - a.listings || a.name.localeCompare(b.name))
    .slice(0, top);
}
