import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import {
  IndustryFileError,
  loadIndustries,
  parseIndustries,
  resolveIndustryList,
} from '../../src/rag/extract/industry.js';
import { listingMarkdown, testApp } from '../support/temp.js';

const industries = loadIndustries(path.join(PROJECT_ROOT, 'data', 'taxonomy', 'industries.yaml'));

describe('industry taxonomy', () => {
  test('members name industries in their own words', () => {
    expect(industries.resolve('Healthtech')).toBe('health');
    expect(industries.resolve('gaming')).toBe('games');
    expect(industries.resolve('E-Commerce')).toBe('ecommerce');
    expect(industries.resolve('insurtech')).toBe('insurance');
    expect(industries.resolve('knitting')).toBeNull();
    expect(resolveIndustryList(industries, 'fintech, games , knitting')).toEqual({
      ids: ['fintech', 'games'],
      unknown: ['knitting'],
    });
  });

  test('a parent takes its children, a child not its parent', () => {
    const fintech = industries.expand(['fintech']);
    for (const child of ['payments', 'banking', 'lending', 'crypto']) expect(fintech.has(child)).toBe(true);
    expect(fintech.has('insurance')).toBe(false);
    expect([...industries.expand(['payments'])]).toEqual(['payments']);
  });

  test('finds the industries a question names, in order', () => {
    expect(industries.mentions('pay for lead roles in healthtech vs fintech?')).toEqual([
      'health',
      'fintech',
    ]);
    expect(industries.mentions('what do leads need to know?')).toEqual([]);
  });

  test('reads the employer’s industry from its own description, with the sentence that shows it', () => {
    const found = industries.extract({
      title: 'Lead Backend Engineer, Matchmaking',
      company: 'Northwind Interactive',
      description:
        'Every match of our naval arena game starts in a queue. About 1.4 million players a day expect a fair game in under 40 s.\n\n## Stack\nGo, Redis, Kubernetes.',
    });
    expect(found[0]?.id).toBe('games');
    expect(found[0]?.evidence).toBe('Every match of our naval arena game starts in a queue.');
  });

  test('a sentence does not end inside a number ("£1.9bn")', () => {
    const found = industries.extract({
      title: 'Lead Backend Engineer',
      company: 'Acme',
      description: 'We process around £1.9bn in card payments every month for 4,000 merchants. We like tea.',
    });
    expect(found[0]?.id).toBe('payments');
    expect(found[0]?.evidence).toBe(
      'We process around £1.9bn in card payments every month for 4,000 merchants.',
    );
  });

  test('a listing that names no industry gets none, not a guess', () => {
    expect(
      industries.extract({
        title: 'Lead Backend Engineer',
        company: 'Acme',
        description: 'You will lead four engineers building Go services with PostgreSQL and Kafka.',
      }),
    ).toEqual([]);
  });

  test('a broken industries file says what and where', () => {
    expect(() => parseIndustries('- id: a\n  label: A\n  parent: nowhere\n', 'x.yaml')).toThrow(
      /x\.yaml: industry "a" names a parent "nowhere"/,
    );
    expect(() => parseIndustries('- id: Bad Id\n  label: A\n', 'x.yaml')).toThrow(IndustryFileError);
    expect(() => parseIndustries('- id: a\n  label: A\n- id: a\n  label: B\n', 'x.yaml')).toThrow(
      /defined twice/,
    );
    const bomb = `a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`;
    expect(() => parseIndustries(bomb, 'bomb.yaml')).toThrow(/bomb\.yaml/);
  });
});

/** The embedded corpus against a key written by reading each listing's company description. */
function scoreAgainst(key: Record<string, string[]>) {
  const compatible = (a: string, b: string) =>
    a === b || industries.isUnder(a, b) || industries.isUnder(b, a);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let primary = 0;
  const failures: string[] = [];
  for (const [id, want] of Object.entries(key)) {
    const file = path.join(PROJECT_ROOT, 'data', 'listings', `${id}.md`);
    const text = fs.readFileSync(file, 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
    const front = Object.fromEntries(
      m[1]!.split('\n').map((line) => [
        line.slice(0, line.indexOf(':')),
        line
          .slice(line.indexOf(':') + 1)
          .trim()
          .replace(/^"|"$/g, ''),
      ]),
    );
    const got = industries
      .extract({ title: front.title!, company: front.company!, description: m[2]! })
      .map((i) => i.id);
    const hits = got.filter((g) => want.some((w) => compatible(g, w))).length;
    tp += hits;
    fp += got.length - hits;
    fn += want.filter((w) => !got.some((g) => compatible(g, w))).length;
    const ok =
      want.length === 0 ? got.length === 0 : got[0] !== undefined && want.some((w) => compatible(got[0]!, w));
    if (ok) primary++;
    else failures.push(`${id}: key ${want.join(',') || '-'}, extracted ${got.join(',') || '-'}`);
  }
  const n = Object.keys(key).length;
  return { n, primary: primary / n, precision: tp / (tp + fp), recall: tp / (tp + fn), failures };
}

describe('industry extraction on the embedded corpus', () => {
  test('agrees with the key written by reading (data/eval/industry-key.json)', () => {
    const key = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'data/eval/industry-key.json'), 'utf8'));
    const score = scoreAgainst(key);
    console.info(`industry (tuned key): ${JSON.stringify({ ...score, failures: score.failures.length })}`);
    expect(score.n).toBe(162);
    expect(score.primary).toBeGreaterThanOrEqual(0.9);
    expect(score.precision).toBeGreaterThanOrEqual(0.85);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  const holdout = path.join(PROJECT_ROOT, 'data/eval/holdout-industry-labels.json');
  test.skipIf(!fs.existsSync(holdout))('agrees with labels by another author, never tuned on', () => {
    const key = JSON.parse(fs.readFileSync(holdout, 'utf8'));
    const score = scoreAgainst(key);
    console.info(
      `industry (untuned labels): ${JSON.stringify({ ...score, failures: score.failures.length })}`,
    );
    expect(score.primary).toBeGreaterThanOrEqual(0.8);
  });
});

describe('industry as a filter', () => {
  const corpus = {
    'listings/games.md': listingMarkdown(
      {
        id: 'games',
        title: 'Lead Backend Engineer, Matchmaking',
        company: 'Alpha Games',
        location: 'Berlin, Germany',
      },
      'Our multiplayer arena game has 2 million players a day.\n\n## Stack\nGo, Redis and Kubernetes. 8+ years.',
    ),
    'listings/pay.md': listingMarkdown(
      {
        id: 'pay',
        title: 'Lead Backend Engineer, Payouts',
        company: 'Beta Pay',
        location: 'Berlin, Germany',
      },
      'We run payment processing for 3,000 merchants and their payouts.\n\n## Stack\nGo, PostgreSQL and Kafka. 8+ years.',
    ),
    'listings/bank.md': listingMarkdown(
      {
        id: 'bank',
        title: 'Lead Backend Engineer, Core Banking',
        company: 'Gamma Bank',
        location: 'Berlin, Germany',
      },
      'A direct bank with a banking licence and 400,000 savers.\n\n## Stack\nKotlin, PostgreSQL and Kafka. 8+ years.',
    ),
  };

  test('search, market, gap and recommend keep to the industry, a parent taking its children', async () => {
    const { app } = testApp({ corpus });
    await app.ingest({ sources: [], embedded: true });
    const retriever = app.retriever()!;
    const fintech = await retriever.search('lead backend engineer', {
      k: 10,
      filters: { industry: ['fintech'] },
    });
    expect(fintech.hits.map((h) => h.listingId).sort()).toEqual(['bank', 'pay']);
    const games = await retriever.search('lead backend engineer', {
      k: 10,
      filters: { industry: ['games'] },
    });
    expect(games.hits.map((h) => h.listingId)).toEqual(['games']);
    const market = (await app.market({ industry: ['payments'] }))!;
    expect(market.listings).toBe(1);
    const gap = (await app.gap(['Go'], undefined, { industry: ['fintech'] }))!;
    expect(gap.market).toBe(2);
    const recs = app.recommend({ skills: ['Go'], industry: ['games'] })!;
    expect(recs.map((r) => r.listingId)).toEqual(['games']);
    const detail = app.reader()!.listing('bank')!;
    expect(detail.industries).toEqual(['banking']);
    expect(detail.industryDetails[0]?.evidence).toBe(
      'A direct bank with a banking licence and 400,000 savers.',
    );
  });
});
