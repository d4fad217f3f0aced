/**
 * One listing or one company (`listing`, `company`): its statements and what it says of each aspect
 * asked.
 */

import { stemmer } from 'stemmer';
import type { ListingDetail } from '../../../storage/corpus/corpus-reader.js';
import { relocationTerms } from '../../extract/relocation.js';
import { appendAll } from '../../sources/types.js';
import { byResponsibility, listingDuties } from '../../summary.js';
import type { CitationBook } from '../offline.js';
import { escapeRegExp } from '../plan/cues.js';
import { type AnswerPlan, type Aspect, type ResolvedPlace, termsAsked } from '../plan/index.js';
import { type Composer, detail } from './context.js';
import { INTERVIEW_SENTENCE, INTERVIEWING_OTHERS } from './cues.js';
import { quoteGuides } from './guides.js';
import { absent } from './honesty.js';
import { companyOfPlan, selectionOf } from './selection.js';
import { fmt, oneLine, open } from './shared.js';
import { jobTermPatterns, officeDaysOf, officeWeekdays, TERM_DETAIL } from './terms.js';
import { clip, contentWords, sentencesOf } from './text.js';

/** One statement of a listing: a line or sentence, with its section heading and its label ("Rate"). */
const DUTY_LABEL =
  /\b(?:day[- ]to[- ]day|day in the life|typical (?:day|week)|responsibilit\w*|what you(?:'ll|’ll| will) (?:do|own|work on)|the role|your role|duties)\b/i;

interface Statement {
  /** The sub-heading it follows ("Interview steps:") or its section's heading. */
  heading: string;
  /** Its heading names one topic only (no "Working pattern / Interview steps"). */
  oneTopic: boolean;
  label: string;
  text: string;
  /** A bullet or numbered item. */
  item: boolean;
}

/** A listing's own statements, line by line: bullets, labelled lines ("**RATE:** …") and sentences. */
const BARE_ANSWER = /^(?:yes|no|nope|not really|not quite|sometimes|partly|absolutely|definitely)[.!]$/i;

export function statementsOf(l: ListingDetail): Statement[] {
  const out: Statement[] = [];
  let tableRowAt = -1;
  for (const s of l.sections) {
    let heading = s.heading ?? '';
    let oneTopic = !/\s\/\s|\band\b|&/.test(heading);
    for (const raw of s.text.split('\n')) {
      const item = /^\s*(?:[-*•·]|\d+[.)])\s+/.test(raw);
      let line = raw.trim().replace(/^(?:[-*•·]|\d+[.)])\s+/, '');
      if (!line) continue;
      // Where the last line's statements start, when that line was a table row (else -1).
      const rowAt = tableRowAt;
      tableRowAt = -1;
      // "Interview steps:" alone on its line heads what follows.
      const sub = /^(?:\*\*)?([^:*]{3,40}):(?:\*\*)?$/.exec(line);
      if (sub) {
        heading = sub[1]!.trim();
        oneTopic = true;
        continue;
      }
      let label = '';
      // A table row ("| Duration | 6 months |") is a labelled line; its rule row says nothing, and
      // the row above a rule is the table's header ("| Area | What we use |"), no statement.
      if (line.startsWith('|')) {
        const cells = line
          .split('|')
          .map((c) => c.trim())
          .filter(Boolean);
        if (!cells.length || cells.every((c) => /^:?-{2,}:?$/.test(c))) {
          if (rowAt >= 0) out.splice(rowAt);
          continue;
        }
        tableRowAt = out.length;
        line = cells.length === 2 ? `**${cells[0]}:** ${cells[1]}` : cells.join('; ');
      }
      const bold = /^\*\*([^*]{2,40}?):?\*\*:?\s*(.*)$/.exec(line);
      const plain = /^([A-Z][\w /&-]{1,30}):\s+(\S.*)$/.exec(line);
      // "**On-call?**" or "**How we interview**" alone on its line heads what follows, as a heading.
      if (bold && !bold[2]!.trim() && !item) {
        heading = bold[1]!.replace(/[:?]$/, '').trim();
        oneTopic = !/\s\/\s|\band\b|&/.test(heading);
        continue;
      }
      // A list item that is a bold label alone ("5. **Founder chat (30 min)**."): the label is
      // what the item says, a statement of its own.
      if (bold && item && !/[\p{L}\p{N}]/u.test(bold[2]!)) line = bold[1]!;
      else if (bold) [, label = '', line = ''] = bold;
      else if (plain) [, label = '', line = ''] = plain;
      label = label.replace(/[:.]$/, '').trim();
      line = line
        .replace(/\*\*|\*/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (!line) continue;
      // No sentence ends inside a word or number ("Node.js", "99.9"), after "e.g." or "i.e.", nor
      // at "2 a.m. on a Sunday".
      const parts = item
        ? [line]
        : (line.match(
            /(?:[^.!?]|(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}])|(?<=\b(?:e\.g|i\.e|vs))\.(?=\s)|(?<=\b[ap]\.m)\.(?=\s+\p{Ll}))+(?:[.!?]+["”’)]?(?=\s|$)|$)/gu,
          ) ?? [line]);
      // A bare answer under a question heading ("**Is the role remote?** No. It's on-site at our
      // New Cairo office, Sunday to Thursday.") keeps the sentence that says how.
      if (parts.length > 1 && BARE_ANSWER.test(parts[0]!.trim()))
        parts.splice(0, 2, `${parts[0]!.trim()} ${parts[1]!.trim()}`);
      for (const p of parts)
        if (p.trim().length >= 3) out.push({ heading, oneTopic, label, text: p.trim(), item });
    }
  }
  return out;
}

// A question about how the job splits between coding and leading, and a sentence that states it.
const SPLIT_ASKED =
  /\b(?:coding|code|hands[- ]on|programming)\b[^?]{0,40}\b(?:vs\.?|versus|or|ya|and|against|compared)\b[^?]{0,20}\b(?:lead\w*|manag\w*|meetings|people)\b|\bhow much\b[^?]{0,30}\b(?:coding|code|hands[- ]on|programming)\b|\b(?:still|actually) (?:code|write code)\b/i;
const CODING_SHARE =
  /(?:\d{1,3}\s*(?:[–-]\s*\d{1,3}\s*)?%|\b(?:half|a third|two thirds|most|majority|bulk)\b)[^.;]{0,60}\b(?:code|coding|hands[- ]on|programming|building)\b|\b(?:code|coding|hands[- ]on|programming)\b[^.;]{0,40}(?:\d{1,3}\s*(?:[–-]\s*\d{1,3}\s*)?%|\b(?:half|a third|two thirds|majority)\b)/i;

// A duty that has the lead write code ("Hands-on design and coding", "you'll still write code").
const HANDS_ON_DUTY = /\b(?:hands[- ]on|coding|write code|writing code|ship(?:ping)? code|in the code)\b/i;

const statementText = (s: Statement) => (s.label ? `${s.label}: ${s.text}` : s.text);

const HUMAN_LANGUAGE =
  /\b(?:english|japanese|german|spanish|french|polish|portuguese|dutch|italian|swedish|norwegian|danish|finnish|mandarin|chinese|cantonese|korean|hindi|arabic|turkish|czech|ukrainian|russian|greek|hebrew|language|languages|bilingual|jlpt|cefr|[abc][12]\+?)\b/i;

// The listing statements that carry each aspect: by their heading, or by their own words.
const ASPECT_EVIDENCE: Partial<
  Record<Aspect, { heading?: RegExp; text: RegExp; max: number; must?: RegExp; label?: RegExp; not?: RegExp }>
> = {
  interview: {
    // "What's the process?", "How hiring works": a heading that is the process alone.
    heading:
      /selection|recruit|interview|hiring process|how (?:we|to) (?:hire|apply)|how hiring works|our process|next steps|^(?:what(?:'s|’s| is) )?(?:the )?process\??$/i,
    text: INTERVIEW_SENTENCE,
    // "X is an equal opportunity employer" closes many a hiring section: it is no stage.
    not: /\bequal[- ]opportunit|\bdiscriminat|\breasonable (?:adjustments|accommodations?)\b/i,
    // "**Process:** phone screen → C++ deep-dive → on-site": a line labelled as the process.
    label:
      /^(?:(?:the |our |hiring |interview |selection |recruitment )?process|interviews?|interview (?:steps|process|loop)|how we (?:hire|interview)|hiring|selection)$/i,
    max: 6,
  },
  language: { text: HUMAN_LANGUAGE, max: 2 },
  duration: {
    text: /\b(?:\d+|three|six|nine|twelve|eighteen|twenty-four)[- ]months?\b|\b(?:length|duration|extension|fixed[- ]term|start|asap|long-term|short-term|probation|renewable)\b/i,
    max: 2,
  },
  employment: {
    text: /\b(?:b2b|contractor|employment|permanent(?= (?:role|position|contract|employment|job|hire)|,|\.|$)|full[- ]time(?= (?:role|position|contract|employment|job)|,|\.|$)|part[- ]time|freelanc\w*|uop|fixed[- ]term|ir35|invoic\w*|contract(?: role| position| engagement| basis|:|,| for \d))|^contract\b/i,
    max: 2,
  },
  pay: {
    text: /\b(?:salary|pay|rate|compensation|base|per (?:day|month|year|hour|annum)|equity|bonus)\b|[€$£¥₹]|\b(?:PLN|EUR|USD|GBP|CHF|SEK|INR|JPY)\b/,
    must: /\d/,
    // "a $90 million business", "raised $12M": the company's money, not the role's pay.
    not: /\b(?:million|billion|revenue|funding|raised|series [a-e]|valuation|turnover|GMV|ARR)\b|\$\d+(?:\.\d+)?\s?[MB]\b/i,
    max: 2,
  },
  work_mode: {
    // "location" as a word, not inside "the vehicle-location pipeline".
    text: /\b(?:remote\w*|hybrid|on-?site|in[- ]office|office (?:days?|based|attendance)|(?<!-)location|time ?zones?|utc|days? (?:a|per) week(?! (?:of|on)-call)|from home|work from|relocat\w*)\b/i,
    label: /location|remote|office|where|work(?:ing)? (?:model|pattern|mode|arrangement)|hybrid/i,
    max: 2,
  },
  visa: { text: /\b(?:visa\w*|sponsor\w*|relocat\w*|right to work|work permit)\b/i, max: 2 },
  team: {
    text: /\b(?:team of|report(?:s|ing)? (?:in)?to|engineers|members|squad|people|culture|we value|we believe|we care|we work|we're|our team|the team|collaborat\w*|autonomy|autonomous|blameless|async\w*|pairing|values|flat|small team)\b/i,
    max: 3,
  },
  years: { text: /\b\d+\+? years\b|\byears of\b/i, max: 2 },
};

/** The listing's statements that carry an aspect, best first, at most `max`. */
function evidenceFor(l: ListingDetail, aspect: Aspect, term?: AnswerPlan['term'], max = 2): Statement[] {
  const all = statementsOf(l);
  if (aspect === 'terms') {
    const re = term ? jobTermPatterns[term] : undefined;
    if (!re) return [];
    // The sentence the term is the subject of, with how often and how it is paid ("On-call comes
    // round every fifth week and is paid as a weekly stipend"), says it before one that only names it.
    const weight = (s: Statement) => {
      const text = statementText(s);
      const at = text.search(re);
      return (at >= 0 && at < 12 ? 2 : 0) + (TERM_DETAIL.test(text) ? 1 : 0);
    };
    // A statement under the term's own heading ("**On-call?** Seven people share the rotation…")
    // says it without naming it.
    return all
      .filter((s) => re.test(statementText(s)) || (s.oneTopic && re.test(s.heading)) || re.test(s.label))
      .map((s, i) => ({ s, i, w: weight(s) + (re.test(s.heading) || re.test(s.label) ? 1 : 0) }))
      .sort((a, b) => b.w - a.w || a.i - b.i)
      .slice(0, max)
      .map((x) => x.s);
  }
  const rule = ASPECT_EVIDENCE[aspect];
  if (!rule) return [];
  // A whole section about the aspect ("Selection Process", "Recruitment") says it best.
  const section = rule.heading
    ? all.filter(
        (s) =>
          rule.heading!.test(s.heading) &&
          (s.oneTopic || s.item || rule.text.test(statementText(s))) &&
          !rule.not?.test(s.text),
      )
    : [];
  const picked = section.length
    ? section
    : all.filter(
        (s) =>
          rule.text.test(statementText(s)) &&
          (!rule.must || rule.must.test(s.text)) &&
          !rule.not?.test(s.text) &&
          !(aspect === 'interview' && INTERVIEWING_OTHERS.test(s.text)),
      );
  // A labelled line ("LOCATION: 100% remote within Poland") says it before any sentence does.
  const labelled = rule.label
    ? all.filter((s) => rule.label!.test(s.label) || (s.oneTopic && rule.label!.test(s.heading)))
    : [];
  return [...new Set([...labelled.filter(() => !section.length), ...picked])].slice(0, rule.max);
}

/** What one listing says of an aspect, in its words, best first (its interview stages, in order). */
export function aspectStatements(l: ListingDetail, aspect: Aspect, max?: number): string[] {
  return evidenceFor(l, aspect, undefined, max).map(statementText);
}

/**
 * The stages of a listing's own process for an aspect, as its numbered or bulleted list gives them
 * ("1. Call with a recruiter … 5. Meet the CTO"): the items under one heading, the longest such list;
 * 0 when it lists none (a process told in prose is not counted).
 */
export function aspectStages(l: ListingDetail, aspect: Aspect): number {
  const byHeading = new Map<string, number>();
  for (const s of evidenceFor(l, aspect, undefined, 50))
    if (s.item) byHeading.set(s.heading, (byHeading.get(s.heading) ?? 0) + 1);
  const most = Math.max(0, ...byHeading.values());
  return most >= 2 ? most : 0;
}

/**
 * What one listing says of a job term, in its words, best first ("Seven people share the rotation,
 * so you're on one week in seven." and, under the same "On-call?" heading, "…they're infrequent:
 * nine in the last twelve months."): what a question about one company's term is answered with.
 */
export function termStatements(l: ListingDetail, term: string, max: number): string[] {
  return evidenceFor(l, 'terms', term as AnswerPlan['term'], max).map(statementText);
}

// How a listing says pay is set without a figure ("Our pay is set by published internal bands",
// "We can't match commercial salaries", "salary depends on experience").
// A sentence quoted for pay speaks of pay ("£95,000–£115,000 base plus bonus", "salary band"), not
// only of money ("processes around £1.9bn in card payments every month" is no pay sentence).
const PAY_WORDS =
  /\b(?:salar\w*|pay\b|paid|compensation|base|band|range|bonus|per (?:year|annum|month|day|hour)|a year|annual\w*|day rate|hourly|rate|equity|stock|options|package|OTE)\b/i;
const saysPay = (x: Statement): boolean => PAY_WORDS.test(statementText(x));

const PAY_SET =
  /\b(?:salar(?:y|ies)|pay|compensation)\b[^.]{0,60}\b(?:bands?|banded|match|set by|transparent|published|negotiable|depends? on|benchmark\w*)\b|\b(?:can['’]?t|cannot|don['’]?t|do not) match\b[^.]{0,30}\b(?:salar\w*|pay)\b|\b(?:pay|salary) bands?\b/i;

// Years asked of a listing read as a whole ("minimum years?"): that it states none is said too.
const YEARS_ASKED = /\byears?\b|\byrs\b|\byoe\b|\bexperience\b/i;

const TIME_ZONE =
  /\b(?:time ?zones?|tz|utc|gmt|cet|est|pst|overlap(?:ping)? hours|core hours|async\w*|asynchronous\w*)\b/i;

// Where a listing says it can employ ("this role can't be based in the Americas or Europe", "We
// hire across APAC", "open to residents of the EU"), and the question asking it ("can i do it from
// mexico", "which countries").
const SCOPE_SAID =
  /\b(?:based (?:in|anywhere)|be based|live in|living in|resid\w*|eligib\w*|hire (?:across|in|from|anywhere)|open to|within|can(?:'t|’t|not| not) (?:be|hire|employ)|right to work|payroll|employer of record|anywhere|worldwide)\b|\b(?:americas|europe|emea|apac|latam|latin america|north america|africa|asia|oceania)\b/i;
const SCOPE_BOUND = /\b(?:can(?:'t|’t|not| not)|unable|only|must|outside|except)\b/i;
const SCOPE_ASKED = /\b(?:from|where|countr(?:y|ies)|based|eligib\w*|anywhere|abroad|outside|regions?)\b/i;

/**
 * A listing's words on its work mode: its first statement on it, and when where one may work from
 * is asked (a place, "from where"), the statement saying where it can employ, if another.
 */
function workModeWords(l: ListingDetail, plan: AnswerPlan): Statement[] {
  const said = evidenceFor(l, 'work_mode');
  const first = said.slice(0, 1);
  if (!plan.place && !SCOPE_ASKED.test(plan.question)) return first;
  const rule = ASPECT_EVIDENCE.work_mode!;
  const onMode = (s: Statement) =>
    rule.text.test(statementText(s)) ||
    rule.label!.test(s.label) ||
    (s.oneTopic && rule.label!.test(s.heading));
  // The place asked named, or a bound said ("can't be based in…", "EU residents only"), says most.
  const asked = [plan.place?.name, plan.place?.country, plan.place?.city].filter(Boolean) as string[];
  const weight = (s: Statement) =>
    (asked.some((p) => new RegExp(`\\b${escapeRegExp(p)}\\b`, 'i').test(s.text)) ? 3 : 0) +
    (SCOPE_BOUND.test(s.text) ? 2 : 0);
  const scope = statementsOf(l)
    .filter((s) => onMode(s) && SCOPE_SAID.test(s.text) && !first.includes(s))
    .map((s, i) => ({ s, i, w: weight(s) }))
    .sort((a, b) => b.w - a.w || a.i - b.i)[0]?.s;
  return scope ? [...first, scope] : first;
}

/**
 * The days a week in the office a listing states, as a number a member can compare ("c'est du
 * télétravail complet ou hybride ?": "Office days: 3 a week"), with the weekdays when it names them
 * ("Office days: 5 a week (Sunday to Thursday)").
 */
function officeDaysLines(l: ListingDetail, c: string): string[] {
  if (l.remote === 'remote') return [];
  for (const s of statementsOf(l)) {
    const text = statementText(s);
    const days = officeDaysOf(text);
    const named = officeWeekdays(text);
    if (days)
      return [`- Office days: ${days.replace(/ days?/, '')} a week${named ? ` (${named})` : ''} ${c}`];
  }
  return [];
}

/** Where the member asked to work from, against the places the listing names. */
function placeFit(l: ListingDetail, asked: ResolvedPlace | undefined): string | null {
  if (!asked) return null;
  const city = asked.city ? asked.city[0]!.toUpperCase() + asked.city.slice(1) : undefined;
  const where = city ? `${city} (${asked.country})` : asked.name;
  const places = [...l.locations].sort((a, b) => Number(b.remote) - Number(a.remote));
  const inside = places.find(
    (p) =>
      (asked.city && p.city?.toLowerCase() === asked.city.toLowerCase()) ||
      (asked.country && p.country === asked.country) ||
      (asked.region && p.region === asked.region),
  );
  if (inside)
    return `${where}: inside what the listing names (“${inside.raw}”${inside.remote ? ', remote' : ''}).`;
  // "Remote (worldwide)", "anywhere": no place is outside it (its own words say where it can employ).
  const everywhere = places.find(
    (p) => p.remote && !p.country && !p.region && /\b(?:worldwide|anywhere|global(?:ly)?)\b/i.test(p.raw),
  );
  if (everywhere)
    return `${where}: the listing is open worldwide (“${everywhere.raw}”); check its own words on where it can employ.`;
  return `${where}: not among the places the listing names (${l.location}).`;
}

// A day of the job asked ("what would i be doing there? day in the life type thing", "what's a
// typical day like"), and a section of the listing that walks through one. "the day to day" asks
// the duties, quoted as responsibilities, not a day's timed scenes.
const DAY_ASKED =
  /\b(?:day in the life|(?:typical|normal|average|usual) (?:day|week)|what (?:would|will) (?:i|she|he|they|you) (?:be )?(?:doing|do)\b|(?:my|the|their|your|a) (?:days?|weeks?) (?:would |will )?(?:look|be) like)/i;
const DAY_SECTION =
  /\b(?:day in the life|(?:typical|normal|average) (?:day|week)|a day (?:at|with|in)|your (?:day|week))\b/i;
/** At most this many moments of a listing's day are named. */
const DAY_MOMENTS = 8;

/**
 * The listing's own walk through a day ("**11:00** — Design review. …"), each moment's first
 * sentence, in order: what the member would be doing, as the listing tells it.
 */
function dayOfTheJob(l: ListingDetail, c: string, question: string): string[] {
  if (!DAY_ASKED.test(question)) return [];
  // The section as stored may be cut into several parts under the same heading.
  const heading = l.sections.find((s) => s.heading && DAY_SECTION.test(s.heading))?.heading;
  if (!heading) return [];
  const moments = l.sections
    .filter((s) => s.heading === heading)
    .map((s) => s.text)
    .join('\n')
    .split(/\n+|(?=\*\*\d{1,2}[:.]\d{2}\*\*)/)
    .map((p) => p.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .map((p) => clip(sentencesOf(p)[0] ?? p, 90))
    .slice(0, DAY_MOMENTS);
  return moments.length
    ? [`- ${heading}, in its words: ${moments.map((m) => `“${m}”`).join('; ')} ${c}`]
    : [];
}

/** A listing's duties, in its words, cited with `c`. */
export function dutyLines(l: ListingDetail, c: string, question: string): string[] {
  const day = dayOfTheJob(l, c, question);
  // Its duties, or a labelled line that says them ("**Day to day:** design reviews, … ~50%
  // hands-on coding").
  const said = byResponsibility(listingDuties(l, 6)).slice(0, 3);
  const labelled = statementsOf(l)
    .filter((x) => DUTY_LABEL.test(x.label) || (x.oneTopic && DUTY_LABEL.test(x.heading)))
    .map((x) => statementText(x));
  let lines = said.length ? said : labelled.slice(0, 3);
  let lead: string[] = [];
  // "how much of it is coding vs leading": the listing's own sentence with its share of coding
  // ("…with 50–70% of your time spent in code") answers it, first; or it is said that none is given.
  if (SPLIT_ASKED.test(question)) {
    const share = statementsOf(l)
      .map((x) => statementText(x))
      .filter((t) => CODING_SHARE.test(t));
    // With no share stated, its duty that says the lead codes ("Hands-on design and coding in Java
    // 17") answers "coding too, or only meetings?" first.
    const coding = listingDuties(l, 12).filter((d) => HANDS_ON_DUTY.test(d));
    if (share.length) lines = [...new Set([...share.slice(0, 2), ...lines])].slice(0, 3);
    else {
      lead = ['- The listing states no share of coding time; its duties:'];
      lines = [...new Set([...coding.slice(0, 1), ...lines])].slice(0, 4);
    }
  }
  // Its on-call, with how often it comes round ("a one-in-seven on-call rotation"), is part of what
  // the lead owns: said when the duties quoted leave it out.
  const onCall = jobTermPatterns['on-call']!;
  const rota = lines.some((d) => onCall.test(d)) ? undefined : evidenceFor(l, 'terms', 'on-call', 1)[0];
  return lines.length || lead.length || day.length
    ? [
        ...day,
        ...lead,
        ...lines.map((d) => `- “${clip(d, 200)}” ${c}`),
        ...(rota ? [`- On-call: “${clip(statementText(rota), 200)}” ${c}`] : []),
      ]
    : [`- Duties: the listing does not describe them ${c}`];
}

// A line or heading that gives the stack ("**The stack.** TypeScript on Node.js…", "What's the stack?").
const STACK_LABEL =
  /\b(?:(?:tech(?:nical)? )?stack|technolog(?:y|ies)|tooling|tools we use|what we use|built (?:with|on)|what (?:we|you(?:'ll)?) (?:work|build) with)\b/i;

// "Expert-level Go; working knowledge of Rust": what a candidate must know, not what runs.
const CANDIDATE_ASKED =
  /\b(?:experience|knowledge|expert\w*|proficien\w*|familiar\w*|strong|solid|comfortable|understanding|years)\b/i;
const STACK_SAID =
  /\b(?:runs? (?:on|in)|running on|written in|built (?:on|with|in)|we use|lives? in|the (?:backend|platform|system|stack) is|(?:services|backend) (?:are|is) (?:written|built|in))\b/i;

/**
 * The listing's own words on its stack: its statements under a stack label or heading, or else the
 * one naming most of the skills it asks for (three at least).
 */
function stackStatements(l: ListingDetail, skills: string[]): Statement[] {
  const all = statementsOf(l);
  const labelled = all.filter(
    (s) => STACK_LABEL.test(s.label) || (s.oneTopic && STACK_LABEL.test(s.heading)),
  );
  if (labelled.length) return labelled;
  const named = (s: Statement) =>
    skills.filter((k) => new RegExp(`(?<![\\w.])${escapeRegExp(k)}(?![\\w])`, 'i').test(s.text)).length;
  // A sentence saying what the system is built with, not what a candidate must know.
  const best = all
    .filter((s) => STACK_SAID.test(s.text) && !CANDIDATE_ASKED.test(s.text))
    .map((s) => ({ s, n: named(s) }))
    .filter((x) => x.n >= 2)
    .sort((a, b) => b.n - a.n)[0];
  return best ? [best.s] : [];
}

/** The skills a listing asks for (every one extracted), those nice to have, and its stack in its words. */
function skillLines(l: ListingDetail, c: string): string[] {
  const req = l.skillDetails.filter((s) => s.required && s.category !== 'leadership').map((s) => s.name);
  const nice = l.skillDetails.filter((s) => !s.required).map((s) => s.name);
  const words = stackStatements(l, req)
    // Under its own label ("The stack.") the label is said once; table rows keep theirs ("Data: …").
    .map((s) => (STACK_LABEL.test(s.label) ? s.text : statementText(s)).replace(/[^.!?;:]$/, (m) => `${m};`))
    .join(' ')
    .replace(/;$/, '');
  return [
    `- Asks for: ${req.slice(0, 24).join(', ') || 'no skill recognised'} ${c}`,
    ...(nice.length ? [`- Nice to have: ${nice.slice(0, 8).join(', ')}`] : []),
    ...(words ? [`- Its stack in its words: “${clip(words, 400)}” ${c}`] : []),
  ];
}

/** The answer to one aspect asked about a listing: its facts, then its own words, cited. */
export function aspectLines(
  l: ListingDetail,
  aspect: Aspect,
  book: CitationBook,
  plan: AnswerPlan,
): string[] {
  const c = book.cite(l.id);
  const mode = l.remote === 'onsite' ? 'on-site' : l.remote;
  const quotes = (label: string, found: Statement[], none: string): string[] => {
    if (!found.length) return [`- ${label}: ${none} ${c}`];
    if (found.length > 2) return [`- ${label}: “${clip(found.map(statementText).join('; '), 400)}” ${c}`];
    return found.map((s) => `- ${label}: “${clip(statementText(s), 240)}” ${c}`);
  };
  switch (aspect) {
    case 'pay': {
      // No figure posted: how the listing says pay is set ("published internal bands", "we can't
      // match commercial salaries") says what it can, before any sentence with a number.
      const how = l.salary ? [] : statementsOf(l).filter((x) => PAY_SET.test(statementText(x)));
      return [
        `- Pay: ${l.salary ? `${fmt(l.salary.min)}–${fmt(l.salary.max)} ${l.salary.currency} per ${l.salary.period} (as posted)` : 'not posted'} ${c}`,
        ...(how.length ? how.slice(0, 2) : evidenceFor(l, 'pay').filter(saysPay).slice(0, 1)).map(
          (x) => `- In its words: “${clip(statementText(x), 240)}” ${c}`,
        ),
      ];
    }
    case 'work_mode': {
      const fit = placeFit(l, plan.place);
      return [
        `- Work mode: ${mode}, ${l.location} ${c}`,
        ...workModeWords(l, plan).map((s) => `- In its words: “${clip(statementText(s), 240)}” ${c}`),
        ...officeDaysLines(l, c),
        // Time zones asked about: the listing's own sentences on them, or that it states none.
        ...(TIME_ZONE.test(plan.question)
          ? quotes(
              'Time zones',
              statementsOf(l)
                .filter((s) => TIME_ZONE.test(statementText(s)))
                .slice(0, 2),
              'the listing states no time-zone restriction',
            )
          : []),
        ...(fit ? [`- You asked about ${fit}`] : []),
      ];
    }
    case 'years':
      return [
        `- Experience: ${l.yearsMin !== null ? `${l.yearsMin}+ years asked` : 'does not state a number of years'} ${c}`,
        ...evidenceFor(l, 'years')
          .slice(0, 1)
          .map((s) => `- In its words: “${clip(statementText(s), 240)}” ${c}`),
      ];
    case 'visa': {
      const t = relocationTerms(l.description);
      return [
        `- Relocation/visa: ${t.offered ? 'offered' : t.refused ? 'they cannot sponsor' : 'not mentioned'}${t.evidence ? `: “${clip(t.evidence, 180)}”` : ''} ${c}`,
      ];
    }
    case 'interview': {
      // Each stage on its own line, with its length and what it covers ("Design (90 min): design
      // repayment collection for a loan with a failed direct debit…"): none clipped away.
      const stages = evidenceFor(l, 'interview');
      if (stages.length <= 2)
        return quotes('Selection process', stages, 'the listing does not describe its interview process');
      return [
        `- Selection process, in its words ${c}:`,
        ...stages.map((s) => `  - “${clip(statementText(s), 220)}”`),
      ];
    }
    case 'language':
      return quotes('Language', evidenceFor(l, 'language'), 'the listing names no spoken language');
    case 'duration':
      return quotes('Length and start', evidenceFor(l, 'duration'), 'the listing states no length or start');
    case 'employment':
      return [
        `- Employment: ${l.employmentType ?? 'not stated as a field'} ${c}`,
        ...evidenceFor(l, 'employment')
          .slice(0, 2)
          .map((s) => `- In its words: “${clip(statementText(s), 240)}” ${c}`),
      ];
    case 'team':
      return quotes('Team', evidenceFor(l, 'team'), 'the listing says nothing about the team');
    case 'duties':
      return dutyLines(l, c, plan.question);
    case 'terms':
      // What the listing itself says about each term asked (equity, on-call…), in its own words:
      // "how many days off and how does on-call work" asks two.
      return termsOf(plan).flatMap((term) => {
        const said = evidenceFor(l, 'terms', term);
        return said.length
          ? said.map((x) => `- ${term}: “${clip(statementText(x), 240)}” ${c}`)
          : [`- ${term ?? 'That'}: the listing does not mention it ${c}`];
      });
    case 'skills':
      return skillLines(l, c);
    default:
      return [
        // (the pay, asked beside the overview, has lines of its own)
        `- ${l.location} (${mode}); level ${l.seniority}${l.yearsMin !== null ? `, ${l.yearsMin}+ years` : YEARS_ASKED.test(plan.question) ? ', does not state a number of years' : ''}${plan.aspects?.includes('pay') ? '' : `; pay ${l.salary ? `${fmt(l.salary.min)}–${fmt(l.salary.max)} ${l.salary.currency} per ${l.salary.period}` : 'not posted'}`} ${c}`,
        `- Asks for: ${l.skillDetails
          .filter((s) => s.required && s.category !== 'leadership')
          .map((s) => s.name)
          .slice(0, 10)
          .join(', ')}`,
      ];
  }
}

const ASPECT_WORDS: Record<Aspect, string> = {
  pay: 'pay',
  work_mode: 'work mode and place',
  years: 'years asked',
  visa: 'relocation and visas',
  interview: 'selection process',
  duties: 'duties',
  skills: 'stack and skills',
  terms: 'terms',
  language: 'language',
  duration: 'length and start',
  employment: 'employment type',
  team: 'team',
  overview: 'overview',
};

function aspectsAsked(plan: AnswerPlan): Aspect[] {
  return plan.aspects?.length ? plan.aspects : [plan.aspect ?? 'overview'];
}

/** The job terms asked of one listing: the plan's, then any other the question names (not the kind of contract). */
function termsOf(plan: AnswerPlan): Array<AnswerPlan['term']> {
  const others = termsAsked(plan.question).filter(
    (t) => t !== plan.term && t !== 'contract' && t !== 'part-time',
  );
  return [plan.term, ...(plan.term ? others : [])];
}

function aspectTitle(plan: AnswerPlan): string {
  return aspectsAsked(plan)
    .map((a) => (a === 'terms' && plan.term ? termsOf(plan).join(', ') : ASPECT_WORDS[a]))
    .join(', ');
}

// A phrase the member quotes from a listing ("says to 'mention the Akka question'"): quotes that
// open after a space or bracket and close before punctuation, so "what's" and "don't" are none.
const QUOTED = /(?:^|[\s(—–-])['‘"“]([^'‘’"“”]{4,120}?)['’"”](?=[\s,.;:!?)—–-]|$)/g;

/**
 * What a quoted phrase refers to in the listing: the statements, other than the one it is quoted
 * from, that share its words (by stem, rarer words weighing more; "mention the Akka question" →
 * "Akka licensing. We're on the last Apache-licensed Akka release…"), at most two, best first.
 */
function quotedLines(l: ListingDetail, plan: AnswerPlan, c: string): string[] {
  const phrases = [...plan.question.matchAll(QUOTED)].map((m) => m[1]!.trim());
  if (!phrases.length) return [];
  const all = statementsOf(l).map((s) => {
    const text = statementText(s);
    const seq = (`${s.heading} ${text}`.toLowerCase().match(/[a-z]{3,}/g) ?? []).map((w) => stemmer(w));
    return { text, seq, stems: new Set(seq) };
  });
  const out: string[] = [];
  for (const phrase of phrases) {
    const words = [...new Set(contentWords(phrase).map((w) => stemmer(w)))];
    if (!words.length) continue;
    const norm = (t: string) =>
      t
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    const source = all.find((x) => norm(x.text).includes(norm(phrase)));
    const df = (w: string) => all.filter((x) => x.stems.has(w)).length;
    const scored = all
      .filter((x) => x !== source)
      .map((x) => ({
        x,
        score: words.reduce((sum, w) => sum + x.seq.filter((t) => t === w).length / Math.max(1, df(w)), 0),
        shared: words.filter((w) => x.stems.has(w)).length,
      }))
      .filter((y) => y.shared > 0)
      .sort((a, b) => b.score - a.score);
    if (source) out.push(`- Where it says “${clip(phrase, 80)}”: “${clip(source.text, 240)}” ${c}`);
    if (!scored.length) {
      out.push(`- The listing says nothing else about “${clip(phrase, 80)}” ${c}`);
      continue;
    }
    // A second statement only when it says nearly as much of the phrase as the first.
    const best = scored[0]!.score;
    for (const y of scored.slice(0, 2).filter((z) => z.score >= 0.75 * best))
      out.push(`- What it refers to: “${clip(y.x.text, 300)}” ${c}`);
  }
  return out;
}

// A heading or line saying what the listing does not need ("What we don't need", "not required").
const NOT_NEEDED =
  /\b(?:don['’]?t|do not|doesn['’]?t|does not|won['’]?t)\s+(?:\w+\s+)?(?:need|require|expect|care)\b|\bno need\b|\bnot (?:required|needed|necessary|a requirement)\b|\bwithout\b/i;
/** What the query reader gives of a question's skills. */
type SkillsRead = {
  skills: string[];
  impliedSkills?: string[];
  corrections?: Array<{ from: string; to: string }>;
};

// A skill asked of the listing as a need or a fit ("do they need k8s", "would it suit a Go person",
// "mentee has TS but zero kubernetes", "is X enough").
const SKILL_NEED_ASKED =
  /\b(?:need(?:s|ed)?|requir\w*|ask(?:s|ing)? for|want(?:s|ed)?|enough|suit\w*|fit\w*|without|zero|never|no|lack\w*|(?:i|he|she|they|mentee) (?:has|have|know)|experience (?:with|in)|must)\b/i;
const NICE_HEADING = /\b(?:nice|bonus|plus|helpful|would be great|not required)\b/i;

/**
 * The skills a question names, asked of one listing ("do they need k8s, or is TS + postgres
 * enough?"): for each, whether the listing asks for it, and when its text names it in another way
 * (under "What we don't need", as a nice-to-have) or not at all, that said in its words.
 */
function skillsAskedLines(
  l: ListingDetail,
  plan: AnswerPlan,
  c: string,
  understand: ((q: string) => SkillsRead) | undefined,
): string[] {
  if (!understand) return [];
  // Named by the member, not only implied by a word ("Akka" implies Scala).
  // A phrase quoted from the listing is its words, not the member's ask ("the Akka question").
  const read = understand(plan.question.replace(QUOTED, ' '));
  if (!SKILL_NEED_ASKED.test(plan.question)) return [];
  // Skills the listing is named by ("the Deepwell C++ lead", "the kiwaku game server role") are
  // how the member points at it, not what they ask of it.
  const naming = new Set(understand(`${l.title} ${l.id.replace(/-/g, ' ')}`).skills);
  // A short word read as a skill by its spelling ("perm" as Perl) is too unsure to answer for.
  const guessed = new Set(
    (read.corrections ?? [])
      .filter((c) => c.from.length <= 4 && c.from !== c.to)
      .map((c) => c.to.toLowerCase()),
  );
  const asked = read.skills
    .filter((s) => !read.impliedSkills?.includes(s) && !naming.has(s) && !guessed.has(s.toLowerCase()))
    .slice(0, 5);
  if (!asked.length) return [];
  const statements = statementsOf(l);
  // Each statement read once for every skill asked.
  const skillsOf = new Map(statements.map((x) => [x, understand(statementText(x)).skills]));
  const out: string[] = [];
  for (const skill of asked) {
    const own = l.skillDetails.find((d) => d.name === skill);
    const naming = statements.filter((x) => skillsOf.get(x)!.includes(skill));
    const denied = naming.find((x) => NOT_NEEDED.test(x.heading) || NOT_NEEDED.test(x.text));
    if (denied) {
      out.push(
        `- **${skill}**: not needed; the listing says so${denied.heading ? ` under “${denied.heading}”` : ''}: “${clip(statementText(denied), 200)}” ${c}`,
      );
    } else if (own?.required) {
      out.push(`- **${skill}**: asked for ${c}`);
    } else if (own || naming.length) {
      const where =
        naming.find((x) => NICE_HEADING.test(x.heading) || NICE_HEADING.test(x.text)) ?? naming[0];
      out.push(
        `- **${skill}**: ${own ? 'a nice-to-have, not a requirement' : 'named, not asked for'}${where ? `: “${clip(statementText(where), 200)}”` : ''} ${c}`,
      );
    } else out.push(`- **${skill}**: the listing does not mention it ${c}`);
  }
  return out;
}

/** Every aspect asked, answered for one listing. */
function listingAnswer(
  l: ListingDetail,
  plan: AnswerPlan,
  book: CitationBook,
  understand?: (q: string) => SkillsRead,
): string[] {
  // A sentence quoted for one aspect ("base pay … plus equity") is not quoted again for the next.
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of aspectsAsked(plan))
    for (const line of aspectLines(l, a, book, plan)) {
      const quote = /“(.*)”/.exec(line)?.[1];
      if (quote && seen.has(quote)) continue;
      if (quote) seen.add(quote);
      out.push(line);
    }
  // The member's own focus, when the question carries one: the skills it names, a phrase it quotes.
  const c = book.cite(l.id);
  for (const line of [...skillsAskedLines(l, plan, c, understand), ...quotedLines(l, plan, c)]) {
    const quote = /“([^”]*)”\s*\[/.exec(line)?.[1];
    if (quote && out.some((o) => o.includes(quote))) continue;
    out.push(line);
  }
  const also = alsoAsked(l, plan, out);
  if (also) out.push(`- Also in its words: “${clip(statementText(also), 240)}” ${c}`);
  return out;
}

// Words between two words said side by side that do not part them ("hours per week").
const PAIR_GAPS = new Set(['per', 'the', 'and', 'for']);
const stemSet = (text: string) =>
  new Set((text.toLowerCase().match(/[a-z]{3,}/g) ?? []).map((w) => stemmer(w)));

/**
 * A figure a question asks of a listing's system, and how its statement gives it in numbers: the
 * statement with the number is the answer ("what latency?" → "p99 budget: 40 ms end to end").
 */
const FIGURES_ASKED: Array<[RegExp, RegExp]> = [
  // "what kind of latency", "how fast must it respond": milliseconds, a p99.
  [
    /\b(?:latenc\w*|response times?|how fast|p9\d)\b/i,
    /\b\d+(?:\.\d+)?\s?(?:ms|milliseconds?|µs|microseconds?)\b|\bp9\d\b/i,
  ],
  // "how much traffic", "at what scale": a count of requests, events or users, or a rate.
  [
    /\b(?:traffic|scale|throughput|volumes?|how many (?:users|requests|customers|transactions|events))\b/i,
    /\b\d[\d.,]*\s?(?:[kKmMbB]|million|billion|thousand)?\s+(?:\w+\s)?(?:requests?|events?|messages?|users?|transactions?|journeys|payments|orders|rps|qps)\b|\bper second\b/i,
  ],
];

/**
 * What a question about one listing asks besides its aspects ("…and do contractors get any paid
 * time off?", "…are there night on-calls?"): the listing's statement, not quoted yet, that shares
 * the most of the question's other words (by stem; its name and title left out): two of them, or
 * one that no other statement of it has.
 */
function alsoAsked(l: ListingDetail, plan: AnswerPlan, said: string[]): Statement | undefined {
  const figure = FIGURES_ASKED.find(([asks]) => asks.test(plan.question))?.[1];
  // Its name, title and place, and what the lines already said cover, are no further thing asked;
  // nor is a word the aspects answered read as theirs ("rate" of the pay, "remote" of the work mode).
  const own = stemSet(`${l.company} ${l.title} ${l.location} ${said.join(' ')}`);
  const rules = aspectsAsked(plan).map((a) => ASPECT_EVIDENCE[a]?.text);
  const question = contentWords(plan.question).map((w) => [w, stemmer(w)] as const);
  const words = question.filter(([w]) => !rules.some((re) => re?.test(w))).map(([, st]) => st);
  const asked = [...new Set(words)].filter((w) => w.length >= 3 && !own.has(w));
  // One word alone picks a statement only in a question of several parts ("how long, what rate,
  // and are there night on-calls?").
  const parts = /,|;|\band\b|\?.*\?/i.test(plan.question);
  // Two words asked side by side ("paid time", "time off") and said side by side weigh more.
  // ("trial task" even where the interview answered reads both as its own), unless both were said.
  const pairs = question
    .slice(1)
    .map(([, w], i) => [question[i]![1], w] as const)
    .filter(([a, b]) => !own.has(a) || !own.has(b))
    .map(([a, b]) => `${a} ${b}`);
  if (!asked.length && !pairs.length && !figure) return undefined;
  const all = statementsOf(l).map((s) => {
    // "40 hours per week" reads as "hours week", as asked ("hours a week").
    const seq = (
      statementText(s)
        .toLowerCase()
        .match(/[a-z]{3,}/g) ?? []
    )
      .filter((w) => !PAIR_GAPS.has(w))
      .map((w) => stemmer(w));
    return { s, stems: new Set(seq), seq: new Set(seq.slice(1).map((w, i) => `${seq[i]} ${w}`)) };
  });
  const df = (w: string) => all.filter((x) => x.stems.has(w)).length;
  let best: { s: Statement; score: number } | undefined;
  for (const x of all) {
    const text = statementText(x.s);
    if (said.some((line) => line.includes(clip(text, 200)))) continue;
    const hits = asked.filter((w) => x.stems.has(w));
    const rare = parts && hits.some((w) => w.length >= 5 && df(w) === 1);
    const paired = pairs.filter((p) => x.seq.has(p)).length;
    // The statement with the most figures of the kind asked gives it best ("p99: 40 ms, 8 ms inside").
    const figures = figure ? (text.match(new RegExp(figure.source, 'gi'))?.length ?? 0) : 0;
    const gives = figures > 0;
    const score = hits.length + 2 * paired + (gives ? 2 + Math.min(figures, 3) : 0);
    if ((hits.length >= 2 || rare || paired || gives) && (!best || score > best.score))
      best = { s: x.s, score };
  }
  return best?.s;
}

export const company: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  if (plan.unknownCompany) {
    absent(input, plan.unknownCompany, 'company');
    return;
  }
  // Companies named together: each answered in turn, N the listings of all of them.
  if ((plan.compareCompanies?.length ?? 0) >= 2) {
    let total = 0;
    for (const name of plan.compareCompanies!) {
      company({
        ...input,
        plan: { ...plan, compareCompanies: undefined, filters: { ...plan.filters, company: name } },
      });
      total += out.n ?? 0;
      out.lines.push('');
    }
    out.lines.pop();
    out.n = total;
    return;
  }
  const sel = selectionOf(plan, ctx, input.deps);
  const ids = open(input, sel);
  const name = companyOfPlan(plan, ctx) ?? plan.filters.company ?? '';
  if (!ids.length) {
    const all = ctx.facts.ids({ company: name });
    out.lines.push(
      `${name} has ${all.length} open listing${all.length === 1 ? '' : 's'} in the corpus, none matching (${sel.applied.filter((a) => !a.startsWith('at ')).join(', ')}):`,
    );
    for (const id of all.slice(0, 3)) out.lines.push(`- ${oneLine(ctx.byId.get(id)!)} ${book.cite(id)}`);
    return;
  }
  out.lines.push(
    `${name}: ${ids.length} open listing${ids.length === 1 ? '' : 's'} in the corpus${described(
      plan,
      sel.applied.filter((a) => !a.startsWith('at ')),
      ids.length,
    )}; ${aspectTitle(plan)}:`,
  );
  for (const id of ids.slice(0, 4)) {
    const l = detail(ctx, id)!;
    out.lines.push(`**${l.title}**`);
    appendAll(out.lines, listingAnswer(l, plan, book, input.deps.understand));
  }
  // What the listings leave unsaid about interviews, the guide says in general.
  if (aspectsAsked(plan).includes('interview'))
    quoteGuides(
      input,
      'interview',
      ['guide-system-design-and-interviews'],
      [/^The usual interview loop/, /^What interviewers want/],
      2,
      /round|interview/i,
    );
};

export const listing: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  const l = plan.listingId ? detail(ctx, plan.listingId) : null;
  if (!l) {
    absent(input, plan.listingId ?? 'that listing', 'listing');
    return;
  }
  out.n = 1;
  out.lines.push(`**${l.title}** at ${l.company} ${book.cite(l.id)}: ${aspectTitle(plan)}`);
  appendAll(out.lines, listingAnswer(l, plan, book, input.deps.understand));
};

/**
 * What the company's listings are, as the filters applied and the level or place the question said
 * of them that narrowed nothing ("is Thornbury hiring a lead?": all of its listings are lead).
 */
function described(plan: AnswerPlan, applied: string[], n: number): string {
  const said = plan.companyDescribed;
  const words = [
    ...(said?.level ? [`${said.level === 'manager' ? 'manager' : said.level} level`] : []),
    ...applied,
    ...(said?.place ? [`in ${said.place}`] : []),
  ];
  if (!words.length) return '';
  return ` (${(said?.level || said?.place) && n > 1 ? 'all ' : ''}${words.join(', ')})`;
}
