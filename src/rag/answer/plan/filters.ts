import { damerau, type QueryPlan } from '../../query.js';
import {
  CONTRACT_VS_PERMANENT,
  foreignCueWord,
  JOB_TERMS,
  LEVEL_WORD,
  levelOf,
  levelsNamed,
  MODES_LISTED,
  READINESS,
} from './cues.js';
import {
  selfDescription,
  withoutHearsay,
  withoutMemberAside,
  withoutMemberLevel,
  withoutMemberOccasion,
  withoutMemberOptions,
  withoutMemberWork,
  withoutTrailingHearsay,
} from './member-context.js';
import { namedPlace, resolvePlace } from './places.js';
import type { AnswerPlan, JobTerm, PlanLevel, PlannerDeps, WorkMode } from './types.js';

const CURRENCY_WORDS: Array<[RegExp, string]> = [
  [/\b(?:eur|euros?)\b|€/i, 'EUR'],
  // A country's own pounds, dollars or crowns before the pound and the dollar ("egyptian pounds",
  // "NZ dollars", "danish kroner"); the rand, naira, shilling and dirham by name ("in rands").
  [/\b(?:egp|egyptian pounds?)\b/i, 'EGP'],
  [/\b(?:nzd|nz[- ]?dollars?|new zealand dollars?)\b|\bnz\$/i, 'NZD'],
  [/\b(?:hkd|hk[- ]?dollars?|hong kong dollars?)\b|\bhk\$/i, 'HKD'],
  [/\b(?:dkk|danish kron(?:er|e)|dkr)\b/i, 'DKK'],
  [/\b(?:nok|norwegian kron(?:er|e))\b/i, 'NOK'],
  [/\b(?:zar|rands?|south african rands?)\b/i, 'ZAR'],
  [/\b(?:ngn|naira)\b|₦/i, 'NGN'],
  [/\b(?:kes|ksh|kenyan shillings?)\b/i, 'KES'],
  [/\b(?:aed|dirhams?)\b/i, 'AED'],
  [/\b(?:mxn|mexican pesos?)\b/i, 'MXN'],
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
export function postedStrictlyAfter(question: string): boolean {
  return strictlyAfterPhrase(question) !== undefined;
}

/** The "after <day>" phrase of a question ("after Aug 31"), when it leaves its day out. */
function strictlyAfterPhrase(question: string): string | undefined {
  const strict = new RegExp(
    `\\b(?:after|later than|newer than) (?:the )?(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?\\b)`,
    'i',
  );
  if (/\bon or after\b/i.test(question)) return undefined;
  return strict.exec(question)?.[0];
}

export function postedAfter(question: string, referenceDate?: string): string | undefined {
  const iso = new RegExp(`\\b${SINCE} (\\d{4}-\\d{2}-\\d{2})\\b`, 'i').exec(question);
  if (iso) return iso[1];
  const month = new RegExp(`\\b${SINCE} (?:the (?:start|beginning) of )?${MONTH},? (\\d{4})\\b`, 'i').exec(
    question,
  );
  if (month) return `${month[2]}-${DURING_WORDS[month[1]!.toLowerCase()]}-01`;
  // A day with its year: "after 1 oct 2026", "since the 3rd of October, 2026", "from Oct 1, 2026".
  const dayYear =
    new RegExp(`\\b${SINCE} (?:the )?${DAY}(?: of)? ${MONTH},? (\\d{4})\\b`, 'i').exec(question) ??
    new RegExp(`\\b${SINCE} ${MONTH} ${DAY},? (\\d{4})\\b`, 'i').exec(question);
  if (dayYear) {
    const dayFirstForm = /^\d/.test(dayYear[1]!);
    const day = Number(dayFirstForm ? dayYear[1] : dayYear[2]);
    const mon = (dayFirstForm ? dayYear[2] : dayYear[1])!.toLowerCase();
    if (day >= 1 && day <= 31) return `${dayYear[3]}-${DURING_WORDS[mon]}-${String(day).padStart(2, '0')}`;
  }
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
    ) ??
    // "this week's digest", "this month's newsletter", "for this week's lead track session": the
    // admin's or mentor's occasion, no date bound; "this week's new listings" is one. Said of the
    // week ("this week's …"), it bounds the dates only when what follows is the listings.
    /\bthis\s+(week|month)\b(?!['’]s\s+(?!(?:[\w-]+\s+){0,2}?(?:listings?|roles?|jobs?|postings?|openings?|positions?|ads?|gigs?|vacanc\w+)\b))/i.exec(
      question,
    );
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

export function currencyOf(question: string): string | undefined {
  // "lead pay in euros vs dollars", "GBP or EUR?": both sides asked, so neither filters (pay is
  // shown per currency anyway, never converted).
  if (currenciesCompared(question)) return undefined;
  for (const [re, code] of CURRENCY_WORDS) if (re.test(question)) return code;
  // "monthly salary (swedish style)", "in polish terms": the pay as that country posts it, in its
  // currency.
  const styled = STYLED_PAY.exec(question);
  if (styled && STYLED_PAY_WORD.test(question)) return STYLE_CURRENCY[styled[1]!.toLowerCase()];
  return undefined;
}

// The currency of the countries whose way of posting pay a member names by adjective.
const STYLE_CURRENCY: Record<string, string> = {
  swedish: 'SEK',
  norwegian: 'NOK',
  polish: 'PLN',
  swiss: 'CHF',
  british: 'GBP',
  american: 'USD',
  canadian: 'CAD',
  australian: 'AUD',
  indian: 'INR',
  brazilian: 'BRL',
  japanese: 'JPY',
  mexican: 'MXN',
  'south african': 'ZAR',
  nigerian: 'NGN',
  kenyan: 'KES',
};
// (Said of the pay: "swedish style fika" names no currency.)
const STYLED_PAY_WORD =
  /\b(?:salar\w*|pay\w*|paid|monthly|per month|a month|comp|compensation|earn\w*|rates?|wages?)\b/i;
const STYLED_PAY = new RegExp(
  String.raw`\b(${Object.keys(STYLE_CURRENCY).join('|')})[- ](?:style|terms|way|convention|format)\b`,
  'i',
);

/** Two currencies set side by side ("euros vs dollars", "in GBP or EUR", "pounds and euros"). */
function currenciesCompared(question: string): boolean {
  return currenciesSideBySide(question).length >= 2;
}

/** The currencies set side by side, in the order named ([] when none are). */
export function currenciesSideBySide(question: string): string[] {
  const found: Array<{ code: string; at: number; end: number }> = [];
  for (const [re, code] of CURRENCY_WORDS) {
    const m = new RegExp(re.source, 'gi');
    for (let hit = m.exec(question); hit; hit = m.exec(question))
      if (!found.some((f) => f.at <= hit!.index && hit!.index < f.end))
        found.push({ code, at: hit.index, end: hit.index + hit[0].length });
  }
  found.sort((a, b) => a.at - b.at);
  const codes: string[] = [];
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b] = [found[i]!, found[i + 1]!];
    if (a.code === b.code) continue;
    const between = question.slice(a.end, b.at);
    if (/^\s*(?:\/|vs\.?|versus|or|and|compared (?:to|with)|against|v)\s*$/i.test(between))
      for (const code of [a.code, b.code]) if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** An amount the question takes for granted: "leads earn $500k", "is 300k normal". */
export function premiseAmount(question: string): { amount: number; currency?: string } | undefined {
  // The currency before the number ("€95k", "CAD 180,000") or after it ("120k EUR", "95k euros").
  const codes = 'usd|eur|gbp|cad|aud|nzd|chf|sek|nok|dkk|pln|inr|sgd|jpy|brl|mxn|zar|aed';
  const m = new RegExp(
    `(?:([$€£])|\\b(${codes})\\s?)?\\s?(\\d{2,3}(?:[.,]\\d{3})?|\\d(?:\\.\\d)?)\\s?(k|K|m|M|000)?\\b\\s?(${codes}|dollars|euros|pounds)?`,
    'gi',
  );
  for (const hit of question.matchAll(m)) {
    const [, sign, before, number, scale, after] = hit;
    const symbol = sign ?? before;
    const code = after;
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

// A server channel named in the question ("people in #freelance ask", "for the #contracting pin"):
// where it is asked, no term asked ("C#" and "F#" are no channels).
const CHANNEL_NAME = /(?<![\p{L}\d&])#[\p{L}\d][\p{L}\d_-]*/gu;
const withoutChannels = (question: string) => question.replace(CHANNEL_NAME, ' ');

export function jobTerm(question: string): JobTerm | undefined {
  // ("lead roles in germany, no contractors pls": the contract roles set aside are no term asked.)
  const q = withoutChannels(question).replace(CONTRACT_SET_ASIDE, (m) => ' '.repeat(m.length));
  return JOB_TERMS.find(([re]) => re.test(q))?.[1];
}

/** Every job term a question names ("a four-day week or part-time hours?"), in the table's order. */
export function termsAsked(question: string): JobTerm[] {
  const q = withoutChannels(question).replace(CONTRACT_SET_ASIDE, (m) => ' '.repeat(m.length));
  return JOB_TERMS.filter(([re]) => re.test(q)).map(([, term]) => term);
}

export const WORD_SKILLS = new Set(['Less', 'Express', 'Chef', 'Puppet', 'Make']);

// Words of chat a typo corrector could take for a skill (and a job's word in members' languages:
// "puesto" is no Presto).
export const CHAT_WORDS = new Set(
  'vibe vibes perm perms rn tho wfh yoe yrs lol lmao pls plz comp tc ngl fr idk imo tbh ofc btw gig gigs dev devs eng engs mgr mgmt sr jr wat wats whats wut hw ur ppl thx gonna wanna puesto puestos vaga vagas graphic graphics'.split(
    ' ',
  ),
);

// Names of currencies a typo corrector could take for a skill ("reais" is not Redis).
const CURRENCY_NAMES = new Set([
  'reais',
  'real',
  'reals',
  'pesos',
  'peso',
  'euros',
  'euro',
  'zloty',
  'rupees',
  'krona',
  'kronor',
  'kroner',
  'rand',
  'rands',
  'naira',
  'dirham',
  'dirhams',
  'shilling',
  'shillings',
]);

export const BROAD_SKILLS: Array<[RegExp, string]> = [
  [/\bmentor(?:ing|ship)?\b/i, 'Mentoring'],
  // Hiring as a practice ("mention hiring"), not the verb ("companies are hiring leads").
  [
    /(?<!\b(?:are|is|be|being|been|companies|firms|employers|who|who's|whos|currently|actively|still|anyone|anybody|startups?)\s)\bhiring\b(?!\s+(?:leads?|engineers?|devs?|developers?|people|for|in(?! (?:the|their|a|your) (?:job|role|remit)s?\b)|now|right now|remote|backend|senior|staff|principal)\b)/i,
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
  // "how comon is golang": a skill's share asked (five letters typed for six).
  'common',
  // "which US compnaies are hiring", "any comapny in berlin": the employers asked for.
  'companies',
  'company',
];
// Level words typed in a hurry ("seniour", "princpal", "principle engineer"); "principles" and
// "principally" are words of their own.
const LEVEL_CUES = ['senior', 'principal'];
const NOT_LEVEL_TYPOS = new Set(['principle', 'principles', 'principally', 'seniors', 'seniority']);
export function cueSpelling(text: string): string {
  return text.replace(/\b[a-z]{5,}\b/gi, (word, at: number) => {
    const w = word.toLowerCase();
    if (CUE_WORDS.includes(w) || LEVEL_CUES.includes(w)) return word;
    // A five-letter word is read only as a six-letter cue missing a letter ("comon", "salry"); no level.
    if (w.length === 5) return CUE_WORDS.find((cue) => cue.length === 6 && damerau(w, cue) === 1) ?? word;
    const level = LEVEL_CUES.find(
      (cue) =>
        !NOT_LEVEL_TYPOS.has(w) &&
        !w.startsWith(cue) &&
        Math.abs(cue.length - w.length) <= 1 &&
        damerau(w, cue) <= (w.length >= 8 ? 2 : 1),
    );
    if (level) return level;
    // "principle engineer": the level, before a job word.
    if (
      w === 'principle' &&
      /^\s+(?:eng\w*|dev\w*|backend|swe|sde|roles?|jobs?|level|positions?)\b/i.test(
        text.slice(at + word.length),
      )
    )
      return 'principal';
    // Another form of the word ("experienced", "requires") is no typo of it, nor a word it ends in
    // ("location" is no "relocation" missing its first letters).
    const near = CUE_WORDS.find(
      (cue) =>
        !w.startsWith(cue) &&
        !cue.startsWith(w) &&
        !cue.endsWith(w) &&
        // ("accompanies" is no "companies" with letters before it)
        !w.endsWith(cue) &&
        w.slice(0, -2) !== cue.slice(0, -2) &&
        Math.abs(cue.length - w.length) <= 2 &&
        damerau(w, cue) <= (w.length >= 8 ? 2 : 1),
    );
    return near ?? word;
  });
}

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
    ).exec(q) ??
    // "any lead roles that accept 5 years?", "would they take someone with only 4 yrs": what the
    // listing asks is at most that.
    new RegExp(
      `\\b(?:accept(?:s|ing)?|tak(?:e|es|ing)|consider(?:s|ing)?|(?:open|ok|okay|fine) (?:to|with))\\s+(?:(?:someone|somebody|people|candidates?|devs?|engineers?|me) (?:with|having|at)\\s+)?(?:only |just |around |about )?(\\d{1,2})\\s*${Y}`,
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
    ).exec(q) ??
    // "a stated minimum of 6 years or less": the listing's minimum, bounded above; not a lower bound.
    new RegExp(
      `(?:\\bat least|\\bminimum(?: of)?|\\bmin\\.?(?: of)?|>=|≥)\\s*(\\d{1,2})\\s*${Y}\\b(?!\\s*(?:of (?:exp\\w*)\\s*)?(?:or (?:less|fewer|under|below)|max|tops|at most))`,
      'i',
    ).exec(q);
  const over = new RegExp(`(?:\\bmore than|\\bover|\\babove|>)\\s*(\\d{1,2})\\s*${Y}`, 'i').exec(q);
  const out: { atMost?: number; atLeast?: number } = {};
  if (most) out.atMost = Number(most[1]);
  else if (under) out.atMost = Number(under[1]) - 1;
  if (least) out.atLeast = Number(least[1]);
  else if (over) out.atLeast = Number(over[1]) + 1;
  return out;
}

/**
 * The skills a question states: as the search layer reads them, less those it only implies ("SQS"
 * implies AWS for search; a question about SQS is not about AWS), the verb "go", chat words and
 * everyday words; plus broad practices when the question counts them.
 */
export function statedSkills(q: string, understood: QueryPlan, deps: PlannerDeps): string[] {
  const implied = new Set(understood.impliedSkills ?? []);
  let skills = understood.skills.filter((s) => !implied.has(s));
  // A well-known employer's name is never a misspelt skill ("stripe or monzo": not MongoDB), wherever
  // it stands in the question.
  const employerNames = new Set(deps.employers?.flatMap((e) => e.names) ?? []);
  const fromEmployer = new Set<string>();
  for (const c of understood.corrections)
    if (employerNames.has(c.from.toLowerCase())) {
      fromEmployer.add(c.to.toLowerCase());
      for (const s of deps.skillsIn?.(c.to) ?? []) fromEmployer.add(s.toLowerCase());
    }
  if (fromEmployer.size) skills = skills.filter((s) => !fromEmployer.has(s.toLowerCase()));
  // Nor is a city's name corrected into one ("vivo en Córdoba": not Apache Cordova).
  const fromPlace = new Set<string>();
  for (const c of understood.corrections)
    if (deps.gazetteer && resolvePlace(c.from, deps.gazetteer)?.city) {
      fromPlace.add(c.to.toLowerCase());
      for (const s of deps.skillsIn?.(c.to) ?? []) fromPlace.add(s.toLowerCase());
    }
  if (fromPlace.size) skills = skills.filter((s) => !fromPlace.has(s.toLowerCase()));
  // "go into management", "go to a startup": the verb, not the language (unless capitalised).
  if (
    skills.includes('Go') &&
    !/\bGo\b|\bgolang\b/.test(q) &&
    !/\bgo\b(?! (?:into|in|to|for|through|back|ahead|up|down|from|with|about|on|after|beyond|further|next(?= career|\s*[?!.,]|\s*$)|elsewhere|somewhere|anywhere|the|a|an|ic|remote|as (?:low|high|far|much|little|long))\b)/i.test(
      q,
    )
  )
    skills = skills.filter((s) => s !== 'Go');
  if (!skills.includes('Go') && /\b(?:or|and|vs\.?|versus|than) go\b|\bgo (?:or|vs\.?|versus)\b/i.test(q))
    skills.push('Go');
  // Chat words are never misspelt skills ("perm" is permanent, not Perl), nor are the cue words of
  // the members' other languages ("verlangt" is required, not Erlang; "puesto" a role, not Presto).
  const chatWord = new Set(
    understood.corrections
      .filter(
        (c) =>
          CHAT_WORDS.has(c.from.toLowerCase()) ||
          CURRENCY_NAMES.has(c.from.toLowerCase()) ||
          foreignCueWord(c.from),
      )
      // The correction names an alias ("faas", "saml"); the skill is its canonical name.
      .flatMap((c) => [c.to, ...(deps.skillsIn?.(c.to) ?? [])].map((s) => s.toLowerCase())),
  );
  skills = skills.filter((s) => !chatWord.has(s.toLowerCase()));
  // Skills that are everyday words count only as written ("Less", "Express"), never "pay less".
  skills = skills.filter((s) => !WORD_SKILLS.has(s) || new RegExp(`\\b${s}\\b`).test(q));
  // A skill's one word used as a verb ("I search hybrid lead jobs", "we search for a lead", "need to
  // search"): after a subject, the verb, unless the word stands elsewhere as the skill.
  skills = skills.filter((s) => !usedAsVerb(q, s));
  // "…or whether that is a DevOps thing": a skill used to name a kind of work or people, not asked.
  skills = skills.filter((s) => !namesAKind(q, s));
  // One-letter languages typed in lower case are chat shorthand ("wat r the top skills"), not R or C.
  skills = skills.filter((s) => s.length > 1 || new RegExp(`\\b${s}\\b`).test(q));
  // Broad practices the search layer leaves out count when a question counts them ("how many lead
  // jobs mention mentoring?").
  if (
    /\b(?:how (?:many|common|often)|what share|percentage|mention\w*|ask(?:s|ed)? for|requir\w*)\b/i.test(q)
  )
    for (const [re, name] of BROAD_SKILLS)
      if (re.test(withoutMemberOccasion(q)) && !skills.includes(name)) skills.push(name);
  const rare = rareSide(q, skills, deps);
  if (rare) skills.push(rare);
  return skills;
}

// A tool's name on one side of a comparison: one word, as typed.
const SIDE_TOKEN = String.raw`[A-Za-z][\w.+#-]{2,19}`;
// The pair stands alone: the question or a clause starts before it and ends after it ("k8s vs
// nomad — which…", "how many want k8s vs nomad?"), never "terraform or whether that is…".
const SIDE_PAIR = new RegExp(
  `(?<=(?:^|[?!.,;:—–(-]|\\b(?:want|wants|need|needs|require|requires|for|use|uses|mention|mentions|learn|pick|is|are))\\s*)(${SIDE_TOKEN})\\s+(?:vs\\.?|versus|or)\\s+(${SIDE_TOKEN})(?=\\s*(?:$|[?!.,;:—–)]|\\s-\\s|\\s(?:which|what|how|in|for|at|among|across)\\b))`,
  'gi',
);
// Words that stand beside "vs"/"or" and are no tool ("k8s or not", "go or more").
const NOT_A_TOOL = new Set(
  'the any some more less fewer most which what how many much not none nothing both either other others something anything everything one two that this these those them they it its whether if when where why who so then than rather instead maybe perhaps else yes no lead leads senior staff principal manager managers em ic remote hybrid onsite on-site office pay salary years roles jobs listings postings positions companies employers and or vs versus without with just only also even still'.split(
    ' ',
  ),
);
// A comparison asked of the listings ("which do more want", "how many want k8s vs nomad").
const COMPARED_ASK =
  /\b(?:how many|which|more|most|less|compar\w*|common|popular|want\w*|ask\w*|need\w*|requir\w*|mention\w*|use[ds]?)\b/i;

/**
 * "k8s vs nomad — which do more lead listings want?", "how many want nomad or k8s?": a tool the
 * taxonomy does not know, set against a skill it knows, is counted beside it (none of the listings
 * name it, which the answer says plainly), not left out of the comparison.
 */
function rareSide(q: string, skills: string[], deps: PlannerDeps): string | undefined {
  if (!skills.length || !deps.skillsIn || !COMPARED_ASK.test(q)) return undefined;
  const known = (word: string) => deps.skillsIn!(word).length > 0;
  for (const m of q.matchAll(SIDE_PAIR)) {
    const [a, b] = [m[1]!, m[2]!];
    const other = known(a) && !known(b) ? b : known(b) && !known(a) ? a : undefined;
    if (!other || NOT_A_TOOL.has(other.toLowerCase()) || levelOf(other)) continue;
    if (namedPlace(other, deps.gazetteer)) continue;
    return other[0]!.toUpperCase() + other.slice(1);
  }
  return undefined;
}

/** The skill is named only as a kind of work or people ("a DevOps thing", "the SRE team's job"). */
function namesAKind(q: string, skill: string): boolean {
  const name = escapeSkill(skill);
  const hits = [...q.matchAll(new RegExp(`(?<![\\w.+#-])${name}(?![\\w+#-])`, 'gi'))];
  if (!hits.length) return false;
  const kind = new RegExp(
    `\\b(?:an?|the|that'?s|just)\\s+${name}\\s+(?:thing|things|job|jobs? to do|responsibility|concern|problem|area|domain|world|person|people|folks|team|team'?s (?:job|problem|thing)|guy|guys)\\b(?!\\s+(?:roles?|listings?|positions?|openings?))`,
    'i',
  );
  return hits.every((h) => kind.test(q.slice(Math.max(0, h.index - 12), h.index + h[0].length + 30)));
}
function escapeSkill(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SUBJECT_BEFORE = String.raw`\b(?:i|we|they|i'?ll|we'?ll|i'?d|we'?d|let'?s|don'?t|didn'?t|(?:need|want|have|how) to)\s+(?:also\s+|usually\s+|often\s+|just\s+|still\s+)?`;
/** The skill's name only stands in the question as a verb ("I search", "to search"). */
function usedAsVerb(q: string, skill: string): boolean {
  if (!/^[A-Za-z]+$/.test(skill) || skill === 'Go') return false;
  const word = new RegExp(`\\b${skill}\\b`, 'gi');
  const hits = [...q.matchAll(word)];
  if (!hits.length) return false;
  const verb = new RegExp(`${SUBJECT_BEFORE}$`, 'i');
  return hits.every((h) => h[0] !== skill.toUpperCase() && verb.test(q.slice(0, h.index)));
}

// A level the member (or mentee) aims at: "wants to be a lead", "aiming for staff", "hoping to move
// up to lead", "targeting principal".
const AIMED_LEVEL = new RegExp(
  String.raw`\b(?:wants?|wanting|hopes?|hoping|aims?|aiming|plans?|planning|targets?|targeting|trying|going)\s+(?:to\s+(?:be|become|move|get|step|go)\s+(?:up\s+)?(?:to\s+|into\s+)?|for\s+|at\s+)?(?:an?\s+|the\s+)?(?:${LEVEL_WORD})\b`,
  'i',
);

// The member's (or mentee's) own level said of them: "mentee is senior rn", "I'm on £80k as a senior",
// "I've been an engineering manager", "Ich bin Senior Backend", "senior w/ 6 yrs here" (never "for
// lead candidates", "never had a lead title", "torn between the principal track and EM").
const OWN_LEVEL_SAID = new RegExp(
  String.raw`(?:\b(?:i'?m|im|i am|is|'s|am|been|as|ich bin|je suis|soy|sou|ik ben)\s+(?:(?:now|currently|still|already)\s+)?(?:an?\s+)?|^\W*(?:an?\s+)?)(${LEVEL_WORD})\b(?!\s+(?:title|track|roles?|listings?|candidates?|jobs?|positions?))`,
  'gi',
);

// "which industries have NO lead listing at all?": the level's listings counted (none), not every
// other level's.
const NONE_OF_LEVEL = new RegExp(
  String.raw`\b(?:have|has|had|with|got|there (?:are|is)|there'?s)\s+(?:no|zero)\s+(?:${LEVEL_WORD})\s+(?:listings?|roles?|jobs?|openings?|positions?|postings?|vacanc\w*)\b`,
  'gi',
);

/** The levels a question names, the one it excludes, a move between two, and the level asked for. */
export interface LevelReading {
  levels: PlanLevel[];
  notLevel: PlanLevel | undefined;
  move: RegExpExecArray | null;
  level: PlanLevel | undefined;
}

/**
 * The level asked for when no move between two is named: the one named that is not the member's
 * own, or the level aimed at ("become a lead", "ready for staff").
 */
function aimedLevel(
  q: string,
  plan: AnswerPlan,
  levels: PlanLevel[],
  notLevel: PlanLevel | undefined,
  toLevel: RegExpExecArray | null,
): PlanLevel | undefined {
  let level: PlanLevel | undefined;
  // "I've been mid-level for a while … senior roles": the member's own level is no target when
  // another is named.
  const own =
    new RegExp(
      `\\b(?:i'?ve been|i have been|i'?m|i am|im|i was|currently|been)\\s+(?:an? |a )?(${LEVEL_WORD})\\b`,
      'i',
    ).exec(q) ??
    // "I'm on £80k as a senior in London": the member's level, said after their situation.
    new RegExp(
      `\\b(?:i'?m|i am|im|i work|i make|i earn)\\b[^.?!]{0,40}?\\bas (?:an? )(${LEVEL_WORD})\\b`,
      'i',
    ).exec(q);
  // "senior java dev, 8 yrs … which lead roles fit me?", "my mentee is a senior backend eng": the
  // asker (or the one they speak for) described by their level, before the roles asked about.
  const described = new RegExp(
    `(?:^\\W*|\\b(?:i'?m|im|i am|mentee(?: is)?|profile:?|friend(?: is)?|(?:he|she|they)(?:'s| is| are))\\s+)(?:an?\\s+)?(${LEVEL_WORD})\\s+(?:[\\w+#./-]+\\s+){0,3}?(?:dev|devs|developer|engineer|eng|swe|sde|programmer|ic|person)\\b`,
    'i',
  ).exec(q);
  const ownLevel = own ? levelOf(own[1]!) : described ? levelOf(described[1]!) : undefined;
  const named = levels.filter((l) => l !== notLevel);
  // "do i HAVE to become a manager": whether that step is required, not the level aimed at.
  const obliged =
    toLevel !== null &&
    /\b(?:have|has|need|needs|forced|required|got|must)(?: to)?\s+(?:\w+\s+)?$/i.test(
      q.slice(0, toLevel.index),
    );
  // "i'm a lead now … do I have to become a manager?": neither the member's own level nor the
  // step weighed is a level aimed at.
  const weighed = obliged && ownLevel ? levelOf(toLevel![1]!) : undefined;
  const candidates = (ownLevel && named.length > 1 ? named.filter((l) => l !== ownLevel) : named).filter(
    (l) => l !== weighed,
  );
  if (
    toLevel &&
    !obliged &&
    /career|move|promot|become|step|get to|reach|transition|ready|qualif|land|get an? |could i|can i|apply|realistic|shot|(?:going|aiming|interviewing|gunning) for/i.test(
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
  return level;
}

/**
 * The level filters a question states (level, the level excluded) and the member's own level
 * (`fromLevel`) when a move is asked about ("from senior to lead", "what comes after tech lead").
 */
export function statedLevels(question: string, plan: AnswerPlan): LevelReading {
  const filters = plan.filters;
  // "principal roles: how many onsite vs remote? people assume senior = remote": a level in what
  // others say is no level asked when the rest names its own.
  const q = withoutHearsay(question, (rest) => levelsNamed(rest).length > 0);
  // "how senior do you have to be": a degree, not the senior level.
  // "across all roles, not just lead": the scope is wider than the level named, which filters nothing.
  const notJust = new RegExp(
    `\\b(?:not (?:just|only|merely|simply|solely|limited to)|rather than just|more than just)\\s+(?:(?:for|in|at|to|among)\\s+)?(?:the\\s+|an?\\s+)?(${LEVEL_WORD})s?\\b`,
    'gi',
  );
  const namedIn = (text: string) =>
    levelsNamed(text.replace(/\bhow senior\b/gi, 'how').replace(notJust, ' '));
  // "keep getting told im \"not staff yet\"", "she's not a lead yet": the member's own state, no level
  // left out.
  const notYet = new RegExp(
    `\\b(?:i'?m|im|i am|she'?s|he'?s|they'?re|(?:she|he) is)\\s*["“'‘]?\\s*(?:still\\s+)?not\\s+(?:an?\\s+)?(?:${LEVEL_WORD})(?:\\s+(?:material|level))?\\s+(?:yet|enough)\\b`,
    'gi',
  );
  const negated = new RegExp(
    `\\b(?:not|no|non-?|excluding|except|other than|but not|without|isn'?t|aren'?t)\\s*(?:an?\\s+|the\\s+)?(${LEVEL_WORD})s?\\b`,
    'i',
  ).exec(q.replace(notYet, (m) => ' '.repeat(m.length)).replace(NONE_OF_LEVEL, (m) => ' '.repeat(m.length)));
  const notLevel = negated ? levelOf(negated[1]!) : undefined;
  const move = new RegExp(
    `\\b(?:from )?(?:an? |the )?(${LEVEL_WORD})(?: (?:engineer|developer|dev|role|level|ic))?s?(?: (?:back )?(?:to|into|towards) | ?(?:-+>|→|=>|⇒|>) ?)(?:an? |the )?(?:ic |individual contributor )?(${LEVEL_WORD})`,
    'i',
  ).exec(q);
  const toLevel = new RegExp(
    `\\b(?:become|becoming|get to|getting to|move (?:up )?to|moving (?:up )?to|promoted to|promotion to|step up to|reach|into|to|for|get|land|getting|landing) (?:an? |the )?(?:ic |individual contributor )?(${LEVEL_WORD})\\b`,
    'i',
  ).exec(q);
  // "senior here w/ 8 yrs in go, which lead jobs in berlin?": the member's own level is who asks;
  // a move between levels ("moving from lead to staff") names both.
  // "Dublin-based lead here, eyeing an EM move. What do the listings based in Ireland post?": the
  // levels of a sentence only about the member are theirs, unless a readiness question names no
  // other ("I'm a senior aiming for lead. Am I ready with 6 years?").
  // ("Mentee has a lead interview next week.": a level the member's sentence asks about, kept when
  // the rest names none.)
  const self = selfDescription(q);
  const restNames = namedIn(withoutMemberLevel(self.rest)).length > 0;
  // ("my mentee is a senior (7 yrs …) and wants to be a lead next year. what should she work on?":
  // the level aimed at in it is the one asked when the rest names none.)
  const aimed = !restNames && AIMED_LEVEL.test(q.slice(0, q.length - self.rest.trimStart().length));
  const asked = restNames || (self.tag && !aimed && !READINESS.test(q)) ? self.rest : q;
  // (In the order the whole question names them: "mentee is senior rn. how much more do the lead
  // listings want than the senior ones?" sets senior first.)
  const inRest = namedIn(move ? q : withoutMemberLevel(asked));
  const levels = [
    ...namedIn(move ? q : withoutMemberLevel(q)).filter((l) => inRest.includes(l)),
    ...inRest,
  ].filter((l, i, all) => all.indexOf(l) === i);
  // "mentee is mid level, 3 yoe in python. could she apply for the writwell lead role?": the one
  // level of the sentence about them is where they stand.
  if (asked !== q && !move) {
    const said = q.slice(0, q.length - self.rest.trimStart().length);
    const own = [...said.matchAll(OWN_LEVEL_SAID)].map((m) => levelOf(m[1]!));
    if (own.length && own.every((l) => l === own[0])) plan.fromLevel = own[0];
  }
  let level: PlanLevel | undefined;
  if (move) {
    plan.fromLevel = levelOf(move[1]!);
    level = levelOf(move[2]!);
    // "went from lead to EM and hates it: is going back to IC a career-killer?": the move asked
    // about is the way back, to the level left.
    if (
      /\b(?:go(?:ing)?|mov(?:e|ing)|switch\w*|step\w*|get(?:ting)?|com(?:e|ing)|head\w*|return\w*)\s+back\b|\breturn(?:ing)? to\b/i.test(
        q.slice(move.index + move[0].length),
      )
    ) {
      plan.fromLevel = levelOf(move[2]!);
      level = levelOf(move[1]!);
    }
  } else level = aimedLevel(q, plan, levels, notLevel, toLevel);
  // "any non-lead roles? not ready for lead yet", "everything that is NOT a lead role (people keep
  // asking for senior stuff)": the level left out is the selection, not the level it names again nor
  // one named only in a closing aside.
  if (
    notLevel &&
    level &&
    (level === notLevel || !levelsNamed(q.replace(/\s*\([^()]*\)[\s.!?]*$/, ' ')).includes(level))
  )
    level = undefined;
  if (level) filters.level = level;
  if (notLevel) filters.levelNot = notLevel;
  // "after lead, staff or EM?", "what comes after being a tech lead": the member is a lead already.
  if (
    !plan.fromLevel &&
    (/\b(?:after|beyond|past|above|from|once (?:you'?re|i'?m) an?|(?:next|the) (?:step|level|move)s? (?:after|from|for|as)|after (?:\w+ ){0,3}as) (?:being )?(?:an? |the )?(?:tech |team )?lead\b/i.test(
      q,
    ) ||
      // ("…end up as a lead" is the level reached, not the member's own.)
      (/\b(?:i'?m|i am|(?<!\b(?:end(?:s|ed)? up|ending up|wind up|arrive[sd]?|arriving) )as) (?:an? |the )?(?:tech |team )?lead\b/i.test(
        q,
      ) &&
        (level === undefined || level === 'lead')))
  )
    plan.fromLevel = 'lead';
  return { levels, notLevel, move, level };
}

/** The work mode a question filters on; "…and are they remote?" asks about it instead (a part). */
export function statedWorkMode(rawQ: string, rawUnderstood: QueryPlan, plan: AnswerPlan): void {
  const filters = plan.filters;
  // "so I can set expectations in office hours": an office named for something else than where the
  // work is done names no mode (the search layer reads "in office" in it).
  // "hybrid ho to best", "ideally remote", "remote would be nice": a mode the member would prefer,
  // not one the roles asked about must have (the answer shows each listing's mode).
  // ("…? i heard principals are all in office": an aside after the question selects no mode.)
  // ("…? thinking of Toronto vs staying remote": the member's own options select no mode.)
  // ("golang dev here (lagos based but open to remote anywhere)": nor does their profile aside.)
  const q = withoutMemberAside(withoutMemberOptions(withoutTrailingHearsay(rawQ)))
    .replace(OFFICE_NOT_A_MODE, (m) => ' '.repeat(m.length))
    .replace(MODE_PREFERRED, (m) => ' '.repeat(m.length))
    .replace(MODE_INCLUDED, (m) => ' '.repeat(m.length));
  const stillNamed = (mode: WorkMode) =>
    mode === 'onsite'
      ? /\boffice\b|\bon[- ]?site\b|\bin person\b/i.test(q)
      : MODES_NAMED.some(([m, re]) => m === mode && re.test(q));
  const understood =
    q !== rawQ && rawUnderstood.remote && !stillNamed(rawUnderstood.remote)
      ? { ...rawUnderstood, remote: undefined }
      : rawUnderstood;
  // "…and are they remote?": work mode asked about, not a filter.
  // A mode word alone as one of several questions ("stack? pay? remote?") is asked too.
  const modeAsked =
    /\b(?:are|is) (?:they|it|these|those|the (?:roles?|jobs?|positions?)|most of them)(?: \w+)? (?:remote|hybrid|on-?site|in[- ]office)\b|\b(?:remote|hybrid|on-?site) or (?:not|hybrid|on-?site|remote|in[- ]office)\b/i.test(
      q,
    ) ||
    /[?,;]\s*(?:and\s+|also\s+)?(?:remote|hybrid|on-?site|wfh)\s*\?/i.test(q) ||
    // "breakdown of remote / hybrid / onsite", "remote, hybrid and office mix": the modes are the split.
    (MODES_LISTED.test(q) && !UNWANTED_MODE_LIST.test(q));
  if (modeAsked) plan.also = ['work_mode'];
  // "on-site only … a friend who hates remote", "hybrid? dont want full remote, dont want 5 days in
  // office either": the mode not pushed away.
  const unwanted = new Set(
    [...q.matchAll(UNWANTED_MODE)]
      .flatMap((m) => [m[1]!, m[2]].filter((w): w is string => w !== undefined))
      .map((w) => (/^remote$|^hybrid$/i.test(w) ? w.toLowerCase() : 'onsite')),
  );
  const other = MODES_NAMED.filter(([mode, re]) => !unwanted.has(mode) && re.test(q)).map(([mode]) => mode);
  // "hybrid lead jobs in Germany … want max WFH": the member's leaning ("max WFH", "as much remote as
  // possible") is how they would like it, the mode named of the roles is the one asked.
  const leaning = q.replace(MODE_LEANING, (m) => ' '.repeat(m.length));
  const namedBesides = MODES_NAMED.filter(([, re]) => re.test(leaning)).map(([mode]) => mode);
  if (leaning !== q && namedBesides.length === 1 && !modeAsked && !unwanted.size) {
    filters.workMode = namedBesides[0];
    return;
  }
  if (
    unwanted.size &&
    (!understood.remote || unwanted.has(understood.remote)) &&
    other.length === 1 &&
    !modeAsked
  )
    filters.workMode = other[0];
  else if (understood.remote && !modeAsked && !unwanted.has(understood.remote))
    filters.workMode = understood.remote;
  else if (!modeAsked && /\bremotely\b/i.test(q) && !unwanted.has('remote')) filters.workMode = 'remote';
  // A mode the search layer did not read ("zijn hybride", read as "are hybrid"): the one named.
  else if (!modeAsked && !understood.remote && other.length === 1 && !unwanted.size)
    filters.workMode = other[0];
  else if (
    !modeAsked &&
    /\bin[- ]office\b|\bon[- ]?site\b|\boffice[- ]based\b/i.test(q) &&
    !unwanted.has('onsite')
  )
    filters.workMode = 'onsite';
}

// The member's leaning towards a mode, said as a degree ("want max WFH", "as much remote as possible",
// "ideally mostly remote"): a wish, not the mode of the roles asked when another is named.
const MODE_LEANING =
  /\b(?:max(?:imum)?|more|most|as much|plenty of|lots of|a lot of|mostly|maximi[sz]e|ideally|preferably|prefer(?:ring)?)\s+(?:\w+\s+)?(?:wfh|remote(?: work)?|work(?:ing)? from home|home ?office)\b(?:\s+as possible)?/gi;

// Modes listed after a word pushing them away ("no remote/hybrid please, on-site only").
const UNWANTED_MODE_LIST =
  /\b(?:no|not|non|without|hates?|hating|avoid\w*|never|don['’]?t want|do not want|except)\s+(?:[\w-]+\s+){0,2}(?:remote|hybrid|on-?site|in[- ]office|office(?:[- ]based)?|wfh)\s*(?:[/,&|+]|\band\b|\bor\b|\bnor\b)/i;

// An office that is no place of work: the member's own hours or meetings ("in office hours", "my
// office hours", "an office-hours talk").
const OFFICE_NOT_A_MODE = /\b(?:in\s+)?(?:(?:my|our|the|an?)\s+)?office[- ]hours?\b/gi;

// A work mode said as the member's preference, not a requirement ("hybrid ho to best", "ideally
// remote", "remote would be nice", "bonus if hybrid", "hybrid preferred but not a must").
// (Also a mode among options said to be all fine: "toronto vancouver montreal or remote-in-canada all
// fine", "berlin or remote, either works".)
const MODE_PREFERRED =
  /\bor\s+(?:fully\s+)?(?:remote|hybrid|on-?site)(?:[- ](?:in|within)[- ][\p{L}-]+)?[\s,]+(?:(?:are|is)\s+)?(?:all|both|either|any)\s+(?:\w+\s+)?(?:fine|ok|okay|good|great|works?)\b|\b(?:ideally|preferably|bonus (?:points )?if(?: (?:it'?s|its|they'?re))?|nice if(?: (?:it'?s|its|they'?re))?|(?:would|i'?d) prefer)\s+(?:fully\s+)?(?:remote|hybrid|on-?site|in[- ]office)\b|\b(?:fully\s+)?(?:remote|hybrid|on-?site|in[- ]office)\s+(?:ideally|preferably|preferred|if possible|(?:would be|is|=)\s+(?:a\s+)?(?:nice|best|great|ideal|bonus|plus)|(?:ho|hai)\s+to\s+(?:best|accha|achha|badhiya|better)|(?:ho|hai)\s+to\s+aur\s+(?:best|accha|achha|badhiya|better)|nice to have|a plus|bonus)\b/giu;

// A work mode let in besides the rest, not the only one asked ("(incl. remote-within-spain)", "remote
// ones too", "including remote", "remote included", "inkl. Remote", "incluyendo remotos"): the
// selection is every mode of the place, the remote ones among them.
const MODE_INCLUDED =
  /\b(?:incl\.?|including|inclusive of|plus|as well as|along with|inkl\.?|einschlie(?:ß|ss)lich|incluyendo|incluidas?|incluidos?|incluindo|inclusive|y también|e também)\s+(?:the\s+|las?\s+|los\s+|os?\s+|as\s+)?(?:fully\s+|100%\s+)?(?:remote|remotas?|remotos?|hybrid|h[íi]brid[oa]s?|on-?site|in[- ]office)(?:[- ](?:in|within|from)[- ][\p{L}-]+)*(?:\s+(?:ones|roles|jobs|listings|positions|gigs))?|\b(?:remote|hybrid|on-?site)(?:[- ](?:in|within)[- ][\p{L}-]+)*\s+(?:ones\s+|roles\s+|jobs\s+|listings\s+)?(?:too|as well|included|count(?:s)? too|welcome too)\b/giu;

// A work mode the member pushes away ("hates remote", "no hybrid", "not on-site").
// ("not the APAC-wide or worldwide remote ones": up to four words between, never "not sure if remote").
const UNWANTED_MODE =
  /\b(?:hates?|hating|dislikes?|no|not|never|without|avoid\w*|(?:do ?n[o']?t|does ?n[o']?t|doesnt) (?:want|like)|aren['’]?t|isn['’]?t|non-?)\s*(?:(?!(?:sure|if|whether|only|just|necessarily|yet)\b)[\w-]+\s+){0,4}?(remote|hybrid|on-?site|in[- ]office|in the office|office[- ]based)\b(?:\s+(?:or|nor|and)\s+(?:[\w-]+\s+){0,3}?(remote|hybrid|on-?site|in[- ]office|in the office|office[- ]based)\b)?/gi;
const MODES_NAMED: Array<[WorkMode, RegExp]> = [
  ['remote', /\bremote(?:ly)?\b/i],
  ['hybrid', /\bhybrid\b/i],
  ['onsite', /\bon[- ]?site\b|\bin[- ]office\b|\boffice[- ]based\b/i],
];

// Day rates named beside the other kinds of pay figure ("any pay figure (salary, day rate or
// hourly)"): every kind of pay asked, not contract work.
// The same in the local words for the two kinds of agreement ("B2B czy UoP?", "PJ ou CLT?"): both
// kinds asked, neither a filter.
const PAY_KINDS_LISTED =
  /\b(?:salar(?:y|ies)|annual|yearly|hourly|monthly)\b[^?.;]{0,20}\bday[- ]rates?\b|\bday[- ]rates?\b[^?.;]{0,20}\b(?:salar(?:y|ies)|annual|yearly|hourly|monthly)\b|\b(?:b2b|pj)\s+(?:czy|ou|oder|o|or|vs\.?)\s+(?:uop|clt|umowa o prac\w*)\b|\b(?:uop|clt|umowa o prac\w*)\s+(?:czy|ou|oder|o|or|vs\.?)\s+(?:b2b|pj)\b/i;
// Which currency the pay is in, asked as a question ("is it in pesos or dollars?", "are they paid in
// euros?", "which currency, USD or EUR?"): what the answer tells, not a filter on it.
const CURRENCY_ASKED =
  /\b(?:(?:is|are) (?:it|they|that|those|these|the (?:pay|salar(?:y|ies)|rates?))\s+(?:paid\s+|posted\s+|quoted\s+)?in|which currency|what currency)\s+(?:[$€£]|[\w-]+)(?:\s+or\s+(?:[$€£]|[\w-]+))?\s*\?/gi;
// A currency the member would prefer to be paid in ("Prefiro receber em USD", "ideally paid in EUR",
// "I'd rather get dollars"): their wish, shown in each listing's posted pay, not a cut of the roles
// (as a work mode preferred is none: MODE_PREFERRED).
const CURRENCY_PREFERRED =
  /\b(?:prefer(?:ably|red|ring)?|i'?d prefer|ideally|(?:i'?d|would) rather|prefiro|preferiria|prefiero|preferir[ií]a|wolał(?:bym|abym)|lieber|de préférence|idéalement)\b[^.?!;]{0,30}?(?:[$€£]|\b[a-z]{3}\b|\b(?:dollars?|euros?|pounds?|reais|pesos|złotych|zloty)\b)/giu;
// A currency the member wants figures converted into ("put the salaries into euros", "converted to
// USD"): never done (pay is shown as posted), and no filter on what is posted.
const CURRENCY_CONVERSION =
  /\b(?:into|convert(?:ed|ing)?\s+(?:(?:\w+\s+){0,3}?)(?:to|into)|translated? (?:to|into))\s+(?:us\s+)?(?:[$€£]|[\w-]+)/gi;
const AMOUNT = String.raw`(?:about |around |roughly |~)?(?:[$€£]|\b(?:usd|eur|gbp|chf|cad|aud)\s?)?\s?\d[\d.,]*\s?(?:k|m)?\b(?:\s?(?:usd|eur|gbp|chf|cad|aud|euros?|pounds?|dollars?|quid)\b)?`;
const OWN_PAY = new RegExp(
  String.raw`\b(?:(?:i'?m|im|i am)\s+(?:currently\s+)?(?:on|at|making|earning|paid|getting|taking home)|i\s+(?:currently\s+)?(?:make|earn|get|take home|am paid)|my (?:current |base |total )?(?:salary|pay|comp|tc|base|package|rate)(?:\s+is)?|(?:she|he|they|my mentee)(?:'s| is| are)?\s+(?:on|making|earning)|(?:got|gotten|have|has|had|received|holding|weighing)\s+(?:an?\s+|the\s+)?offer\b[^?.!]{0,60}?[,:(-]?|(?:was|been|being|got)\s+offered|i\s+(?:currently\s+)?(?:bill|charge|invoice)|\b(?:billing|charging|invoicing))\s+(?:(?:an?\s+|my\s+|the\s+)?(?:client|agency|customer)s?\s+)?${AMOUNT}`,
  'gi',
);

// Contract roles set aside ("ignore the contract ones", "excluding contractors", "no freelance gigs",
// "not the contract roles", "skip contracts", "sin contratos", "ohne Freelance"): the rest are asked.
const CONTRACT_SET_ASIDE =
  /(?<!\b(?:i'?m|im|i am|i|we|we'?re|she'?s|he'?s|they'?re|is|am|are|was|were|be|being)\s+)\b(?:ignor\w*|exclud\w*|excl\.?|without|skip(?:ping)?|leave out|leaving out|minus|except|other than|not|no|drop(?:ping)?|filter out|sin|sem|ohne|kein\w*|bez)\s+(?:(?:the|any|all|those|them|these|las|los|os|as|die)\s+)?(?:\w+\s+)?(?:contract(?:or)?s?|contratos?|freelanc\w*|b2b)\b(?:\s+(?:ones|roles|jobs|gigs|listings|positions|work|stuff))?(?!\s+(?:rates?|pay|work(?:ers?)?\s+(?:is|are)))/i;

/** Employment type, pay currency and posting date a question states. */
export function statedTerms(q: string, plan: AnswerPlan, referenceDate: string | undefined): void {
  const filters = plan.filters;
  // "how do contract day rates compare to permanent salaries": both kinds asked, neither filters
  // (pay is shown per period: day rates apart from yearly salaries).
  const bothKinds = CONTRACT_VS_PERMANENT.test(q) || PAY_KINDS_LISTED.test(q);
  if (/\bpart[- ]time\b/i.test(q)) filters.employmentType = 'part-time';
  // "ignore the contract ones, I want salaried", "no freelance gigs pls", "sin contratos": the
  // contract roles set aside are the rest asked, the permanent ones.
  else if (!bothKinds && CONTRACT_SET_ASIDE.test(withoutMemberWork(q))) filters.employmentType = 'permanent';
  else if (
    !bothKinds &&
    /\b(?:contract(?:or)?s?|freelanc\w*|day[- ]rate|b2b)\b/i.test(withoutMemberWork(q)) &&
    !/\bsmart contracts?\b/i.test(q)
  )
    filters.employmentType = 'contract';
  else if (
    !bothKinds &&
    /\b(?:permanent(?! residen\w*| resident\b| address\b| visa\b| leave to remain\b)|full[- ]time employ\w*|perm|salaried|w-?2|festanstellung|festangestellt\w*)\b/i.test(
      q,
    )
  )
    filters.employmentType = 'permanent';
  // A currency named is the pay currency asked for ("GBP pls", "any US-dollar contract roles?"),
  // not the member's own pay ("I'm on £80k …", "I make $150k", "my salary is €90k", "billing ~45
  // USD/h to a US agency").
  const currency = currencyOf(
    q
      .replace(OWN_PAY, ' ')
      .replace(CURRENCY_ASKED, ' ')
      .replace(CURRENCY_CONVERSION, ' ')
      .replace(CURRENCY_PREFERRED, ' '),
  );
  if (currency) filters.currency = currency;
  // "USD vs GBP": no filter (both sides asked), but the pay shown is those currencies'.
  const sideBySide = currenciesSideBySide(q);
  if (sideBySide.length >= 2) plan.currencies = sideBySide;
  // "from September 2026 onward (after Aug 31)": the day said to be left out is the bound.
  const strict = strictlyAfterPhrase(q);
  const after = (strict && postedAfter(strict, referenceDate)) || postedAfter(q, referenceDate);
  if (after) filters.postedAfter = after;
  if (after && postedStrictlyAfter(q)) plan.postedStrictly = true;
}
