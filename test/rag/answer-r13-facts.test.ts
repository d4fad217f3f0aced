import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { jobTermPatterns, officeDaysSaid } from '../../src/rag/answer/compose/terms.js';
import { sentencesOf } from '../../src/rag/answer/compose/text.js';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 13 (issue 14), counts and facts: answers with the right kind and selection whose figures,
// names, citations or quotes missed what the listings say. Each block is one cause, fixed where it
// lives, with wordings of my own and a near miss. Expected figures come from the stored listings
// read here, never from the engine's own numbers.

const { app, details } = embeddedAnswers();
const ask = (q: string) => app().answerOffline(q)!;
const cited = (q: string) => new Set(ask(q).citations.map((c) => c.listingId));

describe('a sentence that opens with its amount is a sentence ("$170K–$200K base, plus equity.")', () => {
  test('the splitter keeps it, alone or as the label of the sentence after it', () => {
    expect(
      sentencesOf('**What does it pay?**\n$185K–$215K base, plus equity and a 10% annual bonus target.'),
    ).toEqual(['$185K–$215K base, plus equity and a 10% annual bonus target.']);
    expect(
      sentencesOf('$170K–$200K base, plus equity. 401(k) with a 4% match and four weeks of PTO.'),
    ).toEqual(['$170K–$200K base, plus equity. 401(k) with a 4% match and four weeks of PTO.']);
    expect(sentencesOf('€90,000–€105,000 a year, paid in fourteen instalments as usual here.')).toHaveLength(
      1,
    );
  });

  // The US lead listings whose only equity sentence opens with the pay: each is counted and named.
  const amountFirst = () =>
    details().filter(
      (d) =>
        d.seniority === 'lead' &&
        /^[$€£].*\bequity\b/m.test(d.description) &&
        /\bUS\b|United States|, (?:CA|CO|NY|TX|WA|MA|IL)\b/.test(d.location),
    );

  test.each([
    'any US lead roles w/ stock or equity?',
    'which lead postings in the US include an equity grant? asking for my mentees',
    'Quais vagas lead nos EUA oferecem equity?',
    'lead roles in the USA offering equity? startup fan here',
  ])('"%s": those listings are among the ones that mention equity, each cited', (q) => {
    const a = ask(q);
    const ids = new Set(a.citations.map((c) => c.listingId));
    expect(amountFirst().length).toBeGreaterThanOrEqual(3);
    for (const d of amountFirst()) {
      expect(body(a.answer)).toContain(d.company);
      expect(ids).toContain(d.id);
    }
  });

  test('near miss: a term none of them states stays none ("a four-day week")', () => {
    expect(body(ask('do the US lead listings mention a four-day week?').answer)).toMatch(/none of the/);
  });
});

describe('a figure over a handful of listings cites each of them', () => {
  test.each([
    'is kotlin a thing in latin america? how many listings there ask for it',
    'how many LatAm listings want Kotlin',
    'kotlin en latinoamérica: ¿cuántas ofertas lo piden?',
    'a mentee in Bogotá asks how common Kotlin is in Latin American listings',
  ])('"%s": every listing counted is cited', (q) => {
    const a = ask(q);
    const n = Number(/\*\*(\d+)\*\* of the/.exec(a.answer)?.[1]);
    expect(n).toBeGreaterThan(3);
    expect(n).toBeLessThanOrEqual(10);
    expect(a.citations.length).toBeGreaterThanOrEqual(n);
  });

  test('the US median for a slide cites every posted USD-per-year range it is taken over', () => {
    const ids = cited('median posted base for US lead roles, USD per year only');
    const yearly = details().filter(
      (d) =>
        d.seniority === 'lead' &&
        /\bUS\b|United States|New York|San Francisco/.test(d.location) &&
        d.salary?.currency === 'USD' &&
        d.salary.period === 'year',
    );
    expect(yearly.length).toBeGreaterThan(3);
    for (const d of yearly) expect(ids).toContain(d.id);
  });

  test('near miss: a count over many listings still cites only its first few', () => {
    const a = ask('how many lead listings ask for Kubernetes?');
    expect(a.citations.length).toBeLessThanOrEqual(3);
  });
});

describe('office days named as weekdays, and a bare answer keeps the sentence after it', () => {
  test.each([
    ['Hybrid, with Monday, Wednesday and Thursday in the office.', '3'],
    ["No. It's on-site at our New Cairo office, Sunday to Thursday.", '5'],
    ['We meet in the studio on Tues & Thurs, the rest is remote.', '2'],
    ['In the office Mon–Thu, Fridays from home.', '4'],
    ['Hybrid: three days in the office, two days of télétravail per week.', 'three'],
  ])('"%s": %s', (s, days) => {
    expect(officeDaysSaid(s)).toBe(days);
  });

  test.each([
    'Office hours are Monday to Friday, 9 to 5.',
    'Core hours Monday to Friday in the office.',
    'Our month to month planning happens in the office.',
  ])('near miss: "%s" states no office days', (s) => {
    expect(officeDaysSaid(s)).toBeUndefined();
  });

  // The listing's own line with the weekdays, read here from the stored text.
  const weekdaysOf = (company: RegExp) => {
    const d = details().find((x) => company.test(x.company) && x.seniority === 'lead')!;
    return /(?:Monday|Sunday)[^.]*?(?:Thursday|Friday)/.exec(d.description)![0];
  };

  test.each([
    ['the zahra transit lead role in cairo, remote possible? which days in office?', /Zahra/, '5'],
    ['zahra transit: which days are in the office?', /Zahra/, '5'],
    ['how many days a week in office at Umberfield?', /Umberfield/, '3'],
    ['qamar health onsite or remote??', /Qamar/, '5'],
  ])('"%s": the days a week, with the weekdays named', (q, company, n) => {
    const text = body(ask(q).answer);
    expect(text).toContain(`Office days: ${n} a week (${weekdaysOf(company).replace(/ in the office$/, '')}`);
    expect(text).not.toMatch(/In its words: “No\.”/);
  });

  test('"Pulsar Santé lead: combien de jours au bureau ?": the three days as a number', () => {
    expect(body(ask('Pulsar Santé lead: combien de jours au bureau ?').answer)).toContain(
      'Office days: 3 a week',
    );
  });

  test('singapore lead roles, office days? both listings counted, the weekdays one among them', () => {
    expect(body(ask('singapore lead roles, office days?').answer)).toMatch(
      /in the 2 that state a number: 3 days: 1; 5 days: 1/,
    );
  });

  test('near miss: a remote role states no office days', () => {
    const text = body(ask('is the Callowfield lead role remote?').answer);
    expect(text).toMatch(/Work mode: remote/);
    expect(text).not.toContain('Office days:');
  });
});

describe('a work mode claimed of every listing is checked against the split, not applied as a filter', () => {
  // Each place's lead listings and their modes, read from the stored listings.
  const leadsIn = (place: RegExp) =>
    details().filter((d) => d.seniority === 'lead' && place.test(d.location));
  const count = (place: RegExp, mode: string) => leadsIn(place).filter((d) => d.remote === mode).length;

  test.each([
    [
      'all the india lead roles are WFH right? remote only?',
      /India/,
      'remote',
      /^\*\*No\*\*: none of the (\d+) is remote/,
    ],
    [
      "every lead job in Berlin is hybrid, isn't it?",
      /Berlin/,
      'hybrid',
      /^\*\*Not all\*\*: (\d+) of the \d+ is hybrid/,
    ],
    [
      'all the london lead roles are 5 days in office, right?',
      /London/,
      'onsite',
      /^\*\*Not all\*\*: (\d+) of the \d+ is on-site/,
    ],
    [
      'mentor here: my mentee thinks all London lead jobs are office-based. true?',
      /London/,
      'onsite',
      /^\*\*Not all\*\*: (\d+) of the \d+ is on-site/,
    ],
    [
      'are all the lead roles in Singapore on-site?',
      /Singapore/,
      'onsite',
      /^\*\*Not all\*\*: (\d+) of the \d+ is on-site/,
    ],
  ])('"%s"', (q, place, mode, verdict) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('work_mode');
    expect(a.plan.filters.workMode).toBeUndefined();
    const m = verdict.exec(body(a.answer));
    expect(m).not.toBeNull();
    const k = count(place, mode);
    expect(Number(m![1])).toBe(k === 0 ? leadsIn(place).length : k);
    // Every listing of the place is named, the ones that contradict the claim among them.
    for (const d of leadsIn(place)) expect(body(a.answer)).toContain(d.company);
  });

  test.each([
    'any lead gigs w/ a NYC office that arent 5 days in office lol',
    'NYC lead roles that are not on-site?',
    'anything lead in New York that isnt in office full time',
  ])('"%s": none but on-site, said as no listing', (q) => {
    const ny = leadsIn(/New York/);
    expect(ny.every((d) => d.remote === 'onsite')).toBe(true);
    expect(body(ask(q).answer)).toMatch(
      new RegExp(`^\\*\\*No listing\\*\\* matches that: all ${ny.length} are on-site`),
    );
  });

  test('"lead roles in Berlin that aren\'t remote?": how many are not', () => {
    const n = leadsIn(/Berlin/).length;
    const k = n - count(/Berlin/, 'remote');
    expect(body(ask("lead roles in Berlin that aren't remote?").answer)).toMatch(
      new RegExp(`^\\*\\*${k} of the ${n}\\*\\* are not remote`),
    );
  });

  test.each(['how many of all the lead roles are remote?', 'which lead roles in London are hybrid?'])(
    'near miss: "%s" is no claim',
    (q) => {
      const a = ask(q);
      expect(a.plan.modeClaim).toBeUndefined();
      expect(body(a.answer)).not.toMatch(/^\*\*(?:No|Not all|Yes|No listing)\*\*/);
    },
  );
});

describe('a place widened for the level asked names what the place itself holds at other levels', () => {
  const inAustria = () => details().filter((d) => /Austria/.test(d.location));

  test.each([
    "Austria lead backend listings all post their salary right? what's the range",
    'lead roles in austria - pay?',
    'any staff roles in Austria? pay?',
    'Gehalt für Lead-Rollen in Österreich?',
  ])('"%s"', (q) => {
    const text = body(ask(q).answer);
    expect(text).toContain('(widened from');
    const here = inAustria().filter((d) => !new RegExp(d.seniority).test(q.toLowerCase()));
    expect(here.length).toBeGreaterThan(0);
    expect(text).toContain('itself, at other levels:');
    for (const d of here.slice(0, 3)) expect(text).toContain(d.company);
  });

  test('near miss: a place with listings at the level asked is not widened', () => {
    expect(body(ask('lead roles in Germany - pay?').answer)).not.toContain('at other levels');
  });
});

describe('equity as a pay term: its other spellings, not the equity of a hiring policy', () => {
  test.each([
    'Emberline also grants restricted stock units, matches 401(k) contributions up to 5%.',
    'CTC: Competitive, plus ESOPs and annual performance bonus',
    'Base pay with a 20% target bonus and long-term incentives.',
    'Competitive salary with BSPCE stock options.',
    'Salary: 92.000 € – 112.000 € brutto/Jahr plus virtual stock options',
  ])('"%s" mentions equity', (s) => {
    expect(jobTermPatterns.equity!.test(s)).toBe(true);
  });

  test.each([
    'Radiant Grid is committed to employment equity.',
    'We are an equal opportunity employer and support diversity, equity and inclusion.',
    'Our work on pay equity is published every year.',
  ])('near miss: "%s" offers no equity', (s) => {
    expect(jobTermPatterns.equity!.test(s)).toBe(false);
  });

  test.each([
    'which US lead roles give RSUs or stock?',
    'lead listings in the americas with equity?',
    'lead roles in India offering stock options or equity?',
    'stock options in lead roles in India — kaunse companies?',
  ])('"%s": the listings saying so in other words are counted', (q) => {
    const text = body(ask(q).answer);
    expect(text).toMatch(/Equity: \d+ of the/);
    expect(text).not.toContain('Radiant Grid');
  });

  test('"lead roles in India offering stock options or equity?": each naming ESOPs is among them', () => {
    const text = body(ask('lead roles in India offering stock options or equity?').answer);
    const esops = details().filter(
      (d) => d.seniority === 'lead' && /India/.test(d.location) && /\bESOPs?\b/.test(d.description),
    );
    expect(esops.length).toBeGreaterThanOrEqual(2);
    for (const d of esops) expect(text).toContain(d.company);
  });
});

describe('leave: a short list item with its figure is quoted, and the most asked is ranked', () => {
  test('"- 30 calendar days of annual leave." is a sentence; a short item without a figure is not', () => {
    expect(sentencesOf('- 30 calendar days of annual leave.')).toEqual(['30 calendar days of annual leave.']);
    expect(sentencesOf('- Friendly team, good coffee.')).toEqual([]);
  });

  test.each([
    'which africa / middle east lead roles give the most annual leave?',
    'most vacation days among lead roles in Canada?',
    'who offers the longest holidays for lead roles in the middle east',
    'which middle east lead role gives the most vacation?',
  ])('"%s": ranked by the days each states, most first', (q) => {
    const line = body(ask(q).answer)
      .split('\n')
      .find((l) => l.startsWith('**Most leave stated**'));
    expect(line).toBeDefined();
    const days = [
      ...line!.matchAll(/ (\d+|two|three|four|five|six) (?:calendar |working |paid )?(days?|weeks?) \[/g),
    ].map((m) => {
      const k = { two: 2, three: 3, four: 4, five: 5, six: 6 }[m[1]!] ?? Number(m[1]);
      return m[2]!.startsWith('week') ? k * 5 : k;
    });
    expect(days.length).toBeGreaterThanOrEqual(2);
    expect([...days].sort((a, b) => b - a)).toEqual(days);
  });

  test('"which africa / middle east lead roles give the most annual leave?": Qamar\'s 30 calendar days is named', () => {
    const qamar = details().find((d) => /Qamar/.test(d.company))!;
    expect(qamar.description).toMatch(/30 calendar days of annual leave/);
    expect(body(ask('which africa / middle east lead roles give the most annual leave?').answer)).toContain(
      'Qamar Health Technologies 30 calendar days',
    );
  });

  test('near miss: "do the canadian lead roles mention vacation?" is not ranked', () => {
    expect(body(ask('do the canadian lead roles mention vacation?').answer)).not.toContain(
      'Most leave stated',
    );
  });
});

describe('a job term none of the selection mentions: where else in the corpus it is', () => {
  const fourDay = () => details().filter((d) => /four-day week|4-day week/i.test(d.description));

  test.each([
    'any listing in the UK, NL or the nordics offering a four-day week? or anywhere at all?',
    'four day week in the netherlands?',
    'does any lead role in Germany do a 4-day week',
    'mentor q: 4 day work week anywhere in Poland?',
  ])('"%s"', (q) => {
    const text = body(ask(q).answer);
    expect(text).toMatch(/none of .* mentions it/);
    expect(text).toMatch(new RegExp(`Elsewhere, among all \\d+ open listings, ${fourDay().length} mention`));
    for (const d of fourDay().slice(0, 3)) expect(text).toContain(d.company);
  });

  test('near miss: a term the selection mentions names no elsewhere', () => {
    expect(body(ask('which US lead listings mention equity?').answer)).not.toContain('Elsewhere, among');
  });
});

describe('the guide passage that carries the answer', () => {
  // The guide's own sentences, read from the stored guide files.
  const guide = (name: string) => readFileSync(`data/guides/${name}.md`, 'utf8');

  test.each([
    'how much do leads actually code? need a number for the cohort deck',
    'what share of their time do leads spend coding? number pls',
    'do tech leads still write code?? how much roughly',
    'mentor here — how hands-on is a lead usually, in percent?',
  ])('"%s": the sentence after the restated question, with its figures', (q) => {
    const share = /A common pattern is somewhere between (\d+)% and (\d+)% hands-on/.exec(
      guide('guide-what-a-lead-backend-engineer-does'),
    )!;
    expect(body(ask(q).answer)).toContain(share[0]);
  });

  test.each([
    'can i try EM for a while and come back to IC if i hate it? worried its one way',
    "i'm thinking of trying management for a bit, can i go back to IC later?",
    'EM for a year then back to IC, is that a thing?',
    'would it be weird to go manager -> IC after 18 months?',
  ])('"%s": a sentence announcing what follows is quoted with it', (q) => {
    const text = body(ask(q).answer);
    expect(guide('guide-career-path')).toContain('test it first. Run hiring loops');
    expect(text).not.toMatch(/“If you are considering management, test it first\.”/);
    if (text.includes('test it first')) expect(text).toContain('test it first. Run hiring loops');
  });

  test('"can i try EM for a while and come back to IC if i hate it?": the reversible sentence and the test together', () => {
    const text = body(
      ask('can i try EM for a while and come back to IC if i hate it? worried its one way').answer,
    );
    expect(text).toContain('more reversible');
    expect(text).toContain('hold regular 1:1s');
  });

  test.each([
    'what should mentees ask a startup about its equity before accepting?',
    'what should a candidate ask about stock options before signing?',
    'what do people look for when judging an equity offer',
    'how do I evaluate equity in a startup offer',
  ])('"%s": whoever asks, the guide says what to ask for', (q) => {
    expect(guide('guide-compensation-context')).toMatch(/the total shares outstanding, the strike price/);
    expect(body(ask(q).answer)).toContain('the strike price');
  });

  test('near miss: "which US lead listings mention equity?" lists the listings first, not the advice', () => {
    expect(body(ask('which US lead listings mention equity?').answer)).toMatch(/^Equity: \d+ of the/);
  });
});
