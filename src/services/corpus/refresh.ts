import path from 'node:path';
import type { IngestProgress, IngestReport, IngestRequest } from '../../rag/ingest.js';
import { pipelineVersion } from '../../rag/pipeline.js';
import { SCHEMA_VERSION } from '../../storage/corpus/database.js';
import { RefreshInProgressError } from '../../storage/corpus/generations.js';
import type { SourceFreshness } from '../../storage/state/sources-file.js';
import type { PostgresStateStore } from '../../storage/state/state-pg.js';
import type { CorpusDeps } from '../deps.js';

export interface RefreshInput {
  request: IngestRequest;
  /** Called as each stage advances (surfaces show a progress bar or an edited reply). */
  onProgress?: (p: IngestProgress) => void;
}

export type RefreshResult =
  /** The refresh ran: its report says whether it published, changed nothing or was refused. */
  | { kind: 'ok'; report: IngestReport }
  /** Another refresh holds the lock (this data folder's, or every instance's): nothing ran. */
  | { kind: 'busy'; message: string };

/** What `syncGeneration` did: switched, or why not. */
export interface SyncOutcome {
  switched: boolean;
  generation: string | null;
  reason?: string;
  /** The data folder was busy (a refresh or another shard's fetch): try again shortly. */
  busy?: boolean;
  bytes?: number;
  ms?: number;
}

/**
 * A refresh: the embedded corpus, the `--source` paths and (with `configured`) every configured job
 * board, staged, validated and published as a new generation (rag/ingest.ts). With several
 * instances (DATABASE_URL) exactly one runs at a time, cluster-wide, and its result is published
 * to every instance. `busy` when another refresh holds the lock.
 */
export async function refreshCorpus(input: RefreshInput, deps: CorpusDeps): Promise<RefreshResult> {
  try {
    return { kind: 'ok', report: await ingest(input.request, deps, input.onProgress) };
  } catch (error) {
    if (error instanceof RefreshInProgressError) return { kind: 'busy', message: error.message };
    throw error;
  }
}

/**
 * At start-up: removes what an interrupted refresh left behind, and builds the embedded corpus
 * when no generation exists yet (the first `npm start`), or upgrades one of an older schema.
 * Null when nothing was built.
 */
export async function ensureCorpus(
  deps: CorpusDeps,
  onProgress?: (p: IngestProgress) => void,
): Promise<IngestReport | null> {
  // Several instances: serve what the others serve, when it is newer than what is here.
  if (deps.sharedGenerations()) await syncGeneration(deps);
  // A serving generation whose derived files (vectors, embedding model) are broken but whose
  // database is intact is rebuilt from that database: never from data/ alone, which would lose
  // the job-board listings, and never by falling back to an older generation for good.
  const current = deps.store.current();
  // The usual case, the named generation whole, costs no second verification.
  const health = current && current.id === deps.store.readPointer() ? null : deps.store.health();
  if (health?.state === 'degraded' && health.repairable) {
    deps.log.warn(`The serving corpus is degraded (${health.reason}); rebuilding its derived files`);
    try {
      return await ingest({ sources: [], embedded: false, repair: true }, deps, onProgress);
    } catch (error) {
      if (!(error instanceof RefreshInProgressError)) throw error;
      deps.log.warn('A refresh is running; it rebuilds the degraded generation when it publishes');
      return null;
    }
  }
  if (current && current.manifest.schemaVersion === SCHEMA_VERSION) {
    removeLeftovers(deps);
    // The first instance on an empty database shares the corpus it already has.
    if (deps.sharedGenerations() && !(await deps.sharedGenerations()!.serving())) await shareCurrent(deps);
    return null;
  }
  if (current)
    // An older schema cannot be read; a refresh copies it, migrates the copy and keeps its listings.
    deps.log.info(
      `Generation ${current.id} has corpus schema ${current.manifest.schemaVersion}; upgrading it to ${SCHEMA_VERSION}`,
    );
  else deps.log.info('No corpus yet: building it from the embedded listings and guides (first run only)');
  if (!deps.sharedGenerations()) return ingest({ sources: [], embedded: true }, deps, onProgress);
  // Another instance may be building the first generation right now: wait for it and fetch it.
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      return await ingest({ sources: [], embedded: true }, deps, onProgress);
    } catch (error) {
      if (!(error instanceof RefreshInProgressError) || Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 1000));
      await syncGeneration(deps);
      const fetched = deps.store.current();
      if (fetched && fetched.manifest.schemaVersion === SCHEMA_VERSION) return null;
    }
  }
}

/**
 * The serving generation's pipeline stamp when it differs from this version's (an upgraded
 * taxonomy, gazetteer, industries file or extractor): its facts were extracted by an older
 * pipeline. Null when it is current (or there is no generation).
 */
export function stalePipeline(
  deps: Pick<CorpusDeps, 'store' | 'config'>,
): { generation: string; extractedBy: string; current: string } | null {
  const generation = deps.store.current();
  // A generation of an older schema is upgraded (and so re-extracted) by ensureCorpus instead.
  if (!generation || generation.manifest.schemaVersion !== SCHEMA_VERSION) return null;
  const current = pipelineVersion(deps.config.corpusDir);
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
export async function upgradeExtraction(
  deps: CorpusDeps,
  onProgress?: (p: IngestProgress) => void,
): Promise<IngestReport | null> {
  const stale = stalePipeline(deps);
  if (!stale) return null;
  deps.log.info(
    `Generation ${stale.generation} was extracted by pipeline ${stale.extractedBy}; re-extracting it with ${stale.current} (it keeps serving meanwhile)`,
  );
  try {
    return await ingest({ sources: [], embedded: false, reextract: true }, deps, onProgress);
  } catch (error) {
    if (!(error instanceof RefreshInProgressError)) throw error;
    deps.log.warn('A refresh is running; the re-extraction waits for the next start-up');
    return null;
  }
}

/**
 * Switches to the generation another instance published, when it differs from the one served
 * here: downloaded, verified against its checksums, then the pointer moves (readers reopen on
 * their next call). Skipped while a refresh of this data folder runs (its own publish moves the
 * pointer); a copy that fails its checksums is refused and the current generation keeps serving.
 */
export async function syncGeneration(
  deps: Pick<CorpusDeps, 'sharedGenerations' | 'store' | 'config' | 'log' | 'now'>,
): Promise<SyncOutcome> {
  const shared = deps.sharedGenerations();
  const local = deps.store.readPointer();
  if (!shared) return { switched: false, generation: local, reason: 'single machine' };
  const serving = await shared.serving();
  if (!serving || serving.id === local) return { switched: false, generation: local };
  let release: () => void;
  try {
    release = deps.store.acquireLock(deps.now());
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
    if (deps.store.readPointer() === serving.id) return { switched: false, generation: serving.id };
    const { bytes } = await shared.fetch(serving.id);
    deps.store.prune(deps.config.keepGenerations, serving.id);
    const ms = Math.round(performance.now() - t0);
    deps.log.info(
      `Switched to generation ${serving.id} published by ${serving.publisher} at ${serving.publishedAt} (${(bytes / 1048576).toFixed(1)} MB fetched and verified in ${ms} ms)`,
    );
    return { switched: true, generation: serving.id, bytes, ms };
  } catch (error) {
    deps.log.warn(
      `Generation ${serving.id} could not be fetched (${(error as Error).message}); generation ${local ?? '(none)'} keeps serving`,
    );
    return { switched: false, generation: local, reason: (error as Error).message };
  } finally {
    release();
  }
}

/** Publishes the generation served here to every instance, when it is not already the shared one. */
async function shareCurrent(deps: Pick<CorpusDeps, 'sharedGenerations' | 'store' | 'config' | 'log'>) {
  const shared = deps.sharedGenerations();
  const current = deps.store.current();
  if (!shared || !current) return;
  if ((await shared.serving())?.id === current.id) return;
  await shared.publish(current, deps.config.keepGenerations);
  deps.log.info(`Published generation ${current.id} to every instance (PostgreSQL)`);
}

/** Unfinished builds of a crashed refresh go, under the refresh lock: a refresh running now keeps its own. */
function removeLeftovers(deps: Pick<CorpusDeps, 'store' | 'now'>): void {
  let release: () => void;
  try {
    release = deps.store.acquireLock(deps.now());
  } catch (error) {
    if (error instanceof RefreshInProgressError) return;
    throw error;
  }
  try {
    deps.store.recover();
  } finally {
    release();
  }
}

/**
 * The refresh itself. With several instances (DATABASE_URL) exactly one runs at a time,
 * cluster-wide: it holds a PostgreSQL advisory lock for the whole refresh (released if the process
 * dies), starts from the newest shared generation and publishes its result to every instance.
 * Throws RefreshInProgressError when another refresh holds the lock.
 */
async function ingest(
  request: IngestRequest,
  deps: CorpusDeps,
  onProgress?: (p: IngestProgress) => void,
): Promise<IngestReport> {
  const shared = deps.sharedGenerations();
  if (!shared) return ingestHere(request, deps, onProgress);
  const lease = await (deps.stateStore() as PostgresStateStore).tryRefreshLock();
  if (!lease)
    throw new RefreshInProgressError(
      'A refresh is already running on another RoleRadar instance; try again when it finishes',
    );
  try {
    await syncGeneration(deps);
    const report = await ingestHere(request, deps, onProgress);
    if (lease.lost())
      deps.log.warn('The refresh lock was lost during the refresh (database connection); publishing anyway');
    if (report.status === 'published' || report.status === 'unchanged') await shareCurrent(deps);
    return report;
  } finally {
    await lease.release();
  }
}

/** The refresh of this data folder (rag/ingest.ts, under the data folder's own lock). */
async function ingestHere(
  request: IngestRequest,
  deps: CorpusDeps,
  onProgress?: (p: IngestProgress) => void,
): Promise<IngestReport> {
  const s = deps.config.sources;
  const state = deps.stateStore().sources;
  const file = request.configured ? await state.read() : { sources: [], retired: [] };
  let freshness: SourceFreshness[] | undefined;
  // The ingest pipeline (sources, fetching, extraction, indexing) is loaded when a refresh runs:
  // the workers that only answer never load it (about 20 MB of memory in each).
  const [{ runIngest }, { HostQueue }] = await Promise.all([
    import('../../rag/ingest.js'),
    import('../../rag/sources/boards/safe-fetch.js'),
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
          maxBytes: deps.config.maxSourceBytes,
          allowPrivate: s.allowPrivate,
          ...(s.backoffMs !== undefined ? { backoffMs: s.backoffMs } : {}),
        },
      },
    },
    store: deps.store,
    workingDir: deps.workingDir(),
    pipeline: deps.pipeline,
    corpusDir: deps.config.corpusDir,
    maxSourceBytes: deps.config.maxSourceBytes,
    keepGenerations: deps.config.keepGenerations,
    now: deps.now,
    log: deps.log,
    embedder: { localKind: deps.config.localEmbedding, remote: deps.remoteEmbedder() },
    // Many changed listings are extracted over worker threads, which read the taxonomy's parsed
    // YAML from the App's cache (`App.yamlCacheDir`).
    extractWorkers: {
      corpusDir: deps.config.corpusDir,
      cacheDir: path.join(deps.config.dataDir, 'cache', 'yaml'),
      ...(deps.config.extractThreadsFrom !== undefined ? { from: deps.config.extractThreadsFrom } : {}),
    },
    ...(deps.config.vectorSegmentFrom !== undefined
      ? { vectorSegmentFrom: deps.config.vectorSegmentFrom }
      : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  // Recorded even when nothing changed (a failed source's error, the time of the attempt).
  if (freshness) await state.saveFreshness(freshness);
  return report;
}
