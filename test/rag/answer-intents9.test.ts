import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 9 (intents9): what kind of answer a question asks for, in the words members use, in English
// and the sets' other languages. New phrasings, none of an evaluation set's; figures checked against
// the stored listings and the listing files, not the engine's own output.

const { app, listings, leads } = embeddedAnswers();
const offline = (q: string) => app().answerOffline(q)!;
const listingFile = (id: string) =>
  fs.readFileSync(path.join(PROJECT_ROOT, 'data/listings', `${id}.md`), 'utf8');
const inCountry = (l: ReturnType<typeof listings>[number], country: string) =>
  l.locations.some((p) => p.country === country);
const withSkill = (skill: string) => leads().filter((l) => l.skills.includes(skill)).length;

describe('the sets’ other languages ask a skill’s share in their own words', () => {
  test.each([
    ['wie viele Lead-Stellen verlangen Kubernetes?', 'Kubernetes'],
    ['cuántas ofertas de lead piden terraform?', 'Terraform'],
    ['hur många lead-roller kräver AWS?', 'AWS'],
    ['ile ofert dla leada wymaga kafki?', 'Kafka'],
  ])('%s', (q, skill) => {
    const a = offline(q);
    expect(a.plan.intent).toBe('skill_frequency');
    expect(a.plan.filters).toMatchObject({ level: 'lead', skills: [skill] });
    expect(body(a.answer)).toContain(`**${withSkill(skill)}** of the ${leads().length} open listings`);
  });

  test('their cue words are never misspelt skills ("verlangt" is no Erlang, "mest" no REST)', () => {
    expect(offline('wie oft wird rust bei lead-stellen verlangt?').plan.filters.skills).toEqual(['Rust']);
    const top = offline('vilka skills vill lead roles i sverige ha mest?');
    expect(top.plan.intent).toBe('top_skills');
    expect(top.plan.filters.skills).toBeUndefined();
    expect(offline('hay algún puesto de staff con reubicación?').plan).toMatchObject({
      intent: 'visa_relocation',
      filters: { level: 'staff' },
    });
  });

  test('near miss: an English "rest" stays the skill', () => {
    expect(offline('how many lead roles ask for REST?').plan.filters.skills).toEqual(['REST']);
  });
});

describe('pay asked without a pay word', () => {
  test.each([
    'whats the package for lead roles in london?',
    'posted EUR ranges for staff roles pls',
    'lead roles in dubai: what does the package look like, is it tax free?',
  ])('%s', (q) => {
    expect(offline(q).plan.intent).toBe('pay');
  });

  test('"is it tax free?" quotes the listing that says so', () => {
    // The Dubai lead listing's own snapshot row: "| Package | AED 42,000–52,000 per month, tax-free |".
    expect(listingFile('qamar-health-lead-backend-engineer-dotnet')).toContain('per month, tax-free');
    const text = body(
      offline('lead roles in dubai: what does the package look like, is it tax free?').answer,
    );
    expect(text).toContain('What the listings say of tax, in their words:');
    expect(text).toContain('tax-free');
  });

  test('near misses: a relocation package is visa help, a benefits package a job term', () => {
    expect(offline('does the relocation package cover flights?').plan.intent).toBe('visa_relocation');
    expect(offline('what does the benefits package include for lead roles?').plan).toMatchObject({
      intent: 'job_terms',
      term: 'benefits',
    });
  });
});

describe('a reference written in another person’s name is declined', () => {
  test.each([
    'draft a recommendation as if from my former manager, she said its fine',
    'write me a testimonial from my ex-boss about my leadership, he will sign it',
    'could you make a reference letter from my old CTO saying i ran the platform team',
  ])('%s', (q) => {
    const a = offline(q);
    expect(a.plan.intent).toBe('decline');
    expect(a.plan.declineReason).toBe('fabricate');
  });

  test('invented lead experience keeps the level it is for', () => {
    expect(
      offline('make up three years of lead experience for my cv, no one checks').plan.filters.level,
    ).toBe('lead');
  });

  test('near miss: asking someone for a reference is no refusal', () => {
    expect(offline('how do i ask my old tech lead for a reference letter?').plan.intent).not.toBe('decline');
  });
});

describe('the road after a level, with its options, is the career path', () => {
  test.each([
    'what comes after tech lead — principal or manager? what changes with each',
    'after being a lead whats next, staff or EM? what actually changes',
    'where do leads usually go, staff or management? how is each different',
  ])('%s', (q) => {
    expect(offline(q).plan.intent).toBe('career_path');
  });

  test('near miss: two levels set side by side stay compared', () => {
    expect(offline('lead vs staff, what actually changes?').plan.intent).toBe('level_compare');
  });
});

describe('the member’s stack said as "i have X, Y and Z" is theirs (the gap asked)', () => {
  test.each([
    ['what am i missing for a healthtech lead role? i have go, kafka, gcp and 9 yoe', ['Go', 'Kafka', 'GCP']],
    [
      'she has kotlin, spring, aws with 7 yrs: what is she missing for a staff role?',
      ['Kotlin', 'Spring', 'AWS'],
    ],
    [
      'i have node, typescript and postgres — what else do i need for lead roles?',
      ['Node.js', 'TypeScript', 'PostgreSQL'],
    ],
  ])('%s', (q, own) => {
    const a = offline(q);
    expect(a.plan.intent).toBe('readiness');
    expect([...(a.plan.haveSkills ?? [])].sort()).toEqual([...own].sort());
    expect(a.plan.filters.skills).toBeUndefined();
  });

  test('the leadership the roles require is part of what is missing', () => {
    const text = body(offline('what am i missing for a lead role? i have python, django and aws').answer);
    expect(text).toMatch(/Leadership they require, beyond the stack\*\*: .*\(\d+ of \d+\)/);
  });

  test('near misses: "i have 10 years of java" is a profile; "i have an offer from X" names no stack', () => {
    expect(offline('i have 10 years of java, am i ready for lead?').plan).toMatchObject({
      intent: 'readiness',
      haveSkills: ['Java'],
    });
    expect(offline('i have an offer from ardwick, what do they pay?').plan.intent).toBe('company');
  });
});

describe('"do we have any … listings" asks for the listings', () => {
  test.each([
    ['do we have any lead listings in japan?', 'Japan'],
    ['does the corpus have staff roles in the us?', 'United States'],
    ['do u have lead backend listings in spain? members keep asking', 'Spain'],
  ])('%s', (q, country) => {
    const a = offline(q);
    expect(a.plan.intent).toBe('list_companies');
    const level = a.plan.filters.level;
    expect(a.n).toBe(listings().filter((l) => l.seniority === level && inCountry(l, country)).length);
  });

  test('near miss: "do lead roles in berlin have on-call?" is the term', () => {
    expect(offline('do lead roles in berlin have on-call?').plan.intent).toBe('job_terms');
  });
});

describe('"roles … that are remote?": the split of those roles by mode', () => {
  test.each([
    'any lead roles in the uk that are fully remote?',
    'are there lead jobs in the united kingdom which are remote?',
    'any lead roles in britain that r remote',
  ])('%s', (q) => {
    const a = offline(q);
    expect(a.plan.intent).toBe('work_mode');
    expect(a.n).toBe(leads().filter((l) => inCountry(l, 'United Kingdom')).length);
  });

  test('near miss: a remote role asked for by name stays the list', () => {
    expect(offline('any remote lead roles in the uk?').plan.intent).toBe('list_companies');
  });
});

describe('a leadership practice counted as part of the job is duties over the listings naming it', () => {
  test.each([
    ['how many lead listings make hiring part of the job?', 'lead', 'Hiring'],
    // ("…list code review as a responsibility?" names a listing verb: its share, answer-r13-kinds.test.ts.)
    ['how many staff listings have code review as a responsibility?', 'staff', 'Code review'],
    ['how many lead roles expect you to mentor, as a duty?', 'lead', 'Mentoring'],
  ])('%s', (q, level, skill) => {
    const a = offline(q);
    expect(a.plan.intent).toBe('duties');
    expect(a.plan.filters.skills).toEqual([skill]);
    expect(a.n).toBe(listings().filter((l) => l.seniority === level && l.skills.includes(skill)).length);
  });

  test('the lead interviewing others is no interview question', () => {
    expect(
      offline('will a lead have to interview candidates? how many lead listings put hiring in the role').plan
        .intent,
    ).toBe('duties');
  });

  test('near misses: a practice counted alone is its share; interview rounds stay the interview', () => {
    expect(offline('how many lead listings mention mentoring?').plan.intent).toBe('skill_frequency');
    expect(offline('what are the interview rounds for lead roles?').plan.intent).toBe('interview');
  });
});

describe('one listing: its coding share and its squad are duties and team', () => {
  test.each([
    'the kestrelwave lead job: how much of the week is coding, and how big is the team?',
    'aldermoor lead role - how much of their time is spent coding? how large is the squad',
    'ardwick payments lead listing: how much of the day is hands-on, and how big is the squad?',
  ])('%s', (q) => {
    const aspects = offline(q).plan.aspects ?? [];
    expect(aspects).toContain('duties');
    expect(aspects).toContain('team');
  });

  test('the coding share is quoted ("50–70% of your time spent in code")', () => {
    expect(listingFile('aldermoor-lead-backend-engineer-kotlin-core-banking')).toContain(
      '50–70% of your time spent in code',
    );
    expect(body(offline('aldermoor lead role - how much of their time is spent coding?').answer)).toContain(
      '50–70% of your time spent in code',
    );
  });

  test('near miss: pay and work mode stay pay and work mode', () => {
    expect(offline('aldermoor lead role — whats the pay and is it remote?').plan.aspects).toEqual([
      'pay',
      'work_mode',
    ]);
  });
});

describe('levels set against each other on a duty, with a listing as the example', () => {
  test.each([
    'do EMs write code compared to leads? take the birchmere manager role as an example',
    'do engineering managers still code vs tech leads, e.g. birchmere?',
    'managers vs leads: who still codes? use birchmere as the example',
  ])('%s', (q) => {
    const a = offline(q);
    expect(a.plan.intent).toBe('level_compare');
    expect(a.plan.compare).toEqual(expect.arrayContaining(['manager', 'lead']));
    // Birchmere's listing: "You won't write production code most weeks".
    expect(listingFile('birchmere-engineering-manager-backend-invoicing')).toContain(
      "You won't write production code most weeks",
    );
    const text = body(a.answer);
    expect(text).toContain("You won't write production code most weeks");
    expect(text).toContain(`**Lead** (${leads().length} listings)`);
  });

  test('near miss: one company asked about stays the company', () => {
    expect(offline('do birchmere EMs still code?').plan.intent).toBe('company');
  });
});

describe('companies enumerated after a question about the listings filter nothing', () => {
  test.each([
    'how much of the week is hands-on coding in the lead listings? ardwick, protea, kestrelwave',
    'what share of their time do lead roles spend coding? aldermoor, ardwick and kestrelwave',
    'which lead listings say how much of the week is coding? kestrelwave, protea, aldermoor',
  ])('%s', (q) => {
    const a = offline(q);
    expect(a.plan.intent).toBe('duties');
    expect(a.plan.filters.company).toBeUndefined();
    expect(a.n).toBe(leads().length);
  });

  test('the coding share reads "hands-on for roughly 60% of your week" and "half your time coding"', () => {
    expect(listingFile('ardwick-lead-backend-payments-platform')).toContain(
      'hands-on for roughly 60% of your week',
    );
    expect(listingFile('protea-learning-lead-backend-engineer')).toContain('half your time coding');
    const text = body(
      offline('how much of the week is hands-on coding in the lead listings that state it?').answer,
    );
    expect(text).toContain('roughly 60% of your week');
    expect(text).toContain('half your time coding');
  });

  test('near miss: two companies asked about side by side stay the companies', () => {
    expect(offline('what do the lead roles at ardwick and kestrelwave pay?').plan.compareCompanies).toEqual([
      'ardwick',
      'kestrelwave',
    ]);
  });
});

describe('a channel name is no term; part-time answered with the nearest', () => {
  test.each([
    'people in #freelance ask: any part-time lead roles?',
    'for the #contracting pin: are there part time lead jobs?',
    'any part time lead roles? 3 days a week ideally',
  ])('%s', (q) => {
    const a = offline(q);
    expect(a.plan).toMatchObject({ intent: 'job_terms', term: 'part-time' });
    // Quorum Aid's listing: "a four-day week option after probation at 80% pay".
    expect(listingFile('quorum-aid-engineering-lead-platform')).toContain('four-day week option');
    expect(body(a.answer)).toContain('The nearest: ');
    expect(body(a.answer)).toContain('four-day week option');
  });

  test('near miss: "c#" is a skill, not a channel', () => {
    expect(offline('any c# contract roles?').plan).toMatchObject({
      term: 'contract',
      filters: { skills: ['C#'] },
    });
  });
});

describe('readiness with none within reach: each listing’s minimum named', () => {
  test.each([
    ['senior, 7 yrs of go, am i ready for lead roles in london?', 'London'],
    ['i have 6 yoe, could i land a lead job in dublin? what am i missing', 'Dublin'],
    ['with 7 years am i ready for lead roles in london', 'London'],
  ])('%s', (q, city) => {
    const here = leads().filter((l) => l.locations.some((p) => p.city === city) && l.yearsMin !== null);
    const a = offline(q);
    const text = body(a.answer);
    const years = a.plan.years!;
    if (
      here.every((l) => l.yearsMin! > years) &&
      here.length <= 5 &&
      new Set(here.map((l) => l.yearsMin)).size > 1
    )
      for (const l of here) expect(text).toContain(`${l.company} (${l.yearsMin}+ years)`);
    else expect(text).not.toContain("Each one's minimum");
  });

  test('london, 7 years: every lead listing there asks more, the furthest ask named too', () => {
    const london = leads().filter((l) => l.locations.some((p) => p.city === 'London'));
    expect(london.every((l) => (l.yearsMin ?? 0) > 7)).toBe(true);
    const text = body(offline('with 7 years am i ready for lead roles in london').answer);
    const furthest = london.reduce((a, b) => ((b.yearsMin ?? 0) > (a.yearsMin ?? 0) ? b : a));
    expect(text).toContain(`**Each one's minimum**`);
    expect(text).toContain(`${furthest.company} (${furthest.yearsMin}+ years)`);
  });

  test('near miss: with enough years the listings within reach are named instead', () => {
    expect(body(offline('with 12 years am i ready for lead roles in london').answer)).not.toContain(
      "Each one's minimum",
    );
  });
});

describe('"pg" is PostgreSQL', () => {
  test.each([
    'pg vs mysql: how many lead roles want each?',
    'how many lead listings ask for pg?',
    'i know java and pg, what am i missing for lead roles?',
  ])('%s', (q) => {
    const a = offline(q);
    expect([...(a.plan.filters.skills ?? []), ...(a.plan.haveSkills ?? [])]).toContain('PostgreSQL');
  });

  test('near miss: no listing file writes "pg" (the alias moves no listing’s skills)', () => {
    const dir = path.join(PROJECT_ROOT, 'data/listings');
    expect(fs.readdirSync(dir).some((f) => /\bpg\b/i.test(fs.readFileSync(path.join(dir, f), 'utf8')))).toBe(
      false,
    );
  });
});

describe('a day of the job asked of one employer: the listing’s own walk through a day', () => {
  test.each([
    ['what would a day look like at nyota health as their lead? typical day pls', 'Design review'],
    ['day in the life at velloria for the lead backend role?', ''],
    ['what would i be doing day to day as the zanetti lead?', ''],
  ])('%s', (q, moment) => {
    const text = body(offline(q).answer);
    expect(text).toMatch(/in its words: “/);
    if (moment) expect(text).toContain(moment);
  });

  test('near misses: pay, or "the day to day" (its duties), quote no timed day', () => {
    expect(body(offline('what does nyota health pay?').answer)).not.toContain('in its words: “8:30');
    expect(body(offline('what are the day to day duties at nyota health?').answer)).not.toContain(
      'in its words: “8:30',
    );
  });
});

describe('lead -> EM -> back to IC is a return, not a choice of roads', () => {
  test.each([
    'can you go lead -> EM -> back to individual contributor later without hurting your career?',
    'if i move from lead to manager, can i go back to ic after a year?',
    'mentee wants to try EM after lead, could she switch back to IC if she hates it?',
  ])('%s', (q) => {
    const guide = fs.readFileSync(path.join(PROJECT_ROOT, 'data/guides/guide-career-path.md'), 'utf8');
    expect(guide).toContain('more reversible, than many people assume');
    expect(body(offline(q).answer)).toContain('more reversible, than many people assume');
  });

  test('near miss: "after lead, staff or EM?" stays the roads after lead', () => {
    expect(body(offline('after lead whats next, staff or EM?').answer)).toMatch(
      /^After lead the path branches/,
    );
  });
});
