import { beforeAll, expect, test } from 'vitest';
import type { App } from '../../src/app.js';
import { type Profile, recommend } from '../../src/rag/recommend.js';
import { seededRandom } from '../../src/rag/seeded-random.js';
import { ingestedApp } from '../support/ingested.js';

// recommend() scores every listing but sorts and explains only those at or above the score of the
// 64·k-th best (the whole corpus when the spread across companies uses them up). The first j of
// k = 10 must be exactly what k = j gives: with j = 1 or 2 on the 162 embedded listings the
// partial ranking is taken (64·j < 162), with k = 10 the full one.
let app: App;

beforeAll(async () => {
  app = (await ingestedApp({ scope: 'file' })).app;
}, 120_000);

test('the partial ranking gives the same first results as the full one, over random profiles', () => {
  const listings = app.reader()!.listings();
  const table = app.reader()!.listingSkills();
  const skills = [...new Set(listings.flatMap((l) => l.skills))].sort();
  const places = ['Berlin', 'Germany', 'London', 'europe', 'Amsterdam', 'United States', 'remote', 'nowhere'];
  const random = seededRandom(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  for (let run = 0; run < 60; run++) {
    const profile: Profile = {
      skills: Array.from({ length: Math.floor(random() * 5) }, () => pick(skills)),
      ...(random() < 0.5 ? { years: Math.floor(random() * 15) } : {}),
      ...(random() < 0.4 ? { location: pick(places) } : {}),
      ...(random() < 0.3 ? { remote: true } : {}),
      ...(random() < 0.3
        ? {
            minSalary: {
              amount: 60_000 + Math.floor(random() * 120_000),
              currency: pick(['EUR', 'USD', 'GBP']),
            },
          }
        : {}),
      ...(random() < 0.4 ? { seniority: pick(['senior', 'lead', 'staff'] as const) } : {}),
    };
    const full = recommend(listings, table, profile, app.pipeline.gazetteer, 10);
    expect(full.length).toBe(10);
    for (const j of [1, 2, 3])
      expect(recommend(listings, table, profile, app.pipeline.gazetteer, j), JSON.stringify(profile)).toEqual(
        full.slice(0, j),
      );
  }
});
