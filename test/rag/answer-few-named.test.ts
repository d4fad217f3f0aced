import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Few enough to name: the listings naming every skill asked together ("how many want python AND
// django?"), and a work mode's companies on the split's own line. New wordings; figures from the
// stored listings.

const { app, listings } = embeddedAnswers();
const offline = (q: string) => app().answerOffline(q)!;
const leads = () => listings().filter((l) => l.seniority === 'lead');

describe('listings naming every skill asked, when few', () => {
  test.each<[string, string[]]>([
    ['how many lead roles need both python and django?', ['Python', 'Django']],
    ['count of lead listings with rust AND kafka pls', ['Rust', 'Kafka']],
  ])('"%s": each one named', (q, skills) => {
    const both = leads().filter((l) => skills.every((s) => l.skills.includes(s)));
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThanOrEqual(6);
    const text = body(offline(q).answer);
    expect(text).toContain(`**${both.length}** of the ${leads().length}`);
    for (const l of both) expect(text).toContain(`**${l.company}**`);
  });

  test('near miss: many naming both are counted, not listed', () => {
    const both = leads().filter((l) => l.skills.includes('Kafka') && l.skills.includes('Go'));
    expect(both.length).toBeGreaterThan(6);
    const text = body(offline('how many lead roles ask for kafka and go together?').answer);
    expect(text).toContain(`**${both.length}**`);
    expect(text).not.toContain('Each skill on its own:');
  });
});

describe('a work mode with few listings names its companies', () => {
  test('the fintech lead split names each mode’s companies', () => {
    const a = offline('remote / hybrid / office split for lead roles in fintech? friend wants remote');
    const text = body(a.answer);
    const n = a.n!;
    expect(n).toBeGreaterThan(8);
    const remote = text.split('\n').find((l) => l.startsWith('- **Remote**'))!;
    const count = Number(/(\d+) of/.exec(remote)![1]);
    expect(count).toBeLessThanOrEqual(6);
    // Every remote listing's company is named, each cited.
    expect((remote.match(/\[\d+\]/g) ?? []).length).toBe(count);
  });

  test('near miss: a large mode is counted only', () => {
    const text = body(offline('work mode split for lead roles?').answer);
    const remote = text.split('\n').find((l) => l.startsWith('- **Remote**'))!;
    expect(remote).toMatch(/^- \*\*Remote\*\*: \d+ of \d+ \(\d+%\) \[\d+\]\[\d+\]$/);
  });
});
