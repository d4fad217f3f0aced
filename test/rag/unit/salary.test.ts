import { describe, expect, test } from 'vitest';
import { extractSalary, type Salary } from '../../../src/rag/extract/salary.js';

describe('extractSalary', () => {
  test.each<[string, Salary]>([
    ['$180,000 – $215,000 per year', { min: 180_000, max: 215_000, currency: 'USD', period: 'year' }],
    ['$180K–$215K base', { min: 180_000, max: 215_000, currency: 'USD', period: 'year' }],
    ['USD 180,000-215,000 annually', { min: 180_000, max: 215_000, currency: 'USD', period: 'year' }],
    ['€95,000–€115,000 per year', { min: 95_000, max: 115_000, currency: 'EUR', period: 'year' }],
    ['EUR 95k–115k', { min: 95_000, max: 115_000, currency: 'EUR', period: 'year' }],
    ['95.000 € – 115.000 € brutto/Jahr', { min: 95_000, max: 115_000, currency: 'EUR', period: 'year' }],
    ['£85,000 to £105,000', { min: 85_000, max: 105_000, currency: 'GBP', period: 'year' }],
    ['GBP 85k-105k', { min: 85_000, max: 105_000, currency: 'GBP', period: 'year' }],
    ['CHF 150,000–175,000', { min: 150_000, max: 175_000, currency: 'CHF', period: 'year' }],
    ['C$160K–C$185K', { min: 160_000, max: 185_000, currency: 'CAD', period: 'year' }],
    ['A$190k–A$220k', { min: 190_000, max: 220_000, currency: 'AUD', period: 'year' }],
    ['SGD 11,000–14,500 per month', { min: 11_000, max: 14_500, currency: 'SGD', period: 'month' }],
    [
      '¥12,000,000–¥15,500,000 per year',
      { min: 12_000_000, max: 15_500_000, currency: 'JPY', period: 'year' },
    ],
    [
      '₹48,00,000 – ₹65,00,000 per annum',
      { min: 4_800_000, max: 6_500_000, currency: 'INR', period: 'year' },
    ],
    ['INR 48–65 LPA', { min: 4_800_000, max: 6_500_000, currency: 'INR', period: 'year' }],
    ['PLN 28,000–36,000 per month (B2B)', { min: 28_000, max: 36_000, currency: 'PLN', period: 'month' }],
    ['$95–$120 per hour', { min: 95, max: 120, currency: 'USD', period: 'hour' }],
    ['€700–€850 per day', { min: 700, max: 850, currency: 'EUR', period: 'day' }],
  ])('reads %s', (text, expected) => {
    expect(extractSalary(text)).toEqual(expected);
  });

  test('reads a range behind a "Compensation:" label', () => {
    expect(extractSalary('Compensation: €95,000–€115,000')).toEqual({
      min: 95_000,
      max: 115_000,
      currency: 'EUR',
      period: 'year',
    });
  });

  test.each([
    ['Learning budget: €1,000–€2,000 per year'],
    ['We have a conference budget of $2,000-$3,000 a year.'],
    ['Our revenue grew to $20M–$30M last year.'],
    ['Series B funding of $20M–$40M'],
    ['We process $10M-$20M in transactions daily'],
    ['You have 5–8 years of backend experience.'],
    ['Between 2019 and 2023 we tripled the team.'],
  ])('drops a range that is not pay: %s', (text) => {
    expect(extractSalary(text)).toBeNull();
  });

  test('does not guess a range from a single figure', () => {
    expect(extractSalary('Salary up to £120k')).toBeNull();
  });

  test('returns null for "competitive salary"', () => {
    expect(extractSalary('We offer a competitive salary and equity.')).toBeNull();
  });

  test('picks the pay when a learning budget range comes first', () => {
    const text = 'Learning budget: £1,000–£2,000 per year.\nSalary: £85,000 to £105,000.';
    expect(extractSalary(text)).toEqual({ min: 85_000, max: 105_000, currency: 'GBP', period: 'year' });
  });

  test('picks the pay when a learning budget range follows it in the same sentence', () => {
    const text = 'Salary: £85,000 to £105,000 per year, plus a learning budget of £1,000–£2,000.';
    expect(extractSalary(text)).toEqual({ min: 85_000, max: 105_000, currency: 'GBP', period: 'year' });
  });

  test('uses the default currency for a bare range with salary words around it', () => {
    expect(extractSalary('Salary: 90,000–110,000 per year', 'EUR')).toEqual({
      min: 90_000,
      max: 110_000,
      currency: 'EUR',
      period: 'year',
    });
  });

  test('ignores the default currency for a bare range without salary words', () => {
    expect(extractSalary('Our offices span 90,000–110,000 square feet', 'EUR')).toBeNull();
  });
});
