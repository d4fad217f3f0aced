import path from 'node:path';
import type { AppConfig } from './config/config.js';
import type { Log } from './logger.js';
import { type KnownEmployer, loadEmployers } from './rag/answer/employers.js';
import { answerQuestion, type EngineAnswer, type EngineDeps } from './rag/answer/engine.js';
import type { GradeDeps } from './rag/answer/eval.js';
import { ModelAnswerer, type ModelSlots } from './rag/answer/model.js';
import { LocalEmbeddings } from './rag/embed/local-embeddings.js';
import { OpenAiCompatibleEmbeddings } from './rag/embed/openai-embeddings.js';
import type { GapReport } from './rag/gap.js';
import { GenerationCache } from './rag/generation-cache.js';
import type { IngestProgress, IngestReport, IngestRequest } from './rag/ingest.js';
import type { MarketReport } from './rag/market.js';
import type { Chart } from './rag/market-chart.js';
import { loadPipeline, type Pipeline } from './rag/pipeline.js';
import { loadQueryConcepts, type QueryConcept, type QueryDeps, understandQuery } from './rag/query.js';
import type { Profile, Recommendation } from './rag/recommend.js';
import { Retriever, type SearchFilters } from './rag/search.js';
import type { RoleSummary } from './rag/summary.js';
import { VectorIndex, VectorIndexError } from './rag/vector-index.js';
import { answerOffline, ask } from './services/ask.js';
import {
  ensureCorpus,
  refreshCorpus,
  type SyncOutcome,
  stalePipeline,
  syncGeneration,
  upgradeExtraction,
} from './services/corpus/refresh.js';
import { addSource, listSources, removeSource, sourceFreshness } from './services/corpus/sources.js';
import type { CorpusDeps, ServiceDeps } from './services/deps.js';
import { skillGapFor } from './services/gap.js';
import { market } from './services/market.js';
import { recommendListings } from './services/recommend.js';
import { selectListings } from './services/select.js';
import { type SummarySubject, summarize } from './services/summarize.js';
import { CorpusReader, type ListingSummary } from './storage/corpus/corpus-reader.js';
import type { Db } from './storage/corpus/database.js';
import { type CorpusHealth, GenerationStore, RefreshInProgressError } from './storage/corpus/generations.js';
import { SharedGenerations } from './storage/corpus/generations-pg.js';
import type { NoteScope } from './storage/state/mentor-notes.js';
import { type SourceFreshness, type SourceSpec, SourcesFileError } from './storage/state/sources-file.js';
import { type StateRecovery, stateRecoveries } from './storage/state/state.js';
import { PostgresStateStore } from './storage/state/state-pg.js';
import { SqliteStateStore } from './storage/state/state-sqlite.js';
import type { NoteStore, StateStore } from './storage/state/state-store.js';

/**
 * The composition root: configuration, storage, the serving corpus and its retriever, the models
 * and the state store, built lazily and wired together. It is the `ServiceDeps` every use case in
 * src/services/ takes, and the `CorpusDeps` the corpus operator's (services/corpus/) take; the CLI,
 * the local console and the Discord bot's workers each own one.
 */
export class App implements ServiceDeps, CorpusDeps {
  readonly store: GenerationStore;
  private pipelineCache: Pipeline | undefined;
  private readerCache: CorpusReader | undefined;
  /** What current.json said when `readerCache` was chosen. */
  private readerPointer: string | null = null;
  private retrieverCache: { reader: CorpusReader; retriever: Retriever } | undefined;
  private conceptsCache: QueryConcept[] | undefined;
  private queryDepsCache: { reader: CorpusReader; deps: QueryDeps; commonTerms: Set<string> } | undefined;
  private employersCache: KnownEmployer[] | undefined;
  private remoteCache: OpenAiCompatibleEmbeddings | undefined;
  private modelCache: ModelAnswerer | undefined;
  private stateCache: StateStore | undefined;
  private sharedCache: SharedGenerations | undefined;

  /**
   * What the serving commands compute from the generation and their inputs alone, kept per
   * generation (`GenerationCache`): the offline engine's answer to a normalised question, and a
   * market's report with its chart. Only the commands use them (`ask({ cache: true })`); the
   * benchmarks and the evaluation always compute.
   */
  readonly caches: {
    answers: GenerationCache<EngineAnswer>;
    market: GenerationCache<Promise<{ report: MarketReport; chart: Chart | null } | null>>;
  };

  constructor(
    readonly config: AppConfig,
    readonly log: Log,
    readonly now: () => Date = () => new Date(),
    private readonly services: { modelSlots?: ModelSlots } = {},
  ) {
    this.store = new GenerationStore(config.dataDir, log);
    const entries = config.cacheEntries ?? 256;
    this.caches = {
      answers: new GenerationCache(entries),
      market: new GenerationCache(Math.ceil(entries / 8)),
    };
  }

  /** Where the taxonomy's parsed YAML is kept by content (`config/yaml-file.ts`): not parsed at every start. */
  private get yamlCacheDir(): string {
    return path.join(this.config.dataDir, 'cache', 'yaml');
  }

  get pipeline(): Pipeline {
    this.pipelineCache ??= loadPipeline(this.config.corpusDir, this.yamlCacheDir);
    return this.pipelineCache;
  }

  /** The reader for the serving generation; reopened when a refresh has switched generations. */
  reader(): CorpusReader | null {
    // Verifying checksums costs a read of the database; do it only when the pointer has moved
    // (also while it names a broken generation and an older one serves: not again on every call).
    const pointer = this.store.readPointer();
    if (this.readerCache && pointer === this.readerPointer) return this.readerCache;
    const current = this.store.current();
    if (!current) return null;
    this.readerPointer = pointer;
    if (this.readerCache?.generation.id !== current.id) {
      this.readerCache?.close();
      this.readerCache = new CorpusReader(current);
    }
    return this.readerCache;
  }

  /**
   * The retriever for the serving generation: its full-text index, its vector index and the
   * embedder that made it. A missing or mismatched vector index is refused with a log line and
   * search falls back to full-text only rather than mixing vector spaces.
   */
  retriever(): Retriever | null {
    const reader = this.reader();
    if (!reader) return null;
    if (this.retrieverCache?.reader === reader) return this.retrieverCache.retriever;
    const dir = reader.generation.dir;
    let vectors: VectorIndex | null | (() => VectorIndex | null) = null;
    let embeddings: LocalEmbeddings | OpenAiCompatibleEmbeddings | null = null;
    const refused = (error: unknown) => {
      const reason = error instanceof VectorIndexError ? error.message : (error as Error).message;
      this.log.warn(
        `Vector index of generation ${reader.generation.id} refused (${reason}); searching full text only until the next refresh`,
      );
    };
    try {
      // Queries must be embedded by the model that built the index: the remote one when it did,
      // else the local model learned with this generation.
      const remote = this.remoteEmbedder();
      const local = LocalEmbeddings.load(dir, this.pipeline.taxonomy);
      const builtBy = VectorIndex.readModelId(dir);
      embeddings = remote && builtBy === remote.modelId ? remote.embeddings : local;
      if (embeddings && builtBy === embeddings.modelId) {
        // The index itself (~3 KB a chunk: 1.7 GB at 100,000 listings) is read on the first search
        // that needs it: answers, /market and /recommend never do, so a process that only serves
        // them starts without it.
        const model = embeddings.modelId;
        vectors = () => {
          try {
            return VectorIndex.load(dir, model);
          } catch (error) {
            refused(error);
            return null;
          }
        };
      } else {
        vectors = embeddings ? VectorIndex.load(dir, embeddings.modelId) : null;
        if (!vectors)
          this.log.warn(
            `Generation ${reader.generation.id} has no vector index; searching full text only until the next refresh`,
          );
      }
    } catch (error) {
      refused(error);
      vectors = null;
    }
    const { deps, commonTerms } = this.queryDeps(reader);
    const retriever = new Retriever(reader, vectors, vectors ? embeddings : null, deps, commonTerms);
    this.retrieverCache = { reader, retriever };
    return retriever;
  }

  /**
   * What reading a question needs for the serving generation (the taxonomy, places, industries,
   * concepts and the full-text vocabulary), shared by the retriever and the answer engine: one
   * vocabulary scan per generation, and none of the retriever's own maps for a process that only
   * answers.
   */
  private queryDeps(reader: CorpusReader): { deps: QueryDeps; commonTerms: Set<string> } {
    if (this.queryDepsCache?.reader === reader) return this.queryDepsCache;
    this.conceptsCache ??= loadQueryConcepts(
      path.join(this.config.corpusDir, 'taxonomy', 'query-concepts.yaml'),
      this.yamlCacheDir,
    );
    const { vocabulary, commonTerms } = reader.queryVocabulary();
    this.queryDepsCache = {
      reader,
      deps: {
        taxonomy: this.pipeline.taxonomy,
        gazetteer: this.pipeline.gazetteer,
        industries: this.pipeline.industries,
        concepts: this.conceptsCache,
        vocabulary,
      },
      commonTerms,
    };
    return this.queryDepsCache;
  }

  /** What the answer engine works with: the serving generation, the question reader, places, industries. */
  engineDeps(): EngineDeps | null {
    const reader = this.reader();
    if (!reader) return null;
    // The question is read as the retriever reads it, without building the retriever.
    const { deps } = this.queryDeps(reader);
    return {
      reader,
      understand: (q) => understandQuery(q, deps),
      gazetteer: this.pipeline.gazetteer,
      industries: this.pipeline.industries,
      taxonomy: this.pipeline.taxonomy,
      employers: this.employers(),
    };
  }

  private employers(): KnownEmployer[] {
    this.employersCache ??= loadEmployers(
      path.join(this.config.corpusDir, 'taxonomy', 'employers.yaml'),
      this.yamlCacheDir,
    );
    return this.employersCache;
  }

  /** What the answer evaluation needs: the engine, skill names resolved, places, the documents that exist. */
  answerEvalDeps(): GradeDeps | null {
    const deps = this.engineDeps();
    if (!deps) return null;
    const taxonomy = this.pipeline.taxonomy;
    return {
      answer: (q) => answerQuestion(q, deps),
      canonicalSkill: (name) =>
        deps.understand(name).skills[0] ?? taxonomy.skills.get(name)?.toString() ?? name,
      gazetteer: deps.gazetteer,
      documentIds: deps.reader.openDocumentIds(),
    };
  }

  /**
   * The chat model, when OPENAI_MODEL is set together with a key or a base URL; otherwise answers
   * are composed offline and nothing leaves the machine.
   */
  modelAnswerer(): ModelAnswerer | undefined {
    const o = this.config.openai;
    if (!o.chatModel || (!o.apiKey && !o.baseUrl)) return undefined;
    this.modelCache ??= new ModelAnswerer(
      {
        model: o.chatModel,
        apiKey: o.apiKey,
        baseUrl: o.baseUrl,
        deadlineMs: o.answerDeadlineMs,
        maxRetries: o.maxRetries,
        maxConcurrent: o.maxConcurrent,
        dailyTokenBudget: o.dailyTokenBudget,
        now: this.now,
        ...(this.services.modelSlots ? { slots: this.services.modelSlots } : {}),
      },
      this.log,
    );
    return this.modelCache;
  }

  // Shorthands for tests and scripts: each use case lives in src/services/, these only unwrap "no
  // corpus yet" to null.

  /** services/ask.ts: an answer with citations, null before the first refresh. */
  async ask(question: string, options: { onPartial?: (text: string) => void; cache?: boolean } = {}) {
    const result = await ask({ question, ...options }, this);
    return result.kind === 'no_corpus' ? null : result;
  }

  /** services/ask.ts: the offline answer with its plan and figures. */
  answerOffline(question: string): EngineAnswer | null {
    return answerOffline(question, this);
  }

  /** services/recommend.ts */
  recommend(profile: Profile, k = 10, target?: string): Recommendation[] | null {
    const result = recommendListings({ profile, k, ...(target ? { target } : {}) }, this);
    return result.kind === 'ok' ? result.results : null;
  }

  /** services/select.ts */
  selectListings(target: string): ListingSummary[] | null {
    return selectListings(target, this);
  }

  /** services/gap.ts */
  async gap(skills: string[], target?: string, filters: SearchFilters = {}): Promise<GapReport | null> {
    const result = skillGapFor({ skills, filters, ...(target ? { target } : {}) }, this);
    return result.kind === 'ok' ? result.report : null;
  }

  /** services/summarize.ts, with the old answer shapes: null, 'not_found', 'not_covered' or the summary. */
  async summarize(
    subject: SummarySubject,
    scope: NoteScope,
  ): Promise<RoleSummary | 'not_found' | 'not_covered' | null> {
    const result = await summarize(subject, scope, this);
    return result.kind === 'ok' ? result.summary : result.kind === 'no_corpus' ? null : result.kind;
  }

  /** services/market.ts */
  async market(
    filters: SearchFilters = {},
    options: { target?: string; topSkills?: number; topLocations?: number } = {},
  ): Promise<MarketReport | null> {
    const result = market({ filters, ...options }, this);
    return result.kind === 'ok' ? result.report : null;
  }

  /** Mentor notes (state database): saved summaries in a mentor's own words. */
  notes(): NoteStore {
    return this.stateStore().notes;
  }

  // The corpus operator's use cases live in src/services/corpus/; these shorthands (for tests and
  // scripts) keep the old shapes: a busy refresh throws RefreshInProgressError, a refused source
  // SourcesFileError, a missing one null.

  /** services/corpus/refresh.ts: a refresh; throws RefreshInProgressError when another holds the lock. */
  async ingest(request: IngestRequest, onProgress?: (p: IngestProgress) => void): Promise<IngestReport> {
    const result = await refreshCorpus({ request, ...(onProgress ? { onProgress } : {}) }, this);
    if (result.kind === 'busy') throw new RefreshInProgressError(result.message);
    return result.report;
  }

  /** services/corpus/refresh.ts */
  ensureCorpus(onProgress?: (p: IngestProgress) => void): Promise<IngestReport | null> {
    return ensureCorpus(this, onProgress);
  }

  /** services/corpus/refresh.ts */
  upgradeExtraction(onProgress?: (p: IngestProgress) => void): Promise<IngestReport | null> {
    return upgradeExtraction(this, onProgress);
  }

  /** services/corpus/refresh.ts */
  stalePipeline(): { generation: string; extractedBy: string; current: string } | null {
    return stalePipeline(this);
  }

  /** services/corpus/refresh.ts */
  syncGeneration(): Promise<SyncOutcome> {
    return syncGeneration(this);
  }

  /** services/corpus/sources.ts */
  async sources(): Promise<SourceSpec[]> {
    return (await listSources(this)).sources;
  }

  /** services/corpus/sources.ts */
  async addSource(input: unknown): Promise<SourceSpec> {
    const result = await addSource(input, this);
    if (result.kind === 'invalid') throw new SourcesFileError(result.reason);
    return result.source;
  }

  /** services/corpus/sources.ts */
  async removeSource(name: string): Promise<SourceSpec | null> {
    const result = await removeSource(name, this);
    return result.kind === 'ok' ? result.source : null;
  }

  /** services/corpus/sources.ts */
  sourceFreshness(): Promise<SourceFreshness[]> {
    return sourceFreshness(this);
  }

  /**
   * With DATABASE_URL: the corpus generations shared through PostgreSQL (storage/corpus/generations-pg.ts);
   * null for a single machine.
   */
  sharedGenerations(): SharedGenerations | null {
    const store = this.stateStore();
    if (!(store instanceof PostgresStateStore)) return null;
    this.sharedCache ??= new SharedGenerations(store, this.store);
    return this.sharedCache;
  }

  /** Whether the serving corpus is whole, or degraded and why (shown by `status` and `/corpus status`). */
  corpusHealth(): CorpusHealth {
    return this.store.health();
  }

  /** Times the state database was found corrupt and replaced (its broken file kept aside), newest first. */
  stateRecoveries(): StateRecovery[] {
    return stateRecoveries(this.config.dataDir);
  }

  /** The composition root is where the process's own state is read: relative `--source` paths start here. */
  workingDir(): string {
    return process.cwd();
  }

  /** The OpenAI-compatible embedder when OPENAI_EMBEDDING_MODEL is set; otherwise the local one is used. */
  remoteEmbedder(): { embeddings: OpenAiCompatibleEmbeddings; modelId: string } | undefined {
    const { embeddingModel, apiKey, baseUrl, timeoutMs, maxRetries } = this.config.openai;
    if (!embeddingModel) return undefined;
    this.remoteCache ??= new OpenAiCompatibleEmbeddings({
      model: embeddingModel,
      apiKey,
      baseUrl,
      timeoutMs,
      maxRetries,
      cacheFile: path.join(this.config.dataDir, 'embedding-cache.db'),
      log: this.log,
    });
    return { embeddings: this.remoteCache, modelId: this.remoteCache.modelId };
  }

  /**
   * The members' and admins' own data (notes, feedback, audit, settings, exchanges, sources):
   * see storage/state/state-store.ts.
   */
  stateStore(): StateStore {
    const { databaseUrl, schema } = this.config.state;
    this.stateCache ??= databaseUrl
      ? new PostgresStateStore({
          url: databaseUrl,
          schema,
          now: this.now,
          maxConnections: 3,
          importSourcesFrom: this.config.sources.file,
          log: this.log,
        })
      : new SqliteStateStore({
          dataDir: this.config.dataDir,
          sourcesFile: this.config.sources.file,
          now: this.now,
          log: this.log,
        });
    return this.stateCache;
  }

  /** The embedded SQLite state database (single-machine mode only; tests and tools). */
  state(): Db {
    const store = this.stateStore();
    if (!(store instanceof SqliteStateStore))
      throw new Error('The state lives in PostgreSQL (DATABASE_URL): use stateStore()');
    return store.db;
  }

  close(): void {
    void this.shutdown();
  }

  /** Closes everything; resolves once the PostgreSQL connections (if any) are closed too. */
  async shutdown(): Promise<void> {
    const state = this.stateCache;
    this.stateCache = undefined;
    this.sharedCache = undefined;
    this.readerCache?.close();
    this.readerCache = undefined;
    this.retrieverCache = undefined;
    this.queryDepsCache = undefined;
    this.remoteCache?.close();
    this.remoteCache = undefined;
    await state?.close();
  }
}
