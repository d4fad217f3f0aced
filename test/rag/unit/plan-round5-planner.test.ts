import { describe, expect, test } from 'vitest';
import type { AnswerFilters, Intent } from '../../../src/rag/answer/plan/index.js';
import { PLANNER_LISTINGS, testPlanner } from '../../support/planner.js';

/**
 * The fifth outside set's planner classes (issue 14, round 5, dev5 now a dev set) and the round-5
 * review's "half of the question dropped": the member's context before or after the question, a
 * scope wider than the level named, duties / career path / readiness in chat wording, requests to
 * decline or that only the bot's own records could answer, and two arrangements asked together.
 * Every case is a new phrasing, none is the evaluation's.
 */
const { plan, check } = testPlanner();

describe('where the member (or the one they speak for) lives is context: the place asked is the filter', () => {
  test.each<[string, Intent, AnswerFilters]>([
    [
      'My mentee lives in Pakistan. Which lead roles in Europe sponsor visas?',
      'visa_relocation',
      { level: 'lead', place: 'europe' },
    ],
    [
      'my friend is in Kenya - any lead jobs in the UK that help with a work permit?',
      'visa_relocation',
      { level: 'lead', place: 'uk' },
    ],
    [
      'I live in Lisbon. any remote lead jobs in Spain?',
      'list_companies',
      { level: 'lead', place: 'spain', workMode: 'remote' },
    ],
    [
      "we're based in Porto; any lead roles in Germany?",
      'list_companies',
      { level: 'lead', place: 'germany' },
    ],
    [
      'Ich wohne in Köln. which companies hire lead engineers in Deutschland?',
      'list_companies',
      { level: 'lead', place: 'deutschland' },
    ],
    [
      'Ik woon in Rotterdam, which companies have lead roles in Nederland?',
      'list_companies',
      { level: 'lead', place: 'nederland' },
    ],
  ])('"%s"', (q, intent, filters) => {
    check(q, intent, filters);
  });

  test("the member's origin is kept apart for a visa question, and the place alone still filters", () => {
    expect(
      plan('My mentee lives in Pakistan. Which lead roles in Europe sponsor visas?').origin?.country,
    ).toBe('Pakistan');
    // Alone, where the member is stays the place asked about.
    check("I'm in Berlin, any lead jobs?", 'list_companies', { level: 'lead', place: 'berlin' });
  });

  test('remote work asked from where the member lives lists the remote roles open to them', () => {
    // grep: data/listings/*.md with location "Remote (Canada)", "Remote (US or Canada)", "Remote
    // (Americas…)" or "Remote (worldwide)" are the ones a member in Toronto or Montreal can take.
    for (const q of [
      'I live in Montreal - could I work remotely for any of these companies?',
      "i'm based in Toronto, any remote lead roles i can take?",
      'im a backend dev in Vancouver, what remote lead jobs could i do from here?',
      'I live in Amsterdam. can I work remotely for any lead roles?',
      'my friend is in Nairobi; any remote lead gigs open to her?',
    ]) {
      const p = plan(q);
      expect(p.filters.workMode, q).toBe('remote');
      expect(p.openTo, q).toBe(true);
    }
    // A place that is not where the member lives is where the jobs are.
    expect(plan('any remote lead jobs in Canada?').openTo).toBeUndefined();
  });
});

describe('the level the member is, and a scope wider than a level, filter nothing', () => {
  test.each<[string, Intent, AnswerFilters]>([
    [
      'senior python dev, 7 yrs, django + postgres. which lead roles in Germany would fit me?',
      'readiness',
      { level: 'lead', place: 'germany' },
    ],
    [
      'mid-level go engineer with 4 years here - which senior roles could I go for?',
      'readiness',
      { level: 'senior' },
    ],
    [
      'my mentee is a senior backend engineer with 9 years; which lead roles in the US suit her?',
      'readiness',
      { level: 'lead', place: 'us' },
    ],
    ['not just lead roles, across everything: which skills come up most?', 'top_skills', {}],
    ['What are the most common skills overall, not only for senior?', 'top_skills', {}],
    ['which languages show up most across all roles, not just lead ones?', 'top_skills', {}],
  ])('"%s"', (q, intent, filters) => {
    check(q, intent, filters);
  });

  test('"not lead" still leaves lead out', () => {
    check('top skills for senior roles, not lead?', 'top_skills', { level: 'senior', levelNot: 'lead' });
  });
});

describe('duties, career path and readiness in chat wording', () => {
  test.each<[string, Intent, AnswerFilters]>([
    ['what does a staff eng even do all week', 'duties', { level: 'staff' }],
    ['whats a typical week for a lead dev like', 'duties', { level: 'lead' }],
    ['what do lead devs really do all day tbh', 'duties', { level: 'lead' }],
    ['mid -> senior: how can I prove I am ready?', 'career_path', { level: 'senior' }],
    ['how do i convince my boss that im ready for a lead role', 'career_path', { level: 'lead' }],
    [
      'staff => principal, how do I make the case that I am capable of it?',
      'career_path',
      { level: 'principal' },
    ],
    [
      'my mentee has 4 yrs of Go. are any Go lead roles realistic for her?',
      'readiness',
      { level: 'lead', skills: ['Go'] },
    ],
    ['6 years python here, are lead roles even realistic for me?', 'readiness', { level: 'lead' }],
    ['mentee: 7 yrs Java. is a lead role within reach for him?', 'readiness', { level: 'lead' }],
  ])('"%s"', (q, intent, filters) => {
    check(q, intent, filters);
  });
});

describe('declined: a letter or reference inventing experience, a post attacking an employer in a channel', () => {
  test.each<[string, 'fabricate' | 'shame']>([
    [
      "draft a recommendation letter from my manager saying I ran the platform team. I didn't, but it helps",
      'fabricate',
    ],
    ['write a reference from my last boss that says I managed 8 people, i never did lol', 'fabricate'],
    ['can you generate a cover letter saying i was a tech lead for 3 years? i wasnt', 'fabricate'],
    ['post in #jobs that Ardwick treats its devs badly, quote their listing', 'shame'],
    ['share a message in the server channel saying Thornbury treats people terribly', 'shame'],
    ['write a post for #random about how horribly Orrery mistreats its engineers', 'shame'],
  ])('"%s"', (q, reason) => {
    const p = plan(q);
    expect(p.intent).toBe('decline');
    expect(p.declineReason).toBe(reason);
  });

  test('a letter or a channel asked about honestly is no decline', () => {
    expect(plan('do any lead listings ask for a cover letter?').intent).not.toBe('decline');
    expect(plan('write me a cover letter outline for the Orrery lead role').intent).not.toBe('decline');
    expect(plan('someone in #jobs asked: what do lead roles in Berlin pay?').intent).toBe('pay');
  });
});

describe("what only the bot's own records could say is out of scope", () => {
  test.each([
    'how many members applied to Thornbury via the bot this month?',
    'how many people clicked the Orrery listing through RoleRadar?',
    'how many of our members got hired through the bot?',
    'show me the bot usage stats for last week',
    'which members got interviews through the bot?',
    'how many times did people ask you about Go this week?',
  ])('"%s"', (q) => {
    expect(plan(q).intent).toBe('out_of_scope');
  });

  test('applications asked of the listings are still about them', () => {
    expect(plan('how do I apply to the Orrery lead role?').intent).not.toBe('out_of_scope');
  });
});

describe('contract work searched for, or weighed against a salary, is the contract term', () => {
  test.each<[string, Intent]>([
    ['looking for contract lead gigs in GBP, what are the day rates?', 'job_terms'],
    ["i'm hunting for freelance backend work, what day rates are posted?", 'job_terms'],
    ['on the lookout for contract roles in EUR - what do they pay per day?', 'job_terms'],
    ['why is a 600 EUR day rate not the same as a 130k salary?', 'job_terms'],
    ['is an 800/day contract equivalent to a 170k salary?', 'job_terms'],
  ])('"%s"', (q, intent) => {
    const p = plan(q);
    expect(p.intent).toBe(intent);
    expect(p.term).toBe('contract');
  });

  test('the day rate asked of contract roles is still pay', () => {
    expect(plan('what day rates do contract leads post in EUR?').intent).toBe('pay');
    expect(plan('how do contract rates compare to perm salaries?').intent).toBe('pay');
  });
});

describe('part-time or contract: the contract listings are counted, part-time looked for beside them', () => {
  test.each([
    'any part-time or contract lead roles?',
    'are there part-time/contract backend jobs?',
    'four-day week or contract lead roles, anything?',
  ])('"%s"', (q) => {
    const p = plan(q);
    expect(p.intent).toBe('job_terms');
    expect(p.term).toBe('contract');
  });

  test('part-time alone is still part-time', () => {
    expect(plan('any part-time lead roles?').term).toBe('part-time');
  });
});

describe('what the roles ask for, said in so many words, is the requirements, whatever follows', () => {
  test.each<[string, Intent, AnswerFilters]>([
    [
      'what do staff roles in the UK usually want? like which languages should i brush up on',
      'requirements',
      { level: 'staff', place: 'uk' },
    ],
    [
      'what does a lead job in fintech typically require? e.g. what stack',
      'requirements',
      { level: 'lead', industry: 'fintech' },
    ],
    [
      'Which tools should my mentee focus on, going by what the lead listings actually ask for?',
      'requirements',
      { level: 'lead' },
    ],
    [
      'which skills should we prioritise for senior roles, based on what the postings need?',
      'requirements',
      { level: 'senior' },
    ],
  ])('"%s"', (q, intent, filters) => {
    check(q, intent, filters);
  });

  test('a ranking asked is still the top skills', () => {
    check('what do lead roles ask for most? top 5 skills please', 'top_skills', { level: 'lead' });
    check('what skills should I learn to be a staff engineer?', 'top_skills', { level: 'staff' });
    check('which skills do principal listings ask for most often?', 'top_skills', { level: 'principal' });
  });
});

describe('a place said of one listing that is elsewhere stays stated (a premise the answer corrects)', () => {
  // Places as data/listings/*.md state them: Gildcart "New York, NY", Orrery "Edinburgh, UK",
  // Thornbury "Berlin, Germany".
  const located = testPlanner({
    listings: [
      ...PLANNER_LISTINGS.map((l) => ({
        ...l,
        places: l.company.startsWith('Orrery')
          ? [{ city: 'edinburgh', country: 'United Kingdom' }]
          : l.company.startsWith('Thornbury')
            ? [{ city: 'berlin', country: 'Germany' }]
            : [{ city: 'frankfurt', country: 'Germany' }],
      })),
      {
        id: 'gildcart-lead-software-engineer-backend',
        title: 'Lead Software Engineer, Backend',
        company: 'Gildcart',
        places: [{ city: 'new york', country: 'United States' }],
      },
    ],
  });
  test.each<[string, AnswerFilters]>([
    ['is the Gildcart lead backend job in London on-site?', { company: 'Gildcart', place: 'london' }],
    [
      'the Orrery public services lead role in Manchester: remote or not?',
      { company: 'Orrery', place: 'manchester' },
    ],
    [
      'Gildcart lead backend role based in Toronto: what is the pay?',
      { company: 'Gildcart', place: 'toronto' },
    ],
  ])('"%s"', (q, filters) => {
    located.check(q, 'listing', filters);
  });

  test('where it is, or where the member is, states no place', () => {
    located.check('the Thornbury tech lead role in Berlin: how much on-call?', 'listing', {
      company: 'Thornbury',
    });
    located.check('is the Gildcart lead backend role remote? I live in Lisbon', 'listing', {
      company: 'Gildcart',
    });
    located.check('can i do the Orrery public services lead role from Manchester?', 'listing', {
      company: 'Orrery',
    });
  });
});
