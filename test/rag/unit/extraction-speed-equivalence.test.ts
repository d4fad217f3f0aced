import fs from 'node:fs';
import path from 'node:path';
import { stemmer } from 'stemmer';
import { describe, expect, test } from 'vitest';
import { stemOf } from '../../../src/rag/analyze.js';
import { buildDocument } from '../../../src/rag/build-document.js';
import { chunkDocument } from '../../../src/rag/chunk.js';
import { minhashSignature, permute } from '../../../src/rag/dedupe.js';
import { extractListingFacts } from '../../../src/rag/extract/facts.js';
import { loadIndustries } from '../../../src/rag/extract/industry.js';
import { loadPipeline } from '../../../src/rag/pipeline.js';
import { type ValidRecord, validateRecord } from '../../../src/rag/record-schema.js';
import { parseMarkdownFile } from '../../../src/rag/sources/markdown.js';

// Round 11 (issue 16): two costs of extracting a changed listing made cheaper without changing
// what is stored. The industry regexes run only over texts holding their phrases' words; the
// MinHash permutations reduce modulo the prime without the floating-point remainder.

const industries = loadIndustries(path.join('data', 'taxonomy', 'industries.yaml'));

const texts = [
  ...fs
    .readdirSync(path.join('data', 'listings'))
    .slice(0, 60)
    .map((f) => fs.readFileSync(path.join('data', 'listings', f), 'utf8')),
  'We build core-banking software for credit unions and building societies. GOV.UK, B&Bs, e-money.',
  'WE BUILD CORE BANKING FOR CREDIT\u2011UNIONS; our players love the multiplayer arena game.',
  // Letters that match ASCII ones only under Unicode case folding: the long s, the Kelvin sign.
  'A \u017eaa\u017f platform: we \u017fell to hospitals and \u212aindergartens, paymentſ for merchants.',
  'Logística y última milla: warehouses, fulfilment and cold chain for grocery retailers.',
  '',
];

describe('industries: the word prefilter', () => {
  test('finds what running every regex over every text finds', () => {
    let found = 0;
    for (const text of texts)
      for (const input of [
        { title: 'Lead Engineer', company: 'Acme', description: text },
        { title: text.slice(0, 80), company: text.slice(0, 30), description: text.toUpperCase() },
        { title: 'Payments Lead', company: null, description: text.replace(/-/g, ' ') },
      ]) {
        const fast = industries.extract(input);
        expect(fast).toEqual(industries.extract(input, { prefilter: false }));
        found += fast.length;
      }
    expect(found).toBeGreaterThan(50);
  });
});

describe('MinHash: the reduction modulo the prime', () => {
  const PRIME = 4294967311;
  // The formula signatures were stored with (a remainder per step).
  const reference = (x: number, a: number, b: number) => {
    const hi = Math.floor(x / 65536);
    const lo = x % 65536;
    const partial = ((a * hi) % PRIME) * 65536;
    return ((partial % PRIME) + ((a * lo) % PRIME) + b) % PRIME;
  };

  test('gives the stored formula’s value, edges and a spread of inputs', () => {
    const edges = [0, 1, 65535, 65536, 2 ** 31, 2 ** 32 - 65536, 2 ** 32 - 1];
    const coefficients = [1, 2, 65537, 2 ** 32 - 1, 2 ** 32, PRIME - 2, PRIME - 1];
    for (const x of edges)
      for (const a of coefficients)
        for (const b of [0, 1, 2 ** 32 - 1, PRIME - 1]) expect(permute(x, a, b)).toBe(reference(x, a, b));
    // A fixed pseudo-random walk (no Math.random: the same inputs every run).
    let s = 12345;
    const next = () => {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      return s;
    };
    for (let i = 0; i < 20_000; i++) {
      const x = next();
      const a = (next() % (PRIME - 1)) + 1;
      const b = next() % PRIME;
      expect(permute(x, a, b)).toBe(reference(x, a, b));
    }
  });

  test('a signature is unchanged (one known value)', () => {
    const signature = minhashSignature(
      'Lead backend engineer building payments infrastructure in Go and Kafka',
    );
    expect(signature.length).toBe(64);
    expect(Array.from(signature.slice(0, 4))).toEqual(KNOWN_FIRST_FOUR);
  });
});

// Computed by the code before this change.
const KNOWN_FIRST_FOUR = [167751786, 540793203, 308826184, 465688130];

describe('a document built with each text counted once', () => {
  // Round 12: `buildDocument` counts each text's skills once for the facts and the chunks' skills
  // column (the title was counted again for every chunk, most chunk texts twice). The document is
  // the one counting every text each time gives.
  const pipeline = loadPipeline('data');
  const records: Array<ValidRecord & { sourceName: string }> = [];
  for (const folder of ['listings', 'guides'])
    for (const f of fs.readdirSync(path.join('data', folder)).slice(0, 40)) {
      const file = path.join('data', folder, f);
      for (const raw of parseMarkdownFile(
        file,
        fs.readFileSync(file, 'utf8'),
        folder === 'guides' ? 'guide' : 'listing',
      ).records) {
        const valid = validateRecord(raw);
        if ('ok' in valid) records.push({ ...valid.ok, sourceName: 'embedded' });
      }
    }

  test('equals the document of a count made afresh for every text', () => {
    expect(records.filter((r) => r.kind === 'listing').length).toBeGreaterThan(30);
    expect(records.filter((r) => r.kind === 'guide').length).toBeGreaterThan(5);
    const fresh = (text: string) => pipeline.taxonomy.countSkills(text);
    let skills = 0;
    for (const record of records) {
      const built = buildDocument(record, 'hash', pipeline);
      const chunks = chunkDocument(record.kind === 'guide' ? record.input.body : record.input.description);
      const withSkills = chunks.map((c) => ({
        ...c,
        skills: [
          ...new Set([record.input.title, c.heading ?? '', c.text].flatMap((t) => [...fresh(t).keys()])),
        ],
      }));
      expect(built.chunks).toEqual(withSkills);
      if (record.kind === 'listing') {
        expect(built.facts).toEqual(extractListingFacts(record.input, chunks, pipeline));
        skills += built.facts!.skills.length;
      }
    }
    expect(skills).toBeGreaterThan(300);
  });
});

describe('a word stemmed once', () => {
  // Round 12: the vector terms of every chunk a refresh embeds stem each word through a kept map.
  test('gives the stemmer’s stem, the first time and after, and after the map was emptied', () => {
    const words = [
      ...new Set(
        fs
          .readdirSync(path.join('data', 'listings'))
          .slice(0, 30)
          .flatMap(
            (f) =>
              fs
                .readFileSync(path.join('data', 'listings', f), 'utf8')
                .toLowerCase()
                .match(/[a-z]+/g) ?? [],
          ),
      ),
    ];
    expect(words.length).toBeGreaterThan(2000);
    for (const w of words) expect(stemOf(w)).toBe(stemmer(w));
    for (const w of words) expect(stemOf(w)).toBe(stemmer(w));
    // More distinct words than the map keeps: it is emptied and filled again.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (let i = 0; i < 110_000; i++) {
      const w =
        `${letters[i % 26]}${letters[Math.floor(i / 26) % 26]}${letters[Math.floor(i / 676) % 26]}ing${Math.floor(i / 17576)}`.replace(
          /\d+$/,
          (d) => letters.slice(0, Number(d) + 1),
        );
      if (i % 997 === 0) expect(stemOf(w)).toBe(stemmer(w));
      else stemOf(w);
    }
    for (const w of words.slice(0, 200)) expect(stemOf(w)).toBe(stemmer(w));
  });
});
