import type { ListingFacts } from '../storage/corpus/corpus-reader.js';
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
  market: ListingFacts[],
  skills: string[],
  target: string | null,
  top = 8,
): GapReport {
  const have = new Set(skills);
  const demand = new Map<string, ListingFacts[]>();
  for (const l of market) {
    for (const s of l.skillDetails) {
      if (!s.required || !LEARNABLE_CATEGORIES.has(s.category)) continue;
      demand.set(s.name, [...(demand.get(s.name) ?? []), l]);
    }
  }
  const rows = [...demand]
    .map(([skill, ls]) => ({
      skill,
      listings: ls.length,
      share: market.length ? Math.round((ls.length / market.length) * 1000) / 1000 : 0,
      examples: ls.slice(0, 3).map((l) => ({ listingId: l.id, title: l.title, company: l.company })),
    }))
    .sort((a, b) => b.listings - a.listings || a.skill.localeCompare(b.skill));
  return {
    market: market.length,
    target,
    missing: rows.filter((r) => !have.has(r.skill)).slice(0, top),
    covered: rows.filter((r) => have.has(r.skill)),
  };
}
