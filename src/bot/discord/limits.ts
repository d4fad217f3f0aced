import { COMPLETION_LIMITS } from '../commands/completion.js';
import type { ReplyEmbed } from '../reply.js';

/** Discord's message limits; breaking one is a 50035 Invalid Form Body (discord.js does not check). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  totalEmbedChars: 6000,
  customId: 100,
  choices: COMPLETION_LIMITS.choices,
  choiceText: COMPLETION_LIMITS.choiceText,
  rows: 5,
  buttonsPerRow: 5,
  textInput: 4000,
} as const;

/** Messages a reply may take: the original and up to this many follow-ups; the rest is summarised. */
export const MAX_MESSAGES_PER_REPLY = 4;

/** Splits text into pieces of at most `max`, preferring line breaks, then spaces. */
export function splitText(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max * 0.5) cut = rest.lastIndexOf(' ', max);
    if (cut < max * 0.5) cut = max;
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest) out.push(rest);
  return out;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function embedSize(e: ReplyEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/**
 * Turns embeds of any size into embeds that each respect Discord's per-embed limits: a long
 * description continues in further embeds, a field value is split into continued fields, more
 * than 25 fields spill over, and no single embed exceeds the 6000-character message total.
 */
export function fitEmbeds(embeds: ReplyEmbed[]): ReplyEmbed[] {
  const out: ReplyEmbed[] = [];
  for (const embed of embeds) {
    const descriptions = embed.description ? splitText(embed.description, DISCORD_LIMITS.description) : [];
    const fields = (embed.fields ?? []).flatMap((f) => {
      const name = clip(f.name || '\u200b', DISCORD_LIMITS.fieldName);
      return splitText(f.value || '—', DISCORD_LIMITS.fieldValue).map((value, i) => ({
        name: i === 0 ? name : clip(`${name} (cont.)`, DISCORD_LIMITS.fieldName),
        value,
        ...(f.inline ? { inline: true } : {}),
      }));
    });
    const first: ReplyEmbed = {
      ...(embed.title ? { title: clip(embed.title, DISCORD_LIMITS.title) } : {}),
      ...(embed.url ? { url: embed.url } : {}),
      ...(embed.image ? { image: embed.image } : {}),
    };
    const pieces: ReplyEmbed[] = [first];
    let current = first;
    const budget = DISCORD_LIMITS.totalEmbedChars - 300; // room for the footer and a title
    descriptions.forEach((d, i) => {
      if (i > 0) {
        current = {};
        pieces.push(current);
      }
      current.description = d;
    });
    for (const field of fields) {
      const fieldCount = current.fields?.length ?? 0;
      if (
        fieldCount >= DISCORD_LIMITS.fields ||
        embedSize(current) + field.name.length + field.value.length > budget
      ) {
        current = {};
        pieces.push(current);
      }
      current.fields = [...(current.fields ?? []), field];
    }
    if (embed.footer) {
      const footer = clip(embed.footer, DISCORD_LIMITS.footer);
      const last = pieces[pieces.length - 1]!;
      if (embedSize(last) + footer.length <= DISCORD_LIMITS.totalEmbedChars) last.footer = footer;
      else pieces.push({ footer });
    }
    for (const p of pieces) if (embedSize(p) > 0 || p.image) out.push(p);
  }
  return out;
}

/** Packs fitted embeds into messages of at most 10 embeds and 6000 characters each. */
export function packEmbeds(embeds: ReplyEmbed[]): ReplyEmbed[][] {
  const messages: ReplyEmbed[][] = [];
  let current: ReplyEmbed[] = [];
  let size = 0;
  for (const e of embeds) {
    const n = embedSize(e);
    if (
      current.length &&
      (current.length >= DISCORD_LIMITS.embedsPerMessage || size + n > DISCORD_LIMITS.totalEmbedChars)
    ) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(e);
    size += n;
  }
  if (current.length) messages.push(current);
  return messages;
}
