import type { AppConfig } from './config/config.js';
import type { Log } from './logger.js';
import { type IngestProgress, type IngestReport, type IngestRequest, runIngest } from './rag/ingest.js';
import { loadPipeline, type Pipeline } from './rag/pipeline.js';
import { CorpusReader } from './storage/corpus-reader.js';
import { GenerationStore } from './storage/generations.js';

/**
 * The composition root's product: configuration, storage and services wired together. The CLI,
 * the local console and the Discord bot all work through one of these.
 */
export class App {
  readonly store: GenerationStore;
  private pipelineCache: Pipeline | undefined;
  private readerCache: CorpusReader | undefined;

  constructor(
    readonly config: AppConfig,
    readonly log: Log,
    readonly now: () => Date = () => new Date(),
  ) {
    this.store = new GenerationStore(config.dataDir, log);
  }

  get pipeline(): Pipeline {
    this.pipelineCache ??= loadPipeline(this.config.corpusDir);
    return this.pipelineCache;
  }

  /** The reader for the serving generation; reopened when a refresh has switched generations. */
  reader(): CorpusReader | null {
    // Verifying checksums costs a read of the database; do it only when the pointer has moved.
    if (this.readerCache && this.store.readPointer() === this.readerCache.generation.id)
      return this.readerCache;
    const current = this.store.current();
    if (!current) return null;
    if (this.readerCache?.generation.id !== current.id) {
      this.readerCache?.close();
      this.readerCache = new CorpusReader(current);
    }
    return this.readerCache;
  }

  /** Builds the embedded corpus when no generation exists yet (the first `npm start`). */
  ensureCorpus(onProgress?: (p: IngestProgress) => void): IngestReport | null {
    if (this.store.current()) return null;
    this.log.info('No corpus yet: building it from the embedded listings and guides (first run only)');
    return this.ingest({ sources: [], embedded: true }, onProgress);
  }

  ingest(request: IngestRequest, onProgress?: (p: IngestProgress) => void): IngestReport {
    return runIngest(request, {
      store: this.store,
      pipeline: this.pipeline,
      corpusDir: this.config.corpusDir,
      maxSourceBytes: this.config.maxSourceBytes,
      keepGenerations: this.config.keepGenerations,
      now: this.now,
      log: this.log,
      ...(onProgress ? { onProgress } : {}),
    });
  }

  close(): void {
    this.readerCache?.close();
    this.readerCache = undefined;
  }
}
