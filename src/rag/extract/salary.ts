/** A pay range as posted: never converted between currencies or periods. */
import type { Salary } from '../../core/listing.js';

export type { Salary };

// Symbols and prefixes, longest first so "A$" wins over "$".
const SYMBOLS: Array<[string, string]> = [
  ['NZ$', 'NZD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['US$', 'USD'],
  ['MX$', 'MXN'],
  ['HK$', 'HKD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['zł', 'PLN'],
  ['₩', 'KRW'],
  ['₪', 'ILS'],
  ['₦', 'NGN'],
];
const CODES = [
  'USD',
  'EUR',
  'GBP',
  'CHF',
  'CAD',
  'AUD',
  'NZD',
  'SGD',
  'JPY',
  'INR',
  'BRL',
  'PLN',
  'SEK',
  'NOK',
  'DKK',
  'ZAR',
  'AED',
  'MXN',
  'KES',
  'NGN',
  'ILS',
  'KRW',
  'CZK',
  'HUF',
  'RON',
  'TRY',
  'EGP',
  'MAD',
  'CLP',
  'COP',
  'ARS',
  'PEN',
  'VND',
  'IDR',
  'MYR',
  'PHP',
  'THB',
  'HKD',
  'CNY',
  'TWD',
  'UAH',
  'SAR',
  'QAR',
];
/** The ISO currency codes pay is posted in ("PHP 110,000" is the Philippine peso). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(CODES);
const CURRENCY_SYMBOL_PATTERN = SYMBOLS.map(([s]) => s.replace(/[$]/g, '\\$')).join('|');
const CURRENCY = `(?:${CURRENCY_SYMBOL_PATTERN}|\\b(?:${CODES.join('|')})\\b)`;
// 180,000 | 180.000 | 48,00,000 | 95k | 1.2M | 11 000 | 180
const AMOUNT = String.raw`\d{1,3}(?:[,.' \u00A0\u202F]\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:\s?(?:k|K|m|M|mn|lakhs?|LPA|lpa)\b)?`;
const SIDE = String.raw`(${CURRENCY})?\s?(${AMOUNT})(${SCALE})\s?(${CURRENCY})?`;
const RANGE = new RegExp(`${SIDE}\\s*(?:-|–|—|to|and|a|bis)\\s*${SIDE}`, 'g');

const PERIOD_WORDS: Array<[RegExp, Salary['period']]> = [
  [/^\s*(?:\(?\s*)?(?:per|an|a|\/)\s*(?:hour|hr|h)\b|^\s*hourly|^\s*\/\s*h\b/i, 'hour'],
  [/^\s*(?:\(?\s*)?(?:per|a|\/)\s*(?:day|diem)\b|^\s*daily|^\s*day rate/i, 'day'],
  [/^\s*(?:\(?\s*)?(?:per|a|\/)\s*(?:month|mo)\b|^\s*monthly|^\s*(?:gross\s+)?(?:per|a)\s+month/i, 'month'],
  [
    /^\s*(?:\(?\s*)?(?:per|a|\/)\s*(?:year|yr|annum)\b|^\s*(?:annually|annual|yearly|p\.?\s?a\.?(?=\W|$)|pa\b|brutto\s*\/?\s*jahr|gross\s+(?:per\s+)?(?:year|annual))|^\s*(?:base|OTE)\b/i,
    'year',
  ],
];

const SALARY_CONTEXT =
  /salary|compensation|\bpay\b|paid|base|range|package|\bote\b|gross|brutto|per (?:year|annum|month|hour|day)|annually|rate|remuneration|earn|\bctc\b|lpa|b2b/i;
const NOT_SALARY =
  /budget|stipend|allowance|revenue|raised|funding|series [a-e]|valuation|gmv|arr\b|transactions?|processed|volume|customers|donat|grant|relocation (?:package|support) of|bonus of|equipment|conference|learning|training|home[- ]office|wellness|gym|per diem|insurance cover/i;

function parseAmount(text: string, scale: string): number | undefined {
  let digits = text.replace(/[\u00A0\u202F ']/g, '');
  const scaleLower = scale.trim().toLowerCase();
  // "95.000" (German) and "180,000" are thousands; "1.2" before k/M is a decimal.
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(digits) || /^\d{1,3}(?:,\d{2})+,\d{3}$/.test(digits)) {
    digits = digits.replace(/[.,]/g, '');
  } else {
    digits = digits.replace(/,/g, '');
  }
  let value = Number(digits);
  if (!Number.isFinite(value)) return undefined;
  if (scaleLower === 'k') value *= 1_000;
  else if (scaleLower === 'm' || scaleLower === 'mn') value *= 1_000_000;
  else if (scaleLower.startsWith('lakh') || scaleLower === 'lpa') value *= 100_000;
  return value;
}

function currencyOf(token: string | undefined): string | undefined {
  if (!token) return undefined;
  const upper = token.toUpperCase();
  if (CODES.includes(upper)) return upper;
  return SYMBOLS.find(([symbol]) => symbol.toLowerCase() === token.toLowerCase())?.[1];
}

function periodAfter(text: string, scale: string): Salary['period'] | undefined {
  if (/lpa/i.test(scale)) return 'year';
  for (const [pattern, period] of PERIOD_WORDS) if (pattern.test(text)) return period;
  return undefined;
}

function periodAround(line: string): Salary['period'] | undefined {
  if (/\b(?:per|an|\/)\s*(?:hour|hr)\b|hourly/i.test(line)) return 'hour';
  if (/\b(?:per|a|\/)\s*day\b|day rate|daily rate/i.test(line)) return 'day';
  if (/\b(?:per|a|\/)\s*month\b|monthly/i.test(line)) return 'month';
  if (/\b(?:per|a|\/)\s*(?:year|annum)\b|annual|yearly|\bp\.?a\b|brutto\/jahr/i.test(line)) return 'year';
  return undefined;
}

// Currencies with small units reach much larger numbers for the same pay.
const SMALL_UNIT_CURRENCIES = new Set([
  'JPY',
  'INR',
  'KRW',
  'HUF',
  'CLP',
  'COP',
  'ARS',
  'VND',
  'IDR',
  'NGN',
  'KES',
  'PHP',
  'EGP',
  'TWD',
  'CZK',
  'THB',
  'UAH',
]);

// Plausible amounts per period; anything outside is a year, a headcount or a budget, not pay.
function plausible(min: number, max: number, period: Salary['period'], currency: string): boolean {
  if (!(min > 0 && max >= min && max <= min * 4)) return false;
  const big = SMALL_UNIT_CURRENCIES.has(currency);
  const factor = big ? 1000 : 1;
  const bounds: Record<Salary['period'], [number, number]> = {
    hour: [5, 2_000 * factor],
    day: [50, 10_000 * factor],
    month: [300, 200_000 * factor],
    year: [5_000, 5_000_000 * factor],
  };
  const [low, high] = bounds[period];
  return min >= low && max <= high;
}

function inferPeriod(min: number, currency: string, writtenInThousands: boolean): Salary['period'] {
  // "€19k–42k" with no period is an annual figure; monthly pay is rarely written in k.
  if (writtenInThousands && min >= 10_000) return 'year';
  const big = SMALL_UNIT_CURRENCIES.has(currency);
  const scaled = big ? min / 100 : min;
  if (scaled < 300) return 'hour';
  if (scaled < 2_000) return 'day';
  if (scaled < 25_000) return 'month';
  return 'year';
}

interface Candidate extends Salary {
  score: number;
  index: number;
}

/**
 * Finds the posted pay range in a listing: a min–max range with a currency, scored by the words
 * around it so that a learning budget or company revenue is not taken for pay. Returns null when
 * no range is stated; a single figure ("up to £120k") is not a range and is not guessed at.
 */
export function extractSalary(text: string, defaultCurrency?: string): Salary | null {
  const candidates: Candidate[] = [];
  const lines = text.split('\n');
  let offset = 0;
  for (const line of lines) {
    for (const m of line.matchAll(RANGE)) {
      const [, c1a, a1, s1 = '', c1b, c2a, a2, s2 = '', c2b] = m;
      const currency = currencyOf(c1a) ?? currencyOf(c1b) ?? currencyOf(c2a) ?? currencyOf(c2b) ?? undefined;
      const contextBefore = line.slice(Math.max(0, (m.index ?? 0) - 80), m.index);
      const after = line.slice((m.index ?? 0) + m[0].length);
      const hasContext =
        SALARY_CONTEXT.test(contextBefore) ||
        SALARY_CONTEXT.test(after.slice(0, 40)) ||
        /^\s*#*\s*(?:salary|compensation|pay)/i.test(line);
      const cur = currency ?? (hasContext ? defaultCurrency : undefined);
      if (!cur || !a1 || !a2) continue;
      // "95–115k": the scale written once applies to both sides.
      const scale1 = s1.trim() || (s2.trim() && Number(a1.replace(/[^\d.]/g, '')) < 1000 ? s2 : '');
      let min = parseAmount(a1, scale1);
      let max = parseAmount(a2, s2);
      if (min === undefined || max === undefined) continue;
      if (min > max) [min, max] = [max, min];
      // The period words near the range decide; a long line may talk about other money elsewhere.
      const window = line.slice(Math.max(0, (m.index ?? 0) - 60), (m.index ?? 0) + m[0].length + 40);
      const period =
        periodAfter(after, s2 || s1) ?? periodAround(window) ?? inferPeriod(min, cur, /k/i.test(scale1 + s2));
      if (!plausible(min, max, period, cur)) continue;
      let score = 1;
      if (hasContext) score += 2;
      if (currency) score += 1;
      // Only the words right after the range, within its own sentence, can say it is not pay.
      const ownSentenceAfter = after.split(/[.;](?:\s|$)/)[0]!.slice(0, 18);
      if (NOT_SALARY.test(contextBefore.slice(-50)) || NOT_SALARY.test(ownSentenceAfter)) score -= 4;
      candidates.push({ min, max, currency: cur, period, score, index: offset + (m.index ?? 0) });
    }
    offset += line.length + 1;
  }
  const best = candidates
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)[0];
  return best ? { min: best.min, max: best.max, currency: best.currency, period: best.period } : null;
}
