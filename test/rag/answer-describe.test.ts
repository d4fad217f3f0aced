import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Descriptive misfires of issue 14 (round 4, B2): interview stages, the package besides pay,
// lead titles compared, a company's team, and what a skill count says. Figures are checked
// against the stored listings.

const { app, ask, details } = embeddedAnswers();

describe('interview stages are interview questions, never out of scope or a skill tally', () => {
  test.each([
    'what do lead interviews look like at these companies, any take-home?',
    'how do I prepare for the architecture deep dive',
    'what questions come up in the leadership round',
    'do they do live coding for lead backend roles or just take-homes',
  ])('"%s": the guide interview sections and the listings counted', async (q) => {
    const result = await ask(q);
    const text = body(result.answer);
    expect(text).not.toMatch(/I can't answer that/);
    expect(text).not.toMatch(/What they ask for most often/);
    expect(text).toMatch(/\(\d+ of \d+ describe them/);
    expect(result.citations.some((c) => c.listingId === 'guide-system-design-and-interviews')).toBe(true);
  });

  test('the leadership round gets the guide section on preparing for it', async () => {
    const text = body((await ask('what questions come up in the leadership round')).answer);
    expect(text).toMatch(/Behavioural questions carry more weight at lead level/);
  });

  test('the architecture deep dive gets the guide section on presenting your own system', async () => {
    const text = body((await ask('how do I prepare for the architecture deep dive')).answer);
    expect(text).toContain('In the architecture deep dive you present your own work');
    expect(text).toMatch(/A one-page diagram you can redraw from memory/);
  });

  test('take-home pay is still no question the listings answer', async () => {
    const text = body((await ask('what would my take-home pay be on a lead salary in Berlin?')).answer);
    expect(text).toMatch(/I can't answer that/);
  });
});

describe('the package besides pay: counted over the listings, in their own sentences', () => {
  test('parental leave: the count is the listings that say it, each quote saying it', async () => {
    const text = body((await ask('is there parental leave mentioned anywhere')).answer);
    const open = details().filter((l) => !l.closedAt);
    const saying = open.filter((l) => /\b(?:parental|maternity|paternity)\b/i.test(l.description));
    expect(text).toContain(
      `Parental leave: ${saying.length} of the ${open.length} open listings mention it:`,
    );
    const quotes = text.split('\n').filter((l) => l.startsWith('- “'));
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q).toMatch(/parental|maternity|paternity/i);
  });

  test('a learning budget, annual leave, working hours and team size are each a job term', async () => {
    for (const [q, label, words] of [
      [
        'which lead roles have a learning budget?',
        'Learning budget',
        /budget|allowance|stipend|learning and development|conference/i,
      ],
      ['how much annual leave do lead backend jobs give', 'Paid leave', /leave|holiday|vacation|PTO|days/i],
      ['what are the working hours like for lead roles', 'Working hours', /hours|overlap|Monday|flexib/i],
      [
        'how big are the teams these leads would manage?',
        'Team size',
        /engineers|developers|people|reports|team of/i,
      ],
    ] as const) {
      const text = body((await ask(q)).answer);
      expect(text).toMatch(
        new RegExp(`^${label}: \\d+ of the \\d+ open listings matching lead level mention it:`),
      );
      const first = text.split('\n').find((l) => l.startsWith('- “'))!;
      expect(first).toMatch(words);
    }
  });

  test('"health insurance" is a benefit asked of every listing, not the insurance industry', async () => {
    const result = app().answerOffline('do any companies offer private health insurance')!;
    expect(result.plan.filters.industry).toBeUndefined();
    expect(body(result.answer)).toMatch(/^Health insurance: \d+ of the \d+ open listings mention it:/);
  });
});

describe('lead titles compared, and a company asked what it is like', () => {
  test('tech lead vs engineering lead: each title counted from the listings that carry it', async () => {
    const result = app().answerOffline('tech lead vs engineering lead, what is the difference?')!;
    const text = body(result.answer);
    expect(result.plan.intent).toBe('level_compare');
    const open = app().reader()!.listings();
    const tech = open.filter((l) => /\btech lead\b/i.test(l.title)).length;
    expect(text).toMatch(
      new RegExp(`\\*\\*Tech lead\\*\\* \\(${tech} listings?\\): people management in \\d+`),
    );
    expect(text).toMatch(/\*\*Engineering lead\*\*/);
    expect(text).not.toMatch(/What they ask for most often/);
  });

  test("what it's like working at a company: the listing's team sentences quoted", async () => {
    const text = body((await ask("what's it like working at Quillmed?")).answer);
    expect(text).toMatch(/- Team: “/);
    expect(text).toMatch(/engineers|team/i);
  });
});

describe('a skill count includes skills implied by a named tool, and says so', () => {
  test('"asked for in N", never "named in N"', async () => {
    const text = body((await ask('how many lead roles ask for kubernetes')).answer);
    expect(text).toMatch(/\*\*Kubernetes\*\*: asked for in \d+ of \d+/);
    expect(text).not.toMatch(/named in/);
  });
});

describe('interview kinds counted over the listings that describe their interviews', () => {
  test('a take-home asked: the take-home count comes first and matches the stored lead listings', async () => {
    const text = body((await ask('do lead roles usually have a take-home assignment?')).answer);
    const leads = details().filter((l) => !l.closedAt && l.seniority === 'lead');
    const takeHome = leads.filter((l) => /\btake[- ]?homes?\b/i.test(l.description)).length;
    expect(text).toMatch(new RegExp(`- Of those \\d+: a take-home in ${takeHome}\\b`));
  });
});
