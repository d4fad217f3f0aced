import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 10 (issue 14), read as a member: "what soft skills do lead listings emphasise?" asks for the
// leadership side (mentoring, incident management, hiring…), ranked, not the technical stack. Counts
// come from the stored listings' skills, never from the engine.

const { app, listings } = embeddedAnswers();
const ask = (q: string) => app().answerOffline(q)!;
const LEADERSHIP = new Set([
  'Incident management',
  'Code review',
  'Mentoring',
  'Technical leadership',
  'People management',
  'Hiring',
  'Roadmap planning',
  'Stakeholder management',
  'Communication',
]);

describe('soft skills asked: the leadership side ranked', () => {
  test.each([
    ['what soft skills do lead listings emphasise?', 'lead'],
    ['which non-technical skills matter most for staff roles?', 'staff'],
    ['top interpersonal skills in lead job ads?', 'lead'],
  ])('"%s"', (q, level) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('top_skills');
    expect(a.plan.skillCategories).toEqual(['leadership']);
    const text = body(a.answer);
    const ranked = [...text.matchAll(/^\d+\. \*\*([^*]+)\*\*: (\d+) of (\d+)/gm)];
    expect(ranked.length).toBeGreaterThan(3);
    const of = listings().filter((l) => l.seniority === level);
    for (const [, skill, count, n] of ranked) {
      expect(LEADERSHIP.has(skill!)).toBe(true);
      expect(Number(n)).toBe(of.length);
      expect(Number(count)).toBe(of.filter((l) => l.skills.includes(skill!)).length);
    }
  });

  test('near miss: "what skills do lead listings emphasise?" is still the technical stack', () => {
    const a = ask('what skills do lead listings emphasise most?');
    expect(a.plan.skillCategories).toBeUndefined();
    expect(body(a.answer)).toMatch(/^1\. \*\*Kubernetes\*\*/m);
  });
});
