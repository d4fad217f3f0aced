/**
 * A question no aggregate cue fits, answered from the guide sections it is about
 * (`plan.guideSections`, chosen by plan/guide-topic.ts): the sentences that carry the answer,
 * quoted and cited, the best one first so the first line answers the question.
 */
import { stemmer } from 'stemmer';
import { questionStems } from '../plan/guide-topic.js';
import type { Composer } from './context.js';
import { guideSentences } from './guides.js';
import { clip } from './text.js';

const MAX_QUOTES = 4;
// A bullet's label ("Protect the overlap. Use shared hours…"): a short title, then its point.
const LABELLED_POINT = /^[\p{Lu}][\p{L} '-]{2,30}\. \p{Lu}/u;

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
    // A lead-in announcing what follows ("If you are considering management, test it first.") goes
    // with the sentence after it, which says how.
    else if (line.trim()) for (const s of guideSentences(line)) units.push(s);
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
  // A survey of a guide's word on one topic (more than two sections chosen): the topic's own section
  // first, its best lines and its labelled points ("Rotate the pain.", "Write handovers."), then
  // each further section by its opening (what that section is about). Otherwise the best lines.
  const survey = sections.length > 2;
  const key = (c: { documentId: string; heading: string }) => `${c.documentId}#${c.heading}`;
  const primary = new Set(sections.slice(0, survey ? 1 : 2).map(key));
  const first = ranked.find((c) => primary.has(key(c))) ?? ranked[0]!;
  const rest = ranked
    .filter((c) => c !== first && c.score >= 0 && primary.has(key(c)))
    .slice(0, survey ? 2 : MAX_QUOTES - 1);
  if (survey) {
    const labelled = candidates.filter(
      (c) => primary.has(key(c)) && c !== first && !rest.includes(c) && LABELLED_POINT.test(c.sentence),
    );
    for (const c of labelled.slice(0, 4)) rest.push(c);
    for (const section of sections.slice(1))
      for (const c of candidates.filter((x) => key(x) === key(section)).slice(0, 2)) rest.push(c);
  }
  rest.sort((a, b) => a.order - b.order);
  out.quoted ??= new Map();
  const quote = (c: (typeof candidates)[number]) => {
    out.quoted!.set(c.documentId, [...(out.quoted!.get(c.documentId) ?? []), c.sentence]);
    return `“${clip(c.sentence, 300)}” ${book.cite(c.documentId)}`;
  };
  budgetWorked(plan.question, out.lines, out.figures);
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

// An SLO target and its window in the question ("99.9% over 30 days", "99.95% SLO, 28-day window").
const SLO_TARGET = /\b(\d{2}(?:\.\d+)?)\s*%/;
const SLO_WINDOW =
  /\b(\d{1,3})[- ]?(?:days?|d)\b|\b(?:a|per|one|the) (week|month|quarter|year)\b|\b(weekly|monthly|quarterly|yearly|annual)\b/i;
const WINDOW_DAYS: Record<string, number> = {
  week: 7,
  weekly: 7,
  month: 30,
  monthly: 30,
  quarter: 90,
  quarterly: 90,
  year: 365,
  yearly: 365,
  annual: 365,
};

/**
 * "A 99.9% SLO over 30 days gives how much error budget?": the arithmetic the guide's worked
 * example shows (the window in minutes times what the target leaves), on the question's numbers.
 */
function budgetWorked(question: string, lines: string[], figures: string[]): void {
  if (!/\b(?:error budgets?|slo|sla|availability|uptime|downtime)\b/i.test(question)) return;
  const target = SLO_TARGET.exec(question);
  const window = SLO_WINDOW.exec(question);
  if (!target || !window) return;
  const percent = Number(target[1]);
  const days = window[1] ? Number(window[1]) : WINDOW_DAYS[(window[2] ?? window[3])!.toLowerCase()]!;
  if (!(percent > 0 && percent < 100) || !days) return;
  const minutes = days * 24 * 60;
  const allowed = (minutes * (100 - percent)) / 100;
  const left = Number((100 - percent).toFixed(6));
  const say = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: n < 10 ? 2 : 1 });
  lines.push(
    `**About ${say(allowed)} minutes** of full outage${allowed >= 120 ? ` (${say(allowed / 60)} hours)` : ''}: ${days} days is ${say(minutes)} minutes, and ${percent}% leaves ${left}% of them to go wrong (or more time at partial degradation).`,
  );
  figures.push(`error budget: ${percent}% over ${days} days = ${say(allowed)} minutes`);
}
