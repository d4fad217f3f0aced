import { describe, expect, test } from 'vitest';
import {
  contentHash,
  estimateSimilarity,
  minhashSignature,
  NearDuplicateIndex,
} from '../../../src/rag/dedupe.js';

// About 170 words: one changed word alters 5 of ~165 shingles, so the estimate stays well above 0.9.
const LISTING = [
  'We are looking for a Lead Backend Engineer to own the payments platform at a growing fintech company.',
  'You will design event-driven services in Kotlin and Go, run Kafka and PostgreSQL in production, and',
  'mentor a team of six engineers while working closely with product managers on a quarterly roadmap.',
  'Our services move money for small businesses across Europe, so correctness, observability and calm',
  'incident response matter to us more than shipping quickly. You will review designs, write code most',
  'days, pair with engineers on hard problems, and help us hire the next members of the team. You have',
  'eight years of backend experience, have led a team through at least one major migration, and can',
  'explain trade-offs clearly to people outside engineering. We offer a salary of 85,000 to 105,000 pounds,',
  'hybrid work from our London office two days a week, a learning budget, private health insurance,',
  'and a pension with a generous employer contribution. We interview in three stages: a conversation',
  'with the hiring manager, a system design session, and a meeting with the team you would lead.',
].join(' ');

const NEAR_COPY = LISTING.replace('six engineers', 'seven engineers');

const OTHER_LISTING = [
  'Our data team is hiring a Staff Machine Learning Engineer in Toronto to build recommendation models',
  'with PyTorch and Spark. You will partner with researchers to ship ranking experiments, maintain',
  'feature stores, and improve offline evaluation. Experience with large-scale training jobs on GPUs',
  'and strong Python skills are required. The role is fully remote within Canada and includes equity,',
  'a generous health plan, and four weeks of paid vacation every year.',
].join(' ');

describe('contentHash', () => {
  test('ignores case, punctuation and whitespace', () => {
    expect(contentHash('Lead Backend Engineer!', 'ACME')).toBe(
      contentHash('lead   backend\nengineer', 'acme.'),
    );
  });

  test('differs when a word differs', () => {
    expect(contentHash('Lead Backend Engineer')).not.toBe(contentHash('Lead Frontend Engineer'));
  });

  test('keeps the parts apart', () => {
    expect(contentHash('a b', 'c')).not.toBe(contentHash('a', 'b c'));
  });
});

describe('minhash similarity', () => {
  test('is 1 for the same text formatted differently', () => {
    expect(estimateSimilarity(minhashSignature(LISTING), minhashSignature(LISTING.toUpperCase()))).toBe(1);
  });

  test('is at least 0.9 for a near-identical listing', () => {
    expect(estimateSimilarity(minhashSignature(LISTING), minhashSignature(NEAR_COPY))).toBeGreaterThanOrEqual(
      0.9,
    );
  });

  test('is below 0.5 for a different listing', () => {
    expect(estimateSimilarity(minhashSignature(LISTING), minhashSignature(OTHER_LISTING))).toBeLessThan(0.5);
  });

  test('gives the same signature on every call', () => {
    expect(minhashSignature(LISTING)).toEqual(minhashSignature(LISTING));
  });
});

describe('NearDuplicateIndex', () => {
  const index = () => {
    const idx = new NearDuplicateIndex();
    idx.add('original', minhashSignature(LISTING));
    idx.add('other', minhashSignature(OTHER_LISTING));
    return idx;
  };

  test('finds the near-duplicate of a new listing', () => {
    expect(index().findSimilar('copy', minhashSignature(NEAR_COPY), 0.9)?.id).toBe('original');
  });

  test('reports the estimated similarity of the match', () => {
    const found = index().findSimilar('copy', minhashSignature(NEAR_COPY), 0.9);
    expect(found?.similarity).toBe(
      estimateSimilarity(minhashSignature(LISTING), minhashSignature(NEAR_COPY)),
    );
  });

  test('does not find a listing as a duplicate of itself', () => {
    expect(index().findSimilar('original', minhashSignature(LISTING), 0.9)).toBeUndefined();
  });

  test('finds nothing for a listing unlike any stored one', () => {
    const idx = new NearDuplicateIndex();
    idx.add('original', minhashSignature(LISTING));
    expect(idx.findSimilar('other', minhashSignature(OTHER_LISTING), 0.5)).toBeUndefined();
  });

  test('no longer finds a removed listing', () => {
    const idx = index();
    idx.remove('original');
    expect(idx.findSimilar('copy', minhashSignature(NEAR_COPY), 0.9)).toBeUndefined();
  });

  test('finds what exact band keys find, in the same order (bands kept as numbers, compared in full)', () => {
    // Signatures that share some bands with a query and not others, as near-duplicates do.
    const base = minhashSignature(LISTING);
    const variant = (seed: number) => {
      const s = Uint32Array.from(base);
      for (let i = 0; i < s.length; i++)
        if ((i * 7 + seed * 13) % 11 < seed % 4) s[i] = (s[i]! ^ (seed * 2654435761)) >>> 0;
      return s;
    };
    const idx = new NearDuplicateIndex();
    const stored = Array.from({ length: 40 }, (_, i) => [`v${i}`, variant(i)] as const);
    for (const [id, sig] of stored) idx.add(id, sig);
    idx.remove('v3');
    // The reference: a candidate shares a band exactly (every row of it); then the estimate decides.
    const bands = 16;
    const rows = base.length / bands;
    const shares = (a: Uint32Array, b: Uint32Array) =>
      Array.from({ length: bands }, (_, k) => k).some((k) =>
        a.subarray(k * rows, (k + 1) * rows).every((x, j) => x === b[k * rows + j]),
      );
    for (const threshold of [0.3, 0.6, 0.9]) {
      const expected = stored
        .filter(([id, sig]) => id !== 'v3' && shares(base, sig))
        .map(([id, sig]) => ({ id, similarity: estimateSimilarity(base, sig) }))
        .filter((c) => c.similarity >= threshold);
      const found = idx.similarAll('query', base, threshold);
      expect(new Set(found.map((f) => f.id))).toEqual(new Set(expected.map((e) => e.id)));
      expect(found.map((f) => f.similarity)).toEqual(
        [...expected.map((e) => e.similarity)].sort((a, b) => b - a),
      );
    }
  });

  test('ignores the removal of an id it never stored', () => {
    const idx = index();
    idx.remove('never-added');
    expect(idx.findSimilar('copy', minhashSignature(NEAR_COPY), 0.9)?.id).toBe('original');
  });
});
