import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

/** Names RoleRadar to the boards (Remote OK and others ask for a descriptive User-Agent). */
export const USER_AGENT = 'RoleRadar/0.1 (job-listing corpus refresh; +https://example.com/roleradar)';

export interface FetchPolicy {
  /** For one attempt: connect, headers and the whole body. */
  timeoutMs: number;
  /** Further attempts after a 5xx, a 429/503 or a network error. */
  retries: number;
  /** The longest `retry-after` honoured; a board asking for more fails fast rather than hang. */
  maxWaitMs: number;
  /** A body over this size is cut off while streaming and refused. */
  maxBytes: number;
  /** Private, loopback and link-local addresses are refused unless this is set (tests use loopback). */
  allowPrivate: boolean;
  /** First pause before retrying a 5xx or a network error; it doubles each time. */
  backoffMs?: number;
  userAgent?: string;
}

/** A source could not be fetched; `retryable` is false for refusals (bad URL, private address, redirect). */
export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    message: string,
    readonly retryable = true,
    readonly status?: number,
  ) {
    super(message);
  }
}

const MAX_REDIRECTS = 3;

/** Whether an IP address is loopback, private, link-local, CGNAT, multicast or otherwise not public. */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').toLowerCase();
  if (net.isIPv4(ip)) {
    const [a = 0, b = 0] = ip.split('.').map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 192 && b === 0) ||
      (a === 198 && (b === 18 || b === 19)) ||
      a >= 224
    );
  }
  if (net.isIPv6(ip)) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
    if (mapped) return isPrivateAddress(mapped[1]!);
    if (ip === '::' || ip === '::1') return true;
    const first = Number.parseInt(ip.split(':')[0] || '0', 16);
    // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast, 64:ff9b::/96 NAT64 (can reach IPv4 private space).
    return (
      (first & 0xfe00) === 0xfc00 ||
      (first & 0xffc0) === 0xfe80 ||
      (first & 0xff00) === 0xff00 ||
      first === 0x64
    );
  }
  return true;
}

/** Checks a URL before any connection: http(s) only, no credentials, no private address literal. */
export function checkUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError(`not a valid URL: ${raw}`, false);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError(`only http(s) URLs are fetched, not ${url.protocol}`, false);
  if (url.username || url.password) throw new FetchError('URLs with credentials are refused', false);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && net.isIP(host) && isPrivateAddress(host))
    throw new FetchError(`${host} is a private or loopback address; refused`, false);
  return url;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/**
 * DNS lookup that refuses a name when any of its addresses is private. It runs inside the
 * connection itself, so a name cannot resolve to a public address for a check and a private one
 * for the connect (DNS rebinding).
 */
function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const bad = addresses.find((a) => isPrivateAddress(a.address));
      if (bad && !allowPrivate)
        return callback(
          Object.assign(
            new FetchError(`${hostname} resolves to ${bad.address}, a private address; refused`, false),
            {
              code: 'EPRIVATE',
            },
          ) as unknown as NodeJS.ErrnoException,
          [],
        );
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first)
        return callback(Object.assign(new Error(`${hostname}: no address`), { code: 'ENOTFOUND' }), []);
      return callback(null, first.address, first.family);
    });
  };
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function requestOnce(url: URL, policy: FetchPolicy): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    };
    const req = lib.request(url, {
      method: 'GET',
      headers: {
        'user-agent': policy.userAgent ?? USER_AGENT,
        accept: 'application/json, application/x-ndjson;q=0.9, */*;q=0.5',
        'accept-encoding': 'identity',
      },
      lookup: guardedLookup(policy.allowPrivate) as unknown as net.LookupFunction,
    });
    // Settle first, then tear down: the socket's own errors after that are ignored.
    const abort = (error: FetchError) => {
      fail(error);
      req.destroy();
    };
    const timer = setTimeout(
      () => abort(new FetchError(`timed out after ${policy.timeoutMs} ms`)),
      policy.timeoutMs,
    );
    req.on('error', (error) => fail(error instanceof FetchError ? error : new FetchError(error.message)));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (status < 200 || status >= 300) {
        // Only the status and headers matter; the body of an error or a redirect is not read.
        res.resume();
        res.on('end', () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve({ status, headers: res.headers, body: '' });
        });
        res.on('error', (error) => fail(new FetchError(error.message)));
        return;
      }
      const declared = Number(res.headers['content-length']);
      res.on('error', (error) => fail(error instanceof FetchError ? error : new FetchError(error.message)));
      if (Number.isFinite(declared) && declared > policy.maxBytes)
        return abort(
          new FetchError(
            `response is ${declared} bytes, over the ${policy.maxBytes}-byte limit; refused`,
            false,
          ),
        );
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (settled) return;
        size += chunk.length;
        if (size > policy.maxBytes) {
          abort(
            new FetchError(`response is over the ${policy.maxBytes}-byte limit; cut off and refused`, false),
          );
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ status, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.end();
  });
}

/** Seconds or an HTTP date, as milliseconds from now; undefined when absent or unreadable. */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * GETs a URL under the network safety rules and returns its body as text: http(s) only, private
 * addresses refused (every resolved address checked), redirects followed only on the same host,
 * the body capped while it streams, a timeout per attempt, and bounded retries that honour a
 * capped `retry-after`.
 */
export async function fetchText(raw: string, policy: FetchPolicy): Promise<{ text: string; url: string }> {
  let url = checkUrl(raw, policy.allowPrivate);
  const origin = url.host;
  let redirects = 0;
  let backoff = policy.backoffMs ?? 500;
  for (let attempt = 0; ; attempt++) {
    const last = attempt >= policy.retries;
    let response: RawResponse;
    try {
      response = await requestOnce(url, policy);
    } catch (error) {
      const e = error instanceof FetchError ? error : new FetchError((error as Error).message);
      if (!e.retryable || last) throw new FetchError(`${url.host}: ${e.message}`, e.retryable, e.status);
      await sleep(backoff);
      backoff *= 2;
      continue;
    }
    const { status, headers } = response;
    if (status >= 200 && status < 300) return { text: response.body, url: url.toString() };
    if (status >= 300 && status < 400 && headers.location) {
      const next = checkUrl(new URL(headers.location, url).toString(), policy.allowPrivate);
      if (next.host !== origin)
        throw new FetchError(`${origin} redirected to another host (${next.host}); refused`, false, status);
      if (++redirects > MAX_REDIRECTS) throw new FetchError(`${origin}: too many redirects`, false, status);
      url = next;
      attempt--;
      continue;
    }
    if (status === 429 || status === 503) {
      const wait = retryAfterMs(headers['retry-after']) ?? backoff;
      if (wait > policy.maxWaitMs)
        throw new FetchError(
          `${url.host}: HTTP ${status}, asked to wait ${Math.ceil(wait / 1000)} s (over the ${Math.round(policy.maxWaitMs / 1000)} s cap)`,
          true,
          status,
        );
      if (last)
        throw new FetchError(`${url.host}: HTTP ${status} after ${attempt + 1} attempts`, true, status);
      await sleep(wait);
      backoff *= 2;
      continue;
    }
    if (status >= 500) {
      if (last)
        throw new FetchError(`${url.host}: HTTP ${status} after ${attempt + 1} attempts`, true, status);
      await sleep(backoff);
      backoff *= 2;
      continue;
    }
    throw new FetchError(
      `${url.host}: HTTP ${status}${status === 404 ? ' (no such board?)' : ''}`,
      false,
      status,
    );
  }
}

/** Runs work for one host at a time: polite to each board, while different boards go in parallel. */
export class HostQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(host: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(host) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    this.tails.set(host, next);
    void next
      .catch(() => undefined)
      .finally(() => {
        if (this.tails.get(host) === next) this.tails.delete(host);
      });
    return next;
  }
}
