import { describe, expect, test } from 'vitest';
import { embeddedAnswers } from '../support/answers.js';

// Round 10 (issue 14), read as a member returning to work: "returning after 3 years off" is time
// away, not years of experience, and "woman" is no misspelt Oman.

const { app } = embeddedAnswers();
const ask = (q: string) => app().answerOffline(q)!;

describe('time away is no experience', () => {
  test.each([
    'im a woman returning after 3 years off, do any lead roles mention returnship or career break support?',
    'after 2 yrs of parental leave, do any lead listings mention a career break?',
    'coming back from a 4-year career break, which lead roles mention flexible hours?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.plan.years).toBeUndefined();
    expect(a.plan.intent).not.toBe('readiness');
    expect(a.plan.filters.place).toBeUndefined();
  });

  test('near miss: "9 years of java before a 2-year career break" keeps the 9', () => {
    const a = ask('back after a 2-year career break with 9 years of java before, am i ready for lead?');
    expect(a.plan.intent).toBe('readiness');
    expect(a.plan.years).toBe(9);
  });

  test('a misspelt country still reads ("germny")', () => {
    expect(ask('lead jobs in germny?').plan.filters.place).toBeDefined();
  });
});
