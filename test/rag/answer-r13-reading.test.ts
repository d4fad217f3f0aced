import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 13 (r13-reading): the filters read from the shape of the question, not from one wording.
// Places joined in a list are all selected, by name or by adjective ("uk/irish", "nordic or
// dutch"); a wide place spelt out by its parts is the wide place; a city named beside its own
// country is where the member would like to be, the country is asked; remote and open to a place in
// one clause is one selection; what the member weighs, sees or is (an option, a sighting, an
// audience, a profile aside) selects nothing; skills a slash joins are either; a listing's own level
// describes it; occasions, audits and breakdowns name no date, industry or level. Wordings of our
// own; figures from the stored listings.

const { app, listings } = embeddedAnswers();
const offline = (q: string) => app().answerOffline(q)!;
const places = (q: string) => [offline(q).plan.filters.place ?? []].flat().map((p) => p.toLowerCase());
const inCountry = (l: { locations: Array<{ country?: string | null }> }, ...countries: string[]) =>
  l.locations.some((p) => countries.includes(p.country ?? ''));

describe('places joined in a list, by name or adjective, are all selected', () => {
  test.each<[string, string[]]>([
    ['which uk/irish listings mention share options?', ['united kingdom', 'ireland']],
    ['any dutch or belgian fintech roles hiring leads?', ['netherlands', 'belgium']],
    ['yo, nordic + dutch lead gigs that do relocation?', ['nordic', 'netherlands']],
    ['any irish or UK lead listings with equity?', ['ireland', 'uk']],
    ['how many lead roles in the US + LatAm listings?', ['us', 'latam']],
  ])('"%s"', (q, want) => {
    expect(places(q)).toEqual(want);
  });

  test('a group split by a slash is the group ("central/eastern europe")', () => {
    const a = offline('how common is kafka in the central/eastern europe listings?');
    expect(a.plan.place?.group).toBe('Central and Eastern Europe');
  });

  test('near miss: languages joined before "speaking" are no places', () => {
    expect(places('any spanish or portuguese speaking lead roles in europe?')).toEqual(['europe']);
  });

  test('near miss: one adjective alone stays the one place', () => {
    expect(places('which german lead listings post a salary?')).toEqual(['germany']);
  });

  test('a count of places set against each other selects them all, each counted', () => {
    const a = offline('listing count: UK vs Ireland vs the Netherlands?');
    expect(places(a.plan.question)).toEqual(['uk', 'ireland', 'netherlands']);
    const count = (c: string) => listings().filter((l) => inCountry(l, c)).length;
    expect(body(a.answer)).toContain(
      `by place: the UK ${count('United Kingdom')}, Ireland ${count('Ireland')}, Netherlands ${count('Netherlands')}.`,
    );
  });

  test('places joined while levels are compared are the selection', () => {
    expect(places('in the UK or Ireland listings, how many are lead vs staff?')).toEqual(['uk', 'ireland']);
  });

  test('the language asked is no place, the adjective before the listings is', () => {
    const a = offline('my german is rusty — which German lead listings need German?');
    expect(a.plan.filters.place).toBe('Germany');
    expect(a.plan.spoken).toEqual(['German']);
  });
});

describe('a wide place spelt out by its parts is the wide place', () => {
  test.each([
    'lead listings open to EMEA folks: someone in the Gulf, Africa, Israel or Europe, how many?',
    'any lead roles in EMEA? think europe, the gulf, africa',
    'emea lead jobs (europe / middle east / africa)?',
  ])('"%s"', (q) => {
    expect(offline(q).plan.place?.group ?? offline(q).plan.places?.length).toBeTruthy();
    expect(places(q).sort()).toEqual(['africa', 'europe', 'middle east']);
  });

  test('near miss: places of the same rank are each selected', () => {
    expect(places('lead roles in Israel or the Gulf?')).toEqual(['israel', 'gulf']);
  });
});

describe("a city beside its own country is the member's wish; the country is asked", () => {
  test.each<[string, string]>([
    ['what do lead roles in Canada pay? thinking of Toronto vs staying remote for a US company', 'canada'],
    ['Alguma vaga com relocation pro Canadá? Sou de Recife e queria ir pra Vancouver ou Toronto.', 'canadá'],
    ['lead roles in germany?? munich would be my pick tbh', 'germany'],
    ["what do lead roles in Spain pay? I'd move to Barcelona for the right one", 'spain'],
  ])('"%s"', (q, want) => {
    expect(places(q)).toEqual([want]);
  });

  test('near miss: a city with its country after a comma is that city', () => {
    expect(places('lead roles in Berlin, Germany?')).toEqual(['berlin']);
  });

  test('near miss: the roles asked in a city, the country only where the member is', () => {
    expect(places('on a work permit in germany, how many lead roles are in munich?')).toEqual(['munich']);
  });

  test('near miss: a city singled out in its country stays the city', () => {
    expect(places('Munich has the most lead roles in Germany, right? which ones?')).toEqual(['munich']);
  });

  test("the member's options weighed after the question select no mode", () => {
    const a = offline(
      'what do lead roles in Canada pay? thinking of Toronto vs staying remote for a US company',
    );
    expect(a.plan.filters.workMode).toBeUndefined();
    expect(a.plan.compareSides).toBeUndefined();
  });
});

describe('remote and open to a place, said in one clause, is one selection', () => {
  test.each<[string, string]>([
    ['¿Cuántas vacantes de lead son 100% remotas y se pueden hacer desde Colombia? ¿Cuáles?', 'Colombia'],
    ['Ile jest ofert lead, które mogę robić zdalnie z Polski?', 'Polski'],
    ['how many lead gigs are fully remote AND open to people in Kenya?', 'Kenya'],
    ['which remote lead roles could I take while living in Medellín?', 'Colombia'],
  ])('"%s"', (q, place) => {
    const a = offline(q);
    expect(a.plan.filters.workMode).toBe('remote');
    expect(a.plan.openTo).toBe(true);
    expect(a.plan.filters.place).toBe(place);
    expect(a.plan.intent).toBe('list_companies');
  });

  test('a listing remote across the region it names is open there ("Argentina / LatAm")', () => {
    const text = body(
      offline('how many lead roles are fully remote and open to someone in Colombia?').answer,
    );
    const gula = listings().find((l) => l.locations.some((p) => /Argentina \/ LatAm/.test(p.raw ?? '')));
    expect(gula).toBeDefined();
    expect(text).toContain(gula!.company);
  });

  test('near miss: the split first, then which of them take people there, stays two parts', () => {
    const a = offline('how many lead jobs are fully remote? and which ones accept people in Portugal?');
    expect(a.plan.intent).toBe('work_mode');
    expect(a.plan.partsPlace?.name).toBe('Portugal');
  });
});

describe('what the member weighs, saw, is or speaks for selects nothing', () => {
  test.each<[string, Record<string, unknown>]>([
    ['C# / .NET lead roles kitne hai total? saw a berlin one', { place: undefined }],
    ['how many lead roles want kafka? spotted one in Lisbon last week', { place: undefined }],
    [
      'golang dev here (nairobi based, open to remote anywhere) — how many lead roles ask for go?',
      { workMode: undefined, place: undefined },
    ],
    [
      'running a mock loop for our brazil chapter: what do lead system design interviews cover?',
      { place: undefined },
    ],
    [
      'Rust dev from Porto, dreaming of Tokyo. Any lead roles in Japan that sponsor a visa?',
      { skills: undefined, place: 'Japan' },
    ],
  ])('"%s"', (q, want) => {
    const f = offline(q).plan.filters as Record<string, unknown>;
    for (const [k, v] of Object.entries(want)) expect(f[k]).toEqual(v);
  });

  test('near miss: a plan alone ("thinking of moving into gamedev") still says the industry', () => {
    expect(
      offline('whats in demand for game backend jobs? thinking of moving into gamedev').plan.filters.industry,
    ).toBe('games');
  });

  test('near miss: a listing asked about by where it is keeps the place', () => {
    expect(places('any lead roles in Lisbon? I saw a post about one')).toEqual(['lisbon']);
  });
});

describe('skills a slash joins are one stack: either name', () => {
  test.each([
    'node/typescript lead roles in africa — what else do they want?',
    'C# / .NET lead roles kitne hai total?',
    'how many Java/Kotlin lead listings are there?',
    'Python/Django Lead-Stellen: was wird verlangt?',
  ])('"%s"', (q) => {
    const f = offline(q).plan.filters;
    expect(f.skills?.length).toBe(2);
    expect(f.skillsMode).toBe('any');
  });

  test('a stack in so few listings is named ("C# / .NET": each listing naming either)', () => {
    const text = body(offline('C# / .NET lead roles kitne hai total?').answer);
    const either = listings().filter(
      (l) => l.seniority === 'lead' && (l.skills.includes('C#') || l.skills.includes('.NET')),
    );
    expect(either.length).toBeGreaterThan(0);
    expect(text).toContain(`The ${either.length} naming C# or .NET:`);
    for (const l of either) expect(text).toContain(l.company);
  });

  test('near miss: both asked for together stay all of them', () => {
    expect(
      offline('my mentee is a python/django person. how many lead roles want python AND django?').plan.filters
        .skillsMode,
    ).toBe('all');
    expect(offline('how many lead roles want python/django and kafka?').plan.filters.skillsMode).toBe('all');
  });
});

describe('a level said of one listing describes it', () => {
  test.each([
    'tell me about the vantreo lead role - stack, pay, hybrid?',
    'corvenna card issuing lead: B2B or UoP?',
    'Nyota Health lead role — how many office days?',
    'the gula lead gig: hourly rate?',
  ])('"%s"', (q) => {
    const a = offline(q);
    expect(a.plan.intent).toBe('listing');
    expect(a.plan.companyDescribed?.level).toBe('lead');
    expect(a.plan.filters.level).toBeUndefined();
  });
});

describe('occasions, audits, breakdowns and preferences name no filter', () => {
  test.each<[string, keyof ReturnType<typeof offline>['plan']['filters']]>([
    ["For this week's lead track session: lead vs EM, who owns hiring?", 'postedAfter'],
    ["this month's mentoring circle — how do leads differ from staff?", 'postedAfter'],
    ['admin doing the corpus health check: how many lead listings per level?', 'industry'],
    ['median minimum years: lead vs staff vs principal? want a ladder graphic', 'skills'],
    ['Prefiro receber em USD: tem vaga de lead no Brasil?', 'currency'],
    ['contract lead gigs, ideally paid in EUR?', 'currency'],
  ])('"%s": no %s', (q, key) => {
    expect(offline(q).plan.filters[key]).toBeUndefined();
  });

  test.each([
    'breakdown of the UK listings by level please (lead / senior / staff / principal / mid)',
    'german listings by level? lead, senior, staff',
  ])('"%s": the levels listed are the split, no filter', (q) => {
    const a = offline(q);
    expect(a.plan.filters.level).toBeUndefined();
    expect(a.plan.countBy).toContain('level');
  });

  test('"per posting month" is the split by month', () => {
    const text = body(offline('corpus health check: how many listings per posting month?').answer);
    expect(text).toMatch(/By month posted \(2026\): /);
  });

  test.each<[string, string, string]>([
    ["this week's new lead listings?", 'postedAfter', ''],
    ['health tech lead roles hiring?', 'industry', 'health'],
    ['remote lead roles paying in USD?', 'currency', 'USD'],
  ])('near miss: "%s" keeps its %s', (q, key, want) => {
    const v = offline(q).plan.filters[key as 'industry'];
    if (want) expect(v).toBe(want);
    else expect(v).toBeDefined();
  });
});

describe('a role done from a place, no mode said: based there or remote and open to someone there', () => {
  test.each<[string, string]>([
    ['which lead roles can I do from Spain?', 'Spain'],
    ['Tem vaga de lead como PJ que dá pra fazer do Brasil?', 'Brasil'],
    ['any lead roles open to people in Kenya?', 'Kenya'],
    ['¿qué vacantes de lead se pueden hacer desde Colombia?', 'Colombia'],
  ])('"%s"', (q, place) => {
    const a = offline(q);
    expect(a.plan.openTo).toBe(true);
    expect(a.plan.filters.workMode).toBeUndefined();
    expect(a.plan.filters.place).toBe(place);
    expect(body(a.answer)).toContain('or remote and open to someone there');
  });

  test.each(['which lead roles in Spain post a salary?', "who's hiring in warsaw? all levels"])(
    'near miss: "%s" is the roles there',
    (q) => {
      expect(offline(q).plan.openTo).toBeUndefined();
    },
  );
});

describe('counts per country of a place named by its adjective', () => {
  test.each([
    'admin check: listing counts per Latin American country please',
    'lead roles per european country?',
    'how many lead listings in each african country?',
  ])('"%s"', (q) => {
    const a = offline(q);
    expect(a.plan.byCountry).toBe(true);
    expect(a.plan.filters.place).toBeDefined();
    expect(body(a.answer)).toMatch(/name \d+ countr(?:y|ies), most first/);
  });

  test('near miss: the companies of a place named by its adjective are no count per country', () => {
    expect(offline('which Latin American companies hire leads?').plan.byCountry).toBeUndefined();
  });
});
