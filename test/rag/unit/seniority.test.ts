import { describe, expect, test } from 'vitest';
import { extractSeniority, parseSeniority, type Seniority } from '../../../src/rag/extract/seniority.js';

describe('extractSeniority', () => {
  test.each<[string, Seniority]>([
    ['Lead Backend Engineer', 'lead'],
    ['(Sen.) Backend Engineer', 'senior'],
    ['Tech Lead, Payments', 'lead'],
    ['Team Lead - Backend', 'lead'],
    ['Staff Backend Engineer', 'staff'],
    ['Principal Engineer', 'principal'],
    ['Engineering Manager, Backend', 'manager'],
    ['Head of Backend Engineering', 'manager'],
    ['Senior Backend Engineer', 'senior'],
    ['Sr. Backend Engineer', 'senior'],
    ['Junior Backend Engineer', 'junior'],
    ['Backend Engineer', 'mid'],
    ['Staff Engineer, Tech Lead', 'staff'],
    ['Lead Engineering Manager', 'manager'],
    ['Senior Lead Engineer', 'lead'],
  ])('reads the title %j as %s', (title, expected) => {
    expect(extractSeniority(title)).toBe(expected);
  });

  test('reads the level from the text when the title has none', () => {
    expect(extractSeniority('Backend Engineer', 'We are hiring a senior engineer to own payments.')).toBe(
      'senior',
    );
  });

  test('reads an "Experience level: Lead" header in the text', () => {
    expect(extractSeniority('Backend Engineer', 'Experience level: Lead')).toBe('lead');
  });

  test('does not read "Leadership" in a title as lead', () => {
    expect(extractSeniority('Leadership Coach')).toBe('mid');
  });
});

describe('parseSeniority', () => {
  test.each<[string, Seniority | undefined]>([
    ['lead', 'lead'],
    ['Tech Lead', 'lead'],
    [' Sr. ', 'senior'],
    ['Principal', 'principal'],
    ['head of', 'manager'],
    ['EM', 'manager'],
    ['mid-level', 'mid'],
    ['graduate', 'junior'],
    ['wizard', undefined],
    ['', undefined],
  ])('parses %j as %s', (value, expected) => {
    expect(parseSeniority(value)).toBe(expected);
  });
});
