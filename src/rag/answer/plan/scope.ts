import {
  ALL_SKILLS_ASKED,
  escapeRegExp,
  INVESTMENT_ADVICE,
  LEADERSHIP_PRACTICES,
  levelOf,
  levelsNamed,
  OFF_TOPIC_HINTS,
  OWN_LEVEL,
  PRACTICE_IN_THE_JOB,
} from './cues.js';
import { termsAsked } from './filters.js';
import type { Readiness, Topic } from './intent.js';
import { contextOnlySkills } from './member-context.js';
import { type AnswerFilters, type AnswerPlan, oneLevel, onePlace, type PlannerDeps } from './types.js';

/**
 * Skills: a filter in aggregate intents; what is measured in skill questions; the member's own in
 * readiness; in descriptive answers and about one company or listing, a topic, not a filter.
 */
export function placeSkills(
  q: string,
  plan: AnswerPlan,
  skills: string[],
  readiness: Readiness | undefined,
): void {
  const filters = plan.filters;
  const readinessTarget = readiness?.target;
  const readinessOwn = readiness?.own ?? [];
  const skillsAreFilters =
    !['readiness', 'interview', 'duties', 'career_path', 'level_compare', 'company', 'listing'].includes(
      plan.intent,
    ) && !plan.fitFor;
  // Listings ranked for the member: the skills they name are theirs, what the ranking weighs.
  if (plan.fitFor && skills.length) plan.haveSkills = skills;
  if (plan.intent === 'readiness' && skills.length) {
    plan.haveSkills = (readinessTarget ? readinessOwn : skills).filter((s) => !plan.lackSkills?.includes(s));
    if (!plan.haveSkills.length) delete plan.haveSkills;
    if (readinessTarget) filters.skills = readinessTarget;
    if (readinessTarget && readinessTarget.length > 1) filters.skillsMode = 'all';
  }
  // "how many lead listings put hiring in the job?": the practice counted as a duty selects the
  // listings naming it (the duties answer is over them).
  const practices =
    plan.intent === 'duties' && PRACTICE_IN_THE_JOB.test(q)
      ? skills.filter((s) => LEADERSHIP_PRACTICES.has(s))
      : [];
  if (practices.length) {
    filters.skills = practices;
    if (practices.length > 1) filters.skillsMode = 'all';
  }
  if (skills.length && skillsAreFilters) {
    filters.skills = skills;
    // "Go or Rust", "rust jobs pay more than go jobs": either one, not both at once.
    const any =
      (/\b(?:or|either|any of)\b/i.test(q) &&
        !/\band\b/i.test(q.replace(/\b(?:and|or) (?:remote|hybrid)\b/gi, ''))) ||
      /\b(?:than|vs\.?|versus|compared? (?:to|with))\b/i.test(q) ||
      // "how many ask for mentoring, and how many for incident management?": each counted on its own.
      /\bhow many\b[^?]*\bhow many\b/i.test(q);
    if (skills.length > 1)
      filters.skillsMode =
        !ALL_SKILLS_ASKED.test(q) && (any || plan.intent === 'skill_compare') ? 'any' : 'all';
  }
}

/**
 * The filters that stay once the intent is known: out of scope keeps only what it may speak to,
 * one listing is its own selection, and what is asked about one company or listing is no filter.
 */
export function scopeFilters(
  q: string,
  plan: AnswerPlan,
  skills: string[],
  topic: Topic,
  listings: PlannerDeps['listings'] = [],
): void {
  const filters = plan.filters;
  const lower = q.toLowerCase();
  const { onTopic, askedAboutCompany } = topic;
  // Out of scope: nothing is counted, but the filters the question states stay stated (its skills
  // are the topic the one snapshot can speak to).
  if (plan.intent === 'out_of_scope' && skills.length) plan.topicSkills = skills;
  // A question off the topic of jobs altogether ("best pizza in rome") states no job filter.
  // Investment advice about a company ("buy velloria stock before they ipo?") keeps that company:
  // the answer says plainly what its listing does and does not say.
  const keep = INVESTMENT_ADVICE.test(q) ? 'company' : undefined;
  if (plan.intent === 'out_of_scope' && ((!onTopic && !askedAboutCompany) || OFF_TOPIC_HINTS.test(q)))
    for (const key of Object.keys(filters) as Array<keyof AnswerFilters>)
      if (key !== keep) delete filters[key];
  // One listing is its own selection: only the company it was named by stays (as asked; a listing
  // named by its id names no company).
  // A place said of it that is not where it is ("the Gildcart role in Berlin" for a New York role)
  // stays stated: a premise the answer corrects, not a filter quietly dropped. Where it is, the
  // place adds nothing to the one listing and goes.
  const misplaced = plan.intent === 'listing' ? placeContradicted(q, plan, listings) : undefined;
  // So is one listing a member measures themselves against ("… ready for the calderwick lead role?").
  if (plan.intent === 'listing' || (plan.intent === 'readiness' && plan.listingId)) {
    // "tell me about the vantreo lead role": a level said of the one listing, its own, describes it
    // (as a level said of a company whose listings all have it: plan/index.ts companyScope).
    const level = oneLevel(filters);
    if (level && listings.some((l) => l.id === plan.listingId && l.level === level))
      plan.companyDescribed = { ...plan.companyDescribed, level };
    for (const key of Object.keys(filters) as Array<keyof AnswerFilters>)
      if (key !== 'company' || lower.includes(plan.listingId ?? '\u0000')) delete filters[key];
  }
  // What is asked about one company or listing is no filter on it: "is it onsite", "remote from
  // krakow", "b2b or contract", "paid in euros".
  if (plan.intent === 'company' || plan.intent === 'listing') {
    // Its aspects answer "…and is it remote?" from its own listing.
    delete plan.also;
    const asked = new Set(plan.aspects ?? []);
    if (asked.has('work_mode')) {
      delete filters.workMode;
      delete filters.place;
    }
    if (asked.has('employment')) delete filters.employmentType;
    if (asked.has('pay')) delete filters.currency;
    if (misplaced) filters.place = misplaced;
  }
  if (plan.intent === 'job_terms') {
    // "do any companies offer private health insurance": a benefit, not the insurance industry.
    if (
      plan.term === 'benefits' &&
      filters.industry === 'insurance' &&
      /\b(?:health|medical|dental|life|travel|private|disability) insurance\b/i.test(q) &&
      !/\binsur(?:ance|ers?|tech)\b/i.test(
        q.replace(/\b(?:health|medical|dental|life|travel|private|disability) insurance\b/gi, ' '),
      )
    )
      delete filters.industry;
    // "any contract lead gigs? what are they like": the term is what the answer tells of the lead
    // roles. Its rates asked ("contract lead gigs paid in EUR per day, what day rates…?", "anything
    // paying hourly in USD? contractor here"): the contract roles are the selection whose rates are
    // counted, as in "what day rates do contract lead roles pay?".
    // So are the contract roles looked for ("any freelance lead gigs out there?", "list the contract
    // lead listings"): the contract roles, each named. How common contract work is ("how many lead
    // roles are contract?", "contract or permanent?") is the share, over every role.
    if (
      plan.term === 'contract' &&
      filters.employmentType === 'contract' &&
      (CONTRACT_SHARE_ASKED.test(q) || !(CONTRACT_RATES_ASKED.test(q) || CONTRACT_ROLES_SOUGHT.test(q)))
    )
      delete filters.employmentType;
    // "a 4/5 contract", "a 32-hour contract": the agreement of a four-day week, no contract work.
    if (
      plan.term === 'four-day week' &&
      filters.employmentType === 'contract' &&
      !termsAsked(q.replace(ARRANGEMENT_CONTRACT, ' ')).includes('contract')
    )
      delete filters.employmentType;
    // "any four-day week or part-time hours?": part-time is asked about, not a filter.
    if (termsAsked(q).includes('part-time') && filters.employmentType === 'part-time')
      delete filters.employmentType;
  }
}

// A contract's rates asked: per day or per hour ("day rates", "paid … per day", "paying hourly").
const CONTRACT_RATES_ASKED =
  /\b(?:day|daily|hourly|hour)[- ]rates?\b|\b(?:per|a|an|by the)\s+(?:day|hour|hr)\b|\b(?:paying|paid|pays|billing|billed)\s+(?:\w+\s+){0,3}?(?:hourly|daily|by the (?:hour|day))\b/i;

// The contract roles looked for or listed ("any freelance lead gigs?", "list the contract lead
// listings", "looking for contract work as a lead").
const CONTRACT_ROLES_SOUGHT =
  /^\W*(?:(?:hi|hey|yo|ok|so)\W+)?(?:any|are there any|list|show me|which|looking for|searching for|i'?m looking for|im looking for)\b/i;
// How common contract work is, asked ("how many … are contract", "what share", "contract or perm").
const CONTRACT_SHARE_ASKED =
  /\b(?:how many|how common|how often|what share|what percent\w*|percentage|proportion|share of|split|ratio|mostly)\b|\b(?:vs\.?|versus|or)\s+(?:perm\w*|full[- ]time|salaried|employ\w*)\b|\b(?:perm\w*|full[- ]time|salaried)\s+(?:vs\.?|versus|or)\b/i;

// An arrangement's own agreement ("a 4/5 contract", "a four-day contract", "a 32h contract").
const ARRANGEMENT_CONTRACT =
  /\b(?:4\/5|four[- ]fifths?|four[- ]day|4[- ]day|32[- ]?(?:hours?|hrs?|h))(?:[- ]week)?\s+contracts?\b/gi;

/** The place named with one listing, when the listing is known to be elsewhere (city or country). */
function placeContradicted(
  q: string,
  plan: AnswerPlan,
  listings: PlannerDeps['listings'],
): string | undefined {
  const named = plan.place;
  const places = listings.find((l) => l.id === plan.listingId)?.places;
  const said = onePlace(plan.filters);
  if (!named || !said || !places?.length || named.region) return undefined;
  // Said of the listing ("the … role in Berlin", "their Berlin job"), not where the member is
  // ("can i do it from krakow", "I'm in Vietnam").
  const place = escapeRegExp(said);
  const ofListing = new RegExp(
    `\\b(?:role|job|position|opening|listing|posting|one|gig|vacancy|team|office)\\s+(?:(?:is|that'?s|which is)\\s+)?(?:in|at|based in|out of)\\s+(?:the\\s+)?${place}\\b|\\b${place}(?:-based)?\\s+(?:[\\w-]+\\s+){0,3}?(?:role|job|position|opening|listing|posting|one|gig|vacancy)\\b`,
    'i',
  );
  if (!ofListing.test(q)) return undefined;
  const same = (a: string | null | undefined, b: string | null | undefined) =>
    a !== undefined && a !== null && b !== undefined && b !== null && a.toLowerCase() === b.toLowerCase();
  const there = places.some((p) => (named.city ? same(p.city, named.city) : same(p.country, named.country)));
  return there ? undefined : said;
}

// Intents answered from the guides' passages: a level that only describes the asker is no selection.
// (Duties are the own level's: "she just became a lead, what does she do in an incident?" asks a
// lead's duties, so the level stays.)
const DESCRIPTIVE = new Set(['career_path', 'interview', 'job_terms']);

/**
 * "my mentee just became a lead. what should she do during an incident?", "can she go back to being
 * a lead later?", "she got a lead offer with stock options": the level said only of the asker's (or
 * mentee's) own situation filters nothing in a descriptive answer.
 * A level named again for the roles ("… and what do lead roles ask for?") stays the filter.
 */
export function ownLevelOnly(q: string, plan: AnswerPlan): void {
  const level = oneLevel(plan.filters);
  if (!level || !DESCRIPTIVE.has(plan.intent)) return;
  const own = [...q.matchAll(OWN_LEVEL)].map((m) => levelOf(m.slice(1).find(Boolean)!));
  if (!own.includes(level) || levelsNamed(q.replace(OWN_LEVEL, ' ')).includes(level)) return;
  delete plan.filters.level;
}

/**
 * "coming from a plain java shop, what do fintech lead roles ask for?", "i've done a lot of MQTT":
 * the skills named only in the member's own context (plan/member-context.ts). They are theirs, not a
 * filter on the roles asked about; readiness and career answers take them back as the member's own.
 */
export function pastSkills(q: string, skills: string[], deps: PlannerDeps): string[] {
  const past = contextOnlySkills(q, skills, deps.skillsIn);
  if (!deps.skillsIn) return past;
  // The member's own stack said in a way the context spans do not read ("i do go + kafka mostly",
  // "tengo 7 años con go y postgres"): theirs too, unless named again for the roles.
  const spans = ownStackSpans(q);
  if (!spans.length) return past;
  const said = new Set(spans.flatMap((span) => deps.skillsIn!(span)));
  const rest = OWN_STACK_SAID.reduce((text, re) => text.replace(re, ' '), q);
  const asked = new Set(deps.skillsIn(rest));
  return [...past, ...skills.filter((s) => said.has(s) && !asked.has(s) && !past.includes(s))];
}

/** The spans where the member says their own stack in ways OWN_STACK_SAID reads. */
export function ownStackSpans(q: string): string[] {
  return OWN_STACK_SAID.flatMap((re) => [...q.matchAll(re)].map((m) => m[0].trim()));
}

// The member's stack, said as what they do day to day or the years they have with it, in English or
// their own language.
const OWN_STACK_SAID: RegExp[] = [
  /\b(?:i|she|he|my mentee)\s+(?:mostly |mainly |usually |only |just )?(?:do|does)\s+(?!(?:not|n'?t|need|want|have|think|know|like|feel|wonder|get|see|care|agree|mind|that|this|it|what|a lot|some|any|the)\b)[\w#+./-]+(?:\s*(?:\+|&|\/|,|and)\s*[\w#+./-]+){0,3}(?:\s+(?:mostly|mainly|day to day|at work|these days))?/gi,
  /\b(?:tengo|tenho|mam|(?:ich )?hab(?:e)?|j'ai)\s+\d{1,2}\+?\s*(?:a[ñn]os|lat|jahre|ans)\s+(?:de\s+|con\s+|com\s+|en\s+|em\s+|mit\s+|w\s+|d')?(?:(?!,\s*(?:what|which|how|where|qu[eé]|cu[aá]nt\p{L}*|c[oó]mo|d[oó]nde|quais|qual|quanto\p{L}*|ile|jakie|gdzie|wie|was|welche|wo|combien|quel\p{L}*)\b)[^.?!;¿¡]){1,40}/giu,
  // "I'm in Austin w/ 9 yrs of golang", "with 7 years of Kotlin", "mentee has 6 years in node", "8 yrs
  // python here": the years the member (or one they speak for) spent on their stack.
  /(?:\b(?<!\b(?:that|which|who|roles?|listings?|jobs?|postings?|ones?)\s+)(?:with|has|have|'ve got|ive got|'ve had|got|having)|(?<!\S)w\/)\s*(?:almost |about |around |over |nearly |roughly |~)?\d{1,2}\+?\s*(?:years?|yrs?|yoe)\s+(?:of\s+(?:exp\w*\s+(?:in|with)\s+)?|in\s+|with\s+|doing\s+|exp\w*\s+(?:in|with)\s+)[\w#+./-]+(?:\s*(?:\+|&|\/|,|and)\s*[\w#+./-]+){0,3}/gi,
  /\b\d{1,2}\+?\s*(?:years?|yrs?|yoe)\s+(?:of\s+)?[\w#+./-]+(?:\s*(?:\+|&|\/)\s*[\w#+./-]+){0,2}\s+here\b/gi,
  /\b(?:trabajo|trabalho|pracuj[eę]|arbeite|je travaille)\s+(?:con|com|z|mit|avec)\s+[^.?!;]{1,40}/giu,
  // The stack in the member's own language ("mi stack es java y go", "meu stack é node", "mój stack
  // to go", "mein Stack ist Java", "mon stack c'est java").
  /\b(?:mi|meu|minha|mój|moj|moja|mein|meine|mon|ma)\s+(?:stack|skills?|tech stack|experiencia|experiência|doświadczenie|erfahrung|expérience)\s+(?:es|era|é|to|było|ist|war|est|c'est|était)\s+(?!(?:que|dass|że)\b)(?:(?!,\s*(?:what|which|how|where|qu[eé]|cu[aá]nt\p{L}*|c[oó]mo|d[oó]nde|quais|qual|quanto\p{L}*|ile|jakie|gdzie|wie|was|welche|wo|combien|quel\p{L}*|o[uù])\b)[^.?!;¿¡]){1,40}/giu,
];

// A skill set aside as known: "besides kubernetes", "apart from java", "other than go", "on top of
// terraform", "in addition to AWS".
const BESIDES_SKILL =
  /\b(?:besides|beside|apart from|aside from|other than|on top of|in addition to|except(?: for)?|beyond)\s+((?:the\s+)?[\w.+#/-]+(?:\s+[\w.+#/-]+)?)/gi;

/**
 * "What do lead roles in the nordics ask for besides kubernetes?": the skill named after "besides"
 * is what the member already knows, not the listings asked about; it is no filter, and the
 * requirements answer lists the rest (`besides`). Only for the requirements and top skills asked.
 */
export function besidesSkills(q: string, plan: AnswerPlan, skillsIn?: (text: string) => string[]): void {
  if (
    (plan.intent !== 'requirements' && plan.intent !== 'top_skills') ||
    !plan.filters.skills?.length ||
    !skillsIn
  )
    return;
  const phrases = [...q.matchAll(BESIDES_SKILL)];
  if (!phrases.length) return;
  const aside = new Set<string>();
  // Named again outside the phrase ("what do rust leads need other than rust?"), it is the roles
  // asked about too, and stays the filter.
  const elsewhere = new Set(skillsIn(q.replace(BESIDES_SKILL, ' ')));
  for (const m of phrases)
    for (const s of skillsIn(m[1]!)) if (plan.filters.skills.includes(s) && !elsewhere.has(s)) aside.add(s);
  if (!aside.size) return;
  plan.besides = [...aside];
  const kept = plan.filters.skills.filter((s) => !aside.has(s));
  if (kept.length) plan.filters.skills = kept;
  else {
    delete plan.filters.skills;
    delete plan.filters.skillsMode;
  }
  if (kept.length < 2) delete plan.filters.skillsMode;
}
