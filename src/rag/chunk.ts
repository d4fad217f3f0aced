/** A section of a document: the unit RoleRadar retrieves and cites. */
import type { Chunk } from '../core/listing.js';

export type { Chunk };

export interface ChunkOptions {
  /** Sections longer than this are split at paragraph or bullet boundaries. */
  maxChars?: number;
  /** Sections shorter than this are merged into the next one. */
  minChars?: number;
}

const MARKDOWN_HEADING = /^#{1,6}\s+(.+?)\s*#*$/;
const BOLD_HEADING = /^(?:\*\*|__)([^*_]{2,80})(?:\*\*|__):?$/;
// A short line ending in a colon, like "What you'll bring:" or "Nice to have:", heads the lines after it.
const COLON_HEADING = /^([A-Z][^.!?:]{1,60}):$/;
// Listings word their nice-to-haves many ways: "Also useful", "Extras we'd value", "It helps if you
// also know", "Things we'd love but won't require", "Advantageous", "Even better"...
const OPTIONAL_HEADING =
  /don['’]t need|do not need|not looking for|nice[- ]to[- ]have|nice if|bonus|plus(?:es)?\b|preferred|good to have|extra (?:credit|points)|\bextras?\b|would be great|not required|(?:aren['’]t|are not|isn['’]t|won['’]t|not) (?:be )?requir\w*|optional|icing|delight us|brownie|also (?:useful|valuable|helpful|nice|welcome)|^useful\b|^helpful\b|it helps|would help|things that would help|what helps|stand out|advantag\w*|even better|we['’]d value/i;

function headingOf(line: string): string | null {
  const m = MARKDOWN_HEADING.exec(line) ?? BOLD_HEADING.exec(line) ?? COLON_HEADING.exec(line);
  return m ? m[1]!.replace(/[*_`]/g, '').trim().replace(/:$/, '') : null;
}

/** Splits a document into sections by its headings; long sections split, short ones merged. */
export function chunkDocument(text: string, options: ChunkOptions = {}): Chunk[] {
  const maxChars = options.maxChars ?? 1200;
  const minChars = options.minChars ?? 160;
  const sections: Array<{ heading: string | null; lines: string[] }> = [{ heading: null, lines: [] }];
  for (const line of text.split('\n')) {
    const heading = headingOf(line.trim());
    if (heading) sections.push({ heading, lines: [] });
    else sections[sections.length - 1]!.lines.push(line);
  }
  const pieces: Chunk[] = [];
  for (const section of sections) {
    const body = section.lines.join('\n').trim();
    if (!body && !section.heading) continue;
    const optional = section.heading !== null && OPTIONAL_HEADING.test(section.heading);
    for (const part of splitLong(body, maxChars))
      pieces.push({ heading: section.heading, text: part, optional });
    if (!body) pieces.push({ heading: section.heading, text: '', optional });
  }
  return mergeShort(pieces, minChars, maxChars).filter((c) => c.text.trim().length > 0);
}

function splitLong(body: string, maxChars: number): string[] {
  if (body.length <= maxChars) return [body];
  const blocks = body
    .split(/\n(?=\s*\n)|\n(?=[-*•]\s|\d+[.)]\s)/)
    .map((b) => b.trim())
    .filter(Boolean);
  const out: string[] = [];
  let current = '';
  for (const block of blocks) {
    for (const piece of block.length > maxChars ? splitSentences(block, maxChars) : [block]) {
      if (current && current.length + piece.length + 1 > maxChars) {
        out.push(current);
        current = piece;
      } else current = current ? `${current}\n${piece}` : piece;
    }
  }
  if (current) out.push(current);
  return out;
}

function splitSentences(block: string, maxChars: number): string[] {
  // A sentence ends at . ! or ? followed by whitespace or the end; a dot inside a word ("Node.js",
  // "e.g.", "C#/.NET") does not end it. Every character belongs to one sentence: nothing is dropped.
  const sentences = block.match(/(?:[^.!?]|[.!?]+(?=\S))+(?:[.!?]+(?:\s+|$)|$)|[.!?]+(?:\s+|$)/g) ?? [block];
  const out: string[] = [];
  let current = '';
  for (const s of sentences) {
    if (current && current.length + s.length > maxChars) {
      out.push(current.trim());
      current = s;
    } else current += s;
  }
  if (current.trim()) out.push(current.trim());
  // A single sentence longer than the limit is cut at spaces.
  return out.flatMap((p) =>
    p.length <= maxChars ? [p] : (p.match(new RegExp(`.{1,${maxChars}}(?:\\s|$)`, 'gs')) ?? [p]),
  );
}

function mergeShort(chunks: Chunk[], minChars: number, maxChars: number): Chunk[] {
  const out: Chunk[] = [];
  for (const chunk of chunks) {
    const previous = out[out.length - 1];
    if (
      previous &&
      previous.text.length < minChars &&
      previous.optional === chunk.optional &&
      previous.text.length + chunk.text.length < maxChars
    ) {
      const heading = [previous.heading, chunk.heading].filter(Boolean).join(' / ') || null;
      const text =
        chunk.heading && previous.text
          ? `${previous.text}\n${chunk.heading}:\n${chunk.text}`
          : `${previous.text}\n${chunk.text}`.trim();
      out[out.length - 1] = { heading, text, optional: chunk.optional };
    } else out.push({ ...chunk });
  }
  return out;
}
