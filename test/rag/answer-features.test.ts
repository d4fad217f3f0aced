import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Listings by a described feature (holdout6's class, issue 14): every selected listing whose own
// text states it is named and cited, counted over the whole selection. The expected listings are
// read from the stored listings' text by the test's own patterns, not from the engine.

const { ask, leads, details } = embeddedAnswers();
const leadTexts = () => {
  const lead = new Set(leads().map((l) => l.id));
  return details().filter((d) => lead.has(d.id));
};

describe('the lead listings that state a take-home are all named, with N', () => {
  test.each([
    'any lead jobs that give you a take-home rather than a live coding round?',
    'which lead positions send a take home assignment?',
    'how many lead roles have a take-home in their process?',
  ])('"%s"', async (q) => {
    // grep: a take-home (or a paid trial task) in the hiring process, not "take-home pay" nor "no take-home".
    const want = leadTexts().filter(
      (d) => /take-home(?! pay)|trial task/i.test(d.description) && !/no take-home/i.test(d.description),
    );
    expect(want.length).toBeGreaterThan(2);
    const a = await ask(q);
    const text = body(a.answer);
    expect(text).toContain(
      `${want.length} of the ${leads().length} open listings matching lead level state a take-home`,
    );
    for (const d of want) expect(text).toContain(d.company);
    expect(a.citations.map((c) => c.listingId)).toEqual(expect.arrayContaining(want.map((d) => d.id)));
  });
});

describe('on-call kept to business hours, or none: the listings that say so', () => {
  test.each([
    'are there lead jobs without night on-call? only business hours would be ok',
    'which lead roles have no on-call?',
  ])('"%s"', async (q) => {
    const text = body((await ask(q)).answer);
    // grep: "No after-hours on-call." (Writwell), "business hours only; no nights" (Vesselworks).
    const said = leadTexts().filter((d) => /No after-hours on-call|business hours only/.test(d.description));
    expect(said.length).toBe(2);
    for (const d of said) expect(text).toContain(d.company);
    expect(text).toMatch(
      /^\d+ of the \d+ open listings matching lead level states? on-call in business hours only, or none:/,
    );
  });

  test('near miss: how on-call works at lead level is the job-terms answer, not a list by feature', async () => {
    const a = await ask('how does on-call usually work for lead backend roles?');
    const text = body(a.answer);
    expect(text).not.toMatch(/states? on-call in business hours only/);
    expect(text).toMatch(/^On-call: \d+ of the \d+ open listings matching lead level mention it/);
  });
});

describe('a code review exercise: the listings that name one, and what the guides say it is', () => {
  test('"which lead openings make you review a pull request in the interview?"', async () => {
    const a = await ask('which lead openings have a code review round in the interviews?');
    const text = body(a.answer);
    for (const company of ['Callowfield', 'Kestrelwave', 'Ohmwise', 'Pulsar'])
      expect(text).toContain(company);
    expect(text).toMatch(/From the guides: “[^”]*code-review exercise[^”]*pull request/);
  });
});
