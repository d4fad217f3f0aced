import { expect, test } from 'vitest';
import { testApp } from '../support/temp.js';

// listings() and allListingFacts() read every listing in a few passes over whole tables; each
// must say exactly what the one-listing query says of that listing (skills and industries in the
// same order), and nothing about closed listings.
test('every listing read in bulk equals the same listing read alone', async () => {
  const { app } = testApp({ useRealCorpus: true });
  await app.ingest({ sources: [], embedded: true });
  const reader = app.reader()!;
  const all = reader.listings();
  const facts = reader.allListingFacts();
  expect(all.length).toBeGreaterThan(100);
  expect(facts.map((l) => l.id)).toEqual(all.map((l) => l.id));
  expect(all.some((l) => l.industries.length > 1)).toBe(true);
  facts.forEach((l, i) => {
    const alone = reader.listing(l.id)!;
    const { skillDetails, ...summary } = l;
    expect(summary).toEqual(all[i]);
    expect(skillDetails).toEqual(alone.skillDetails);
    for (const key of Object.keys(summary) as Array<keyof typeof summary>)
      expect(summary[key], `${l.id} ${key}`).toEqual(alone[key]);
  });
  app.close();
}, 120_000);
