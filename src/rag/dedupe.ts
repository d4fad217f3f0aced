import { createHash } from 'node:crypto';
import { fnv1a } from './hash.js';

// MinHash over word 5-shingles, banded for locality-sensitive lookup. Written here rather than
// taken from npm: the registry's minhash packages are unmaintained, and this is ~60 lines.
const PERMUTATIONS = 64;
const BANDS = 16;
const ROWS = PERMUTATIONS / BANDS;
const SHINGLE = 5;
const PRIME = 4294967311; // smallest prime above 2^32

// Fixed coefficients (derived from a seed) so signatures stored in one generation stay comparable in the next.
const COEFFICIENTS: Array<[number, number]> = Array.from({ length: PERMUTATIONS }, (_, i) => {
  const h = createHash('sha256').update(`roleradar-minhash-${i}`).digest();
  return [(h.readUInt32BE(0) % (PRIME - 1)) + 1, h.readUInt32BE(4) % PRIME];
});

/**
 * v mod PRIME for an integer 0 ≤ v < 2^53, exactly, without the floating-point remainder (`%` on
 * numbers above 2^31 is a call into the runtime's fmod, most of a signature's cost): the quotient
 * by a rounded division, one step of correction when the rounding took it one off.
 */
function modPrime(v: number): number {
  const r = v - Math.floor(v / PRIME) * PRIME;
  return r < 0 ? r + PRIME : r >= PRIME ? r - PRIME : r;
}

/** (a·x + b) mod p without losing precision above 2^53: split x into 16-bit halves. */
export function permute(x: number, a: number, b: number): number {
  const hi = Math.floor(x / 65536);
  const lo = x & 0xffff;
  // Every term below 2^49, their sum below 2^53: one reduction of the sum.
  return modPrime(modPrime(a * hi) * 65536 + a * lo + b);
}

const COEFFICIENT_A = Float64Array.from(COEFFICIENTS, ([a]) => a);
const COEFFICIENT_B = Float64Array.from(COEFFICIENTS, ([, b]) => b);

/** Lowercased words, punctuation dropped: the comparison ignores formatting. */
function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** A content hash that ignores case, punctuation and whitespace: the exact-duplicate key. */
export function contentHash(...parts: string[]): string {
  return createHash('sha256')
    .update(parts.map((p) => words(p).join(' ')).join('\u0000'))
    .digest('hex');
}

export function minhashSignature(text: string): Uint32Array {
  const tokens = words(text);
  const signature = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  const count = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < count; i++) {
    const shingle = fnv1a(tokens.slice(i, i + SHINGLE).join(' '));
    // `permute(shingle, a, b)` for each permutation, inlined.
    const hi = Math.floor(shingle / 65536);
    const lo = shingle & 0xffff;
    for (let p = 0; p < PERMUTATIONS; p++) {
      const a = COEFFICIENT_A[p]!;
      const v = modPrime(modPrime(a * hi) * 65536 + a * lo + COEFFICIENT_B[p]!) >>> 0;
      if (v < signature[p]!) signature[p] = v;
    }
  }
  return signature;
}

export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  return same / PERMUTATIONS;
}

/** Finds near-duplicates among signatures: LSH buckets propose candidates, the estimate confirms them. */
export class NearDuplicateIndex {
  // Each band's rows hashed to a number (no key string per band and document: at 100,000 listings
  // the string keys were most of a refresh's reconcile stage); a bucket holds one id or several,
  // and a candidate counts only when its band's rows are equal, so collisions change nothing.
  private readonly buckets = new Map<number, string | string[]>();
  private readonly signatures = new Map<string, Uint32Array>();

  add(id: string, signature: Uint32Array): void {
    this.signatures.set(id, signature);
    for (let b = 0; b < BANDS; b++) {
      const key = bandHash(signature, b);
      const bucket = this.buckets.get(key);
      if (bucket === undefined) this.buckets.set(key, id);
      else if (typeof bucket === 'string') this.buckets.set(key, [bucket, id]);
      else bucket.push(id);
    }
  }

  remove(id: string): void {
    const signature = this.signatures.get(id);
    if (!signature) return;
    this.signatures.delete(id);
    for (let b = 0; b < BANDS; b++) {
      const key = bandHash(signature, b);
      const bucket = this.buckets.get(key);
      if (bucket === undefined) continue;
      if (typeof bucket === 'string') {
        if (bucket === id) this.buckets.delete(key);
        continue;
      }
      const list = bucket.filter((x) => x !== id);
      if (list.length === 0) this.buckets.delete(key);
      else this.buckets.set(key, list.length === 1 ? list[0]! : list);
    }
  }

  signatureOf(id: string): Uint32Array | undefined {
    return this.signatures.get(id);
  }

  /** The stored documents sharing a band with `signature`, each once, in the order the bands find them. */
  private *candidates(id: string, signature: Uint32Array): Generator<[string, Uint32Array]> {
    const seen = new Set<string>();
    for (let b = 0; b < BANDS; b++) {
      const bucket = this.buckets.get(bandHash(signature, b));
      if (bucket === undefined) continue;
      for (const other of typeof bucket === 'string' ? [bucket] : bucket) {
        if (other === id || seen.has(other)) continue;
        const theirs = this.signatures.get(other)!;
        if (!sameBand(signature, theirs, b)) continue;
        seen.add(other);
        yield [other, theirs];
      }
    }
  }

  /** Every stored document at or above the threshold other than `id`, most similar first. */
  similarAll(
    id: string,
    signature: Uint32Array,
    threshold: number,
  ): Array<{ id: string; similarity: number }> {
    const out: Array<{ id: string; similarity: number }> = [];
    for (const [other, theirs] of this.candidates(id, signature)) {
      const similarity = estimateSimilarity(signature, theirs);
      if (similarity >= threshold) out.push({ id: other, similarity });
    }
    return out.sort((a, b) => b.similarity - a.similarity);
  }

  /** The most similar stored document at or above the threshold, other than `id` itself. */
  findSimilar(
    id: string,
    signature: Uint32Array,
    threshold: number,
  ): { id: string; similarity: number } | undefined {
    let best: { id: string; similarity: number } | undefined;
    for (const [other, theirs] of this.candidates(id, signature)) {
      const similarity = estimateSimilarity(signature, theirs);
      if (similarity >= threshold && (!best || similarity > best.similarity))
        best = { id: other, similarity };
    }
    return best;
  }
}

/** Band `b` of a signature as a 32-bit number (FNV-1a over its rows and the band's number). */
function bandHash(signature: Uint32Array, b: number): number {
  let h = (0x811c9dc5 ^ b) >>> 0;
  for (let i = b * ROWS; i < (b + 1) * ROWS; i++) {
    const x = signature[i]!;
    h = Math.imul(h ^ (x & 0xffff), 0x01000193);
    h = Math.imul(h ^ (x >>> 16), 0x01000193);
  }
  return h >>> 0;
}

/** Whether two signatures agree on every row of band `b` (what the band's key stood for). */
function sameBand(a: Uint32Array, b: Uint32Array, band: number): boolean {
  for (let i = band * ROWS; i < (band + 1) * ROWS; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A line's key for boilerplate counting: its words, numbers folded (a pay block differs only in them). */
function lineKey(line: string): string {
  return words(line.replace(/\d[\d,.]*/g, '#')).join(' ');
}

/**
 * The lines a source repeats across its postings (its intro, equal-opportunity text, pay and
 * benefits block): a line found in at least half of a source's postings, and in at least two. A
 * source with fewer than three postings teaches nothing (two postings may simply be one role).
 */
export function learnBoilerplate(descriptions: string[]): Set<string> {
  const boiler = new Set<string>();
  if (descriptions.length < 3) return boiler;
  const counts = new Map<string, number>();
  for (const text of descriptions) {
    const keys = new Set(
      text
        .split('\n')
        .map(lineKey)
        .filter((k) => k.length > 0),
    );
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(descriptions.length / 2));
  for (const [k, n] of counts) if (n >= needed) boiler.add(k);
  return boiler;
}

/**
 * The role text of a posting: its description without the source's boilerplate lines, for
 * near-duplicate comparison across boards that wrap the same role in their own text. When little
 * is left (a posting that is mostly boilerplate), the whole description is compared instead.
 */
export function roleText(description: string, boilerplate: ReadonlySet<string>): string {
  if (boilerplate.size === 0) return description;
  const kept = description.split('\n').filter((line) => !boilerplate.has(lineKey(line)));
  const text = kept.join('\n');
  return words(text).length >= Math.min(40, words(description).length / 4) ? text : description;
}
