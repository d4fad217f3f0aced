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
export const EXTRACTOR_VERSION = 6;

export function extractListingFacts(input: ListingInput, chunks: Chunk[], deps: ExtractDeps): ListingFacts {
  const tally = new Map<string, { mentions: number; required: boolean }>();
  const count = (text: string, required: boolean) => {
    for (const [name, mentions] of deps.taxonomy.countSkills(text)) {
      const entry = tally.get(name) ?? { mentions: 0, required: false };
      entry.mentions += mentions;
      entry.required ||= required;
      tally.set(name, entry);
    }
  };
  count(input.title, true);
  // Heading and text are counted apart: words must not run across them ("… / You" + "Go and …").
  for (const chunk of chunks) {
    if (chunk.heading) count(chunk.heading, !chunk.optional);
    count(chunk.text, !chunk.optional);
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
