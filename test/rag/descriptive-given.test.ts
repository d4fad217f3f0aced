import { beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../src/app.js';
import { testApp } from '../support/temp.js';

let app: App;

beforeAll(async () => {
  app = testApp({ useRealCorpus: true, scope: 'file' }).app;
  await app.ingest({ sources: [], embedded: true });
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
  test('every answer asked first (read from the text) equals the answer asked again, in another order', async () => {
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
