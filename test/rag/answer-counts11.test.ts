import { describe, expect, test } from 'vitest';
import { resolvePlace } from '../../src/rag/answer/plan/index.js';
import { body, embeddedAnswers } from '../support/answers.js';

// Counts over the corpus (round 11, r11-counts, issue 14): a count of listings is the counted list
// with N, the filters applied and the split asked, whatever is said around it. Wordings invented
// here (none from an eval set); figures from the stored listings.

const { app, listings } = embeddedAnswers();
const ask = (q: string) => app().answerOffline(q)!;
const pct = (a: number, b: number) => `${Math.round((a / b) * 100)}%`;

describe('a count of listings is the counted list', () => {
  test.each([
    ['how many staff listings went up since 1 September?', 'staff', '2026-09-01', false],
    ['number of mid-level postings since Oct 1?', 'mid', '2026-10-01', false],
    ['how many principal roles were posted after Sept 15 2026?', 'principal', '2026-09-15', true],
  ] as const)('"%s"', (q, level, day, strictly) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('list_companies');
    expect(a.plan.countListings).toBe(true);
    expect(a.plan.filters.postedAfter).toBe(day);
    const n = listings().filter(
      (l) =>
        l.seniority === level && (strictly ? (l.postedAt ?? '') > `${day}T99` : (l.postedAt ?? '') >= day),
    ).length;
    expect(body(a.answer).split('\n')[0]).toMatch(new RegExp(`^${n} open listings? (?:were|match)`));
  });

  test('near miss: a count with what they need asked beside it stays the requirements', () => {
    expect(ask('how many staff roles were posted after 2026-08-01 and what do they need?').plan.intent).toBe(
      'requirements',
    );
  });
});

describe('a count split by level or by currency', () => {
  test.each([
    'how many listings per seniority level?',
    'how many jobs does each level have?',
    'listing count by level please, exact numbers',
  ])('"%s": each level with its count', (q) => {
    const text = body(ask(q).answer);
    const all = listings();
    for (const [level, label] of [
      ['lead', 'lead'],
      ['manager', 'engineering manager'],
      ['mid', 'mid'],
    ] as const) {
      const n = all.filter((l) => l.seniority === level).length;
      expect(text).toContain(`${label}: ${n} (${pct(n, all.length)})`);
    }
  });

  test.each([
    ['how many listings in each currency?', undefined],
    ['how many staff listings per currency?', 'staff'],
    ['number of senior listings per currency?', 'senior'],
  ] as const)('"%s": each currency with its count, and those posting none', (q, level) => {
    const a = ask(q);
    expect(a.plan.countBy).toContain('currency');
    const sel = listings().filter((l) => !level || l.seniority === level);
    const per = new Map<string, number>();
    for (const l of sel) if (l.salary) per.set(l.salary.currency, (per.get(l.salary.currency) ?? 0) + 1);
    const text = body(a.answer);
    for (const [c, n] of per) expect(text).toContain(`${c}: ${n}`);
    const none = sel.filter((l) => !l.salary).length;
    if (none) expect(text).toContain(`no pay posted: ${none}`);
  });

  test('near miss: pay asked per currency stays the pay answer', () => {
    expect(ask('what do lead roles pay per currency?').plan.intent).toBe('pay');
  });
});

describe('an existence question after what the member says of themselves', () => {
  test.each([
    ['Lisbon here. any staff roles in Portugal at all?', 'staff', 'Portugal'],
    ['I commute from Utrecht; are there any senior jobs in the Netherlands?', 'senior', 'Netherlands'],
    ['Kraków based, two small kids. any principal openings in Poland?', 'principal', 'Poland'],
  ])('"%s": the listings there', (q, level, place) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('list_companies');
    expect(a.plan.filters.level).toBe(level);
    expect(a.plan.filters.place).toBe(place);
  });

  test("near miss: a requirements question after the member's stack stays the requirements", () => {
    expect(ask('I know Go and Kafka. what do staff roles in Germany ask for?').plan.intent).toBe(
      'requirements',
    );
  });
});

describe('why the member asks is no requirement asked', () => {
  test.each([
    'how many listings were posted per month? need a bar chart for the slide deck',
    'listings per month posted please, making a graph for the newsletter',
    'how many staff listings per month? want the chart for our dashboard',
  ])('"%s": the count per month', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('list_companies');
    expect(a.plan.byMonth).toBe(true);
    expect(body(a.answer)).toMatch(/By month posted \(2026\): May: \d+;/);
  });

  test('near miss: "what do lead roles need? making a slide" stays the requirements', () => {
    expect(ask('what do lead roles need? making a slide').plan.intent).toBe('requirements');
  });
});

describe('a place with none, widened, says 0 plainly', () => {
  test.each([
    'any lead jobs in Egypt at all?',
    'Cairo based. are there lead roles in Egypt?',
    'how many lead listings in Egypt?',
  ])('"%s"', (q) => {
    const inEgypt = listings().filter(
      (l) => l.seniority === 'lead' && l.locations.some((p) => p.country === 'Egypt'),
    ).length;
    const text = body(ask(q).answer);
    if (inEgypt === 0)
      expect(text).toMatch(/No open listing (?:matches Egypt itself: 0|is located in Egypt: 0)/);
    else expect(text).toContain(`${inEgypt}`);
  });
});

describe('the distinct companies counted', () => {
  test.each([
    'how many distinct companies are there, and which ones have several listings?',
    'how many different companies are hiring, and which have more than one listing?',
    'number of unique employers in the database? any with multiple listings?',
  ])('"%s"', (q) => {
    const companies = new Set(listings().map((l) => l.company));
    expect(body(ask(q).answer)).toContain(`${companies.size}`);
    expect(body(ask(q).answer)).toMatch(new RegExp(`${companies.size} (?:distinct )?compan`));
  });
});

describe('the most recently posted listing', () => {
  test.each([
    ['which listing was posted most recently?', undefined],
    ["what's the latest posted staff role?", 'staff'],
    ['when was the most recently added senior listing posted?', 'senior'],
  ] as const)('"%s": the newest posting and its date', (q, level) => {
    const a = ask(q);
    expect(a.plan.coverage).toBe('freshness');
    const newest = listings()
      .filter((l) => !level || l.seniority === level)
      .map((l) => (l.postedAt ?? '').slice(0, 10))
      .sort()
      .at(-1)!;
    expect(body(a.answer)).toContain(`**Newest**: posted ${newest}`);
  });

  test('near miss: the most recent roles asked what they require stay the requirements', () => {
    expect(ask('the most recently posted lead roles in berlin, what do they ask for?').plan.intent).toBe(
      'requirements',
    );
  });
});

describe('the whole corpus asked again in a later part', () => {
  test.each([
    'what share of staff listings post pay? and overall?',
    'how many senior roles are remote — and across all listings?',
    'share of principal listings with equity? what about the whole corpus?',
  ])('"%s": the level, then every level', (q) => {
    const a = ask(q);
    expect(a.plan.thenAll).toBe(true);
    expect(body(a.answer)).toContain('**Every level (the whole corpus):**');
  });

  test('near miss: "what do lead roles in berlin pay overall?" stays the level', () => {
    expect(ask('what do lead roles in berlin pay overall?').plan.thenAll).toBeUndefined();
  });
});

describe('places listed with commas only', () => {
  test.each([
    ['how many staff listings in: Germany, France, Spain?', ['Germany', 'France', 'Spain']],
    ['principal listings in Canada, Mexico, Brazil, how many?', ['Canada', 'Mexico', 'Brazil']],
    ['how many senior roles across UK, Ireland, NL in total?', ['UK', 'Ireland', 'NL']],
  ])('"%s": every place', (q, places) => {
    expect(ask(q).plan.filters.place).toEqual(places);
  });

  test('near miss: "lead roles in Berlin, what do they pay?" is one place', () => {
    expect(ask('lead roles in Berlin, what do they pay?').plan.filters.place).toBe('Berlin');
  });
});

describe('the Gulf is a place, not a misspelt skill', () => {
  test.each([
    'any staff roles in the Gulf?',
    'how many listings in the Gulf region?',
    'lead jobs in the gulf?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.plan.filters.skills).toBeUndefined();
    expect(a.plan.place?.group).toBe('the GCC');
  });

  test('near miss: Gulp asked as a tool stays a skill', () => {
    expect(ask('how many listings ask for gulp?').plan.unnamedSkills).toEqual(['Gulp']);
  });
});

describe("a country's two-letter code, in capitals", () => {
  test.each([
    ['NL', 'Netherlands'],
    ['NZ', 'New Zealand'],
    ['UK', 'United Kingdom'],
  ])('"%s" is %s', (code, country) => {
    expect(resolvePlace(code, app().answerEvalDeps()!.gazetteer)?.country).toBe(country);
  });

  test('near miss: "in" and "it" in lower case are no places', () => {
    const gazetteer = app().answerEvalDeps()!.gazetteer;
    expect(resolvePlace('in', gazetteer)).toBeUndefined();
    expect(resolvePlace('it', gazetteer)).toBeUndefined();
  });
});
