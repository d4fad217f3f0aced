import { fnv1a } from '../hash.js';

/**
 * Hashed character n-grams (3–5) of each term, signed feature hashing into a fixed number of
 * dimensions. Needs no training and tolerates typos ("kubernates" shares most n-grams with
 * "kubernetes"), but knows nothing of meaning beyond spelling.
 */
export class HashedNgramModel {
  constructor(readonly dimensions = 512) {}

  embed(terms: string[]): Float32Array {
    const out = new Float32Array(this.dimensions);
    for (const term of terms) {
      const weight = term.startsWith('skill:') ? 2 : 1;
      const padded = term.startsWith('skill:') ? term : `<${term}>`;
      for (let n = 3; n <= 5; n++) {
        for (let i = 0; i + n <= padded.length; i++) {
          const h = fnv1a(padded.slice(i, i + n));
          out[h % this.dimensions]! += (h & 0x80000000 ? -1 : 1) * weight;
        }
      }
    }
    let squares = 0;
    for (const v of out) squares += v * v;
    const norm = Math.sqrt(squares) || 1;
    for (let i = 0; i < out.length; i++) out[i]! /= norm;
    return out;
  }
}
