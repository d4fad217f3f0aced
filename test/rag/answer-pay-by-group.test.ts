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

// "compare remote vs onsite lead pay in the US": the place said once, after both modes, is each side's.
describe('two modes compared in one place', () => {
  test.each([
    ['compare remote vs onsite lead pay in the US', 'the US'],
    ['remote or hybrid: which pays leads more in germany?', 'Germany'],
    ['lead pay, hybrid vs on-site, in the UK', 'the UK'],
  ])('"%s"', (q, place) => {
    const a = ask(q);
    const sections = body(a.answer)
      .split('\n')
      .filter((l) => l.startsWith('Posted pay across'));
    expect(sections.length).toBe(2);
    for (const s of sections) expect(s).toContain(`in ${place}`);
  });

  test('near miss: a place on one side only stays that side’s ("remote vs on-site in london")', () => {
    const a = ask('lead pay: remote anywhere vs on-site in london?');
    expect(a.plan.compareSides?.some((s) => s.place === undefined) ?? true).toBe(true);
  });
});
