import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 10 (issue 14), read as a member: advice for the member's own situation that no listing
// states and no guide section answers ("how do I tell my team I'm stepping down as lead?") is said
// to be out of reach, with what can be answered instead, never a tally of what the roles require.

const { app } = embeddedAnswers();
const ask = (q: string) => app().answerOffline(q)!;

describe('own advice no source answers', () => {
  test.each([
    "how do I tell my team I'm stepping down as lead?",
    'should i quit my job?',
    'hey, how should i break the news to my manager that i am leaving?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('out_of_scope');
    const text = body(a.answer);
    expect(text).toMatch(/^I can't answer that from the job listings and guides I have/);
    expect(text).not.toMatch(/asked for in \d+ of/);
  });

  test.each([
    ['how do i get promoted to lead?', 'career_path'],
    ['how should i prepare for lead interviews?', 'interview'],
  ])('near miss: "%s" is answered from the guides', (q, intent) => {
    expect(ask(q).plan.intent).toBe(intent);
  });
});
