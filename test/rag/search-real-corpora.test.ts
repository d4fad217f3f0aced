import { describe, expect, test } from 'vitest';
import { ftsExpression, isUnnamedCompany } from '../../src/rag/search.js';
import { distinctWords, listingMarkdown, testApp } from '../support/temp.js';

// Corpora shaped like real ones: many postings from one employer (an agency, or postings whose
// employer was de-identified), and listings that state few facts next to ones that state many.

const UNNAMED = 'Unnamed company (de-identified)';

function listing(id: string, company: string, body: string, location = 'Berlin, Germany', title?: string) {
  return listingMarkdown({ id, company, location, ...(title ? { title } : {}) }, body);
}

describe('company diversity reorders, never removes', () => {
  test('asking for 50 returns 50 when 55 listings of one agency match', async () => {
    const corpus: Record<string, string> = {};
    for (let i = 0; i < 55; i++)
      corpus[`listings/agency-${i}.md`] = listing(
        `agency-${i}`,
        'Omega Staffing',
        `## Role\nBuild Kafka pipelines for client ${i}. ${distinctWords(i, 30)}\n\n## You\n${distinctWords(i + 3, 30)}`,
      );
    const { app } = testApp({ corpus });
    await app.ingest({ sources: [], embedded: true });
    const { hits } = await app.retriever()!.search('kafka pipelines', { k: 50 });
    expect(hits).toHaveLength(50);
    expect(new Set(hits.map((h) => h.listingId)).size).toBe(50);
  });

  test('postings whose employer is not named are not spread as one company', async () => {
    const corpus: Record<string, string> = {};
    for (let i = 0; i < 5; i++)
      corpus[`listings/real-${i}.md`] = listing(
        `real-${i}`,
        UNNAMED,
        `## Role\nFlutter and Dart mobile apps, Flutter every day. ${distinctWords(i, 30)}`,
      );
    for (let i = 0; i < 3; i++)
      corpus[`listings/named-${i}.md`] = listing(
        `named-${i}`,
        `Named Company ${i}`,
        `## Role\nSome Dart tooling now and then. ${distinctWords(i + 20, 30)}`,
      );
    const { app } = testApp({ corpus });
    await app.ingest({ sources: [], embedded: true });
    const { hits } = await app.retriever()!.search('flutter apps', { k: 5 });
    expect(hits.map((h) => h.listingId).sort()).toEqual(['real-0', 'real-1', 'real-2', 'real-3', 'real-4']);
  });

  test.each([
    [UNNAMED, true],
    ['Confidential', true],
    ['Confidential client', true],
    ['', true],
    ['Undisclosed', true],
    ['Alpha Pay', false],
    ['Confidentia Labs', false],
    ['Stealthy Robotics', false],
  ])('%j names no employer: %s', (company, unnamed) => {
    expect(isUnnamedCompany(company)).toBe(unnamed);
  });
});

describe('query rewriting never removes what the member typed', () => {
  test('a word the member typed stays in the full-text query even when most chunks hold it', () => {
    const plan = {
      text: 'backend engineer kafka',
      terms: ['backend', 'engineer', 'kafka', 'streaming'],
      typed: ['backend', 'engineer', 'kafka'],
      skills: ['Kafka'],
      corrections: [],
      countries: [],
      regions: [],
    };
    const common = new Set(['backend', 'engin', 'stream']);
    const expression = ftsExpression(plan, common);
    for (const word of ['"backend"', '"engineer"', '"kafka"']) expect(expression).toContain(word);
    // An added word (a concept expansion) in most chunks is still left out.
    expect(expression).not.toContain('"streaming"');
  });

  test('the role words a member types reach the full-text query', async () => {
    const { app } = testApp({
      corpus: {
        'listings/a.md': listing(
          'a',
          'A',
          `## Role\nBackend developer for payments. ${distinctWords(1, 30)}`,
        ),
      },
    });
    await app.ingest({ sources: [], embedded: true });
    const { plan } = await app.retriever()!.search('golang backend developer jobs');
    expect(plan.terms).toEqual(expect.arrayContaining(['golang', 'backend', 'developer', 'jobs']));
    expect(plan.typed).toEqual(expect.arrayContaining(['golang', 'backend', 'developer', 'jobs']));
  });
});

describe('a mixed corpus does not bury listings that lack rich facts', () => {
  test('a posting that names no place is not ranked as if it named another', async () => {
    const corpus: Record<string, string> = {
      'listings/sparse.md': listing(
        'sparse',
        UNNAMED,
        `## Role\nElixir services for our clinics. ${distinctWords(2, 30)}`,
        'Unknown (de-identified)',
        'Software Engineer',
      ),
      'listings/madrid.md': listing(
        'madrid',
        'Madrid Works',
        `## Role\nElixir services, Elixir and Phoenix, Elixir every day, on-site in Madrid. ${distinctWords(5, 30)}`,
        'Madrid, Spain',
        'Elixir Engineer',
      ),
    };
    for (let i = 0; i < 4; i++)
      corpus[`listings/other-${i}.md`] = listing(
        `other-${i}`,
        `Other Co ${i}`,
        `## Role\nJava services. ${distinctWords(i + 9, 30)}`,
        'Lisbon, Portugal',
      );
    const { app } = testApp({ corpus });
    await app.ingest({ sources: [], embedded: true });
    const { hits } = await app.retriever()!.search('elixir engineer in berlin', { k: 5 });
    const ids = hits.map((h) => h.listingId);
    // Neither Elixir job is in Berlin; the one that says nothing of its place is not treated as
    // if it were elsewhere, so it is not ranked below the one on-site in Madrid.
    expect(ids.slice(0, 2)).toEqual(['sparse', 'madrid']);
  });
});

describe('a misspelled city', () => {
  test('is a place once corrected ("stokholm" is Stockholm, Sweden)', async () => {
    const { app } = testApp({
      corpus: {
        'listings/sthlm.md': listing(
          'sthlm',
          'Nordic AB',
          `## Role\nGo services at our office in Stockholm. ${distinctWords(3, 30)}`,
          'Stockholm, Sweden',
        ),
        'listings/oslo.md': listing(
          'oslo',
          'Fjord AS',
          `## Role\nGo services at our office in Oslo. ${distinctWords(7, 30)}`,
          'Oslo, Norway',
        ),
      },
    });
    await app.ingest({ sources: [], embedded: true });
    const { plan, hits } = await app.retriever()!.search('go jobs in stokholm');
    expect(plan.corrections).toEqual(expect.arrayContaining([{ from: 'stokholm', to: 'stockholm' }]));
    expect(plan.countries).toEqual(['Sweden']);
    expect(hits[0]?.listingId).toBe('sthlm');
  });
});
