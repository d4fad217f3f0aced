import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { PROJECT_ROOT } from '../../../src/config/config.js';
import {
  loadTaxonomy,
  SCORED_KINDS,
  SKILL_KINDS,
  type SkillDefinition,
  SkillTaxonomy,
  tokenize,
} from '../../../src/rag/taxonomy.js';

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
    ['JDK 21 services', 'Java'],
    ['.NET 8 services', '.NET'],
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

  // The JVM runs Kotlin and Scala too: "another JVM language" or "rather than on the JVM" is no Java.
  test.each([
    ['Strong Kotlin, Go, or another JVM language'],
    ['a solid JVM background'],
    ['rather than on the JVM'],
  ])('does not take the JVM for Java: %j', (text) => {
    expect(skillsIn(text)).not.toContain('Java');
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
    ['.NET', '.NET'],
    ['c sharp', 'C#'],
    ['springboot', 'Spring Boot'],
    ['reactjs', 'React'],
    ['react native', 'React Native'],
    ['vuejs', 'Vue.js'],
    ['Java EE', 'Java EE'],
    ['J2EE', 'Java EE'],
    ['Jenkins', 'Jenkins'],
    ['IaC', 'Infrastructure as code'],
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

describe('tricky names (real postings)', () => {
  test.each([
    [
      'Deep hands-on Java (plus Spring framework) and/or C#/.NET.',
      ['.NET', 'C#', 'Java', 'Spring'],
      ['C', 'JavaScript', 'Spring Boot'],
    ],
    ['Good knowledge in C/C++ and embedded Linux', ['C', 'C++', 'Linux'], ['C#']],
    ['in 2019 we raised a Series C funding round', [], ['C']],
    ['Plan C is our fallback. C-level stakeholders.', [], ['C']],
    ['Strong programming skills in Python and R', ['Python', 'R'], []],
    ['Our R&D team in Aarhus', [], ['R']],
    ['Java and JavaScript on one team', ['Java', 'JavaScript'], []],
    ['JavaScript (React) only', ['JavaScript', 'React'], ['Java']],
    ['Our services use Spring Boot 3', ['Java', 'Spring', 'Spring Boot'], []],
    ['Java with the Spring framework', ['Java', 'Spring'], ['Spring Boot']],
    ['We ship React Native apps', ['JavaScript', 'React', 'React Native'], []],
    ['Teams react quickly to incidents', [], ['React']],
    ['Go (a little), TypeScript mostly', ['Go', 'TypeScript'], []],
    ['Want to relocate? Go ahead, we support it.', [], ['Go']],
    [
      'ASP.NET Core with Entity Framework on Azure SQL',
      ['.NET', 'ASP.NET', 'Azure', 'Entity Framework', 'SQL Server'],
      ['C#'],
    ],
    ['Jenkins/GitLab CI and GitHub', ['CI/CD', 'Git', 'GitHub', 'GitLab', 'GitLab CI', 'Jenkins'], []],
    ['Docker Kubernetes Rancher and OpenShift', ['Docker', 'Kubernetes', 'OpenShift', 'Rancher'], []],
    [
      'infrastructure-as-code (e.g. Ansible Puppet Terraform)',
      ['Ansible', 'Infrastructure as code', 'Puppet', 'Terraform'],
      [],
    ],
    ['Scrum Kanban and/or SAFe', ['Agile', 'Kanban', 'SAFe', 'Scrum'], []],
    ['We keep the place safe and tidy', [], ['SAFe']],
    ['Angular, AngularJS and Vue', ['Angular', 'AngularJS', 'JavaScript', 'Vue.js'], []],
    ['YOU CAN ALSO GET A LOOK', [], ['Embedded protocols']],
  ])('%j', (text, present, absent) => {
    const found = skillsIn(text);
    for (const name of present) expect(found, `${name} in ${text}`).toContain(name);
    for (const name of absent) expect(found, `${name} not in ${text}`).not.toContain(name);
  });
});

describe('the taxonomy file', () => {
  const defs = parseYaml(fs.readFileSync(`${PROJECT_ROOT}/data/taxonomy/skills.yaml`, 'utf8')) as Array<
    SkillDefinition & { kind?: string }
  >;

  test('gives every skill an explicit kind', () => {
    const missing = defs.filter((d) => !d.kind || !(SKILL_KINDS as readonly string[]).includes(d.kind));
    expect(missing.map((d) => d.name)).toEqual([]);
  });

  test('covers the technologies real postings name (at least 300 skills, 250 of them technical)', () => {
    expect(defs.length).toBeGreaterThanOrEqual(300);
    expect(defs.filter((d) => SCORED_KINDS.has(d.kind!)).length).toBeGreaterThanOrEqual(250);
  });

  test('maps every alias to one skill only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const d of defs)
      for (const alias of [...(d.aliases ?? []), ...(d.exact ?? [])]) {
        const exact = (d.exact ?? []).includes(alias);
        const key = `${exact ? 'exact' : 'any'}:${tokenize(alias)
          .map((t) => (exact ? t.raw : t.lower))
          .join(' ')}`;
        const before = owner.get(key);
        if (before && before !== d.name) clashes.push(`${alias}: ${before} and ${d.name}`);
        owner.set(key, d.name);
      }
    expect(clashes).toEqual([]);
  });

  test('an ESCO id, where given, is a concept UUID', () => {
    for (const d of defs as Array<{ esco?: string }>)
      if (d.esco) expect(d.esco).toMatch(/^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/);
  });
});
