/**
 * A question no aggregate cue fits, answered from the guide sections it is about
 * (`plan.guideSections`, chosen by plan/guide-topic.ts): the sentences that carry the answer,
 * quoted and cited, the best one first so the first line answers the question.
 */
import { stemmer } from 'stemmer';
import { questionStems } from '../plan/guide-topic.js';
import type { Composer } from './context.js';
import { clip, sentencesOf } from './text.js';

const MAX_QUOTES = 4;

const stemSet = (text: string) =>
  new Set(
    (text.toLowerCase().match(/[a-z][a-z'-]*[a-z]|[a-z]/g) ?? [])
      .flatMap((w) => w.split(/[-']/))
      .map((w) => stemmer(w)),
  );

/**
 * What a section says, point by point: each bullet whole ("Know your floor. Decide the lowest
 * total package…"), each paragraph sentence by sentence; a table's rows as `sentencesOf` reads them.
 */
function unitsOf(text: string): string[] {
  const units: string[] = [];
  for (const line of text.split('\n')) {
    const bullet = /^\s*(?:[-*•]|\d+[.)])\s+(.*\S)/.exec(line);
    if (bullet) units.push(bullet[1]!.replace(/\*\*/g, '').trim());
    else if (line.trim()) for (const s of sentencesOf(line)) units.push(s);
  }
  return units;
}

export const guideAnswer: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  const sections = plan.guideSections ?? [];
  const stems = questionStems(plan.question);
  const candidates: Array<{
    documentId: string;
    title: string;
    heading: string;
    sentence: string;
    score: number;
    order: number;
  }> = [];
  let order = 0;
  sections.forEach((section, rank) => {
    for (const doc of ctx.guides) {
      if (doc.documentId !== section.documentId || doc.heading !== section.heading) continue;
      for (const sentence of unitsOf(doc.text)) {
        const words = stemSet(sentence);
        let score = stems.filter((w) => words.has(w)).length - rank * 0.5;
        // A labelled point ("Know your floor. Decide…", "**Use real leverage.**") says something concrete.
        if (/^[\p{Lu}][\p{L} '-]{2,40}[.:] \S/u.test(sentence)) score += 0.5;
        // A lead-in ("…cover most negotiation over lead-level offers.") is the section's frame.
        if (
          /\b(?:following|these|several|a few)\b[^.]*\b(?:principles|signals|steps|things|points)\b/i.test(
            sentence,
          )
        )
          score += 0.25;
        if (sentence.length < 25) score -= 2;
        // A question's own words in a bullet's label ("Negotiate the whole package.") are its point.
        if (rank === 0) score += 0.1;
        candidates.push({
          documentId: doc.documentId,
          title: doc.title,
          heading: section.heading,
          sentence,
          score,
          order: order++,
        });
      }
    }
  });
  if (!candidates.length) return;
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.order - b.order);
  const first = ranked[0]!;
  const rest = ranked
    .slice(1)
    .filter((c) => c.score >= 0)
    .slice(0, MAX_QUOTES - 1)
    .sort((a, b) => a.order - b.order);
  out.quoted ??= new Map();
  const quote = (c: (typeof candidates)[number]) => {
    out.quoted!.set(c.documentId, [...(out.quoted!.get(c.documentId) ?? []), c.sentence]);
    return `“${clip(c.sentence, 300)}” ${book.cite(c.documentId)}`;
  };
  out.lines.push(`From the guide “${first.title}”, section **${first.heading}**: ${quote(first)}`);
  for (const c of rest)
    out.lines.push(`- ${c.heading === first.heading ? '' : `(${c.heading}) `}${quote(c)}`);
  out.lines.push(
    'This is guidance from the RoleRadar guides, not a count over the listings; ask about the listings themselves (pay, skills, work mode) for figures.',
  );
  out.figures.push(
    `guide sections quoted: ${[...new Set(candidates.map((c) => `${c.documentId}#${c.heading}`))].join(', ')}`,
  );
};
