import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 12 (r12-reading): the filters read from the question, not from who asks. The member's town
// said as a tag, of their employer or closing their profile is no place; "listings here" is the
// corpus; the member's own billing rate is no currency; a contract's rates asked keep the contract
// roles selected; country codes in a list, or in lower case beside a country, are places;
// places whose pay is compared are all selected; "lead-ish" is no level; "even outside X" is no
// place; a level set aside that a company has none of, and the skill asked of a company the corpus
// lacks, are read as said. Wordings of our own; figures from the stored listings.

const { app, listings } = embeddedAnswers();
const offline = (q: string) => app().answerOffline(q)!;
const inCountry = (l: { locations: Array<{ country?: string | null }> }, ...countries: string[]) =>
  l.locations.some((p) => countries.includes(p.country ?? ''));

describe("the member's town is no place asked", () => {
  test.each<[string, Record<string, unknown>]>([
    ['what do contract lead roles pay per hour in USD? freelancer here in Nairobi', { place: undefined }],
    ["I'm a freelancer in Cordoba. which lead roles post a salary?", { place: undefined }],
    [
      'worked 6 yrs at a fintech startup in Accra, how do people usually get to lead from senior?',
      { place: undefined },
    ],
    ['7 yrs exp, java/spring, in Quito. am i ready for lead roles yet?', { place: undefined }],
  ])('"%s"', (q, want) => {
    expect(offline(q).plan.filters.place).toBe(want.place);
  });

  test('near miss: roles "here in" a town are the roles asked there', () => {
    expect(offline('any lead roles here in Berlin?').plan.filters.place).toBe('Berlin');
  });

  test('"which listings here" is the corpus: every hourly listing, wherever the member is', () => {
    const a = offline(
      "I'm a contractor in Cordoba billing ~50 USD/h. which listings here post an hourly rate?",
    );
    expect(a.plan.filters).toEqual({});
    const hourly = listings().filter((l) => l.salary?.period === 'hour');
    expect(hourly.length).toBeGreaterThan(1);
    for (const l of hourly) expect(body(a.answer)).toContain(l.company);
  });
});

describe("the member's own rate is no currency asked", () => {
  test.each([
    'billing 60 EUR/h to a German client right now — which lead roles post a salary?',
    'i charge 500 EUR a day as a freelancer. what do lead roles post?',
    'I invoice ~400 GBP per day. what pay do lead listings post?',
  ])('"%s"', (q) => {
    expect(offline(q).plan.filters.currency).toBeUndefined();
  });

  test('near miss: a currency asked of the roles stays', () => {
    expect(offline('which lead roles pay in USD per hour?').plan.filters.currency).toBe('USD');
  });
});

describe("a contract's rates asked keep the contract roles selected", () => {
  const contractLeadsIn = (currency: string) =>
    listings().filter(
      (l) => l.seniority === 'lead' && l.employmentType === 'contract' && l.salary?.currency === currency,
    );
  test.each<[string, string]>([
    ['contract lead gigs paid in EUR per day, what rates are out there?', 'EUR'],
    ['any freelance lead work paying hourly in USD?', 'USD'],
    ['b2b lead gigs in EUR — day rates?', 'EUR'],
  ])('"%s"', (q, currency) => {
    const a = offline(q);
    expect(a.plan.filters).toMatchObject({ level: 'lead', employmentType: 'contract', currency });
    expect(a.n).toBe(contractLeadsIn(currency).length);
    for (const l of contractLeadsIn(currency)) expect(body(a.answer)).toContain(l.company);
  });

  test.each([
    'any freelance lead gigs out there?',
    'looking for contract work as a lead, what is available?',
    'list the contract lead roles',
  ])('the contract roles looked for are the selection, each named: "%s"', (q) => {
    const a = offline(q);
    const contractLeads = listings().filter((l) => l.seniority === 'lead' && l.employmentType === 'contract');
    expect(a.plan.filters).toMatchObject({ level: 'lead', employmentType: 'contract' });
    expect(a.n).toBe(contractLeads.length);
    for (const l of contractLeads) expect(body(a.answer)).toContain(l.company);
    // Out of every lead role, said first.
    const leads = listings().filter((l) => l.seniority === 'lead').length;
    expect(body(a.answer)).toContain(`${contractLeads.length} of the ${leads} open listings`);
  });

  test('near miss: how common contract work is stays the share over every lead role', () => {
    const a = offline('how many lead roles are contract?');
    expect(a.plan.filters.employmentType).toBeUndefined();
    expect(a.n).toBe(listings().filter((l) => l.seniority === 'lead').length);
  });
});

describe('places written as lists', () => {
  test.each<[string, string[]]>([
    ['how many listings in DE/AT/FR?', ['Germany', 'Austria', 'France']],
    ['lead roles in ES, SG or JP?', ['Spain', 'Singapore', 'Japan']],
    ['any remote roles from UK/IE?', ['United Kingdom', 'Ireland']],
  ])('"%s"', (q, countries) => {
    const a = offline(q);
    expect(a.plan.filters.place).toEqual(countries);
  });

  test('the count is the listings of any of those countries', () => {
    const a = offline('how many listings in DE/AT/FR?');
    expect(a.n).toBe(listings().filter((l) => inCountry(l, 'Germany', 'Austria', 'France')).length);
  });

  test('near miss: a code alone, beside a word that is no code, stays as read', () => {
    expect(offline('is it OK to apply to IT roles in DE?').plan.filters.place).toBe('DE');
  });

  test.each<[string, string[]]>([
    ['any lead roles in australia or nz?', ['australia', 'New Zealand']],
    ['any lead roles in nz or Australia?', ['New Zealand', 'Australia']],
    ['any lead roles in australia or new zealand? im in wellington', ['australia', 'new zealand']],
  ])('a code in lower case beside a country, and the member\'s town beside both: "%s"', (q, places) => {
    expect(offline(q).plan.filters.place).toEqual(places);
  });

  test('near miss: codes in capitals beside names are read as written', () => {
    expect(offline('how many senior roles across UK, Ireland, NL in total?').plan.filters.place).toEqual([
      'UK',
      'Ireland',
      'NL',
    ]);
  });
});

describe('pay compared across places selects every place', () => {
  test.each<[string, string[]]>([
    ['Zurich vs Munich — what does the posted pay look like in each?', ['Zurich', 'Munich']],
    ['lead pay: Berlin vs Amsterdam?', ['Berlin', 'Amsterdam']],
    ['which pays more for leads, London or Dublin?', ['London', 'Dublin']],
  ])('"%s"', (q, places) => {
    expect(offline(q).plan.filters.place).toEqual(places);
  });

  test('near miss: what the roles ask for, contrasted per place, keeps the first as the filter', () => {
    expect(
      offline('how do lead listings in berlin and munich differ in what they ask for?').plan.filters.place,
    ).toBe('berlin');
  });
});

describe('a hedged level is no level', () => {
  test.each([
    'Zurich vs Munich for a backend lead-ish role, what does the posted pay look like?',
    'staff-ish roles in Berlin: what do they ask for?',
    'any principal-ish openings that are remote?',
  ])('"%s"', (q) => {
    expect(offline(q).plan.filters.level).toBeUndefined();
  });

  test('near miss: a level said outright besides stays', () => {
    expect(offline('any lead roles in Berlin? lead-ish is fine too').plan.filters.level).toBe('lead');
  });
});

describe('a place reached past is no place', () => {
  test.each([
    'any job with a four-day week? even outside europe, just curious',
    'any remote lead roles, even outside Europe?',
    'which lead roles offer equity, also beyond the US?',
  ])('"%s"', (q) => {
    const a = offline(q);
    expect(a.plan.filters.place).toBeUndefined();
    expect(a.plan.exclude?.places).toBeUndefined();
  });

  test('near miss: a place left out stays left out', () => {
    expect(offline('any lead roles outside Europe?').plan.exclude?.places?.[0]?.name).toBe('Europe');
  });

  test('a place asked besides is the filter', () => {
    expect(offline('lead roles in Germany, not just in Berlin?').plan.filters.place).toBe('Germany');
  });
});

describe('what is said of a company', () => {
  test('a level set aside that none of its listings has only describes them', () => {
    const windrow = listings().filter((l) => l.company.startsWith('Windrow'));
    expect(windrow.every((l) => l.seniority !== 'lead')).toBe(true);
    expect(offline("the Windrow role: it's senior not lead, right?").plan.filters.levelNot).toBeUndefined();
  });

  test.each<[string, string]>([
    ['Is Trade Republic hiring a Kotlin lead in Berlin?', 'Kotlin'],
    ['does Stripe hire Go leads?', 'Go'],
    ['is Monzo hiring Python leads?', 'Python'],
  ])('a skill asked of a company the corpus lacks is a filter: "%s"', (q, skill) => {
    const a = offline(q);
    expect(a.plan.unknownCompany).toBeDefined();
    expect(a.plan.filters.skills).toEqual([skill]);
  });
});

describe('what a negotiation covers is the negotiation guide', () => {
  test.each([
    'salary negotiation prep: besides base salary, what can people negotiate on a lead offer?',
    'besides base, what else can I negotiate?',
    'what can my mentee negotiate on a lead offer apart from salary?',
  ])('"%s"', (q) => {
    const a = offline(q);
    expect(a.plan.intent).toBe('pay');
    expect(a.plan.guideSections?.[0]?.heading).toBe('Negotiation basics');
    expect(a.plan.filters.level).toBeUndefined();
    expect(body(a.answer)).toMatch(/equity/i);
  });

  test('near miss: a number asked for the offer stays the posted pay', () => {
    const a = offline('I got a lead offer at 120k in Berlin, is that a fair range to negotiate for?');
    expect(a.plan.guideSections).toBeUndefined();
    expect(a.plan.filters).toMatchObject({ level: 'lead', place: 'Berlin' });
  });
});

describe('a later part asking whether the listings use a skill, after the way up', () => {
  const leadsNaming = (skill: string) =>
    listings().filter((l) => l.seniority === 'lead' && l.skills.includes(skill));
  test.each<[string, string]>([
    ["I'm a PHP/Symfony senior. How do I move up to lead, and do any listings here even use PHP?", 'PHP'],
    ['how do I get promoted to lead? do any lead roles want Kafka?', 'Kafka'],
    ['how do I move up from senior to lead? also, do any listings here want Terraform?', 'Terraform'],
  ])('"%s"', (q, skill) => {
    const a = offline(q);
    expect(a.plan.intent).toBe('career_path');
    expect(a.plan.filters.skills).toEqual([skill]);
    expect(a.plan.also).toContain('skill_frequency');
    const n = leadsNaming(skill).length;
    expect(body(a.answer)).toMatch(n === 0 ? /No listing/ : new RegExp(`\\b${n}\\b of \\d+`));
  });

  test('near miss: the way up alone names no skill', () => {
    const a = offline("I'm a PHP senior. how do I move up to lead?");
    expect(a.plan.filters.skills).toBeUndefined();
    expect(a.plan.also).toBeUndefined();
  });
});

describe('promotion set against a move elsewhere: the roads, then the evidence', () => {
  test.each([
    'senior for 5 yrs at an agency in Kochi, how do people usually get promoted to lead? or should i just switch',
    'how do I get promoted to lead here, or should I leave for another company?',
    'is it easier to get promoted to lead internally or to jump ship to a new employer?',
  ])('"%s"', (q) => {
    const text = body(offline(q).answer);
    expect(text).toMatch(/internal growth/);
    expect(text).toMatch(/changing company/);
    expect(text).toMatch(/evidence file/);
  });

  test('near miss: promotion alone is the steps, not the roads', () => {
    const text = body(offline('how do I get promoted to lead at my company?').answer);
    expect(text).toMatch(/evidence file/);
    expect(text).not.toMatch(/The third is changing company/);
  });
});

test('near miss: "non negotiable" is the member\'s condition, not a negotiation asked', () => {
  expect(
    offline('most asked skills for remote lead jobs? WFH is non negotiable for me').plan.guideSections,
  ).toBeUndefined();
});

describe('a town standing for its country, for the remote roles a member there can take', () => {
  test.each<[string, string]>([
    ['living in Buenos Aires — which remote roles are open to me?', 'Argentina'],
    ['I live in Bogota. any remote lead roles I could take from here?', 'Colombia'],
    ['based in Lagos. which remote roles are available to me?', 'Nigeria'],
  ])('"%s"', (q, country) => {
    const a = offline(q);
    expect(a.plan.filters).toMatchObject({ place: country, workMode: 'remote' });
    expect(a.plan.openTo).toBe(true);
  });

  test('near miss: asked about the market, the town is no place', () => {
    expect(offline('I live in Lagos. what do remote lead roles pay?').plan.filters.place).toBeUndefined();
  });
});

describe("pay asked in a country's own style is in its currency", () => {
  test.each<[string, string]>([
    ["what's the monthly salary (swedish style) for lead roles in Stockholm?", 'SEK'],
    ['lead pay in Warsaw, polish style monthly?', 'PLN'],
    ['what do roles in Zurich pay, in swiss terms?', 'CHF'],
  ])('"%s"', (q, currency) => {
    const a = offline(q);
    expect(a.plan.filters.currency).toBe(currency);
    const posted = listings().filter((l) => l.salary?.currency === currency);
    expect(posted.length).toBeGreaterThan(0);
  });

  test('near miss: a style said of anything but the pay names no currency', () => {
    expect(offline('swedish style fika culture at any lead roles?').plan.filters.currency).toBeUndefined();
  });
});
