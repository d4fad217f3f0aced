/**
 * The question planner: a member's question becomes a typed plan (what is asked, the filters it
 * states, what to measure) before anything is retrieved or counted. The modules of this folder:
 * `types` (the plan), `cues` (the words that signal intents), `filters` (skills, levels, currency,
 * dates), `places`, `companies`, `listing` (one listing and its aspects), `intent` (the
 * descriptive and honesty intents), `aggregate` (the counted intents) and `parts` (multi-part
 * questions).
 */
import { SPELLED_NUMBERS } from '../../extract/years.js';
import type { QueryPlan } from '../../query.js';
import {
  companiesCompared,
  industriesCompared,
  placesCompared,
  statedExclusions,
  statedPayFloor,
} from './bounds.js';
import { statedCompany } from './companies.js';
import { listingsOf } from './corpus-index.js';
import {
  ALL_SKILLS_ASKED,
  CERTIFICATE,
  escapeRegExp,
  foreignCueWords,
  LEVEL_WORD,
  levelOf,
  levelsNamed,
  PAY,
  POSTING_CHECKS,
  TECH_OR_PEOPLE,
} from './cues.js';
import { cueSpelling, statedLevels, statedSkills, statedTerms, statedWorkMode } from './filters.js';
import { greetingOrDecline } from './honesty.js';
import { decideIntent, memberYears, type Reading, unknownCompanyPlan } from './intent.js';
import { answerKinds } from './kinds.js';
import {
  memberContextSpans,
  withoutMemberLeadIn,
  withoutMemberPurpose,
  withoutTrailingHearsay,
} from './member-context.js';
import { FOR_ME, openToPlace } from './open-to.js';
import { laterParts, MODE_WORDS, questionParts } from './parts.js';
import {
  livesIn,
  namedPlace,
  originPlace,
  placeText,
  placeWithin,
  statedPlace,
  whereaboutsOnly,
  withoutResidence,
  withoutWhereabouts,
} from './places.js';
import {
  besidesSkills,
  ownLevelOnly,
  ownStackSpans,
  pastSkills,
  placeSkills,
  scopeFilters,
} from './scope.js';
import { severalSelected } from './several.js';
import { type AnswerPlan, oneLevel, onePlace, type PlannerDeps } from './types.js';

export { companyNamed, industryNamed } from './companies.js';
export { levelsNamed, weighsContract } from './cues.js';
export { cueSpelling, termsAsked, yearsBound } from './filters.js';
export { postingWindow, spokenLanguagesAsked } from './kinds.js';
export { aspectsOf, listingNamedWith } from './listing.js';
export { namesRegion, resolvePlace } from './places.js';
export * from './types.js';

/** Plans one question: greeting or refusal, the filters stated, the intent, then what stays. */
// Time away said in years ("returning after 3 years off", "2 yrs of parental leave", "a 4-year
// career break"): no years of experience, no years the listings ask.
const BREAK_YEARS =
  /\b(?:(?:a|an|one|two|three|four|five|six|\d{1,2})[- ](?:years?|yrs?|months?)\s+(?:off|away|out(?: of (?:the )?(?:industry|workforce|work|tech|field))?|(?:of |on )?(?:parental|maternity|paternity|career|sick|medical|caring|carer'?s?) leave|(?:career )?(?:break|gap|hiatus|sabbatical))|an? (?:\d{1,2}|one|two|three|four|five|six)[- ](?:years?|yrs?|months?) (?:career )?(?:break|gap|hiatus|sabbatical))\b/gi;
function withoutBreakYears(q: string): string {
  return q.replace(BREAK_YEARS, 'a career break');
}

export function planQuestion(question: string, understood: QueryPlan, deps: PlannerDeps): AnswerPlan {
  const q = withoutBreakYears(cueSpelling(foreignCueWords(question.trim())));
  const plan: AnswerPlan = { question: question.trim(), intent: 'requirements', filters: {}, measure: '' };
  if (greetingOrDecline(q, plan, understood, deps)) return plan;

  // --- Filters the question states, in the order of the evaluation's keys.
  const skills = statedSkills(q, understood, deps);
  // "Ile jest ofert … w Polsce?": a word the members' languages read as one of theirs (FOREIGN_CUE_WORDS
  // and the Polish and Hinglish tables) is no skill the search layer read in the raw question.
  if (skills.length && deps.skillsIn && q !== withoutBreakYears(cueSpelling(question.trim()))) {
    const read = new Set(deps.skillsIn(q));
    const gone = skills.filter(
      (s) => !read.has(s) && !new RegExp(`(?<![\\w#+.])${escapeRegExp(s)}(?![\\w#+])`, 'i').test(q),
    );
    if (gone.length) skills.splice(0, skills.length, ...skills.filter((s) => !gone.includes(s)));
  }
  const levels = statedLevels(q, plan);
  const place = statedPlace(q, understood, deps.gazetteer, plan);
  statedWorkMode(q, understood, plan);
  const company = statedCompany(q, deps, plan);
  statedTerms(q, plan, deps.referenceDate);
  statedExclusions(q, deps, plan, skills);
  // A skill left out ("kotlin but not java") is no skill asked.
  const leftOut = new Set(plan.exclude?.skills ?? []);
  if (leftOut.size) skills.splice(0, skills.length, ...skills.filter((s) => !leftOut.has(s)));

  // "from anywhere (in the world)", "worldwide", "any country": open to every country.
  const WORLDWIDE =
    /\b(?:(?:from|in) anywhere(?: in the world)?|anywhere in the world|world-?wide|globally|global remote|location[- ]independent|regardless of (?:location|country|where i live))\b/i;

  // "…not the APAC-wide or worldwide remote ones": worldwide set aside, not asked.
  const WORLDWIDE_SET_ASIDE =
    /\b(?:not|no|excluding|exclude|except|without|other than)\b[^.?!]{0,40}\b(?:world-?wide|anywhere|global(?:ly)?)\b/i;

  // --- The intent, then the filters that stay under it and any later parts.
  // "I live in Lisbon. any remote lead jobs in Spain?": what is asked is read from the rest.
  // "…? want to show mentees what's expected beyond lead": why they ask is no part of what.
  // "…? people assume senior = remote": an aside after the question asks nothing.
  const asked = withoutTrailingHearsay(withoutMemberLeadIn(withoutMemberPurpose(withoutResidence(q))));
  // "coming from a plain java shop": the member's own skills, set aside unless readiness is asked.
  const past = pastSkills(q, skills, deps);
  if (past.length) plan.memberContext = [...memberContextSpans(q), ...ownStackSpans(q)];
  const reading: Reading = {
    ...levels,
    q: asked,
    lower: asked.toLowerCase(),
    understood,
    deps,
    plan,
    skills: skills.filter((s) => !past.includes(s)),
    place,
    company,
  };
  const topic = decideIntent(reading);
  officeDaysAndMode(asked, plan);
  // "from anywhere in the world", "worldwide": remote listings open in every country.
  if (WORLDWIDE.test(asked) && !WORLDWIDE_SET_ASIDE.test(asked)) {
    plan.openWorldwide = true;
    if (!plan.filters.workMode && plan.intent !== 'work_mode') plan.filters.workMode = 'remote';
  }
  // Listings ranked for the member: their skills and years are what the ranking weighs.
  if (plan.fitFor) {
    const years = memberYears(q);
    if (years !== undefined) plan.years = years;
  }
  if (plan.fitList) {
    const years = memberYears(q);
    if (years !== undefined) plan.years = years;
  }
  ownYearsAsBound(q, plan);
  if (
    past.length &&
    (plan.intent === 'readiness' || plan.intent === 'career_path' || plan.fitFor || plan.fitList)
  ) {
    reading.skills = [...reading.skills, ...past.filter((s) => !reading.skills.includes(s))];
    // "I know python; what am I missing for go lead roles?": the role's skills are the filter, the
    // member's own (said only of themselves) are theirs.
    const own = topic.readiness?.own;
    if (topic.readiness?.target && own) for (const s of past) if (!own.includes(s)) own.push(s);
  }
  placeSkills(q, plan, reading.skills, topic.readiness);
  // The member's stack selects the listings naming any of it ("java/kotlin person", "node/ts dev").
  if (plan.fitList && Array.isArray(plan.filters.skills) && plan.filters.skills.length > 1)
    plan.filters.skillsMode = 'any';
  scopeFilters(q, plan, reading.skills, topic, deps.listings);
  slashedSkills(q, plan, deps);
  besidesSkills(q, plan, deps.skillsIn);
  unnamedSkillsAsked(q, plan, deps, past);
  ownLevelOnly(q, plan);
  laterParts(q, plan);
  skillAskedAfterCareer(q, plan, deps);
  openToPlace(q, plan, deps.gazetteer);
  if (plan.intent === 'visa_relocation' && !plan.filters.company) {
    const origin = originPlace(q, deps.gazetteer);
    if (origin && origin.country !== plan.place?.country) plan.origin = origin;
  }
  if (plan.intent === 'top_skills') {
    const top = topCount(q);
    if (top !== undefined) plan.top = top;
  }
  statedPayFloor(q, plan);
  // Two companies named together: each answered in turn, not only the first.
  // Two named listings ("the Calderwick settlement lead and the Ardwick payments lead: pay, stack,
  // remote") are their companies side by side, the aspects asked of each.
  if ((plan.intent === 'company' || plan.intent === 'listing') && !plan.unknownCompany) {
    const companies = companiesCompared(q, deps.listings);
    if (companies.length >= 2) {
      plan.compareCompanies = companies;
      if (plan.intent === 'listing') {
        plan.intent = 'company';
        plan.measure = 'one company';
        delete plan.listingId;
      }
    }
  }
  levelsOnTwoMeasures(q, plan);
  levelSetAgainstInAPart(q, plan);
  remoteScopeClaim(q, plan);
  workModeClaim(q, plan);
  sidesByPlace(q, plan, deps);
  sidesByPlaceAndMode(q, plan, deps);
  answerKinds(q, plan, deps);
  // "what will a lead at google earn in 2027?": a company the corpus does not hold stays named (and
  // said to be absent) when the question is one the listings cannot answer.
  if (
    plan.intent === 'out_of_scope' &&
    topic.missingCompany &&
    topic.askedAboutCompany &&
    !plan.unknownCompany
  )
    unknownCompanyPlan(reading, topic.missingCompany);
  if (company && !plan.unknownCompany) companyScope(plan, company.company, deps);
  ownPlace(q, plan, deps);
  ofThose(q, plan);
  thenLevel(q, plan);
  thenPlace(q, plan);
  anyLevel(q, plan);
  hedgedLevel(q, plan);
  beyondPlace(q, plan, deps);
  if (
    (SEVERAL_PER_COMPANY.test(q) || DUPLICATES_ASKED.test(q)) &&
    (plan.intent === 'list_companies' || plan.intent === 'requirements')
  ) {
    // "admin: are there duplicate listings?": duplicates are merged at refresh; what is left to
    // check is a company with several listings, named.
    if (DUPLICATES_ASKED.test(q)) plan.duplicatesAsked = true;
    // "how many companies have more than one listing?": those companies, counted and named.
    if (plan.intent === 'requirements' || plan.countListings) {
      plan.intent = 'list_companies';
      plan.measure = 'companies with several matching listings';
      delete plan.countListings;
    }
    plan.severalPerCompany = true;
  }
  // "which listings want AWS certification?": the certificate's skill is in the phrase searched,
  // not a filter besides it (the skill's listings would be the base the phrase is looked for in).
  if (plan.textMention && CERTIFICATE.test(plan.textMention)) {
    delete plan.filters.skills;
    delete plan.filters.skillsMode;
  }
  // Last: the steps above read one level and one place.
  severalSelected(q, plan, deps);
  // How a job-terms or duties answer is shaped, read here once for the composers.
  if (POSTING_CHECKS.test(plan.question)) plan.postingChecks = true;
  if (TECH_OR_PEOPLE.test(plan.question)) plan.techOrPeople = true;
  return plan;
}

// Companies asked by how many listings they have ("which companies have more than one listing",
// "employers with multiple open roles", "anyone hiring for two or more leads?").
const DUPLICATES_ASKED = /\b(?:duplicat\w*|dupes?|dups|posted twice|reposts?|reposted)\b/i;
const SEVERAL_PER_COMPANY =
  /\b(?:compan(?:y|ies)|employers?|firms?|orgs?|who|anyone|anybody)\b[^?]{0,40}?\b(?:more than (?:one|1)|multiple|several|two or more|2 or more|2\+|over one) (?:open )?(?:[\w-]+ ){0,2}?(?:listings?|roles?|jobs?|openings?|postings?|positions?|leads?)\b/i;

/**
 * "How many listings mention Kafka, and how many of those are lead roles?": the first count is over
 * every level; the level is asked of those counted afterwards, not a filter on them.
 */
function ofThose(q: string, plan: AnswerPlan): void {
  const level = oneLevel(plan.filters);
  if (!level || plan.intent !== 'skill_frequency' || plan.compare) return;
  const m = new RegExp(
    `\\b(?:how many|what share|what (?:part|fraction|percentage|proportion)|which|and) of (?:those|them|these)\\b[^?]{0,40}?\\b(${LEVEL_WORD})s?\\b`,
    'i',
  ).exec(q);
  if (!m || levelsNamed(q.slice(0, m.index)).length) return;
  delete plan.filters.level;
  plan.ofThoseLevel = level;
}

// The whole asked first: the corpus or every level ("whole corpus", "in total", "across all
// listings", "overall", "everything else").
const WHOLE_ASKED =
  /\b(?:(?:the )?(?:whole|entire|full) (?:corpus|dataset|database|set)|(?:across |over )?(?:all|every) (?:the )?(?:listings|levels?|postings|roles)|any level|in total|altogether|overall|everything else|the rest|all the rest)\b/i;

/**
 * "How many listings are contract vs permanent? Whole corpus, and then just the lead roles", "…in
 * total, and how many of those are lead roles?", "is it any different for lead listings only?": the
 * level is a second scope after the whole, not a filter on it (`thenLevel`). Not a skill's share
 * (`ofThose` answers that), and not when the level comes first ("lead roles, vs the corpus overall").
 */
function thenLevel(q: string, plan: AnswerPlan): void {
  const level = oneLevel(plan.filters);
  if (!level || plan.ofThoseLevel || plan.intent === 'decline' || plan.intent === 'out_of_scope') return;
  const whole = WHOLE_ASKED.exec(q);
  const levelAt = new RegExp(`\\b(?:${LEVEL_WORD})s?\\b`, 'i').exec(q);
  if (!levelAt) return;
  const part = new RegExp(
    `\\b(?:of (?:those|them|these)|(?:just|only) (?:the )?|for (?:the )?)\\b[^?]{0,30}?\\b(?:${LEVEL_WORD})s?\\b|\\b(?:${LEVEL_WORD})s? (?:roles? |listings? |jobs? |ones |positions )?only\\b`,
    'i',
  ).exec(q);
  // "split lead vs everything else": the level set against the rest, the rest being the whole.
  const split = new RegExp(
    `\\b(?:${LEVEL_WORD})s? (?:vs\\.?|versus|against|and|or) (?:everything|all|the rest|(?:all |the )?(?:other|remaining) (?:levels?|roles|listings|seniorit\\w+)|non[- ](?:${LEVEL_WORD})s?)\\b`,
    'i',
  ).test(q);
  // Else the whole said first, the level only after it, as a part of it.
  // "…in November, and how many of those are lead roles?": the level named only in that part.
  const ofThem =
    part &&
    /^of (?:those|them|these)\b/i.test(part[0]) &&
    levelAt.index >= part.index &&
    /\b(?:how many|what (?:share|part|fraction|percentage|proportion)|which|and) $/i.test(
      q.slice(0, part.index),
    );
  // "how common is golang in lead postings here, vs the corpus overall?": the level first, then the
  // whole it is set against.
  if (
    levelAt.index < (whole?.index ?? -1) &&
    (LEVEL_VS_WHOLE.test(q.slice(levelAt.index)) || WHOLE_ASKED_AFTER.test(q.slice(levelAt.index))) &&
    !split
  ) {
    plan.thenAll = true;
    return;
  }
  if (!split && !ofThem && !(whole && part && whole.index < part.index && levelAt.index >= whole.index))
    return;
  delete plan.filters.level;
  plan.thenLevel = level;
  // The rest set against the level: answered as a third scope, not only inside the whole.
  if (split) plan.thenRest = true;
}

// The whole set against a level named before it ("vs the corpus overall", "compared with all
// listings", "against every level").
const LEVEL_VS_WHOLE =
  /\b(?:vs\.?|versus|against|compared (?:to|with)|relative to)\s+(?:the\s+)?(?:(?:whole|entire|full)\s+)?(?:corpus|dataset|database|all (?:the )?(?:listings|levels|postings|roles)|every (?:level|listing)|everything|overall)\b/i;

// The whole asked again in a later part, after a level ("what share of lead listings post a salary?
// and overall?", "…, and across all listings?", "what about the whole corpus?").
const WHOLE_ASKED_AFTER =
  /(?:[?.;,]\s*|\s[—–-]\s*|\s(?=and\b))(?:(?:and|&|plus|also|then)\s+)?(?:(?:what|how) about\s+|for\s+|across\s+|over\s+|in\s+)?(?:the\s+)?(?:overall|in total|altogether|(?:whole|entire|full)\s+(?:corpus|dataset|database|set)|all (?:the )?(?:listings|levels|roles|postings)|every (?:level|listing)|everything|any level)\b\s*[?.!]*\s*$/i;

// The place asked of the whole afterwards: "…and the same share for lead roles in the Americas only",
// "…and how many of them are in Canada?", "…? and is any of the new ones in the UK?".
const PLACE_AFTER =
  /\b(?:(?:and )?the same (?:share|thing|count|number|split|question|figure)s? for|(?:how many|what share|which|(?:is|are)(?: there)? any|any) of (?:them|those|these|the (?:\w+ )?ones)(?: (?:are|is))?(?: based| located)?)\b/i;

/**
 * A place named only in a later part, asked of what the first part counted, is a second scope (the
 * whole first, then the place's part of it), not a filter on the first part.
 */
function thenPlace(q: string, plan: AnswerPlan): void {
  const place = plan.filters.place;
  if (!place || plan.thenLevel || plan.intent === 'decline' || plan.intent === 'out_of_scope') return;
  const after = PLACE_AFTER.exec(q);
  if (!after) return;
  // Every place named after the phrase, none before it.
  const names = [place].flat().map((p) => p.toLowerCase());
  const before = q.slice(0, after.index).toLowerCase();
  const resolved = plan.places ?? (plan.place ? [plan.place] : []);
  const spoken = resolved.map((r) => r.name.toLowerCase());
  if ([...names, ...spoken].some((n) => before.includes(n))) return;
  if (!/\b(?:in|from|(?:based|located) in)\s+(?:the\s+)?\p{Lu}/u.test(q.slice(after.index))) return;
  plan.thenPlace = {
    place,
    ...(plan.place ? { resolved: plan.place } : {}),
    ...(plan.places ? { places: plan.places } : {}),
  };
  delete plan.filters.place;
  delete plan.place;
  delete plan.places;
}

// The modes offered as the answer's options ("onsite or hybrid?", "hybrid or remote?") or full-time
// office pushed away ("that aren't 5 days in office"): the split is asked, not one mode.
const MODE_OPTIONS =
  /\b(?:remote|hybrid|on-?site|in[- ]office|office[- ]based)\s*(?:or|vs\.?|\/)\s*(?:remote|hybrid|on-?site|in[- ]office|office[- ]based)\b|\b(?:aren['’]?t|isn['’]?t|not|no|never)\s+(?:\w+\s+){0,2}?(?:5|five|full)[- ](?:days?|time)\b(?:\s+(?:a week\s+)?(?:in|at)\s+(?:the\s+)?office)?/i;

/**
 * "singapore-based lead roles: onsite or hybrid? how many days in the office?", "any lead gigs with
 * a NYC office that aren't 5 days in office": the work-mode split is asked, with the office days
 * the listings state as a part of it (the job term's tally), not the office days alone under a mode
 * filter.
 */
function officeDaysAndMode(q: string, plan: AnswerPlan): void {
  if (plan.intent !== 'job_terms' || plan.term !== 'office days') return;
  if (!MODE_OPTIONS.test(q)) {
    // "hybrid lead jobs in Germany — how many office days do they want?": how the work mode asked
    // is lived (filed with work mode, as key writers file office days), answered with the days
    // the listings of that mode state.
    if (plan.filters.workMode && plan.filters.workMode !== 'remote' && !plan.filters.company) {
      plan.intent = 'work_mode';
      plan.measure = 'office days stated, under the work mode asked';
    }
    return;
  }
  plan.intent = 'work_mode';
  plan.measure = 'remote / hybrid / on-site split, with the office days stated';
  delete plan.filters.workMode;
  plan.also = [...(plan.also ?? []).filter((p) => p !== 'work_mode' && p !== 'job_terms'), 'job_terms'];
}

// Every level asked, said outright ("any level is fine", "at any level", "regardless of level",
// "level doesn't matter", "level は何でもいい").
// The member's own years said in their voice ("got 7 yrs", "i have 8", "she has 6", "with a decade
// of Java behind me").
const OWN_YEARS_VOICE =
  /\b(?:i have|i've got|ive got|i got|got|i'm at|im at|(?:she|he|they|mentee) (?:has|have))\s+(\d{1,2}|a decade)\b(?!\s*\+)|\bwith (a decade|\d{1,2}\s*(?:years|yrs|yoe)) (?:of [\w#.+/ -]{1,20} )?(?:behind (?:me|her|him|them)|under my belt)\b/i;

/**
 * "experience asked for lead roles in africa? got 7 yrs", "which DACH lead roles would I clear on
 * years, with a decade of Java behind me?": the years asked, with the listings the member's own
 * years clear (asking that many or fewer) named, when the question states no bound of its own.
 */
function ownYearsAsBound(q: string, plan: AnswerPlan): void {
  if (
    plan.intent !== 'years' ||
    plan.compare ||
    plan.yearsAtLeast !== undefined ||
    plan.yearsAtMost !== undefined
  )
    return;
  const m = OWN_YEARS_VOICE.exec(q);
  const said = m?.[1] ?? m?.[2];
  if (!said) return;
  plan.yearsAtMost = /decade/i.test(said) ? 10 : Number.parseInt(said, 10);
}

const ANY_LEVEL =
  /\b(?:any|every|all)\s+levels?\s+(?:is|are)\s+(?:fine|ok(?:ay)?|good|welcome)\b|(?:^|[,.;:!?(—–]\s*|\s-\s*)(?:(?:at\s+)?(?:any|all|every|whatever)\s+(?:levels?|seniorit(?:y|ies))|(?:any|all)\s+seniorit(?:y|ies))(?:\s+(?:tbh|really|honestly|actually|pls|please|too|as well|welcome|works|goes|ok(?:ay)?|fine|(?:is|are) fine|included|incl\.?|counted|considered))?\s*(?=[,.;:!?)—–]|\s-\s|$)|\bwhatever (?:the )?(?:level|seniority)\b|\b(?:at|of|on|from)\s+(?:any|every|all)\s+levels?\b|\bregardless of (?:the\s+)?(?:level|seniority)\b|\b(?:the\s+)?(?:level|seniority)\s+(?:doesn'?t|does not|don'?t) matter\b|\blevel\s*は\s*(?:何でも|なんでも)/i;

/**
 * "Staff-ish backend eng here, open to principal or EM. What pay do the listings based in
 * Switzerland post? Any level is fine.": a level named of the member is no filter once the question
 * says every level is asked (a level asked of a part, "…and which of them are lead roles?", is read
 * by thenLevel before).
 */
function anyLevel(q: string, plan: AnswerPlan): void {
  if (!plan.filters.level || !ANY_LEVEL.test(q)) return;
  delete plan.filters.level;
  delete plan.compare;
}

// A later part asking whether the listings use a skill ("…, and do any listings here even use PHP?",
// "? do lead roles want Kafka at all?").
const SKILL_USED_PART =
  /(?:\?|;|,?\s+and\b|\balso\b)\s*((?:(?:and|also|plus|oh)\s*,?\s+)?(?:do|does|are there|is there)\s+(?:any\s+|the\s+|many\s+)?(?:[\w-]+\s+){0,3}?(?:listings?|roles?|jobs?|postings?|companies|leads?)\b[^?]{0,40}?\b(?:use|uses|want|wants|ask for|asks for|need|needs|mention|mentions|require|requires)\b[^?]*)/i;

/**
 * "node/typescript lead roles in africa", "C# / .NET lead roles kitne hai?", "Java/Kotlin lead
 * roles": skills a slash joins name one stack, either of its names (as "or" does); "python AND
 * django" or "both" still asks for all of them.
 */
function slashedSkills(q: string, plan: AnswerPlan, deps: PlannerDeps): void {
  const skills = plan.filters.skills ?? [];
  const skillsIn = deps.skillsIn;
  if (plan.filters.skillsMode !== 'all' || skills.length < 2 || !skillsIn || ALL_SKILLS_ASKED.test(q)) return;
  const all = (text: string) => {
    const named = new Set(skillsIn(text));
    return skills.every((s) => named.has(s));
  };
  // ("python/django person. how many lead roles want python AND django?": joined by "and" too.)
  for (const m of q.matchAll(/[\w#.-]+(?:\s*(?:\band\b|\+|&)\s*[\w#.-]+)+/gi)) if (all(m[0])) return;
  for (const m of q.matchAll(/[\w#+.-]+(?:\s*\/\s*[\w#+.-]+)+/g))
    if (all(m[0].replace(/\//g, ' , '))) {
      plan.filters.skillsMode = 'any';
      return;
    }
}

/**
 * "I'm a PHP/Symfony senior. How do I move up to lead, and do any listings here even use PHP?": the
 * way up is the guide's, and the later part counts the listings naming the skill (none for PHP):
 * the skill is the selection that part asks about, answered after the way up.
 */
function skillAskedAfterCareer(q: string, plan: AnswerPlan, deps: PlannerDeps): void {
  if (plan.intent !== 'career_path' || plan.filters.skills?.length || !deps.skillsIn) return;
  const part = SKILL_USED_PART.exec(q);
  if (!part) return;
  const skills = deps.skillsIn(part[1]!);
  if (!skills.length) return;
  plan.filters.skills = skills;
  if (skills.length > 1) plan.filters.skillsMode = 'all';
  plan.also = [...(plan.also ?? []).filter((p) => p !== 'skill_frequency'), 'skill_frequency'];
}

// A place the question reaches past ("even outside the americas", "also beyond Europe", "not just
// in Germany"): every place is asked, that one included.
const BEYOND_PLACE =
  /\b(?:(?:even|also|incl(?:uding|\.)?)\s+(?:outside|beyond)(?:\s+of)?|not (?:just|only) (?:in|from))\s+((?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)/giu;

/**
 * "any job with a 4 day week?? even outside the americas, just curious": the place said is the one
 * the member reaches past, so no place selects (the place read from it is dropped); a place asked
 * besides ("in Europe, even outside the EU") stays.
 */
function beyondPlace(q: string, plan: AnswerPlan, deps: PlannerDeps): void {
  if (!plan.filters.place || !plan.place) return;
  const spans = [...q.matchAll(BEYOND_PLACE)];
  if (!spans.length) return;
  if (!spans.some((m) => namedPlace(m[1]!, deps.gazetteer))) return;
  // "lead roles in Germany, not just in Berlin?": the place asked besides is the filter.
  const asked = namedPlace(placeText(spans.reduce((text, m) => text.replace(m[0], ' '), q)), deps.gazetteer);
  if (asked) {
    if (plan.place.name.toLowerCase() === asked.name.toLowerCase()) return;
    plan.place = asked;
    plan.filters.place = asked.name;
    delete plan.places;
    delete plan.comparePlaces;
    return;
  }
  delete plan.filters.place;
  delete plan.place;
  delete plan.places;
  delete plan.comparePlaces;
}

// A level said only as a hedge ("a backend lead-ish role", "staff-ish roles"): about that level,
// not a level the listings must have.
const HEDGED_LEVEL = new RegExp(`\\b(?:${LEVEL_WORD})(?:-ish|ish)\\b`, 'gi');

/**
 * "Zurich vs Munich for a backend lead-ish role — what does the posted pay look like?": a level
 * named only with "-ish" is roughly that level, so every level's listings are read (their levels
 * shown); a level named outright besides ("lead-ish, ideally lead roles") stays the filter.
 */
function hedgedLevel(q: string, plan: AnswerPlan): void {
  if (!plan.filters.level) return;
  const rest = q.replace(HEDGED_LEVEL, ' ');
  if (rest === q || levelsNamed(rest).length) return;
  delete plan.filters.level;
  delete plan.compare;
}

/**
 * Where the member is, when it is the only place named, selects only when what is asked is about
 * roles there: the roles they could take ("I'm in Berlin, any lead jobs?", "which lead roles here
 * can i apply to?", "anything remote i could do from here?"). Asked about the market ("im in
 * nairobi, what do healthtech lead roles want?", "which lead roles sponsor visas? hyderabad based",
 * "leads all earn 300k right? my mate in the states says"), it is the member's situation, and so in
 * a question about their own way up ("I'm a senior Go dev in Lisbon … am I ready for a lead role?"),
 * unless the place is named again for the roles ("I live in Berlin; am I ready for lead roles in
 * Berlin?") or referred to ("i live in madrid. which lead roles here can i apply to?").
 */
function ownPlace(q: string, plan: AnswerPlan, deps: PlannerDeps): void {
  const place = onePlace(plan.filters);
  if (!place) return;
  const ownWay = plan.intent === 'readiness' || plan.intent === 'career_path';
  const named = q.match(new RegExp(`\\b${escapeRegExp(place)}\\b`, 'gi')) ?? [];
  const own = (ownWay && named.length === 1 && livesIn(q, place)) || whereaboutsOnly(q, deps.gazetteer);
  if (!own || plan.intent === 'list_companies' || ROLES_THERE.test(withoutWhereabouts(q))) return;
  // "living in Buenos Aires — which remote roles are open to me?": the remote roles a member there
  // can take (plan/open-to.ts), their country the place.
  if (plan.openTo && FOR_ME.test(q)) return;
  delete plan.filters.place;
  delete plan.place;
  delete plan.openTo;
}

// Roles where the member is, referred to ("from here", "what do lead roles pay here?", "near me",
// "local", "living in amsterdam. am i ready for the lead roles there?"), never the corpus ("any
// lead roles in here?", "on here", "which listings here post…").
const ROLES_THERE =
  /\b(?:near me|nearby|around me|local(?:ly)?|where i (?:am|live)|in my (?:city|town|area|country|region)|(?:roles?|jobs?|listings?|positions?|openings?|postings?|gigs?|ones|companies)\s+(?:over\s+|out\s+)?there)\b|(?<!\b(?:in|on|listings?|postings?|ads)\s+)\bhere\b(?!\s+(?:in|on)\s+(?:the\s+)?(?:corpus|server|channel|list|discord|data|bot)\b)/i;

/**
 * A level or place named beside a company of the corpus ("the lead role at Aldermoor", "is
 * Thornbury hiring a lead?", "Orrery's lead role in Edinburgh") narrows nothing when every listing
 * of that company is of that level or in that place: the company is the selection, and the words
 * only describe its listings. They stay filters when they narrow (some of its listings are of
 * another level or elsewhere) and when none of its listings fits (a premise the answer corrects).
 */
function companyScope(plan: AnswerPlan, company: string, deps: PlannerDeps): void {
  const filters = plan.filters;
  if (!filters.company || plan.compareCompanies) return;
  const own = listingsOf(company, deps.listings);
  if (!own.length) return;
  const described: NonNullable<AnswerPlan['companyDescribed']> = {};
  const level = oneLevel(filters);
  if (level && own.every((l) => l.level === level)) {
    described.level = level;
    delete filters.level;
  }
  // "the Windrow job — it's senior not lead right?": a level set aside that none of its listings
  // has only describes them too.
  if (filters.levelNot && own.every((l) => l.level !== filters.levelNot)) delete filters.levelNot;
  const place = plan.place;
  const placeSaid = onePlace(filters);
  if (placeSaid && place && !place.region && (place.city || place.country)) {
    const same = (a: string | null | undefined, b: string | undefined) =>
      Boolean(a && b && a.toLowerCase() === b.toLowerCase());
    const there = (l: (typeof own)[number]) =>
      (l.places ?? []).some((p) => (place.city ? same(p.city, place.city) : same(p.country, place.country)));
    if (own.every(there)) {
      described.place = placeSaid;
      delete filters.place;
      delete plan.place;
    }
  }
  if (described.level || described.place) plan.companyDescribed = described;
  // "gula (the node contract lead)", "the mistfjord lead (copenhagen/remote)": a kind of work every
  // listing of the company is describes them, as the level does.
  if (filters.employmentType && own.every((l) => l.employmentType === filters.employmentType))
    delete filters.employmentType;
  if (filters.workMode && own.every((l) => l.remote === filters.workMode)) delete filters.workMode;
  // "the Callowfield interview for the underwriting lead": an industry word that is a word of one of
  // the company's own titles ("Lead Backend Engineer – Underwriting") names that listing, not an
  // industry the company's listings are cut by.
  const industry = filters.industry && deps.industries.find((i) => i.id === filters.industry);
  if (industry) {
    const said = (word: string) =>
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'iu');
    const inTitle = [industry.id, ...industry.aliases].some(
      (a) => said(a).test(plan.question) && own.some((l) => said(a).test(l.title)),
    );
    if (inTitle) delete filters.industry;
  }
}

/**
 * Pay or counts compared across places ("Switzerland vs Germany", "Germany or the Netherlands"):
 * one side per place, the first named staying the place filter (as the first level named does),
 * except for pay, whose sides are every place compared.
 */
function sidesByPlace(q: string, plan: AnswerPlan, deps: PlannerDeps): void {
  if (plan.comparePlaces || plan.compare || plan.compareModes || plan.compareSkills || plan.compareIndustries)
    return;
  // "how many lead jobs in Germany or the Netherlands?": a count per place, not what they ask for.
  const counted =
    plan.intent === 'requirements' && /\b(?:how many|number of|count)\b/i.test(q) && !plan.filters.skills;
  // "how do lead listings in berlin and munich differ?", "stack: uk vs netherlands": what each asks for.
  const contrasted =
    !counted &&
    (plan.intent === 'requirements' || plan.intent === 'top_skills') &&
    !plan.filters.skills &&
    plan.top === undefined &&
    PLACES_CONTRASTED.test(q);
  if (plan.intent !== 'pay' && plan.intent !== 'list_companies' && !counted && !contrasted) return;
  const places = placesCompared(q, deps.gazetteer, plan.exclude?.places);
  // Industries side by side, the industry filter staying the one the planner read.
  const industries = places.length < 2 ? industriesCompared(q, deps, plan.exclude?.industries) : [];
  if (places.length < 2 && industries.length < 2) return;
  if (counted) {
    plan.intent = 'list_companies';
    plan.measure = `listings counted per ${places.length >= 2 ? 'place' : 'industry'} compared`;
  }
  if (industries.length >= 2) {
    plan.compareIndustries = industries;
    return;
  }
  if (contrasted) {
    if (places.length < 2) return;
    plan.intent = 'requirements';
    plan.measure = 'skills asked per place compared';
  }
  plan.comparePlaces = places;
  plan.place = places[0]!;
  // Pay per place ("Zurich vs Munich: what does the posted pay look like in each?"): each side is
  // one place's, and the selection is every place compared (each side sets its own place). So too
  // listings counted per place ("how many listings sit in the UK vs Ireland vs the Netherlands?"):
  // all of them, then each place's.
  if (plan.intent === 'list_companies') plan.places = places;
  plan.filters.place =
    plan.intent === 'pay' || plan.intent === 'list_companies' ? places.map((p) => p.name) : places[0]!.name;
}

// Sides asked to be set against each other, not offered ("compare", "which pays more", "the
// difference", "better").
const SIDES_COMPARED =
  /\b(?:compar\w*|vs\.?|versus|differ\w*|better|worse|more|less|higher|lower|gap|side by side)\b/i;

// Places set against each other, not joined as one selection ("differ", "vs", "compared to").
const PLACES_CONTRASTED = /\b(?:vs\.?|versus|v|compar\w*|differ\w*|difference|against|between|contrast)\b/i;

// The member weighing options of their own ("thinking of Toronto vs …", "torn between …").
const DELIBERATING =
  /^\s*(?:(?:i'?m|im|i am|been|we'?re)\s+)?(?:thinking (?:of|about)|considering|weighing(?: up)?|deciding between|torn between|choosing between|debating)\b/i;

// The word that sets two sides against each other ("london vs remote uk", "remote uk or london",
// "berlin on-site compared with remote").
const SIDE_WORD = /\s(?:vs\.?|versus|v|compared (?:to|with)|against|or)\s/i;

/**
 * "lead pay: london vs remote uk?": two sides, each a place, a work mode or both, are one selection
 * each (its own N and figures), never London and remote intersected. The first side stays the
 * filter, as the first place or level named does; a place said outside the sides ("in the uk:
 * london vs remote?") is each side's unless the side names its own. Sides that are places only
 * ("Berlin vs London") or modes only ("remote or on-site") are read by sidesByPlace and the pay
 * decision.
 */
function sidesByPlaceAndMode(q: string, plan: AnswerPlan, deps: PlannerDeps): void {
  if (plan.intent !== 'pay' || plan.compare || plan.compareSkills || plan.compareIndustries) return;
  const m = SIDE_WORD.exec(q);
  if (!m) return;
  const before = q.slice(0, m.index);
  const after = q.slice(m.index + m[0].length);
  // Each side is the clause next to the word: back to the last stop or colon, on to the next.
  const left = before.split(/[:;,?!.(—–]|\s-\s/).pop() ?? '';
  const right = after.split(/[:;,?!.)—–]|\s-\s/)[0] ?? '';
  const modeOf = (text: string) => {
    const modes = MODE_WORDS.filter(([, re]) => re.test(text));
    return modes.length === 1 ? modes[0]![0] : undefined;
  };
  const sideOf = (text: string) => ({
    place: namedPlace(placeText(text), deps.gazetteer),
    workMode: modeOf(text),
  });
  const a = sideOf(left);
  const b = sideOf(right);
  // A place and a mode among the sides, each side naming one of them, and the sides different.
  if (!(a.workMode || b.workMode) || !(a.place || b.place)) return;
  if (!(a.place || a.workMode) || !(b.place || b.workMode)) return;
  if (a.workMode === b.workMode && a.place?.name === b.place?.name) return;
  const outside = namedPlace(
    placeText(before.slice(0, before.length - left.length) + ' ' + after.slice(right.length)),
    deps.gazetteer,
  );
  // "what do lead roles in Canada pay? thinking of Toronto vs staying remote for a US company": the
  // member's own options, weighed after the question; the place asked is the one outside them.
  if (outside && DELIBERATING.test(left)) return;
  // "canada folks: what do lead roles pay in CAD? toronto or remote": a town of the country asked
  // or remote, offered as where the member would work, is that country asked (planQuestion read it
  // so), not two sides; compared ("toronto vs remote", "which pays more, toronto or remote?") they
  // are sides.
  if (
    /^\s*or\s*$/i.test(m[0]) &&
    !SIDES_COMPARED.test(q) &&
    plan.place?.country &&
    !plan.place.city &&
    [a, b].every(
      (side) =>
        (!side.place || placeWithin(side.place, plan.place!, deps.gazetteer)) &&
        (!side.workMode || side.workMode === 'remote'),
    )
  ) {
    // (Remote offered beside a town is no mode every listing must have.)
    if (plan.filters.workMode === 'remote' && !/\bremote\b/i.test(q.replace(m[0] + right, ' ')))
      delete plan.filters.workMode;
    return;
  }
  // "remote vs onsite lead pay in the US": two modes, the place said once at the end, for both.
  // A place on the first side ("hybrid in amsterdam or fully remote?"), one right after the second
  // mode ("remote vs on-site in london") or a side said to be "anywhere" stays that side's.
  const shared =
    a.workMode &&
    b.workMode &&
    !a.place &&
    b.place &&
    !/^\s*(?:fully |100% )?(?:remote|hybrid|on-?site|in[- ]office|office)\s+(?:(?:roles?|jobs?)\s+)?(?:in|at|from)\b/i.test(
      right,
    ) &&
    !/\b(?:anywhere|worldwide|global(?:ly)?|elsewhere)\b/i.test(`${left} ${right}`)
      ? b.place
      : undefined;
  const sides = [a, b].map((side) => {
    const place = side.place ?? shared ?? outside;
    return { ...(place ? { place } : {}), ...(side.workMode ? { workMode: side.workMode } : {}) };
  });
  plan.compareSides = sides;
  delete plan.comparePlaces;
  delete plan.compareModes;
  const first = sides[0]!;
  if (first.place) {
    plan.place = first.place;
    plan.filters.place = first.place.name;
  } else {
    delete plan.place;
    delete plan.filters.place;
  }
  if (first.workMode) plan.filters.workMode = first.workMode;
  else delete plan.filters.workMode;
}

/**
 * "how do lead listings compare with staff listings — years asked and USD pay?": levels set side by
 * side on more than one measure are the levels compared, each level with every figure asked (its
 * years and its posted pay), not a pay table with the years left to a later part. One measure
 * compared ("which pays more, lead or staff?") stays that measure's answer.
 */
function levelsOnTwoMeasures(q: string, plan: AnswerPlan): void {
  if ((plan.compare?.length ?? 0) < 2 || (plan.intent !== 'pay' && plan.intent !== 'years')) return;
  // "USD per year" is a pay period, not the years asked.
  if (!PAY.test(q) || !YEARS_WORD.test(q.replace(/\b(?:per|a|an|each|every)\s+(?:year|yr)\b/gi, ' '))) return;
  plan.intent = 'level_compare';
  plan.measure = 'levels side by side: years, posted pay, people management, mentoring, design';
  delete plan.filters.level;
  if (plan.also) plan.also = plan.also.filter((p) => p !== 'pay' && p !== 'years');
  if (!plan.also?.length) delete plan.also;
}
const YEARS_WORD = /\b(?:years?|yrs|yoe|experience)\b/i;

// The remote roles said to be tied to a place ("require US residency", "only hire US citizens",
// "are all US-only", "restricted to EU residents"), as a premise ("why do all…", "only", "always").
// ("…for lead roles in Europe only" is a scope asked, not a claim: "-only" is hyphenated.)
const TIED_TO_PLACE =
  /\b(?:require[sd]?|requiring|need(?:s|ed)?|want(?:s|ed)?|ask(?:s|ing)? for|demand(?:s|ed)?|insist on|only (?:hire|hires|hiring|take|takes|accept|accepts|want|wants)|restricted to|limited to|locked to)\b[^?.]{0,30}?\b(?:residen\w*|citizen\w*|nationals?|based|located|living|work (?:authori[sz]ation|permits?|visas?)|right to work|green cards?|passports?)\b|\b[\p{L}.]+-only\b/iu;
const PREMISE_OF_ALL =
  /\bwhy (?:do|does|are|is|must)\b|\b(?:all|every|always|only|none|nothing (?:for|outside|open))\b/i;

/**
 * "why do all the remote lead jobs require US residency?? feels like there's nothing for us outside":
 * the place is what the member claims of the remote roles, not where to look; the remote roles are
 * answered with where they can be done from, the claim checked against them.
 */
function remoteScopeClaim(q: string, plan: AnswerPlan): void {
  // (The split asked of them, "is it true every remote lead job…", drops the mode: it is the remote ones.)
  const remote =
    plan.filters.workMode === 'remote' ||
    (plan.intent === 'work_mode' && !plan.filters.workMode && /\bremote(?:ly)?\b/i.test(q));
  if (!remote || !plan.place || plan.filters.company) return;
  const place = plan.place;
  const tied = TIED_TO_PLACE.exec(q);
  if (!tied || !PREMISE_OF_ALL.test(q)) return;
  // The place is named in the claim ("US residency", "US-only", "EU citizens").
  const near = q.slice(Math.max(0, tied.index - 30), tied.index + tied[0].length + 20);
  if (!new RegExp(`\\b${escapeRegExp(place.name)}\\b`, 'i').test(near)) return;
  plan.intent = 'work_mode';
  plan.measure = 'where the remote listings can be done from, against the place claimed';
  plan.scopeClaim = place;
  plan.filters.workMode = 'remote';
  delete plan.filters.place;
  delete plan.place;
  delete plan.also;
}

// A work mode said of the roles, per mode: "WFH", "5 days in office", "hybrid".
const MODE_SAID: Array<['remote' | 'hybrid' | 'onsite', RegExp]> = [
  ['remote', /\b(?:remote|wfh|work(?:ing)? from home|home[- ]?office)\b/i],
  ['hybrid', /\bhybrid\b/i],
  [
    'onsite',
    /\b(?:on-?site|in[- ]office|office[- ]based|(?:5|five|full[- ]time)(?: days)?(?: a week)? in(?: the)?(?: an?)? office)\b/i,
  ],
];
// "all the india lead roles are WFH right?", "are all the london lead roles 5 days in office?",
// "every lead job in Berlin is hybrid, isn't it?": a claim about every listing selected.
const ALL_CLAIMED = /\b(?:all|every|always)\b/i;
// Asking for a count or a list is no claim ("how many of all the lead roles are remote?").
const NOT_A_CLAIM = /\b(?:which|how many|what share|what percent(?:age)?|how much|list)\b/i;
// "any lead gigs w/ a NYC office that arent 5 days in office": the listings not in that mode.
const MODE_NOT = /\b(?:aren['’]?t|are not|isn['’]?t|not)\s+(?:(?:fully|all|totally|really|100%)\s+)?$/i;

/**
 * A work mode claimed of every listing selected, or the listings not in a mode asked for: checked
 * against the split ("No: none of the 4 is remote; 2 hybrid, 2 on-site"), never applied as a filter,
 * so the listings that would contradict it are counted and named.
 */
function workModeClaim(q: string, plan: AnswerPlan): void {
  if (plan.scopeClaim || plan.filters.company || (plan.compare?.length ?? 0) > 1) return;
  const said = MODE_SAID.map(([mode, re]) => ({ mode, m: re.exec(q) })).filter((x) => x.m);
  if (said.length !== 1) return;
  const { mode, m } = said[0]!;
  const not = MODE_NOT.test(q.slice(0, m!.index));
  // The listings not in a mode, asked with nothing else to measure ("NYC lead roles that are not
  // on-site?"), are the work-mode question whatever the listing words made of it.
  const bare = !plan.filters.skills?.length && !plan.filters.industry && !plan.term && !plan.also?.length;
  const kind =
    plan.intent === 'work_mode' || (not && bare && ['list_companies', 'requirements'].includes(plan.intent));
  if (!kind) return;
  if (!not && (!ALL_CLAIMED.test(q) || NOT_A_CLAIM.test(q))) return;
  plan.intent = 'work_mode';
  plan.modeClaim = { mode, ...(not ? { not } : {}) };
  delete plan.filters.workMode;
}

// Another level a later part sets the level asked against ("…and do they ask for more years than
// lead?", "…how does that compare with senior?").
const AGAINST_LEVEL = new RegExp(
  `\\b(?:more|fewer|less|higher|lower|longer|shorter|bigger|smaller|stricter|tougher)\\b[^?.;]{0,30}?\\bthan\\s+(?:for\\s+|in\\s+|at\\s+)?(?:an?\\s+|the\\s+)?(${LEVEL_WORD})s?\\b|\\b(?:vs\\.?|versus|compared? (?:to|with)|against)\\s+(?:an?\\s+|the\\s+)?(${LEVEL_WORD})s?\\b`,
  'i',
);

/**
 * "how many engineering manager listings are there, how are they split remote/hybrid/onsite, and do
 * they ask for more years than lead?": a level's listings asked on several measures, one of them set
 * against another level in a later part, are the two levels side by side (counts and years per
 * level), the other measures asked answered for both (each level's work-mode split), not the first
 * level alone with the comparison left unanswered.
 */
function levelSetAgainstInAPart(q: string, plan: AnswerPlan): void {
  const level = oneLevel(plan.filters);
  if (!level || plan.compare) return;
  if (!['work_mode', 'years', 'list_companies', 'requirements'].includes(plan.intent)) return;
  const m = AGAINST_LEVEL.exec(q);
  const other = m ? levelOf(m[1] ?? m[2]!) : undefined;
  if (!m || !other || other === level) return;
  // Set against in a later part: the first part asks about the one level.
  const first = questionParts(q)[0] ?? q;
  if (first.length >= m.index + m[0].length) return;
  // One measure ("the remote/hybrid split for senior roles, and is it more remote than lead?"):
  // that measure for each level, side by side.
  if (!plan.also?.length) {
    if (plan.intent !== 'work_mode') return;
    plan.compare = [level, other];
    plan.filters.level = [level, other];
    return;
  }
  const parts = [
    ...new Set([...(plan.intent === 'work_mode' ? ['work_mode' as const] : []), ...plan.also]),
  ].filter((p) => p !== 'years' && p !== 'level_compare');
  plan.intent = 'level_compare';
  plan.measure = 'levels side by side: listings, years, people management, mentoring, design';
  plan.compare = [level, other];
  delete plan.filters.level;
  if (parts.length) plan.also = parts;
  else delete plan.also;
}

// "top 5", "the five most requested", "3 most common technologies": compiled once, not per question.
const TOP_NUMBER = `(\\d{1,2}|${Object.keys(SPELLED_NUMBERS).join('|')})`;
const TOP_COUNT = [
  new RegExp(`\\btop[- ]${TOP_NUMBER}\\b`, 'i'),
  new RegExp(`\\b${TOP_NUMBER}\\s+(?:most|main|biggest|key|top|commonest|hottest|leading)\\b`, 'i'),
  new RegExp(
    `\\b${TOP_NUMBER}\\s+(?:[\\w-]+\\s+)?(?:skills|technologies|techs|tools|languages|databases|requirements)\\b(?![^?]{0,20}\\b(?:years?|yrs)\\b)`,
    'i',
  ),
];

/**
 * How many a top-skills question asks for ("top 5 skills", "the five most requested", "3 most
 * common technologies", "top three"): a number from 1 to 25, or none.
 */
export function topCount(q: string): number | undefined {
  for (const re of TOP_COUNT) {
    const m = re.exec(q);
    if (!m) continue;
    const n = SPELLED_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
    return n >= 1 && n <= 25 ? n : undefined;
  }
  return undefined;
}

/**
 * "How many lead roles want Haskell?" when no listing asks for it and no guide names it: outside
 * what the corpus covers, said plainly (a skill some other level asks for stays counted).
 */
function unnamedSkillsAsked(q: string, plan: AnswerPlan, deps: PlannerDeps, own: string[]): void {
  const skills = plan.filters.skills ?? [];
  if (!deps.skillNamed || !skills.length) return;
  if (skills.some((skill) => deps.skillNamed!(skill))) return;
  // "any lead roles for PHP devs?": the roles asked for by a skill none names are outside the
  // corpus too; the skill stays the filter as asked. Counted ("how many want Haskell?"), it is
  // the topic, no filter.
  const counted = plan.intent === 'skill_frequency' || plan.intent === 'skill_compare';
  if (!counted && !SELECTED_BY_SKILL.has(plan.intent)) return;
  // "do any lead roles ask for PHP?": asked yes or no, the zero itself answers it (0 of 90).
  if (counted && /^\W*(?:do|does|are|is|will)\s+(?:there\s+)?(?:any|some)\b/i.test(q)) return;
  plan.intent = 'out_of_scope';
  plan.measure = 'a skill no listing or guide names';
  // The member's own skills no listing names either ("laravel background") are said with them.
  plan.unnamedSkills = [...skills, ...own.filter((s) => !skills.includes(s) && !deps.skillNamed!(s))];
  if (!counted) return;
  delete plan.filters.skills;
  delete plan.filters.skillsMode;
}
// Intents that select listings by the skills named (a list, pay, years, work mode, requirements).
const SELECTED_BY_SKILL = new Set([
  'list_companies',
  'requirements',
  'pay',
  'years',
  'work_mode',
  'top_skills',
]);
