import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  type FetchPolicy,
  fetchText,
  HostQueue,
  isPrivateAddress,
  retryAfterMs,
} from '../../../src/rag/sources/boards/safe-fetch.js';
import { type FakeBoards, startFakeBoards } from '../../support/fake-boards.js';

const policy: FetchPolicy = {
  timeoutMs: 1500,
  retries: 2,
  maxWaitMs: 30_000,
  maxBytes: 1024 * 1024,
  allowPrivate: true,
  backoffMs: 10,
};

let fake: FakeBoards;
beforeEach(async () => {
  fake = await startFakeBoards();
});
afterEach(async () => {
  await fake.close();
});

describe('address checks', () => {
  test.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['224.0.0.1', true],
    ['93.184.216.34', false],
    ['::1', true],
    ['::', true],
    ['fd12::1', true],
    ['fe80::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:93.184.216.34', false],
    ['2606:2800:220:1::', false],
  ])('%s is private: %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });

  test('retry-after in seconds and as an HTTP date', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe('fetchText', () => {
  test('sends a User-Agent naming RoleRadar and returns the body', async () => {
    fake.route('/ok', { body: { hello: 'board' } });
    const { text } = await fetchText(`${fake.url}/ok`, policy);
    expect(JSON.parse(text)).toEqual({ hello: 'board' });
    expect(fake.requests[0]!.userAgent).toMatch(/^RoleRadar\//);
  });

  test.each(['file:///etc/passwd', 'ftp://example.com/jobs', 'javascript:alert(1)', 'not a url'])(
    'refuses %s before any connection',
    async (url) => {
      await expect(fetchText(url, policy)).rejects.toThrow(/only http\(s\)|not a valid URL/);
    },
  );

  test('refuses a loopback address literal and a name resolving to loopback unless allowed', async () => {
    fake.route('/', { body: [] });
    const strict = { ...policy, allowPrivate: false };
    await expect(fetchText(`${fake.url}/`, strict)).rejects.toThrow(
      /127\.0\.0\.1 is a private or loopback address/,
    );
    await expect(fetchText(`http://localhost:${fake.port}/`, strict)).rejects.toThrow(
      /resolves to 127\.0\.0\.1, a private or loopback address; refused/,
    );
    expect(fake.requests).toHaveLength(0);
  });

  test('follows a redirect on the same host and refuses one to another host', async () => {
    fake.route('/moved', { status: 301, headers: { location: '/here' } });
    fake.route('/here', { body: 'arrived' });
    fake.route('/away', { status: 302, headers: { location: `http://localhost:${fake.port}/here` } });
    expect((await fetchText(`${fake.url}/moved`, policy)).text).toBe('arrived');
    await expect(fetchText(`${fake.url}/away`, policy)).rejects.toThrow(
      /redirected to another host \(localhost/,
    );
    expect(fake.requests.filter((r) => r.path === '/here')).toHaveLength(1);
  });

  test('a 429 with a short retry-after is retried after the wait', async () => {
    let calls = 0;
    fake.route('/busy', () =>
      ++calls === 1 ? { status: 429, headers: { 'retry-after': '1' } } : { body: 'ok' },
    );
    const t0 = Date.now();
    expect((await fetchText(`${fake.url}/busy`, policy)).text).toBe('ok');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(calls).toBe(2);
  });

  test('a 429 asking for longer than the cap fails fast instead of hanging', async () => {
    fake.route('/busy', { status: 429, headers: { 'retry-after': '120' } });
    const t0 = Date.now();
    await expect(fetchText(`${fake.url}/busy`, policy)).rejects.toThrow(
      /asked to wait 120 s \(over the 30 s cap\)/,
    );
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  test('500 on every attempt gives up after the bounded retries', async () => {
    fake.route('/broken', { status: 500 });
    await expect(fetchText(`${fake.url}/broken`, policy)).rejects.toThrow(/HTTP 500 after 3 attempts/);
    expect(fake.requests).toHaveLength(3);
  });

  test('a 404 is not retried', async () => {
    await expect(fetchText(`${fake.url}/missing`, policy)).rejects.toThrow(/HTTP 404/);
    expect(fake.requests).toHaveLength(1);
  });

  test('a hung server times out within the bound on every attempt', async () => {
    fake.route('/hang', { hang: true });
    const t0 = Date.now();
    await expect(fetchText(`${fake.url}/hang`, { ...policy, timeoutMs: 300, retries: 1 })).rejects.toThrow(
      /timed out after 300 ms/,
    );
    const took = Date.now() - t0;
    expect(took).toBeGreaterThanOrEqual(600);
    expect(took).toBeLessThan(2000);
    expect(fake.requests).toHaveLength(2);
  });

  test('a huge body is cut off while streaming and refused', async () => {
    fake.route('/huge', { streamBytes: 8 * 1024 * 1024 });
    await expect(fetchText(`${fake.url}/huge`, { ...policy, maxBytes: 256 * 1024 })).rejects.toThrow(
      /over the 262144-byte limit; cut off/,
    );
    expect(fake.requests).toHaveLength(1);
  });

  test('a declared content-length over the limit is refused before reading', async () => {
    fake.route('/big', { body: 'x'.repeat(5000) });
    await expect(fetchText(`${fake.url}/big`, { ...policy, maxBytes: 1000 })).rejects.toThrow(
      /5000 bytes, over/,
    );
  });
});

describe('HostQueue', () => {
  test('runs one request at a time per host', async () => {
    fake.route('/slow', { body: 'ok', delayMs: 80 });
    const hosts = new HostQueue();
    const host = new URL(fake.url).host;
    await Promise.all(
      Array.from({ length: 4 }, () => hosts.run(host, () => fetchText(`${fake.url}/slow`, policy))),
    );
    expect(fake.requests).toHaveLength(4);
    expect(fake.maxConcurrent).toBe(1);
  });
});
