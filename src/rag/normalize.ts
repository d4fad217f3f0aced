import { convert, type FormatCallback } from 'html-to-text';

// Windows-1252 characters that arrive as C1 controls when cp1252 text was decoded as Latin-1
// (seen in real postings: "We\x92re"). Everything else in the C1 range is dropped.
const CP1252_C1: Record<number, string> = {
  128: '€',
  130: '‚',
  132: '„',
  133: '…',
  139: '‹',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
  153: '™',
  155: '›',
};

// Zero-width characters, bidi controls, the soft hyphen, interlinear annotations and Unicode
// tag characters are invisible: they hide text from readers and smuggle instructions to models.
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDDEF]/g;
// C0 controls other than tab and newline.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const C1 = /[\u0080-\u009F]/g;
// More than three combining marks on one character is never language, only "zalgo" noise.
const COMBINING_RUN = /(\p{M}{3})\p{M}+/gu;

/** Removes invisible and control characters and caps combining-mark runs; keeps newlines. */
export function stripInvisible(text: string): string {
  return text
    .replace(C1, (ch) => CP1252_C1[ch.charCodeAt(0)] ?? '')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(COMBINING_RUN, '$1');
}

/** NFC, invisible characters out, whitespace tidied: trailing spaces, runs of blanks, at most one empty line. */
export function normalizeText(text: string): string {
  const clean = stripInvisible(text.replace(/\r\n?/g, '\n').normalize('NFC'));
  return clean
    .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000 ]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A single-line field (title, company, location): no newlines, no runs of spaces. */
export function normalizeLine(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ');
}

const HTML_HINT =
  /<\/?(p|div|br|ul|ol|li|h[1-6]|strong|b|em|i|span|a|table|section|article)\b[^>]*>|&(amp|lt|gt|nbsp|quot|#\d+|#x[0-9a-f]+);/i;

/** True when a description looks like HTML (job boards send it, sometimes entity-escaped). */
export function looksLikeHtml(text: string): boolean {
  return HTML_HINT.test(text);
}

const markdownHeading: FormatCallback = (elem, walk, builder) => {
  builder.openBlock({ leadingLineBreaks: 2 });
  builder.addInline('## ');
  walk(elem.children, builder);
  builder.closeBlock({ trailingLineBreaks: 1 });
};

// Elements whose text a reader never sees: scripts, styles, and text hidden by attribute or inline
// style. Job-board HTML is untrusted, and hidden text is a classic carrier for injected instructions.
const HIDDEN_SELECTORS = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'head',
  'img',
  '[hidden]',
  '[aria-hidden=true]',
  '[style*="display:none"]',
  '[style*="display: none"]',
  '[style*="visibility:hidden"]',
  '[style*="visibility: hidden"]',
  '[style*="font-size:0"]',
  '[style*="font-size: 0"]',
];

/** HTML (possibly entity-escaped, as Greenhouse sends it) to Markdown-flavoured plain text. */
export function htmlToText(html: string): string {
  // Greenhouse returns the description HTML-escaped ("&lt;p&gt;"): unescape one level first.
  const source =
    /&lt;\/?[a-z][^&]*&gt;/i.test(html) && !/<[a-z][^>]*>/i.test(html) ? decodeBasicEntities(html) : html;
  return convert(source, {
    wordwrap: false,
    formatters: { markdownHeading },
    selectors: [
      ...HIDDEN_SELECTORS.map((selector) => ({ selector, format: 'skip' })),
      { selector: 'a', options: { ignoreHref: true } },
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, format: 'markdownHeading' })),
      { selector: 'ul', options: { itemPrefix: '- ' } },
      { selector: 'table', format: 'dataTable' },
    ],
  });
}

function decodeBasicEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A description from any source to normalized text: HTML converted, then normalized. */
export function normalizeDescription(raw: string): string {
  return normalizeText(looksLikeHtml(raw) ? htmlToText(raw) : raw);
}
