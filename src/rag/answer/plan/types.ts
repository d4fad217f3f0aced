import type { Gazetteer, Region } from '../../extract/locations.js';
import type { Seniority } from '../../extract/seniority.js';
import type { KnownEmployer } from '../employers.js';
import type { GuidePassage } from './guide-topic.js';

/**
 * The question planner: a member's question becomes a typed plan (what is asked, the filters it
 * states, what to measure) before anything is retrieved or counted. The intents and filter keys
 * are the fixed ones of the answer evaluation (data/eval/answers.jsonl).
 */
export const INTENTS = [
  'requirements',
  'skill_frequency',
  'skill_compare',
  'top_skills',
  'years',
  'pay',
  'work_mode',
  'visa_relocation',
  'level_compare',
  'duties',
  'interview',
  'career_path',
  'readiness',
  'company',
  'listing',
  'list_companies',
  'job_terms',
  'out_of_scope',
  'decline',
] as const;
export type Intent = (typeof INTENTS)[number];

/**
 * The words a company's stage is written in, as one text phrase of alternatives: a stage is no fact
 * the listings carry, so "which roles are at startups?" finds the listings describing themselves so.
 */
export const STAGE_PHRASE =
  'startup or start-up or scale-up or early-stage or seed-stage or seed round or Series A or Series B';

export type PlanLevel = Exclude<Seniority, 'junior'>;
export type WorkMode = 'remote' | 'hybrid' | 'onsite';

/**
 * The filters a question states, and only those (the keys of the answer evaluation). A question may
 * select several levels or places at once ("staff and principal listings", "in japan or korea"):
 * `level` and `place` are then lists (two or more), and the selection is the listings of any of them.
 */
export interface AnswerFilters {
  level?: PlanLevel | PlanLevel[];
  levelNot?: PlanLevel;
  skills?: string[];
  skillsMode?: 'all' | 'any';
  /** The place as the question names it ("Berlin", "Germany", "Europe", "US"), or each of several. */
  place?: string | string[];
  workMode?: WorkMode;
  /** An industry id of data/taxonomy/industries.yaml ("fintech" matches its children too). */
  industry?: string;
  /** The company as asked. */
  company?: string;
  employmentType?: 'permanent' | 'contract' | 'part-time';
  currency?: string;
  postedAfter?: string;
}

/** The levels a plan selects: none, one, or each of several. */
export function levelsOf(filters: AnswerFilters): PlanLevel[] {
  return filters.level === undefined
    ? []
    : typeof filters.level === 'string'
      ? [filters.level]
      : filters.level;
}

/** The one level a plan selects; undefined when it selects none or several. */
export function oneLevel(filters: AnswerFilters): PlanLevel | undefined {
  return typeof filters.level === 'string' ? filters.level : undefined;
}

/** The places a plan names as filters: none, one, or each of several. */
export function placesOf(filters: AnswerFilters): string[] {
  return filters.place === undefined
    ? []
    : typeof filters.place === 'string'
      ? [filters.place]
      : filters.place;
}

/** The one place a plan names as its filter; undefined when it names none or several. */
export function onePlace(filters: AnswerFilters): string | undefined {
  return typeof filters.place === 'string' ? filters.place : undefined;
}

/** What a place filter resolves to in the listings' extracted places. */
export interface ResolvedPlace {
  name: string;
  city?: string;
  country?: string;
  region?: Region;
  /** A named group of countries ("Nordics", "DACH"): the listings in any of them. */
  countries?: string[];
  /** A named group of regions ("the Americas"): one place per region when selected. */
  regions?: Region[];
  /** The group's name in an answer ("the Nordics"), with `countries` or `regions`. */
  group?: string;
}

export type Aspect =
  | 'pay'
  | 'work_mode'
  | 'skills'
  | 'years'
  | 'visa'
  | 'interview'
  | 'duties'
  | 'terms'
  | 'language'
  | 'duration'
  | 'employment'
  | 'team'
  | 'overview';
export type JobTerm =
  | 'equity'
  | 'on-call'
  | 'contract'
  | 'four-day week'
  | 'part-time'
  | 'bonus'
  | 'learning budget'
  | 'paid leave'
  | 'benefits'
  | 'working hours'
  | 'team size'
  | 'office days';

export interface AnswerPlan {
  question: string;
  /** The guide sections the answer quotes, best first, when no aggregate cue fits the question. */
  guideSections?: Array<{ documentId: string; heading: string }>;
  intent: Intent;
  filters: AnswerFilters;
  /** The place filter, resolved (null when the named place is unknown); the first of `places`. */
  place?: ResolvedPlace;
  /** Every place selected, resolved, when the question selects several ("lead roles in japan or korea"). */
  places?: ResolvedPlace[];
  /** What the answer measures, in words (logged, shown to the model). */
  measure: string;
  /** Levels compared (level_compare). */
  compare?: PlanLevel[];
  /** Lead titles compared (level_compare: "tech lead vs engineering lead"), lower case. */
  compareTitles?: string[];
  /** The member's own level, when a move is asked about ("from senior to lead": senior). */
  fromLevel?: PlanLevel;
  /** Years the member says they have (readiness). */
  years?: number;
  /** A bound on the years a listing asks ("6 yrs or less", "10+ years"), for a years question. */
  yearsAtMost?: number;
  yearsAtLeast?: number;
  /** The matching listings counted per country ("which countries do we have lead listings for?"). */
  byCountry?: boolean;
  /** The matching listings counted per city ("which cities have the most lead jobs?", "where are most of them?"). */
  byCity?: boolean;
  /** The matching listings counted per industry ("which industries have the most lead roles?"). */
  byIndustry?: boolean;
  /**
   * Posted pay per group ("which industries pay the most for leads?", "lead pay by country"): the
   * median midpoint of each group with enough ranges, per currency and period, highest first.
   */
  payBy?: 'industry' | 'country' | 'city';
  /**
   * A phrase the listings are asked for by their own words, when it is no skill, job term or
   * filter the planner knows ("how many listings require security clearance?"): the selected
   * listings whose text holds it, counted and quoted.
   */
  textMention?: string;
  /**
   * "remote jobs I can do from anywhere in the world?": only listings open worldwide (a remote
   * place that names no country, region or time zone, said to be worldwide or anywhere).
   */
  openWorldwide?: boolean;
  /** "red flags in a posting?": a job-terms answer is what a posting lets the member check. */
  postingChecks?: boolean;
  /** "more about architecture or people?": a duties answer weighs the two sides first. */
  techOrPeople?: boolean;
  /**
   * The matching listings as a share of those without the place or industry asked ("what percentage
   * of lead roles are in fintech?", "how many of the lead roles are in germany?").
   */
  shareOf?: true;
  /**
   * Listings ranked by how well they fit the member ("recommend me 3 lead roles, i know java and
   * aws", "which remote roles suit my stack?"): the skills named are the member's, not a filter.
   */
  fitFor?: true;
  /**
   * The listings that fit the member's stack, listed ("java/kotlin, 9 yrs. which lead listings in
   * DACH fit me?"): the skills they name select the listings (any of them), their years are theirs.
   */
  fitList?: true;
  /** Only the companies with more than one matching listing ("which companies have more than one listing?"). */
  severalPerCompany?: boolean;
  /** What the member says of themselves only ("coming from a plain java shop"): context, no filter. */
  memberContext?: string[];
  /** The member's own skills (readiness: "I know Go and Kafka"). */
  haveSkills?: string[];
  /** The skills the member says they lack (readiness: "never touched k8s"). */
  lackSkills?: string[];
  /**
   * What to learn is asked beside the member's own skills ("I know java and spring, what am I
   * missing for lead roles?"): readiness answers with the skills required most that they lack.
   */
  /** The listings naming no city (or country) asked for by name ("which listings have no location?"). */
  placeless?: true;
  /** Duplicate listings asked about ("are there duplicates?"): how they are merged, then companies with several. */
  duplicatesAsked?: true;
  /** An early-career member asks whether the roles are open to them ("open to juniors?"): years. */
  earlyCareer?: true;
  /**
   * Set by the composer, not the planner: the industry asked when its few listings are followed by
   * the same tally over the industry it belongs to ("a lead role at a bank" → fintech).
   */
  widenedIndustry?: string;
  gap?: true;
  /** The aspect asked about one company or listing (the first of `aspects`). */
  aspect?: Aspect;
  /** Every aspect asked about one company or listing, in the order asked ("day rate + how long"). */
  aspects?: Aspect[];
  /** A listing named by id or by title (listing intent). */
  listingId?: string;
  /** A company named that the corpus does not hold. */
  unknownCompany?: string;
  /** That company's industry, when it is a well-known employer (alternatives come from it). */
  unknownIndustry?: string;
  /** The one work mode a work-mode question asks about, which its later parts are about too. */
  partsMode?: WorkMode;
  /** The place a later part asks about and the main part does not ("how many are remote, and which accept people in Portugal?"). */
  partsPlace?: ResolvedPlace;
  /**
   * The remote listings someone in the place can take (remote there, across its region, worldwide),
   * not those based there; with no work mode asked ("which lead roles can I do from Spain?"), those
   * based there too.
   */
  openTo?: boolean;
  /** Where a visa asker comes from ("for someone from India"): no filter; the remote listings open there are named. */
  origin?: ResolvedPlace;
  /** Work modes whose pay is compared ("remote or on-site, which pays more?"). */
  compareModes?: WorkMode[];
  /**
   * Places compared, one selection each: a skill's share ("kafka: berlin vs london"), pay
   * ("Switzerland vs Germany") or how many listings ("Germany or the Netherlands").
   */
  comparePlaces?: ResolvedPlace[];
  /**
   * Sides of a place and a work mode set against each other ("london vs remote uk", "remote or
   * on-site in Berlin vs hybrid in Munich"): one selection each, never one intersected filter.
   */
  compareSides?: Array<{ place?: ResolvedPlace; workMode?: WorkMode }>;
  /** Companies asked about together, each answered in turn ("Aldermoor vs Thornbury pay"). */
  compareCompanies?: string[];
  /** Industries compared, one selection each ("fintech or healthtech, which pays more?"). */
  compareIndustries?: string[];
  /** What the question leaves out ("Europe but not Germany", "no on-call", "not fintech"). */
  exclude?: { places?: ResolvedPlace[]; terms?: JobTerm[]; industries?: string[]; skills?: string[] };
  /** A minimum pay ("jobs over 150k", "at least €100k"): listings whose posted range reaches it. */
  payAtLeast?: { amount: number; currency?: string };
  /** Skills whose listings' pay is compared ("rust or go, which pays better?"). */
  compareSkills?: string[];
  /** Kinds of skill a top-skills question asks about ("which databases"): taxonomy categories. */
  skillCategories?: string[];
  /** How many skills a top-skills question asks for ("top 5", "the three most"). */
  top?: number;
  /** A job term asked about (job_terms). */
  term?: JobTerm;
  /** An amount the question takes for granted ("leads earn $500k"), to be checked against postings. */
  premise?: { amount: number; currency?: string };
  /** Further parts of a multi-part question, answered after the main one. */
  also?: Intent[];
  /** Skills a question the listings cannot answer is about ("is demand for go growing?"). */
  topicSkills?: string[];
  /** Skills asked about that no open listing asks for and no guide names ("how many want Haskell?"). */
  unnamedSkills?: string[];
  /** The question compares with the past ("2023 vs now"), which one snapshot cannot show. */
  history?: boolean;
  /** The posted date is left out ("posted after 1 October"), not included ("since 1 October"). */
  postedStrictly?: boolean;
  /** The listings themselves are asked for ("which kafka lead roles are hybrid?"): each one listed. */
  /**
   * "which lead roles don't need Java?": the listings asked for are those that do not name the one
   * skill counted (skill_frequency), so the answer names them besides the share.
   */
  /** Currencies set side by side ("USD vs GBP"): no filter, but the pay shown is theirs. */
  currencies?: string[];
  listNotNamed?: boolean;
  listListings?: boolean;
  /** Only a greeting or thanks ("hi", "thanks!"): answered with a friendly line (out_of_scope). */
  greeting?: 'hello' | 'thanks';
  /** Spoken languages asked about ("which listings need German?"); empty: every language named. */
  spoken?: string[];
  /**
   * Features the listings are asked for by description ("which lead roles have a take-home?"):
   * ids of `LISTING_FEATURES`; the answer names every selected listing whose text states one.
   */
  features?: string[];
  /** How many listings match is the question ("how many lead roles are there in Berlin?"). */
  countListings?: boolean;
  /**
   * The groups a count is split by, asked beside it ("how many listings per seniority level?",
   * "how many listings per currency?"): each group's count, over every matching listing.
   */
  countBy?: Array<'level' | 'currency'>;
  /**
   * Skills the member sets aside as known ("what do they ask for besides kubernetes?"): no filter;
   * the answer says their count and lists what else is asked.
   */
  besides?: string[];
  /** What the corpus holds, in total ("how many listings in total?"): listings, guides, levels. */
  inventory?: boolean;
  /**
   * What the corpus itself covers, asked of it rather than of the roles: its guides ("how many role
   * guides are there and what do they cover?") or how fresh it is ("when was the newest listing
   * posted?", "what's the oldest listing still open?", "when was the corpus last refreshed?").
   */
  coverage?: 'guides' | 'freshness';
  /**
   * "How fresh is the corpus? Newest and oldest dates, and how many were posted since 1 November?":
   * the newest and oldest over every listing, the posting date only bounding the count asked.
   */
  freshnessOfAll?: boolean;
  /** Posted before this day (exclusive, ISO): "posted in November" ends on 1 December. */
  postedBefore?: string;
  /** The one month a posting-date question names ("posted in November 2026"): YYYY-MM. */
  postedMonth?: string;
  /** The listings split by the month they were posted ("per month", "when were they posted"). */
  byMonth?: boolean;
  /** A forecast asked ("what will salaries be next year?"): said it cannot, then today's figures. */
  forecast?: 'pay' | 'demand';
  /** A request the bot does not do ("write me a cover letter"): said plainly, then what it can give. */
  cannotDo?: 'letter' | 'apply' | 'cv' | 'moderate';
  /**
   * A claim that the remote roles are tied to one place ("why do all the remote lead jobs require US
   * residency??"): checked against where the remote listings can be done from, not a filter.
   */
  scopeClaim?: ResolvedPlace;
  /**
   * A work mode claimed of every listing selected ("all the india lead roles are WFH right?"), or
   * the listings not in it asked for (`not`: "lead gigs with a NYC office that aren't 5 days in
   * office"): checked against the work-mode split, not applied as a filter.
   */
  modeClaim?: { mode: 'remote' | 'hybrid' | 'onsite'; not?: boolean };
  /**
   * Readiness asked of time away ("does a 2 year gap on my CV matter for lead roles?"): the answer
   * says what the listings ask of it and what the guides say experience stands for.
   */
  timeAway?: boolean;
  /**
   * Out of scope because the question is about something else than the roles ('topic': a keyboard,
   * school admissions, child benefit) or the member's own tax ('tax'): said plainly that the bot
   * can't help, not only that the listings don't say it.
   */
  offTopic?: 'topic' | 'tax' | 'exchange' | 'immigration';
  /**
   * A level asked of the listings counted, after the count over every level ("how many listings
   * mention Kafka, and how many of those are lead roles?"): no filter, a share stated after it.
   */
  ofThoseLevel?: PlanLevel;
  /**
   * A second scope asked after the whole ("contract vs permanent? whole corpus, and then just the
   * lead roles", "how many … in total, and how many of those are lead roles?"): the answer over
   * every listing the other filters select, then the same answer over this level's.
   */
  thenLevel?: PlanLevel;
  /**
   * "Split lead vs everything else": after the level's listings, the same answer over the rest
   * (every other level), the third scope.
   */
  thenRest?: boolean;
  /**
   * "How common is Go in lead postings here, vs the corpus overall?": the level's answer first, then
   * the same answer over every level (the whole the level is set against).
   */
  thenAll?: boolean;
  /**
   * "…and the same share for lead roles in the Americas only", "…and how many of them are in
   * Canada?": the place is a second scope after the whole, not a filter on it.
   */
  thenPlace?: { place: AnswerFilters['place']; resolved?: ResolvedPlace; places?: ResolvedPlace[] };
  /**
   * A level or place named beside a company of the corpus that narrows none of its listings ("the
   * lead role at Aldermoor", all of Aldermoor's listings being lead): said of them, no filter.
   */
  companyDescribed?: { level?: PlanLevel; place?: string };
  /** Who applied, or how many did, is asked (out_of_scope): no listing states it, and the bot keeps no record. */
  applications?: boolean;
  /** Why a request is declined (decline). */
  declineReason?: 'shame' | 'fabricate' | 'contact' | 'members' | 'other';
}

export interface PlannerDeps {
  gazetteer: Gazetteer;
  /** Companies and listings of the corpus (open listings). */
  listings: ReadonlyArray<{
    id: string;
    title: string;
    company: string;
    /** Where it is, as extracted (a place said of one listing that is none of these is a premise). */
    places?: ReadonlyArray<{ city: string | null; country: string | null }>;
    /** Its level as extracted ("lead", "senior"…): a level named beside its company may narrow nothing. */
    level?: string;
    /** Its employment type and work mode as extracted ("contract", "remote"): said of its company, they may narrow nothing. */
    employmentType?: string | null;
    remote?: string;
  }>;
  /** The industries of data/taxonomy/industries.yaml, each with the wider one it belongs to (`parent`). */
  industries: ReadonlyArray<{ id: string; aliases: string[]; parent?: string }>;
  /** The skills a phrase names, as the search layer reads them (readiness: the role aimed at). */
  skillsIn?: (text: string) => string[];
  /** Well-known employers outside the corpus (data/taxonomy/employers.yaml). */
  employers?: ReadonlyArray<KnownEmployer>;
  /**
   * The day a date without a year is read against ("after Nov 1": the last Nov 1 on or before it);
   * the engine passes the newest posting date of the corpus. ISO date; today when absent.
   */
  referenceDate?: string;
  /** The guides' passages: a question no aggregate cue fits is answered from the section it is about. */
  guides?: ReadonlyArray<GuidePassage>;
  /** Whether any open listing asks for a skill or any guide names it (absent: every skill is). */
  skillNamed?: (skill: string) => boolean;
}
