import type { Gazetteer, Region } from '../extract/locations.js';
import type { Seniority } from '../extract/seniority.js';
import { damerau, type QueryPlan } from '../query.js';
import { type KnownEmployer, knownEmployer } from './employers.js';

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

export type PlanLevel = Exclude<Seniority, 'junior'>;
export type WorkMode = 'remote' | 'hybrid' | 'onsite';

/** The filters a question states, and only those (the keys of the answer evaluation). */
export interface AnswerFilters {
  level?: PlanLevel;
  levelNot?: PlanLevel;
  skills?: string[];
  skillsMode?: 'all' | 'any';
  /** The place as the question names it ("Berlin", "Germany", "Europe", "US"). */
  place?: string;
  workMode?: WorkMode;
  /** An industry id of data/taxonomy/industries.yaml ("fintech" matches its children too). */
  industry?: string;
  /** The company as asked. */
  company?: string;
  employmentType?: 'permanent' | 'contract' | 'part-time';
  currency?: string;
  postedAfter?: string;
}

/** What a place filter resolves to in the listings' extracted places. */
export interface ResolvedPlace {
  name: string;
  city?: string;
  country?: string;
  region?: Region;
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
export type JobTerm = 'equity' | 'on-call' | 'contract' | 'four-day week' | 'part-time' | 'bonus';

export interface AnswerPlan {
  question: string;
  intent: Intent;
  filters: AnswerFilters;
  /** The place filter, resolved (null when the named place is unknown). */
  place?: ResolvedPlace;
  /** What the answer measures, in words (logged, shown to the model). */
  measure: string;
  /** Levels compared (level_compare). */
  compare?: PlanLevel[];
  /** The member's own level, when a move is asked about ("from senior to lead": senior). */
  fromLevel?: PlanLevel;
  /** Years the member says they have (readiness). */
  years?: number;
  /** A bound on the years a listing asks ("6 yrs or less", "10+ years"), for a years question. */
  yearsAtMost?: number;
  yearsAtLeast?: number;
  /** The member's own skills (readiness: "I know Go and Kafka"). */
  haveSkills?: string[];
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
  /** Work modes whose pay is compared ("remote or on-site, which pays more?"). */
  compareModes?: WorkMode[];
  /** Places whose listings' share of a skill is compared ("kafka: berlin vs london"). */
  comparePlaces?: ResolvedPlace[];
  /** Skills whose listings' pay is compared ("rust or go, which pays better?"). */
  compareSkills?: string[];
  /** Kinds of skill a top-skills question asks about ("which databases"): taxonomy categories. */
  skillCategories?: string[];
  /** A job term asked about (job_terms). */
  term?: JobTerm;
  /** An amount the question takes for granted ("leads earn $500k"), to be checked against postings. */
  premise?: { amount: number; currency?: string };
  /** Further parts of a multi-part question, answered after the main one. */
  also?: Intent[];
  /** Skills a question the listings cannot answer is about ("is demand for go growing?"). */
  topicSkills?: string[];
  /** The question compares with the past ("2023 vs now"), which one snapshot cannot show. */
  history?: boolean;
  /** The posted date is left out ("posted after 1 October"), not included ("since 1 October"). */
  postedStrictly?: boolean;
  /** The listings themselves are asked for ("which kafka lead roles are hybrid?"): each one listed. */
  listListings?: boolean;
  /** Only a greeting or thanks ("hi", "thanks!"): answered with a friendly line (out_of_scope). */
  greeting?: 'hello' | 'thanks';
  /** Why a request is declined (decline). */
  declineReason?: 'shame' | 'fabricate' | 'contact' | 'other';
}

export interface PlannerDeps {
  gazetteer: Gazetteer;
  /** Companies and listings of the corpus (open listings). */
  listings: ReadonlyArray<{ id: string; title: string; company: string }>;
  /** Industry ids with their words (aliases), parents first. */
  industries: ReadonlyArray<{ id: string; aliases: string[] }>;
  /** The skills a phrase names, as the search layer reads them (readiness: the role aimed at). */
  skillsIn?: (text: string) => string[];
  /** Well-known employers outside the corpus (data/taxonomy/employers.yaml). */
  employers?: ReadonlyArray<KnownEmployer>;
  /**
   * The day a date without a year is read against ("after Nov 1": the last Nov 1 on or before it);
   * the engine passes the newest posting date of the corpus. ISO date; today when absent.
   */
  referenceDate?: string;
}

const LEVEL_WORD =
  '(?:tech(?:nical)? lead|team lead|lead|leed|senior|sr\\.?|staff|principal|engineering manager|manager|em|mid(?:[- ]level)?|architect)';
const LEVEL_OF: Array<[RegExp, PlanLevel]> = [
  [/^(?:engineering manager|manager|em)$/, 'manager'],
  [/^(?:tech(?:nical)? lead|team lead|lead|leed)$/, 'lead'],
  [/^(?:senior|sr\.?)$/, 'senior'],
  [/^staff$/, 'staff'],
  [/^(?:principal|architect)$/, 'principal'],
  [/^mid(?:[- ]level)?$/, 'mid'],
];
function levelOf(word: string): PlanLevel | undefined {
  const w = word.toLowerCase().trim();
  return LEVEL_OF.find(([re]) => re.test(w))?.[1];
}

/** The levels named in the text, in order ("lead vs staff" → lead, staff). */
export function levelsNamed(text: string): PlanLevel[] {
  const out: PlanLevel[] = [];
  const re = new RegExp(`\\b${LEVEL_WORD}s?\\b`, 'gi');
  for (const m of text.matchAll(re)) {
    const word = m[0].replace(/s$/i, '');
    // "lead" inside "leadership" never matches (word boundary); "leading" neither.
    const level = levelOf(word);
    if (level && !out.includes(level)) out.push(level);
  }
  return out;
}

const DECLINE_SHAME =
  /\b(?:(?:negative|bad|harsh|angry|nasty|1[- ]star|one[- ]star) (?:\w+ )?(?:review|post|tweet|thread|comment)s?|scathing|savage|rip(?:ping)? (?:into|apart)|dunk(?:ing)? on|drag(?:ging)? (?:them|it|\w+) (?:online|publicly)|(?:is|are) (?:an? )?(?:terrible|awful|toxic|horrible|garbage|trash|the worst) (?:employer|company|place|companies|employers)|sham(?:e|ing)|name and shame|call(?:ing)? (?:them |it |\w+ )?out|expos(?:e|ing)|trash\w*|roast\w*|bad[- ]?mouth\w*|blast\w*|destroy\w*|bash(?:ing)?|slam\w*|negative review|bad review|hit piece|warn (?:everyone|people|others) about|worst (?:employer|compan(?:y|ies))|scam(?:my)?|boycott|public(?:ly)? (?:complain|criticis|criticiz|call|post))\b/i;
const DECLINE_FABRICATE =
  /\b(?:(?:say|says|show|shows|look like|looks like|claim|claims) (?:that )?i (?:was|am|have|had|did|led|managed|ran)\b(?=[^?]*\b(?:when i|but i|though i|even though|wasn'?t|was not|didn'?t|did not|haven'?t|never)\b)|fake|fabricat\w*|invent\w*|make up|made[- ]up|lie (?:on|about|in)|pretend (?:i|that i)|exaggerat\w*|embellish\w*|padd? my|forge|fictional (?:experience|job|employer)|claim (?:i have|to have) .{0,40}(?:years|experience) i (?:don'?t|do not) have)\b/i;
// Someone's personal contact details ("the hiring manager's email", "the CTO's phone number").
const DECLINE_CONTACT =
  /\b(?:e-?mails?(?: address(?:es)?)?|phone(?: numbers?)?|(?:mobile|cell|whatsapp|personal|private|home) (?:numbers?|address(?:es)?|contacts?)|contact (?:details|info\w*)|home address(?:es)?|dms?|linkedin (?:profile|url)s?|(?:their|his|her|the) (?:linkedins?|e-?mails?|phone numbers?|contact details|addresses|socials|twitter|handles?))\b|\b(?:hiring manager|recruiter|ceo|cto|founder|manager|lead|engineer|employee|someone|somebody|person|people|hr)(?:'s|’s|s['’]?)? (?:e-?mails?|phone|number|address|contact|linkedin|dms?|(?:full )?names?)\b|\b(?:dm|message|e-?mail|contact|call|ping|reach out to|text) (?:the |their |a )?(?:hiring manager|recruiter|ceo|cto|founder|hr|team lead)\b/i;
const CONTACT_ASK =
  /\b(?:can (?:you|u)|could (?:you|u)|pls|please|who(?:'s| is)|gimme|give|get|find|send|share|tell|what(?:'s| is)|need|want|have|dox\w*|look up|lookup|track down)\b/i;
// Where a public attack would go.
const PUBLIC_VENUE =
  /\b(?:tweet|twitter|x post|post|thread|review|linkedin|reddit|blog|glassdoor|blind|publicly|in public|everyone|the world|discord)\b/i;
// A request to write something for others to read ("write me a review…", "draft a post", "gonna
// post it on linkedin"), and words that make it an attack.
const WRITE_FOR_PUBLIC =
  /\b(?:write|draft|compose|craft|make|create|put together|help me (?:write|draft|post)|post|publish|tweet|share|spread)\b(?:(?![?.!]).){0,80}\b(?:review|post|tweet|thread|comment|rant|article|blog|status|story|message|linkedin|twitter|reddit|glassdoor|blind|online|publicly|public|everyone)\b|\b(?:post|put|share|tweet|publish|spread) (?:it|this|that|them) (?:on|to|everywhere|online|around)\b/i;
const ATTACK_WORDS =
  /\b(?:brutal|savage|scathing|harsh|nasty|vicious|sweatshop|toxic|terrible|awful|horrible|worst|scam\w*|hellhole|clowns?|garbage|trash|liars?|lying|frauds?|exploit\w*|abusive|incompetent|ghost\w*|predatory|shady|dodgy|crooks?|cowboys|slave\w*|cult|disaster|dumpster fire|rip[- ]?off)\b/i;
// Putting on a CV what the asker says they lack ("add 3 years of kubernetes to my CV? i dont
// actually have it").
const CV_ADD =
  /\b(?:add|put|list|include|write|stick|slap)\b[^?]{0,60}\b(?:to|on|in|onto|into)\s+(?:my |the |a |her |his )?(?:cv|resume|résumé|linkedin|profile|application)\b/i;
const NOT_HAD =
  /\b(?:don'?t|dont|do not|never|haven'?t|havent|have not|didn'?t|didnt|did not) (?:actually |really |even |ever )?(?:have|had|used|use|done|do|did|know|worked|touched|lead|led|manage|managed)\b|\bnot (?:true|real)\b/i;
// Writing CV, resume or LinkedIn content ("write me a CV bullet saying I led…").
const CV_WRITE =
  /\b(?:write|draft|give|make|craft|word|phrase|come up with|help me with|need)\b[^?]{0,60}\b(?:cv|resume|résumé|linkedin)\b/i;
// The asker says it is not so, in so many words ("I didn't but nobody checks", "never did that").
const SAYS_UNTRUE =
  /\bi (?:didn'?t|didnt|did not|haven'?t|havent|have not|never did|wasn'?t|was not)(?=\s*(?:[,.;:!?)-]|$|but\b|though\b|tho\b|lol\b|tbh\b|really\b|actually\b|haha\b))|\bnever did (?:it|that|one|any|this)\b|\b(?:nobody|no one|noone|no-one) (?:ever )?(?:checks?|will check|would check|verif\w+|will know|would know|will find out|would find out)\b|\b(?:not|isn'?t|wasn'?t) (?:actually |really |strictly |technically )?true\b/i;
const FABRICATE_OBJECT =
  /\b(?:experience|cv|resume|résumé|references?|job history|work history|years|degree|projects?|employer|title|linkedin|certificat\w*)\b/i;

// A message that is only a greeting or thanks ("hi", "hello there", "thanks!", "cheers, that helps").
const SOCIAL =
  /^\W*(?:(?:hi|hello|hey|heya|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day)|gm)|(thanks?|thank you|thx|ty|cheers|ta|much appreciated|appreciate it))(?:[\s,!.]+(?:there|all|everyone|folks|team|guys|bot|roleradar|mate|again|a lot|a bunch|so much|very much|heaps|man|friend|that(?:'s| is)? (?:helps?|helpful|great|perfect|useful)|great|perfect|awesome|nice))*[\s!.?:)(-]*$/i;
const OFF_TOPIC_HINTS =
  /\b(?:weather|recipe|pizza|football|movie|song|poem|joke|bitcoin price|stock price|horoscope|capital of|translate)\b/i;
// What the listings cannot say, however the question is worded.
const UNANSWERABLE =
  /\b(?:growing|shrinking|declining|dying out|going (?:up|down|away)(?! (?:to|from)\b)|getting (?:better|worse|harder|easier)|overtak\w*|take over|taking over|on the rise|trending (?:up|down)|will\b[^?]{0,40}\b(?:look like|be like|go up|go down|rise|drop|grow|fall|change|increase|decrease|recover|improve|get better|get worse)|(?:in|by) 20[2-9]\d\b[^?]*\?|trend(?:s|ing)? (?:up|down|over time)|over the (?:last|past) (?:\d+ |few )?(?:years?|months?)|best culture|(?:best|worst|happiest|nicest|coolest) (?:compan(?:y|ies)|employers?|places? to work|teams? to join)|work[- ]life balance|wlb|response times?|hear back|recruiters? (?:reply|respond|get back)|acceptance rate|how many (?:people|candidates) appl\w*|applicants?|response rate|callback rate|glassdoor|ratings?|reviews? of|culture (?:score|rating)|(?:will|would) i get (?:the|an?) (?:job|offer)|chances? of (?:getting|being) (?:hired|an offer)|layoffs?|stock price|valuation|funding round|after[- ]tax|take[- ]home|net pay|cost of living|tax(?:es)? in|how long (?:does|will) (?:the )?hiring take|time to hire|hiring freeze|ai replac\w*|replace(?:d)? by ai|next year(?:'s)? (?:pay|salar)|in 20[3-9]\d|predict\w*|forecast\w*|future of|next year|job market (?:look|be|outlook|in 20)|outlook|in the future|will (?:salaries|pay|demand|hiring|the market) (?:go|rise|drop|grow|fall|recover))\b/i;

// History: the listings are one snapshot of open roles, so any comparison with the past ("2023 vs
// now", "than a year ago", "trend?") is beyond them.
const HISTORY =
  /\b(?:(?:in|since|from|back in|during|vs\.?|versus|compared (?:to|with)|than(?: in)?|until) (?:early |late |mid[- ])?(?:19|20)\d\d\b(?![-/]\d)|(?:19|20)\d\d (?:vs\.?|versus|compared (?:to|with)|to|and|or) (?:now|today|this year|(?:19|20)\d\d)\b|(?:were|was|did|had) there (?:\w+ ){0,3}in (?:19|20)\d\d\b|(?:a |one |two |few |\d+ )?(?:years?|months?) ago|last year|used to (?:be|pay|ask|want|require|need)|historic\w*|trends?\b(?!ing|y)|over time|over the years|pre[- ]?(?:covid|pandemic)|before (?:covid|the pandemic)|post[- ]?(?:covid|pandemic)|(?:more|fewer|less) (?:\w+ ){0,3}than (?:before|last year|a year ago|it used to))/i;

// Two levels asked about as one change ("senior -> lead, is it just a title bump?").
const LEVEL_DIFFERENCE =
  /\b(?:title bump|(?:just|only|mostly|basically) (?:a |an )?(?:title|promotion|raise|bump|rename|new title|pay bump|more (?:meetings|pay|money|responsibilit\w*|work|politics))|what (?:actually |really |even )?changes|what(?:'s|’s| is) (?:actually |really )?(?:different|the difference|the diff)|how (?:is it|does it|do they|are they) differ\w*|(?:same|different) (?:job|work|thing|role)|any different|really different|(?:is|it'?s) (?:it |that )?(?:just|only|basically|mostly|really)\b)/i;
// What a lead does, asked in ways that name no duty: the coding share, incidents and outages.
const DUTIES_ASKED =
  /\bhow much (?:do|does|would|will|should|can) (?:an? |the )?(?:tech |team )?(?:leads?|they|you|i|managers?|ems?|staff|principals?)\b(?:\s+\w+){0,3}?\s+(?:code|coding|program\w*|hands[- ]on|build|write code)\b|\b(?:stop|give up|quit|keep|still get to) (?:coding|writing code|programming)\b|\b(?:still|actually|even|really) (?:get to )?(?:code|write code|program)\b|\b(?:what|how much) (?:share|percent\w*|fraction|part|portion|proportion) of (?:their|the|a|my) (?:time|week|day|job)\b|\bhow much of (?:an? |the |their |my )?(?:\w+['’]s )?(?:time|week|day|job)\b/i;
const OUTAGE =
  /\b(?:outages?|incidents?|sev ?[0-2]s?|production (?:issues?|fires?|is down|goes down)|prod (?:is )?down|(?:things?|something|the site|prod|production|the system) (?:breaks?|goes down|go down|blows? up|falls? over)|firefight\w*)\b/i;
// Contract work weighed against employment, either way round.
const CONTRACT_VS_PERMANENT =
  /\b(?:contract(?:ing|or)?|day[- ]rate|freelanc\w*|b2b)\b[^?]{0,80}\b(?:vs\.?|versus|against|or|than|compared? (?:to|with)|over|instead of)\b[^?]{0,40}\b(?:perm(?:anent)?|full[- ]time|salaried|employ(?:ment|ee)|staff job)\b|\b(?:perm(?:anent)?|full[- ]time|salaried|employ(?:ment|ee))\b[^?]{0,80}\b(?:vs\.?|versus|against|or|than|compared? (?:to|with)|over|instead of)\b[^?]{0,40}\b(?:contract(?:ing|or)?|day[- ]rate|freelanc\w*|b2b)\b/i;
/** Contract work weighed against employment ("€800/day against a permanent offer at €100k"). */
export function weighsContract(q: string): boolean {
  return CONTRACT_VS_PERMANENT.test(q);
}
// On-call asked as part of the job ("whats on-call like for a lead", "am i expected to be the hero
// at 3am"): what the role does, not which listings state a rota.
const ON_CALL_DUTY =
  /\b(?:what(?:'s|’s|s| is) (?:the )?on[- ]?call (?:like|really like)|on[- ]?call (?:is )?(?:really )?like|(?:expected|supposed|have|need) to (?:be|do|carry|take|hold) (?:the )?(?:on[- ]?call|pager|hero)|the hero|at [1-5] ?am|middle of the night|woken up|paged at night)/i;
const DUTY_ASK = /\b(?:lead|leads|expected|supposed|role|job|handle|do|responsib\w*)\b/i;

const PAY =
  /\b(?:salar(?:y|ies)|sal[ae]r(?:y|ies)|sall?ary|salry|pay(?:s|ing|band|ed)?|paid|compensation|comp|earn(?:s|ing)?|make (?:in|per|a year|annually|more|less|good|[$€£]|\d)|money|how much(?! (?:experience|exp|yoe|years|of)\b)(?![^?.,]{0,40}\b(?:coding|code|hands[- ]on|meetings?|time)\b)|day ?rates?|rates?|tc|total comp|ote|wage|wages|base)\b|[$€£]\s?\d/i;
const YEARS =
  /\b(?:years?[- ]?wise|in years|(?:more|fewer|less) (?:years|yoe|experience)|how many (?:yrs|yoe|y(?:ea)?rs)|min(?:imum|\.)? (?:years|yrs|yoe|exp\w*)|(?:yrs|yoe) (?:do|does|needed|required|asked|for)|how much exp\b|exp(?:erience)? do i need|yrs of exp\w*|how many years|years? of (?:experience|exp)|yoe|years? (?:do|does|are|is) (?:i|you|they|it|needed|required|asked)|how much experience|experience (?:do|does|is) (?:i|you|it|needed|required|asked)|minimum (?:years|experience)|years (?:asked|required|needed))\b/i;
const WORK_MODE_Q =
  /(?:\bwhat ?%|\bwhat percent\w*|\bhow many\b|\bshare\b|\bratio\b)[^?]*\b(?:wfh|work(?:ing)? from (?:home|anywhere)|office[- ]based|in the office)\b|^\W*(?:r|are|is) (?:most|many|all|the majority of|the bulk of)\b[^?]*\b(?:remote|hybrid|on-?site|office[- ]based|in[- ]office|wfh)\b|\b(?:is|are) (?:remote|hybrid|on-?site)(?: work| roles| jobs)? (?:common|usual|typical|normal|the norm|popular|widespread|rare|standard)\b|^(?:do|does|are|is|can|any)\b[^?]*\b(?:offer|allow|support|let you|permit|have)\w*\s+(?:remote|hybrid|wfh|working from home|work from home|flexible)\b|\b(?:share|percentage|proportion|fraction|number|ratio)s? of\b[^?]*\b(?:remote|hybrid|on-?site|in[- ]office|office[- ]based)\b|\b(?:how many|how much|what share|what percentage|what proportion|what fraction|how common|how often|are (?:most|many|all)|is (?:it|remote)|split|mostly|majority|ratio|vs\.?|versus|or)\b[^?]*\b(?:remote|hybrid|on-?site|in[- ]office|office|wfh|work from home)\b|\b(?:remote|hybrid|on-?site|office)\b[^?]*\b(?:split|share|ratio|how common|how many|percentage|proportion|mostly|vs\.?|versus)\b|\bwork(?:ing)? mode\b|\bremote[- ]friendly\b/i;
// Years said as asked ("why do all lead roles require 10+ years", "do they want 8 yrs").
const YEARS_ASKED =
  /\b(?:requir\w*|ask(?:s|ing)?(?: for)?|want\w*|expect\w*|need\w*|demand\w*|take)\s+(?:\w+\s+){0,2}\d{1,2}\s*\+?\s*(?:years|yrs|yoe)\b|\b\d{1,2}\s*\+?\s*(?:years|yrs|yoe)\b[^?]{0,30}\b(?:requir\w*|asked|wanted|expected|minimum)\b/i;
const VISA =
  /\b(?:visas?|sponsor\w*|relocat\w*|work permit|blue card|right to work|mov(?:e|ing) (?:to|abroad|countries|overseas)|non-?eu|non-?us|h-?1b|need(?:s)? sponsorship)\b/i;
const INTERVIEW_WORDS =
  /\b(?:(?:system )?design questions?|coding questions?|practice (?:problems|prompts|questions)|interview\w*|system design round|design round|take[- ]?home|coding (?:test|round|challenge)|hiring process|loop|onsite round|behavioral|behavioural)\b/i;
// Preparing is often the motive, not the question: "what do they require? trying to steer her
// prep", "the requirements … I want to prepare" ask for what is required.
const PREP = /\bprep(?:are|ares|ared|aring|aration)?\b/i;
const ASKED_OVER_MOTIVE =
  /\b(?:requir\w*|reqs?|must[- ]haves?|prerequisites?|ask(?:s|ed)? for|look(?:s|ing)? for|what skills|salar\w*|pay|years of|yoe)\b/i;
const INTERVIEW = {
  test: (q: string) => INTERVIEW_WORDS.test(q) || (PREP.test(q) && !ASKED_OVER_MOTIVE.test(q)),
};
const CAREER =
  /\b(?:(?:go|going|move|moving|switch\w*|step\w*|get|getting|come|coming) back (?:to|into) (?:an? )?(?:ic|individual contributor|(?:tech )?lead|engineering|coding)|from (?:an? )?(?:engineering |people )?manag\w* (?:back )?(?:to|into)|what(?:'s|’s|s| is| comes) next|next level|where do i go from here|(?:senior|mid|lead|staff|principal)s? to (?:tech )?(?:lead|staff|principal|manager|em)\b|make the (?:jump|leap|move|switch)|level up|move up|moving up|step up|promot\w*|become an? (?:tech )?lead|becoming an? (?:tech )?lead|get to (?:tech )?(?:lead|senior|staff|principal|manager|em)|become (?:an? )?(?:senior|staff|principal|engineering manager|manager)|career (?:path|ladder|progression|move|step|growth)|next step|path (?:to|from)|transition(?:ing)? (?:from|to|into)|grow into|get into (?:a )?(?:tech )?lead|from (?:senior|mid|staff|lead) (?:to|into)|after (?:being an? )?(?:tech )?lead|where (?:can|does) (?:a )?lead (?:go|lead)|switch(?:ing)? (?:to|into) management|go into management|where (?:do|can|could|should|would) (?:people|i|you|leads?|engineers|folks) (?:usually |typically |normally )?go|what(?:'s|’s| is) next|after this|(?:staff|principal|ic)\b[^?]{0,25}\bor\b[^?]{0,25}\b(?:management|manager|em|people management)|(?:management|manager|em)\b[^?]{0,25}\bor\b[^?]{0,25}\b(?:staff|principal|ic))\b/i;
const READINESS =
  /\b(?:(?:is|isn'?t|it'?s|that'?s) (?:that |it |this )?(?:even |really )?(?:realistic|feasible|doable|a stretch)|(?:no |any )?point (?:in )?applying|worth applying|(?:a |any )?shot at|am i ready|am i qualified|ready (?:for|to be|to become|to apply)|good enough|enough (?:for|to)|qualify|do i (?:meet|stand a chance|have (?:enough|a chance))|(?:can|could|would|will|should) i (?:apply|get|land|go for)|chance (?:at|for)|i have \d+|with \d+ (?:years|yrs|yoe)|\d+ (?:years|yrs|yoe) (?:of )?(?:exp\w*|in|as|with)?|\d+\+? ?(?:years|yrs|yoe)\b(?=[^?]*\b(?:i|me|my)\b))\b/i;
const LEVEL_COMPARE =
  /\b(?:vs\.?|versus|compared? (?:to|with)|differ\w*|difference|diff|gap between|between (?:an? )?(?:senior|lead|staff|principal|manager)s? and|(?:above|below|higher than|lower than|more senior than|outrank\w*)(?= (?:an? )?(?:senior|lead|staff|principal|manager|em)s?\b)|(?:is|are) (?:an? )?(?:principal|staff|lead|tech lead)s?(?: engineers?)? (?:\w+ )?(?:managers?|ems?|people managers?)\b|distinguish\w*|separat(?:es?|ing)|sets? (?:\w+ ){1,4}apart|same (?:thing|as)|is an? (?:tech(?:nical)? |team )?lead (?:\w+ ){0,2}(?:an? |the same as an? )?(?:engineering manager|manager|em|people manager)|do (?:tech )?leads (?:have|manage|line[- ]manage) (?:direct )?(?:reports|people|a team)|direct reports|people management|manage people|line manag\w*|1[:-]?(?:on-?)?1s?|one[- ]on[- ]ones?|perf(?:ormance)? reviews?|(?:that|it)(?:'s|’s| is) (?:the |an? )?(?:ems?|managers?|engineering managers?)['’]?s? (?:job|role|thing|responsibility)|(?:ems?|managers?)['’]s? (?:job|responsibility)|(?:lead|staff|principal|senior|manager)[^?]{0,20}\bor\b[^?]{0,20}\b(?:lead|staff|principal|senior|manager)\b[^?]*\b(?:better|choose|pick|should|which)\b)/i;
const JOB_TERMS: Array<[RegExp, JobTerm]> = [
  [/\b(?:equity|stock options?|rsus?|shares|esop|vesting)\b/i, 'equity'],
  [/\b(?:on[- ]?call|pager(?:duty)?|out[- ]of[- ]hours|weekend (?:support|rota)|rota)\b/i, 'on-call'],
  [/\b(?:four[- ]day|4[- ]day|32[- ]hours?|compressed (?:hours|week))\b/i, 'four-day week'],
  [/\b(?:part[- ]time|reduced hours|fewer hours|0\.\d fte|\d{2}%? fte)\b/i, 'part-time'],
  [
    /\b(?:contract(?:s|or|ors)?|freelanc\w*|b2b|day[- ]rate|inside ir35|outside ir35|fixed[- ]term)\b/i,
    'contract',
  ],
  [/\b(?:bonus(?:es)?)\b/i, 'bonus'],
];
const LIST_COMPANIES =
  /\b(?:does |is )?any(?:one|body| company) (?:hir\w*|recruit\w*)\b|\b(?:which|what|list(?: me)?(?: the| all| every| some)?|name(?: me)? (?:some|the|all|every|a few)|show me(?: the| all| some)?|any) (?:(?!(?:do|does|did|is|are|was|were|should|can|could|would|will|the|a|an|my|your)\b)[\w-]+ ){0,2}?(?:companies|compan(?:y|ies)|employers?|firms?|orgs?|organi[sz]ations?|places|startups?|banks?|fintechs?|healthtechs?|insurtechs|proptechs|edtechs|studios|insurers|retailers|scale-?ups|shops|outfits|agencies|unicorns)\b|\bwho(?:'s| is)? (?:hir\w*|recruit\w*|looking)\b|\bcompanies (?:that|which|who|hiring|are hiring|with)\b|\bwhere (?:can|could|should) i (?:apply|work)\b/i;
// "anything in toronto?", "who's hiring in lisbon", "any roles in the uk": with a place, a list.
const PLACE_LIST =
  /^\W*(?:any(?:thing|one|body)?|who)\b|^\W*which (?:\w+ ){0,3}(?:roles|jobs|positions|openings|listings|gigs)\b|^\W*(?:(?:lead|senior|staff|principal|backend|remote) )?(?:jobs?|roles?|openings?|positions?|gigs?|listings?|companies)(?: \w+){0,2} in\b|\bwhat(?:'s|’s|s| is)(?: there)? in\b|\bwhat(?:'s|’s|s| is)? (?:out )?there\b|\b(?:anything|any (?:jobs?|roles?|openings?|positions?|gigs?|listings?|postings?|vacanc\w*))\b|\bwho(?:'s|’s| is)? (?:hiring|there|around)\b/i;
const SKILL_COMPARE =
  /\b(?:compar\w*|demand for|more (?:common|popular|in demand|demanded|requested|wanted|asked|often|valuable|useful)|less (?:common|popular)|comes? up more|shows? up more|appears? more|most (?:common|popular)|which (?:is|one|of)|better (?:to learn|bet|choice)|should i learn|vs\.?|versus|compared? (?:to|with)|or)\b/i;
const SKILL_FREQUENCY =
  /\b(?:how (?:common|often|many|popular|important|much (?:do|does|is))|what (?:share|percentage|percent|fraction|proportion)|percent(?:age)?|share of|in demand|do (?:most|all|many|they|i|you|lead\w*|roles|listings|jobs) (?:\w+ ){0,3}(?:need|require|ask|want|use|have to know)|is \w+(?: \w+)? (?:required|needed|necessary|essential|a must|common|popular|worth)|(?:required|needed|asked for) (?:in|by)|ask(?:s|ed)? for|mention\w*|count|(?:even |still )?a thing|worth (?:it|learning)|used (?:much|at all|anywhere|a lot)|(?:does|do) (?:any(?:one|body)|any (?:companies|roles|listings|jobs)) (?:use|want|ask for|need)|any(?:one|body) (?:using|want\w*|ask\w*))\b/i;
const TOP_SKILLS =
  /\bwhat(?:'s|’s|s| is| are)? (?:hot|trending|popular|hyped|in[- ]demand|most wanted)\b|\b(?:hot|hottest|trending|trendy|in[- ]demand|popular)\b[^?]{0,20}\b(?:stacks?|techs?|skills?|languages?|tools?|frameworks?|databases?)\b|\b(?:databases?|dbs|datastores?|languages?|clouds?|cloud providers?|frameworks?|message (?:queues?|brokers?)|queues?)\b[^?]{0,30}\b(?:most|show up|come up|appear|used|common|popular)\b|\b(?:top|most (?:common|asked|requested|wanted|popular|important|in[- ]demand|frequent)|main|key|common|typical|popular|which|what) (?:\w+ ){0,3}(?:skills?|technologies|technology|tech stacks?|stacks?|tools?|languages?|frameworks?|databases?|clouds?|techs?(?! lead))\b(?! (?:lead|leads)\b)|\b(?:hot|hottest|trending|trendy|hyped|meta|popular|go-to|standard|usual) (?:\w+ )?(?:stacks?|techs?|skills?|languages?|tools?|frameworks?)\b|\btop \d+ (?:\w+ )?(?:skills?|skils|skillz|tech\w*)\b|\bskils\b|\bskills? (?:(?:are|is) )?most\b|\bwhat (?:should|do) i (?:learn|study)\b|\bin demand\b/i;
const DUTIES =
  /\b(?:how (?:do|does|should|would) (?:an? |the )?(?:tech |new )?leads? (?:\w+ ){0,2}(?:handle|work|deal|run|approach|balance|mentor|review|lead|manage)\b|part of (?:an? |the )?(?:lead|leads|lead['’]s) (?:job|role)|split between coding|coding and leading|(?:common )?mistakes|design reviews?|code reviews?|incidents?|postmortems?|work(?:ing)? with product|product (?:managers?|owners?|people|team)|roadmaps?|push(?:ing)? back|say(?:ing)? no to|stakeholders?|(?:do|does) (?:tech )?leads? (?:still )?(?:write|code|coding)|write (?:much )?code|what'?s expected|first \d+ days|day[- ]to[- ]day|day in the life|typical (?:day|week)|what (?:does|do|would|will) (?:an? |the )?(?:\w+ ){0,3}(?:lead|engineer|manager|staff|principal)s? (?:actually |really |even )*do|all day|whole day|what do (?:they|you|leads) (?:actually |really )?do|responsibilit\w*|duties|spend\w* (?:their|my|the|a|your) (?:time|week|day|days|hours)|(?:their|a|the) (?:week|day) look like|how much (?:time )?(?:coding|code|hands[- ]on)|how much (?:time|of (?:the|their|a) (?:week|day))\b[^?.,]{0,40}\b(?:meetings?|coding|code|hands[- ]on)|hands[- ]on|still code|what is expected|expectations of|own(?:ership)?|accountab\w*|work on)\b/i;
const REQUIREMENTS =
  /\b(?:requir\w*|reqs?|need(?:ed|s)?|ask(?:s|ed)? for|look(?:ing)? for|qualif\w*|what (?:does|do) (?:it|they) take|must[- ]haves?|prerequisites?|expect(?:ed|ations)?|what skills|skills? (?:do|are|for))\b/i;
const ON_TOPIC =
  /\b(?:jobs?|posted|databases?|dbs|datastores?|clouds?|tools?|tech|gigs?|devs?|engs?|yoe|wfh|(?:day |hourly )?rates?|contract\w*|freelanc\w*|stack|roles?|positions?|openings?|engineers?|engineering|developers?|backend|back-end|lead|leads|leading|tech lead|hiring|hire|salar(?:y|ies)|pay|paid|comp|compensation|interviews?|career|skills?|stack|experience|years|team|compan(?:y|ies)|listings?|postings?|remote|hybrid|on-?site|office|mentor\w*|manager|staff|principal|senior|offers?|recruit\w*|resume|cv|require\w*|technolog\w*|languages?|frameworks?|on-?call|visa|relocat\w*|equity|contract|promot\w*|four[- ]day|4[- ]day|part[- ]time|bonus\w*|stock options?|rsus?|esop|sponsor\w*)\b/i;

const CURRENCY_WORDS: Array<[RegExp, string]> = [
  [/\b(?:eur|euros?)\b|€/i, 'EUR'],
  [/\b(?:gbp|pounds?|quid|sterling)\b|£/i, 'GBP'],
  [/\b(?:cad|canadian[- ]dollars?)\b|\bc\$/i, 'CAD'],
  [/\b(?:aud|australian[- ]dollars?)\b|\ba\$/i, 'AUD'],
  [/\b(?:chf|swiss francs?|francs?)\b/i, 'CHF'],
  [/\b(?:sek|kronor|swedish krona)\b/i, 'SEK'],
  [/\b(?:inr|rupees?)\b|₹/i, 'INR'],
  [/\b(?:pln|zloty|złoty)\b/i, 'PLN'],
  [/\b(?:brl|reais|brazilian reals?)\b/i, 'BRL'],
  [/\b(?:sgd)\b/i, 'SGD'],
  [/\b(?:jpy|yen)\b|¥/i, 'JPY'],
  [/\b(?:usd|us[- ]?dollars?|american dollars?|dollars?|bucks)\b|(?<![a-z])\$/i, 'USD'],
];

// Places named in everyday forms the gazetteer spells otherwise.
const PLACE_ALIASES: Record<string, ResolvedPlace> = {
  us: { name: 'US', country: 'United States' },
  usa: { name: 'USA', country: 'United States' },
  'the us': { name: 'US', country: 'United States' },
  'the states': { name: 'US', country: 'United States' },
  america: { name: 'America', country: 'United States' },
  uk: { name: 'UK', country: 'United Kingdom' },
  britain: { name: 'Britain', country: 'United Kingdom' },
  england: { name: 'England', country: 'United Kingdom' },
  europe: { name: 'Europe', region: 'europe' },
  eu: { name: 'EU', region: 'europe' },
  emea: { name: 'EMEA', region: 'europe' },
  latam: { name: 'LATAM', region: 'latin-america' },
  'latin america': { name: 'Latin America', region: 'latin-america' },
  'south america': { name: 'South America', region: 'latin-america' },
  apac: { name: 'APAC', region: 'asia-pacific' },
  asia: { name: 'Asia', region: 'asia-pacific' },
  'north america': { name: 'North America', region: 'north-america' },
  africa: { name: 'Africa', region: 'africa' },
  'middle east': { name: 'Middle East', region: 'middle-east' },
};

/** Resolves a place as named into the extracted-place fields it matches. */
export function resolvePlace(name: string, gazetteer: Gazetteer): ResolvedPlace | undefined {
  const lower = name.trim().toLowerCase().replace(/\s+/g, ' ');
  const alias = PLACE_ALIASES[lower];
  if (alias) return { ...alias, name: name.trim() };
  const city = gazetteer.cityMentions(name)[0];
  if (city && city.city.toLowerCase() === lower)
    return { name: name.trim(), city: city.city, country: city.country };
  const country = gazetteer.country(lower);
  if (country && lower.length > 2) return { name: name.trim(), country: country.country };
  if (city) return { name: name.trim(), city: city.city, country: city.country };
  return undefined;
}

/** The place the question names, as it names it: a city first, then a country, then a region. */
function namedPlace(question: string, gazetteer: Gazetteer): ResolvedPlace | undefined {
  const text = question.replace(/[?!.,;:()]/g, ' ');
  // Cities that are also everyday words ("split", "nice", "reading") count only capitalised.
  const city = gazetteer
    .cityMentions(text)
    .find(
      (c) =>
        !WORD_CITIES.has(c.city) ||
        new RegExp(`\\b${escapeRegExp(c.city[0]!.toUpperCase() + c.city.slice(1))}\\b`).test(text),
    );
  if (city) {
    const m = new RegExp(`\\b${escapeRegExp(city.city)}\\b`, 'i').exec(text);
    return { name: m ? m[0] : city.city, city: city.city, country: city.country };
  }
  // Countries by name (longest first), then codes in capitals ("US", "UK") and region words.
  const words = text.split(/\s+/).filter(Boolean);
  for (let size = 3; size >= 1; size--)
    for (let i = 0; i + size <= words.length; i++) {
      const phrase = words.slice(i, i + size).join(' ');
      const lower = phrase.toLowerCase();
      // Two-letter words count only in capitals ("US", not "us"), but "uk" and "eu" are no words.
      if (lower.length <= 2 && phrase !== phrase.toUpperCase() && !/^(?:uk|eu)$/.test(lower)) continue;
      if (/^(?:us|in|it|me|my|no|or|at|to|an|as|is|be|do|go|so|on|id|hi|ok)$/.test(lower) && phrase !== 'US')
        continue;
      const alias = PLACE_ALIASES[lower];
      if (!alias && lower.startsWith('the ')) continue;
      if (alias && (lower !== 'us' || phrase === 'US')) {
        // "the US" is named "US"; "the states" keeps its article (alone it is no place).
        const bare = phrase.replace(/^the /i, '');
        return { ...alias, name: PLACE_ALIASES[bare.toLowerCase()] ? bare : phrase };
      }
      if (lower.length > 2 || phrase === phrase.toUpperCase()) {
        const country = gazetteer.country(lower);
        if (country && !/^(?:lead|staff|go|java|rust|remote|senior|principal|manager)$/i.test(lower))
          return { name: phrase, country: country.country };
      }
    }
  return undefined;
}

// Countries by the adjective members use for them ("german lead jobs", "dutch fintechs").
const COUNTRY_ADJECTIVES: Record<string, string> = {
  american: 'United States',
  'us-based': 'United States',
  canadian: 'Canada',
  mexican: 'Mexico',
  brazilian: 'Brazil',
  argentinian: 'Argentina',
  argentine: 'Argentina',
  colombian: 'Colombia',
  chilean: 'Chile',
  british: 'United Kingdom',
  'uk-based': 'United Kingdom',
  scottish: 'United Kingdom',
  irish: 'Ireland',
  german: 'Germany',
  dutch: 'Netherlands',
  belgian: 'Belgium',
  french: 'France',
  spanish: 'Spain',
  portuguese: 'Portugal',
  italian: 'Italy',
  swiss: 'Switzerland',
  austrian: 'Austria',
  polish: 'Poland',
  czech: 'Czech Republic',
  romanian: 'Romania',
  hungarian: 'Hungary',
  ukrainian: 'Ukraine',
  swedish: 'Sweden',
  norwegian: 'Norway',
  danish: 'Denmark',
  finnish: 'Finland',
  estonian: 'Estonia',
  lithuanian: 'Lithuania',
  latvian: 'Latvia',
  greek: 'Greece',
  serbian: 'Serbia',
  croatian: 'Croatia',
  bulgarian: 'Bulgaria',
  turkish: 'Turkey',
  indian: 'India',
  japanese: 'Japan',
  singaporean: 'Singapore',
  australian: 'Australia',
  'new zealand': 'New Zealand',
  kiwi: 'New Zealand',
  israeli: 'Israel',
  emirati: 'United Arab Emirates',
  nigerian: 'Nigeria',
  kenyan: 'Kenya',
  'south african': 'South Africa',
  korean: 'South Korea',
  chinese: 'China',
  vietnamese: 'Vietnam',
  filipino: 'Philippines',
  indonesian: 'Indonesia',
  malaysian: 'Malaysia',
  european: 'Europe',
  'latin american': 'Latin America',
  asian: 'Asia',
};
const PLACE_ADJECTIVE = new RegExp(
  `\\b(${Object.keys(COUNTRY_ADJECTIVES)
    .sort((a, b) => b.length - a.length)
    .join(
      '|',
    )})(?!\\s*-?\\s*(?:speak\\w*|language|fluen\\w*|skills?))\\s+(?:(?!(?:for|the|a|an|in|at|to|of|with|and|or)\\s)[\\w+#.-]+\\s+){0,3}?(?:jobs?|roles?|gigs?|listings?|postings?|positions?|openings?|vacanc\\w+|compan(?:y|ies)|employers?|firms?|startups?|scale-?ups?|market|fintechs?|banks?|teams?|leads?|engineers?|devs?|offices?)\\b`,
  'i',
);

/**
 * A place named by its adjective before a kind of job or employer ("german lead jobs", "Dutch
 * companies"); never a language asked about ("do I need Japanese?").
 */
function placeByAdjective(question: string, gazetteer: Gazetteer): ResolvedPlace | undefined {
  const m = PLACE_ADJECTIVE.exec(question);
  if (!m) return undefined;
  const name = COUNTRY_ADJECTIVES[m[1]!.toLowerCase()]!;
  return resolvePlace(name, gazetteer);
}

/** A place typed with a typo that the search layer corrected ("amsterdamm" → Amsterdam). */
function correctedPlace(
  understood: QueryPlan,
  gazetteer: Gazetteer,
  where: string,
): ResolvedPlace | undefined {
  for (const c of understood.corrections) {
    // Only words still in the text places are read from (not the member's own whereabouts).
    if (c.from.length < 5 || !where.toLowerCase().includes(c.from.toLowerCase())) continue;
    const p = namedPlace(c.to, gazetteer);
    if (p?.city || p?.country) return p;
  }
  return undefined;
}

/**
 * The text places are read from: where the member is ("I'm in Brazil", "I live in Lagos") says
 * where they come from when they ask about moving or visas, not where the jobs should be.
 */
function placeText(raw: string): string {
  // A currency's country ("paid in US dollars", "Swiss francs") names no place.
  const question = raw.replace(
    /\b(?:us|u\.s\.|american|canadian|australian|singapore|hong kong|new zealand)[- ]?dollars?\b|\bswiss[- ]francs?\b|\bbritish pounds?\b|\bindian rupees?\b|\bswedish kron\w+\b|\bpolish zloty\b|\bjapanese yen\b|\bbrazilian reals?\b/gi,
    ' ',
  );
  if (!/\b(?:visas?|sponsor\w*|relocat\w*|work permit|mov(?:e|ing)|abroad|emigrat\w*)\b/i.test(question))
    return question;
  return question
    .replace(
      /\b(?:i'?m|i am|im|i live|i'?m living|i'?m currently|i currently live|living|based|i'?m based|i come|coming|originally)\s+(?:currently\s+|based\s+|living\s+|located\s+)?(?:in|from)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?/giu,
      ' ',
    )
    .replace(
      // "im a senior eng in Lagos", "I am a backend developer from Brazil": the asker, by their job.
      /\b(?:i'?m|i am|im)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:engs?|engineers?|devs?|developers?|leads?|programmers?|swes?|sdes?|architects?|people|person)\s+(?:currently\s+)?(?:based\s+|living\s+|located\s+|working\s+)?(?:in|from)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?/giu,
      ' ',
    );
}

const WORD_CITIES = new Set([
  'split',
  'nice',
  'reading',
  'bath',
  'mobile',
  'bend',
  'split',
  'hope',
  'university',
  'cork',
  'sale',
  'lead',
  'remote',
  'home',
  'basic',
  'delta',
  'ware',
  'many',
]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Industry words that are also skills, job words or everyday words: an industry only with a
// word that makes it one ("in the infrastructure space", "security companies", "at a bank").
const AMBIGUOUS_INDUSTRY_WORDS = new Set(
  'money credit trading claims game ads delivery transport power grid infrastructure infra observability security identity iam video learning property leasing hr law industrial space ai ml b2b foundation workforce booking bookings housing commerce utility investment finance financial cars ev media streaming retail advertising marketing'.split(
    ' ',
  ),
);
const INDUSTRY_CONTEXT =
  '(?:industry|industries|sector|sectors|space|domain|compan(?:y|ies)|firms?|startups?|employers?|businesses|orgs?|organi[sz]ations?|side|world)';

/** Reads the industry a question names ("healthtech", "fintech", "game studios"). */
export function industryNamed(question: string, industries: PlannerDeps['industries']): string | undefined {
  const lower = ` ${question.toLowerCase()} `;
  let best: { id: string; len: number } | undefined;
  for (const ind of industries)
    for (const alias of [ind.id, ...ind.aliases]) {
      const a = escapeRegExp(alias.toLowerCase());
      // A plural names the industry too ("which fintechs", "healthtechs").
      const bare = new RegExp(`(?:^|[^\\p{L}\\p{N}])${a}s?(?:$|[^\\p{L}\\p{N}])`, 'u');
      const ok = AMBIGUOUS_INDUSTRY_WORDS.has(alias.toLowerCase())
        ? new RegExp(
            `\\b${a}[\\s-]+${INDUSTRY_CONTEXT}\\b|\\b(?:in|at|for|into) (?:the |a |an )?${a}(?:[?.!,]|\\s*$)`,
            'u',
          ).test(lower)
        : bare.test(lower);
      if (ok && (!best || alias.length > best.len)) best = { id: ind.id, len: alias.length };
    }
  return best?.id;
}

/**
 * The companies of a corpus, indexed once per company list (one generation's listings) so that a
 * question is matched against the few companies its words can name, not against every company.
 */
interface CompanyIndex {
  /** Distinct companies, longest first (ties in corpus order): the order names are tried in. */
  companies: string[];
  /** Full names (3+ characters) by the first word of their lower-case name, with their rank. */
  byFirstWord: Map<string, Array<{ rank: number; re: RegExp }>>;
  /** Full names a first word cannot find (they open with a mark or a non-ASCII letter). */
  unkeyed: Array<{ rank: number; re: RegExp }>;
  /** The same for the distinctive first words ("sorrelbyte" for "Sorrelbyte Systems"). */
  byDistinctive: Map<string, Array<{ rank: number; word: string; re: RegExp }>>;
  unkeyedDistinctive: Array<{ rank: number; word: string; re: RegExp }>;
}

const companyIndexes = new WeakMap<PlannerDeps['listings'], CompanyIndex>();
// A `\b…` match of text opening with an ASCII word character begins at a whole ASCII word of
// the question: that word is the key. Text opening otherwise is tried on every question.
const ASCII_WORD = /[a-z0-9_]+/g;
const keyOf = (text: string): string | null => /^[a-z0-9_]+/i.exec(text)?.[0] ?? null;

function companyIndex(listings: PlannerDeps['listings']): CompanyIndex {
  let index = companyIndexes.get(listings);
  if (index) return index;
  const companies = [...new Set(listings.map((l) => l.company))].sort((a, b) => b.length - a.length);
  index = {
    companies,
    byFirstWord: new Map(),
    unkeyed: [],
    byDistinctive: new Map(),
    unkeyedDistinctive: [],
  };
  for (const [rank, c] of companies.entries()) {
    const lower = c.toLowerCase();
    if (c.length >= 3) {
      const entry = { rank, re: new RegExp(`\\b${escapeRegExp(lower)}\\b`) };
      const key = keyOf(lower);
      if (key === null) index.unkeyed.push(entry);
      else if (index.byFirstWord.has(key)) index.byFirstWord.get(key)!.push(entry);
      else index.byFirstWord.set(key, [entry]);
    }
    const word = distinctiveWord(c);
    if (word) {
      const entry = { rank, word, re: new RegExp(`\\b${escapeRegExp(word)}(?:'s|’s)?\\b`) };
      const key = keyOf(word);
      if (key === null) index.unkeyedDistinctive.push(entry);
      else if (index.byDistinctive.has(key)) index.byDistinctive.get(key)!.push(entry);
      else index.byDistinctive.set(key, [entry]);
    }
  }
  companyIndexes.set(listings, index);
  return index;
}

/** A named company of the corpus, by its full name or its distinctive first word. */
export function companyNamed(
  question: string,
  listings: PlannerDeps['listings'],
): { company: string; asked: string } | undefined {
  const lower = question.toLowerCase();
  const index = companyIndex(listings);
  const words = new Set(lower.match(ASCII_WORD) ?? []);
  const candidates = <T extends { rank: number }>(byWord: Map<string, T[]>, unkeyed: T[]): T[] =>
    [...unkeyed, ...[...words].flatMap((w) => byWord.get(w) ?? [])].sort((a, b) => a.rank - b.rank);
  // The longest full name first, then the longest company's distinctive word.
  for (const c of candidates(index.byFirstWord, index.unkeyed)) {
    const m = c.re.exec(lower);
    const company = index.companies[c.rank]!;
    if (m) return { company, asked: question.slice(m.index, m.index + company.length) };
  }
  for (const c of candidates(index.byDistinctive, index.unkeyedDistinctive)) {
    const m = c.re.exec(lower);
    if (m)
      return { company: index.companies[c.rank]!, asked: question.slice(m.index, m.index + c.word.length) };
  }
  return undefined;
}

const GENERIC = new Set(
  'the data health labs systems digital cloud group global tech bank games energy software solutions studio works open public smart north south east west first blue green red lead senior staff principal remote hybrid backend engineer engineering platform'.split(
    ' ',
  ),
);
function distinctiveWord(company: string): string | null {
  const first = company.toLowerCase().match(/[\p{L}\p{N}]+/u)?.[0];
  return first && first.length >= 4 && !GENERIC.has(first) ? first : null;
}

// "at Stripe", "does Netflix hire", "Acme's interview": a capitalised name that may be a company.
const COMPANY_SHAPE =
  /\b(?:[Aa]t|[Ff]or|[Ff]rom|[Ww]ith|[Jj]oin(?:ing)?|[Aa]bout|[Dd]oes|[Dd]o|[Ii]s|[Ii]f|[Ww]hether|at the company) ((?:[A-Z][\w&.-]*)(?: (?:[A-Z][\w&.-]*|&|of|and)){0,3})(?='s|’s|\b)|\b((?:[A-Z][\w&.-]+)(?: [A-Z][\w&.-]+){0,2})(?:'s|’s) (?:interview|salar|pay|stack|listing|role|job|lead|office|remote|hiring|process)/;
const NOT_COMPANY = new Set(
  'PM PMs EM EMs CTO CEO CFO VP HR QA SRE SREs API APIs PR PRs CV CVs AI ML IC ICs FAANG MAANG L4 L5 L6 L7 L8 E5 E6 E7 IC4 IC5 IC6 LinkedIn Glassdoor Discord Slack I Is Do Does Go Rust Java Kotlin Python Kafka Kubernetes AWS GCP Azure Lead Leads Senior Staff Principal Manager Remote Hybrid Europe Berlin London US UK EU The A An What Which How Who Where When Why Can Could Should Would My Tech Backend Engineer Engineers Engineering Postgres PostgreSQL Redis Node Terraform Docker Spring FAANG Big Tech Series Seed'.split(
    ' ',
  ),
);

// The same places for a name typed in lower case, as chat does ("is shopify hiring", "whats zalando
// paying", "does monzo do remote", "roles at amazon?"): one word in a slot only a company fills.
const LOWER_COMPANY_SLOTS: RegExp[] = [
  /\b(?:is|are) ([a-z][\w&.-]{2,}) (?:in|on) (?:your|the) (?:list|corpus|data\w*|listings|index)\b/i,
  /\b(?:anything|any (?:roles?|jobs?|listings?|openings?)|listings?|roles?|jobs?|openings?) (?:from|by) ([a-z][\w&.-]{2,})\b/i,
  /\b(?:is|are|if|whether) ([a-z][\w&.-]{2,}) (?:still |even |currently |actually )?(?:hiring|recruiting|paying|laying off|remote[- ]first|any good|legit|a good (?:place|company|employer))\b/i,
  /\b(?:does|do|did|will|would|can|could|if|whether) ([a-z][\w&.-]{2,}) (?:still |even |actually |really |ever )?(?:hire|hires|hiring|pay|pays|do|does|offer|offers|have|has|sponsor|sponsors|allow|allows|interview|interviews|use|uses|let|lets|support|supports|relocate|recruit|recruits)\b/i,
  /\b(?:what(?:'s|’s|s| is| does| do)?|how much (?:does|do|is)|hows|how's|how is) ([a-z][\w&.-]{2,})(?:'s|’s)? (?:paying|pay|pays|salar\w*|interview\w*|stack|hiring|comp|tc|offering|wlb|culture|like to work)\b/i,
  /\b(?:at|join|joining|joined) ([a-z][\w&.-]{2,})(?:'s|’s)?\s*(?:[?!.,;:]|$|\b(?:rn|right now|now|lately|atm|these days|tho|though|lol|for (?:backend|leads?|engineers?|a lead))\b)/i,
  /\b([a-z][\w&.-]{2,})(?:'s|’s) (?:interview\w*|salar\w*|pay|stack|listings?|roles?|jobs?|leads?|offices?|hiring|process|culture|wlb|comp|tc|openings?)\b/i,
];
// Words that fill those slots without being a name.
const NOT_NAME = new Set(
  `the a an and or but nor if so to of in on by as not no yes how why when where i you u ya we they he she it its this that these those there here who what which whom whose anyone anybody anything someone somebody something everyone everybody everything nobody noone none all any some most many much more less few each every other others both either neither one ones people person folks companies company employers employer firms firm startups startup teams team orgs places place roles role jobs job listings listing postings posting positions position openings engineers engineer devs dev developers developer leads lead seniors staff principals managers manager candidates applicants recruiters recruiter hr them me my mine your yours our ours their theirs his her us em ems cos big small large remote hybrid onsite office home work working least best worst first last next new old good bad great nice real actual same such own only just also even still really actually ever never always usually often sometimes now then today lately rn atm tho though yet already again too very quite pretty kinda sorta lol lmao tbh imo idk ngl fr pls plz thx ty btw all once time times year years yrs yoe month months week weeks day days hour hours money pay salary salaries comp equity stock bonus visa visas interview interviews process stack tech backend frontend fullstack full cloud data infra platform product products service services code coding software systems system design scale least well much enough sure fine example instance reason`.split(
    ' ',
  ),
);

const KINDS = new Set(
  'enterprises corporates corporations unicorns studios shops firms governments nonprofits charities hospitals schools banks insurers fintechs startups agencies consultancies'.split(
    ' ',
  ),
);
const SKILL_ALIASES = new Set(
  'golang k8s postgres psql node nodejs js ts py dotnet csharp cpp tf mongo es kube react vue'.split(' '),
);

/** A company typed in lower case in a company slot, unknown to the corpus (null when none). */
function lowerCaseCompany(question: string, deps: PlannerDeps, known: string[]): string | undefined {
  for (const re of LOWER_COMPANY_SLOTS) {
    const m = re.exec(question);
    const name = m?.[1]?.replace(/[.,-]+$/, '');
    if (!name) continue;
    const lower = name.toLowerCase();
    if (NOT_NAME.has(lower) || NOT_COMPANY.has(name) || /^\d/.test(name)) continue;
    // Kinds of people or employers ("contractors", "agencies", "scaleups") are no company.
    if (/(?:ers|ors|ists|ians|ants|ents|ees|iors|ids|ies|ups)$/.test(lower) || KINDS.has(lower)) continue;
    // A skill's everyday alias ("is golang hiring") is no company either.
    if (SKILL_ALIASES.has(lower)) continue;
    if (known.some((s) => s.toLowerCase() === lower)) continue;
    if (
      levelsNamed(name).length ||
      resolvePlace(name, deps.gazetteer) ||
      industryNamed(name, deps.industries)
    )
      continue;
    if (namedPlace(name, deps.gazetteer)) continue;
    return name;
  }
  return undefined;
}

// A legal form ends a company's name whatever its other words are ("redis inc", "Vexa GmbH"); a
// lab or analytics firm is one when its name is capitalised ("Berlin Analytics", "Ferro Labs").
const LEGAL_FORM = /^(?:inc|ltd|limited|gmbh|llc|plc|corp|co|s\.?a|s\.?l|b\.?v|oy|ab|pty)\.?$/i;
const ORG_WORD =
  /^(?:Labs|Analytics|Technologies|Software|Systems|Solutions|Group|Holdings|Ventures|Studios|Digital|Robotics)$/;
// A name in quotes asked about as an employer ("'Berlin Analytics' — any listings from them?").
const QUOTED_NAME =
  /(?:^|[\s(])['"‘“]([A-Za-z][\w&.-]*(?:\s+[A-Za-z&][\w&.-]*){0,3})['"’”](?=[\s,.?!:;)—–-]|$)/;
const EMPLOYER_ASK =
  /\b(?:from (?:them|that (?:company|one|firm))|(?:listings?|roles?|jobs?|openings?|positions?|postings?) (?:from|at|by)|hiring|hire|work(?:ing)? (?:at|for)|compan(?:y|ies)|employers?|any (?:listings?|openings?|roles?|jobs?))\b/i;

/** A company named by its legal form, an org word or quotes, that the corpus does not hold. */
function formalName(question: string, deps: PlannerDeps): string | undefined {
  const words = question.split(/\s+/).map((w) => w.replace(/^[^\w&]+|[^\w&.]+$/g, ''));
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const legal = LEGAL_FORM.test(word) && (word !== 'co' || words[i - 1] !== 'and');
    if (!legal && !ORG_WORD.test(word)) continue;
    const name: string[] = [];
    for (let j = i - 1; j >= 0 && name.length < 3; j--) {
      const w = words[j]!;
      if (
        !w ||
        QUESTION_WORD.test(w) ||
        NOT_NAME.has(w.toLowerCase()) ||
        /^(?:at|for|from|with|about|join\w*|like|than|vs|over|under|into)$/i.test(w) ||
        /^\d+$/.test(w)
      )
        break;
      // An org word's name is capitalised ("Ferro Labs", not "growth analytics").
      if (!legal && !/^[A-Z]/.test(w)) break;
      name.unshift(w);
    }
    if (name.length && (legal || EMPLOYER_ASK.test(question)))
      return `${name.join(' ')} ${word.replace(/\.$/, '')}`;
  }
  const quoted = QUOTED_NAME.exec(question)?.[1];
  if (
    quoted &&
    EMPLOYER_ASK.test(question) &&
    !resolvePlace(quoted, deps.gazetteer) &&
    !levelsNamed(quoted).length &&
    !(deps.skillsIn?.(quoted) ?? []).some((s) => s.toLowerCase() === quoted.toLowerCase())
  )
    return quoted;
  return undefined;
}

/**
 * A name asked about that is not in the corpus ("does Stripe hire leads?", "is shopify hiring"), if
 * the question has one. `typedSkills` are skills as the member typed them (an exact skill name is no
 * company); a word the search layer typo-corrected into a skill may well be one ("Monzo" is no
 * misspelt MongoDB).
 */
function unknownCompany(question: string, deps: PlannerDeps, typedSkills: string[]): string | undefined {
  const known = knownEmployer(question, deps.employers ?? []);
  if (known) return memberHistory(question, known.asked) ? undefined : known.asked;
  const formal = formalName(question, deps);
  if (formal) return memberHistory(question, formal) ? undefined : formal;
  const m = COMPANY_SHAPE.exec(question);
  let name = (m?.[1] ?? m?.[2])?.trim().replace(/[.,]+$/, '');
  // "whats google's interview like for L6": a word that is no name leaves the other slots to try.
  if (!name || NOT_COMPANY.has(name.split(' ')[0]!) || NOT_COMPANY.has(name))
    name = lowerCaseCompany(question, deps, typedSkills);
  const skills = typedSkills;
  if (!name) return undefined;
  const first = name.split(' ')[0]!;
  if (NOT_COMPANY.has(first) || NOT_COMPANY.has(name)) return undefined;
  // A word in capitals for emphasis ("why do ALL lead roles…") is no name.
  if (name === name.toUpperCase() && NOT_NAME.has(first.toLowerCase())) return undefined;
  if (skills.some((s) => s.toLowerCase() === name.toLowerCase())) return undefined;
  if (resolvePlace(name, deps.gazetteer)) return undefined;
  // "Fintech" alone is an industry; "Deutsche Bank" is a name with an industry word in it.
  if (!name.includes(' ') && industryNamed(name, deps.industries)) return undefined;
  if (levelsNamed(name).length) return undefined;
  // "why do ALL lead roles…": a word of the sentence in capitals is no name.
  if (!name.includes(' ') && NOT_NAME.has(name.toLowerCase())) return undefined;
  if (memberHistory(question, name)) return undefined;
  return name;
}

/** "I work at Google", "ex-Amazon", "after 4 years at Stripe": the member's own history, not asked about. */
function memberHistory(question: string, name: string): boolean {
  const n = escapeRegExp(name);
  return new RegExp(
    `\\b(?:(?:i|i'?ve|i'?m|im|we)\\s+(?:\\w+\\s+){0,2}(?:work(?:ed|ing)?|been|was|am|interned|spent \\S+ (?:years?|months?))\\s+(?:\\w+\\s+){0,3}(?:at|for|with)|ex-?|former(?:ly)?(?: at)?|currently at|(?:years?|yrs|months?) (?:at|with))\\s*${n}\\b`,
    'i',
  ).test(question);
}

const DURING_WORDS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const SINCE = '(?:after|since|from|later than|newer than|on or after|starting)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/**
 * The posted-after date a question states: "after 2026-11-01", "since March 2026", "after Nov 1",
 * "since the 3rd of October", "posted this month"… A date without a year is the last such day on
 * or before the reference date.
 */
/** "after 1 October" leaves that day out; "since 1 October", "from", "on or after" include it. */
function postedStrictlyAfter(question: string): boolean {
  const strict = new RegExp(
    `\\b(?:after|later than|newer than) (?:the )?(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?\\b)`,
    'i',
  );
  return strict.test(question) && !/\bon or after\b/i.test(question);
}

function postedAfter(question: string, referenceDate?: string): string | undefined {
  const iso = new RegExp(`\\b${SINCE} (\\d{4}-\\d{2}-\\d{2})\\b`, 'i').exec(question);
  if (iso) return iso[1];
  const month = new RegExp(`\\b${SINCE} (?:the (?:start|beginning) of )?${MONTH},? (\\d{4})\\b`, 'i').exec(
    question,
  );
  if (month) return `${month[2]}-${DURING_WORDS[month[1]!.toLowerCase()]}-01`;
  const ref = referenceDate ?? new Date().toISOString().slice(0, 10);
  const dayFirst = new RegExp(`\\b${SINCE} (?:the )?${DAY}(?: of)? ${MONTH}(?!,? \\d{4})`, 'i').exec(
    question,
  );
  const monthFirst = new RegExp(`\\b${SINCE} ${MONTH} ${DAY}\\b(?!,? \\d{4})`, 'i').exec(question);
  const md = dayFirst
    ? { month: dayFirst[2]!, day: Number(dayFirst[1]) }
    : monthFirst
      ? { month: monthFirst[1]!, day: Number(monthFirst[2]) }
      : undefined;
  if (md && md.day >= 1 && md.day <= 31) {
    const mm = DURING_WORDS[md.month.toLowerCase()]!;
    const dd = String(md.day).padStart(2, '0');
    const year = Number(ref.slice(0, 4));
    const date = `${year}-${mm}-${dd}`;
    return date <= ref ? date : `${year - 1}-${mm}-${dd}`;
  }
  // "in the last 2 weeks", "past month", "this week": counted back from the reference date.
  const back =
    /\b(?:in|within|over|during|from|for)?\s*(?:the\s+)?(?:last|past|previous)\s+(\d{1,3}|a|one|two|three|four|five|six|few|couple(?: of)?)?\s*(days?|weeks?|months?)\b/i.exec(
      question,
    ) ?? /\bthis\s+(week|month)\b/i.exec(question);
  if (back) {
    const words: Record<string, number> = {
      a: 1,
      one: 1,
      two: 2,
      three: 3,
      four: 4,
      five: 5,
      six: 6,
      few: 3,
    };
    const unit = (back[2] ?? back[1]!).toLowerCase().replace(/s$/, '');
    const count = back[2]
      ? back[1]
        ? (words[back[1].toLowerCase().replace(/ of$/, '')] ??
          (/couple/i.test(back[1]) ? 2 : Number(back[1])))
        : 1
      : 0;
    const d = new Date(`${ref}T00:00:00Z`);
    if (!back[2]) {
      // "this week": the last seven days; "this month": since its first day.
      if (unit === 'week') d.setUTCDate(d.getUTCDate() - 7);
      else d.setUTCDate(1);
    } else if (unit === 'day') d.setUTCDate(d.getUTCDate() - count);
    else if (unit === 'week') d.setUTCDate(d.getUTCDate() - 7 * count);
    else d.setUTCMonth(d.getUTCMonth() - count);
    if (Number.isFinite(d.getTime()) && count <= 366) return d.toISOString().slice(0, 10);
  }
  // "since October", "posted after march": the first of that month, last such month on or before.
  const bare = new RegExp(`\\b${SINCE} (?:the (?:start|beginning) of )?${MONTH}(?![\\w-])`, 'i').exec(
    question,
  );
  if (bare && !/^may$/i.test(bare[1]!)) {
    const mm = DURING_WORDS[bare[1]!.toLowerCase()]!;
    const year = Number(ref.slice(0, 4));
    const date = `${year}-${mm}-01`;
    return date <= ref ? date : `${year - 1}-${mm}-01`;
  }
  return undefined;
}

function currencyOf(question: string): string | undefined {
  for (const [re, code] of CURRENCY_WORDS) if (re.test(question)) return code;
  return undefined;
}

/** An amount the question takes for granted: "leads earn $500k", "is 300k normal". */
function premiseAmount(question: string): { amount: number; currency?: string } | undefined {
  const m =
    /([$€£])?\s?(\d{2,3}(?:[.,]\d{3})?|\d(?:\.\d)?)\s?(k|K|m|M|000)?\b\s?(usd|eur|gbp|dollars|euros|pounds)?/g;
  for (const hit of question.matchAll(m)) {
    const [, symbol, number, scale, code] = hit;
    if (!symbol && !scale && !code) continue;
    let amount = Number(number!.replace(/[.,](?=\d{3}\b)/g, ''));
    if (scale?.toLowerCase() === 'k' || scale === '000') amount *= 1000;
    if (scale?.toLowerCase() === 'm') amount *= 1_000_000;
    if (amount < 10_000) continue;
    const currency = currencyOf(`${symbol ?? ''} ${code ?? ''}`);
    return currency ? { amount, currency } : { amount };
  }
  return undefined;
}

function jobTerm(question: string): JobTerm | undefined {
  return JOB_TERMS.find(([re]) => re.test(question))?.[1];
}

/** Every job term a question names ("a four-day week or part-time hours?"), in the table's order. */
export function termsAsked(question: string): JobTerm[] {
  return JOB_TERMS.filter(([re]) => re.test(question)).map(([, term]) => term);
}

const WORD_SKILLS = new Set(['Less', 'Express', 'Chef', 'Puppet', 'Make']);

// Words of chat a typo corrector could take for a skill.
const CHAT_WORDS = new Set(
  'vibe vibes perm perms rn tho wfh yoe yrs lol lmao pls plz comp tc ngl fr idk imo tbh ofc btw gig gigs dev devs eng engs mgr mgmt sr jr'.split(
    ' ',
  ),
);

const BROAD_SKILLS: Array<[RegExp, string]> = [
  [/\bmentor(?:ing|ship)?\b/i, 'Mentoring'],
  // Hiring as a practice ("mention hiring"), not the verb ("companies are hiring leads").
  [
    /(?<!\b(?:are|is|be|being|been|companies|firms|employers|who|who's|whos|currently|actively|still|anyone|anybody|startups?)\s)\bhiring\b(?!\s+(?:leads?|engineers?|devs?|developers?|people|for|in|now|right now|remote|backend|senior|staff|principal)\b)/i,
    'Hiring',
  ],
  [/\bcode reviews?\b/i, 'Code review'],
  [/\bincident management\b/i, 'Incident management'],
  [/\bpeople management\b/i, 'People management'],
  [/\bapi design\b/i, 'API design'],
];

/**
 * Plans a question. `understood` is what the search layer read out of it (skills by alias or typo,
 * work mode, level, places); the planner decides what is asked and which of those are filters.
 */
// The words that decide an intent, long enough that a typo of one is no other word: a word one
// edit (two, from eight letters) away from one of them is read as it ("interveiw", "requirments").
const CUE_WORDS = [
  'interview',
  'interviews',
  'interviewing',
  'requirement',
  'requirements',
  'required',
  'experience',
  'salary',
  'salaries',
  'compensation',
  'responsibilities',
  'responsibility',
  'relocation',
  'sponsorship',
  'promotion',
];
export function cueSpelling(text: string): string {
  return text.replace(/\b[a-z]{6,}\b/gi, (word) => {
    const w = word.toLowerCase();
    if (CUE_WORDS.includes(w)) return word;
    // Another form of the word ("experienced", "requires") is no typo of it.
    const near = CUE_WORDS.find(
      (cue) =>
        !w.startsWith(cue) &&
        !cue.startsWith(w) &&
        w.slice(0, -2) !== cue.slice(0, -2) &&
        Math.abs(cue.length - w.length) <= 2 &&
        damerau(w, cue) <= (w.length >= 8 ? 2 : 1),
    );
    return near ?? word;
  });
}

export function planQuestion(question: string, understood: QueryPlan, deps: PlannerDeps): AnswerPlan {
  const q = cueSpelling(question.trim());
  const lower = q.toLowerCase();
  const filters: AnswerFilters = {};
  const plan: AnswerPlan = { question: question.trim(), intent: 'requirements', filters, measure: '' };

  // A greeting or thanks and nothing else asks for no figures: a friendly line, outside the listings.
  const social = SOCIAL.exec(q);
  if (social) {
    plan.intent = 'out_of_scope';
    plan.measure = 'nothing: a greeting';
    plan.greeting = social[1] ? 'thanks' : 'hello';
    return plan;
  }

  // --- Requests to refuse come first, whatever else the question says. The company named stays as
  // the filter it states (nothing is counted under it).
  const declined = (reason: NonNullable<AnswerPlan['declineReason']>, measure: string): AnswerPlan => {
    plan.intent = 'decline';
    plan.declineReason = reason;
    plan.measure = measure;
    const named = companyNamed(q, deps.listings)?.asked ?? unknownCompany(q, deps, [...understood.skills]);
    if (named) filters.company = named;
    // Invented experience: the skills it is of, and the roles it is for, stay stated too ("3 years
    // of kubernetes … the tech lead roles all filter on it").
    if (reason === 'fabricate') {
      const roles = new RegExp(
        `\\b(${LEVEL_WORD})s? (?:\\w+ )?(?:roles?|jobs?|positions?|listings?|openings?)\\b`,
        'i',
      ).exec(q);
      const level = roles ? levelOf(roles[1]!) : undefined;
      if (level) filters.level = level;
      const implied = new Set(understood.impliedSkills ?? []);
      const skills = understood.skills.filter((s) => !implied.has(s));
      if (skills.length) filters.skills = skills;
    }
    return plan;
  };
  if (WRITE_FOR_PUBLIC.test(q) && ATTACK_WORDS.test(q))
    return declined('shame', 'nothing: a request to shame an employer');
  if (
    DECLINE_SHAME.test(q) &&
    (/\b(?:compan\w*|employer|them|they|it|\w+'s|recruiter|team|manager|[A-Z]\w+)\b/.test(q) ||
      PUBLIC_VENUE.test(q) ||
      companyNamed(q, deps.listings) !== undefined)
  ) {
    return declined('shame', 'nothing: a request to shame an employer');
  }
  if (
    DECLINE_CONTACT.test(q) &&
    CONTACT_ASK.test(q) &&
    /\b(?:hiring manager|recruiter|ceo|cto|founder|manager|lead|engineer|employee|someone|somebody|person|people|everyone|everybody|who|hr|[a-z]+'s)\b/i.test(
      q,
    )
  ) {
    return declined('contact', "nothing: a request for someone's personal contact details");
  }
  if (
    (DECLINE_FABRICATE.test(q) && FABRICATE_OBJECT.test(q)) ||
    ((CV_ADD.test(q) || CV_WRITE.test(q)) && (NOT_HAD.test(q) || SAYS_UNTRUE.test(q)))
  ) {
    return declined('fabricate', 'nothing: a request to invent experience');
  }

  // --- Filters the question states.
  // "SQS" implies AWS for search; a question about SQS is not about AWS.
  const implied = new Set(understood.impliedSkills ?? []);
  let skills = understood.skills.filter((s) => !implied.has(s));
  // "go into management", "go to a startup": the verb, not the language (unless capitalised).
  if (
    skills.includes('Go') &&
    !/\bGo\b|\bgolang\b/.test(q) &&
    !/\bgo\b(?! (?:into|in|to|for|through|back|ahead|up|down|from|with|about|on|after|beyond|further|the|a|an|ic|remote)\b)/i.test(
      q,
    )
  )
    skills = skills.filter((s) => s !== 'Go');
  if (!skills.includes('Go') && /\b(?:or|and|vs\.?|versus) go\b|\bgo (?:or|vs\.?|versus)\b/i.test(q))
    skills.push('Go');
  // Chat words are never misspelt skills ("perm" is permanent, not Perl).
  const chatWord = new Set(
    understood.corrections.filter((c) => CHAT_WORDS.has(c.from.toLowerCase())).map((c) => c.to.toLowerCase()),
  );
  skills = skills.filter((s) => !chatWord.has(s.toLowerCase()));
  // Skills that are everyday words count only as written ("Less", "Express"), never "pay less".
  skills = skills.filter((s) => !WORD_SKILLS.has(s) || new RegExp(`\\b${s}\\b`).test(q));
  // One-letter languages typed in lower case are chat shorthand ("wat r the top skills"), not R or C.
  skills = skills.filter((s) => s.length > 1 || new RegExp(`\\b${s}\\b`).test(q));
  // Broad practices the search layer leaves out count when a question counts them ("how many lead
  // jobs mention mentoring?").
  if (
    /\b(?:how (?:many|common|often)|what share|percentage|mention\w*|ask(?:s|ed)? for|requir\w*)\b/i.test(q)
  )
    for (const [re, name] of BROAD_SKILLS) if (re.test(q) && !skills.includes(name)) skills.push(name);
  // "how senior do you have to be": a degree, not the senior level.
  const levels = levelsNamed(q.replace(/\bhow senior\b/gi, 'how'));
  const negated = new RegExp(
    `\\b(?:not|no|non-?|excluding|except|other than|but not|without|isn'?t|aren'?t)\\s*(?:an?\\s+|the\\s+)?(${LEVEL_WORD})s?\\b`,
    'i',
  ).exec(q);
  const notLevel = negated ? levelOf(negated[1]!) : undefined;
  const move = new RegExp(
    `\\b(?:from )?(?:an? |the )?(${LEVEL_WORD})(?: (?:engineer|developer|dev|role|level|ic))?s?(?: (?:back )?(?:to|into|towards) | ?(?:-+>|→|=>|⇒|>) ?)(?:an? |the )?(?:ic |individual contributor )?(${LEVEL_WORD})`,
    'i',
  ).exec(q);
  const toLevel = new RegExp(
    `\\b(?:become|becoming|get to|getting to|move (?:up )?to|moving (?:up )?to|promoted to|promotion to|step up to|reach|into|to|for|get|land|getting|landing) (?:an? |the )?(?:ic |individual contributor )?(${LEVEL_WORD})\\b`,
    'i',
  ).exec(q);
  let level: PlanLevel | undefined;
  if (move) {
    plan.fromLevel = levelOf(move[1]!);
    level = levelOf(move[2]!);
  } else {
    // "I've been mid-level for a while … senior roles": the member's own level is no target when
    // another is named.
    const own = new RegExp(
      `\\b(?:i'?ve been|i have been|i'?m|i am|im|i was|currently|been)\\s+(?:an? |a )?(${LEVEL_WORD})\\b`,
      'i',
    ).exec(q);
    const ownLevel = own ? levelOf(own[1]!) : undefined;
    const named = levels.filter((l) => l !== notLevel);
    const candidates = ownLevel && named.length > 1 ? named.filter((l) => l !== ownLevel) : named;
    // "do i HAVE to become a manager": whether that step is required, not the level aimed at.
    const obliged =
      toLevel !== null &&
      /\b(?:have|has|need|needs|forced|required|got|must)(?: to)?\s+(?:\w+\s+)?$/i.test(
        q.slice(0, toLevel.index),
      );
    if (
      toLevel &&
      !obliged &&
      /career|move|promot|become|step|get to|reach|transition|ready|qualif|land|get an? |could i|can i|apply|realistic|shot/i.test(
        q,
      )
    ) {
      level = levelOf(toLevel[1]!);
      const current = new RegExp(`\\b(?:i'?m|i am|as) (?:an? |the )?(${LEVEL_WORD})\\b`, 'i').exec(q);
      if (current) plan.fromLevel = levelOf(current[1]!);
    } else if (candidates.length === 1) level = candidates[0];
    else if (candidates.length > 1) {
      // "senior backend roles, not lead": the first; "lead or staff": the first named is the focus.
      level = candidates[0];
    }
  }
  if (level) filters.level = level;
  if (notLevel) filters.levelNot = notLevel;
  // "after lead, staff or EM?", "what comes after being a tech lead": the member is a lead already.
  if (
    !plan.fromLevel &&
    (/\b(?:after|beyond|past|above|from|once (?:you'?re|i'?m) an?|(?:next|the) (?:step|level|move)s? (?:after|from|for|as)|after (?:\w+ ){0,3}as) (?:being )?(?:an? |the )?(?:tech |team )?lead\b/i.test(
      q,
    ) ||
      (/\b(?:i'?m|i am|as) (?:an? |the )?(?:tech |team )?lead\b/i.test(q) &&
        (level === undefined || level === 'lead')))
  )
    plan.fromLevel = 'lead';

  const where = placeText(q);
  const place =
    namedPlace(where, deps.gazetteer) ??
    placeByAdjective(where, deps.gazetteer) ??
    correctedPlace(understood, deps.gazetteer, where);
  if (place) {
    filters.place = place.name;
    plan.place = place;
  }
  // "…and are they remote?": work mode asked about, not a filter.
  const modeAsked =
    /\b(?:are|is) (?:they|it|these|those|the (?:roles?|jobs?|positions?)|most of them)(?: \w+)? (?:remote|hybrid|on-?site|in[- ]office)\b|\b(?:remote|hybrid|on-?site) or (?:not|hybrid|on-?site|remote|in[- ]office)\b/i.test(
      q,
    );
  if (modeAsked) plan.also = ['work_mode'];
  if (understood.remote && !modeAsked) filters.workMode = understood.remote;
  else if (!modeAsked && /\bremotely\b/i.test(q)) filters.workMode = 'remote';
  else if (/\bin[- ]office\b|\bon[- ]?site\b|\boffice[- ]based\b/i.test(q)) filters.workMode = 'onsite';
  const company = companyNamed(q, deps.listings);
  // A company's own name ("Aldermoor Bank") says nothing about the industry asked for.
  const industry = industryNamed(
    company
      ? q
          .replace(new RegExp(escapeRegExp(company.company), 'i'), ' ')
          // "aldermoor bank": the rest of the company's own name, however it is typed.
          .replace(
            new RegExp(
              `${escapeRegExp(company.asked)}(?:\\s+(?:${company.company
                .toLowerCase()
                .split(/\s+/)
                .map(escapeRegExp)
                .join('|')}))+`,
              'i',
            ),
            ' ',
          )
          .replace(new RegExp(`${escapeRegExp(company.asked)}(?:\\s+[A-Z][\\w&.-]*)*`), ' ')
      : q,
    deps.industries,
  );
  if (industry) filters.industry = industry;
  if (company) filters.company = company.asked;
  if (/\bpart[- ]time\b/i.test(q)) filters.employmentType = 'part-time';
  else if (
    /\b(?:contract(?:or)?s?|freelanc\w*|day[- ]rate|b2b)\b/i.test(q) &&
    !/\bsmart contracts?\b/i.test(q)
  )
    filters.employmentType = 'contract';
  else if (/\b(?:permanent|full[- ]time employ\w*|perm)\b/i.test(q)) filters.employmentType = 'permanent';
  // A currency named is the pay currency asked for ("GBP pls", "any US-dollar contract roles?").
  const currency = currencyOf(q);
  if (currency) filters.currency = currency;
  const after = postedAfter(q, deps.referenceDate);
  if (after) filters.postedAfter = after;
  if (after && postedStrictlyAfter(q)) plan.postedStrictly = true;

  // --- The intent.
  const term = jobTerm(q);
  const byPhrase = company ? listingNamedWith(q, company, deps.listings) : undefined;
  const listing =
    deps.listings.find((l) => lower.includes(l.id)) ??
    byPhrase ??
    (company
      ? (deps.listings.find(
          (l) =>
            l.company === company.company &&
            lower.includes(
              l.title
                .toLowerCase()
                .replace(/\s*[–—-]\s*.*/, '')
                .slice(0, 60),
            ) &&
            /\b(?:listing|posting|role|job|position|opening)\b/i.test(q) &&
            deps.listings.filter((x) => x.company === company.company).length > 1,
        ) ?? listingByTitleWords(q, company.company, deps.listings))
      : listingByTitleWords(q, undefined, deps.listings));
  // "anything remote for seniors?": the same, with a work mode, level or skill in place of a place.
  const placeList =
    (place !== undefined ||
      ((understood.remote !== undefined || level !== undefined || skills.length > 0) &&
        /^\W*(?:(?:yo|hey|ok|so|pls)\W+)*(?:any(?:thing)?|anyone|who)\b(?! (?:know|knows|seen|heard|tried|think))/i.test(
          q,
        ) &&
        !/\b(?:advice|tips?|help|ideas?|thoughts?|recommend\w*|experience)\b/i.test(q))) &&
    PLACE_LIST.test(q.replace(/^\W*(?:(?:yo|hey|ok|so|pls)\W+)*/i, '')) &&
    !/\b(?:skills?|stack|tech\w*|languages?|tools?|require\w*|need\w*|years|yoe|pay|salar\w*)\b/i.test(q);
  const onTopic =
    company !== undefined ||
    placeList ||
    skills.length > 0 ||
    levels.length > 0 ||
    understood.seniority !== undefined ||
    understood.remote !== undefined ||
    ON_TOPIC.test(q);
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
      if (filters.place && inName(filters.place)) {
        delete filters.place;
        delete plan.place;
      }
    }
  }
  const premise = premiseAmount(q);
  // "lead roles in the netherlands: remote or hybrid mostly?": the split asked, not the list.
  const splitAsked = MODE_SPLIT.test(q) && !/^\W*(?:any|are there|is there|list|show)\b/i.test(q);
  const asksList = LIST_COMPANIES.test(q) || (placeList && !splitAsked) || WHO_POSTS.test(q);
  const cues: AggregateCues = { skills, levels, notLevel, term, premise, asksList };
  // "how common is terraform in senior vs lead postings": one skill's share on each level named.
  // "kafka: berlin vs london": a place on each side of the comparison word.
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

  let readinessTarget: string[] | undefined;
  let readinessOwn: string[] = [];
  const set = (intent: Intent, measure: string) => {
    plan.intent = intent;
    plan.measure = measure;
  };

  if (
    (!onTopic && !askedAboutCompany) ||
    OFF_TOPIC_HINTS.test(q) ||
    UNANSWERABLE.test(q) ||
    (HISTORY.test(q) && !/\b(?:posted|listed)\b/i.test(q))
  ) {
    set('out_of_scope', 'nothing the listings state');
    if (HISTORY.test(q)) plan.history = true;
  } else if (
    listing &&
    (byPhrase ||
      /\b(?:listing|posting|post|ad|advert|role|job|position|opening|this|gig|contract|vacancy)\b/i.test(
        q,
      )) &&
    listing.id
  ) {
    set('listing', 'one listing');
    plan.listingId = listing.id;
    setAspects(plan, q);
  } else if (company && !missingCompany && termOrVisaOnly(q)) {
    // "does Velloria give equity?", "does Aldermoor sponsor visas?": the term asked, at them.
    decideAggregate(q, plan, cues);
  } else if ((company || missingCompany) && !LIST_COMPANIES.test(q)) {
    set('company', 'one company');
    setAspects(plan, q);
    if (missingCompany) {
      // Named as asked; said as the employer spells itself ("deutsche bank" → Deutsche Bank).
      const known = deps.employers?.find((e) => e.names.includes(missingCompany.toLowerCase()));
      plan.unknownCompany = known?.name ?? missingCompany;
      // Its skills say which alternatives to offer ("does Stripe hire Go leads?").
      if (skills.length) plan.topicSkills = skills;
      filters.company = missingCompany;
      if (known?.industry) plan.unknownIndustry = known.industry;
    }
  } else if (
    (move ? 2 : levels.filter((l) => l !== notLevel).length) >= 2 &&
    LEVEL_DIFFERENCE.test(q) &&
    !skillSides &&
    !PAY.test(q)
  ) {
    set('level_compare', 'levels side by side: years, people management, mentoring, design');
    const named = levels.filter((l) => l !== notLevel);
    plan.compare = move && plan.fromLevel && level ? [plan.fromLevel, level] : named;
    delete filters.level;
  } else if (DUTIES_ASKED.test(q) || ((OUTAGE.test(q) || ON_CALL_DUTY.test(q)) && DUTY_ASK.test(q))) {
    set('duties', 'what the role does day to day, from the guides and listings');
  } else if (
    READINESS.test(q) &&
    yearsBound(q).atMost === undefined &&
    !INTERVIEW.test(q) &&
    // "staff or management after 3 years as a lead?": a choice of path, not a readiness check.
    !/\b(?:staff|principal|manager|management|em|ic)\b[^?]{0,25}\bor\b[^?]{0,25}\b(?:staff|principal|manager|management|em|ic)\b/i.test(
      q,
    ) &&
    // "been senior 4 yrs, how do i get promoted": the way there, unless readiness itself is asked.
    (!/\bhow (?:do|can|should|would|could) (?:i|you|one)\b|\bhow to\b|\bwhat (?:should|do|can) i (?:focus|work|learn|do|improve|build)\b/i.test(
      q,
    ) ||
      /\b(?:ready|enough|qualif\w*|chance|shot)\b/i.test(q)) &&
    // The member, or the one they speak for ("Mentee profile: 10 years, strong C++ …").
    (/\b(?:i|i'm|im|me|my|mentee|my friend|profile|candidate)\b/i.test(q) ||
      /\b(?:is|are) \d+\+? ?(?:years|yrs|yoe)\b[^?]*\benough\b/i.test(q) ||
      /^\W*\d{1,2}\+? ?(?:years|yrs|yoe)\b/i.test(q)) &&
    /\b(?:ready|enough|qualif|chance|shot|apply\w*|land|meet|(?:is|it'?s|that'?s) (?:that |it |this )?(?:even |really )?(?:realistic|feasible|doable|a stretch)|\d+\+? ?(?:years|yrs|yoe))\b/i.test(
      q,
    ) &&
    !PAY.test(q.replace(/\bmake\b/gi, ''))
  ) {
    set('readiness', 'years and skills against what matching listings ask');
    // The member's own years ("i have 7") before years the listings are said to want ("10+ years").
    const years =
      /\b(?:i have|i've got|ive got|i got|i've|ive|with|i'm at|im at|profile:?)\s+(\d{1,2})\b(?!\s*\+)/i.exec(
        q,
      ) ?? /(\d{1,2})(?:\+)?\s*(?:years|yrs|yoe|y\/o)/i.exec(q);
    if (years) plan.years = Number(years[1]);
    // "good enough for go lead roles": a skill in the role aimed at is a filter, not the member's.
    const aim =
      /\b(?:for|to|into|get|land|apply (?:for|to)|at)\s+(?:an? |the |some |any )?((?:[\w.+#/-]+\s+){1,4}?)(?:roles?|jobs?|positions?|openings?|listings?|gigs?)\b/i.exec(
        q,
      );
    if (aim && deps.skillsIn) {
      const aimed = deps.skillsIn(aim[1]!).filter((s) => skills.includes(s));
      if (aimed.length) {
        readinessTarget = aimed;
        const own = deps.skillsIn(q.slice(0, aim.index) + q.slice(aim.index + aim[0].length));
        readinessOwn = skills.filter((s) => own.includes(s));
      }
    }
  } else if (CAREER.test(q) && !PAY.test(q)) {
    set('career_path', 'how engineers move up, from the guides and listings');
  } else if (INTERVIEW.test(q) && !/\bhiring (?:engineers|people)\b/i.test(q)) {
    set('interview', 'interview stages and preparation, from the guides and listings');
  } else if (
    CONTRACT_VS_PERMANENT.test(q) &&
    // "how do contract rates compare to perm": the pay itself, compared.
    !/\b(?:rates?|pay|paid|salar(?:y|ies)|earn\w*|money|comp|tc)\b/i.test(
      q.replace(/\bday[- ]rates?\b/gi, ''),
    )
  ) {
    // "a contract at €800/day against a permanent offer at €100k": how the two kinds of work compare
    // (holiday, pension, billable days), not a pay table; the member's own offers are no filters.
    set('job_terms', 'listings that state contract');
    plan.term = 'contract';
    delete filters.employmentType;
    delete filters.currency;
  } else if (
    premise &&
    (PAY.test(q) ||
      /\b(?:normal|realistic|typical|reasonable|true|right|fair|enough|too (?:high|low)|lowball\w*)\b/i.test(
        q,
      ))
  ) {
    set('pay', 'posted pay ranges per currency and period');
    plan.premise = premise;
  } else if (
    // "how common is terraform in senior vs lead postings", "do staff roles ask for k8s more than
    // lead ones": the skill's share on each side, not the levels' general differences.
    skillSides
  ) {
    set('skill_frequency', 'share of listings naming the skill, on each side compared');
    if (levels.filter((l) => l !== notLevel).length >= 2) {
      plan.compare = levels.filter((l) => l !== notLevel);
      delete filters.level;
    } else {
      plan.comparePlaces = placeSides as ResolvedPlace[];
      delete filters.place;
      delete plan.place;
    }
  } else if (
    LEVEL_COMPARE.test(q) &&
    (levels.length >= 2 || /manag|reports|people/i.test(q)) &&
    !PAY.test(q) &&
    !(skills.length >= 2)
  ) {
    set('level_compare', 'levels side by side: years, people management, mentoring, design');
    const compared = levels.filter((l) => l !== notLevel);
    plan.compare =
      compared.length >= 2
        ? compared
        : ([compared[0] ?? 'lead', 'manager'].filter((v, i, a) => a.indexOf(v) === i) as PlanLevel[]);
    if (plan.compare.length < 2) plan.compare = ['lead', 'manager'];
    delete filters.level;
  } else {
    decideAggregate(q, plan, cues);
  }

  // Skills: a filter in aggregate intents; what is measured in skill questions; the member's own in
  // readiness; in descriptive answers and about one company or listing, a topic, not a filter.
  const skillsAreFilters = ![
    'readiness',
    'out_of_scope',
    'interview',
    'duties',
    'career_path',
    'level_compare',
    'company',
    'listing',
  ].includes(plan.intent);
  if (plan.intent === 'readiness' && skills.length) {
    plan.haveSkills = readinessTarget ? readinessOwn : skills;
    if (!plan.haveSkills.length) delete plan.haveSkills;
    if (readinessTarget) filters.skills = readinessTarget;
    if (readinessTarget && readinessTarget.length > 1) filters.skillsMode = 'all';
  }
  if (skills.length && skillsAreFilters) {
    filters.skills = skills;
    // "Go or Rust", "rust jobs pay more than go jobs": either one, not both at once.
    const any =
      (/\b(?:or|either|any of)\b/i.test(q) &&
        !/\band\b/i.test(q.replace(/\b(?:and|or) (?:remote|hybrid)\b/gi, ''))) ||
      /\b(?:than|vs\.?|versus|compared? (?:to|with))\b/i.test(q);
    if (skills.length > 1) filters.skillsMode = any || plan.intent === 'skill_compare' ? 'any' : 'all';
  }
  // Out of scope: nothing is counted, but the filters the question states stay stated (its skills
  // are the topic the one snapshot can speak to).
  if (plan.intent === 'out_of_scope' && skills.length) plan.topicSkills = skills;
  // A question off the topic of jobs altogether ("best pizza in rome") states no job filter.
  if (plan.intent === 'out_of_scope' && ((!onTopic && !askedAboutCompany) || OFF_TOPIC_HINTS.test(q)))
    for (const key of Object.keys(filters) as Array<keyof AnswerFilters>) delete filters[key];
  // One listing is its own selection: only the company it was named by stays (as asked; a listing
  // named by its id names no company).
  if (plan.intent === 'listing')
    for (const key of Object.keys(filters) as Array<keyof AnswerFilters>)
      if (key !== 'company' || lower.includes(plan.listingId ?? '\u0000')) delete filters[key];
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
  }
  if (plan.intent === 'job_terms') {
    if (plan.term === 'contract' && filters.employmentType === 'contract') delete filters.employmentType;
    // "any four-day week or part-time hours?": part-time is asked about, not a filter.
    if (termsAsked(q).includes('part-time') && filters.employmentType === 'part-time')
      delete filters.employmentType;
  }
  // A second question after the first ("lead pay in berlin? and how many yoe do they want"): its
  // figures too, under the same filters.
  const rest = /\?\s*\S|;|\balso\b|\bplus\b|,?\s+and (?=(?:what|how|are|is|do|does|which|any)\b)/i.exec(q);
  if (rest && AGGREGATE_PARTS.has(plan.intent)) {
    const second = q.slice(rest.index + 1);
    const parts: Array<[Intent, boolean]> = [
      ['pay', PAY.test(second) && !/\bpay attention\b/i.test(second)],
      ['years', YEARS.test(second)],
      ['visa_relocation', VISA.test(second)],
    ];
    for (const [part, asked] of parts)
      if (asked && part !== plan.intent && !plan.also?.includes(part))
        plan.also = [...(plan.also ?? []), part];
  }
  return plan;
}

// Kinds of skill a top-skills question can be about ("which databases", "most common languages"),
// as categories of data/taxonomy/skills.yaml.
const SKILL_KINDS: Array<[RegExp, string[]]> = [
  [/\blanguages?\b/i, ['language']],
  [/\b(?:databases?|dbs|datastores?|data stores?)\b/i, ['database']],
  [/\bclouds?(?: providers?| platforms?)?\b/i, ['cloud']],
  [/\bframeworks?\b/i, ['framework']],
  [
    /\b(?:message (?:queues?|brokers?)|queues?|messaging|streaming|event (?:buses|platforms?))\b/i,
    ['streaming'],
  ],
  [/\b(?:infra(?:structure)?|iac|containers?|orchestration)\b/i, ['infrastructure', 'containers']],
  [/\b(?:observability|monitoring)\b/i, ['operations']],
];

/** What the aggregate decision reads, besides the question. */
interface AggregateCues {
  skills: string[];
  levels: PlanLevel[];
  notLevel: PlanLevel | undefined;
  term: JobTerm | undefined;
  premise: AnswerPlan['premise'];
  asksList: boolean;
}

// "…and from who?", "who posted them", "who's offering these": the employers, listed.
const WHO_POSTS =
  /\b(?:from|by|at) who(?:m|se)?\b|\bwho (?:posted|posts|is posting|are they|offers?|is offering|are the (?:companies|employers))\b|\band who\b(?! (?:is|are) (?:hiring|the best))/i;
// "which/what <filters> jobs …" asks for the listings themselves (the words before the noun are
// filters, never a verb: "what do lead roles need" asks something else).
const NOT_FILTER_WORD =
  '(?!(?:do|does|did|is|are|was|were|have|has|had|should|can|could|would|will|offer\\w*|pay\\w*|kinds?|sorts?|types?|share|percent\\w*|companies|employers?|firms?|orgs?)\\b)';
const JOBS_ASKED = new RegExp(
  `^\\W*(?:(?:so|ok|hey|yo|pls)\\W+)?(?:which|what)\\s+(?:${NOT_FILTER_WORD}[\\w+#./&'-]+\\s+){0,5}?(?:jobs?|roles?|positions?|openings?|listings?|postings?|gigs?|vacanc\\w+)\\b`,
  'i',
);
// A bare search with a date ("lead backend jobs posted in the last two weeks?"): the listings.
const JOBS_NOUN_FIRST = new RegExp(
  `^\\W*(?:any|some|all|open|new|fresh|recent)?\\s*(?:${NOT_FILTER_WORD}[\\w+#./&'-]+\\s+){0,5}?(?:jobs?|roles?|positions?|openings?|listings?|postings?|gigs?|vacanc\\w+)\\b`,
  'i',
);
// Words that ask for something of the listings beyond which ones they are.
const ASKS_MORE =
  /\b(?:skills?|stack|tech\w*|how many|share|percent\w*|common|split|mostly|mainly|majority|ratio|mention\w*|need\w*|requir\w*|want\w*|ask(?:s|ed)? for|use|look(?:ing)? for|expect\w*|best|top|most|typical|usual|average|median|why)\b/i;
// Two sides set against each other ("senior vs lead", "more in staff than lead", "berlin or london").
const SIDES = /\b(?:vs\.?|versus|compared? (?:to|with)|than|against|between|or)\b|\bv\b/i;
// What a skill compared across sides is asked for: how often it comes up.
const SIDE_MEASURE =
  /\b(?:how (?:common|often|many|much)|share|percent\w*|more|less|fewer|ask(?:s|ed)? for|mention\w*|want\w*|need\w*|requir\w*|name[ds]?|use[ds]?|common|popular|vs\.?|versus|v)\b|:/i;
// Work modes set against each other, or which one most listings have ("remote or hybrid mostly?").
const MODE_SPLIT =
  /\b(?:remote|hybrid|on-?site|in[- ]office|office)\s+(?:or|vs\.?|versus)\s+(?:remote|hybrid|on-?site|in[- ]office|office)\b|\b(?:mostly|mainly|majority|more often) (?:remote|hybrid|on-?site|in[- ]office)\b|\b(?:remote|hybrid|on-?site|in[- ]office)\b[^?]{0,30}\b(?:mostly|mainly|majority|split)\b/i;
// A work mode said of the listings ("which are fully remote", "every Berlin job is remote now").
const MODE_PREDICATE =
  /\b(?:can|could|may|do|does|will) (?:i|you|we|one|they|people)(?: \w+)? (?:work|be|stay) (?:from home|remote(?:ly)?|wfh|from anywhere)\b|\b(?:lets?|allows?|permits?) (?:you|me|people|engineers) (?:to )?work (?:from home|remotely|from anywhere)\b|\b(?:is|are|be|being)\s+(?:(?:all|mostly|fully|really|actually|truly|completely|entirely|now|still|even|100%)\s+){0,3}(?:remote|hybrid|on-?site|in[- ]office|office[- ]based|wfh|remote[- ]first)\b(?![- ](?:jobs?|roles?|positions?|listings?|work)\b(?!\s+(?:common|usual|typical|normal|rare)))/i;
// A claim about the work mode to check ("why is there zero remote lead work in canada",
// "everything i see is office", "no hybrid roles anywhere?"): the split answers it.
const MODE_CLAIM =
  /\b(?:zero|no|none|not (?:a single|one|any)|never any|hardly any|barely any)\s+(?:\w+\s+){0,1}(?:remote|hybrid|on-?site|wfh)\b|\b(?:everything|every (?:job|role|listing|one)|all of them|they(?:'re| are) all)\b[^?]{0,25}\b(?:is|are)\s+(?:all\s+|just\s+|only\s+)?(?:remote|hybrid|on-?site|office|in[- ]office|office[- ]based)\b/i;
// Asking whether one named skill is needed at all ("is terraform basically mandatory", "do I
// really need k8s", "can I get away without Java").
const NECESSITY =
  /\b(?:mandatory|must[- ]haves?|a must|required|a requirement|necessary|essential|non[- ]negotiable|needed|prerequisites?|dealbreakers?|deal[- ]breakers?|table stakes|expected|important|get away without|skip|optional|nice[- ]to[- ]have)\b/i;
// "besides go", "other than Java", "what else do they want": the rest of the requirements, given X.
const BESIDES =
  /\b(?:besides|beside|other than|apart from|aside from|on top of|in addition to|beyond|except|next to)\b[^?]{0,30}|\bwhat else\b|\balongside\b/i;
// Nouns of a stack asked alongside years ("stack + yoe", "years + tech"): the requirements.
const STACK_NOUN =
  /\b(?:stack|tech(?:nolog(?:y|ies))?(?! leads?\b)|skills?|tools?|languages?|frameworks?|reqs|requirements)\b/i;
// A bare search typed as a question ("remote rust jobs?", "lead roles in canada?"): the list.
const NOUN_PHRASE =
  /^\W*(?:(?:yo|hey|hi|ok|so|pls|please)\W+)*(?:any|some|all|open)?\s*(?:[\w+#./&'-]+\s+){0,5}?(?:jobs?|roles?|gigs?|openings?|positions?|listings?|postings?|vacanc\w+|opportunit\w+)(?:\s+(?:in|at|for|with|near|around|from|using|on|based in)\s+[^?.!]{1,30})?\s*[?.!]*(?:\s+[^?.!]{0,25}[?.!]*)?$/i;
// "are there any swiss backend roles?", "anything posted since October 15?": the
// listings themselves, counted and named.
const COUNT_OR_EXISTENCE =
  /^\W*(?:(?:yo|hey|hi|ok|so)\W+)*(?:anything(?= (?:new|posted|listed|open))|(?:are there|is there|do you have|got any|have you got|show me|find me|list)\b[^?]{0,60}\b(?:jobs?|roles?|gigs?|openings?|positions?|listings?|postings?|vacanc\w+)\b)(?:\s+(?:are there|do you have|(?:were |have been |got )?(?:posted|listed|open))\b[^?]*)?(?:\s+(?:in|at|for|with|near|from|on|since|after)\b[^?]*)?\s*[?.!]*\s*$/i;
const QUESTION_WORD =
  /\b(?:what|whats|how|why|when|which|who|whom|do|does|did|is|are|should|can|could|would|will|much|many)\b/i;

/** A years bound the question states: "6 yrs or less", "under 7 years", "10+ years", "at least 8". */
export function yearsBound(q: string): { atMost?: number; atLeast?: number } {
  const Y = '(?:years?|yrs?|yoe|y\\/o)';
  const most =
    new RegExp(
      `\\b(\\d{1,2})\\s*(?:${Y}\\s*)?(?:of (?:exp\\w*)\\s*)?(?:or (?:less|fewer|under|below)|max(?:imum)?|tops|at most)\\b`,
      'i',
    ).exec(q) ??
    new RegExp(
      `(?:\\bat most|\\bmax(?:imum)?(?: of)?|\\bup to|\\bno more than|\\bnot more than|<=|≤)\\s*(\\d{1,2})\\s*${Y}`,
      'i',
    ).exec(q);
  const under = new RegExp(
    `(?:\\bless than|\\bfewer than|\\bunder|\\bbelow|<)\\s*(\\d{1,2})\\s*${Y}`,
    'i',
  ).exec(q);
  const least =
    new RegExp(
      `\\b(\\d{1,2})\\s*(?:\\+\\s*${Y}|${Y}\\s*(?:\\+|or more|and up|minimum)|or more ${Y})`,
      'i',
    ).exec(q) ?? new RegExp(`(?:\\bat least|\\bminimum(?: of)?|>=|≥)\\s*(\\d{1,2})\\s*${Y}`, 'i').exec(q);
  const over = new RegExp(`(?:\\bmore than|\\bover|\\babove|>)\\s*(\\d{1,2})\\s*${Y}`, 'i').exec(q);
  const out: { atMost?: number; atLeast?: number } = {};
  if (most) out.atMost = Number(most[1]);
  else if (under) out.atMost = Number(under[1]) - 1;
  if (least) out.atLeast = Number(least[1]);
  else if (over) out.atLeast = Number(over[1]) + 1;
  return out;
}

/** The question asks only about a job term or visa help (of one company), nothing else of it. */
function termOrVisaOnly(q: string): boolean {
  const aspect = aspectOf(q);
  const other =
    INTERVIEW.test(q) ||
    YEARS.test(q) ||
    /\b(?:remote|hybrid|on-?site|office|wfh|stack|skills?|salar\w*|day rate|how long|duration)\b/i.test(q);
  // "the Thornbury tech lead one in Berlin": one posting, asked about as such.
  const onePosting =
    /\b(?:the|this|that|their)\b[^?]{0,40}\b(?:one|listing|posting|post|ad|role|job|position|opening|gig|vacancy)\b/i.test(
      q,
    );
  return (aspect === 'terms' || (aspect === 'visa' && !PAY.test(q))) && !other && !onePosting;
}

/**
 * The aggregate intents, decided from cue groups once the filters are read: a job term, visa help,
 * pay, years, the work-mode split, a list of employers, skills compared or counted, duties, the top
 * skills, and, when nothing more is asked, what the roles require (or, for a bare search, the list).
 * Where several cues meet, the one whose answer carries the other wins: requirements carry years
 * ("stack + yoe"), a list carries its count ("how many … and from who").
 */
function decideAggregate(question: string, plan: AnswerPlan, cues: AggregateCues): void {
  const q = chatWords(question);
  const parts = questionParts(q);
  if (parts.length < 2) {
    decideOne(q, plan, cues);
    addParts(plan, pairedMeasures(q, plan.intent));
    return;
  }
  // Several questions in one ("what do they pay, and do they sponsor visas?"): each part is decided
  // on its own; the first that asks for something is the answer, the others are answered after it.
  // A part that only narrows ("…lead roles in the US") asks nothing of its own.
  const whole: AnswerPlan = { ...plan, filters: { ...plan.filters } };
  const wholeAsked = decideOne(q, whole, cues);
  // "any contract gigs in EUR" asks whether there are some; "lead roles in the US" or "AWS or GCP
  // or Azure" only narrow or name what the next part asks about: such a part joins its neighbour.
  const bare = (part: string) =>
    !QUESTION_WORD.test(part) &&
    !/^\W*any\b/i.test(part) &&
    !MEASURE_WORD.test(part) &&
    !PAY.test(part) &&
    !YEARS.test(part) &&
    !VISA.test(part);
  const joined: string[] = [];
  let pending = '';
  for (const part of parts) {
    if (bare(part)) pending = `${pending}${part}, `;
    else {
      joined.push(`${pending}${part}`);
      pending = '';
    }
  }
  if (pending && joined.length) joined[joined.length - 1] += `, ${pending.replace(/, $/, '')}`;
  const decided =
    wholeAsked === 'both' || joined.length === 0
      ? []
      : joined.map((part, i) => {
          const scratch: AnswerPlan = { ...plan, filters: { ...plan.filters } };
          const asked = decideOne(part, scratch, {
            ...cues,
            term: jobTerm(part),
            asksList:
              LIST_COMPANIES.test(part) ||
              WHO_POSTS.test(part) ||
              (i === 0 && cues.asksList && !WHO_POSTS.test(q)) ||
              // "which lead listings are based in Poland, and what do they pay?": the first part lists.
              (plan.filters.place !== undefined &&
                PLACE_LIST.test(part) &&
                !MEASURE_WORD.test(part) &&
                !TOP_SKILLS.test(part) &&
                !PAY.test(part)),
          });
          return { scratch, asked: asked !== 'no' };
        });
  const asking = decided.filter((d) => d.asked);
  // "how many … and from who?": the list, which carries the count.
  const list = asking.find((d) => d.scratch.intent === 'list_companies');
  // "how many mention GraphQL, and is it more common than gRPC?": the comparison, which carries both.
  const compare = asking.find((d) => d.scratch.intent === 'skill_compare');
  const primary =
    list && /^\W*how many\b/i.test(joined[0] ?? '') && asking[0] !== list
      ? list
      : compare && asking[0]?.scratch.intent === 'skill_frequency'
        ? compare
        : asking[0];
  const chosen = primary ? primary.scratch : whole;
  for (const key of PLAN_DECISION_KEYS) {
    const value = chosen[key];
    if (value === undefined) delete plan[key];
    else (plan as unknown as Record<string, unknown>)[key] = value;
  }
  if (chosen.filters.workMode === undefined) delete plan.filters.workMode;
  else plan.filters.workMode = chosen.filters.workMode;
  addParts(
    plan,
    asking.filter((d) => d !== primary).map((d) => d.scratch.intent),
  );
  // "how many lead roles are remote and what do they pay?": "they" are the remote ones.
  const modes = MODE_WORDS.filter(([, re]) => re.test(joined[0] ?? ''));
  if (plan.intent === 'work_mode' && plan.also?.length && modes.length === 1) plan.partsMode = modes[0]![0];
  addParts(plan, pairedMeasures(q, plan.intent));
}

/** Adds further parts to answer after the main one: each once, never the main one again. */
function addParts(plan: AnswerPlan, intents: Intent[]): void {
  const also = [...(plan.also ?? []), ...intents.filter((i) => PART_INTENTS.has(i))].filter(
    (intent, i, all) => intent !== plan.intent && all.indexOf(intent) === i,
  );
  // Pay compared by work mode already answers the mode; skills compared, each one's share.
  const kept = also.filter(
    (i) =>
      !(plan.compareModes && i === 'work_mode') &&
      !(plan.intent === 'skill_compare' && i === 'skill_frequency'),
  );
  if (kept.length) plan.also = kept;
  else delete plan.also;
}

// What deciding an intent sets on a plan.
const PLAN_DECISION_KEYS = [
  'intent',
  'listListings',
  'measure',
  'term',
  'compare',
  'compareModes',
  'compareSkills',
  'premise',
  'yearsAtMost',
  'yearsAtLeast',
  'skillCategories',
] as const;
// Intents a later part of a question adds, answered under the same filters.
const PART_INTENTS = new Set<Intent>([
  'pay',
  'years',
  'visa_relocation',
  'work_mode',
  'list_companies',
  'top_skills',
  'skill_frequency',
  'requirements',
]);

/**
 * The parts of a question that asks several things: split after a question mark, at a semicolon,
 * and at "and"/a comma before a new question word ("…pay, and do they sponsor visas?").
 * "stack + yoe" stays one part: the requirements carry both.
 */
function questionParts(q: string): string[] {
  // A closing aside in parentheses ("(follow-up to: …)", "(asking for a friend)") is context.
  return q
    .replace(/\s*\([^()]*\)\s*$/, '')
    .split(
      /\?+\s+(?=\S)|;\s*|,?\s+(?:and|also|plus)\s+(?=(?:what|whats|what's|how|are|is|do|does|which|any|who|where|can|from who)\b)|,\s+(?=(?:what|whats|what's|how|which|do|does|are|is|any|who)\b)|\s+[+&]\s+(?=(?:what|whats|what's|how|which|do|does|are|is|any|who)\b)/i,
    )
    .map((p) => p.trim())
    .filter((p) => /[\p{L}\p{N}]{2,}/u.test(p));
}

// Chat spellings of question words, read as the words ("hw many", "wat r the top skilz").
const CHAT_SPELLINGS: Array<[RegExp, string]> = [
  [/\bhw\b/gi, 'how'],
  [/\b(?:wat|wht|waht|wut)\b/gi, 'what'],
  [/\b(?:wats|whts)\b/gi, 'whats'],
  [/\br\b(?! ?&)/gi, 'are'],
  [/\bu\b/gi, 'you'],
  [/\bteh\b/gi, 'the'],
  [/\b(?:skilz|skillz|skils|skilss)\b/gi, 'skills'],
  [/\bppl\b/gi, 'people'],
  [/\b(?:hw|how) m(?:ny|any)\b/gi, 'how many'],
  [/\bpaye?d?\b(?= in\b)/gi, 'paid'],
];
function chatWords(q: string): string {
  return CHAT_SPELLINGS.reduce((text, [re, word]) => text.replace(re, word), q);
}

/**
 * Decides one question (or one part of one): 'no' when nothing more than the filters is asked,
 * 'both' when years and the stack are asked together (the requirements, which carry both).
 */
function decideOne(q: string, plan: AnswerPlan, cues: AggregateCues): 'yes' | 'no' | 'both' {
  const { skills, levels, notLevel, term, premise, asksList } = cues;
  const set = (intent: Intent, measure: string) => {
    plan.intent = intent;
    plan.measure = measure;
  };
  // A currency named with a range or band asks for pay ("whats the range in GBP", "band in €?").
  const pay =
    (PAY.test(q) && !/\bpay attention\b/i.test(q)) ||
    (plan.filters.currency !== undefined && /\b(?:range|band|numbers|figures|brackets?)\b/i.test(q));
  const asksExistence =
    /^\W*(?:(?:yo|hey|ok|so)\W+)*(?:any|are there|is there|which|who|list|show|do any|does any|do some)\b/i.test(
      q,
    );
  const bound = yearsBound(q);
  const years = YEARS.test(q) || bound.atMost !== undefined || YEARS_ASKED.test(q);
  const modeAsked = WORK_MODE_Q.test(q) || MODE_PREDICATE.test(q) || MODE_CLAIM.test(q) || MODE_SPLIT.test(q);
  const skillMeasure =
    /\b(?:mention\w*|ask(?:s|ed)? for|require\w*|want|need|use|name|comes? up|vs\.?|versus)\b/i;
  if (
    term &&
    // "what's the usual day rate for contract leads": pay; "any contract gigs paid in EUR?": the term.
    !(term === 'contract' && pay && !asksExistence) &&
    !(term === 'bonus' && pay && !asksExistence)
  ) {
    set('job_terms', `listings that state ${term}`);
    plan.term = term;
  } else if (VISA.test(q)) {
    set('visa_relocation', 'listings offering or refusing relocation and visa help');
  } else if (pay && !(asksList && !/\bpay|salar|earn/i.test(q))) {
    set('pay', 'posted pay ranges per currency and period');
    const compared = levels.filter((l) => l !== notLevel);
    const comparing = /\b(?:or|vs\.?|versus|than|more|less|better|best|higher|lower|compar\w*)\b/i.test(q);
    if (compared.length >= 2 && (LEVEL_COMPARE.test(q) || comparing)) plan.compare = compared;
    // "which pays more, remote or on-site?", "rust or go, which pays better?": one band per side.
    const modes = MODE_WORDS.filter(([, re]) => re.test(q))
      .sort((a, b) => q.search(a[1]) - q.search(b[1]))
      .map(([mode]) => mode);
    // The first mode named stays the filter, as the first level named does ("lead or staff").
    if (!plan.compare && modes.length >= 2 && comparing) {
      plan.compareModes = modes;
      plan.filters.workMode = modes[0]!;
    } else if (!plan.compare && skills.length >= 2 && comparing) plan.compareSkills = skills;
    if (premise) plan.premise = premise;
  } else if (years && !(STACK_NOUN.test(q) && bound.atMost === undefined)) {
    set('years', 'minimum years asked');
    // "do staff roles need more years than lead roles?": the years of each level.
    const compared = levels.filter((l) => l !== notLevel);
    if (compared.length >= 2 && /\b(?:or|vs\.?|versus|than|more|fewer|less|compar\w*|differ\w*)\b/i.test(q))
      plan.compare = compared;
    if (bound.atMost !== undefined) plan.yearsAtMost = bound.atMost;
    if (bound.atLeast !== undefined) plan.yearsAtLeast = bound.atLeast;
  } else if (years) {
    set('requirements', 'skills, years and duties that matching listings ask for');
    return 'both';
  } else if (
    (JOBS_ASKED.test(q) ||
      (plan.filters.postedAfter !== undefined && !QUESTION_WORD.test(q) && JOBS_NOUN_FIRST.test(q))) &&
    !ASKS_MORE.test(q) &&
    !TOP_SKILLS.test(q) &&
    !DUTIES.test(q) &&
    !REQUIREMENTS.test(q)
  ) {
    // "what kafka lead roles are hybrid in europe": the listings, with "hybrid" as their filter.
    set('list_companies', 'the matching listings, each named');
    plan.listListings = true;
    const mode = MODE_WORDS.find(([, re]) => re.test(q));
    if (mode && !plan.filters.workMode) plan.filters.workMode = mode[0];
  } else if (modeAsked && !asksList && !(skills.length && skillMeasure.test(q))) {
    set('work_mode', 'remote / hybrid / on-site split');
    delete plan.filters.workMode;
  } else if (asksList) {
    set('list_companies', 'companies with matching listings');
  } else if (skills.length >= 1 && BESIDES.test(q)) {
    set('requirements', 'skills, years and duties that matching listings ask for');
  } else if (skills.length >= 2 && SKILL_COMPARE.test(q)) {
    set('skill_compare', 'share of matching listings naming each skill');
  } else if (
    skills.length >= 1 &&
    (SKILL_FREQUENCY.test(q) ||
      /^(?:do|does|is|are|must|should|can|will)\b[^?]*\b(?:need|require|want|ask for|use)\b/i.test(q) ||
      (NECESSITY.test(q) && !/^\W*what\b/i.test(q))) &&
    // "what do Go lead roles require?" asks for requirements, not for Go's share.
    !(
      /^\s*what (?:do|does|else)\b/i.test(q) &&
      !/\b(?:share|percent\w*|how (?:many|common|often)|proportion)\b/i.test(q)
    )
  ) {
    set('skill_frequency', 'share of matching listings naming each skill');
  } else if (
    DUTIES.test(q) &&
    !REQUIREMENTS.test(q.replace(/\bexpect\w*/gi, '')) &&
    !/\bskills?\b/i.test(q)
  ) {
    set('duties', 'what the role does day to day, from the guides and listings');
  } else if (skills.length === 0 && TOP_SKILLS.test(q)) {
    set('top_skills', 'skills most named across matching listings');
    const kinds = SKILL_KINDS.filter(([re]) => re.test(q)).flatMap(([, categories]) => categories);
    if (kinds.length) plan.skillCategories = kinds;
  } else if (
    skills.length >= 2 &&
    /\b(?:or|vs\.?|versus)\b/i.test(q) &&
    /\b(?:which|more|most|better)\b/i.test(q)
  ) {
    set('skill_compare', 'share of matching listings naming each skill');
  } else if (
    ((NOUN_PHRASE.test(q) &&
      !QUESTION_WORD.test(q) &&
      !/\b(?:posted|listed)\b/i.test(q) &&
      plan.filters.postedAfter === undefined) ||
      COUNT_OR_EXISTENCE.test(q)) &&
    !REQUIREMENTS.test(q) &&
    !/\b(?:skills?|stack|tech)\b/i.test(q)
  ) {
    set('list_companies', 'companies with matching listings');
    // A bare search asks nothing beyond its filters: beside another part, it only narrows.
    return 'no';
  } else {
    set('requirements', 'skills, years and duties that matching listings ask for');
    return 'no';
  }
  return 'yes';
}

// Measures named as nouns side by side ("the stack and the pay", "salary & yoe"): each is answered.
const MEASURE_NOUNS: Array<[Intent, string]> = [
  ['pay', 'pay|salar(?:y|ies)|comp(?:ensation)?|rates?|money'],
  ['years', 'yoe|years(?: of experience)?|experience|exp'],
  ['requirements', 'stack|skills|tech(?:nologies)?|requirements|reqs'],
  ['visa_relocation', 'visas?|sponsorship|relocation'],
  ['work_mode', 'remote policy|work mode|remote split'],
];
const MEASURE_NOUN = MEASURE_NOUNS.map(([, words]) => words).join('|');
const MEASURE_WORD = new RegExp(
  `\\b(?:${MEASURE_NOUN}|how often|how common|split|share|percent\\w*|top|most|require\\w*|need\\w*|want\\w*)\\b`,
  'i',
);
const MEASURE_PAIR = new RegExp(
  `\\b(?:${MEASURE_NOUN})\\b(?:[^?.;,]{0,12}?)\\s*(?:,|\\band\\b|\\+|&|\\/)\\s*(?:the\\s+|their\\s+)?(?:${MEASURE_NOUN})\\b`,
  'i',
);
/** The measures a question names as nouns side by side, besides the one answered first. */
function pairedMeasures(q: string, intent: Intent): Intent[] {
  const pair = MEASURE_PAIR.exec(q);
  if (!pair) return [];
  const named = MEASURE_NOUNS.filter(([, words]) => new RegExp(`\\b(?:${words})\\b`, 'i').test(pair[0])).map(
    ([i]) => i,
  );
  // The requirements carry the years.
  return named.filter((i) => i !== intent && !(intent === 'requirements' && i === 'years'));
}

const MODE_WORDS: Array<[WorkMode, RegExp]> = [
  ['remote', /\bremote(?:ly)?\b|\bwfh\b|\bwork from home\b/i],
  ['hybrid', /\bhybrid\b/i],
  ['onsite', /\bon-?site\b|\bin[- ]office\b|\boffice(?:[- ]based)?\b/i],
];

// Intents whose answer is figures over a selection, which a second part can extend.
const AGGREGATE_PARTS = new Set<Intent>([
  'requirements',
  'skill_frequency',
  'top_skills',
  'years',
  'pay',
  'work_mode',
  'visa_relocation',
  'list_companies',
]);

// Title words every kind of listing shares: they name no one listing.
const GENERIC_TITLE_WORDS = new Set(
  'lead leads backend back-end engineer engineers engineering senior sr staff principal software developer dev manager tech technical team the and of for a an in at with contract contractor role job position'.split(
    ' ',
  ),
);

/**
 * A listing named by its title's own words: with its company ("sorrelbyte's rust api gateway lead
 * role"), at least two of them and a word for a role; without ("the Core Banking lead role"), "the …
 * role" and at least two that no other listing's title shares as fully. The listing naming most.
 */
function listingByTitleWords(
  q: string,
  company: string | undefined,
  listings: PlannerDeps['listings'],
): PlannerDeps['listings'][number] | undefined {
  const role = company
    ? /\b(?:listing|posting|role|job|position|opening|gig|vacancy|ad|contract)\b/i
    : /\bthe\b[^?]{0,60}\b(?:listing|posting|role|job|position|opening|vacancy)\b/i;
  if (!role.test(q)) return undefined;
  const lower = q.toLowerCase();
  let best: { l: PlannerDeps['listings'][number]; hits: number } | undefined;
  let tie = false;
  for (const l of listings) {
    if (company && l.company !== company) continue;
    const words = new Set(
      (l.title.toLowerCase().match(/[\p{L}\p{N}+#]+/gu) ?? []).filter(
        (w) => w.length > 1 && !GENERIC_TITLE_WORDS.has(w),
      ),
    );
    // Only a word the question contains can stand in it as a word: most titles compile nothing.
    const hits = [...words].filter(
      (w) =>
        lower.includes(w) &&
        new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(w)}(?:$|[^\\p{L}\\p{N}])`, 'u').test(lower),
    ).length;
    if (hits >= 2 && best && hits === best.hits) tie = true;
    if (hits >= 2 && (!best || hits > best.hits)) {
      best = { l, hits };
      tie = false;
    }
  }
  return company || !tie ? best?.l : undefined;
}

/** The job term a question names (equity, on-call, a four-day week…), if any. */
function termOf(q: string): JobTerm | undefined {
  // A listing id ("xisto-contract-lead-…") names a listing, not a term.
  const words = q.replace(/\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b/gi, ' ');
  return JOB_TERMS.find(([re]) => re.test(words))?.[1];
}

// What a member asks about one company or listing, each with the words that ask it. A term
// (equity, on-call…) is its own aspect; "contract" and "day rate" are employment and pay.
const ASPECT_WORDS: Array<[Aspect, RegExp]> = [
  [
    'interview',
    /\b(?:interview\w*|selection|recruitment|hiring (?:process|steps|stages)|(?:process|steps|stages|rounds) (?:to get|for|of)|how (?:do|does|will|would) they (?:hire|select|assess|screen)|assessment|take[- ]?home|assignment|coding (?:test|round|challenge)|loop|how (?:do|does) (?:i|you|one) (?:get (?:in|hired)|apply))\b/i,
  ],
  [
    'language',
    /\b(?:(?:spoken )?languages? (?:do|does|is|are|of|at work|spoken)|speak\w*|fluen\w*|bilingual|japanese|german|deutsch|english|spanish|french|polish|portuguese|dutch|italian|swedish|norwegian|danish|finnish|mandarin|chinese|cantonese|korean|hindi|arabic|turkish|czech|ukrainian|russian|greek|hebrew|jlpt|cefr)\b/i,
  ],
  [
    'duration',
    /\b(?:how long|duration|length|how many months|long[- ]term|short[- ]term|extension|extend\w*|renew\w*|end date|start date|when (?:does|do|would|will|can) (?:it|the \w+|they|i|you) start|fixed[- ]term)\b/i,
  ],
  [
    'employment',
    /\b(?:b2b|uop|umowa|employment (?:type|contract|status)|employee|employed|perm(?:anent)?|freelanc\w*|ir35|full[- ]time|part[- ]time|contractor|contract or|or (?:a )?contract|(?:is it|is this|is the \w+) (?:a )?contract)\b/i,
  ],
  [
    'pay',
    /\b(?:salar(?:y|ies)|pay(?:s|ing)?|paid|compensation|comp|earn\w*|money|day ?rates?|rates?|make(?=\s*(?:[?!.]|$|in |per |a year|annually))|how much (?:do|does|is|are|will|would|can)(?! (?:\w+ ){0,3}(?:code|coding|travel))|tc|base|wage)\b|[$€£]\s?\d/i,
  ],
  ['visa', VISA],
  [
    'years',
    /\b(?:how many (?:yrs|yoe|years)|years? of (?:experience|exp)|yoe|how much experience|experience (?:do|does|is) (?:i|you|it|they)|(?:years|experience) (?:asked|required|needed))\b/i,
  ],
  [
    'work_mode',
    /\b(?:remote\w*|hybrid|on-?site|in[- ]office|office|wfh|work(?:ing)? from (?:home|anywhere)|location|located|where|based|time ?zones?|commut\w*|(?:have|need|got) to (?:be|live|move) (?:in|to)|must (?:i )?(?:be|live) in)\b|\b(?:work|live|living|based|do it|apply) from \p{L}[\p{L}-]+(?=\s*(?:[?!.,]|$))/iu,
  ],
  [
    'team',
    /\b(?:team (?:size|like|structure)|how (?:big|large) is the team|size of the team|report(?:s|ing)? (?:in)?to|who (?:do|would|will) (?:i|you|they) report|manage (?:a team|people|how many))\b/i,
  ],
  [
    'skills',
    /\b(?:stack|skills?|tech(?:nolog\w*)?(?! lead)|(?:programming )?languages? (?:do they|they) use|frameworks?|tools?|use|require\w*|need|must[- ]haves?|ask(?:s|ed)? for|looking for|qualif\w*)\b/i,
  ],
];

function setAspects(plan: AnswerPlan, q: string): void {
  plan.aspects = aspectsOf(q);
  plan.aspect = plan.aspects[0];
  if (plan.aspects.includes('terms')) plan.term = termOf(q);
}

/** The aspects asked about one company or listing, in the order the question asks them. */
export function aspectsOf(q: string): Aspect[] {
  const found: Array<{ aspect: Aspect; at: number }> = [];
  const seen = (a: Aspect) => found.some((f) => f.aspect === a);
  // "do i need japanese": a spoken language needed is the language aspect, not skills.
  const language = ASPECT_WORDS.find(([a]) => a === 'language')![1].exec(q);
  for (const [aspect, re] of ASPECT_WORDS) {
    const m = re.exec(aspect === 'work_mode' ? q.replace(/\bremote (?:lead|senior|backend)\b/gi, ' ') : q);
    if (!m) continue;
    if (aspect === 'skills' && language && /^(?:need|require\w*|must[- ]haves?|use)$/i.test(m[0])) continue;
    // "day rate + how long": the rate is pay; "how long" is not years of experience.
    if (aspect === 'years' && seen('duration')) continue;
    found.push({ aspect, at: m.index });
  }
  const term = termOf(q);
  if (term && term !== 'contract' && term !== 'part-time') {
    const m = JOB_TERMS.find(([, t]) => t === term)![0].exec(q);
    found.push({ aspect: 'terms', at: m?.index ?? q.length });
  }
  // Duties last among the rest: "what would I do" is asked rarely beside anything else.
  if (!found.length && DUTIES.test(q)) found.push({ aspect: 'duties', at: 0 });
  found.sort((a, b) => a.at - b.at);
  const out = [...new Set(found.map((f) => f.aspect))];
  // "the pay and the stack", "is it remote and what's the salary": at most four answered.
  return out.length ? out.slice(0, 4) : ['overview'];
}

// Words that end a phrase naming one listing ("the Kiwaku lead game server post").
const LISTING_HEADS = new Set(
  'post posting listing ad advert role job position opening gig contract vacancy one opportunity lead'.split(
    ' ',
  ),
);
const LISTING_DESCRIPTORS = new Set(
  'tech technical team backend back-end software engineer engineering senior staff principal lead remote contract contractor freelance new open'.split(
    ' ',
  ),
);

/**
 * One listing of a named company, named by a phrase around the company's name: "the Kiwaku lead game
 * server post", "vesselworks elixir contract", "sorrelbyte's rust api gateway lead role", "the lead
 * game server job at Kiwaku". The phrase holds at least one word that describes the listing (a word
 * of its title or a level) before a word for a listing; "the Ohmwise role" names the company only.
 */
export function listingNamedWith(
  q: string,
  company: { company: string; asked: string },
  listings: PlannerDeps['listings'],
): PlannerDeps['listings'][number] | undefined {
  const own = listings.filter((l) => l.company === company.company);
  if (!own.length) return undefined;
  const words = (text: string): string[] =>
    text.toLowerCase().match(/[\p{L}\p{N}+#]+(?:[.-][\p{L}\p{N}+#]+)*/gu) ?? [];
  // Title words and their parts ("node.js" is "node" too).
  const parts = (text: string) => words(text).flatMap((w) => [w, ...w.split(/[.-]/).filter(Boolean)]);
  const allowed = new Set([
    ...LISTING_DESCRIPTORS,
    ...own.flatMap((l) => parts(l.title)),
    ...parts(company.company),
  ]);
  const at = q.toLowerCase().indexOf(company.asked.toLowerCase());
  if (at < 0) return undefined;
  // The words after the name, up to a mark that ends the phrase.
  const after = q
    .slice(at + company.asked.length)
    .replace(/^(?:'s|’s)/, '')
    .split(/[?!:;,—–]|\s-\s|\.(?:\s|$)|\(/)[0]!;
  let descriptors: string[] = [];
  let named = false;
  const titleWords = new Set(own.flatMap((l) => parts(l.title)));
  for (const w of words(after)) {
    // "the openwell telehealth contract": a head word its title has names the listing alone.
    if (LISTING_HEADS.has(w) && (descriptors.length || (titleWords.has(w) && !/^(?:lead|one)$/.test(w)))) {
      named = true;
      break;
    }
    if (!allowed.has(w)) break;
    descriptors.push(w);
  }
  if (!named) {
    // "the lead game server job at Kiwaku": the phrase before "at/from/with <name>".
    const before = q
      .slice(0, at)
      .split(/[?!:;,—–]|\s-\s|\.(?:\s|$)/)
      .at(-1)!;
    const m = /((?:[\p{L}\p{N}+#.-]+\s+){1,6})([\p{L}]+)\s+(?:at|from|with|by|@)\s*$/iu.exec(before);
    if (m && LISTING_HEADS.has(m[2]!.toLowerCase())) {
      const ds = words(m[1]!).filter((w) => !/^(?:the|a|an|this|that|your|their)$/.test(w));
      const tail = [...ds].reverse();
      const run: string[] = [];
      for (const w of tail) {
        if (!allowed.has(w)) break;
        run.push(w);
      }
      if (run.length) {
        named = true;
        descriptors = run;
      }
    }
  }
  if (!named) return undefined;
  if (own.length === 1) return own[0];
  // Several listings: the one whose title (or place) the phrase and question name most, if unique.
  const lower = q.toLowerCase();
  const shared = (w: string) => own.every((o) => words(o.title).includes(w));
  const scored = own
    .map((l) => ({
      l,
      hits: [...new Set(words(l.title))].filter(
        (w) =>
          !shared(w) &&
          w.length > 1 &&
          (descriptors.includes(w) || new RegExp(`\\b${escapeRegExp(w)}\\b`).test(lower)),
      ).length,
    }))
    .sort((a, b) => b.hits - a.hits);
  return scored[0]!.hits > (scored[1]?.hits ?? 0) ? scored[0]!.l : undefined;
}

/** The one aspect a question asks most plainly (deciding whether a company question is a job term). */
function aspectOf(q: string): Aspect {
  // "is there equity at X", "how bad is the on-call at X": the term, not the pay or the overview.
  if (termOf(q) && !/\b(?:salary|salaries|pay|paid|comp|compensation|rate)\b/i.test(q)) return 'terms';
  if (PAY.test(q)) return 'pay';
  if (VISA.test(q)) return 'visa';
  if (INTERVIEW.test(q)) return 'interview';
  if (YEARS.test(q)) return 'years';
  if (/\b(?:remote|hybrid|on-?site|office|wfh|work from home|location|where|based)\b/i.test(q))
    return 'work_mode';
  if (/\b(?:stack|skills?|tech|technolog\w*|languages?|use|require\w*|need|ask for|looking for)\b/i.test(q))
    return 'skills';
  if (DUTIES.test(q)) return 'duties';
  return 'overview';
}
