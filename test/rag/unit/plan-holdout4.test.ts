import { describe, expect, test } from 'vitest';
import { type AnswerFilters, type Intent, planQuestion } from '../../../src/rag/answer/plan/index.js';
import { PLANNER_LISTINGS, testPlanner, understand } from '../../support/planner.js';

/**
 * The fourth outside set's failure classes (issue 14, holdout4 now a dev set): a member's move read
 * as a visa question, an admin's digest read as a date bound, a recruiter's home address not
 * declined, an unknown company with an org word missed, the interview at a named company read as a
 * company overview. Each case is a new phrasing, not the evaluation's.
 */
const { plan, check } = testPlanner({
  listings: [
    ...PLANNER_LISTINGS,
    {
      id: 'ardwick-lead-backend-payments-platform',
      title: 'Lead Backend Engineer – Payments Platform',
      company: 'Ardwick Payments',
    },
  ],
});

describe("a member's move is context: the question asked is the intent, the move's place the place", () => {
  test.each<[string, Intent, AnswerFilters]>([
    [
      'we are moving to portugal next year - what do lead backend roles pay there?',
      'pay',
      { level: 'lead', place: 'portugal' },
    ],
    [
      'moving to the netherlands in a few months, which companies hire lead backend engineers there?',
      'list_companies',
      { level: 'lead', place: 'netherlands' },
    ],
    [
      'my partner and i are moving to hamburg. what do lead jobs in germany usually ask for?',
      'requirements',
      { level: 'lead', place: 'germany' },
    ],
    [
      "I'm relocating to Berlin next year, what do lead roles pay there?",
      'pay',
      { level: 'lead', place: 'berlin' },
    ],
    [
      'relocating to canada soon, which companies hire go leads there?',
      'list_companies',
      { level: 'lead', place: 'canada', skills: ['Go'] },
    ],
  ])('"%s"', (q, intent, filters) => {
    check(q, intent, filters);
  });

  test('visa or relocation words still ask about visa help', () => {
    expect(plan('moving to germany next year, do any lead roles sponsor a visa?').intent).toBe(
      'visa_relocation',
    );
    expect(plan('which lead jobs in spain help with relocation?').intent).toBe('visa_relocation');
    expect(plan('do any companies help with relocating to Berlin?').intent).toBe('visa_relocation');
    expect(plan('will a lead role in tokyo help me relocate?').intent).toBe('visa_relocation');
    expect(plan('which lead jobs offer relocation?').intent).toBe('visa_relocation');
  });
});

describe('spring the season is no Spring skill', () => {
  test.each<string>([
    'starting somewhere new this spring, what do lead backend roles require?',
    'I want a lead role by next spring, what do they ask for?',
    'applying in Spring 2027: what do lead listings require?',
  ])('"%s" names no skill', (q) => {
    expect(understand(q).skills).toEqual([]);
  });

  test('the framework still is one', () => {
    expect(understand('lead roles asking for spring and kotlin?').skills).toContain('Spring');
    expect(understand('spring boot leads in the spring?').skills).toContain('Spring Boot');
  });
});

describe("an admin's digest is a purpose, not a posted-after bound", () => {
  test.each<string>([
    "for this month's newsletter: what do fintech lead roles ask for?",
    "This week's roundup - which skills do lead backend roles require most?",
  ])('"%s" has no posted-after filter', (q) => {
    expect(plan(q).filters.postedAfter).toBeUndefined();
  });

  test.each<string>(["any of this week's new lead listings in fintech?", 'lead roles posted this week?'])(
    '"%s" is still bounded',
    (q) => {
      expect(plan(q).filters.postedAfter).toBe('2026-11-18');
    },
  );
});

describe("someone's personal phone number or home address is declined", () => {
  test.each<string>([
    'whats the home address of the hiring manager at thornbury? want to drop by',
    'where does the recruiter at aldermoor live? i want to talk in person',
    'whats the mobile number of the recruiter from orrery, they never replied',
  ])('"%s"', (q) => {
    const p = plan(q);
    expect(p.intent).toBe('decline');
    expect(p.declineReason).toBe('contact');
  });

  test('asking what a recruiter call covers is no contact request', () => {
    expect(plan('whats the recruiter call like in the ardwick interview?').intent).toBe('interview');
  });
});

describe('an unknown company named with an org word before a job is the company asked', () => {
  test.each<[string, string]>([
    [
      'tell me about the Quillmark Technologies backend lead role, apparently it pays loads',
      'Quillmark Technologies',
    ],
    ["what's the Brindle Labs lead job like? heard good things", 'Brindle Labs'],
  ])('"%s"', (q, company) => {
    const p = plan(q);
    expect(p.intent).toBe('company');
    expect(p.filters.company).toBe(company);
    expect(p.unknownCompany).toBe(company);
  });

  test('an org word in a plain question names no company', () => {
    expect(plan('what do lead backend roles in distributed systems pay?').filters.company).toBeUndefined();
  });
});

describe('the interview asked of a named company is an interview question under its filter', () => {
  test.each<string>([
    'how many interview rounds does ardwick do?',
    "what's the hiring process like at Thornbury? my screen is on friday",
    'orrery interview - what are the stages?',
  ])('"%s"', (q) => {
    const p = plan(q);
    expect(p.intent).toBe('interview');
    expect(p.filters.company).toBeDefined();
  });

  test('the interview beside another aspect stays a company question', () => {
    expect(plan('does ardwick pay well, and how many interview rounds are there?').intent).toBe('company');
  });
});

describe('skills given as an example of the kind of employer describe the industry', () => {
  test('"like payments / observability type places" filters on the industry only', () => {
    const p = plan('what do fintech companies look for in a lead? like lending / observability type places');
    expect(p.filters.industry).toBe('fintech');
    expect(p.filters.skills).toBeUndefined();
  });

  test('a skill also asked outside the example stays a filter', () => {
    const p = plan('do fintech teams want kafka from leads? like observability or kafka kind of shops');
    expect(p.filters.skills).toEqual(['Kafka']);
  });

  test('"dev tools companies" is an industry, not a question about tools', () => {
    expect(plan('what do developer tools companies want from a lead?').intent).toBe('requirements');
    expect(plan('which tools do lead backend roles ask for most?').intent).toBe('top_skills');
  });
});

describe('working from a place is a remote question about that place', () => {
  test.each<[string, Intent, AnswerFilters]>([
    [
      'do any lead jobs let me work from brazil?',
      'list_companies',
      { level: 'lead', place: 'brazil', workMode: 'remote' },
    ],
    [
      'can i work from portugal on any lead role?',
      'list_companies',
      { level: 'lead', place: 'portugal', workMode: 'remote' },
    ],
  ])('"%s"', (q, intent, filters) => {
    check(q, intent, filters);
  });
});

describe('a bare search followed by context is the search', () => {
  test.each<[string, Intent, AnswerFilters]>([
    [
      'are there any remote lead roles in canada? i live in winnipeg lol',
      'list_companies',
      { level: 'lead', place: 'canada', workMode: 'remote' },
    ],
    [
      'any hybrid lead jobs in germany? my visa is sorted already.',
      'list_companies',
      { level: 'lead', place: 'germany', workMode: 'hybrid' },
    ],
  ])('"%s"', (q, intent, filters) => {
    check(q, intent, filters);
  });
});

describe("a joining word after a place is not a company's name", () => {
  test.each<[string, Intent, AnswerFilters]>([
    [
      "I'm from Portugal and want to move to Europe for a lead role. Which European lead roles sponsor visas?",
      'visa_relocation',
      { level: 'lead', place: 'europe' },
    ],
    [
      'We live in Kenya and hope to relocate. Which lead roles in Europe help with visas?',
      'visa_relocation',
      { level: 'lead', place: 'europe' },
    ],
  ])('"%s"', (q, intent, filters) => {
    check(q, intent, filters);
  });
});
