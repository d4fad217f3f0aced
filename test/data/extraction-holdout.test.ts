import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import type { ListingSummary } from '../../src/storage/corpus-reader.js';
import { testApp } from '../support/temp.js';

// Listings written after the extraction rules, by an author who never read them: the honest
// measure of how extraction generalises. Measured 24 of 24 on every field (2026-11-28); the
// thresholds leave room for one miss per field.
const DIR = path.join(PROJECT_ROOT, 'test/fixtures/extraction-holdout');
const keys = fs
  .readFileSync(path.join(DIR, 'key.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map(
    (l) =>
      JSON.parse(l) as {
        id: string;
        seniority: string;
        remote: string;
        yearsMin: number | null;
        salary: { min: number; max: number; currency: string; period: string } | null;
        skills: string[];
      },
  );

let byId: Map<string, ListingSummary>;

beforeAll(async () => {
  const { app } = testApp();
  const report = await app.ingest({ sources: [path.join(DIR, 'listings')], embedded: false });
  expect(report.issues).toEqual([]);
  byId = new Map(
    app
      .reader()!
      .listings()
      .map((l) => [l.id, l]),
  );
});

describe('extraction on held-out listings', () => {
  const agreement = (field: (l: ListingSummary, k: (typeof keys)[number]) => boolean) =>
    keys.filter((k) => byId.has(k.id) && field(byId.get(k.id)!, k)).length / keys.length;

  test('ingests every held-out listing', () => {
    expect(keys.every((k) => byId.has(k.id))).toBe(true);
  });

  test.each([
    ['seniority', 0.95, (l: ListingSummary, k: (typeof keys)[number]) => l.seniority === k.seniority],
    ['remote policy', 0.95, (l: ListingSummary, k: (typeof keys)[number]) => l.remote === k.remote],
    ['minimum years', 0.95, (l: ListingSummary, k: (typeof keys)[number]) => l.yearsMin === k.yearsMin],
    [
      'salary',
      0.95,
      (l: ListingSummary, k: (typeof keys)[number]) =>
        JSON.stringify(l.salary) ===
        JSON.stringify(
          k.salary && {
            min: k.salary.min,
            max: k.salary.max,
            currency: k.salary.currency,
            period: k.salary.period,
          },
        ),
    ],
  ])('%s agrees on at least %s of listings', (_name, threshold, field) => {
    expect(agreement(field)).toBeGreaterThanOrEqual(threshold);
  });
});
