import { damerau } from '../../query.js';
import { knownEmployer } from '../employers.js';
import { QUESTION_WORD } from './aggregate.js';
import { escapeRegExp, levelsNamed } from './cues.js';
import { withoutMemberContext } from './member-context.js';
import { namedPlace, resolvePlace } from './places.js';
import type { AnswerPlan, PlannerDeps } from './types.js';

// Industry words that are also skills, job words or everyday words: an industry only with a
// word that makes it one ("in the infrastructure space", "security companies", "at a bank").
const AMBIGUOUS_INDUSTRY_WORDS = new Set(
  'money credit trading claims game ads delivery transport power grid infrastructure infra observability security identity iam video learning property leasing hr law industrial space ai ml b2b foundation workforce booking bookings housing commerce utility investment finance financial cars ev media streaming retail advertising marketing'.split(
    ' ',
  ),
);
const INDUSTRY_CONTEXT =
  '(?:industry|industries|sector|sectors|space|domain|compan(?:y|ies)|firms?|startups?|employers?|businesses|orgs?|organi[sz]ations?|side|world)';

// Nouns an industry word heads without naming the industry ("health check", "health insurance",
// "energy budget", "media allowance").
const NOT_THE_INDUSTRY =
  '\\s*(?:checks?|check-?ups?|insurance|benefits?|cover(?:age)?|budgets?|allowances?|stipends?|days?|plans?|scores?|status)\\b';

/** Reads the industry a question names ("healthtech", "fintech", "game studios"). */
export function industryNamed(question: string, industries: PlannerDeps['industries']): string | undefined {
  const lower = ` ${question.toLowerCase()} `;
  let best: { id: string; len: number } | undefined;
  const named = new Set<string>();
  // Every pattern holds its alias (lower case) as written: one the text lacks is not run.
  for (const { id, alias, lowerAlias, re } of industryPatterns(industries))
    if (lower.includes(lowerAlias) && re.test(lower)) {
      named.add(id);
      if (!best || alias.length > best.len) best = { id, len: alias.length };
    }
  // "fintech (counting payments, banking, lending …)": an industry named with its own children is
  // the umbrella asked, the children what it counts (the filter takes them in).
  const umbrella = industries.find(
    (ind) => named.has(ind.id) && industries.some((c) => c.parent === ind.id && named.has(c.id)),
  );
  return umbrella?.id ?? best?.id;
}

/** Each industry word's pattern, compiled once per industry list. */
const industryPatternCache = new WeakMap<
  PlannerDeps['industries'],
  Array<{ id: string; alias: string; lowerAlias: string; re: RegExp }>
>();
function industryPatterns(
  industries: PlannerDeps['industries'],
): Array<{ id: string; alias: string; lowerAlias: string; re: RegExp }> {
  let patterns = industryPatternCache.get(industries);
  if (patterns) return patterns;
  patterns = [];
  for (const ind of industries)
    for (const alias of [ind.id, ...ind.aliases]) {
      const a = escapeRegExp(alias.toLowerCase());
      patterns.push({
        id: ind.id,
        alias,
        lowerAlias: alias.toLowerCase(),
        re: AMBIGUOUS_INDUSTRY_WORDS.has(alias.toLowerCase())
          ? new RegExp(
              `\\b${a}[\\s-]+${INDUSTRY_CONTEXT}\\b|\\b(?:in|at|for|into) (?:the |a |an )?${a}(?:[?.!,]|\\s*$)`,
              'u',
            )
          : // A plural names the industry too ("which fintechs", "healthtechs"); a compound it heads
            // does not ("the corpus health check", "health insurance as a perk").
            new RegExp(`(?:^|[^\\p{L}\\p{N}])${a}s?(?:$|[^\\p{L}\\p{N}])(?!${NOT_THE_INDUSTRY})`, 'u'),
      });
    }
  industryPatternCache.set(industries, patterns);
  return patterns;
}

/**
 * The companies of a corpus, indexed once per company list (one generation's listings) so that a
 * question is matched against the few companies its words can name, not against every company.
 * Only ranks are kept: a candidate's name (lower case) and distinctive word are worked out again
 * when a question's words lead to it, and matched as text (`literalAt`), not as a compiled
 * pattern (100,000 listings' companies held ~120 MB as one pattern object each, and the
 * patterns' compiled code).
 */
interface CompanyIndex {
  /** Distinct companies, longest first (ties in corpus order): the order names are tried in. */
  companies: string[];
  /** Ranks of the full names (3+ characters) by the first word of their lower-case name. */
  byFirstWord: Map<string, number[]>;
  /** Full names a first word cannot find (they open with a mark or a non-ASCII letter). */
  unkeyed: number[];
  /** The same for the distinctive first words ("sorrelbyte" for "Sorrelbyte Systems"). */
  byDistinctive: Map<string, number[]>;
  unkeyedDistinctive: number[];
}

// `\b` as a pattern without flags reads it: between an ASCII word character and anything else.
const isWordCode = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const wordAt = (text: string, i: number) => i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));
const boundaryAt = (text: string, i: number) => wordAt(text, i - 1) !== wordAt(text, i);

/**
 * Where `new RegExp('\\b' + escapeRegExp(literal) + after)` first matches `text`, `after` being
 * `\b` or, with `possessive`, `(?:'s|’s)?\b`: the index of the first occurrence of the literal
 * with a word boundary before it and after it (or after its "'s"), or -1.
 */
export function literalAt(text: string, literal: string, possessive = false): number {
  if (!literal) return -1;
  for (let i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
    if (!boundaryAt(text, i)) continue;
    const end = i + literal.length;
    if (possessive && (text.startsWith("'s", end) || text.startsWith('’s', end)) && boundaryAt(text, end + 2))
      return i;
    if (boundaryAt(text, end)) return i;
  }
  return -1;
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
  const add = (byWord: Map<string, number[]>, unkeyed: number[], key: string | null, rank: number) => {
    if (key === null) unkeyed.push(rank);
    else if (byWord.has(key)) byWord.get(key)!.push(rank);
    else byWord.set(key, [rank]);
  };
  for (const [rank, c] of companies.entries()) {
    if (c.length >= 3) add(index.byFirstWord, index.unkeyed, keyOf(c.toLowerCase()), rank);
    const word = distinctiveWord(c);
    if (word) add(index.byDistinctive, index.unkeyedDistinctive, keyOf(word), rank);
  }
  companyIndexes.set(listings, index);
  return index;
}

/** A named company of the corpus, by its full name or its distinctive first word. */
export function companyNamed(question: string, listings: PlannerDeps['listings']): CompanyMatch | undefined {
  const lower = question.toLowerCase();
  const index = companyIndex(listings);
  const words = new Set(lower.match(ASCII_WORD) ?? []);
  const candidates = (byWord: Map<string, number[]>, unkeyed: number[]): number[] =>
    [...unkeyed, ...[...words].flatMap((w) => byWord.get(w) ?? [])].sort((a, b) => a - b);
  // The longest full name first, then the longest company's distinctive word.
  for (const rank of candidates(index.byFirstWord, index.unkeyed)) {
    const company = index.companies[rank]!;
    const at = literalAt(lower, company.toLowerCase());
    if (at >= 0) return { company, asked: question.slice(at, at + company.length) };
  }
  for (const rank of candidates(index.byDistinctive, index.unkeyedDistinctive)) {
    const company = index.companies[rank]!;
    const word = distinctiveWord(company)!;
    const at = literalAt(lower, word, true);
    if (at >= 0) return { company, asked: question.slice(at, at + word.length) };
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
// (A name runs to its last letter: "from Medellín here" is no company "Medell".)
const COMPANY_SHAPE =
  /\b(?:[Aa]t|[Ff]or|[Ff]rom|[Ww]ith|[Jj]oin(?:ing)?|[Aa]bout|[Dd]oes|[Dd]o|[Ii]s|[Ii]f|[Ww]hether|at the company) ((?:[A-Z][\w&.-]*)(?: (?:[A-Z][\w&.-]*|&|of|and)){0,3})(?='s|’s|\b)(?![\u00C0-\u024F])|\b((?:[A-Z][\w&.-]+)(?: [A-Z][\w&.-]+){0,2})(?:'s|’s) (?:interview|salar|pay|stack|listing|role|job|lead|office|remote|hiring|process)/;
const COMPANY_SHAPES = new RegExp(COMPANY_SHAPE.source, 'g');
// A verb that asks about its subject opens a clause: "Is Stripe hiring?", "why does Acme want…",
// "and is Vexa remote?". After a subject of its own it says what that subject is ("everything is
// RTO now", "the market is FAANG-heavy"): the word after it is no name.
const VERB_SLOT = /^(?:is|does|do)$/i;
const CLAUSE_OPENING =
  /(?:^|[.!?;:,()—–-]|\b(?:and|or|but|so|then|also|what|whats|what's|how|why|when|where|which|who|whom|whose|wonder|know|tell me|asking)\b)\s*$/i;

const TOPIC_PREDICATE =
  /^\s+(?:(?:still|really|actually|becoming|getting|now|more|less|very|so|that|even)\s+)*(?:common|normal|standard|usual|typical|rare|popular|mandatory|required|expected|enforced|a thing|the norm|dead|over|everywhere|universal|widespread|worth it|a red flag|a dealbreaker|a must|a requirement|going away|here to stay|necessary|needed)\b/i;

/** The first company-shaped words of a question (COMPANY_SHAPE) where a name can stand. */
function companyShape(question: string): RegExpExecArray | null {
  for (const m of question.matchAll(COMPANY_SHAPES)) {
    const verb = m[1] !== undefined ? /^\S+/.exec(m[0])![0] : '';
    if (VERB_SLOT.test(verb) && !CLAUSE_OPENING.test(question.slice(0, m.index))) continue;
    // "is RTO common for lead roles?", "is Kotlin still a thing?": what is said of it makes it a
    // practice or topic, not an employer.
    if (VERB_SLOT.test(verb) && TOPIC_PREDICATE.test(question.slice(m.index + m[0].length))) continue;
    // "do ANY of the lead jobs…", "is ALL of it remote": an everyday word in capitals is emphasis.
    const first = /^\S+/.exec(m[1] ?? m[2] ?? '')?.[0] ?? '';
    if (/^[A-Z]{2,}$/.test(first) && NOT_NAME.has(first.toLowerCase())) continue;
    return m as RegExpExecArray;
  }
  return null;
}

const NOT_COMPANY = new Set(
  'PM PMs EM EMs CTO CEO CFO VP HR QA SRE SREs API APIs PR PRs CV CVs AI ML IC ICs FAANG MAANG L4 L5 L6 L7 L8 E5 E6 E7 IC4 IC5 IC6 LinkedIn Glassdoor Discord Slack I Is Do Does Go Rust Java Kotlin Python Kafka Kubernetes AWS GCP Azure Lead Leads Senior Staff Principal Manager Remote Hybrid Europe Berlin London US UK EU The A An What Which How Who Where When Why Can Could Should Would My Tech Backend Engineer Engineers Engineering Postgres PostgreSQL Redis Node Terraform Docker Spring FAANG Big Tech Series Seed EUR GBP USD CAD AUD CHF SEK NOK DKK INR PLN BRL SGD JPY NZD ZAR RTO WFH WFO PTO OKR OKRs KPI KPIs IPO ESOP ESOPs RSU RSUs TC DEI LLM LLMs SaaS B2B B2C YOE ATS JD JDs PIP OTE CTC LPA WLB EOR IR35 NDA OPT January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday'.split(
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
  `the a an and or but nor if so to of in on by as not no yes how why when where i you u ya we they he she it its this that these those there here who what which whom whose anyone anybody anything someone somebody something instead elsewhere anyway afterwards later first everyone everybody everything nobody noone none all any some most many much more less few each every other others both either neither one ones people person folks companies company employers employer firms firm startups startup teams team orgs places place roles role jobs job listings listing postings posting positions position openings engineers engineer devs dev developers developer leads lead seniors staff principals managers manager candidates applicants recruiters recruiter hr them me my mine your yours our ours their theirs his her us em ems cos big small large remote hybrid onsite office home work working least best worst first last next new old good bad great nice real actual same such own only just also even still really actually ever never always usually often sometimes now then today lately rn atm tho though yet already again too very quite pretty kinda sorta lol lmao tbh imo idk ngl fr pls plz thx ty btw all once time times year years yrs yoe month months week weeks day days hour hours money pay salary salaries comp equity stock bonus visa visas interview interviews process stack tech backend frontend fullstack full cloud data infra platform product products service services code coding software systems system design scale least well much enough sure fine example instance reason city cities country countries location locations region regions level levels seniority industry industries sector mode date`.split(
    ' ',
  ),
);

const KINDS = new Set(
  'enterprises corporates corporations unicorns studios shops firms governments nonprofits charities hospitals schools banks insurers fintechs startups agencies consultancies'.split(
    ' ',
  ),
);
const PAY_QUALIFIERS = new Set(
  'average typical usual median mean base basic starting annual total gross net expected posted listed realistic normal going current market entry top max min minimum maximum fair decent good reasonable advertised stated quoted real actual'.split(
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
    // A word that describes the pay or the roles ("what yearly salary", "what annual pay", "what
    // typical salary", "is remotely hiring") is an everyday word: adverbs and adjectives in -ly,
    // and the words that qualify an amount.
    if (/ly$/.test(lower) || PAY_QUALIFIERS.has(lower)) continue;
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

const JOB_AFTER_NAME =
  /^(?:(?:lead|senior|staff|principal|backend|back-end|engineering|tech|software|platform|engineer|dev|developer|remote|contract|new|open)\s+){0,4}(?:jobs?|roles?|listings?|postings?|positions?|openings?|gigs?|vacanc\w+|ads?|posts?)\b/i;
/** A company named by its legal form, an org word or quotes, that the corpus does not hold. */
function formalName(question: string, deps: PlannerDeps): string | undefined {
  const raw = question.split(/\s+/);
  const words = raw.map((w) => w.replace(/^[^\w&]+|[^\w&.]+$/g, ''));
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const legal = LEGAL_FORM.test(word) && (word !== 'co' || words[i - 1] !== 'and');
    if (!legal && !ORG_WORD.test(word)) continue;
    const name: string[] = [];
    let j = i - 1;
    for (; j >= 0 && name.length < 3; j--) {
      const w = words[j]!;
      if (
        !w ||
        QUESTION_WORD.test(w) ||
        NOT_NAME.has(w.toLowerCase()) ||
        /^(?:at|for|from|with|about|join\w*|like|than|vs|over|under|into)$/i.test(w) ||
        /^\d+$/.test(w)
      )
        break;
      // A name is one run of words: a list's comma or a bracket ends it ("the roundup (Nigeria,
      // Kenya, SA, Egypt members)" names places, SA among them, no "Kenya SA").
      if (/[^\w&.]$/.test(raw[j]!) || /^[^\w&]/.test(raw[j + 1]!)) break;
      // An org word's name is capitalised ("Ferro Labs", not "growth analytics").
      if (!legal && !/^[A-Z]/.test(w)) break;
      name.unshift(w);
    }
    // "from a german co", "at a big co", "an ai co": a kind of company, said with an article, is
    // no name (a name takes none: "at Vexa GmbH").
    if (name.length && j >= 0 && /^(?:an?)$/i.test(words[j]!)) continue;
    // "the Zorblax Systems lead backend job": the name of the job's employer.
    const ofJob = JOB_AFTER_NAME.test(words.slice(i + 1).join(' '));
    if (name.length && (legal || ofJob || EMPLOYER_ASK.test(question)))
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
export function unknownCompany(
  question: string,
  deps: PlannerDeps,
  typedSkills: string[],
): string | undefined {
  const known = knownEmployer(question, deps.employers ?? []);
  if (known) return memberHistory(question, known.asked) ? undefined : known.asked;
  const formal = formalName(question, deps);
  if (formal) return memberHistory(question, formal) ? undefined : formal;
  const m = companyShape(question);
  // "I'm from Brazil and want to…": a joining word caught after the name is not part of it.
  // ("…is Asia-Pacific. Is that right?": a name ends at a sentence's stop.)
  let name = (m?.[1] ?? m?.[2])
    ?.trim()
    .replace(/[.!?;]\s.*$/s, '')
    .replace(/[.,]+$/, '')
    .replace(/(?:\s+(?:and|or|but|so|to|for|in|on|at|with))+$/i, '');
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

/** A company of the corpus named in a question: its name, and the words it was asked by. */
export interface CompanyMatch {
  company: string;
  asked: string;
  /** The name as typed, when a typo was read as the company ("aldermor"). */
  typed?: string;
}

/** The company a question names, and the industry it states besides the company's own name. */
export function statedCompany(q: string, deps: PlannerDeps, plan: AnswerPlan): CompanyMatch | undefined {
  const filters = plan.filters;
  const company = companyNamed(q, deps.listings) ?? companyByTypo(q, deps.listings);
  // A company's own name ("Aldermoor Bank") says nothing about the industry asked for.
  // "thinking of switching over from e-commerce": where the member comes from; "Quorum Aid … it's a
  // non-profit": what the company named is. Neither is the industry asked about.
  // "any fintech lead roles in latam or is it all ecommerce down here": the industry the member
  // supposes the listings all are is checked by the answer, not selected (INDUSTRY_SUPPOSED).
  const notAsked = (text: string) =>
    withoutMemberContext(company ? text.replace(SAID_OF_IT, ' ') : text).replace(INDUSTRY_SUPPOSED, ' ');
  const industry = industryNamed(
    notAsked(
      company
        ? withoutAskedSkills(q, deps)
            .replace(new RegExp(escapeRegExp(company.company), 'i'), ' ')
            // "aldermoor bank": the rest of the company's own name, however it is typed.
            .replace(
              new RegExp(
                `${escapeRegExp(company.typed ?? company.asked)}(?:\\s+(?:${company.company
                  .toLowerCase()
                  .split(/\s+/)
                  .map(escapeRegExp)
                  .join('|')}))+`,
                'i',
              ),
              ' ',
            )
            .replace(
              new RegExp(`${escapeRegExp(company.typed ?? company.asked)}(?:\\s+[A-Z][\\w&.-]*)*`),
              ' ',
            )
        : withoutAskedSkills(q, deps),
    ),
    deps.industries,
  );
  // "I'm a senior backend engineer at a bank": where the member works, unless the roles asked about
  // are of that kind too ("I work at a bank; which banks hire leads?").
  if (industry && !industryNamed(withoutOwnEmployer(withoutAskedSkills(q, deps)), deps.industries))
    return company;

  if (industry) filters.industry = industry;
  if (company) filters.company = company.asked;
  return company;
}

// What the member supposes every listing selected is ("or is it all ecommerce", "trying to see if it
// is all e-commerce", "are they mostly fintech?", "ou é tudo e-commerce?", "o es todo fintech",
// "oder nur E-Commerce?"): a premise the answer's counts check, not the industry asked for.
const INDUSTRY_SUPPOSED =
  /(?<![\p{L}'])(?:(?:is|are|was|were)\s+(?:it|they|them|these|those|everything|that|the (?:rest|listings|roles|jobs))|(?:it|they|everything|that)\s+(?:is|are|was|were)|it'?s|they'?re|(?:é|e|es|está|sea|seja|ist|sind)(?:\s+(?:isso|eso|das|es))?)\s+(?:(?:really|basically|actually|just|pretty much|mostly|all|only|mainly|largely|nearly all|almost all|dominated by|tudo|todo|todos|só|solo|puro|nur|alles|fast alles)\s+){1,3}(?:[\w-]+\s+){0,1}?[\w-]+/giu;

// Where the member (or one they speak for) works now: "I'm a senior engineer at a bank", "I work
// for an insurer", "my mentee is at a fintech startup", "currently at a healthtech scale-up".
const OWN_EMPLOYER =
  /\b(?:i'?m|i am|im|i work|i'?ve (?:been )?work\w*|i have been|i'?ve been|currently|working|(?:my|our|a) (?:mentee|friend|colleague|report)(?: is|'s| works)?|(?:he|she|they)(?: is|'s| are| works?))\s+(?:(?:an?|the)\s+)?(?:[\w/+#.-]+\s+){0,4}?(?:at|for|in)\s+(?:an?|my|our|the same)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?=\s*(?:[.,;:!?]|$|\band\b|\bbut\b|\bso\b|\bwith\b|\bfor\b))/gi;
function withoutOwnEmployer(q: string): string {
  return q.replace(OWN_EMPLOYER, ' ');
}

// What a named company is, said of it ("it's a non-profit", "they're a fintech").
const SAID_OF_IT = /\b(?:it|they)(?:'s|’s| is| are|'re|’re)\s+(?:an?\s+|all\s+)?(?:[\w-]+\s+){0,2}?[\w-]+/gi;

// What listings are said to ask for: "mention AI or LLMs", "ask for payments experience".
const ASKED_FOR =
  /\b(?:mention\w*|ask(?:s|ed|ing)? for|requir\w*|want(?:s|ing)?|need(?:s|ing)?|use|uses|using|experience (?:with|in))\s+((?:[\w+#./-]+\s+){0,2}?[\w+#./-]+(?:\s+(?:or|and|&)\s+[\w+#./-]+)?)/gi;

/**
 * The question without the words a listing is said to ask for when they read as a skill: "how many
 * lead listings mention AI or LLMs" asks about a skill, not the AI industry.
 */
function withoutAskedSkills(q: string, deps: PlannerDeps): string {
  if (!deps.skillsIn) return q;
  return q.replace(ASKED_FOR, (all, words: string) =>
    (deps.skillsIn?.(words) ?? []).length ? all.slice(0, all.length - words.length) : all,
  );
}

/**
 * A corpus company typed with a typo ("thornbery", "aldermor bank", "vesselwork"): a word of six
 * letters or more one edit (two from nine letters) from a company's distinctive first word, and
 * no everyday word. Found only when no company is named as spelt.
 */
function companyByTypo(q: string, listings: PlannerDeps['listings']): CompanyMatch | undefined {
  const words = (q.toLowerCase().match(/[a-z]{6,}/g) ?? []).filter((w) => !TYPO_SAFE.has(w));
  if (!words.length) return undefined;
  for (const { company, key } of typoKeys(listings)) {
    const asked = words.find(
      (w) =>
        w !== key && Math.abs(w.length - key.length) <= 2 && damerau(w, key) <= (key.length >= 9 ? 2 : 1),
    );
    // Asked as the company spells it, which is what the selection matches.
    if (asked) return { company, asked: key, typed: asked };
  }
  return undefined;
}
/**
 * The distinctive first words of six letters or more, each with the first company (in corpus
 * order) that has it: the first company a typo finds is the first one with the word it is near.
 */
const typoKeyCache = new WeakMap<PlannerDeps['listings'], Array<{ company: string; key: string }>>();
function typoKeys(listings: PlannerDeps['listings']): Array<{ company: string; key: string }> {
  let keys = typoKeyCache.get(listings);
  if (!keys) {
    const first = new Map<string, string>();
    for (const company of new Set(listings.map((l) => l.company))) {
      const key = distinctiveWord(company);
      if (key && key.length >= 6 && !first.has(key)) first.set(key, company);
    }
    keys = [...first].map(([key, company]) => ({ company, key }));
    typoKeyCache.set(listings, keys);
  }
  return keys;
}
// Everyday words one edit from a company's first word are never it.
// ("last quarter" is no typo of Quartier.)
const TYPO_SAFE = new Set([
  'senior',
  'seniors',
  'salary',
  'remote',
  'listing',
  'listings',
  'hiring',
  'quarter',
  'quarters',
  'quarterly',
]);
