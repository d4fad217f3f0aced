import { SPELLED_NUMBERS } from '../../extract/years.js';
import {
  ALL_SKILLS_ASKED,
  CERTIFICATE,
  DUTIES,
  LEVEL_COMPARE,
  LEVEL_WORD,
  LIST_COMPANIES,
  MODES_LISTED,
  NO_MINIMUM_ASKED,
  OFFER_NUMBER_ASKED,
  PAY,
  PLACE_LIST,
  REQUIREMENTS,
  SKILL_COMPARE,
  SKILL_FREQUENCY,
  TOP_SKILLS,
  VISA,
  WORK_MODE_Q,
  YEARS,
  YEARS_ASKED,
} from './cues.js';
import { jobTerm, termsAsked, yearsBound } from './filters.js';
import { type GuidePassage, guideTopic } from './guide-topic.js';
import { withoutMemberYears } from './member-context.js';
import {
  addParts,
  chatWords,
  MEASURE_WORD,
  MODE_WORDS,
  PLAN_DECISION_KEYS,
  pairedMeasures,
  questionParts,
} from './parts.js';
import { livesIn } from './places.js';
import {
  type AnswerPlan,
  type Intent,
  type JobTerm,
  onePlace,
  type PlanLevel,
  STAGE_PHRASE,
} from './types.js';

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
  // "what soft skills do lead listings emphasise?": the leadership side, not the stack.
  [
    /\b(?:soft|people|leadership|non[- ]?technical|non[- ]?tech|interpersonal|human|management)[- ]skills?\b|\b(?:beyond|besides|other than|apart from|except(?: for)?|aside from|outside(?: of)?|not (?:just|only)) (?:the )?(?:tech(?:nical)?|hard|coding|stack)(?: skills?| stuff| side)?\b/i,
    ['leadership'],
  ],
];

/** What the aggregate decision reads, besides the question. */
export interface AggregateCues {
  skills: string[];
  levels: PlanLevel[];
  notLevel: PlanLevel | undefined;
  term: JobTerm | undefined;
  premise: AnswerPlan['premise'];
  asksList: boolean;
  /**
   * Skills joined by "or"/"vs" ("java or go?", "kotlin vs java"), not only other words ("Java/Kotlin
   * roles in Australia or Singapore?": the "or" joins places). Undefined when it was not read.
   */
  skillsSetAgainst?: boolean;
  /** The guides' passages, for a question no aggregate cue fits. */
  guides?: ReadonlyArray<GuidePassage> | undefined;
}

// "…and from who?", "who posted them", "who's offering these": the employers, listed.
export const WHO_POSTS =
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
// A request to name the listings themselves ("list the remote lead roles that want Rust", "list
// them for the #africa channel", "summarise the roles posted in the last month", "name the lead
// listings in Spain"), or the list said to be needed ("DACH lead companies? need the list for my
// spreadsheet"): each listing named, not the skills they ask for.
const LIST_REQUEST = new RegExp(
  `\\b(?:list|name|enumerate|summari[sz]e|round up|give me a (?:list|rundown|roundup) of|show me)\\s+(?:me\\s+)?(?:them|those|these|everything|anything|all of (?:them|it)|(?:(?:all|each|every|the)\\s+)?(?:${NOT_FILTER_WORD}[\\w+#./&'-]+\\s+){0,5}?(?:jobs?|roles?|positions?|openings?|listings?|postings?|gigs?|vacanc\\w+))\\b|\\b(?:need|want|give me|send me|get me|share|drop)\\s+(?:me\\s+)?(?:the|a)\\s+(?:full\\s+|complete\\s+|whole\\s+)?list\\b(?!\\s+of\\s+(?:skills|requirements|tech\\w*|tools|what))`,
  'i',
);
// The listings counted per country ("which countries do we have lead listings for", "coverage by
// country", "how many countries have lead roles"): each country with its count.
// ("listing counts per Latin American country": the countries of the place named between.)
const BY_COUNTRY =
  /\b(?:(?:best|highest|top|better)[- ]pa(?:ying|id) (?:countries|country)|(?:which|what|how many) (?:countries|country)|countries (?:do|does|have|are|we|with)|(?:by|per|each|every) (?:[\p{L}-]+ ){0,2}?country|country (?:coverage|breakdown|split))\b/iu;
// Counts per city, or where the listings are ("which cities have the most lead jobs?", "lead roles
// by city", "where are most of the lead jobs located?", "what city should i move to for the most
// openings?").
const NO_PLACE_ASKED =
  /\b(?:no|without|missing|lack\w*|(?:don['’]?t|do not|doesn['’]?t|does not|never) (?:state|give|name|list|have|say|mention))\s+(?:an?\s+|any\s+|the\s+|their\s+)?(?:city|cities|location|locations|countr(?:y|ies)|place|address|office)\b/i;
const BY_CITY =
  /\b(?:(?:best|highest|top|better)[- ]pa(?:ying|id) (?:cities|city|hubs?|metros?|locations?)|(?:which|what|how many|top|biggest|main|best) (?:cities|city|hubs?|metros?|locations?)\b(?! (?:is|are|does|do) (?:it|the|this|that) (?:role|job|listing|position))|cities (?:do|does|have|are|we|with)|(?:by|per|each) (?:city|location)|(?:city|location) (?:coverage|breakdown|split)|where (?:are|is|do) (?:most|the most|the bulk|the majority|all)\b[^?]{0,40}\b(?:jobs?|roles?|listings?|openings?|positions?|located|based))/i;
// Listings asked for as a fit for the member ("recommend me 3 lead roles", "suggest some jobs for
// me", "which remote roles suit my stack best?", "what should i apply to?").
const FIT_ASKED =
  /\b(?:(?:recommend|suggest)\w*\b(?! (?:(?:that|if|whether|i|you|we|they|to learn|learning)\b))[^?.!]{0,40}\b(?:roles?|jobs?|listings?|positions?|openings?|postings?|gigs?|companies|some|a few|any)\b|(?:roles?|jobs?|listings?|positions?|openings?)\b[^?.!]{0,30}\b(?:fit|fits|suit|suits|match|matches) (?:me|my|best|for me|(?:someone|somebody|a person|people|a dev|an engineer|a candidate|my mentee) (?:with|who|that|like))\b|\b(?:best|closest|good) (?:fit|match)(?:es|ing)? for (?:me|my (?:stack|skills|profile))\b|\bwhat should i apply (?:to|for)\b|\bwhich (?:ones?|roles?|jobs?|listings?) should i apply (?:to|for)\b|\b(?:top|best)\s+(?:\d{1,2}\s+|three |five |ten )?(?:\w+ )?(?:roles?|jobs?|listings?|positions?|openings?|matches) for (?:me\b|my\b|someone\b|a |an )|\b(?:roles?|jobs?|listings?|positions?|openings?) (?:for|suited to|suitable for|that suit) (?:a|an|someone (?:with|like)) [\w/+#.-]+(?: [\w/+#.-]+)? (?:dev|developer|engineer|person|person|programmer)s?\b)/i;
// "recommend me 3 …", "suggest two …": how many, in digits or spelled out.
const FIT_HOW_MANY = new RegExp(
  `(?:\\b(?:recommend|suggest|show|give|pick|find)\\w*\\s+(?:me\\s+)?(?:the\\s+)?(?:top\\s+|best\\s+)?|\\b(?:top|best)\\s+)(\\d{1,2}|${Object.keys(SPELLED_NUMBERS).join('|')})\\b`,
  'i',
);
// Counts per industry ("which industries have the most lead roles?", "lead jobs by sector").
const BY_INDUSTRY =
  /\b(?:(?:which|what|top|biggest|main) (?:industries|industry|sectors?|domains?|verticals?)\b(?! (?:is|are|does|do) (?:it|the|this|that) (?:role|job|listing|company|position))|(?:by|per|each) (?:industry|sector|domain|vertical)|(?:industry|sector) (?:breakdown|split|mix))/i;
// A share of the listings in a place or industry ("what percentage of lead roles are in fintech?",
// "how many of the lead roles are in germany?", "what share of lead jobs are in europe").
// (Or a share the member states, to check: "roughly a third of the corpus is Asia-Pacific. Is that
// right?", "half the lead roles are in Germany?".)
const SHARE_IN =
  /\b(?:(?:what|which) (?:percentage|percent|share|proportion|fraction|part|%)|how many) of (?!(?:those|them|these|which)\b)(?:the |all (?:the )?|our )?[^?]{0,40}?\b(?:are|is|sit|come)\s+(?:in|from|based in|located in|within)\b|\b(?:(?:a|one|two|three)\s+(?:third|quarter|half|fifth|tenth)s?|half|\d{1,3}\s?%|most|the majority)\s+(?:of\s+)?(?:the |our |all (?:the )?)?(?:corpus|listings|roles|jobs|postings|(?:[\w-]+\s+)?(?:roles|listings|jobs))\s+(?:is|are)\b/i;
// A lead-in naming what the answer is for ("for the weekly digest: …", "channel FAQ - …"): the
// question starts after it.
// So is a short label before a question word ("weekly digest time: which lead roles…"), never
// sides set against each other ("kubernetes or mesos: how many want each?").
const PREFACE =
  /^\W*(?:(?:for|re|quick one|q|ok so)\b[^:?!.]{0,50}|(?![^:]*\b(?:or|vs|versus|and)\b)(?:[\w#'-]+\s+){0,3}[\w#'-]+):\s+(?=(?:which|what|whats|how|who|where|any|are|is|do|does|list|name|show)\b)|^\W*(?:for|re|quick one|q|ok so)\b[^:?!.]{0,50}:\s+(?=\S)/i;
// Words that ask for something of the listings beyond which ones they are.
const ASKS_MORE =
  /\b(?:skills?|stack|tech\w*|how many|share|percent\w*|common|split|mostly|mainly|majority|ratio|mention\w*|need\w*|requir\w*|want\w*|ask(?:s|ed)? for|use|look(?:ing)? for|expect\w*|best|top|most|typical|usual|average|median|why)\b/i;
// A skill the listings are asked not to need ("dont need kubernetes", "without Java").
const NEGATED_NEED =
  /\b(?:do ?n[o']?t|does ?n[o']?t|doesnt|dont|never)\s+(?:really\s+|even\s+)?(?:need|require|ask for|want|use|mention)\b|\bnot (?:requiring|needing|asking for|wanting|using|mentioning|naming)\b|\bwithout (?:needing |requiring |any )?[\w+#.-]+\b|\bno [\w+#.-]+ (?:required|needed|requirement)\b/i;
// Working remotely from where the member is ("can i work remotely from india", "remote from Lagos").
const REMOTE_FROM =
  /\b(?:remote(?:ly)?|wfh|work(?:ing)?)\s+from\s+(?!home\b|anywhere\b|(?:my|the|a|an)\b)[\p{L}]/iu;
// Whether the member can work remotely ("can i work remote for any of these", "could I do any
// lead roles remotely").
const REMOTE_FOR_ME =
  /\b(?:can|could|may|would) (?:i|we|she|he|they) (?:work|do|take|apply for|get)\b[^?]{0,40}\b(?:remote(?:ly)?|from home|wfh)\b/i;
// Two sides set against each other ("senior vs lead", "more in staff than lead", "berlin or london").
export const SIDES = /\b(?:vs\.?|versus|compared? (?:to|with)|than|against|between|or)\b|\bv\b/i;
// What a skill compared across sides is asked for: how often it comes up.
export const SIDE_MEASURE =
  /\b(?:how (?:common|often|many|much)|share|percent\w*|more|less|fewer|ask(?:s|ed)? for|mention\w*|want\w*|need\w*|requir\w*|name[ds]?|use[ds]?|common|popular|vs\.?|versus|v)\b|:/i;
// Work modes set against each other, or which one most listings have ("remote or hybrid mostly?").
export const MODE_SPLIT =
  /\b(?:remote|hybrid|on-?site|in[- ]office|office)\s+(?:or|vs\.?|versus)\s+(?:remote|hybrid|on-?site|in[- ]office|office)\b|\b(?:mostly|mainly|majority|more often) (?:remote|hybrid|on-?site|in[- ]office)\b|\b(?:remote|hybrid|on-?site|in[- ]office)\b[^?]{0,30}\b(?:mostly|mainly|majority|split)\b/i;
// How often a work mode comes up, asked ("which is more remote", "more often hybrid", "the remote
// share of each"): set against another level, each level's split (not the levels side by side).
export const MODE_SHARE_ASKED =
  /\b(?:more|less|most|least)\s+(?:often\s+|commonly\s+|frequently\s+)?(?:remote|hybrid|on-?site|in[- ]office)\b|\b(?:remote|hybrid|on-?site)\b[^?]{0,40}\b(?:share|percent\w*|how many|more (?:often|common)|less (?:often|common))\b|\b(?:share|percent\w*|how many|more (?:often|common))\b[^?]{0,40}\b(?:remote|hybrid|on-?site)\b/i;
// A work mode said of the listings ("which are fully remote", "every Berlin job is remote now").
const MODE_PREDICATE =
  /\b(?:can|could|may|do|does|will) (?:i|you|we|one|they|people)(?: \w+)? (?:work|be|stay) (?:from home|remote(?:ly)?|wfh|from anywhere)\b|\b(?:lets?|allows?|permits?) (?:you|me|people|engineers) (?:to )?work (?:from home|remotely|from anywhere)\b|\b(?:is|are|be|being)\s+(?:(?:all|mostly|fully|really|actually|truly|completely|entirely|now|still|even|100%)\s+){0,3}(?:remote|hybrid|on-?site|in[- ]office|office[- ]based|wfh|remote[- ]first)\b(?![- ](?:jobs?|roles?|positions?|listings?|work)\b(?!\s+(?:common|usual|typical|normal|rare)))/i;
// Whether some of the roles asked have a work mode, said of them in a clause ("any lead roles in the
// uk that are fully remote?", "are there staff jobs in berlin which are hybrid?"): the split of those
// roles by mode answers it, even where none has it (never a list widened to find some).
const MODE_OF_THOSE =
  /\b(?:that|which|who)\s+(?:are|is|r)\s+(?:(?:fully|all|100%|completely|entirely|really|actually|truly|mostly)\s+)?(?:remote|hybrid|on-?site|in[- ]office|office[- ]based|wfh|remote[- ]first)\b/i;
// A claim about the work mode to check ("why is there zero remote lead work in canada",
// "everything i see is office", "no hybrid roles anywhere?"): the split answers it.
const MODE_CLAIM =
  /\b(?:zero|no|none|not (?:a single|one|any)|never any|hardly any|barely any)\s+(?:\w+\s+){0,1}(?:remote|hybrid|on-?site|wfh)\b|\b(?:everything|every (?:job|role|listing|one)|all of them|they(?:'re| are) all)\b[^?]{0,25}\b(?:is|are)\s+(?:all\s+|just\s+|only\s+)?(?:remote|hybrid|on-?site|office|in[- ]office|office[- ]based)\b/i;
// Asking whether one named skill is needed at all ("is terraform basically mandatory", "do I
// really need k8s", "can I get away without Java").
const NECESSITY =
  /\b(?:mandatory|must[- ]haves?|a must|required|a requirement|necessary|essential|non[- ]negotiable|needed|prerequisites?|dealbreakers?|deal[- ]breakers?|table stakes|expected|important|get away without|skip|optional|nice[- ]to[- ]have)\b/i;
// "besides go", "other than Java", "what else do they want": the rest of the requirements, given X.
export const BESIDES =
  /\b(?:besides|beside|other than|apart from|aside from|on top of|in addition to|beyond|except|next to)\b[^?]{0,30}|\bwhat else\b|\balongside\b/i;
// Nouns of a stack asked alongside years ("stack + yoe", "years + tech"): the requirements.
const STACK_NOUN =
  /\b(?:stack|tech(?:nolog(?:y|ies))?(?! leads?\b)|skills?|tools?|languages?|frameworks?|reqs|requirements)\b/i;
// The years asked called a requirement ("the minimum-years requirements", "experience requirement"):
// the years, not the stack.
const YEARS_REQUIREMENT =
  /\b(?:(?:min(?:imum)?[- ])?(?:years?|yrs|yoe)(?:[- ]of[- ]experience)?|experience)[- ](?:requirements?|reqs?)\b/gi;
// A bare search typed as a question ("remote rust jobs?", "lead roles in canada?"): the list.
const NOUN_PHRASE =
  /^\W*(?:(?:yo|hey|hi|ok|so|pls|please)\W+)*(?:any|some|all|open)?\s*(?:[\w+#./&'-]+\s+){0,5}?(?:jobs?|roles?|gigs?|openings?|positions?|listings?|postings?|vacanc\w+|opportunit\w+)(?:\s+(?:in|at|for|with|near|around|from|using|on|(?:that are |which are )?(?:based|located) in|(?:that are |which are )?open to|available (?:in|to)|that (?:accept|take|hire) (?:people |folks |someone )?(?:from|in|based in))\s+[^?.!]{1,30})?\s*[?.!]*(?:\s+[^?.!]{0,25}[?.!]*)?$/i;
// "are there any swiss backend roles?", "anything posted since October 15?", "do we have any lead
// listings in tel aviv?", "does the corpus hold staff roles in japan?": the listings themselves,
// counted and named ("¿hay puestos de lead en Madrid?", "il y a des postes de lead à Paris ?" read
// as English but for their prepositions).
const COUNT_OR_EXISTENCE =
  /^\W*(?:(?:yo|hey|hi|ok|so)\W+)*(?:anything(?= (?:new|posted|listed|open))|(?:are there|is there|do (?:you|u|we|they) (?:have|hold|carry|list)|(?:does|do) (?:the |our |your |this )?(?:corpus|bot|roleradar|db|database|dataset|data|index|list|server) (?:have|hold|contain|carry|list)|got any|have (?:you|we) got|show me|find me|list)\b[^?]{0,60}\b(?:jobs?|roles?|gigs?|openings?|positions?|listings?|postings?|vacanc\w+)\b)(?:\s+(?:are there|do you have|(?:were |have been |got )?(?:posted|listed|open))\b[^?]*)?(?:\s+(?:in|at|for|with|near|from|on|since|after|(?:that are |which are )?(?:based|located) in|(?:that are |which are )?open to|available (?:in|to)|de|à|en|em|dans|au|aux|im|für|mit|con|com|para|pour|bei)(?![\p{L}\p{N}])[^?]*)?\s*[?.!]*\s*$/iu;
// The years bounds a part states, kept when another part asking the years is the answer.
const YEARS_BOUND_KEYS = ['yearsAtMost', 'yearsAtLeast'] as const;
export const QUESTION_WORD =
  /\b(?:what|whats|how|why|when|which|who|whom|do|does|did|is|are|should|can|could|would|will|much|many)\b/i;

/** One part of a question, decided on its own plan. */
interface DecidedPart {
  scratch: AnswerPlan;
  /** The part asks for something beyond its filters. */
  asked: boolean;
  /** The part's words. */
  text: string;
}

// "lead roles in berlin - stack? pay?": the stack, asked in a word.
const STACK_WORD_AT_END = /\b(?:stack|tech stack|skills?|requirements?|reqs)\s*$/i;
// A part that asks again, beside a bare search ("…? i live in ohio" does not).
const ASKS_AGAIN =
  /^\W*(?:what|whats|how|why|when|which|who|where|do|does|did|are|is|can|could|should|would|will|any)\b/i;

/**
 * A part that only narrows or names what the next part asks about ("lead roles in the US", "AWS or
 * GCP or Azure"); "any contract gigs in EUR" asks whether there are some.
 */
function bare(part: string): boolean {
  return (
    !QUESTION_WORD.test(part) &&
    !/^\W*any\b/i.test(part) &&
    !MEASURE_WORD.test(part) &&
    !PAY.test(part) &&
    !YEARS.test(part) &&
    !VISA.test(part) &&
    !STACK_WORD_AT_END.test(part)
  );
}

/** The parts, each bare part joined to the part after it (trailing bare parts to the last one). */
function joinBareParts(parts: string[]): string[] {
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
  return joined;
}

/** Whether one part asks for the employers or the listings themselves, as its own list cue. */
function partAsksList(part: string, i: number, q: string, plan: AnswerPlan, cues: AggregateCues): boolean {
  return (
    LIST_COMPANIES.test(part) ||
    WHO_POSTS.test(part) ||
    (i === 0 && cues.asksList && !WHO_POSTS.test(q)) ||
    // "which lead listings are based in Poland, and what do they pay?": the first part lists.
    (plan.filters.place !== undefined &&
      PLACE_LIST.test(part) &&
      !MEASURE_WORD.test(part) &&
      !TOP_SKILLS.test(part) &&
      !PAY.test(part))
  );
}

/** Each joined part decided on its own copy of the plan, with its own job term and list cue. */
function decideParts(joined: string[], q: string, plan: AnswerPlan, cues: AggregateCues): DecidedPart[] {
  return joined.map((part, i) => {
    const scratch: AnswerPlan = { ...plan, filters: { ...plan.filters } };
    const asked = decideOne(part, scratch, {
      ...cues,
      // A part alone is no guide question: the whole question is, when no part asks more.
      guides: undefined,
      term: jobTerm(part),
      asksList: partAsksList(part, i, q, plan, cues),
    });
    return { scratch, asked: asked !== 'no', text: part };
  });
}

/**
 * The part that answers, among those asking: the list when a "how many …" comes first ("how many …
 * and from who?": the list carries the count), the comparison after a count of several skills,
 * else the first.
 */
function primaryPart(
  asking: DecidedPart[],
  joined: string[],
  termNamesThem: boolean,
): DecidedPart | undefined {
  const list = asking.find((d) => d.scratch.intent === 'list_companies');
  // "Il y a des postes de lead à Paris ? C'est quoi le salaire ?", "gibt es lead rollen in Irland? and
  // is it perm or contract": whether there are any is only the search; what a later part asks of
  // them answers (naming the roles found), the list after it.
  // ("…? my visa is sorted already." asks nothing: a statement.)
  const later = asking.find(
    (d) =>
      d !== asking[0] &&
      d.scratch.intent !== 'list_companies' &&
      (/\?\s*$/.test(d.text) || ASKS_AGAIN.test(d.text.replace(/^\W*(?:and|so|also|but|plus|ok)\s+/i, ''))),
  );
  if (list && asking[0] === list && later && searchOnly(joined[0] ?? '', list)) return later;
  // "how many mention GraphQL, and is it more common than gRPC?": the comparison, which carries both.
  const compare = asking.find((d) => d.scratch.intent === 'skill_compare');
  if (list && /^\W*how many\b/i.test(joined[0] ?? '') && asking[0] !== list && !termNamesThem) return list;
  // "…want BOTH k8s and terraform? … CKA or TF first": the count of both stays the question.
  if (compare && asking[0]?.scratch.intent === 'skill_frequency' && !ALL_SKILLS_ASKED.test(joined[0] ?? ''))
    return compare;
  return asking[0];
}

/** A part that only searches ("any lead roles in Dubai?", "Il y a des postes à Paris ?"). */
function searchOnly(part: string, decided: DecidedPart): boolean {
  const q = part.replace(PREFACE, '');
  return onlyFiltersAsked({ q, plan: decided.scratch } as OneQuestion) && EXISTENCE_ASKED.test(q);
}

/**
 * The plan that answers: the primary part's; else, when the first part is a bare search and no
 * later part asks again ("are there any remote lead jobs in the US? i live in ohio"), the first
 * part's (the rest is the member's context); else the whole question's.
 */
function chosenPlan(
  primary: DecidedPart | undefined,
  decided: DecidedPart[],
  joined: string[],
  whole: AnswerPlan,
): AnswerPlan {
  if (primary) return primary.scratch;
  const asksAgain = (part: string) => /\?\s*$/.test(part) || ASKS_AGAIN.test(part);
  if (decided[0]?.scratch.intent === 'list_companies' && !joined.slice(1).some(asksAgain))
    return decided[0].scratch;
  return whole;
}

/**
 * "a mentee has 3 years…; which listings accept fewer than 5 years?": both parts ask the years,
 * and the bound the later one states is kept.
 */
function carryYearsBounds(chosen: AnswerPlan, asking: DecidedPart[]): void {
  const sameIntent = asking.filter((d) => d.scratch !== chosen && d.scratch.intent === chosen.intent);
  for (const key of YEARS_BOUND_KEYS)
    if (chosen[key] === undefined) {
      const other = sameIntent.find((d) => d.scratch[key] !== undefined);
      if (other) chosen[key] = other.scratch[key];
    }
}

/** Copies the chosen plan's decision (its intent, measure and what goes with them, its work mode). */
function copyDecision(chosen: AnswerPlan, plan: AnswerPlan): void {
  for (const key of PLAN_DECISION_KEYS) {
    const value = chosen[key];
    if (value === undefined) delete plan[key];
    else (plan as unknown as Record<string, unknown>)[key] = value;
  }
  // "the years bar for staff versus principal listings? my mentee has…": the levels compared in
  // the part answered are the selection.
  if (chosen.compare && chosen.filters.level !== undefined) plan.filters.level = chosen.filters.level;
  if (chosen.filters.workMode === undefined) delete plan.filters.workMode;
  else plan.filters.workMode = chosen.filters.workMode;
}

/**
 * The aggregate intents, decided from cue groups once the filters are read: a job term, visa help,
 * pay, years, the work-mode split, a list of employers, skills compared or counted, duties, the top
 * skills, and, when nothing more is asked, what the roles require (or, for a bare search, the list).
 * Where several cues meet, the one whose answer carries the other wins: requirements carry years
 * ("stack + yoe"), a list carries its count ("how many … and from who").
 */
export function decideAggregate(question: string, plan: AnswerPlan, cues: AggregateCues): void {
  const q = chatWords(question);
  if (negotiationGuide(q, plan, cues)) return;
  const parts = questionParts(q);
  // An error budget asked after its numbers ("our SLO is 99.5% over 28 days, how much budget is
  // that?") is one question: its parts alone name no guide section.
  if (parts.length < 2 || ERROR_BUDGET_ASKED.test(q)) {
    decideOne(q, plan, cues);
    addParts(plan, pairedMeasures(q, plan.intent));
    return;
  }
  // Several questions in one ("what do they pay, and do they sponsor visas?"): each part is decided
  // on its own; the first that asks for something is the answer, the others are answered after it.
  // A part that only narrows ("…lead roles in the US") asks nothing of its own.
  const whole: AnswerPlan = { ...plan, filters: { ...plan.filters } };
  const wholeAsked = decideOne(q, whole, cues);
  const joined = joinBareParts(parts);
  const decided = wholeAsked === 'both' || joined.length === 0 ? [] : decideParts(joined, q, plan, cues);
  const asking = decided.filter((d) => d.asked);
  // "how many lead listings are contract roles, and who are they with?": contract roles are counted
  // and each one named by the term's own answer, which carries the list.
  const termNamesThem = asking[0]?.scratch.intent === 'job_terms' && asking[0].scratch.term === 'contract';
  const primary = primaryPart(asking, joined, termNamesThem);
  const chosen = chosenPlan(primary, decided, joined, whole);
  carryYearsBounds(chosen, asking);
  copyDecision(chosen, plan);
  // The requirements carry the top skills: "…ask for? like which stack" is one answer, not two.
  addParts(
    plan,
    asking
      .filter((d) => d !== primary)
      .map((d) => d.scratch.intent)
      .filter((intent) => !(plan.intent === 'requirements' && intent === 'top_skills'))
      .filter((intent) => !(termNamesThem && intent === 'list_companies')),
  );
  // "which lead roles mention on-call and is it paid?": whether the term asked about is paid is the
  // term's own answer (paid on-call is counted beside on-call), not a part about posted pay.
  if (plan.intent === 'job_terms' && plan.also?.includes('pay') && joined.some((p) => TERM_PAID.test(p))) {
    plan.also = plan.also.filter((i) => i !== 'pay');
    if (!plan.also.length) delete plan.also;
  }
  // "what do lead roles in london pay, and which ones are fully remote?": the mode is what the later
  // part asks about, not a cut on the pay answered first (the split after it says which are remote).
  // "…and are any of them hybrid?" asks the same of the listings just counted.
  const at = primary ? decided.indexOf(primary) : -1;
  const primaryText = joined[at];
  const namesMode = (text: string) => MODE_WORDS.some(([, re]) => re.test(text));
  const modeAsked = decided.some(
    (d, i) =>
      i > at &&
      namesMode(joined[i] ?? '') &&
      ((d.asked && d.scratch.intent === 'work_mode') || BACK_TO_THEM.test(joined[i] ?? '')),
  );
  if (
    modeAsked &&
    plan.filters.workMode &&
    plan.intent !== 'work_mode' &&
    primaryText !== undefined &&
    !namesMode(primaryText)
  ) {
    delete plan.filters.workMode;
    addParts(plan, ['work_mode']);
  }
  // "how many lead roles are remote and what do they pay?": "they" are the remote ones.
  const modes = MODE_WORDS.filter(([, re]) => re.test(joined[0] ?? ''));
  if (plan.intent === 'work_mode' && plan.also?.length && modes.length === 1) plan.partsMode = modes[0]![0];
  addParts(plan, pairedMeasures(q, plan.intent));
}

// A later part asking whether the term just named is paid ("is it paid?", "are those compensated").
const TERM_PAID =
  /^\W*(?:and\s+|but\s+)?(?:is|are|was|will)\s+(?:it|that|this|they|those|these|the (?:on-?call|rotation|rota|pager|standby|overtime))\s+(?:\w+\s+)?(?:be\s+)?(?:paid|compensated|paid extra|paid for)\b[^?]*\??$/i;

// A later part about the listings just counted ("are any of them…", "which ones…", "are they…").
const BACK_TO_THEM = /\b(?:any of them|of them|of those|which ones|are they|do they|those|these)\b/i;

// "how many listings require security clearance?", "which roles mention a notice period", "do any
// jobs offer a signing bonus": the phrase after the verb, up to the end of the clause.
const MENTION_ASKED =
  /\b(?:how many|which|what|any|do any|does any|are there(?: any)?|is there(?: any)?|list(?: the| all)?|name(?: the)?)\b[^?.]{0,40}?\b(?:listings?|roles?|jobs?|postings?|positions?|openings?|ads|companies|employers)\b[^?.]{0,25}?\b(?:mention(?:s|ing)?|require(?:s|d)?|requiring|ask(?:s|ing)? for|offer(?:s|ing)?|talk(?:s|ing)? about|refer(?:s|ring)? to|include(?:s|ing)?|say (?:anything )?about|(?<!\b(?:we|you|i|u|they|do|does|did)\s)(?:with|have|has|give(?:s)?|provide(?:s)?|cover(?:s)?|pay(?:s)? for|need(?:s)?|want(?:s)?|expect(?:s)?))\s+(?:an? |the |any |some )?((?:[\p{L}][\p{L}\d'’-]*)(?:\s+[\p{L}\d][\p{L}\d'’-]*){0,5}?)\s*(?:\bat all\b|\banywhere\b|\bin (?:the|their) (?:text|listing|ad)\b)?\s*(?:[?.!,;]|$)/iu;
// Words that are no phrase of their own: what the planner reads as filters and measures anyway.
const NOT_A_PHRASE =
  /^(?:it|them|that|this|these|those|one|lead|leads|staff|senior|principal|manager|remote|hybrid|on-?site|experience|years?|pay|salary|salaries|money|visa|visas|relocation|skills?|stack|tech|anything|something|more|less|english|most|often|real|really|friend|me|myself|help|advice|much|many|usually|typically|here|now|today|there|been|no|not|fewer|least|less|over|under|above|below|at|in|on|posted|multiple|several|two|three|\d+\+?|per|by|each|altogether|total|overall|currently|open|live|so|both|either|all)$/i;
// Words that say the question is about the stack, whatever verb it uses ("which skills do they ask for most?").
const STACK_ASKED =
  /\b(?:skills?|skillsets?|stacks?|tech|technolog(?:y|ies)|tools?|languages?|frameworks?|databases?|clouds?)\b/i;

// A company's stage asked of the roles ("at startups", "early-stage companies", "a scale-up").
const STAGE_ASKED =
  /\b(?:(?:at|in|for|with|from|by) (?:an? |the )?(?:\w+ )?(?:start-?ups?|scale-?ups?|early[- ]stage (?:compan\w*|start-?ups?|teams?)|seed[- ]stage\w*)|start-?ups? (?:[\w-]+ )?(?:hiring|roles?|jobs?|gigs?|listings?|openings?|positions?)|(?:any|which|how many) (?:\w+ )?(?:start-?ups?|scale-?ups?|early[- ]stage compan\w*))\b/i;
// "what's the notice period usually for lead roles?", "what is the probation period in lead jobs":
// a term of the job asked as a thing the listings state, which none of the planner's cues names.
const ATTRIBUTE_ASKED =
  /\bwhat(?:'s|’s|s| is| are)\s+(?:the\s+)?(?:usual|typical|normal|standard|average|common)?\s*((?:[\p{L}][\p{L}-]*)(?:\s+[\p{L}][\p{L}-]*){0,3}?)\s+(?:(?:usually|typically|normally|generally|like)\s+)?(?:for|in|at|on)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:roles?|listings?|jobs?|positions?|postings?)\b/iu;
// What such a question measures over the listings rather than looks up in their text.
const MEASURED_ATTRIBUTE =
  /^(?:split|breakdown|share|percentage|percent|ratio|number|count|trend|difference|differences|deal|story|situation|catch|point|best|worst|most|average|median|range|ranges|mix|outlook|market|demand|status|process|interview|interviews|loop|day|week|life|path|career|future|title|titles|level|levels|scope|role|job|requirement|requirements|bar|expectation|expectations)$/i;
function attributeAsked(q: string): RegExpExecArray | null {
  const m = ATTRIBUTE_ASKED.exec(q);
  // A thing stated is named in two words or more ("notice period", "security clearance"); one
  // word after "what's" is a judgement or a measure ("what's hot for…", "what are the deal-breakers").
  if (!m?.[1] || !/\s/.test(m[1].trim())) return null;
  const last = m[1].trim().split(/\s+/).at(-1)!;
  return MEASURED_ATTRIBUTE.test(last) || MEASURED_ATTRIBUTE.test(m[1].trim().split(/\s+/)[0]!) ? null : m;
}

/** The phrase a question asks the listings' text for, when nothing else the planner reads covers it. */
function textMentionOf(c: OneQuestion): string | undefined {
  const m = MENTION_ASKED.exec(c.q) ?? attributeAsked(c.q);
  // "which listings want AWS certification?": a certificate is a phrase of the text, not the skill
  // it is in (a listing asking for AWS seldom asks for the certificate).
  const certificate = m?.[1] !== undefined && CERTIFICATE.test(m[1]);
  if ((c.cues.skills.length && !certificate) || c.cues.term || c.pay || c.years || c.modeAsked)
    return undefined;
  // "want someone who has scaled…", "need a person with…": what that someone has is the phrase.
  const phrase = m?.[1]
    ?.trim()
    .replace(/[’']s$/, '')
    .replace(
      /^(?:someone|somebody|a person|people|candidates?|engineers?|leads?)\s+(?:who|that|with)\s+(?:(?:has|have|can|is|are|had)\s+)?(?:(?:already|previously|successfully)\s+)?(?:(?:an?|the|some|any)\s+)?/i,
      '',
    );
  if (!phrase || phrase.length < 3 || NOT_A_PHRASE.test(phrase) || STACK_ASKED.test(c.q)) return undefined;
  const words = phrase.toLowerCase().split(/\s+/);
  // "…asking for real", "…ask for most often": a filler after the verb, no phrase.
  if (NOT_A_PHRASE.test(words[0]!) || words.every((w) => NOT_A_PHRASE.test(w))) return undefined;
  // "have lead and principal roles", "have staff openings": levels and roles, no phrase of the text.
  if (
    words.every(
      (w) =>
        NOT_A_PHRASE.test(w) ||
        /^(?:and|or|roles?|jobs?|positions?|openings?|listings?|engineers?|devs?)$/.test(w),
    )
  )
    return undefined;
  // "what do lead roles in spain ask for compared to portugal": a comparison, no phrase.
  if (/^(?:compared?|comparison|vs\.?|versus|than|against|relative|next)$/.test(words[0]!)) return undefined;
  // A place, company or industry the question names is its filter, not a phrase.
  const f = c.plan.filters;
  const named = [f.place, f.company].flat().filter((v): v is string => typeof v === 'string');
  if (named.some((n) => phrase.toLowerCase().includes(n.toLowerCase()))) return undefined;
  if (
    f.industry &&
    phrase.toLowerCase().includes(f.industry.toLowerCase()) &&
    !industryInPhrase(phrase, f.industry)
  )
    return undefined;
  return phrase;
}

/**
 * "do any listings mention pet insurance?", "travel insurance": the industry's word after another
 * word of the phrase names a thing a listing offers, not the industry; the phrase is searched and
 * the industry is no filter.
 */
function industryInPhrase(phrase: string, industry: string): boolean {
  return phrase.split(/\s+or\s+/i).some((alt) => {
    const words = alt.toLowerCase().split(/\s+/);
    const at = words.indexOf(industry.toLowerCase());
    return at > 0 && !/^(?:in|at|for|the|a|an|of|from)$/.test(words[at - 1]!);
  });
}

/** Whether a question (or a part of one) asks anything beyond its filters; 'both': years and stack. */
type Asked = 'yes' | 'no' | 'both';

/** One question as the aggregate rules read it: its words, the plan it decides, and its cues. */
interface OneQuestion {
  q: string;
  plan: AnswerPlan;
  cues: AggregateCues;
  /** Pay is asked (or a currency named with a range or band). */
  pay: boolean;
  /** The question asks whether there are such roles, or the member is looking for them. */
  asksExistence: boolean;
  /** The years bounds the question states. */
  bound: { atMost?: number; atLeast?: number };
  /** Years of experience are asked. */
  years: boolean;
  /** The work mode is asked, claimed or set against another. */
  modeAsked: boolean;
}

/** One rule of the aggregate decision: when it fits, then what it decides. */
interface AggregateRule {
  when: (c: OneQuestion) => boolean;
  decide: (c: OneQuestion) => Asked;
}

// A currency named with a range or band asks for pay ("whats the range in GBP", "band in €?").
const PAY_IN_CURRENCY = /\b(?:range|band|numbers|figures|brackets?)\b/i;
// Pay named as such, which a list cue does not override ("lead roles in madrid: what do the
// advertised bands look like?").
const PAY_NAMED = /\bpay|salar|earn|\bmake\b|\branges?\b|\bbands?\b|lowball|\bpackage\b/i;
// "any…", "are there…", "which…": whether there are such roles.
const EXISTENCE_ASKED =
  /^\W*(?:(?:yo|hey|ok|so)\W+)*(?:any|are there|is there|which|who|list|show|do any|does any|do some)\b/i;
// "looking for contract gigs paid in EUR, what day rates are out there?": a search for the work.
const LOOKING_FOR_WORK =
  /^\W*(?:(?:yo|hey|ok|so)\W+)*(?:i'?m |im |we'?re |i am |we are |currently |been )?(?:looking|searching|hunting|on the hunt|on the lookout|after) (?:for |out for )?(?:some |any |a |new )?(?:\w+ ){0,4}?(?:gigs?|contracts?|roles?|jobs?|work|positions?|openings?)\b/i;
// Words that ask how often a named skill comes up, beside a work mode.
const SKILL_MEASURE =
  /\b(?:mention\w*|ask(?:s|ed)? for|require\w*|want|need|use|name|comes? up|vs\.?|versus)\b/i;
// Words naming the listings themselves: an error budget asked of them is a count, not the guide's.
const LISTING_NOUN = /\b(?:listings?|roles?|jobs?|postings?|companies)\b/i;
// A count or share asked: a list request asking it is no list.
const COUNT_OR_SHARE = /\b(?:how many|what share|percent\w*)\b/i;
// Two levels set against each other ("do staff roles need more years than lead roles?", "are senior
// roles more often remote than lead ones?").
const LEVELS_COMPARED = /\b(?:or|vs\.?|versus|than|more|fewer|less|compar\w*|differ\w*)\b/i;
// Levels set against each other on a work mode: "or" alone joins them ("staff or principal roles").
const MODE_LEVELS_COMPARED =
  /\b(?:vs\.?|versus|than|compar\w*|differ\w*|more|less|each|respectively|per level|by level|side by side)\b/i;
// A yes/no question whether the roles need a skill ("do lead roles need kafka?").
const NEED_QUESTION = /^(?:do|does|is|are|must|should|can|will)\b[^?]*\b(?:need|require|want|ask for|use)\b/i;
// "what do Go lead roles require?", "what else…": the requirements, unless a share is asked.
const WHAT_DO_THEY = /^\s*what (?:do|does|else)\b/i;
const SHARE_ASKED = /\b(?:share|percent\w*|how (?:many|common|often)|proportion)\b/i;
const HOW_MANY_OR_SHARE = /\b(?:how many|share|percent\w*|proportion)\b/i;
// "which is more common, kafka or rabbitmq?": two skills set against each other.
const EITHER_SKILL = /\b(?:or|vs\.?|versus)\b/i;
const WHICH_MORE = /\b(?:which|more|most|better)\b/i;
// "posted this week?", "anything new since monday?": the listings of those days.
const NEWLY_POSTED =
  /^\W*(?:(?:any(?:thing)?|what(?:'s| is|s)?)\s+)?(?:new\w*\s+)?(?:posted|listed|added|new)\b/i;
// "lead roles in berlin - stack?": the stack asked in a word.
const STACK_IN_A_WORD = /\b(?:stack|tech stack|skills?|requirements?|reqs)\s*\??\s*$/i;
const REQUIREMENTS_MEASURE = 'skills, years and duties that matching listings ask for';
const LISTINGS_NAMED = 'the matching listings, each named';
const SHARE_OF_EACH_SKILL = 'share of matching listings naming each skill';

/** Sets the plan's intent and what the answer measures. */
function setIntent(plan: AnswerPlan, intent: Intent, measure: string): void {
  plan.intent = intent;
  plan.measure = measure;
}

/** A rule's step that sets the intent and what the answer measures, then does what else it says. */
export function setsIntent<C extends { plan: AnswerPlan }>(
  intent: Intent,
  measure: string,
  more?: (c: C) => void,
): (c: C) => void {
  return (c) => {
    setIntent(c.plan, intent, measure);
    more?.(c);
  };
}

/** A rule's outcome that sets the intent, then does what else it says; asks 'yes'. */
function decides(
  intent: Intent,
  measure: string,
  more?: (c: OneQuestion) => void,
): (c: OneQuestion) => Asked {
  const set = setsIntent(intent, measure, more);
  return (c) => {
    set(c);
    return 'yes';
  };
}

/** Reads what every aggregate rule looks at from one question (or one part of one). */
function readOneQuestion(asked: string, plan: AnswerPlan, cues: AggregateCues): OneQuestion {
  const q = asked.replace(PREFACE, '');
  const pay =
    (PAY.test(q) && !/\bpay attention\b/i.test(q)) ||
    (plan.filters.currency !== undefined && PAY_IN_CURRENCY.test(q));
  const asksExistence = EXISTENCE_ASKED.test(q) || LOOKING_FOR_WORK.test(q);
  const bound = yearsBound(q);
  // "list the lead jobs without a minimum number of years": the years composer names them.
  // ("i have 8 years of experience in java, what do lead roles in poland pay?": the member's own
  // years, said of them, ask for no years.)
  const years =
    YEARS.test(withoutMemberYears(q)) ||
    bound.atMost !== undefined ||
    YEARS_ASKED.test(q) ||
    NO_MINIMUM_ASKED.test(q);
  const modeAsked =
    WORK_MODE_Q.test(q) ||
    MODE_PREDICATE.test(q) ||
    MODE_CLAIM.test(q) ||
    MODE_SPLIT.test(q) ||
    (MODES_LISTED.test(q) && plan.filters.workMode === undefined);
  return { q, plan, cues, pay, asksExistence, bound, years, modeAsked };
}

/**
 * "a 99.9% SLO over 30 days gives how much error budget?": the guide's reliability arithmetic, not
 * pay ("how much") nor a count of SRE listings. Sets the guide sections when one fits.
 */
function errorBudgetFromGuide({ q, plan, cues }: OneQuestion): boolean {
  if (!ERROR_BUDGET_ASKED.test(q) || LISTING_NOUN.test(q)) return false;
  const topic = guideTopic(q, cues.guides);
  if (!topic) return false;
  plan.intent = topic.intent;
  plan.measure = 'the guide sections the question is about, quoted';
  plan.guideSections = topic.sections;
  delete plan.filters.skills;
  delete plan.filters.skillsMode;
  return true;
}

/**
 * A job term is asked, unless it is that term's pay: "what's the usual day rate for contract
 * leads" is pay; "any contract gigs paid in EUR?", "looking for contract lead gigs paid in EUR,
 * what day rates…?" are the term (the roles first).
 */
function termAsked({ q, cues: { term }, pay, asksExistence }: OneQuestion): boolean {
  return (
    Boolean(term) &&
    !(term === 'contract' && pay && !asksExistence && !contractRolesFirst(q)) &&
    !(term === 'bonus' && pay && !asksExistence)
  );
}

/**
 * The job term's listings. "part-time or contract lead roles?": contract work is a kind of listing,
 * which the answer counts and names, and the other arrangement is looked for beside it; asked the
 * other way round, the contract half was dropped.
 */
function decideJobTerm({ q, plan, cues }: OneQuestion): Asked {
  const term = cues.term!;
  const either =
    (term === 'part-time' || term === 'four-day week') &&
    termsAsked(q).includes('contract') &&
    // ("a 4/5 contract" is one arrangement, four days of five, not two asked)
    /\b(?:or|and|nor)\b|(?<!\d)\/(?!\d)/i.test(q)
      ? 'contract'
      : term;
  setIntent(plan, 'job_terms', `listings that state ${either}`);
  plan.term = either;
  return 'yes';
}

/** Years are asked on their own (not beside the stack, unless a most-years bound is stated). */
function yearsAlone({ q, years, bound }: OneQuestion): boolean {
  return years && !(STACK_NOUN.test(q.replace(YEARS_REQUIREMENT, ' ')) && bound.atMost === undefined);
}

const YEARS_ASKED_BARE =
  /\b(?:asks?|asking|wants?|wanting|requires?|requiring|needs?|needing|demands?)(?: for)?\s+(\d{1,2})\s*(?:\+|or more\b|and (?:up|above)\b)/i;
// "is it always 10+?", "do they mostly want 12+ now": a premise about how many ask at least that
// many years; a count of people ("a team of 10+ engineers") is none.
const YEARS_PREMISE_BARE =
  /\b(?:always|usually|mostly|typically|normally|often|really|all|every(?:one|body)?|min(?:imum)?)\b[^.?!\d]{0,20}?(?<![\d$€£.,])(\d{1,2})\s*(?:\+|or more\b|and (?:up|above)\b)(?!\s*(?:engineers?|people|devs?|developers|members?|reports?|k\b|%))/i;

/** The years: each level's when two are compared, and the bounds the question states. */
function decideYears({ q, plan, cues: { levels, notLevel }, bound }: OneQuestion): Asked {
  setIntent(plan, 'years', 'minimum years asked');
  const compared = levels.filter((l) => l !== notLevel);
  // "the years bar for staff versus principal listings": each level's years, over both levels.
  if (compared.length >= 2 && LEVELS_COMPARED.test(q)) {
    plan.compare = compared;
    plan.filters.level = compared;
  }
  if (bound.atMost !== undefined) plan.yearsAtMost = bound.atMost;
  if (bound.atLeast !== undefined) plan.yearsAtLeast = bound.atLeast;
  // "what share asks for 8 or more?": in a years question, a number asked for with no unit is years.
  else {
    const bare = YEARS_ASKED_BARE.exec(plan.question ?? q) ?? YEARS_PREMISE_BARE.exec(plan.question ?? q);
    if (bare) plan.yearsAtLeast = Number(bare[1]);
  }
  return 'yes';
}

// The words that set two things against each other without saying what they are.
const JOINING = /\b(?:or|vs\.?|versus)\b/gi;

/**
 * Skills set against each other: a comparing word ("more common", "which one", "compared"), or an
 * "or"/"vs" between skills. "Java/Kotlin lead roles in Australia or Singapore?" joins its skills by a
 * slash (either, as one stack) and its places by "or": the listings, not a comparison.
 */
function skillsCompared(c: OneQuestion): boolean {
  if (!SKILL_COMPARE.test(c.q)) return false;
  if (SKILL_COMPARE.test(c.q.replace(JOINING, ' '))) return true;
  return c.cues.skillsSetAgainst !== false;
}

/** "which/what <filters> jobs …" (or a bare dated search) asks for the listings, nothing more of them. */
function jobsAsked({ q, plan }: OneQuestion): boolean {
  return (
    (JOBS_ASKED.test(q) ||
      (plan.filters.postedAfter !== undefined && !QUESTION_WORD.test(q) && JOBS_NOUN_FIRST.test(q))) &&
    !ASKS_MORE.test(q) &&
    !TOP_SKILLS.test(q) &&
    !DUTIES.test(q) &&
    !REQUIREMENTS.test(q)
  );
}

// Listings asked for by the currency they pay in ("listings that pay in USD", "roles paying in euros").
const LISTINGS_PAYING_IN =
  /\b(?:listings?|roles?|jobs?|positions?|openings?|postings?|gigs?)\s+(?:that\s+|which\s+)?(?:pay|pays|paying|paid|are paid|post(?:s|ing)? (?:pay|salar\w*))\s+(?:in|with)\s+/i;
// A figure of pay asked ("how much", "median", "what range"): the pay answer, not a list.
const PAY_FIGURE_ASKED =
  /\b(?:how much|median|average|typical|range|ranges|bands?|highest|lowest|most|least|top|spread)\b/i;

// The listings asked for by a closing "which ones?", "which are they?", "name them", "list them"
// ("what are they" after "top 5 skills" asks the skills).
const WHICH_ONES =
  /(?:^|[?.!,;:]\s*|\b(?:and|so|ok)\s+)(?:(?:and|so|ok)\s+)?which (?:ones|are they|ones are they|are those|are these)\s*\??\s*$|\b(?:list|name|show me) (?:them|those|these|them all|all of them)\s*[?.!]?\s*$/i;

// What the listings are asked to want, said after "which … roles" ("which remote lead roles want
// rust + k8s?", "what lead jobs need terraform").
const JOBS_WANTING =
  /\b(?:want|wants|need|needs|require|requires|ask for|asks for|use|uses|mention|mentions)\b/;

/**
 * "which remote lead roles want rust + k8s? wanna apply to all of them", "which hybrid lead roles
 * need go?": the listings naming the skills, each named (not what they require, nor a share).
 */
function jobsWantingSkills({ q, cues: { skills } }: OneQuestion): boolean {
  const jobs = JOBS_ASKED.exec(q);
  return (
    skills.length >= 1 &&
    jobs !== null &&
    // "which" picks the listings out; "what kafka lead roles need terraform?" asks what they need.
    /^\W*(?:(?:so|ok|hey|yo|pls)\W+)?which\b/i.test(q) &&
    // What they want, said right after the roles ("which … roles want …").
    new RegExp(`^\\s*(?:${JOBS_WANTING.source})`, 'i').test(q.slice(jobs.index + jobs[0].length)) &&
    !YEARS.test(q) &&
    !COUNT_OR_SHARE.test(q) &&
    !TOP_SKILLS.test(q) &&
    !BESIDES.test(q) &&
    // "…mention graphql and grpc both?": those naming all of them, counted ("apply to all of them"
    // names the roles, not the skills).
    !/\b(?:both|together|combined|in combination)\b/i.test(q) &&
    !/\b(?:more|most|less|fewer|else)\b/i.test(q)
  );
}

/** "what kafka lead roles are hybrid in europe": the listings named, with "hybrid" as their filter. */
function listJobsAsked({ q, plan }: OneQuestion): void {
  plan.listListings = true;
  const mode = MODE_WORDS.find(([, re]) => re.test(q));
  if (mode && !plan.filters.workMode) plan.filters.workMode = mode[0];
}

/**
 * Working remotely from where the member is ("can i work remotely from india", "I live in
 * Amsterdam. can I work remotely for any lead roles?").
 */
function remoteFromHere({ q, plan }: OneQuestion): boolean {
  const place = onePlace(plan.filters);
  return (
    place !== undefined && (REMOTE_FROM.test(q) || (REMOTE_FOR_ME.test(q) && livesIn(plan.question, place)))
  );
}

/** How often one or more named skills come up ("how many want kafka", "do I really need k8s"). */
function skillShareAsked({ q, cues: { skills } }: OneQuestion): boolean {
  return (
    skills.length >= 1 &&
    (SKILL_FREQUENCY.test(q) ||
      SKILL_LISTED_AS.test(q) ||
      NEED_QUESTION.test(q) ||
      // "lead roles that dont need kubernetes": how many do not name it, from its share.
      NEGATED_NEED.test(q) ||
      (NECESSITY.test(q) && !/^\W*what\b/i.test(q))) &&
    // "what do Go lead roles require?" asks for requirements, not for Go's share (also after what the
    // member says of themselves: "…6 yoe. what do java lead roles in europe actually ask for?").
    // ("is go basically required or optional?": the one skill's share, not the roles' must-haves.)
    !(
      (WHAT_DO_THEY.test(q) || (requirementsAsked(q) && !ONE_SKILL_REQUIRED_OR_NOT.test(q))) &&
      !SHARE_ASKED.test(q)
    )
  );
}

// One skill asked whether required or optional ("is go required or optional?", "is k8s a must-have or a
// nice-to-have?"): the skill is the subject, before the two kinds of requirement.
const ONE_SKILL_REQUIRED_OR_NOT =
  /^\W*(?:is|are)\s+(?:[\w.+#/-]+\s+){1,3}?(?:\w+\s+)?(?:required|a must|a must[- ]have|mandatory|essential)\b/i;

// A skill named in the listings' own skills ("which listings list system design as an explicit
// skill?", "how many name Kafka as a requirement?"): its share among them, those naming it named.
const SKILL_LISTED_AS =
  /\b(?:list|lists|listed|name|names|named|state|states|stated|include|includes|included|put|puts|have|has)\b[^?]{0,60}?\bas (?:an? )?(?:explicit |key |core |required |stated |named |listed |hard )?(?:skills?|requirements?|must[- ]haves?|prerequisites?)\b/i;

/** "which lead roles don't need Java?", "any roles not requiring k8s": name those that do not. */
function listThoseNotNaming({ q, plan, cues: { skills } }: OneQuestion): void {
  if (skills.length === 1 && NEGATED_NEED.test(q) && !HOW_MANY_OR_SHARE.test(q)) plan.listNotNamed = true;
}

/** The top skills, of the kinds asked ("which databases", "most common languages"). */
function topSkillsOfKinds({ q, plan }: OneQuestion): void {
  const kinds = SKILL_KINDS.filter(([re]) => re.test(q)).flatMap(([, categories]) => categories);
  if (kinds.length) plan.skillCategories = kinds;
}

// An existence question closing what the member says of themselves ("Tel Aviv here. any lead
// backend openings in Israel at all?", "Cork based, cant commute more than 2 days. any lead roles
// in Ireland?"): the question is that last clause (a name with a stop, ".NET", and places listed
// with commas, "in Deutschland, Österreich oder der Schweiz", stay in it).
const EXISTENCE_TAIL =
  /(?:[.!;:]\s+|,\s+|\s[—–-]\s+)((?:(?:so|but|and|ok)\s+)?(?:any|are there|is there|got any|do (?:you|u|we) have)\b(?:[^.!?;:,]|\.(?=[\w#+])|,(?=\s*[\p{Lu}]))*[?.!]*\s*)$/iu;

// A search asked first, then what the member says of themselves ("remote lead gigs open to latam
// folks? im in medellín btw", "any fully remote lead roles in europe? eu citizen here"): the
// question is the search, the statement after it asks nothing.
const SEARCH_THEN_STATEMENT = /^([^?]+\?+)[\s,]*([^?]*)$/;

/** A bare search ("remote rust jobs?", "are there any swiss backend roles?"): only its filters. */
function bareSearch(c: OneQuestion): boolean {
  const head = SEARCH_THEN_STATEMENT.exec(c.q);
  const searched =
    head !== null && head[2]!.trim() !== '' && !ASKS_AGAIN.test(head[2]!) && !MEASURE_WORD.test(head[2]!)
      ? head[1]!
      : undefined;
  return [c.q, searched].some((q) => {
    if (q === undefined) return false;
    const tail = EXISTENCE_TAIL.exec(q)?.[1];
    return (
      onlyFiltersAsked({ ...c, q }) ||
      (tail !== undefined && onlyFiltersAsked({ ...c, q: tail.replace(/^(?:so|but|and|ok)\s+/i, '') }))
    );
  });
}

function onlyFiltersAsked({ q, plan }: OneQuestion): boolean {
  return (
    ((NOUN_PHRASE.test(q) &&
      !QUESTION_WORD.test(q) &&
      !/\b(?:posted|listed)\b/i.test(q) &&
      plan.filters.postedAfter === undefined) ||
      COUNT_OR_EXISTENCE.test(q)) &&
    !REQUIREMENTS.test(q) &&
    !/\b(?:skills?|stack|tech)\b/i.test(q)
  );
}

/**
 * What the roles require, the answer when no other rule fits: 'yes' when the stack is asked in a
 * word ("lead roles in berlin - stack?") or in so many words ("what do lead roles in fintech
 * usually ask for?"), else 'no' (nothing beyond the filters).
 */
function decideRequirements({ q, plan, cues }: OneQuestion): Asked {
  // "how do I tell my team I'm stepping down as lead?", "should i quit?": advice for the member's
  // own situation that no listing states and no guide section answers (guideAnswers declined it) is
  // said to be out of reach, not answered with what the roles require.
  const { level: _level, ...others } = plan.filters;
  // (Only the whole question: a part alone is read without the guides, and another part may ask.)
  if (
    cues.guides !== undefined &&
    OWN_ADVICE.test(q) &&
    !REQUIREMENTS_CUE.test(q) &&
    !cues.skills.length &&
    Object.values(others).every((v) => v === undefined)
  ) {
    setIntent(plan, 'out_of_scope', 'nothing the listings state');
    return 'yes';
  }
  setIntent(plan, 'requirements', REQUIREMENTS_MEASURE);
  return STACK_IN_A_WORD.test(q) || requirementsAsked(q) ? 'yes' : 'no';
}

/**
 * The aggregate rules, in order: the first that fits decides (order is behaviour). A job term,
 * visa help, counts per country, a list asked for, pay, years, the listings themselves, remote
 * from here, the work-mode split, employers, skills besides/together/compared/counted, duties,
 * the top skills, a bare search, the newly posted, a guide section, and else the requirements.
 */
const AGGREGATE_RULES: ReadonlyArray<AggregateRule> = [
  { when: errorBudgetFromGuide, decide: () => 'yes' },
  { when: termAsked, decide: decideJobTerm },
  {
    when: (c) => VISA.test(c.q),
    decide: decides('visa_relocation', 'listings offering or refusing relocation and visa help'),
  },
  {
    when: (c) => FIT_ASKED.test(c.q) && !c.pay && !COUNT_OR_SHARE.test(c.q),
    decide: decides('list_companies', 'the matching listings ranked by fit to the member', (c) => {
      c.plan.fitFor = true;
      const k = FIT_HOW_MANY.exec(c.q)?.[1];
      if (k) c.plan.top = SPELLED_NUMBERS[k.toLowerCase()] ?? Number(k);
    }),
  },
  {
    // "any lead listings that pay in USD but aren't US-based?", "are there roles that pay in euros
    // outside Europe?": the listings posting pay in that currency, each named with its range.
    when: (c) =>
      c.plan.filters.currency !== undefined &&
      EXISTENCE_ASKED.test(c.q) &&
      LISTINGS_PAYING_IN.test(c.q) &&
      !PAY_FIGURE_ASKED.test(c.q),
    decide: decides('list_companies', LISTINGS_NAMED, (c) => {
      c.plan.listListings = true;
    }),
  },
  {
    // "which lead roles are at startups?", "any early-stage companies hiring leads?": a company's
    // stage is no fact the listings carry, so the listings that describe themselves in a stage's
    // words are found in their text, and the answer says it is that reading.
    // ("how do ppl go from tech lead to cto at a small startup": a road asked, no listing.)
    when: (c) =>
      STAGE_ASKED.test(c.q) &&
      /\b(?:roles?|jobs?|listings?|openings?|positions?|gigs?|hiring|postings?|vacanc\w*)\b/i.test(c.q) &&
      !c.pay &&
      !c.cues.term,
    decide: decides('list_companies', 'the listings describing their company in a stage’s words', (c) => {
      c.plan.textMention = STAGE_PHRASE;
    }),
  },
  {
    // "how many listings require security clearance?", "do any roles mention a signing bonus?": a
    // phrase no skill, job term or filter covers, found in the listings' own text.
    when: (c) => textMentionOf(c) !== undefined,
    decide: decides('list_companies', 'the matching listings whose text holds the phrase asked', (c) => {
      const phrase = textMentionOf(c)!;
      c.plan.textMention = phrase;

      if (c.plan.filters.industry && industryInPhrase(phrase, c.plan.filters.industry))
        delete c.plan.filters.industry;
    }),
  },
  {
    when: (c) => BY_INDUSTRY.test(c.q) && !c.pay,
    decide: decides('list_companies', 'the matching listings counted per industry', (c) => {
      c.plan.byIndustry = true;
    }),
  },
  {
    when: (c) =>
      SHARE_IN.test(c.q) &&
      !c.pay &&
      (c.plan.filters.industry !== undefined || c.plan.filters.place !== undefined),
    decide: decides(
      'list_companies',
      'the matching listings as a share of those without the place or industry',
      (c) => {
        c.plan.shareOf = true;
      },
    ),
  },
  // "admin: which listings have no location?", "any postings without a city?": the listings
  // counted per city (or country), those naming none listed by name.
  {
    when: (c) => NO_PLACE_ASKED.test(c.q) && !c.pay,
    decide: decides('list_companies', 'the matching listings naming no city or country', (c) => {
      if (/\bcountr/i.test(NO_PLACE_ASKED.exec(c.q)![0])) c.plan.byCountry = true;
      else c.plan.byCity = true;
      c.plan.placeless = true;
    }),
  },
  {
    when: (c) => BY_CITY.test(c.q) && !c.pay,
    decide: decides('list_companies', 'the matching listings counted per city', (c) => {
      c.plan.byCity = true;
    }),
  },
  {
    when: (c) => BY_COUNTRY.test(c.q) && !c.pay,
    decide: decides('list_companies', 'the matching listings counted per country', (c) => {
      c.plan.byCountry = true;
    }),
  },
  {
    // "Zurich has the most lead roles in Switzerland, right? which ones?", "… any in Lisbon? name
    // them": the listings, each named, asked last after whatever the member assumes.
    when: (c) => WHICH_ONES.test(c.q) && !c.pay && !c.years,
    decide: decides('list_companies', LISTINGS_NAMED, (c) => {
      c.plan.listListings = true;
    }),
  },
  {
    when: (c) => LIST_REQUEST.test(c.q) && !c.pay && !c.years && !COUNT_OR_SHARE.test(c.q),
    decide: decides('list_companies', LISTINGS_NAMED, (c) => {
      c.plan.listListings = true;
    }),
  },
  {
    when: (c) => c.pay && !(c.cues.asksList && !PAY_NAMED.test(c.q)),
    decide: decides('pay', 'posted pay ranges per currency and period', (c) => {
      comparedPay(c.q, c.plan, c.cues);
      // "which industries pay the most for leads?", "lead pay by country": each group's median.
      const by = BY_INDUSTRY.test(c.q)
        ? 'industry'
        : BY_COUNTRY.test(c.q)
          ? 'country'
          : BY_CITY.test(c.q)
            ? 'city'
            : undefined;
      if (by && !c.plan.compare?.length && !c.plan.comparePlaces?.length && !c.plan.compareIndustries?.length)
        c.plan.payBy = by;
    }),
  },
  { when: yearsAlone, decide: decideYears },
  {
    // Years beside the stack ("stack + yoe"): the requirements, which carry both.
    when: (c) => c.years,
    decide: (c) => {
      setIntent(c.plan, 'requirements', REQUIREMENTS_MEASURE);
      return 'both';
    },
  },
  { when: jobsAsked, decide: decides('list_companies', LISTINGS_NAMED, listJobsAsked) },
  { when: jobsWantingSkills, decide: decides('list_companies', LISTINGS_NAMED, listJobsAsked) },
  {
    // "can i work remotely from india for any of the lead roles?": the remote listings open to
    // someone there, each named (not the split of the listings based there).
    when: remoteFromHere,
    decide: decides('list_companies', LISTINGS_NAMED, (c) => {
      c.plan.listListings = true;
      c.plan.filters.workMode = 'remote';
    }),
  },
  {
    when: (c) =>
      c.modeAsked &&
      (!c.cues.asksList || MODE_OF_THOSE.test(c.q)) &&
      !(c.cues.skills.length && SKILL_MEASURE.test(c.q)),
    decide: decides('work_mode', 'remote / hybrid / on-site split', (c) => {
      delete c.plan.filters.workMode;
      // "are senior roles more often remote than lead ones?": each level's split, over both;
      // "staff or principal roles: remote or hybrid?" stays one selection (plan/several.ts).
      const compared = c.cues.levels.filter((l) => l !== c.cues.notLevel);
      if (compared.length >= 2 && MODE_LEVELS_COMPARED.test(c.q)) {
        c.plan.compare = compared;
        c.plan.filters.level = compared;
      }
    }),
  },
  {
    when: (c) => c.cues.asksList && !(c.cues.skills.length === 1 && NEGATED_NEED.test(c.q)),
    decide: decides('list_companies', 'companies with matching listings'),
  },
  {
    when: (c) => c.cues.skills.length >= 1 && BESIDES.test(c.q),
    decide: decides('requirements', REQUIREMENTS_MEASURE),
  },
  {
    // "how many want BOTH kubernetes and terraform?": those naming all of them, counted.
    when: (c) => c.cues.skills.length >= 2 && ALL_SKILLS_ASKED.test(c.q) && SKILL_FREQUENCY.test(c.q),
    decide: decides('skill_frequency', 'share of matching listings naming all the skills together'),
  },
  {
    when: (c) => c.cues.skills.length >= 2 && skillsCompared(c),
    decide: decides('skill_compare', SHARE_OF_EACH_SKILL),
  },
  { when: skillShareAsked, decide: decides('skill_frequency', SHARE_OF_EACH_SKILL, listThoseNotNaming) },
  {
    when: (c) =>
      DUTIES.test(c.q) && !REQUIREMENTS.test(c.q.replace(/\bexpect\w*/gi, '')) && !/\bskills?\b/i.test(c.q),
    decide: decides('duties', 'what the role does day to day, from the guides and listings'),
  },
  {
    when: (c) => c.cues.skills.length === 0 && TOP_SKILLS.test(c.q) && !requirementsAsked(c.q),
    decide: decides('top_skills', 'skills most named across matching listings', topSkillsOfKinds),
  },
  {
    when: (c) => c.cues.skills.length >= 2 && EITHER_SKILL.test(c.q) && WHICH_MORE.test(c.q),
    decide: decides('skill_compare', SHARE_OF_EACH_SKILL),
  },
  {
    // A bare search asks nothing beyond its filters: beside another part, it only narrows.
    when: bareSearch,
    decide: (c) => {
      setIntent(c.plan, 'list_companies', 'companies with matching listings');
      return 'no';
    },
  },
  {
    // "posted this week?", "anything new since monday?": the listings of those days, each named.
    when: (c) => c.plan.filters.postedAfter !== undefined && NEWLY_POSTED.test(c.q) && !ASKS_MORE.test(c.q),
    decide: decides('list_companies', LISTINGS_NAMED, (c) => {
      c.plan.listListings = true;
    }),
  },
  {
    // "how do I negotiate a lead offer?": no count, share, pay, list or comparison is asked, and no
    // requirement: the guide section the question is about answers it (guideAnswers sets it).
    // ("is a lead expected to code?": what the role is expected to do is a duty, no requirement.)
    when: (c) =>
      !REQUIREMENTS_CUE.test(c.q.replace(EXPECTED_TO_DO, ' ')) &&
      !c.cues.skills.length &&
      guideAnswers(c.q, c.plan, c.cues),
    decide: () => 'yes',
  },
];

/**
 * Decides one question (or one part of one) by the first of AGGREGATE_RULES that fits: 'no' when
 * nothing more than the filters is asked, 'both' when years and the stack are asked together (the
 * requirements, which carry both).
 */
function decideOne(asked: string, plan: AnswerPlan, cues: AggregateCues): Asked {
  const c = readOneQuestion(asked, plan, cues);
  for (const rule of AGGREGATE_RULES) if (rule.when(c)) return rule.decide(c);
  return decideRequirements(c);
}

/**
 * "salary-negotiation session prep: besides base salary, what can people negotiate on a lead
 * offer?": what a negotiation covers is the negotiation guide's, not the posted pay (the whole
 * question read at once: "besides base salary" is no part asking for pay). A number asked for the
 * offer ("what's a fair range to counter with?") or a count stays pay.
 */
function negotiationGuide(q: string, plan: AnswerPlan, cues: AggregateCues): boolean {
  if (!NEGOTIATION.test(q) || OFFER_NUMBER_ASKED.test(q) || COUNT_OR_SHARE.test(q)) return false;
  if (!guideAnswers(q, plan, cues)) return false;
  offerLevelOnly(q, plan);
  return true;
}

// A negotiation asked about ("what can I negotiate", "negotiating a lead offer"); "WFH is non
// negotiable for me" is the member's own condition.
const NEGOTIATION = /\bnegotiat\w*/i;
// A level said only of the offer negotiated ("on a lead offer", "a staff-level offer").
const OFFER_LEVEL = new RegExp(
  `\\b(?:${LEVEL_WORD})(?:[- ]level)?\\s+(?:backend\\s+|eng\\w*\\s+)?offers?\\b`,
  'gi',
);

/**
 * "what can people negotiate on a lead offer?": the level only says whose offer the guide's advice
 * is for; nothing is counted over the lead listings, so it selects none (as "a mentee got a lead
 * offer … how should she weigh the equity?" selects none).
 */
function offerLevelOnly(q: string, plan: AnswerPlan): void {
  const rest = q.replace(OFFER_LEVEL, ' ');
  if (rest === q || new RegExp(`\\b(?:${LEVEL_WORD})s?\\b`, 'i').test(rest)) return;
  delete plan.filters.level;
}

// An error budget or an SLO's allowance asked ("how much error budget does 99.95% give?",
// "how many minutes of downtime does a 99.9% SLO allow?").
const ERROR_BUDGET_ASKED =
  /\berror budgets?\b|\b\d{2}(?:\.\d+)?\s*%[^?]{0,30}\b(?:slo|sla|availability|uptime)\b[^?]{0,40}\b(?:allow\w*|give\w*|permit\w*|downtime|budget|minutes|hours)\b/i;

// The member asks what to do in their own situation ("how do I tell my team…", "should I quit?").
const OWN_ADVICE =
  /^\W*(?:(?:so|ok|okay|hey|hi|hmm+|um+|honestly)[,!.\s]+)?(?:how (?:do|should|can|would) i|should i|what should i do|how to)\b/i;

// What the role is expected to do ("is a lead expected to code?", "are leads supposed to do 1:1s").
const EXPECTED_TO_DO = /\b(?:expected|supposed|meant) to (?!(?:know|have|bring|master)\b)/gi;
// Words that ask what the roles require, however phrased: such a question stays requirements.
const REQUIREMENTS_CUE =
  /\b(?:requir\w*|reqs?|ask(?:s|ed|ing)? for|need\w*|skills?|stack|tech(?:nolog\w*)?(?! leads?\b|(?:nical)? debt\b)|tools?|qualif\w*|must[- ]haves?|prerequisites?|expect\w*|look(?:s|ing)? for|learn\w*|languages?|frameworks?)\b|\bwhat (?:do|does|did|would|will) (?:\w+ ){1,4}?(?:want|take)\b/i;
// Words that ask about the listings themselves (how many, which ones, posted): counted, not quoted.
const LISTINGS_ASKED =
  /\b(?:how many|number of|listings|postings|posted|post|ads|which ones|are there|is there|any (?:\w+ ){0,3}?(?:jobs?|roles?|openings?|gigs?|stuff))\b/i;

/** The guide sections a question is about, as its intent, when one matches well. */
function guideAnswers(q: string, plan: AnswerPlan, cues: AggregateCues): boolean {
  // Only a question: "I want to prepare good." beside a question is the member's context.
  if (!/\?|\b(?:what|whats|how|why|when|which|should|can|could|would|is|are|do|does|tips?|advice)\b/i.test(q))
    return false;
  if (LISTINGS_ASKED.test(q)) return false;
  // A filter beyond the level ("in berlin", "in health stuff", "remote") is about the listings.
  // (A work mode is the remote guide's subject: "keep a remote team connected".)
  const { level: _level, workMode: _mode, ...others } = plan.filters;
  if (Object.values(others).some((v) => v !== undefined)) return false;
  const topic = guideTopic(q, cues.guides);
  if (!topic) return false;
  plan.intent = topic.intent;
  plan.measure = 'the guide sections the question is about, quoted';
  plan.guideSections = topic.sections;
  return true;
}

// "what do lead roles in fintech usually ask for? like which stack should i know", "which skills
// should we prioritise, based on what the listings actually ask?": what the roles ask for is the
// question, the stack or skills the member's way of saying it (unless a ranking is asked); so is
// "what tech do game studios want from a lead", "what stack do the lead roles in Germany ask for".
export const REQUIREMENTS_CLAUSE =
  /\bwhat (?:(?:kinds? of |sorts? of |tech(?:nical)? )?(?:tech|techs|stacks?|tech stacks?|skills?|skillsets?|tools?|tooling|languages?|technolog(?:y|ies)|frameworks?) )?(?:do|does) (?:(?!(?:i|you|we|he|she)\b)[\w-]+ ){1,6}?(?:usually |typically |generally |normally |actually |really |even )?(?:ask(?:ing)? for|want|need|require|look for|expect)\b|\b(?:based on|going by|from) what (?:the |these |those )?(?:[\w-]+ ){0,3}?(?:listings?|postings?|roles?|jobs?|ads|they|companies|employers) (?:\w+ )?(?:ask(?: for)?|want|need|require|look for)\b/i;
const RANKING =
  /\b(?:top \d+|top (?:three|five|ten)|most (?:common|requested|asked|wanted|popular|often)|come up most|shows? up (?:the )?most|(?:ask(?:s|ed)? for|want(?:s|ed)?|need(?:s|ed)?|require[sd]?|use[sd]?) (?:the )?most|rank\w*)\b/i;
// The two kinds of requirement set against each other ("which skills are must-have vs
// nice-to-have", "what's essential and what's optional"): what the roles require, split.
const REQUIRED_OR_NOT =
  /\b(?:must[- ]haves?|required|essential|mandatory|non[- ]negotiable|hard requirements?)\b[^?]{0,30}?\b(?:vs\.?|versus|or|and|against|from)\b[^?]{0,20}?\b(?:nice[- ]to[- ]haves?|optional|bonus(?:es)?|pluses|a plus|flexible|negotiable)\b/i;
function requirementsAsked(q: string): boolean {
  return (REQUIREMENTS_CLAUSE.test(q) || REQUIRED_OR_NOT.test(q)) && !RANKING.test(q);
}

/**
 * The contract roles are named before their pay, as what the member looks for ("looking for
 * contract lead gigs…", "contract lead gigs paid in EUR, what's the going day rate?"): the roles,
 * and their rates with them. The rate asked of them ("contract lead roles, what day rate?", "what
 * day rates do contract lead roles post?") is pay.
 */
function contractRolesFirst(q: string): boolean {
  const c = q.search(/\b(?:contract(?:or)?s?|freelanc\w*)\b/i);
  const p = q.search(/\b(?:day[- ]?rates?|rates?|pay\w*|paid|salar\w*|earn\w*|money)\b/i);
  // The member is looking for the roles, or names them by how they pay ("gigs paid in EUR").
  const seeking =
    /^\W*(?:(?:hi|hey|yo|so|ok)\W+)*(?:i'?m\s+|im\s+)?(?:looking for|searching for|hunting for|on the hunt for|after)\b/i.test(
      q,
    );
  return (
    c >= 0 &&
    p > c &&
    /\b(?:gigs?|roles?|jobs?|positions?|listings?|openings?|work|engagements?)\b/i.test(q.slice(c, p)) &&
    (seeking || /^paid\b/i.test(q.slice(p)))
  );
}

/**
 * Pay compared, when the question sets sides against each other: two levels ("lead vs staff
 * pay"), two work modes ("which pays more, remote or on-site?") or two skills ("rust or go, which
 * pays better?"), one band per side; and a premise to check ("leads earn $500k").
 */
function comparedPay(q: string, plan: AnswerPlan, cues: AggregateCues): void {
  const { skills, levels, notLevel, premise } = cues;
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
}
