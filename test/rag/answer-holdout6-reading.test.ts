import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Holdout6, reading the question (issue 14): what the answer says once the planner reads a skill
// no listing asks for, part-time hours, a years distribution and "any pay figure" as asked. Each
// case is a new phrasing, its figures checked against the stored listings, not the engine.

const { ask, listings } = embeddedAnswers();
const ofLevel = (level: string) => listings().filter((l) => l.seniority === level);

describe('a skill none of the selection asks for is said plainly, with where else it is named', () => {
  test.each([
    ['do any staff roles ask for PHP?', 'staff', 'PHP'],
    ['do any principal listings want PHP at all?', 'principal', 'PHP'],
    // COBOL: a principal listing names it. (PHP is named by none since "PHP 110,000" is read as the
    // peso, and "how many … want" a skill no listing or guide names is out of scope: fixd.)
    ['how many manager listings mention COBOL?', 'manager', 'COBOL'],
  ])('"%s"', async (q, level, skill) => {
    const pool = ofLevel(level);
    expect(pool.filter((l) => l.skills.includes(skill))).toHaveLength(0);
    const elsewhere = listings().filter((l) => l.skills.includes(skill)).length;
    const first = body((await ask(q)).answer).split('\n')[0]!;
    expect(first).toContain(`No listing among the ${pool.length} open listings`);
    expect(first).toContain(`asks for ${skill} (**0** of ${pool.length})`);
    expect(first).toContain(
      elsewhere
        ? `only ${elsewhere} open listing${elsewhere === 1 ? '' : 's'} outside these filters`
        : 'no listing in the corpus names it',
    );
  });
  test('near miss: a skill some of them ask for is counted as before', async () => {
    const leads = ofLevel('lead');
    const rust = leads.filter((l) => l.skills.includes('Rust')).length;
    expect(rust).toBeGreaterThan(0);
    const first = body((await ask('do any lead roles ask for Rust?')).answer).split('\n')[0]!;
    expect(first).toContain(`**${rust}** of the ${leads.length} open listings`);
  });
});

describe('part-time asked with its hours is part-time, not the working hours of every role', () => {
  test.each([
    'any part-time lead jobs, around 25 hours per week?',
    'part-time lead backend work, 3 days or 24 hrs a week - does that exist?',
  ])('"%s"', async (q) => {
    const leads = ofLevel('lead');
    expect(leads.filter((l) => l.employmentType === 'part-time')).toHaveLength(0);
    const first = body((await ask(q)).answer).split('\n')[0]!;
    expect(first).toBe(
      `Part-time: no listing is a part-time role; none of the ${leads.length} open listings matching lead level is one or mentions part-time work.`,
    );
  });
});

describe('a years distribution asked: each minimum with its count', () => {
  test.each([
    ['what is the breakdown of minimum years asked across senior listings?', 'senior'],
    ['how are years-of-experience minimums distributed for lead roles?', 'lead'],
  ])('"%s"', async (q, level) => {
    const pool = ofLevel(level);
    const stated = pool.map((l) => l.yearsMin).filter((y): y is number => y !== null);
    const each = [...new Set(stated)]
      .sort((a, b) => a - b)
      .map((y) => `${y} years: ${stated.filter((x) => x === y).length}`);
    const text = body((await ask(q)).answer);
    expect(text).toContain(
      `- Each minimum asked: ${each.join(', ')}; no minimum stated: ${pool.length - stated.length}`,
    );
  });
  test('near miss: the median asked is no distribution', async () => {
    const text = body((await ask('how many years do lead roles want?')).answer);
    expect(text).not.toContain('Each minimum asked');
  });
});

describe('"any pay figure at all": every kind of pay counted, none singled out', () => {
  test.each([
    ['how many staff listings post any pay figure at all?', 'staff'],
    ['do senior roles post a salary, day rate or hourly rate? how many?', 'senior'],
  ])('"%s"', async (q, level) => {
    const pool = ofLevel(level);
    const posted = pool.filter((l) => l.salary !== null).length;
    const first = body((await ask(q)).answer).split('\n')[0]!;
    expect(first).toContain(`Posted pay across the ${pool.length} open listings matching ${level} level`);
    // The share said as x of N (round 10).
    expect(first).toContain(
      `${posted} of ${pool.length} (${Math.round((posted / pool.length) * 100)}%) post a range`,
    );
  });
});

describe('who applied, asked of a listing: said exactly what the listings do not hold', () => {
  test.each([
    ['how many candidates have applied to the Thornbury lead role? do I stand a chance?', true],
    ['how many people already applied for the Ardwick payments job', false],
    ['how many engineers applied to Orrery so far, what are my odds', true],
  ])('"%s"', async (q, odds) => {
    const result = await ask(q);
    expect(result.questionKind).toBe('out_of_scope');
    const first = body(result.answer).split('\n')[0]!;
    // the listing named is said not to hold it, and cited
    expect(first).toMatch(
      /^The [^\n]+ listings? \(.+\) \[1\] does not say how many people applied or are still in the running, and I keep no record of applications/,
    );
    expect(result.citations).toHaveLength(1);
    expect(first.includes('so I cannot tell your odds')).toBe(odds);
  });
  test('near miss: how many listings a company has is counted', async () => {
    const result = await ask('how many lead listings does Ardwick Payments have?');
    expect(result.questionKind).not.toBe('out_of_scope');
  });
});
