import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Listings counted per city ("which cities have the most lead jobs?"): every matching listing
// counted by the cities its places name, most first, and those naming no city said apart. Figures
// checked against the stored listings, not the engine. New wordings, none of an evaluation set's.

const { app, listings } = embeddedAnswers();
const offline = (q: string) => app().answerOffline(q)!;

function cityCounts(level: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of listings().filter((x) => x.seniority === level)) {
    const cities = new Set(l.locations.filter((p) => p.city).map((p) => `${p.city}, ${p.country}`));
    for (const c of cities) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

describe('listings counted per city', () => {
  test.each([
    'which cities have the most lead backend jobs',
    'lead roles by city pls',
    'where are most of the lead jobs located?',
    'what city should i move to for the most lead openings',
  ])('"%s": every lead listing, by city, most first', (q) => {
    const a = offline(q);
    expect(a.plan.intent).toBe('list_companies');
    expect(a.plan.byCity).toBe(true);
    const leads = listings().filter((l) => l.seniority === 'lead');
    expect(a.n).toBe(leads.length);
    const counts = [...cityCounts('lead')].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    const text = body(a.answer);
    expect(text).toContain(`${leads.length} open listings (lead level) name ${counts.length} cities`);
    // The three largest, each with its count, in order.
    const at = counts.slice(0, 3).map(([c, n]) => text.indexOf(`${c} ${n} [`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    const noCity = leads.filter((l) => !l.locations.some((p) => p.city)).length;
    expect(text).toContain(`${noCity} name no city`);
  });

  test('staff listings by city count only staff listings', () => {
    const a = offline('top cities for staff roles?');
    const staff = listings().filter((l) => l.seniority === 'staff').length;
    expect(a.n).toBe(staff);
    expect(body(a.answer)).toContain(
      `${staff} open listings (staff level) name ${cityCounts('staff').size} cities`,
    );
  });

  test('near miss: the city of one named listing stays about that listing', () => {
    const a = offline('which city is the Ardwick role in?');
    expect(a.plan.intent).not.toBe('list_companies');
    expect(a.plan.byCity).toBeUndefined();
  });

  test('near miss: countries stay counted per country', () => {
    const a = offline('which countries have the most lead roles?');
    expect(a.plan.byCountry).toBe(true);
    expect(a.plan.byCity).toBeUndefined();
  });
});

describe('the total, and how many of it are one level', () => {
  test.each([
    'how many listings do we have in total and how many are lead?',
    'total listings, and how many of them are staff?',
  ])('"%s": the total split by level', (q) => {
    const a = offline(q);
    expect(a.plan.intent).toBe('level_compare');
    expect(a.plan.filters.level).toBeUndefined();
    const all = listings();
    const text = body(a.answer);
    expect(text).toContain(`${all.length} open listings`);
    const lead = all.filter((l) => l.seniority === 'lead').length;
    const staff = all.filter((l) => l.seniority === 'staff').length;
    expect(text).toContain(`lead: ${lead}`);
    expect(text).toContain(`staff: ${staff}`);
  });

  test('near miss: "how many lead roles in total?" counts lead roles only', () => {
    const a = offline('how many lead roles in total?');
    expect(a.plan.filters.level).toBe('lead');
    expect(a.n).toBe(listings().filter((l) => l.seniority === 'lead').length);
  });
});

describe('listings counted per industry, and a share of a place or industry', () => {
  test('"lead jobs by sector?": each top-level industry with its count, fintech taking payments', () => {
    const a = offline('lead jobs by sector?');
    expect(a.plan.byIndustry).toBe(true);
    const text = body(a.answer);
    const leads = listings().filter((l) => l.seniority === 'lead');
    const fintech = new Set(['fintech', 'payments', 'banking', 'lending', 'wealth', 'crypto']);
    const n = leads.filter((l) => l.industries.some((i) => fintech.has(i))).length;
    expect(text).toContain(`Fintech ${n} [`);
  });

  test.each<[string, (l: ReturnType<typeof listings>[number]) => boolean, string]>([
    ['what percentage of lead jobs are in health?', (l) => l.industries.includes('health'), 'in health'],
    [
      'what share of lead roles are in europe?',
      (l) => l.locations.some((p) => p.region === 'europe'),
      'in Europe',
    ],
  ])('"%s": N of the base, with its share', (q, inIt, said) => {
    const a = offline(q);
    expect(a.plan.shareOf).toBe(true);
    const leads = listings().filter((l) => l.seniority === 'lead');
    const n = leads.filter(inIt).length;
    expect(body(a.answer)).toContain(
      `**${n} of the ${leads.length}** open listings matching lead level (${Math.round((100 * n) / leads.length)}%) are ${said}.`,
    );
  });

  test('near miss: the industry of one named listing stays about that listing', () => {
    const a = offline('what industry is the ardwick role in?');
    expect(a.plan.byIndustry).toBeUndefined();
    expect(a.plan.filters.company?.toLowerCase()).toContain('ardwick');
  });
});
