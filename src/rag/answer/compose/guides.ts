/** Quotes from the RoleRadar guides (`quoteGuides`). */

import { stemmer } from 'stemmer';
import type { DocumentPassage } from '../../../storage/corpus/facts.js';
import type { Intent, PlanLevel } from '../plan/index.js';
import type { ComposeInput } from './context.js';
import { LEVEL_NAMES } from './shared.js';
import { cap, clip, contentWords, sentencesOf } from './text.js';

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
): void {
  const { ctx, book, out, plan } = input;
  const wanted = Array.isArray(headings) ? headings : [headings];
  const words = contentWords(plan.question);
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
    for (const sentence of sentencesOf(doc.text)) {
      const lower = sentence.toLowerCase();
      let score = words.filter((w) => lower.includes(w.slice(0, Math.max(4, w.length - 2)))).length;
      if (topic?.test(sentence)) score += spread ? 3 : 2;
      // Said to the level asked about ("As a lead, you will often act as IC…").
      if (spread && /\bas (?:a|the) lead\b|\bleads? (?:may|will|should|often|usually)\b/i.test(sentence))
        score += 1;
      // A sentence that restates the question ("The question candidates ask most is…") answers nothing.
      if (/\bthe question\b[^.]*\b(?:is|are)\b|\bask(?:s|ed)? most\b/i.test(sentence)) score -= 3;
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
  out.lines.push(max > 1 || out.lines.length === 0 ? 'From the guides:' : '');
  if (out.lines[out.lines.length - 1] === '') out.lines.pop();
  for (const c of chosen) {
    out.lines.push(`- “${clip(c.sentence, 300)}” ${book.cite(c.doc.documentId)}`);
    out.quoted.set(c.doc.documentId, [...(out.quoted.get(c.doc.documentId) ?? []), c.sentence]);
  }
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
        return true;
      }
    }
  }
  return false;
}
