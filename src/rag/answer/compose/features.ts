/**
 * Listings by a described feature (`plan.features`: "which lead roles have a take-home?", "any
 * roles where on-call is business hours only?"): every selected listing whose own text states the
 * feature, named with its words and cited, counted over the whole selection; then what the guides
 * say the feature is, when they name it.
 */
import { featureById, type ListingFeature } from '../../extract/listing-features.js';
import type { ComposeInput, Composer } from './context.js';
import { givenBy } from './given.js';
import { guideSentences } from './guides.js';
import { type Selection, scope, selectionOf } from './selection.js';
import { fewOrNone, LEVEL_NAMES, open } from './shared.js';
import { clip } from './text.js';

/** Listings named in full per feature; the rest are named by company in one line. */
const SHOWN = 12;

export const featureListings: Composer = (input) => {
  const { ctx, plan } = input;
  const sel = selectionOf(plan, ctx, input.deps);
  const ids = open(input, sel);
  const features = (plan.features ?? []).map(featureById).filter((f) => f !== undefined);
  if (!ids.length) {
    fewOrNone(input, sel, ids, features.map((f) => f.label).join(' or '));
    return;
  }
  features.forEach((f, i) => {
    if (i > 0) input.out.lines.push('');
    featureFound(input, sel, ids, f);
  });
  for (const f of features) guideSays(input, f);
};

/** One feature: how many of the selected listings state it, and each of them with its words. */
function featureFound(input: ComposeInput, sel: Selection, ids: string[], f: ListingFeature): void {
  const { ctx, book, out } = input;
  const hits = ids
    .map((id) => ({ id, said: givenBy<string[]>(ctx, `feature: ${f.id}`, id) }))
    .filter((h): h is { id: string; said: string[] } => h.said !== null);
  const within = scope(sel, ids.length).replace(/^all /, 'the ');
  out.figures.push(`listings stating ${f.label}: ${hits.length} of ${ids.length}`);
  if (!hits.length) {
    out.lines.push(
      `None of ${within} states ${f.label}. The listings can't tell you more than that; ask the employers you are interested in.`,
    );
    return;
  }
  out.lines.push(
    `${hits.length} of ${within} state${hits.length === 1 ? 's' : ''} ${f.label}${hits.length > SHOWN ? ` (the first ${SHOWN} shown)` : ''}:`,
  );
  for (const h of hits.slice(0, SHOWN)) {
    const l = ctx.byId.get(h.id)!;
    const level = LEVEL_NAMES[l.seniority as keyof typeof LEVEL_NAMES] ?? l.seniority;
    out.lines.push(
      `- **${l.company}**, ${l.title} (${l.location}; ${level}): “${clip(h.said[0]!, 240)}” ${book.cite(h.id)}`,
    );
    out.listed?.add(h.id);
  }
  const rest = hits.slice(SHOWN);
  if (rest.length)
    out.lines.push(
      `- Also: ${rest.map((h) => `${ctx.byId.get(h.id)!.company} ${book.cite(h.id)}`).join(', ')}.`,
    );
  const silent = ids.length - hits.length;
  if (silent)
    out.lines.push(`The other ${silent} do not state it (silence is no promise either way; ask them).`);
}

/** The guides' first sentence naming the feature ("…a code-review exercise, where you comment on a flawed pull request"). */
function guideSays(input: ComposeInput, f: ListingFeature): void {
  const { ctx, book, out } = input;
  for (const doc of ctx.guides)
    for (const sentence of guideSentences(doc.text)) {
      if (!f.states.test(sentence) || f.denies?.test(sentence)) continue;
      out.lines.push(`From the guides: “${clip(sentence, 260)}” ${book.cite(doc.documentId)}`);
      out.quoted ??= new Map();
      out.quoted.set(doc.documentId, [...(out.quoted.get(doc.documentId) ?? []), sentence]);
      return;
    }
}
