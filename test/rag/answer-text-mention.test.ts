import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 10 (issue 14), read as a member and an admin: "how many listings require security
// clearance?" names a phrase no skill, job term or filter covers; the answer counts the selected
// listings whose own text holds it (the full-text index) and quotes them, instead of a skill tally.
// Expected counts come from the listings' text read here, not from the engine.

const { app, details } = embeddedAnswers();
const ask = (q: string) => app().answerOffline(q)!;
const holding = (re: RegExp, level?: string) =>
  details().filter((d) => (!level || d.seniority === level) && re.test(d.description));

describe('a phrase asked of the listings’ text', () => {
  test.each([
    [
      'how many listings require security clearance?',
      'security clearance',
      /security clearances?/i,
      undefined,
    ],
    ['which lead roles mention a notice period?', 'notice period', /notice periods?/i, 'lead'],
    ['do any lead listings talk about a notice period?', 'notice period', /notice periods?/i, 'lead'],
  ])('"%s"', (q, phrase, re, level) => {
    const a = ask(q);
    expect(a.plan.textMention?.toLowerCase()).toBe(phrase);
    const expected = holding(re, level);
    expect(expected.length).toBeGreaterThan(0);
    const text = body(a.answer);
    expect(text).toMatch(new RegExp(`comes up in ${expected.length} of `));
    for (const d of expected.slice(0, 8)) expect(text).toContain(d.company);
  });

  test('a phrase no listing holds is said plainly', () => {
    const text = body(ask('do any roles offer a gym membership?').answer);
    expect(text).toMatch(/^No listing among all \d+ open listings mentions “gym membership”/);
  });

  test.each([
    'which skills do principal-level listings ask for most often?',
    'what do i need for a lead backend job in healthtech? asking for real',
    'how many listings mention kubernetes?',
  ])('near miss: "%s" is no phrase search', (q) => {
    expect(ask(q).plan.textMention).toBeUndefined();
  });
});

// Read as an admin: "how many companies have more than one listing?" is those companies, counted and
// named, not the requirements of every listing.
describe('companies with several listings, asked as a count', () => {
  const several = (level?: string) => {
    const by = new Map<string, number>();
    for (const d of details())
      if (!level || d.seniority === level) by.set(d.company, (by.get(d.company) ?? 0) + 1);
    return [...by].filter(([, n]) => n > 1).map(([c]) => c);
  };
  test.each([
    ['how many companies have more than one listing?', undefined],
    ['how many employers have 2+ lead roles?', 'lead'],
    ['do any companies have multiple openings?', undefined],
  ])('"%s"', (q, level) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('list_companies');
    expect(a.plan.severalPerCompany).toBe(true);
    const text = body(a.answer);
    for (const c of several(level)) expect(text).toContain(`**${c}**`);
  });
  test('near miss: "how many listings does Xisto have?" is the company', () => {
    expect(ask('how many listings does Xisto have?').plan.severalPerCompany).toBeUndefined();
  });
});
