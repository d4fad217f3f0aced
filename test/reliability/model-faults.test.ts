import { afterEach, describe, expect, test } from 'vitest';
import { startFakeOpenAI } from '../support/fake-openai.js';
import { listingMarkdown, testApp } from '../support/temp.js';

// RELIABILITY.md, model side, the cases test/rag/ask-model.test.ts leaves out: a 429 with a
// 2 s retry-after is waited out and answered within 5 s; a 200 whose JSON is cut off, a body
// that is not JSON at all, empty choices, a null message and `finish_reason: "length"` end in a
// graceful answer — each through the plain and the streamed call (the bot streams).

const servers: Array<Awaited<ReturnType<typeof startFakeOpenAI>>> = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

const corpus: Record<string, string> = {};
for (let i = 1; i <= 4; i++)
  corpus[`listings/m${i}.md`] = listingMarkdown(
    { id: `m${i}`, company: `Model Co ${i}`, url: `https://jobs.example.com/m${i}` },
    `## Role\nLead a team building Go and Kafka services on PostgreSQL for product ${i}. 8+ years of experience. Fully remote in the EU.`,
  );

async function setup(overrides: Record<string, unknown> = {}) {
  const server = await startFakeOpenAI();
  servers.push(server);
  const t = testApp({
    corpus,
    overrides: {
      openai: {
        apiKey: 'sk-test-faults',
        baseUrl: server.baseUrl,
        chatModel: 'gpt-test',
        embeddingModel: undefined,
        timeoutMs: 10_000,
        maxRetries: 2,
        answerDeadlineMs: 10_000,
        maxConcurrent: 2,
        dailyTokenBudget: 100_000,
        ...overrides,
      },
    },
  });
  await t.app.ingest({ sources: [], embedded: true });
  return { ...t, server };
}

const question = 'what do lead go roles require?';
const chatCalls = (server: Awaited<ReturnType<typeof startFakeOpenAI>>) =>
  server.requests.filter((r) => r.path.endsWith('/chat/completions')).length;

for (const streamed of [false, true]) {
  const how = streamed ? 'streamed' : 'plain';
  const ask = (app: ReturnType<typeof testApp>['app']) =>
    app.ask(question, streamed ? { onPartial: () => {} } : {});

  describe(`${how} model calls`, () => {
    test(`429 with retry-after 2 s: waited out once and answered by the model within 5 s (${how})`, async () => {
      const { app, server } = await setup();
      server.script.push({ status: 429, headers: { 'retry-after': '2' } });
      const started = performance.now();
      const result = (await ask(app))!;
      const took = performance.now() - started;
      expect(result.mode).toBe('model');
      expect(result.citations.length).toBeGreaterThan(0);
      expect(took).toBeGreaterThanOrEqual(1900);
      expect(took).toBeLessThan(5000);
      expect(chatCalls(server)).toBe(2);
      console.info(`429 retry-after 2 s (${how}): answered by the model in ${Math.round(took)} ms`);
    });

    test(`a 200 whose JSON is cut off: the offline answer, no retry storm (${how})`, async () => {
      const { app, server } = await setup();
      for (let i = 0; i < 5; i++)
        server.script.push({
          status: 200,
          raw: '{"id":"chatcmpl-x","object":"chat.completion","created":0,"model":"gpt-test","choices":[{"index":0,"message":{"role":"assistant","content":"Go and Ka',
        });
      const started = performance.now();
      const result = (await ask(app))!;
      expect(result.mode).toBe('offline');
      expect(result.fallbackReason).toBeTruthy();
      expect(result.answer).toMatch(/best-matching listings|\[1\]/);
      expect(result.citations.length).toBeGreaterThan(0);
      expect(chatCalls(server)).toBeLessThanOrEqual(3);
      expect(performance.now() - started).toBeLessThan(10_000 * 1.1);
    });

    test(`a 200 that is not JSON at all (a proxy's HTML page): the offline answer (${how})`, async () => {
      const { app, server } = await setup();
      for (let i = 0; i < 5; i++)
        server.script.push({
          status: 200,
          headers: { 'content-type': 'text/html' },
          raw: '<html><body>502 Bad Gateway</body></html>',
        });
      const result = (await ask(app))!;
      expect(result.mode).toBe('offline');
      expect(result.citations.length).toBeGreaterThan(0);
    });

    test(`empty choices and a null message: the offline answer, marked (${how})`, async () => {
      const { app, server } = await setup();
      const empty = { id: 'x', object: 'chat.completion', created: 0, model: 'gpt-test', choices: [] };
      const nullMessage = {
        ...empty,
        choices: [{ index: 0, message: { role: 'assistant', content: null }, finish_reason: 'stop' }],
      };
      for (const body of [empty, nullMessage]) {
        server.script.push({ status: 200, body });
        const result = (await ask(app))!;
        expect(result.mode).toBe('offline');
        expect(result.fallbackReason).toBeTruthy();
        expect(result.citations.length).toBeGreaterThan(0);
      }
    });
  });
}

test('finish_reason "length" on a streamed answer: the cut line is dropped, the whole lines kept', async () => {
  const { app, server } = await setup();
  server.chat.finishReason = 'length';
  server.chat.reply = () => 'Go and Kafka come up in every one [1].\nPostgreSQL is also com';
  const partials: string[] = [];
  const result = (await app.ask(question, { onPartial: (t) => partials.push(t) }))!;
  // The code's line of N and filters opens every model answer; the cut line is gone.
  expect(result.mode).toBe('model');
  expect(result.answer).toMatch(
    /^Across \d+ open listings? \([^)]*\):\nGo and Kafka come up in every one \[1\]\.$/,
  );
  for (const p of partials) expect(p).not.toContain('also com');
});
