import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadAnswerCases } from '../../../src/rag/answer/eval.js';
import { listingIdIn, listingsOf, titleWordHits } from '../../../src/rag/answer/plan/corpus-index.js';
import type { PlannerDeps } from '../../../src/rag/answer/plan/index.js';

// The embedded corpus's listings, read from their files (id, title, company of the front matter),
// and ids that are parts of other ids ("gen-1" in "gen-12"), with marks and capitals.
const listingsDir = path.resolve(import.meta.dirname, '../../../data/listings');
const embedded = fs
  .readdirSync(listingsDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => {
    const head = fs.readFileSync(path.join(listingsDir, f), 'utf8').split('\n---')[0]!;
    const field = (k: string) => new RegExp(`^${k}:\\s*(.+)$`, 'm').exec(head)?.[1]?.trim() ?? '';
    return { id: field('id'), title: field('title'), company: field('company') };
  });
// Also ids with the characters a character class escapes (] [ ^ - \\) and an astral one.
const edges = ['gen-12', 'gen-1', 'src:gen-123', 'a.b_c', 'X-1', 'gen-12', 'q[1]^2\\x', 'ü-😀-7'].map(
  (id, i) => ({
    id,
    title: ['Lead Rust API Gateway Engineer', 'Lead C++ Trading Engineer', 'Lead Go Engineer'][i % 3]!,
    company: i % 2 ? 'Nova Pay' : 'Acme',
  }),
);
const listings: PlannerDeps['listings'] = [...embedded, ...edges];

const questions = [
  ...loadAnswerCases(path.resolve(import.meta.dirname, '../../../data/eval/answers.jsonl')).map(
    (c) => c.question,
  ),
  ...listings.slice(0, 40).map((l) => `tell me about ${l.id}, is it remote?`),
  ...listings.slice(40, 80).map((l) => `the ${l.title} role at ${l.company}: how do they interview?`),
  'what about gen-123 and gen-12?',
  'is gen-1234 open',
  'src:gen-123!',
  'a.b_c x-1 X-1',
  'is q[1]^2\\x open? and ü-😀-7?',
  'q[1]^2 ü-😀',
  'the rust api gateway role and the c++ trading role',
  '',
];

describe('the planner corpus index gives what a pass over every listing gave', () => {
  test('listingIdIn: the first listing whose id the text contains', () => {
    let found = 0;
    for (const q of questions) {
      const lower = q.toLowerCase();
      for (const text of [q, lower]) {
        const expected = listings.find((l) => text.includes(l.id));
        expect(listingIdIn(text, listings), text).toBe(expected);
        if (expected) found++;
      }
    }
    expect(found).toBeGreaterThan(40);
    expect(listingIdIn('anything', [])).toBeUndefined();
  });

  test("listingsOf: a company's listings in order", () => {
    for (const company of new Set(listings.map((l) => l.company)))
      expect(listingsOf(company, listings)).toEqual(listings.filter((l) => l.company === company));
    expect(listingsOf('No Such Company', listings)).toEqual([]);
  });

  test('titleWordHits: every listing sharing at least two title words, in order', () => {
    const generic = new Set(['lead', 'engineer', 'the']);
    const wordsOf = (title: string) =>
      (title.toLowerCase().match(/[\p{L}\p{N}+#]+/gu) ?? []).filter((w) => w.length > 1 && !generic.has(w));
    let nonEmpty = 0;
    for (const q of questions) {
      const lower = q.toLowerCase();
      const expected = listings
        .map((l) => ({
          l,
          hits: [...new Set(wordsOf(l.title))].filter((w) =>
            new RegExp(
              `(?:^|[^\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}\\p{N}])`,
              'u',
            ).test(lower),
          ).length,
        }))
        .filter((x) => x.hits >= 2);
      expect(titleWordHits(lower, listings, wordsOf, 2), q).toEqual(expected);
      if (expected.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(20);
  });
});
