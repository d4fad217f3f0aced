/**
 * The spoken languages a listing asks for ("Very good German (C1)", "Spanish for daily work",
 * "German is helpful but not required"), each with how it asks and the words that say so. Read
 * from the listing's own text: a language named as a language (not "a German insurer", "the
 * French market", "Polish" the verb in lower case), in a requirement-like sentence or bullet,
 * under the heading it sits under ("Nice to have", "Must-haves").
 */

/** How a listing asks for a language. */
export type LanguageStance =
  /** Needed for the job ("Fluent Spanish is required", "Spanish for daily work", a must-have). */
  | 'required'
  /** Helps, a plus, or said not to be required ("German is helpful but not required"). */
  | 'helpful'
  /** One of several, English among them ("Japanese or English at business level"). */
  | 'either';

export interface SpokenLanguage {
  language: string;
  stance: LanguageStance;
  /** The clause of the listing that says so, as written (markdown emphasis removed). */
  quote: string;
}

/** Languages as listings and members name them (canonical name first). */
export const SPOKEN_LANGUAGES: ReadonlyArray<[string, RegExp]> = [
  ['English', /english/],
  ['German', /german|deutsch/],
  ['Spanish', /spanish|espa[nñ]ol|castilian/],
  ['French', /french/],
  ['Dutch', /dutch|flemish/],
  ['Portuguese', /portuguese/],
  ['Polish', /polish/],
  ['Italian', /italian/],
  ['Japanese', /japanese/],
  ['Korean', /korean/],
  ['Mandarin', /mandarin|chinese|cantonese/],
  ['Ukrainian', /ukrainian/],
  ['Russian', /russian/],
  ['Swedish', /swedish/],
  ['Norwegian', /norwegian/],
  ['Danish', /danish/],
  ['Finnish', /finnish/],
  ['Czech', /czech/],
  ['Romanian', /romanian/],
  ['Arabic', /arabic/],
  ['Hebrew', /hebrew/],
  ['Turkish', /turkish/],
  ['Greek', /greek/],
  ['Hindi', /hindi/],
  ['Vietnamese', /vietnamese/],
  ['Thai', /thai/],
  ['Bahasa Indonesia', /bahasa(?: indonesia| melayu)?|indonesian|malay/],
  ['Filipino', /filipino|tagalog/],
  ['Catalan', /catalan/],
  ['Basque', /basque/],
];

const NAMES = SPOKEN_LANGUAGES.map(([, re]) => re.source).join('|');
/** A language named in a listing: capitalised, as English writes it. */
const IN_TEXT = new RegExp(
  `\\b(${NAMES.split('|')
    .map((n) => n.replace(/^[a-z]/, (c) => c.toUpperCase()))
    .join('|')})\\b`,
  'g',
);

/** The canonical name of a language as written ("Deutsch" → German), or undefined. */
export function languageName(word: string): string | undefined {
  const w = word.toLowerCase();
  return SPOKEN_LANGUAGES.find(([, re]) => new RegExp(`^(?:${re.source})$`).test(w))?.[0];
}

// What may follow a language named as a language: the end, punctuation, a joiner or a word about
// how it is asked ("German at B2", "Spanish for daily work", "Polish not required"); a noun after
// it makes it an adjective ("German property insurer", "French interoperability frameworks").
const AFTER_LANGUAGE =
  /^(?:\s*$|\s*[.,;:!?)(—–]|\s+-\s|\s+(?:or|and|at|is|are|was|for|day|daily|helps?|helpful|not|required|needed|language|languages|level|skills?|speakers?|speaking|fluency|proficiency|would|will|as|also|too|to|with|but|in|on|a|an|every|each|both|well|fluently|only|B[12]|C[12]|A[12]|Indonesia|Melayu)\b)/;

// Words of a window that say a language helps or is not needed.
const HELPFUL =
  /\b(?:plus|advantage|asset|helps?|helpful|useful|nice|bonus|welcome|valued|preferred|appreciated|desirable|extra credit|even better|good to have|not (?:a )?requir\w*|isn['’]t required|not needed|never required|optional|not necessary|not mandatory|no need)\b/i;
// Words that say it is needed, or at what level (a level asked is a requirement).
const REQUIRED =
  /\b(?:required|requires?|requirement|must|mandatory|essential|needed|need|fluent|fluency|native|very good|good|strong|professional|business[- ]level|at business level|conversational|working|proficien\w*|[ABC][12]\+?|JLPT|CEFR|day to day|day-to-day|daily|every day|communication)\b/i;
// A heading under which everything helps rather than is needed.
const HELPFUL_HEADING =
  /\b(?:nice|plus|bonus|preferred|desirable|useful|helpful|helps|good to have|even better|extra credit|welcome|not required|advantage|optional|would be great|also valued|valued)\b/i;
const REQUIRED_HEADING =
  /\b(?:must|require\w*|qualifications|you (?:probably )?have|what you (?:need|bring)|your profile|your experience|you bring|we(?:'re| are) looking for|about you|who you are|you should)\b/i;
// A window that speaks of a language as used or asked at all (otherwise it is only named).
const LANGUAGE_CONTEXT =
  /\b(?:speak\w*|spoken|language|languages|write|written|writing|read|reading|documentation|docs|meetings?|stand-?ups?|interviews?|bilingual|works? in|work in|use|used)\b/i;

/** Markdown emphasis and links out, so words match across formatting. */
function plain(text: string): string {
  return text.replace(/\*\*|__|`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

interface Found {
  language: string;
  stance: LanguageStance;
  explicit: boolean;
  quote: string;
}

/**
 * Every spoken language the listing's text asks for, one entry per language: the most telling
 * statement (a stated stance before an implied one; "required" before "helpful" before "either").
 */
export function spokenLanguages(description: string): SpokenLanguage[] {
  const found: Found[] = [];
  let heading = '';
  for (const raw of description.split('\n')) {
    const line = plain(raw).trim();
    if (!line) continue;
    const bullet = /^[-*•]\s+/.test(line);
    // A heading: "## Nice to have", "**Must-haves:**", "It's a plus if you have:".
    if (
      /^#{1,6}\s/.test(raw.trim()) ||
      /^\*\*[^*]+\*\*:?$/.test(raw.trim()) ||
      (!bullet && /:$/.test(line))
    ) {
      heading = line;
      continue;
    }
    // "**Bonus:** energy markets …; German or Italian.": the label heads its own line.
    const label = /^\*\*([^*]{1,40}?):?\*\*:?\s/.exec(raw.trim());
    const lineHeading = label ? label[1]! : bullet ? heading : '';
    const body = line.replace(/^[-*•]\s+/, '');
    for (const sentence of body.split(/(?<=[.!?])\s+(?=[A-Z(“"])/)) {
      if (/\?\s*$/.test(sentence)) continue; // "Do I need Arabic?" asks, it does not ask for.
      for (const clause of clausesOf(sentence)) readClause(clause, lineHeading, bullet, found);
    }
  }
  const rank = (f: Found) =>
    (f.explicit ? 10 : 0) + (f.stance === 'required' ? 3 : f.stance === 'helpful' ? 2 : 1);
  const best = new Map<string, Found>();
  for (const f of found) {
    const had = best.get(f.language);
    if (!had || rank(f) > rank(had)) best.set(f.language, f);
  }
  return [...best.values()].map(({ language, stance, quote }) => ({ language, stance, quote }));
}

/** The languages of one clause, in groups ("Portuguese or Spanish"), each with its stance. */
function readClause(clause: string, heading: string, bullet: boolean, found: Found[]): void {
  const hits = [...clause.matchAll(IN_TEXT)].map((m) => ({
    name: languageName(m[1]!)!,
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (!hits.length) return;
  // Groups of languages joined by "or", "and", commas or a short "at … level or".
  const groups: Array<{ names: string[]; or: boolean; start: number; end: number }> = [];
  for (const h of hits) {
    const last = groups.at(-1);
    const gap = last ? clause.slice(last.end, h.start) : '';
    const joined = last && /^\s*(?:,\s*|\/\s*|,?\s*(?:or|and|and\/or)\s+)$/i.test(gap);
    const orLater = last && /^[^;]{0,60}\bor\s+$/i.test(gap) && !/\band\s+$/i.test(gap);
    if (last && (joined || orLater)) {
      last.names.push(h.name);
      if (/\bor\b/i.test(gap)) last.or = true;
      last.end = h.end;
    } else groups.push({ names: [h.name], or: false, start: h.start, end: h.end });
  }
  groups.forEach((g, i) => {
    // Named as an adjective ("German property insurer", "English or Portuguese classes").
    if (!AFTER_LANGUAGE.test(clause.slice(g.end))) return;
    const from = i > 0 ? groups[i - 1]!.end : 0;
    const to = i + 1 < groups.length ? groups[i + 1]!.start : clause.length;
    const window = clause.slice(from, to);
    let stance: LanguageStance | undefined;
    let explicit = true;
    if (HELPFUL.test(window) || (heading && HELPFUL_HEADING.test(heading))) stance = 'helpful';
    else if (REQUIRED.test(window)) stance = 'required';
    else if (heading && REQUIRED_HEADING.test(heading)) stance = 'required';
    else if (bullet || LANGUAGE_CONTEXT.test(window)) {
      stance = 'required';
      explicit = false;
    }
    const withEnglish = g.or && g.names.includes('English');
    // "Spanish or English is fine": either will do.
    if (!stance && withEnglish) {
      stance = 'either';
      explicit = false;
    }
    if (!stance) return;
    if (withEnglish && stance === 'required') stance = 'either';
    const quote = around(clause.trim().replace(/^[-*•]\s+/, ''), g.start, g.end);
    for (const name of g.names) {
      // English beside another language in an "or" is the alternative, not the ask.
      if (withEnglish && name === 'English') continue;
      found.push({ language: name, stance, explicit: explicit && !withEnglish, quote });
    }
  });
}

/** The clause, or about 160 characters of it around the language when it is longer. */
function around(clause: string, start: number, end: number): string {
  if (clause.length <= 180) return clause;
  const from = Math.max(0, start - 90);
  const to = Math.min(clause.length, end + 70);
  return `${from > 0 ? '…' : ''}${clause.slice(from, to).trim()}${to < clause.length ? '…' : ''}`;
}

/** A sentence's clauses, split at semicolons outside parentheses ("Dutch or German (not required; we work in English)"). */
function clausesOf(sentence: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      out.push(sentence.slice(start, i));
      start = i + 1;
    }
  }
  out.push(sentence.slice(start));
  return out.map((x) => x.trim()).filter(Boolean);
}
