import { beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../src/app.js';
import type { AnswerResult } from '../../src/rag/answer/offline.js';
import { testApp } from '../support/temp.js';

let app: App;

beforeAll(async () => {
  app = testApp({ useRealCorpus: true, scope: 'file' }).app;
  await app.ingest({ sources: [], embedded: true });
}, 120_000);

const ask = async (q: string) => (await app.ask(q))!;

/** Every [n] in the answer has a citation, numbered 1..N in order of first use, each a retrieved document. */
function expectWellCited(result: AnswerResult) {
  const markers = [...result.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  const firstUse = [...new Set(markers)];
  expect(firstUse).toEqual(result.citations.map((c) => c.n));
  expect(result.citations.map((c) => c.n)).toEqual(result.citations.map((_, i) => i + 1));
  const reader = app.reader()!;
  for (const c of result.citations) {
    const listing = reader.listing(c.listingId);
    if (listing) expect(c.url).toBe(listing.url);
    else expect(c.listingId).toMatch(/^guide-/);
  }
}

describe('offline /ask', () => {
  test('requirements: the skills that recur across matching listings, with counts and citations', async () => {
    const result = await ask('what do lead backend roles in fintech require?');
    expect(result).toMatchObject({ kind: 'answered', mode: 'offline', questionKind: 'requirements' });
    expect(result.generation).toBe(app.reader()!.generation.id);
    expect(result.answer).toMatch(/- \*\*[\w+#./ -]+\*\*: \d+ of \d+ \[\d+\]/);
    expect(result.answer).toMatch(/Experience: a median of \d+\+ years/);
    expectWellCited(result);
  });

  test('skill frequency: counts agree with the extracted facts', async () => {
    const result = await ask('how common is kafka in lead roles?');
    expect(result.questionKind).toBe('skill_frequency');
    const leads = app
      .reader()!
      .listings()
      .filter((l) => l.seniority === 'lead');
    const withKafka = leads.filter((l) => l.skills.includes('Kafka')).length;
    expect(result.answer).toContain(`**Kafka**: named in ${withKafka} of ${leads.length}`);
    expectWellCited(result);
  });

  test('salary: only posted ranges, grouped by currency and period, never converted', async () => {
    const result = await ask('what do remote lead roles pay in europe?');
    expect(result.questionKind).toBe('salary');
    expect(result.answer).toMatch(/post a range\. By currency and period \(never converted\)/);
    expect(result.answer).toMatch(/\*\*EUR per year\*\* \(\d+ listings?\)/);
    expect(result.answer).toMatch(/do not post pay and are not counted/);
    expect(result.answer).not.toMatch(/≈|converted to|approximately/);
    expectWellCited(result);
  });

  test('comparison: the levels named, with facts per level and the guide', async () => {
    const result = await ask("lead vs staff vs engineering manager: what's the difference?");
    expect(result.questionKind).toBe('comparison');
    expect(result.answer).toMatch(/\*\*Lead\*\* \(\d+ listings\)/);
    expect(result.answer).toMatch(/\*\*Staff\*\* \(\d+ listings\)/);
    expect(result.answer).toMatch(/\*\*Manager\*\* \(\d+ listings\)/);
    expect(result.citations.some((c) => c.listingId === 'guide-lead-vs-senior-staff-manager')).toBe(true);
    expectWellCited(result);
  });

  test('one listing: named by its company, answered from its own facts', async () => {
    const result = await ask('tell me about the Ymir listing');
    expect(result.questionKind).toBe('listing');
    expect(result.citations[0]?.listingId).toBe('ymir-staff-backend-fleet-data');
    expect(result.answer).toContain('78,000–95,000 SEK per month (as posted)');
  });

  test('remote and visas: the visa answer leads', async () => {
    const result = await ask('which lead roles sponsor visas?');
    expect(result.questionKind).toBe('remote');
    expect(result.answer.split('\n')[1]).toMatch(/Relocation or visa help offered\*\*: \d+ of \d+/);
    // The example is a listing's own sentence offering help, and the refusals are counted apart.
    expect(result.answer.split('\n')[2]).toMatch(/e\.g\. “.*(?:visa|relocat|permit).*” \[\d+\]/i);
    expect(result.answer).not.toMatch(/e\.g\. “[^”]*(?:unable|can't|cannot|no sponsorship)/i);
    expectWellCited(result);
  });

  test.each(['best pizza in rome?', 'what is the weather tomorrow', 'write me a poem about cats'])(
    'off-topic "%s" is not covered',
    async (q) => {
      const result = await ask(q);
      expect(result).toMatchObject({ kind: 'not_covered', citations: [] });
      expect(result.answer).toMatch(/I can only answer from the job listings/);
    },
  );

  test('a place with no listings is not covered, rather than answered from elsewhere', async () => {
    const result = await ask('lead backend jobs in Uruguay?');
    expect(result.kind).toBe('not_covered');
    expect(result.answer).toMatch(/None of the listings in my corpus is in Uruguay/);
  });

  test('a 1 MB question is cut before retrieval and still answered', async () => {
    const result = await ask(`what do lead roles require? ${'kafka '.repeat(200_000)}`);
    expect(result.kind).toBe('answered');
  });
});
