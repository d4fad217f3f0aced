import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// An amount named without a currency ("leads all earn 300k+ right?", "jobs over 150k") is held only
// against the yearly ranges of currencies of its order, never against rupees, yen or won; a figure
// judged ("…right?") is a premise to check, not a floor to select by. Figures from the stored listings.

const { app, listings } = embeddedAnswers();
const offline = (q: string) => app().answerOffline(q)!;
const yearly = (level: string) =>
  listings()
    .filter((l) => l.seniority === level && l.salary?.period === 'year')
    .map((l) => l.salary!);

describe('an amount without a currency', () => {
  test.each(['so every lead here makes 300k+, right?', 'is it true leads get 300k+?'])(
    '"%s": a premise, checked against ranges of its order',
    (q) => {
      const a = offline(q);
      expect(a.plan.premise?.amount).toBe(300000);
      expect(a.plan.payAtLeast).toBeUndefined();
      const text = body(a.answer);
      // Every currency whose posted yearly tops are of another order is left out, and said to be.
      const big = [
        ...new Set(
          yearly('lead')
            .filter((s) => s.max > 3_000_000)
            .map((s) => s.currency),
        ),
      ].sort();
      expect(big.length).toBeGreaterThan(0);
      expect(text).toContain(`${big.join(', ')} ranges left out`);
      const comparable = yearly('lead').filter((s) => s.max < 3_000_000);
      const reach = comparable.filter((s) => s.max >= 300000).length;
      expect(text).toContain(`${reach} of the ${comparable.length} posted yearly ranges`);
    },
  );

  test('"lead jobs paying more than 150k?" selects only ranges of that order', () => {
    const a = offline('lead jobs paying more than 150k?');
    expect(a.plan.payAtLeast?.amount).toBe(150000);
    const n = yearly('lead').filter((s) => s.max >= 150000 && s.max < 3_000_000).length;
    expect(a.n).toBe(n);
    expect(body(a.answer)).not.toMatch(/reaching 150,000 \(any currency\)/);
  });

  test('an offer below every posted range is said to be', () => {
    const a = offline('my offer is €70k for a lead role in amsterdam, is that low vs the listings?');
    const ams = listings().filter(
      (l) =>
        l.seniority === 'lead' &&
        l.locations.some((p) => p.city === 'Amsterdam') &&
        l.salary?.currency === 'EUR' &&
        l.salary.period === 'year',
    );
    const lowest = Math.min(...ams.map((l) => l.salary!.min));
    expect(lowest).toBeGreaterThan(70000);
    expect(body(a.answer)).toMatch(/it is below (?:both|all \d+|the one) posted yearly range/);
    expect(body(a.answer)).toContain(`the lowest starts at ${lowest.toLocaleString('en-US')} EUR`);
  });

  test('near miss: an amount with its currency is held against that currency only', () => {
    const a = offline('is $500k normal for a lead in the US?');
    expect(body(a.answer)).not.toContain('left out');
    expect(body(a.answer)).toContain('**No**');
  });
});

describe('a lower-case "us" set against a place', () => {
  test.each(['lead salaries: canada vs us?', 'how does lead pay in canada compare to the us?'])(
    '"%s": both places are sides',
    (q) => {
      const a = offline(q);
      expect((a.plan.comparePlaces ?? []).map((p) => p.country)).toEqual(['Canada', 'United States']);
      const text = body(a.answer);
      expect(text).toContain('in Canada:');
      expect(text).toContain('in the US:');
      // Never "higher" between equal medians.
      expect(text).not.toMatch(/a higher median midpoint \(([\d,]+) over \d+\) than [^(]+\(\1 over/);
    },
  );

  test('near miss: "us" as the member themselves is no place', () => {
    expect(
      offline('is it worth it for us to look at lead roles in canada?').plan.comparePlaces,
    ).toBeUndefined();
  });
});
