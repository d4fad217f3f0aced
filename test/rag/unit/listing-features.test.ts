import { describe, expect, test } from 'vitest';
import {
  clausesOf,
  featureById,
  featureStated,
  featuresAsked,
  splitClauses,
} from '../../../src/rag/extract/listing-features.js';
import { testPlanner } from '../../support/planner.js';

/**
 * Listings asked for by a described feature (holdout6's class: "which lead roles have a
 * take-home?"): how a question asks for one, and how a listing's sentence states it. New
 * phrasings, none of the evaluation's.
 */
const { plan } = testPlanner();

describe('a question asking for listings by a feature reads the feature', () => {
  test.each<[string, string[]]>([
    ['any lead jobs that give you a take-home rather than a live coding round?', ['take-home']],
    ['are there roles where the interview has a pair programming session?', ['pair-programming']],
    ['which listings say no leetcode in the interviews?', ['no-puzzles']],
    ['which companies run a PR review exercise when hiring leads?', ['code-review-exercise']],
    ['which lead jobs have 24/7 on-call?', ['on-call-24-7']],
    ['any lead positions with no on-call?', ['on-call-limited']],
    ['how many lead roles keep on-call to office hours?', ['on-call-limited']],
    ['which roles still do live coding for leads?', ['live-coding']],
  ])('"%s"', (q, features) => {
    expect(featuresAsked(q)).toEqual(features);
    expect(plan(q).features).toEqual(features);
  });

  test.each([
    // Near misses: the feature is named but no listings are asked for, or one company is.
    'what is a take-home exercise usually like in a lead interview?',
    'how should I prepare for a code review exercise?',
    'tips for a pairing session interview',
  ])('"%s" asks for no listings by a feature', (q) => {
    expect(featuresAsked(q)).toEqual([]);
    expect(plan(q).features).toBeUndefined();
  });

  test('one company named: its own answer says what it states', () => {
    expect(
      plan('does Callowfield Lending have a code review exercise in the interview?').features,
    ).toBeUndefined();
  });
});

describe('a listing sentence states a feature, not its denial or another sense of the words', () => {
  const states = (id: string, text: string) => featureStated(featureById(id)!, clausesOf(text)).length > 0;
  test.each<[string, string, boolean]>([
    ['take-home', 'Process: intro call → a paid take-home (2 h) → team chat.', true],
    ['take-home', 'Our interview is a pairing session (no take-home), then coffee.', false],
    ['take-home', 'Your take-home pay depends on the tax class.', false],
    ['on-call-limited', '- No after-hours on-call.', true],
    ['on-call-limited', 'On-call: one week in six, nights included, paid.', false],
    ['on-call-24-7', 'No out-of-hours on-call except during launch windows.', false],
    ['on-call-24-7', 'The team shares a 24/7 on-call rotation.', true],
    ['code-review-exercise', 'Interviews: a code review exercise on a PR we wrote.', true],
    ['code-review-exercise', 'You keep our code review norms honest.', false],
  ])('%s in "%s": %s', (id, text, expected) => {
    expect(states(id, text)).toBe(expected);
  });
});

describe("a text's clauses are split once for every kind that reads them", () => {
  const texts = [
    'Process: intro call → a paid take-home (2 h) → team chat.\n- No after-hours on-call.',
    '## About\nWe run e.g. the payments API at 3 a.m. approx. twice a year. On-call: one week in six.',
    '',
    '| a | b |\n**Bold** words_here. Another sentence that is long enough!',
  ];
  test('the same clauses as splitting each time, whatever came before', () => {
    // Each text right after each other text, and again right after itself.
    for (const t of texts)
      for (const other of texts) {
        clausesOf(other);
        expect(clausesOf(t)).toEqual(splitClauses(t));
        expect(clausesOf(t)).toEqual(splitClauses(t));
      }
    expect(clausesOf(texts[0]!)).toEqual([
      'Process: intro call → a paid take-home (2 h) → team chat.',
      'No after-hours on-call.',
    ]);
    expect(new Set(texts.map((t) => JSON.stringify(splitClauses(t)))).size).toBe(texts.length);
  });

  test('the kept clauses cannot be modified', () => {
    const clauses = clausesOf(texts[1]!) as string[];
    expect(() => clauses.push('x')).toThrow();
    expect(clausesOf(texts[1]!)).not.toContain('x');
  });
});
