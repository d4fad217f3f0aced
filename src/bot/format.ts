import type { Salary } from '../rag/extract/salary.js';

const PERIOD_LABEL: Record<Salary['period'], string> = {
  year: 'per year',
  month: 'per month',
  day: 'per day',
  hour: 'per hour',
};

/** "95,000–115,000 EUR per year": the posted range in its own currency and period, never converted. */
export function formatSalary(salary: Salary): string {
  const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return `${n(salary.min)}–${n(salary.max)} ${salary.currency} ${PERIOD_LABEL[salary.period]}`;
}

export const REMOTE_LABEL: Record<string, string> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On-site',
  unknown: 'Not stated',
};

export function formatYears(years: number | null): string {
  return years === null ? 'Not stated' : `${years}+ years`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Cuts text at a word boundary to at most `max` characters, marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
