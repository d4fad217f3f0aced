import { describe, expect, test } from 'vitest';
import type { AnswerFilters, Intent } from '../../../src/rag/answer/plan/index.js';
import { PLANNER_LISTINGS, type PlannerListing, testPlanner } from '../../support/planner.js';

/**
 * The sixth outside set's planner classes (issue 14, round 5, holdout5 now a dev set), second pass:
 * a level or place beside a company of the corpus, everyday words read as a company or a skill,
 * the member's own situation read as the job's filters, a scope wider than the level asked, and
 * intents in another author's wording. Every case is a new phrasing, none is the evaluation's.
 */
const { plan, check } = testPlanner();

// grep '^company:\|^location:\|^title:' data/listings/{thornbury,aldermoor,orrery,kiwaku,xisto}*.md:
// one lead listing each for Thornbury (Berlin), Aldermoor (Frankfurt), Orrery (Edinburgh) and Kiwaku
// (Tokyo); Xisto has two lead listings, one in Lisbon and one remote.
const LEVELLED: PlannerListing[] = [
  ...PLANNER_LISTINGS.map((l) => ({
    ...l,
    level: 'lead',
    places: [
      l.company.startsWith('Orrery')
        ? { city: 'Edinburgh', country: 'United Kingdom' }
        : l.company.startsWith('Aldermoor')
          ? { city: 'Frankfurt am Main', country: 'Germany' }
          : { city: 'Berlin', country: 'Germany' },
    ],
  })),
  {
    id: 'kiwaku-lead-game-server-engineer-cpp',
    title: 'Lead Game Server Engineer (C++)',
    company: 'Kiwaku Studio',
    level: 'lead',
    places: [{ city: 'Tokyo', country: 'Japan' }],
  },
  {
    id: 'xisto-lead-backend-java-consulting-lisbon',
    title: 'Lead Backend Engineer (Java) – Client Delivery',
    company: 'Xisto Engineering',
    level: 'lead',
    places: [{ city: 'Lisbon', country: 'Portugal' }],
  },
  {
    id: 'xisto-contract-lead-backend-rust-iot',
    title: 'Contract Lead Backend Engineer (Rust) – Industrial IoT Client',
    company: 'Xisto Engineering',
    level: 'lead',
    places: [],
  },
];
const levelled = testPlanner({ listings: LEVELLED as unknown as PlannerListing[] });

describe('a level or place beside a company of the corpus filters only when it narrows its listings', () => {
  test.each<string>([
    'does Thornbury have a lead opening, and is it hybrid?',
    'what does the lead job at Aldermoor pay?',
    'Kiwaku lead: how many interview rounds?',
    "tell me about Orrery's lead role in Edinburgh, do they relocate people?",
    'does Thornbury have a lead role in Berlin? what do they pay',
  ])('"%s": the company alone, the level said of it kept apart', (q) => {
    const p = levelled.plan(q);
    expect(p.filters.level, q).toBeUndefined();
    expect(p.filters.place, q).toBeUndefined();
    expect(p.filters.company, q).toBeDefined();
    // Asked of the company (not of one listing, its own selection), what was said of it is kept.
    if (p.intent === 'company') expect(p.companyDescribed?.level, q).toBe('lead');
  });

  test("a place that narrows the company stays: one of Xisto's two lead listings is in Lisbon", () => {
    const p = levelled.plan('what does the Xisto lead role in Lisbon pay?');
    expect(p.filters.company).toBeDefined();
    expect(p.filters.place?.toString().toLowerCase()).toBe('lisbon');
    // Both of Xisto's listings are lead: the level narrows nothing.
    expect(p.filters.level).toBeUndefined();
  });

  test('a company outside the corpus keeps the level: it chooses the alternatives offered', () => {
    check('is Stripe hiring lead engineers?', 'company', { level: 'lead', company: 'Stripe' });
  });
});

describe('everyday words are no company and no skill', () => {
  test.each<[string, Intent, AnswerFilters]>([
    ['what monthly salary do staff roles in Poland post?', 'pay', { level: 'staff', place: 'poland' }],
    ['what annual pay do lead jobs in London list?', 'pay', { level: 'lead', place: 'london' }],
    ['what typical salary do senior roles in Canada have?', 'pay', { level: 'senior', place: 'canada' }],
    [
      'what hourly rate do contract leads get in Germany?',
      'pay',
      {
        level: 'lead',
        place: 'germany',
        employmentType: 'contract',
      },
    ],
  ])('"%s": an amount\'s qualifier is no company', (q, intent, filters) => {
    check(q, intent, filters);
    expect(plan(q).unknownCompany, q).toBeUndefined();
  });

  test.each<string>([
    'we search remote lead roles in Germany, any?',
    'i search a hybrid lead job in the Netherlands, which companies?',
    "let's search lead roles in Spain: who is hiring?",
  ])('"%s": the verb search is no skill', (q) => {
    expect(plan(q).filters.skills, q).toBeUndefined();
  });

  test('the skill written as the skill stays', () => {
    expect(plan('how many lead jobs ask for search experience?').filters.skills).toEqual(['Search']);
  });

  test.each<[string, string]>([
    ['do lead roles need Kubernetes or is that an SRE thing? how many ask for it?', 'Kubernetes'],
    ['is Terraform really expected of leads, or is it a DevOps thing? how common is it?', 'Terraform'],
    ["how often do lead listings want Kafka, or is that the data team's job?", 'Kafka'],
  ])('"%s": a skill named as a kind of work is not counted', (q, skill) => {
    const p = plan(q);
    expect(p.intent, q).toBe('skill_frequency');
    expect(p.filters.skills, q).toEqual([skill]);
  });

  test.each<[string, Intent]>([
    ['top skills for staff roles in fintech? prepping our newsletter', 'top_skills'],
    ["what are the most requested skills in lead roles? I'm preparing a slide deck", 'top_skills'],
    ['which cloud do lead listings ask for most? preparing the FAQ', 'top_skills'],
  ])('"%s": preparing a thing of one\'s own is no interview preparation', (q, intent) => {
    expect(plan(q).intent, q).toBe(intent);
  });

  test.each<string>([
    'how should I prepare for a lead role interview?',
    'prepping for a lead loop next week, any advice?',
    'how do I prepare for the system design round?',
  ])('"%s": preparing for an interview still is', (q) => {
    expect(plan(q).intent, q).toBe('interview');
  });
});

describe("the member's own situation is no filter of the roles asked about", () => {
  test.each<[string, Intent, AnswerFilters]>([
    ['I make $150k as a senior, what do lead roles in the US pay?', 'pay', { level: 'lead', place: 'us' }],
    [
      "I'm on €70k as a senior in Berlin. What do lead roles in Berlin post?",
      'pay',
      {
        level: 'lead',
        place: 'berlin',
      },
    ],
    ['my salary is £85k; what do staff roles in London pay?', 'pay', { level: 'staff', place: 'london' }],
  ])('"%s": their own pay names no currency, their level no target', (q, intent, filters) => {
    check(q, intent, filters);
  });

  test('a currency asked for the roles still filters', () => {
    check('my salary is €90k, what do lead jobs in Germany pay in euros?', 'pay', {
      level: 'lead',
      place: 'germany',
      currency: 'EUR',
    });
  });

  test.each<string>([
    'im a senior java dev in Berlin, 8 yrs, ready for lead?',
    "I'm a backend engineer in Madrid with 7 years of Go. Am I ready for a lead role?",
    "I'm a senior dev in Warsaw. How do people move up to staff?",
  ])('"%s": where they are is no filter of their own readiness or way up', (q) => {
    expect(plan(q).filters.place, q).toBeUndefined();
  });

  test('the place named again for the roles stays', () => {
    expect(plan('I live in Berlin; am I ready for lead roles in Berlin with 7 years?').filters.place).toBe(
      'Berlin',
    );
  });

  test.each<[string, AnswerFilters]>([
    ['I work at an insurer, what does it take to become a lead?', { level: 'lead' }],
    ["I'm a staff engineer at a bank; how do people move up to principal?", { level: 'principal' }],
    ['my mentee is at a fintech startup, how does she get to staff?', { level: 'staff' }],
  ])('"%s": where the member works is no industry filter', (q, filters) => {
    check(q, 'career_path', filters);
  });

  test('an industry asked for the roles too stays', () => {
    check('I work at a bank; which banks hire leads?', 'list_companies', {
      level: 'lead',
      industry: 'banking',
    });
  });

  test.each<[string, AnswerFilters]>([
    [
      'my friend moved from lead to manager two years ago and wants to go back to IC, is that possible?',
      {
        level: 'lead',
      },
    ],
    ['I switched from staff to EM last year; can I move back to staff later?', { level: 'staff' }],
    [
      'she went from lead to engineering manager a year ago: is returning to a lead role bad for her career?',
      {
        level: 'lead',
      },
    ],
  ])('"%s": their own past is no market history; the way back is to the level left', (q, filters) => {
    check(q, 'career_path', filters);
  });

  test('the market compared with last year is still history', () => {
    expect(plan('are lead salaries higher than last year?').intent).toBe('out_of_scope');
  });

  test.each<[string, string]>([
    ['java engineer here with 6 years, realistic to land a lead role?', 'lead'],
    ['go dev here, 4 yrs - any shot at lead?', 'lead'],
    ['rust dev here, 7 yrs. is staff realistic or do rust staff jobs want more?', 'staff'],
  ])('"%s": the member introduced by their work asks about readiness', (q, level) => {
    const p = plan(q);
    expect(p.intent, q).toBe('readiness');
    expect(p.filters.level, q).toBe(level);
  });
});

describe('scope and intents in other wording', () => {
  test.each<[string, string]>([
    ['how many roles ask for Rust overall, and what share of them are staff?', 'staff'],
    ['How many listings mention Terraform, and how many of those are lead?', 'lead'],
    ['count the listings naming Kafka; which of those are principal roles?', 'principal'],
  ])('"%s": the count is over every level, the level asked of those', (q, level) => {
    const p = plan(q);
    expect(p.intent, q).toBe('skill_frequency');
    expect(p.filters.level, q).toBeUndefined();
    expect(p.ofThoseLevel, q).toBe(level);
  });

  test.each<[string, AnswerFilters]>([
    ['any lead roles in Germany, ideally Berlin or Munich?', { level: 'lead', place: 'germany' }],
    ['lead jobs in Spain - Madrid, Barcelona, that kind of area?', { level: 'lead', place: 'spain' }],
    ['who hires staff engineers in India? Pune/Chennai side', { level: 'staff', place: 'india' }],
  ])('"%s": a country with its cities as examples is the country', (q, filters) => {
    const p = plan(q);
    expect(p.filters.level, q).toBe(filters.level);
    expect(p.filters.place?.toString().toLowerCase(), q).toBe(filters.place);
    expect(p.comparePlaces, q).toBeUndefined();
  });

  test.each<[string, AnswerFilters]>([
    ['what languages do fintech lead roles need?', { level: 'lead', industry: 'fintech' }],
    ['what tech stack do the remote lead jobs look for', { level: 'lead', workMode: 'remote' }],
    ['what tools does a staff role in Berlin expect?', { level: 'staff', place: 'berlin' }],
  ])('"%s": what tech or stack X want is what they ask for', (q, filters) => {
    check(q, 'requirements', filters);
  });

  test.each<[string, AnswerFilters]>([
    [
      "what's the usual experience requirement for lead backend jobs in Germany?",
      {
        level: 'lead',
        place: 'germany',
      },
    ],
    ['lead roles in Canada: what is the years bar?', { level: 'lead', place: 'canada' }],
    ['years-of-exp needed for staff roles in London?', { level: 'staff', place: 'london' }],
  ])('"%s": an experience requirement is years', (q, filters) => {
    check(q, 'years', filters);
  });

  test.each<string>([
    'what would my take-home be on a lead salary in London?',
    'how much income tax do I owe on a 100k lead salary in Germany?',
    'what is the net pay of a staff role in Zurich after tax?',
  ])('"%s": tax and take-home are out of scope', (q) => {
    expect(plan(q).intent, q).toBe('out_of_scope');
  });
});
