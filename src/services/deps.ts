import type { Log } from '../logger.js';
import type { EngineAnswer, EngineDeps } from '../rag/answer/engine.js';
import type { ModelAnswerer } from '../rag/answer/model.js';
import type { GenerationCache } from '../rag/generation-cache.js';
import type { Pipeline } from '../rag/pipeline.js';
import type { Retriever } from '../rag/search.js';
import type { CorpusReader } from '../storage/corpus/corpus-reader.js';
import type { NoteStore } from '../storage/state/state-store.js';

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

/** No corpus generation has been built yet: a refresh (or the first start) must run first. */
export interface NoCorpus {
  kind: 'no_corpus';
}

export const NO_CORPUS: NoCorpus = Object.freeze({ kind: 'no_corpus' });
