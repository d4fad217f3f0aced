import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { App } from '../../src/app.js';
import { renderRefresh } from '../../src/bot/commands/corpus.js';
import { loadConfig } from '../../src/config/config.js';
import { GenerationStore } from '../../src/storage/corpus/generations.js';
import { memoryLog, tempDir } from '../support/temp.js';
import { writeVersionedCorpus } from '../support/versioned-corpus.js';

// RELIABILITY.md, data side: "disk full during a refresh → the refresh fails, the old generation
// keeps serving, nothing partial is published". The data directory is a small tmpfs: sized from a
// measured first build so that build fits, and a second refresh that adds a large source file
// cannot. Needs root (mount); without it the test is skipped, saying why.

const mountDir = tempDir('roleradar-diskfull-mnt-', 'file');
const corpusDir = tempDir('roleradar-diskfull-corpus-', 'file');
const bulkFile = path.join(tempDir('roleradar-diskfull-bulk-', 'file'), 'bulk.jsonl');
let mounted = false;
let skipReason = '';

function duBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  return total;
}

function appOn(dataDir: string) {
  const log = memoryLog();
  let clock = Date.parse('2026-11-28T10:00:00Z');
  const app = new App(
    loadConfig({ ROLERADAR_DATA_DIR: dataDir, ROLERADAR_CORPUS_DIR: corpusDir }),
    log,
    () => {
      clock += 1000;
      return new Date(clock);
    },
  );
  return { app, log };
}

const freeBytes = (dir: string) => {
  const s = fs.statfsSync(dir);
  return s.bavail * s.bsize;
};

let sizeBytes = 0;
beforeAll(async () => {
  writeVersionedCorpus(corpusDir, 1);
  // 250 long listings (about 2.5 MB of text): far more than the room left on the small disk.
  const lines: string[] = [];
  for (let i = 0; i < 250; i++) {
    const words = Array.from({ length: 900 }, (_, k) => `term${(i * 31 + k * 17) % 5000}x${k % 7}`).join(' ');
    lines.push(
      JSON.stringify({
        id: `bulk-${i}`,
        title: 'Lead Backend Engineer',
        company: `Bulk Company ${i}`,
        location: 'Berlin, Germany',
        url: `https://jobs.example.com/bulk/${i}`,
        description: `## Role\nLead the team building Go and Kafka services on PostgreSQL. ${words}`,
      }),
    );
  }
  fs.writeFileSync(bulkFile, `${lines.join('\n')}\n`);

  // Measure the first build on the ordinary disk, then size the small disk: the first build, one
  // more copy of its database (a refresh stages a copy) and 1 MB to spare.
  const scratch = tempDir('roleradar-diskfull-scratch-', 'file');
  const { app } = appOn(scratch);
  await app.ingest({ sources: [], embedded: true });
  const db = fs.statSync(app.store.current()!.databaseFile).size;
  app.close();
  sizeBytes = duBytes(scratch) + db + (1 << 20);
  if (process.getuid?.() !== 0) {
    skipReason = 'mounting a tmpfs needs root';
    return;
  }
  try {
    execFileSync('mount', [
      '-t',
      'tmpfs',
      '-o',
      `size=${Math.ceil(sizeBytes / 4096) * 4096}`,
      'tmpfs',
      mountDir,
    ]);
    mounted = true;
  } catch (error) {
    skipReason = `mount -t tmpfs failed: ${(error as Error).message.split('\n')[0]}`;
  }
}, 120_000);

afterAll(() => {
  if (mounted) execFileSync('umount', ['-l', mountDir]);
});

test('disk full during a refresh: it fails with a clear message, the old generation keeps serving, nothing partial is published', async (ctx) => {
  if (!mounted) {
    console.info(`disk-full scenario skipped: ${skipReason}`);
    ctx.skip();
    return;
  }
  const dataDir = path.join(mountDir, 'data');
  const { app, log } = appOn(dataDir);
  const first = await app.ingest({ sources: [], embedded: true });
  expect(first.status).toBe('published');
  const g1 = first.generation!;
  const freeBefore = freeBytes(mountDir);
  expect(freeBefore).toBeLessThan(fs.statSync(bulkFile).size);

  const second = await app.ingest({ sources: [bulkFile], embedded: true });
  expect(second.status).toBe('failed');
  expect(second.message).toMatch(/out of disk space/);
  expect(second.message).toContain(`generation ${g1} keeps serving`);
  expect(second.generation).toBe(g1);
  // The admin sees it as a refresh not applied, with the reason.
  const shown = renderRefresh(second).embeds![0]!;
  expect(shown.title).toBe('Refresh not applied');
  expect(shown.description).toMatch(/out of disk space/);

  // Nothing partial: the pointer, the published generations, staging and temporary files.
  expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'current.json'), 'utf8'))).toEqual({ generation: g1 });
  expect(app.store.list()).toEqual([g1]);
  expect(fs.readdirSync(app.store.stagingDir)).toEqual([]);
  expect(fs.readdirSync(dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  expect(fs.existsSync(path.join(dataDir, 'refresh.lock'))).toBe(false);
  // The space the failed build took is given back.
  expect(freeBytes(mountDir)).toBeGreaterThanOrEqual(freeBefore - (64 << 10));

  // The old generation still opens (checksums verified) and answers, in this process and a fresh one.
  const answer = (await app.ask('what do lead backend roles with kafka require?'))!;
  expect(answer.generation).toBe(g1);
  expect(answer.citations.length).toBeGreaterThan(0);
  const fresh = appOn(dataDir);
  expect(fresh.app.store.current()!.id).toBe(g1);
  expect(fresh.app.reader()!.status().listings).toBe(24);
  const again = (await fresh.app.ask('which lead backend roles use postgresql?'))!;
  expect(again.citations.every((c) => !c.listingId.startsWith('bulk-'))).toBe(true);
  fresh.app.close();
  expect(log.lines.filter((l) => /^error /.test(l))).toEqual([]);

  // With the big file left out, the next refresh fits and publishes.
  writeVersionedCorpus(corpusDir, 2);
  const third = await app.ingest({ sources: [], embedded: true });
  expect(third.status, third.message).toBe('published');
  expect(app.store.readPointer()).toBe(third.generation);
  app.close();
  console.info(
    `disk-full: tmpfs ${(sizeBytes / 2 ** 20).toFixed(1)} MiB, ${(freeBefore / 2 ** 20).toFixed(1)} MiB free after the first build; second refresh: ${second.message}`,
  );
}, 120_000);

test('a publish whose pointer cannot be written (the last page of the disk taken) is rolled back', (ctx) => {
  if (!mounted) {
    console.info(`disk-full scenario skipped: ${skipReason}`);
    ctx.skip();
    return;
  }
  fs.rmSync(path.join(mountDir, 'data'), { recursive: true, force: true });
  const dir = path.join(mountDir, 'publish');
  const log = memoryLog();
  const store = new GenerationStore(dir, log);
  const manifest = {
    createdAt: '2026-11-28T10:00:00Z',
    parent: null,
    schemaVersion: 1,
    pipelineVersion: 'test',
    counts: { listings: 0, guides: 0, chunks: 0 },
    embedding: null,
  };
  const stage = (at: string) => {
    const staging = store.createStaging(new Date(at));
    fs.writeFileSync(path.join(staging.dir, 'corpus.db'), Buffer.alloc(3000, 7));
    return staging;
  };
  const g0 = store.publish(stage('2026-11-28T10:00:00Z'), manifest).id;
  const next = stage('2026-11-28T11:00:00Z');
  // Leave one page free: the manifest takes it, then the pointer cannot be written.
  const page = fs.statfsSync(mountDir).bsize;
  fs.writeFileSync(path.join(mountDir, 'filler'), Buffer.alloc(freeBytes(mountDir) - page));
  try {
    expect(freeBytes(mountDir)).toBe(page);
    expect(() => store.publish(next, manifest)).toThrow(/ENOSPC/);
    expect(store.readPointer()).toBe(g0);
    expect(store.list()).toEqual([g0]);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(store.current()!.id).toBe(g0);
  } finally {
    fs.rmSync(path.join(mountDir, 'filler'), { force: true });
  }
});
