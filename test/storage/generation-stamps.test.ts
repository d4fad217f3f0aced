import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { GenerationStore } from '../../src/storage/corpus/generations.js';
import { memoryLog, testApp } from '../support/temp.js';
import { writeVersionedCorpus } from '../support/versioned-corpus.js';

// Opening a generation hashes every file against its manifest; a file found intact is stamped
// (inode, size, times) so the next open (a restart, a worker) skips hashing it while it is
// unchanged. A write changes its times, so corruption after the stamp is still found.
test('a stamped generation is verified again once a file is written, and a flipped byte is still refused', async () => {
  const t = testApp();
  writeVersionedCorpus(t.corpusDir, 1, 4);
  const g1 = (await t.app.ingest({ sources: [], embedded: true })).generation!;
  writeVersionedCorpus(t.corpusDir, 2, 4);
  const g2 = (await t.app.ingest({ sources: [], embedded: true })).generation!;
  t.app.close();
  expect(g2).not.toBe(g1);
  const stamps = path.join(t.dataDir, 'verified', `${g2}.json`);
  // Files written within the last 2 s are not stamped (a write in the same clock tick could keep
  // their times); once they are older, an open stamps them.
  await new Promise((r) => setTimeout(r, 2100));
  const log = memoryLog();
  expect(new GenerationStore(t.dataDir, log).current()?.id).toBe(g2);
  const stamped = JSON.parse(fs.readFileSync(stamps, 'utf8')) as Record<string, { sha256: string }>;
  const manifest = JSON.parse(
    fs.readFileSync(path.join(t.dataDir, 'generations', g2, 'manifest.json'), 'utf8'),
  ) as { files: Record<string, { sha256: string }> };
  expect(Object.keys(stamped).sort()).toEqual(Object.keys(manifest.files).sort());
  for (const [name, s] of Object.entries(stamped)) expect(s.sha256).toBe(manifest.files[name]!.sha256);
  // Stamped and unchanged: still served.
  expect(new GenerationStore(t.dataDir, log).current()?.id).toBe(g2);

  // One flipped byte in the stamped database, same size: refused, the previous generation serves.
  const db = path.join(t.dataDir, 'generations', g2, 'corpus.db');
  const bytes = fs.readFileSync(db);
  bytes[Math.floor(bytes.length / 2)]! ^= 0x10;
  fs.writeFileSync(db, bytes);
  expect(new GenerationStore(t.dataDir, log).current()?.id).toBe(g1);
  expect(log.lines.join('\n')).toMatch(/corpus\.db does not match its checksum/);
}, 120_000);
