import { INTERVIEW, PAY, YEARS } from './cues.js';
import { aspectOf } from './listing.js';

/** The question asks only about a job term or visa help (of one company), nothing else of it. */
export function termOrVisaOnly(q: string): boolean {
  const aspect = aspectOf(q);
  const other =
    INTERVIEW.test(q) ||
    YEARS.test(q) ||
    /\b(?:remote|hybrid|on-?site|office|wfh|stack|skills?|salar\w*|day rate|how long|duration)\b/i.test(q);
  // "the Thornbury tech lead one in Berlin": one posting, asked about as such.
  const onePosting =
    /\b(?:the|this|that|their)\b[^?]{0,40}\b(?:one|listing|posting|post|ad|role|job|position|opening|gig|vacancy)\b/i.test(
      q,
    );
  return (aspect === 'terms' || (aspect === 'visa' && !PAY.test(q))) && !other && !onePosting;
}
