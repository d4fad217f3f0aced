/** Numbers spelled out in listings and questions ("seven years", "the five most requested"). */
export const SPELLED_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};
const NUMBER_WORDS: Record<string, number> = { ...SPELLED_NUMBERS, a: 1, an: 1 };
const NUM = `(\\d{1,2}|${Object.keys(NUMBER_WORDS)
  .filter((w) => w.length > 2)
  .join('|')})`;
// "8+ years", "5–8 years", "at least seven years", "10 or more years", "6 years minimum", "8 yrs"
const YEARS = new RegExp(
  `(?:(at least|minimum(?: of)?|min\\.?|more than|upwards of)\\s+)?${NUM}(?:\\s*|-)(\\+|plus)?\\s*(?:(?:-|–|—|to)\\s*${NUM}\\s*)?(?:\\+\\s*)?(?:or more\\s+)?(?:years?|yrs?)\\b(?:['’]?)(\\s+or\\s+(?:more|longer)|\\s+minimum|\\s+at least)?`,
  'gi',
);
const DECADE = /\b(?:a|one|over a|more than a|at least a) decade(?:\s+or\s+more)?/gi;
// What must follow (or precede) a number of years for it to be a requirement and not company history.
const EXPERIENCE_AFTER =
  /^(?:['’]s?)?\s*(?:\+\s*)?(?:minimum\s+|min\.?\s+|(?:of|in|with)\s+(?:(?:hands-on|professional|commercial|relevant|industry|production|software|backend|back-end|server-side|engineering|programming|development|coding|experience|building|working|writing|leading|managing|running|designing|shipping|technical)\b|[A-Z]|\.NET)|building|working|writing|shipping|designing|leading|running|hands|professional|industry|relevant|commercial|production|progressive|post|experience|experienced|as an?|behind you|under your belt|doing|developing|on\s+the\s+(?:server|backend|back-end)|engineering|software|backend|back-end|server|solid|deep|proven|practical|knowledge)/i;
const NOT_EXPERIENCE =
  /\b(ago|old|founded|since|history|running for|been around|vesting|cliff|runway|warranty|contract|anniversary|in business|on the market|retention|product of|celebrat\w*|of service)\b/i;
// "for nearly twenty years", "the next three years", "over the past two years": time spans, not requirements.
const TIME_SPAN_BEFORE =
  /\b(?:for|next|past|last|coming|first|served us for|over the (?:past|last|next))\s+(?:nearly|almost|about|roughly|around|over|more than|the)?\s*$/i;

function toNumber(word: string): number | undefined {
  const n = Number(word);
  if (Number.isFinite(n)) return n;
  return NUMBER_WORDS[word.toLowerCase()];
}

/**
 * The minimum years of experience a listing asks for: the largest stated lower bound
 * ("8+ years, 2 of them leading a team" asks for 8), or null when none is stated.
 */
export function extractYearsMin(text: string): number | null {
  let best: number | null = null;
  for (const m of text.matchAll(YEARS)) {
    const [whole, , lowWord] = m;
    if (!lowWord) continue;
    const index = m.index ?? 0;
    const after = text.slice(index + whole.length, index + whole.length + 60);
    const before = text.slice(Math.max(0, index - 50), index);
    const looksLikeRequirement =
      EXPERIENCE_AFTER.test(after) ||
      /experience\W*(?:of|with)?\s*$|you have\s*$|you bring\s*$|you've got\s*$|requires?\s*$|need\s*$|bring\s*$/i.test(
        before,
      ) ||
      Boolean(m[1]) ||
      /minimum|at least/i.test(m[5] ?? '');
    if (!looksLikeRequirement) continue;
    if (
      NOT_EXPERIENCE.test(after.slice(0, 25)) ||
      /^\s*who\b/i.test(after) ||
      NOT_EXPERIENCE.test(before.slice(-30)) ||
      TIME_SPAN_BEFORE.test(before)
    )
      continue;
    const low = toNumber(lowWord);
    if (low === undefined || low < 1 || low > 30) continue;
    if (best === null || low > best) best = low;
  }
  for (const decade of text.matchAll(DECADE)) {
    const end = (decade.index ?? 0) + decade[0].length;
    if (EXPERIENCE_AFTER.test(text.slice(end, end + 60)) && (best === null || best < 10)) best = 10;
  }
  return best;
}
