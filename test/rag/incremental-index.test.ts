import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_SEGMENTS, openChunkIds, REBUILD_DELETED_SHARE } from '../../src/rag/embed/build-index.js';
import { LocalEmbeddings } from '../../src/rag/embed/local-embeddings.js';
import { VectorIndex } from '../../src/rag/vector-index.js';
import { CorpusReader } from '../../src/storage/corpus/corpus-reader.js';
import { distinctWords, listingMarkdown, testApp } from '../support/temp.js';

// Issue 16 item 2: a refresh derives the new generation's vector index from its parent's (vectors
// of chunks no longer open marked deleted, new chunks added), and rebuilds it from nothing only
// once too much of it would be deleted elements.

const SKILLS = ['Go', 'Kafka', 'PostgreSQL', 'Kubernetes', 'Java', 'Rust', 'Python', 'AWS'];

function body(i: number, version = 0): string {
  const skills = `${SKILLS[i % SKILLS.length]}, ${SKILLS[(i + 3) % SKILLS.length]}`;
  return [
    '## About the role',
    `You lead the ${distinctWords(i + version * 5, 12)} team and own its backend services end to end. Version ${version}.`,
    '',
    '## What you will do',
    `Design and run ${distinctWords(i + 1 + version * 3, 10)} services in ${skills}, mentor engineers and set the technical direction with product.`,
    '',
    '## Requirements',
    `Eight or more years of backend engineering with ${skills}; experience leading a team of ${4 + (i % 5)} engineers; ${distinctWords(i + 2, 8)}.`,
  ].join('\n');
}

const file = (i: number) => `listings/l${i}.md`;
const listing = (i: number, version = 0) =>
  listingMarkdown({ id: `l${i}`, company: `Company ${i}`, title: 'Lead Backend Engineer' }, body(i, version));

function indexOf(dir: string): VectorIndex {
  return VectorIndex.load(dir, VectorIndex.readModelId(dir) ?? undefined);
}

test('a refresh of a few listings derives the index from the parent: only new chunks embedded, removed ones deleted, every open chunk live', async () => {
  const corpus = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [file(i), listing(i)]));
  const t = testApp({ corpus });
  const first = await t.app.ingest({ sources: [], embedded: true });
  expect(first.status).toBe('published');
  expect(t.log.lines.join('\n')).toMatch(/Vector index: full/);
  const parentDir = t.app.reader()!.generation.dir;
  const parentLive = openChunkIds(t.app.reader()!.inspectDatabase());

  // One listing changed, one removed, one added.
  fs.writeFileSync(path.join(t.corpusDir, file(1)), listing(1, 1));
  fs.rmSync(path.join(t.corpusDir, file(2)));
  fs.writeFileSync(path.join(t.corpusDir, file(40)), listing(40));
  t.log.lines.length = 0;
  const second = await t.app.ingest({ sources: [], embedded: true });
  expect(second.counts).toMatchObject({ added: 1, updated: 1, removed: 1 });
  const line = t.log.lines.find((l) => /Vector index:/.test(l)) ?? '';
  expect(line).toMatch(/Vector index: incremental/);

  const reader = t.app.reader()!;
  const dir = reader.generation.dir;
  expect(dir).not.toBe(parentDir);
  const live = openChunkIds(reader.inspectDatabase());
  const chunksOf = (ids: string[]) =>
    (
      reader
        .inspectDatabase()
        .prepare(`SELECT id FROM chunks WHERE document_id IN (${ids.map(() => '?').join(',')})`)
        .pluck()
        .all(...ids) as number[]
    ).map(Number);
  const rewritten = chunksOf(['l1', 'l40']);
  // Only the changed and the new listing's chunks were embedded; the parent's vectors of l1 and l2 went.
  expect(line).toContain(`${rewritten.length} chunk(s) embedded`);
  const gone = [...parentLive].filter((id) => !live.has(id));
  expect(gone.length).toBeGreaterThan(0);
  expect(line).toContain(`${gone.length} marked deleted`);

  // The derived index holds every open chunk, live, and nothing else.
  const index = indexOf(dir);
  expect(index.meta.count).toBe(live.size);
  expect(index.meta.elements).toBeGreaterThan(index.meta.count);
  for (const id of live) expect(index.vector(id), `chunk ${id}`).not.toBeNull();
  for (const id of gone) expect(index.vector(id), `deleted chunk ${id}`).toBeNull();
  const everything = index.search(Array.from(index.vector([...live][0]!)!), live.size).map((h) => h.label);
  expect(new Set(everything)).toEqual(live);

  // The new listing's chunks are found by their own text, embedded by the generation's model.
  const embedder = LocalEmbeddings.load(dir, t.app.pipeline.taxonomy)!;
  const row = reader
    .inspectDatabase()
    .prepare("SELECT text FROM chunks WHERE document_id = 'l40' ORDER BY ord LIMIT 1")
    .get() as {
    text: string;
  };
  const top = index.search(embedder.embedSync(`Lead Backend Engineer\nAbout the role\n${row.text}`), 1)[0]!;
  expect(chunksOf(['l40'])).toContain(top.label);
  // …and the retriever never returns the removed listing.
  const { hits } = await t.app.retriever()!.search('lead backend engineer', { k: 50, perCompany: 50 });
  expect(hits.map((h) => h.listingId)).not.toContain('l2');
  expect(hits.length).toBeGreaterThan(30);

  // A generation opened from disk reads the derived index (elements beyond the live count).
  const reopened = new CorpusReader(t.app.store.current()!);
  expect(indexOf(reopened.generation.dir).meta.count).toBe(live.size);
  reopened.close();
  t.app.close();
});

test(`once more than ${REBUILD_DELETED_SHARE * 100} % of the elements would be deleted ones, the index is rebuilt from nothing`, async () => {
  const corpus = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [file(i), listing(i)]));
  const t = testApp({ corpus });
  await t.app.ingest({ sources: [], embedded: true });
  for (let i = 0; i < 8; i++) fs.writeFileSync(path.join(t.corpusDir, file(i)), listing(i, 2));
  t.log.lines.length = 0;
  const report = await t.app.ingest({ sources: [], embedded: true });
  expect(report.counts.updated).toBe(8);
  expect(t.log.lines.find((l) => /Vector index:/.test(l))).toMatch(
    /Vector index: full, \d+ chunk\(s\) embedded, 0 marked deleted/,
  );
  const reader = t.app.reader()!;
  const index = indexOf(reader.generation.dir);
  expect(index.meta.count).toBe(openChunkIds(reader.inspectDatabase()).size);
  expect(index.meta.elements).toBe(index.meta.count);
  t.app.close();
});

// Round 10: a refresh of a large index writes only a segment of its new chunks beside the parent's
// files (linked, never rewritten) and a deletion list; VECTOR_SEGMENT_FROM is set to 0 here so
// the 40-listing corpus takes that path.
describe('a segmented index', () => {
  const segmentedApp = (n = 40) =>
    testApp({
      corpus: Object.fromEntries(Array.from({ length: n }, (_, i) => [file(i), listing(i)])),
      overrides: { vectorSegmentFrom: 0 },
    });
  const vectorLine = (lines: string[]) => lines.find((l) => /Vector index:/.test(l)) ?? '';
  const segmentFiles = (dir: string) => fs.readdirSync(dir).filter((f) => /^vectors\..+\.hnsw$/.test(f));

  test('a refresh links the parent’s base, writes one segment and a deletion list; every open chunk is live, nothing else', async () => {
    const t = segmentedApp();
    await t.app.ingest({ sources: [], embedded: true });
    const parentDir = t.app.reader()!.generation.dir;
    const parentLive = openChunkIds(t.app.reader()!.inspectDatabase());
    fs.writeFileSync(path.join(t.corpusDir, file(1)), listing(1, 1));
    fs.rmSync(path.join(t.corpusDir, file(2)));
    fs.writeFileSync(path.join(t.corpusDir, file(40)), listing(40));
    t.log.lines.length = 0;
    const second = await t.app.ingest({ sources: [], embedded: true });
    expect(second.status).toBe('published');
    expect(vectorLine(t.log.lines)).toMatch(
      /Vector index: segment, .* 1 segment\(s\), 1 file\(s\) kept from the parent/,
    );

    const dir = t.app.reader()!.generation.dir;
    // The base is the parent's file (one inode), listed in the manifest with the parent's checksum.
    expect(fs.statSync(path.join(dir, 'vectors.hnsw')).ino).toBe(
      fs.statSync(path.join(parentDir, 'vectors.hnsw')).ino,
    );
    const manifest = t.app.reader()!.generation.manifest;
    const parentManifest = JSON.parse(fs.readFileSync(path.join(parentDir, 'manifest.json'), 'utf8'));
    expect(manifest.files['vectors.hnsw']).toEqual(parentManifest.files['vectors.hnsw']);
    expect(segmentFiles(dir)).toHaveLength(1);
    expect(Object.keys(manifest.files)).toContain(segmentFiles(dir)[0]);

    const live = openChunkIds(t.app.reader()!.inspectDatabase());
    const gone = [...parentLive].filter((id) => !live.has(id));
    const index = indexOf(dir);
    expect(index.segmentCount).toBe(1);
    expect(index.meta.count).toBe(live.size);
    expect(index.meta.baseDeleted).toHaveLength(gone.length);
    for (const id of live) expect(index.vector(id), `chunk ${id}`).not.toBeNull();
    for (const id of gone) expect(index.vector(id), `deleted chunk ${id}`).toBeNull();
    const everything = index.search(Array.from(index.vector([...live][0]!)!), live.size).map((h) => h.label);
    expect(new Set(everything)).toEqual(live);
    expect(everything).toHaveLength(live.size);
    const { hits } = await t.app.retriever()!.search('lead backend engineer', { k: 50, perCompany: 50 });
    expect(hits.map((h) => h.listingId)).not.toContain('l2');

    // A second refresh changes the listing the first segment holds: deleted from that segment.
    fs.writeFileSync(path.join(t.corpusDir, file(40)), listing(40, 2));
    await t.app.ingest({ sources: [], embedded: true });
    const third = indexOf(t.app.reader()!.generation.dir);
    expect(third.segmentCount).toBe(2);
    // l40's chunks were in the first segment (with l1's): deleted there, the base's list unchanged.
    const first = third.meta.segments![0]!;
    expect(first.deleted.length).toBeGreaterThan(0);
    expect(first.deleted.length).toBeLessThan(first.labels.length);
    expect(third.meta.baseDeleted).toEqual(index.meta.baseDeleted);
    const liveNow = openChunkIds(t.app.reader()!.inspectDatabase());
    expect(third.meta.count).toBe(liveNow.size);
    for (const id of liveNow) expect(third.vector(id), `chunk ${id}`).not.toBeNull();
    t.app.close();
  });

  test(`past ${MAX_SEGMENTS} segments the index is compacted into one file, nothing embedded again but the new chunks`, async () => {
    const t = segmentedApp();
    await t.app.ingest({ sources: [], embedded: true });
    for (let r = 1; r <= MAX_SEGMENTS + 1; r++) {
      fs.writeFileSync(path.join(t.corpusDir, file(r)), listing(r, r));
      t.log.lines.length = 0;
      await t.app.ingest({ sources: [], embedded: true });
      const line = vectorLine(t.log.lines);
      if (r <= MAX_SEGMENTS)
        expect(line, `refresh ${r}`).toMatch(new RegExp(`segment, .* ${r} segment\\(s\\)`));
      else expect(line).toMatch(/Vector index: incremental, \d+ chunk\(s\) embedded, .* 0 segment\(s\)/);
    }
    const reader = t.app.reader()!;
    expect(segmentFiles(reader.generation.dir)).toHaveLength(0);
    const index = indexOf(reader.generation.dir);
    const live = openChunkIds(reader.inspectDatabase());
    expect(index.meta.count).toBe(live.size);
    expect(index.meta.segments).toBeUndefined();
    for (const id of live) expect(index.vector(id), `chunk ${id}`).not.toBeNull();
    t.app.close();
  });

  test('a truncated segment is refused: the previous generation serves, and the next refresh rebuilds the index from the database, nothing stored lost', async () => {
    const t = segmentedApp();
    const first = await t.app.ingest({ sources: [], embedded: true });
    fs.writeFileSync(path.join(t.corpusDir, file(40)), listing(40));
    const second = await t.app.ingest({ sources: [], embedded: true });
    t.app.close();
    const dir = path.join(t.app.store.generationsDir, second.generation!);
    const [segment] = segmentFiles(dir);
    const bytes = fs.readFileSync(path.join(dir, segment!));
    // Loaded on its own, the index refuses the short file before hnswlib reads it.
    const copy = fs.mkdtempSync(path.join(t.dataDir, 'copy-'));
    for (const name of ['vectors.json', 'vectors.hnsw'])
      fs.copyFileSync(path.join(dir, name), path.join(copy, name));
    fs.writeFileSync(path.join(copy, segment!), bytes.subarray(0, 64));
    expect(() => VectorIndex.load(copy)).toThrow(/too small/);
    // A segment whose labels are not the ones listed is refused too.
    fs.copyFileSync(path.join(dir, segment!), path.join(copy, segment!));
    const meta = JSON.parse(fs.readFileSync(path.join(copy, 'vectors.json'), 'utf8'));
    meta.segments[0].labels[0] += 100_000;
    fs.writeFileSync(path.join(copy, 'vectors.json'), JSON.stringify(meta));
    expect(() => VectorIndex.load(copy)).toThrow(/does not hold the labels/);

    // In the generation: its checksum fails, the previous generation serves.
    fs.writeFileSync(path.join(dir, segment!), bytes.subarray(0, bytes.length - 100));
    expect(t.app.store.current()?.id).toBe(first.generation);
    // The next refresh builds on the newest database (l40 kept) and rebuilds the vectors whole.
    t.log.lines.length = 0;
    const repaired = await t.app.ingest({ sources: [], embedded: true });
    expect(repaired.status).toBe('published');
    expect(vectorLine(t.log.lines)).toMatch(/Vector index: full/);
    const reader = t.app.reader()!;
    expect(reader.listings().some((l) => l.id === 'l40')).toBe(true);
    const index = indexOf(reader.generation.dir);
    expect(index.meta.count).toBe(openChunkIds(reader.inspectDatabase()).size);
    t.app.close();
  });
});
