import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../src/app.js';
import {
  type GradeDeps,
  gradeAnswers,
  loadAnswerCases,
  normalizeForMatch,
  scorecardText,
} from '../../src/rag/answer/eval.js';
import { ingestedApp } from '../support/ingested.js';
import { tempDir } from '../support/temp.js';

// The answer evaluation in npm test: the tuned set must stay above its floor; the untuned
// holdout (another author's, merged separately) is graded and printed when present.
const EVAL_DIR = path.resolve('data/eval');
const TUNED_FLOOR = 0.9;

let app: App;
let deps: GradeDeps;

beforeAll(async () => {
  app = (await ingestedApp({ scope: 'file' })).app;
  deps = app.answerEvalDeps()!;
}, 120_000);

describe('answer evaluation', () => {
  test(`tuned set (answers.jsonl): at least ${TUNED_FLOOR * 100}% fully correct, every citation valid, every honesty case`, () => {
    const cases = loadAnswerCases(path.join(EVAL_DIR, 'answers.jsonl'));
    expect(cases.length).toBeGreaterThanOrEqual(100);
    const card = gradeAnswers('answers.jsonl', cases, deps);
    console.log(scorecardText(card));
    expect(card.fullyCorrectShare).toBeGreaterThanOrEqual(TUNED_FLOOR);
    expect(card.citationsValid).toBe(1);
    expect(card.honesty.correct).toBe(card.honesty.cases);
    expect(card.intentAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  // Every other author's set, graded apart. Those already used for tuning (their untuned score is
  // recorded in docs/ANSWERS.md) keep a floor so later changes cannot quietly undo their fixes; the
  // newest set is reported without one.
  const OTHER_SETS: Array<{ file: string; floor?: number }> = [
    { file: 'answers-dev2.jsonl', floor: 0.85 },
    { file: 'answers-holdout.jsonl', floor: 0.85 },
    { file: 'answers-holdout2.jsonl', floor: 0.85 },
    { file: 'answers-holdout3.jsonl', floor: 0.85 },
    { file: 'answers-holdout4.jsonl', floor: 0.85 },
    { file: 'answers-dev5.jsonl', floor: 0.85 },
    { file: 'answers-holdout5.jsonl', floor: 0.85 },
    { file: 'answers-holdout6.jsonl', floor: 0.85 },
    { file: 'answers-holdout7.jsonl', floor: 0.85 },
    { file: 'answers-holdout8.jsonl', floor: 0.85 },
    { file: 'answers-holdout9.jsonl', floor: 0.85 },
    { file: 'answers-holdout10.jsonl', floor: 0.85 },
    { file: 'answers-holdout11.jsonl', floor: 0.85 },
    { file: 'answers-holdout12.jsonl', floor: 0.85 },
    { file: 'answers-holdout13.jsonl' },
    { file: 'answers-holdout14.jsonl' },
  ];
  for (const { file, floor } of OTHER_SETS)
    test(`${file}: graded and reported apart${floor ? `, at least ${floor * 100}% fully correct` : ''}`, (ctx) => {
      const full = path.join(EVAL_DIR, file);
      if (!fs.existsSync(full)) {
        ctx.skip();
        return;
      }
      const card = gradeAnswers(file, loadAnswerCases(full), deps);
      console.log(scorecardText(card));
      expect(card.questions).toBeGreaterThan(0);
      expect(card.citationsValid).toBe(1);
      if (floor) expect(card.fullyCorrectShare).toBeGreaterThanOrEqual(floor);
    });

  test('the grader fails wrong answers: a wrong N, a missing mention, an uncited marker, an unstated absence', () => {
    const file = path.join(tempDir(), 'cases.jsonl');
    fs.writeFileSync(
      file,
      [
        {
          id: 'x1',
          asker: 'member',
          question: 'how common is kafka in lead roles?',
          intent: 'skill_frequency',
          filters: { level: 'lead', skills: ['Kafka'] },
          expect: { n: 9999 },
        },
        {
          id: 'x2',
          asker: 'member',
          question: 'does Stripe hire backend leads?',
          intent: 'company',
          filters: { company: 'Stripe', level: 'lead' },
          expect: { absent: true },
        },
        {
          id: 'x3',
          asker: 'member',
          question: 'what do lead engineers earn in Germany?',
          intent: 'pay',
          filters: { level: 'lead', place: 'Germany' },
          expect: { mentions: ['JPY'] },
        },
      ]
        .map((c) => JSON.stringify(c))
        .join('\n'),
    );
    const liar: GradeDeps = {
      ...deps,
      answer: (q) => {
        const a = deps.answer(q);
        return { ...a, answer: `${a.answer.replace(/not in the corpus/g, 'hiring')} [42]` };
      },
    };
    const card = gradeAnswers('cases.jsonl', loadAnswerCases(file), liar);
    expect(card.fullyCorrect).toBe(0);
    const problems = card.failures.flatMap((f) => f.problems).join('\n');
    expect(problems).toMatch(/n: expected 9999 stated/);
    expect(problems).toMatch(/missing mention “JPY”/);
    expect(problems).toMatch(/a \[n\] marker without a source/);
    expect(card.honesty).toEqual({ cases: 1, correct: 0 });
  });

  test('readings key writers differ on are one reading; a wrong aspect or a wrong company still fails', () => {
    const file = path.join(tempDir(), 'readings.jsonl');
    const cases = [
      // a named company's aspect filed as that aspect's intent (the plan says listing, aspect interview)
      {
        id: 'r1',
        question: 'ardwick payments lead role - what are the interview steps?',
        intent: 'interview',
        filters: { company: 'Ardwick' },
      },
      // the same question filed as a visa question: the plan's aspect is not visa
      {
        id: 'r2',
        question: 'ardwick payments lead role - what are the interview steps?',
        intent: 'visa_relocation',
        filters: { company: 'Ardwick' },
      },
      // the aspect intent without the company is not the company's question
      {
        id: 'r3',
        question: 'ardwick payments lead role - what are the interview steps?',
        intent: 'interview',
        filters: {},
      },
      // an absent company: a level the plan keeps beside it is not compared
      {
        id: 'r4',
        question: 'is stripe hiring leads?',
        intent: 'company',
        filters: { company: 'Stripe' },
        expect: { absent: true },
      },
      // the member's own skills in a readiness question: stated as filters or not
      {
        id: 'r5',
        question: '6 years of go, postgres and k8s. am i ready for lead?',
        intent: 'readiness',
        filters: { level: 'lead', skills: ['Go', 'PostgreSQL', 'Kubernetes'] },
      },
      {
        id: 'r6',
        question: '6 years of go, postgres and k8s. am i ready for lead?',
        intent: 'readiness',
        filters: { level: 'lead' },
      },
      // but the level of a readiness question is still compared
      {
        id: 'r7',
        question: '6 years of go, postgres and k8s. am i ready for lead?',
        intent: 'readiness',
        filters: { level: 'staff' },
      },
      // the listings of one work mode asked as the split or as the list: the same mode either way
      {
        id: 'r8',
        question: 'hybrid lead jobs in germany?',
        intent: 'work_mode',
        filters: { level: 'lead', place: 'Germany', workMode: 'hybrid' },
      },
      {
        id: 'r9',
        question: 'hybrid lead jobs in germany?',
        intent: 'work_mode',
        filters: { level: 'lead', place: 'Germany', workMode: 'remote' },
      },
      // "what stack do X ask for": the most-named skills filed as top skills or as requirements
      {
        id: 'r10',
        question: 'what stack do the lead roles in germany ask for?',
        intent: 'top_skills',
        filters: { level: 'lead', place: 'Germany' },
      },
      // but not as pay
      {
        id: 'r11',
        question: 'what stack do the lead roles in germany ask for?',
        intent: 'pay',
        filters: { level: 'lead', place: 'Germany' },
      },
      // the levels of a career move, stated as a filter or not
      { id: 'r12', question: 'where do leads usually go next?', intent: 'career_path', filters: {} },
      {
        id: 'r13',
        question: 'where do leads usually go next?',
        intent: 'career_path',
        filters: { level: 'lead' },
      },
      // but not filed as pay
      { id: 'r14', question: 'where do leads usually go next?', intent: 'pay', filters: {} },
      // a group of regions named by the key is the regions the plan lists ("the Americas")
      {
        id: 'r15',
        question: 'any lead roles in the Americas that ask for 5 years or less?',
        intent: 'years',
        filters: { level: 'lead', place: 'Americas' },
      },
      {
        id: 'r16',
        question: 'any lead roles in the Americas that ask for 5 years or less?',
        intent: 'years',
        filters: { level: 'lead', place: ['North America', 'Latin America'] },
      },
      // but one of its regions alone is not the group
      {
        id: 'r17',
        question: 'any lead roles in the Americas that ask for 5 years or less?',
        intent: 'years',
        filters: { level: 'lead', place: 'Latin America' },
      },
      // contract day rates filed as posted pay or as a job term: one reading
      {
        id: 'r18',
        question: 'what day rates do the contract lead roles pay in EUR?',
        intent: 'job_terms',
        filters: { level: 'lead', employmentType: 'contract', currency: 'EUR' },
      },
      {
        id: 'r19',
        question: 'what day rates do the contract lead roles pay in EUR?',
        intent: 'pay',
        filters: { level: 'lead', employmentType: 'contract', currency: 'EUR' },
      },
      // but salaries with no contract on either side are not a job term
      {
        id: 'r20',
        question: 'what do lead roles pay in EUR per year?',
        intent: 'job_terms',
        filters: { level: 'lead', currency: 'EUR' },
      },
      // the years of several levels filed as years or as a level comparison: one reading
      {
        id: 'r21',
        question: 'lead vs senior: what minimum years do the listings ask?',
        intent: 'years',
        filters: { level: ['lead', 'senior'] },
      },
      {
        id: 'r22',
        question: 'lead vs senior: what minimum years do the listings ask?',
        intent: 'level_compare',
        filters: { level: ['lead', 'senior'] },
      },
      // but not with other levels
      {
        id: 'r23',
        question: 'lead vs senior: what minimum years do the listings ask?',
        intent: 'years',
        filters: { level: ['lead', 'staff'] },
      },
      // the lead role as the subject of a duties question, stated or not; another level still fails
      { id: 'r24', question: 'common mistakes new leads make?', intent: 'duties', filters: {} },
      {
        id: 'r25',
        question: 'common mistakes new leads make?',
        intent: 'duties',
        filters: { level: 'lead' },
      },
      {
        id: 'r26',
        question: 'common mistakes new leads make?',
        intent: 'duties',
        filters: { level: 'senior' },
      },
    ].map((c) => JSON.stringify({ asker: 'member', ...c }));
    fs.writeFileSync(file, cases.join('\n'));
    const card = gradeAnswers('readings.jsonl', loadAnswerCases(file), deps);
    const passed = card.results.filter((r) => r.fullyCorrect).map((r) => r.id);
    expect(passed).toEqual([
      'r1',
      'r4',
      'r5',
      'r6',
      'r8',
      'r10',
      'r12',
      'r13',
      'r15',
      'r16',
      'r18',
      'r19',
      'r21',
      'r22',
      'r24',
      'r25',
    ]);
  });

  test('a count filed as the counted list or as its measure; a posted-after day either way; a two-letter country code in capitals (round 11)', () => {
    const file = path.join(tempDir(), 'counts.jsonl');
    const cases = [
      // a bare count of listings filed as requirements (the plan counts: list_companies)
      {
        id: 'c1',
        question: 'how many staff roles were posted after 2026-08-01?',
        intent: 'requirements',
        filters: { level: 'staff', postedAfter: '2026-08-01' },
      },
      // but not when the key names skills (then what they require is asked)
      {
        id: 'c2',
        question: 'how many staff roles were posted after 2026-08-01?',
        intent: 'requirements',
        filters: { level: 'staff', postedAfter: '2026-08-01', skills: ['Go'] },
      },
      // the count per level filed as the counted list (the plan: level_compare counting listings)
      {
        id: 'c3',
        question: 'how many listings do we have per seniority level?',
        intent: 'list_companies',
        filters: {},
      },
      // the whole corpus's work-mode split filed as the counted list
      {
        id: 'c4',
        question: 'remote vs hybrid vs onsite across all listings?',
        intent: 'list_companies',
        filters: {},
      },
      // but not as pay
      { id: 'c5', question: 'remote vs hybrid vs onsite across all listings?', intent: 'pay', filters: {} },
      // "since 1 September": the first day counted, or the last day left out
      {
        id: 'c6',
        question: 'how many principal roles were posted since 1 September 2026?',
        intent: 'list_companies',
        filters: { level: 'principal', postedAfter: '2026-09-01' },
      },
      {
        id: 'c7',
        question: 'how many principal roles were posted since 1 September 2026?',
        intent: 'list_companies',
        filters: { level: 'principal', postedAfter: '2026-08-31' },
      },
      // but not a day later, nor two days earlier
      {
        id: 'c8',
        question: 'how many principal roles were posted since 1 September 2026?',
        intent: 'list_companies',
        filters: { level: 'principal', postedAfter: '2026-09-02' },
      },
      {
        id: 'c9',
        question: 'how many principal roles were posted since 1 September 2026?',
        intent: 'list_companies',
        filters: { level: 'principal', postedAfter: '2026-08-30' },
      },
      // a country's two-letter code in capitals ("NL"), as the question names it, is that country
      {
        id: 'c10',
        question: 'how many staff listings are in NL or Germany?',
        intent: 'list_companies',
        filters: { level: 'staff', place: ['Netherlands', 'Germany'] },
      },
      {
        id: 'c11',
        question: 'how many staff listings are in NL or Germany?',
        intent: 'list_companies',
        filters: { level: 'staff', place: ['Belgium', 'Germany'] },
      },
    ].map((c) => JSON.stringify({ asker: 'admin', ...c }));
    fs.writeFileSync(file, cases.join('\n'));
    const card = gradeAnswers('counts.jsonl', loadAnswerCases(file), deps);
    const passed = card.results.filter((r) => r.intent.ok && r.filters.ok).map((r) => r.id);
    expect(passed).toEqual(['c1', 'c3', 'c4', 'c6', 'c7', 'c10']);
  });

  test('a bad line is reported with its file and line number', () => {
    const file = path.join(tempDir(), 'bad.jsonl');
    fs.writeFileSync(
      file,
      `${JSON.stringify({ id: 'ok', asker: 'member', question: 'q', intent: 'pay' })}\n{"id":"b","asker":"boss","question":"q","intent":"pay"}\n`,
    );
    expect(() => loadAnswerCases(file)).toThrow(/bad\.jsonl:2: .*asker/s);
  });

  test('a key may select several levels or places; they compare as a set, so one of the two fails', () => {
    const file = path.join(tempDir(), 'levels.jsonl');
    const q = 'what skills come up most in staff and principal backend listings?';
    fs.writeFileSync(
      file,
      [
        { id: 'l1', filters: { level: ['staff', 'principal'] } },
        { id: 'l2', filters: { level: ['principal'] } },
      ]
        .map((c) => JSON.stringify({ asker: 'mentor', question: q, intent: 'top_skills', ...c }))
        .join('\n'),
    );
    expect(() => loadAnswerCases(file)).toThrow(/levels\.jsonl:2: .*level/s);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').split('\n')[0]!);
    const [result] = gradeAnswers('levels.jsonl', loadAnswerCases(file), deps).results;
    const got = [result!.filters.got.level].flat().sort();
    expect(result!.filters.ok).toBe(got.join() === 'principal,staff');
    // places alike: one of the two named countries is not the key's selection
    fs.writeFileSync(
      file,
      JSON.stringify({
        id: 'p1',
        asker: 'admin',
        question: 'any lead roles in japan? for the east asia channel',
        intent: 'list_companies',
        filters: { level: 'lead', place: ['Japan', 'South Korea'] },
      }),
    );
    const [placed] = gradeAnswers('levels.jsonl', loadAnswerCases(file), deps).results;
    expect(placed!.filters.got.place).toMatch(/japan/i);
    expect(placed!.filters.ok).toBe(false);
  });

  test('amounts match however they are written', () => {
    expect(normalizeForMatch('median midpoint 102,000 and 95k')).toBe('median midpoint 102000 and 95000');
  });
});
