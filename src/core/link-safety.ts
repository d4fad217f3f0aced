import { domainToUnicode } from 'node:url';

// Scripts a host label may be written in; letters of Common and Inherited (digits, marks) go with any.
const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Georgian',
  'Cherokee',
  'Hebrew',
  'Arabic',
  'Devanagari',
  'Bengali',
  'Thai',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
] as const;
const SCRIPT_RE = SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);

// Mixtures real domains use (Japanese and Korean text with Latin); any other mixture is refused.
const ALLOWED_MIXES = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Hangul']),
  new Set(['Latin', 'Han']),
];

// Letters of other scripts that look like Latin letters (from Unicode's confusables for a-z): a
// label written only in these reads as a Latin name ("аррӏе" is Cyrillic) and is refused.
const LATIN_LOOKALIKES = new Set('аᴀвеһіјӏкмнорԛѕтуԝхсьъыпгѵѡүҽԁɡαβεικνορτυχϲϳօսցոհոᏟᎪᎬᎻᏆᎷᏒᏚᎢᏔ'.split(''));

function scriptOf(ch: string): string | undefined {
  return SCRIPT_RE.find(([, re]) => re.test(ch))?.[0] ?? (/\p{L}/u.test(ch) ? 'Other' : undefined);
}

/** Why one internationalised host label could be mistaken for another name, or undefined when it is fine. */
function labelProblem(label: string): string | undefined {
  if (!/^[\p{L}\p{M}\p{N}-]+$/u.test(label)) return 'has symbols that look like punctuation';
  const scripts = new Set<string>();
  for (const ch of label) {
    const script = scriptOf(ch);
    if (script) scripts.add(script);
  }
  if (scripts.size > 1 && !ALLOWED_MIXES.some((mix) => [...scripts].every((s) => mix.has(s))))
    return `mixes ${[...scripts].join(' and ')} letters (a look-alike of another name)`;
  const letters = [...label].filter((ch) => /\p{L}/u.test(ch));
  if (!scripts.has('Latin') && letters.length > 0 && letters.every((ch) => LATIN_LOOKALIKES.has(ch)))
    return `is written in ${[...scripts].join(' ')} letters that look like Latin ones (a look-alike of another name)`;
  if (scripts.has('Latin') && letters.some((ch) => LATIN_LOOKALIKES.has(ch)))
    return 'has letters that look like other Latin letters';
  return undefined;
}

/**
 * Why a link must not be stored and shown as a citation, or undefined when it may: credentials
 * before the host (`https://jobs.example.com@evil.example/` goes to evil.example) and look-alike
 * internationalised hosts (mixed scripts, or a non-Latin name that reads as a Latin one).
 */
export function linkProblem(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined; // not a URL at all: the URL check itself says so
  }
  if (url.username || url.password)
    return `has a user name or password before the host (it goes to ${url.hostname}, not where it seems to)`;
  const host = url.hostname;
  if (!host.split('.').some((l) => l.startsWith('xn--'))) return undefined;
  const unicode = domainToUnicode(host);
  if (!unicode) return 'has a host that is not a valid internationalised name';
  for (const label of unicode.split('.')) {
    if (/^[\x20-\x7e]*$/.test(label)) continue;
    const problem = labelProblem(label);
    if (problem) return `has a look-alike host: ${unicode} ${problem}`;
  }
  return undefined;
}
