import { describe, expect, test } from 'vitest';
import {
  type GuideInput,
  type ListingInput,
  type ValidRecord,
  validateRecord,
} from '../../../src/rag/record-schema.js';
import type { RawRecord } from '../../../src/rag/sources/types.js';
import { DESCRIPTION, FIELDS } from '../../support/listing-fields.js';

const ORIGIN = { file: 'jobs.jsonl', line: 7, record: 3 };

const listing = (fields: Record<string, unknown>, extra: Partial<RawRecord> = {}): RawRecord => ({
  origin: ORIGIN,
  kind: 'listing',
  fields,
  ...extra,
});
const guide = (fields: Record<string, unknown>): RawRecord => ({
  origin: { file: 'guide.md', line: 1, record: 1 },
  kind: 'guide',
  fields,
});

function issuesOf(record: RawRecord) {
  const result = validateRecord(record);
  return 'issues' in result ? result.issues : [];
}

function validOf(record: RawRecord): ValidRecord {
  const result = validateRecord(record);
  if (!('ok' in result)) throw new Error(`expected a valid record, got ${JSON.stringify(result.issues)}`);
  return result.ok;
}

function listingInputOf(record: RawRecord): ListingInput {
  const valid = validOf(record);
  if (valid.kind !== 'listing') throw new Error(`expected a listing, got a ${valid.kind}`);
  return valid.input;
}

function guideInputOf(record: RawRecord): GuideInput {
  const valid = validOf(record);
  if (valid.kind !== 'guide') throw new Error(`expected a guide, got a ${valid.kind}`);
  return valid.input;
}

describe('validateRecord for a listing', () => {
  test('accepts a complete listing', () => {
    expect(listingInputOf(listing(FIELDS))).toEqual(FIELDS);
  });

  test('reports a missing title as required, with the field and the record id', () => {
    const { title: _title, ...fields } = FIELDS;
    expect(issuesOf(listing(fields))).toEqual([
      { ...ORIGIN, field: 'title', message: 'title is required (id acme-lead)' },
    ]);
  });

  test.each([['ftp://jobs.example.com/1'], ['not a url']])('reports the URL %j as not http(s)', (url) => {
    expect(issuesOf(listing({ ...FIELDS, url }))).toEqual([
      { ...ORIGIN, field: 'url', message: 'url must be an http(s) URL (id acme-lead)' },
    ]);
  });

  test('converts an HTML description to text, dropping scripts', () => {
    const description =
      '<h2>About</h2><p>We are hiring a lead backend engineer to own payments.</p><script>steal()</script>';
    expect(listingInputOf(listing({ ...FIELDS, description })).description).toBe(
      '## About\n\nWe are hiring a lead backend engineer to own payments.',
    );
  });

  test('reports a description under 40 characters', () => {
    expect(issuesOf(listing({ ...FIELDS, description: 'Too short.' }))).toEqual([
      {
        ...ORIGIN,
        field: 'description',
        message:
          'description is empty or too short to be a job description (under 40 characters) (id acme-lead)',
      },
    ]);
  });

  test('points an issue at the Markdown line of its field', () => {
    const record = listing(
      { ...FIELDS, url: 'ftp://x' },
      { origin: { file: 'a.md', line: 1, record: 1 }, fieldLines: { id: 2, url: 6 } },
    );
    expect(issuesOf(record)).toEqual([
      {
        file: 'a.md',
        line: 6,
        record: 1,
        field: 'url',
        message: 'url must be an http(s) URL (id acme-lead)',
      },
    ]);
  });

  test('falls back to the record line for a field without a known line', () => {
    const { title: _title, ...fields } = FIELDS;
    const record = listing(fields, { origin: { file: 'a.md', line: 1, record: 1 }, fieldLines: { id: 2 } });
    expect(issuesOf(record)[0]?.line).toBe(1);
  });

  test('reports an id with a space', () => {
    expect(issuesOf(listing({ ...FIELDS, id: 'acme lead' }))[0]?.field).toBe('id');
  });

  test('accepts an integer id as a string', () => {
    expect(listingInputOf(listing({ ...FIELDS, id: 17 })).id).toBe('17');
  });

  test('joins a list of locations with "; "', () => {
    expect(listingInputOf(listing({ ...FIELDS, location: ['Berlin', 'Remote (EU)'] })).location).toBe(
      'Berlin; Remote (EU)',
    );
  });

  test('reports a date that cannot be read', () => {
    expect(issuesOf(listing({ ...FIELDS, postedAt: 'yesterday' }))).toEqual([
      { ...ORIGIN, field: 'postedAt', message: 'postedAt is not a date: "yesterday" (id acme-lead)' },
    ]);
  });

  test('uppercases the currency of a salary object and defaults its period to year', () => {
    expect(
      listingInputOf(listing({ ...FIELDS, salary: { min: 90_000, max: 110_000, currency: 'eur' } })).salary,
    ).toEqual({
      min: 90_000,
      max: 110_000,
      currency: 'EUR',
      period: 'year',
    });
  });
});

describe('validateRecord for a guide', () => {
  test('reports a guide id that does not start with "guide-"', () => {
    expect(issuesOf(guide({ id: 'career-path', title: 'Career path', body: DESCRIPTION }))).toEqual([
      {
        file: 'guide.md',
        line: 1,
        record: 1,
        field: 'id',
        message: 'id must start with "guide-" (id career-path)',
      },
    ]);
  });

  test('accepts a guide id that starts with "guide-"', () => {
    expect(guideInputOf(guide({ id: 'guide-career-path', title: 'Career path', body: DESCRIPTION }))).toEqual(
      {
        id: 'guide-career-path',
        title: 'Career path',
        topics: [],
        body: DESCRIPTION,
      },
    );
  });
});
