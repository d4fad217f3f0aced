/**
 * Listings by a described feature (`plan.features`: "which lead roles have a take-home?", "any
 * roles where on-call is business hours only?"): every selected listing whose own text states the
 * feature, named with its words and cited, counted over the whole selection; then what the guides
 * say the feature is, when they name it.
 */
import { stemmer } from 'stemmer';
import { featureById, LISTING_FEATURES, type ListingFeature } from '../../extract/listing-features.js';
import type { ComposeInput, Composer } from './context.js';
import { givenBy, givingAny } from './given.js';
import { guideSentences } from './guides.js';
import { type Selection, scope, selectionOf } from './selection.js';
import { fewOrNone, LEVEL_NAMES, open } from './shared.js';
import { clip, contentWords } from './text.js';

/** Listings named in full per feature; the rest are named by company in one line. */
const SHOWN = 12;
/** Listings named by company after those; more are counted ("…and 40 more"). */
const ALSO_NAMED = 20;

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

// Words that frame a question about listings, not what it asks of the feature ("which lead
// listings include…", "…for candidates").
const FRAME = new Set(
  'which what whose listing listings posting postings post posts role roles job jobs position positions opening openings company companies employer employers offer offers offering include includes including have has having state states say says mention mentions give gives provide provides feature features use uses ask asks want wants require requires expect expects candidate candidates applicant applicants people someone anyone folks mentee mentees member members level senior staff principal manager format practise practice there task tasks assignment assignments exercise exercises test tests project projects round rounds session sessions step steps stage stages challenge challenges only all whole even actually really still ever instead anything something'.split(
    ' ',
  ),
);
// Forms the stemmer does not bring together ("paid" and "pay").
const IRREGULAR: Record<string, string> = {
  paid: 'pay',
  pays: 'pay',
  paying: 'pay',
  gave: 'give',
  given: 'give',
};
const stemOf = (w: string) => stemmer(IRREGULAR[w] ?? w);

/**
 * What the question says of the feature besides naming it ("which roles **pay** candidates for the
 * take-home?", "a **short** take-home"): the content words of the clause that asks for it, other
 * than its frame, the feature's own words and its context (interview, on-call…), as stems.
 */
export function featureQualifiers(question: string, f: ListingFeature): string[] {
  const found = question.split(/[?!.;]|\s[—–-]\s/).find((c) => f.asked.test(c));
  if (!found) return [];
  const asked = f.asked.exec(found)?.[0].toLowerCase() ?? '';
  // What the member wants to avoid ("…instead of live coding") and other features asked are none.
  let clause = found.replace(/\b(?:instead of|rather than|in place of|versus|vs\.?)\s.*$/i, ' ');
  for (const g of LISTING_FEATURES)
    if (g !== f) clause = clause.replace(new RegExp(g.asked.source, 'gi'), ' ');
  const words = contentWords(clause).filter(
    (w) =>
      /^[a-z]+$/.test(w) &&
      !FRAME.has(w) &&
      !(f.frame?.test(w) ?? false) &&
      !asked.includes(w) &&
      !f.states.test(w) &&
      !(f.context?.test(w) ?? false),
  );
  return [...new Set(words.map(stemOf))];
}

/**
 * The words of a sentence with their stems, each distinct sentence split and stemmed once per
 * question (listings repeat their employers' sentences: thousands of listings, few sentences).
 */
function wordStems(): (sentence: string) => Array<[string, string]> {
  const seen = new Map<string, Array<[string, string]>>();
  return (sentence) => {
    let words = seen.get(sentence);
    if (!words) {
      words = (sentence.toLowerCase().match(/[a-z]+/g) ?? []).map((w) => [w, stemOf(w)]);
      seen.set(sentence, words);
    }
    return words;
  };
}

/** The words of `sentence` whose stems are among `stems`, as written. */
function saidOf(
  words: (sentence: string) => Array<[string, string]>,
  sentence: string,
  stems: ReadonlySet<string>,
): string[] {
  return words(sentence)
    .filter(([, stem]) => stems.has(stem))
    .map(([w]) => w);
}

/** One feature: how many of the selected listings state it, and each of them with its words. */
function featureFound(input: ComposeInput, sel: Selection, ids: string[], f: ListingFeature): void {
  const { ctx, book, out } = input;
  const stating = givingAny(ctx, [`feature: ${f.id}`], ids)
    .map((id) => ({ id, said: givenBy<string[]>(ctx, `feature: ${f.id}`, id) }))
    .filter((h): h is { id: string; said: string[] } => h.said !== null);
  const within = scope(sel, ids.length).replace(/^all /, 'the ');
  out.figures.push(`listings stating ${f.label}: ${stating.length} of ${ids.length}`);
  if (!stating.length) {
    out.lines.push(
      `None of ${within} states ${f.label}. The listings can't tell you more than that; ask the employers you are interested in.`,
    );
    return;
  }
  // What the question says of it ("pay … for the take-home"), when some listing says it too: those
  // are the listings asked for; the others stating the feature are named apart.
  const words = wordStems();
  const says1 = (h: { said: string[] }, q: string) =>
    h.said.some((s) => words(s).some(([, stem]) => stem === q));
  const qualifiers = featureQualifiers(input.plan.question, f).filter((q) =>
    stating.some((h) => says1(h, q)),
  );
  const wanted = new Set(qualifiers);
  const says = (h: { said: string[] }) => qualifiers.every((q) => says1(h, q));
  const hits = qualifiers.length ? stating.filter(says) : stating;
  if (qualifiers.length) {
    const forms = [...new Set(hits.flatMap((h) => h.said.flatMap((s) => saidOf(words, s, wanted))))];
    out.lines.push(
      `${stating.length} of ${within} state${stating.length === 1 ? 's' : ''} ${f.label}; ${hits.length === stating.length ? (hits.length === 1 ? 'it says' : `all ${hits.length} say`) : `${hits.length} of them say${hits.length === 1 ? 's' : ''}`} ${forms.map((w) => `“${w}”`).join(' or ')} of it${hits.length > SHOWN ? ` (the first ${SHOWN} shown)` : ''}:`,
    );
    out.figures.push(`of them saying ${forms.join(' or ')}: ${hits.length}`);
  } else
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
  const named = rest.slice(0, ALSO_NAMED);
  if (rest.length)
    out.lines.push(
      `- Also: ${named.map((h) => `${ctx.byId.get(h.id)!.company} ${book.cite(h.id)}`).join(', ')}${rest.length > named.length ? `, and ${rest.length - named.length} more` : ''}.`,
    );
  // Stating the feature without what was asked of it: named, so the member can ask them.
  const hit = new Set(hits);
  const apart = stating.filter((h) => !hit.has(h));
  if (apart.length)
    out.lines.push(
      `- Stating ${f.label} without saying so: ${apart
        .slice(0, ALSO_NAMED)
        .map((h) => `${ctx.byId.get(h.id)!.company} ${book.cite(h.id)}`)
        .join(', ')}${apart.length > ALSO_NAMED ? `, and ${apart.length - ALSO_NAMED} more` : ''}.`,
    );
  const silent = ids.length - stating.length;
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
