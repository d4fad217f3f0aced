import type { Seniority } from './extract/seniority.js';
import type { SearchFilters } from './search.js';

/** Filter options as the surfaces take them (flags, slash-command options), already validated. */
export interface FilterInput {
  remote?: boolean;
  location?: string;
  seniority?: Seniority;
  /** Canonical skill names (aliases resolved by the caller, who explains unknown ones). */
  skills?: string[];
  minSalary?: number;
  /** The currency of `minSalary`; without it any currency's range may reach the amount. */
  currency?: string;
  postedAfter?: string;
  company?: string;
  source?: string;
  /** Industry ids (resolved by the caller, who explains unknown ones). */
  industry?: string[];
}

/** The one mapping from surface options to search filters, shared by /search, /market and the CLI. */
export function buildFilters(input: FilterInput): SearchFilters {
  const filters: SearchFilters = {};
  if (input.remote) filters.remote = ['remote'];
  if (input.location) filters.location = input.location;
  if (input.seniority) filters.seniority = [input.seniority];
  if (input.skills?.length) filters.skills = input.skills;
  if (input.minSalary)
    filters.minSalary = input.currency
      ? { amount: input.minSalary, currency: input.currency.toUpperCase() }
      : { amount: input.minSalary };
  if (input.postedAfter) filters.postedAfter = input.postedAfter;
  if (input.company) filters.company = input.company;
  if (input.source) filters.source = input.source;
  if (input.industry?.length) filters.industry = input.industry;
  return filters;
}
