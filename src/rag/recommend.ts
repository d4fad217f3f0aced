import type { ListingSummary } from '../storage/corpus/corpus-reader.js';
import type { ListingSkills } from '../storage/corpus/listing-skills.js';
import type { Gazetteer } from './extract/locations.js';
import type { Salary } from './extract/salary.js';
import { SENIORITY_LEVELS, type Seniority } from './extract/seniority.js';
import { LEARNABLE_CATEGORIES } from './taxonomy.js';

/** A member's profile, as /recommend takes it. Skills are canonical names. */
export interface Profile {
  skills: string[];
  years?: number;
  location?: string;
  remote?: boolean;
  minSalary?: { amount: number; currency?: string };
  seniority?: Seniority;
  /** Only listings in these industries (ids; a parent takes its children), applied by the caller. */
  industry?: string[];
}

export interface Recommendation {
  listingId: string;
  title: string;
  company: string;
  url: string;
  score: number;
  matchedSkills: string[];
  missingSkills: string[];
  /** One line a person can act on: what matches, what is missing, where, pay, experience. */
  reasons: string;
}

// How much each part of the fit counts in the score.
const WEIGHTS = { skills: 0.5, experience: 0.15, place: 0.15, pay: 0.1, level: 0.1 };

/**
 * Ranks listings for a profile: skill match weighted by how central each skill is to the listing
 * (required, named often, in the title), experience, place and remote fit, pay and level. Each
 * result explains itself; one company fills at most two places; a repost of the same title at the
 * same company is shown once.
 */
export function recommend(
  listings: readonly ListingSummary[],
  skills: ListingSkills,
  profile: Profile,
  gazetteer: Gazetteer,
  k = 10,
): Recommendation[] {
  const wanted = new Set(profile.skills);
  // The profile's skills by code (a skill no listing names matches nothing).
  const wantedCode = new Uint8Array(skills.names.length);
  skills.names.forEach((name, c) => {
    if (wanted.has(name)) wantedCode[c] = 1;
  });
  const scoring: Scoring = {
    skills,
    cores: coresOf(skills),
    wantedCode,
    profile,
    place: resolvePlace(profile, gazetteer),
  };
  // Every listing is scored; only the best are explained.
  const scores = new Float64Array(listings.length);
  listings.forEach((l, i) => {
    scores[i] = fitOf(l, scoring).score;
  });
  return chooseBest(listings, scores, k).map((i) => {
    const l = listings[i]!;
    return explain(l, fitOf(l, scoring), scoring);
  });
}

/** What scoring a listing reads besides the listing: the skill columns and the profile, resolved once. */
interface Scoring {
  skills: ListingSkills;
  cores: Cores;
  /** 1 for each skill code the member has. */
  wantedCode: Uint8Array;
  profile: Profile;
  place: WantedPlace | null;
}

/** How well a listing fits the profile (rounded to three decimals), and the skills that fit rests on. */
interface Fit {
  score: number;
  /** The listing's central technical skills (its core). */
  core: Core;
  /** The listing's technical skills the member has, in the listing's order. */
  matched: string[];
}

function fitOf(l: ListingSummary, s: Scoring): Fit {
  const { skills, wantedCode, profile, place } = s;
  const row = skills.row(l.id);
  const core = s.cores.of(row, l.title);
  const matched: string[] = [];
  if (row >= 0)
    for (let k = skills.start[row]!; k < skills.start[row + 1]!; k++)
      if (s.cores.learnable[skills.category[k]!] && wantedCode[skills.code[k]!])
        matched.push(skills.names[skills.code[k]!]!);
  let matchedWeight = 0;
  for (let i = 0; i < core.count; i++)
    if (wantedCode[skills.code[core.entries[i]!]!]) matchedWeight += core.weights[i]!;
  // Coverage of the listing's core, and of what the member asked about.
  const skillFit =
    profile.skills.length === 0
      ? 0.5
      : 0.7 * (matchedWeight / core.total) + 0.3 * (matched.length / profile.skills.length);
  const experience = experienceFit(profile.years, l.yearsMin);
  const placeFitOf = placeFit(profile, place, l);
  const pay = payFit(profile.minSalary, l.salary);
  const level = levelFit(profile.seniority, l.seniority as Seniority);
  const additive =
    WEIGHTS.skills * skillFit +
    WEIGHTS.experience * experience +
    WEIGHTS.place * placeFitOf +
    WEIGHTS.pay * pay +
    WEIGHTS.level * level;
  // A named place is a condition more than a wish: listings elsewhere fall behind those in it,
  // however well their skills match ("london" puts London first, then the rest of the UK).
  const score = profile.location ? additive * (0.4 + 0.6 * placeFitOf) : additive;
  return { score: Math.round(score * 1000) / 1000, core, matched };
}

/**
 * The indexes of the k best listings, by score then id, one company at most twice and a repost
 * of the same title at the same company once. Only the listings at or above the score of the
 * 64·k-th best are sorted (ties kept), and the whole corpus only when the spread across
 * companies uses them all up.
 */
function chooseBest(listings: readonly ListingSummary[], scores: Float64Array, k: number): number[] {
  const byRank = (a: number, b: number) =>
    scores[b]! - scores[a]! || listings[a]!.id.localeCompare(listings[b]!.id);
  const ranked = (threshold: number) => {
    const ids: number[] = [];
    for (let i = 0; i < listings.length; i++) if (scores[i]! >= threshold) ids.push(i);
    return ids.sort(byRank);
  };
  const top = 64 * Math.max(1, k);
  if (listings.length <= top) return spreadAcrossCompanies(listings, ranked(Number.NEGATIVE_INFINITY), k);
  const threshold = Float64Array.from(scores).sort()[listings.length - top]!;
  const order = ranked(threshold);
  const chosen = spreadAcrossCompanies(listings, order, k);
  if (chosen.length < k && order.length < listings.length)
    return spreadAcrossCompanies(listings, ranked(Number.NEGATIVE_INFINITY), k);
  return chosen;
}

/** The first k of `order`, one company at most twice, a repost of a title at a company once. */
function spreadAcrossCompanies(listings: readonly ListingSummary[], order: number[], k: number): number[] {
  const seenPostings = new Set<string>();
  const perCompany = new Map<string, number>();
  const out: number[] = [];
  for (const i of order) {
    const l = listings[i]!;
    const company = l.company.toLowerCase();
    const posting = `${company}|${l.title.toLowerCase()}`;
    if (seenPostings.has(posting) || (perCompany.get(company) ?? 0) >= 2) continue;
    seenPostings.add(posting);
    perCompany.set(company, (perCompany.get(company) ?? 0) + 1);
    out.push(i);
    if (out.length >= k) break;
  }
  return out;
}

/** A recommendation that explains itself: what matches, what is missing, where, pay, experience, level. */
function explain(l: ListingSummary, fit: Fit, s: Scoring): Recommendation {
  const { score, core, matched } = fit;
  const { skills, wantedCode, profile } = s;
  const missing: string[] = [];
  for (let i = 0; i < core.count && missing.length < 4; i++) {
    const k = core.entries[i]!;
    if (skills.required[k] === 1 && !wantedCode[skills.code[k]!])
      missing.push(skills.names[skills.code[k]!]!);
  }
  const reasons = [
    matched.length
      ? `matches ${matched.slice(0, 6).join(', ')}`
      : profile.skills.length
        ? 'matches none of your skills'
        : '',
    missing.length ? `missing ${missing.join(', ')}` : '',
    placeLabel(l),
    l.salary ? formatPay(l.salary) : 'pay not posted',
    l.yearsMin !== null
      ? `${l.yearsMin}+ years asked${profile.years !== undefined ? ` (you have ${profile.years})` : ''}`
      : '',
    profile.seniority && l.seniority !== profile.seniority ? `${l.seniority}-level` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return {
    listingId: l.id,
    title: l.title,
    company: l.company,
    url: l.url,
    score,
    matchedSkills: matched,
    missingSkills: missing,
    reasons,
  };
}

function experienceFit(years: number | undefined, asked: number | null): number {
  if (years === undefined) return 0.7;
  if (asked === null) return 0.8;
  const gap = asked - years;
  if (gap <= 0) return gap < -8 ? 0.8 : 1; // far above the ask: probably a more senior role elsewhere
  return gap <= 2 ? 0.6 : 0.15;
}

/**
 * What a listing's fit rests on whatever the profile: its ten most central technical skills (what
 * "fits" means for it: required, named often, in the title) with their weights. Worked out once
 * per listing and generation, on first use, into fixed slots of typed arrays (no object per
 * listing): `entries` are positions in the skill columns.
 */
const CENTRAL = 10;
interface Core {
  count: number;
  entries: Int32Array;
  weights: Float64Array;
  total: number;
}
class Cores {
  readonly learnable: boolean[];
  private readonly done: Uint8Array;
  private readonly count: Uint8Array;
  private readonly entries: Int32Array;
  private readonly weights: Float64Array;
  private readonly total: Float64Array;

  constructor(private readonly skills: ListingSkills) {
    const n = skills.start.length - 1;
    this.learnable = skills.categories.map((c) => LEARNABLE_CATEGORIES.has(c));
    this.done = new Uint8Array(n);
    this.count = new Uint8Array(n);
    this.entries = new Int32Array(n * CENTRAL);
    this.weights = new Float64Array(n * CENTRAL);
    this.total = new Float64Array(n);
  }

  of(
    row: number,
    title: string,
  ): { count: number; entries: Int32Array; weights: Float64Array; total: number } {
    if (row < 0) return { count: 0, entries: new Int32Array(0), weights: new Float64Array(0), total: 1 };
    const { skills } = this;
    const at = row * CENTRAL;
    if (!this.done[row]) {
      const lower = title.toLowerCase();
      const weight = (k: number) =>
        (skills.required[k] === 1 ? 1 : 0.4) *
        (1 + Math.log1p(skills.mentions[k]!)) *
        (lower.includes(skills.names[skills.code[k]!]!.toLowerCase()) ? 1.5 : 1);
      const technical: Array<{ k: number; w: number }> = [];
      for (let k = skills.start[row]!; k < skills.start[row + 1]!; k++)
        if (this.learnable[skills.category[k]!]) technical.push({ k, w: weight(k) });
      // A stable sort: equal weights keep the listing's order.
      const central = technical.sort((a, b) => b.w - a.w).slice(0, CENTRAL);
      central.forEach((c, i) => {
        this.entries[at + i] = c.k;
        this.weights[at + i] = c.w;
      });
      this.count[row] = central.length;
      this.total[row] = central.reduce((sum, c) => sum + c.w, 0) || 1;
      this.done[row] = 1;
    }
    return {
      count: this.count[row]!,
      entries: this.entries.subarray(at, at + CENTRAL),
      weights: this.weights.subarray(at, at + CENTRAL),
      total: this.total[row]!,
    };
  }
}

// Per skill columns, so per generation (a generation's listings are read once and never change).
const coresBySkills = new WeakMap<ListingSkills, Cores>();

function coresOf(skills: ListingSkills): Cores {
  let cores = coresBySkills.get(skills);
  if (!cores) {
    cores = new Cores(skills);
    coresBySkills.set(skills, cores);
  }
  return cores;
}

/** The place a profile names, resolved once per request (not once per listing). */
interface WantedPlace {
  wanted: string;
  country: string | undefined;
  /** The city named, folded (accents and case), when the place is a city. */
  city: string | undefined;
  region: string;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function resolvePlace(profile: Profile, gazetteer: Gazetteer): WantedPlace | null {
  if (!profile.location) return null;
  const wanted = profile.location.trim().toLowerCase();
  const countryDef = gazetteer.country(wanted);
  const city = countryDef ? undefined : gazetteer.cityMentions(wanted)[0];
  return {
    wanted,
    country: countryDef?.country ?? city?.country,
    city: city ? fold(city.city) : undefined,
    region: wanted === 'eu' ? 'europe' : wanted.replace(/\s+/g, '-'),
  };
}

function placeLabel(l: ListingSummary): string {
  return l.remote === 'remote'
    ? `remote — ${l.location}`
    : `${l.remote === 'onsite' ? 'on-site' : l.remote} in ${l.location}`;
}

function placeFit(profile: Profile, place: WantedPlace | null, l: ListingSummary): number {
  let fit = 1;
  if (profile.remote) fit *= l.remote === 'remote' ? 1 : l.remote === 'hybrid' ? 0.35 : 0.05;
  if (place) {
    const { wanted, country, city, region } = place;
    const inCity = city !== undefined && l.locations.some((p) => p.city && fold(p.city) === city);
    const inPlace = l.locations.some(
      (p) =>
        (country && p.country === country) || p.region === region || p.raw.toLowerCase().includes(wanted),
    );
    const worldwide = l.remote === 'remote' && l.locations.every((p) => !p.country && !p.region);
    if (city !== undefined) {
      // A city: that city first, then remote roles open to its country, then its country's other cities.
      fit *= inCity ? 1 : inPlace && l.remote === 'remote' ? 0.85 : worldwide ? 0.7 : inPlace ? 0.55 : 0.2;
    } else fit *= inPlace ? 1 : worldwide ? 0.7 : 0.2;
  }
  return fit;
}

function payFit(min: Profile['minSalary'], salary: Salary | null): number {
  if (!min) return 0.7;
  if (!salary) return 0.5;
  // Amounts in different currencies are not comparable (RoleRadar never converts): without a
  // currency the wish cannot be checked, and a range in another currency is neither fit nor misfit.
  if (!min.currency || salary.currency !== min.currency) return 0.5;
  if (salary.period !== 'year') return 0.5;
  return salary.max >= min.amount ? 1 : 0.1;
}

function levelFit(wanted: Seniority | undefined, level: Seniority): number {
  if (!wanted) return 0.7;
  if (wanted === level) return 1;
  const order = SENIORITY_LEVELS.indexOf(wanted) - SENIORITY_LEVELS.indexOf(level);
  return Math.abs(order) === 1 ? 0.55 : 0.25;
}

function formatPay(s: Salary): string {
  const short = (v: number) => (v >= 10_000 && v % 1000 === 0 ? `${v / 1000}k` : v.toLocaleString('en-US'));
  return `${short(s.min)}–${short(s.max)} ${s.currency}${s.period === 'year' ? '' : ` per ${s.period}`}`;
}
