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
import { loadPipeline, type Pipeline, pipelineVersion } from './rag/pipeline.js';
import { loadQueryConcepts, type QueryConcept, type QueryDeps, understandQuery } from './rag/query.js';
import type { Profile, Recommendation } from './rag/recommend.js';
import { Retriever, type SearchFilters } from './rag/search.js';
import type { RoleSummary } from './rag/summary.js';
import { VectorIndex, VectorIndexError } from './rag/vector-index.js';
import { answerOffline, ask } from './services/ask.js';
import type { ServiceDeps } from './services/deps.js';
import { skillGapFor } from './services/gap.js';
import { market } from './services/market.js';
import { recommendListings } from './services/recommend.js';
import { selectListings } from './services/select.js';
import { type SummarySubject, summarize } from './services/summarize.js';
import { CorpusReader, type ListingSummary } from './storage/corpus/corpus-reader.js';
import { type Db, SCHEMA_VERSION } from './storage/corpus/database.js';
import { type CorpusHealth, GenerationStore, RefreshInProgressError } from './storage/corpus/generations.js';
import { SharedGenerations } from './storage/corpus/generations-pg.js';
import type { NoteScope } from './storage/state/mentor-notes.js';
import type { SourceFreshness, SourceSpec } from './storage/state/sources-file.js';
import { type StateRecovery, stateRecoveries } from './storage/state/state.js';
import { PostgresStateStore } from './storage/state/state-pg.js';
import { SqliteStateStore } from './storage/state/state-sqlite.js';
import type { NoteStore, StateStore } from './storage/state/state-store.js';

/**
 * The composition root: configuration, storage, the serving corpus and its retriever, the models
 * and the state store, built lazily and wired together. It is the `ServiceDeps` every use case in
 * src/services/ takes; the CLI, the local console and the Discord bot's workers each own one.
 */
export class App implements ServiceDeps {
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

  get pipeline(): Pipeline {
    this.pipelineCache ??= loadPipeline(this.config.corpusDir);
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
    this.employersCache ??= loadEmployers(path.join(this.config.corpusDir, 'taxonomy', 'employers.yaml'));
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

  /**
   * At start-up: removes what an interrupted refresh left behind, and builds the embedded corpus
   * when no generation exists yet (the first `npm start`), or upgrades one of an older schema.
   */
  async ensureCorpus(onProgress?: (p: IngestProgress) => void): Promise<IngestReport | null> {
    // Several instances: serve what the others serve, when it is newer than what is here.
    if (this.sharedGenerations()) await this.syncGeneration();
    // A serving generation whose derived files (vectors, embedding model) are broken but whose
    // database is intact is rebuilt from that database: never from data/ alone, which would lose
    // the job-board listings, and never by falling back to an older generation for good.
    const current = this.store.current();
    // The usual case, the named generation whole, costs no second verification.
    const health = current && current.id === this.store.readPointer() ? null : this.store.health();
    if (health?.state === 'degraded' && health.repairable) {
      this.log.warn(`The serving corpus is degraded (${health.reason}); rebuilding its derived files`);
      try {
        return await this.ingest({ sources: [], embedded: false, repair: true }, onProgress);
      } catch (error) {
        if (!(error instanceof RefreshInProgressError)) throw error;
        this.log.warn('A refresh is running; it rebuilds the degraded generation when it publishes');
        return null;
      }
    }
    if (current && current.manifest.schemaVersion === SCHEMA_VERSION) {
      this.removeLeftovers();
      // The first instance on an empty database shares the corpus it already has.
      if (this.sharedGenerations() && !(await this.sharedGenerations()!.serving())) await this.shareCurrent();
      return null;
    }
    if (current)
      // An older schema cannot be read; a refresh copies it, migrates the copy and keeps its listings.
      this.log.info(
        `Generation ${current.id} has corpus schema ${current.manifest.schemaVersion}; upgrading it to ${SCHEMA_VERSION}`,
      );
    else this.log.info('No corpus yet: building it from the embedded listings and guides (first run only)');
    if (!this.sharedGenerations()) return this.ingest({ sources: [], embedded: true }, onProgress);
    // Another instance may be building the first generation right now: wait for it and fetch it.
    const deadline = Date.now() + 10 * 60_000;
    for (;;) {
      try {
        return await this.ingest({ sources: [], embedded: true }, onProgress);
      } catch (error) {
        if (!(error instanceof RefreshInProgressError) || Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 1000));
        await this.syncGeneration();
        const fetched = this.store.current();
        if (fetched && fetched.manifest.schemaVersion === SCHEMA_VERSION) return null;
      }
    }
  }

  /**
   * The serving generation's pipeline stamp when it differs from this version's (an upgraded
   * taxonomy, gazetteer, industries file or extractor): its facts were extracted by an older
   * pipeline. Null when it is current (or there is no generation).
   */
  stalePipeline(): { generation: string; extractedBy: string; current: string } | null {
    const generation = this.store.current();
    // A generation of an older schema is upgraded (and so re-extracted) by ensureCorpus instead.
    if (!generation || generation.manifest.schemaVersion !== SCHEMA_VERSION) return null;
    const current = pipelineVersion(this.config.corpusDir);
    const extractedBy = generation.manifest.pipelineVersion;
    return extractedBy === current ? null : { generation: generation.id, extractedBy, current };
  }

  /**
   * After an upgrade, at start-up (in the background): every open document of the serving
   * generation is extracted again with this pipeline from what it stores, as a refresh that reads
   * no source. The old generation serves meanwhile; readers switch when the new one is published.
   * Null when nothing is stale, or when another refresh holds the lock (it re-extracts what its
   * sources give, and the next start-up finishes the rest).
   */
  async upgradeExtraction(onProgress?: (p: IngestProgress) => void): Promise<IngestReport | null> {
    const stale = this.stalePipeline();
    if (!stale) return null;
    this.log.info(
      `Generation ${stale.generation} was extracted by pipeline ${stale.extractedBy}; re-extracting it with ${stale.current} (it keeps serving meanwhile)`,
    );
    try {
      return await this.ingest({ sources: [], embedded: false, reextract: true }, onProgress);
    } catch (error) {
      if (!(error instanceof RefreshInProgressError)) throw error;
      this.log.warn('A refresh is running; the re-extraction waits for the next start-up');
      return null;
    }
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

  /**
   * Switches to the generation another instance published, when it differs from the one served
   * here: downloaded, verified against its checksums, then the pointer moves (readers reopen on
   * their next call). Skipped while a refresh of this data folder runs (its own publish moves the
   * pointer); a copy that fails its checksums is refused and the current generation keeps serving.
   */
  async syncGeneration(): Promise<{
    switched: boolean;
    generation: string | null;
    reason?: string;
    /** The data folder was busy (a refresh or another shard's fetch): try again shortly. */
    busy?: boolean;
    bytes?: number;
    ms?: number;
  }> {
    const shared = this.sharedGenerations();
    const local = this.store.readPointer();
    if (!shared) return { switched: false, generation: local, reason: 'single machine' };
    const serving = await shared.serving();
    if (!serving || serving.id === local) return { switched: false, generation: local };
    let release: () => void;
    try {
      release = this.store.acquireLock(this.now());
    } catch (error) {
      if (error instanceof RefreshInProgressError)
        return {
          switched: false,
          generation: local,
          reason: 'a refresh (or a fetch by another process) of this data folder is running',
          busy: true,
        };
      throw error;
    }
    const t0 = performance.now();
    try {
      if (this.store.readPointer() === serving.id) return { switched: false, generation: serving.id };
      const { bytes } = await shared.fetch(serving.id);
      this.store.prune(this.config.keepGenerations, serving.id);
      const ms = Math.round(performance.now() - t0);
      this.log.info(
        `Switched to generation ${serving.id} published by ${serving.publisher} at ${serving.publishedAt} (${(bytes / 1048576).toFixed(1)} MB fetched and verified in ${ms} ms)`,
      );
      return { switched: true, generation: serving.id, bytes, ms };
    } catch (error) {
      this.log.warn(
        `Generation ${serving.id} could not be fetched (${(error as Error).message}); generation ${local ?? '(none)'} keeps serving`,
      );
      return { switched: false, generation: local, reason: (error as Error).message };
    } finally {
      release();
    }
  }

  /** Publishes the generation served here to every instance, when it is not already the shared one. */
  private async shareCurrent(): Promise<void> {
    const shared = this.sharedGenerations();
    const current = this.store.current();
    if (!shared || !current) return;
    if ((await shared.serving())?.id === current.id) return;
    await shared.publish(current, this.config.keepGenerations);
    this.log.info(`Published generation ${current.id} to every instance (PostgreSQL)`);
  }

  /** Whether the serving corpus is whole, or degraded and why (shown by `status` and `/corpus status`). */
  corpusHealth(): CorpusHealth {
    return this.store.health();
  }

  /** Times the state database was found corrupt and replaced (its broken file kept aside), newest first. */
  stateRecoveries(): StateRecovery[] {
    return stateRecoveries(this.config.dataDir);
  }

  /** Unfinished builds of a crashed refresh go, under the refresh lock: a refresh running now keeps its own. */
  private removeLeftovers(): void {
    let release: () => void;
    try {
      release = this.store.acquireLock(this.now());
    } catch (error) {
      if (error instanceof RefreshInProgressError) return;
      throw error;
    }
    try {
      this.store.recover();
    } finally {
      release();
    }
  }

  /** The configured job-board sources (none when none were added). */
  async sources(): Promise<SourceSpec[]> {
    return (await this.stateStore().sources.read()).sources;
  }

  /** Validates and adds a source (written atomically); throws SourcesFileError. */
  addSource(input: unknown): Promise<SourceSpec> {
    return this.stateStore().sources.add(input);
  }

  removeSource(name: string): Promise<SourceSpec | null> {
    return this.stateStore().sources.remove(name);
  }

  /** The last fetch of each configured source: when it last succeeded, and its last error. */
  async sourceFreshness(): Promise<SourceFreshness[]> {
    const state = this.stateStore().sources;
    const known = new Map((await state.freshness()).map((f) => [f.name, f]));
    return (await state.read()).sources.map(
      (s) =>
        known.get(s.name) ?? {
          name: s.name,
          kind: s.kind,
          lastAttemptAt: null,
          lastSuccessAt: null,
          lastError: null,
          postings: null,
        },
    );
  }

  /**
   * A refresh. With several instances (DATABASE_URL) exactly one runs at a time, cluster-wide: it
   * holds a PostgreSQL advisory lock for the whole refresh (released if the process dies), starts
   * from the newest shared generation and publishes its result to every instance. Throws
   * RefreshInProgressError when another refresh holds the lock.
   */
  async ingest(request: IngestRequest, onProgress?: (p: IngestProgress) => void): Promise<IngestReport> {
    const shared = this.sharedGenerations();
    if (!shared) return this.ingestHere(request, onProgress);
    const lease = await (this.stateStore() as PostgresStateStore).tryRefreshLock();
    if (!lease)
      throw new RefreshInProgressError(
        'A refresh is already running on another RoleRadar instance; try again when it finishes',
      );
    try {
      await this.syncGeneration();
      const report = await this.ingestHere(request, onProgress);
      if (lease.lost())
        this.log.warn(
          'The refresh lock was lost during the refresh (database connection); publishing anyway',
        );
      if (report.status === 'published' || report.status === 'unchanged') await this.shareCurrent();
      return report;
    } finally {
      await lease.release();
    }
  }

  private async ingestHere(
    request: IngestRequest,
    onProgress?: (p: IngestProgress) => void,
  ): Promise<IngestReport> {
    const s = this.config.sources;
    const state = this.stateStore().sources;
    const file = request.configured ? await state.read() : { sources: [], retired: [] };
    let freshness: SourceFreshness[] | undefined;
    // The ingest pipeline (sources, fetching, extraction, indexing) is loaded when a refresh runs:
    // the workers that only answer never load it (about 20 MB of memory in each).
    const [{ runIngest }, { HostQueue }] = await Promise.all([
      import('./rag/ingest.js'),
      import('./rag/sources/boards/safe-fetch.js'),
    ]);
    const report = await runIngest(request, {
      sources: {
        specs: file.sources,
        retired: file.retired,
        freshness: {
          previous: request.configured ? await state.freshness() : [],
          save: (entries) => {
            freshness = entries;
          },
        },
        fetch: {
          hosts: new HostQueue(),
          deadlineMs: s.deadlineMs,
          // Paths of file sources are relative to the sources file.
          cwd: path.dirname(s.file),
          policy: {
            timeoutMs: s.timeoutMs,
            retries: s.retries,
            maxWaitMs: s.maxWaitMs,
            maxBytes: this.config.maxSourceBytes,
            allowPrivate: s.allowPrivate,
            ...(s.backoffMs !== undefined ? { backoffMs: s.backoffMs } : {}),
          },
        },
      },
      store: this.store,
      // The composition root is where the process's own state is read.
      workingDir: process.cwd(),
      pipeline: this.pipeline,
      corpusDir: this.config.corpusDir,
      maxSourceBytes: this.config.maxSourceBytes,
      keepGenerations: this.config.keepGenerations,
      now: this.now,
      log: this.log,
      embedder: { localKind: this.config.localEmbedding, remote: this.remoteEmbedder() },
      ...(onProgress ? { onProgress } : {}),
    });
    // Recorded even when nothing changed (a failed source's error, the time of the attempt).
    if (freshness) await state.saveFreshness(freshness);
    return report;
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
