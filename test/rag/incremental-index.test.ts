import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { openChunkIds, REBUILD_DELETED_SHARE } from '../../src/rag/embed/build-index.js';
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
