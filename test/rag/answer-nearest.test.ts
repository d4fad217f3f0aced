import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 10 (issue 14), read as a member: an empty selection says what it comes nearest to (each
// filter taken off on its own, with how many listings then match), and a mode asked about in a later
// part ("…and which ones are fully remote?") is no cut on the part answered first. Counts come from
// the stored listings, never from the engine.

const { app, listings } = embeddedAnswers();
const ask = (q: string) => app().answerOffline(q)!;

describe('an empty selection offers the nearest ones', () => {
  test.each([
    ['does the corpus have anything in healthtech in canada?', 'in Canada'],
    ['any health companies hiring in canada?', 'in Canada'],
    ['healthcare listings in canada, any level?', 'in Canada'],
  ])('"%s": none; without the industry, then without the place', (q) => {
    const a = ask(q);
    expect(a.plan.filters.industry).toBe('health');
    expect(a.n).toBe(0);
    const text = body(a.answer);
    expect(text).toMatch(/^No open listing matches/);
    expect(text).toContain('The nearest, each with one of those filters taken off:');
    const health = listings().filter((l) => l.industries.some((i) => ['health', 'healthtech'].includes(i)));
    expect(text).toMatch(/without “in health”: \d+ open listings \(in Canada\)/);
    expect(text).toContain(`without “in Canada”: ${health.length} open listings (in health)`);
  });

  test('each line names at most three companies and cites them', () => {
    const text = body(ask('any remote c# / .net lead jobs?').answer);
    const lines = text.split('\n').filter((l) => l.startsWith('- without'));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect((line.match(/\[\d+\]/g) ?? []).length).toBeLessThanOrEqual(3);
  });

  test('near miss: a selection with one filter keeps the plain advice', () => {
    const text = body(ask('any lead roles at a company called Zzyzx Holdings?').answer);
    expect(text).not.toContain('The nearest, each with one of those filters taken off');
  });
});

describe('a mode asked in a later part is no cut on the first', () => {
  test.each([
    ['what do lead backend roles in london pay, and which ones are fully remote?', 'london'],
    ['how much do lead jobs in berlin pay and are any of them hybrid?', 'berlin'],
    ['lead pay in germany? and which of them are remote', 'germany'],
  ])('"%s": the pay over every lead listing there, then the mode split', (q, place) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('pay');
    expect(a.plan.filters.workMode).toBeUndefined();
    expect(a.plan.also).toContain('work_mode');
    const country = { london: 'United Kingdom', berlin: 'Germany', germany: 'Germany' }[place]!;
    const there = listings().filter(
      (l) =>
        l.seniority === 'lead' &&
        l.locations.some((p) =>
          place === 'germany' ? p.country === country : p.city?.toLowerCase() === place,
        ),
    );
    expect(body(a.answer)).toContain(
      `Work mode across the ${there.length} open listings matching lead level`,
    );
  });

  test('near miss: a mode in the part answered is a cut', () => {
    const a = ask('what do hybrid lead jobs in berlin pay?');
    expect(a.plan.filters.workMode).toBe('hybrid');
    expect(a.plan.also ?? []).not.toContain('work_mode');
  });
});
