import type { ListingFacts, ListingSkill } from '../../core/listing.js';
import type { Chunk } from '../chunk.js';
import type { ListingInput } from '../record-schema.js';
import type { SkillTaxonomy } from '../taxonomy.js';
import type { IndustryTaxonomy } from './industry.js';
import type { Gazetteer } from './locations.js';
import { extractSalary, type Salary } from './salary.js';
import { extractSeniority } from './seniority.js';
import { extractEmploymentType, extractRemotePolicy } from './work-terms.js';
import { extractYearsMin } from './years.js';

export type { ListingFacts, ListingSkill };

export interface ExtractDeps {
  taxonomy: SkillTaxonomy;
  gazetteer: Gazetteer;
  industries: IndustryTaxonomy;
}

/** Bump when extraction logic changes, so every listing is re-extracted on the next refresh. */
// 9: a currency code before an amount ("PHP 110,000") is the currency, not a skill.
// 10: a skill's listing phrases and not-the-skill spans (skills.yaml `phrases`, `unless`).
// 11: "Contractor agreement", "paid … as a contractor" are contract terms; a permit by its name
// ("Employment Pass support", "Blue Card") is visa help.
export const EXTRACTOR_VERSION = 11;

// A section of what the role does not need ("What we don't need: Kubernetes experience. We run on
// ECS") names skills that are not asked for at all, not even as nice to have.
const NOT_WANTED = /\b(?:don['’]t|do not) need\b|\bnot looking for\b/i;

/**
 * A chunk's heading and text without its not-wanted parts: a short chunk merged with the next
 * carries each later heading as a line of its own ("Nice to have / What we don't need").
 */
function wanted(chunk: Chunk): { heading: string | null; text: string } {
  const parts = chunk.heading?.split(' / ') ?? [];
  if (!parts.some((h) => NOT_WANTED.test(h))) return { heading: chunk.heading, text: chunk.text };
  let keep = !NOT_WANTED.test(parts[0] ?? '');
  const lines: string[] = [];
  for (const line of chunk.text.split('\n')) {
    const head = /^(.{1,80}):$/.exec(line.trim())?.[1];
    if (head && parts.includes(head)) keep = !NOT_WANTED.test(head);
    if (keep) lines.push(line);
  }
  return { heading: parts.filter((h) => !NOT_WANTED.test(h)).join(' / ') || null, text: lines.join('\n') };
}

/**
 * A listing's facts. `countSkills` is the taxonomy's count of a text (`buildDocument` passes one
 * that counts each text once for the facts and the chunks' skills alike).
 */
export function extractListingFacts(
  input: ListingInput,
  chunks: Chunk[],
  deps: ExtractDeps,
  countSkills: (text: string) => ReadonlyMap<string, number> = (text) => deps.taxonomy.countSkills(text),
): ListingFacts {
  const tally = new Map<string, { mentions: number; required: boolean }>();
  const count = (text: string, required: boolean) => {
    for (const [name, mentions] of countSkills(text)) {
      const entry = tally.get(name) ?? { mentions: 0, required: false };
      entry.mentions += mentions;
      entry.required ||= required;
      tally.set(name, entry);
    }
  };
  count(input.title, true);
  // Heading and text are counted apart: words must not run across them ("… / You" + "Go and …").
  for (const chunk of chunks) {
    const { heading, text } = wanted(chunk);
    if (heading) count(heading, !chunk.optional);
    count(text, !chunk.optional);
  }
  const skills = [...tally]
    .map(([name, t]) => ({
      name,
      category: deps.taxonomy.skills.get(name)?.category ?? 'other',
      mentions: t.mentions,
      required: t.required,
    }))
    .sort(
      (a, b) =>
        Number(b.required) - Number(a.required) || b.mentions - a.mentions || a.name.localeCompare(b.name),
    );

  const text = input.description;
  let salary: Salary | null;
  if (input.salary && typeof input.salary === 'object') salary = input.salary;
  else if (typeof input.salary === 'string')
    salary = extractSalary(`Salary: ${input.salary}`) ?? extractSalary(text);
  else salary = extractSalary(text);

  return {
    skills,
    yearsMin: extractYearsMin(text),
    salary,
    remote: input.remote ?? extractRemotePolicy(input.location, text),
    seniority: extractSeniority(input.title, text),
    employmentType: input.employmentType ?? extractEmploymentType(input.title, text, salary?.period),
    places: deps.gazetteer.parse(input.location),
    industries: deps.industries.extract({
      title: input.title,
      company: input.company ?? null,
      description: input.description,
    }),
  };
}
