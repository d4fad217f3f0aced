import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 5, planner second pass (issue 14, holdout5): what the answer says once the planner reads a
// level as said of a company, or as asked of the listings counted. Each case is a new phrasing,
// checked against the listing files (or the stored listings), not the engine.

const { ask, listings } = embeddedAnswers();
const listingFiles = () =>
  fs
    .readdirSync(path.resolve('data/listings'))
    .map((f) => fs.readFileSync(path.resolve('data/listings', f), 'utf8'));
const frontMatter = (text: string, key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(text)?.[1] ?? '';

describe('a level said of a company whose listings are all of it: the company, the level still said', () => {
  test.each([
    ['does Thornbury have a lead opening? what do they pay', 'Thornbury Observability GmbH'],
    ['Kiwaku lead: what does it pay?', 'Kiwaku Studio'],
    ['does Deepwell have lead openings? how many years do they want', 'Deepwell Markets'],
  ])('"%s"', async (q, company) => {
    // grep: one listing of the company, a lead one.
    const own = listingFiles().filter((t) => frontMatter(t, 'company') === company);
    expect(own.length).toBe(1);
    expect(frontMatter(own[0]!, 'title')).toMatch(/\blead\b/i);
    const result = await ask(q);
    const first = body(result.answer).split('\n')[0]!;
    expect(first).toContain(company);
    expect(first).toContain('1 open listing in the corpus (lead level)');
  });
});

describe('"how many of those are lead": the count over every level, then the level\'s share', () => {
  test.each([
    ['How many listings mention Terraform, and how many of those are lead?', 'Terraform', 'lead'],
    ['how many roles ask for Rust overall, and what share of them are staff?', 'Rust', 'staff'],
    ['count the listings naming Kafka; how many of those are principal roles?', 'Kafka', 'principal'],
  ])('"%s"', async (q, skill, level) => {
    const all = listings();
    const having = all.filter((l) => l.skills.includes(skill));
    const ofLevel = having.filter((l) => l.seniority === level);
    const text = body((await ask(q)).answer);
    expect(text.split('\n')[0]).toContain(`**${having.length}** of the ${all.length} open listings`);
    expect(text).toContain(`Of those ${having.length}, **${ofLevel.length}** are ${level} roles`);
  });
});
