import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 14 (r14-places): which place, mode, employment type or date a question selects, by cause.
// A country's shorthand ("sg", "aus/nz") and a place compounded with what follows ("DACH-Region")
// are that place; a wide place named after its parts, in a sentence of its own, is why the parts are
// asked; counts per place ("each of: …") select every place; the member's audience (a channel named
// after the question), their offers and the people they mentor select nothing; an industry supposed
// of every listing is checked, not selected; a mode let in besides the rest is no filter; contract
// roles set aside leave the permanent ones; the oldest listings asked keep a month named as one to
// look at. Wordings of our own; figures from the stored listings' location lines and front matter.

const { app, listings } = embeddedAnswers();
const offline = (q: string) => app().answerOffline(q)!;
const places = (q: string) => [offline(q).plan.filters.place ?? []].flat().map((p) => p.toLowerCase());
const inCountry = (l: { locations: Array<{ country?: string | null }> }, ...countries: string[]) =>
  l.locations.some((p) => countries.includes(p.country ?? ''));

describe("a country's shorthand, beside a place or a job word, is the country", () => {
  test.each<[string, string[]]>([
    ['sg lead roles: hybrid or onsite mostly?', ['singapore']],
    ['any hk or sg lead jobs going?', ['hong kong', 'singapore']],
    ['lead roles in aus pls', ['australia']],
    [
      'so im looking at aus/nz backend lead jobs and wondering what they pay over there',
      ['australia', 'new zealand'],
    ],
    ["hi! which s'pore fintech companies hire leads?", ['singapore']],
  ])('"%s"', (q, want) => {
    expect(places(q)).toEqual(want);
  });

  test('the Singapore lead listings are counted from their location lines', () => {
    const a = offline('how many sg lead roles are there?');
    const n = listings().filter((l) => l.seniority === 'lead' && /\bSingapore\b/.test(l.location)).length;
    expect(n).toBeGreaterThan(0);
    expect(body(a.answer)).toContain(`${n}`);
    expect(a.plan.place).toMatchObject({ country: 'Singapore' });
  });

  test('near miss: German "aus" (from) is no Australia', () => {
    expect(places('Ich komme aus Brasilien. Welche Lead-Stellen gibt es in Berlin?')).toEqual(['berlin']);
  });
});

describe('a place compounded with what follows is that place', () => {
  test.each<[string, string]>([
    ['Bieten Lead-Stellen in der DACH-Region Visa-Sponsoring an?', 'DACH'],
    ['any lead roles in the LatAm-region?', 'latin-america'],
    ['Germany-focused lead listings: what stack?', 'Germany'],
    ['lead roles NYC-area, which ones post pay', 'new york'],
  ])('"%s"', (q, want) => {
    const p = offline(q).plan.place!;
    expect([p.group, p.region, p.country, p.city]).toContain(want);
  });

  test('near miss: "non-EU" is said of the candidates, no place', () => {
    expect(places('non-EU candidates: which lead roles sponsor visas?')).toEqual([]);
  });

  test('near miss: a remote scope ("APAC-wide remote") is no place asked', () => {
    expect(places('not the APAC-wide remote ones: which lead roles are tied to Australia?')).toEqual([
      'australia',
    ]);
  });
});

describe('a wide place named after its parts, in a sentence of its own, is why the parts are asked', () => {
  test.each<[string, string[]]>([
    [
      'how many listings for Mexico, Brazil, Argentina and Chile? checking whether LatAm is thin',
      ['mexico', 'brazil', 'argentina', 'chile'],
    ],
    [
      'lead roles in Germany, Austria, Switzerland? want to see if DACH is worth a channel',
      ['germany', 'austria', 'switzerland'],
    ],
    [
      'listing count for spain, portugal and italy. is europe south under-covered vs europe north',
      ['spain', 'portugal', 'italy'],
    ],
    ['Kenya, Nigeria, Egypt: how many roles each. Africa feels thin', ['kenya', 'nigeria', 'egypt']],
  ])('"%s"', (q, want) => {
    expect(places(q)).toEqual(want);
  });

  test('each place is counted from the location lines', () => {
    const a = offline(
      'how many listings for Mexico, Brazil and Chile? want to know if LatAm is under-covered',
    );
    const count = (c: string) => listings().filter((l) => inCountry(l, c)).length;
    expect(body(a.answer)).toContain(
      `by place: Mexico ${count('Mexico')}, Brazil ${count('Brazil')}, Chile ${count('Chile')}`,
    );
  });

  test('near miss: the wide place first, its parts as examples, stays the wide place', () => {
    expect(places('any lead roles in EMEA? think europe, the gulf, africa').sort()).toEqual([
      'africa',
      'europe',
      'middle east',
    ]);
  });
});

describe('listings counted per place select every place named', () => {
  test.each<[string, string[]]>([
    ['How many listings name each of: Germany, France, Japan?', ['germany', 'france', 'japan']],
    ['spain, poland, ireland: how many listings in each?', ['spain', 'poland', 'ireland']],
    ['number of listings per country: Spain, Poland, Ireland?', ['spain', 'poland', 'ireland']],
    [
      'how many listings we got in each of the following countries Spain Poland Ireland or is that too granular',
      ['spain', 'poland', 'ireland'],
    ],
  ])('"%s"', (q, want) => {
    expect(places(q)).toEqual(want);
  });

  test('near miss: pay set side by side stays sides', () => {
    const a = offline('which pays more for leads, Berlin or Munich?');
    expect(a.plan.comparePlaces?.length ?? 0).toBeGreaterThanOrEqual(2);
  });
});

describe("the member's audience, offers and mentees select no place", () => {
  test.each([
    'how many listings mention GDPR? want to tag them for the EU channel',
    'top 5 skills across lead roles? gonna pin it in #canada',
    'how many lead listings post pay?? for the uk channel later',
    'which lead roles ask for kafka. need it for the nordics thread',
  ])('a channel after the question: "%s"', (q) => {
    expect(places(q)).toEqual([]);
  });

  test('near miss: a channel the roles are for, inside the question, is the place', () => {
    expect(offline('which lead roles should go in the #canada pin?').plan.place).toMatchObject({
      country: 'Canada',
    });
  });

  test.each([
    "convert xentrio's INR range into CAD so i can compare with the toronto offers",
    'what do lead roles in Germany pay? comparing against my berlin offer',
    'how does aldermoor lead pay compare to my offer in amsterdam?',
    'what are kotlin lead roles paying, vs the two offers from london startups i have',
  ])('offers the member weighs the answer against: "%s"', (q) => {
    const p = places(q);
    for (const town of ['toronto', 'berlin', 'amsterdam', 'london']) expect(p).not.toContain(town);
  });

  test('near miss: the place of an offer asked about ("the ranges there") is the place', () => {
    expect(
      places('mentee just got a lead offer in singapore, is it fair? what do posted ranges there look like'),
    ).toEqual(['singapore']);
  });

  test('near miss: roles in a town asked stay that town', () => {
    expect(places('which lead roles in toronto post pay?')).toEqual(['toronto']);
  });

  test.each([
    'Senior in Bogotá I mentor wants a lead promotion at her company this year. What should she collect?',
    'a dev from Lagos that I coach asked: what do lead roles pay?',
    'the two engineers in Pune we manage — what do lead roles ask for?',
    'mentee in Kraków I been mentoring wants lead, which skills matter most',
  ])('a person the member mentors: "%s"', (q) => {
    expect(places(q)).toEqual([]);
  });

  test('near miss: roles in a town the member could apply to stay the town', () => {
    expect(places('any lead roles in Berlin I could apply to?')).toEqual(['berlin']);
  });
});

describe('an industry supposed of every listing is checked, not selected', () => {
  test.each<[string, string | undefined]>([
    ['any fintech lead roles in latam or is it all ecommerce down here', 'fintech'],
    ['what industries do the LatAm listings cover? trying to see if it is all e-commerce', undefined],
    ['LatAm roles: they are basically all ecommerce right? what industries', undefined],
    ['hay vagas de lead em latam ou é tudo e-commerce?', undefined],
  ])('"%s"', (q, want) => {
    expect(offline(q).plan.filters.industry).toBe(want);
  });

  test('the industries of the Latin America listings are counted, e-commerce among them', () => {
    const a = offline('what industries do the LatAm listings cover? is it all e-commerce?');
    const latam = listings().filter((l) => l.locations.some((p) => p.region === 'latin-america'));
    const ecommerce = latam.filter((l) => l.industries.includes('ecommerce')).length;
    expect(body(a.answer)).toContain(`${latam.length} open listings`);
    expect(body(a.answer)).toContain(`E-commerce and retail ${ecommerce}`);
  });

  test('near miss: the industry asked of the roles selects', () => {
    expect(offline('which lead roles are ecommerce?').plan.filters.industry).toBe('ecommerce');
  });
});

describe('a mode let in besides the rest is no filter', () => {
  test.each([
    'list all lead roles in spain for the channel (incl. remote-within-spain)',
    'lead jobs in germany, remote ones too',
    'lead roles in portugal including remote?',
    'ofertas de lead en españa, incluyendo remotos',
  ])('"%s"', (q) => {
    expect(offline(q).plan.filters.workMode).toBeUndefined();
  });

  test('every Spain lead listing is listed, remote or not', () => {
    const a = offline('list all lead roles in spain (incl. remote-within-spain)');
    const spain = listings().filter((l) => l.seniority === 'lead' && /\bSpain\b/.test(l.location));
    expect(body(a.answer)).toContain(`${spain.length} open listings`);
    for (const l of spain) expect(body(a.answer)).toContain(l.company);
  });

  test('near miss: a remote role asked is the filter', () => {
    expect(offline('remote lead roles in spain?').plan.filters.workMode).toBe('remote');
  });
});

describe('contract roles set aside leave the permanent ones', () => {
  test.each([
    'whats the base range for lead backend roles in the US? ignore the contract ones, I want salaried',
    'lead roles in germany, no contractors pls',
    'salaried lead roles in the UK: what do they pay?',
    'roles de lead en españa sin contratos, que pagan?',
  ])('"%s"', (q) => {
    const p = offline(q).plan;
    expect(p.filters.employmentType).toBe('permanent');
    expect(p.intent).not.toBe('job_terms');
  });

  test('the US lead listings without the contract ones are counted', () => {
    const a = offline('US lead pay range? excluding contract roles');
    const us = listings().filter(
      (l) => l.seniority === 'lead' && inCountry(l, 'United States') && l.employmentType !== 'contract',
    );
    expect(body(a.answer)).toContain(`${us.length} open listings`);
  });

  test('near miss: contract roles asked stay contract', () => {
    expect(offline('any contract lead roles in europe?').plan.filters.employmentType).toBe('contract');
  });

  test('near miss: a lower-case word is no country code ("germany, no contractors")', () => {
    expect(places('lead roles in germany, no contractors pls')).toEqual(['germany']);
  });
});

describe('the oldest listings asked keep a month named as one to look at', () => {
  test.each([
    'which listings are the oldest? anything from May 2026 we should check for staleness',
    'what are the oldest postings? any from june 2026 still open?',
    'admin: stale check, which listings are the oldest, stuff from May 2026?',
    'oldest listings still open pls, anything from last May',
  ])('"%s"', (q) => {
    const p = offline(q).plan;
    expect(p.coverage).toBe('freshness');
    expect(p.filters.postedAfter).toBeUndefined();
  });

  test('the month is counted in the split by month', () => {
    const a = offline('which listings are the oldest? anything from May 2026 we should check for staleness');
    const may = listings().filter((l) => l.postedAt?.startsWith('2026-05')).length;
    expect(body(a.answer)).toContain(`May: ${may}`);
  });

  test('near miss: "since May 2026" bounds the listings', () => {
    expect(offline('how many listings were posted since May 2026?').plan.filters.postedAfter).toBe(
      '2026-05-01',
    );
  });
});
