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
    const remote = text.split('\n').find((l) => l.startsWith('- **Remote:'))!;
    const count = Number(/(\d+) of/.exec(remote)![1]);
    expect(count).toBeLessThanOrEqual(6);
    // Every remote listing's company is named, each cited.
    expect((remote.match(/\[\d+\]/g) ?? []).length).toBe(count);
  });

  test('near miss: a large mode is counted only', () => {
    const text = body(offline('work mode split for lead roles?').answer);
    const remote = text.split('\n').find((l) => l.startsWith('- **Remote:'))!;
    expect(remote).toMatch(/^- \*\*Remote: \d+ of \d+\*\* \(\d+%\) \[\d+\]\[\d+\]$/);
  });
});

describe('"…and how many of those are in <place>?" after a work-mode split', () => {
  test.each<[string, 'remote' | 'hybrid', string]>([
    ['how many lead roles are remote? and how many of those are in europe', 'remote', 'europe'],
    ['lead listings: how many are hybrid, and which of them are in Spain?', 'hybrid', 'Spain'],
  ])('"%s": the split of all, then the mode in that place', (q, mode, place) => {
    const a = offline(q);
    expect(a.plan.intent).toBe('work_mode');
    expect(a.plan.filters.place).toBeUndefined();
    expect(a.n).toBe(leads().length);
    const inPlace = leads().filter(
      (l) =>
        l.remote === mode &&
        l.locations.some((p) => (place === 'europe' ? p.region === 'europe' : p.country === place)),
    );
    expect(body(a.answer)).toContain(
      `${inPlace.length} open listing${inPlace.length === 1 ? '' : 's'} (lead level, ${mode}, in ${place === 'europe' ? 'Europe' : place})`,
    );
  });

  test('near miss: "remote lead roles in europe?" is the split of the European ones', () => {
    const a = offline('how many lead jobs are remote in europe?');
    expect(a.plan.filters.place?.toString().toLowerCase()).toBe('europe');
  });
});

describe('the skills asked beside a spoken language', () => {
  test('"what do lead jobs in germany need, and is english enough or do i need german?"', () => {
    const a = offline('what do lead jobs in germany need, and is english enough or do i need german?');
    expect(a.plan.spoken).toEqual(['German']);
    expect(a.plan.also).toContain('top_skills');
    const de = leads().filter((l) => l.locations.some((p) => p.country === 'Germany'));
    const kafka = de.filter((l) => l.skills.includes('Kafka')).length;
    const text = body(a.answer);
    expect(text).toContain('German is required in');
    expect(text).toContain(`**Kafka**: ${kafka} of ${de.length}`);
  });

  test('near miss: only the language asked gives only the languages', () => {
    const a = offline('do lead roles in germany require german?');
    expect(a.plan.also ?? []).not.toContain('top_skills');
  });
});
