import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import type { ListingSummary } from '../../src/storage/corpus/corpus-reader.js';
import { KEY_FIELDS, type KeyEntry, readKeys } from '../support/answer-keys.js';
import { testApp } from '../support/temp.js';

// Listings written after the extraction rules, by an author who never read them: the honest
// measure of how extraction generalises. Measured 24 of 24 on every field (2026-11-28); the
// threshold leaves room for one miss per field.
const DIR = path.join(PROJECT_ROOT, 'test/fixtures/extraction-holdout');
const keys = readKeys(path.join(DIR, 'key.jsonl'));

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
  const agreement = (field: (l: ListingSummary, k: KeyEntry) => boolean) =>
    keys.filter((k) => byId.has(k.id) && field(byId.get(k.id)!, k)).length / keys.length;

  test('ingests every held-out listing', () => {
    expect(keys.every((k) => byId.has(k.id))).toBe(true);
  });

  test.each(KEY_FIELDS)('%s agrees on at least 95% of listings', (_name, field) => {
    expect(agreement(field)).toBeGreaterThanOrEqual(0.95);
  });
});
