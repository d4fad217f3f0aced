import type { ListingFacts } from '../storage/corpus/corpus-reader.js';
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
  listings: ListingFacts[],
  profile: Profile,
  gazetteer: Gazetteer,
  k = 10,
): Recommendation[] {
  const wanted = new Set(profile.skills);
  const place = resolvePlace(profile, gazetteer);
  // Every listing is scored; only the best are explained.
  const scores = new Float64Array(listings.length);
  listings.forEach((l, i) => {
    scores[i] = fitOf(l, profile, wanted, place).score;
  });
  return chooseBest(listings, scores, k).map((i) => {
    const l = listings[i]!;
    return explain(l, fitOf(l, profile, wanted, place), wanted, profile);
  });
}

/** How well a listing fits the profile (rounded to three decimals), and the skills that fit rests on. */
interface Fit {
  score: number;
  /** The listing's central technical skills (its core). */
  central: SkillDetail[];
  /** The listing's technical skills the member has. */
  matched: SkillDetail[];
}

function fitOf(l: ListingFacts, profile: Profile, wanted: Set<string>, place: WantedPlace | null): Fit {
  const { technical, central, weights, total } = coreOf(l);
  const matched = technical.filter((s) => wanted.has(s.name));
  let matchedWeight = 0;
  central.forEach((s, i) => {
    if (wanted.has(s.name)) matchedWeight += weights[i]!;
  });
  // Coverage of the listing's core, and of what the member asked about.
  const skillFit =
    profile.skills.length === 0
      ? 0.5
      : 0.7 * (matchedWeight / total) + 0.3 * (matched.length / profile.skills.length);
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
  return { score: Math.round(score * 1000) / 1000, central, matched };
}

/**
 * The indexes of the k best listings, by score then id, one company at most twice and a repost
 * of the same title at the same company once. Only the listings at or above the score of the
 * 64·k-th best are sorted (ties kept), and the whole corpus only when the spread across
 * companies uses them all up.
 */
function chooseBest(listings: ListingFacts[], scores: Float64Array, k: number): number[] {
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
function spreadAcrossCompanies(listings: ListingFacts[], order: number[], k: number): number[] {
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
function explain(l: ListingFacts, fit: Fit, wanted: Set<string>, profile: Profile): Recommendation {
  const { score, central, matched } = fit;
  const missing = central.filter((s) => s.required && !wanted.has(s.name)).slice(0, 4);
  const reasons = [
    matched.length
      ? `matches ${matched
          .map((s) => s.name)
          .slice(0, 6)
          .join(', ')}`
      : 'matches none of your skills',
    missing.length ? `missing ${missing.map((s) => s.name).join(', ')}` : '',
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
    matchedSkills: matched.map((s) => s.name),
    missingSkills: missing.map((s) => s.name),
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

type SkillDetail = ListingFacts['skillDetails'][number];

/** What a listing's fit rests on whatever the profile: its technical skills and its core. */
interface Core {
  technical: SkillDetail[];
  /** The ten most central technical skills (what "fits" means for it), with their weights. */
  central: SkillDetail[];
  weights: number[];
  total: number;
}

// Per listing object, so per generation (a generation's listings are read once and never change).
const cores = new WeakMap<ListingFacts, Core>();

function coreOf(l: ListingFacts): Core {
  let core = cores.get(l);
  if (!core) {
    const technical = l.skillDetails.filter((s) => LEARNABLE_CATEGORIES.has(s.category));
    const title = l.title.toLowerCase();
    const weight = (s: SkillDetail) =>
      (s.required ? 1 : 0.4) *
      (1 + Math.log1p(s.mentions)) *
      (title.includes(s.name.toLowerCase()) ? 1.5 : 1);
    const central = [...technical].sort((a, b) => weight(b) - weight(a)).slice(0, 10);
    const weights = central.map(weight);
    core = { technical, central, weights, total: weights.reduce((sum, w) => sum + w, 0) || 1 };
    cores.set(l, core);
  }
  return core;
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

function placeLabel(l: ListingFacts): string {
  return l.remote === 'remote'
    ? `remote — ${l.location}`
    : `${l.remote === 'onsite' ? 'on-site' : l.remote} in ${l.location}`;
}

function placeFit(profile: Profile, place: WantedPlace | null, l: ListingFacts): number {
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
