import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// What an answer about one listing or company says (holdout6's class, issue 14): the figure asked
// of its system, its on-call under another name, its duties under question-style headings, its
// stack asked as "what it runs on", and a plain "the listing does not say" for what no listing
// states. The expected words are read from the listing files, not from the engine.

const { ask } = embeddedAnswers();
const listingFile = (id: string) => fs.readFileSync(path.resolve('data/listings', `${id}.md`), 'utf8');

describe('a figure asked of a listing is answered by its statement that gives it in numbers', () => {
  test.each([
    [
      'what latency does the marrowbid bidder need to hit?',
      'marrowbid-lead-backend-engineer-rtb',
      '8 ms inside our bidder',
    ],
    [
      'Marrowbid RTB lead: what latency targets do they work to, and is it on-site?',
      'marrowbid-lead-backend-engineer-rtb',
      '8 ms',
    ],
    [
      'how much traffic does the zahra transit ticketing system handle?',
      'zahra-transit-lead-backend-ticketing',
      '3.2 million journeys a day',
    ],
  ])('"%s"', async (q, id, words) => {
    expect(listingFile(id)).toContain(words);
    expect(body((await ask(q)).answer)).toContain(words);
  });

  test('near miss: a question asking no figure gets none quoted', async () => {
    expect(body((await ask('is the marrowbid job remote?')).answer)).not.toContain(' ms');
  });
});

describe('on-call named as an incident rotation is on-call', () => {
  test.each([
    'does the Vesselworks contract come with on-call duty?',
    'vesselworks elixir contract: is there any on-call?',
  ])('"%s"', async (q) => {
    expect(listingFile('vesselworks-lead-backend-elixir-contract')).toContain(
      'incident rotation (business hours only; no nights)',
    );
    const text = body((await ask(q)).answer);
    expect(text).toContain('business hours only; no nights');
    expect(text).not.toContain('does not mention it');
  });
});

describe('duties under question-style headings; a heading about the company is not a duty', () => {
  test.each([
    'what would I be doing day to day in the Zahra Transit lead job?',
    'what are the responsibilities of the lead at Zahra Transit Systems?',
  ])('"%s"', async (q) => {
    const text = body((await ask(q)).answer);
    expect(text).toContain('Running design reviews, mentoring two engineers');
    // "What does Zahra Transit Systems do?" holds the posting's preamble, not a duty.
    expect(text).not.toContain('Rather than a wall of bullet points');
  });
});

describe('"what does it run on" asks the stack', () => {
  test.each([
    ["what does Ohmwise's platform run on?", ['Go', 'Kafka', 'PostgreSQL']],
    ["what is Zahra Transit's backend built with?", ['Java', 'Kafka', 'PostgreSQL']],
    ['tell me about ohmwise, what is their backend written in?', ['Go', 'Kafka']],
  ])('"%s"', async (q, skills) => {
    const text = body((await ask(q)).answer);
    expect(text).toMatch(/stack and skills/);
    for (const s of skills) expect(text).toContain(s);
  });
});

describe('what no listing states, asked of a named listing: that listing does not say it, cited', () => {
  test.each([
    'what are my chances of getting the Gildcart lead job? how many applicants are there?',
    'how many candidates applied for the Ardwick Payments role?',
  ])('"%s"', async (q) => {
    const a = await ask(q);
    expect(body(a.answer)).toMatch(/^The \w[\w ]* listing \(.+\) \[1\] does not say how many people applied/);
    expect(a.citations).toHaveLength(1);
  });

  test('near miss: nothing named, nothing cited', async () => {
    const a = await ask('how many people apply to lead backend jobs on average?');
    expect(body(a.answer)).not.toMatch(/listing \([^)]+\) does not say that/);
  });
});

describe('how long a hiring process takes is said with the listing’s interview sentences', () => {
  test.each([
    [
      'what does the interview process look like at Quorum Aid?',
      'quorum-aid-engineering-lead-platform',
      'We aim to finish within four weeks.',
    ],
    [
      'walk me through Ardwick Payments’ hiring steps',
      'ardwick-lead-backend-payments-platform',
      'We aim to finish within three weeks.',
    ],
    [
      'ardwick payments lead interviews: how many rounds?',
      'ardwick-lead-backend-payments-platform',
      'We aim to finish within three weeks.',
    ],
  ])('"%s"', async (q, id, sentence) => {
    expect(listingFile(id)).toContain(sentence);
    expect(body((await ask(q)).answer)).toContain(sentence);
  });

  test('near miss: a listing that states no duration gets none', async () => {
    // grep: Kestrelwave's listing names its interview steps and no length of process.
    expect(listingFile('kestrelwave-lead-software-engineer-backend')).not.toMatch(
      /within \w+ weeks|wrap\w* up/i,
    );
    expect(body((await ask('what does the interview process look like at Kestrelwave?')).answer)).not.toMatch(
      /within \w+ weeks/,
    );
  });
});

describe('pay not posted: how the listing says its pay is set', () => {
  test.each(['what does Quorum Aid pay its engineering lead?', 'is the salary at quorum aid any good?'])(
    '"%s"',
    async (q) => {
      // grep: "We can't match commercial salaries. Our pay is set by published internal bands…"
      expect(listingFile('quorum-aid-engineering-lead-platform')).toContain(
        "We can't match commercial salaries.",
      );
      const text = body((await ask(q)).answer);
      expect(text).toContain('not posted');
      expect(text).toContain('published internal bands');
    },
  );

  test('near miss: a posted range is stated as posted', async () => {
    expect(body((await ask('what does the Ardwick Payments lead role pay?')).answer)).toMatch(
      /\(as posted\)/,
    );
  });
});

describe('advice asked about a term: the guide’s advice first, then the listings that mention it', () => {
  test.each([
    'how do I judge the stock options in a lead offer?',
    'what should I ask about the equity in a startup lead offer?',
    'how should my mentee evaluate the equity part of a lead offer?',
  ])('"%s"', async (q) => {
    const text = body((await ask(q)).answer);
    const advice = text.indexOf('the strike price');
    const listings = text.search(/Equity: \d+ of the \d+ open listings/);
    expect(advice).toBeGreaterThan(-1);
    expect(listings).toBeGreaterThan(advice);
  });

  test('near miss: which listings offer equity starts with the listings', async () => {
    expect(body((await ask('do lead roles come with equity?')).answer)).toMatch(
      /^Equity: \d+ of the \d+ open listings/,
    );
  });
});

describe('a pay quote speaks of pay, not only of money', () => {
  test.each([
    ['Ardwick payments lead: what does it pay?', /Base salary £95,000/, /£1\.9bn/],
    ['how much does the ardwick payments platform lead job pay', /Base salary £95,000/, /£1\.9bn/],
  ])('"%s"', async (q, quoted, notQuoted) => {
    const text = body((await ask(q)).answer);
    expect(text).toMatch(quoted);
    expect(text).not.toMatch(notQuoted);
  });
});

describe('a heading naming a term speaks for the sentence under it', () => {
  test('"**On-call?**" over "Seven people share the rotation…" is on-call, quoted and cited', async () => {
    const a = await ask("what's on-call like at callowfield lending? how often is one on it");
    const text = body(a.answer);
    expect(text).toMatch(/one week in seven/);
    expect(text).not.toMatch(/none of the only open listing/);
  });
  test('near miss: a company whose listing never speaks of on-call still says so', async () => {
    const text = body((await ask('does Gildcart have on-call?')).answer);
    expect(text).not.toMatch(/one week in seven/);
  });
});
