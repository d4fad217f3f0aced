import type { ListingSummary } from '../storage/corpus/corpus-reader.js';
import type { ListingSkills } from '../storage/corpus/listing-skills.js';
import { LEARNABLE_CATEGORIES, type SkillTaxonomy } from './taxonomy.js';

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
 * What a member who names these skills has: each of them, what each implies (Spring → Java,
 * Django → Python), and the members of a named skill's own family of its category (the skills
 * implying it: Spring → Spring Boot, Kubernetes → EKS, CI/CD → Jenkins; not what those imply
 * besides: EKS is also AWS). A language is no family
 * of other languages (Groovy runs on the JVM; a Java developer still has it to learn).
 */
export function skillsCovered(skills: readonly string[], taxonomy: SkillTaxonomy): Set<string> {
  const covered = new Set<string>();
  const add = (skill: string): void => {
    if (covered.has(skill)) return;
    covered.add(skill);
    for (const implied of taxonomy.skills.get(skill)?.implies ?? []) add(implied);
  };
  for (const skill of skills) add(skill);
  for (const skill of skills) {
    const category = taxonomy.skills.get(skill)?.category;
    if (!category || category === 'language') continue;
    // The family member alone: EKS is Kubernetes, but knowing Kubernetes is no AWS.
    for (const def of taxonomy.skills.values())
      if (def.category === category && def.implies.includes(skill)) covered.add(def.name);
  }
  return covered;
}

/** One skill's demand in a selection: listings requiring it (and, where known, naming it at all). */
export interface SkillDemand {
  skill: string;
  category: string;
  required: number;
  listings?: number;
}

/**
 * The gap: the demanded skills a member lacks, most required first (then most named), in the
 * callers' order on ties. Only what can be learnt (LEARNABLE_CATEGORIES: not leadership practice
 * nor process), only what some listing requires, never a skill the member covers (`skillsCovered`).
 * The /gap command and the answers' readiness and "what should I learn" share it.
 */
export function gapOf<T extends SkillDemand>(
  rows: readonly T[],
  covered: ReadonlySet<string>,
  top: number,
): T[] {
  return rows
    .filter((r) => r.required > 0 && LEARNABLE_CATEGORIES.has(r.category) && !covered.has(r.skill))
    .sort((a, b) => b.required - a.required || (b.listings ?? 0) - (a.listings ?? 0))
    .slice(0, top);
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
  taxonomy: SkillTaxonomy,
  top = 8,
): GapReport {
  const covered = skillsCovered(skills, taxonomy);
  // Per skill (code): the listings that require it, counted, and the first three kept as examples;
  // skills in the order they were first met.
  const counts = new Int32Array(table.names.length);
  const categoryOf = new Int32Array(table.names.length);
  const examples = new Map<number, ListingSummary[]>();
  const met: number[] = [];
  for (const l of market) {
    const row = table.row(l.id);
    if (row < 0) continue;
    for (let k = table.start[row]!; k < table.start[row + 1]!; k++) {
      if (table.required[k] !== 1) continue;
      const c = table.code[k]!;
      if (counts[c] === 0) {
        met.push(c);
        categoryOf[c] = table.category[k]!;
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
      category: table.categories[categoryOf[c]!]!,
      required: counts[c]!,
      listings: counts[c]!,
      share: market.length ? Math.round((counts[c]! / market.length) * 1000) / 1000 : 0,
      examples: examples.get(c)!.map((l) => ({ listingId: l.id, title: l.title, company: l.company })),
    }))
    .sort((a, b) => b.listings - a.listings || a.skill.localeCompare(b.skill));
  const report = ({ skill, listings, share, examples }: (typeof rows)[number]): GapSkill => ({
    skill,
    listings,
    share,
    examples,
  });
  return {
    market: market.length,
    target,
    missing: gapOf(rows, covered, top).map(report),
    covered: rows.filter((r) => covered.has(r.skill) && LEARNABLE_CATEGORIES.has(r.category)).map(report),
  };
}
