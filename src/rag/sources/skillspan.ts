import path from 'node:path';
import type { LoadResult, RawRecord } from './types.js';

/**
 * Importer for SkillSpan (Zhang et al., NAACL 2022; MIT): real, de-identified job postings as
 * tokenized JSON Lines, one sentence per line: { idx, tokens, tags_skill, tags_knowledge, source }.
 * A posting is every sentence with the same (file, source, idx). The text carries
 * de-identification placeholders (<ORGANIZATION>, <LOCATION>, ...) and, for Stack Overflow
 * postings, header boilerplate ("Date posted: ...", "Likes: 0 Dislikes: 0 Love: 0") that this
 * importer turns into fields or drops.
 */
export function isSkillSpanLine(value: unknown): boolean {
  const v = value as { tokens?: unknown; tags_skill?: unknown; idx?: unknown };
  return (
    typeof v === 'object' &&
    v !== null &&
    Array.isArray(v.tokens) &&
    Array.isArray(v.tags_skill) &&
    typeof v.idx === 'number'
  );
}

interface Sentence {
  tokens: string[];
  skills: string[];
  line: number;
}

const PLACEHOLDER_TEXT: Record<string, string> = {
  ORGANIZATION: 'the company',
  ORG: 'the company',
  LOCATION: '[location]',
  ADDRESS: '[address]',
  CONTACT: '[contact]',
  NAME: '[name]',
  SALARY: '[salary withheld]',
  DESCRIPTION: '',
  PROFESSION: '[profession]',
  SIZE: '[size]',
  COMPANY_TYPE: '[company type]',
  EXPERIENCE: '[experience]',
  INDUSTRY: '[industry]',
};

// ".NET" arrives as two tokens ("on", ".", "Net", "Core"); a mark keeps its dot off the word before.
const DOT_NET_MARK = '\u0001';

/** Joins tokens back into readable text: no space before punctuation or after an opening bracket. */
export function detokenize(tokens: string[]): string {
  const joined: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === '.' && /^net$/i.test(tokens[i + 1] ?? '')) {
      joined.push(`${DOT_NET_MARK}${tokens[i + 1]!.toUpperCase()}`);
      i++;
    } else joined.push(tokens[i]!.replace(/^\.(net)$/i, `${DOT_NET_MARK}NET`));
  }
  return joined
    .join(' ')
    .replace(/\s+([,.;:!?%)\]])/g, '$1')
    .replace(/([([])\s+/g, '$1')
    .replace(/\s+(['’])\s*(s|re|ll|ve|d|t|m)\b/gi, '$1$2')
    .replace(/\s+\/\s+/g, '/')
    .replaceAll(DOT_NET_MARK, '.');
}

/**
 * The tokenizer of the data set also split sentences at the dot of ".NET" ("… C# and." + "NET …"):
 * such a pair is one sentence again, with ".NET" whole.
 */
function joinDotNetSentences(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const sentence of sentences) {
    const previous = out[out.length - 1];
    const first = sentence.tokens[0] ?? '';
    if (previous && /^net$/i.test(first) && /\.$/.test(previous.tokens[previous.tokens.length - 1] ?? '')) {
      const last = previous.tokens[previous.tokens.length - 1]!;
      const head =
        last === '.' ? previous.tokens.slice(0, -1) : [...previous.tokens.slice(0, -1), last.slice(0, -1)];
      out[out.length - 1] = {
        ...previous,
        tokens: [...head, '.', first, ...sentence.tokens.slice(1)],
        skills: [...previous.skills, ...sentence.skills],
      };
    } else out.push(sentence);
  }
  return out;
}

function fillPlaceholders(text: string): string {
  return (
    text
      .split('\n')
      // A line made only of placeholders ("<ADDRESS> <ADDRESS> <LOCATION> - <LOCATION>") says nothing.
      .filter((line) => line.replace(/<[A-Z_]+>|[\s\-–,.|/()]/g, '') !== '')
      .map((line) =>
        line
          .replace(/(<[A-Z_]+>)(?:\s*\1)+/g, '$1')
          .replace(/<([A-Z_]+)>/g, (_, name: string) => PLACEHOLDER_TEXT[name] ?? '')
          .replace(/\b(the company)(?:\s+the company)+/g, '$1')
          .replace(/\s{2,}/g, ' ')
          .trim(),
      )
      .filter(Boolean)
      .join('\n')
  );
}

// Stack Overflow headers arrive run together in one "sentence"; these labels start a new line.
const HEADER_LABELS =
  /\s+(?=(?:Date posted:|Likes:|Job description:?|Job type:|Experience level:|Role:|Industry:|Company size:|Company type:|Technologies\b|Compensation:|Location options:|About this company)\s)/g;

const BOILERPLATE =
  /^(likes: \d+ dislikes: \d+ love: \d+|job description:?|job type:|experience level:|role:|industry:|company size:|company type:|technologies|about this company|date posted: .*)$/i;

export function parseSkillSpan(file: string, text: string): LoadResult {
  const result: LoadResult = { records: [], issues: [], notices: [] };
  const split = path.basename(file).replace(/\.[^.]+$/, '');
  const postings = new Map<string, { source: string; idx: number; sentences: Sentence[] }>();
  text.split('\n').forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (!line) return;
    let value: {
      idx: number;
      tokens: string[];
      tags_skill: string[];
      tags_knowledge?: string[];
      source?: string;
    };
    try {
      value = JSON.parse(line);
    } catch (error) {
      result.issues.push({ file, line: i + 1, message: `malformed JSON: ${(error as Error).message}` });
      return;
    }
    if (!isSkillSpanLine(value) || !value.tokens.every((t) => typeof t === 'string')) {
      result.issues.push({
        file,
        line: i + 1,
        field: 'tokens',
        message: 'not a SkillSpan sentence (needs idx, tokens[], tags_skill[])',
      });
      return;
    }
    const source = value.source ?? 'unknown';
    const key = `${source}:${value.idx}`;
    const posting = postings.get(key) ?? { source, idx: value.idx, sentences: [] };
    // Spans the annotators tagged as knowledge (technologies, tools) help show what was extracted.
    const knowledge: string[] = [];
    let current: string[] = [];
    (value.tags_knowledge ?? []).forEach((tag, t) => {
      if (tag.startsWith('B')) {
        if (current.length) knowledge.push(current.join(' '));
        current = [value.tokens[t]!];
      } else if (tag.startsWith('I') && current.length) current.push(value.tokens[t]!);
      else if (current.length) {
        knowledge.push(current.join(' '));
        current = [];
      }
    });
    if (current.length) knowledge.push(current.join(' '));
    posting.sentences.push({ tokens: value.tokens, skills: knowledge, line: i + 1 });
    postings.set(key, posting);
  });

  for (const { source, idx, sentences } of postings.values()) {
    result.records.push(toListing(file, split, source, idx, joinDotNetSentences(sentences)));
  }
  return result;
}

function toListing(
  file: string,
  split: string,
  source: string,
  idx: number,
  sentences: Sentence[],
): RawRecord {
  const lines = sentences.flatMap((s) => detokenize(s.tokens).replace(HEADER_LABELS, '\n').split('\n'));
  const fields: Record<string, unknown> = {};
  const body: string[] = [];
  let title: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (i === 0) {
      // Stack Overflow postings open with the title, cut at the first placeholder or header field.
      const cut = line
        .split(/<[A-Z_]+>| Date posted:/)[0]!
        .trim()
        .replace(/[\s\-–,:|]+$/, '');
      if (cut.length >= 3 && cut.length <= 120) title = cut;
      // A Stack Overflow title after the employer's placeholder ("<ORGANIZATION> Cloud Services -
      // Site Reliability Engineering Manager (SRE) <ORGANIZATION>") is the first text between them.
      let consumed = cut.length;
      if (!title && source === 'tech') {
        const head = /^((?:\s*<[A-Z_]+>)+)\s*([^<]{3,120}?)[\s\-–,:|(]*(?=<[A-Z_]+>| Date posted:|$)/.exec(
          line,
        );
        if (head) {
          title = head[2]!.trim();
          consumed = head[0].length;
        }
      }
      if (source === 'tech' || (title && title.length <= 80)) {
        const rest = line.slice(consumed).trim();
        if (rest) lines[i] = rest;
        else continue;
      }
    }
    const posted = /Date posted:\s*(\d{4}-\d{2}-\d{2})/.exec(lines[i]!);
    if (posted) fields.postedAt = posted[1];
    const header =
      /^(Job type|Experience level|Role|Industry|Company size|Company type|Technologies|Compensation|Location options):?\s*(.*)$/i.exec(
        lines[i]!,
      );
    if (header) {
      const [, name, inline] = header;
      const value = inline || (next && !/^[A-Z][a-z]+( [a-z]+)?:/.test(next) ? next : '');
      if (!inline && value) i++;
      const key = name!.toLowerCase();
      // "Location options: Remote Visa sponsor Paid relocation": the board's own remote flag.
      if (key === 'location options' && /\bremote\b/i.test(value)) fields.remote = 'remote';
      // Only a short value with a figure is a pay line ("€48k - 84k"); "Compensation" also heads prose.
      if (key === 'compensation' && /\d/.test(value) && value.length <= 120 && fields.salary === undefined)
        fields.salary = value;
      // Header facts stay in the text as one readable line each: they are what members search for.
      if (value && key !== 'company size' && key !== 'company type') body.push(`${name}: ${value}`);
      continue;
    }
    if (BOILERPLATE.test(lines[i]!.trim())) continue;
    body.push(lines[i]!);
  }
  const description = fillPlaceholders(body.join('\n'));
  fields.id = `skillspan-${split}-${source}-${idx}`;
  fields.title = title ? fillPlaceholders(title) || 'Untitled posting' : 'Untitled posting';
  fields.company = 'Unnamed company (de-identified)';
  fields.location = 'Unknown (de-identified)';
  fields.url = `https://github.com/kris927b/SkillSpan#${split}-${source}-${idx}`;
  fields.source = `skillspan:${split}`;
  fields.description = description;
  return { origin: { file, line: sentences[0]?.line ?? 1, record: idx }, kind: 'listing', fields };
}
