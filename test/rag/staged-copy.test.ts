import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { App } from '../../src/app.js';
import { leadListingsCorpus, listingMarkdown, memoryLog, testApp } from '../support/temp.js';

// Round 11 (issue 16): a refresh starts from a copy of its parent's database. A parent whose bytes
// were hashed and not written since (by this store's publish, or a stamp an earlier open left) is
// copied by the kernel without hashing the copy; any other is hashed as it is copied. Either way
// the staged database is the verified parent's bytes; a parent changed in place is never copied.

const staged = (lines: string[]) =>
  lines.filter((l) => l.startsWith('info Staged corpus.db')).map((l) => l.slice('info '.length));

function change(corpusDir: string, i: number) {
  fs.writeFileSync(
    path.join(corpusDir, 'listings', `extra-${i}.md`),
    listingMarkdown(
      { id: `extra-${i}`, company: `Extra ${i}` },
      `## About\nWe build ledger software ${i}.\n\n## Requirements\n${3 + i}+ years with Go and Kafka.`,
    ),
  );
}

test('a parent verified by its stamp is copied without hashing; one without is hashed as it is copied', async () => {
  const t = testApp({ corpus: leadListingsCorpus(6) });
  const g1 = (await t.app.ingest({ sources: [], embedded: true })).generation!;
  change(t.corpusDir, 1);
  const second = await t.app.ingest({ sources: [], embedded: true });
  expect(second.status).toBe('published');
  // Published by this store a moment ago: its hash is known and the file unchanged since.
  expect(staged(t.log.lines)).toEqual([`Staged corpus.db: copied from ${g1}, verified by its stamp`]);
  t.app.close();

  // Another process, no stamps left: the parent is hashed as it is copied.
  fs.rmSync(path.join(t.dataDir, 'verified'), { recursive: true, force: true });
  const log = memoryLog();
  const app = new App(t.config, log);
  change(t.corpusDir, 2);
  const third = await app.ingest({ sources: [], embedded: true });
  expect(third.status).toBe('published');
  expect(staged(log.lines)).toEqual([
    `Staged corpus.db: copied from ${second.generation}, hashed as it was copied`,
  ]);
  expect(app.store.current()?.id).toBe(third.generation);
  expect(
    app
      .reader()!
      .listings()
      .map((l) => l.id),
  ).toEqual(expect.arrayContaining(['extra-1', 'extra-2']));
  app.close();
}, 120_000);

test('a parent whose database changed after it was stamped is not built on', async () => {
  const t = testApp({ corpus: leadListingsCorpus(6) });
  const g1 = (await t.app.ingest({ sources: [], embedded: true })).generation!;
  change(t.corpusDir, 1);
  const g2 = (await t.app.ingest({ sources: [], embedded: true })).generation!;
  t.app.close();
  // One flipped byte in g2's database, same size: its stamp no longer holds (its times changed).
  const db = path.join(t.dataDir, 'generations', g2, 'corpus.db');
  const bytes = fs.readFileSync(db);
  bytes[Math.floor(bytes.length / 2)]! ^= 0x10;
  fs.writeFileSync(db, bytes);
  const log = memoryLog();
  const app = new App(t.config, log);
  change(t.corpusDir, 2);
  const report = await app.ingest({ sources: [], embedded: true });
  expect(report.status).toBe('published');
  const copies = staged(log.lines);
  expect(copies).toHaveLength(1);
  expect(copies[0]).toContain(`copied from ${g1}`);
  expect(app.store.current()?.id).toBe(report.generation);
  app.close();
}, 120_000);
