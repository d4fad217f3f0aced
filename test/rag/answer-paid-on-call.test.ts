import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 10 (issue 14), read as a member: "which lead jobs mention on-call but pay for it?" asks for
// the on-call that is paid ("it" is the on-call), not every listing with an on-call rota.

const { app } = embeddedAnswers();
const ask = (q: string) => app().answerOffline(q)!;

describe('on-call "…but pay for it"', () => {
  test.each([
    'which lead jobs mention on-call but pay for it?',
    'which lead listings have on-call and actually pay you for it',
    'lead roles with an on-call rota that pay extra for it?',
  ])('"%s": the paid on-call, beside on-call at all', (q) => {
    const text = body(ask(q).answer);
    const paid = /^Paid on-call: (\d+) of the (\d+)/m.exec(text);
    expect(paid).not.toBeNull();
    const all = /On-call at all: (\d+) of the (\d+) mention it; (\d+) of those do not say it is paid/.exec(
      text,
    );
    expect(all).not.toBeNull();
    expect(Number(all![1]) - Number(all![3])).toBe(Number(paid![1]));
  });

  test('near miss: "which lead jobs have on-call?" counts every on-call mention', () => {
    expect(body(ask('which lead jobs have on-call?').answer)).toMatch(/^On-call: \d+ of the \d+/m);
  });
});
