/**
 * The question planner: a member's question becomes a typed plan (what is asked, the filters it
 * states, what to measure) before anything is retrieved or counted. The modules of this folder:
 * `types` (the plan), `cues` (the words that signal intents), `filters` (skills, levels, currency,
 * dates), `places`, `companies`, `listing` (one listing and its aspects), `intent` (the
 * descriptive and honesty intents), `aggregate` (the counted intents) and `parts` (multi-part
 * questions).
 */
import type { QueryPlan } from '../../query.js';
import { statedCompany } from './companies.js';
import { cueSpelling, statedLevels, statedSkills, statedTerms, statedWorkMode } from './filters.js';
import { greetingOrDecline } from './honesty.js';
import { decideIntent, type Reading } from './intent.js';
import { openToPlace } from './open-to.js';
import { laterParts } from './parts.js';
import { originPlace, statedPlace } from './places.js';
import { placeSkills, scopeFilters } from './scope.js';
import type { AnswerPlan, PlannerDeps } from './types.js';

export { companyNamed, industryNamed } from './companies.js';
export { levelsNamed, weighsContract } from './cues.js';
export { cueSpelling, termsAsked, yearsBound } from './filters.js';
export { aspectsOf, listingNamedWith } from './listing.js';
export { resolvePlace } from './places.js';
export * from './types.js';

/** Plans one question: greeting or refusal, the filters stated, the intent, then what stays. */
export function planQuestion(question: string, understood: QueryPlan, deps: PlannerDeps): AnswerPlan {
  const q = cueSpelling(question.trim());
  const plan: AnswerPlan = { question: question.trim(), intent: 'requirements', filters: {}, measure: '' };
  if (greetingOrDecline(q, plan, understood, deps)) return plan;

  // --- Filters the question states, in the order of the evaluation's keys.
  const skills = statedSkills(q, understood, deps);
  const levels = statedLevels(q, plan);
  const place = statedPlace(q, understood, deps.gazetteer, plan);
  statedWorkMode(q, understood, plan);
  const company = statedCompany(q, deps, plan);
  statedTerms(q, plan, deps.referenceDate);

  // --- The intent, then the filters that stay under it and any later parts.
  const reading: Reading = {
    ...levels,
    q,
    lower: q.toLowerCase(),
    understood,
    deps,
    plan,
    skills,
    place,
    company,
  };
  const topic = decideIntent(reading);
  placeSkills(q, plan, reading.skills, topic.readiness);
  scopeFilters(q, plan, reading.skills, topic);
  laterParts(q, plan);
  openToPlace(q, plan);
  if (plan.intent === 'visa_relocation' && !plan.filters.company) {
    const origin = originPlace(q, deps.gazetteer);
    if (origin && origin.country !== plan.place?.country) plan.origin = origin;
  }
  if (plan.intent === 'top_skills') {
    const top = topCount(q);
    if (top !== undefined) plan.top = top;
  }
  return plan;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};

/**
 * How many a top-skills question asks for ("top 5 skills", "the five most requested", "3 most
 * common technologies", "top three"): a number from 1 to 25, or none.
 */
export function topCount(q: string): number | undefined {
  const num = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
  const m =
    new RegExp(`\\btop[- ]${num}\\b`, 'i').exec(q) ??
    new RegExp(`\\b${num}\\s+(?:most|main|biggest|key|top|commonest|hottest|leading)\\b`, 'i').exec(q) ??
    new RegExp(
      `\\b${num}\\s+(?:[\\w-]+\\s+)?(?:skills|technologies|techs|tools|languages|databases|requirements)\\b(?![^?]{0,20}\\b(?:years?|yrs)\\b)`,
      'i',
    ).exec(q);
  if (!m) return undefined;
  const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
  return n >= 1 && n <= 25 ? n : undefined;
}
