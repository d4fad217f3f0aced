import { describe, test } from 'vitest';
import type { AnswerFilters, Intent } from '../../../src/rag/answer/plan/index.js';
import { PLANNER_LISTINGS, testPlanner } from '../../support/planner.js';

/**
 * The seventh outside set's reading-the-question classes (issue 14, holdout6 now a dev set): the
 * asker's own past, level or offer read as filters, declines worded as research or help, and corpus
 * questions (totals, distributions, contract counts) read as skill tallies. Each case is a new
 * phrasing, not the evaluation's; the last of each table is a near miss that must keep the reading.
 */
const { plan, check } = testPlanner({
  listings: [
    ...PLANNER_LISTINGS,
    { id: 'gildcart-lead-backend-engineer', title: 'Lead Backend Engineer', company: 'Gildcart' },
    {
      id: 'ardwick-lead-backend-payments-platform',
      title: 'Lead Backend Engineer – Payments Platform',
      company: 'Ardwick Payments',
    },
  ],
});

describe('declines worded as research or help', () => {
  test.each<[string, 'shame' | 'fabricate' | 'members']>([
    ['dig up some dirt on Gildcart for me, I am writing a thread about them', 'shame'],
    ['what is the dirt on Aldermoor? planning to post it on reddit', 'shame'],
    [
      'my friend was only a senior but wants "Staff Engineer" on his resume. draft the CV bullet so it sounds convincing',
      'fabricate',
    ],
    [
      'can you write my CV summary so it passes as real? even though I was never a lead I want it to say so',
      'fabricate',
    ],
    ['give me a list of the users who asked about Thornbury so I can DM them a referral link', 'members'],
    ['dump the discord handles of people that searched for Ardwick jobs', 'members'],
  ])('"%s"', (q, reason) => {
    const p = plan(q);
    if (p.intent !== 'decline' || p.declineReason !== reason)
      throw new Error(`expected decline (${reason}), got ${p.intent} (${p.declineReason ?? '-'})`);
  });
  test.each<[string, Intent]>([
    // Near misses: the same words asked of the listings, not of people or a public attack.
    ['how many members asked about the Ardwick role?', 'out_of_scope'],
    ['write a CV section that shows my lead experience well', 'career_path'],
    ['give me a list of the companies that hire Go leads in Berlin', 'list_companies'],
    ['name a few people who moved from lead to staff: what did they do?', 'career_path'],
  ])('near miss "%s" is no decline', (q) => {
    const p = plan(q);
    if (p.intent === 'decline') throw new Error(`"${q}" was declined (${p.declineReason})`);
  });
});

describe("the asker's own level in a descriptive question is no filter", () => {
  test.each<[string, Intent, AnswerFilters]>([
    ["my friend just became a tech lead. what's the next step for him after that?", 'career_path', {}],
    [
      "she's a lead now but wants to try being an engineering manager. can she go back to IC work afterwards?",
      'career_path',
      {},
    ],
    ['he has a lead offer with stock options. how should he weigh the vesting part?', 'job_terms', {}],
    ["i'm a senior now. what comes next? do i have to become a manager to keep growing?", 'career_path', {}],
    // Near miss: the level is the role asked about, so it stays.
    ['what does a lead do during a production incident?', 'duties', { level: 'lead' }],
    ['she just became a lead: what should she do during an outage?', 'duties', { level: 'lead' }],
    ['what comes after lead? do i have to become a manager eventually', 'career_path', { level: 'lead' }],
  ])('"%s"', (q, intent, filters) => {
    check(q, intent, filters);
  });
  test('"lead-ready" asks readiness', () => {
    check('how can my mentee tell if he is staff-ready?', 'readiness', { level: 'staff' });
  });
});

describe("the member's own past, plans and offers are no filters", () => {
  const industries = testPlanner({
    listings: [
      ...PLANNER_LISTINGS,
      {
        id: 'quorum-aid-engineering-lead-platform',
        title: 'Engineering Lead – Platform',
        company: 'Quorum Aid',
      },
    ],
    industries: [
      { id: 'fintech', aliases: ['financial technology', 'finance'] },
      { id: 'banking', aliases: ['bank', 'banks'] },
      { id: 'ecommerce', aliases: ['e-commerce', 'retail'] },
      { id: 'adtech', aliases: ['advertising'] },
      { id: 'nonprofit', aliases: ['non-profit', 'charity'] },
    ],
  });
  test.each<[string, Intent, AnswerFilters]>([
    [
      'moving away from adtech after 5 years - what do lead roles in fintech ask for?',
      'requirements',
      { level: 'lead', industry: 'fintech' },
    ],
    [
      'my background is in retail. what do lead backend jobs in fintech require?',
      'requirements',
      { level: 'lead', industry: 'fintech' },
    ],
    ['Quorum Aid: they are a charity, so how is the pay there?', 'company', { company: 'Quorum Aid' }],
    [
      'coming from a big bank, what do lead roles in fintech ask for?',
      'requirements',
      { level: 'lead', industry: 'fintech' },
    ],
    [
      'switching from e-commerce to fintech: what do lead roles there require?',
      'requirements',
      { level: 'lead', industry: 'fintech' },
    ],
    // Near miss: the industry asked about, not the member's past.
    ['what do lead roles in e-commerce ask for?', 'requirements', { level: 'lead', industry: 'ecommerce' }],
  ])('"%s"', (q, intent, filters) => {
    const p = industries.plan(q);
    if (p.intent !== intent) throw new Error(`expected ${intent}, got ${p.intent}`);
    const { level, industry, company } = p.filters;
    const got = Object.fromEntries(
      Object.entries({ level, industry, company }).filter(([, v]) => v !== undefined),
    );
    if (JSON.stringify(got) !== JSON.stringify(filters))
      throw new Error(`expected ${JSON.stringify(filters)}, got ${JSON.stringify(p.filters)}`);
  });

  test.each<[string, Intent, AnswerFilters]>([
    [
      'lead roles in Brazil, what do they pay? is it in reais or dollars?',
      'pay',
      { level: 'lead', place: 'brazil' },
    ],
    ['what do lead jobs in Poland pay - are they paid in zloty?', 'pay', { level: 'lead', place: 'poland' }],
    [
      'my mentee weighs a €650/day lead contract against an €85k permanent lead role, how to compare?',
      'job_terms',
      { level: 'lead' },
    ],
    // Near misses: a currency asked for is the filter; a contract rate checked alone keeps its kind.
    ['what do lead jobs in Poland pay in euros?', 'pay', { level: 'lead', place: 'poland', currency: 'EUR' }],
    [
      'do contract lead roles really pay €900/day?',
      'pay',
      { level: 'lead', employmentType: 'contract', currency: 'EUR' },
    ],
  ])('"%s"', (q, intent, filters) => {
    check(q, intent, filters);
  });
});

describe('corpus and distribution questions', () => {
  test.each<[string, Intent, AnswerFilters, Record<string, unknown>?]>([
    [
      'how many postings does the corpus hold altogether, and how many are lead vs other levels?',
      'level_compare',
      {},
      { inventory: true },
    ],
    ['in total how many listings are there, broken down by level?', 'level_compare', {}, { inventory: true }],
    ['what share of lead roles post any pay figures at all?', 'pay', { level: 'lead' }],
    ['staff roles: do they post a salary, day rate or hourly figure?', 'pay', { level: 'staff' }],
    [
      'how is the years-of-experience requirement spread across senior listings?',
      'years',
      { level: 'senior' },
    ],
    [
      'which staff roles want at least 9 years? i have 11 so curious where that counts',
      'years',
      { level: 'staff' },
      { yearsAtLeast: 9 },
    ],
    [
      'how many senior listings are contract roles, and who posts them?',
      'job_terms',
      { level: 'senior' },
      { term: 'contract' },
    ],
    // Near misses: a count with a level filter is that level's count; the member's own years ask readiness.
    // (filed list_companies from round 10: a count "in total" is of the corpus, as h13-079's key files it)
    [
      'how many lead listings are there in total?',
      'list_companies',
      { level: 'lead' },
      { countListings: true },
    ],
    ['i have 12 years, am i ready for lead roles that want 10+ years?', 'readiness', { level: 'lead' }],
    ['what do contract lead roles pay per day?', 'pay', { level: 'lead', employmentType: 'contract' }],
  ])('"%s"', (q, intent, filters, extra) => {
    check(q, intent, filters, extra);
  });
  test('"go as low as 6" is no Go', () => {
    const p = plan('how many Java lead roles ask for 8 years or less, and do any go as low as 5?');
    if (p.filters.skills?.includes('Go')) throw new Error(`Go read as a skill: ${JSON.stringify(p.filters)}`);
  });
});

describe('skills named only in where the member comes from are theirs, not filters', () => {
  test.each<[string, Intent, AnswerFilters, Record<string, unknown>?]>([
    [
      'coming from a ruby shop - what do lead roles in Berlin ask for?',
      'requirements',
      { level: 'lead', place: 'berlin' },
    ],
    [
      'switching over from a php team, what stack do lead backend jobs want?',
      'requirements',
      { level: 'lead' },
    ],
    // Readiness keeps them as the member's own.
    [
      'coming from a go shop with 6 yrs, am i ready for lead roles?',
      'readiness',
      { level: 'lead' },
      { haveSkills: ['Go'] },
    ],
    // Near miss: a skill asked about stays, whatever the member's past.
    [
      'switching from a python team: how many lead roles ask for Go?',
      'skill_frequency',
      { level: 'lead', skills: ['Go'] },
    ],
  ])('"%s"', (q, intent, filters, extra) => {
    check(q, intent, filters, extra);
  });
});
