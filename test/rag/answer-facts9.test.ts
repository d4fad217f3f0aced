import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 9 (r9-facts): the plan is right, the answer must carry the fact the member needs. New
// wordings, none of an evaluation set's; figures read from the stored listings (their summaries and
// their text), never from the engine's own answer.

const { app, listings, details } = embeddedAnswers();
const offline = (q: string) => app().answerOffline(q)!;
const ofLevel = (level: string) => listings().filter((l) => l.seniority === level);
const pctOf = (k: number, n: number) => `${Math.round((100 * k) / n)}%`;

describe('a posting date with its year selects by it', () => {
  test.each([
    'which skills do lead roles posted after 14 oct 2026 want?',
    'what do lead jobs newer than October 14, 2026 ask for?',
  ])('"%s" counts the lead listings posted after that day', (q) => {
    const n = ofLevel('lead').filter((l) => (l.postedAt ?? '') > '2026-10-14').length;
    expect(n).toBeGreaterThan(3);
    const a = offline(q);
    expect(a.n).toBe(n);
    expect(body(a.answer)).toContain(`across the ${n} open listings`);
  });
});

describe('two levels compared on a work mode: each level split, then which is more', () => {
  test.each([
    ['do staff listings offer remote more often than lead ones?', 'staff', 'lead', 'remote'],
    ['is on-site more common among principal or senior roles?', 'principal', 'senior', 'onsite'],
    ['senior versus lead, which has the bigger remote share?', 'senior', 'lead', 'remote'],
  ])('"%s"', (q, a, b, mode) => {
    const text = body(offline(q).answer);
    for (const level of [a, b]) {
      const all = ofLevel(level);
      const k = all.filter((l) => l.remote === mode).length;
      const label = mode === 'onsite' ? 'on-site' : mode;
      expect(text).toContain(`(${all.length} open listings): `);
      expect(text).toContain(`${k} ${label} (${pctOf(k, all.length)})`);
    }
    expect(text).toMatch(/^So \w+ roles are more often/m);
  });

  test('near miss: one level keeps the one split', () => {
    const text = body(offline('how many staff roles are remote?').answer);
    expect(text).toContain('Work mode across the');
    expect(text).not.toContain('Work mode by level');
  });
});

describe('no part-time role: said plainly, then the nearest arrangement offered', () => {
  const fourDay = () =>
    details().filter(
      (d) => d.seniority === 'lead' && /\bfour[- ]day (?:working )?week\b/i.test(d.description),
    );
  test.each([
    'can a lead work part time anywhere? 3 days would be ideal',
    'any lead jobs with reduced hours?',
    'in #parents people ask: any part-time lead positions?',
  ])('"%s"', (q) => {
    expect(listings().some((l) => l.employmentType === 'part-time')).toBe(false);
    const a = offline(q);
    expect(a.plan.term).toBe('part-time');
    const text = body(a.answer);
    expect(text).toMatch(/no listing is a part-time role/);
    expect(fourDay().length).toBeGreaterThan(0);
    for (const d of fourDay()) expect(text).toContain(d.company);
    expect(text).toContain('four-day week');
  });

  test('near miss: a four-day week asked is answered as itself, with no "closest"', () => {
    const text = body(offline('any lead roles with a four-day week?').answer);
    expect(text).not.toContain('Closest to it');
  });
});

describe('a few listings: every one named and cited', () => {
  test.each([
    [
      'what do lead roles in Spain want?',
      (l: { locations: Array<{ country: string | null }> }) => l.locations.some((p) => p.country === 'Spain'),
    ],
    [
      'what do lead roles in India require? stack and years',
      (l: { locations: Array<{ country: string | null }> }) => l.locations.some((p) => p.country === 'India'),
    ],
  ])('"%s"', (q, inPlace) => {
    const sel = ofLevel('lead').filter(inPlace);
    expect(sel.length).toBeGreaterThanOrEqual(3);
    expect(sel.length).toBeLessThanOrEqual(6);
    const a = offline(q);
    expect(a.n).toBe(sel.length);
    const text = body(a.answer);
    expect(text).toContain(`The ${sel.length} listings:`);
    for (const l of sel) {
      expect(text).toContain(
        `${l.company} (${l.yearsMin !== null ? `${l.yearsMin}+ years` : 'no minimum stated'})`,
      );
      expect(a.citations.map((c) => c.listingId)).toContain(l.id);
    }
  });

  test('near miss: a large selection names none of them one by one', () => {
    expect(body(offline('what do lead roles ask for?').answer)).not.toMatch(/The \d+ listings:/);
  });

  test('four at an extreme of the years range are all named, not "and 1 other"', () => {
    const ys = ofLevel('principal').filter((l) => l.yearsMin !== null);
    const top = Math.max(...ys.map((l) => l.yearsMin!));
    const atTop = ys.filter((l) => l.yearsMin === top);
    const text = body(offline('how many years of experience do principal jobs usually ask for?').answer);
    if (atTop.length === 4) {
      for (const l of atTop) expect(text).toContain(l.company);
      expect(text).not.toContain('and 1 other');
    }
  });
});

describe('readiness: the bars above the member named when few', () => {
  test('"7 years of java and postgres, could i go for lead roles in london?" names each ask', () => {
    const london = ofLevel('lead').filter((l) => l.locations.some((p) => p.city === 'London'));
    expect(london.length).toBeGreaterThanOrEqual(2);
    expect(london.every((l) => (l.yearsMin ?? 0) > 7)).toBe(true);
    const text = body(offline('7 years of java and postgres, could i go for lead roles in london?').answer);
    for (const l of london)
      if (l.yearsMin !== null) expect(text).toContain(`${l.company} (${l.yearsMin}+ years)`);
    // "postgres" is the member's skill, never one they lack.
    expect(text).not.toMatch(/did not name\*\*:[^\n]*PostgreSQL/);
  });

  test('"10 yrs of .net and c#: which lead roles suit me?" names the fits above the member too', () => {
    const fits = ofLevel('lead').filter((l) => l.skills.includes('.NET') && l.skills.includes('C#'));
    const text = body(offline('8 yrs of .net and c#: which lead roles suit me?').answer);
    for (const l of fits) if (l.yearsMin !== null) expect(text).toContain(`${l.company} (${l.yearsMin}+)`);
  });
});

describe("one listing's details in its own words", () => {
  const timed = () =>
    details().filter((d) => (d.description.match(/^\*\*\d{1,2}[:.]\d{2}\*\*/gm) ?? []).length >= 3);

  test.each([
    (c: string) => `what's a normal day like for the lead at ${c}?`,
    (c: string) => `day in the life at ${c} as lead?`,
    (c: string) => `what would my days look like at ${c}?`,
  ])('a day told hour by hour is answered by those hours (%#)', (ask) => {
    expect(timed().length).toBeGreaterThanOrEqual(3);
    const d = timed()[0]!;
    const text = body(offline(ask(d.company)).answer);
    expect(text).toMatch(/, in its words: “/);
    for (const h of (d.description.match(/^\*\*(\d{1,2}[:.]\d{2})\*\*/gm) ?? []).slice(0, 5))
      expect(text).toContain(`${h.replace(/\*/g, '')} — `);
  });

  test('near miss: the coding share asked is answered by the share, not the day', () => {
    const d = timed()[0]!;
    const text = body(offline(`how much of the time is coding at ${d.company}?`).answer);
    expect(text).not.toMatch(/, in its words: “\d/);
  });

  test('an interview step written as a bold label alone is quoted', () => {
    const withBare = details().filter((d) => /^\d+\.\s+\*\*[^*]+\*\*\.?\s*$/m.test(d.description));
    expect(withBare.length).toBeGreaterThan(0);
    const d = withBare[0]!;
    const step = /^\d+\.\s+\*\*([^*]+)\*\*\.?\s*$/m.exec(d.description)![1]!;
    const text = body(offline(`how does ${d.company} run its interviews?`).answer);
    expect(text).toContain(step);
  });

  test('"what is X hiring for and what is the pay?" gives the role and its stack beside the pay', () => {
    const l = ofLevel('lead').find((x) => x.salary && x.company.split(' ').length === 2)!;
    const a = offline(`what is ${l.company} hiring for and what is the pay?`);
    const text = body(a.answer);
    expect(text).toContain('Asks for:');
    expect(text).toContain('Pay:');
    expect(text).toContain(l.location);
  });
});

describe('lead → manager → back again: the guide says it is reversible', () => {
  test.each([
    'could i try being an EM after lead and then go back to IC if i hate it?',
    'lead -> manager -> back to individual contributor: does that hurt a career?',
    'is moving from lead to EM and back to IC a one-way door?',
  ])('"%s"', (q) => {
    const text = body(offline(q).answer);
    expect(text).toContain('more reversible, than many people assume');
  });

  test('near miss: after lead, staff or EM? is the choice of roads', () => {
    expect(body(offline('after lead, is staff or EM the better next step?').answer)).toContain(
      'the path branches',
    );
  });
});
