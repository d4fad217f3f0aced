/**
 * Several levels or places in one selection ("what do staff and principal listings ask for?", "any
 * lead roles in japan or korea?", "lead jobs in Berlin, Munich or Hamburg"): the plan's `level` or
 * `place` becomes a list and the answer counts the listings of any of them (compose/selection.ts).
 * Levels or places set against each other ("lead vs staff pay", "Berlin vs London") stay sides, the
 * first named the filter; a comparison that sets a group against another level ("do staff and
 * principal listings ask for more years than lead ones?") selects every level it compares.
 */
import { placesJoined, sameplace } from './bounds.js';
import { LEVEL_WORD, levelOf } from './cues.js';
import { withoutMemberContext } from './member-context.js';
import { withoutResidence, withoutWhereabouts } from './places.js';
import { type AnswerPlan, oneLevel, onePlace, type PlanLevel, type PlannerDeps } from './types.js';

// Two or more levels joined as one group before the listings they qualify ("staff and principal
// backend listings", "lead, staff or principal roles", "staff/principal jobs").
const LEVEL_JOIN = String.raw`\s*(?:,\s*(?:and\s+|or\s+)?|\/|&|\+|\band\/or\b|\band\b|\bor\b)\s*(?:an?\s+|the\s+)?`;
const LISTING_NOUN =
  '(?:listings?|roles?|jobs?|positions?|postings?|posts|openings?|ones|ads?|adverts?|vacanc(?:y|ies)|engineers?|engs?|devs?|developers?|ics?|levels?)';
const LEVEL_GROUP = new RegExp(
  `\\b(${LEVEL_WORD})s?((?:${LEVEL_JOIN}${LEVEL_WORD}s?)+)(?=(?:\\s+[\\w-]+){0,2}?\\s+${LISTING_NOUN}\\b)`,
  'gi',
);
const NEGATED_BEFORE = /\b(?:not|no|non|excluding|except|other than|without|nor)\W*$/i;

// Words that set the sides against each other rather than join them into one selection.
const COMPARING =
  /\b(?:vs\.?|versus|than|compar\w*|differ\w*|difference|more|less|fewer|higher|lower|better|worse|which (?:one|level|of (?:the|them|those))|between|side by side|each|respectively|per level|by level)\b/i;

// The member comparing with their own pay or offer ("so I can compare with my 98k offer").
const OWN_COMPARED =
  /\bcompar\w*\s+(?:\w+\s+){0,2}?(?:with|to|against)\s+(?:my|her|his|their|our)\b[^.?!]*/gi;

/** Applies both readings below, after the intent and the filters it keeps are decided. */
export function severalSelected(q: string, plan: AnswerPlan, deps: PlannerDeps): void {
  severalLevels(q, plan);
  severalPlaces(q, plan, deps);
}

/** The levels a group in the question joins ("staff and principal listings"), in order; none if none. */
export function levelGroup(q: string): PlanLevel[] {
  const text = withoutMemberContext(q);
  for (const m of text.matchAll(LEVEL_GROUP)) {
    if (NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    const words = [m[1]!, ...m[2]!.split(new RegExp(LEVEL_JOIN, 'i')).filter((w) => w.trim())];
    const levels: PlanLevel[] = [];
    for (const w of words) {
      const level = levelOf(w.replace(/s$/i, ''));
      if (level && !levels.includes(level)) levels.push(level);
    }
    if (levels.length >= 2) return levels;
  }
  return [];
}

/**
 * "what skills come up most in staff and principal backend listings?": both levels selected.
 * Compared levels that a group joins ("do staff and principal listings ask for more years than
 * lead ones?") are all selected, each still measured on its own (`compare`); "staff or principal
 * roles: what do they pay?" is one selection, no sides.
 */
function severalLevels(q: string, plan: AnswerPlan): void {
  if (plan.intent === 'level_compare' || !oneLevel(plan.filters)) return;
  const group = levelGroup(q);
  if (group.length < 2 || (plan.fromLevel && group.includes(plan.fromLevel))) return;
  if (!group.includes(oneLevel(plan.filters)!)) return;
  if (plan.compare && COMPARING.test(q)) {
    plan.filters.level = [...plan.compare, ...group.filter((l) => !plan.compare!.includes(l))];
    return;
  }
  delete plan.compare;
  plan.filters.level = group;
}

/**
 * "any lead roles in japan or korea?", "lead jobs in Berlin, Munich or Hamburg": every place named
 * is selected. Places set against each other ("which pays more, Berlin or Munich?") stay sides.
 */
function severalPlaces(q: string, plan: AnswerPlan, deps: PlannerDeps): void {
  const first = plan.place;
  // Comparing words set other things side by side ("python vs go vs java for lead roles in africa
  // and the middle east"): the places joined are still one selection.
  // So too levels compared ("in the US + LatAm listings, how many are lead vs manager roles?").
  const otherSides =
    plan.intent === 'skill_compare' ||
    plan.intent === 'level_compare' ||
    plan.compareSkills ||
    plan.compareIndustries;
  // "…so I can compare with my 98k offer": the member's own figure weighed, no places set as sides.
  // Listings counted per place ("how many listings name each of: Germany, France, …?") are every
  // place's, each counted, however the places are set side by side.
  const comparing = plan.intent !== 'list_companies' && COMPARING.test(q.replace(OWN_COMPARED, ' '));
  if (!first || !onePlace(plan.filters) || plan.partsPlace || (comparing && !otherSides)) return;
  // Where a visa asker comes from ("any lead role in the US or canada that sponsors? (im in
  // mexico)") is none of the places asked.
  const out = [...(plan.exclude?.places ?? []), ...(plan.origin ? [plan.origin] : [])];
  // ("…in australia or nz? im in wellington": where the member is, a town of one of them, is no
  // example of the places asked.)
  const places = placesJoined(withoutWhereabouts(withoutResidence(q)), deps.gazetteer, out);
  if (places.length < 2 || !places.some((p) => sameplace(p, first))) return;
  plan.places = places;
  plan.place = places[0]!;
  plan.filters.place = places.map((p) => p.name);
}
