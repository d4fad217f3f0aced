import { beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../src/app.js';
import { contextOf } from '../../src/rag/answer/compose/context.js';
import { type GivenKind, givenBy, givingAny } from '../../src/rag/answer/compose/given.js';
import { answerQuestion, decodeKind, givenColumnName } from '../../src/rag/answer/engine.js';
import { CorpusReader } from '../../src/storage/corpus/corpus-reader.js';
import { ingestedApp } from '../support/ingested.js';

let app: App;

beforeAll(async () => {
  app = (await ingestedApp({ scope: 'file' })).app;
}, 120_000);

// The descriptive questions read what each listing's text gives them once per generation and keep
// it: an answer worked out from the kept sentences must be the answer worked out from the text.
const questions = [
  'what is the interview process like for lead roles?',
  'do lead roles in Germany offer equity?',
  'which lead roles have on-call?',
  'are there contract lead roles?',
  'do lead roles offer visa sponsorship?',
  'what does a lead backend engineer do day to day?',
  'how do leads handle incidents and on-call?',
  'what is the interview process for fintech lead roles?',
];

describe('descriptive answers: the sentences kept per listing give the same answers', () => {
  test('every answer asked first equals the answer asked again, in another order', async () => {
    const first = new Map<string, string>();
    for (const q of questions) {
      const r = (await app.ask(q))!;
      expect(r.answer.length, q).toBeGreaterThan(40);
      first.set(q, r.answer);
    }
    for (const q of [...questions].reverse()) expect((await app.ask(q))!.answer, q).toBe(first.get(q));
  });

  test('the interview count is over every matching listing: at most those whose text names interviews', async () => {
    const r = (await app.ask(questions[0]!))!;
    const m = /\((\d+) of (\d+) describe them/.exec(r.answer);
    expect(m, r.answer).not.toBeNull();
    const reader = app.reader()!;
    const leads = reader.listings().filter((l) => l.seniority === 'lead');
    const naming = leads.filter((l) =>
      /interview|take-home|hiring process/i.test(reader.listing(l.id)!.description),
    );
    expect(Number(m![2])).toBe(leads.length);
    expect(Number(m![1])).toBeGreaterThan(0);
    expect(Number(m![1])).toBeLessThanOrEqual(naming.length);
  });
});

describe('descriptive answers: what each listing gives is stored with the generation at publish', () => {
  const kinds = [
    'relocation',
    'interview',
    'degree',
    'duties',
    'duties: 1',
    'duties: 2',
    'duties: 3',
    'duties: 4',
    'job term: equity',
    'job term: on-call',
    'job term: four-day week',
    'job term: part-time',
    'job term: contract',
    'job term: bonus',
  ];

  test('the published generation holds every kind, one index per open listing', () => {
    const reader = app.reader()!;
    const open = new Set(reader.listings().map((l) => l.id));
    for (const kind of kinds) {
      const blob = reader.storedColumn(givenColumnName(kind));
      expect(blob, kind).not.toBeNull();
      const stored = decodeKind(blob!);
      // By each open listing's place in the order: one index per open listing.
      expect(stored.n, kind).toBe(open.size);
      expect(stored.at.length, kind).toBe(open.size);
      let giving = 0;
      for (const k of stored.at) {
        if (k < 0) continue;
        giving++;
        expect(k, kind).toBeLessThan(stored.count);
        expect(stored.value(k), kind).not.toBeNull();
      }
      // The embedded corpus has no part-time listing; every other kind has some.
      if (kind !== 'job term: part-time') expect(giving, kind).toBeGreaterThan(0);
    }
    expect(reader.storedColumn('given no such kind')).toBeNull();
  });

  test("every listing's summary is stored too, and reads back as the tables give it", () => {
    const reader = app.reader()!;
    expect(reader.storedColumn('listing summaries')).not.toBeNull();
    const fromTables = new CorpusReader(reader.generation);
    fromTables.storedColumn = () => null;
    try {
      expect(reader.listings().length).toBeGreaterThan(100);
      expect(reader.listings()).toStrictEqual(fromTables.listings());
    } finally {
      fromTables.close();
    }
  });

  test('answers read from the stored kinds equal answers worked out from every listing text', () => {
    const deps = app.engineDeps()!;
    // The same generation read by a reader that finds nothing stored: every kind is worked out
    // from the listings' text as the questions come.
    const fromText = new CorpusReader(deps.reader.generation);
    fromText.storedColumn = () => null;
    const textDeps = { ...deps, reader: fromText };
    const asked = [
      ...questions,
      'do lead roles offer a four-day week or part-time hours?',
      'which lead roles mention equity or a bonus?',
      'is on-call or a bonus common for leads in Berlin?',
      'are there contract or part-time lead roles?',
      'how much do lead engineers still code?',
      'how do leads work with product managers on the roadmap?',
      'how do leads mentor and run code reviews?',
      'what mistakes do new leads make?',
      'can I get relocation help to the Netherlands?',
    ];
    // Listings read in full while answering the interview question: only those it shows, when the
    // kind is stored; every matching listing when it is worked out from the text.
    const reads = (r: CorpusReader) => {
      let n = 0;
      const listing = r.listing.bind(r);
      r.listing = (id) => {
        n++;
        return listing(id);
      };
      return () => n;
    };
    const storedReader = new CorpusReader(deps.reader.generation);
    const storedReads = reads(storedReader);
    const textReads = reads(fromText);
    const interviewQuestion = questions[0]!;
    const leads = deps.reader.listings().filter((l) => l.seniority === 'lead').length;
    try {
      expect(answerQuestion(interviewQuestion, { ...deps, reader: storedReader }).answer).toBe(
        answerQuestion(interviewQuestion, textDeps).answer,
      );
      expect(storedReads()).toBeLessThan(10);
      expect(textReads()).toBeGreaterThanOrEqual(leads);
      for (const q of asked) {
        const stored = answerQuestion(q, deps);
        const read = answerQuestion(q, textDeps);
        expect(stored.answer, q).toBe(read.answer);
        expect(stored.figures, q).toEqual(read.figures);
      }
    } finally {
      fromText.close();
      storedReader.close();
    }
  });
});

describe('the listings a stored kind gives anything for, read from its positions (givingAny)', () => {
  test('exactly the ids givenBy gives something for, in their order; an id outside the corpus kept', () => {
    const reader = app.reader()!;
    const ctx = contextOf(reader);
    const ids = reader.listings().map((l) => l.id);
    // Every id, in an order of their own (reversed, interleaved), and one no listing has.
    const asked = [
      ...ids.filter((_, i) => i % 2).reverse(),
      'no-such-listing',
      ...ids.filter((_, i) => !(i % 2)),
    ];
    const groups: GivenKind[][] = [
      ['job term: equity'],
      ['job term: on-call'],
      ['job term: part-time'],
      ['job term: four-day week', 'job term: part-time'],
      ['job term: equity', 'job term: bonus', 'job term: on-call'],
      ['interview'],
    ];
    for (const kinds of groups) {
      const giving = givingAny(ctx, kinds, asked);
      const expected = asked.filter(
        (id) => id === 'no-such-listing' || kinds.some((k) => givenBy(ctx, k, id) !== null),
      );
      expect(giving, kinds.join(' + ')).toEqual(expected);
      // Read from the stored kinds, not listing by listing.
      for (const k of kinds) expect(ctx.given.get(k)?.stored, k).toBeDefined();
    }
    // A kind with listings to give is narrowed; part-time (none in the embedded corpus) gives none.
    expect(givingAny(ctx, ['job term: equity'], ids).length).toBeGreaterThan(0);
    expect(givingAny(ctx, ['job term: equity'], ids).length).toBeLessThan(ids.length);
    expect(givingAny(ctx, ['job term: part-time'], ids)).toEqual([]);
  });

  test('a kind not stored (worked out from the text) narrows nothing', () => {
    const fromText = new CorpusReader(app.reader()!.generation);
    fromText.storedColumn = () => null;
    try {
      const ids = fromText.listings().map((l) => l.id);
      expect(givingAny(contextOf(fromText), ['job term: equity'], ids)).toEqual(ids);
    } finally {
      fromText.close();
    }
  });
});
