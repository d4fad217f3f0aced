import type { QueryPlan } from '../../query.js';
import {
  type AggregateCues,
  BESIDES,
  decideAggregate,
  MODE_SHARE_ASKED,
  MODE_SPLIT,
  REQUIREMENTS_CLAUSE,
  SIDE_MEASURE,
  SIDES,
  setsIntent,
  WHO_POSTS,
} from './aggregate.js';
import { type CompanyMatch, companyNamed, industryNamed, unknownCompany } from './companies.js';
import { listingIdIn, listingsOf } from './corpus-index.js';
import {
  CAREER,
  CAREER_HOW,
  CAREER_MOVE,
  CONTRACT_VS_PERMANENT,
  DUTIES_ASKED,
  DUTY_ASK,
  EXCHANGE_RATE,
  escapeRegExp,
  GAP_ASKED,
  HISTORY,
  IMMIGRATION_RULES,
  INTERVIEW,
  LEAD_ONWARD,
  LEADERSHIP_PRACTICES,
  LEVEL_COMPARE,
  LEVEL_DIFFERENCE,
  LEVEL_WORD,
  LIST_COMPANIES,
  levelOf,
  OFF_TOPIC_HINTS,
  ON_CALL_DUTY,
  ON_TOPIC,
  OUTAGE,
  OWN_DOINGS,
  OWN_FIGURES,
  PAY,
  PLACE_LIST,
  POSTING_CHECKS,
  PRACTICE_IN_THE_JOB,
  PREMISE_JUDGED,
  READINESS,
  TAX_ASKED,
  TIME_AWAY_MATTERS,
  twoOffersWeighed,
  UNANSWERABLE,
  VISA,
  YEARS,
  YEARS_ASKED,
} from './cues.js';
import { jobTerm, type LevelReading, premiseAmount, yearsBound } from './filters.js';
import { guideTopic, guideTopicFits } from './guide-topic.js';
import {
  aspectOf,
  aspectsOf,
  ENGAGED_AS,
  listingByTitleWords,
  listingNamedWith,
  setAspects,
} from './listing.js';
import { withoutMemberContextButProfile, withoutMemberPlans } from './member-context.js';
import { addParts, questionParts } from './parts.js';
import { namedPlace, placeText } from './places.js';
import {
  type AnswerFilters,
  type AnswerPlan,
  type JobTerm,
  onePlace,
  type PlanLevel,
  type PlannerDeps,
  type ResolvedPlace,
} from './types.js';

// The member's own two offers, one of each kind: a day rate or contract ("€750/day", "a 700 EUR day
// rate") and a salaried job ("a €95k permanent job", "an 80k salary").
const OWN_OFFERS_BOTH_KINDS = [
  /[$€£]?\d[\d,.]*\s*(?:eur|usd|gbp|[$€£])?\s*(?:\/\s*|a |per )(?:day|d)\b|\b(?:contract|day[- ]rate|freelanc\w*)\b/i,
  /[$€£]?\d[\d,.]*\s*k?\s*(?:eur|usd|gbp|[$€£])?\s+(?:perm(?:anent)?|full[- ]time|salaried|salary|staff|employed)\b/i,
];

/** Other aspects of a company or listing asked besides a term or visa help. */
function otherAspects(q: string): boolean {
  return (
    INTERVIEW.test(q) ||
    YEARS.test(q) ||
    YEARS_ASKED.test(q) ||
    ENGAGED_AS.test(q) ||
    /\b(?:remote|hybrid|on-?site|office|wfh|stack|skills?|salar\w*|day rate|how long|duration)\b/i.test(q)
  );
}

/** The question asks only about a job term or visa help (of one company), nothing else of it. */
export function termOrVisaOnly(q: string): boolean {
  const aspect = aspectOf(q);
  // "the Thornbury tech lead one in Berlin": one posting, asked about as such.
  const onePosting =
    /\b(?:the|this|that|their)\b[^?]{0,40}\b(?:one|listing|posting|post|ad|role|job|position|opening|gig|vacancy)\b/i.test(
      q,
    );
  return (aspect === 'terms' || (aspect === 'visa' && !PAY.test(q))) && !otherAspects(q) && !onePosting;
}

/** Only the interview is asked of a company ("the interview process at X", "how many rounds"). */
function interviewOnly(q: string): boolean {
  if (!INTERVIEW.test(q) || PAY.test(q) || VISA.test(q)) return false;
  const aspects = aspectsOf(q);
  return aspects.length === 1 && aspects[0] === 'interview';
}

/**
 * Visa help, and nothing else, asked of one named listing ("does the orrery public services lead
 * job sponsor a visa?"): sponsorship is the employer's, so it is asked as of a company, over its
 * listings (the one named among them), like "does Orrery sponsor visas?".
 */
function visaOnlyAtListing(q: string): boolean {
  return aspectOf(q) === 'visa' && !PAY.test(q) && !otherAspects(q);
}

/** The question as the filters read it: what the intent decision reads besides its words. */
export interface Reading extends LevelReading {
  /** The question, chat spellings of cue words read as the words. */
  q: string;
  lower: string;
  understood: QueryPlan;
  deps: PlannerDeps;
  plan: AnswerPlan;
  /** The skills stated; a company's own name takes back the skills inside it. */
  skills: string[];
  place: ResolvedPlace | undefined;
  company: CompanyMatch | undefined;
}

/** What the intent decision found out about the question besides the intent. */
export interface Topic {
  placeList: boolean;
  /** About the roles at all (a skill, a level, a place list, a company, a job word). */
  onTopic: boolean;
  /** A company named that the corpus does not hold. */
  missingCompany: string | undefined;
  askedAboutCompany: boolean;
  readiness: Readiness | undefined;
}

/** Readiness: the skills of the role aimed at (filters), and the member's own among the rest. */
export interface Readiness {
  target: string[] | undefined;
  own: string[];
}

/** The question as the intent rules read it: the filters' reading, and what was found of it. */
interface IntentQuestion {
  r: Reading;
  q: string;
  plan: AnswerPlan;
  /** The question without the member's own dates ("my visa runs out next year"). */
  own: string;
  /** The skills stated, as topicOf left them (a company's own name takes back its skills). */
  skills: string[];
  byPhrase: { id: string; company: string } | undefined;
  listing: { id: string; company: string } | undefined;
  topic: Pick<Topic, 'placeList' | 'onTopic' | 'missingCompany' | 'askedAboutCompany'>;
  cues: AggregateCues;
  skillSides: boolean;
  placeSides: Array<ResolvedPlace | undefined>;
  /** Set by the readiness rule. */
  readiness?: Readiness;
}

/** One rule of the intent decision: when it fits, what it decides. */
interface IntentRule {
  when: (c: IntentQuestion) => boolean;
  decide: (c: IntentQuestion) => void;
}

// A word that makes a named listing the subject ("the Thornbury listing", "this gig").
const LISTING_WORD =
  /\b(?:listing|posting|post|ad|advert|role|job|position|opening|this|gig|contract|vacancy)\b/i;
const LEVELS_MEASURE = 'levels side by side: years, people management, mentoring, design';
const CAREER_MEASURE = 'how engineers move up, from the guides and listings';
const INTERVIEW_MEASURE = 'interview stages and preparation, from the guides and listings';

/**
 * Companies enumerated after a question about the listings at large ("how much of the week is
 * hands-on coding in the lead listings that say a number? kestrelwave, ardwick, protea, aldermoor"):
 * the ones to look at among those answered, not one company asked about. The last clause is only
 * company names (two or more), and the question before it asks about listings in the plural.
 */
function companiesEnumerated(q: string, listings: PlannerDeps['listings']): boolean {
  const clauses = q.split(/[?:;]|\s[—–-]\s/).filter((c) => c.trim());
  const last = clauses.at(-1);
  if (!last || clauses.length < 2) return false;
  const before = q.slice(0, q.lastIndexOf(last));
  if (!/\b(?:listings|roles|jobs|postings|positions|openings|ones)\b/i.test(before)) return false;
  let rest = last;
  let named = 0;
  for (let i = 0; i < 8; i++) {
    const c = companyNamed(rest, listings);
    const at = c ? rest.toLowerCase().indexOf(c.asked.toLowerCase()) : -1;
    if (!c || at < 0) break;
    rest = `${rest.slice(0, at)} ${rest.slice(at + c.asked.length)}`;
    named++;
  }
  return named >= 2 && /^[\s,&/.]*(?:(?:and|or|e\.g\.?|eg|like|such as)[\s,&/.]*)*$/i.test(rest);
}

/** Reads what every intent rule looks at, in the order the readings depend on each other. */
function readIntentQuestion(r: Reading): IntentQuestion {
  // The companies enumerated as the ones to look at filter nothing: the question is the listings'.
  if (r.company && companiesEnumerated(r.q, r.deps.listings)) {
    r.company = undefined;
    delete r.plan.filters.company;
  }
  const term = jobTerm(r.q);
  const { byPhrase, listing } = namedListing(r);
  // topicOf takes back the skills inside a company's name: r.skills is read after it.
  const topic = topicOf(r);
  const skills = r.skills;
  const cues = aggregateCues(r, term, topic.placeList);
  const { skillSides, placeSides } = sidesCompared(r);
  const own = withoutMemberPlans(r.q);
  return { r, q: r.q, plan: r.plan, own, skills, byPhrase, listing, topic, cues, skillSides, placeSides };
}

/**
 * Nothing the listings state: off the roles' topic (and no guide section answers it: "how do I run
 * a postmortem without blaming anyone" does), unanswerable, or the corpus's history.
 */
function outOfScope(c: IntentQuestion): boolean {
  const { own, q } = c;
  return (
    offTopic(c) ||
    TAX_ASKED.test(own) ||
    EXCHANGE_RATE.test(own) ||
    IMMIGRATION_RULES.test(own) ||
    UNANSWERABLE.test(withoutSetAside(own)) ||
    (HISTORY.test(own) && !/\b(?:posted|listed)\b/i.test(q))
  );
}

/** About something else than the roles (a keyboard, school admissions), no guide section either. */
function offTopic({ q, topic, r }: IntentQuestion): boolean {
  return (
    (!topic.onTopic && !topic.askedAboutCompany && !guideTopicFits(q, r.deps.guides)) ||
    OFF_TOPIC_HINTS.test(q)
  );
}

// A source or kind of figure the member sets aside ("real posted numbers, not glassdoor guesses",
// "no predictions please, just what's posted", "rather than reviews"): not what is asked.
const SET_ASIDE =
  /\b(?:not|no|rather than|instead of|never mind|forget|ignore|skip|without|other than|unlike|don['’]?t (?:want|need|care about|trust))\s+(?:(?:the|any|some|those|your|their|random|just|from|on|based on)\s+){0,2}(?:glassdoor|levels\.?fyi|blind|reddit|ratings?|reviews?|guess\w*|estimates?|rumou?rs?|predictions?|forecasts?|hearsay|anecdot\w*)\b(?:\s+(?:guess\w*|estimates?|numbers?|figures?|data|stuff|ratings?|reviews?))?/gi;
function withoutSetAside(q: string): string {
  return q.replace(SET_ASIDE, (m) => ' '.repeat(m.length));
}

/** One listing the question names as such (by a phrase of its company's, or with a listing word). */
function listingNamed({ q, listing, byPhrase }: IntentQuestion): boolean {
  return Boolean(listing && (byPhrase || LISTING_WORD.test(q)) && listing.id);
}

// The member's own years said ("3 yoe", "8 yrs", "5 years in go").
const MEMBER_YEARS = /\b\d{1,2}\+? ?(?:years|yrs|yoe)\b/i;

/** The named listing; visa help alone is asked of its company, over its listings. */
function decideListing(c: IntentQuestion): void {
  const { q, plan, r } = c;
  const listing = c.listing!;
  if (visaOnlyAtListing(q)) visaAtCompany(r, listing);
  else if (asksReadiness(q) && MEMBER_YEARS.test(q)) {
    // "3 yoe in python: could she realistically apply for the writwell contract lead role?": the
    // member, with their years, measured against that one listing (its company the filter). Without
    // years ("can i apply to it from the UK?", "worth applying to, or do they need k8s?") the
    // listing's own aspect answers.
    plan.intent = 'readiness';
    plan.measure = 'years and skills against what the one listing asks';
    plan.listingId = listing.id;
    c.readiness = readReadiness(r, plan);
    // The listing is the selection: "mentee is mid level" is the member's own level, and "lead"
    // only describes the listing.
    const level = plan.filters.level;
    if (level === 'mid' || level === 'senior') plan.fromLevel ??= level;
    delete plan.filters.level;
  } else {
    plan.intent = 'listing';
    plan.measure = 'one listing';
    plan.listingId = listing.id;
    setAspects(plan, q);
  }
}

/** A company the corpus holds is named. */
function knownCompany({ r, topic }: IntentQuestion): boolean {
  return Boolean(r.company && !topic.missingCompany);
}

// What comes after a level, asked as the road ("what comes after lead", "where do leads go next",
// "after lead, what's next?"): the options it names are roads, and "what changes in each" is asked of
// the roads (career path), not two levels set side by side.
const ROAD_AFTER =
  /\bwhat (?:comes |is |'s |happens )?(?:next )?after\b|\bafter (?:being )?(?:an? )?(?:tech |team )?lead\b[^?]{0,15}\bwhat(?:'s|’s|s| is| comes)? next\b|\bwhere (?:do|does|can|could|should|would|might) (?:people|ppl|folks|engineers|devs|leads|tech leads|an? (?:tech )?lead|the (?:tech )?lead)\b[^?]{0,20}?\bgo\b/i;

/** Two levels set against each other in how they differ (not a skill's share on each, not pay). */
function levelsDiffer({ q, r: { move, levels, notLevel }, skillSides }: IntentQuestion): boolean {
  return (
    (move ? 2 : levels.filter((l) => l !== notLevel).length) >= 2 &&
    LEVEL_DIFFERENCE.test(q) &&
    !(ROAD_AFTER.test(q) && CAREER_MOVE.test(q)) &&
    !skillSides &&
    !PAY.test(q) &&
    // "how does the interview for a lead role differ from senior?": the interviews are what differ.
    !INTERVIEW_DIFFERS.test(q)
  );
}

// The interview (loop, rounds) as the subject of a difference between levels.
const INTERVIEW_DIFFERS =
  /\b(?:the |an? |their )?(?:interviews?|interview (?:loops?|process(?:es)?|rounds?)|hiring (?:loops?|process(?:es)?)|design rounds?)\b(?:[^?.!]{0,40}\b(?:differ\w*|different|change|harder|tougher|easier)\b)|\b(?:differ\w*|different|change\w*)\b[^?.!]{0,20}\b(?:interviews?|interview (?:loops?|process(?:es)?|rounds?))\b/i;

/** The levels compared: the member's move (from and to), else the levels named. */
function decideLevelDifference({ plan, r: { move, levels, notLevel, level } }: IntentQuestion): void {
  plan.intent = 'level_compare';
  plan.measure = LEVELS_MEASURE;
  const named = levels.filter((l) => l !== notLevel);
  plan.compare = move && plan.fromLevel && level ? [plan.fromLevel, level] : named;
  delete plan.filters.level;
}

// A company's listing offered as the example of a general question ("do EMs still code vs leads? use
// the birchmere EM listing as the example", "e.g. the Ardwick one"): the question is the general
// one, the company stays named as its example.
const AS_EXAMPLE =
  /\b(?:use|take|using|taking|with|show)\b[^?.!]{0,60}?\bas (?:an?|the|our|my|your) (?:example|illustration|case study|reference point)\b|(?:\bfor example|\bfor instance|\be\.g\.?|\beg\b)[^?!]{0,50}/gi;
function companyAsExample({ q, r }: IntentQuestion): boolean {
  const asked = r.company?.asked;
  if (!asked) return false;
  return [...q.matchAll(AS_EXAMPLE)].some((m) => m[0].toLowerCase().includes(asked.toLowerCase()));
}

// Two levels set against each other on a duty ("do engineering managers still code vs leads?", "do
// staff engineers code more than leads?"): the levels compared, the duty what they are compared on.
const LEVELS_SET_AGAINST = /\b(?:vs\.?|versus|compared (?:to|with)|than|unlike)\b/i;

// People management asked as whose job it is: the lead's, or an engineering manager's.
const PEOPLE_OR_MANAGER =
  /\b(?:manage|managing|line[- ]manag\w*) (?:people|engineers|a team|reports)\b[^?]{0,60}\b(?:or|vs\.?|versus)\b[^?]{0,30}\b(?:ems?|engineering managers?|managers?)\b|\b(?:ems?|engineering managers?|managers?)['’]s? (?:job|role|responsibilit\w*|thing)\b|\b(?:do|does|will|would) (?:\w+ ){0,3}(?:leads?|i|you) (?:\w+ ){0,2}(?:have|get) (?:direct )?reports\b/i;

// A count of the listings that name something: "how many … listings mention", "what share of lead
// roles list", "how many lead postings ask for".
const PRACTICE_COUNTED =
  /\b(?:ho?w many|what (?:share|percent\w*|proportion|fraction|part)|how common)\b[^?]{0,40}\b(?:listings?|roles?|jobs?|postings?|ads|openings?)\b[^?]{0,25}?\b(?:mention|list|name|ask for|asks for|asking for|require|want|include)\w*\b/i;

/** A leadership practice named, and how many listings name it asked ("…mention hiring/interviewing"). */
function practiceCounted({ q, skills }: IntentQuestion): boolean {
  return skills.some((s) => LEADERSHIP_PRACTICES.has(s)) && PRACTICE_COUNTED.test(q);
}

/** A duty asked, an outage or on-call asked as a duty, or a leadership practice counted as one. */
function dutiesAsked(c: IntentQuestion): boolean {
  const {
    q: asked,
    skills,
    r: { levels, notLevel },
  } = c;
  // "ran a few incident calls … am i ready?": what the member has done is measured, not asked.
  const q = asked.replace(OWN_DOINGS, (m) => ' '.repeat(m.length));
  if (levels.filter((l) => l !== notLevel).length >= 2 && LEVELS_SET_AGAINST.test(q)) return false;
  // "do leads manage people, or is that the EM's job? I want to keep coding": whose job people
  // management is, the lead's or the manager's (levels compared), whatever is said of coding.
  if (PEOPLE_OR_MANAGER.test(q)) return false;
  // "how many lead listings mention mentoring as part of the job?", "what share of lead roles list
  // hiring?": how often the listings name the practice, counted (skill frequency); "how many lead
  // listings put hiring in the job?" names no listing verb and stays what the job holds.
  if (practiceCounted(c)) return false;
  return (
    DUTIES_ASKED.test(q) ||
    ((OUTAGE.test(q) || ON_CALL_DUTY.test(q)) && DUTY_ASK.test(q)) ||
    (skills.some((s) => LEADERSHIP_PRACTICES.has(s)) && PRACTICE_IN_THE_JOB.test(q))
  );
}

/** A pay figure the member states, asked about as pay or judged ("is $500k normal?"). */
function payPremise({ q, cues }: IntentQuestion): boolean {
  return Boolean(cues.premise && (PAY.test(q) || PREMISE_JUDGED.test(q)));
}

/**
 * The premise checked against the posted pay. "comparing a €750/day lead contract with a €95k
 * permanent lead job": the member's own two offers, one of each kind, are weighed; neither kind
 * nor their currency filters the listings.
 */
function decidePayPremise({ q, plan, cues }: IntentQuestion): void {
  plan.intent = 'pay';
  plan.measure = 'posted pay ranges per currency and period';
  plan.premise = cues.premise;
  if (OWN_OFFERS_BOTH_KINDS.every((re) => re.test(q))) {
    delete plan.filters.employmentType;
    delete plan.filters.currency;
  }
}

/**
 * The years two levels' listings ask, set side by side ("what is the years bar for staff versus
 * principal listings? my mentee has 11 years…", "how many years do staff listings ask vs lead
 * listings?"): the years per level, whatever the member's own years, unless readiness is asked.
 */
function yearsOfLevelsAsked({ q, r: { levels, notLevel } }: IntentQuestion): boolean {
  const years = YEARS.exec(q);
  // The sides set against each other inside the years asked ("lead vs staff: how many years?" and
  // "…compare them" are the levels side by side).
  const clause = years ? (q.slice(years.index).split('?')[0] ?? '') : '';
  return (
    levels.filter((l) => l !== notLevel).length >= 2 &&
    /\b(?:vs\.?|versus|or|than|against)\b/i.test(clause) &&
    !/\bcompar\w*/i.test(q) &&
    !/\b(?:ready|enough|qualif\w*|chance|shot|realistic|feasible|doable|a stretch)\b/i.test(q)
  );
}

/** A move between levels asked as a road or a choice, pay at most asked in a later part. */
function careerMove({ q }: IntentQuestion): boolean {
  return (
    CAREER_MOVE.test(q) &&
    !PAY.test(questionParts(q)[0] ?? q) &&
    // Where the member's years or a later pay part would take it elsewhere (readiness, pay).
    (asksReadiness(q) || PAY.test(q))
  );
}

/**
 * "always 'senior' on paper … how do I move into a permanent lead role?": the level moved into is the
 * one described, the member's own the one moved from; how they are employed now ("6 years as a
 * contractor") or will be is the member's story, not a selection of listings.
 */
function careerTarget({ q, plan }: IntentQuestion): void {
  delete plan.filters.employmentType;
  const into = new RegExp(
    `\\b(?:into|become|becoming|get to|getting to|step up to|promoted to)\\s+(?:an? |the )?(?:[\\w-]+ ){0,2}?(${LEVEL_WORD})\\b`,
    'i',
  ).exec(q);
  const target = into ? levelOf(into[1]!) : undefined;
  const now = typeof plan.filters.level === 'string' ? plan.filters.level : undefined;
  if (!target || !now || target === now) return;
  plan.filters.level = target;
  plan.fromLevel = now;
}

// Work across distance: time zones, distributed or remote teams, async work, follow-the-sun.
const DISTRIBUTED_WORK =
  /\b(?:(?:work(?:ing)?|collaborat\w*|lead(?:ing)?|manag\w*) across (?:\w+ )?time ?zones|across (?:multiple |several |many |different )?time ?zones|time[- ]?zone (?:overlap|differences?|gaps?|spread)|distributed (?:teams?|engineering|work)|remote[- ]first teams?|async(?:hronous)? (?:work|communication|collaboration|decisions?)|follow[- ]the[- ]sun|(?:split|spread) (?:between|across|over)\b[^?]{0,40}\btime ?zones|(?:zero|no|little|minimal|barely any) (?:time ?zone )?overlap)\b/i;
// What is said of it, asked ("what does the corpus say about", "any tips on"), not which listings.
// ("how do I keep a remote team connected across time zones?" is the guide's own question, answered
// from its section as any guide question is.)
const PRACTICE_ADVICE =
  /\b(?:what (?:does|do|did) (?:the |your )?(?:corpus|guides?|listings|data|you|roleradar) (?:say|said|have|recommend)|any (?:tips|advice|guidance)|(?:advice|tips|guidance|best practices?) (?:on|for|about)|(?:advice|tips)(?=\s*[?!]))\b/i;

// "compared to the other Brazil listings", "against the other lead roles in Berlin".
const OTHERS_OF_PLACE =
  /\b(?:compared? (?:to|with)|against|vs\.?|versus|relative to|next to)\s+(?:the\s+|your\s+)?other\s+((?:[\p{L}][\p{L}.-]*\s+){1,3}?)(?:listings?|roles?|jobs?|postings?|offers?|ones)\b(?:\s+(?:in|from)\s+([\p{L}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)?))?/iu;
/** The place whose other listings a company's posting is weighed against, when one is named. */
function othersOfPlace({ q, r }: IntentQuestion): ResolvedPlace | undefined {
  const m = OTHERS_OF_PLACE.exec(q);
  if (!m) return undefined;
  const words = m[2] ?? m[1]!;
  const place = namedPlace(words, r.deps.gazetteer);
  return place && (place.country || place.region || place.countries) ? place : undefined;
}

/** The roads between levels, and the pay of the levels chosen between when a later part asks it. */
function decideCareerMove({ q, plan, r: { levels, notLevel } }: IntentQuestion): void {
  plan.intent = 'career_path';
  plan.measure = CAREER_MEASURE;
  if (!PAY.test(q)) return;
  const compared = levels.filter((l) => l !== notLevel);
  if (compared.length >= 2) plan.compare = compared;
  addParts(plan, ['pay']);
}

// A move between levels weighed as up or down ("a step down", "a demotion", "a downgrade").
const STEP_ASKED =
  /\b(?:(?:a |one )?step (?:down|up|back(?:wards?)?|sideways)|downgrade|demotion|demoted|lateral move)\b/i;

/** The member's level and the one a move leads to, when the move is weighed as up or down. */
function stepLevels({ q, plan, r: { levels } }: IntentQuestion): PlanLevel[] | undefined {
  if (!STEP_ASKED.test(q) || PAY.test(q)) return undefined;
  const to = [plan.filters.level].flat()[0];
  const from = plan.fromLevel ?? levels.find((l) => l !== to);
  if (!from || !to || from === to) return undefined;
  return [from, to];
}

/** Levels compared in general ("how is a lead different from a manager"), not pay nor skills. */
function levelsCompared({ q, r: { levels }, skills }: IntentQuestion): boolean {
  return (
    LEVEL_COMPARE.test(q) &&
    (levels.length >= 2 || /manag|reports|people/i.test(q)) &&
    !PAY.test(q) &&
    !INTERVIEW_DIFFERS.test(q) &&
    !(skills.length >= 2) &&
    // "senior vs lead: which is more remote?": each level's work-mode split (plan/aggregate.ts).
    !MODE_SHARE_ASKED.test(q)
  );
}

/**
 * "my mentee is a senior java dev, 6 yoe, wants to move up to lead. what do java lead roles in europe
 * actually ask for?": the move up is only said of the member, in a statement; the question asked is
 * what the roles ask for, and names no move.
 */
function careerOnlyAsAim(q: string): boolean {
  // The sentences asked: those closing on a question mark, and the last one (its mark may be gone).
  const sentences = q.split(/(?<=[.?!])\s+/).filter((t) => t.trim());
  const asked = sentences.filter((t, i) => /\?\s*$/.test(t) || i === sentences.length - 1);
  if (asked.length === sentences.length) return false;
  return (
    asked.some((s) => REQUIREMENTS_CLAUSE.test(s)) &&
    !asked.some((s) => CAREER.test(s) || LEAD_ONWARD.test(s))
  );
}

/** The aggregate intents, decided over the question's cues (plan/aggregate.ts). */
function decideAggregateOf({ q, plan, cues }: IntentQuestion): void {
  decideAggregate(q, plan, cues);
}

/**
 * The intent rules, in order: the first that fits decides (order is behaviour). Out of scope, one
 * listing, a term or visa help or the interview at a company, one company, lead titles or levels
 * compared, the descriptive intents (career path, duties, readiness, interview, contract against
 * permanent), a pay premise, a skill compared across sides, levels compared, and else the
 * aggregate intents.
 */
const INTENT_RULES: ReadonlyArray<IntentRule> = [
  {
    when: outOfScope,
    decide: setsIntent('out_of_scope', 'nothing the listings state', (c) => {
      if (HISTORY.test(c.own)) c.plan.history = true;
      // Not about the roles at all, or the member's own tax: said plainly that the bot can't help.
      if (TAX_ASKED.test(c.own)) c.plan.offTopic = 'tax';
      // A live exchange rate, or an immigration rule's threshold: not the listings', said plainly.
      else if (EXCHANGE_RATE.test(c.own)) c.plan.offTopic = 'exchange';
      else if (IMMIGRATION_RULES.test(c.own)) c.plan.offTopic = 'immigration';
      else if (offTopic(c)) c.plan.offTopic = 'topic';
    }),
  },
  { when: (c) => listingNamed(c) && !companyAsExample(c), decide: decideListing },
  // "are there any lead roles open to juniors?", "can a fresher apply for lead jobs?": whether the
  // roles take someone that early is the years they ask (lowest first), not a list of every role.
  {
    when: (c) => JUNIOR_ASKS.test(c.q) && !JUNIOR_MENTORED.test(c.q) && !PAY.test(c.q) && !c.r.company,
    decide: setsIntent('years', 'the years asked, the lowest first, for an early-career member', (c) => {
      c.plan.earlyCareer = true;
    }),
  },
  // "what are red flags in a lead posting?": what the postings let a member check (pay, years, team
  // size, on-call and its pay), counted, and the guide's questions; a company named stays its own.
  {
    when: (c) => POSTING_CHECKS.test(c.q) && !c.r.company,
    decide: setsIntent('job_terms', 'what the postings let a member check: pay, years, team size, on-call'),
  },
  {
    // "a contract at €800/day against a permanent offer at €100k": how the two kinds of work compare
    // (holiday, pension, billable days), not a pay table; the member's own offers are no filters,
    // the company of one of them included ("USD 95/hr C2C contract (Writwell) vs a 185k salary").
    // (Of a company asked about, "are they contract or perm?" stays the company's.)
    when: (c) => contractAgainstPermanent(c.q) && (!c.r.company || OWN_FIGURES.test(c.q)),
    decide: setsIntent('job_terms', 'listings that state contract', (c) => {
      c.plan.term = 'contract';
      delete c.plan.filters.employmentType;
      delete c.plan.filters.currency;
      delete c.plan.filters.company;
      // "USD 95/hr C2C contract vs a USD 185k salaried lead job": a level said of one of the member's
      // own offers only describes it; said of both ("a €650/day lead contract against an €85k
      // permanent lead role") it is the level asked about.
      const levelSaid = c.q.match(new RegExp(`\\b${LEVEL_WORD}\\b`, 'gi'))?.length ?? 0;
      if (OWN_FIGURES.test(c.q) && levelSaid < 2) delete c.plan.filters.level;
    }),
  },
  // "Estante is posting BRL 27-33k/month for a lead. is that good compared to the other Brazil
  // listings?": one posting's pay weighed against the rest of a place's listings; the place is the
  // selection, the company and its currency only what is weighed.
  {
    when: (c) =>
      Boolean(c.r.company) &&
      othersOfPlace(c) !== undefined &&
      (PAY.test(c.q) ||
        c.cues.premise !== undefined ||
        c.plan.filters.currency !== undefined ||
        /\b(?:ranges?|bands?|offer)\b/i.test(c.q)),
    decide: setsIntent('pay', 'posted pay ranges per currency and period', (c) => {
      const place = othersOfPlace(c)!;
      delete c.plan.filters.company;
      delete c.plan.filters.currency;
      // A level said of the others ("the other lead roles in Germany") is theirs; one said of the
      // posting ("for a lead in São Paulo") only describes it.
      const others = OTHERS_OF_PLACE.exec(c.q)![0];
      const level = new RegExp(`\\b(${LEVEL_WORD})s?\\b`, 'i').exec(others);
      const of = level ? levelOf(level[1]!) : undefined;
      if (of) c.plan.filters.level = of;
      else delete c.plan.filters.level;
      delete c.plan.companyDescribed;
      c.plan.filters.place = place.name;
      c.plan.place = place;
    }),
  },
  // "does Velloria give equity?", "does Aldermoor sponsor visas?": the term asked, at them.
  { when: (c) => knownCompany(c) && termOrVisaOnly(c.q), decide: decideAggregateOf },
  // "whats the interview process at ardwick payments?", "how many rounds does Thornbury do?": the
  // interview stages, from that company's listings (the company stays the filter).
  { when: (c) => knownCompany(c) && interviewOnly(c.q), decide: setsIntent('interview', INTERVIEW_MEASURE) },
  {
    when: (c) =>
      Boolean(c.r.company || c.topic.missingCompany) && !LIST_COMPANIES.test(c.q) && !companyAsExample(c),
    decide: setsIntent('company', 'one company', (c) => {
      setAspects(c.plan, c.q);
      if (c.topic.missingCompany) unknownCompanyPlan(c.r, c.topic.missingCompany);
    }),
  },
  {
    // "tech lead vs engineering lead", "is a team lead the same as a tech lead?": two titles of
    // one level, set against each other: the guide's lead-against-manager sections and the counts.
    when: (c) => Boolean(leadTitlesCompared(c.q)) && !PAY.test(c.q) && !c.skillSides,
    decide: setsIntent('level_compare', LEVELS_MEASURE, (c) => {
      c.plan.compare = ['lead', 'manager'];
      c.plan.compareTitles = leadTitlesCompared(c.q);
      delete c.plan.filters.level;
    }),
  },
  // "I'm a staff engineer, would moving to a lead role be a step down?", "is going from principal to
  // lead a demotion?": the member's own level and the one aimed at, side by side.
  // "what's the split between IC leads and people managers in the listings?", "ratio of hands-on
  // leads to EMs": the two kinds of role side by side, counted (not a choice of path).
  {
    when: (c) =>
      IC_AGAINST_MANAGERS.test(c.q) && !PAY.test(c.q) && !/\b(?:should i|i should|me|my)\b/i.test(c.q),
    decide: (c) => compareLevels({ ...c.r, levels: ['lead', 'manager'], notLevel: undefined }),
  },
  {
    when: (c) => stepLevels(c) !== undefined,
    decide: (c) => compareLevels({ ...c.r, levels: stepLevels(c)!, notLevel: undefined }),
  },
  { when: levelsDiffer, decide: decideLevelDifference },
  // "java/kotlin person, 9 yrs. which lead listings in DACH fit me?", "node/ts dev. which lead listings
  // in spain fit?": the listings naming the member's stack (any of it), listed; not a readiness
  // tally, nor a ranking ("which fit me best?", "recommend me 3" rank: FIT_ASKED).
  {
    when: (c) =>
      listingsThatFit(c.q) ||
      (ROLES_FOR_ME.test(c.q) && (c.r.plan.memberContext?.length ?? 0) > 0 && !PAY.test(c.q)),
    decide: setsIntent('list_companies', 'the matching listings naming the member’s skills', (c) => {
      c.plan.listListings = true;
      c.plan.fitList = true;
    }),
  },
  // "I know java and spring, what am I missing for lead roles?": the member's own skills measured
  // against what the roles require, the skills they lack first (not the way up, not a filter).
  {
    when: (c) => asksGap(c.r),
    decide: setsIntent('readiness', 'years and skills against what matching listings ask', (c) => {
      c.readiness = readReadiness(c.r, c.plan);
      c.plan.gap = true;
    }),
  },
  // "does a 2 year gap on my CV actually matter for lead roles? should i even mention it": the
  // member's standing against the roles (the guide's word on what years stand for), not the way up.
  {
    when: (c) => TIME_AWAY_MATTERS.test(c.q) && !INTERVIEW.test(c.q) && !PAY.test(c.q),
    decide: setsIntent('readiness', 'years and skills against what matching listings ask', (c) => {
      c.readiness = readReadiness(c.r, c.plan);
      c.plan.timeAway = true;
    }),
  },
  {
    when: (c) =>
      CAREER_HOW.test(c.q) && !PAY.test(c.q) && !/\b(?:am i|is (?:she|he|my mentee)) ready\b/i.test(c.q),
    decide: setsIntent('career_path', CAREER_MEASURE, careerTarget),
  },
  // "where do leads usually go after? staff? EM? asking for 5 years from now me", "after lead whats
  // next? staff or EM? and which one pays more": the roads between levels (the guide), not the
  // member's readiness; pay asked in a later part is answered after them.
  { when: careerMove, decide: decideCareerMove },
  {
    when: dutiesAsked,
    decide: setsIntent('duties', 'what the role does day to day, from the guides and listings'),
  },
  // "half my cohort will lead distributed teams (India + Poland + Kenya). what does the corpus say
  // about working across time zones?": how the work is done across distance (the guide), the
  // places named being where the team sits, not listings selected.
  {
    when: (c) => DISTRIBUTED_WORK.test(c.q) && PRACTICE_ADVICE.test(c.q) && !PAY.test(c.q),
    decide: setsIntent('duties', 'what the role does day to day, from the guides and listings', (c) => {
      delete c.plan.filters.place;
      delete c.plan.place;
      delete c.plan.places;
      delete c.plan.comparePlaces;
      // The guide section it names ("Working across time zones"), quoted first.
      // (What follows the ask is its topic; the member's story before it is not.)
      const ask = PRACTICE_ADVICE.exec(c.q)!;
      let topic = guideTopic(c.q.slice(ask.index), c.cues.guides) ?? guideTopic(c.q, c.cues.guides);
      // "a team split between india and canada time zones, any tips?": the time-zone section, not
      // the one whose words match ("The split between coding and leading").
      const zones = /time ?zones?|overlap/i.test(c.q)
        ? (c.cues.guides ?? []).find((g) => g.heading && /time ?zones?/i.test(g.heading))
        : undefined;
      if (zones && !topic?.sections.some((s) => /time ?zones?/i.test(s.heading)))
        topic = { intent: 'duties', sections: [{ documentId: zones.documentId, heading: zones.heading! }] };
      if (!topic) return;
      // "what does the corpus say about working across time zones?": every section of that guide
      // about it (the overlap, async design docs, follow-the-sun on-call), the best first.
      // What the guide says, surveyed, or tips asked ("any tips? almost zero overlap"): its other
      // sections on it (habits, async documents, on-call across regions) beside the first.
      const about = /time ?zones?|overlap/i.test(c.q)
        ? /\b(?:time ?zones?|overlap|regions?)\b/i
        : DISTRIBUTED_WORK;
      const first = topic.sections[0]!;
      const more = (c.cues.guides ?? [])
        .filter(
          (g) =>
            g.documentId === first.documentId &&
            g.heading !== null &&
            !topic.sections.some((t) => t.heading === g.heading) &&
            about.test(g.text),
        )
        .map((g) => ({ documentId: g.documentId, heading: g.heading! }));
      c.plan.guideSections = [...topic.sections, ...more].slice(0, 5);
    }),
  },
  {
    when: (c) => asksReadiness(c.q) && !yearsOfLevelsAsked(c),
    decide: setsIntent('readiness', 'years and skills against what matching listings ask', (c) => {
      c.readiness = readReadiness(c.r, c.plan);
    }),
  },
  {
    when: (c) => (CAREER.test(c.q) || LEAD_ONWARD.test(c.q)) && !PAY.test(c.q) && !careerOnlyAsAim(c.q),
    decide: setsIntent('career_path', CAREER_MEASURE),
  },
  {
    when: (c) => INTERVIEW.test(c.q) && !/\bhiring (?:engineers|people)\b/i.test(c.q) && !practiceCounted(c),
    decide: setsIntent('interview', INTERVIEW_MEASURE),
  },
  { when: payPremise, decide: decidePayPremise },
  // "how common is terraform in senior vs lead postings", "do staff roles ask for k8s more than
  // lead ones": the skill's share on each side, not the levels' general differences.
  { when: (c) => c.skillSides, decide: (c) => compareSides(c.r, c.placeSides) },
  { when: (c) => levelsCompared(c) && !yearsOfLevelsAsked(c), decide: (c) => compareLevels(c.r) },
];

// Counted side by side: "split", "ratio", "share" or "how many" between individual-contributor leads
// and people managers.
const IC_AGAINST_MANAGERS =
  /\b(?:split|ratio|share|proportion|balance|how many|breakdown|mix)\b[^?]{0,40}\b(?:ic|individual[- ]contributors?|hands-on|technical)\b(?: leads?| roles?)?\b[^?]{0,20}\b(?:and|vs\.?|versus|to|or|against)\s+(?:people[- ])?(?:managers?|ems?|management)\b/i;

// An early-career member asking whether the roles are open to them ("open to juniors", "can a new
// grad apply", "any lead jobs for freshers", "as a junior can i get a lead role").
const EARLY_CAREER = String.raw`(?:juniors?|jr\.?|entry[- ]level|(?:new |fresh |recent )?grad(?:uate)?s?|freshers?|interns?|bootcamp (?:grads?|graduates?)|no (?:professional |prior |real )?experience|(?:1|2|one|two) (?:years?|yrs) (?:of )?(?:exp|experience))`;
const JUNIOR_ASKS = new RegExp(
  String.raw`\b(?:open to|for|hire|hires|hiring|accept|accepts|take|takes|consider)\s+(?:an?\s+|some\s+)?${EARLY_CAREER}\b|\b(?:can|could|would|do|does|will)\s+(?:an?\s+|a\s+|i\s+as\s+an?\s+)?${EARLY_CAREER}\s+(?:\w+\s+){0,2}?(?:apply|get|land|be hired|qualify)\b|\bas an?\s+${EARLY_CAREER}\b[^?]{0,40}\b(?:apply|get|land|qualify|chance)\b`,
  'i',
);
// Juniors as the people a lead mentors or hires ("how do leads mentor juniors?", "hiring juniors").
const JUNIOR_MENTORED =
  /\b(?:mentor\w*|coach\w*|grow\w*|train\w*|onboard\w*|manag\w*|lead\w*|review\w*)\s+(?:the\s+|my\s+|our\s+)?juniors?\b|\bjuniors?\s+on\s+(?:my|the|their)\s+team\b|\b(?:involve|include|part of|responsib\w*|dut(?:y|ies))\b[^?]{0,30}\bjuniors?\b/i;

/**
 * The intent, once the filters are read, by the first of INTENT_RULES that fits (else the
 * aggregate intents); returns what the decision found out about the question besides.
 */
export function decideIntent(r: Reading): Topic {
  const c = readIntentQuestion(r);
  const rule = INTENT_RULES.find((candidate) => candidate.when(c));
  if (rule) rule.decide(c);
  else decideAggregateOf(c);
  const { placeList, onTopic, missingCompany, askedAboutCompany } = c.topic;
  return { placeList, onTopic, missingCompany, askedAboutCompany, readiness: c.readiness };
}

const LEAD_TITLE =
  /\b(?:tech(?:nical)?|team|engineering|development|dev|backend|squad|project) leads?\b|\blead (?:backend |software )?engineers?\b/gi;

/** Two lead titles (tech lead, team lead, engineering lead…) set against each other, in order. */
export function leadTitlesCompared(q: string): string[] | undefined {
  const titles = [
    ...new Set(
      [...q.matchAll(LEAD_TITLE)].map((m) =>
        m[0]
          .toLowerCase()
          .replace(/s$/, '')
          .replace(/technical/, 'tech')
          .replace(/^dev /, 'development '),
      ),
    ),
  ];
  return titles.length >= 2 && (LEVEL_DIFFERENCE.test(q) || LEVEL_COMPARE.test(q)) ? titles : undefined;
}

/** A listing the question names, by id, by a phrase of its company's or by its title's words. */
function namedListing(r: Reading): {
  byPhrase?: { id: string; company: string };
  listing?: { id: string; company: string };
} {
  const { q, lower, deps, company } = r;
  const byPhrase = company ? listingNamedWith(q, company, deps.listings) : undefined;
  const listing =
    listingIdIn(lower, deps.listings) ??
    byPhrase ??
    (company
      ? (listingsOf(company.company, deps.listings).find(
          (l, _, own) =>
            lower.includes(
              l.title
                .toLowerCase()
                .replace(/\s*[–—-]\s*.*/, '')
                .slice(0, 60),
            ) &&
            /\b(?:listing|posting|role|job|position|opening)\b/i.test(q) &&
            own.length > 1,
        ) ?? listingByTitleWords(q, company.company, deps.listings))
      : listingByTitleWords(q, undefined, deps.listings));
  return { byPhrase, listing };
}

/**
 * Whether the question is about the roles at all (a place list, a skill, a level, a company, a
 * job word), and a company named that the corpus does not hold: a word the search layer
 * typo-corrected into a skill, asked about as a company, is the company.
 */
function topicOf(r: Reading): Pick<Topic, 'placeList' | 'onTopic' | 'missingCompany' | 'askedAboutCompany'> {
  const { q, understood, deps, plan, company, place, level, levels } = r;
  const filters = plan.filters;
  let skills = r.skills;
  // "mentee lives in lagos and cant relocate. any remote lead roles that accept people based in
  // nigeria?": the member's own statements before the question are context; the question opens after.
  const ask = q.replace(LEADING_STATEMENTS, '');
  // "anything remote for seniors?": the same, with a work mode, level or skill in place of a place.
  const placeList =
    (place !== undefined ||
      ((understood.remote !== undefined || level !== undefined || skills.length > 0) &&
        /^\W*(?:(?:yo|hey|ok|so|pls)\W+)*(?:any(?:thing)?|anyone|who)\b(?! (?:know|knows|seen|heard|tried|think))/i.test(
          ask,
        ) &&
        !/\b(?:advice|tips?|help|ideas?|thoughts?|recommend\w*|experience)\b/i.test(q))) &&
    PLACE_LIST.test(ask.replace(/^\W*(?:(?:yo|hey|ok|so|pls)\W+)*/i, '')) &&
    // ("health-tech", "fin-tech": the industry's word, not the tech asked.)
    !/\b(?:skills?|stack|(?<!-)tech\w*|languages?|tools?|require\w*|need\w*|years|yoe|pay|salar\w*)\b/i.test(
      q,
    );
  const onTopic =
    company !== undefined ||
    placeList ||
    skills.length > 0 ||
    levels.length > 0 ||
    understood.seniority !== undefined ||
    understood.remote !== undefined ||
    ON_TOPIC.test(q) ||
    // "how do I prepare for the architecture deep dive", "is there parental leave mentioned
    // anywhere": an interview stage or a term of the job is about the roles.
    INTERVIEW.test(q) ||
    jobTerm(q) !== undefined;
  const missingCompany = company ? undefined : unknownCompany(q, deps, skills);
  const askedAboutCompany = missingCompany !== undefined && !OFF_TOPIC_HINTS.test(q);
  // A word the search layer typo-corrected into a skill, asked about as a company, is the company.
  if (missingCompany) {
    // "Is Deutsche Bank hiring": the industry word belongs to the name.
    if (
      filters.industry &&
      !industryNamed(q.replace(new RegExp(escapeRegExp(missingCompany), 'i'), ' '), deps.industries)
    )
      delete filters.industry;
    const from = missingCompany.toLowerCase();
    const corrected = new Set(
      understood.corrections.filter((c) => c.from.toLowerCase() === from).map((c) => c.to.toLowerCase()),
    );
    // The correction names an alias ("mongo"); the skill is its canonical name ("MongoDB").
    for (const alias of [...corrected])
      for (const s of deps.skillsIn?.(alias) ?? []) corrected.add(s.toLowerCase());
    skills = skills.filter((s) => !corrected.has(s.toLowerCase()));
    // "redis inc", "Berlin Analytics": a skill or place inside the name is the name's.
    if (/\s/.test(missingCompany)) {
      const inName = (word: string) => new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i').test(missingCompany);
      const named = new Set(deps.skillsIn?.(missingCompany) ?? []);
      skills = skills.filter((s) => !inName(s) && !named.has(s));
      const place = onePlace(filters);
      if (place && inName(place)) {
        delete filters.place;
        delete plan.place;
      }
    }
  }
  // "dev tools companies … like observability / build tooling type places": the skills in an
  // example of the kind of employer describe the industry asked for, not a skill to filter on.
  const kind = KIND_OF_EMPLOYER.exec(q);
  if (kind && filters.industry && deps.skillsIn) {
    const inKind = new Set(deps.skillsIn(kind[1]!));
    const elsewhere = new Set(deps.skillsIn(q.replace(kind[0], ' ')));
    skills = skills.filter((s) => !inKind.has(s) || elsewhere.has(s));
  }
  r.skills = skills;
  return { placeList, onTopic, missingCompany, askedAboutCompany };
}

// Statements before the question ("mentee lives in lagos and cant relocate (family). any remote…?"),
// taken off only when what follows opens a question of which roles there are.
// (A statement of three words or more: "hola!" is a greeting, read as before.)
const LEADING_STATEMENTS =
  /^(?:[^?.!]*?\w+\s+\w+\s+\w+[^?.!]*[.!]+\s+)+(?=(?:(?:yo|hey|ok|so|pls)\W+)*(?:any(?:thing|one|body)?|are there|is there)\b[^?]*\?)/i;

const KIND_OF_EMPLOYER =
  /\b(?:like|e\.?g\.?|such as)\s+([^?.!]{1,60}?)\s+(?:type|kind|sort)s?\s+(?:of\s+)?(?:places?|compan(?:y|ies)|shops?|orgs?|employers?|startups?|firms?|teams?)\b/i;

/**
 * A skill's share compared across two sides: "how common is terraform in senior vs lead postings"
 * (one skill on each level named), "kafka: berlin vs london" (a place on each side of the word).
 */
function sidesCompared(r: Reading): { skillSides: boolean; placeSides: Array<ResolvedPlace | undefined> } {
  const { q, deps, skills, move, levels, notLevel } = r;
  const sideWord = SIDES.exec(q);
  const [left, right] = sideWord
    ? [q.slice(0, sideWord.index), q.slice(sideWord.index + sideWord[0].length)]
    : ['', ''];
  const placeSides = sideWord
    ? [namedPlace(placeText(left), deps.gazetteer), namedPlace(placeText(right), deps.gazetteer)]
    : [];
  const twoPlaces =
    placeSides.length === 2 &&
    placeSides[0] !== undefined &&
    placeSides[1] !== undefined &&
    placeSides[0].name.toLowerCase() !== placeSides[1].name.toLowerCase();
  const skillSides =
    skills.length >= 1 &&
    !move &&
    (levels.filter((l) => l !== notLevel).length >= 2 || twoPlaces) &&
    SIDES.test(q) &&
    SIDE_MEASURE.test(q) &&
    !PAY.test(q) &&
    !YEARS.test(q) &&
    !BESIDES.test(q) &&
    !DUTIES_ASKED.test(q) &&
    !INTERVIEW.test(q);

  return { skillSides, placeSides };
}

// The listings asked for by the years they ask ("which lead roles ask for 10+ years", "what jobs
// want at least 8 years"), whatever the member says of their own years after it.
const LISTINGS_PAST_BOUND =
  /\b(?:which|what|any|list|name)\b[^?]{0,30}\b(?:roles?|jobs?|listings?|positions?|openings?|postings?|compan(?:y|ies)|employers?)\b[^?]{0,15}\b(?:ask|want|require|need|expect|demand)\w*\b/i;

const ACCEPTS_YEARS =
  /\b(?:accept|take|consider|open to|ok with|okay with|fine with)\w*\b[^?.]{0,30}\d{1,2}\s*(?:years?|yrs?|yoe)\b/i;

// Readiness said in words, not only by the member's years.
const READINESS_WORDS =
  /\b(?:ready|enough|qualif\w*|chances?|shot|realistic\w*|feasible|doable|stretch|attainable|reach|apply\w*|land|meet|fits?|suits?|match(?:es)?|for me|for my|for (?:him|her|them)|kidding|could i|can i|should i|would i|do i|am i|is (?:she|he)|worth)\b/i;
// A first question asking which roles there are ("any health-tech lead roles in europe?").
const LISTINGS_FIRST =
  /^\W*(?:(?:hi|hey|ok|so|also|and)\W+)?(?:any|anything|are there|is there|which|list|show)\b[^?]*\b(?:roles?|jobs?|listings?|positions?|openings?|gigs?|vacanc\w+|postings?|compan(?:y|ies)|employers?)\b[^?]*\?/i;

/**
 * "any health-tech lead roles in europe? i did NHS integration work for 6 yrs before my break": the
 * roles asked first, the member's years only said after it, as who they are: no readiness asked.
 */
function yearsOnlyAfterListings(q: string): boolean {
  const first = LISTINGS_FIRST.exec(q);
  if (!first || READINESS_WORDS.test(q)) return false;
  return !/\d/.test(first[0]) && /\d{1,2}\+?\s*(?:years|yrs|yoe|y\b)/i.test(q.slice(first[0].length));
}

// "which lead listings fit me?", "which France listings fit?", "any postings here that match my
// stack?": the listings asked for by that name, as a set. ("which lead roles fit me?" stays the
// member's readiness against the roles, as key writers file it; "best", a number or "am I" ask a
// ranking or a readiness check.)
const LISTINGS_FIT =
  /\b(?:which|what|any)\s+(?:[\w+#./-]+\s+){0,4}?(?:listings?|postings?|ads|adverts)\b(?:[^?.!]{0,50}?\s)?(?:would |might |could )?(?:fit|fits|suit|suits|match|matches)(?:\s+(?:me|my\s+(?:stack|skills|profile|background)|for me))?\s*(?:[?.!]|$)/i;
// "are there lead roles for me? i do php and laravel", "any jobs here for someone like me (go, 6 yrs)":
// the listings naming the member's stack (said of themselves, so set aside as member context), listed.
const ROLES_FOR_ME =
  /\b(?:are there|is there|any|got any|anything)\s+(?:[\w+#./-]+\s+){0,4}?(?:roles?|jobs?|listings?|positions?|openings?|postings?)\s+(?:here\s+|out there\s+)?(?:for|open to|suited to|suitable for)\s+(?:me|someone like me|people like me|my (?:stack|skills|profile|background))\b/i;
function listingsThatFit(q: string): boolean {
  return (
    LISTINGS_FIT.test(q) &&
    !/\b(?:best|top|closest|most)\b/i.test(q) &&
    !/\b(?:am i|ready|realistic|chance|qualif\w*)\b/i.test(q) &&
    !PAY.test(q)
  );
}

// The member's own years as said ("i have 8", "9 yrs exp", "with 7 years"): who they are.
const OWN_YEARS_SAID =
  /\b(?:i have|i've got|ive got|i got)\s+\d{1,2}\b|\b(?:i have|i've got|ive got|got|with)?\s*\d{1,2}\+? ?(?:years|yrs|yoe)\b/gi;
// Something else asked of the roles, that the member's years only give context to: visa help, the
// years the listings ask, skills set against each other, or what the roles ask for ("what do lead
// roles in LatAm usually ask for?").
const OTHER_ASK =
  /\b(?:vs\.?|versus|which one|which of (?:the|them|these))\b|\b(?:do|does|will|would|can)\b[^?]{0,40}\b(?:sponsor\w*|visas?|work permits?|relocat\w*)\b/i;
// How many listings ask for something ("how many US lead listings actually ask for Go?"; not "how
// many would take me"): another ask, unless the member names what they lack ("never used k8s. how
// many java lead roles want it?" measures their gap: readiness).
const LISTINGS_COUNTED =
  /\b(?:how many|what (?:share|percent\w*|proportion|fraction)(?: of)?|how (?:common|often))\b[^?]{0,50}\b(?:listings?|roles?|jobs?|postings?|positions?|openings?|ads)\b[^?]{0,25}?\b(?:ask(?:s|ing)? for|want|wants|require|requires|need|needs|mention|mentions|use|uses|name|names|list)\b(?!\s+(?:me|someone|somebody|people|a person|him|her|them)\b)/i;
/**
 * "do staff roles all want 10+ yrs?? i have 8", "will any of the canada roles sponsor a work permit?
 * i'm in pune, 9 yrs exp", "java vs go, which one do postings ask more?? im a java guy 9 yrs": the
 * member's years said beside another question of the roles, with no word of readiness ("ready",
 * "enough", "realistic", "apply"…): they are context for that question, not a readiness check.
 */
function yearsBesideAnotherAsk(q: string): boolean {
  const withoutYears = q.replace(OWN_YEARS_SAID, (m) => ' '.repeat(m.length));
  if (READINESS.test(withoutYears)) return false;
  return (
    OTHER_ASK.test(withoutYears) ||
    (LISTINGS_COUNTED.test(withoutYears) && !new RegExp(LACK.source, 'i').test(q)) ||
    REQUIREMENTS_CLAUSE.test(withoutYears) ||
    YEARS.test(withoutYears) ||
    YEARS_ASKED.test(q)
  );
}

/** The member (or one they speak for) asks whether they are ready: "am I ready with 6 yrs". */
function asksReadiness(q: string): boolean {
  return (
    !yearsOnlyAfterListings(q) &&
    !yearsBesideAnotherAsk(q) &&
    // The member's years said only as who they are ("im a backend dev with 8 yrs. which lead roles
    // sponsor a visa?") ask no readiness; "… am i ready?" does.
    READINESS.test(withoutMemberContextButProfile(q)) &&
    // "am i ready for lead? how many would accept 7 yoe": the readiness answer carries that count.
    (yearsBound(q).atMost === undefined || (/\bready\b/i.test(q) && ACCEPTS_YEARS.test(q))) &&
    // "which lead roles ask for 10+ years? my 12 years…": the listings past a bound, named (years).
    !(yearsBound(q).atLeast !== undefined && LISTINGS_PAST_BOUND.test(q)) &&
    !INTERVIEW.test(q) &&
    // "staff or management after 3 years as a lead?": a choice of path, not a readiness check.
    // (The same level on both sides, "is staff realistic or do staff jobs want more", is no choice.)
    !/\b(staff|principal|manager|management|em|ic)\b[^?]{0,25}\bor\b[^?]{0,25}\b(?!\1\b)(?:staff|principal|manager|management|em|ic)\b/i.test(
      q,
    ) &&
    // "how do I show I'm ready for lead": how to make the case, the way there.
    !/\b(?:show|prove|demonstrate|convince)\b[^?]{0,30}\bready\b/i.test(q) &&
    // "been senior 4 yrs, how do i get promoted": the way there, unless readiness itself is asked.
    (!/\bhow (?:do|can|should|would|could) (?:i|you|one)\b|\bhow to\b|\bwhat (?:should|do|can) i (?:focus|work|learn|do|improve|build)\b/i.test(
      q,
    ) ||
      /\b(?:ready|enough|qualif\w*|chance|shot)\b/i.test(q)) &&
    // The member, or the one they speak for ("Mentee profile: 10 years, strong C++ …").
    (/\b(?:i|i'm|im|me|my|mentee|my friend|profile|candidate)\b/i.test(q) ||
      // "python backend dev here, 5 yrs": the member, introduced by their work.
      /\b(?:dev|devs|developer|engineer|eng|swe|sde|programmer|ic|lead)\s+here\b/i.test(q) ||
      // The subject left out, as chat does: "Been a senior for 6 years … ready for lead?".
      /^\W*(?:been|got|have|having|with|after)\b/i.test(q) ||
      /\b(?:is|are) \d+\+? ?(?:years|yrs|yoe)\b[^?]*\benough\b/i.test(q) ||
      /^\W*\d{1,2}\+? ?(?:years|yrs|yoe)\b/i.test(q)) &&
    /\b(?:ready|enough|qualif|chance|shot|apply\w*|land|meet|(?:is|it'?s|that'?s) (?:that |it |this |an? |the )?(?:lead |staff |principal |senior )?(?:even |really )?(?:realistic|feasible|doable|a stretch)|\d+\+? ?(?:years|yrs|yoe))\b/i.test(
      q,
    ) &&
    !PAY.test(q.replace(/\bmake\b/gi, ''))
  );
}

/**
 * What to learn or what is missing, asked beside the member's own skills ("what should I learn next?
 * I know python and django", "which skills should I pick up, currently doing node + mongo"): the
 * skills are theirs (member context, set aside as `memberContext`), not the roles'.
 */
function asksGap(r: Reading): boolean {
  const { q, plan } = r;
  return (
    GAP_ASKED.test(q) &&
    (plan.memberContext?.length ?? 0) > 0 &&
    !INTERVIEW.test(q) &&
    !PAY.test(q) &&
    !DUTIES_ASKED.test(q)
  );
}

/** The member's own years ("i have 7") before years the listings are said to want ("10+ years"). */
export function memberYears(q: string): number | undefined {
  const years =
    /\b(?:i have|i've got|ive got|i got|i've|ive|with|i'm at|im at|profile:?)\s+(\d{1,2})\b(?!\s*\+)/i.exec(
      q,
    ) ?? /(\d{1,2})(?:\+)?\s*(?:years|yrs|yoe|y\/o|y\b|a[ñn]os\b|jahren?\b|ans\b|lat\b)/i.exec(q);
  return years ? Number(years[1]) : undefined;
}

/**
 * Readiness: the member's own years, and, when a role is aimed at ("good enough for go lead
 * roles"), the skills of that role (filters) apart from the member's own.
 */
function readReadiness(r: Reading, plan: AnswerPlan): Readiness {
  const { q, deps, skills } = r;
  let target: string[] | undefined;
  let own: string[] = [];
  const years = memberYears(q);
  if (years !== undefined) plan.years = years;
  // "good enough for go lead roles": a skill in the role aimed at is a filter, not the member's.
  // "the lead roles that ask for python": the skill the roles are said to ask, after them.
  const aim =
    /\b(?:for|to|into|get|land|apply (?:for|to)|at|any|some|are|do)\s+(?:an? |the |some |any )?((?:[\w.+#/-]+\s+){1,4}?)(?:roles?|jobs?|positions?|openings?|listings?|gigs?)\b/i.exec(
      q,
    );
  const askedBy =
    /\b(?:roles?|jobs?|positions?|openings?|listings?|gigs?) (?:that|which) (?:ask(?:s)? for|require|want|need|mention|use|list|name)\s+((?:[\w.+#/-]+\s*){1,3})/i.exec(
      q,
    );
  const aimed0 = aim && deps.skillsIn ? deps.skillsIn(aim[1]!).filter((s) => skills.includes(s)) : [];
  const roleAim = aimed0.length || !askedBy ? aim : askedBy;
  if (roleAim && deps.skillsIn) {
    const aimed = deps.skillsIn(roleAim[1]!).filter((s) => skills.includes(s));
    if (aimed.length) {
      target = aimed;
      const ownWords = deps.skillsIn(q.slice(0, roleAim.index) + q.slice(roleAim.index + roleAim[0].length));
      own = skills.filter((s) => ownWords.includes(s));
    }
  }
  // The skills the member says they lack ("never touched k8s", "no Terraform yet"): not their own.
  // (Read over every skill the question names: a profile's skills are set aside as the member's own
  // before this, "…some AWS, never used Kafka" among them.)
  const lack = lackedSkills(q, deps, [...new Set([...skills, ...(deps.skillsIn?.(q) ?? [])])]);
  if (lack.length) {
    plan.lackSkills = lack;
    own = own.filter((s) => !lack.includes(s));
    if (!target) own = skills.filter((s) => !lack.includes(s));
  }
  return { target, own };
}

/**
 * What the member says they have not done: a negation ("never touched", "no", "without", "don't
 * know", "haven't used", "zero", "little", "weak on", "lack") and the few words after it, up to the
 * next clause; the skills read there.
 */
const LACK =
  /\b(?:never (?:touched|used|worked (?:with|on|in)|done|tried|had|run|set up|deployed (?:to|on|with)?)|(?:have|has)n'?t (?:touched|used|worked (?:with|on|in)|done|tried|had)|ha(?:ve|s) not (?:touched|used|worked (?:with|on|in)|done|tried|had)|(?:do|does)n'?t (?:know|have|use|do)|(?:do|does) not (?:know|have|use|do)|(?:no|zero|little|limited|without(?: any)?|lacking|lack|missing|weak (?:on|in|at)|not much|barely (?:any|used|touched|know))(?! (?:idea|clue|problem|worries|longer|more|less|matter)\b))\s+((?:[\w.+#/-]+\s*){1,4})/gi;
// A leadership practice the member says they have never done ("has never mentored anyone", "never
// led an incident", "no hiring experience"): the practice, which the listings name, is what they lack.
const NEVER = String.raw`\b(?:never|not yet|haven'?t|hasn'?t|have not|has not)\s+(?:(?:formally|officially|really|actually|ever|properly)\s+)?`;
const NO = String.raw`\b(?:no|zero|without(?: any)?|little|lacking)\s+(?:(?:real|formal|actual|official)\s+)?`;
const PRACTICE_LACKED: Array<[RegExp, string]> = [
  [new RegExp(`${NEVER}(?:mentored|coached)|${NO}(?:mentoring|coaching)\\b`, 'i'), 'Mentoring'],
  [new RegExp(`${NEVER}(?:hired|interviewed|done (?:any )?hiring)|${NO}hiring\\b`, 'i'), 'Hiring'],
  [
    new RegExp(
      `${NEVER}(?:(?:done|did) (?:any )?code reviews?|reviewed (?:code|prs|pull requests))|${NO}code reviews?\\b`,
      'i',
    ),
    'Code review',
  ],
  [
    new RegExp(
      `${NEVER}(?:led|run|ran|handled|managed|owned) (?:an? |any )?(?:incidents?|outages?|incident response)|${NO}incident (?:management|response)\\b`,
      'i',
    ),
    'Incident management',
  ],
  [
    new RegExp(
      `${NEVER}(?:managed|line[- ]managed|had) (?:people|anyone|a team|direct reports|reports)|${NO}(?:people management|direct reports|line management)\\b`,
      'i',
    ),
    'People management',
  ],
];
function lackedSkills(q: string, deps: PlannerDeps, skills: string[]): string[] {
  if (!deps.skillsIn) return [];
  const lack: string[] = PRACTICE_LACKED.filter(([re]) => re.test(q)).map(([, practice]) => practice);
  for (const m of q.matchAll(LACK)) {
    // Up to the next clause: "no k8s, but Kafka and Postgres" lacks only Kubernetes.
    const span = m[1]!.split(/[,;.!?]|\b(?:but|and i|i'?m|i have|though|however)\b/i)[0]!;
    for (const s of deps.skillsIn(span)) if (skills.includes(s) && !lack.includes(s)) lack.push(s);
  }
  return lack;
}

/** A company the corpus does not hold: named as asked, said as the employer spells itself. */
export function unknownCompanyPlan(r: Reading, missingCompany: string): void {
  const { deps, skills, plan } = r;
  // Named as asked; said as the employer spells itself ("deutsche bank" → Deutsche Bank).
  const known = deps.employers?.find((e) => e.names.includes(missingCompany.toLowerCase()));
  plan.unknownCompany = known?.name ?? missingCompany;
  // Its skills say which alternatives to offer ("does Stripe hire Go leads?"), and are what the
  // question selects ("Is Trade Republic hiring a Kotlin lead in Berlin?": Kotlin, as the place).
  if (skills.length) {
    plan.topicSkills = skills;
    plan.filters.skills = [...skills];
  }
  plan.filters.company = missingCompany;
  if (known?.industry) plan.unknownIndustry = known.industry;
}

/** Levels side by side ("how is a lead different from a manager"): two named, or lead and manager. */
function compareLevels(r: Reading): void {
  const { plan, levels, notLevel } = r;
  plan.intent = 'level_compare';
  plan.measure = 'levels side by side: years, people management, mentoring, design';
  const compared = levels.filter((l) => l !== notLevel);
  plan.compare =
    compared.length >= 2
      ? compared
      : ([compared[0] ?? 'lead', 'manager'].filter((v, i, a) => a.indexOf(v) === i) as PlanLevel[]);
  if (plan.compare.length < 2) plan.compare = ['lead', 'manager'];
  delete plan.filters.level;
}

/** What the aggregate decision reads: the skills, levels, job term, a premise and a list asked. */
function aggregateCues(r: Reading, term: JobTerm | undefined, placeList: boolean): AggregateCues {
  const { q, skills, levels, notLevel } = r;
  const premise = premiseAmount(q);
  // "lead roles in the netherlands: remote or hybrid mostly?": the split asked, not the list.
  const splitAsked = MODE_SPLIT.test(q) && !/^\W*(?:any|are there|is there|list|show)\b/i.test(q);
  const asksList = LIST_COMPANIES.test(q) || (placeList && !splitAsked) || WHO_POSTS.test(q);
  const skillsSetAgainst = r.deps.skillsIn ? skillsJoinedAgainst(q, skills, r.deps.skillsIn) : undefined;
  return { skills, levels, notLevel, term, premise, asksList, skillsSetAgainst, guides: r.deps.guides };
}

/**
 * An "or"/"vs" with a skill among the three words on each side ("java or go", "k8s vs nomad": a
 * skill the question reads by its own name counts, as the taxonomy's do).
 */
function skillsJoinedAgainst(q: string, skills: string[], skillsIn: (text: string) => string[]): boolean {
  const named = new Set(skills.map((s) => s.toLowerCase()));
  const hasSkill = (words: string[]) =>
    words.some((w) => named.has(w.toLowerCase())) || skillsIn(words.join(' ')).length > 0;
  for (const m of q.matchAll(/\b(?:or|vs\.?|versus)\b/gi)) {
    const left = q
      .slice(0, m.index)
      .split(/[\s,;:?!()]+/)
      .filter(Boolean)
      .slice(-3);
    const right = q
      .slice(m.index + m[0].length)
      .split(/[\s,;:?!()]+/)
      .filter(Boolean)
      .slice(0, 3);
    if (hasSkill(left) && hasSkill(right)) return true;
  }
  return false;
}

/**
 * Contract work weighed against permanent work ("a contract at €800/day against a permanent offer
 * at €100k"), unless the pay itself is compared ("how do contract rates compare to perm").
 */
// Contract work and employment set side by side as kinds ("comparing contract day rates to perm
// salaries").
const COMPARING_KINDS =
  /\bcompar(?:e|es|ed|ing)\b[^?]{0,20}\b(?:contract(?:ing|or)?|day[- ]rates?|freelanc\w*|b2b)\b[^?]{0,30}\b(?:to|with|and|against)\b[^?]{0,20}\b(?:perm(?:anent)?|full[- ]time|salaried|employ(?:ment|ee))\b/i;
// How to weigh or explain a comparison, asked as such ("what's the right way to explain it?", "how
// should I think about it?"), not what either pays.
const EXPLAIN_WEIGHING =
  /\b(?:explain\w*|(?:right|best|fair|proper|sensible) way (?:to|of)|how (?:do|should|would|can|could) (?:i|we|you|one|they|members|people) (?:think about|compare|explain|weigh|reason about|frame)|how to (?:compare|think about|explain|weigh|frame))\b/i;
function contractAgainstPermanent(q: string): boolean {
  // The member's own two figures ("a 750 EUR day rate … a 180k salary") are weighed, not looked up.
  const ownFigures = OWN_FIGURES.test(q);
  return (
    (CONTRACT_VS_PERMANENT.test(q) &&
      (ownFigures ||
        !/\b(?:rates?|pay|pays|paid|paying|salar(?:y|ies)|earn\w*|money|comp|tc)\b/i.test(
          q.replace(/\bday[- ]rates?\b/gi, ''),
        ))) ||
    twoOffersWeighed(q) ||
    // "members keep comparing contract day rates to perm salaries. what's the right way to explain
    // it?": how the two kinds of work are weighed, asked with no figures of one's own.
    (COMPARING_KINDS.test(q) && EXPLAIN_WEIGHING.test(q) && !ownFigures)
  );
}

/** A skill's share on each side compared: two levels, or two places. */
function compareSides(r: Reading, placeSides: Array<ResolvedPlace | undefined>): void {
  const { plan, levels, notLevel } = r;
  plan.intent = 'skill_frequency';
  plan.measure = 'share of listings naming the skill, on each side compared';
  if (levels.filter((l) => l !== notLevel).length >= 2) {
    plan.compare = levels.filter((l) => l !== notLevel);
    delete plan.filters.level;
  } else {
    plan.comparePlaces = placeSides as ResolvedPlace[];
    delete plan.filters.place;
    delete plan.place;
  }
}

/** Visa help at the company of a named listing: its listings, under the company as asked only. */
function visaAtCompany(r: Reading, listing: { id: string; company: string }): void {
  const { plan, company } = r;
  plan.intent = 'visa_relocation';
  plan.measure = 'listings offering or refusing relocation and visa help';
  const asked = company?.asked ?? listing.company;
  // The listing is the selection: its level, skills or place named in passing filter nothing more.
  for (const key of Object.keys(plan.filters) as Array<keyof AnswerFilters>) delete plan.filters[key];
  if (asked) plan.filters.company = asked;
  r.skills = [];
}
