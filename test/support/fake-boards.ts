import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake board answers to one request. */
export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON. */
  body?: unknown;
  /** Never answer (a hung server). */
  hang?: boolean;
  /** Stream this many bytes of filler without a content-length (a huge page). */
  streamBytes?: number;
  delayMs?: number;
}

export type FakeRoute = (url: URL, request: http.IncomingMessage) => FakeReply;

export interface FakeBoards {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  /** Routes by path prefix; the longest matching prefix answers. */
  route(prefix: string, handler: FakeRoute | FakeReply): void;
  requests: Array<{ path: string; userAgent: string | undefined; at: number }>;
  /** The most requests that were open at once. */
  maxConcurrent: number;
  close(): Promise<void>;
}

/** A loopback HTTP server answering in job boards' response formats (nothing leaves the machine). */
export async function startFakeBoards(): Promise<FakeBoards> {
  const routes = new Map<string, FakeRoute>();
  const requests: FakeBoards['requests'] = [];
  let open = 0;
  const state = { maxConcurrent: 0 };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push({
      path: `${url.pathname}${url.search}`,
      userAgent: req.headers['user-agent'],
      at: Date.now(),
    });
    open++;
    state.maxConcurrent = Math.max(state.maxConcurrent, open);
    res.on('close', () => open--);
    const prefix = [...routes.keys()]
      .filter((p) => url.pathname.startsWith(p))
      .sort((a, b) => b.length - a.length)[0];
    const reply: FakeReply = prefix
      ? routes.get(prefix)!(url, req)
      : { status: 404, body: { error: 'no route' } };
    if (reply.hang) return;
    const send = () => {
      if (reply.streamBytes) {
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
        const chunk = Buffer.alloc(64 * 1024, 'x');
        let sent = 0;
        const pump = () => {
          while (sent < reply.streamBytes! && !res.destroyed) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('error', () => undefined);
        pump();
        return;
      }
      const body =
        reply.body === undefined
          ? ''
          : typeof reply.body === 'string'
            ? reply.body
            : JSON.stringify(reply.body);
      res.writeHead(reply.status ?? 200, {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        ...reply.headers,
      });
      res.end(body);
    };
    if (reply.delayMs) setTimeout(send, reply.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    route(prefix, handler) {
      routes.set(prefix, typeof handler === 'function' ? handler : () => handler);
    },
    requests,
    get maxConcurrent() {
      return state.maxConcurrent;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
