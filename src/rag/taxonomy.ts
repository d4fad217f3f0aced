import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseYamlText, yamlCache } from '../config/yaml-file.js';
import { CURRENCY_CODES } from './extract/salary.js';

/**
 * What kind of thing a skill is, for counting and for evaluation: the technical kinds a posting
 * lists as technologies, tools and methods, then broad domains of knowledge ("distributed systems",
 * "payments") and soft skills (mentoring, communication).
 */
export const SKILL_KINDS = [
  'language',
  'framework',
  'datastore',
  'cloud',
  'tool',
  'practice',
  'domain',
  'soft',
] as const;
export type SkillKind = (typeof SKILL_KINDS)[number];
/** The kinds a posting's list of technologies, tools and methods holds (what extraction is scored on). */
export const SCORED_KINDS: ReadonlySet<string> = new Set([
  'language',
  'framework',
  'datastore',
  'cloud',
  'tool',
  'practice',
]);

const skillSchema = z.object({
  name: z.string().min(1),
  category: z.string().min(1),
  /** Coarse kind (see SKILL_KINDS); derived from the category when absent. */
  kind: z.enum(SKILL_KINDS).optional(),
  aliases: z.array(z.string().min(1)).default([]),
  exact: z.array(z.string().min(1)).default([]),
  implies: z.array(z.string().min(1)).default([]),
  /**
   * How a listing's sentence says the skill without naming it (regular expressions, matched
   * case-insensitively on a listing's text only, never on a member's question): "help the newer
   * engineers find their footing" is mentoring, "sit on interview panels" is hiring.
   */
  phrases: z.array(z.string().min(1)).optional(),
  /**
   * Where an alias of the skill is not the skill asked of the role (regular expressions over a
   * listing's text): "a senior engineer will mentor you" is mentoring received, "we're hiring a
   * lead" is the company's hiring. An alias inside such a span is not counted.
   */
  unless: z.array(z.string().min(1)).optional(),
  /** ESCO skill concept id (the UUID of http://data.europa.eu/esco/skill/<id>), only where verified. */
  esco: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    .optional(),
});
const taxonomySchema = z.array(skillSchema).min(1);

export type SkillDefinition = z.infer<typeof skillSchema>;

/**
 * Skill categories a member can learn: technologies and domains. Leadership practices and broad
 * soft skills are asked of nearly everyone, so recommendations and gaps leave them out.
 */
export const LEARNABLE_CATEGORIES: ReadonlySet<string> = new Set([
  'language',
  'runtime',
  'framework',
  'database',
  'search',
  'streaming',
  'cloud',
  'containers',
  'infrastructure',
  'delivery',
  'operations',
  'api',
  'architecture',
  'data',
  'security',
  'compliance',
  'quality',
  'domain',
]);

// The kind of a skill defined without one, from its category.
const KIND_OF_CATEGORY: Record<string, SkillKind> = {
  language: 'language',
  runtime: 'framework',
  framework: 'framework',
  database: 'datastore',
  search: 'datastore',
  streaming: 'tool',
  cloud: 'cloud',
  containers: 'tool',
  infrastructure: 'tool',
  delivery: 'practice',
  operations: 'tool',
  api: 'practice',
  architecture: 'practice',
  data: 'tool',
  security: 'practice',
  compliance: 'practice',
  quality: 'practice',
  process: 'practice',
  domain: 'domain',
  leadership: 'soft',
};

export interface Token {
  raw: string;
  lower: string;
  /** Where the token starts in the text as tokenized (`.NET` rewritten to `dotnet`). */
  index?: number;
}

// ".NET" would lose its dot to the tokenizer; rewrite it to a word first, in text and aliases alike.
const DOTNET = /(^|[^\p{L}\p{N}])\.net\b/giu;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}+#.]*/gu;

/** Splits text into word tokens; `+`, `#` and inner dots stay (C++, C#, Node.js), hyphens and slashes split. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.replace(DOTNET, '$1dotnet').matchAll(TOKEN)) {
    const raw = match[0].replace(/\.+$/, '');
    if (raw) out.push({ raw, lower: raw.toLowerCase(), index: match.index });
  }
  return out;
}

// After "Go" these words mean the verb ("go-to", "go live", "go beyond"), not the language.
const GO_VERB_NEXT = new Set([
  'to',
  'live',
  'ahead',
  'beyond',
  'back',
  'deeper',
  'further',
  'through',
  'from',
  'wrong',
  'out',
]);
const GO_VERB_PREVIOUS = new Set(['will', 'can', "let's", 'lets', 'let', 'we', 'you', 'must', 'ready']);

// Words near a lone "C" or "R" that make it the programming language.
const LANGUAGE_CONTEXT = new Set([
  'c++',
  'c#',
  'java',
  'python',
  'go',
  'golang',
  'rust',
  'perl',
  'fortran',
  'assembly',
  'assembler',
  'matlab',
  'sas',
  'stata',
  'spss',
  'julia',
  'scala',
  'objective',
  'embedded',
  'firmware',
  'programming',
  'language',
  'languages',
  'linux',
  'kernel',
  'rtos',
  'microcontroller',
  'microcontrollers',
  'statistics',
  'statistical',
  'shiny',
  'tidyverse',
  'rstudio',
  'ansi',
]);

function nearLanguageWords(tokens: Token[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j <= Math.min(tokens.length - 1, i + 3); j++)
    if (j !== i && LANGUAGE_CONTEXT.has(tokens[j]!.lower)) return true;
  return false;
}

export interface SkillMatch {
  skill: string;
  /** Token index where the alias starts. */
  start: number;
  end: number;
  /** Found only because a skill named there implies it (SQS implies AWS). */
  implied?: true;
  /** The skill named there, for an implied match. */
  via?: string;
}

/** The skill taxonomy: canonical names, categories and an alias matcher over tokenized text. */
export class SkillTaxonomy {
  readonly skills: ReadonlyMap<string, SkillDefinition>;
  private readonly byPhrase = new Map<string, string[]>();
  private readonly byExactPhrase = new Map<string, string[]>();
  private readonly maxPhraseLength: number;
  /** Each skill's listing phrases and not-the-skill spans (`phrases`, `unless`), compiled. */
  private readonly phrasing: Array<{ skill: string; phrases?: RegExp; unless?: RegExp }> = [];
  /**
   * Every phrase of `byPhrase` and `byExactPhrase` cut after each of its tokens ("ci", "ci cd"):
   * past a run of tokens that starts no phrase, `matchTokens` looks no further.
   */
  private readonly lowerPrefixes = new Set<string>();
  private readonly rawPrefixes = new Set<string>();
  /** A hash of the definitions, so a changed taxonomy re-extracts every listing. */
  readonly version: string;

  constructor(definitions: SkillDefinition[], version: string) {
    this.version = version;
    const skills = new Map<string, SkillDefinition>();
    let maxLength = 1;
    const add = (map: Map<string, string[]>, phrase: string, name: string) => {
      const list = map.get(phrase) ?? [];
      if (!list.includes(name)) list.push(name);
      map.set(phrase, list);
      const prefixes = map === this.byPhrase ? this.lowerPrefixes : this.rawPrefixes;
      const words = phrase.split(' ');
      for (let k = 1; k <= words.length; k++) prefixes.add(words.slice(0, k).join(' '));
    };
    for (const def of definitions) {
      if (skills.has(def.name)) throw new Error(`Skill taxonomy: "${def.name}" is defined twice`);
      skills.set(def.name, def);
      for (const alias of [def.name, ...def.aliases]) {
        if (def.exact.includes(alias)) continue;
        const tokens = tokenize(alias);
        if (tokens.length === 0) continue;
        maxLength = Math.max(maxLength, tokens.length);
        // The canonical name of a case-sensitive skill (Go, Rust) is itself case-sensitive.
        if (
          alias === def.name &&
          def.exact.length > 0 &&
          !def.aliases.some((a) => a.toLowerCase() === alias.toLowerCase())
        )
          continue;
        add(this.byPhrase, tokens.map((t) => t.lower).join(' '), def.name);
      }
      for (const alias of def.exact) {
        const tokens = tokenize(alias);
        maxLength = Math.max(maxLength, tokens.length);
        add(this.byExactPhrase, tokens.map((t) => t.raw).join(' '), def.name);
      }
    }
    for (const def of definitions) {
      for (const implied of def.implies) {
        if (!skills.has(implied))
          throw new Error(`Skill taxonomy: "${def.name}" implies unknown skill "${implied}"`);
      }
    }
    this.skills = skills;
    this.maxPhraseLength = maxLength;
    const union = (list: string[]) =>
      list.length ? new RegExp(list.map((r) => `(?:${r})`).join('|'), 'giu') : undefined;
    for (const def of definitions) {
      if (!def.phrases?.length && !def.unless?.length) continue;
      try {
        this.phrasing.push({
          skill: def.name,
          phrases: union(def.phrases ?? []),
          unless: union(def.unless ?? []),
        });
      } catch (error) {
        throw new Error(`Skill taxonomy: "${def.name}" has an invalid phrase: ${(error as Error).message}`);
      }
    }
  }

  /** The coarse kind of a skill: its own, else its category's; an unknown skill is a domain. */
  kindOf(skill: string): SkillKind {
    const def = this.skills.get(skill);
    if (!def) return 'domain';
    return def.kind ?? KIND_OF_CATEGORY[def.category] ?? 'domain';
  }

  /** Every alias occurrence in the tokens, implied skills included (at the implying alias's position). */
  matchTokens(tokens: Token[]): SkillMatch[] {
    const matches: SkillMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let lower = '';
      let raw = '';
      for (let n = 1; n <= this.maxPhraseLength && i + n <= tokens.length; n++) {
        const token = tokens[i + n - 1]!;
        lower = n === 1 ? token.lower : `${lower} ${token.lower}`;
        raw = n === 1 ? token.raw : `${raw} ${token.raw}`;
        // No phrase starts with these tokens: none of more tokens either.
        if (!this.lowerPrefixes.has(lower) && !this.rawPrefixes.has(raw)) break;
        // "PHP 110,000–150,000 per month": a currency code before an amount (the Philippine peso),
        // not the language.
        if (n === 1 && CURRENCY_CODES.has(token.raw) && /^\d/.test(tokens[i + 1]?.raw ?? '')) continue;
        const byLower = this.byPhrase.get(lower);
        const byExact = this.byExactPhrase.get(raw);
        if (!byLower && !byExact) continue;
        const found = byLower ? [...byLower] : [];
        for (const name of byExact ?? []) {
          if (name === 'Go' && n === 1 && this.isGoTheVerb(tokens, i)) continue;
          // A lone capital C or R is a language only beside other languages or programming words
          // ("C/C++", "Python and R"), never in "Series C funding", "Plan C" or "R&D".
          if ((name === 'C' || name === 'R') && n === 1 && !nearLanguageWords(tokens, i)) continue;
          found.push(name);
        }
        for (const name of found) {
          matches.push({ skill: name, start: i, end: i + n });
          for (const implied of this.skills.get(name)?.implies ?? [])
            matches.push({ skill: implied, start: i, end: i + n, implied: true, via: name });
        }
      }
    }
    return matches;
  }

  /**
   * Canonical skills mentioned in a text, with their mention counts. Overlapping aliases of one
   * skill ("CI/CD pipelines" matches "ci cd" and "cd pipelines") count as one mention.
   */
  countSkills(text: string): Map<string, number> {
    const spans = new Map<string, Array<[number, number]>>();
    const tokens = tokenize(text);
    const { phrased, unless } = this.phrasingOf(text, tokens);
    for (const m of [...this.matchTokens(tokens), ...phrased]) {
      // "S3-compatible object storage", "Kafka-compatible": another product like it, not it.
      if (tokens[m.end]?.lower === 'compatible') continue;
      // "A senior engineer will mentor you": an alias inside a span that says it is not asked.
      const at = tokens[m.start]?.index ?? -1;
      if (unless.get(m.via ?? m.skill)?.some(([from, to]) => at >= from && at < to)) continue;
      const list = spans.get(m.skill) ?? [];
      list.push([m.start, m.end]);
      spans.set(m.skill, list);
    }
    const counts = new Map<string, number>();
    for (const [skill, list] of spans) {
      list.sort((x, y) => x[0] - y[0]);
      let mentions = 0;
      let reach = -1;
      for (const [start, end] of list) {
        if (start >= reach) mentions++;
        reach = Math.max(reach, end);
      }
      counts.set(skill, mentions);
    }
    return counts;
  }

  /**
   * A listing text's phrase matches (each over the tokens it covers, with what the skill implies)
   * and, per skill, the character spans where its aliases are not the skill asked.
   */
  private phrasingOf(
    text: string,
    tokens: Token[],
  ): { phrased: SkillMatch[]; unless: Map<string, Array<[number, number]>> } {
    const phrased: SkillMatch[] = [];
    const unless = new Map<string, Array<[number, number]>>();
    if (!this.phrasing.length || !tokens.length) return { phrased, unless };
    const rewritten = text.replace(DOTNET, '$1dotnet');
    for (const { skill, phrases, unless: not } of this.phrasing) {
      if (not)
        for (const m of rewritten.matchAll(not)) {
          const list = unless.get(skill) ?? [];
          list.push([m.index, m.index + m[0].length]);
          unless.set(skill, list);
        }
      if (!phrases) continue;
      for (const m of rewritten.matchAll(phrases)) {
        const from = m.index;
        const to = m.index + m[0].length;
        const start = tokens.findIndex((t) => (t.index ?? -1) >= from);
        if (start < 0 || (tokens[start]!.index ?? 0) >= to) continue;
        let end = start + 1;
        while (end < tokens.length && (tokens[end]!.index ?? to) < to) end++;
        phrased.push({ skill, start, end });
        for (const implied of this.skills.get(skill)?.implies ?? [])
          phrased.push({ skill: implied, start, end, implied: true, via: skill });
      }
    }
    return { phrased, unless };
  }

  /** Resolves a member-typed skill ("k8s", "golang", "Postgres") to its canonical name, or undefined. */
  resolve(term: string): string | undefined {
    const tokens = tokenize(term);
    if (tokens.length === 0) return undefined;
    const lower = tokens.map((t) => t.lower).join(' ');
    const byLower = this.byPhrase.get(lower)?.[0];
    if (byLower) return byLower;
    for (const [name] of this.skills) if (name.toLowerCase() === term.trim().toLowerCase()) return name;
    for (const [phrase, names] of this.byExactPhrase) if (phrase.toLowerCase() === lower) return names[0];
    return undefined;
  }

  /** A comma-separated list of member-typed skills, resolved; the ones not recognised are returned apart. */
  resolveList(list: string): { skills: string[]; unknown: string[] } {
    const skills: string[] = [];
    const unknown: string[] = [];
    for (const term of list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const skill = this.resolve(term);
      if (!skill) unknown.push(term);
      else if (!skills.includes(skill)) skills.push(skill);
    }
    return { skills, unknown };
  }

  private isGoTheVerb(tokens: Token[], i: number): boolean {
    const next = tokens[i + 1]?.lower;
    const previous = tokens[i - 1]?.lower;
    return (
      (next !== undefined && GO_VERB_NEXT.has(next)) ||
      (previous !== undefined && GO_VERB_PREVIOUS.has(previous))
    );
  }
}

/** A skill's listing phrasing, from `skill-phrases.yaml` beside the taxonomy (merged by name). */
const phrasingSchema = z.array(
  z.object({
    name: z.string().min(1),
    phrases: z.array(z.string().min(1)).optional(),
    unless: z.array(z.string().min(1)).optional(),
  }),
);

/** The listing phrasing file beside a taxonomy file. */
export function phrasingFileOf(file: string): string {
  return path.join(path.dirname(file), 'skill-phrases.yaml');
}

/**
 * Loads and validates the taxonomy file (YAML); errors name the entry and field. With `cacheDir`,
 * the parsed YAML is kept there by the file's content (`parseYamlText`). `skill-phrases.yaml` beside
 * it, when present, adds each named skill's `phrases` and `unless` (skills.yaml keeps its one-line
 * entries, which outside key scripts read line by line).
 */
export function loadTaxonomy(file: string, cacheDir?: string): SkillTaxonomy {
  const text = fs.readFileSync(file, 'utf8');
  const parsed = taxonomySchema.safeParse(parseYamlText(text, {}, yamlCache(cacheDir, file)));
  if (!parsed.success) throw new Error(`Invalid skill taxonomy ${file}:\n${z.prettifyError(parsed.error)}`);
  const hash = createHash('sha256').update(text);
  const phrasingFile = phrasingFileOf(file);
  if (fs.existsSync(phrasingFile)) {
    const phrasingText = fs.readFileSync(phrasingFile, 'utf8');
    const phrasing = phrasingSchema.safeParse(
      parseYamlText(phrasingText, {}, yamlCache(cacheDir, phrasingFile)),
    );
    if (!phrasing.success)
      throw new Error(`Invalid skill phrasing ${phrasingFile}:\n${z.prettifyError(phrasing.error)}`);
    const byName = new Map(parsed.data.map((d) => [d.name, d]));
    for (const entry of phrasing.data) {
      const def = byName.get(entry.name);
      if (!def) throw new Error(`Skill phrasing ${phrasingFile}: "${entry.name}" is not a skill of ${file}`);
      def.phrases = [...(def.phrases ?? []), ...(entry.phrases ?? [])];
      def.unless = [...(def.unless ?? []), ...(entry.unless ?? [])];
    }
    hash.update('\u0000').update(phrasingText);
  }
  return new SkillTaxonomy(parsed.data, hash.digest('hex').slice(0, 16));
}
