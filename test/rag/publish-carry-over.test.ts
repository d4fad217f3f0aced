import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../src/app.js';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { givenKindReading } from '../../src/rag/answer/compose/given.js';
import {
  decodeKind,
  GIVEN_ORDER_COLUMN,
  GIVEN_STAMP_COLUMN,
  givenColumnName,
  givenColumns,
  givenStamp,
} from '../../src/rag/answer/engine.js';
import {
  type Carry,
  CorpusReader,
  carryFrom,
  LISTING_SUMMARIES,
  LISTING_VERSIONS,
  QUERY_VOCABULARY,
  summaryColumns,
} from '../../src/storage/corpus/corpus-reader.js';
import { testApp } from '../support/temp.js';

// A refresh publishes every open listing's summary and what its text gives each descriptive kind.
// For the listings the refresh did not rewrite it carries the parent's values over (when the
// parent's were made by this code); what it publishes must be what working everything out again
// gives, and a listing the refresh changed must get its new values.

const CHANGED = 'aldermoor-lead-backend-engineer-kotlin-core-banking';
const BEFORE = 'The process consists of an initial interview with HR and the hiring manager';
const AFTER = 'The process consists of one paired-programming interview with two engineers';

let app: App;
let corpusDir: string;
let lines: string[] = [];

/** The embedded corpus, copied so a listing can be changed between two refreshes. */
function embeddedFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ['listings', 'guides'])
    for (const name of fs.readdirSync(path.join(PROJECT_ROOT, 'data', folder)))
      files[`${folder}/${name}`] = fs.readFileSync(path.join(PROJECT_ROOT, 'data', folder, name), 'utf8');
  return files;
}

/** A reader of the serving generation that never reads what it stored (as if published without it). */
function unstoredReader(): CorpusReader {
  return CorpusReader.staged('not-this-generation', app.reader()!.generation.databaseFile);
}

/** A reader that counts the listings it reads in full. */
function counting(reader: CorpusReader) {
  let read = 0;
  return {
    reader: {
      listings: () => reader.listings(),
      listing: (id: string) => {
        read++;
        return reader.listing(id);
      },
    },
    read: () => read,
  };
}

const publishSteps = () => lines.filter((l) => l.startsWith('info Publish steps:'));

beforeAll(async () => {
  const built = testApp({ corpus: embeddedFiles(), scope: 'file' });
  app = built.app;
  corpusDir = built.corpusDir;
  lines = built.log.lines;
  await app.ingest({ sources: [], embedded: true });
  const file = path.join(corpusDir, 'listings', `${CHANGED}.md`);
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain(BEFORE);
  fs.writeFileSync(file, text.replace(BEFORE, AFTER));
  await app.ingest({ sources: [], embedded: true });
}, 240_000);

describe('a refresh carries over what its parent derived for the listings it did not rewrite', () => {
  test('only the changed listing is taken as rewritten', () => {
    const steps = publishSteps();
    expect(steps).toHaveLength(2);
    // The first publish has no parent; the refresh rewrote one listing of 162.
    expect(steps[0]).toContain(' 0 listing(s) not rewritten');
    expect(steps[1]).toContain(' 161 listing(s) not rewritten');
  });

  test('the published summaries and descriptive kinds equal those worked out again from every listing', () => {
    const reader = app.reader()!;
    const again = unstoredReader();
    try {
      expect(
        reader.storedColumn(LISTING_SUMMARIES)!.equals(summaryColumns(again).get(LISTING_SUMMARIES)!),
      ).toBe(true);
      const full = givenColumns(again);
      expect(full.size).toBeGreaterThan(10);
      for (const [name, value] of full)
        expect(reader.storedColumn(name)!.equals(Buffer.from(value)), name).toBe(true);
      expect(reader.storedColumn(GIVEN_STAMP_COLUMN)!.toString('utf8')).toBe(givenStamp());
    } finally {
      again.close();
    }
  });

  test('each kind as stored is what reading it from every listing alone gives (the text split once per listing)', () => {
    // givenColumns goes listing by listing, every kind of one listing reading the same split
    // (`clausesOf`, `sentencesOf` keep the last text's); here kind by kind, so every read splits
    // the text again after another listing's.
    const reader = app.reader()!;
    const again = unstoredReader();
    try {
      const order = JSON.parse(reader.storedColumn(GIVEN_ORDER_COLUMN)!.toString('utf8')) as string[];
      const details = order.map((id) => again.listing(id)!);
      const stripped = (v: unknown, keys: string[] | null) => {
        if (v === null || !keys) return v;
        const { l: _l, ...rest } = v as { l: unknown };
        return rest;
      };
      let kinds = 0;
      let giving = 0;
      for (const name of givenColumns(again).keys()) {
        if (name === GIVEN_ORDER_COLUMN || name === GIVEN_STAMP_COLUMN) continue;
        const kind = name.slice(givenColumnName('').length);
        const stored = decodeKind(reader.storedColumn(name)!);
        const read = givenKindReading(kind as Parameters<typeof givenKindReading>[0]);
        kinds++;
        details.forEach((l, i) => {
          const k = stored.at[i]!;
          const value = read(l);
          expect(k < 0 ? null : stored.value(k), `${kind} ${l.id}`).toEqual(
            stripped(value, stored.listingKeys),
          );
          if (k >= 0) giving++;
        });
      }
      expect(kinds).toBeGreaterThan(30);
      expect(giving).toBeGreaterThan(500);
    } finally {
      again.close();
    }
  });

  test('the changed listing carries its new interview sentence, not its parent’s', () => {
    const reader = app.reader()!;
    const stored = decodeKind(reader.storedColumn(givenColumnName('interview'))!);
    // Stored by the listing's place in the order, which is stored beside the kinds.
    const order = JSON.parse(reader.storedColumn(GIVEN_ORDER_COLUMN)!.toString('utf8')) as string[];
    expect(order).toEqual(reader.listings().map((l) => l.id));
    const value = stored.value(stored.at[order.indexOf(CHANGED)]!) as { all: string[] };
    expect(value.all.join(' ')).toContain('paired-programming interview');
    expect(value.all.join(' ')).not.toContain('initial interview with HR');
  });

  test('with the parent’s stamp, only the rewritten listings are read; with another stamp, all are', () => {
    const reader = app.reader()!;
    const open = reader.listings().length;
    // The serving generation as a parent: every listing unchanged but one.
    const parentOf = (stamp: string): Carry => ({
      parent: reader.generation.id,
      unchanged: new Set(
        reader
          .listings()
          .map((l) => l.id)
          .filter((id) => id !== CHANGED),
      ),
      summaries: true,
      column: (name) => (name === GIVEN_STAMP_COLUMN ? Buffer.from(stamp) : reader.storedColumn(name)),
    });
    const same = counting(unstoredReader() as CorpusReader);
    const carried = givenColumns(same.reader, parentOf(givenStamp()));
    expect(same.read()).toBe(1);
    const other = counting(unstoredReader() as CorpusReader);
    const recomputed = givenColumns(other.reader, parentOf('given 0 another-code'));
    expect(other.read()).toBe(open);
    // Either way the same columns.
    expect([...carried]).toEqual([...recomputed]);
  });

  test('a parent without stored versions carries nothing over; the versions name every open listing', () => {
    const reader = app.reader()!;
    expect(carryFrom(reader, 'no-such-generation').carry).toBeNull();
    const { carry, columns } = carryFrom(reader, reader.generation.id);
    const versions = JSON.parse(columns.get(LISTING_VERSIONS)!) as { ids: string[]; keys: string[] };
    expect(new Set(versions.ids)).toEqual(new Set(reader.listings().map((l) => l.id)));
    // Compared with itself, nothing was rewritten.
    expect(carry!.unchanged.size).toBe(reader.listings().length);
  });

  test('the full-text vocabulary is stored at publish, as a scan of the index reads it (same order)', () => {
    const reader = app.reader()!;
    expect(reader.storedColumn(QUERY_VOCABULARY)).not.toBeNull();
    const stored = reader.queryVocabulary();
    const scanned = reader.searchIndex().vocabularyScan();
    expect(stored.vocabulary.size).toBeGreaterThan(1000);
    expect([...stored.vocabulary]).toEqual([...scanned.vocabulary]);
    expect([...stored.commonTerms]).toEqual([...scanned.commonTerms]);
  });

  test("listing titles read through the summaries equal the titles' own query", () => {
    const file = app.reader()!.generation.databaseFile;
    const plain = CorpusReader.staged('plain', file);
    const viaSummaries = CorpusReader.staged('summaries', file);
    try {
      viaSummaries.listings();
      expect(viaSummaries.listingTitles()).toEqual(plain.listingTitles());
      expect(plain.listingTitles().length).toBeGreaterThan(100);
    } finally {
      plain.close();
      viaSummaries.close();
    }
  });
});
