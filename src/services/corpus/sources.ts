import { type SourceFreshness, type SourceSpec, SourcesFileError } from '../../storage/state/sources-file.js';
import type { CorpusDeps } from '../deps.js';

type SourceDeps = Pick<CorpusDeps, 'stateStore'>;

/** Every configured source, each with its last fetch, and where they are kept. */
export interface SourceList {
  /** Where the sources are kept, for messages (the sources file's path, or PostgreSQL). */
  location: string;
  sources: SourceSpec[];
  /** One entry per configured source, in the same order (never fetched: every field null). */
  freshness: SourceFreshness[];
}

export type AddSourceResult =
  | { kind: 'ok'; source: SourceSpec }
  /** Not a valid source, or its name is taken: nothing was written. */
  | { kind: 'invalid'; reason: string };

export type RemoveSourceResult = { kind: 'ok'; source: SourceSpec } | { kind: 'not_found'; name: string };

/** The configured job-board sources with their last fetch (none when none were added). */
export async function listSources(deps: SourceDeps): Promise<SourceList> {
  const state = deps.stateStore().sources;
  const { sources } = await state.read();
  return { location: state.location, sources, freshness: freshnessOf(sources, await state.freshness()) };
}

/** The last fetch of each configured source: when it last succeeded, and its last error. */
export async function sourceFreshness(deps: SourceDeps): Promise<SourceFreshness[]> {
  const state = deps.stateStore().sources;
  const known = await state.freshness();
  return freshnessOf((await state.read()).sources, known);
}

function freshnessOf(sources: SourceSpec[], recorded: SourceFreshness[]): SourceFreshness[] {
  const known = new Map(recorded.map((f) => [f.name, f]));
  return sources.map(
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

/** Validates and adds a source (written atomically); fetched on the next refresh. */
export async function addSource(input: unknown, deps: SourceDeps): Promise<AddSourceResult> {
  try {
    return { kind: 'ok', source: await deps.stateStore().sources.add(input) };
  } catch (error) {
    if (error instanceof SourcesFileError) return { kind: 'invalid', reason: error.message };
    throw error;
  }
}

/** Removes a source by name; its listings close on the next refresh. */
export async function removeSource(name: string, deps: SourceDeps): Promise<RemoveSourceResult> {
  const source = await deps.stateStore().sources.remove(name);
  return source ? { kind: 'ok', source } : { kind: 'not_found', name };
}
