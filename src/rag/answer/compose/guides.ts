/** Quotes from the RoleRadar guides (`quoteGuides`). */

import type { DocumentPassage } from '../../../storage/corpus/facts.js';
import type { Intent } from '../plan/index.js';
import type { ComposeInput } from './context.js';
import { clip, contentWords, sentencesOf } from './text.js';

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
        /\b(?:set of|following|these|several|a few) (?:signals|things|steps|stages|areas|questions|points)\b|\b(?:signals|stages)\.$/i.test(
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
