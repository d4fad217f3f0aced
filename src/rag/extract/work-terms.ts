export type RemotePolicy = 'remote' | 'hybrid' | 'onsite' | 'unknown';
export type EmploymentType = 'full-time' | 'part-time' | 'contract' | 'internship' | 'temporary';

const NEGATED_REMOTE = /\b(?:not (?:a |an )?(?:fully )?remote|no remote|isn['’]t (?:a )?remote|remote (?:work )?is not|not open to remote|cannot be (?:done )?remote|not remote)\b/i;
const HYBRID = /\bhybrid\b|\b(?:one|two|three|four|\d)(?:\s*(?:or|-|–|to)\s*(?:two|three|four|\d))?\s+days?\s+(?:a|per|each|every)\s+week\s+(?:in|at|from)\s+(?:the|our)\b|\b(?:one|two|three|four|\d)\s+(?:office|in-office|on-site|onsite)\s+days?\b|\bin[- ]office\s+(?:on\s+)?(?:one|two|three|four|\d)\s+days\b|\b(?:\d|two|three)\s*days?\s*(?:in[- ]office|on[- ]?site)\b/i;
const REMOTE = /\b(?:fully|100\s?%|completely|entirely|permanently)[ -]remote\b|\bremote[- ]first\b|\bremote[- ]only\b|\bwork from anywhere\b|\bwork(?:ing)? remotely\b|\bremote (?:role|position|job|team|company|within|in|from|across|\(|,|—|–|-)|\(remote\)|^remote\b|\bdistributed[- ]first\b|\bno office\b|\bremote-friendly\b|\bremote\b/im;
const ONSITE = /\bon[- ]?site\b|\bin[- ]person\b|\boffice[- ]based\b|\bin the office (?:five|5|every)\b|\bfive days (?:a week )?in (?:the|our) office\b|\bfull[- ]time in (?:the|our) office\b|\bat our (?:office|hq|headquarters)\b|\bbased in our\b/i;

/**
 * Remote, hybrid or on-site, read from the location line and the text. A hybrid arrangement
 * beats a stray "remote" (hybrid posts often say "remote days"); a stated "not remote" wins over all.
 */
export function extractRemotePolicy(location: string, text: string): RemotePolicy {
  const all = `${location}\n${text}`;
  if (NEGATED_REMOTE.test(all)) return HYBRID.test(all) ? 'hybrid' : 'onsite';
  if (/\bhybrid\b/i.test(location)) return 'hybrid';
  const locationRemote = /\bremote\b/i.test(location);
  const hybrid = HYBRID.test(text);
  const onsite = ONSITE.test(all);
  if (locationRemote && !hybrid) return 'remote';
  if (hybrid) return 'hybrid';
  if (/\b(?:fully|100\s?%|completely|entirely|permanently)[ -]remote\b|\bremote[- ]first\b|\bremote[- ]only\b|\bwork from anywhere\b/i.test(text)) return 'remote';
  if (onsite) return 'onsite';
  if (REMOTE.test(text)) return 'remote';
  return 'unknown';
}

/** Contract, part-time, internship or full-time when the text says so; null when it does not. */
export function extractEmploymentType(title: string, text: string): EmploymentType | null {
  const all = `${title}\n${text}`;
  if (/\bintern(?:ship)?\b/i.test(title)) return 'internship';
  if (/\b(?:contract(?:or)?|freelance|b2b|day rate|per hour|per day|hourly rate|daily rate|inside ir35|outside ir35)\b/i.test(all) && !/\bfull[- ]time (?:employment|permanent|role|position)\b/i.test(all)) {
    if (/\b(?:contract(?:or)? role|contract position|freelance|b2b|day rate|per hour|per day|hourly|daily rate|\d+[- ]month contract|contract (?:length|duration|to hire)|ir35|fixed[- ]term)\b/i.test(all)) return 'contract';
  }
  if (/\bpart[- ]time\b/i.test(all)) return 'part-time';
  if (/\b(?:temporary|fixed[- ]term)\b/i.test(all)) return 'temporary';
  if (/\bfull[- ]time\b|\bpermanent\b|\bfte\b/i.test(all)) return 'full-time';
  return null;
}
