import { describe, expect, test } from 'vitest';
import { type AnswerFilters, type Intent, planQuestion } from '../../../src/rag/answer/plan/index.js';
import { testPlanner } from '../../support/planner.js';

/**
 * Mechanisms found by reading the answers to the planner probe (data/eval/planner-probe.txt): each
 * case is a new phrasing, not one of the evaluation's, planned as a member means it.
 */
const { plan, check } = testPlanner();

describe('planner probe: the place asked, not where the member lives', () => {
  test.each<[string, Intent, AnswerFilters]>([
    [
      "Portugal remote roles? i'm based in Porto",
      'list_companies',
      { place: 'portugal', workMode: 'remote' },
    ],
    [
      'fully remote in germany, I live in Hamburg - any lead backend stuff?',
      'requirements',
      { level: 'lead', place: 'germany', workMode: 'remote' },
    ],
    [
      "I'm a senior dev in Madrid, what do lead roles in Spain need?",
      'requirements',
      { level: 'lead', place: 'spain' },
    ],
    // The residence said first is context: the rest is a bare search, the list (as without it).
    [
      'I live in Valencia, any remote lead jobs in Spain?',
      'list_companies',
      { level: 'lead', place: 'spain', workMode: 'remote' },
    ],
    // A wider place offered as the scope.
    ['anything in Lyon? or France generally', 'list_companies', { place: 'france' }],
  ])('%s', (q, intent, filters) => {
    check(q, intent, filters);
  });

  test('a place the member does not want is no filter', () => {
    expect(
      plan(
        'lead jobs in Spain that are fully remote? I live in Valencia and really dont want to commute to Madrid',
      ).filters.place,
    ).toBe('Spain');
    expect(plan('any lead roles in Germany, not Berlin though').filters.place).toBe('Germany');
  });

  test('alone, where the member lives is the place asked', () => {
    expect(plan("I'm in Berlin, any lead jobs?").filters.place).toBe('Berlin');
    expect(plan('lead roles based in Poland?').filters.place).toBe('Poland');
    expect(plan('I live in Lisbon, what do lead roles pay here?').filters.place).toBe('Lisbon');
  });
});

describe('planner probe: visa help asked of one named listing', () => {
  test.each<[string, string]>([
    ['does the orrery public services lead job sponsor a visa?', 'orrery'],
    ['Orrery public services lead role, they give visa sponsorship or no? I am from India', 'orrery'],
    ['the aldermoor kotlin role - do they sponsor visa?', 'aldermoor'],
  ])('%s → visa help at its company', (q, company) => {
    const p = plan(q);
    expect(p.intent).toBe('visa_relocation');
    expect(Object.keys(p.filters)).toEqual(['company']);
    expect(p.filters.company?.toLowerCase()).toBe(company);
  });

  test('visa help with another aspect of the listing stays the listing', () => {
    const p = plan('the aldermoor kotlin role - what does it pay and do they sponsor visas?');
    expect(p.intent).toBe('listing');
    expect(p.aspects).toEqual(expect.arrayContaining(['pay', 'visa']));
  });
});

describe('planner probe: both sides of a comparison filter neither', () => {
  test.each<[string, Intent, AnswerFilters]>([
    ['lead pay in euros vs dollars?', 'pay', { level: 'lead' }],
    ['senior salaries, GBP or EUR?', 'pay', { level: 'senior' }],
    ['how do contract day rates compare to permanent salaries for leads?', 'pay', { level: 'lead' }],
  ])('%s', (q, intent, filters) => {
    check(q, intent, filters);
  });

  test('one currency, or one kind of work, still filters', () => {
    check('whats the typical salary for lead roles in GBP', 'pay', { level: 'lead', currency: 'GBP' });
    expect(plan('what do lead contract gigs pay per day in euros').filters).toMatchObject({
      employmentType: 'contract',
      currency: 'EUR',
    });
  });
});

describe('planner probe: a well-known employer is never a misspelt skill', () => {
  test('"stripe or monzo": neither is MongoDB', () => {
    const p = plan('is there a lead job at stripe or monzo here?');
    expect(p.intent).toBe('company');
    expect(p.unknownCompany).toBe('Stripe');
    expect(p.topicSkills).toBeUndefined();
    expect(p.filters.skills).toBeUndefined();
  });
  test('a real skill typo still counts', () => {
    expect(plan('how common is mongdb in lead roles?').filters.skills).toEqual(['MongoDB']);
  });
});

describe('planner probe: words that are no company, no forecast, no job term', () => {
  test('currency codes in capitals are no company', () => {
    check('How do GBP and EUR lead salaries compare?', 'pay', { level: 'lead' });
  });
  test("the member's own plans in time ask for no forecast", () => {
    expect(plan("i'm moving to Lisbon next year, anything there for leads?").intent).not.toBe('out_of_scope');
    expect(plan('I graduate next year, what do mid level backend roles ask for?').intent).toBe(
      'requirements',
    );
    expect(plan('will lead salaries go up next year?').intent).toBe('out_of_scope');
  });
  test('contract against employment, asking which pays more: the pay', () => {
    check('contractor vs employee for lead roles - which pays more per year?', 'pay', { level: 'lead' });
  });
});

describe('planner probe: chat spellings, work modes pushed away, remote from a place', () => {
  test('"wats … for leeds in amsterdamm": no NATS, no Leeds, the leads in Amsterdam', () => {
    check('wats the pay like for leeds in amsterdamm', 'pay', { level: 'lead', place: 'amsterdam' });
    expect(plan('any backend jobs in leeds?').filters.place).toBe('leeds');
  });
  test('a mode the member pushes away is not the filter', () => {
    expect(
      plan('Which lead roles are on-site only in the US? Asking for a friend who hates remote').filters
        .workMode,
    ).toBe('onsite');
    expect(plan('remote lead roles in the US?').filters.workMode).toBe('remote');
  });
  test('working remotely from a place: the remote listings open there, each named', () => {
    check(
      'can i work remotely from india for any of the lead roles?',
      'list_companies',
      { level: 'lead', place: 'india', workMode: 'remote' },
      { listListings: true },
    );
  });
});

describe('planner probe: questions asked in a word, and left-out subjects', () => {
  test('"stack? pay? remote?": each asked, none a filter', () => {
    check(
      'lead roles in berlin - stack? pay? remote?',
      'requirements',
      { level: 'lead', place: 'berlin' },
      {
        also: ['work_mode', 'pay'],
      },
    );
  });
  test('readiness with the subject left out', () => {
    check(
      'Been a senior for 6 years with Go and Kafka. Ready for lead?',
      'readiness',
      { level: 'lead' },
      {
        years: 6,
        haveSkills: ['Go', 'Kafka'],
      },
    );
  });
  test('a bare date asks for the listings of those days', () => {
    check('posted this week?', 'list_companies', { postedAfter: '2026-11-18' }, { listListings: true });
  });
  test('how much leave is no pay question', () => {
    expect(plan('how much PTO do lead roles give').intent).not.toBe('pay');
    expect(plan('how much do lead roles pay in berlin').intent).toBe('pay');
  });
});

describe('planner probe: what a listing asks for is no industry', () => {
  test('"mention AI or LLMs": the skill, not the AI industry', () => {
    const p = plan('how many lead listings mention AI or LLMs');
    expect(p.filters.industry).toBeUndefined();
    expect(p.filters.skills).toEqual(['Machine learning']);
  });
  test('an industry named as the employers is still one', () => {
    expect(plan('what do lead roles in fintech require?').filters.industry).toBe('fintech');
    expect(plan('which fintech lead roles require kafka?').filters.industry).toBe('fintech');
  });
});

describe('planner probe: levels and companies typed with a typo', () => {
  test.each<[string, string]>([
    ['princpal engineer pay in the us', 'principal'],
    ['what do seniour backend roles pay in berlin', 'senior'],
    ['how many snr roles want golang', 'senior'],
    ['principle engineer roles in the UK?', 'principal'],
  ])('%s → %s', (q, level) => expect(plan(q).filters.level).toBe(level));

  test('"principles" is no level', () => {
    expect(plan('do lead roles ask for SOLID principles?').filters.level).toBe('lead');
  });

  test('a corpus company with a typo is that company, not an absent one', () => {
    const p = plan('does thornbery pay well?');
    expect(p.intent).toBe('company');
    expect(p.unknownCompany).toBeUndefined();
    expect(p.filters.company).toBe('thornbury');
    const q = plan('is aldermor bank remote friendly?');
    expect(q.filters).toEqual({ company: 'aldermoor' });
  });
});

describe('planner probe: a skill asked not to be needed', () => {
  test.each([
    'lead roles that dont need kubernetes?',
    'any lead jobs that do not require Java',
    'senior roles without terraform?',
  ])('%s → its share, which says how many do not name it', (q) => {
    const p = plan(q);
    expect(p.intent).toBe('skill_frequency');
    expect(p.filters.skills?.length).toBe(1);
  });

  test.each([
    'lead roles not requiring java?',
    'any senior roles without terraform?',
    'which lead jobs dont need kubernetes',
    'can I get a lead job without knowing kubernetes?',
  ])('%s → the listings that do not name it are asked for', (q) => {
    const p = plan(q);
    expect(p.intent).toBe('skill_frequency');
    expect(p.listNotNamed).toBe(true);
  });

  test.each(['how many lead roles dont need kafka', 'is kubernetes a must for lead roles'])(
    '%s → a count or a must-have question lists nobody',
    (q) => expect(plan(q).listNotNamed).toBeUndefined(),
  );
});

describe('planner probe: interview stages, the package besides pay, lead titles (issue 14)', () => {
  test.each<[string, Intent, AnswerFilters, Record<string, unknown>?]>([
    ['how do I prepare for the architecture deep dive', 'interview', {}],
    ['what questions come up in the leadership round', 'interview', {}],
    ['do lead roles usually have a take-home assignment?', 'interview', { level: 'lead' }],
    ['how much PTO do lead roles give?', 'job_terms', { level: 'lead' }, { term: 'paid leave' }],
    ['any lead jobs with a training budget', 'job_terms', { level: 'lead' }, { term: 'learning budget' }],
    ['what perks come with these lead roles', 'job_terms', { level: 'lead' }, { term: 'benefits' }],
    ['team size for lead roles?', 'job_terms', { level: 'lead' }, { term: 'team size' }],
    [
      'what are the core hours for remote lead jobs',
      'job_terms',
      { level: 'lead', workMode: 'remote' },
      { term: 'working hours' },
    ],
    [
      'tech lead vs engineering lead, what is the difference?',
      'level_compare',
      {},
      { compareTitles: ['tech lead', 'engineering lead'] },
    ],
  ])('"%s" → %s', (q, intent, filters, extra) => {
    check(q, intent, filters, extra);
  });

  test('take-home pay stays beyond the listings', () => {
    expect(plan('what is the take-home pay on a 90k salary in Germany?').intent).toBe('out_of_scope');
  });
});

describe('planner probe: currencies set side by side', () => {
  test.each<[string, string[]]>([
    ['compare pay for lead roles in USD vs GBP', ['USD', 'GBP']],
    ['lead pay in euros vs dollars?', ['EUR', 'USD']],
  ])('%s → no currency filter, the currencies shown', (q, currencies) => {
    const p = plan(q);
    expect(p.filters.currency).toBeUndefined();
    expect(p.currencies).toEqual(currencies);
  });

  test('one currency is a filter, not a comparison', () => {
    const p = plan('what do lead roles in the uk pay in gbp');
    expect(p.filters.currency).toBe('GBP');
    expect(p.currencies).toBeUndefined();
  });
});
