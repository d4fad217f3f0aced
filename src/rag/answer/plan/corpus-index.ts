/**
 * What the planner looks up in the corpus's listings (`PlannerDeps['listings']`), indexed once per
 * listing list (one generation), so that reading a question costs the same at 100,000 listings as
 * at 100: a listing id typed in the question, a company's own listings, the title words a question
 * names. Each lookup gives exactly what the scan over every listing it replaces gave.
 */
import { escapeRegExp } from './cues.js';
import type { PlannerDeps } from './types.js';

type Listings = PlannerDeps['listings'];
type Listing = Listings[number];

interface CorpusIndex {
  /** Each listing id, with its first place in the list. */
  idAt: Map<string, number>;
  /** Characters that occur in some listing id, and the shortest and longest id. */
  idChars: Set<string>;
  idLengths: [number, number];
  /**
   * Each company's first listing (its place in the list), and each listing's next one of the same
   * company (-1 after its last): a company's listings in list order without an array per company
   * (100,000 of them at 100,000 replicated listings: ~11 MB, now ~4).
   */
  firstOfCompany: Map<string, number>;
  nextOfCompany: Int32Array;
  /** Title words (as `titleWordsOf` reads them) by the listings whose title has them. */
  titleWord: Map<string, number[]>;
  titleIndexed: boolean;
}

const indexes = new WeakMap<Listings, CorpusIndex>();

function indexOf(listings: Listings): CorpusIndex {
  let index = indexes.get(listings);
  if (index) return index;
  index = {
    idAt: new Map(),
    idChars: new Set(),
    idLengths: [Number.POSITIVE_INFINITY, 0],
    firstOfCompany: new Map(),
    nextOfCompany: new Int32Array(listings.length).fill(-1),
    titleWord: new Map(),
    titleIndexed: false,
  };
  // The last listing of each company seen so far, while the chains are made.
  const lastOfCompany = new Map<string, number>();
  for (let i = 0; i < listings.length; i++) {
    const l = listings[i]!;
    if (!index.idAt.has(l.id)) index.idAt.set(l.id, i);
    if (l.id.length < index.idLengths[0]) index.idLengths[0] = l.id.length;
    if (l.id.length > index.idLengths[1]) index.idLengths[1] = l.id.length;
    const last = lastOfCompany.get(l.company);
    if (last === undefined) index.firstOfCompany.set(l.company, i);
    else index.nextOfCompany[last] = i;
    lastOfCompany.set(l.company, i);
  }
  // The characters of every id (code points, as `for…of` reads a string): one scan of the ids
  // joined (by a character of theirs) for a character not yet seen, resumed after each new one.
  if (listings.length) {
    const ids = [...index.idAt.keys()];
    const joined = ids.join([...ids[0]!][0] ?? '');
    let unseen = /[\s\S]/gu;
    for (let m = unseen.exec(joined); m; m = unseen.exec(joined)) {
      index.idChars.add(m[0]);
      const at = m.index + m[0].length;
      unseen = new RegExp(
        `[^${[...index.idChars].map((ch) => ch.replace(/[\\\][^-]/g, '\\$&')).join('')}]`,
        'gu',
      );
      unseen.lastIndex = at;
    }
  }
  indexes.set(listings, index);
  return index;
}

/**
 * The first listing (in list order) whose id the text contains: `listings.find((l) =>
 * text.includes(l.id))`, by looking up the text's own substrings of id characters.
 */
export function listingIdIn(text: string, listings: Listings): Listing | undefined {
  if (!listings.length) return undefined;
  const { idAt, idChars, idLengths } = indexOf(listings);
  const [shortest, longest] = idLengths;
  let best = Number.POSITIVE_INFINITY;
  // An id lies within a run of characters that ids are made of.
  let start = 0;
  while (start < text.length) {
    if (!idChars.has(text[start]!)) {
      start++;
      continue;
    }
    let end = start;
    while (end < text.length && idChars.has(text[end]!)) end++;
    for (let from = start; from < end; from++)
      for (let length = shortest; length <= longest && from + length <= end; length++) {
        const at = idAt.get(text.slice(from, from + length));
        if (at !== undefined && at < best) best = at;
      }
    start = end;
  }
  return Number.isFinite(best) ? listings[best] : undefined;
}

/** A company's listings, in list order: `listings.filter((l) => l.company === company)`. */
export function listingsOf(company: string, listings: Listings): readonly Listing[] {
  const { firstOfCompany, nextOfCompany } = indexOf(listings);
  const own: Listing[] = [];
  for (let i = firstOfCompany.get(company) ?? -1; i >= 0; i = nextOfCompany[i]!) own.push(listings[i]!);
  return own;
}

/**
 * Each listing that has at least `min` of the title words the text names as words (`hits`), in
 * list order: what a pass testing every listing's title words against the text finds, reading
 * only the listings that share a word with it. `titleWordsOf` must be the same function for a
 * given listing list (the index is built with the first one passed).
 */
export function titleWordHits(
  text: string,
  listings: Listings,
  titleWordsOf: (title: string) => Iterable<string>,
  min: number,
): Array<{ l: Listing; hits: number }> {
  const index = indexOf(listings);
  if (!index.titleIndexed) {
    index.titleIndexed = true;
    for (const [i, l] of listings.entries())
      for (const w of new Set(titleWordsOf(l.title))) {
        const rows = index.titleWord.get(w);
        if (rows) rows.push(i);
        else index.titleWord.set(w, [i]);
      }
  }
  const hits = new Map<number, number>();
  for (const [w, rows] of index.titleWord) {
    if (!text.includes(w)) continue;
    if (!new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(w)}(?:$|[^\\p{L}\\p{N}])`, 'u').test(text)) continue;
    for (const i of rows) hits.set(i, (hits.get(i) ?? 0) + 1);
  }
  return [...hits]
    .filter(([, n]) => n >= min)
    .sort((a, b) => a[0] - b[0])
    .map(([i, n]) => ({ l: listings[i]!, hits: n }));
}
