import { stemmer } from 'stemmer';
import { skillSlug } from '../core/listing.js';
import { type SkillTaxonomy, tokenize } from './taxonomy.js';

export { skillSlug };

// Words too common in job listings to tell one from another.
const STOPWORDS = new Set(
  `a an and are as at be been but by can do for from has have how i if in into is it its me my of on or our so than that the their them then there these they this to up us was we were what when where which who will with you your yours
  about also any all across more most other some such very just each own per via well would could should may might must not no only out over under while both either every
  job jobs role roles work working team teams company looking want need needs someone`.split(/\s+/),
);

// Each word's stem, kept: the same words recur in every chunk a refresh embeds (the stemmer is
// pure). Emptied when it holds STEMS_KEPT words, so it stays small whatever the texts.
const STEMS_KEPT = 100_000;
const stems = new Map<string, string>();
/** `stemmer(word)`, each word stemmed once. */
export function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (stems.size >= STEMS_KEPT) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/**
 * Terms for the vector models: stemmed content words plus one `skill:<slug>` feature per skill the
 * taxonomy recognises, so "k8s" and "Kubernetes" land on the same feature.
 */
export function analyzeTerms(text: string, taxonomy: SkillTaxonomy): string[] {
  const tokens = tokenize(text);
  const terms: string[] = [];
  for (const t of tokens) {
    const word = t.lower.replace(/[.]/g, '');
    if (word.length < 2 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    terms.push(/^[a-z]+$/.test(word) ? stemOf(word) : word);
  }
  const seen = new Set<string>();
  for (const m of taxonomy.matchTokens(tokens)) {
    const key = `${m.skill}@${m.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(`skill:${skillSlug(m.skill)}`);
  }
  return terms;
}
