import { describe, expect, test } from 'vitest';
import type { Place } from '../../src/core/listing.js';
import {
  decodeSummaries,
  encodeSummaries,
  type ListingSummary,
} from '../../src/storage/corpus/corpus-reader.js';

// Every listing's summary is stored column by column (`encodeSummaries`) and read back by every
// answering process: what it reads must be what was stored, field for field and key for key.
const place = (raw: string, city: string | null, country: string | null, remote = false): Place => ({
  raw,
  city,
  country,
  region: country ? 'europe' : null,
  remote,
});
const summaries: ListingSummary[] = [
  {
    id: 'a-1',
    title: 'Lead Backend Engineer',
    company: 'Aldermoor',
    location: 'London, UK',
    locations: [place('London, UK', 'London', 'United Kingdom')],
    remote: 'hybrid',
    seniority: 'lead',
    yearsMin: 7,
    salary: { min: 95000, max: 120000, currency: 'GBP', period: 'year' },
    employmentType: 'full-time',
    skills: ['Kotlin', 'PostgreSQL', 'Kafka'],
    industries: ['banking'],
    postedAt: '2026-11-30',
    url: 'https://jobs.example.com/a-1',
    source: 'embedded',
  },
  {
    // Nothing stated: nulls, empty lists, years 0 (not null), marks and emoji in texts.
    id: 'b-2',
    title: 'Tech Lead — Zürich ☕',
    company: 'Équipe Zéro',
    location: '',
    locations: [],
    remote: 'unknown',
    seniority: 'mid',
    yearsMin: 0,
    salary: null,
    employmentType: null,
    skills: [],
    industries: [],
    postedAt: null,
    url: '',
    source: 'generated-0',
  },
  {
    // The same texts as the first (one dictionary entry each), skills in another order.
    id: 'a-3',
    title: 'Lead Backend Engineer',
    company: 'Aldermoor',
    location: 'London, UK',
    locations: [place('London, UK', 'London', 'United Kingdom'), place('Remote', null, null, true)],
    remote: 'hybrid',
    seniority: 'lead',
    yearsMin: null,
    salary: { min: 95000, max: 120000, currency: 'GBP', period: 'year' },
    employmentType: 'contract',
    skills: ['Kafka', 'Kotlin', 'Tech Lead — Zürich ☕'],
    industries: ['banking', 'payments'],
    postedAt: '2026-11-30',
    url: 'https://jobs.example.com/a-3',
    source: 'embedded',
  },
];

describe('stored listing summaries', () => {
  test('read back as stored: equal values, the same JSON (key order), in the same order', () => {
    const read = decodeSummaries(encodeSummaries(summaries));
    expect(read).toStrictEqual(summaries);
    expect(JSON.stringify(read)).toBe(JSON.stringify(summaries));
    // Stored again from what was read, the same bytes (a refresh re-stores carried summaries).
    expect(encodeSummaries(read).equals(encodeSummaries(summaries))).toBe(true);
  });

  test('no listings; and a generation stored before (the summaries as one JSON array)', () => {
    expect(decodeSummaries(encodeSummaries([]))).toEqual([]);
    expect(decodeSummaries(Buffer.from(JSON.stringify(summaries)))).toStrictEqual(summaries);
  });

  test('a cut or foreign column is refused, not misread', () => {
    const blob = encodeSummaries(summaries);
    expect(() => decodeSummaries(blob.subarray(0, blob.length - 9))).toThrow(/truncated/);
    expect(() => decodeSummaries(Buffer.from('{"format":"x"}'))).toThrow();
  });
});
