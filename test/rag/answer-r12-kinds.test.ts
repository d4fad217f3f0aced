import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 12 (r12-kinds): the kind of answer a question asks for. The member's own context (their
// stack, their visa, the countries their team sits in) is no subject; "which listings fit me" is a
// list; rates and immigration rules are said plainly to be out of reach. Wordings of my own (none
// of an evaluation set's), each rule with a near miss that must not move; figures are checked
// against the stored listings or the listing files, not the engine's output.

const { app, listings } = embeddedAnswers();
const ask = (q: string) => app().answerOffline(q)!;
const listingFile = (id: string) =>
  fs.readFileSync(path.join(PROJECT_ROOT, 'data/listings', `${id}.md`), 'utf8');
const guideFile = (id: string) => fs.readFileSync(path.join(PROJECT_ROOT, 'data/guides', `${id}.md`), 'utf8');
const inCountry = (l: { locations: Array<{ country: string | null }> }, countries: string[]) =>
  l.locations.some((p) => p.country !== null && countries.includes(p.country));

describe('"which listings fit me?" lists the listings naming the member’s stack (any of it)', () => {
  test.each<[string, string[], string[], string | undefined]>([
    [
      'rust and go, 7 years. which lead listings in the nordics fit me?',
      ['Rust', 'Go'],
      ['Denmark', 'Sweden', 'Norway', 'Finland', 'Iceland'],
      'lead',
    ],
    [
      'python/django dev with 4 yrs. which listings in spain would fit?',
      ['Python', 'Django'],
      ['Spain'],
      undefined,
    ],
    [
      'kotlin person here. any lead postings in germany that match my stack?',
      ['Kotlin'],
      ['Germany'],
      'lead',
    ],
  ])('"%s"', (q, skills, countries, level) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('list_companies');
    expect(a.plan.fitList).toBe(true);
    expect([...(a.plan.filters.skills ?? [])].sort()).toEqual([...skills].sort());
    if (skills.length > 1) expect(a.plan.filters.skillsMode).toBe('any');
    // Every listing of the level and place naming any of the skills, each cited.
    const expected = listings().filter(
      (l) =>
        (level === undefined || l.seniority === level) &&
        inCountry(l, countries) &&
        skills.some((s) => l.skills.includes(s)),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(a.n).toBe(expected.length);
    expect(new Set(a.citations.map((c) => c.listingId))).toEqual(new Set(expected.map((l) => l.id)));
  });

  test('the member’s years are set against each listing’s minimum', () => {
    const a = ask('rust and go, 7 years. which lead listings in the nordics fit me?');
    const nordic = ['Denmark', 'Sweden', 'Norway', 'Finland', 'Iceland'];
    const fit = listings().filter(
      (l) =>
        l.seniority === 'lead' && inCountry(l, nordic) && ['Rust', 'Go'].some((s) => l.skills.includes(s)),
    );
    const stated = fit.filter((l) => l.yearsMin !== null);
    const met = stated.filter((l) => l.yearsMin! <= 7).length;
    expect(body(a.answer)).toContain(
      `With 7 years, you meet the stated minimum of ${met} of the ${stated.length}`,
    );
  });

  test('near misses: "which lead roles fit me?" stays readiness, "fit me best" stays a ranking', () => {
    expect(ask('which lead roles in the UK fit me? java, 8 yrs').plan.intent).toBe('readiness');
    const best = ask('which lead listings fit me best? go and k8s');
    expect(best.plan.fitFor).toBe(true);
    expect(best.plan.fitList).toBeUndefined();
  });
});

describe('a closing "which ones?" asks for the listings, named', () => {
  test.each<[string, string, string, string]>([
    ['Canada has the most staff roles, hasn’t it? which ones?', 'staff', 'Canada', ''],
    ['lots of remote lead jobs in spain i think. which are they?', 'lead', 'Spain', 'remote'],
    ['any senior roles in Berlin? name them', 'senior', 'Germany', ''],
  ])('"%s"', (q, level, country, mode) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('list_companies');
    expect(a.plan.listListings).toBe(true);
    const city = /berlin/i.test(q) ? 'Berlin' : undefined;
    const expected = listings().filter(
      (l) =>
        l.seniority === level &&
        l.locations.some((p) => p.country === country && (!city || p.city === city)) &&
        (!mode || l.remote === mode),
    );
    if (expected.length) expect(a.n).toBe(expected.length);
    for (const l of expected.slice(0, 5)) expect(body(a.answer)).toContain(l.company);
  });

  test('near miss: "top 3 skills … what are they?" asks the skills', () => {
    expect(ask('top 3 skills in remote staff roles. what are they?').plan.intent).toBe('top_skills');
  });
});

describe('a breakdown of the listings per level is a count split by level', () => {
  test.each<[string, string[]]>([
    ['Netherlands breakdown: listings per level', ['Netherlands']],
    ['roles by seniority level in the UK please', ['United Kingdom']],
    ['Germany listings broken down by level', ['Germany']],
  ])('"%s"', (q, countries) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('list_companies');
    expect(a.plan.countBy).toEqual(['level']);
    expect(a.plan.filters.level).toBeUndefined();
    const there = listings().filter((l) => inCountry(l, countries));
    expect(a.n).toBe(there.length);
    const lead = there.filter((l) => l.seniority === 'lead').length;
    expect(body(a.answer)).toMatch(new RegExp(`By level: [^\\n]*lead: ${lead} \\(`));
  });

  test('near miss: what the roles require, by level, stays the requirements', () => {
    expect(ask('what do lead roles in the netherlands require, by level?').plan.intent).toBe('requirements');
  });
});

describe('"how many and which?" is the counted list', () => {
  test.each<[string, (l: ReturnType<typeof listings>[number]) => boolean]>([
    [
      'UK listings posted after 2026-09-01, how many and which?',
      (l) => inCountry(l, ['United Kingdom']) && (l.postedAt ?? '') > '2026-09-01',
    ],
    ['remote staff roles: how many and which?', (l) => l.seniority === 'staff' && l.remote === 'remote'],
    [
      'Canada listings posted after 2026-08-15 — how many & which?',
      (l) => inCountry(l, ['Canada']) && (l.postedAt ?? '') > '2026-08-15',
    ],
  ])('"%s"', (q, keep) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('list_companies');
    const expected = listings().filter(keep);
    expect(a.n).toBe(expected.length);
    for (const l of expected.slice(0, 5)) expect(body(a.answer)).toContain(l.company);
  });

  test('near miss: "how many … and what do they ask for?" keeps the requirements', () => {
    expect(ask('how many lead roles in Canada and what do they ask for?').plan.intent).toBe('requirements');
  });
});

describe('a live exchange rate is said plainly to be out of reach, never converted', () => {
  test.each([
    "what's the EUR to GBP exchange rate right now?",
    'usd to inr rate today? comparing two offers',
    'whats the dollar to euro conversion rate',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('out_of_scope');
    expect(a.plan.offTopic).toBe('exchange');
    expect(a.answer).toContain("I can't answer that from the job listings and guides I have");
    expect(a.answer).toContain('I never convert currencies');
  });

  test('a company named beside the rate: its posted range, unconverted and cited', () => {
    const a = ask('gbp to eur rate today? i want to compare Ardwick with the berlin offers');
    expect(a.plan.offTopic).toBe('exchange');
    const ardwick = listings().filter((l) => /Ardwick/.test(l.company) && l.salary);
    expect(ardwick.length).toBeGreaterThan(0);
    for (const l of ardwick) {
      expect(body(a.answer)).toContain(l.salary!.min.toLocaleString('en-US'));
      expect(a.citations.map((c) => c.listingId)).toContain(l.id);
    }
  });

  test('near misses: pay asked in a currency, or a listing’s pay asked converted, stay pay questions', () => {
    expect(ask('what do lead roles pay in USD vs EUR?').plan.intent).toBe('pay');
    expect(ask('convert the Ardwick lead salary to dollars please').plan.offTopic).toBeUndefined();
  });
});

describe('an immigration rule or threshold is said plainly to be out of reach', () => {
  test.each([
    "what's the salary threshold for a UK skilled worker visa?",
    'how long does an H-1B take to process?',
    'minimum salary for a blue card in the netherlands?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('out_of_scope');
    expect(a.plan.offTopic).toBe('immigration');
    expect(a.answer).toContain("I can't answer that from the job listings and guides I have");
    expect(a.answer).toContain('official immigration authority');
  });

  test('near misses: which roles sponsor, and the years the sponsoring roles ask, stay the listings’', () => {
    expect(ask('which lead roles in germany sponsor visas?').plan.intent).toBe('visa_relocation');
    expect(
      ask('do the visa sponsoring lead roles have a minimum years requirement?').plan.offTopic,
    ).toBeUndefined();
  });
});

describe('a CV written to pass a filter the member does not meet is declined as invented experience', () => {
  test.each([
    'write me a resume saying i ran a team of 6 so i clear the 7 years cutoff',
    'draft my CV saying I have 10 years of go so i can pass their screening',
    'can you write a cv that says i led the platform team so that i meet the lead requirement? i was only a senior',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('decline');
    expect(a.plan.declineReason).toBe('fabricate');
    expect(a.answer).toContain("I can't help invent experience");
  });

  test('near miss: a CV asked for, or one that gets through an ATS, is only something the bot does not write', () => {
    for (const q of [
      'write me a CV for lead roles',
      'help me write a CV that gets through the ATS for lead roles',
    ]) {
      const a = ask(q);
      expect(a.plan.intent).toBe('out_of_scope');
      expect(a.plan.cannotDo).toBe('cv');
    }
  });
});

describe('posted ranges named with a period ("annual", "monthly") are pay, the span’s ends cited', () => {
  test.each<[string, string, string]>([
    ['posted annual EUR ranges for lead roles in germany?', 'EUR', 'year'],
    ['show me the advertised yearly GBP ranges for lead roles', 'GBP', 'year'],
    ['what do the posted monthly SEK bands look like for lead roles?', 'SEK', 'month'],
  ])('"%s"', (q, currency, period) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('pay');
    expect(a.plan.filters.currency).toBe(currency);
    const level = /staff/.test(q) ? 'staff' : 'lead';
    const group = listings().filter(
      (l) =>
        l.seniority === level &&
        l.salary?.currency === currency &&
        l.salary.period === period &&
        (!/germany/.test(q) || inCountry(l, ['Germany'])),
    );
    expect(group.length).toBeGreaterThan(0);
    if (group.length >= 3) {
      // The highest posted maximum is named and cited where the span is given.
      const top = [...group].sort((x, y) => y.salary!.max - x.salary!.max)[0]!;
      expect(body(a.answer)).toContain(`to ${top.salary!.max.toLocaleString('en-US')} (${top.company} [`);
      expect(a.citations.map((c) => c.listingId)).toContain(top.id);
    }
  });

  test('near miss: "do contract roles pay more than permanent ones?" stays pay', () => {
    expect(ask('do contract roles pay more than permanent ones?').plan.intent).toBe('pay');
  });
});

describe('how to weigh contract rates against salaries, asked with no figures, is the guide’s comparison', () => {
  test.each([
    'people keep comparing freelance day rates with permanent salaries, how should i explain the difference?',
    "mentees compare contracting rates to full-time pay all the time. what's the best way to frame it?",
    'our members compare contract day rates and perm salaries - how do we explain it to them?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('job_terms');
    expect(a.plan.term).toBe('contract');
    // The guide's own words: a day rate is not comparable with a salary.
    expect(guideFile('guide-compensation-context')).toContain('not comparable with an annual salary');
    expect(body(a.answer)).toContain('not comparable with an annual salary');
  });

  test('near miss: a comparison of the member’s own two offers keeps its reading', () => {
    const q = 'comparing a €700/day contract with a €90k permanent offer - which pays more?';
    expect(ask(q).plan.intent).not.toBe('job_terms');
  });
});

describe('the way into a level, asked from another, describes that move (no employment filter)', () => {
  test.each([
    "6 years as a contractor, always 'senior' on paper. how do i move into a full-time lead role?",
    'contracting as a senior for years; how can I become a permanent lead?',
    'senior on paper for 5 years at agencies. how do i move into a permanent tech lead role?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('career_path');
    expect(a.plan.filters.level).toBe('lead');
    expect(a.plan.fromLevel).toBe('senior');
    expect(a.plan.filters.employmentType).toBeUndefined();
    expect(body(a.answer)).toContain('Moving from senior up to lead:');
  });

  test('near miss: "how do I get promoted to lead?" keeps no level of origin', () => {
    const a = ask('how do I get promoted to lead?');
    expect(a.plan.intent).toBe('career_path');
    expect(a.plan.fromLevel).toBeUndefined();
  });
});

describe('what the corpus says about work across time zones: the guide, the team’s countries no filter', () => {
  test.each([
    'half our group leads teams spread over Brazil and Portugal. what do the guides say about working across time zones?',
    'my team is split between Nairobi and Berlin - any tips on async communication?',
    'what does the corpus say about distributed teams? some of us manage people in India and Poland',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('duties');
    expect(a.plan.filters.place).toBeUndefined();
    expect(a.plan.guideSections?.[0]?.documentId).toBe('guide-remote-and-distributed-teams');
    expect(a.citations.map((c) => c.listingId)).toContain('guide-remote-and-distributed-teams');
  });

  test('a survey of time zones quotes the overlap, the habits and the follow-the-sun rota', () => {
    const a = ask(
      'what does the corpus say about working across time zones? my reports are in three countries',
    );
    const guide = guideFile('guide-remote-and-distributed-teams');
    for (const said of ['The key number is overlap', 'Rotate the pain.', '"Follow-the-sun" rotations']) {
      expect(guide).toContain(said);
      expect(body(a.answer)).toContain(said);
    }
  });

  test('near miss: remote lead roles in a country stay the listings there', () => {
    const a = ask('remote lead roles in India?');
    expect(a.plan.intent).toBe('list_companies');
    expect(a.plan.filters.place).toBe('India');
  });
});

describe('a date of the member’s own circumstances is no forecast', () => {
  test.each<[string, string]>([
    [
      'does Thornbury sponsor visas? my permit expires next year',
      'thornbury-backend-tech-lead-telemetry-ingestion',
    ],
    [
      'the Dalbrook senior job - is visa sponsorship possible? my contract ends in 2027',
      'dalbrook-senior-backend-engineer-credit-decisioning',
    ],
    [
      'does Orrery sponsor visas? my partner’s visa runs out next year',
      'orrery-lead-software-engineer-backend-public-services',
    ],
  ])('"%s"', (q, id) => {
    const a = ask(q);
    expect(a.plan.intent).not.toBe('out_of_scope');
    expect(a.plan.forecast).toBeUndefined();
    const file = listingFile(id);
    expect(file).toMatch(/visa/i);
    expect(a.citations.map((c) => c.listingId)).toContain(id);
  });

  test('near miss: pay next year is still a forecast', () => {
    const a = ask('will lead salaries go up next year?');
    expect(a.plan.intent).toBe('out_of_scope');
    expect(a.plan.forecast).toBe('pay');
  });
});

describe('years of experience asked in Spanish, Portuguese, German or French are years', () => {
  test.each<[string, string[]]>([
    ['quantos anos de experiência pedem para lead no Brasil?', ['Brazil']],
    ['wie viele Jahre Berufserfahrung verlangen Lead-Stellen in Deutschland?', ['Germany']],
    ["combien d'années d'expérience pour un lead en France ?", ['France']],
  ])('"%s"', (q, countries) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('years');
    const stated = listings().filter(
      (l) => l.seniority === 'lead' && inCountry(l, countries) && l.yearsMin !== null,
    );
    if (stated.length) {
      const lowest = Math.min(...stated.map((l) => l.yearsMin!));
      expect(body(a.answer)).toContain(`${lowest}`);
    }
  });

  test('near miss: a Spanish question about the stack stays the requirements', () => {
    expect(ask('qué stack piden para lead en Madrid?').plan.intent).not.toBe('years');
  });
});

describe('a skill asked as listed among the listings’ skills is its share, those naming it named', () => {
  test.each<[string, string, (l: ReturnType<typeof listings>[number]) => boolean]>([
    [
      'which lead roles in the UK list kafka as a requirement?',
      'Kafka',
      (l) => l.seniority === 'lead' && inCountry(l, ['United Kingdom']),
    ],
    [
      'how many remote lead listings name terraform as a must-have?',
      'Terraform',
      (l) => l.seniority === 'lead' && l.remote === 'remote',
    ],
    [
      'which German lead listings state kubernetes as an explicit skill?',
      'Kubernetes',
      (l) => l.seniority === 'lead' && inCountry(l, ['Germany']),
    ],
  ])('"%s"', (q, skill, keep) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('skill_frequency');
    const pool = listings().filter(keep);
    const having = pool.filter((l) => l.skills.includes(skill));
    expect(body(a.answer)).toContain(`asked for in ${having.length} of ${pool.length}`);
    if (/^which/i.test(q)) for (const l of having.slice(0, 5)) expect(body(a.answer)).toContain(l.company);
  });

  test('near miss: what the roles ask for, a skill named after, stays the requirements', () => {
    expect(ask('what do lead roles in the UK ask for? kafka?').plan.intent).toBe('requirements');
  });
});

describe('listings asked for by the currency they pay in, a base excluded, are listed', () => {
  test.each<[string, string, string, (l: ReturnType<typeof listings>[number]) => boolean]>([
    [
      "are there staff roles paying in euros that aren't Berlin based?",
      'staff',
      'EUR',
      (l) => !l.locations.some((p) => p.city === 'Berlin'),
    ],
    [
      "any lead listings that pay in GBP but aren't London based? I live in Leeds",
      'lead',
      'GBP',
      (l) => !l.locations.some((p) => p.city === 'London'),
    ],
    [
      "any lead listings that pay in USD but aren't Canada-based? I live in Quito",
      'lead',
      'USD',
      (l) => !inCountry(l, ['Canada']),
    ],
  ])('"%s"', (q, level, currency, kept) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('list_companies');
    expect(a.plan.filters.currency).toBe(currency);
    // Where the member lives is no filter.
    expect(a.plan.filters.place).toBeUndefined();
    expect(a.plan.exclude?.places?.length).toBe(1);
    const expected = listings().filter(
      (l) => l.seniority === level && l.salary?.currency === currency && kept(l),
    );
    expect(a.n).toBe(expected.length);
    for (const l of expected.slice(0, 5)) expect(body(a.answer)).toContain(l.company);
  });

  test('near miss: a figure of pay asked outside a country stays pay', () => {
    const a = ask("what's the median lead pay in USD outside the US?");
    expect(a.plan.intent).toBe('pay');
    expect(a.plan.exclude?.places?.[0]?.country).toBe('United States');
  });
});

describe('one posting’s pay weighed against the other listings of a place is that place’s pay', () => {
  test.each<[string, string[], string | undefined, string]>([
    [
      'Ardwick posts 90-115k GBP for a lead in London - how does that compare against the other UK listings?',
      ['United Kingdom'],
      undefined,
      'GBP',
    ],
    ["is Aldermoor's range good compared to the other lead roles in Germany?", ['Germany'], 'lead', 'EUR'],
    [
      'Estante offers BRL 27-33k a month. is that decent vs the other Brazil postings?',
      ['Brazil'],
      undefined,
      'BRL',
    ],
  ])('"%s"', (q, countries, level, currency) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('pay');
    expect(a.plan.filters.company).toBeUndefined();
    expect(a.plan.filters.level).toBe(level);
    const pool = listings().filter((l) => (!level || l.seniority === level) && inCountry(l, countries));
    expect(a.n).toBe(pool.length);
    // Every posted range of that currency in the place is among what the answer weighs.
    const posted = pool.filter((l) => l.salary?.currency === currency);
    expect(posted.length).toBeGreaterThan(0);
    expect(body(a.answer)).toContain(`**${currency} per`);
  });

  test('near miss: a company’s pay asked alone stays the company’s', () => {
    expect(ask('does Estante pay well?').plan.intent).toBe('company');
  });
});
