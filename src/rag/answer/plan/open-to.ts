import type { Gazetteer } from '../../extract/locations.js';
import { escapeRegExp } from './cues.js';
import { addParts, chatWords, questionParts } from './parts.js';
import { livesIn } from './places.js';
import { type AnswerPlan, onePlace } from './types.js';

// Who a listing takes, by where they are ("accept people in Portugal", "open to someone in Spain",
// "which of them can I do from Spain", "that I can do from Cairo", "workable from Pune", "remote from
// India", "remote roles for someone in Nairobi").
const OPEN_TO =
  /\b(?:accept\w*|open to|available (?:to|for)|hir(?:e|es|ing)|allow\w*|welcom\w*|tak(?:e|es)|(?:can|could) (?:i|you|one|someone|people) (?:do|work|apply (?:to|for)|take|get)(?: (?:it|them|one|those))?|(?:i|you|one|someone|we) (?:can|could) (?:do|work|take|get)(?: (?:it|them|one|those))?|(?:can|could) be (?:done|worked)|(?:remote(?:ly)?|wfh|workable|doable)(?=\s+from\b)|for(?=\s+(?:people|persons?|someone|somebody|candidates?|applicants?|engineers?|devs?|anyone|folks?)\s+(?:(?:based|living|located)\s+)?in\b))\s+(?:(?:people|persons?|someone|somebody|candidates?|applicants?|engineers?|devs?|me|us|anyone|folks?)\s+)?(?:(?:who (?:are|is|live|lives)\s+)?(?:based|living|located|residing)?\s*)?(?:in|from)\s+(?:the\s+)?(\p{L}[\p{L} -]*)/iu;

// A role done from a place, said of the member or whom it takes ("can I do from Spain", "can be
// done from Colombia", "open to people in Kenya", "accepts candidates based in Egypt"); never who is
// hiring there ("who's hiring in warsaw?": the roles there).
const DONE_FROM = String.raw`\b(?:(?:can|could) (?:i|you|one|someone|people|we) (?:do|work|take|get)(?: (?:it|them|one|those))?|(?:i|you|one|someone|we) (?:can|could) (?:do|work|take|get)(?: (?:it|them|one|those))?|(?:can|could) be (?:done|worked)|open to (?:people|persons?|someone|somebody|candidates?|applicants?|anyone|folks?)|accept\w* (?:people|persons?|someone|candidates?|applicants?|anyone))\s+(?:(?:based|living|located)\s+)?(?:in|from)\s+(?:the\s+)?`;
function doneFrom(q: string, name: string): boolean {
  return new RegExp(`${DONE_FROM}${escapeRegExp(name)}(?![\\p{L}])`, 'iu').test(q);
}

// A part asking how many or which ("how many …", "which ones", "any …?").
const COUNT_OR_LIST = /\b(?:how many|which|what|any|list|number of)\b/i;

// The roles asked as the member's own to take ("open to me", "could I take from here", "for me").
// ("which remote lead roles could I actually take while living in Buenos Aires?": the member able
// to take them, where they live said beside it.)
export const FOR_ME =
  /\b(?:open|available|accessible) to (?:me|us|someone like me)\b|\b(?:can|could) (?:i|we) (?:realistically |actually |even )?(?:take|do|work|get|apply (?:to|for))\b[^?]{0,30}\b(?:from (?:here|home|where i (?:am|live))|while (?:living|based|staying|residing) in)\b|\bfrom here\b/i;

// Remote and open to a place, joined in one clause ("fully remote and open to someone in europe").
const REMOTE_AND_OPEN =
  /\bremote(?:ly)?\s+(?:and|&|\+|y|e|und|et)\s+(?:also\s+)?(?:open to|available (?:to|for)|accept\w*|hir(?:e|es|ing)|can be done from)\b/i;

// A later part asking how many of the first part's listings are in a place ("and how many of
// those are in europe?", "which of them are in Berlin").
const OF_THOSE_IN =
  /\b(?:of (?:those|them|these)|among (?:them|those)|of which)\b[^?]{0,30}\b(?:in|based in|located in|from)\b/i;
const MODES: ReadonlyArray<['remote' | 'hybrid' | 'onsite', RegExp]> = [
  ['remote', /\bremote(?:ly)?\b|\bwfh\b/i],
  ['hybrid', /\bhybrid\b/i],
  ['onsite', /\bon-?site\b|\bin[- ]office\b/i],
];

/**
 * A remote listing "open to" a place is one a member there can take: remote in that country, across
 * its region or worldwide, not one based there. Asked in a later part ("how many lead jobs are fully
 * remote and which ones accept people in Portugal?"), the place is that part's: the first part is
 * the remote share of all the listings, the later one lists the remote listings open there.
 */
export function openToPlace(q: string, plan: AnswerPlan, gazetteer?: Gazetteer): void {
  const name = onePlace(plan.filters);
  if (!name || !plan.place) return;
  const namesPlace = (text: string) => {
    const m = OPEN_TO.exec(text);
    return m !== null && new RegExp(`^${escapeRegExp(name)}\\b`, 'i').test(m[1]!);
  };
  const parts = questionParts(chatWords(q));
  const later = parts.findIndex((p, i) => i > 0 && namesPlace(p));
  const inFirst = new RegExp(`\\b${escapeRegExp(name)}\\b`, 'i').test(parts[0] ?? '');
  // "how many lead jobs are fully remote AND open to someone in europe?", "¿Cuántas vacantes son 100%
  // remotas y se pueden hacer desde Colombia?", "ile ofert … mogę robić zdalnie z Polski?": remote
  // and open there said in one clause is one selection, counted and named (not the split of all).
  const joined =
    (REMOTE_AND_OPEN.test(q) && namesPlace(q)) ||
    (later > 0 && /\bremote(?:ly)?\b/i.test(parts[later]!) && COUNT_OR_LIST.test(parts[later]!));
  if (plan.intent === 'work_mode' && joined) {
    plan.filters.workMode = 'remote';
    plan.openTo = true;
    plan.intent = 'list_companies';
    plan.measure = 'listings counted';
    plan.countListings = true;
    plan.listListings = true;
    plan.also = (plan.also ?? []).filter((p) => p !== 'list_companies' && p !== 'work_mode');
    if (!plan.also.length) delete plan.also;
    countryOfTown(plan, gazetteer);
    return;
  }
  if (plan.intent === 'work_mode' && later > 0 && !inFirst && /\bremote(?:ly)?\b/i.test(q)) {
    plan.partsPlace = plan.place;
    plan.partsMode = 'remote';
    plan.openTo = true;
    delete plan.filters.place;
    delete plan.place;
    addParts(plan, ['list_companies']);
    return;
  }
  // "how many lead listings are fully remote? and how many of those are in europe": the first part
  // is the split of all of them, the later one the remote ones in that place, counted and listed.
  const mode = MODES.find(([, re]) => re.test(parts[0] ?? ''))?.[0];
  const ofThose = parts.findIndex(
    (p, i) => i > 0 && OF_THOSE_IN.test(p) && new RegExp(`\\b${escapeRegExp(name)}\\b`, 'i').test(p),
  );
  if (plan.intent === 'work_mode' && mode && ofThose > 0 && !inFirst) {
    plan.partsPlace = plan.place;
    plan.partsMode = mode;
    delete plan.filters.place;
    delete plan.place;
    addParts(plan, ['list_companies']);
    return;
  }
  // "any remote lead roles open to people in Portugal?": the remote ones a member there can take;
  // so too when the place is only where the member lives ("I live in Toronto, can I work remote
  // for any of these?"): remote roles based in Toronto are a few of those a Torontonian can take.
  // "any fully remote lead roles from India?", "India se fully remote lead role milega kya?": a remote
  // role "from" a place is done from there (not "from US companies", the employers' place).
  const from = new RegExp(
    `\\bfrom\\s+(?:the\\s+)?${escapeRegExp(name)}\\b(?!\\s*[- ]?(?:based\\s+)?(?:compan\\w*|employers?|firms?|startups?|orgs?|businesses)\\b)`,
    'i',
  );
  const inPlace = new RegExp(`\\b(?:in|based in|located in)\\s+(?:the\\s+)?${escapeRegExp(name)}\\b`, 'i');
  const asked = namesPlace(q) || (from.test(q) && !inPlace.test(q));
  if (plan.filters.workMode === 'remote' && (asked || livesIn(q, name))) {
    plan.openTo = true;
    // "remote lead roles i can do from Cairo": who a remote listing takes is said by country or
    // region, never by town; the town's country is the place asked. So too where the member only
    // says they live and asks for the roles they could take ("living in Buenos Aires — which remote
    // roles are open to me?": Argentina); asked about the market ("I live in Toronto, what do remote
    // lead roles pay?") the answer speaks of their town.
    if (asked || FOR_ME.test(q)) countryOfTown(plan, gazetteer);
  } else if (!plan.filters.workMode && plan.intent !== 'work_mode' && doneFrom(q, name)) {
    // "Tem vaga de lead como PJ que dá pra fazer do Brasil?", "which lead roles can I do from
    // Spain?", "any lead roles open to people in Kenya?": no mode said, a role done from there is
    // one based there or a remote one open to someone there.
    plan.openTo = true;
    countryOfTown(plan, gazetteer);
  }
}

/** The country of a town asked as where a remote member is (who a remote listing takes is said by country). */
function countryOfTown(plan: AnswerPlan, gazetteer?: Gazetteer): void {
  const city = plan.place;
  if (!city?.city || !city.country || !gazetteer) return;
  const country = gazetteer.country(city.country);
  if (!country) return;
  plan.place = { name: country.country, country: country.country };
  plan.filters.place = country.country;
}
