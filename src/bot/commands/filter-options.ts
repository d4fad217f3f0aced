import type {
  SlashCommandBooleanOption,
  SlashCommandIntegerOption,
  SlashCommandStringOption,
} from '@discordjs/builders';
import { z } from 'zod';
import { SENIORITY_LEVELS, type Seniority } from '../../rag/extract/seniority.js';
import { buildFilters } from '../../rag/filters.js';
import type { SearchFilters } from '../../rag/search.js';
import { capitalize } from '../format.js';
import { resolveIndustriesOrExplain, resolveSkillsOrExplain, UserFacingError } from '../reply.js';

/** Slash-command options that mean the same on every command that filters listings, and their schemas. */

export const remoteOption = (o: SlashCommandBooleanOption) =>
  o.setName('remote').setDescription('Remote listings only');

export const seniorityOption = (o: SlashCommandStringOption) =>
  o
    .setName('seniority')
    .setDescription('Level')
    .addChoices(...SENIORITY_LEVELS.map((level) => ({ name: capitalize(level), value: level })));

export const minSalaryOption = (o: SlashCommandIntegerOption) =>
  o
    .setName('min_salary')
    .setDescription('Posted yearly range reaching at least this amount')
    .setMinValue(1000)
    .setMaxValue(100_000_000);

export const industryOption = (o: SlashCommandStringOption) =>
  o
    .setName('industry')
    .setDescription('Industry or domain, e.g. fintech, games, health (comma-separated for several)')
    .setMaxLength(100)
    .setAutocomplete(true);

/** A listing picked by id, autocompleted from titles and companies (`name`: the option's name). */
export const listingIdOption = (name: string) => (o: SlashCommandStringOption) =>
  o
    .setName(name)
    .setDescription('Listing id (start typing a title or company)')
    .setRequired(true)
    .setMaxLength(128)
    .setAutocomplete(true);

export const currencyOption = (o: SlashCommandStringOption) =>
  o
    .setName('currency')
    .setDescription('With min_salary: only ranges in this currency (EUR, USD, …)')
    .setMinLength(3)
    .setMaxLength(3);

export const postedAfterOption = (o: SlashCommandStringOption) =>
  o
    .setName('posted_after')
    .setDescription('Listings posted on or after this date (YYYY-MM-DD)')
    .setMinLength(10)
    .setMaxLength(10);

export const companyOption = (o: SlashCommandStringOption) =>
  o.setName('company').setDescription('Only this company').setMaxLength(100).setAutocomplete(true);

export const sourceOption = (o: SlashCommandStringOption) =>
  o
    .setName('source')
    .setDescription("Only listings from this source (e.g. embedded, or a job board's name)")
    .setMaxLength(100);

export const filterOptionSchemas = {
  industry: z.string().trim().min(2).max(100).optional(),
  remote: z.boolean().optional(),
  seniority: z.enum(SENIORITY_LEVELS).optional(),
  min_salary: z.number().int().positive().optional(),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/, 'a three-letter currency code such as EUR')
    .optional(),
  posted_after: z.iso.date('a date as YYYY-MM-DD').optional(),
  company: z.string().trim().min(1).max(100).optional(),
  source: z.string().trim().min(1).max(100).optional(),
};

/** The listing filters a command's options may carry (every one optional). */
export interface FilterArgs {
  remote?: boolean | undefined;
  location?: string | undefined;
  seniority?: Seniority | undefined;
  skills?: string | undefined;
  min_salary?: number | undefined;
  currency?: string | undefined;
  posted_after?: string | undefined;
  company?: string | undefined;
  source?: string | undefined;
  industry?: string | undefined;
}

/**
 * Search filters from a command's options, skills and industries resolved: the one reading of the
 * filter options for /search and /market (and so for the console and the CLI).
 */
export function filtersFromOptions(
  args: FilterArgs,
  app: Parameters<typeof resolveSkillsOrExplain>[0] & Parameters<typeof resolveIndustriesOrExplain>[0],
): SearchFilters {
  if (args.currency && !args.min_salary)
    throw new UserFacingError('`currency` goes with `min_salary` (the currency of that amount).');
  return buildFilters({
    ...(args.remote !== undefined ? { remote: args.remote } : {}),
    ...(args.location ? { location: args.location } : {}),
    ...(args.seniority ? { seniority: args.seniority } : {}),
    ...(args.skills ? { skills: resolveSkillsOrExplain(app, args.skills) } : {}),
    ...(args.min_salary ? { minSalary: args.min_salary } : {}),
    ...(args.currency ? { currency: args.currency } : {}),
    ...(args.posted_after ? { postedAfter: args.posted_after } : {}),
    ...(args.company ? { company: args.company } : {}),
    ...(args.source ? { source: args.source } : {}),
    ...(args.industry ? { industry: resolveIndustriesOrExplain(app, args.industry) } : {}),
  });
}
