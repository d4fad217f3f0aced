import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 9 (places9): every place a question names has a role read from the words around it: the
// place asked (the filter), where the member or whom they speak for is (whereabouts), cities that
// only spell out the country or region asked, several places asked, a channel named for a place.
// Wordings of our own, none of an evaluation set's; figures counted from the listings' location
// lines as written (data/listings/*.md `location:`), never by the gazetteer the engine reads.

const { app, listings } = embeddedAnswers();
const offline = (q: string) => app().answerOffline(q)!;
const leadsWhere = (re: RegExp) =>
  listings().filter((l) => l.seniority === 'lead' && re.test(l.location)).length;

describe('whereabouts beside the place asked: the place asked selects', () => {
  test.each<[string, Record<string, string>]>([
    ['which lead roles in germany want kotlin? based in munich btw', { country: 'Germany' }],
    ['porto here. any lead jobs in spain?', { country: 'Spain' }],
    ['asking for a colleague in accra: which lead roles in europe sponsor visas?', { region: 'europe' }],
    ['folks in nairobi keep asking: what do lead roles in the uk pay?', { country: 'United Kingdom' }],
    ['jestem w poznaniu. any lead roles in germany?', { country: 'Germany' }],
  ])('"%s"', (q, place) => {
    const a = offline(q);
    expect(a.plan.place).toMatchObject(place);
    expect(a.plan.place?.city).toBeUndefined();
  });

  test('the figure is the place asked: lead roles in the UK, not in London', () => {
    const a = offline('what do lead roles in the uk pay? based in london myself');
    expect(a.n).toBe(leadsWhere(/\bUK\b|United Kingdom|England|Scotland|Wales/));
    expect(a.n).toBeGreaterThan(leadsWhere(/London/));
  });
});

describe('whereabouts alone: a filter only when the roles there are asked', () => {
  test.each([
    'im in accra, what skills do lead roles ask for most?',
    'which lead roles offer visa sponsorship? pune based',
    'do lead backend roles really pay 250k? my buddy in the states swears they do',
    'how many lead roles want kafka? asking for a mentee in cairo',
  ])('"%s": no place filter', (q) => {
    const a = offline(q);
    expect(a.plan.filters.place).toBeUndefined();
    expect(a.plan.place).toBeUndefined();
  });

  test('the count is every lead listing of the kind asked, wherever it is', () => {
    const a = offline('which lead roles offer visa sponsorship? pune based');
    expect(a.n).toBe(listings().filter((l) => l.seniority === 'lead').length);
  });

  test('near misses: the roles where the member is ("any lead jobs?", "from here") stay selected', () => {
    expect(offline("I'm in Berlin, any lead jobs?").plan.place).toMatchObject({ city: 'berlin' });
    expect(offline('lisbon here. any remote lead roles i could do from here?').plan.place).toMatchObject({
      city: 'lisbon',
    });
    expect(offline('i live in madrid. which lead roles here can i apply to?').plan.place).toMatchObject({
      city: 'madrid',
    });
  });
});

describe('cities that spell out the country or region asked', () => {
  test.each<[string, Record<string, unknown>, RegExp]>([
    ['lead roles in germany? berlin or hamburg ideally', { country: 'Germany' }, /Germany/],
    [
      'what lead jobs are there in the nordics — stockholm, oslo, copenhagen?',
      { group: 'the Nordics' },
      /Sweden|Norway|Denmark|Finland|Iceland|Nordics/,
    ],
    [
      'list the lead roles in africa: cairo, accra, kigali, wherever',
      { region: 'africa' },
      /Egypt|Ghana|Rwanda|Nigeria|Kenya|South Africa|Morocco|EMEA|Africa/,
    ],
  ])('"%s"', (q, place, where) => {
    const a = offline(q);
    expect(a.plan.place).toMatchObject(place);
    expect(a.plan.places).toBeUndefined();
    if (!('group' in place)) expect(a.n).toBe(leadsWhere(where));
  });

  test('near miss: cities named without their country are the places asked', () => {
    const a = offline('any lead roles in berlin or hamburg?');
    expect(a.plan.places?.map((p) => p.city)).toEqual(['berlin', 'hamburg']);
    expect(a.n).toBe(leadsWhere(/Berlin|Hamburg/));
  });
});

describe('several places asked, joined in the languages members write in', () => {
  test.each<[string, string[]]>([
    ['ofertas de lead en madrid y barcelona?', ['madrid', 'barcelona']],
    ['gibt es lead-jobs in münchen oder hamburg?', ['munich', 'hamburg']],
    ['jakie oferty lead w warszawie lub gdańsku?', ['warsaw', 'gdańsk']],
    ['lead roles in stockholm och oslo?', ['stockholm', 'oslo']],
  ])('"%s"', (q, cities) => {
    const a = offline(q);
    expect(a.plan.places?.map((p) => p.city)).toEqual(cities);
  });

  test('countries by their names in other languages', () => {
    expect(offline('hay puestos de lead en alemania o suiza?').plan.places?.map((p) => p.country)).toEqual([
      'Germany',
      'Switzerland',
    ]);
    const a = offline('quais vagas de lead na espanha?');
    expect(a.plan.place).toMatchObject({ country: 'Spain' });
    expect(a.n).toBe(leadsWhere(/Spain/));
  });

  test('places joined beside skills compared: every place selected', () => {
    const a = offline('kotlin vs scala for lead roles in germany and the netherlands — which is asked more?');
    expect(a.plan.places?.map((p) => p.country)).toEqual(['Germany', 'Netherlands']);
  });

  test('near miss: one place in a foreign-language question stays one', () => {
    expect(offline('ofertas de lead en madrid?').plan.filters.place).toBe('madrid');
  });
});

describe('a channel named for a place', () => {
  test('is not the place asked when the question names one', () => {
    const a = offline('for the #germany channel: which lead roles are in berlin or munich?');
    expect(a.plan.places?.map((p) => p.city)).toEqual(['berlin', 'munich']);
    expect(body(a.answer)).toContain('Berlin or Munich');
  });

  test('near miss: alone, it is the place asked', () => {
    expect(offline('which lead roles should go in the #canada pin?').plan.place).toMatchObject({
      country: 'Canada',
    });
  });
});

describe('remote and open to a place, asked in one clause', () => {
  test('"how many staff roles are remote and accept people in canada?": the remote ones open there', () => {
    const a = offline('how many staff roles are remote and accept people in canada?');
    expect(a.plan.openTo).toBe(true);
    // (Round 13: one selection, counted and named, not a part after the split of all of them.)
    expect(a.plan.place).toMatchObject({ country: 'Canada' });
    expect(a.plan.partsPlace).toBeUndefined();
    const open = listings().filter(
      (l) =>
        l.seniority === 'staff' &&
        /Remote \((?:worldwide|anywhere|Canada|US or Canada|North America|Americas)/i.test(l.location),
    ).length;
    expect(body(a.answer)).toContain(
      `${open} open listing${open === 1 ? ' matches' : 's match'} staff level, remote, open to someone in Canada`,
    );
  });

  test('near miss: remote roles in a place stay the place selected', () => {
    const a = offline('how many lead roles in canada are remote?');
    expect(a.plan.filters.place).toBe('canada');
    expect(a.plan.partsPlace).toBeUndefined();
  });
});

describe('a place whose few listings post no pay', () => {
  test('"what do lead roles in south africa pay?": none posts a range, each named', () => {
    const there = listings().filter((l) => l.seniority === 'lead' && /South Africa/.test(l.location));
    expect(there.length).toBeGreaterThanOrEqual(2);
    expect(there.length).toBeLessThanOrEqual(3);
    expect(there.every((l) => !l.salary)).toBe(true);
    const text = body(offline('what do lead roles in south africa pay?').answer);
    expect(text).toContain('none of them posts a pay range (');
    for (const l of there) expect(text).toContain(l.company);
  });

  test('near miss: a place where some post pay counts those ranges', () => {
    const text = body(offline('what do lead roles in spain pay?').answer);
    expect(text).not.toContain('none of them posts a pay range');
  });
});
