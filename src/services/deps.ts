import type { AppConfig } from '../config/config.js';
import type { Log } from '../logger.js';
import type { EngineAnswer, EngineDeps } from '../rag/answer/engine.js';
import type { ModelAnswerer } from '../rag/answer/model.js';
import type { OpenAiCompatibleEmbeddings } from '../rag/embed/openai-embeddings.js';
import type { GenerationCache } from '../rag/generation-cache.js';
import type { Pipeline } from '../rag/pipeline.js';
import type { Retriever } from '../rag/search.js';
import type { CorpusReader } from '../storage/corpus/corpus-reader.js';
import type { GenerationStore } from '../storage/corpus/generations.js';
import type { SharedGenerations } from '../storage/corpus/generations-pg.js';
import type { NoteStore, StateStore } from '../storage/state/state-store.js';

/**
 * What the use cases work with: the serving corpus (null before the first refresh), its retriever,
 * the extraction tables and the chat model when one is configured. The composition root (`App`)
 * provides it; a test may provide its own.
 */
export interface ServiceDeps {
  readonly pipeline: Pipeline;
  readonly log: Log;
  reader(): CorpusReader | null;
  retriever(): Retriever | null;
  engineDeps(): EngineDeps | null;
  modelAnswerer(): ModelAnswerer | undefined;
  notes(): NoteStore;
  /** Results kept per generation (the composition root's); absent, everything is computed. */
  readonly caches?: { answers: GenerationCache<EngineAnswer> };
}

/**
 * What the corpus operator's use cases (services/corpus/: the sources, the refresh, the status)
 * work with besides the serving corpus: the configuration, the generations on disk, the state
 * store (the sources and their last fetch), the generations shared by every instance (with
 * DATABASE_URL) and the embedders. The composition root (`App`) provides it.
 */
export interface CorpusDeps extends Pick<ServiceDeps, 'pipeline' | 'log' | 'reader'> {
  readonly config: AppConfig;
  readonly store: GenerationStore;
  readonly now: () => Date;
  stateStore(): StateStore;
  /** The generations every instance shares (PostgreSQL); null on a single machine. */
  sharedGenerations(): SharedGenerations | null;
  /** The OpenAI-compatible embedder when one is configured; otherwise a refresh embeds locally. */
  remoteEmbedder(): { embeddings: OpenAiCompatibleEmbeddings; modelId: string } | undefined;
  /** Where relative `--source` paths are read from: the process's working directory. */
  workingDir(): string;
}

/** No corpus generation has been built yet: a refresh (or the first start) must run first. */
export interface NoCorpus {
  kind: 'no_corpus';
}

export const NO_CORPUS: NoCorpus = Object.freeze({ kind: 'no_corpus' });
