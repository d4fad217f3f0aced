import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { OpenAiCompatibleEmbeddings } from '../../src/rag/embed/openai-embeddings.js';
import { startFakeOpenAI } from '../support/fake-openai.js';
import { listingMarkdown, testApp } from '../support/temp.js';

const servers: Array<Awaited<ReturnType<typeof startFakeOpenAI>>> = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function fake() {
  const server = await startFakeOpenAI();
  servers.push(server);
  return server;
}

const corpus = {
  'listings/a.md': listingMarkdown(
    { id: 'a', company: 'A' },
    '## Role\nLead a Go and Kafka team on Kubernetes, fully remote in the EU. 8+ years of experience.',
  ),
  'listings/b.md': listingMarkdown(
    { id: 'b', company: 'B' },
    '## Role\nSenior Java engineer for Spring Boot services on-site in London, five days a week in the office.',
  ),
};

function remoteConfig(baseUrl: string) {
  return {
    openai: {
      apiKey: 'test-key',
      baseUrl,
      chatModel: undefined,
      embeddingModel: 'text-embedding-3-small',
      timeoutMs: 2000,
      maxRetries: 2,
      answerDeadlineMs: 5000,
      maxConcurrent: 2,
      dailyTokenBudget: 100_000,
    },
  };
}

describe('OpenAI-compatible embeddings through the real openai client', () => {
  test('builds the index with the remote model, and a refresh sends only changed chunks', async () => {
    const server = await fake();
    const { app, corpusDir } = testApp({ corpus, overrides: remoteConfig(server.baseUrl) });
    const first = await app.ingest({ sources: [], embedded: true });
    expect(first.status).toBe('published');
    const meta = JSON.parse(fs.readFileSync(path.join(app.reader()!.generation.dir, 'vectors.json'), 'utf8'));
    expect(meta.modelId).toBe(`openai:text-embedding-3-small@${new URL(server.baseUrl).host}`);
    const sentFirst = server.embeddedTexts().length;
    expect(sentFirst).toBeGreaterThanOrEqual(2);
    expect(server.requests[0]?.body.model).toBe('text-embedding-3-small');

    fs.writeFileSync(
      path.join(corpusDir, 'listings/b.md'),
      listingMarkdown(
        { id: 'b', company: 'B' },
        '## Role\nSenior Kotlin engineer for Spring Boot services on-site in London, five days a week.',
      ),
    );
    await app.ingest({ sources: [], embedded: true });
    const sentSecond = server.embeddedTexts().slice(sentFirst);
    expect(sentSecond).toHaveLength(1);
    expect(sentSecond[0]).toContain('Kotlin');

    // Queries are embedded by the same remote model that built the index.
    const { hits } = await app.retriever()!.search('kotlin spring boot london', { mode: 'dense' });
    expect(hits[0]?.listingId).toBe('b');
  });

  test('retries a 429 after its retry-after, then succeeds', async () => {
    const server = await fake();
    server.script.push({
      status: 429,
      headers: { 'retry-after': '0.05' },
      body: { error: { message: 'slow down', type: 'rate_limit' } },
    });
    const embeddings = new OpenAiCompatibleEmbeddings({
      model: 'm',
      apiKey: 'k',
      baseUrl: server.baseUrl,
      timeoutMs: 2000,
      maxRetries: 2,
      cacheFile: ':memory:',
    });
    const t = performance.now();
    const [v] = await embeddings.embedDocuments(['hello world']);
    expect(v).toHaveLength(32);
    expect(server.requests).toHaveLength(2);
    expect(performance.now() - t).toBeLessThan(1500);
    embeddings.close();
  });

  test('does not wait out a very long retry-after, and does not retry insufficient_quota', async () => {
    const server = await fake();
    const embeddings = new OpenAiCompatibleEmbeddings({
      model: 'm',
      apiKey: 'k',
      baseUrl: server.baseUrl,
      timeoutMs: 2000,
      maxRetries: 3,
      cacheFile: ':memory:',
    });
    server.script.push({ status: 429, headers: { 'retry-after': '120' } });
    const t = performance.now();
    await expect(embeddings.embedQuery('x')).rejects.toThrow(/answered 429/);
    expect(performance.now() - t).toBeLessThan(1500);
    server.script.push({
      status: 429,
      body: { error: { message: 'quota', type: 'insufficient_quota', code: 'insufficient_quota' } },
    });
    const before = server.requests.length;
    await expect(embeddings.embedQuery('y')).rejects.toThrow(/429/);
    expect(server.requests.length - before).toBe(1);
    embeddings.close();
  });

  test('a hung endpoint times out within the bound, after bounded attempts', async () => {
    const server = await fake();
    server.script.push({ status: 0, hang: true }, { status: 0, hang: true });
    const embeddings = new OpenAiCompatibleEmbeddings({
      model: 'm',
      apiKey: 'k',
      baseUrl: server.baseUrl,
      timeoutMs: 300,
      maxRetries: 1,
      cacheFile: ':memory:',
      sleep: async () => {},
    });
    const t = performance.now();
    await expect(embeddings.embedQuery('z')).rejects.toThrow(/timed out/);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(server.requests).toHaveLength(2);
    embeddings.close();
  });

  test('an endpoint failure during a refresh publishes nothing and the previous generation serves', async () => {
    const server = await fake();
    const { app, corpusDir } = testApp({ corpus, overrides: remoteConfig(server.baseUrl) });
    const first = await app.ingest({ sources: [], embedded: true });
    fs.writeFileSync(
      path.join(corpusDir, 'listings/c.md'),
      listingMarkdown(
        { id: 'c', company: 'C' },
        '## Role\nA Rust storage engine role, hybrid in Berlin, two days a week in the office.',
      ),
    );
    for (let i = 0; i < 3; i++)
      server.script.push({
        status: 401,
        body: { error: { message: 'bad key', type: 'invalid_request_error' } },
      });
    const failed = await app.ingest({ sources: [], embedded: true });
    expect(failed.status).toBe('failed');
    expect(failed.message).toMatch(/Embedding failed .*401.*keeps serving/);
    expect(app.reader()!.generation.id).toBe(first.generation);
    expect(fs.readdirSync(app.store.stagingDir)).toEqual([]);
  });
});
