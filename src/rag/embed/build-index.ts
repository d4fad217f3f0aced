import path from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import {
  type ChunkTextRow,
  chunkTextReader,
  openChunkIds,
  openChunkTexts,
} from '../../storage/corpus/chunk-texts.js';
import type { Db } from '../../storage/corpus/database.js';

/** Re-exported for callers that check what an index must hold. */
export { openChunkIds };

import type { SkillTaxonomy } from '../taxonomy.js';
import { VectorIndex, VectorIndexError, type VectorIndexMeta } from '../vector-index.js';
import { type LocalEmbeddingKind, LocalEmbeddings } from './local-embeddings.js';

/** The text a chunk is embedded from: where it sits (title, section) and what it says. */
export function chunkEmbeddingText(row: { title: string; heading: string | null; text: string }): string {
  return `${row.title}\n${row.heading ?? ''}\n${row.text}`;
}

export interface EmbedderChoice {
  /** An OpenAI-compatible (or any LangChain) embedder with a stable model id; when absent, the local one. */
  remote?: { embeddings: Embeddings; modelId: string } | undefined;
  localKind: LocalEmbeddingKind;
  taxonomy: SkillTaxonomy;
}

export interface IndexBuildResult {
  modelId: string;
  dimensions: number;
  count: number;
  /** True when the local model was learned afresh in this build (its vector space changed). */
  refitted: boolean;
  /**
   * How the index was made: from nothing; derived from the parent's and written whole
   * (`incremental`); or the parent's files kept and one segment of the new chunks written
   * beside them (`segment`).
   */
  mode: 'full' | 'incremental' | 'segment';
  /** Chunks embedded in this build (all of them for a full build, the new ones for an incremental one). */
  embedded: number;
  /** Parent vectors marked deleted (incremental builds). */
  deleted: number;
  /** Files of the parent's index carried into the new generation unchanged (hard links; `segment` builds). */
  carried: string[];
  /** Segment files beside the base after this build. */
  segments: number;
}

/** What changed since the parent generation: lets the index be derived from the parent's. */
export interface IndexChanges {
  /** The open (retrievable) chunk ids of the parent generation: its index's live labels. */
  parentLive: ReadonlySet<number>;
  /** Chunk rows written by this refresh (new and changed documents), whatever their id. */
  written: ReadonlySet<number>;
  /**
   * The parent's base must hold at least this many vectors for a refresh to write a segment
   * instead of the whole index (VECTOR_SEGMENT_FROM unless configured; 0: always when allowed).
   */
  segmentFrom?: number;
}

// An index derived from its parent's is rebuilt from nothing once this share of its elements is
// marked deleted: deleted elements still cost memory and search time (hnswlib walks through them).
export const REBUILD_DELETED_SHARE = 0.25;
/**
 * A refresh writes only a segment of its new chunks (and a deletion list) beside its parent's
 * files, which it links unchanged, while the parent's base holds at least VECTOR_SEGMENT_FROM
 * vectors: below that (~60 MB at 704 dimensions) writing the whole index costs well under a
 * second and each generation keeps an index file of its own. The index is compacted into one
 * file (the segments' vectors added to the base, nothing embedded again) once a refresh would
 * leave more than MAX_SEGMENTS segments or segments holding more than SEGMENT_SHARE of the base's
 * vectors (each segment is one more search per query); and rebuilt from nothing past
 * REBUILD_DELETED_SHARE.
 */
export const VECTOR_SEGMENT_FROM = 20_000;
export const MAX_SEGMENTS = 8;
export const SEGMENT_SHARE = 0.2;
// The local LSA model is learned from at most this many chunks (an even sample of a larger corpus).
const LSA_FIT_SAMPLE = 50_000;
// Texts embedded per batch: bounds memory on a large corpus (vectors are added as they come).
const EMBED_BATCH = 512;

/**
 * Embeds the chunks of a staged database (closed listings' chunks excluded) and writes its hnswlib
 * index into the staging folder. The local model learned from the corpus is carried over from the
 * parent generation, so the vector space stays put between refreshes; it is learned again on the
 * first build, on `--reprocess`, or when the configured kind changes.
 *
 * With `changes` and a parent index built by the same model, the index is derived from the
 * parent's: vectors of chunks no longer open are marked deleted, new chunks are embedded and
 * added, everything else is kept as it is. Once more than REBUILD_DELETED_SHARE of the elements
 * would be deleted ones, it is rebuilt from nothing instead.
 */
export async function buildVectorIndex(
  db: Db,
  stagingDir: string,
  parentDir: string | null,
  choice: EmbedderChoice,
  refit: boolean,
  changes?: IndexChanges,
): Promise<IndexBuildResult> {
  let embeddings: Embeddings & { embedSync?: (text: string) => number[] };
  let modelId: string;
  let refitted = false;
  if (choice.remote) {
    embeddings = choice.remote.embeddings;
    modelId = choice.remote.modelId;
  } else {
    let local: LocalEmbeddings | null = null;
    if (parentDir && !refit) {
      try {
        local = LocalEmbeddings.load(parentDir, choice.taxonomy);
      } catch {
        local = null;
      }
      if (local && local.kind !== choice.localKind) local = null;
    }
    if (!local) {
      const rows = openChunkTexts(db);
      const step = Math.max(1, Math.ceil(rows.length / LSA_FIT_SAMPLE));
      const sample: string[] = [];
      for (let i = 0; i < rows.length; i += step) sample.push(chunkEmbeddingText(rows[i]!));
      local = LocalEmbeddings.fit(choice.localKind, choice.taxonomy, sample);
      refitted = true;
    }
    local.save(stagingDir);
    embeddings = local;
    modelId = local.modelId;
  }

  const live = openChunkIds(db);
  if (changes && parentDir && !refitted && !refit) {
    const derived = await deriveFromParent(db, parentDir, stagingDir, modelId, embeddings, live, changes);
    if (derived) return { modelId, refitted, ...derived };
  }

  // A full build, streaming: rows are read, embedded and added a batch at a time.
  let index: VectorIndex | null = null;
  let embedded = 0;
  let batch: ChunkTextRow[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const vectors = await embedAll(embeddings, batch.map(chunkEmbeddingText));
    index ??= VectorIndex.create(modelId, Math.max(1, vectors[0]?.length ?? 1), live.size);
    for (const [i, row] of batch.entries()) index.add(row.id, vectors[i]!, { wasLive: false });
    embedded += batch.length;
    batch = [];
  };
  const rows = openChunkTexts(db);
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= EMBED_BATCH) await flush();
  }
  await flush();
  const finalIndex = (index as VectorIndex | null) ?? VectorIndex.create(modelId, 1, 0);
  finalIndex.save(stagingDir);
  return {
    modelId,
    dimensions: finalIndex.meta.dimensions,
    count: finalIndex.meta.count,
    refitted,
    mode: 'full',
    embedded,
    deleted: 0,
    carried: [],
    segments: 0,
  };
}

async function embedAll(
  embeddings: Embeddings & { embedSync?: (text: string) => number[] },
  texts: string[],
): Promise<number[][]> {
  return embeddings.embedSync ? texts.map((t) => embeddings.embedSync!(t)) : embeddings.embedDocuments(texts);
}

/**
 * The parent's index with this refresh's changes applied, or null when it cannot be used (none,
 * another model, unreadable) or would hold too many deleted elements: then the caller rebuilds.
 * Vectors of chunks no longer open (or written again) are deleted, the new chunks embedded; they
 * go into a segment of their own beside the parent's files (`VectorIndex.writeSegment`) while the
 * index is large enough and has room for one more, else the whole index is written again as one
 * file (`compact`).
 */
async function deriveFromParent(
  db: Db,
  parentDir: string,
  stagingDir: string,
  modelId: string,
  embeddings: Embeddings & { embedSync?: (text: string) => number[] },
  live: ReadonlySet<number>,
  changes: IndexChanges,
): Promise<Omit<IndexBuildResult, 'modelId' | 'refitted'> | null> {
  let meta: VectorIndexMeta;
  try {
    meta = VectorIndex.readMeta(parentDir);
  } catch {
    return null;
  }
  if (meta.modelId !== modelId) return null;
  // The parent's index must hold exactly the parent's open chunks (as every build leaves it).
  if (meta.count !== changes.parentLive.size) return null;
  // Deleted: the parent's chunks no longer open, and those written again under the same row id
  // (SQLite reused it): their new vector goes where the new chunks go.
  const toDelete: number[] = [];
  for (const id of changes.parentLive) if (!live.has(id) || changes.written.has(id)) toDelete.push(id);
  const toAdd: number[] = [];
  for (const id of live) if (changes.written.has(id) || !changes.parentLive.has(id)) toAdd.push(id);
  const segments = meta.segments ?? [];
  const segmentElements = segments.reduce((n, s) => n + s.labels.length, 0);
  const baseElements = meta.elements ?? meta.count;
  const elements = baseElements + segmentElements + toAdd.length;
  if (elements > 0 && (elements - live.size) / elements > REBUILD_DELETED_SHARE) return null;
  const segmented =
    baseElements >= (changes.segmentFrom ?? VECTOR_SEGMENT_FROM) &&
    segments.length < MAX_SEGMENTS &&
    segmentElements + toAdd.length <= SEGMENT_SHARE * baseElements;

  const select = chunkTextReader(db);
  const embedInto = async (index: VectorIndex, wasLive: (id: number) => boolean) => {
    for (let i = 0; i < toAdd.length; i += EMBED_BATCH) {
      const rows = toAdd.slice(i, i + EMBED_BATCH).map(select);
      const vectors = await embedAll(embeddings, rows.map(chunkEmbeddingText));
      for (const [j, row] of rows.entries()) index.add(row.id, vectors[j]!, { wasLive: wasLive(row.id) });
    }
  };
  if (segmented) {
    const segment = toAdd.length ? VectorIndex.create(modelId, meta.dimensions, toAdd.length, true) : null;
    if (segment) await embedInto(segment, () => false);
    let written: { meta: VectorIndexMeta; carried: string[] };
    try {
      written = VectorIndex.writeSegment(
        parentDir,
        stagingDir,
        segment,
        `vectors.${path.basename(stagingDir).replace(/[^\w-]/g, '')}.hnsw`,
        toDelete,
      );
    } catch (error) {
      if (error instanceof VectorIndexError) return null;
      throw error;
    }
    if (written.meta.count !== live.size)
      throw new Error(
        `the derived vector index holds ${written.meta.count} live vectors for ${live.size} chunks`,
      );
    return {
      dimensions: written.meta.dimensions,
      count: written.meta.count,
      mode: 'segment',
      embedded: toAdd.length,
      deleted: toDelete.length,
      carried: written.carried,
      segments: written.meta.segments?.length ?? 0,
    };
  }

  let index: VectorIndex;
  try {
    index = VectorIndex.load(parentDir, modelId);
  } catch {
    return null;
  }
  for (const id of toDelete) index.remove(id);
  index.compact();
  index.reserve(toAdd.length);
  await embedInto(index, () => false);
  if (index.meta.count !== live.size)
    throw new Error(
      `the derived vector index holds ${index.meta.count} live vectors for ${live.size} chunks`,
    );
  index.save(stagingDir);
  return {
    dimensions: index.meta.dimensions,
    count: index.meta.count,
    mode: 'incremental',
    embedded: toAdd.length,
    deleted: toDelete.length,
    carried: [],
    segments: 0,
  };
}
