import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { corpusTotals, countOpenListings } from '../storage/corpus/chunk-texts.js';
import {
  CorpusReader,
  carryFrom,
  encodeSummaries,
  LISTING_SUMMARIES,
  listingSummaries,
  vocabularyColumns,
} from '../storage/corpus/corpus-reader.js';
import {
  CorpusWriter,
  type ExistingDocument,
  type RefreshCounts,
  SOURCES_SEEN,
  type StoredDocumentInput,
} from '../storage/corpus/corpus-writer.js';
import { type Db, openDatabase, SCHEMA_VERSION } from '../storage/corpus/database.js';
import { writeFactColumns, writeStoredColumns } from '../storage/corpus/facts.js';
import {
  DATABASE_FILE,
  type FileProblem,
  type Generation,
  type GenerationStore,
  type Logger,
  writeFileDurably,
} from '../storage/corpus/generations.js';
import {
  boilerplateFingerprint,
  pruneRoleSignatures,
  RoleSignatureCache,
} from '../storage/corpus/role-signatures.js';
import { openDocumentRows, openProcessingHashes } from '../storage/corpus/stored-documents.js';
import type { SourceFreshness, SourceSpec } from '../storage/state/sources-file.js';
import { givenColumns } from './answer/engine.js';
import { buildDocument } from './build-document.js';
import { learnBoilerplate, minhashSignature, NearDuplicateIndex, roleText } from './dedupe.js';
import { buildVectorIndex, type EmbedderChoice, openChunkIds } from './embed/build-index.js';
import { EmbeddingServiceError } from './embed/openai-embeddings.js';
import {
  type BuildJob,
  buildInWorkers,
  type ExtractWorkersOptions,
  PARALLEL_FROM,
} from './extract-workers.js';
import type { Pipeline } from './pipeline.js';
import { type ListingInput, type ValidRecord, validateRecord } from './record-schema.js';
import { fetchSource, type SourceFetchOptions, type SourceOutcome } from './sources/boards/fetch-source.js';
import { loadSource, type SourceFormat } from './sources/load.js';
import { appendAll, type LoadResult, type RawRecord, type RecordIssue } from './sources/types.js';

export const EMBEDDED_SOURCE = 'embedded';
/** Two listings whose shingles overlap this much are one posting published twice. */
const NEAR_DUPLICATE_THRESHOLD = 0.9;
/** At most this many postings of one source are read to learn its boilerplate. */
const BOILERPLATE_SAMPLE = 400;

/** At most `max` items, evenly spaced through the list (all of them when it is short). */
function sampleEvenly<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  return Array.from({ length: max }, (_, i) => items[Math.floor((i * items.length) / max)]!);
}

export interface IngestRequest {
  /** Files or folders to add or update; the rest of the corpus is kept. */
  sources: string[];
  /** Also sync the embedded corpus in `data/` (listings it no longer holds are removed). */
  embedded: boolean;
  format?: SourceFormat;
  /** Reject the whole refresh when any record is bad. */
  strict?: boolean;
  /** Allow a refresh that removes more than half of the listings. */
  force?: boolean;
  /** Process every document again even when unchanged (after an extractor upgrade). */
  reprocess?: boolean;
  /**
   * Read no source: process every open document of the current generation again from what it
   * stores, with the pipeline (taxonomy, extractor) of this version. Start-up runs this in the
   * background when the serving generation was extracted by an older pipeline version.
   */
  reextract?: boolean;
  /** Also fetch every configured job-board source (the sources file). */
  configured?: boolean;
  /**
   * Read no source: republish the generation `current.json` names with its derived files (vectors,
   * embedding model) rebuilt from its own database, or point it at a valid generation again.
   */
  repair?: boolean;
}

/** What a refresh did with one configured source. */
export interface SourceRefresh {
  name: string;
  status: 'fetched' | 'failed' | 'refused';
  message: string;
  /** Postings kept after the title filter (fetched sources). */
  postings: number;
  closed: number;
}

export interface DuplicateNotice {
  id: string;
  duplicateOf: string;
  similarity: number;
}

export interface IngestReport {
  status: 'published' | 'unchanged' | 'refused' | 'failed';
  message: string;
  /** The generation serving after this run. */
  generation: string | null;
  previousGeneration: string | null;
  counts: RefreshCounts;
  issues: RecordIssue[];
  duplicates: DuplicateNotice[];
  notices: string[];
  /** One entry per configured source fetched in this run. */
  sources: SourceRefresh[];
  durationMs: number;
}

export interface IngestProgress {
  phase: 'reading' | 'fetching' | 'processing' | 'embedding' | 'validating' | 'publishing';
  done: number;
  total: number;
}

export interface IngestDeps {
  store: GenerationStore;
  /** The folder relative `--source` paths are read from and shown against (the user's working directory). */
  workingDir: string;
  pipeline: Pipeline;
  corpusDir: string;
  maxSourceBytes: number;
  keepGenerations: number;
  now: () => Date;
  log: Logger;
  embedder: Omit<EmbedderChoice, 'taxonomy'>;
  /**
   * Where extraction threads load the pipeline from: a refresh with many records to process
   * builds their documents over worker threads (`extract-workers.ts`; `from`: how many, default
   * PARALLEL_FROM). Absent: always in this thread.
   */
  extractWorkers?: ExtractWorkersOptions & { from?: number };
  /** Vectors a parent's index must hold for a refresh to write a segment instead of the whole index (`VECTOR_SEGMENT_FROM`). */
  vectorSegmentFrom?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** The configured job-board sources and how to fetch them (used when the request says `configured`). */
  sources?: {
    specs: SourceSpec[];
    /** Sources an admin removed: their open listings are closed. */
    retired?: string[];
    fetch: SourceFetchOptions;
    /** Each source's last fetch before this refresh, and where the updated record goes (the state store). */
    freshness: { previous: SourceFreshness[]; save: (entries: SourceFreshness[]) => void };
  };
}

/**
 * Builds the next corpus generation from the current one plus the given sources (and, with
 * `configured`, every job-board source), validates it and switches to it. Unchanged documents are
 * copied, not processed again. Bad records are reported and skipped; nothing already stored is
 * lost; a source that cannot be fetched keeps its listings; a listing its board no longer returns
 * is closed. A refresh that would drop more than half of the listings, or close more than half of
 * one source, is refused (for that source) unless forced. Throws RefreshInProgressError when another
 * refresh holds the lock.
 */
export async function runIngest(request: IngestRequest, deps: IngestDeps): Promise<IngestReport> {
  const started = deps.now();
  const t0 = performance.now();
  const release = deps.store.acquireLock(started);
  try {
    deps.store.recover();
    let report: IngestReport;
    try {
      report = await ingestLocked(request, deps, started, t0);
    } catch (error) {
      // Whatever the input, a refresh ends in a report and a recorded attempt: an unexpected error is
      // a failed refresh that changed nothing, never a crash without a trace.
      deps.log.warn(`Refresh failed: ${(error as Error).stack ?? String(error)}`);
      const current = deps.store.current();
      report = {
        status: 'failed',
        message: `The refresh failed (${(error as Error).message}); nothing was published and generation ${current?.id ?? '(none)'} keeps serving`,
        generation: current?.id ?? null,
        previousGeneration: current?.id ?? null,
        counts: { added: 0, updated: 0, removed: 0, unchanged: 0, rejected: 0, duplicates: 0, closed: 0 },
        issues: [],
        duplicates: [],
        notices: [],
        sources: [],
        durationMs: Math.round(performance.now() - t0),
      };
    }
    recordAttempt(deps, started, report);
    return report;
  } finally {
    release();
  }
}

/** One refresh as remembered beside the generations, whatever its outcome (the last 50 are kept). */
export interface RefreshAttempt {
  startedAt: string;
  finishedAt: string;
  status: IngestReport['status'];
  message: string;
  generation: string | null;
  counts: RefreshCounts;
  issues: number;
  sources: Array<{ name: string; status: SourceRefresh['status'] }>;
}

export const ATTEMPTS_FILE = 'refresh-attempts.json';

export function readAttempts(dataDir: string): RefreshAttempt[] {
  try {
    const value = JSON.parse(fs.readFileSync(path.join(dataDir, ATTEMPTS_FILE), 'utf8')) as unknown;
    return Array.isArray(value) ? (value as RefreshAttempt[]) : [];
  } catch {
    return [];
  }
}

function recordAttempt(deps: IngestDeps, started: Date, report: IngestReport): void {
  const attempt: RefreshAttempt = {
    startedAt: started.toISOString(),
    finishedAt: deps.now().toISOString(),
    status: report.status,
    message: report.message.slice(0, 1000),
    generation: report.generation,
    counts: report.counts,
    issues: report.issues.length,
    sources: report.sources.map((s) => ({ name: s.name, status: s.status })),
  };
  try {
    const kept = readAttempts(deps.store.dataDir).slice(-49);
    kept.push(attempt);
    writeFileDurably(path.join(deps.store.dataDir, ATTEMPTS_FILE), `${JSON.stringify(kept, null, 1)}\n`);
  } catch (error) {
    deps.log.warn(`Could not record the refresh attempt (${(error as Error).message})`);
  }
}

/** What the collect stage gathered: every record read or fetched, with what each source did. */
interface Collected {
  load: LoadResult;
  sourceLabels: string[];
  /** Configured sources fetched in this run, and those that listed no posting at all. */
  fetched: Set<string>;
  returnedNothing: Set<string>;
  /** Ids a source listed but did not return (filtered out): still on its board, never closed. */
  skippedBySource: Map<string, string[]>;
  /** Problems with whole files and whole sources (each counts as a rejected record). */
  fileLevelIssues: number;
  boardIssues: number;
}

/**
 * Stage 1, collect: reads every given file or folder (and the embedded corpus), and fetches the
 * configured job boards and URLs (one request at a time per host). A source that fails keeps its
 * listings; the others still refresh. Nothing is written.
 */
async function collectSources(
  request: IngestRequest,
  deps: IngestDeps,
  sourceReports: SourceRefresh[],
): Promise<Collected> {
  // 1. Read every source.
  deps.onProgress?.({
    phase: 'reading',
    done: 0,
    total: request.sources.length + (request.embedded ? 2 : 0),
  });
  const load: LoadResult = { records: [], issues: [], notices: [] };
  const sourceLabels: string[] = [];
  const collect = (target: string, defaultKind: 'listing' | 'guide', sourceName: string) => {
    const result = loadSource(target, {
      maxBytes: deps.maxSourceBytes,
      defaultKind,
      displayRoot: deps.workingDir,
      ...(request.format ? { format: request.format } : {}),
    });
    for (const r of result.records)
      if (r.fields.source === undefined && r.kind === 'listing') r.fields.source = sourceName;
    appendAll(
      load.records,
      result.records.map((r) => ({
        ...r,
        sourceName: (r.fields.source as string | undefined) ?? sourceName,
      })),
    );
    appendAll(load.issues, result.issues);
    appendAll(load.notices, result.notices);
  };
  if (request.reextract) {
    const stored = storedRecords(deps.store.refreshBase()?.generation ?? null);
    appendAll(load.records, stored);
    sourceLabels.push('stored (re-extracted)');
  }
  if (request.embedded) {
    collect(path.join(deps.corpusDir, 'listings'), 'listing', EMBEDDED_SOURCE);
    collect(path.join(deps.corpusDir, 'guides'), 'guide', EMBEDDED_SOURCE);
    sourceLabels.push(EMBEDDED_SOURCE);
  }
  for (const source of request.sources) {
    const label = `file:${path.relative(deps.workingDir, path.resolve(deps.workingDir, source)) || source}`;
    collect(path.resolve(deps.workingDir, source), 'listing', label);
    sourceLabels.push(label);
  }
  const fileLevelIssues = load.issues.length;

  const { fetched, returnedNothing, skippedBySource } = await fetchConfigured(
    request,
    deps,
    load,
    sourceLabels,
    sourceReports,
  );
  const boardIssues = load.issues.length - fileLevelIssues;
  return { load, sourceLabels, fetched, returnedNothing, skippedBySource, fileLevelIssues, boardIssues };
}

/**
 * Collect, the job boards: fetches the configured job boards and URLs (one request at a time per
 * host) into `load`. A source that fails keeps its listings (reported as failed); the others still
 * refresh.
 */
async function fetchConfigured(
  request: IngestRequest,
  deps: IngestDeps,
  load: LoadResult,
  sourceLabels: string[],
  sourceReports: SourceRefresh[],
): Promise<Pick<Collected, 'fetched' | 'returnedNothing' | 'skippedBySource'>> {
  const fetched = new Set<string>();
  const returnedNothing = new Set<string>();
  const skippedBySource = new Map<string, string[]>();
  const specs = request.configured ? (deps.sources?.specs ?? []) : [];
  if (specs.length && deps.sources) {
    const options = deps.sources.fetch;
    let done = 0;
    deps.onProgress?.({ phase: 'fetching', done, total: specs.length });
    // One deadline for the whole fetching phase: a source still fetching then is reported as failed
    // (its listings kept) and the refresh publishes what the others gave.
    const deadlineMs = options.deadlineMs;
    const deadline = deadlineMs === undefined ? undefined : Date.now() + deadlineMs;
    const timers: NodeJS.Timeout[] = [];
    const late = (): Promise<SourceOutcome> =>
      new Promise((resolve) => {
        timers.push(
          setTimeout(
            () =>
              resolve({
                ok: false,
                error: `not finished within the refresh deadline of ${Math.round((deadlineMs ?? 0) / 1000)} s (ROLERADAR_REFRESH_DEADLINE_MS)`,
              }),
            // A little grace: fetches stop at the deadline themselves; this catches anything that does not.
            Math.max(0, (deadline ?? 0) - Date.now()) + 250,
          ),
        );
      });
    const outcomes = await Promise.all(
      specs.map(async (spec) => {
        const work = fetchSource(spec, deadline === undefined ? options : { ...options, deadline });
        const outcome = deadline === undefined ? await work : await Promise.race([work, late()]);
        deps.onProgress?.({ phase: 'fetching', done: ++done, total: specs.length });
        return { spec, outcome };
      }),
    );
    for (const t of timers) clearTimeout(t);
    for (const { spec, outcome } of outcomes) {
      sourceLabels.push(spec.name);
      if (!outcome.ok) {
        load.issues.push({
          file: spec.name,
          message: `could not be fetched (${outcome.error}); its listings were kept`,
        });
        sourceReports.push({
          name: spec.name,
          status: 'failed',
          message: outcome.error,
          postings: 0,
          closed: 0,
        });
        continue;
      }
      fetched.add(spec.name);
      if (outcome.listed === 0) returnedNothing.add(spec.name);
      if (outcome.skippedIds?.length) skippedBySource.set(spec.name, outcome.skippedIds);
      appendAll(
        load.records,
        outcome.records.map((r) => ({ ...r, sourceName: spec.name })),
      );
      appendAll(load.issues, outcome.issues);
      appendAll(load.notices, outcome.notices);
      sourceReports.push({
        name: spec.name,
        status: 'fetched',
        message: `${outcome.records.length} of ${outcome.listed} posting(s) kept`,
        postings: outcome.records.length,
        closed: 0,
      });
    }
  }
  return { fetched, returnedNothing, skippedBySource };
}

/**
 * A record that passed validation (or is unchanged since it was stored), with its id, its source
 * and the input half of its processing hash (a SHA-256 of the record as its source gave it).
 */
type CheckedRecord = ValidRecord & {
  id: string;
  sourceName: string;
  inputHash: string;
  /** Set when the stored document's processing hash equals this record's: not validated again (its input is read lazily). */
  unchanged?: string;
};

/** The records that passed validation, and the ids each source mentioned (valid or not). */
interface CheckedRecords {
  valid: CheckedRecord[];
  /** Valid ids, each with where it was first seen. */
  seenIds: Map<string, string>;
  mentionedIds: Set<string>;
  seenBySource: Map<string, Set<string>>;
}

/**
 * Stage 2, validate the records: each against the record schema; the first record with an id
 * wins, later ones with the same id are rejected, and an id in another source's namespace is
 * refused. Counts the rejected ones in `counts`.
 */
function validateRecords(
  collected: Collected,
  deps: IngestDeps,
  counts: { rejected: number },
  stored: Map<string, string> | null,
): CheckedRecords {
  const { load, fetched, skippedBySource, fileLevelIssues, boardIssues } = collected;
  const valid: CheckedRecord[] = [];
  const seenIds = new Map<string, string>();
  const mentionedIds = new Set<string>();
  // Ids each fetched source returned, valid or not: a posting still on its board is never closed.
  const seenBySource = new Map<string, Set<string>>(
    [...fetched].map((name) => [name, new Set<string>(skippedBySource.get(name))]),
  );
  for (const raw of load.records as Array<
    (typeof load.records)[number] & { sourceName: string; storedInputHash?: string }
  >) {
    if (typeof raw.fields.id === 'string' || typeof raw.fields.id === 'number') {
      mentionedIds.add(String(raw.fields.id).trim());
      seenBySource.get(raw.sourceName)?.add(String(raw.fields.id).trim());
    }
    // A re-extracted document keeps the input half of its stored hash: the next refresh from its
    // source then finds it unchanged rather than processing it a second time.
    const inputHash = raw.storedInputHash ?? rawInputHash(raw.fields, raw.sourceName);
    const rawId =
      typeof raw.fields.id === 'string' || typeof raw.fields.id === 'number'
        ? String(raw.fields.id).trim()
        : '';
    const expected = `${inputHash}:${deps.pipeline.version}`;
    const result: { ok: ValidRecord } | { issues: RecordIssue[] } =
      stored !== null && rawId && stored.get(rawId) === expected
        ? { ok: lazilyValidated(raw) }
        : validateRecord(raw);
    if ('issues' in result) {
      appendAll(load.issues, result.issues);
      counts.rejected++;
      continue;
    }
    const unchanged = stored !== null && rawId && stored.get(rawId) === expected ? expected : undefined;
    const id = unchanged ? rawId : result.ok.input.id;
    const where = `${raw.origin.file}${raw.origin.line !== undefined ? `:${raw.origin.line}` : ''}`;
    const first = seenIds.get(id);
    if (first !== undefined) {
      load.issues.push({
        ...raw.origin,
        field: 'id',
        message: `duplicate id "${id}", first seen at ${first}; this record was skipped`,
      });
      counts.rejected++;
      continue;
    }
    const reserved = reservedBy(id, deps.sources?.specs ?? []);
    if (reserved && !ownsNamespace(raw.sourceName, reserved, deps.sources?.specs ?? [])) {
      load.issues.push({
        ...raw.origin,
        field: 'id',
        message: `id "${id}" is in the namespace of ${reserved.kind === 'name' ? `source "${reserved.value}"` : `${reserved.value} sources`}; ids are per source, so this record was skipped`,
      });
      counts.rejected++;
      continue;
    }
    seenIds.set(id, where);
    valid.push(
      Object.assign(result.ok, { id, sourceName: raw.sourceName, inputHash }, unchanged ? { unchanged } : {}),
    );
  }
  counts.rejected += fileLevelIssues + boardIssues;
  return { valid, seenIds, mentionedIds, seenBySource };
}

/**
 * Stage 3b, reconcile: a listing its source no longer returns is closed, unless more than half of
 * that source would close at once (an empty or broken board): then the source is refused and kept
 * as it was (reported in its entry, counted as rejected). A retired source's open listings close.
 */
function reconcileClosures(
  state: {
    existing: Map<string, ExistingDocument>;
    fetched: Set<string>;
    returnedNothing: Set<string>;
    seenBySource: Map<string, Set<string>>;
    sourceReports: SourceRefresh[];
    load: LoadResult;
    counts: { rejected: number };
  },
  request: IngestRequest,
  deps: IngestDeps,
): { toClose: Set<string>; refusedSources: Set<string> } {
  const { existing, fetched, returnedNothing, seenBySource, sourceReports, load, counts } = state;
  const toClose = new Set<string>();
  const refusedSources = new Set<string>();
  for (const name of fetched) {
    const open = [...existing.values()].filter(
      (d) => d.kind === 'listing' && d.source === name && !d.closedAt,
    );
    const seen = seenBySource.get(name) ?? new Set<string>();
    // A listing stored before ids were namespaced by source is the same posting as its namespaced id.
    const gone = open.filter((d) => !seen.has(d.id) && !seen.has(`${name}:${d.id}`));
    const entry = sourceReports.find((r) => r.name === name)!;
    if (
      open.length > 0 &&
      tooManyGone(gone.length, open.length, returnedNothing.has(name)) &&
      !request.force
    ) {
      refusedSources.add(name);
      const message = returnedNothing.has(name)
        ? `refused: the board returned no postings, so ${open.length} of its ${open.length} listings would close (an empty or broken board?); its listings were kept. Run again with --force if that is intended`
        : `refused: ${gone.length} of its ${open.length} listings would close (more than half, and more than ${REMOVAL_FLOOR}; an empty or broken board?); its listings were kept. Run again with --force if that is intended`;
      load.issues.push({ file: name, message });
      counts.rejected++;
      Object.assign(entry, { status: 'refused', message });
      continue;
    }
    for (const d of gone) toClose.add(d.id);
    entry.closed = gone.length;
  }
  if (request.configured)
    for (const name of deps.sources?.retired ?? [])
      for (const d of existing.values())
        if (d.kind === 'listing' && d.source === name && !d.closedAt) toClose.add(d.id);
  return { toClose, refusedSources };
}

/** What every stage of one refresh shares: where it starts from, what it counts, how it reports. */
interface RefreshRun {
  request: IngestRequest;
  deps: IngestDeps;
  started: Date;
  /** The refresh's timestamp as stored (started, ISO). */
  now: string;
  counts: RefreshCounts;
  sourceReports: SourceRefresh[];
  duplicates: DuplicateNotice[];
  /** The generation the refresh builds on (its database intact), with what is broken in it. */
  base: { generation: Generation; broken: FileProblem[]; pointerOk: boolean } | null;
  current: Generation | null;
  /** Repairs the publish reports (a degraded base, a bad pointer). */
  repairs: string[];
  report: (
    status: IngestReport['status'],
    message: string,
    generation: string | null,
    load: LoadResult,
  ) => IngestReport;
}

function beginRun(request: IngestRequest, deps: IngestDeps, started: Date, t0: number): RefreshRun {
  const counts = { added: 0, updated: 0, removed: 0, unchanged: 0, rejected: 0, duplicates: 0, closed: 0 };
  const sourceReports: SourceRefresh[] = [];
  const duplicates: DuplicateNotice[] = [];
  // The base is the named generation whenever its database is intact, even with broken derived
  // files: a refresh (or the start-up repair) then rebuilds them from it, never from data/ alone.
  const base = deps.store.refreshBase();
  const current = base?.generation ?? null;
  const repairs: string[] = [];
  if (base?.broken.length)
    repairs.push(
      `generation ${base.generation.id} was degraded (${base.broken.map((p) => p.reason).join('; ')}); its vectors and embedding model were rebuilt from its own ${DATABASE_FILE}`,
    );
  else if (base && !base.pointerOk)
    repairs.push(
      `current.json did not name a valid generation; it now names a copy of generation ${base.generation.id}`,
    );
  const report: RefreshRun['report'] = (status, message, generation, load) => {
    if (sourceReports.length && deps.sources)
      recordFreshness(deps.sources.freshness, sourceReports, deps.sources.specs, started, status);
    return {
      status,
      message,
      generation,
      previousGeneration: current?.id ?? null,
      counts: { ...counts },
      issues: load.issues,
      duplicates,
      notices: load.notices,
      sources: sourceReports,
      durationMs: Math.round(performance.now() - t0),
    };
  };
  return {
    request,
    deps,
    started,
    now: started.toISOString(),
    counts,
    sourceReports,
    duplicates,
    base,
    current,
    repairs,
    report,
  };
}

/**
 * The refresh, stage by stage: collect (read and fetch the sources, validate each record), stage
 * (a copy of the current generation), reconcile (what closes, what is refused, what duplicates
 * what), apply (process new and changed documents into the staged copy), validate (guards,
 * vectors, checks) and publish (seal and switch atomically). Any stage may end the run with a
 * report; the staged copy is then removed and the current generation keeps serving.
 */
async function ingestLocked(
  request: IngestRequest,
  deps: IngestDeps,
  started: Date,
  t0: number,
): Promise<IngestReport> {
  const run = beginRun(request, deps, started, t0);
  // How long each stage took, logged when the run ends (what a slow refresh spends its time on).
  // Wall time, and the process's CPU time in parentheses (on a shared machine the two differ).
  const times: string[] = [];
  let mark = performance.now();
  let cpuMark = process.cpuUsage();
  const timed = <T>(stage: string, value: T): T => {
    const now = performance.now();
    const cpu = process.cpuUsage(cpuMark);
    times.push(`${stage} ${Math.round(now - mark)} ms (${Math.round((cpu.user + cpu.system) / 1000)})`);
    mark = now;
    cpuMark = process.cpuUsage();
    return value;
  };
  try {
    return await runStages(run, timed);
  } finally {
    if (times.length) deps.log.info(`Refresh stages: ${times.join(', ')}`);
  }
}

async function runStages(run: RefreshRun, timed: <T>(stage: string, value: T) => T): Promise<IngestReport> {
  const { request, deps, started } = run;
  const collected = timed('collect', await collectSources(request, deps, run.sourceReports));
  const stored = request.reprocess || request.reextract ? null : storedProcessingHashes(run.current);
  const checked = timed('check', validateRecords(collected, deps, run.counts, stored));
  const { load } = collected;
  const currentId = run.current?.id ?? null;
  if (request.strict && load.issues.length > 0)
    return run.report(
      'refused',
      `Refused (--strict): ${load.issues.length} problem(s) in the sources; nothing was changed`,
      currentId,
      load,
    );
  if (
    checked.valid.length === 0 &&
    !request.embedded &&
    collected.fetched.size === 0 &&
    !request.repair &&
    !request.reextract
  )
    return run.report(
      'refused',
      'No valid records were found in the given sources; nothing was changed',
      currentId,
      load,
    );

  const area = new StagingArea(deps.store.createStaging(started));
  try {
    const staged = timed('stage', stageGeneration(run, area));
    const reconciled = timed('reconcile', reconcile(run, staged, collected, checked));
    const alternatesAdded = timed('apply', await applyChanges(run, staged, collected, checked, reconciled));
    const validated = timed('validate', await validateStaged(run, area, staged, load, alternatesAdded));
    if ('report' in validated) {
      area.discard();
      return validated.report;
    }
    return timed('publish', publishStaged(run, area, staged, collected, validated.vectors));
  } catch (error) {
    area.discard();
    if (isDiskFull(error))
      return run.report(
        'failed',
        `The refresh ran out of disk space in ${deps.store.dataDir} (${(error as Error).message}); its unfinished build was removed, nothing was published and generation ${currentId ?? '(none)'} keeps serving. Free some space and run the refresh again`,
        currentId,
        load,
      );
    throw error;
  }
}

/** The staging directory of the next generation and its open database, removed as a whole on failure. */
class StagingArea {
  db: Db | undefined;
  constructor(readonly staging: { id: string; dir: string }) {}
  discard(): void {
    this.db?.close();
    this.db = undefined;
    fs.rmSync(this.staging.dir, { recursive: true, force: true });
  }
}

/** The staged copy of the current generation, open for writing, with what it held before the refresh. */
interface Staged {
  db: Db;
  writer: CorpusWriter;
  /** The parent's open chunks (its vector index's live labels), so the new index can be derived from it. */
  parentLive: ReturnType<typeof openChunkIds> | null;
  existing: Map<string, ExistingDocument>;
  listingsBefore: number;
  /** The database started as a byte-for-byte copy of the parent's, checked against its checksum. */
  copiedVerified: boolean;
}

/** Stage: the next generation starts as a copy of the current one's database. */
function stageGeneration(run: RefreshRun, area: StagingArea): Staged {
  const stagedDb = path.join(area.staging.dir, DATABASE_FILE);
  // A published database is closed, out of WAL mode and never written again: a copy of its bytes
  // is a consistent copy, far cheaper than VACUUM INTO rebuilding every table and index at 100,000
  // listings. The staged database must start as exactly the verified parent (then the full page
  // check is not needed): a parent whose bytes were hashed and not written since (its stamp, as
  // serving trusts it) is copied by the kernel, and checked not to have changed while it was
  // copied; any other is hashed as it is copied, and the hash must match its manifest.
  let copiedVerified = false;
  if (run.current) {
    const { id, databaseFile } = run.current;
    const expected = run.current.manifest.files[DATABASE_FILE];
    if (expected !== undefined && run.deps.store.unchangedSinceVerified(id, DATABASE_FILE)) {
      fs.copyFileSync(databaseFile, stagedDb, fs.constants.COPYFILE_EXCL);
      if (
        !run.deps.store.unchangedSinceVerified(id, DATABASE_FILE) ||
        fs.statSync(stagedDb).size !== expected.bytes
      )
        throw new Error(
          `generation ${id}'s ${DATABASE_FILE} changed while it was copied, or its copy is not whole`,
        );
      run.deps.log.info(`Staged ${DATABASE_FILE}: copied from ${id}, verified by its stamp`);
    } else {
      const copied = copyHashed(databaseFile, stagedDb);
      if (expected !== undefined && copied !== expected.sha256)
        throw new Error(
          `the copy of generation ${id}'s ${DATABASE_FILE} does not match its checksum (the file changed or the disk returned other bytes)`,
        );
      run.deps.log.info(`Staged ${DATABASE_FILE}: copied from ${id}, hashed as it was copied`);
    }
    copiedVerified = expected !== undefined;
  }
  const db = openDatabase(stagedDb, { staged: true });
  area.db = db;
  const writer = new CorpusWriter(db);
  const parentLive = run.current ? openChunkIds(db) : null;
  const existing = writer.existingDocuments();
  const listingsBefore = [...existing.values()].filter((d) => d.kind === 'listing' && !d.closedAt).length;
  return { db, writer, parentLive, existing, listingsBefore, copiedVerified };
}

/** Copies a file, hashing its bytes on the way (SHA-256, hex); the copy is fsynced at publish. */
function copyHashed(from: string, to: string): string {
  const hash = createHash('sha256');
  const input = fs.openSync(from, 'r');
  try {
    const output = fs.openSync(to, 'wx');
    try {
      const buffer = Buffer.allocUnsafe(1 << 22);
      for (;;) {
        const read = fs.readSync(input, buffer, 0, buffer.length, null);
        if (read === 0) break;
        hash.update(buffer.subarray(0, read));
        let written = 0;
        while (written < read) written += fs.writeSync(output, buffer, written, read - written);
      }
    } finally {
      fs.closeSync(output);
    }
  } finally {
    fs.closeSync(input);
  }
  return hash.digest('hex');
}

/** What the reconcile stage decided before any document is written. */
interface Reconciled {
  toClose: Set<string>;
  refusedSources: Set<string>;
  /** Open listings by content hash, and their near-duplicate index (kept current as documents are written). */
  byContent: Map<string, string>;
  near: NearDuplicateIndex;
  /** Listings kept in the next generation so far: a cross-post merges only into one of them. */
  kept: Set<string>;
  /** The listing (kept, from another source) that this record's role is a cross-post of, if any. */
  crossPostOf: (id: string, sourceName: string) => { id: string; similarity: number } | undefined;
}

/**
 * Reconcile: what closes and which sources are refused (their listings kept as they were), and
 * the duplicate indexes the apply stage checks new and changed listings against.
 */
function reconcile(
  run: RefreshRun,
  staged: Staged,
  collected: Collected,
  checked: CheckedRecords,
): Reconciled {
  const { existing } = staged;
  const { valid, seenBySource } = checked;
  const { toClose, refusedSources } = reconcileClosures(
    {
      existing,
      fetched: collected.fetched,
      returnedNothing: collected.returnedNothing,
      seenBySource,
      sourceReports: run.sourceReports,
      load: collected.load,
      counts: run.counts,
    },
    run.request,
    run.deps,
  );
  const byContent = new Map<string, string>();
  const near = new NearDuplicateIndex();
  for (const doc of existing.values()) {
    // Closed listings (and those closing now) are not duplicates of anything: a repost survives.
    if (doc.kind !== 'listing' || doc.closedAt || toClose.has(doc.id)) continue;
    byContent.set(doc.contentHash, doc.id);
    if (doc.minhash) near.add(doc.id, doc.minhash);
  }

  // What each source repeats across its postings (intro, equal-opportunity text, pay block),
  // learned from the postings this refresh read from it (a board gives all of its postings), at
  // most BOILERPLATE_SAMPLE of them, evenly spaced: a line in half of the postings is as plainly in
  // half of the sample, and the cost no longer grows with the board.
  const bySource = new Map<string, CheckedRecord[]>();
  for (const r of valid)
    if (r.kind === 'listing') {
      const list = bySource.get(r.sourceName) ?? [];
      list.push(r);
      bySource.set(r.sourceName, list);
    }
  // Role-text signatures (title and description without the source's boilerplate; the company is
  // left out, as one board may name it differently): a role cross-posted on two boards is found
  // even though each board wraps it in its own intro, equal-opportunity and pay text. Built on the
  // first new listing that needs them; a signature is reused from the last refresh while its text
  // and its source's boilerplate are unchanged.
  let roles: { near: NearDuplicateIndex; source: Map<string, string> } | undefined;
  const roleIndex = () => {
    if (roles) return roles;
    roles = { near: new NearDuplicateIndex(), source: new Map() };
    const cache = new RoleSignatureCache(staged.db);
    const boilerplate = new Map<string, { lines: Set<string>; fingerprint: string }>();
    for (const [source, list] of bySource) {
      const sample = sampleEvenly(list, BOILERPLATE_SAMPLE).map((r) => (r.input as ListingInput).description);
      const lines = learnBoilerplate(sample);
      boilerplate.set(source, { lines, fingerprint: boilerplateFingerprint(lines) });
    }
    for (const r of valid) {
      const boiler = boilerplate.get(r.sourceName);
      if (r.kind !== 'listing' || !boiler?.lines.size || refusedSources.has(r.sourceName)) continue;
      const key = RoleSignatureCache.key(boiler.fingerprint, r.inputHash);
      roles.near.add(
        r.id,
        cache.signature(r.id, key, () => {
          const { title, description } = r.input as ListingInput;
          return minhashSignature(`${title} ${roleText(description, boiler.lines)}`);
        }),
      );
      roles.source.set(r.id, r.sourceName);
    }
    run.deps.log.info(`Role signatures: ${cache.computed} computed, ${cache.reused} reused`);
    return roles;
  };
  const kept = new Set<string>();
  const keptBefore = (id: string) => {
    const d = existing.get(id);
    return !!d && !d.closedAt && !toClose.has(id);
  };
  const crossPostOf = (id: string, sourceName: string) => {
    const { near: roleNear, source: roleSource } = roleIndex();
    const signature = roleNear.signatureOf(id);
    if (!signature) return undefined;
    return roleNear
      .similarAll(id, signature, NEAR_DUPLICATE_THRESHOLD)
      .find((c) => roleSource.get(c.id) !== sourceName && (kept.has(c.id) || keptBefore(c.id)));
  };
  return { toClose, refusedSources, byContent, near, kept, crossPostOf };
}

/**
 * Apply: new and changed documents are processed (facts, chunks) and written into the staged
 * copy, unchanged ones kept, duplicates merged into the listing already kept, closures and
 * removals applied, all in one transaction. Returns how many alternate links were added.
 */
async function applyChanges(
  run: RefreshRun,
  staged: Staged,
  collected: Collected,
  checked: CheckedRecords,
  reconciled: Reconciled,
): Promise<number> {
  const { deps, counts, now } = run;
  const { writer } = staged;
  const { valid } = checked;
  const applying: Applying = {
    run,
    staged,
    collected,
    reconciled,
    unchangedIds: [],
    writtenBySource: new Map(),
    alternatesAdded: 0,
    prebuilt: await prebuildDocuments(run, staged, checked, reconciled),
  };
  staged.db.transaction(() => {
    valid.forEach((record, i) => {
      if (i % 25 === 0) deps.onProgress?.({ phase: 'processing', done: i, total: valid.length });
      applyRecord(record, applying);
    });
    deps.onProgress?.({ phase: 'processing', done: valid.length, total: valid.length });
    const seenBefore = writer.sourcesSeen();
    for (const id of reconciled.toClose)
      if (writer.close(id, now, seenBefore[staged.existing.get(id)?.source ?? ''] ?? null)) counts.closed++;
    markSeen(staged, applying, seenBefore, now);
    removeDropped(run, staged, collected, checked);
  })();
  pruneRoleSignatures(staged.db);
  return applying.alternatesAdded;
}

/**
 * Records that the unchanged documents were seen again: a source whose every open document was
 * seen in this refresh (unchanged or written) gets one time (`SOURCES_SEEN`); the unchanged
 * documents of any other source (a file given on the command line holds only some of its
 * listings) are touched row by row, as before.
 */
function markSeen(staged: Staged, applying: Applying, seenBefore: Record<string, string>, now: string): void {
  const { writer, existing } = staged;
  const seenBySource = new Map<string, string[]>();
  for (const id of applying.unchangedIds) {
    const source = existing.get(id)?.source ?? '';
    const list = seenBySource.get(source);
    if (list) list.push(id);
    else seenBySource.set(source, [id]);
  }
  const open = writer.openBySource();
  const seen = { ...seenBefore };
  let whole = false;
  for (const [source, ids] of seenBySource) {
    const written = applying.writtenBySource.get(source) ?? 0;
    if (source && open.get(source) === ids.length + written) {
      seen[source] = now;
      whole = true;
    } else writer.touchAll(ids, now);
  }
  if (whole) writer.setMeta(SOURCES_SEEN, JSON.stringify(seen));
}

/**
 * The documents of the records this refresh will process (new, changed, reopened), built over
 * extraction threads when there are at least `from` of them; undefined otherwise, or when the
 * threads fail (then each is built in this thread as it is applied). Nothing is written here.
 */
async function prebuildDocuments(
  run: RefreshRun,
  staged: Staged,
  checked: CheckedRecords,
  reconciled: Reconciled,
): Promise<Map<string, StoredDocumentInput> | undefined> {
  const { deps, request } = run;
  if (!deps.extractWorkers) return undefined;
  const jobs: BuildJob[] = [];
  for (const record of checked.valid) {
    if (reconciled.refusedSources.has(record.sourceName)) continue;
    const before = staged.existing.get(record.id);
    // Kept as stored (`applyRecord`): nothing to build.
    if (record.unchanged && before && !before.closedAt && !request.reprocess) continue;
    jobs.push({
      record: {
        kind: record.kind,
        input: record.input,
        origin: record.origin,
        sourceName: record.sourceName,
      } as BuildJob['record'],
      processingHash: `${record.inputHash}:${deps.pipeline.version}`,
    });
  }
  if (jobs.length < (deps.extractWorkers.from ?? PARALLEL_FROM)) return undefined;
  const t = performance.now();
  try {
    const docs = await buildInWorkers(jobs, deps.pipeline.version, deps.extractWorkers);
    deps.log.info(
      `Extraction: ${jobs.length} record(s) over worker threads in ${Math.round(performance.now() - t)} ms`,
    );
    return new Map(docs.map((doc) => [doc.id, doc]));
  } catch (error) {
    deps.log.warn(`Extraction threads failed (${(error as Error).message}); extracting in this thread`);
    return undefined;
  }
}

/** What applying the records shares: the run's stages so far, and what the records add up. */
interface Applying {
  run: RefreshRun;
  staged: Staged;
  collected: Collected;
  reconciled: Reconciled;
  /** Listings kept as they were: their last-seen time is touched once, at the end. */
  unchangedIds: string[];
  /** Open documents seen by this refresh other than the unchanged (written, or kept when their new version merged as a duplicate), by source. */
  writtenBySource: Map<string, number>;
  /** Documents already built by the extraction threads, by id. */
  prebuilt: Map<string, StoredDocumentInput> | undefined;
  alternatesAdded: number;
}

/** One record: refused, kept unchanged, merged as a duplicate, or written (added or updated). */
function applyRecord(record: CheckedRecord, applying: Applying): void {
  const { run, staged, collected, reconciled } = applying;
  const { request, deps, counts, now } = run;
  const { writer, existing } = staged;
  if (reconciled.refusedSources.has(record.sourceName)) return;
  const before = existing.get(record.id);
  const processingHash = `${record.inputHash}:${deps.pipeline.version}`;
  // A listing belongs to the source that stored it: another source reusing its id is reported,
  // never an overwrite (files given on the command line may update each other's listings).
  if (
    before &&
    before.source !== record.sourceName &&
    !(isCliFile(before.source) && isCliFile(record.sourceName))
  ) {
    collected.load.issues.push({
      ...record.origin,
      field: 'id',
      message: `id "${record.id}" already belongs to source "${before.source}"; this record from "${record.sourceName}" was skipped (ids are per source)`,
    });
    counts.rejected++;
    return;
  }
  if (
    before &&
    sameProcessing(before.processingHash, processingHash, record, deps.pipeline.version) &&
    !request.reprocess &&
    !before.closedAt
  ) {
    counts.unchanged++;
    reconciled.kept.add(before.id);
    applying.unchangedIds.push(before.id);
    // Stored before the INPUT:PIPELINE form: stored in it now, so the next refresh skips validating it.
    if (before.processingHash !== processingHash) writer.setProcessingHash(before.id, processingHash);
    return;
  }
  const built = applying.prebuilt?.get(record.id);
  const doc =
    built && built.processingHash === processingHash
      ? built
      : buildDocument(record, processingHash, deps.pipeline);
  // Re-extraction changes a document's facts, never which documents are kept: no merging then.
  if (record.kind === 'listing' && !request.reextract && mergedAsDuplicate(doc, record, before, applying)) {
    // A stored listing whose new version duplicates another stays as it was: seen all the same.
    if (before && !before.closedAt) seenWhole(applying, before.source);
    return;
  }
  writer.upsert(doc, now);
  seenWhole(applying, doc.source);
  reconciled.kept.add(doc.id);
  if (before) counts.updated++;
  else counts.added++;
}

/** A document of `source` that this refresh saw (written, or kept as a duplicate's survivor). */
function seenWhole(applying: Applying, source: string): void {
  applying.writtenBySource.set(source, (applying.writtenBySource.get(source) ?? 0) + 1);
}

/**
 * The same role on another board, or reposted: merged into the listing already kept, which
 * remembers this link as an alternate source (true). Otherwise the listing is indexed as the one
 * kept for its content and likeness (false).
 */
function mergedAsDuplicate(
  doc: StoredDocumentInput,
  record: CheckedRecord,
  before: ExistingDocument | undefined,
  applying: Applying,
): boolean {
  const { run, staged } = applying;
  const { byContent, near, crossPostOf } = applying.reconciled;
  const merge = (duplicateOf: string, similarity: number) => {
    run.duplicates.push({ id: doc.id, duplicateOf, similarity });
    run.counts.duplicates++;
    if (doc.url && staged.writer.addAlternate(duplicateOf, { id: doc.id, url: doc.url, source: doc.source }))
      applying.alternatesAdded++;
    return true;
  };
  const sameContent = byContent.get(doc.contentHash);
  if (sameContent && sameContent !== doc.id) return merge(sameContent, 1);
  const similar = near.findSimilar(doc.id, doc.minhash!, NEAR_DUPLICATE_THRESHOLD);
  if (similar) return merge(similar.id, similar.similarity);
  const twin = before ? undefined : crossPostOf(doc.id, record.sourceName);
  if (twin) return merge(twin.id, twin.similarity);
  if (before) {
    near.remove(doc.id);
    if (byContent.get(before.contentHash) === doc.id) byContent.delete(before.contentHash);
  }
  near.add(doc.id, doc.minhash!);
  byContent.set(doc.contentHash, doc.id);
  return false;
}

/**
 * The embedded corpus is authoritative for its own listings: drop the ones it no longer has,
 * unless some file could not be read (then we cannot know what it held).
 */
function removeDropped(run: RefreshRun, staged: Staged, collected: Collected, checked: CheckedRecords): void {
  if (!run.request.embedded) return;
  if (collected.fileLevelIssues > 0) {
    collected.load.notices.push(
      'Some files could not be read, so listings missing from the embedded corpus were kept rather than removed',
    );
    return;
  }
  for (const doc of staged.existing.values())
    if (doc.source === EMBEDDED_SOURCE && !checked.seenIds.has(doc.id) && !checked.mentionedIds.has(doc.id)) {
      staged.writer.remove(doc.id);
      run.counts.removed++;
    }
}

type VectorBuild = Awaited<ReturnType<typeof buildVectorIndex>>;

/**
 * Validate: the removal guard (refused when more than half of the listings would go), the no-change
 * check (nothing to publish), then the vectors are embedded and indexed in the staged generation
 * and the staged database checked. Either the vectors, or the report that ends the run.
 */
async function validateStaged(
  run: RefreshRun,
  area: StagingArea,
  staged: Staged,
  load: LoadResult,
  alternatesAdded: number,
): Promise<{ vectors: VectorBuild } | { report: IngestReport }> {
  const { request, deps, counts, current, base } = run;
  const currentId = current?.id ?? null;
  const lost = staged.listingsBefore - countOpenListings(staged.db);
  if (tooManyGone(lost, staged.listingsBefore, false) && !request.force)
    return {
      report: run.report(
        'refused',
        `Refused: this refresh would remove ${lost} of ${staged.listingsBefore} listings (more than half, and more than ${REMOVAL_FLOOR}). Check the sources, or run again with --force if that is intended; nothing was changed`,
        currentId,
        load,
      ),
    };
  const embedderChanged = current ? !sameEmbedder(current.dir, deps.embedder) : false;
  // A generation of an older schema is republished even when nothing changed: it cannot be read.
  if (
    current &&
    current.manifest.schemaVersion === SCHEMA_VERSION &&
    counts.added + counts.updated + counts.removed + counts.closed + alternatesAdded === 0 &&
    !embedderChanged &&
    !request.reprocess &&
    run.repairs.length === 0
  )
    return {
      report: run.report('unchanged', `No changes: generation ${current.id} stays current`, current.id, load),
    };

  // Embed the chunks and index the vectors in the staged generation.
  deps.onProgress?.({ phase: 'embedding', done: 0, total: 1 });
  let vectors: VectorBuild;
  // A broken embedding model is never carried over (it is learned again); a broken index alone
  // keeps the model, so the vector space stays put.
  const modelBroken = base?.broken.some((p) => !p.file.startsWith('vectors.')) ?? false;
  // A broken index file is never derived from (nor linked into the new generation): rebuilt.
  const indexBroken = base?.broken.some((p) => p.file.startsWith('vectors.')) ?? false;
  try {
    vectors = await buildVectorIndex(
      staged.db,
      area.staging.dir,
      modelBroken ? null : (current?.dir ?? null),
      { ...deps.embedder, taxonomy: deps.pipeline.taxonomy },
      request.reprocess === true,
      staged.parentLive && !indexBroken
        ? {
            parentLive: staged.parentLive,
            written: staged.writer.writtenChunks,
            ...(deps.vectorSegmentFrom !== undefined ? { segmentFrom: deps.vectorSegmentFrom } : {}),
          }
        : undefined,
    );
  } catch (error) {
    if (!(error instanceof EmbeddingServiceError)) throw error;
    return {
      report: run.report(
        'failed',
        `Embedding failed (${error.message}); nothing was changed and generation ${currentId ?? '(none)'} keeps serving`,
        currentId,
        load,
      ),
    };
  }
  if (vectors.refitted)
    deps.log.info(`Learned the local embedding model from ${vectors.count} chunks (${vectors.modelId})`);
  deps.log.info(
    `Vector index: ${vectors.mode}, ${vectors.embedded} chunk(s) embedded, ${vectors.deleted} marked deleted, ${vectors.count} live, ${vectors.segments} segment(s), ${vectors.carried.length} file(s) kept from the parent`,
  );
  deps.onProgress?.({ phase: 'embedding', done: 1, total: 1 });

  deps.onProgress?.({ phase: 'validating', done: 0, total: 1 });
  const problems = staged.writer.validate({ pages: !staged.copiedVerified });
  if (problems.length > 0)
    return {
      report: run.report(
        'failed',
        `The new generation failed validation (${problems.join('; ')}); the previous one keeps serving`,
        currentId,
        load,
      ),
    };
  return { vectors };
}

/** Publish: the run recorded, the staged database sealed and closed, then switched to atomically. */
function publishStaged(
  run: RefreshRun,
  area: StagingArea,
  staged: Staged,
  collected: Collected,
  vectors: VectorBuild,
): IngestReport {
  const { deps, counts, now, current } = run;
  const { load } = collected;
  const { db, writer } = staged;
  writer.recordRun({
    generation: area.staging.id,
    startedAt: now,
    finishedAt: deps.now().toISOString(),
    sources: collected.sourceLabels,
    ...counts,
    issues: load.issues,
  });
  writer.setMeta('generation', area.staging.id);
  writer.setMeta('created_at', now);
  writer.setMeta('pipeline_version', deps.pipeline.version);
  // What is derived at publish, each step timed (CPU ms in parentheses) for the refresh log.
  const steps: string[] = [];
  const step = <T>(name: string, work: () => T): T => {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const value = work();
    const used = process.cpuUsage(cpu);
    steps.push(
      `${name} ${Math.round(performance.now() - t)} ms (${Math.round((used.user + used.system) / 1000)})`,
    );
    return value;
  };
  // The answer engine's aggregates read the listings' facts as columns, stored with the generation;
  // every listing's summary, and what each listing's text gives each descriptive question: worked
  // out once here, not at every start or question, and carried over from the parent for the
  // listings this refresh did not rewrite (`carryFrom`).
  const reader = CorpusReader.staged(area.staging.id, path.join(area.staging.dir, DATABASE_FILE));
  try {
    const { carry, columns: versions } = step('versions', () => carryFrom(reader, current?.id ?? null));
    steps.push(`${carry ? carry.unchanged.size : 0} listing(s) not rewritten`);
    step('fact columns', () => writeFactColumns(db, area.staging.id, carry ?? undefined));
    const summaries = step('summaries', () => listingSummaries(reader, carry));
    // The kinds go through the listings just summarised (not a second read of every summary).
    const given = step('descriptive kinds', () =>
      givenColumns({ listings: () => summaries, listing: (id) => reader.listing(id) }, carry),
    );
    const vocabulary = step('vocabulary', () => vocabularyColumns(reader));
    step('store', () =>
      writeStoredColumns(
        db,
        area.staging.id,
        new Map([...versions, [LISTING_SUMMARIES, encodeSummaries(summaries)], ...given, ...vocabulary]),
      ),
    );
  } finally {
    reader.close();
  }
  deps.log.info(`Publish steps: ${steps.join(', ')}`);
  const totals = corpusTotals(db);
  // A database published while its pages sit in the -wal file would be published empty:
  // checkpoint, leave WAL mode, and close before checksumming.
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.pragma('optimize');
  db.close();
  area.db = undefined;
  deps.onProgress?.({ phase: 'publishing', done: 0, total: 1 });
  const generation = deps.store.publish(
    area.staging,
    {
      createdAt: now,
      parent: current?.id ?? null,
      schemaVersion: SCHEMA_VERSION,
      pipelineVersion: deps.pipeline.version,
      counts: totals,
      embedding: { modelId: vectors.modelId, dimensions: vectors.dimensions, count: vectors.count },
    },
    carriedFiles(current, vectors.carried),
  );
  for (const repair of run.repairs) {
    deps.log.warn(`Repaired the corpus: ${repair}`);
    load.notices.push(`Repaired: ${repair}`);
  }
  const pruned = deps.store.prune(deps.keepGenerations, generation.id);
  if (pruned.length) deps.log.info(`Removed ${pruned.length} old generation(s): ${pruned.join(', ')}`);
  deps.onProgress?.({ phase: 'publishing', done: 1, total: 1 });
  const summary = `${counts.added} added, ${counts.updated} updated, ${counts.removed} removed, ${counts.closed} closed, ${counts.unchanged} unchanged, ${counts.duplicates} duplicate(s) merged, ${counts.rejected} rejected`;
  return run.report('published', `Published generation ${generation.id}: ${summary}`, generation.id, load);
}

/**
 * The parent's files linked into the new generation unchanged, with their checksums from the
 * parent's manifest (verified when the refresh began): publish need not hash them again.
 */
function carriedFiles(
  parent: Generation | null,
  names: string[],
): Record<string, { sha256: string; bytes: number }> {
  const out: Record<string, { sha256: string; bytes: number }> = {};
  for (const name of names) {
    const entry = parent?.manifest.files[name];
    if (entry) out[name] = entry;
  }
  return out;
}

const BOARD_KINDS = new Set(['greenhouse', 'lever', 'ashby']);

/** Whose namespace an id is in: a board kind (`greenhouse:…`) or a configured source's name (`feed:…`). */
function reservedBy(id: string, specs: SourceSpec[]): { kind: 'board' | 'name'; value: string } | undefined {
  const colon = id.indexOf(':');
  if (colon <= 0) return undefined;
  const prefix = id.slice(0, colon);
  if (BOARD_KINDS.has(prefix)) return { kind: 'board', value: prefix };
  if (specs.some((s) => s.name === prefix)) return { kind: 'name', value: prefix };
  return undefined;
}

function ownsNamespace(
  sourceName: string,
  reserved: { kind: 'board' | 'name'; value: string },
  specs: SourceSpec[],
): boolean {
  if (reserved.kind === 'name') return sourceName === reserved.value;
  return specs.some((s) => s.name === sourceName && s.kind === reserved.value);
}

function isCliFile(source: string): boolean {
  return source.startsWith('file:');
}

/** Listings that may disappear in one refresh without --force: any number up to this, or up to half. */
export const REMOVAL_FLOOR = 5;

/**
 * The removal guard: refused when more than half AND more than REMOVAL_FLOOR would go (so a small
 * board can close its last listing, or 2 of 3), or when a source returned nothing at all.
 */
export function tooManyGone(gone: number, before: number, returnedNothing: boolean): boolean {
  if (before === 0 || gone === 0) return false;
  if (returnedNothing) return true;
  return gone > before / 2 && gone > REMOVAL_FLOOR;
}

/** SQLite's "database or disk is full", or the file system's ENOSPC / EDQUOT (quota exceeded). */
function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}

/** Whether a generation's vectors were made by the embedder configured now (else a refresh must rebuild them). */
function sameEmbedder(generationDir: string, embedder: IngestDeps['embedder']): boolean {
  try {
    const meta = JSON.parse(fs.readFileSync(path.join(generationDir, 'vectors.json'), 'utf8')) as {
      modelId: string;
    };
    if (embedder.remote) return meta.modelId === embedder.remote.modelId;
    return meta.modelId.startsWith('local:') && localKindOf(meta.modelId) === embedder.localKind;
  } catch {
    return false;
  }
}

function localKindOf(modelId: string): string {
  const hasLsa = modelId.includes('lsa-');
  const hasHashed = modelId.includes('hashed-');
  return hasLsa && hasHashed ? 'lsa+hashed' : hasLsa ? 'lsa' : 'hashed';
}

/** Keeps the last fetch of each configured source beside the generations, whether or not a generation was published. */
function recordFreshness(
  store: { previous: SourceFreshness[]; save: (entries: SourceFreshness[]) => void },
  reports: SourceRefresh[],
  specs: SourceSpec[],
  started: Date,
  status: IngestReport['status'],
): void {
  const previous = new Map(store.previous.map((f) => [f.name, f]));
  const applied = status === 'published' || status === 'unchanged';
  const at = started.toISOString();
  const entries: SourceFreshness[] = specs.map((spec) => {
    const before = previous.get(spec.name);
    const r = reports.find((x) => x.name === spec.name);
    if (!r)
      return (
        before ?? {
          name: spec.name,
          kind: spec.kind,
          lastAttemptAt: null,
          lastSuccessAt: null,
          lastError: null,
          postings: null,
        }
      );
    const ok = r.status === 'fetched' && applied;
    return {
      name: spec.name,
      kind: spec.kind,
      lastAttemptAt: at,
      lastSuccessAt: ok ? at : (before?.lastSuccessAt ?? null),
      lastError: ok ? null : r.status === 'fetched' ? `refresh ${status}` : r.message,
      postings: ok ? r.postings : (before?.postings ?? null),
    };
  });
  store.save(entries);
}

/**
 * A stored document's processing hash is `INPUT:PIPELINE`: a hash of the record's fields as its
 * source gave them (and the source's name), then the pipeline version that processed it. A
 * document stored before this form (one SHA-256 of the pipeline version, the validated record and
 * the source) is compared in that form.
 */
function sameProcessing(
  stored: string,
  computed: string,
  record: ValidRecord & { sourceName: string },
  pipelineVersion: string,
): boolean {
  if (stored.includes(':')) return stored === computed;
  const legacy = createHash('sha256')
    .update(pipelineVersion)
    .update(JSON.stringify(record.input))
    .update(record.sourceName)
    .digest('hex');
  return stored === legacy;
}

/** The pipeline version that extracted a generation's documents (its manifest's stamp). */
export function extractedBy(generation: Generation): string {
  return generation.manifest.pipelineVersion;
}

/**
 * Every open document of a generation as a record again, for re-extraction with a newer pipeline:
 * its text and what its source stated (pay ranges, remote policy, employment type, salary are
 * kept as stored; skills, industries, places, seniority and years are extracted again). Closed
 * listings keep their facts (they are out of retrieval and the aggregates).
 */
function storedRecords(
  generation: Generation | null,
): Array<LoadResult['records'][number] & { sourceName: string; storedInputHash?: string }> {
  if (!generation) return [];
  const rows = openDocumentRows(generation.databaseFile);
  return rows.map((r, i) => {
    const hash = String(r.processing_hash ?? '');
    const origin = { file: `stored:${generation.id}`, record: i + 1 };
    const defined = (fields: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));
    const base = {
      origin,
      sourceName: String(r.source),
      ...(hash.includes(':') ? { storedInputHash: hash.slice(0, hash.indexOf(':')) } : {}),
    };
    if (r.kind === 'guide')
      return {
        ...base,
        kind: 'guide' as const,
        fields: defined({
          id: r.id,
          title: r.title,
          topics: JSON.parse(String(r.topics ?? '[]')) as string[],
          updatedAt: r.posted_at,
          url: r.url,
          body: r.description,
        }),
      };
    const ranges = JSON.parse(String(r.salary_ranges ?? '[]')) as unknown[];
    return {
      ...base,
      kind: 'listing' as const,
      fields: defined({
        id: r.id,
        title: r.title,
        company: r.company,
        location: r.location,
        url: r.url,
        description: r.description,
        source: r.source,
        postedAt: r.posted_at,
        remote: r.remote,
        employmentType: r.employment_type,
        salary:
          r.salary_min !== null && r.salary_max !== null && r.salary_currency !== null
            ? {
                min: r.salary_min,
                max: r.salary_max,
                currency: r.salary_currency,
                period: r.salary_period ?? 'year',
              }
            : null,
        salaryRanges: ranges.length ? ranges : null,
        externalId: r.external_id,
        department: r.department,
        applyUrl: r.apply_url,
        updatedAt: r.source_updated_at,
      }),
    };
  });
}

/** The input half of a processing hash: the record's fields as its source gave them, and the source. */
export function rawInputHash(fields: Record<string, unknown>, sourceName: string): string {
  return createHash('sha256')
    .update(JSON.stringify(fields))
    .update('\u0000')
    .update(sourceName)
    .digest('hex');
}

/**
 * A record whose stored document was processed from these very fields by this pipeline: valid
 * when it was stored, so it is validated again only if something reads its input (the boilerplate
 * sample, a role signature to compute), not once per refresh for every unchanged listing.
 */
function lazilyValidated(raw: RawRecord): ValidRecord {
  let input: ValidRecord['input'] | undefined;
  const record = { kind: raw.kind, origin: raw.origin } as ValidRecord;
  Object.defineProperty(record, 'input', {
    enumerable: true,
    get() {
      if (input === undefined) {
        const result = validateRecord(raw);
        if ('issues' in result)
          throw new Error(
            `stored record ${String(raw.fields.id)} no longer validates: ${result.issues[0]?.message}`,
          );
        input = result.ok.input;
      }
      return input;
    },
  });
  return record;
}

/** Each stored document's processing hash (the parent generation's), read before the records are checked. */
function storedProcessingHashes(generation: Generation | null): Map<string, string> | null {
  // A generation of an older schema is migrated in its staged copy; its records are all checked.
  if (!generation || generation.manifest.schemaVersion !== SCHEMA_VERSION) return null;
  return openProcessingHashes(generation.databaseFile);
}
