import type { Embeddings } from '@langchain/core/embeddings';
import type { Db } from '../../storage/database.js';
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
}

/**
 * Embeds every chunk of a staged database (closed listings' chunks excluded) and writes its hnswlib index into the staging folder.
 * The local model learned from the corpus is carried over from the parent generation, so the
 * vector space stays put between refreshes; it is learned again on the first build, on
 * `--reprocess`, or when the configured kind changes.
 */
export async function buildVectorIndex(
  db: Db,
  stagingDir: string,
  parentDir: string | null,
  choice: EmbedderChoice,
  refit: boolean,
): Promise<IndexBuildResult> {
  const rows = db
    .prepare(
      'SELECT c.id, c.heading, c.text, d.title FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.closed_at IS NULL ORDER BY c.id',
    )
    .all() as Array<{ id: number; heading: string | null; text: string; title: string }>;
  const texts = rows.map(chunkEmbeddingText);
  let embeddings: Embeddings;
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
      local = LocalEmbeddings.fit(choice.localKind, choice.taxonomy, texts);
      refitted = true;
    }
    local.save(stagingDir);
    embeddings = local;
    modelId = local.modelId;
  }
  const vectors = await embeddings.embedDocuments(texts);
  const dimensions = vectors[0]?.length ?? 0;
  const index = VectorIndex.build(
    modelId,
    Math.max(1, dimensions),
    rows.map((r, i) => ({ label: r.id, vector: vectors[i]! })),
  );
  index.save(stagingDir);
  return { modelId, dimensions, count: rows.length, refitted };
}
