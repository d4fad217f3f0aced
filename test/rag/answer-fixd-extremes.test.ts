import { describe, expect, test } from 'vitest';
import { featuresAsked } from '../../src/rag/extract/listing-features.js';
import { body, embeddedAnswers } from '../support/answers.js';
import { testPlanner } from '../support/planner.js';

// Holdout7/review6 answer classes (issue 14): extremes named, listings by a duty, one listing's
// terms, out of scope said plainly. New phrasings, none of an evaluation set's; figures checked
// against the stored listings, not the engine.

const { ask, listings } = embeddedAnswers();
const { plan } = testPlanner();
const leadYears = () =>
  listings()
    .filter((l) => l.seniority === 'lead' && l.yearsMin !== null)
    .map((l) => ({ company: l.company, years: l.yearsMin! }));

describe('the lowest and highest years asked are named, and a bound none meets says none', () => {
  test.each([
    'lowest years of experience any lead role asks?',
    'which lead role asks for the fewest years of experience?',
    'lead roles: what is the highest minimum years anyone asks?',
  ])('"%s" names the listings at both ends', async (q) => {
    const ys = leadYears();
    const low = Math.min(...ys.map((y) => y.years));
    const lowest = ys.filter((y) => y.years === low).map((y) => y.company);
    const text = body((await ask(q)).answer);
    expect(text).toContain(`from ${low} (${lowest[0]}`);
  });
  test.each([
    ['my friend has 2 years in backend; which lead listings take fewer than 4 years?', 3],
    ['any lead roles for someone with under 5 years?', 4],
  ])('"%s": none, and the nearest named', async (q, most) => {
    const ys = leadYears();
    expect(ys.filter((y) => y.years <= most)).toHaveLength(0);
    const low = Math.min(...ys.map((y) => y.years));
    const lowest = ys.filter((y) => y.years === low)[0]!.company;
    const text = body((await ask(q)).answer);
    expect(text).toContain(`None does. The lowest minimum asked is ${low} years, at ${lowest}`);
  });
  test('near miss: a bound some meet lists them, with no "none"', async () => {
    const text = body((await ask('which lead listings ask for 6 years or less?')).answer);
    expect(text).not.toContain('None does');
    expect(text).toMatch(/\*\*Asking 6 years or fewer: [1-9]/);
  });
  test("a bound stated in a later part is kept when an earlier part states the asker's years", () => {
    expect(
      plan('my mentee has 3 years of experience; which lead roles accept fewer than 6 years?').yearsAtMost,
    ).toBe(5);
  });
});

describe("investment advice is out of scope; a job's stock options are not", () => {
  test.each([
    'should i buy tesla stock with my signing bonus?',
    'is now a good time to sell my google shares?',
    'thinking of investing my bonus in index funds, good idea?',
  ])('"%s"', (q) => {
    expect(plan(q).intent).toBe('out_of_scope');
  });
  test.each(['does the Velloria role come with stock options?', 'which lead roles offer equity or shares?'])(
    'near miss "%s" is a job term',
    (q) => {
      expect(plan(q).intent).not.toBe('out_of_scope');
    },
  );
});

describe('listings by a duty or feature are named', () => {
  test.each<[string, string[]]>([
    ['which lead roles say you will grow junior engineers?', ['mentoring']],
    ['list the staff listings that mention mentorship', ['mentoring']],
    ['which listings say how much of the week is hands-on coding?', ['coding-share']],
    ['any lead roles with no out-of-hours pager?', ['on-call-limited']],
  ])('"%s"', (q, features) => {
    expect(featuresAsked(q)).toEqual(features);
  });
  test("near miss: the asker's own coaching is context, not the feature", () => {
    expect(featuresAsked('i mentor juniors at work; which skills do lead listings want most?')).toEqual([]);
    expect(featuresAsked('we coach engineers into lead roles: which listings want Kafka?')).toEqual([]);
  });
  test('near miss: "how many ask for mentoring" is the skill\'s share, not a list', () => {
    expect(featuresAsked('how many lead roles ask for mentoring?')).toEqual([]);
    expect(plan('how many lead roles ask for mentoring?').intent).toBe('skill_frequency');
  });
  test('"growing engineers" is no trend question, "is Go growing" is', () => {
    expect(plan('which roles are about growing engineers?').intent).not.toBe('out_of_scope');
    expect(plan('is demand for Go growing?').intent).toBe('out_of_scope');
  });
  test('the mentoring listings are named, not filtered by the Mentoring skill', async () => {
    const a = await ask('which lead listings talk about coaching other engineers?');
    expect(body(a.answer)).toMatch(/^\d+ of the \d+ open listings matching lead level state mentoring/);
  });
});

describe('one listing asked two terms answers both', () => {
  test('employment and leave', async () => {
    const text = body(
      (await ask('is the Zatyshok role permanent or contract, and how many days of holiday?')).answer,
    );
    expect(text).toContain('employment type, paid leave');
    expect(text).toContain('24 days off');
  });
  test('"how much leave" is paid leave', async () => {
    const text = body((await ask('how much leave does the Zatyshok building automation role give?')).answer);
    expect(text).toContain('paid leave');
    expect(text).toContain('24 days off');
  });
});

describe('the guide section a descriptive question is about, with its arithmetic', () => {
  test.each([
    ['how many minutes of downtime does a 99.95% availability target allow per month?', '21.6 minutes'],
    ['what does 99.99% uptime over a week leave as error budget?', '1.01 minutes'],
    ['our SLO is 99.5% over 28 days, how much error budget is that?', '201.6 minutes'],
  ])('"%s"', async (q, minutes) => {
    const a = await ask(q);
    const text = body(a.answer);
    expect(text).toContain(`**About ${minutes}**`);
    expect(a.citations.map((c) => c.listingId)).toContain('guide-incident-leadership-and-on-call');
  });
  test('near miss: listings that mention SLOs are counted, not the guide arithmetic', async () => {
    expect(plan('how many lead roles mention SLOs?').intent).toBe('skill_frequency');
  });
  test.each([
    'where can a tech lead go next in their career?',
    "what's beyond tech lead for someone who loves coding?",
    'what options are there after tech lead?',
  ])('"%s" gives the roads on from lead', async (q) => {
    const text = body((await ask(q)).answer);
    expect(text).toMatch(/^After lead the path branches/);
    expect(text).toMatch(/Staff or Principal/);
  });
  test('near miss: the way up to lead is not the roads after it', async () => {
    expect(body((await ask('how do I become a lead?')).answer)).toMatch(/^Moving up to lead/);
  });
  test("a member's own visa running out next year is context, not a forecast", () => {
    expect(plan('does Thornbury sponsor visas? my work permit expires next year').intent).toBe(
      'visa_relocation',
    );
  });
});

describe('a skill no listing asks for and no guide names is out of scope, said plainly', () => {
  test.each([
    ['how many senior roles ask for Haskell?', 'Haskell'],
    ['is Haskell asked for in any lead listing?', 'Haskell'],
    ['what share of principal listings mention haskell', 'Haskell'],
  ])('"%s"', async (q, skill) => {
    expect(listings().filter((l) => l.skills.includes(skill))).toHaveLength(0);
    const text = body((await ask(q)).answer);
    expect(text).toMatch(new RegExp(`^I can't answer that from the listings: none of them names ${skill}`));
    expect(text).toContain(`nor any of the ${listings().length} open listings`);
  });
  test('near miss: a skill another level asks for is counted at zero, not declined', async () => {
    const text = body((await ask('do any staff roles ask for PHP?')).answer);
    expect(text).toMatch(/^No listing among the \d+ open listings matching staff level asks for PHP/);
  });
});

describe('every role asked for is named: contract rates of each period, the listings of a level', () => {
  const contractLeads = () =>
    listings().filter(
      (l) => l.seniority === 'lead' && /contract/i.test(`${l.title} ${l.employmentType ?? ''}`),
    );
  test.each([
    "lead contract gigs: what's the day rate on each?",
    "what's the hourly rate for lead contractors?",
    'contract lead positions only, with their daily rate please',
  ])('"%s" names the contract leads posting another period too', async (q) => {
    const text = body((await ask(q)).answer);
    expect(text).toContain('The others post another period:');
    for (const company of ['Gula', 'Writwell', 'Corvenna Pay', 'Xisto Engineering'])
      expect(text).toContain(company);
  });
  test.each([
    ['lead vs engineering manager: which of these listings are EM roles?', 'manager', 'engineering manager'],
    ['lead vs staff: which ones count as staff roles?', 'staff', 'staff'],
    [
      "what's the difference between senior and lead, and which of the listings are senior roles?",
      'senior',
      'senior',
    ],
  ])('"%s" names that level\'s listings', async (q, level, name) => {
    const n = listings().filter((l) => l.seniority === level).length;
    expect(body((await ask(q)).answer)).toContain(`The ${n} ${name} listings:`);
  });
  test('near miss: the comparison alone names no listings', async () => {
    expect(body((await ask('how is a staff engineer different from a lead?')).answer)).not.toMatch(
      /The \d+ staff listings:/,
    );
  });
});

describe("readiness answers the member's stated gaps", () => {
  test.each([
    "9 years of Python but I've never led a team - ready for a lead role?",
    'am I ready for lead? 8 yrs Kotlin, no formal leadership experience',
    "i haven't managed anyone yet, 10 years of Java. could I land a lead role?",
  ])('"%s" counts the listings asking for leading experience', async (q) => {
    const text = body((await ask(q)).answer);
    expect(text).toMatch(/- \*\*Leading a team\*\*, which you say you have not done: \d+ of the \d+ ask/);
  });
  test('near miss: no leading gap stated, no such line', async () => {
    expect(body((await ask('am I ready for lead with 8 years of Java?')).answer)).not.toContain(
      'Leading a team',
    );
  });
  test.each([
    ['7 years of Go, ready for lead or should I aim for staff first?', 'Staff'],
    ['with 9 years, lead or principal - which is realistic for me?', 'Principal'],
  ])('"%s" measures the other level named too', async (q, level) => {
    expect(body((await ask(q)).answer)).toMatch(new RegExp(`- \\*\\*${level} instead\\?\\*\\* The \\d+`));
  });
});
