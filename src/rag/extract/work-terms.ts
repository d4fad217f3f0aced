import type { EmploymentType, RemotePolicy } from '../../core/listing.js';

export type { EmploymentType, RemotePolicy };

const NEGATED_REMOTE =
  /\b(?:not (?:a |an )?(?:fully )?remote|no remote|isn['’]t (?:a )?remote|remote (?:work )?is not|not open to remote|cannot be (?:done )?remote|not remote)\b/i;
// "hybrid" about work, not "hybrid cloud" or "hybrid lexical-plus-vector retrieval".
const HYBRID =
  /\b(?:in|at) (?:the|our) office (?:on )?(?:one|two|three|four|\d)(?:\s*(?:or|-|–|to)\s*(?:two|three|four|\d))? days? (?:a|per|each|every) week\b|\bhybrid\b(?![- ](?:cloud|lexical|search|retrieval|vector|apps?|mobile|approach|architecture|infrastructure|integration|cars?|vehicles?|energy|batter(?:y|ies)|inverters?|systems?|deployments?|setups? of|devops|it))|\b(?:one|two|three|four|\d)(?:\s*(?:or|-|–|to)\s*(?:two|three|four|\d))?\s+days?\s+(?:a|per|each|every)\s+week\s+(?:in|at|from)\s+(?:the|our)\b|\b(?:one|two|three|four|\d)\s+(?:office|in-office|on-site|onsite)\s+days?\b|\bin[- ]office\s+(?:on\s+)?(?:one|two|three|four|\d)\s+days\b|\b(?:\d|two|three)\s*days?\s*(?:in[- ]office|on[- ]?site)\b/i;
const REMOTE =
  /\b(?:fully|100\s?%|completely|entirely|permanently)[ -]remote\b|\bremote[- ]first\b|\bremote[- ]only\b|\bwork from anywhere\b|\bwork(?:ing)? remotely\b|\bremote (?:role|position|job|team|company|within|in|from|across|\(|,|—|–|-)|\(remote\)|^remote\b|\bdistributed[- ]first\b|\bno office\b|\bremote-friendly\b|\bremote\b(?![- ](?:medical|consultations?|monitoring|sensing|controls?|controlled|diagnostics?|patients?|areas?|villages?|regions?|locations?|sites?|devices?|sensors?|access to)\b)/im;
const WEEKDAY = '(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?)';
// "in the office Tuesday to Thursday", "we're in on Mondays and Wednesdays and work from home otherwise"
const HYBRID_DAYS = new RegExp(
  `\\b(?:in the office|in on|office on|on-?site on|at the office|from the office|in the office from)\\s+(?:on\\s+|from\\s+)?${WEEKDAY}(?:\\s*(?:,|and|to|-|–)\\s*${WEEKDAY})*|\\b${WEEKDAY}(?:\\s*(?:and|,)\\s*${WEEKDAY})*\\s+(?:are|is)\\s+(?:remote|work[- ]from[- ]home)|\\bwork from home (?:otherwise|the rest|on other days)`,
  'i',
);
const ONSITE_DAYS =
  /\b(?:five days a week|5 days a week|monday to friday|mon(?:day)?[- –]fri(?:day)?|every (?:work)?day)\b/i;
// "Onsite gym", "onsite medical": facilities in the building, not where the work is done.
const ONSITE_AMENITY =
  '(?![- ](?:fitness|gym|gyms|medical|cafes?|cafeteria|canteen|restaurants?|parking|socials?|childcare|daycare|creche|wellness|health|amenities|massage|events?|games|sports?|dental|clinic|kitchen|barista))';
const ONSITE = new RegExp(
  `\\bwork from (?:the )?office\\b|\\bWFO\\b|\\bon[- ]?site\\b${ONSITE_AMENITY}|` +
    /\bin[- ]person\b|\boffice[- ]based\b|\bin the office (?:five|5|every)\b|\bfive days (?:a week )?in (?:the|our) office\b|\bfull[- ]time in (?:the|our) office\b|\bat our (?:office|hq|headquarters)\b|\bbased in our\b/
      .source,
  'i',
);
// A home-office option among the terms ("home office possibility", "work from home flexibility"):
// some days at home, so hybrid when nothing says fully remote.
const HOME_OFFICE =
  /\bhome[- ]office\b|\bwork(?:ing)?[- ]from[- ]home (?:flexibility|options?|possibilit\w*|days?|allowance)\b|\bflexible working such as[^.\n]{0,40}working from home\b/i;

/**
 * Remote, hybrid or on-site, read from the location line and the text. A hybrid arrangement
 * beats a stray "remote" (hybrid posts often say "remote days"); a stated "not remote" wins over all.
 */
export function extractRemotePolicy(location: string, text: string): RemotePolicy {
  const all = `${location}\n${text}`;
  if (NEGATED_REMOTE.test(all)) return HYBRID.test(all) || HOME_OFFICE.test(all) ? 'hybrid' : 'onsite';
  if (/\bhybrid\b/i.test(location)) return 'hybrid';
  const locationRemote = /\bremote\b/i.test(location);
  const officeMentioned = /\boffice\b|\bon[- ]?site\b/i.test(text);
  const hybrid = HYBRID.test(text) || (HYBRID_DAYS.test(text) && !/\bmonday to friday\b/i.test(text));
  const onsite =
    ONSITE.test(all) ||
    (officeMentioned &&
      ONSITE_DAYS.test(text) &&
      /(?:office|on[- ]?site|from it)[\s\S]{0,60}(?:five days|5 days|monday to friday|every (?:work)?day)|(?:five days|5 days|monday to friday|every (?:work)?day)[\s\S]{0,40}(?:office|on[- ]?site)/i.test(
        text,
      ));
  if (locationRemote && !hybrid) return 'remote';
  if (hybrid) return 'hybrid';
  if (
    /\b(?:fully|100\s?%|completely|entirely|permanently)[ -]remote\b|\bremote[- ]first\b|\bremote[- ]only\b|\bwork from anywhere\b/i.test(
      text,
    )
  )
    return 'remote';
  if (HOME_OFFICE.test(text)) return 'hybrid';
  if (onsite) return 'onsite';
  if (REMOTE.test(text)) return 'remote';
  return 'unknown';
}

/**
 * Contract, part-time, internship or full-time when the text says so; null when it does not.
 * "Contract" alone is not enough (data contracts, contract testing, customer contracts), nor is
 * "per day" (events per day): a day or hourly pay rate, B2B, freelance or a contract role is.
 */
export function extractEmploymentType(
  title: string,
  text: string,
  payPeriod?: 'year' | 'month' | 'day' | 'hour',
): EmploymentType | null {
  const all = `${title}\n${text}`;
  if (/\bintern(?:ship)?\b/i.test(title)) return 'internship';
  const contractSignals =
    payPeriod === 'day' ||
    payPeriod === 'hour' ||
    /(?:[$€£]|\b(?:USD|EUR|GBP|CHF)\b)\s?\d[\d,.]*\s*(?:[-–]\s*(?:[$€£])?\s?\d[\d,.]*)?\s*(?:per|an|a|\/)\s*(?:hour|hr|day)\b/i.test(
      all,
    ) ||
    /\bcontract\b|\bcontractor\b|\bfreelance\b/i.test(title) ||
    /\b(?:contract(?:or)? (?:role|position|engagement|length|duration|to hire)|contract-to-hire|freelance|freelancer|b2b|day rate|daily rate|hourly rate|inside ir35|outside ir35|\d+[- ]month contract|(?:initial|rolling) contract|contractor (?:agreement|contract|basis)|(?:paid|engaged|hired) (?:in \w+ )?as an? (?:independent )?contractor)\b/i.test(
      all,
    );
  // Polish-style offers often let the hire choose: an employment contract (UoP) or B2B.
  const employeeOption =
    /\bemployment contract\b|\bumowa o pracę\b|\bUoP\b|\bpermanent (?:role|position|employment)\b/i.test(all);
  if (contractSignals && !employeeOption) return 'contract';
  if (/\bpart[- ]time\b/i.test(all)) return 'part-time';
  if (/\btemporary (?:role|position|contract|assignment)\b|\bfixed[- ]term\b/i.test(all)) return 'temporary';
  if (/\bfull[- ]time\b|\bpermanent\b|\bfte\b/i.test(all) || employeeOption) return 'full-time';
  return null;
}
