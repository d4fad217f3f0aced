import { describe, expect, test } from 'vitest';
import { testPlanner } from '../../support/planner.js';

/**
 * Round 5 (issue 14, dev5 and the round-5 review): new phrasings of each failure class, none of
 * them an evaluation question.
 */
const { plan } = testPlanner();

describe('readiness: a skill the member says they lack is not theirs, and is kept to be measured', () => {
  test.each<[string, string[], string[]]>([
    [
      '7 years of python, no kubernetes experience at all, am i ready for lead roles in germany?',
      ['Python'],
      ['Kubernetes'],
    ],
    [
      "i've done java for 9 yrs but haven't used terraform or aws. ready for a lead job?",
      ['Java'],
      ['Terraform', 'AWS'],
    ],
    [
      'am I ready for lead with 8 years of Go and Kafka but zero Kubernetes?',
      ['Go', 'Kafka'],
      ['Kubernetes'],
    ],
    [
      "senior dev, 6 years of Rust, I don't know Kafka, do I have a shot at a lead role?",
      ['Rust'],
      ['Kafka'],
    ],
    [
      'my mentee has 7 years with Postgres and Go but never worked with Docker. is she ready for a lead position?',
      ['PostgreSQL', 'Go'],
      ['Docker'],
    ],
  ])('"%s"', (q, have, lack) => {
    const p = plan(q);
    expect(p.intent).toBe('readiness');
    expect([...(p.haveSkills ?? [])].sort()).toEqual([...have].sort());
    expect([...(p.lackSkills ?? [])].sort()).toEqual([...lack].sort());
  });

  test('"no" that is not about a skill takes nothing away ("no lead title yet")', () => {
    const p = plan('8 years of Go and Kafka, no lead title yet. am I ready for a lead role?');
    expect(p.intent).toBe('readiness');
    expect([...(p.haveSkills ?? [])].sort()).toEqual(['Go', 'Kafka']);
    expect(p.lackSkills).toBeUndefined();
  });
});
