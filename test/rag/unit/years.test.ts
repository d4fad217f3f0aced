import { describe, expect, test } from 'vitest';
import { extractYearsMin } from '../../../src/rag/extract/years.js';

describe('extractYearsMin', () => {
  test.each<[string, number]>([
    ['8+ years of backend experience', 8],
    ['At least seven years of professional experience', 7],
    ['10 or more years of experience building services', 10],
    ['Eight-plus years building distributed systems', 8],
    ['5–8 years of experience', 5],
    ['A decade of experience running production systems', 10],
    ['**Experience:** 8–12 years', 8],
    ['minimum of 5 years', 5],
    ['You bring 6 years', 6],
  ])('reads %s as %i', (text, expected) => {
    expect(extractYearsMin(text)).toBe(expected);
  });

  test('takes the largest lower bound, not the first one', () => {
    expect(extractYearsMin('8+ years of experience, including 2 years leading a team.')).toBe(8);
  });

  test('takes the largest lower bound when the smaller one comes first', () => {
    expect(extractYearsMin('2 years leading a team and 8+ years of experience')).toBe(8);
  });

  test.each([
    ['We were founded 12 years ago.'],
    ['The company was founded 12 years ago and has experience in payments.'],
    ['We have been building payments for nearly twenty years.'],
    ['Over the next three years you will build the platform.'],
    ['We have hired people with six years who were ready to lead.'],
    ['Options with 4-year vesting and a 1-year cliff.'],
  ])('ignores a span of time that is not a requirement: %s', (text) => {
    expect(extractYearsMin(text)).toBeNull();
  });

  test('returns null when no years are stated', () => {
    expect(extractYearsMin('We value curiosity and kindness.')).toBeNull();
  });
});

describe('years on real postings', () => {
  test.each([
    ['the company is celebrating 25 years in the IT industry this year', null],
    ['Pension rising to 11% after one year of service', null],
    ['With your + 5 years knowledge of working with Typescript Node React', 5],
    ['You have at least 2-3 years of experience in challenging environments;', 2],
  ])('%j asks for %s', (text, expected) => {
    expect(extractYearsMin(text)).toBe(expected);
  });
});
