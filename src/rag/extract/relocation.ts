/**
 * What a listing says about moving for the job: relocation help and visa or work-permit
 * sponsorship, offered or explicitly refused. Read sentence by sentence, because "sponsor banks",
 * "we are unable to offer visa sponsorship" and "you must have the right to work in the UK" all
 * contain the words without offering anything.
 */
export interface RelocationTerms {
  /** Visa, work permit or relocation help is offered. */
  offered: boolean;
  /** The listing says it cannot sponsor, or that candidates must already have the right to work. */
  refused: boolean;
  /** The sentence that says so, for citing in words. */
  evidence: string | null;
}

// What counts as the subject: visas, permits, relocation, immigration; "sponsor" only next to them.
// A permit by its name ("Employment Pass support", "Blue Card sponsorship") is a visa.
const SUBJECT =
  /\b(?:visas?|work permits?|permits?|relocat\w*|immigration|right to work|employment pass(?:es)?|eu blue cards?|blue cards?|h-?1b|sponsor(?:s|ed|ing|ship)?\s+(?:\w+\s+){0,2}(?:visas?|permits?))\b|\bvisa sponsorship\b|\bsponsorship\b(?!\s+of)/i;
// Sponsorship of something else: banks, engineers, open-source projects, clearances, people's
// careers ("mentoring, sponsorship, or steering a team").
const OTHER_SPONSORSHIP =
  /\bsponsor(?:s|ed|ing)?\s+(?:banks?|senior|engineers?|members?|organi[sz]ations?|this|clearance)\b|\bindividual sponsors\b|\b(?:mentor\w*|coach\w*|advocacy),?\s+(?:and\s+|or\s+)?sponsorship\b|\bsponsorship,?\s+(?:and\s+|or\s+)?(?:mentor\w*|coach\w*)/i;
const NEGATION =
  /\b(?:not|no|unable|cannot|can['’]t|won['’]t|don['’]t|doesn['’]t|isn['’]t|aren['’]t|without|unfortunately)\b/i;
// "You must hold the right to work in Ireland": no sponsorship, said the other way round.
const MUST_ALREADY =
  /\b(?:must|need to|needs to|you['’]ll need|required to|have to)\b[^.]*\bright to work\b/i;

const OFFER =
  /\b(?:help\w*|support\w*|offer\w*|sponsor\w*|provid\w*|available|package|assist\w*|cover\w*|pay for|paid|budget|allowance|handles?)\b/i;

function sentences(text: string): string[] {
  return text
    .replace(/\*\*/g, '')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/^\s*[-*•]\s*/, '').trim())
    .filter(Boolean);
}

export function relocationTerms(description: string): RelocationTerms {
  let offered: string | null = null;
  let refused: string | null = null;
  for (const sentence of sentences(description)) {
    if (!SUBJECT.test(sentence)) continue;
    if (
      OTHER_SPONSORSHIP.test(sentence) &&
      !/\bvisas?\b|\bpermits?\b|relocat|\bemployment pass|\bblue card|\bh-?1b\b/i.test(sentence)
    )
      continue;
    if (MUST_ALREADY.test(sentence) || NEGATION.test(sentence)) refused ??= sentence;
    // A heading such as "Pay, relocation and visas" names the topic without offering anything.
    else if (OFFER.test(sentence)) offered ??= sentence;
  }
  return {
    offered: offered !== null,
    refused: refused !== null && offered === null,
    evidence: offered ?? refused,
  };
}
