import { beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/config.js';
import { loadTaxonomy, type SkillDefinition, SkillTaxonomy, tokenize } from '../../../src/rag/taxonomy.js';

let taxonomy: SkillTaxonomy;
beforeAll(() => {
  taxonomy = loadTaxonomy(`${PROJECT_ROOT}/data/taxonomy/skills.yaml`);
});

const skillsIn = (text: string) => [...taxonomy.countSkills(text).keys()].sort();

const skill = (name: string, fields: Partial<SkillDefinition> = {}): SkillDefinition => ({
  name,
  category: 'test',
  aliases: [],
  exact: [],
  implies: [],
  ...fields,
});

describe('tokenize', () => {
  test('keeps C++, C# and Node.js whole and rewrites .NET to dotnet', () => {
    expect(tokenize('C++, C#, Node.js and .NET').map((t) => t.raw)).toEqual([
      'C++',
      'C#',
      'Node.js',
      'and',
      'dotnet',
    ]);
  });

  test('splits on hyphens and slashes', () => {
    expect(tokenize('event-driven CI/CD').map((t) => t.lower)).toEqual(['event', 'driven', 'ci', 'cd']);
  });
});

describe('SkillTaxonomy.countSkills', () => {
  test.each([
    ['We run on k8s.', 'Kubernetes'],
    ['Services written in golang.', 'Go'],
    ['Postgres and Redis.', 'PostgreSQL'],
    ['A RoR monolith.', 'Ruby on Rails'],
    ['JVM services', 'Java'],
    ['.NET 8 services', 'C#'],
    ['Own our CI/CD pipelines.', 'CI/CD'],
  ])('finds the alias in %j as %s', (text, expected) => {
    expect(skillsIn(text)).toContain(expected);
  });

  test.each([
    ['This is our go-to tool.'],
    ['We go live in May.'],
    ["You'll be ready to go."],
    ['We will go further.'],
  ])('does not take the verb "go" for the language: %j', (text) => {
    expect(skillsIn(text)).not.toContain('Go');
  });

  test('counts Go the language after "Kotlin and"', () => {
    expect(taxonomy.countSkills('Kotlin and Go').get('Go')).toBe(1);
  });

  test('does not count a lowercase "go" as the language', () => {
    expect(skillsIn('go services')).not.toContain('Go');
  });

  test('does not take "guard rails" for Ruby on Rails', () => {
    expect(skillsIn('We put guard rails around deployments.')).toEqual([]);
  });

  test('adds the skills that EKS implies', () => {
    expect(skillsIn('EKS clusters')).toEqual(['AWS', 'EKS', 'Kubernetes']);
  });

  test('adds Ruby for a Rails mention', () => {
    expect(skillsIn('Rails 7')).toEqual(['Ruby', 'Ruby on Rails']);
  });
});

describe('SkillTaxonomy.resolve', () => {
  test.each([
    ['k8s', 'Kubernetes'],
    ['golang', 'Go'],
    ['go', 'Go'],
    ['Postgres', 'PostgreSQL'],
    ['ror', 'Ruby on Rails'],
    ['Rails', 'Ruby on Rails'],
    ['.NET', 'C#'],
    ['ci/cd', 'CI/CD'],
    ['rust', 'Rust'],
  ])('resolves %j to %s', (term, expected) => {
    expect(taxonomy.resolve(term)).toBe(expected);
  });

  test('returns undefined for an unknown term', () => {
    expect(taxonomy.resolve('basket weaving')).toBeUndefined();
  });

  test('returns undefined for an empty term', () => {
    expect(taxonomy.resolve('  ')).toBeUndefined();
  });
});

describe('SkillTaxonomy construction', () => {
  test('throws on a skill defined twice', () => {
    expect(() => new SkillTaxonomy([skill('Go'), skill('Go')], 'v')).toThrow('"Go" is defined twice');
  });

  test('throws on an implied skill that is not defined', () => {
    expect(() => new SkillTaxonomy([skill('EKS', { implies: ['Kubernetes'] })], 'v')).toThrow(
      '"EKS" implies unknown skill "Kubernetes"',
    );
  });

  test('keeps the version it was given', () => {
    expect(new SkillTaxonomy([skill('Go')], 'v1').version).toBe('v1');
  });

  test('versions the loaded file with a 16-character hash', () => {
    expect(taxonomy.version).toMatch(/^[0-9a-f]{16}$/);
  });
});
