import fs from 'node:fs';
import path from 'node:path';
import { stemmer } from 'stemmer';
import { expect } from 'vitest';
import { loadEmployers } from '../../src/rag/answer/employers.js';
import {
  type AnswerFilters,
  type AnswerPlan,
  type Intent,
  planQuestion,
} from '../../src/rag/answer/plan/index.js';
import { loadPipeline } from '../../src/rag/pipeline.js';
import { loadQueryConcepts, understandQuery } from '../../src/rag/query.js';

/**
 * The planner as the engine runs it over the embedded corpus's taxonomy, for table tests of new
 * phrasings: the query reader with the corpus's stemmed words (a word outside them may be a typo),
 * the well-known employers, a few of the corpus's listings by title and company, and two
 * industries. Reference date 2026-11-25 (the corpus's newest posting).
 */
const corpusDir = path.resolve('data');
const pipeline = loadPipeline(corpusDir);
const concepts = loadQueryConcepts(path.join(corpusDir, 'taxonomy', 'query-concepts.yaml'));
const vocabulary = new Set<string>();
for (const dir of ['listings', 'guides'])
  for (const f of fs.readdirSync(path.join(corpusDir, dir)))
    for (const w of fs
      .readFileSync(path.join(corpusDir, dir, f), 'utf8')
      .toLowerCase()
      .match(/[a-z]+/g) ?? [])
      vocabulary.add(stemmer(w));
const queryDeps = { taxonomy: pipeline.taxonomy, gazetteer: pipeline.gazetteer, concepts, vocabulary };
const employers = loadEmployers(path.join(corpusDir, 'taxonomy', 'employers.yaml'));
const INDUSTRIES = [
  { id: 'fintech', aliases: ['financial technology', 'finance'] },
  { id: 'banking', aliases: ['bank', 'banks'] },
];

/** What the search layer reads out of a question (skills, levels, places), as the planner gets it. */
export const understand = (q: string) => understandQuery(q, queryDeps);

export interface PlannerListing {
  id: string;
  title: string;
  company: string;
  /** Where it is, as extracted (optional: a place said of it that is elsewhere stays stated). */
  places?: Array<{ city: string | null; country: string | null }>;
}

/** Listings of the embedded corpus the planner knows by name in these tests. */
export const PLANNER_LISTINGS: PlannerListing[] = [
  {
    id: 'orrery-lead-software-engineer-backend-public-services',
    title: 'Lead Software Engineer, Backend (Public Services)',
    company: 'Orrery Public Digital',
  },
  {
    id: 'aldermoor-lead-backend-engineer-kotlin-core-banking',
    title: 'Lead Backend Engineer (Kotlin) – Core Banking',
    company: 'Aldermoor Bank AG',
  },
  {
    id: 'thornbury-backend-tech-lead-telemetry-ingestion',
    title: 'Backend Tech Lead – Telemetry Ingestion',
    company: 'Thornbury Observability GmbH',
  },
];

export interface TestPlannerOptions {
  /** The listings the planner knows by title and company (default: PLANNER_LISTINGS). */
  listings?: PlannerListing[];
  industries?: Array<{ id: string; aliases: string[] }>;
  /** The date a date without a year is read against; null for none (default 2026-11-25). */
  referenceDate?: string | null;
  /** Whether the planner knows the well-known employers and reads skills in a company name (default true). */
  employers?: boolean;
  skillsIn?: boolean;
}

/** A planner as configured, and a table-test check of its plan. */
export function testPlanner(options: TestPlannerOptions = {}) {
  const listings = options.listings ?? PLANNER_LISTINGS;
  const industries = options.industries ?? INDUSTRIES;
  const referenceDate =
    options.referenceDate === undefined ? '2026-11-25' : (options.referenceDate ?? undefined);
  const plan = (q: string): AnswerPlan =>
    planQuestion(q, understandQuery(q, queryDeps), {
      gazetteer: pipeline.gazetteer,
      listings,
      industries,
      ...(options.employers === false ? {} : { employers }),
      ...(options.skillsIn === false
        ? {}
        : { skillsIn: (text: string) => understandQuery(text, queryDeps).skills }),
      ...(referenceDate ? { referenceDate } : {}),
    });
  /** The intent and exactly these filters (skills in any order, the place in lower case), and any more plan fields. */
  const check = (
    question: string,
    intent: Intent,
    filters: AnswerFilters,
    extra?: Record<string, unknown>,
  ) => {
    const p = plan(question);
    expect(p.intent).toBe(intent);
    const got = { ...p.filters };
    const want = { ...filters };
    if (got.skills) got.skills = [...got.skills].sort();
    if (want.skills) want.skills = [...want.skills].sort();
    if (got.place) got.place = got.place.toString().toLowerCase();
    expect(got).toEqual(want);
    for (const [k, v] of Object.entries(extra ?? {}))
      expect((p as unknown as Record<string, unknown>)[k]).toEqual(v);
    return p;
  };
  return { plan, check };
}
