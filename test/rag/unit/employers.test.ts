import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { knownEmployer, loadEmployers, parseEmployers } from '../../../src/rag/answer/employers.js';
import { loadPipeline } from '../../../src/rag/pipeline.js';

const corpusDir = path.resolve('data');
const employers = loadEmployers(path.join(corpusDir, 'taxonomy', 'employers.yaml'));
const pipeline = loadPipeline(corpusDir);

describe('well-known employers outside the corpus', () => {
  test('the list names no skill, no corpus company, and only industries of the taxonomy', () => {
    expect(employers.length).toBeGreaterThan(100);
    const skillNames = new Set(
      [...pipeline.taxonomy.skills.values()].flatMap((s) =>
        [s.name, ...(s.aliases ?? [])].map((n) => String(n).toLowerCase()),
      ),
    );
    for (const e of employers) {
      for (const name of e.names) expect(skillNames.has(name), `${name} is a skill`).toBe(false);
      if (e.industry) expect(pipeline.industries.industries.has(e.industry), e.industry).toBe(true);
    }
  });

  test('a bad entry is an error naming the file and the field', () => {
    expect(() => parseEmployers('- { name: Acme, industri: fintech }', 'bad.yaml')).toThrow(
      /bad\.yaml.*industri/s,
    );
    expect(() => parseEmployers('- { aliases: [x] }', 'bad.yaml')).toThrow(/bad\.yaml.*name/s);
  });

  test.each([
    ['monzo lead backend salary?', 'Monzo'],
    ['is Deutsche Bank hiring leads', 'Deutsche Bank'],
    ['whats the pay like at bolt?', 'Bolt'],
    ['Is Wise hiring in London?', 'Wise'],
  ])('"%s" names %s', (q, name) => {
    expect(knownEmployer(q, employers)?.employer.name).toBe(name);
  });

  test.each([
    'any intel on lead roles?',
    'is it wise to move to a lead role?',
    'Wise move or not: lead or staff?',
    'how do I grab a lead role',
  ])('an everyday word is no employer: "%s"', (q) => {
    expect(knownEmployer(q, employers)).toBeUndefined();
  });
});
