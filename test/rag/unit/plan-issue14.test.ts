import { describe, expect, test } from 'vitest';
import {
  type AnswerFilters,
  type Intent,
  planQuestion,
  topCount,
} from '../../../src/rag/answer/plan/index.js';
import { testPlanner } from '../../support/planner.js';

/**
 * Four planner defects found reading answers (issue 14): a visa asker's origin taken for the job's
 * place, a later part's place applied to every part, a number of top skills ignored, and coding
 * exercises in interviews read as out of scope. Each case is a new phrasing, not an evaluation's.
 */
const { plan, check } = testPlanner();

describe('issue 14: where a visa asker comes from is not where the job is', () => {
  test.each<string>([
    'which lead roles sponsor visas for someone from India',
    'which lead roles sponsor visas for someone from india?',
    "I'm a Nigerian citizen, which lead jobs offer visa sponsorship?",
    'as a Brazilian, can I get visa sponsorship for a lead role?',
    'any lead roles that would sponsor a visa for an Indian engineer?',
    'lead roles with relocation for people coming from Pakistan?',
    'I hold an Egyptian passport, do any lead jobs sponsor visas?',
  ])('%s → visa help over every lead listing', (q) => {
    const p = check(q, 'visa_relocation', { level: 'lead' });
    expect(p.origin?.country).toBeTruthy();
  });

  test('the origin is kept beside the plan, as a country', () => {
    expect(plan('which lead roles sponsor visas for someone from India').origin?.country).toBe('India');
    expect(plan("I'm a Nigerian citizen, which lead jobs offer visa sponsorship?").origin?.country).toBe(
      'Nigeria',
    );
    expect(plan('as a Brazilian, can I get visa sponsorship for a lead role?').origin?.country).toBe(
      'Brazil',
    );
    expect(plan('which lead roles in Berlin pay most?').origin).toBeUndefined();
  });

  test("the job's own place stays beside the asker's origin", () => {
    check('which lead roles in Germany sponsor visas for someone from India?', 'visa_relocation', {
      level: 'lead',
      place: 'germany',
    });
  });

  test('without a visa question, a place after "from" is still read as before', () => {
    expect(plan('lead roles for people from Berlin?').filters.place).toBe('Berlin');
  });
});

describe('issue 14: a place asked in a later part belongs to that part', () => {
  test.each<[string, string]>([
    ['how many of the lead jobs are fully remote and which ones accept people in Portugal?', 'Portugal'],
    ['how many lead roles are remote, and which are open to someone in Portugal?', 'Portugal'],
    ['what share of lead jobs is remote and which of them can I do from Spain?', 'Spain'],
  ])('%s', (q, place) => {
    const p = check(q, 'work_mode', { level: 'lead' });
    expect(p.also).toEqual(['list_companies']);
    expect(p.partsPlace?.country).toBe(place);
    expect(p.partsMode).toBe('remote');
    expect(p.openTo).toBe(true);
  });

  test('remote listings open to people in a place are those they can take, not those based there', () => {
    const p = check('any remote lead roles open to people in Portugal?', 'list_companies', {
      level: 'lead',
      place: 'portugal',
      workMode: 'remote',
    });
    expect(p.openTo).toBe(true);
  });

  test('a place in the first part stays the filter of every part', () => {
    const p = plan('how many lead jobs in Portugal are remote, and what do they pay?');
    expect(p.filters.place).toBe('Portugal');
    expect(p.partsPlace).toBeUndefined();
    expect(p.openTo).toBeUndefined();
  });
});

describe('issue 14: the number of top skills asked', () => {
  test.each<[string, number | undefined]>([
    ['top 5 skills for lead roles in the UK', 5],
    ['what are the five most requested skills for lead backend roles?', 5],
    ['top three technologies in lead listings', 3],
    ['3 most common languages for leads', 3],
    ['give me 12 skills lead roles ask for', 12],
    ['what are the top skills for lead roles?', undefined],
    ['top skills for leads with 5 years', undefined],
    ['top 100 skills', undefined],
  ])('%s → %s', (q, n) => expect(topCount(q)).toBe(n));

  test('set on a top-skills plan only', () => {
    const top = check('top 5 skills for lead roles in the UK', 'top_skills', { level: 'lead', place: 'uk' });
    expect(top.top).toBe(5);
    expect(plan('what do the top 3 lead roles in Berlin pay?').top).toBeUndefined();
  });
});

describe('issue 14: coding exercises in interviews are interview questions', () => {
  test.each<[string, AnswerFilters]>([
    ['do they do leetcode?', {}],
    ['is there a take-home for lead roles?', { level: 'lead' }],
    ['do lead interviews have live coding?', { level: 'lead' }],
    ['do they make you pair program in lead interviews?', { level: 'lead' }],
    ['any whiteboard rounds for leads?', { level: 'lead' }],
  ])('%s', (q, filters) => {
    check(q, 'interview', filters);
  });

  test('take-home pay is still out of scope', () => {
    expect(plan('what is the take-home pay after tax for a lead in Berlin').intent).toBe('out_of_scope');
    expect(plan('whats the take-home after tax for leads in london?').intent).toBe('out_of_scope');
  });
});
