import { describe, expect, test } from 'vitest';
import { embeddedAnswers } from '../support/answers.js';

// Round 11 (r11-reading): the filters read from a question. An everyday word after "is", "from" or
// "for" is no company; a level in what others say is no level asked; "any level" said as a clause
// clears the level; the member's own stack, years and way of working say who asks; a town or mode
// offered as a preference beside a country leaves the country; a country named by its initials is
// the one its towns, neighbours or currency point to; remote roles open to someone in a town are
// open to its country; words of the members' languages are no skills. Wordings of our own, none of
// an evaluation set's; counts from the stored listings.

const { app, listings } = embeddedAnswers();
const offline = (q: string) => app().answerOffline(q)!;
const plan = (q: string) => offline(q).plan;

describe('a company must look like a name', () => {
  test.each([
    'how many lead roles are remote vs hybrid? feels like everything is RTO now',
    'is RTO common for lead roles?',
    'moving from a german co, what do lead roles in Berlin pay?',
    'I work at a big co, what do leads earn in berlin?',
    'lead listings in Europe — count for the weekly roundup (Lagos, Nairobi, SA members)',
  ])('"%s": no company', (q) => {
    const p = plan(q);
    expect(p.filters.company).toBeUndefined();
    expect(p.unknownCompany).toBeUndefined();
    expect(p.intent).not.toBe('company');
  });

  test('a list of places before a legal form ("Kenya, SA") is no "Kenya SA"', () => {
    const p = plan(
      'lead listings in Africa: count for the regional roundup (Nigeria, Kenya, SA, Egypt members)',
    );
    expect(p.filters).toEqual({ level: 'lead', place: 'Africa' });
    expect(p.intent).toBe('list_companies');
  });

  test.each<[string, string]>([
    ['Is Zorblax hiring lead engineers?', 'Zorblax'],
    ['why does Zorblax want 10 years for a lead?', 'Zorblax'],
    ['any lead jobs at Vexa GmbH?', 'Vexa GmbH'],
  ])('near miss: "%s" still names %s', (q, name) => {
    expect(plan(q).unknownCompany).toBe(name);
  });
});

describe('what others say is no level asked', () => {
  test.each<[string, string]>([
    ['principal listings: remote or onsite? everyone says senior = remote', 'principal'],
    ['my manager thinks staff is just senior+, how many staff roles are there?', 'staff'],
    ['how many lead roles are onsite? i heard principals are all in office', 'lead'],
    ['how many staff roles are there? i heard principals are all in office', 'staff'],
  ])('"%s": %s only', (q, level) => {
    const p = plan(q);
    expect(p.filters.level).toBe(level);
    expect(p.filters.workMode).toBeUndefined();
  });

  test('the split of the level asked', () => {
    const a = offline('principal listings: remote or onsite? everyone says senior = remote');
    expect(a.plan.intent).toBe('work_mode');
    expect(a.n).toBe(listings().filter((l) => l.seniority === 'principal').length);
  });

  test('near miss: what others say is the question when nothing else names a level', () => {
    expect(plan('people say staff roles pay 300k, is that true?').filters.level).toBe('staff');
  });
});

describe('"any level" said as a clause', () => {
  test.each([
    "which listings offer a 4 day week? any level, i'd even drop down from lead tbh",
    'lead roles with a four-day week? all levels pls',
    'how many lead roles mention kafka? (all levels actually)',
    'whatever level, who offers a four-day week?',
  ])('"%s": no level', (q) => {
    expect(plan(q).filters.level).toBeUndefined();
  });

  test('near miss: "any level of kubernetes" is no level of the roles', () => {
    expect(plan('which lead roles need any level of kubernetes?').filters.level).toBe('lead');
  });
});

describe("the member's own stack and years say who asks", () => {
  test.each<[string, Record<string, unknown>]>([
    [
      'what do lead roles in the UK typically ask for? my stack was .NET + SQL Server before i left',
      { level: 'lead', place: 'UK' },
    ],
    ['i did .NET for years, what do uk lead roles ask?', { level: 'lead', place: 'uk' }],
    [
      'what do lead roles in germany ask for? background: 10 yrs of .NET',
      { level: 'lead', place: 'germany' },
    ],
    ['my stack used to be php + mysql, what do lead backend roles ask for now?', { level: 'lead' }],
    [
      'bhai berlin me lead roles ka salary kitna hai? mera 6 yrs exp hai go me',
      { level: 'lead', place: 'berlin' },
    ],
    ['mera stack java aur spring hai, lead roles kitne remote hain?', { level: 'lead' }],
    [
      'mere paas 6 saal ka go experience hai, Berlin me lead roles ka salary kitna hai?',
      { level: 'lead', place: 'Berlin' },
    ],
  ])('"%s": no skill filter', (q, filters) => {
    const p = plan(q);
    expect(p.filters.skills).toBeUndefined();
    expect(p.filters).toMatchObject(filters);
  });

  test.each([
    'i have 8 years of experience in java, what do lead roles in poland pay?',
    'mam 8 lat doświadczenia w Javie, ile płacą leadzi w Polsce?',
  ])('"%s": the member\'s years ask for no years; pay of the lead roles there', (q) => {
    const p = plan(q);
    expect(p.intent).toBe('pay');
    expect(p.filters.level).toBe('lead');
    expect(p.place?.country).toBe('Poland');
    expect(p.also ?? []).not.toContain('years');
  });

  test('near miss: the same skills asked of the roles filter', () => {
    expect(plan('which lead roles in the UK want .NET and SQL Server?').filters.skills).toEqual([
      '.NET',
      'SQL Server',
    ]);
  });
});

describe('how the member works now is no kind of role asked', () => {
  test.each([
    'remote lead roles paying in USD that I can do from Lagos? freelancing now for a UK client',
    'currently freelance, any lead roles in Berlin?',
    "i'm contracting atm. what do lead roles in Berlin pay?",
  ])('"%s": no employment filter', (q) => {
    expect(plan(q).filters.employmentType).toBeUndefined();
  });

  test('near miss: contract roles asked', () => {
    expect(
      plan("i'm contracting atm, which contract lead roles pay a day rate?").filters.employmentType,
    ).toBe('contract');
  });
});

describe('a town or mode offered beside a country leaves the country', () => {
  test.each<[string, string]>([
    ["lead roles in the netherlands (amsterdam ideally, i'm in utrecht) — what do they pay?", 'Netherlands'],
    ['lead jobs in germany, munich would be nice', 'Germany'],
    ['what do lead roles in the UK pay? london ideally but open', 'United Kingdom'],
    ['canada folks: what do lead roles pay in CAD? toronto or remote', 'Canada'],
  ])('"%s": %s', (q, country) => {
    const p = plan(q);
    expect(p.place).toMatchObject({ country });
    expect(p.place?.city).toBeUndefined();
    expect(p.filters.workMode).toBeUndefined();
    expect(p.compareSides).toBeUndefined();
  });

  test('the Canada lead listings posting CAD, every one', () => {
    const a = offline('canada folks: what do lead roles pay in CAD? toronto or remote');
    const canada = listings().filter(
      (l) =>
        l.seniority === 'lead' &&
        l.salary?.currency === 'CAD' &&
        l.locations.some((p) => p.country === 'Canada'),
    );
    expect(a.n).toBe(canada.length);
  });

  test.each([
    'Bangalore me lead backend kaun kaun si companies hire kar rahi hai? hybrid ho to best',
    'any lead jobs in London? hybrid preferred',
    'lead jobs in spain? barcelona preferably, hybrid ideally',
  ])('"%s": a preferred mode filters nothing', (q) => {
    expect(plan(q).filters.workMode).toBeUndefined();
  });

  test.each<[string, string]>([
    ['lead roles in Berlin, Germany?', 'berlin'],
    ['lead roles in germany - berlin only', 'berlin'],
  ])('near miss: "%s" is the town', (q, city) => {
    expect(plan(q).place?.city).toBe(city);
  });

  test('near miss: a mode asked of the roles filters', () => {
    expect(plan('hybrid lead jobs in london?').filters.workMode).toBe('hybrid');
  });

  test('near miss: a town compared with remote is two sides', () => {
    expect(plan('lead pay in canada: toronto vs remote?').compareSides).toHaveLength(2);
  });
});

describe('a country by its initials', () => {
  test.each([
    'wat do lead roles in SA pay in rands? looking at cape town or joburg',
    'lead backend jobs in SA? (Nigeria, Kenya, SA)',
    'what do lead roles in SA pay in rands?',
  ])('"%s": South Africa', (q) => {
    expect(plan(q).place).toMatchObject({ country: 'South Africa' });
  });

  test('"in rands" is the rand', () => {
    expect(plan('what do lead roles in SA pay in rands?').filters.currency).toBe('ZAR');
  });

  test('near miss: "SA" alone is the code of Saudi Arabia', () => {
    expect(plan('what do lead roles in SA pay?').place).toMatchObject({ country: 'Saudi Arabia' });
  });
});

describe('remote roles open to someone in a town are open to its country', () => {
  test.each<[string, string]>([
    ['remote lead roles that I can do from Cairo?', 'Egypt'],
    ['remote lead roles workable from Pune?', 'India'],
    ['any remote lead roles for someone in Nairobi?', 'Kenya'],
  ])('"%s": open to someone in %s', (q, country) => {
    const p = plan(q);
    expect(p.openTo).toBe(true);
    expect(p.place).toEqual({ name: country, country });
  });

  test('near miss: the roles in a town', () => {
    expect(plan('lead roles in Nairobi?').place?.city).toBe('nairobi');
  });
});

describe("words of the members' languages are no skills", () => {
  test.each<[string, string]>([
    ['Ile jest ofert lead backend w Polsce?', 'Poland'],
    ['ile ofert lead jest w Wielkiej Brytanii?', 'United Kingdom'],
  ])('"%s": no Jest; %s', (q, country) => {
    const p = plan(q);
    expect(p.filters.skills).toBeUndefined();
    expect(p.place?.country).toBe(country);
  });

  test('near miss: the test runner asked in English', () => {
    expect(plan('which lead roles use Jest for testing?').filters.skills).toEqual(['Jest']);
  });
});
