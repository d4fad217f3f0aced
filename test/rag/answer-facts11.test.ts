import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 11 (r11-facts): the plan is right, the answer must carry the fact. Wordings written for
// this test (none of an evaluation set's), each class with a near miss; figures read from the
// stored listings, never from the engine's own answer.

const { app, listings } = embeddedAnswers();
const offline = (q: string) => app().answerOffline(q)!;
const pctOf = (k: number, n: number) => `${Math.round((100 * k) / n)}%`;

describe('the guide section a question names by its heading is quoted point by point', () => {
  test.each([
    [
      'my team spans three continents, any advice on working across time zones as a lead?',
      'Working across time zones',
      /overlap/i,
    ],
    [
      'how do I keep time-zone pain fair when working across timezones?',
      'Working across time zones',
      /overlap|Rotate the pain/,
    ],
    [
      'is there a quick self check to know if im lead ready?',
      'Quick self-check',
      /two weeks if you disappeared/,
    ],
    [
      'wie lese ich eine posted range richtig? how to read a posted salary range',
      'How to read a posted range',
      /Width\./,
    ],
    [
      "as a new lead I'm becoming a bottleneck on reviews, what do the guides suggest?",
      'Raising standards without becoming a bottleneck',
      /Grow more reviewers/,
    ],
  ])('"%s"', (q, heading, point) => {
    const text = body(offline(q).answer);
    expect(text).toContain(heading);
    expect(text).toMatch(point);
  });

  test('a second section the question names gives the points sharing its words', () => {
    const text = body(
      offline('how should reviewers label code review comments without becoming a bottleneck?').answer,
    );
    expect(text).toContain('section **Running code reviews**');
    expect(text).toMatch(/"blocking:"/);
  });

  test.each([
    // Counts and one word of a heading name no section.
    'how many lead roles are remote?',
    'what do lead roles in Berlin pay?',
    'top skills for lead backend roles',
  ])('near miss: "%s" quotes no named section', (q) => {
    expect(body(offline(q).answer)).not.toMatch(/^From the guide “[^”]+”, section \*\*/m);
  });
});

describe('"is it always 10+?": the share asking at least that many years', () => {
  const lead = () => listings().filter((l) => l.seniority === 'lead' && l.yearsMin != null);
  test.each([
    ['how many years of experience do lead roles ask, always 10+?', 10],
    ['years of experience for lead roles: is it mostly 9+ these days', 9],
    ['lead backend years asked - usually 8 or more?', 8],
  ])('"%s"', (q, bound) => {
    const stated = lead();
    const k = stated.filter((l) => (l.yearsMin ?? 0) >= bound).length;
    const text = body(offline(q).answer);
    expect(text).toContain(
      `Asking ${bound} years or more: ${k} of ${stated.length} (${pctOf(k, stated.length)})`,
    );
  });

  test('near miss: a team of 10+ engineers is no years bound', () => {
    const text = body(offline('how many years do leads of a team of 10+ engineers usually need?').answer);
    expect(text).not.toContain('Asking 10 years or more');
  });
});

describe('no relocation help at the level asked: said plainly, then other levels that offer it', () => {
  test('Canada lead roles', () => {
    const text = body(
      offline('do canadian lead roles offer visa sponsorship or relocation? moving with family').answer,
    );
    expect(text).toMatch(/No listing of the \d+ offers relocation or visa help/);
    expect(text).toMatch(/Outside the level asked[^:]*, 1 does: \*\*Halcyon Voyages\*\*/);
  });

  test('near miss: listings that offer it are counted, not said to be none', () => {
    const text = body(offline('which lead roles offer relocation help?').answer);
    expect(text).not.toContain('No listing of the');
  });
});
