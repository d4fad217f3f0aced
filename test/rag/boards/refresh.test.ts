import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { App } from '../../../src/app.js';
import { renderListing } from '../../../src/bot/commands/listing.js';
import { renderReplyText } from '../../../src/bot/console.js';
import { dispatchCommand } from '../../../src/bot/dispatch.js';
import { type SourceSpec, writeSources } from '../../../src/storage/state/sources-file.js';
import { type FakeBoards, startFakeBoards } from '../../support/fake-boards.js';
import { testApp, writeFiles } from '../../support/temp.js';
import {
  ashbyBoard,
  ashbyJob,
  type GreenhouseOptions,
  greenhouseBoard,
  leverPosting,
  roleText,
} from './fixtures.js';

let fake: FakeBoards;
beforeEach(async () => {
  fake = await startFakeBoards();
});
afterEach(async () => {
  await fake.close();
});

function boardsApp(specs: SourceSpec[], allowPrivate = true) {
  const t = testApp({ corpus: {} });
  Object.assign(t.config.sources, {
    allowPrivate,
    backoffMs: 5,
    retries: 1,
    timeoutMs: 800,
    maxWaitMs: 2000,
  });
  writeSources(t.config.sources.file, { sources: specs, retired: [] });
  return t;
}

const refresh = (app: App, force = false) =>
  app.ingest({ sources: [], embedded: true, configured: true, force });

const greenhouse = (): SourceSpec => ({
  kind: 'greenhouse',
  name: 'quill',
  board: 'quill',
  baseUrl: fake.url,
});
const lever = (): SourceSpec => ({ kind: 'lever', name: 'tidewell', board: 'tidewell', baseUrl: fake.url });

function serveGreenhouse(jobs: GreenhouseOptions[]) {
  fake.route('/v1/boards/quill/jobs', { body: greenhouseBoard('quill', jobs) });
}
function serveLever(n: number, from = 0) {
  fake.route('/v0/postings/tidewell', {
    body: Array.from({ length: n }, (_, i) => leverPosting('tidewell', from + i)),
  });
}

async function searchIds(app: App, query: string): Promise<string[]> {
  const { hits } = await app.retriever()!.search(query, { k: 50, mode: 'bm25', perCompany: 50 });
  return hits.map((h) => h.listingId);
}

describe('refreshing from job boards', () => {
  test('updated postings are updated; removed ones close, leave search, and reopen when back', async () => {
    const { app } = boardsApp([greenhouse(), lever()]);
    const jobs: GreenhouseOptions[] = [1, 2, 3, 4].map((id) => ({ id }));
    jobs[3]!.title = 'Lead Backend Engineer, Zephyrine Ledger';
    serveGreenhouse(jobs);
    serveLever(3);
    const first = await refresh(app);
    expect(first.status).toBe('published');
    expect(first.counts).toMatchObject({ added: 7, closed: 0 });
    expect(first.sources.map((s) => [s.name, s.status, s.postings])).toEqual([
      ['quill', 'fetched', 4],
      ['tidewell', 'fetched', 3],
    ]);
    expect(await searchIds(app, 'zephyrine')).toContain('greenhouse:quill:4');

    serveGreenhouse([
      { id: 1 },
      {
        id: 2,
        updatedAt: '2026-11-27T08:00:00Z',
        content: `<p>${roleText('changed', 20)} Now with Rust.</p>`,
      },
      { id: 3 },
    ]);
    const second = await refresh(app);
    expect(second.status).toBe('published');
    expect(second.counts).toMatchObject({ updated: 1, closed: 1, unchanged: 5 });
    expect(second.sources.find((s) => s.name === 'quill')).toMatchObject({ status: 'fetched', closed: 1 });

    const reader = app.reader()!;
    const closed = reader.listing('greenhouse:quill:4')!;
    expect(closed.closedAt).toMatch(/^2026-11-28T/);
    expect(renderReplyText(renderListing(closed, reader.generation.id))).toMatch(
      /\[Closed\][\s\S]*Status:\n\s+Closed/,
    );
    expect(reader.listings().map((l) => l.id)).not.toContain('greenhouse:quill:4');
    expect(reader.listingTitles().map((l) => l.id)).not.toContain('greenhouse:quill:4');
    expect(await searchIds(app, 'zephyrine')).not.toContain('greenhouse:quill:4');
    expect(
      app.recommend({ skills: ['Go', 'PostgreSQL'], remote: false }, 50)!.map((r) => r.listingId),
    ).not.toContain('greenhouse:quill:4');
    expect((await app.gap(['Go']))!.market).toBe(6);
    expect(reader.listing('greenhouse:quill:2')).toMatchObject({
      sourceUpdatedAt: '2026-11-27T08:00:00.000Z',
    });
    expect(reader.listing('greenhouse:quill:2')!.description).toContain('Now with Rust.');
    expect(reader.status()).toMatchObject({ listings: 6, closedListings: 1, lastRefresh: { closed: 1 } });
    expect(await app.sourceFreshness()).toEqual([
      expect.objectContaining({
        name: 'quill',
        lastSuccessAt: expect.stringMatching(/^2026-/),
        lastError: null,
      }),
      expect.objectContaining({
        name: 'tidewell',
        lastSuccessAt: expect.stringMatching(/^2026-/),
        postings: 3,
      }),
    ]);

    serveGreenhouse(jobs);
    const third = await refresh(app);
    expect(third.counts).toMatchObject({ closed: 0 });
    expect(app.reader()!.listing('greenhouse:quill:4')!.closedAt).toBeNull();
    expect(await searchIds(app, 'zephyrine')).toContain('greenhouse:quill:4');
  });

  test('an answer says how fresh the listings it cites are', async () => {
    const { app } = boardsApp([greenhouse()]);
    serveGreenhouse([{ id: 1 }, { id: 2 }]);
    await refresh(app);
    const reply = await dispatchCommand(
      'ask',
      { question: 'what do lead backend roles with PostgreSQL and Kubernetes ask for?' },
      { app, invoker: { id: '1', name: 'm', isAdmin: false }, surface: 'console' },
    );
    expect(reply.embeds![0]!.footer).toMatch(/· listings fetched 2026-11-28 or later$/);
  });

  test('a board that suddenly returns no postings is refused and keeps its listings, unless forced', async () => {
    const { app } = boardsApp([greenhouse(), lever()]);
    serveGreenhouse([{ id: 1 }, { id: 2 }, { id: 3 }]);
    serveLever(4);
    await refresh(app);
    fake.route('/v1/boards/quill/jobs', { body: { jobs: [], meta: { total: 0 } } });
    const refused = await refresh(app);
    expect(refused.sources.find((s) => s.name === 'quill')).toMatchObject({
      status: 'refused',
      message: expect.stringMatching(/3 of its 3 listings would close/),
    });
    expect(app.reader()!.status()).toMatchObject({ listings: 7, closedListings: 0 });
    expect((await app.sourceFreshness()).find((f) => f.name === 'quill')!.lastError).toMatch(/refused/);

    const forced = await refresh(app, true);
    expect(forced.status).toBe('published');
    expect(forced.counts.closed).toBe(3);
    expect(app.reader()!.status()).toMatchObject({ listings: 4, closedListings: 3 });
  });

  test.each([
    [
      'answers 500 every time',
      () => fake.route('/v1/boards/quill/jobs', { status: 500 }),
      /HTTP 500 after 2 attempts/,
    ],
    [
      'sends invalid JSON',
      () => fake.route('/v1/boards/quill/jobs', { body: '{"jobs": [{"id": 1,' }),
      /malformed JSON/,
    ],
    ['hangs', () => fake.route('/v1/boards/quill/jobs', { hang: true }), /timed out after 800 ms/],
    [
      'asks to come back in two minutes',
      () => fake.route('/v1/boards/quill/jobs', { status: 429, headers: { 'retry-after': '120' } }),
      /asked to wait 120 s/,
    ],
    [
      'redirects to another host',
      () =>
        fake.route('/v1/boards/quill/jobs', {
          status: 302,
          headers: { location: `http://localhost:${fake.port}/v1/boards/quill/jobs` },
        }),
      /redirected to another host/,
    ],
  ])('a source that %s keeps its listings while the others refresh', async (_label, breakIt, message) => {
    const { app } = boardsApp([greenhouse(), lever()]);
    serveGreenhouse([{ id: 1 }, { id: 2 }]);
    serveLever(2);
    await refresh(app);
    breakIt();
    serveLever(3);
    const report = await refresh(app);
    expect(report.status).toBe('published');
    expect(report.sources).toEqual([
      expect.objectContaining({ name: 'quill', status: 'failed', message: expect.stringMatching(message) }),
      expect.objectContaining({ name: 'tidewell', status: 'fetched', postings: 3 }),
    ]);
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        file: 'quill',
        message: expect.stringMatching(/could not be fetched .*its listings were kept/),
      }),
    );
    expect(report.counts).toMatchObject({ added: 1, closed: 0 });
    const ids = app
      .reader()!
      .listings()
      .map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining(['greenhouse:quill:1', 'greenhouse:quill:2']));
    expect(ids).toHaveLength(5);
    const freshness = (await app.sourceFreshness()).find((f) => f.name === 'quill')!;
    expect(freshness.lastError).toMatch(message);
    expect(freshness.lastSuccessAt).not.toBeNull();
  });

  test('the same role on two boards is merged into one listing that keeps both links', async () => {
    const html = `<h2>About the role</h2><p>${roleText('shared', 5)}</p>`;
    const { app } = boardsApp([
      greenhouse(),
      { kind: 'ashby', name: 'quill-ashby', board: 'quill', baseUrl: fake.url, company: 'Quillfeather Labs' },
    ]);
    serveGreenhouse([{ id: 9, content: html }, { id: 10 }]);
    const twin = ashbyJob('quill', 1, { title: 'Lead Backend Engineer', descriptionHtml: html });
    fake.route('/posting-api/job-board/quill', { body: ashbyBoard([twin, ashbyJob('quill', 2)]) });
    const first = await refresh(app);
    expect(first.duplicates).toEqual([
      { id: `ashby:quill:${twin.id}`, duplicateOf: 'greenhouse:quill:9', similarity: 1 },
    ]);
    expect(first.counts).toMatchObject({ added: 3, duplicates: 1 });
    const reader = app.reader()!;
    const merged = reader.listing('greenhouse:quill:9')!;
    expect(merged.alternates).toEqual([
      { id: `ashby:quill:${twin.id}`, url: twin.jobUrl, source: 'quill-ashby' },
    ]);
    expect(renderReplyText(renderListing(merged, reader.generation.id))).toContain(
      `Also posted at:\n  ${twin.jobUrl} (quill-ashby)`,
    );
    expect(reader.listing(`ashby:quill:${twin.id}`)).toBeNull();

    const second = await refresh(app);
    expect(second.status).toBe('unchanged');
    expect(app.reader()!.listing('greenhouse:quill:9')!.alternates).toHaveLength(1);
  });

  test('a posting that turns malformed is reported and skipped but not closed (it is still on the board)', async () => {
    const { app } = boardsApp([greenhouse()]);
    serveGreenhouse([{ id: 1 }, { id: 2 }, { id: 3 }]);
    await refresh(app);
    const board = greenhouseBoard('quill', [{ id: 1 }, { id: 2 }, { id: 3 }]);
    fake.route('/v1/boards/quill/jobs', {
      body: { ...board, jobs: [board.jobs[0], { ...board.jobs[1], title: 42 }, board.jobs[2]] },
    });
    const report = await refresh(app);
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        file: 'quill',
        record: 2,
        field: 'title',
        message: expect.stringMatching(/\(posting 2\); this posting was skipped/),
      }),
    );
    expect(report.counts).toMatchObject({ closed: 0, rejected: 1 });
    expect(app.reader()!.listing('greenhouse:quill:2')!.closedAt).toBeNull();
  });

  test('a configured file source is read relative to the sources file; an unreadable one keeps its listings', async () => {
    const { app, config } = boardsApp([{ kind: 'file', name: 'exports', path: 'exports' }]);
    const dir = path.join(path.dirname(config.sources.file), 'exports');
    const line = (id: string) =>
      JSON.stringify({
        id,
        title: 'Lead Backend Engineer',
        company: `Fernhill ${id}`,
        location: 'Remote',
        url: `https://jobs.example.com/${id}`,
        description: roleText(id, id.length),
      });
    writeFiles(dir, { 'roles.jsonl': [line('fh-1'), line('fh-22'), line('fh-333')].join('\n') });
    expect((await refresh(app)).counts).toMatchObject({ added: 3 });
    expect(app.reader()!.listing('exports:fh-1')!.source).toBe('exports');
    writeFiles(dir, { 'roles.jsonl': [line('fh-1'), line('fh-22')].join('\n') });
    expect((await refresh(app)).counts).toMatchObject({ closed: 1 });
    fs.rmSync(dir, { recursive: true });
    const report = await refresh(app);
    expect(report.sources).toEqual([
      expect.objectContaining({ status: 'failed', message: 'no such file or folder' }),
    ]);
    expect(app.reader()!.status()).toMatchObject({ listings: 2, closedListings: 1 });
  });

  test('a board on a loopback address is refused when private sources are not allowed', async () => {
    const { app } = boardsApp([greenhouse()], false);
    serveGreenhouse([{ id: 1 }]);
    const report = await refresh(app);
    expect(report.sources).toEqual([
      expect.objectContaining({
        status: 'failed',
        message: expect.stringMatching(/private or loopback address; refused/),
      }),
    ]);
    expect(fake.requests).toHaveLength(0);
  });

  test('a removed source has its listings closed on the next refresh', async () => {
    const { app } = boardsApp([greenhouse(), lever()]);
    serveGreenhouse([{ id: 1 }, { id: 2 }, { id: 3 }]);
    serveLever(2);
    await refresh(app);
    expect(await app.removeSource('tidewell')).toMatchObject({ kind: 'lever' });
    const report = await refresh(app);
    expect(report.status).toBe('published');
    expect(report.counts.closed).toBe(2);
    expect(report.sources.map((s) => s.name)).toEqual(['quill']);
    expect(app.reader()!.status()).toMatchObject({ listings: 3, closedListings: 2 });
  });
});
