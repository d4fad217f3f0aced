/** Quotes from the RoleRadar guides (`quoteGuides`). */

import { stemmer } from 'stemmer';
import type { DocumentPassage } from '../../../storage/corpus/facts.js';
import { appendAll } from '../../sources/types.js';
import { guideIntent, questionStems, scoreSections } from '../plan/guide-topic.js';
import type { Intent, PlanLevel } from '../plan/index.js';
import type { ComposeInput } from './context.js';
import { LEVEL_NAMES } from './shared.js';
import { cap, clip, contentWords, sentencesOf } from './text.js';

const ROLE_STEMS = new Set(['engin', 'lead', 'backend', 'role', 'job']);

/**
 * A guide's sentences; a labelled list item ("- **Incident commander (IC):** owns the response.
 * Decides priorities… Does *not* debug.") is one, whole: its later sentences say what the label
 * does and, short, would be lost apart.
 */
export function guideSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const item = /^\s*(?:[-*•]|\d+[.)])\s+\*\*[^*]{2,60}?(?::\*\*|\*\*:|\.\*\*)\s*\S/.test(line)
      ? line
          .replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '')
          .replace(/\*/g, '')
          .replace(/\s+/g, ' ')
          .trim()
      : '';
    if (item && item.length <= 300 && /[.!?]\s+\S/.test(item)) out.push(item);
    else {
      // A short lead-in ("Then build an evidence file.") is too short to quote alone, and one that
      // announces what follows ("If you are considering management, test it first.") says nothing
      // without it: each goes with the sentence after it.
      const shorts = [
        ...line.matchAll(
          /(?:^|[.!?]\s+)([A-Z](?:[^.!?]{5,37}|[^.!?]{5,80}\b(?:first|as follows|like this))[.!?])(?=\s+[A-Z])/g,
        ),
      ].map((m) => m[1]!);
      for (const s of sentencesOf(line))
        if (!shorts.includes(s))
          out.push(shorts.find((lead) => line.includes(`${lead} ${s}`))?.concat(` ${s}`) ?? s);
    }
  }
  return out;
}

/**
 * Quotes the sentences of the guides that carry the answer: from the sections whose heading
 * matches, the sentences that share the most words with the question (and the topic words).
 */
export function quoteGuides(
  input: ComposeInput,
  _intent: Intent,
  guideIds: string[],
  headings: RegExp | RegExp[],
  max: number,
  topic?: RegExp,
  /** Quote the best sentence of each section first (an answer that spans them), then the rest. */
  spread = false,
  /** Sentences that say what the question asks besides the topic ("what NOT to do": what a role does not do). */
  prefer?: RegExp,
): void {
  const { ctx, book, out, plan } = input;
  const wanted = Array.isArray(headings) ? headings : [headings];
  const words = contentWords(plan.question);
  // "engineering" is no topic where "engineer" is none: a stem shared with a word left out is no match.
  const stems = words.map((w) => stemmer(w)).map((st) => (ROLE_STEMS.has(st) ? '' : st));
  const candidates: Array<{
    doc: DocumentPassage;
    sentence: string;
    score: number;
    order: number;
    rank: number;
  }> = [];
  let order = 0;
  for (const doc of ctx.guides) {
    if (!guideIds.includes(doc.documentId)) continue;
    const headingRank = wanted.findIndex((h) => h.test(doc.heading ?? ''));
    if (headingRank < 0) continue;
    // What a sentence that restates the question matched, handed to the sentence after it, which
    // carries the answer ("The question candidates ask most is how much a
    // lead actually codes." → "A common pattern is somewhere between 30% and 60% hands-on…").
    let carried = 0;
    for (const sentence of guideSentences(doc.text)) {
      const lower = sentence.toLowerCase();
      const own = stemsOf(sentence);
      // A question word matches by its stem too ("debugging" ~ "debug", "companies" ~ "company").
      const hits = words.filter(
        (w, i) =>
          (stems[i] !== '' && own.has(stems[i]!)) || lower.includes(w.slice(0, Math.max(4, w.length - 2))),
      );
      let score = hits.length + carried;
      carried = 0;
      if (topic?.test(sentence)) score += spread ? 3 : 2;
      if (prefer?.test(sentence)) score += 2;
      // Said to the level asked about ("As a lead, you will often act as IC…").
      if (spread && /\bas (?:a|the) lead\b|\bleads? (?:may|will|should|often|usually)\b/i.test(sentence))
        score += 1;
      // A sentence that restates the question ("The question candidates ask most is…") answers nothing.
      if (/\bthe question\b[^.]*\b(?:is|are)\b|\bask(?:s|ed)? most\b/i.test(sentence)) {
        score -= 3;
        carried = hits.length + 1;
      }
      // A lead-in ("…by a fairly consistent set of signals.") carries nothing on its own.
      if (
        /\b(?:set of|following|these|several|a few) (?:[a-z]+ )?(?:signals|things|steps|stages|areas|questions|points)\b|\b(?:signals|stages)\.$/i.test(
          sentence,
        )
      )
        score -= 3;
      // A labelled step ("Architecture deep dive (45–60 min): You present…") says something concrete.
      if (/^[\p{Lu}][\p{L} -]{2,40}(?: \([^)]*\))?: \S/u.test(sentence)) score += 1;
      score += (wanted.length - headingRank) * 0.5 + guideIds.length - guideIds.indexOf(doc.documentId);
      candidates.push({ doc, sentence, score, order: order++, rank: headingRank });
    }
  }
  const ranked = candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  const firsts = spread
    ? wanted
        .map((_, rank) => ranked.find((c) => c.rank === rank && (!topic || topic.test(c.sentence))))
        .filter((c): c is (typeof ranked)[number] => c !== undefined)
    : [];
  const chosen = [...new Set([...firsts, ...ranked])].slice(0, max).sort((a, b) => a.order - b.order);
  if (!chosen.length) return;
  out.quoted ??= new Map();
  // Quotes following quotes of the guides go on under the same heading.
  const continuing = out.lines.includes('From the guides:') && /^- “/.test(out.lines.at(-1) ?? '');
  out.lines.push(!continuing && (max > 1 || out.lines.length === 0) ? 'From the guides:' : '');
  if (out.lines[out.lines.length - 1] === '') out.lines.pop();
  const steps = stepsAsked(input, guideIds, wanted);
  if (steps) out.lines.push(steps);
  for (const c of chosen) {
    out.lines.push(`- “${clip(c.sentence, 300)}” ${book.cite(c.doc.documentId)}`);
    out.quoted.set(c.doc.documentId, [...(out.quoted.get(c.doc.documentId) ?? []), c.sentence]);
  }
}

/**
 * A section the question names by its heading ("structure a design round" ~ "A structure for
 * design rounds") that is a list of labelled steps is answered by the steps, all of them, in one
 * line ("Clarify (5–8 min), Estimate (3–5 min), …"): one sentence of it leaves the rest out.
 */
function stepsAsked(input: ComposeInput, guideIds: string[], wanted: RegExp[]): string | undefined {
  const { ctx, book, plan } = input;
  const asked = new Set(contentWords(plan.question).map((w) => stemmer(w)));
  for (const doc of ctx.guides) {
    if (!guideIds.includes(doc.documentId) || !wanted.some((h) => h.test(doc.heading ?? ''))) continue;
    const shared = [...stemsOf(doc.heading ?? '')].filter((w) => w.length > 2 && asked.has(w));
    if (shared.length < 2) continue;
    const labels = [...doc.text.matchAll(/^\s*(?:[-*•]|\d+[.)])\s+\*\*([^*]{2,60}?)[.:]?\*\*/gm)].map((m) =>
      m[1]!.replace(/[.:]$/, ''),
    );
    if (labels.length < 3) continue;
    input.out.figures.push(`guide steps from ${doc.documentId}: ${labels.length}`);
    return `- ${doc.heading}, step by step: ${labels.join(', ')} ${book.cite(doc.documentId)}`;
  }
  return undefined;
}

// A guide table's column heading, read as the level it describes.
const COLUMN_LEVELS: Array<[RegExp, PlanLevel]> = [
  [/\bsenior\b/i, 'senior'],
  [/\bstaff\b/i, 'staff'],
  [/\bprincipal\b/i, 'principal'],
  [/\bmanager\b/i, 'manager'],
  [/\bEM\b/, 'manager'],
  [/\blead\b/i, 'lead'],
];
// Row labels too general to say what was asked on their own ("share", "looks like").
const ROW_FILLER = new Set(['main', 'typic', 'look', 'like', 'share', 'the', 'of']);
// The member's words for a comparison row ("manage people", "performance reviews", "line
// manager"): the row's own words, stemmed.
const ROW_SAID_AS: Array<[RegExp, string[]]> = [
  [
    /\b(?:manag\w* (?:people|engineers|a team|humans)|people management|perf(?:ormance)? reviews?|line[- ]manag\w*|(?:have|get|has) (?:any )?reports)\b/i,
    ['direct', 'report'],
  ],
];
const stemsOf = (text: string) => new Set((text.toLowerCase().match(/[a-z]+/g) ?? []).map((w) => stemmer(w)));

/** The markdown tables of a guide passage, each as rows of cells (its rule row left out). */
function tablesOf(text: string): string[][][] {
  const tables: string[][][] = [];
  let rows: string[][] = [];
  for (const line of [...text.split('\n'), '']) {
    if (/^\s*\|.*\|\s*$/.test(line)) {
      const cells = line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.replace(/\*\*/g, '').trim());
      if (!cells.every((c) => /^:?-{2,}:?$/.test(c))) rows.push(cells);
    } else if (rows.length) {
      tables.push(rows);
      rows = [];
    }
  }
  return tables;
}

/**
 * The stages of an interview loop as a guide's table gives them ("Stage | Typical length | …"):
 * each named with its length, in one line, and the sentence after the table on what some add.
 */
export function guideStages(input: ComposeInput): boolean {
  const { ctx, book, out } = input;
  for (const doc of ctx.guides) {
    for (const table of tablesOf(doc.text)) {
      const header = table[0]!;
      if (!/^(?:stages?|rounds?|steps?)$/i.test(header[0] ?? '') || table.length < 3) continue;
      const length = header.findIndex((h) => /\b(?:length|duration|time)\b/i.test(h));
      const named = table
        .slice(1)
        .map(
          (r) =>
            `${r[0]!.charAt(0).toLowerCase()}${r[0]!.slice(1)}${length > 0 && r[length] ? ` (${r[length]})` : ''}`,
        );
      const after = sentencesOf(doc.text.slice(doc.text.lastIndexOf('|') + 1))[0];
      out.lines.push(
        `The usual loop, stage by stage: ${named.join(', ')} ${book.cite(doc.documentId)}${after ? ` ${after}` : ''}`,
      );
      out.figures.push(`interview stages from ${doc.documentId}: ${named.length}`);
      return true;
    }
  }
  return false;
}

/**
 * A guide's comparison table, read row by row: when the question asks what one row says ("direct
 * reports", "coding share", "scope"), the cells of the levels compared are the verdict, said first
 * and cited ("Direct reports: lead usually no; sometimes a few; engineering manager yes").
 */
export function guideRowVerdict(input: ComposeInput, levels: PlanLevel[]): boolean {
  const { ctx, book, out, plan } = input;
  const asked = stemsOf(plan.question);
  // A row the member names in their own words ("manage people", "performance reviews": direct reports).
  for (const [re, words] of ROW_SAID_AS) if (re.test(plan.question)) for (const w of words) asked.add(w);
  let said = 0;
  for (const doc of ctx.guides) {
    for (const rows of tablesOf(doc.text)) {
      if (rows.length < 3) continue;
      const header = rows[0]!;
      const columns = header.map((h) => COLUMN_LEVELS.find(([re]) => re.test(h))?.[1]);
      if (!levels.every((l) => columns.includes(l))) continue;
      for (const row of rows.slice(1)) {
        const label = row[0] ?? '';
        const words = [...stemsOf(label)].filter((w) => !ROW_FILLER.has(w));
        if (!words.length || !words.every((w) => asked.has(w))) continue;
        const cells = levels.map((l) => {
          const cell = row[columns.indexOf(l)] ?? '';
          return `${cap(LEVEL_NAMES[l])}: ${cell.replace(/\.$/, '')}`;
        });
        out.lines.push(
          `**${label}**, by the guide's comparison table: ${cells.join('. ')}. ${book.cite(doc.documentId)}`,
        );
        out.figures.push(`guide table row ${label}: ${cells.join('; ')}`);
        // Two rows asked ("manage people… I want to keep coding"): both verdicts, in the table's order.
        if (++said === 2) return true;
      }
      if (said) return true;
    }
  }
  return said > 0;
}

/**
 * A guide section that is a table of labelled rows ("A typical week": Monday | Planning | Sprint
 * planning with the product manager…): each row, its label and focus first, then what it looks
 * like, and the sentence after the table that says what to notice. False when no such section.
 */
export function guideTable(input: ComposeInput, heading: RegExp): boolean {
  const { ctx, book, out } = input;
  for (const doc of ctx.guides) {
    if (!heading.test(doc.heading ?? '')) continue;
    const table = tablesOf(doc.text).find((t) => t.length >= 3 && t[0]!.length >= 2);
    if (!table) continue;
    const cite = book.cite(doc.documentId);
    out.lines.push(`From the guide, **${doc.heading}**, day by day ${cite}:`);
    for (const row of table.slice(1)) {
      const [label, focus, ...rest] = row;
      const what = rest.join(' ').trim();
      out.lines.push(`- ${label}${focus ? ` (${focus})` : ''}${what ? `: ${clip(what, 200)}` : ''}`);
    }
    // The section may be stored in several passages: what follows the table is in one of them.
    const rest = ctx.guides
      .filter((g) => g.documentId === doc.documentId && g.heading === doc.heading)
      .map((g) => g.text.slice(g.text.lastIndexOf('|') + 1))
      .join('\n');
    const after = sentencesOf(rest).find((x) => /\b(?:most|mainly|mostly) of\b/i.test(x));
    if (after) out.lines.push(`${after.replace(/\*/g, '')} ${cite}`);
    out.quoted ??= new Map();
    out.quoted.set(doc.documentId, [
      ...(out.quoted.get(doc.documentId) ?? []),
      ...table.slice(1).map((r) => r.join(' ')),
    ]);
    out.figures.push(`guide table ${doc.heading}: ${table.length - 1} rows`);
    return true;
  }
  return false;
}

/**
 * A guide section of labelled steps ("1. **Declare it.** …", "3. **Mitigate before diagnosing.** …"),
 * given in one line, every step, in order: the playbook a "what should they do" asks for.
 */
export function guideSteps(input: ComposeInput, guideId: string, heading: RegExp): boolean {
  const { ctx, book, out } = input;
  const labels: string[] = [];
  let name = '';
  for (const doc of ctx.guides) {
    if (doc.documentId !== guideId || !heading.test(doc.heading ?? '')) continue;
    name = doc.heading ?? '';
    for (const m of doc.text.matchAll(/^\s*(?:[-*•]|\d+[.)])\s+\*\*([^*]{2,60}?)[.:]?\*\*\s*([^\n]*)/gm))
      labels.push(
        `${m[1]!.replace(/[.:]$/, '')} (${clip(sentencesOf(m[2]!)[0] ?? '', 70).replace(/\.$/, '')})`,
      );
  }
  if (labels.length < 3) return false;
  out.lines.push(`- ${name}, step by step: ${labels.join('; ')} ${book.cite(guideId)}`);
  out.figures.push(`guide steps from ${guideId}: ${labels.length}`);
  return true;
}

// The intents whose answer a guide section the question names belongs in: descriptive ones, and
// pay ("how should members read a posted range?"); never a count nor one listing's details.
const SECTION_NAMED_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  'duties',
  'readiness',
  'career_path',
  'interview',
  'level_compare',
  'requirements',
  'work_mode',
  'pay',
  'job_terms',
  'visa_relocation',
]);
// How clearly the question has to name a section: two of its heading's words, and a clear match.
const NAMED_SCORE = 10;
const NAMED_POINTS = 7;
// How far ahead of the next section one named by a single heading word has to be.
const ONE_WORD_LEAD = 1.8;
// A sentence that only introduces the points after it ("A few habits help:", "…a handful of questions.").
const LEAD_IN = /:\s*$|\b(?:a few|several|a handful|the following|these (?:habits|steps|questions))\b/i;

/**
 * The guide section the question names by its heading's own words ("working across time zones",
 * "a self-check", "how to read a posted range", "without becoming a bottleneck"), quoted point by
 * point when the intent's own answer did not quote it; a second section the question also names
 * (two heading words) gives the points that share the question's words ("label your comments").
 */
export function namedSection(input: ComposeInput): void {
  const { ctx, book, out, plan } = input;
  if (!SECTION_NAMED_INTENTS.has(plan.intent) && !plan.guideSections) return;
  // A section the guide answer already chose is quoted there.
  const chosen = new Set((plan.guideSections ?? []).map((x) => `${x.documentId}#${x.heading}`));
  const ranked = scoreSections(plan.question, ctx.guides);
  const named = ranked.filter((r) => r.headingHits >= 2 && r.score >= NAMED_SCORE).slice(0, 2);
  // One rare heading word names a section too ("the path to CTO": "The small-company route to
  // CTO"), when it is of the guide the intent answers from and far ahead of every other section.
  const top = ranked[0];
  if (
    !named.length &&
    top &&
    top.headingHits >= 1 &&
    top.score >= NAMED_SCORE &&
    guideIntent(top.section.documentId) === plan.intent &&
    top.score >= ONE_WORD_LEAD * (ranked[1]?.score ?? 0)
  )
    named.push(top);
  const toQuote = named.filter((r) => !chosen.has(`${r.section.documentId}#${r.section.heading}`));
  if (!toQuote.length) return;
  const stems = new Set(questionStems(plan.question));
  const said = out.lines.join('\n');
  const lines: string[] = [];
  toQuote.forEach(({ section }, i) => {
    const doc = ctx.guides.find((g) => g.documentId === section.documentId);
    const text = sectionText(ctx.guides, section.documentId, section.heading);
    if (!doc || !text) return;
    const { sentences, items } = pointsOf(text);
    const fresh = (p: string) => !said.includes(clip(p, 60).replace(/…$/, ''));
    // A section the intent's own answer already quotes (the interview's prompts) was its choice:
    // what it left out of the section's list is added ("A production incident it had…" beside
    // the diagram and the numbers), its prose not repeated.
    // (A list the answer gave as its own, unquoted, is its choice of items: "system design prompts"
    // leaves the leadership ones out.)
    const quotedAlready = [...items, ...sentences].some((p) => !fresh(p));
    const quotedAsGuide = items.some((p) => said.includes(`“${clip(p, 60).replace(/…$/, '')}`));
    if (i === 0 && quotedAlready) {
      const left = items.filter(fresh);
      if (!quotedAsGuide || !left.length || left.length === items.length) return;
      lines.push(`Also from the guide's section **${section.heading}**:`);
      out.quoted ??= new Map();
      for (const p of left.slice(0, NAMED_POINTS)) {
        lines.push(`- “${clip(p, 260)}” ${book.cite(section.documentId)}`);
        out.quoted.set(section.documentId, [...(out.quoted.get(section.documentId) ?? []), p]);
      }
      out.figures.push(
        `guide section named by the question, completed: ${section.documentId}#${section.heading}`,
      );
      return;
    }
    // The section's own heading words say nothing new: a point is chosen by the question's others.
    const own = stemsOf(section.heading);
    const shared = (p: string) => [...stemsOf(p)].filter((w) => stems.has(w) && !own.has(w)).length;
    let chosen: string[];
    if (i === 0) {
      // Its points whole, then the paragraph's sentences that say something (not a lead-in), in order.
      const kept = items.slice(0, NAMED_POINTS);
      const room = NAMED_POINTS - kept.length;
      const prose = sentences.filter((x) => !LEAD_IN.test(x)).slice(0, Math.max(0, room));
      chosen = [...prose, ...kept].filter(fresh);
    } else
      chosen = [...items, ...sentences]
        .filter((p) => fresh(p) && shared(p) > 0)
        .sort((a, b) => shared(b) - shared(a))
        .slice(0, 2);
    if (!chosen.length) return;
    lines.push(`From the guide “${doc.title}”, section **${section.heading}**:`);
    out.quoted ??= new Map();
    for (const p of chosen) {
      lines.push(`- “${clip(p, 260)}” ${book.cite(section.documentId)}`);
      out.quoted.set(section.documentId, [...(out.quoted.get(section.documentId) ?? []), p]);
    }
    out.figures.push(`guide section named by the question: ${section.documentId}#${section.heading}`);
  });
  appendAll(out.lines, lines);
}

/**
 * A section's text, with the list that a lead-in line split off into a passage of its own ("Habits
 * that help:" then the bullets, stored under that line as their heading) joined back.
 */
function sectionText(guides: DocumentPassage[], documentId: string, heading: string): string {
  const parts: string[] = [];
  let inside = false;
  for (const g of guides) {
    if (g.documentId !== documentId) continue;
    if (g.heading === heading) {
      inside = true;
      parts.push(g.text);
    } else if (inside && /^\s*(?:[-*•]|\d+[.)])\s/.test(g.text) && (g.heading ?? '').length <= 40)
      parts.push(g.text);
    else inside = false;
  }
  return parts.join('\n');
}

/** A section's points: its list items whole (bold labels unmarked), and its paragraphs' sentences. */
function pointsOf(text: string): { sentences: string[]; items: string[] } {
  const sentences: string[] = [];
  const items: string[] = [];
  for (const line of text.split('\n')) {
    const item = /^\s*(?:[-*•]|\d+[.)])\s+(.*\S)/.exec(line);
    if (item) items.push(item[1]!.replace(/\*\*/g, '').trim());
    // A guide's short sentences are points of their own ("Ignoring failure modes until asked.").
    else if (line.trim() && !/^\s*\|/.test(line)) for (const x of sentencesOf(line, 25)) sentences.push(x);
  }
  return { sentences: sentences.filter((x) => x.length >= 25), items: items.filter((x) => x.length >= 25) };
}
