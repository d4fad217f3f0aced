import { expect, test } from 'vitest';
import { ingestedApp } from '../support/ingested.js';

// listings() and listingSkills() read every listing in a few passes over whole tables; each
// must say exactly what the one-listing query says of that listing (skills and industries in the
// same order), and nothing about closed listings.
test('every listing read in bulk equals the same listing read alone', async () => {
  const { app } = await ingestedApp();
  const reader = app.reader()!;
  const all = reader.listings();
  const skills = reader.listingSkills();
  expect(all.length).toBeGreaterThan(100);
  expect(all.some((l) => l.industries.length > 1)).toBe(true);
  expect(all.some((l) => skills.details(l.id).some((s) => s.mentions > 1))).toBe(true);
  all.forEach((summary, i) => {
    const alone = reader.listing(summary.id)!;
    expect(skills.row(summary.id)).toBe(i);
    expect(skills.details(summary.id)).toEqual(alone.skillDetails);
    for (const key of Object.keys(summary) as Array<keyof typeof summary>)
      expect(summary[key], `${summary.id} ${key}`).toEqual(alone[key]);
  });
  // A closed or unknown listing has no row and no skills.
  expect(skills.row('no-such-listing')).toBe(-1);
  expect(skills.details('no-such-listing')).toEqual([]);
  app.close();
}, 120_000);
