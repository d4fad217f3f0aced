import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 10 (issue 14), read as a member: "lead roles that accept 5 years?" asks which listings ask
// at most that (not the whole spread alone); "the top 3 listings for a rust developer" asks for
// listings ranked for that member (as /recommend ranks them), not for the requirements of Rust roles.
// Figures come from the stored listings.

const { app, leads } = embeddedAnswers();
const ask = (q: string) => app().answerOffline(q)!;

describe('"accept N years" bounds the years asked', () => {
  test.each([
    ['are there lead roles that accept 5 years of experience?', 5],
    ['would any lead listing take someone with only 4 yrs?', 4],
    ['which lead jobs are ok with 6 years?', 6],
  ])('"%s"', (q, years) => {
    const a = ask(q);
    expect(a.plan.yearsAtMost).toBe(years);
    const stated = leads().filter((l) => l.yearsMin !== null);
    const within = stated.filter((l) => l.yearsMin! <= years).length;
    expect(body(a.answer)).toContain(`${within} of ${stated.length} (`);
  });

  test("near miss: the member's own years are no bound on a requirements question", () => {
    expect(ask('i have 5 years, what do lead roles ask for?').plan.yearsAtMost).toBeUndefined();
  });
});

describe('"the top N listings for a X developer" ranks listings for the member', () => {
  test.each([
    ['give me the top 3 listings for a rust developer who wants remote', 3, 'Rust'],
    ['best 5 jobs for someone with kotlin and 8 years?', 5, 'Kotlin'],
    ['roles suited to a python engineer in europe?', undefined, 'Python'],
  ])('"%s"', (q, top, skill) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('list_companies');
    expect(a.plan.fitFor).toBe(true);
    if (top) expect(a.plan.top).toBe(top);
    const ranked = body(a.answer)
      .split('\n')
      .filter((l) => /^\d+\. \*\*/.test(l));
    expect(ranked.length).toBe(top ?? ranked.length);
    for (const line of ranked) expect(line).toContain(`matches ${skill}`);
  });

  test('near miss: "top 3 skills for a rust developer" is still the top skills', () => {
    const a = ask('top 3 skills for lead rust roles?');
    expect(a.plan.fitFor).toBeUndefined();
  });
});
