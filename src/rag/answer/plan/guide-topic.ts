/**
 * The guide section a question is about, when no aggregate cue fits it ("how do I negotiate a lead
 * offer?", "my company wants me to be tech lead but I hate meetings"): the planner's last branch
 * would tally skills; when a guide section matches the question well, the answer is that section,
 * quoted, under the intent of the guide it comes from.
 *
 * Sections are scored by the question's content words (stemmed) found in their heading, their
 * guide's title, and their text, each word weighted by how few sections hold it, so a word every
 * guide uses ("team", "work") chooses nothing.
 */
import { stemmer } from 'stemmer';
import type { Intent } from './types.js';

/** One guide passage, as the corpus stores it (a section may be split in several). */
export interface GuidePassage {
  documentId: string;
  title: string;
  heading: string | null;
  text: string;
}

export interface GuideTopic {
  intent: Intent;
  /** The sections that match, best first (documentId and heading). */
  sections: Array<{ documentId: string; heading: string }>;
}

// Words too general to choose a section: the role itself, the question's frame, fillers.
const STOP = new Set(
  'a an the and or of to in on for with what how do does did is are was were i im my me mine you your it its be being been as at by from that this these those which who whom when where why can should would could will shall may might must about into than then there their theirs they them we our us have has had not no yes so if but just more most much many some any very really also get got gets getting lead leads leading backend engineer engineers engineering role roles job jobs position positions company companies work working thing things stuff way ways good bad best make makes making want wants wanted know think thinks like lot lots people person someone anyone everyone one ones go going goes say says said tell actually even still ever never always usually typically often kind kinds sort type new today now time times year years day days back else other others well look looks looking need needs help'.split(
    ' ',
  ),
);

// Words a member says that the guides say otherwise (cv → the evidence of readiness).
const SAID_AS: Array<[RegExp, string[]]> = [
  [/\b(?:cv|resume|résumé|linkedin|portfolio)\b/i, ['evidence', 'readiness', 'show']],
  [/\bmeetings?\b/i, ['meeting', 'week', 'coding', 'leading']],
  [/\b(?:boss|my manager)\b/i, ['manager']],
  [/\bpromot\w*|\bpromos?\b/i, ['promotion', 'readiness']],
  // What goes in a promotion case: the evidence shown ("promo packet", "brag doc", "promotion case").
  [
    /\b(?:packets?|brag (?:docs?|documents?|sheets?)|promo(?:tion)? (?:case|docs?|documents?))\b/i,
    ['show', 'evidence'],
  ],
  // "do leads do performance reviews?", "handling an underperformer": whose job the people are.
  [
    /\b(?:perf(?:ormance)? (?:reviews?|management|conversations?)|under-?perform\w*|low performers?|pips?)\b/i,
    ['performance', 'manager', 'people'],
  ],
  // "is a lead expected to code?", "how hands-on are leads?", "do leads still write code": how much a
  // lead codes (never "code quality", "code review", "the codebase").
  [
    /\b(?:hands[- ]on|(?:still|write|writes|writing|much|to|they|leads?|i|you) cod(?:e|es|ing)\b(?!\s*(?:reviews?|quality|standards?|base|owners\w*))|coding (?:time|vs|versus|or|and (?:leading|managing|meetings))|how much (?:\w+ ){0,3}cod(?:e|es|ing)\b)/i,
    ['coding', 'split'],
  ],
  // "a senior who wants to become lead": the way there is what readiness looks like.
  [
    /\b(?:becom\w*|step(?:ping)? up to|mov(?:e|ing) up to|grow(?:ing)? into)\s+(?:an?\s+)?(?:tech\s+)?lead\b/i,
    ['readiness'],
  ],
  [/\b(?:raise|counter(?:[- ]?offer)?|lowball\w*)\b/i, ['negotiation', 'offer']],
  [/\b(?:visib\w*|noticed|recogni[sz]\w*)\b/i, ['show', 'readiness']],
  [/\btech(?:nical)? debt\b/i, ['technical', 'debt']],
  [/\b(?:burn(?:ed|t)? ?out|exhaust\w*|paged|pager)\b/i, ['on-call', 'alerting', 'health']],
  [/\b(?:outages?|incidents?|sev ?\d|firefight\w*)\b/i, ['incident']],
  [/\b(?:timezones?|time-zones?)\b/i, ['time', 'zones']],
  [/\b(?:pm|pms|product managers?|product owners?)\b/i, ['product']],
  // "a startup or a big company?": the company's stage.
  [
    /\b(?:start-?ups?|scale-?ups?|big (?:compan\w*|corp\w*|tech)|enterprises?|corporates?|early[- ]stage)\b/i,
    ['company', 'stage'],
  ],
  [/\b(?:junior|juniors|mentees?|coach\w*)\b/i, ['mentor', 'mentoring']],
  [/\b(?:pull requests?|prs?)\b/i, ['code', 'review']],
  [/\b(?:downtime|uptime|nines)\b|\b\d{2}\.\d+\s*%/i, ['error', 'budget', 'slo']],
  // The abbreviations and everyday names for what the guides spell out.
  [/\bEMs?\b|\b(?:an?|the|vs\.?|or|to|and) em\b|\beng(?:ineering)?\.? ?mgrs?\b/, ['engineering', 'manager']],
  [
    /\b(?:start-?ups?|scale-?ups?|small (?:shops?|teams?|firms?)|\d+[- ](?:person|people|ppl)\b)/i,
    ['small', 'company'],
  ],
  [/\b(?:leet[- ]?code|hacker[- ]?rank|algorithm (?:puzzles?|questions?)|dsa)\b/i, ['coding', 'puzzle']],
  // Two things set side by side ("the difference between an EM and a lead", "must-have vs nice").
  [/\b(?:vs\.?|versus|against|differen(?:ce|ces|t)|compar(?:e|ed|ing|ison))\b/i, ['versus', 'vs']],
];

// The intent each guide answers, by its id (a new guide with none of these words stays unchosen).
const GUIDE_INTENTS: Array<[RegExp, Intent]> = [
  [/compensation|salary|pay/, 'pay'],
  [/career/, 'career_path'],
  [/interview/, 'interview'],
  [/vs-|versus|-vs\b/, 'level_compare'],
  [/remote|distributed/, 'work_mode'],
  [/skills/, 'requirements'],
  [/incident|on-call|mentoring|product|roadmap|what-a-lead|does/, 'duties'],
];

/** The intent of the guide a section comes from. */
export function guideIntent(documentId: string): Intent | undefined {
  return GUIDE_INTENTS.find(([re]) => re.test(documentId))?.[1];
}

const stemsOf = (text: string): string[] =>
  (text.toLowerCase().match(/[a-z][a-z'-]*[a-z]|[a-z]/g) ?? [])
    .flatMap((w) => w.split(/[-']/))
    .filter((w) => w.length >= 2 && !STOP.has(w))
    .map((w) => stemmer(w));

/**
 * The question without who is asking or for whom ("mentor here:", "admin:", "explain to my mentee
 * what staff means"): the asker's role is no topic, unless mentoring itself is asked ("how do I
 * mentor a new lead?").
 */
export function withoutAsker(q: string): string {
  const rest = q.replace(ASKER_OPENING, ' ');
  if (MENTORING_ASKED.test(rest)) return rest;
  return rest.replace(SPOKEN_FOR, (m, article: string) => `${article} engineer`);
}
const ASKER_OPENING =
  /^\W*(?:(?:hi|hey|ok|so)\W+)?(?:(?:a|as a|fellow)\s+)?(?:mentor|mod|moderator|admin|organi[sz]er)(?:\s+(?:here|q|question|hat on))?\s*[:,\-–—]\s*/i;
const SPOKEN_FOR = /\b(a|an|my|our|the|one of my|for my|to my|to a|to the)\s+mentees?\b/gi;
// Mentoring asked as the topic: the verb, the practice, or the mentee's growth as such.
const MENTORING_ASKED =
  /\bmentor(?:s|ed|ing)?\b(?!\s*[:,])|\bmentorship\b|\b(?:grow|coach)\w*\s+(?:my|a|the)\s+mentees?\b/i;

/** The content stems of a question, with the guides' words for the member's own. */
export function questionStems(q: string): string[] {
  const asked = withoutAsker(q);
  const extra = SAID_AS.filter(([re]) => re.test(asked)).flatMap(([, words]) => words);
  return [...new Set([...stemsOf(asked), ...extra.flatMap((w) => stemsOf(w))])];
}

interface Section {
  documentId: string;
  heading: string;
  headingStems: Set<string>;
  titleStems: Set<string>;
  textStems: Set<string>;
}

const cache = new WeakMap<ReadonlyArray<GuidePassage>, Section[]>();
function sectionsOf(passages: ReadonlyArray<GuidePassage>): Section[] {
  let sections = cache.get(passages);
  if (sections) return sections;
  const byKey = new Map<string, Section>();
  for (const p of passages) {
    if (!p.heading) continue;
    const key = `${p.documentId}\u0000${p.heading}`;
    let s = byKey.get(key);
    if (!s) {
      s = {
        documentId: p.documentId,
        heading: p.heading,
        headingStems: new Set(stemsOf(p.heading)),
        titleStems: new Set(stemsOf(p.title)),
        textStems: new Set(),
      };
      byKey.set(key, s);
    }
    for (const w of stemsOf(p.text)) s.textStems.add(w);
  }
  sections = [...byKey.values()];
  cache.set(passages, sections);
  return sections;
}

// A heading too general to answer anything on its own ("Common mistakes", "Why this is the core").
const GENERAL_HEADING = /^(?:common mistakes|questions to ask|quick self-check|why\b)/i;

/** How well each section matches the question's stems: heading words count most, rare words more. */
export function scoreSections(
  q: string,
  passages: ReadonlyArray<GuidePassage>,
): Array<{ section: Section; score: number; headingHits: number }> {
  const sections = sectionsOf(passages);
  const stems = questionStems(q);
  const n = sections.length;
  const df = new Map<string, number>();
  for (const w of stems)
    df.set(w, sections.filter((s) => s.textStems.has(w) || s.headingStems.has(w)).length);
  return sections
    .map((section) => {
      let score = 0;
      let headingHits = 0;
      for (const w of stems) {
        const d = df.get(w) ?? 0;
        if (d === 0) continue;
        const idf = Math.log((n + 1) / d);
        if (section.headingStems.has(w)) {
          score += 2 * idf + 1;
          headingHits++;
        } else if (section.textStems.has(w)) score += idf;
        if (section.titleStems.has(w)) score += 0.5 * idf;
      }
      // A general heading ("Questions to ask…") counts less, unless the question names all of it
      // ("good questions to ask at the end of an interview": "Questions to ask in interviews").
      if (GENERAL_HEADING.test(section.heading) && headingHits < section.headingStems.size) score *= 0.6;
      return { section, score, headingHits };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
}

// How well a section has to match: a heading word and some rare words, or many rare words.
const MIN_SCORE = 6;

/**
 * The guide sections a question no aggregate cue fits is about, and the intent of their guide;
 * undefined when none matches well (the caller keeps its own answer).
 */
export function guideTopic(
  q: string,
  passages: ReadonlyArray<GuidePassage> | undefined,
): GuideTopic | undefined {
  if (!passages?.length) return undefined;
  const ranked = scoreSections(q, passages);
  // The best section a heading word names, unless one without any matches far better.
  // A section whose heading the question names by two of its words ("working across time zones")
  // comes before one matched by a single heading word and its text.
  const best =
    ranked.find((r) => r.headingHits >= 2 && r.score >= MIN_SCORE && r.score >= 0.75 * ranked[0]!.score) ??
    ranked.find((r) => r.headingHits > 0);
  if (!best || best.score < MIN_SCORE || best.score < 0.6 * ranked[0]!.score) return undefined;
  const intent = guideIntent(best.section.documentId);
  if (!intent) return undefined;
  // A second section of the same guide close behind adds to the answer ("what a lead does" spans two).
  const second = ranked.find(
    (r) => r !== best && r.section.documentId === best.section.documentId && r.score >= 0.75 * best.score,
  );
  return {
    intent,
    sections: [best, ...(second ? [second] : [])].map((r) => ({
      documentId: r.section.documentId,
      heading: r.section.heading,
    })),
  };
}

// A question with no job word at all must match a section more clearly to be taken as on topic.
const ON_TOPIC_SCORE = 8;

/**
 * Whether a guide section answers a question the planner would call off topic ("how do I write
 * an RFC that gets a decision?"): a heading word and a clear match.
 */
export function guideTopicFits(q: string, passages: ReadonlyArray<GuidePassage> | undefined): boolean {
  if (!passages?.length) return false;
  const best = scoreSections(q, passages)[0];
  return (
    best !== undefined &&
    best.headingHits > 0 &&
    best.score >= ON_TOPIC_SCORE &&
    guideIntent(best.section.documentId) !== undefined
  );
}
