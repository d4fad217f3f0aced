import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// A skill set aside as known ("besides kubernetes", "apart from java", "on top of terraform"): no
// filter; its own count is said and the rest are listed (round 9, issue 14, read in the answers).
// Counts here come from the stored listings' skills, not from the answer.

const { app, listings } = embeddedAnswers();
const ask = (q: string) => app().answerOffline(q)!;

describe('a skill set aside is no filter', () => {
  test.each([
    ['apart from java, what do lead roles want?', 'Java'],
    ['besides kubernetes what do lead roles ask for', 'Kubernetes'],
    ['what do lead jobs need on top of terraform?', 'Terraform'],
  ])('"%s"', (q, skill) => {
    const leads = listings().filter((l) => l.seniority === 'lead');
    const having = leads.filter((l) => l.skills.includes(skill)).length;
    const a = ask(q);
    expect(a.plan.besides).toEqual([skill]);
    expect(a.plan.filters.skills).toBeUndefined();
    expect(a.n).toBe(leads.length);
    const lines = body(a.answer).split('\n');
    expect(lines[0]).toBe(
      `What they ask for besides ${skill}, across the ${leads.length} open listings matching lead level:`,
    );
    expect(lines[1]).toContain(`(${skill}, set aside: asked for in ${having} of ${leads.length}`);
    expect(lines.slice(2).some((l) => l.startsWith(`- **${skill}**`))).toBe(false);
  });

  test('another skill asked stays the filter: go leads, on top of kubernetes', () => {
    const a = ask('what else do go leads need on top of kubernetes?');
    expect(a.plan.filters.skills).toEqual(['Go']);
    expect(a.plan.besides).toEqual(['Kubernetes']);
  });
});

describe('near misses', () => {
  test('named again as the roles asked about ("rust leads … other than rust"): still the filter', () => {
    const a = ask('what skills do rust leads need other than rust?');
    expect(a.plan.filters.skills).toEqual(['Rust']);
    expect(a.plan.besides).toBeUndefined();
  });
  test('a plain skill selection is untouched', () => {
    expect(ask('what do lead roles that use go ask for?').plan.besides).toBeUndefined();
  });
});
