import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Never answer (the client's timeout must fire). */
  hang?: boolean;
  /** The body sent as is instead of JSON of `body` (a truncated or non-JSON reply). */
  raw?: string;
}

/**
 * A loopback OpenAI-compatible server for the real `openai` client: POST /v1/embeddings answers
 * deterministic vectors (hashed words), unless a scripted reply is queued first.
 */
export async function startFakeOpenAI(dimensions = 32) {
  const requests: Array<{
    path: string;
    body: { model?: string; input?: string[]; messages?: Array<{ role: string; content: string }> };
  }> = [];
  /** What the fake chat model says, given the request (default: a short answer citing [1] and [2]). */
  const chat = {
    reply: (_body: { messages?: Array<{ role: string; content: string }> }): string =>
      'Most of these roles ask for Go and Kafka [1], and PostgreSQL [2].',
    finishReason: 'stop' as string,
    delayMs: 0,
    /** Streamed replies (`stream: true`): characters per chunk and the pause between chunks. */
    chunkChars: 12,
    chunkDelayMs: 5,
    /** Cut the connection after this many chunks (a stream that breaks midway). */
    breakAfterChunks: Number.POSITIVE_INFINITY,
  };
  let inFlight = 0;
  let maxInFlight = 0;
  const script: FakeReply[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = raw ? JSON.parse(raw) : {};
      requests.push({ path: req.url ?? '', body });
      const scripted = script.shift();
      if (scripted?.hang) return;
      if (scripted) {
        res.writeHead(scripted.status, { 'content-type': 'application/json', ...scripted.headers });
        res.end(
          scripted.raw ??
            JSON.stringify(scripted.body ?? { error: { message: 'scripted failure', type: 'server_error' } }),
        );
        return;
      }
      if (req.url?.endsWith('/chat/completions')) {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        if (body.stream) {
          void streamChat(res, body, chat.reply(body)).finally(() => inFlight--);
          return;
        }
        setTimeout(() => {
          inFlight--;
          if (res.destroyed) return;
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              id: 'chatcmpl-fake',
              object: 'chat.completion',
              created: 0,
              model: body.model,
              choices: [
                {
                  index: 0,
                  message: { role: 'assistant', content: chat.reply(body) },
                  finish_reason: chat.finishReason,
                },
              ],
              usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
            }),
          );
        }, chat.delayMs);
        return;
      }
      if (req.url?.endsWith('/embeddings')) {
        const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input];
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            object: 'list',
            model: body.model,
            // Like the real API: base64 of little-endian float32 when asked (the openai SDK asks by default).
            data: inputs.map((text, index) => {
              const vector = vectorOf(text, dimensions);
              const embedding =
                body.encoding_format === 'base64'
                  ? Buffer.from(new Float32Array(vector).buffer).toString('base64')
                  : vector;
              return { object: 'embedding', index, embedding };
            }),
            usage: { prompt_tokens: 1, total_tokens: 1 },
          }),
        );
        return;
      }
      res.writeHead(404).end();
    });
  });
  /** Server-sent events as the Chat Completions API streams them, ending with usage and [DONE]. */
  async function streamChat(
    res: http.ServerResponse,
    body: { model?: string; stream_options?: { include_usage?: boolean } },
    text: string,
  ) {
    await new Promise((r) => setTimeout(r, chat.delayMs));
    if (res.destroyed) return;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const event = (choices: unknown[], extra: Record<string, unknown> = {}) =>
      res.write(
        `data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 0, model: body.model, choices, ...extra })}\n\n`,
      );
    event([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }]);
    let sent = 0;
    for (let i = 0; i < text.length; i += chat.chunkChars) {
      if (sent++ >= chat.breakAfterChunks) {
        res.destroy();
        return;
      }
      event([{ index: 0, delta: { content: text.slice(i, i + chat.chunkChars) }, finish_reason: null }]);
      await new Promise((r) => setTimeout(r, chat.chunkDelayMs));
      if (res.destroyed) return;
    }
    event([{ index: 0, delta: {}, finish_reason: chat.finishReason }]);
    if (body.stream_options?.include_usage)
      event([], { usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 } });
    res.end('data: [DONE]\n\n');
  }

  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script,
    chat,
    maxInFlight: () => maxInFlight,
    /** Chat completions being answered now. */
    inFlight: () => inFlight,
    /** Texts sent for embedding so far. */
    embeddedTexts: () =>
      requests.filter((r) => r.path.endsWith('/embeddings')).flatMap((r) => r.body.input ?? []),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function vectorOf(text: string, dimensions: number): number[] {
  const v = new Array<number>(dimensions).fill(0);
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    const h = createHash('md5').update(word).digest();
    v[h[0]! % dimensions]! += 1;
  }
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}
