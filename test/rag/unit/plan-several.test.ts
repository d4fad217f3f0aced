import { describe, expect, test } from 'vitest';
import type { AnswerFilters, Intent } from '../../../src/rag/answer/plan/index.js';
import { memberContextSpans } from '../../../src/rag/answer/plan/member-context.js';
import { testPlanner } from '../../support/planner.js';

/**
 * Round 7 (plan7), holdout8's reading classes as mechanisms: several levels or places in one
 * selection, the member's own level as context, and levels compared on two measures. New wordings
 * only (none is in an evaluation set); the last of each table is a near miss that must not change.
 */
const { plan, check } = testPlanner();

describe('several levels in one selection', () => {
  test.each<[string, Intent, AnswerFilters]>([
    ['which skills do staff and principal roles name most?', 'top_skills', { level: ['staff', 'principal'] }],
    ['how many staff/principal jobs are hybrid?', 'work_mode', { level: ['staff', 'principal'] }],
    [
      'what do lead, staff or principal listings in Germany pay?',
      'pay',
      { level: ['lead', 'staff', 'principal'], place: 'germany' },
    ],
    // Near miss: two levels set against each other stay sides, the first the filter.
    ['which pays more in Canada, lead or staff?', 'pay', { level: 'lead', place: 'canada' }],
  ])('"%s"', (q, intent, filters) => {
    check(q, intent, filters);
  });

  test('a group compared with another level selects every level compared, each measured', () => {
    const p = check('do principal and staff roles want more years than lead roles?', 'years', {
      level: ['principal', 'staff', 'lead'],
    });
    expect(p.compare).toEqual(['principal', 'staff', 'lead']);
  });

  test('"staff or principal roles: what do they pay?" is one selection, no sides', () => {
    expect(plan('staff or principal roles in the US: what do they pay?').compare).toBeUndefined();
  });

  test('near miss: a level excluded beside a group is no part of it', () => {
    expect(plan('what do lead roles ask for, not staff or principal ones?').filters.level).toBe('lead');
  });
});

describe('several places in one selection', () => {
  test.each<[string, Intent, AnswerFilters]>([
    ['any lead jobs in Lisbon or Porto?', 'list_companies', { level: 'lead', place: ['lisbon', 'porto'] }],
    [
      'what do lead roles in Berlin, Munich or Hamburg ask for?',
      'requirements',
      { level: 'lead', place: ['berlin', 'munich', 'hamburg'] },
    ],
    [
      'remote split of lead roles in Spain and Portugal?',
      'work_mode',
      { level: 'lead', place: ['spain', 'portugal'] },
    ],
  ])('"%s"', (q, intent, filters) => {
    const p = plan(q);
    expect(p.intent).toBe(intent);
    const place = [p.filters.place ?? []].flat().map((x) => x.toLowerCase());
    expect(place.length > 1 ? place : place[0]).toEqual(filters.place);
    if (filters.level) expect(p.filters.level).toEqual(filters.level);
  });

  test('near miss: places set against each other stay sides, not one selection', () => {
    const p = plan('is kafka more common in Berlin or in London?');
    expect(p.comparePlaces?.map((x) => x.name.toLowerCase())).toEqual(['berlin', 'london']);
    expect(Array.isArray(p.filters.place)).toBe(false);
    expect(p.places).toBeUndefined();
  });

  test('a city with its own country is still one place', () => {
    expect(plan('lead roles in Munich, Germany?').filters.place).toBe('Munich');
  });
});

describe("the member's own level is who asks, never the level of the roles", () => {
  test.each<[string, Intent, AnswerFilters]>([
    [
      'staff here w/ 11 yrs in rust, any principal roles in the US?',
      'list_companies',
      { level: 'principal', place: 'us' },
    ],
    [
      'as a senior with 6 years of kotlin, which lead jobs in Munich?',
      'list_companies',
      { level: 'lead', place: 'munich' },
    ],
    ['Senior, 9 yrs. what do lead roles in Canada pay?', 'pay', { level: 'lead', place: 'canada' }],
    // Near miss: the skill named again for the roles stays a filter.
    [
      'senior here w/ 8 yrs in go, which lead jobs in berlin want go?',
      'list_companies',
      { level: 'lead', place: 'berlin', skills: ['Go'] },
    ],
  ])('"%s"', (q, intent, filters) => {
    check(q, intent, filters);
  });

  test('the spans', () => {
    expect(memberContextSpans('senior here w/ 8 yrs in go, which lead jobs in berlin?')).toContain(
      'senior here w/ 8 yrs in go',
    );
    // Near miss: levels joined before the listings are asked about, not a tag.
    expect(memberContextSpans('senior and staff listings: what do they ask for?')).toEqual([]);
  });

  test('a move between levels still names both', () => {
    expect(plan('does moving from senior to lead in the UK pay more?').compare).toEqual(['senior', 'lead']);
  });

  test('near miss: a profile before a readiness question stays what is measured', () => {
    const p = plan('senior java dev, 9 yrs. could i realistically go for lead roles?');
    expect(p.intent).toBe('readiness');
    expect(p.years).toBe(9);
  });
});

describe('why the member asks is no part of what they ask', () => {
  test.each<[string, Intent]>([
    [
      'which skills come up most in principal listings? want to show my mentees what comes after lead',
      'top_skills',
    ],
    ['how many lead roles are remote? need numbers for a slide', 'work_mode'],
    ['what do lead roles in Spain pay? putting together a post for the channel', 'pay'],
    // Near miss: the purpose is the question itself.
    ['where can a lead go next? want to show my mentees the options', 'career_path'],
  ])('"%s" → %s', (q, intent) => {
    expect(plan(q).intent).toBe(intent);
  });
});

describe('levels compared on two measures', () => {
  test.each([
    'staff vs principal: years asked and salary?',
    'how do senior listings compare with lead listings on experience and pay?',
    'lead or manager, which asks more experience and which pays more?',
  ])('"%s" is level_compare', (q) => {
    const p = plan(q);
    expect(p.intent).toBe('level_compare');
    expect(p.filters.level).toBeUndefined();
  });
  test('near miss: one measure compared stays pay ("USD per year" is no years)', () => {
    expect(plan('lead vs staff pay, USD per year?').intent).toBe('pay');
  });
});

describe('out of scope said plainly: an absent company in a forecast', () => {
  test.each([
    'how much will a lead at meta make next year?',
    'what will netflix pay lead engineers in 2028?',
  ])('"%s" keeps the company, said absent', (q) => {
    const p = plan(q);
    expect(p.intent).toBe('out_of_scope');
    expect(p.forecast).toBe('pay');
    expect(p.unknownCompany).toBeDefined();
    expect(p.filters.company).toBeDefined();
  });
  test('near miss: a forecast naming no company names none', () => {
    expect(plan('what will lead salaries be in 2028?').filters.company).toBeUndefined();
  });
});
