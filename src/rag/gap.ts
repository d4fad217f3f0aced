import type { ListingSummary } from '../storage/corpus/corpus-reader.js';
import type { ListingSkills } from '../storage/corpus/listing-skills.js';
import { LEARNABLE_CATEGORIES } from './taxonomy.js';

export interface GapSkill {
  skill: string;
  /** Listings in the target market that require it. */
  listings: number;
  share: number;
  /** A few of those listings, best match to the target first. */
  examples: Array<{ listingId: string; title: string; company: string }>;
}

export interface GapReport {
  /** How many listings the target market holds. */
  market: number;
  target: string | null;
  /** Demanded skills the member lacks, most demanded first. */
  missing: GapSkill[];
  /** Demanded skills the member already has. */
  covered: GapSkill[];
}

/**
 * Compares a member's skills with what a market of listings requires: the most demanded skills they
 * lack (share of listings that require each, with examples) and the demanded ones they cover.
 */
export function skillGap(
  market: readonly ListingSummary[],
  table: ListingSkills,
  skills: string[],
  target: string | null,
  top = 8,
): GapReport {
  const have = new Set(skills);
  // Per skill (code): the listings that require it, counted, and the first three kept as examples;
  // skills in the order they were first met.
  const learnable = table.categories.map((c) => LEARNABLE_CATEGORIES.has(c));
  const counts = new Int32Array(table.names.length);
  const examples = new Map<number, ListingSummary[]>();
  const met: number[] = [];
  for (const l of market) {
    const row = table.row(l.id);
    if (row < 0) continue;
    for (let k = table.start[row]!; k < table.start[row + 1]!; k++) {
      if (table.required[k] !== 1 || !learnable[table.category[k]!]) continue;
      const c = table.code[k]!;
      if (counts[c] === 0) {
        met.push(c);
        examples.set(c, []);
      }
      counts[c]!++;
      const some = examples.get(c)!;
      if (some.length < 3) some.push(l);
    }
  }
  const rows = met
    .map((c) => ({
      skill: table.names[c]!,
      listings: counts[c]!,
      share: market.length ? Math.round((counts[c]! / market.length) * 1000) / 1000 : 0,
      examples: examples.get(c)!.map((l) => ({ listingId: l.id, title: l.title, company: l.company })),
    }))
    .sort((a, b) => b.listings - a.listings || a.skill.localeCompare(b.skill));
  return {
    market: market.length,
    target,
    missing: rows.filter((r) => !have.has(r.skill)).slice(0, top),
    covered: rows.filter((r) => have.has(r.skill)),
  };
}
