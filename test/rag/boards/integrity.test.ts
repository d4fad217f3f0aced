// Issue 12: integrity of refreshes from job boards and feeds (items 6, 7, 9, 10, 11, 12, 13, 14, 15).
// Everything runs against this test's own fake boards on 127.0.0.1.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { App } from '../../../src/app.js';
import { renderListing } from '../../../src/bot/commands/listing.js';
import { renderReplyText } from '../../../src/bot/console.js';
import { sanitizeText } from '../../../src/bot/sanitize.js';
import { ingestText } from '../../../src/cli/main.js';
import { linkProblem } from '../../../src/core/link-safety.js';
import { readAttempts } from '../../../src/rag/ingest.js';
import { titleMatches } from '../../../src/rag/sources/boards/common.js';
import { type SourceSpec, writeSources } from '../../../src/storage/state/sources-file.js';
import { runCli } from '../../support/cli-process.js';
import { type FakeBoards, startFakeBoards } from '../../support/fake-boards.js';
import { testApp, writeFiles } from '../../support/temp.js';
import { ashbyBoard, ashbyJob, greenhouseBoard, greenhouseJob, roleText } from './fixtures.js';

let fake: FakeBoards;
beforeEach(async () => {
  fake = await startFakeBoards();
});
afterEach(async () => {
  await fake.close();
});

function boardsApp(specs: SourceSpec[], sources: Record<string, unknown> = {}) {
  const t = testApp({ corpus: {} });
  Object.assign(t.config.sources, {
    allowPrivate: true,
    backoffMs: 5,
    retries: 1,
    timeoutMs: 800,
    maxWaitMs: 2000,
    ...sources,
  });
  writeSources(t.config.sources.file, { sources: specs, retired: [] });
  return t;
}

const refresh = (app: App, force = false) =>
  app.ingest({ sources: [], embedded: true, configured: true, force });
const greenhouse = (extra: Partial<SourceSpec> = {}): SourceSpec =>
  ({ kind: 'greenhouse', name: 'quill', board: 'quill', baseUrl: fake.url, ...extra }) as SourceSpec;

function feedLine(id: string, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    id,
    title: 'Lead Backend Engineer',
    company: `Fernhill ${id}`,
    location: 'Remote',
    url: `https://jobs.example.com/fernhill/${id}`,
    description: roleText(`f${id}`, id.length + 3),
    ...extra,
  });
}

describe('item 6: a large feed', () => {
  test('150,000 tiny JSONL lines end in a report and a recorded attempt, and the text report stays short', {
    timeout: 120_000,
  }, async () => {
    const { app, dataDir } = testApp({ corpus: {} });
    const file = path.join(dataDir, 'huge.jsonl');
    fs.writeFileSync(file, `${Array.from({ length: 150_000 }, (_, i) => `{"id":"t${i}"}`).join('\n')}\n`);
    expect(fs.statSync(file).size).toBeGreaterThan(1_500_000);
    const report = await app.ingest({ sources: [file], embedded: false });
    expect(report.status).toBe('refused');
    expect(report.issues.length).toBeGreaterThanOrEqual(150_000);
    const attempts = readAttempts(dataDir);
    expect(attempts.at(-1)).toMatchObject({ status: 'refused', issues: report.issues.length });
    const text = ingestText(report);
    const lines = text.split('\n');
    expect(lines.length).toBeLessThan(80);
    expect(text).toMatch(/Problems \(\d{6}\):/);
    expect(text).toMatch(/… \d+ more \(--json prints every one\)/);
    expect(text).toMatch(/By kind:\n\s+150000 × .*huge\.jsonl/);
  });

  test('a report of 100,000 rejections prints as text without crashing', () => {
    const issues = Array.from({ length: 100_000 }, (_, i) => ({
      file: 'feed',
      line: i + 1,
      message: 'title is required',
    }));
    const text = ingestText({
      status: 'published',
      message: 'Published',
      generation: 'g',
      previousGeneration: null,
      counts: { added: 0, updated: 0, removed: 0, unchanged: 0, rejected: 100_000, duplicates: 0, closed: 0 },
      issues,
      duplicates: [],
      notices: Array.from({ length: 100_000 }, (_, i) => `note ${i}`),
      sources: [],
      durationMs: 1,
    });
    expect(text.split('\n').length).toBeLessThan(150);
    expect(text).toMatch(/100000 × feed: title is required/);
  });

  test('no source file spreads an array into a call (push(...x), Math.max(...x) overflow the stack)', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts')) {
          const text = fs.readFileSync(full, 'utf8');
          for (const m of text.matchAll(/\b(push|unshift|min|max|hypot|fromCharCode|apply)\(\s*\.\.\./g))
            offenders.push(`${full}: ${m[0]}`);
        }
      }
    };
    walk(path.resolve('src'));
    expect(offenders).toEqual([]);
  });
});

describe('item 7: ids are per source', () => {
  test('a feed reusing a board listing’s id is reported, never an overwrite', async () => {
    const { app } = boardsApp([
      greenhouse(),
      { kind: 'jsonl-url', name: 'feed', url: `${fake.url}/feed.jsonl` },
    ]);
    fake.route('/v1/boards/quill/jobs', { body: greenhouseBoard('quill', [{ id: 1 }, { id: 2 }]) });
    fake.route('/feed.jsonl', {
      body: [
        feedLine('greenhouse:quill:1', { title: 'Hijacked', url: 'https://evil.example.com/x' }),
        feedLine('2'),
      ].join('\n'),
    });
    const report = await refresh(app);
    expect(report.status).toBe('published');
    const reader = app.reader()!;
    // The feed's record lives in the feed's namespace; the board's listing is untouched.
    expect(reader.listing('feed:greenhouse:quill:1')).toMatchObject({ title: 'Hijacked', source: 'feed' });
    expect(reader.listing('greenhouse:quill:1')).toMatchObject({
      title: 'Lead Backend Engineer',
      url: 'https://boards.example.com/quill/jobs/1',
      source: 'quill',
    });
    // The feed's own id "2" lives in its namespace, beside the board's posting 2.
    expect(reader.listing('feed:2')).toMatchObject({ source: 'feed' });
    expect(reader.listing('greenhouse:quill:2')).toMatchObject({ source: 'quill' });
  });

  test('a file given on the command line cannot take over a configured source’s listing', async () => {
    const { app, dataDir } = boardsApp([greenhouse()]);
    fake.route('/v1/boards/quill/jobs', { body: greenhouseBoard('quill', [{ id: 1 }]) });
    await refresh(app);
    writeFiles(dataDir, { 'mine.jsonl': feedLine('greenhouse:quill:1', { title: 'Hijacked' }) });
    const report = await app.ingest({ sources: [path.join(dataDir, 'mine.jsonl')], embedded: false });
    expect(report.issues).toContainEqual(expect.objectContaining({ field: 'id' }));
    expect(app.reader()!.listing('greenhouse:quill:1')!.title).toBe('Lead Backend Engineer');
  });
});

describe('item 9: links that mislead', () => {
  test.each([
    ['https://jobs.example.com@evil.example/apply', /user name or password/],
    ['https://user:pass@jobs.example.com/', /user name or password/],
    ['https://аррӏе.com/jobs', /look-alike host/], // all Cyrillic
    ['https://pаypal.example/jobs', /mixes Latin and Cyrillic/],
    ['https://xn--80ak6aa92e.com/', /look-alike host/],
    ['https://exam⁄ple.com/', /look-alike host/],
  ])('%s is refused at ingest', (url, why) => {
    expect(linkProblem(url)).toMatch(why);
  });

  test.each([
    'https://jobs.example.com/a',
    'https://münchen.example/jobs',
    'https://пример.рф/',
    'https://例え.jp/',
  ])('%s is fine', (url) => {
    expect(linkProblem(url)).toBeUndefined();
  });

  test('a feed listing with such a URL is rejected with a clear problem, the others kept', async () => {
    const { app } = boardsApp([{ kind: 'jsonl-url', name: 'feed', url: `${fake.url}/feed.jsonl` }]);
    fake.route('/feed.jsonl', {
      body: [
        feedLine('1', { url: 'https://jobs.example.com@evil.example/1' }),
        feedLine('2', { url: 'https://gооgle.example/2' }),
        feedLine('3'),
      ].join('\n'),
    });
    const report = await refresh(app);
    expect(report.issues.filter((i) => i.field === 'url')).toHaveLength(2);
    expect(
      app
        .reader()!
        .listings()
        .map((l) => l.id),
    ).toEqual(['feed:3']);
  });

  test('a URL with parentheses renders as one link, not broken code text', () => {
    const url = 'https://jobs.example.com/roles/Lead_(Backend)';
    const allowed = new Set([url]);
    expect(sanitizeText(`[1] Lead — Acme <${url}>`, allowed)).toBe(`[1] Lead — Acme <${url}>`);
    expect(sanitizeText(`see ${url} today`, allowed)).toBe(`see <${url}> today`);
    expect(sanitizeText('see https://evil.example/a_(b) today', allowed)).toBe(
      'see `evil.example/a_(b)` today',
    );
    expect(sanitizeText('[x](https://evil.example/a_(b))', allowed)).toBe('x (link removed)');
  });
});

describe('item 10: title filters on normalised text', () => {
  test.each([
    'Se\u200bnior Back\u200dend Engineer',
    'Senior Back\u00adend Engineer',
    'Senior Ｂａｃｋｅｎｄ Engineer',
    'Senior Back\u2060end Engineer',
  ])('%j passes a "backend" filter', (title) => {
    expect(titleMatches(title, ['backend'])).toBe(true);
  });

  test('a board posting with invisible characters in its title is kept by the filter', async () => {
    const { app } = boardsApp([greenhouse({ titleFilter: ['backend'] })]);
    fake.route('/v1/boards/quill/jobs', {
      body: greenhouseBoard('quill', [
        { id: 1, title: 'Se\u200bnior Back\u200dend Engineer' },
        { id: 2, title: 'Designer' },
      ]),
    });
    const report = await refresh(app);
    expect(report.sources[0]).toMatchObject({ status: 'fetched', postings: 1 });
    expect(app.reader()!.listing('greenhouse:quill:1')!.title).toBe('Senior Backend Engineer');
  });
});

describe('item 11: a role cross-posted on two boards', () => {
  const wrapA = (role: string, n: number) =>
    `<p>Quillfeather Labs builds ledgers for small banks across Europe and beyond, with offices in Berlin and Lisbon and a remote-first team.</p><p>${role}</p><p>Quillfeather Labs is an equal opportunity employer and welcomes applicants of every background, identity and experience.</p><p>Pay range for this role: EUR ${90 + n},000 to ${120 + n},000 per year plus equity and a learning budget.</p>`;
  const wrapB = (role: string) =>
    `<p>About us: we are the Quillfeather platform group, a distributed team that ships payment infrastructure used by millions.</p><p>${role}</p><p>We value diversity; reasonable accommodations are available on request during every stage of the hiring process.</p><p>Benefits: 30 days of holiday, home office budget, pension plan, and a yearly team retreat somewhere sunny.</p>`;

  test('is merged into one listing that keeps both links', async () => {
    const { app } = boardsApp([
      greenhouse(),
      { kind: 'ashby', name: 'quill-ashby', board: 'quill', baseUrl: fake.url },
    ]);
    const shared = roleText('shared', 5);
    fake.route('/v1/boards/quill/jobs', {
      body: greenhouseBoard(
        'quill',
        [1, 2, 3, 4].map((id) => ({ id, content: wrapA(id === 1 ? shared : roleText('gh', id), id) })),
      ),
    });
    const jobs = [1, 2, 3, 4].map((n) =>
      ashbyJob('quill', n, {
        title: 'Lead Backend Engineer',
        descriptionHtml: wrapB(n === 1 ? shared : roleText('ab', n + 10)),
      }),
    );
    fake.route('/posting-api/job-board/quill', { body: ashbyBoard(jobs) });
    const report = await refresh(app);
    expect(report.duplicates).toEqual([
      { id: `ashby:quill:${jobs[0]!.id}`, duplicateOf: 'greenhouse:quill:1', similarity: expect.any(Number) },
    ]);
    const merged = app.reader()!.listing('greenhouse:quill:1')!;
    expect(merged.url).toBe('https://boards.example.com/quill/jobs/1');
    expect(merged.alternates).toEqual([
      { id: `ashby:quill:${jobs[0]!.id}`, url: jobs[0]!.jobUrl, source: 'quill-ashby' },
    ]);
    expect(app.reader()!.status().listings).toBe(7);
  });
});

describe('item 12: the removal guard has a floor', () => {
  test('a board can close its only listing, and 2 of 3', async () => {
    const { app } = boardsApp([greenhouse({ titleFilter: ['backend'] })]);
    fake.route('/v1/boards/quill/jobs', {
      body: greenhouseBoard('quill', [{ id: 1 }, { id: 9, title: 'Office Manager' }]),
    });
    await refresh(app);
    fake.route('/v1/boards/quill/jobs', {
      body: greenhouseBoard('quill', [{ id: 9, title: 'Office Manager' }]),
    });
    const closedOne = await refresh(app);
    expect(closedOne.sources[0]).toMatchObject({ status: 'fetched', closed: 1 });

    fake.route('/v1/boards/quill/jobs', {
      body: greenhouseBoard('quill', [{ id: 2 }, { id: 3 }, { id: 4 }]),
    });
    await refresh(app);
    fake.route('/v1/boards/quill/jobs', { body: greenhouseBoard('quill', [{ id: 4 }]) });
    const closedTwo = await refresh(app);
    expect(closedTwo.sources[0]).toMatchObject({ status: 'fetched', closed: 2 });
    expect(app.reader()!.status()).toMatchObject({ listings: 1 });
  });

  test('more than half and more than five is refused; a board returning nothing is refused', async () => {
    const { app } = boardsApp([greenhouse()]);
    const ten = Array.from({ length: 10 }, (_, i) => ({ id: i + 1 }));
    fake.route('/v1/boards/quill/jobs', { body: greenhouseBoard('quill', ten) });
    await refresh(app);
    fake.route('/v1/boards/quill/jobs', { body: greenhouseBoard('quill', ten.slice(0, 4)) });
    const refused = await refresh(app);
    expect(refused.sources[0]).toMatchObject({
      status: 'refused',
      message: expect.stringMatching(/6 of its 10 listings would close \(more than half, and more than 5/),
    });
    fake.route('/v1/boards/quill/jobs', { body: greenhouseBoard('quill', ten.slice(0, 5)) });
    expect((await refresh(app)).sources[0]).toMatchObject({ status: 'fetched', closed: 5 });
    fake.route('/v1/boards/quill/jobs', { body: { jobs: [], meta: { total: 0 } } });
    expect((await refresh(app)).sources[0]).toMatchObject({
      status: 'refused',
      message: expect.stringMatching(/returned no postings/),
    });
  });
});

describe('item 13: a refresh deadline', () => {
  test('a hung board is reported failed at the deadline and the others are published', async () => {
    // The feed is on another host (its own server): a hung board holds only its own host's slot.
    const other = await startFakeBoards();
    try {
      const { app, dataDir } = boardsApp(
        [greenhouse(), { kind: 'jsonl-url', name: 'feed', url: `${other.url}/feed.jsonl` }],
        { timeoutMs: 30_000, retries: 2, deadlineMs: 1500 },
      );
      fake.route('/v1/boards/quill/jobs', { hang: true });
      other.route('/feed.jsonl', { body: feedLine('1') });
      const t0 = Date.now();
      const report = await refresh(app);
      expect(Date.now() - t0).toBeLessThan(8000);
      expect(report.status).toBe('published');
      expect(report.sources).toEqual([
        expect.objectContaining({
          name: 'quill',
          status: 'failed',
          message: expect.stringMatching(/deadline/),
        }),
        expect.objectContaining({ name: 'feed', status: 'fetched', postings: 1 }),
      ]);
      expect(readAttempts(dataDir).at(-1)).toMatchObject({ status: 'published' });
    } finally {
      await other.close();
    }
  }, 20_000);
});

describe('item 14: company names and every pay range', () => {
  test('Greenhouse keeps every currency’s range with its label; the first fills the single-range columns', async () => {
    const { app } = boardsApp([greenhouse({ payTransparency: true })]);
    fake.route('/v1/boards/quill/jobs', { body: greenhouseBoard('quill', [{ id: 1 }]) });
    fake.route('/v1/boards/quill/jobs/1', {
      body: {
        ...greenhouseJob('quill', { id: 1 }),
        pay_input_ranges: [
          { min_cents: 15_000_000, max_cents: 18_000_000, currency_type: 'USD', title: 'United States' },
          { min_cents: 11_000_000, max_cents: 13_000_000, currency_type: 'EUR', title: 'Germany' },
        ],
      },
    });
    await refresh(app);
    const listing = app.reader()!.listing('greenhouse:quill:1')!;
    expect(listing.salary).toEqual({ min: 150000, max: 180000, currency: 'USD', period: 'year' });
    expect(listing.salaryRanges).toEqual([
      { min: 150000, max: 180000, currency: 'USD', period: 'year', label: 'United States' },
      { min: 110000, max: 130000, currency: 'EUR', period: 'year', label: 'Germany' },
    ]);
    const text = renderReplyText(renderListing(listing, 'g'));
    expect(text).toContain('United States: 150,000–180,000 USD');
    expect(text).toContain('Germany: 110,000–130,000 EUR');
  });

  test('Ashby tiers stay separate ranges with their titles', async () => {
    const { app } = boardsApp([{ kind: 'ashby', name: 'tide', board: 'tide', baseUrl: fake.url }]);
    const tier = (title: string, min: number, max: number) => ({
      title,
      components: [
        { compensationType: 'Salary', interval: '1 YEAR', currencyCode: 'EUR', minValue: min, maxValue: max },
      ],
    });
    const job = ashbyJob('tide', 1, {
      title: 'Lead Backend Engineer',
      compensation: {
        compensationTierSummary: '€90K – €150K',
        summaryComponents: [
          {
            compensationType: 'Salary',
            interval: '1 YEAR',
            currencyCode: 'EUR',
            minValue: 90000,
            maxValue: 150000,
          },
        ],
        compensationTiers: [tier('Zone A', 120000, 150000), tier('Zone B', 90000, 115000)],
      },
    });
    fake.route('/posting-api/job-board/tide', { body: ashbyBoard([job]) });
    await refresh(app);
    const listing = app.reader()!.listing(`ashby:tide:${job.id}`)!;
    expect(listing.salaryRanges.map((r) => [r.label, r.min, r.max])).toEqual([
      ['Zone A', 120000, 150000],
      ['Zone B', 90000, 115000],
    ]);
    expect(listing.salary).toMatchObject({ min: 120000, max: 150000 });
  });

  test('sources list says when a company name is a guess from the board name', {
    timeout: 60_000,
  }, async () => {
    const { config, dataDir, corpusDir } = boardsApp([
      { kind: 'lever', name: 'tide', board: 'tidewell' },
      { kind: 'ashby', name: 'named', board: 'named', company: 'Named Co' },
      { kind: 'greenhouse', name: 'q', board: 'quill' },
    ]);
    const env = {
      ROLERADAR_DATA_DIR: dataDir,
      ROLERADAR_CORPUS_DIR: corpusDir,
      ROLERADAR_SOURCES_FILE: config.sources.file,
    };
    const text = (await runCli(['sources', 'list'], env)).stdout;
    expect(text).toMatch(/tide: lever tidewell, company: "tidewell" \(a guess from the board name/);
    expect(text).toMatch(/named: ashby named, company: Named Co\n/);
    expect(text).toMatch(/q: greenhouse quill, company: as the board names it/);
    const json = JSON.parse((await runCli(['sources', 'list', '--json'], env)).stdout);
    expect(json.sources.map((s: { companyGuessed: boolean }) => s.companyGuessed)).toEqual([
      true,
      false,
      false,
    ]);
  });
});

describe('item 15: the CLI listing view', () => {
  test('renders through the same sanitiser as Discord: masked and foreign links are not shown as links', {
    timeout: 60_000,
  }, async () => {
    const { dataDir, corpusDir } = testApp({ corpus: {} });
    writeFiles(corpusDir, {
      'listings/masked.md': [
        '---',
        'id: masked-1',
        'title: Lead Backend Engineer',
        'company: Harbourline',
        'location: Remote',
        'url: https://jobs.example.com/harbourline/1',
        '---',
        `Apply at [the official portal](https://evil.example/phish) or https://evil.example/other today. Ping @everyone. ${roleText('masked', 2)}`,
      ].join('\n'),
    });
    const env = { ROLERADAR_DATA_DIR: dataDir, ROLERADAR_CORPUS_DIR: corpusDir };
    expect((await runCli(['ingest'], env)).code).toBe(0);
    // The refresh is recorded, and `status` says so.
    const status = JSON.parse((await runCli(['status', '--json'], env)).stdout);
    expect(status.lastAttempt).toMatchObject({ status: 'published', counts: { added: 1 } });
    const shown = await runCli(['listing', 'masked-1'], env);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('https://jobs.example.com/harbourline/1');
    expect(shown.stdout).not.toContain('](https://evil.example');
    expect(shown.stdout).toContain('the official portal (link removed)');
    expect(shown.stdout).toContain('`evil.example/other`');
    expect(shown.stdout).not.toContain('@everyone');
  });
});
