import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 10 (issue 14), read as a member: "which industries pay the most for leads?", "lead pay by
// country" ask for each group's posted pay side by side (a median per group within one currency and
// period, never converted), not the single highest listing. Figures from the stored listings.

const { app, leads } = embeddedAnswers();
const ask = (q: string) => app().answerOffline(q)!;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length / 2;
  return s.length % 2 ? s[Math.floor(m)]! : (s[m - 1]! + s[m]!) / 2;
};

describe('posted pay per group', () => {
  test.each([
    ['lead pay by country?', 'country'],
    ['which countries pay lead backend engineers the most?', 'country'],
    ['which industries pay the most for leads?', 'industry'],
  ])('"%s"', (q, by) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('pay');
    expect(a.plan.payBy).toBe(by);
    const text = body(a.answer);
    expect(text).toContain(
      `Posted pay by ${by} across the ${leads().length} open listings matching lead level`,
    );
    if (by === 'country') {
      const us = leads().filter(
        (l) =>
          l.salary?.currency === 'USD' &&
          l.salary.period === 'year' &&
          l.locations.some((p) => p.country === 'United States'),
      );
      const m = median(us.map((l) => (l.salary!.min + l.salary!.max) / 2));
      expect(text).toContain(
        `United States: median midpoint ${Math.round(m).toLocaleString('en-US')} over ${us.length} ranges`,
      );
    }
  });

  test('near miss: "which company pays the most?" names the top listing', () => {
    const a = ask('which company pays the most for lead backend?');
    expect(a.plan.payBy).toBeUndefined();
    expect(body(a.answer)).toMatch(/^Highest posted:/);
  });
});
