// Issue 12, items 1 and 13: one address check for every spelling, link-local and metadata never
// fetched, bodies summarised rather than echoed, the per-host slot released between attempts, and
// a refresh deadline. Non-loopback addresses are only checked as units (no connection is opened to
// them); end-to-end requests go to this test's own servers on 127.0.0.1 and ::1.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fetchSource } from '../../../src/rag/sources/boards/fetch-source.js';
import {
  addressRefusal,
  addressVerdict,
  checkUrl,
  type FetchPolicy,
  fetchText,
  HostQueue,
} from '../../../src/rag/sources/boards/safe-fetch.js';
import { type FakeBoards, startFakeBoards } from '../../support/fake-boards.js';
import { greenhouseBoard } from './fixtures.js';

const policy: FetchPolicy = {
  timeoutMs: 1500,
  retries: 1,
  maxWaitMs: 5000,
  maxBytes: 1024 * 1024,
  allowPrivate: false,
  backoffMs: 10,
};

let fake: FakeBoards;
beforeEach(async () => {
  fake = await startFakeBoards();
});
afterEach(async () => {
  await fake.close();
});

describe('the address check (units: nothing is contacted)', () => {
  test.each([
    // IPv4 spellings of loopback and private space
    ['127.0.0.1', 'private'],
    ['127.0.0.1.', 'private'],
    ['2130706433', 'private'],
    ['0x7f.1', 'private'],
    ['0x7f000001', 'private'],
    ['017700000001', 'private'],
    ['0177.0.0.1', 'private'],
    ['127.1', 'private'],
    ['10.0.0.1', 'private'],
    ['0.0.0.0', 'private'],
    ['100.64.0.1', 'private'],
    ['198.18.0.1', 'private'],
    // IPv6 forms that carry an IPv4 address
    ['::ffff:127.0.0.1', 'private'],
    ['::ffff:7f00:1', 'private'],
    ['[::ffff:7f00:1]', 'private'],
    ['::ffff:0:7f00:1', 'private'],
    ['::7f00:1', 'private'],
    ['::127.0.0.1', 'private'],
    ['64:ff9b::7f00:1', 'private'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['64:ff9b:1::a00:1', 'private'],
    ['2002:7f00:1::', 'private'],
    ['2002:c0a8:101::1', 'private'],
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'private'], // Teredo, client 127.0.0.1
    ['::1', 'private'],
    ['::', 'private'],
    ['fd12::1', 'private'],
    ['fec0::1', 'private'],
    // link-local and cloud metadata, in every spelling: never, whatever the switch says
    ['169.254.169.254', 'forbidden'],
    ['169.254.169.254.', 'forbidden'],
    ['2852039166', 'forbidden'],
    ['0xa9fea9fe', 'forbidden'],
    ['0251.0376.0251.0376', 'forbidden'],
    ['::ffff:169.254.169.254', 'forbidden'],
    ['::ffff:a9fe:a9fe', 'forbidden'],
    ['64:ff9b::a9fe:a9fe', 'forbidden'],
    ['2002:a9fe:a9fe::', 'forbidden'],
    ['2001:0:4136:e378:8000:63bf:5601:5601', 'forbidden'], // Teredo, client 169.254.169.254
    ['169.254.1.1', 'forbidden'],
    ['fe80::1', 'forbidden'],
    ['fe80::1%eth0', 'forbidden'],
    ['[fe80::abcd%25en0]', 'forbidden'],
    ['fd00:ec2::254', 'forbidden'],
    ['100.100.100.200', 'forbidden'],
    ['168.63.129.16', 'forbidden'],
    ['224.0.0.1', 'forbidden'],
    ['ff02::1', 'forbidden'],
    ['not-an-address', 'forbidden'],
    // public
    ['93.184.216.34', 'public'],
    ['::ffff:93.184.216.34', 'public'],
    ['64:ff9b::5db8:d822', 'public'],
    ['2606:2800:220:1::', 'public'],
  ])('%s is %s', (address, kind) => {
    expect(addressVerdict(address).kind).toBe(kind);
  });

  test('ROLERADAR_ALLOW_PRIVATE_SOURCES opens loopback and private space, never link-local or metadata', () => {
    for (const a of ['127.0.0.1', '::ffff:7f00:1', '10.1.2.3', 'fd12::1'])
      expect(addressRefusal(a, true)).toBeUndefined();
    for (const a of ['169.254.169.254', '::ffff:a9fe:a9fe', 'fe80::1', 'fd00:ec2::254'])
      expect(addressRefusal(a, true)?.message).toMatch(/never fetched/);
    expect(addressRefusal('93.184.216.34', false)).toBeUndefined();
  });

  test.each([
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7f00:1]/',
    'http://[::7f00:1]/',
    'http://[64:ff9b::7f00:1]/',
    'http://[2002:7f00:1::]/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://0177.0.0.1/',
    'http://127.0.0.1./',
  ])('a URL to loopback spelt %s is refused before any connection', (url) => {
    expect(() => checkUrl(url, false)).toThrow(/private or loopback address; refused/);
    expect(checkUrl(url, true)).toBeInstanceOf(URL);
  });

  test.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://[::ffff:169.254.169.254]/',
    'http://[::ffff:a9fe:a9fe]/',
    'http://2852039166/',
    'http://[fd00:ec2::254]/',
    'http://[fe80::1]/',
    'http://metadata.google.internal/computeMetadata/v1/',
    'http://METADATA.google.internal./',
    'http://metadata/',
  ])('%s is refused even with private sources allowed', (url) => {
    expect(() => checkUrl(url, true)).toThrow(/never fetched|cloud metadata/);
  });
});

describe('fetching from this test’s own loopback servers', () => {
  test.each([
    (port: number) => `http://[::ffff:127.0.0.1]:${port}/`,
    (port: number) => `http://2130706433:${port}/`,
    (port: number) => `http://0x7f.1:${port}/`,
  ])('a loopback literal in another spelling is refused and never connected (%#)', async (spell) => {
    fake.route('/', { body: [] });
    await expect(fetchText(spell(fake.port), policy)).rejects.toThrow(/private or loopback address; refused/);
    expect(fake.requests).toHaveLength(0);
    // With the switch on, the same spelling reaches the loopback server (so the check, not a typo, refused it).
    expect((await fetchText(spell(fake.port), { ...policy, allowPrivate: true })).text).toBe('[]');
  });

  test('a server on ::1 is refused unless private sources are allowed', async () => {
    let hits = 0;
    const server = http.createServer((_req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '::1', resolve);
      });
    } catch {
      return; // no IPv6 loopback on this machine: nothing to check here
    }
    try {
      const port = (server.address() as AddressInfo).port;
      await expect(fetchText(`http://[::1]:${port}/`, policy)).rejects.toThrow(/::1 is a private/);
      expect(hits).toBe(0);
      expect((await fetchText(`http://[::1]:${port}/`, { ...policy, allowPrivate: true })).text).toBe(
        '{"ok":true}',
      );
    } finally {
      server.close();
    }
  });
});

describe('a body that is not what was asked for is summarised, never echoed', () => {
  const page = [
    '<!doctype html>',
    '<html><body>',
    '<p>Internal error: token=SECRET-TOKEN-1234 at db01.internal</p>',
    ...Array.from({ length: 50 }, (_, i) => `<p>stack frame ${i} SECRET-FRAME</p>`),
    '</body></html>',
  ].join('\n');

  test('an HTML page from a JSON Lines feed is one summarised failure, not a problem per line', async () => {
    fake.route('/feed.jsonl', { body: page, headers: { 'content-type': 'text/html; charset=utf-8' } });
    const outcome = await fetchSource(
      { kind: 'jsonl-url', name: 'feed', url: `${fake.url}/feed.jsonl` },
      { hosts: new HostQueue(), cwd: process.cwd(), policy: { ...policy, allowPrivate: true } },
    );
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/HTTP 200, text\/html, \d/) });
    expect(JSON.stringify(outcome)).not.toMatch(/SECRET|stack frame|<p>/);
  });

  test('a plain-text feed of garbage is summarised too, and no JSON error quotes the input', async () => {
    fake.route('/feed.jsonl', {
      body: 'SECRET-LINE-1\nSECRET-LINE-2',
      headers: { 'content-type': 'text/plain' },
    });
    const outcome = await fetchSource(
      { kind: 'jsonl-url', name: 'feed', url: `${fake.url}/feed.jsonl` },
      { hosts: new HostQueue(), cwd: process.cwd(), policy: { ...policy, allowPrivate: true } },
    );
    expect(outcome.ok).toBe(false);
    expect(JSON.stringify(outcome)).not.toMatch(/SECRET/);
  });

  test('a board answering with an HTML page fails with status, content type and size only', async () => {
    fake.route('/v1/boards/quill/jobs', { body: page, headers: { 'content-type': 'text/html' } });
    const outcome = await fetchSource(
      { kind: 'greenhouse', name: 'quill', board: 'quill', baseUrl: fake.url },
      { hosts: new HostQueue(), cwd: process.cwd(), policy: { ...policy, allowPrivate: true } },
    );
    expect(outcome).toEqual({
      ok: false,
      error: expect.stringMatching(/expected JSON but got HTTP 200, text\/html, [\d.]+ (KB|bytes)/),
    });
    expect(JSON.stringify(outcome)).not.toMatch(/SECRET/);
  });

  test.each(['SECRET-NOT-JSON {', '{"jobs": SECRET-TOKEN-1234567890}'])(
    'malformed JSON from a board (%s) does not quote the body in the error',
    async (body) => {
      fake.route('/v1/boards/quill/jobs', { body });
      const outcome = await fetchSource(
        { kind: 'greenhouse', name: 'quill', board: 'quill', baseUrl: fake.url },
        { hosts: new HostQueue(), cwd: process.cwd(), policy: { ...policy, allowPrivate: true } },
      );
      expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/malformed JSON/) });
      expect(JSON.stringify(outcome)).not.toMatch(/SECRET/);
    },
  );
});

describe('one slow board does not stall the others on its host (item 13)', () => {
  test('the host slot is given back while a source waits to retry', async () => {
    let aCalls = 0;
    fake.route('/a.jsonl', () =>
      ++aCalls === 1 ? { status: 503, headers: { 'retry-after': '1' } } : { body: '' },
    );
    fake.route('/b.jsonl', { body: '' });
    const options = {
      hosts: new HostQueue(),
      cwd: process.cwd(),
      policy: { ...policy, allowPrivate: true, retries: 2 },
    };
    const a = fetchSource({ kind: 'jsonl-url', name: 'a', url: `${fake.url}/a.jsonl` }, options);
    const b = fetchSource({ kind: 'jsonl-url', name: 'b', url: `${fake.url}/b.jsonl` }, options);
    await Promise.all([a, b]);
    // b went between a's two attempts instead of waiting out a's one-second pause behind it.
    expect(fake.requests.map((r) => r.path)).toEqual(['/a.jsonl', '/b.jsonl', '/a.jsonl']);
  });

  test('a hung Greenhouse pay endpoint costs one timeout per refresh, not one per posting', async () => {
    fake.route('/v1/boards/quill/jobs', {
      body: greenhouseBoard(
        'quill',
        [1, 2, 3, 4, 5].map((id) => ({ id })),
      ),
    });
    fake.route('/v1/boards/quill/jobs/', { hang: true });
    const t0 = Date.now();
    const outcome = await fetchSource(
      { kind: 'greenhouse', name: 'quill', board: 'quill', baseUrl: fake.url, payTransparency: true },
      {
        hosts: new HostQueue(),
        cwd: process.cwd(),
        policy: { ...policy, allowPrivate: true, timeoutMs: 300, retries: 0 },
      },
    );
    expect(outcome.ok && outcome.records).toHaveLength(5);
    expect(fake.requests.filter((r) => r.path.includes('pay_transparency'))).toHaveLength(1);
    expect(outcome.ok && outcome.notices.join()).toMatch(/not tried again for the 4 posting\(s\) after it/);
    expect(Date.now() - t0).toBeLessThan(1500);
  });

  test('nothing is fetched past the refresh deadline', async () => {
    fake.route('/slow', { hang: true });
    const t0 = Date.now();
    await expect(
      fetchText(
        `${fake.url}/slow`,
        { ...policy, allowPrivate: true, timeoutMs: 20_000, retries: 3 },
        { deadline: Date.now() + 400 },
      ),
    ).rejects.toThrow(/deadline/);
    expect(Date.now() - t0).toBeLessThan(1500);
  });
});
