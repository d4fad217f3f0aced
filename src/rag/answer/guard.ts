import { stripInvisible } from '../normalize.js';

/**
 * What a model's answer may not carry, whatever a poisoned source told it to write. Pure text
 * functions: the model answerer applies them to streamed partials and to the final answer alike,
 * and the reply sanitiser defuses invite links in every reply.
 */

/**
 * The form text is compared in: NFKC (full-width and compatibility letters become plain ones),
 * invisible characters (zero-width space, soft hyphen, bidi controls, tags) removed, case-folded.
 */
export function foldForCheck(text: string): string {
  return stripInvisible(stripInvisible(text).normalize('NFKC')).toLowerCase().normalize('NFKC');
}

/** Letters and digits only, after folding: "RR-Can\u00ADary 1f" and "rr canary-1f" compare equal. */
function skeleton(text: string): string {
  return foldForCheck(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

const SHINGLE_WORDS = 8;

/**
 * A check for a reply that repeats the system prompt: the canary in any spelling (invisible
 * characters, case, full-width letters, separators inside it), or any run of eight consecutive
 * words of the prompt, compared after the same folding.
 */
export function leakDetector(system: string, canary: string): (text: string) => boolean {
  const canarySkeleton = canary ? skeleton(canary) : '';
  const words = (text: string) => foldForCheck(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const promptWords = words(system);
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= promptWords.length; i++)
    shingles.add(promptWords.slice(i, i + SHINGLE_WORDS).join(' '));
  return (text) => {
    if (canarySkeleton && skeleton(text).includes(canarySkeleton)) return true;
    const folded = foldForCheck(text);
    if (/never\s+instructions/.test(folded)) return true;
    const replyWords = words(text);
    for (let i = 0; i + SHINGLE_WORDS <= replyWords.length; i++)
      if (shingles.has(replyWords.slice(i, i + SHINGLE_WORDS).join(' '))) return true;
    return false;
  };
}

/** Discord invite links, with or without a scheme: they would render as a join card. */
export const INVITE_LINK =
  /(?:https?:\/\/)?(?:www\.)?(?:discord(?:app)?\.com\/invite|discord\.gg|dsc\.gg|discord\.me|discord\.io|discord\.link|invite\.gg)\s*\/\s*[\w-]+/gi;

const HAS_INVITE = new RegExp(INVITE_LINK.source, 'i');

/** Replaces every Discord invite link with a plain note. */
export function defuseInvites(text: string): string {
  return text.replace(INVITE_LINK, '(invite link removed)');
}

// Headings of the bot's own sections, which only code renders: a model line that starts with one
// opens a forged block (a "Sources" list naming other companies), dropped up to the next blank line.
const OWN_SECTION =
  /^(?:sources?|references?|citations?|cited listings?|source list|listings cited|links?|footnotes?)\s*(?:\(\d+\))?\s*(?:[:：\-–—]|$|\[\d)/u;
// Lines only code writes: the answer's footer, the share attribution.
const OWN_LINE =
  /^(?:model answer|composed from the listings|corpus generation|shared by|listings fetched|roleradar\s*[:：])/u;
// A line that speaks as the bot, Discord or the server's staff rather than answering.
const SPEAKER =
  '(?:security|safety|official|account|moderator|mod|admin(?:istrator)?|staff|system|server|roleradar|discord|trust and safety|important|urgent)';
const IMPERSONATION = new RegExp(
  [
    // A label at the start of a line: "Security notice:", "OFFICIAL ANNOUNCEMENT", "Important: …".
    `^(?:${SPEAKER}\\s+)+(?:notice|alert|warning|announcement|message|update|notification)\\b`,
    '^(?:notice|warning|alert|attention|announcement|important|urgent|reminder)\\s*[:!]',
    // The same label inside a line, as a label: "… — Security alert: …".
    `\\b${SPEAKER}\\s+(?:notice|alert|warning|announcement)\\s*[:!]`,
    // Speaking for the bot or the server's staff.
    '\\b(?:message|notice|announcement|note|reminder) from (?:the )?(?:roleradar|discord|moderators?|mods?|admins?|administrators?|staff|server team|trust and safety)\\b',
    '\\b(?:this is|we are|i am) (?:the )?(?:roleradar|discord|moderators?|mods?|admins?|staff)\\b',
    '\\bverify your (?:account|identity|membership)\\b',
    '\\byour (?:account|membership) (?:will|has|is|may)\\b',
  ].join('|'),
  'u',
);
// Secrets a member must never be asked for.
const SECRET =
  /\b(?:pass(?:word|code|phrase)s?|pass code|(?:log[- ]?in|sign[- ]?in|verification|security|auth(?:entication)?|access|confirmation|one[- ]time|2fa|mfa|backup|recovery|qr) codes?|2fa|mfa|otp|one[- ]time pass(?:word)?|tokens?|api keys?|secret keys?|private keys?|seed phrases?|recovery (?:phrase|key)s?|credentials?|pin(?: code)?)\b/u;
// ... requested ...
const REQUEST =
  /\b(?:dm|dms|send|share|post|paste|give|enter|submit|provide|tell|type|reply|message|forward|verify|confirm|reveal|disclose|drop|scan)\b/u;
// ... of the reader: "your", a direct message, or "to" the bot or someone posing as staff.
const ASKED_OF_READER =
  /\byour\b|\b(?:dm|dms|direct message|private message|pm|message me|message us|send (?:me|us|it)|reply with|paste|type (?:it|in))\b|\bto (?:me|us|the bot|roleradar|(?:a |an |the )?(?:mod|moderator|admin|staff|recruiter|team))\b/u;
// A reference-list entry the model wrote itself ("[1] Title — Company", "[2]: …"): citations are
// rendered by code from the retrieved sources, never by the model.
const REFERENCE_ENTRY = /^\[\d{1,3}\](?:\s*:|\s+[^[\n]*\s[—–-]\s\S)/u;

/** The start of a line as a reader sees it: markdown emphasis, quote marks, bullets and emoji gone. */
function lineHead(line: string): string {
  return foldForCheck(line)
    .replace(/^[\s>*_#~|`•·\-+=]+/u, '')
    .replace(/^[\p{Extended_Pictographic}\p{Emoji_Presentation}\s*_~]+/u, '')
    .replace(/[*_~`]/g, '')
    .trim();
}

/** Why a model line must not be shown, or undefined when it may be. */
export function injectedLineReason(line: string): string | undefined {
  const head = lineHead(line);
  if (!head) return undefined;
  if (OWN_SECTION.test(head)) return 'section';
  if (REFERENCE_ENTRY.test(head)) return 'reference';
  if (OWN_LINE.test(head)) return 'own-line';
  // An answer about job listings has no reason to send members to another server.
  if (HAS_INVITE.test(head)) return 'invite';
  if (IMPERSONATION.test(head)) return 'impersonation';
  if (SECRET.test(head) && REQUEST.test(head) && ASKED_OF_READER.test(head)) return 'secret';
  return undefined;
}

/**
 * Drops the lines of a model answer that impersonate the bot's own sections or its staff, or ask
 * the reader for a secret; a forged section heading takes the block under it along (up to the
 * next blank line). Returns the kept text and how many lines were dropped.
 */
export function dropInjectedLines(text: string): { text: string; dropped: number } {
  const kept: string[] = [];
  let dropped = 0;
  let inForgedBlock = false;
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      inForgedBlock = false;
      kept.push(line);
      continue;
    }
    const reason = injectedLineReason(line);
    if (reason === 'section') inForgedBlock = true;
    if (reason || inForgedBlock) {
      dropped++;
      continue;
    }
    kept.push(line);
  }
  return { text: kept.join('\n'), dropped };
}
