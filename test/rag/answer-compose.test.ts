import { describe, expect, test } from 'vitest';
import { distinct, periodAsked } from '../../src/rag/answer/engine.js';
import { body, embeddedAnswers } from '../support/answers.js';

// How answers are composed for a member who must act on them (data/eval/compose-review.md):
// the direct answer first, the right base for every figure, no padding.

const { ask, listings, leads } = embeddedAnswers();

describe('pay: a rate asked for is that rate, never mixed with annual bands', () => {
  test('the period a question asks for, and one it sets apart', () => {
    expect(periodAsked("what's the going day rate for lead roles in euros?")).toBe('day');
    expect(periodAsked('contract lead gigs paid per day')).toBe('day');
    expect(periodAsked('hourly rate for lead roles in USD')).toBe('hour');
    expect(periodAsked('EUR salaries for lead roles? annual, not day rates')).toBe('year');
    expect(periodAsked('median and N please, keep day rates separate from salaries')).toBeUndefined();
    expect(periodAsked('what do leads make?')).toBeUndefined();
    // "a day", "a month" count after an amount or a pay word, not in "a day in the life".
    expect(periodAsked('contractors make 800 a day?')).toBe('day');
    expect(periodAsked('what do lead roles pay a month in Poland?')).toBe('month');
    expect(periodAsked('I start in a month, what do leads earn?')).toBeUndefined();
    expect(periodAsked('a day in the life of a lead, what do they earn')).toBeUndefined();
  });

  test('day rates: only the per-day ranges, with how many post one and that the rest are not mixed in', async () => {
    const result = await ask('lead backend day rates?');
    const daily = leads().filter((l) => l.salary?.period === 'day');
    const posted = leads().filter((l) => l.salary);
    expect(daily.length).toBeGreaterThan(0);
    const text = body(result.answer);
    expect(text).toContain(
      `Day rates, posted by ${daily.length} of the ${leads().length} open listings matching lead level`,
    );
    expect(text).toContain(`the ${posted.length - daily.length} other posted ranges are per`);
    expect(text).not.toMatch(/\*\*[A-Z]{3} per (?:year|month|hour)\*\*/);
    for (const l of daily) expect(text).toContain(l.company);
  });

  test('a rate nobody posts is said plainly, then what they post', async () => {
    const result = await ask("what's the hourly rate for lead roles in Germany");
    const text = body(result.answer);
    expect(text).toMatch(
      /^No hourly rate is posted in the \d+ open listings matching lead level, in Germany\./m,
    );
    expect(text).toMatch(/EUR per year/);
  });

  test('annual asked, day rates set apart: the annual band only', async () => {
    const text = body((await ask('EUR salaries for lead roles? annual, not day rates')).answer);
    expect(text).toMatch(/EUR per year/);
    expect(text).not.toMatch(/EUR per day/);
  });

  test('contract roles and their day rate: the pay part is over the contract roles, not every lead listing', async () => {
    const result = await ask("which contract lead roles are there and what's the day rate");
    const contracts = leads().filter((l) => l.employmentType === 'contract');
    const daily = contracts.filter((l) => l.salary?.period === 'day');
    const text = body(result.answer);
    expect(text).toContain(
      `Day rates, posted by ${daily.length} of the ${contracts.length} open listings matching lead level, contract`,
    );
    expect(text).not.toMatch(/Posted pay across the \d+ open listings matching lead level:/);
    expect(text).not.toMatch(/USD per year|CAD per year/);
  });

  test('"the homeowner calls a contractor" is no contract work', async () => {
    const text = body((await ask('which contract lead roles are there?')).answer);
    expect(text).not.toContain('calls a contractor');
    expect(text).not.toContain('two founders and a contractor');
  });

  test('one-off currencies beyond three are named without a source each', async () => {
    const text = body((await ask('what do lead roles pay?')).answer);
    const also = text.split('\n').find((l) => l.includes('Also posted, once or twice each'));
    expect(also).toBeDefined();
    expect(also).not.toMatch(/\[\d+\]/);
  });
});

describe('job terms: the sentence that says how it works, and no wall of names', () => {
  test('on-call: the rota sentences first, and at most 8 further companies named', async () => {
    const text = body((await ask('which lead jobs have on-call and how bad is it')).answer);
    const lines = text.split('\n');
    const quotes = lines.filter((l) => l.startsWith('- “'));
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes[0]).toMatch(/rota|rotation|week|paid|one week in/i);
    const also = lines.find((l) => l.startsWith('- Also:'))!;
    expect(also).toMatch(/, and \d+ more \[/);
    expect(also.split(':')[1]!.split(', and ')[0]!.split(', ').length).toBeLessThanOrEqual(8);
  });
});

describe('interviews: what to practise, and what listings say their interviews cover', () => {
  test('system design prompts asked: the guide prompts first, as a list, then the listings counted over every match', async () => {
    const result = await ask(
      'Which system design prompts would you give a mentee practising for lead interviews?',
    );
    const lines = body(result.answer).split('\n');
    expect(lines[0]).toMatch(/^Prompts worth practising for lead-level interviews \[\d\]:$/);
    expect(lines[1]).toMatch(/^- Design a rate limiter/);
    expect(body(result.answer)).toContain('trip-matching');
    expect(body(result.answer)).not.toContain('Tell me about a time');
    expect(body(result.answer)).toMatch(
      new RegExp(`\\(\\d+ of ${leads().length} describe them; lead level\\)`),
    );
    expect(result.citations.some((c) => c.listingId === 'guide-system-design-and-interviews')).toBe(true);
  });

  test('behavioural questions asked: the leadership prompts, not the design ones', async () => {
    const text = body(
      (await ask('what behavioural questions should I practise for a lead interview')).answer,
    );
    expect(text).toContain('Tell me about a time you disagreed');
    expect(text).not.toContain('Design a rate limiter');
  });

  test('a listing quoted on its interviews says what they cover, never a duty of interviewing others', async () => {
    const text = body((await ask('what kind of system design questions come up in lead interviews')).answer);
    const quoted = text.split('\n').filter((l) => /^- “.*” \(.+\) \[\d+\]$/.test(l));
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) {
      expect(q).toMatch(/design|architect|system/i);
      expect(q).not.toMatch(/help (?:us )?interview|interview candidates/i);
    }
  });
});

describe('readiness: where to apply first, and what listings say about degrees', () => {
  test('a bootcamp grad with 2 years: no lead listing asks that little, and the mid-level ones that do are counted', async () => {
    const result = await ask(
      'Mentee: bootcamp grad, 2 years of Node.js. Is it realistic to aim for lead roles now, or what should they apply to first?',
    );
    const text = body(result.answer);
    const mid = listings().filter((l) => l.seniority === 'mid');
    const within = mid.filter((l) => l.yearsMin !== null && l.yearsMin <= 2);
    const stating = mid.filter((l) => l.yearsMin !== null);
    expect(within.length).toBeGreaterThan(0);
    expect(text).toContain(
      `Where 2 years already meets the ask**: mid-level, ${within.length} of ${mid.length} open listings ask 2 years or fewer`,
    );
    expect(text).toContain(`${stating.length} state a minimum`);
    expect(text).toMatch(/\*\*Degrees\*\*: \d+ of the \d+ do not mention one/);
  });

  test('a senior with 5 years: the nearest level that takes them, not every level below', async () => {
    const text = body((await ask("I'm a senior with 5 years of Go, am I ready to apply for lead?")).answer);
    const senior = listings().filter((l) => l.seniority === 'senior');
    const within = senior.filter((l) => l.yearsMin !== null && l.yearsMin <= 5);
    expect(text).toContain(
      `senior-level, ${within.length} of ${senior.length} open listings ask 5 years or fewer`,
    );
    expect(text).not.toContain('mid-level');
  });

  test('degrees: equivalent experience, required, and "what we don\'t need" told apart', async () => {
    const text = body(
      (await ask('self-taught dev, no degree, 6 years backend. do lead listings require a CS degree?'))
        .answer,
    );
    const lines = text.split('\n');
    // Asked first, answered in the first lines.
    expect(lines.slice(0, 3).some((l) => l.includes('**Degrees**'))).toBe(true);
    expect(text).toMatch(/\d+ accept equivalent experience instead/);
    expect(text).toMatch(/1 says it does not need one/);
    // Said as what it is: a line under "What we don't need" quoted alone reads as an ask.
    expect(text).toContain('Wrenfield Spaces lists “A computer science degree.” under what it does not need');
  });
});

describe('visa and relocation: one listing answered in its own words', () => {
  test('a company that cannot sponsor: "no", with its sentence, first', async () => {
    const lines = body((await ask('does Orrery sponsor visas?')).answer).split('\n');
    expect(lines[1]).toMatch(
      /^- \*\*Orrery Public Digital\*\*, .*: no, it says it cannot sponsor: “.*unable to offer visa sponsorship/,
    );
    expect(lines.join('\n')).not.toMatch(/0 of 1/);
  });

  test('a few listings that say nothing: said once, with what to do', async () => {
    const text = body((await ask('do lead roles in London sponsor visas?')).answer);
    const london = leads().filter((l) => l.locations.some((p) => p.city === 'London'));
    expect(text).toMatch(new RegExp(`None of the ${london.length} says anything about visas or relocation`));
    expect(text).toContain('so ask before applying');
  });
});

describe('descriptive answers stay on what was asked', () => {
  test("one listing's pay is quoted from its pay sentence, never the company's revenue", async () => {
    const text = body((await ask('does the Gearloop lead role pay well and is it remote?')).answer);
    expect(text).toMatch(/Pay: 172,000–198,000 USD per year/);
    expect(text).not.toMatch(/million|billion/);
  });

  test('lead to staff: what staff roles are, not the guide rows on management', async () => {
    const text = body((await ask('what does it take to go from lead to staff?')).answer);
    const quotes = text.split('\n').filter((l) => l.startsWith('- “'));
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q).toMatch(/staff|principal/i);
    expect(text).not.toMatch(/^- “Engineering Manager \(/m);
  });

  test('an engineering manager day to day reads as such', async () => {
    const text = body((await ask("what's the day to day of an engineering manager here")).answer);
    expect(text.split('\n')[0]).toBe('What a backend engineering manager does day to day:');
  });
});

describe('a later pay part is about what the first part found, when the question ties them', () => {
  test('"is equity worth a lower base?": the pay of the listings that mention equity', async () => {
    const result = await ask(
      'what does equity actually mean in these listings, and is it worth taking lower base for it?',
    );
    const text = body(result.answer);
    const equity = Number(/^Equity: (\d+) of the \d+ open listings mention it:/m.exec(text)?.[1]);
    expect(equity).toBeGreaterThan(0);
    expect(text).toMatch(
      new RegExp(
        `^Posted pay across the ${equity} open listings that mention equity: \\d+ of ${equity} \\(\\d+%\\) post a range`,
        'm',
      ),
    );
  });

  test('"…and what do they pay?" alone keeps the pay of every listing asked about', async () => {
    const text = body((await ask('do fintech lead roles offer equity and what do they pay?')).answer);
    expect(text).toMatch(/^Posted pay across the \d+ open listings matching lead level, in fintech: /m);
  });
});

describe('a day rate weighed against a salary', () => {
  test("the member's numbers worked first, then the posted day rates in that currency, the guide, a few roles", async () => {
    const result = await ask(
      'A mentee is weighing a contract at €800/day against a permanent offer at €100k. How should they compare the two?',
    );
    const lines = body(result.answer).split('\n');
    expect(lines[0]).toMatch(/^On your numbers: 100,000 EUR a year is 800 EUR a day over 125 billable days;/);
    const daily = listings().filter(
      (l) => l.employmentType === 'contract' && l.salary?.currency === 'EUR' && l.salary.period === 'day',
    );
    expect(lines[1]).toContain(`Posted EUR day rates of contract roles here:`);
    expect(lines[1]).toContain(`over ${daily.length} listings`);
    const roles = lines.findIndex((l) => l.startsWith('Contract:'));
    expect(roles).toBeGreaterThan(lines.indexOf('From the guides:'));
    expect(lines.slice(roles + 1).filter((l) => / at .*\[\d+\]$/.test(l)).length).toBeLessThanOrEqual(5);
    // Sources numbered in the order the answer uses them, every one used.
    const markers = [...result.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect([...new Set(markers)]).toEqual(result.citations.map((c) => c.n));
  });
});

describe('one or two listings shown: what they say about the aspect asked', () => {
  test('"are there lead roles in Tokyo and do they need Japanese?": the listing, then its language line', async () => {
    const text = body((await ask('are there lead roles in Tokyo and do they need Japanese?')).answer);
    const tokyo = leads().filter((l) => l.locations.some((p) => p.city === 'Tokyo'));
    expect(tokyo.length).toBeGreaterThan(0);
    expect(tokyo.length).toBeLessThanOrEqual(2);
    expect(text).toMatch(
      /\n {2}- \*\*Language\*\*: “[^”]*Japanese[^”]*” \[\d+\]|\n {2}- Language: “[^”]*Japanese/,
    );
  });

  test('reviews as a duty: a product called "contract-review" software is not quoted', async () => {
    const text = body((await ask('how do leads handle code reviews according to these listings')).answer);
    expect(text).not.toContain('contract-review');
    const quoted = text.split('\n').filter((l) => /^- “.*” \(.+\) \[\d+\]$/.test(l));
    for (const q of quoted) expect(q).toMatch(/review|mentor/i);
  });
});

describe('near-identical sentences are quoted once', () => {
  test('shared boilerplate is one quote; different sentences on the same term stay', () => {
    const quotes = [
      'Competitive salary plus equity, 28 days of holiday, and a co-working budget.',
      'Competitive salary plus equity, 28 days of holiday and a coworking budget!',
      'Base pay is $215,000 – $255,000 per year, plus meaningful equity.',
    ];
    expect(distinct(quotes, (q) => q)).toEqual([quotes[0], quotes[2]]);
  });
});
