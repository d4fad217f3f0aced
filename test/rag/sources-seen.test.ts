import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { SOURCES_SEEN } from '../../src/storage/corpus/corpus-writer.js';
import { listingMarkdown, testApp, writeFiles } from '../support/temp.js';

// Round 10 (issue 16): a refresh that sees a whole source again records one time for the source
// (`SOURCES_SEEN`) instead of rewriting every unchanged row; a listing's last sighting reads the
// same as when every row was touched.

const listing = (i: number, version = 0) =>
  listingMarkdown(
    { id: `l${i}`, company: `Company ${i}`, title: 'Lead Backend Engineer' },
    `## Role\nLead the platform team ${i} building Go services on PostgreSQL. Version ${version}.`,
  );
const record = (id: string, version = 0) =>
  JSON.stringify({
    id,
    title: 'Lead Backend Engineer',
    company: `Company ${id}`,
    location: 'Lisbon, Portugal',
    description: `Lead a team building Go services on PostgreSQL and Kafka; 8+ years of experience. Version ${version}.`,
    url: `https://jobs.example.com/${id}`,
  });

test('a source seen whole gets one time; its unchanged rows are not rewritten, yet read as seen', async () => {
  const t = testApp({ corpus: { 'listings/l0.md': listing(0), 'listings/l1.md': listing(1) } });
  const first = await t.app.ingest({ sources: [], embedded: true });
  const firstSeen = t.app.reader()!.listing('l0')!.fetchedAt!;
  fs.writeFileSync(path.join(t.corpusDir, 'listings/l1.md'), listing(1, 1));
  const second = await t.app.ingest({ sources: [], embedded: true });
  expect(second.counts).toMatchObject({ updated: 1, unchanged: 1 });
  const reader = t.app.reader()!;
  const db = reader.inspectDatabase();
  // The unchanged row keeps the time it was written; the source's time is the second refresh's.
  const row = db.prepare("SELECT fetched_at FROM documents WHERE id = 'l0'").pluck().get() as string;
  expect(row).toBe(firstSeen);
  const seen = JSON.parse(
    db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(SOURCES_SEEN) as string,
  ) as Record<string, string>;
  expect(seen.embedded! > firstSeen).toBe(true);
  // Read as seen by the second refresh, as the rewritten listing is.
  expect(reader.listing('l0')!.fetchedAt).toBe(seen.embedded);
  expect(reader.listing('l1')!.fetchedAt).toBe(seen.embedded);
  expect(reader.status().sources.find((s) => s.source === 'embedded')?.fetchedAt).toBe(seen.embedded);
  expect(first.generation).not.toBe(second.generation);
  t.app.close();
});

test('a file given on the command line that holds only some of its listings: those are touched, the others keep their time', async () => {
  const t = testApp();
  const dir = path.join(t.dataDir, 'in');
  writeFiles(dir, { 'batch.jsonl': `${[record('a1'), record('a2')].join('\n')}\n` });
  const file = path.join(dir, 'batch.jsonl');
  await t.app.ingest({ sources: [file], embedded: false });
  const before = t.app.reader()!.listing('a2')!.fetchedAt!;
  writeFiles(dir, { 'batch.jsonl': `${record('a1')}\n` });
  const report = await t.app.ingest({ sources: [file], embedded: false });
  expect(report.counts).toMatchObject({ unchanged: 1 });
  // Nothing changed but a1's sighting: published only if something changed, so read either way.
  const reader = t.app.reader()!;
  if (report.status === 'published') {
    expect(reader.listing('a1')!.fetchedAt! > before).toBe(true);
    expect(reader.listing('a2')!.fetchedAt).toBe(before);
  }
  // A listing that changes is written; the one missing from the file keeps its last sighting.
  writeFiles(dir, { 'batch.jsonl': `${record('a1', 1)}\n` });
  const third = await t.app.ingest({ sources: [file], embedded: false });
  expect(third.status).toBe('published');
  expect(t.app.reader()!.listing('a2')!.fetchedAt).toBe(before);
  expect(t.app.reader()!.listing('a1')!.fetchedAt! > before).toBe(true);
  t.app.close();
});

test('a stored listing whose new version merges as a duplicate still counts as seen: the source is seen whole', async () => {
  const t = testApp({
    corpus: { 'listings/l0.md': listing(0), 'listings/l1.md': listing(1), 'listings/l2.md': listing(2) },
  });
  await t.app.ingest({ sources: [], embedded: true });
  const firstSeen = t.app.reader()!.listing('l1')!.fetchedAt!;
  // l2's new version is l0's posting word for word (its company and text): merged into l0.
  fs.writeFileSync(
    path.join(t.corpusDir, 'listings/l2.md'),
    listing(0)
      .replace('id: l0', 'id: l2')
      .replace(/^id: .*$/m, 'id: l2'),
  );
  const second = await t.app.ingest({ sources: [], embedded: true });
  expect(second.counts.duplicates).toBe(1);
  const reader = t.app.reader()!;
  const row = reader
    .inspectDatabase()
    .prepare("SELECT fetched_at FROM documents WHERE id = 'l1'")
    .pluck()
    .get() as string;
  expect(row).toBe(firstSeen);
  expect(reader.listing('l1')!.fetchedAt! > firstSeen).toBe(true);
  t.app.close();
});
