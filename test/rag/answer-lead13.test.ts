import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 13 (issue 14), read as a member: questions of my own whose answers missed what was asked —
// "what skills do I need for a lead role at a bank?" (the one banking listing, with no skills),
// "are there lead roles for me? i do php and laravel" (every lead listing, the stack ignored),
// "are there any lead roles open to juniors?" (every lead listing). Expected figures come from the
// stored listings read here, never from the engine's own numbers.

const { app, listings, leads } = embeddedAnswers();
const ask = (q: string) => app().answerOffline(q)!;

describe('few listings in an industry: each with its skills, then the wider industry it belongs to', () => {
  test.each([
    ['what skills do I need for a lead backend role at a bank?', 'banking'],
    ['top skills for lead roles in banking?', 'banking'],
    ['lead jobs at a neobank: what tech do they want', 'banking'],
  ])('"%s"', (q, industry) => {
    const a = ask(q);
    expect(a.plan.filters.industry).toBe(industry);
    const own = leads().filter((l) => l.industries.includes(industry));
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThanOrEqual(2);
    // N is the selection asked, not the wider one.
    expect(a.n).toBe(own.length);
    const text = body(a.answer);
    for (const l of own) expect(text).toContain(l.company);
    expect(text).toContain('- Asks for: ');
    // fintech and the industries data/taxonomy/industries.yaml puts under it.
    const fintech = new Set(['fintech', 'payments', 'banking', 'lending', 'wealth', 'crypto']);
    const wider = leads().filter((l) => l.industries.some((i) => fintech.has(i)));
    expect(text).toContain('the wider industry banking belongs to');
    expect(text).toMatch(
      new RegExp(`across the ${wider.length} open listings matching lead level, in fintech`),
    );
  });

  test('near miss: an industry with enough listings is tallied as asked, with no wider reading', () => {
    const a = ask('what do lead roles in fintech require?');
    expect(body(a.answer)).not.toContain('the wider industry');
    expect(a.n).toBeGreaterThan(2);
  });

  test('near miss: an industry with no parent stays its own few listings', () => {
    const a = ask('what skills do lead roles in the public sector ask for?');
    expect(body(a.answer)).not.toContain('the wider industry');
  });
});

describe('"are there roles for me?" with the member\'s stack: the listings naming it', () => {
  test.each([
    ['are there lead roles for me? i do php and laravel', ['PHP', 'Laravel']],
    ['i only know php/laravel, are there lead roles for me?', ['PHP', 'Laravel']],
    [
      "any lead jobs out there for someone like me? I've done ruby on rails for 10 years",
      ['Ruby', 'Ruby on Rails'],
    ],
    ['im a kotlin dev, are there any lead roles for me in germany?', ['Kotlin']],
  ])('"%s"', (q, skills) => {
    const a = ask(q);
    expect(new Set(a.plan.filters.skills)).toEqual(new Set(skills));
    expect(a.plan.filters.level).toBe('lead');
    // Not every lead listing.
    expect(a.answer).not.toMatch(new RegExp(`^${leads().length} open listings`, 'm'));
  });

  test('a stack no listing names is said plainly, with what they ask instead', () => {
    const text = body(ask('are there lead roles for me? i do php and laravel').answer);
    expect(text).toMatch(/none of them names PHP or Laravel/);
    expect(text).toContain('What they ask for instead');
  });

  test('near miss: no stack said, the lead listings are listed as before', () => {
    const a = ask('are there lead roles for me?');
    expect(a.plan.filters.skills).toBeUndefined();
    expect(a.plan.intent).toBe('list_companies');
  });
});

describe('roles open to juniors: the years asked, lowest first, and the mid-level listings', () => {
  const lowest = () => Math.min(...leads().flatMap((l) => (l.yearsMin === null ? [] : [l.yearsMin])));
  const mids = () => listings().filter((l) => l.seniority === 'mid');

  test.each([
    'are there any lead roles open to juniors?',
    'can a fresher apply for lead backend jobs?',
    'as a junior can i get a lead role?',
    'do lead roles ever hire new grads?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('years');
    expect(a.plan.filters.level).toBe('lead');
    const text = body(a.answer);
    expect(text).toContain(`not entry-level roles: the lowest minimum stated is ${lowest()} years`);
    expect(text).toContain(`${mids().length} mid-level listings`);
  });

  test('in a place with no mid-level listing, that is said', () => {
    const text = body(ask('as a junior can i get a lead role in berlin?').answer);
    expect(text).toContain('No mid-level listing is open in that selection either.');
  });

  test.each([
    'how do leads mentor juniors?',
    'do lead roles involve hiring juniors?',
    'tips for reviewing the code of juniors on my team',
  ])('near miss: "%s" is about the juniors a lead works with, not the member', (q) => {
    expect(ask(q).plan.intent).not.toBe('years');
  });
});
