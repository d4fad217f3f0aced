import { PAY, VISA, YEARS } from './cues.js';
import type { AnswerPlan, Intent, WorkMode } from './types.js';

/** Adds further parts to answer after the main one: each once, never the main one again. */
export function addParts(plan: AnswerPlan, intents: Intent[]): void {
  const also = [...(plan.also ?? []), ...intents.filter((i) => PART_INTENTS.has(i))].filter(
    (intent, i, all) => intent !== plan.intent && all.indexOf(intent) === i,
  );
  // Pay compared by work mode already answers the mode; skills compared, each one's share.
  const kept = also.filter(
    (i) =>
      !(plan.compareModes && i === 'work_mode') &&
      !(plan.intent === 'skill_compare' && i === 'skill_frequency'),
  );
  if (kept.length) plan.also = kept;
  else delete plan.also;
}

// What deciding an intent sets on a plan.
export const PLAN_DECISION_KEYS = [
  'intent',
  'listListings',
  'byCountry',
  'byCity',
  'byIndustry',
  'payBy',
  'textMention',
  'shareOf',
  'fitFor',
  'fitList',
  'earlyCareer',
  'placeless',
  'duplicatesAsked',
  'measure',
  'term',
  'compare',
  'compareModes',
  'compareSkills',
  'premise',
  'yearsAtMost',
  'yearsAtLeast',
  'skillCategories',
  'guideSections',
] as const;
// Intents a later part of a question adds, answered under the same filters.
const PART_INTENTS = new Set<Intent>([
  'pay',
  'years',
  'visa_relocation',
  'work_mode',
  'list_companies',
  'top_skills',
  'skill_frequency',
  'requirements',
]);

/**
 * The parts of a question that asks several things: split after a question mark, at a semicolon,
 * and at "and"/a comma before a new question word ("…pay, and do they sponsor visas?").
 * "stack + yoe" stays one part: the requirements carry both.
 */
export function questionParts(q: string): string[] {
  // A closing aside in parentheses ("(follow-up to: …)", "(asking for a friend)") is context.
  return q
    .replace(/\s*\([^()]*\)\s*$/, '')
    .split(
      /\?+\s+(?=\S)|;\s*|,?\s+(?:and|also|plus)\s+(?=(?:what|whats|what's|how|are|is|do|does|which|any|who|where|can|from who)\b)|,\s+(?=(?:what|whats|what's|how|which|do|does|are|is|any|who)\b)|\s+[+&]\s+(?=(?:what|whats|what's|how|which|do|does|are|is|any|who)\b)/i,
    )
    .map((p) => p.trim())
    .filter((p) => /[\p{L}\p{N}]{2,}/u.test(p));
}

// Chat spellings of question words, read as the words ("hw many", "wat r the top skilz").
const CHAT_SPELLINGS: Array<[RegExp, string]> = [
  [/\bhw\b/gi, 'how'],
  [/\b(?:wat|wht|waht|wut)\b/gi, 'what'],
  [/\b(?:wats|whts)\b/gi, 'whats'],
  [/\br\b(?! ?&)/gi, 'are'],
  [/\bu\b/gi, 'you'],
  [/\bteh\b/gi, 'the'],
  [/\b(?:skilz|skillz|skils|skilss)\b/gi, 'skills'],
  [/\bppl\b/gi, 'people'],
  [/\b(?:hw|how) m(?:ny|any)\b/gi, 'how many'],
  [/\bpaye?d?\b(?= in\b)/gi, 'paid'],
];
export function chatWords(q: string): string {
  return CHAT_SPELLINGS.reduce((text, [re, word]) => text.replace(re, word), q);
}

// Measures named as nouns side by side ("the stack and the pay", "salary & yoe"): each is answered.
const MEASURE_NOUNS: Array<[Intent, string]> = [
  ['pay', 'pay|salar(?:y|ies)|comp(?:ensation)?|rates?|money'],
  ['years', 'yoe|years(?: of experience)?|experience|exp'],
  ['requirements', 'stack|skills|tech(?:nologies)?|requirements|reqs'],
  ['visa_relocation', 'visas?|sponsorship|relocation'],
  ['work_mode', 'remote policy|work mode|remote split'],
];
const MEASURE_NOUN = MEASURE_NOUNS.map(([, words]) => words).join('|');
export const MEASURE_WORD = new RegExp(
  `\\b(?:${MEASURE_NOUN}|how often|how common|split|share|percent\\w*|top|most|require\\w*|need\\w*|want\\w*)\\b`,
  'i',
);
const MEASURE_PAIR = new RegExp(
  `\\b(?:${MEASURE_NOUN})\\b(?:[^?.;,]{0,12}?)\\s*(?:,|\\band\\b|\\+|&|\\/)\\s*(?:the\\s+|their\\s+)?(?:${MEASURE_NOUN})\\b`,
  'i',
);
/** The measures a question names as nouns side by side, besides the one answered first. */
export function pairedMeasures(q: string, intent: Intent): Intent[] {
  const pair = MEASURE_PAIR.exec(q);
  if (!pair) return [];
  const named = MEASURE_NOUNS.filter(([, words]) => new RegExp(`\\b(?:${words})\\b`, 'i').test(pair[0])).map(
    ([i]) => i,
  );
  // The requirements carry the years.
  return named.filter((i) => i !== intent && !(intent === 'requirements' && i === 'years'));
}

export const MODE_WORDS: Array<[WorkMode, RegExp]> = [
  ['remote', /\bremote(?:ly)?\b|\bwfh\b|\bwork from home\b/i],
  ['hybrid', /\bhybrid\b/i],
  ['onsite', /\bon-?site\b|\bin[- ]office\b|\boffice(?:[- ]based)?\b/i],
];

// Intents whose answer is figures over a selection, which a second part can extend.
export const AGGREGATE_PARTS = new Set<Intent>([
  'requirements',
  'skill_frequency',
  'top_skills',
  'years',
  'pay',
  'work_mode',
  'visa_relocation',
  'list_companies',
]);

/**
 * A second question after the first ("lead pay in berlin? and how many yoe do they want"): its
 * figures too, under the same filters.
 */
export function laterParts(q: string, plan: AnswerPlan): void {
  const rest = /\?\s*\S|;|\balso\b|\bplus\b|,?\s+and (?=(?:what|how|are|is|do|does|which|any)\b)/i.exec(q);
  if (rest && AGGREGATE_PARTS.has(plan.intent)) {
    const second = q.slice(rest.index + 1);
    const parts: Array<[Intent, boolean]> = [
      ['pay', PAY.test(second) && !/\bpay attention\b/i.test(second)],
      ['years', YEARS.test(second)],
      ['visa_relocation', VISA.test(second)],
    ];
    for (const [part, asked] of parts)
      if (asked && part !== plan.intent && !plan.also?.includes(part))
        plan.also = [...(plan.also ?? []), part];
  }
}
