import { defuseInvites } from '../rag/answer/guard.js';
import { stripInvisible } from '../rag/normalize.js';
import type { Reply, ReplyEmbed } from './reply.js';

// Masked links [text](url) and http(s) URLs, as Discord renders them. A URL may hold balanced
// parentheses (`/wiki/Role_(backend)`), and one in <…> runs to the closing bracket: a URL with "("
// is one link, never cut into a broken piece of code text and a stray tail.
const MASKED_LINK =
  /\[([^\]\n]{0,200})\]\(\s*(?:<([^>\s]+)>|((?:[^()\s<>]|\([^()\s<>]*\))+))(?:\s+"[^"]*")?\s*\)/g;
const BARE_URL = /<(https?:\/\/[^\s<>`]+)>|\bhttps?:\/\/(?:[^\s<>()[\]`]|\([^\s<>()`]*\))+/gi;
// Mentions that would ping or render as a chip: <@id>, <@!id>, <@&role>, @everyone, @here.
const MENTION = /<@[!&]?(\d{1,25})>|@(everyone|here)\b/g;

/**
 * Makes a reply safe to post, whatever the corpus or a model put in it:
 * - invisible characters (zero-width, bidi, tags) and zalgo runs are stripped;
 * - only links to the listings' own stored URLs stay clickable; a masked link to anywhere else
 *   keeps its text, and a bare foreign URL is shown as code (not clickable);
 * - Discord invite links are replaced by a note, whatever their spelling;
 * - mentions are defused in the text as well (allowed_mentions is the other half, in the adapter).
 * Code renders the citation links, so every allowed URL comes from `allowedUrls`.
 */
export function sanitizeReply(reply: Reply, allowedUrls: ReadonlySet<string>): Reply {
  const roles = new Set(reply.roleMentions ?? []);
  const text = (value: string) => sanitizeText(value, allowedUrls, roles);
  const embed = (e: ReplyEmbed): ReplyEmbed => ({
    ...e,
    ...(e.title !== undefined ? { title: text(e.title) } : {}),
    ...(e.description !== undefined ? { description: text(e.description) } : {}),
    ...(e.footer !== undefined ? { footer: text(e.footer) } : {}),
    ...(e.url !== undefined ? (allowedUrls.has(e.url) ? { url: e.url } : { url: undefined }) : {}),
    ...(e.fields
      ? { fields: e.fields.map((f) => ({ ...f, name: text(f.name), value: text(f.value) })) }
      : {}),
  });
  return {
    ...reply,
    ...(reply.content !== undefined ? { content: text(reply.content) } : {}),
    ...(reply.embeds ? { embeds: reply.embeds.map(embed) } : {}),
    ...(reply.pages ? { pages: reply.pages.map((p) => sanitizeReply(p, allowedUrls)) } : {}),
  };
}

export function sanitizeText(
  value: string,
  allowedUrls: ReadonlySet<string>,
  /** Role ids the code itself rendered as `<@&id>` (see `Reply.roleMentions`): kept as mentions. */
  roleMentions: ReadonlySet<string> = new Set(),
): string {
  return (
    // A Discord invite (with or without a scheme) would render as a join card: never kept.
    defuseInvites(stripInvisible(value))
      .replace(MASKED_LINK, (whole, label: string, bracketed?: string, plain?: string) =>
        allowedUrls.has(bracketed ?? plain ?? '') ? whole : `${label.replace(/[[\]]/g, '')} (link removed)`,
      )
      .replace(BARE_URL, (match, bracketed?: string) => {
        const url = bracketed ?? match;
        // An allowed URL is wrapped in <> so Discord shows no preview card for it.
        return allowedUrls.has(url)
          ? `<${url}>`
          : `\`${url.replace(/^https?:\/\//i, '').replace(/`/g, '')}\``;
      })
      // A full-width at sign reads the same and is no mention.
      .replace(MENTION, (m, id: string | undefined, word: string | undefined) =>
        word ? `＠${word}` : id && m === `<@&${id}>` && roleMentions.has(id) ? m : '＠member',
      )
  );
}
