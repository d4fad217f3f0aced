import { describe, expect, test } from 'vitest';
import type { AnswerFilters } from '../../../src/rag/answer/plan/index.js';
import { memberContextSpans } from '../../../src/rag/answer/plan/member-context.js';
import { testPlanner } from '../../support/planner.js';

/**
 * Round 7 (mentor7), an outside reviewer's two classes as mechanisms: a mentee's (or the member's)
 * profile with a goal level is the gap at the goal level, the profile measured; and sides of a
 * place and a work mode set against each other are one selection each. New wordings only (none is
 * in an evaluation set); the last rows of each table are near misses that must not change.
 */
const { plan, check } = testPlanner({
  industries: [
    { id: 'fintech', aliases: ['financial technology', 'finance'] },
    { id: 'ai-ml', aliases: ['ai', 'ml', 'ai/ml', 'ml/ai', 'machine learning'] },
  ],
});

describe('a profile and a goal level: the gap at the goal level', () => {
  test.each<[string, AnswerFilters, number]>([
    [
      'my mentee is a senior (7 yrs, java, spring, kafka) and wants to be a lead next year. what should she work on?',
      { level: 'lead' },
      7,
    ],
    [
      "she's a senior w/ 5 yrs of go and postgres, aiming for tech lead in a year. what should she improve?",
      { level: 'lead' },
      5,
    ],
    [
      'my mentee has 8 yrs of kotlin and aws, wants a staff role. what is still missing?',
      { level: 'staff' },
      8,
    ],
    [
      "I'm a senior (6y: python, django, aws) hoping to move to lead - what should i focus on?",
      { level: 'lead' },
      6,
    ],
    // The roles wanted are described by their industry: a filter; the mentee's own "ml" is not.
    [
      'my friend has 10 yrs of python and ml, wants an ai/ml lead role. what should he learn?',
      { level: 'lead', industry: 'ai-ml' },
      10,
    ],
  ])('"%s"', (q, filters, years) => {
    const p = check(q, 'readiness', filters, { gap: true, years });
    // The profile's skills are the member's, measured, never the roles' filters.
    expect(p.memberContext?.length).toBeGreaterThan(0);
  });

  test('the profile is a member-context span, its level none of the levels asked', () => {
    expect(memberContextSpans('my mentee is a senior (6y, node, aws) and wants a lead role')).toContain(
      'my mentee is a senior (6y, node, aws)',
    );
    expect(memberContextSpans('my mentee has 9 yrs python and ml infra, wants a lead role')).toContain(
      'my mentee has 9 yrs python and ml infra',
    );
  });

  test.each<[string, string, AnswerFilters]>([
    // Near misses: the senior roles asked about by name stay the level; the way up with no profile
    // stays the career path; a profile with readiness asked (no gap) stays readiness without it.
    [
      'my mentee is a senior backend dev; what do senior roles in berlin ask for?',
      'requirements',
      { level: 'senior', place: 'berlin' },
    ],
    [
      'what should a senior work on to move into a lead role within a year?',
      'career_path',
      { level: 'lead' },
    ],
  ])('near miss "%s"', (q, intent, filters) => {
    const p = check(q, intent as never, filters);
    expect(p.gap).toBeUndefined();
  });
});

describe('sides of a place and a work mode, one selection each', () => {
  test.each<[string, Array<{ place?: string; workMode?: string }>]>([
    [
      'what do lead roles pay in berlin compared with remote germany?',
      [{ place: 'berlin' }, { place: 'germany', workMode: 'remote' }],
    ],
    [
      'pay for leads, hybrid in amsterdam or fully remote?',
      [{ place: 'amsterdam', workMode: 'hybrid' }, { workMode: 'remote' }],
    ],
    [
      'lead salaries in spain: on-site in madrid versus remote?',
      [
        { place: 'madrid', workMode: 'onsite' },
        { place: 'spain', workMode: 'remote' },
      ],
    ],
    [
      'which pays leads more, remote uk or london?',
      [{ place: 'uk', workMode: 'remote' }, { place: 'london' }],
    ],
  ])('"%s"', (q, sides) => {
    const p = plan(q);
    expect(p.intent).toBe('pay');
    expect(
      p.compareSides?.map((s) => ({ place: s.place?.name.toLowerCase(), workMode: s.workMode })),
    ).toEqual(sides.map((s) => ({ place: s.place, workMode: s.workMode })));
    // The first side is the filter, never both sides intersected.
    expect(p.filters.place?.toString().toLowerCase()).toBe(sides[0]!.place);
    expect(p.filters.workMode).toBe(sides[0]!.workMode);
  });

  test.each<[string, keyof ReturnType<typeof plan>]>([
    // Near misses: places only, modes only, and one place with one mode and no sides.
    ['lead pay: madrid vs barcelona?', 'comparePlaces'],
    ['lead pay: hybrid vs remote?', 'compareModes'],
  ])('near miss "%s"', (q, kept) => {
    const p = plan(q);
    expect(p[kept]).toBeDefined();
    expect(p.compareSides).toBeUndefined();
  });

  test('near miss: "remote lead pay in london" is one selection', () => {
    check('remote lead pay in london?', 'pay', { level: 'lead', place: 'london', workMode: 'remote' });
    expect(plan('remote lead pay in london?').compareSides).toBeUndefined();
  });
});
