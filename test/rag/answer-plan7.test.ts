import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 7 (plan7): several levels or places executed over the whole corpus and said in the reply,
// levels compared on two measures, and what the corpus does not hold said plainly. New phrasings,
// none of an evaluation set's; figures checked against the stored listings, not the engine.

const { app, ask, listings } = embeddedAnswers();
// The engine's own answer, with its plan and N.
const offline = (q: string) => app().answerOffline(q)!;
const inCountry = (l: ReturnType<typeof listings>[number], country: string) =>
  l.locations.some((p) => p.country === country);

describe('several levels or places: the listings of any of them, said', () => {
  test('"what do staff or principal listings ask for most?" counts both levels', () => {
    const n = listings().filter((l) => l.seniority === 'staff' || l.seniority === 'principal').length;
    const a = offline('what do staff or principal listings ask for most?');
    expect(a.n).toBe(n);
    expect(body(a.answer)).toContain(`${n} open listings matching staff or principal level`);
  });

  test('"any lead jobs in Spain or Portugal?" counts both places, then each', () => {
    const leads = listings().filter((l) => l.seniority === 'lead');
    const spain = leads.filter((l) => inCountry(l, 'Spain')).length;
    const portugal = leads.filter((l) => inCountry(l, 'Portugal')).length;
    const both = leads.filter((l) => inCountry(l, 'Spain') || inCountry(l, 'Portugal')).length;
    const a = offline('any lead jobs in Spain or Portugal?');
    expect(a.n).toBe(both);
    const text = body(a.answer);
    expect(text).toContain(`${both} open listings matching lead level, in Spain or Portugal`);
    expect(text).toContain(`**Spain**: ${spain} open listing`);
    expect(text).toContain(`**Portugal**: ${portugal} open listing`);
  });

  test('near miss: one level and one place answer as before', () => {
    const n = listings().filter((l) => l.seniority === 'lead' && inCountry(l, 'Spain')).length;
    const a = offline('any lead jobs in Spain?');
    expect(a.n).toBe(n);
    expect(a.plan.filters.place).toBe('Spain');
  });
});

describe('levels compared on years and pay: each level with both figures', () => {
  test('"staff vs principal: years asked and USD salary?"', () => {
    const a = offline('staff vs principal: years asked and USD salary?');
    expect(a.plan.intent).toBe('level_compare');
    const text = body(a.answer);
    for (const level of ['staff', 'principal'] as const) {
      const usd = listings().filter(
        (l) => l.seniority === level && l.salary?.currency === 'USD' && l.salary.period === 'year',
      );
      expect(text).toContain(`posted pay, USD per year (N=${usd.length})`);
    }
    expect(text).toMatch(/\*\*Staff\*\* \(\d+ listings\): median \d+\+ years/);
  });
});

describe('out of scope said plainly', () => {
  test('roles for a skill no listing names: said, then what the listings ask instead', () => {
    expect(listings().some((l) => l.skills.includes('Fortran'))).toBe(false);
    const a = offline('which lead roles want fortran? 12 yrs of it');
    const text = body(a.answer);
    expect(text).toContain("I can't answer that from the listings: none of them names Fortran");
    expect(text).toContain('What they ask for instead, the languages named most: Go');
  });

  test('"PHP 110,000–150,000 per month" is the peso: no listing asks for PHP', () => {
    expect(listings().some((l) => l.skills.includes('PHP'))).toBe(false);
  });

  test('a forecast about a company not in the corpus says both', () => {
    const text = body(offline('what will a lead at meta make in 2028?').answer);
    expect(text).toMatch(/^Meta is not in the corpus/);
    expect(text).toContain("I can't predict what pay will be");
  });

  test('near miss: a skill another level asks for is counted, not out of scope', () => {
    const a = offline('how many lead roles want COBOL?');
    expect(a.plan.intent).toBe('skill_frequency');
  });
});
