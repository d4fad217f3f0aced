import { describe, expect, test } from 'vitest';
import { decodeKind, encodeKind } from '../../../src/rag/answer/compose/given.js';

// A descriptive kind is stored as each listing's index into its distinct values (by the listing's
// place in the corpus order) and the values' JSON, read back without parsing a value per listing.
describe('a stored descriptive kind', () => {
  const values = [
    { all: ['We run a two-stage interview: a call, then a paired session.'], kinds: ['pairing'] },
    { all: ['Entretien technique en français — 45 min, café offert ☕'], kinds: [] },
    ['Équipe à Zürich', 'a second sentence with "quotes" and \\ back-slashes'],
    { nested: { deep: [1, 2.5, null, true] } },
  ];
  const texts = values.map((v) => JSON.stringify(v));

  test('reads back each listing’s value, in any header length (alignment), with marks and emoji', () => {
    for (const keys of [null, ['id'], ['id', 'company', 'title', 'location']] as const) {
      const at = Int32Array.from([3, -1, 0, 0, 2, -1, 1]);
      const stored = decodeKind(encodeKind(at, texts, keys === null ? null : [...keys]));
      expect(stored.n).toBe(at.length);
      expect(stored.count).toBe(values.length);
      expect(stored.listingKeys).toEqual(keys === null ? null : [...keys]);
      expect([...stored.at]).toEqual([...at]);
      for (let k = 0; k < values.length; k++) {
        expect(stored.text(k)).toBe(texts[k]);
        expect(stored.value(k)).toEqual(values[k]);
        // Parsed once: the same object every time it is read.
        expect(stored.value(k)).toBe(stored.value(k));
      }
    }
  });

  test('a blob at any byte offset of its buffer is read the same; an aligned one is not copied', () => {
    const at = Int32Array.from([3, -1, 0, 0, 2, -1, 1]);
    const blob = encodeKind(at, texts, ['id']);
    for (const shift of [0, 1, 2, 3, 4, 5]) {
      const host = Buffer.alloc(blob.length + shift + 3, 0xee);
      blob.copy(host, shift);
      const placed = host.subarray(shift, shift + blob.length);
      const stored = decodeKind(placed);
      expect([...stored.at]).toEqual([...at]);
      for (let k = 0; k < values.length; k++) expect(stored.value(k)).toEqual(values[k]);
      // Aligned: views of the blob itself (its bytes held once); else a copy of its own.
      expect(stored.at.buffer === host.buffer).toBe(placed.byteOffset % 4 === 0);
    }
  });

  test('a kind no listing gives, and a corpus of no listings', () => {
    const none = decodeKind(encodeKind(new Int32Array(5).fill(-1), [], null));
    expect(none.count).toBe(0);
    expect([...none.at]).toEqual([-1, -1, -1, -1, -1]);
    const empty = decodeKind(encodeKind(new Int32Array(0), [], null));
    expect(empty.n).toBe(0);
  });

  test('anything else is refused, not misread (another format, a cut column)', () => {
    const blob = encodeKind(Int32Array.from([0, 1]), texts.slice(0, 2), null);
    expect(() => decodeKind(blob.subarray(0, blob.length - 3))).toThrow(/truncated/);
    const other = Buffer.from(JSON.stringify({ ids: ['a'], at: [0], distinct: [1] }));
    expect(() => decodeKind(other)).toThrow();
  });
});
