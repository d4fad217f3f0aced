/**
 * What a question leaves out and the bounds it sets on pay (issue 14): a place, job term or
 * industry excluded ("Europe but not Germany", "no on-call", "not fintech"), a minimum pay ("jobs
 * over 150k", "at least €100k") and two or more places set side by side ("Switzerland vs Germany",
 * "Germany or the Netherlands"). None of these is a key of the answer evaluation, so they live on
 * the plan beside its filters, not among them.
 */

import type { Gazetteer } from '../../extract/locations.js';
import { companyNamed, industryNamed } from './companies.js';
import { escapeRegExp, JOB_TERMS, namedInTurn, PORTUGUESE, PREMISE_JUDGED } from './cues.js';
import { currencyOf } from './filters.js';
import { withoutMemberContext } from './member-context.js';
import {
  namedPlace,
  placeText,
  placeWithin,
  withoutChannels,
  withoutResidence,
  withPlaceWords,
} from './places.js';
import type { AnswerPlan, JobTerm, PlannerDeps, ResolvedPlace } from './types.js';

// The words that leave something out, and what follows them up to the next clause ("even outside
// Europe" reaches past it: plan/index.ts beyondPlace).
const EXCLUDING =
  /\b(?<!\b(?:even|also|including|incl\.?)\s+)(?:but not|and not|not in|not at|(?:aren'?t|isn'?t|are not|is not|not based) (?:in|at)|not|except(?: for| in)?|excluding|exclude|outside(?: of)?|other than|apart from|anywhere but|anything but|minus|without|no)[\s-]+((?:the\s+)?[\p{L}][\p{L}&.-]*(?:[\s-]+[\p{L}][\p{L}&.-]*){0,2})/giu;
// A place said not to be the base ("aren't US-based", "isn't London based", "not EU-based").
const NOT_BASED =
  /\b(?:aren'?t|isn'?t|are not|is not|not)\s+((?:the\s+)?[\p{L}][\p{L}.&]*(?:\s+[\p{L}][\p{L}.&]*)?)[- ]based\b/giu;
// The member speaking of themselves: a skill they say they lack is no cut of the listings.
const MEMBER_SAYS =
  /\b(?:am i|can i|could i|should i|do i|i have|i've|ive|i know|i lack|i'm|im|i am|my|me)\b|\b\d+\+? ?(?:years?|yrs|yoe)\b/i;
// Words of leaving out that say "besides" of a skill.
const BESIDES = /^(?:except|other than|apart from|anything but)\b/i;
// Words after "no"/"not"/"without" that exclude nothing the listings are filtered on.
const NOT_EXCLUDED =
  /^(?:the\s+)?(?:idea|clue|one|way|sure|really|too|very|so|much|more|just|only|a|an|i|me|my|it|that|this|if|longer|need|matter|problem|worries)\b/i;

/** What a question leaves out: places, job terms and industries, each named after a word of leaving out. */
export function statedExclusions(
  q: string,
  deps: PlannerDeps,
  plan: AnswerPlan,
  stated: readonly string[] = [],
): void {
  const places: ResolvedPlace[] = [];
  const terms: JobTerm[] = [];
  const industries: string[] = [];
  const skills: string[] = [];
  // "aren't US-based", "not Berlin based": the place said as a base, read as "not in" it.
  const text = placeText(q).replace(NOT_BASED, (_, place: string) => `not in ${place}`);
  for (const m of text.matchAll(EXCLUDING)) {
    const words = m[1]!;
    if (NOT_EXCLUDED.test(words)) continue;
    // "I'm not in the EU", "I have no visa": the member, not the listings.
    if (/\b(?:i'?m|im|i am|we'?re|we are|i'?ve|i have|i do|i|we)\s*$/i.test(text.slice(0, m.index))) continue;
    // "quanto paga lead backend no brasil?": in Portuguese "no" is "in the", no word of leaving out.
    if (/^no\b/i.test(m[0]) && PORTUGUESE.test(q)) continue;
    // "no on-call", "without on call rota": a job term.
    const term = JOB_TERMS.find(([re]) => new RegExp(`^(?:${re.source})`, 'i').test(words))?.[1];
    // (Office days said not to be wanted, "not 5 days in office", are the hybrid or remote asked.)
    if (term && term !== 'contract' && term !== 'office days') {
      if (!terms.includes(term)) terms.push(term);
      continue;
    }
    // "not fintech", "no banks": an industry (its first words only, not the rest of the clause).
    const first = words.split(/[\s]+/).slice(0, 2).join(' ');
    // "kotlin but not java", "python roles without django", "excluding php": a skill left out (the
    // first word after the word of leaving out, or two for a name of two words: "no spring boot").
    // ("apart from", "other than", "except" a skill are "besides" it: "what do go leads need apart
    // from kubernetes?" asks for the rest, over the same listings.)
    // The member's own lack ("8 years of go but no terraform experience, am i ready?") is theirs.
    const skill =
      BESIDES.test(m[0]) ||
      MEMBER_SAYS.test(q) ||
      /^\S+(?:\s+\S+)?\s+(?:experience|exp|knowledge|background)\b/i.test(words)
        ? undefined
        : excludedSkill(words, deps, stated);
    if (skill) {
      if (!skills.includes(skill)) skills.push(skill);
      continue;
    }
    const industry = industryNamed(first, deps.industries);
    if (industry && !companyNamed(first, deps.listings)) {
      if (!industries.includes(industry)) industries.push(industry);
      continue;
    }
    // "but not Germany", "outside the UK": a place, named with a capital or as a known region word.
    const place = namedPlace(words, deps.gazetteer);
    if (
      place &&
      (place.region || /\p{Lu}/u.test(words) || words.toLowerCase().startsWith(place.name.toLowerCase()))
    )
      if (!places.some((p) => p.name.toLowerCase() === place.name.toLowerCase())) places.push(place);
  }
  // "jobs that don't need on-call", "doesn't involve a pager": a job term said not to be wanted.
  for (const [re, term] of JOB_TERMS)
    if (
      term !== 'contract' &&
      term !== 'office days' &&
      !terms.includes(term) &&
      new RegExp(
        `\\b(?:don'?t|do not|doesn'?t|does not|without|free of|zero|not)\\s+(?:[\\w'-]+\\s+){0,3}?(?:${re.source})`,
        'i',
      ).test(q) &&
      !new RegExp(
        `\\b(?:i|i'?m|we)\\s+(?:don'?t|do not|have not|haven'?t)\\s+(?:[\\w'-]+\\s+){0,3}?(?:${re.source})`,
        'i',
      ).test(q)
    )
      terms.push(term);
  // A skill left out beside another asked ("kotlin but not java"); one asked not to be needed alone
  // ("lead roles not requiring java?") is the listings that do not name it (`listNotNamed`).
  if (!stated.some((s) => !skills.includes(s))) skills.length = 0;
  if (!places.length && !terms.length && !industries.length && !skills.length) return;
  plan.exclude = {
    ...(places.length ? { places } : {}),
    ...(terms.length ? { terms } : {}),
    ...(industries.length ? { industries } : {}),
    ...(skills.length ? { skills } : {}),
  };
  // The place or industry left out is no filter too ("jobs outside Germany": every place but it).
  if (plan.place && places.some((p) => sameplace(p, plan.place!))) {
    const kept = otherPlace(q, deps.gazetteer, places);
    if (kept) {
      plan.place = kept;
      plan.filters.place = kept.name;
    } else {
      delete plan.place;
      delete plan.filters.place;
    }
  }
  if (plan.filters.industry && industries.includes(plan.filters.industry)) {
    const rest = q.replace(EXCLUDING, ' ');
    const other = industryNamed(rest, deps.industries);
    if (other && !industries.includes(other)) plan.filters.industry = other;
    else delete plan.filters.industry;
  }
}

/**
 * The one skill the words after a word of leaving out begin with, if they begin with one of the
 * skills the question states (so a chat word read as a skill, "not perm", is none).
 */
function excludedSkill(words: string, deps: PlannerDeps, stated: readonly string[]): string | undefined {
  const parts = words.replace(/^the\s+/i, '').split(/\s+/);
  for (const n of [2, 1]) {
    if (parts.length < n) continue;
    const said = parts.slice(0, n).join(' ');
    let named = (deps.skillsIn?.(said) ?? []).filter((s) => stated.includes(s));
    // A skill read with what it implies ("django" is Django and Python): the one of its name.
    if (named.length > 1) named = named.filter((s) => s.toLowerCase() === said.toLowerCase());
    // Two words naming two skills ("java kotlin") are no one skill; nor is a first word that is one.
    if (named.length === 1 && (n === 1 || !(deps.skillsIn?.(parts[0]!) ?? []).length)) return named[0];
  }
  return undefined;
}

export function sameplace(a: ResolvedPlace, b: ResolvedPlace): boolean {
  return a.city === b.city && a.country === b.country && a.region === b.region && a.group === b.group;
}

/** The place asked once the places left out are taken away ("Europe but not Germany": Europe). */
// Where the member lives or is based, said anywhere ("I live in Bogotá", "i'm based in Pune").
const LIVES_IN =
  /\b(?:i|we)\s*(?:live|am based|'m based|m based|are based|reside|am located|'m located|am|'m|m)\s+(?:in|near|out of)\s+[^.?!;,]+/giu;

function otherPlace(q: string, gazetteer: Gazetteer, out: ResolvedPlace[]): ResolvedPlace | undefined {
  // (Where the member lives, "I live in Bogotá", is no place asked.)
  let rest = withoutResidence(placeText(q)).replace(LIVES_IN, ' ').replace(EXCLUDING, ' ');
  for (const p of out) rest = rest.replace(new RegExp(`\\b${escapeRegExp(p.name)}\\b`, 'gi'), ' ');
  const p = namedPlace(rest, gazetteer);
  return p && !out.some((o) => sameplace(o, p)) ? p : undefined;
}

// "over 150k", "at least €100k", "150k+", "minimum of $120,000", "paying more than 90k".
const PAY_FLOOR =
  /\b(?:over|above|at least|more than|min(?:imum)?(?: of)?|upwards of|north of|starting (?:at|from)|from|>=?|≥)\s*([$€£])?\s?(\d{2,3}(?:[.,]\d{3})?|\d{1,3}(?:\.\d)?)\s?(k|K|000)?\b\s?(usd|eur|gbp|chf|dollars|euros|pounds|francs)?|([$€£])?\s?(\d{2,3})\s?(k|K)\s?\+/g;

/**
 * A minimum pay the question sets ("jobs over 150k", "at least €100k"): an amount of 10,000 or more,
 * with its currency when one is named (by its sign, its code or anywhere in the question).
 */
export function statedPayFloor(q: string, plan: AnswerPlan): void {
  for (const m of q.matchAll(PAY_FLOOR)) {
    const symbol = m[1] ?? m[5];
    const number = m[2] ?? m[6];
    const scale = m[3] ?? m[7];
    const code = m[4];
    if (!number || (!symbol && !scale && !code && !/[.,]\d{3}/.test(number))) continue;
    // "over 10 years", "more than 5 yrs": no pay.
    if (
      /^\s*(?:years?|yrs?|yoe|days?|hours?|months?|weeks?|people|engineers|listings|roles|jobs|%)/i.test(
        q.slice(m.index! + m[0].length),
      )
    )
      continue;
    let amount = Number(number.replace(/[.,](?=\d{3}\b)/g, ''));
    if (scale && /^k$/i.test(scale)) amount *= 1000;
    if (scale === '000') amount *= 1000;
    if (amount < 10_000) continue;
    // "leads all earn 300k+ right?": a figure judged is a premise to check, not a floor to select by.
    if (plan.premise?.amount === amount && PREMISE_JUDGED.test(q)) return;
    const currency = currencyOf(`${symbol ?? ''} ${code ?? ''}`) ?? currencyOf(q);
    plan.payAtLeast = currency ? { amount, currency } : { amount };
    // The floor is the amount asked about, not a premise to check.
    if (plan.premise?.amount === amount) delete plan.premise;
    return;
  }
}

// "or" and "and" in the languages members write in ("lisboa ou madrid", "finlandia o suecia",
// "warszawa lub kraków", "berlin oder münchen", "stockholm och oslo").
const FOREIGN_JOIN = '(?:o|ou|oder|lub|albo|i|y|e|och|eller|und|et)';

// What is compared, said between two places ("London pay vs Berlin", "jobs in amsterdam … roles in berlin").
const SIDE_NOUN = String.raw`pay|salar(?:y|ies)|comp(?:ensation)?|roles?|jobs?|listings?|positions?|openings?|rates?|ones`;

// What stands between two places set side by side ("London pay compared to Berlin": what is
// compared may stand before the joining word).
const SIDE_GAP = new RegExp(
  String.raw`^[\s,:;]*(?:(?:${SIDE_NOUN}|ask(?:s|ed)? for|want|need|require|look for|offer)\s+(?=(?:vs\.?|versus|compared?|against|than|(?:is |are )?(?:paid|pays?|paying)\b)))?(?:(?:is |are )?(?:paid|pays?|paying) (?:better|more|less|worse|higher|lower) than\s+|(?:vs\.?|versus|or|and|${FOREIGN_JOIN}|compare[ds]? (?:to|with)|against|than|\/|&|v)[\s,]*)?(?:(?:the|in|at|for|${SIDE_NOUN})\s+)*$`,
  'i',
);

/**
 * Places set side by side ("Switzerland vs Germany", "Germany or the Netherlands", "Berlin,
 * Munich and Hamburg"): every place of the longest run named one after the other, in order.
 * Where the member lives or will not commute to stands apart from the places asked, so is no side.
 */
export function placesCompared(q: string, gazetteer: Gazetteer, exclude?: ResolvedPlace[]): ResolvedPlace[] {
  return placeRun(q, gazetteer, SIDE_GAP, exclude);
}

// Places joined as one selection ("japan or korea", "Berlin, Munich or Hamburg", "Berlin/Munich").
const JOINED_GAP = new RegExp(
  // ("UK- and Sweden-based": the first place's hyphen, its "-based" said once for both.)
  // ("the US + LatAm listings": a plus joins as "and" does.)
  String.raw`^-?[\s,]*(?:(?:or|and|and\/or|${FOREIGN_JOIN}|\/|&|\+)[\s,]*)?(?:(?:the|in|at|en|em|w|we)\s+)*$`,
  'i',
);

/**
 * Places named one after the other as a single selection ("any lead roles in japan or korea?",
 * "lead jobs in Berlin, Munich or Hamburg"): every place of the longest run joined by "or", "and",
 * a comma or a slash; none when the places are set against each other ("Berlin vs London").
 */
export function placesJoined(q: string, gazetteer: Gazetteer, exclude?: ResolvedPlace[]): ResolvedPlace[] {
  return placeRun(q, gazetteer, JOINED_GAP, exclude);
}

function placeRun(q: string, gazetteer: Gazetteer, gap: RegExp, exclude?: ResolvedPlace[]): ResolvedPlace[] {
  if (
    !new RegExp(
      String.raw`\b(?:vs\.?|versus|or|and|${FOREIGN_JOIN}|compared? (?:to|with)|than|against|between)\b|[/+]`,
      'i',
    ).test(q) &&
    // A list of places with commas only ("our member regions: UK, Ireland, Nordics, NL") joins them.
    !(gap === JOINED_GAP && /,/.test(q))
  )
    return [];
  const found: Array<{ place: ResolvedPlace; at: number; end: number }> = [];
  // "for our toronto/vancouver members": the audience, not a side compared.
  // ("any lead roles in japan or korea? for the east asia channel": a channel is no place of them.)
  const text = withoutChannels(withoutMemberContext(placeText(withPlaceWords(q, gazetteer))));
  // "canada vs us", "compare to the us": a lower-case "us" set against a place is the country.
  let rest = text
    .replace(EXCLUDING, (m) => ' '.repeat(m.length))
    .replace(/(\b(?:vs\.?|versus|than|against|compare[ds]? (?:to|with))\s+(?:the\s+)?)us\b/gi, '$1US');
  for (let i = 0; i < 10; i++) {
    const p = namedPlace(rest, gazetteer);
    if (!p) break;
    const at = rest.toLowerCase().indexOf(p.name.toLowerCase());
    if (at < 0) break;
    rest = `${rest.slice(0, at)}${' '.repeat(p.name.length)}${rest.slice(at + p.name.length)}`;
    if (exclude?.some((o) => sameplace(o, p))) continue;
    if (found.some((f) => sameplace(f.place, p))) continue;
    found.push({ place: p, at, end: at + p.name.length });
  }
  // "lead backend in india? bangalore/hyderabad side", "africa — nairobi/lagos/cape town": the
  // country, group or region asked, with its cities as examples (two or more): one place.
  // (Not one named after them in a sentence of its own: "…for Mexico, Brazil and Chile? want to know
  // if LatAm is under-covered" asks the countries.)
  if (
    found.some((f) => {
      const parts = found.filter((g) => placeWithin(g.place, f.place, gazetteer));
      const last = parts.reduce((m, g) => Math.max(m, g.end), -1);
      return parts.length >= 2 && !(f.at > last && /[?.!]\s/.test(text.slice(last, f.at)));
    })
  )
    return [];
  // "Berlin, Germany": a city with its own country is one place, not two.
  const kept = found
    .filter(
      (f) =>
        !(
          f.place.country &&
          !f.place.city &&
          found.some((g) => g.place.city && g.place.country === f.place.country)
        ),
    )
    .sort((a, b) => a.at - b.at);
  let best: typeof kept = [];
  let run: typeof kept = [];
  for (const f of kept) {
    const last = run[run.length - 1];
    if (last && gap.test(text.slice(last.end, f.at))) run.push(f);
    else run = [f];
    if (run.length > best.length) best = [...run];
  }
  return best.length >= 2 ? best.map((f) => f.place) : [];
}

/**
 * Industries set side by side ("do fintech or healthtech lead roles pay more?", "how many lead
 * jobs in fintech vs gaming?"): each side of a comparison word naming one industry, in order.
 */
export function industriesCompared(q: string, deps: PlannerDeps, exclude?: string[]): string[] {
  if (!/\b(?:vs\.?|versus|or|compared? (?:to|with)|than|against)\b|\//i.test(q)) return [];
  const ids: string[] = [];
  for (const part of q
    .replace(EXCLUDING, ' ')
    .split(/\b(?:vs\.?|versus|or|and|compared? (?:to|with)|than|against)\b|[,/]/i)) {
    const id = industryNamed(part, deps.industries);
    if (id && !ids.includes(id) && !exclude?.includes(id)) ids.push(id);
  }
  return ids.length >= 2 ? ids : [];
}

/**
 * Two or more companies of the corpus named together ("Aldermoor vs Thornbury, which pays
 * more?", "what do Aldermoor and Ohmwise ask for?"): each as asked, in the order named.
 */
export function companiesCompared(q: string, listings: PlannerDeps['listings']): string[] {
  if (!/\b(?:vs\.?|versus|or|and|compared? (?:to|with)|than|against|between)\b|[/&]/i.test(q)) return [];
  const found: Array<{ asked: string; company: string; at: number }> = [];
  for (const { found: c, at } of namedInTurn(
    q,
    4,
    (rest) => companyNamed(rest, listings),
    (c) => c.asked,
  ))
    if (!found.some((f) => f.company === c.company)) found.push({ ...c, at });
  return found.length >= 2 ? found.sort((a, b) => a.at - b.at).map((f) => f.asked) : [];
}
