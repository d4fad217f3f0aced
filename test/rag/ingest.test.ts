import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { RefreshInProgressError } from '../../src/storage/corpus/generations.js';
import { distinctWords, listingMarkdown, SYNTHETIC_TOPICS, testApp, writeFiles } from '../support/temp.js';

const body = (topic: string, extra = '') => `## About the role
You will lead the ${topic} team at a growing company, owning services written in Go and Kotlin on Kubernetes.

## What you bring
- 8+ years building backend systems with PostgreSQL, Kafka and Redis
- Experience mentoring engineers and running design reviews
- Hybrid: two days a week in our office

## Compensation
€90,000–€110,000 per year. ${extra}`;

function corpusOf(n: number, prefix = 'acme'): Record<string, string> {
  const files: Record<string, string> = {};
  const topics = SYNTHETIC_TOPICS;
  for (let i = 0; i < n; i++) {
    const id = `${prefix}-${i}`;
    // Each listing differs enough not to be a near-duplicate of another.
    const words = distinctWords(i, 40);
    files[`listings/${id}.md`] = listingMarkdown(
      { id, company: `Company ${i}` },
      body(topics[i % topics.length]!, words),
    );
  }
  files['guides/guide-test.md'] =
    '---\nid: guide-test\ntitle: A test guide\ntopics: [role]\nupdatedAt: 2026-11-01\n---\n## What a lead does\nA lead backend engineer owns the design of services and mentors the team around them.\n';
  return files;
}

describe('ingest of the embedded corpus', () => {
  test('publishes a generation with listings, guides, chunks and extracted facts', async () => {
    const { app } = testApp({ corpus: corpusOf(5) });
    const report = await app.ingest({ sources: [], embedded: true });
    expect(report.status).toBe('published');
    expect(report.counts).toMatchObject({ added: 6, rejected: 0 });
    const status = app.reader()!.status();
    expect(status).toMatchObject({ listings: 5, guides: 1 });
    expect(status.chunks).toBeGreaterThanOrEqual(6);
    const listing = app.reader()!.listing('acme-0')!;
    expect(listing).toMatchObject({
      seniority: 'lead',
      remote: 'hybrid',
      yearsMin: 8,
      salary: { min: 90000, max: 110000, currency: 'EUR', period: 'year' },
    });
    expect(listing.skills).toEqual(
      expect.arrayContaining(['Go', 'Kotlin', 'Kubernetes', 'PostgreSQL', 'Kafka', 'Redis', 'Mentoring']),
    );
  });

  test('a second run with unchanged files processes nothing and keeps the generation', async () => {
    const { app } = testApp({ corpus: corpusOf(3) });
    const first = await app.ingest({ sources: [], embedded: true });
    const second = await app.ingest({ sources: [], embedded: true });
    expect(second.status).toBe('unchanged');
    expect(second.counts).toMatchObject({ added: 0, updated: 0, unchanged: 4 });
    expect(second.generation).toBe(first.generation);
  });

  test('an edited listing is processed again and only it', async () => {
    const { app, corpusDir } = testApp({ corpus: corpusOf(3) });
    await app.ingest({ sources: [], embedded: true });
    const file = path.join(corpusDir, 'listings/acme-1.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('€90,000–€110,000', '€95,000–€120,000'));
    const report = await app.ingest({ sources: [], embedded: true });
    expect(report.counts).toMatchObject({ updated: 1, unchanged: 3, added: 0 });
    expect(app.reader()!.listing('acme-1')!.salary).toMatchObject({ min: 95000, max: 120000 });
  });

  test('a listing deleted from the embedded corpus is removed', async () => {
    const { app, corpusDir } = testApp({ corpus: corpusOf(4) });
    await app.ingest({ sources: [], embedded: true });
    fs.rmSync(path.join(corpusDir, 'listings/acme-3.md'));
    const report = await app.ingest({ sources: [], embedded: true });
    expect(report.counts.removed).toBe(1);
    expect(app.reader()!.listing('acme-3')).toBeNull();
  });

  test('refuses a refresh that would remove more than half of the listings, unless forced', async () => {
    // The guard has a floor (issue 12, item 12): more than half AND more than 5 listings.
    const { app, corpusDir } = testApp({ corpus: corpusOf(8) });
    const first = await app.ingest({ sources: [], embedded: true });
    for (const i of [0, 1, 2, 3, 4, 5]) fs.rmSync(path.join(corpusDir, `listings/acme-${i}.md`));
    const refused = await app.ingest({ sources: [], embedded: true });
    expect(refused.status).toBe('refused');
    expect(refused.message).toMatch(/remove 6 of 8 listings/);
    expect(app.reader()!.generation.id).toBe(first.generation);
    expect(app.reader()!.status().listings).toBe(8);
    const forced = await app.ingest({ sources: [], embedded: true, force: true });
    expect(forced.status).toBe('published');
    expect(app.reader()!.status().listings).toBe(2);
  });
});

describe('ingest --source', () => {
  test('adds JSONL listings, keeps their ids, and keeps the rest of the corpus', async () => {
    const { app, corpusDir } = testApp({ corpus: corpusOf(3) });
    await app.ingest({ sources: [], embedded: true });
    const file = path.join(corpusDir, '..', `extra-${path.basename(corpusDir)}.jsonl`);
    const record = {
      id: 'ext-42',
      title: 'Staff Backend Engineer',
      company: 'Ext Corp',
      location: 'Remote (EU)',
      description:
        '<h2>Role</h2><p>Design event-driven services in Java and Spring Boot on AWS. 10+ years of backend experience. Fully remote within the EU.</p>',
      url: 'https://ext.example.com/jobs/42',
      salary: '$150k-$180k',
      postedAt: '2026-11-01T10:00:00Z',
    };
    fs.writeFileSync(file, `${JSON.stringify(record)}\n`);
    try {
      const report = await app.ingest({ sources: [file], embedded: false });
      expect(report.status).toBe('published');
      expect(report.counts).toMatchObject({ added: 1, removed: 0 });
      const listing = app.reader()!.listing('ext-42')!;
      expect(listing).toMatchObject({
        seniority: 'staff',
        remote: 'remote',
        yearsMin: 10,
        postedAt: '2026-11-01',
        salary: { min: 150000, max: 180000, currency: 'USD' },
      });
      expect(listing.description).toContain('## Role');
      expect(listing.description).not.toContain('<p>');
      expect(app.reader()!.status().listings).toBe(4);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  test('reports each bad record with file, line and field, skips it, keeps the good ones, and loses nothing stored', async () => {
    const { app, dataDir } = testApp({ corpus: corpusOf(3) });
    await app.ingest({ sources: [], embedded: true });
    const dir = path.join(dataDir, 'incoming');
    const good = {
      id: 'ok-1',
      title: 'Lead Backend Engineer',
      company: 'Good Co',
      location: 'Lisbon, Portugal',
      description: 'Lead a team building Go services on PostgreSQL and Kafka; 8+ years of experience.',
      url: 'https://good.example.com/1',
    };
    const lines = [
      JSON.stringify(good),
      '{"id": "broken", "title": ',
      JSON.stringify({ ...good, id: 'no-title', title: undefined }),
      JSON.stringify({ ...good, id: 'bad-url', url: 'javascript:alert(1)' }),
      JSON.stringify({ ...good, id: 'empty', description: '   ' }),
      JSON.stringify({ ...good, title: 'Same id again' }),
      JSON.stringify({ ...good, id: 'acme-0', title: 42 }),
    ];
    writeFiles(dir, { 'batch.jsonl': `${lines.join('\n')}\n` });
    const report = await app.ingest({ sources: [path.join(dir, 'batch.jsonl')], embedded: false });
    expect(report.status).toBe('published');
    expect(report.counts).toMatchObject({ added: 1, rejected: 6 });
    const byLine = (line: number) => report.issues.find((i) => i.line === line);
    expect(byLine(2)?.message).toMatch(/malformed JSON/);
    expect(byLine(3)).toMatchObject({ field: 'title' });
    expect(byLine(3)?.message).toMatch(/required/);
    expect(byLine(4)).toMatchObject({ field: 'url' });
    expect(byLine(5)).toMatchObject({ field: 'description' });
    expect(byLine(6)?.message).toMatch(/duplicate id "ok-1"/);
    expect(byLine(7)).toMatchObject({ field: 'title' });
    for (const issue of report.issues) expect(issue.file).toMatch(/batch\.jsonl$/);
    // The stored listing whose update was rejected is untouched.
    expect(app.reader()!.listing('acme-0')!.title).toBe('Lead Backend Engineer');
    expect(app.reader()!.status().listings).toBe(4);
  });

  test('--strict rejects the whole refresh when any record is bad', async () => {
    const { app, dataDir } = testApp({ corpus: corpusOf(2) });
    const first = await app.ingest({ sources: [], embedded: true });
    writeFiles(dataDir, { 'in.jsonl': '{"id":"x"}\n' });
    const report = await app.ingest({
      sources: [path.join(dataDir, 'in.jsonl')],
      embedded: false,
      strict: true,
    });
    expect(report.status).toBe('refused');
    expect(app.reader()!.generation.id).toBe(first.generation);
  });

  test('a file over the size limit is refused whole with its size in the message', async () => {
    const { app, dataDir } = testApp({ corpus: corpusOf(2), overrides: { maxSourceBytes: 1024 } });
    await app.ingest({ sources: [], embedded: true });
    writeFiles(dataDir, { 'big.jsonl': 'x'.repeat(5000) });
    const report = await app.ingest({ sources: [path.join(dataDir, 'big.jsonl')], embedded: false });
    expect(report.status).toBe('refused');
    expect(report.issues[0]?.message).toMatch(/over the 0\.0 MB limit|over the .* limit/);
    expect(app.reader()!.status().listings).toBe(2);
  });

  test('a 50 MB file is refused before it is read, naming its size and the limit; the corpus is untouched', async () => {
    const { app, dataDir } = testApp({ corpus: corpusOf(2) });
    const first = await app.ingest({ sources: [], embedded: true });
    const file = path.join(dataDir, 'huge.jsonl');
    fs.writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, 0x61));
    const report = await app.ingest({ sources: [file], embedded: false });
    expect(report.status).toBe('refused');
    expect(report.issues).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/file is 50\.0 MB, over the 25\.0 MB limit/),
      }),
    ]);
    expect(app.reader()!.generation.id).toBe(first.generation);
  });

  test('invalid UTF-8 on one JSONL line rejects that line only', async () => {
    const { app, dataDir } = testApp({ corpus: corpusOf(2) });
    await app.ingest({ sources: [], embedded: true });
    const good = (id: string) =>
      JSON.stringify({
        id,
        title: 'Lead Backend Engineer',
        company: `Co ${id}`,
        location: 'Remote',
        description: `Lead a Go team for ${id}; 8+ years of experience with PostgreSQL and Kafka.`,
        url: `https://x.example.com/${id}`,
      });
    const file = path.join(dataDir, 'mixed.jsonl');
    fs.writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(`${good('u1')}\n`),
        Buffer.from('{"id":"bad","title":"Lead \xff\xfe engineer"}\n', 'latin1'),
        Buffer.from(`${good('u2')}\n`),
      ]),
    );
    const report = await app.ingest({ sources: [file], embedded: false });
    expect(report.counts).toMatchObject({ added: 2, rejected: 1 });
    expect(report.issues).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringMatching(/invalid UTF-8/) }),
    ]);
  });

  test('skips exact and near duplicates of stored listings under another id', async () => {
    const { app, dataDir, corpusDir } = testApp({ corpus: corpusOf(3) });
    await app.ingest({ sources: [], embedded: true });
    const original = fs.readFileSync(path.join(corpusDir, 'listings/acme-1.md'), 'utf8');
    const exact = original.replace('id: acme-1', 'id: repost-1');
    const near = original
      .replace('id: acme-1', 'id: repost-2')
      .replace('Experience mentoring engineers', 'Experience mentoring other engineers');
    writeFiles(dataDir, { 'reposts/a.md': exact, 'reposts/b.md': near });
    const report = await app.ingest({ sources: [path.join(dataDir, 'reposts')], embedded: false });
    expect(report.counts.duplicates).toBe(2);
    expect(report.duplicates.map((d) => d.duplicateOf)).toEqual(['acme-1', 'acme-1']);
    expect(app.reader()!.listing('repost-1')).toBeNull();
  });

  test('a second refresh while one holds the lock is refused with a clear message', async () => {
    const { app } = testApp({ corpus: corpusOf(2) });
    const release = app.store.acquireLock(new Date());
    try {
      await expect(app.ingest({ sources: [], embedded: true })).rejects.toThrow(RefreshInProgressError);
      await expect(app.ingest({ sources: [], embedded: true })).rejects.toThrow(
        /already running \(process \d+/,
      );
    } finally {
      release();
    }
    expect((await app.ingest({ sources: [], embedded: true })).status).toBe('published');
  });

  test('a stale lock left by a dead process is taken over', async () => {
    const { app, dataDir, log } = testApp({ corpus: corpusOf(2) });
    fs.writeFileSync(
      path.join(dataDir, 'refresh.lock'),
      JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), startedAt: 'then' }),
    );
    expect((await app.ingest({ sources: [], embedded: true })).status).toBe('published');
    expect(log.lines.some((l) => l.includes('stale refresh lock'))).toBe(true);
  });
});

describe('serving generation safety', () => {
  test('a corrupted database file is detected by checksum and the previous generation serves', async () => {
    const { app, corpusDir, log } = testApp({ corpus: corpusOf(3) });
    const first = await app.ingest({ sources: [], embedded: true });
    fs.writeFileSync(
      path.join(corpusDir, 'listings/acme-9.md'),
      listingMarkdown({ id: 'acme-9' }, body('graph', 'unique words for nine here')),
    );
    const second = await app.ingest({ sources: [], embedded: true });
    expect(second.generation).not.toBe(first.generation);
    app.close();
    const dbFile = path.join(app.store.generationsDir, second.generation!, 'corpus.db');
    const bytes = fs.readFileSync(dbFile);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    fs.writeFileSync(dbFile, bytes);
    const current = app.store.current();
    expect(current?.id).toBe(first.generation);
    expect(
      log.lines.some((l) => /does not match its checksum/.test(l) && l.includes(first.generation!)),
    ).toBe(true);
  });

  test('leftover staging folders from a killed refresh are removed on the next refresh', async () => {
    const { app } = testApp({ corpus: corpusOf(2) });
    await app.ingest({ sources: [], embedded: true });
    const leftover = path.join(app.store.stagingDir, '20260101T000000Z-dead00');
    fs.mkdirSync(leftover);
    fs.writeFileSync(path.join(leftover, 'corpus.db'), 'partial');
    await app.ingest({ sources: [], embedded: true, reprocess: true });
    expect(fs.existsSync(leftover)).toBe(false);
  });

  test('keeps only the configured number of generations', async () => {
    const { app } = testApp({ corpus: corpusOf(2), overrides: { keepGenerations: 2 } });
    for (let i = 0; i < 4; i++) await app.ingest({ sources: [], embedded: true, reprocess: true });
    expect(app.store.list()).toHaveLength(2);
  });
});
