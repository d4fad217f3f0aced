import fs from 'node:fs';
import { z } from 'zod';
import { parseYamlText, yamlCache } from '../../config/yaml-file.js';

/**
 * The industry or domain a listing's employer works in (fintech, games, health…), read from the
 * company's own description with the sentence that shows it. The vocabulary is data:
 * `data/taxonomy/industries.yaml`.
 */

const phrase = z.string().trim().min(1);
const industrySchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'an id is lower-case words joined by hyphens'),
  label: phrase,
  parent: z.string().optional(),
  aliases: z.array(phrase).default([]),
  cues: z.array(phrase).default([]),
  hints: z.array(phrase).default([]),
  names: z.array(phrase).default([]),
});
const industriesSchema = z.array(industrySchema).min(1);

export type IndustryDefinition = z.infer<typeof industrySchema>;

/** One industry found in a listing: its id, the sentence that shows it, and how strongly. */
import type { ListingIndustry } from '../../core/listing.js';

export type { ListingIndustry };

export interface IndustryText {
  title: string;
  company: string | null;
  description: string;
}

/** Scoring: see the comment at the top of industries.yaml. */
const INTRO_CHARS = 1000;
const CUE = 2;
const HINT = 1;
const NAME = 3;
/** Cues far from the company's introduction count a quarter, and at most this much in all. */
const REST_WEIGHT = 0.25;
const REST_CAP = 2;
const THRESHOLD = 2;
const RELATIVE = 0.6;
const MAX_INDUSTRIES = 3;

const LETTER = '[\\p{L}\\p{N}]';

/** A regex matching any of the phrases as whole words, any case, spaces and hyphens alike. */
function phraseRegex(phrases: string[]): RegExp | null {
  if (phrases.length === 0) return null;
  const alternatives = [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s\\-]+'));
  return new RegExp(`(?<!${LETTER})(?:${alternatives.join('|')})(?!${LETTER})`, 'giu');
}

/**
 * What a text must hold for a phrase regex to match it: for each phrase, its words (its runs of
 * letters and digits, lower-cased) that are plain ASCII. A phrase matches only where the text holds
 * each of its words whole: the regex's lookbehind puts a non-letter before the first, the spaces,
 * hyphens or other punctuation between them are not letters, and the lookahead puts a non-letter
 * after the last. A word that is not plain ASCII is not required (its case variants under the
 * regex's Unicode case folding are not just `toLowerCase`'s), so a phrase of such words alone
 * always may match.
 */
type Needed = ReadonlyArray<readonly string[]>;

function neededWords(phrases: string[]): Needed | null {
  if (phrases.length === 0) return null;
  return [...new Set(phrases)].map((p) =>
    (p.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => /^[A-Za-z0-9]+$/.test(w)).map((w) => w.toLowerCase()),
  );
}

/**
 * The words of a text as the prefilter compares them (`neededWords`), or null when the text holds
 * a letter that matches an ASCII letter only under Unicode case folding (the long s, the Kelvin
 * sign): then every regex is run.
 */
function wordsOf(text: string): ReadonlySet<string> | null {
  if (/[\u017f\u212a]/u.test(text)) return null;
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Whether a phrase regex could match a text with these words: false only when every phrase lacks one of its words. */
function mayMatch(needed: Needed | null, words: ReadonlySet<string> | null): boolean {
  if (!needed || !words) return true;
  for (const phrase of needed) if (phrase.every((w) => words.has(w))) return true;
  return false;
}

function distinctMatches(
  regex: RegExp | null,
  text: string,
  prefilter?: { leading: Needed | null; words: ReadonlySet<string> | null },
): Array<{ phrase: string; index: number }> {
  if (!regex || !text) return [];
  if (prefilter && !mayMatch(prefilter.leading, prefilter.words)) return [];
  const seen = new Map<string, number>();
  for (const m of text.matchAll(regex)) {
    const key = m[0].toLowerCase().replace(/[\s-]+/g, ' ');
    if (!seen.has(key)) seen.set(key, m.index ?? 0);
  }
  return [...seen].map(([p, index]) => ({ phrase: p, index }));
}

/** The sentence of `text` around `index`, shortened to about 200 characters. */
function sentenceAt(text: string, index: number): string {
  // A sentence ends at . ! or ? followed by a space (not inside "£1.9bn" or "Node.js"), or a line break.
  let start = 0;
  for (const m of text.slice(0, index).matchAll(/[.!?](?=\s)|\n/g)) start = (m.index ?? 0) + 1;
  const tail = text.slice(index);
  const endRel = tail.search(/[.!?](\s|$)|\n/);
  const end = endRel < 0 ? text.length : index + endRel + 1;
  let sentence = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (sentence.length > 200) {
    const from = Math.max(0, index - start - 80);
    sentence = `${from > 0 ? '…' : ''}${sentence.slice(from, from + 200).trim()}…`;
  }
  return sentence;
}

/** Markdown and table punctuation out, so phrases match across formatting. */
function plain(text: string): string {
  return text
    .replace(/[*_`>#|]+/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[ \t]+/g, ' ');
}

interface Compiled {
  def: IndustryDefinition;
  cues: RegExp | null;
  hints: RegExp | null;
  names: RegExp | null;
  aliases: RegExp | null;
  /** What each regex's phrases need in a text (`neededWords`): most industries' regexes are skipped per listing. */
  leading: { cues: Needed | null; hints: Needed | null; names: Needed | null };
}

export class IndustryTaxonomy {
  readonly industries: ReadonlyMap<string, IndustryDefinition>;
  private readonly compiled: Compiled[];
  private readonly byWord = new Map<string, string>();
  private readonly expanded = new Map<string, ReadonlySet<string>>();

  constructor(definitions: IndustryDefinition[]) {
    const map = new Map<string, IndustryDefinition>();
    for (const def of definitions) {
      if (map.has(def.id)) throw new Error(`industry "${def.id}" is defined twice`);
      map.set(def.id, def);
    }
    for (const def of definitions)
      if (def.parent && !map.has(def.parent))
        throw new Error(`industry "${def.id}" names a parent "${def.parent}" that is not defined`);
    this.industries = map;
    this.compiled = definitions.map((def) => ({
      def,
      cues: phraseRegex(def.cues),
      hints: phraseRegex(def.hints),
      names: phraseRegex([...def.names, ...def.cues]),
      aliases: phraseRegex([def.id, def.label, ...def.aliases]),
      leading: {
        cues: neededWords(def.cues),
        hints: neededWords(def.hints),
        names: neededWords([...def.names, ...def.cues]),
      },
    }));
    for (const def of definitions)
      for (const word of [def.id, def.label, ...def.aliases]) {
        const key = normalizeWord(word);
        if (!this.byWord.has(key)) this.byWord.set(key, def.id);
      }
  }

  label(id: string): string {
    return this.industries.get(id)?.label ?? id;
  }

  /** The id a member's word names ("healthtech", "Gaming", "fintech"), or null. */
  resolve(word: string): string | null {
    return this.byWord.get(normalizeWord(word)) ?? null;
  }

  /** An industry and every industry under it ("fintech" → fintech, payments, banking, …). */
  expand(ids: Iterable<string>): ReadonlySet<string> {
    // Filters call this once per listing they test: the answer for a list of ids is kept.
    const list = [...ids];
    const key = list.join(',');
    const known = this.expanded.get(key);
    if (known) return known;
    const out = new Set<string>();
    for (const id of list) {
      if (!this.industries.has(id)) continue;
      out.add(id);
      for (const def of this.industries.values()) if (this.isUnder(def.id, id)) out.add(def.id);
    }
    if (this.expanded.size < 1000) this.expanded.set(key, out);
    return out;
  }

  /** Industries a question names by id, label or alias, in order of mention. */
  mentions(text: string): string[] {
    const found: Array<{ id: string; index: number }> = [];
    for (const c of this.compiled) {
      const m = distinctMatches(c.aliases, text)[0];
      if (m) found.push({ id: c.def.id, index: m.index });
    }
    return found.sort((a, b) => a.index - b.index).map((f) => f.id);
  }

  /** The industries a listing's employer works in, strongest first, each with its evidence. */
  extract(input: IndustryText, options: { prefilter?: boolean } = {}): ListingIndustry[] {
    const description = plain(input.description);
    const intro = description.slice(0, INTRO_CHARS);
    const rest = description.slice(INTRO_CHARS);
    const title = plain(input.title);
    const company = input.company ?? '';
    // Each text's words once; an industry's regex runs over a text only when one of its phrases'
    // first words is there (the same matches, without scanning every listing with every regex).
    // (`prefilter: false`: every regex over every text, as the tests compare.)
    const on = options.prefilter ?? true;
    const words = {
      company: on ? wordsOf(company) : null,
      title: on ? wordsOf(title) : null,
      intro: on ? wordsOf(intro) : null,
      rest: on ? wordsOf(rest) : null,
    };
    const scored: ListingIndustry[] = [];
    for (const c of this.compiled) {
      let score = 0;
      let evidence: string | null = null;
      const { leading } = c;
      const named = distinctMatches(c.names, company, { leading: leading.names, words: words.company });
      score += NAME * named.length;
      const titleCues = distinctMatches(c.cues, title, { leading: leading.cues, words: words.title });
      score +=
        CUE * titleCues.length +
        HINT * distinctMatches(c.hints, title, { leading: leading.hints, words: words.title }).length;
      const introCues = distinctMatches(c.cues, intro, { leading: leading.cues, words: words.intro });
      score +=
        CUE * introCues.length +
        HINT * distinctMatches(c.hints, intro, { leading: leading.hints, words: words.intro }).length;
      const restCues = distinctMatches(c.cues, rest, { leading: leading.cues, words: words.rest }).filter(
        (m) => !introCues.some((i) => i.phrase === m.phrase),
      );
      score += Math.min(REST_CAP, REST_WEIGHT * CUE * restCues.length);
      if (score < THRESHOLD) continue;
      const first = introCues.sort((a, b) => a.index - b.index)[0];
      if (first) evidence = sentenceAt(intro, first.index);
      else if (named.length > 0) evidence = `Company: ${company}`;
      else if (titleCues.length > 0) evidence = `Title: ${input.title}`;
      else {
        const hint = distinctMatches(c.hints, intro)[0] ?? restCues[0];
        evidence = hint
          ? sentenceAt(hint === restCues[0] ? rest : intro, hint.index)
          : `Title: ${input.title}`;
      }
      scored.push({ id: c.def.id, evidence, score });
    }
    scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    const best = scored[0]?.score ?? 0;
    const kept: ListingIndustry[] = [];
    for (const s of scored) {
      if (kept.length >= MAX_INDUSTRIES || s.score < best * RELATIVE) break;
      // A parent found beside its own child says nothing more ("payments" already means fintech).
      if (kept.some((k) => this.isUnder(k.id, s.id))) continue;
      kept.push(s);
    }
    return kept;
  }

  /** True when `id` sits under `ancestor` (not when they are equal). */
  isUnder(id: string, ancestor: string): boolean {
    let parent = this.industries.get(id)?.parent;
    for (let depth = 0; parent && depth < 10; depth++) {
      if (parent === ancestor) return true;
      parent = this.industries.get(parent)?.parent;
    }
    return false;
  }
}

/** Ids for a comma-separated list of industries in anyone's words; the words no industry matches. */
export function resolveIndustryList(
  industries: IndustryTaxonomy,
  list: string,
): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const raw of list.split(',')) {
    const word = raw.trim();
    if (!word) continue;
    const id = industries.resolve(word);
    if (id) {
      if (!ids.includes(id)) ids.push(id);
    } else unknown.push(word);
  }
  return { ids, unknown };
}

function normalizeWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

export class IndustryFileError extends Error {}

export function parseIndustries(text: string, file = 'industries.yaml', cacheDir?: string): IndustryTaxonomy {
  let raw: unknown;
  try {
    raw = parseYamlText(text, { maxAliasCount: 100 }, yamlCache(cacheDir, file));
  } catch (error) {
    throw new IndustryFileError(`${file}: not valid YAML (${(error as Error).message})`);
  }
  const parsed = industriesSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IndustryFileError(
      `${file}: entry ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  try {
    return new IndustryTaxonomy(parsed.data);
  } catch (error) {
    throw new IndustryFileError(`${file}: ${(error as Error).message}`);
  }
}

export function loadIndustries(file: string, cacheDir?: string): IndustryTaxonomy {
  return parseIndustries(fs.readFileSync(file, 'utf8'), file, cacheDir);
}
