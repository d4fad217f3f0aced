import { SENIORITY_LEVELS, type Seniority } from '../../core/listing.js';

export { SENIORITY_LEVELS, type Seniority };

/** Words members use for each level, for filters and query understanding. */
export const SENIORITY_ALIASES: Record<Seniority, string[]> = {
  junior: ['junior', 'graduate', 'entry level', 'entry-level', 'intern'],
  mid: ['mid', 'mid-level', 'mid level', 'intermediate', 'engineer ii', 'medior'],
  senior: ['senior', 'sr', 'sr.', 'experienced'],
  lead: ['lead', 'tech lead', 'team lead', 'technical lead', 'lead engineer', 'leader'],
  staff: ['staff'],
  principal: ['principal', 'distinguished', 'architect'],
  manager: ['manager', 'engineering manager', 'em', 'head of', 'director'],
};

/**
 * The level of a role, read from its title first (where employers state it) and from the text
 * only when the title has no level word. Order matters: "Lead Engineering Manager" is a manager,
 * "Staff Engineer, Tech Lead" is staff, "Senior Lead" is lead.
 */
export function extractSeniority(title: string, text = ''): Seniority {
  const t = title.toLowerCase();
  if (
    /\b(engineering|software|development|backend|platform|delivery) manager\b|\bhead of\b|\bdirector\b|\bvp\b|\bmanager,/.test(
      t,
    )
  )
    return 'manager';
  if (/\bprincipal\b|\bdistinguished\b/.test(t)) return 'principal';
  if (/\bstaff\b/.test(t)) return 'staff';
  if (/\blead\b|\btech(?:nical)? lead\b|\bteam lead\b|\bleiter\b/.test(t)) return 'lead';
  if (/\barchitect\b/.test(t)) return 'principal';
  if (/\bsenior\b|\bsr\.?\b|\bsen\.|\bengineer iii\b/.test(t)) return 'senior';
  if (/\bjunior\b|\bjr\.?\b|\bgraduate\b|\bintern\b|\bentry[- ]level\b/.test(t)) return 'junior';
  if (/\bmid[- ]?level\b|\bengineer ii\b|\bintermediate\b/.test(t)) return 'mid';
  const body = text.slice(0, 3000).toLowerCase();
  if (/\bexperience level:[^\n]*\blead\b/.test(body)) return 'lead';
  if (/\bmid[- ]level\b/.test(body)) return 'mid';
  if (/\bsenior\b/.test(body.slice(0, 400))) return 'senior';
  return 'mid';
}

export function parseSeniority(value: string): Seniority | undefined {
  const v = value.trim().toLowerCase();
  for (const level of SENIORITY_LEVELS) {
    if (level === v || SENIORITY_ALIASES[level].includes(v)) return level;
  }
  return undefined;
}
