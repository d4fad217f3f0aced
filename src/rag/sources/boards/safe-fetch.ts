import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

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

/** What the address check decided: `forbidden` is refused even when private sources are allowed. */
export type AddressVerdict = { kind: 'public' } | { kind: 'private' | 'forbidden'; reason: string };

// Cloud metadata and platform endpoints (those in 169.254.0.0/16 are refused as link-local anyway).
const METADATA_ADDRESSES = new Set([
  '169.254.169.254', // AWS, GCP, Azure, OpenStack, Oracle
  '169.254.170.2', // AWS ECS task metadata
  '100.100.100.200', // Alibaba Cloud
  '168.63.129.16', // Azure wire server
  '192.0.0.192', // Oracle Cloud (legacy)
  'fd00:ec2::254', // AWS instance metadata over IPv6
]);
const METADATA_NAMES = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.azure.internal',
  'metadata.tencentyun.com',
]);

const PRIVATE_RANGES: Record<string, string> = {
  unspecified: 'an unspecified address',
  loopback: 'a loopback address',
  private: 'a private address',
  carrierGradeNat: 'a carrier-grade NAT address',
  uniqueLocal: 'a unique-local address',
  deprecatedSiteLocal: 'a site-local address',
  reserved: 'a reserved address',
  benchmarking: 'a benchmarking address',
};
const FORBIDDEN = { kind: 'forbidden' } as const;

function worst(...verdicts: AddressVerdict[]): AddressVerdict {
  return (
    verdicts.find((v) => v.kind === 'forbidden') ??
    verdicts.find((v) => v.kind === 'private') ?? { kind: 'public' }
  );
}

function ipv4Verdict(ip: ipaddr.IPv4): AddressVerdict {
  if (METADATA_ADDRESSES.has(ip.toString())) return { ...FORBIDDEN, reason: 'a cloud metadata address' };
  const range = ip.range();
  if (range === 'linkLocal') return { ...FORBIDDEN, reason: 'a link-local address (169.254.0.0/16)' };
  if (range === 'multicast' || range === 'broadcast') return { ...FORBIDDEN, reason: `a ${range} address` };
  if (range === 'unicast') return { kind: 'public' };
  return { kind: 'private', reason: PRIVATE_RANGES[range] ?? `a special-purpose (${range}) address` };
}

/** The IPv4 address in two 16-bit groups of an IPv6 address (its embedded forms). */
function v4At(parts: number[], at: number, xor = 0): ipaddr.IPv4 {
  const hi = parts[at]! ^ xor;
  const lo = parts[at + 1]! ^ xor;
  return new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
}

function ipv6Verdict(ip: ipaddr.IPv6): AddressVerdict {
  if (METADATA_ADDRESSES.has(ip.toString())) return { ...FORBIDDEN, reason: 'a cloud metadata address' };
  const parts = ip.parts;
  const range = ip.range();
  // ::a.b.c.d, the deprecated IPv4-compatible form (:: and ::1 are the unspecified and loopback).
  if (range !== 'unspecified' && range !== 'loopback' && parts.slice(0, 6).every((p) => p === 0))
    return worst(ipv4Verdict(v4At(parts, 6)), { kind: 'private', reason: 'an IPv4-compatible address' });
  // Every form that carries an IPv4 address is judged by that address as well (the worst wins).
  switch (range) {
    case 'ipv4Mapped': // ::ffff:a.b.c.d
    case 'rfc6145': // ::ffff:0:a.b.c.d
      return ipv4Verdict(v4At(parts, 6));
    case 'rfc6052': // NAT64 64:ff9b::/96; the local-use 64:ff9b:1::/48 is private on top
      return parts[1] === 0xff9b && parts[2] === 0
        ? ipv4Verdict(v4At(parts, 6))
        : worst(ipv4Verdict(v4At(parts, 6)), { kind: 'private', reason: 'a local-use NAT64 address' });
    case '6to4': // 2002:AABB:CCDD::/48
      return ipv4Verdict(v4At(parts, 1));
    case 'teredo': // server in groups 2-3, client (inverted) in groups 6-7
      return worst(ipv4Verdict(v4At(parts, 2)), ipv4Verdict(v4At(parts, 6, 0xffff)));
    case 'linkLocal':
      return { ...FORBIDDEN, reason: 'a link-local address (fe80::/10)' };
    case 'multicast':
      return { ...FORBIDDEN, reason: 'a multicast address' };
    case 'unicast':
      return { kind: 'public' };
  }
  return { kind: 'private', reason: PRIVATE_RANGES[range] ?? `a special-purpose (${range}) address` };
}

/**
 * The one check for every address a request would connect to, literal or resolved, in any
 * spelling: dotted, decimal, octal or hex IPv4 (read as inet_aton does), bracketed IPv6 with or
 * without a zone, IPv4-mapped, IPv4-compatible, NAT64, 6to4 and Teredo (each also judged by the
 * IPv4 address it carries). `forbidden` (link-local, cloud metadata, multicast) has no switch;
 * `private` is fetched only with ROLERADAR_ALLOW_PRIVATE_SOURCES. Anything that is not an address
 * is `forbidden`.
 */
export function addressVerdict(address: string): AddressVerdict {
  const raw = address
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '')
    .replace(/\.$/, '')
    .toLowerCase();
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.parse(raw);
  } catch {
    return { ...FORBIDDEN, reason: 'not an IP address' };
  }
  return ip.kind() === 'ipv4' ? ipv4Verdict(ip as ipaddr.IPv4) : ipv6Verdict(ip as ipaddr.IPv6);
}

/** Whether an address is anything but public unicast (loopback, private, link-local, metadata, embedded forms). */
export function isPrivateAddress(address: string): boolean {
  return addressVerdict(address).kind !== 'public';
}

/** Host names of cloud metadata services (any case, with or without the root dot). */
export function isMetadataHostName(hostname: string): boolean {
  return METADATA_NAMES.has(hostname.toLowerCase().replace(/\.+$/, ''));
}

/**
 * Whether a request may connect to `address` (which `name` resolved to, if it was a name): the
 * refusal as an error, or undefined. Used for literal hosts before connecting and for every
 * resolved address inside the connection's own lookup.
 */
export function addressRefusal(
  address: string,
  allowPrivate: boolean,
  name?: string,
): FetchError | undefined {
  const verdict = addressVerdict(address);
  if (verdict.kind === 'public' || (verdict.kind === 'private' && allowPrivate)) return undefined;
  const who = name ? `${name} resolves to ${address},` : `${address} is`;
  return new FetchError(
    verdict.kind === 'forbidden'
      ? `${who} ${verdict.reason}, never fetched (not even with ROLERADAR_ALLOW_PRIVATE_SOURCES); refused`
      : `${who} a private or loopback address; refused (${verdict.reason}; ROLERADAR_ALLOW_PRIVATE_SOURCES=1 allows private feeds)`,
    false,
  );
}

/** Checks a URL before any connection: http(s) only, no credentials, no metadata name, no refused address literal. */
export function checkUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError(`not a valid URL: ${truncateForMessage(raw)}`, false);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError(`only http(s) URLs are fetched, not ${url.protocol}`, false);
  if (url.username || url.password) throw new FetchError('URLs with credentials are refused', false);
  if (isMetadataHostName(url.hostname))
    throw new FetchError(`${url.hostname} is a cloud metadata service, never fetched; refused`, false);
  // The URL parser has already rewritten decimal, octal and hex IPv4 and IPv4-in-IPv6 to one form.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host)) {
    const refused = addressRefusal(host, allowPrivate);
    if (refused) throw refused;
  }
  return url;
}

function truncateForMessage(text: string): string {
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/**
 * DNS lookup that refuses a name when any of its addresses is refused by `addressRefusal`. It runs inside the
 * connection itself, so a name cannot resolve to a public address for a check and a private one
 * for the connect (DNS rebinding).
 */
function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      for (const a of addresses) {
        const refused = addressRefusal(a.address, allowPrivate, hostname);
        if (refused)
          return callback(
            Object.assign(refused, { code: 'EPRIVATE' }) as unknown as NodeJS.ErrnoException,
            [],
          );
      }
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

/** A fetched body with what is needed to describe it without echoing it. */
export interface FetchedText {
  text: string;
  url: string;
  status: number;
  /** The media type without parameters, lowercased ('' when the server sent none). */
  contentType: string;
}

/** A body in one line for an error message: status, content type and size, never the content. */
export function describeBody(body: Pick<FetchedText, 'text' | 'status' | 'contentType'>): string {
  const bytes = Buffer.byteLength(body.text);
  const size = bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} bytes`;
  return `HTTP ${body.status}, ${body.contentType || 'no content type'}, ${size}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where one fetch runs: the refresh's host queue and its overall deadline. */
export interface FetchContext {
  /** Each attempt takes the host's slot and gives it back before any pause between attempts. */
  hosts?: HostQueue;
  /** Epoch ms after which no attempt starts and a running one is cut off. */
  deadline?: number;
}

/** A refresh's deadline passed: the source is reported as failed, the rest is published. */
export class DeadlineError extends FetchError {
  constructor(message = 'the refresh deadline passed before this source finished') {
    super(message, false);
  }
}

/**
 * GETs a URL under the network safety rules and returns its body as text: http(s) only, private
 * addresses refused (every resolved address checked), redirects followed only on the same host,
 * the body capped while it streams, a timeout per attempt, and bounded retries that honour a
 * capped `retry-after`. The host's slot in the queue is held for one attempt at a time, never
 * through a pause, and nothing runs past the refresh's deadline.
 */
export async function fetchText(
  raw: string,
  policy: FetchPolicy,
  context: FetchContext = {},
): Promise<FetchedText> {
  let url = checkUrl(raw, policy.allowPrivate);
  const origin = url.host;
  let redirects = 0;
  let backoff = policy.backoffMs ?? 500;
  const left = () =>
    context.deadline === undefined ? Number.POSITIVE_INFINITY : context.deadline - Date.now();
  const pause = async (ms: number) => {
    if (ms >= left())
      throw new DeadlineError(`${url.host}: the refresh deadline passed while waiting to retry`);
    await sleep(ms);
  };
  const attemptOnce = (target: URL) => {
    const run = () => {
      const remaining = left();
      if (remaining <= 0) return Promise.reject(new DeadlineError());
      return requestOnce(target, { ...policy, timeoutMs: Math.min(policy.timeoutMs, remaining) });
    };
    return context.hosts ? context.hosts.run(target.host, run) : run();
  };
  for (let attempt = 0; ; attempt++) {
    const last = attempt >= policy.retries;
    let response: RawResponse;
    try {
      response = await attemptOnce(url);
    } catch (error) {
      const e = error instanceof FetchError ? error : new FetchError((error as Error).message);
      if (left() <= 0) throw new DeadlineError(`${url.host}: the refresh deadline passed (${e.message})`);
      if (!e.retryable || last) throw new FetchError(`${url.host}: ${e.message}`, e.retryable, e.status);
      await pause(backoff);
      backoff *= 2;
      continue;
    }
    const { status, headers } = response;
    if (status >= 200 && status < 300)
      return {
        text: response.body,
        url: url.toString(),
        status,
        contentType: String(headers['content-type'] ?? '')
          .split(';')[0]!
          .trim()
          .toLowerCase(),
      };
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
      await pause(wait);
      backoff *= 2;
      continue;
    }
    if (status >= 500) {
      if (last)
        throw new FetchError(`${url.host}: HTTP ${status} after ${attempt + 1} attempts`, true, status);
      await pause(backoff);
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
