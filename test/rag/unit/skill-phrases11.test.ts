/**
 * Round 11: soft skills a listing says without naming them (skills.yaml `phrases`), and aliases
 * that are not the skill asked of the role (`unless`). Wordings written for this test, each with a
 * near miss that must not count; none is a listing's sentence.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/config.js';
import { loadTaxonomy, type SkillTaxonomy } from '../../../src/rag/taxonomy.js';

let taxonomy: SkillTaxonomy;
beforeAll(() => {
  taxonomy = loadTaxonomy(`${PROJECT_ROOT}/data/taxonomy/skills.yaml`);
});
const has = (text: string, skill: string) => taxonomy.countSkills(text).has(skill);

describe('mentoring said without the word', () => {
  test.each([
    'You will help the three newer engineers grow into owning services.',
    'Helping less experienced colleagues find their feet is part of the job.',
    'Pair with our junior developers on the hardest tickets.',
    'Weekly one-on-ones with a mid-level engineer who wants to step up.',
    'Develop the engineers around you.',
    'Developing people matters as much as shipping.',
    'Agree a growth plan with each engineer.',
    'Tell us about an engineer you helped grow.',
    'By year end you will have grown two engineers into tech leads.',
    'A 1:1 with one of your engineers about writing better RFCs.',
  ])('%s', (text) => expect(has(text, 'Mentoring')).toBe(true));

  test.each([
    // Mentoring the member receives, or growth of a business.
    'A senior engineer will mentor you through your first quarter.',
    "You'll have a staff engineer as a mentor and a learning budget.",
    'Growth: a principal engineer as your mentor.',
    'We help farmers grow more with less water.',
    'We develop products that people love.',
  ])('not: %s', (text) => expect(has(text, 'Mentoring')).toBe(false));

  test('a question is read by aliases only: phrases are for listings', () => {
    // The member's own words go through matchTokens (no phrases): "help people grow" is no skill filter.
    const tokens = taxonomy.matchTokens([
      { raw: 'help', lower: 'help' },
      { raw: 'people', lower: 'people' },
      { raw: 'grow', lower: 'grow' },
    ]);
    expect(tokens.map((m) => m.skill)).not.toContain('Mentoring');
  });
});

describe('hiring: the lead hires, not the company hiring a lead', () => {
  test.each([
    'You will help us hire four backend engineers next year.',
    '- Hire two more engineers this year',
    'Sit on interview panels for the platform group.',
    'Runs technical interviews for the delivery teams.',
    'Help the CTO hire as we double the team.',
    'You have hired engineers before.',
  ])('%s', (text) => expect(has(text, 'Hiring')).toBe(true));

  test.each([
    "We're hiring a Lead Backend Engineer for the payments team.",
    'Kestrel Labs is recruiting a lead for its new studio.',
    'Hiring process: a recruiter call, then a design round.',
    'Our interview loop has four steps.',
    'Tell our recruiting team if you need accommodations at any stage of hiring.',
    'Questions? write to backend-hiring@example.com',
    'A new hire gets a laptop on day one.',
  ])('not: %s', (text) => expect(has(text, 'Hiring')).toBe(false));
});

describe('code review: who reviews what', () => {
  test.each([
    "Reviewing teammates' code and owning one service end to end.",
    'Review PRs from the contractors on the team.',
    'You review every change to the ledger.',
    'Keep a healthy review culture.',
    'Design and conduct code and architecture reviews.',
    'Pull requests reviewed within a working day.',
  ])('%s', (text) => expect(has(text, 'Code review')).toBe(true));

  test.each([
    'Our tech lead reviews your pull requests closely.',
    'The final round is a live review of a pull request from our history.',
    'Write down engineering standards the whole group follows.',
    'Pay is reviewed every six months.',
  ])('not: %s', (text) => expect(has(text, 'Code review')).toBe(false));
});
