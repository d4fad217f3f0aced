import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Two scopes in one question (round 9, issue 14; holdout13/14's failures): the whole first, then a
// level's part of it ("whole corpus, and then just the lead roles", "in total, and how many of those
// are lead roles?", "is it any different for lead listings only?"). Counts from the stored listings.

const { app, listings } = embeddedAnswers();
const ask = (q: string) => app().answerOffline(q)!;

describe('the whole, then the level', () => {
  test.each([
    'what is the remote vs hybrid vs onsite split across all listings, and then just for lead roles?',
    'work mode split for the whole corpus, and is it different for staff listings only?',
    'remote/hybrid/onsite overall, and how many of those are principal roles?',
  ])('"%s": the split over every listing, then over the level', (q) => {
    const a = ask(q);
    const level = a.plan.thenLevel!;
    expect(level).toBeDefined();
    expect(a.plan.filters.level).toBeUndefined();
    const all = listings();
    const ofLevel = all.filter((l) => l.seniority === level);
    const text = body(a.answer);
    expect(text).toContain(`Work mode across all ${all.length} open listings:`);
    const after = text.split(/roles only:\*\*[^\n]*\n/)[1]!;
    expect(after).toContain(`across the ${ofLevel.length} open listings matching ${level} level`);
    const remote = ofLevel.filter((l) => l.remote === 'remote').length;
    expect(after).toContain(`**Remote: ${remote} of ${ofLevel.length}**`);
  });

  test('"…posted in November, and how many of those are lead roles?": the month, then its leads', () => {
    const a = ask('how many listings went up in november 2026 and how many of those are lead roles?');
    const nov = listings().filter((l) => (l.postedAt ?? '').startsWith('2026-11'));
    const text = body(a.answer);
    expect(text.split('\n')[0]).toBe(`${nov.length} open listings were posted in November 2026.`);
    expect(text).toContain(
      `${nov.filter((l) => l.seniority === 'lead').length} open listings match lead level, posted in November 2026.`,
    );
  });
});

describe('near misses: the level is the filter', () => {
  test.each([
    'how many lead roles are remote?',
    'what do lead roles in berlin pay overall?',
    'how many lead listings are there in total?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.plan.thenLevel).toBeUndefined();
    expect(a.plan.filters.level).toBe('lead');
  });
  test('"Split" opening a sentence is the word, not the Croatian city', () => {
    expect(ask('Split lead vs everything else: how many post pay?').plan.filters.place).toBeUndefined();
    expect(ask('any lead roles in Split?').plan.filters.place).toBe('Split');
  });
});
