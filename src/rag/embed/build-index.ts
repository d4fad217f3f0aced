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
import { VectorIndex } from '../vector-index.js';
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
  /** How the index was made: from nothing, or derived from the parent generation's index. */
  mode: 'full' | 'incremental';
  /** Chunks embedded in this build (all of them for a full build, the new ones for an incremental one). */
  embedded: number;
  /** Parent vectors marked deleted (incremental builds). */
  deleted: number;
}

/** What changed since the parent generation: lets the index be derived from the parent's. */
export interface IndexChanges {
  /** The open (retrievable) chunk ids of the parent generation: its index's live labels. */
  parentLive: ReadonlySet<number>;
  /** Chunk rows written by this refresh (new and changed documents), whatever their id. */
  written: ReadonlySet<number>;
}

// An index derived from its parent's is rebuilt from nothing once this share of its elements is
// marked deleted: deleted elements still cost memory and search time (hnswlib walks through them).
export const REBUILD_DELETED_SHARE = 0.25;
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
    const derived = await deriveFromParent(db, parentDir, modelId, embeddings, live, changes);
    if (derived) {
      derived.index.save(stagingDir);
      return {
        modelId,
        dimensions: derived.index.meta.dimensions,
        count: derived.index.meta.count,
        refitted,
        mode: 'incremental',
        embedded: derived.embedded,
        deleted: derived.deleted,
      };
    }
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
 */
async function deriveFromParent(
  db: Db,
  parentDir: string,
  modelId: string,
  embeddings: Embeddings & { embedSync?: (text: string) => number[] },
  live: ReadonlySet<number>,
  changes: IndexChanges,
): Promise<{ index: VectorIndex; embedded: number; deleted: number } | null> {
  if (VectorIndex.readModelId(parentDir) !== modelId) return null;
  let index: VectorIndex;
  try {
    index = VectorIndex.load(parentDir, modelId);
  } catch {
    return null;
  }
  // The parent's index must hold exactly the parent's open chunks (as every build leaves it).
  if (index.meta.count !== changes.parentLive.size) return null;
  const toDelete: number[] = [];
  for (const id of changes.parentLive) if (!live.has(id)) toDelete.push(id);
  const toAdd: number[] = [];
  for (const id of live) if (changes.written.has(id) || !changes.parentLive.has(id)) toAdd.push(id);
  const elements = (index.meta.elements ?? index.meta.count) + toAdd.length;
  const liveAfter = live.size;
  if (elements > 0 && (elements - liveAfter) / elements > REBUILD_DELETED_SHARE) return null;
  for (const id of toDelete) index.remove(id);
  index.reserve(toAdd.length);
  const select = chunkTextReader(db);
  for (let i = 0; i < toAdd.length; i += EMBED_BATCH) {
    const rows = toAdd.slice(i, i + EMBED_BATCH).map(select);
    const vectors = await embedAll(embeddings, rows.map(chunkEmbeddingText));
    // A label live in the parent and written again (SQLite reused a deleted row id) is replaced.
    for (const [j, row] of rows.entries())
      index.add(row.id, vectors[j]!, { wasLive: changes.parentLive.has(row.id) });
  }
  if (index.meta.count !== liveAfter)
    throw new Error(
      `the derived vector index holds ${index.meta.count} live vectors for ${liveAfter} chunks`,
    );
  return { index, embedded: toAdd.length, deleted: toDelete.length };
}
