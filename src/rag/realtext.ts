import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { CorpusReader, ListingSummary } from '../storage/corpus/corpus-reader.js';
import { type Metrics, scoreRanking } from './evaluate.js';
import type { IndustryTaxonomy } from './extract/industry.js';
import type { Gazetteer } from './extract/locations.js';
import type { Retriever, SearchMode } from './search.js';
import { SCORED_KINDS, type SkillTaxonomy } from './taxonomy.js';

/**
 * Evaluation on real postings (SkillSpan, read from ../shared, never copied): skill extraction,
 * retrieval and facts, each against a key written by reading the postings. The formats are fixed
 * in BRIEF-EVAL-FORMATS ("Real postings"). Each part comes in a tuned set (`skills.jsonl`, …) and
 * an untuned one (`skills-holdout.jsonl`, …) written by another author; both are scored the same
 * way and reported apart, and the untuned one is read only here.
 */

const POSTING_ID = /^skillspan-(?:dev|train)-[a-z]+-\d+$/;

const skillsKeySchema = z.object({
  id: z.string().regex(POSTING_ID),
  technologies: z.array(z.string().min(1)),
  note: z.string().optional(),
});
const queryKeySchema = z.object({
  id: z.string().min(1),
  query: z.string().min(1),
  style: z.enum(['plain', 'reworded']),
  relevant: z.array(z.string().regex(POSTING_ID)).min(1),
  note: z.string().optional(),
});
const salarySchema = z.object({
  min: z.number(),
  max: z.number(),
  currency: z.string().length(3),
  period: z.enum(['year', 'month', 'day', 'hour']),
});
const factsKeySchema = z.object({
  id: z.string().regex(POSTING_ID),
  seniority: z.enum(['junior', 'mid', 'senior', 'lead', 'staff', 'principal', 'manager']).nullable(),
  yearsMin: z.number().int().nonnegative().nullable(),
  remote: z.enum(['remote', 'hybrid', 'onsite']).nullable(),
  salary: salarySchema.nullable(),
  places: z.array(z.string().min(1)),
  industry: z.array(z.string().min(1)).optional(),
  note: z.string().optional(),
});
export type SkillsKey = z.infer<typeof skillsKeySchema>;
export type QueryKey = z.infer<typeof queryKeySchema>;
export type FactsKey = z.infer<typeof factsKeySchema>;

function readJsonLines<T>(file: string, schema: z.ZodType<T>): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line)
    .map(([line, n]) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new Error(`${file}, line ${n}: malformed JSON (${(error as Error).message})`);
      }
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new Error(`${file}, line ${n}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

export interface RealTextSet {
  name: 'tuned' | 'holdout';
  skills: SkillsKey[] | null;
  queries: QueryKey[] | null;
  facts: FactsKey[] | null;
}

/** The tuned set and, when its files exist, the untuned one; a part whose file is absent is null. */
export function loadRealTextSets(dir: string): RealTextSet[] {
  const part = <T>(file: string, schema: z.ZodType<T>) =>
    fs.existsSync(path.join(dir, file)) ? readJsonLines(path.join(dir, file), schema) : null;
  const sets: RealTextSet[] = [];
  for (const [name, suffix] of [
    ['tuned', ''],
    ['holdout', '-holdout'],
  ] as const) {
    const set: RealTextSet = {
      name,
      skills: part(`skills${suffix}.jsonl`, skillsKeySchema),
      queries: part(`queries${suffix}.jsonl`, queryKeySchema),
      facts: part(`facts${suffix}.jsonl`, factsKeySchema),
    };
    if (set.skills || set.queries || set.facts) sets.push(set);
  }
  return sets;
}

// ---------------------------------------------------------------- skills

export interface SkillsReport {
  postings: number;
  /** Micro-averaged over postings: found ∩ key / found, found ∩ key / key. */
  precision: number;
  recall: number;
  /** Key names no taxonomy alias maps to (each counts as a miss). */
  unmapped: string[];
  perPosting: Array<{ id: string; missed: string[]; extra: string[] }>;
}

/**
 * Skill precision and recall against the key. The key's names are mapped to taxonomy skills
 * through the aliases (an unmapped name is a miss). Only technical kinds are scored (languages,
 * frameworks, data stores, cloud, tools, practices): soft skills and broad domains ("scalability",
 * "security") are outside what the key lists, on both sides. A key naming Jenkins also names what
 * Jenkins implies (CI/CD), so an implied skill found is not counted against precision.
 */
export function scoreSkills(
  keys: SkillsKey[],
  listings: ReadonlyMap<string, Pick<ListingSummary, 'skills'>>,
  taxonomy: SkillTaxonomy,
): SkillsReport {
  const scored = (skill: string) => SCORED_KINDS.has(taxonomy.kindOf(skill));
  const closure = (names: Iterable<string>) => {
    const out = new Set<string>();
    const visit = (name: string) => {
      if (out.has(name)) return;
      out.add(name);
      for (const implied of taxonomy.skills.get(name)?.implies ?? []) visit(implied);
    };
    for (const name of names) visit(name);
    return out;
  };
  let found = 0;
  let foundRight = 0;
  let wanted = 0;
  let wantedFound = 0;
  const unmapped = new Set<string>();
  const perPosting: SkillsReport['perPosting'] = [];
  for (const key of keys) {
    const listing = listings.get(key.id);
    const extracted = new Set((listing?.skills ?? []).filter(scored));
    const named = new Set<string>();
    const missed: string[] = [];
    for (const name of key.technologies) {
      const skill = taxonomy.resolve(name);
      if (!skill) {
        unmapped.add(name);
        missed.push(name);
        wanted++;
        continue;
      }
      if (scored(skill)) named.add(skill);
    }
    const keySet = closure(named);
    wanted += named.size;
    for (const skill of named) {
      if (extracted.has(skill)) wantedFound++;
      else missed.push(skill);
    }
    const extra: string[] = [];
    for (const skill of extracted) {
      found++;
      if (keySet.has(skill)) foundRight++;
      else extra.push(skill);
    }
    perPosting.push({ id: key.id, missed, extra });
  }
  return {
    postings: keys.length,
    precision: round(found === 0 ? 0 : foundRight / found),
    recall: round(wanted === 0 ? 0 : wantedFound / wanted),
    unmapped: [...unmapped].sort(),
    perPosting,
  };
}

// ---------------------------------------------------------------- retrieval

export type RealTextMode = SearchMode | 'plain-bm25';
export const REALTEXT_MODES: readonly RealTextMode[] = ['hybrid', 'dense', 'bm25', 'plain-bm25'];

export interface RetrievalReport {
  queries: number;
  /** Mean metrics per mode, over all questions and per style. */
  modes: Record<string, { all: Metrics; plain: Metrics; reworded: Metrics }>;
  perQuery: Array<{ id: string; query: string; style: string } & Record<string, Metrics>>;
}

/**
 * The baseline: BM25 over the same chunks with the question's own words, no query understanding
 * (no skills, no typo fixes, no concept words, no facts), every column weighted alike except the
 * canonical skill column, which is RoleRadar's own enrichment and weighs nothing here.
 */
export function plainBm25(reader: CorpusReader, query: string, k = 10): string[] {
  const words = [
    ...new Set(
      query
        .toLowerCase()
        .normalize('NFKD')
        .match(/[\p{L}\p{N}]+/gu) ?? [],
    ),
  ];
  if (words.length === 0) return [];
  return reader
    .searchIndex()
    .plainBm25Documents(words.map((w) => `"${w}"`).join(' OR '))
    .slice(0, k);
}

export async function scoreRetrieval(
  retriever: Retriever,
  reader: CorpusReader,
  queries: QueryKey[],
  modes: readonly RealTextMode[] = REALTEXT_MODES,
): Promise<RetrievalReport> {
  const perQuery: RetrievalReport['perQuery'] = [];
  for (const q of queries) {
    const relevant = new Set(q.relevant);
    const row = { id: q.id, query: q.query, style: q.style } as RetrievalReport['perQuery'][number];
    for (const mode of modes) {
      const ranked =
        mode === 'plain-bm25'
          ? plainBm25(reader, q.query)
          : (await retriever.search(q.query, { mode, k: 10 })).hits.map((h) => h.listingId);
      const m = scoreRanking(ranked, relevant);
      row[mode] = { ndcg10: round(m.ndcg10), recall10: round(m.recall10), mrr: round(m.mrr) };
    }
    perQuery.push(row);
  }
  const mean = (rows: typeof perQuery, mode: string): Metrics => {
    const n = Math.max(1, rows.length);
    const sum = (f: keyof Metrics) => rows.reduce((s, r) => s + (r[mode] as Metrics)[f], 0) / n;
    return { ndcg10: round(sum('ndcg10')), recall10: round(sum('recall10')), mrr: round(sum('mrr')) };
  };
  const plain = perQuery.filter((r) => r.style === 'plain');
  const reworded = perQuery.filter((r) => r.style === 'reworded');
  return {
    queries: queries.length,
    modes: Object.fromEntries(
      modes.map((m) => [m, { all: mean(perQuery, m), plain: mean(plain, m), reworded: mean(reworded, m) }]),
    ),
    perQuery,
  };
}

// ---------------------------------------------------------------- facts

export const FACT_FIELDS = ['seniority', 'yearsMin', 'remote', 'salary', 'places'] as const;
export type FactField = (typeof FACT_FIELDS)[number];

export interface FactsReport {
  postings: number;
  accuracy: Record<FactField, number>;
  failures: Array<{ id: string; field: FactField; expected: unknown; got: unknown }>;
}

/**
 * Facts against the key, field by field. A null in the key means the posting does not say, so
 * the extraction must say "unknown" too. Places compare as the set of countries (a city names its
 * country through the gazetteer), so "Vienna, Austria" and "Wien" agree.
 */
export function scoreFacts(
  keys: FactsKey[],
  listings: ReadonlyMap<string, ListingSummary>,
  gazetteer: Gazetteer,
): FactsReport {
  const right = Object.fromEntries(FACT_FIELDS.map((f) => [f, 0])) as Record<FactField, number>;
  const failures: FactsReport['failures'] = [];
  const countriesOf = (places: string[]) =>
    [...new Set(places.flatMap((p) => gazetteer.parse(p).map((q) => q.country ?? q.region ?? p)))].sort();
  for (const key of keys) {
    const l = listings.get(key.id);
    const got: Record<FactField, unknown> = {
      seniority: l && l.seniority !== 'unknown' ? l.seniority : null,
      yearsMin: l?.yearsMin ?? null,
      remote: l && l.remote !== 'unknown' ? l.remote : null,
      salary: l?.salary
        ? { min: l.salary.min, max: l.salary.max, currency: l.salary.currency, period: l.salary.period }
        : null,
      places: [
        ...new Set((l?.locations ?? []).map((p) => p.country ?? p.region).filter((c) => c !== null)),
      ].sort(),
    };
    const expected: Record<FactField, unknown> = {
      seniority: key.seniority,
      yearsMin: key.yearsMin,
      remote: key.remote,
      salary: key.salary,
      places: countriesOf(key.places),
    };
    for (const field of FACT_FIELDS) {
      if (JSON.stringify(got[field]) === JSON.stringify(expected[field])) right[field]++;
      else failures.push({ id: key.id, field, expected: expected[field], got: got[field] });
    }
  }
  const n = Math.max(1, keys.length);
  return {
    postings: keys.length,
    accuracy: Object.fromEntries(FACT_FIELDS.map((f) => [f, round(right[f] / n)])) as Record<
      FactField,
      number
    >,
    failures,
  };
}

/** The industry fact against the key: postings whose key names industries (an empty list: none). */
export interface IndustryReport {
  postings: number;
  /** The first extracted industry is one the reader named, or its parent or child. */
  primary: number;
  failures: Array<{ id: string; expected: string[]; got: string[] }>;
}

export function scoreIndustries(
  keys: FactsKey[],
  listings: ReadonlyMap<string, ListingSummary>,
  industries: IndustryTaxonomy,
): IndustryReport {
  const judged = keys.filter((k) => k.industry !== undefined);
  const compatible = (a: string, b: string) =>
    a === b || industries.isUnder(a, b) || industries.isUnder(b, a);
  let right = 0;
  const failures: IndustryReport['failures'] = [];
  for (const key of judged) {
    const expected = key.industry ?? [];
    const got = listings.get(key.id)?.industries ?? [];
    const ok =
      expected.length === 0
        ? got.length === 0
        : got[0] !== undefined && expected.some((e) => compatible(got[0]!, e));
    if (ok) right++;
    else failures.push({ id: key.id, expected, got });
  }
  return { postings: judged.length, primary: round(right / Math.max(1, judged.length)), failures };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
