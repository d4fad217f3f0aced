import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { App } from '../../../src/app.js';
import { CorpusReader } from '../../../src/storage/corpus/corpus-reader.js';
import { SCHEMA_VERSION } from '../../../src/storage/corpus/database.js';
import { DATABASE_FILE } from '../../../src/storage/corpus/generations.js';
import { listingMarkdown, memoryLog, testApp } from '../../support/temp.js';
import { roleText } from './fixtures.js';

test('a generation of the previous corpus schema is upgraded on start, its listings kept', async () => {
  const { app, config } = testApp({
    corpus: { 'listings/old-1.md': listingMarkdown({ id: 'old-1' }, roleText('old', 1)) },
  });
  await app.ingest({ sources: [], embedded: true });
  const generation = app.store.current()!;
  app.close();

  // Turn the generation back into what an earlier release wrote: schema 1, without the columns and
  // tables of later migrations.
  const file = generation.databaseFile;
  const db = new Database(file);
  db.exec(`DROP INDEX documents_open_listing_facts;
    DROP INDEX documents_open_listing_pay;
    DROP TABLE document_industries;
    DROP INDEX documents_closed_at;
    ${[
      'closed_at',
      'fetched_at',
      'external_id',
      'department',
      'apply_url',
      'source_updated_at',
      'alternate_urls',
      'salary_ranges',
    ]
      .map((c) => `ALTER TABLE documents DROP COLUMN ${c};`)
      .join('\n')}
    ALTER TABLE ingest_runs DROP COLUMN closed;
    PRAGMA user_version = 1;`);
  db.close();
  const manifestFile = path.join(generation.dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const bytes = fs.readFileSync(file);
  manifest.schemaVersion = 1;
  manifest.files[DATABASE_FILE] = {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
  };
  fs.writeFileSync(manifestFile, JSON.stringify(manifest));

  const log = memoryLog();
  const upgraded = new App(config, log, () => new Date('2026-12-01T00:00:00Z'));
  try {
    const old = upgraded.store.current()!;
    expect(old.id).toBe(generation.id);
    expect(() => new CorpusReader(old)).toThrow(/schema version 1/);
    const report = (await upgraded.ensureCorpus())!;
    expect(report.status).toBe('published');
    expect(log.lines.join('\n')).toMatch(
      new RegExp(`has corpus schema 1; upgrading it to ${SCHEMA_VERSION}`),
    );
    const reader = upgraded.reader()!;
    expect(reader.generation.id).not.toBe(generation.id);
    expect(reader.listing('old-1')).toMatchObject({ closedAt: null, alternates: [] });
    expect(reader.status()).toMatchObject({ listings: 1, closedListings: 0 });
  } finally {
    upgraded.close();
  }
});
