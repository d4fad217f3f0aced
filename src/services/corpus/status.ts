import type { CorpusStatus } from '../../storage/corpus/corpus-reader.js';
import type { CorpusHealth } from '../../storage/corpus/generations.js';
import type { SourceFreshness } from '../../storage/state/sources-file.js';
import { type StateRecovery, stateRecoveries } from '../../storage/state/state.js';
import type { CorpusDeps, NoCorpus } from '../deps.js';
import { sourceFreshness } from './sources.js';

export type CorpusStatusResult =
  | {
      kind: 'ok';
      /** The serving generation: counts, skill coverage, sources, last refresh. */
      status: CorpusStatus;
      /** Each configured job board's last fetch. */
      freshness: SourceFreshness[];
      /** Whole, or degraded and why. */
      health: CorpusHealth;
      /** Times the state database was found corrupt and replaced, newest first. */
      stateRecoveries: StateRecovery[];
    }
  /** Nothing serves: no generation yet, or (`health` degraded) none that can be read. */
  | (NoCorpus & { health: CorpusHealth });

/** What the operator sees of the corpus (`/corpus status`, `roleradar status`). */
export async function corpusStatus(
  deps: Pick<CorpusDeps, 'reader' | 'store' | 'stateStore' | 'config'>,
): Promise<CorpusStatusResult> {
  const reader = deps.reader();
  const health = deps.store.health();
  if (!reader) return { kind: 'no_corpus', health };
  return {
    kind: 'ok',
    status: reader.status(),
    freshness: await sourceFreshness(deps),
    health,
    stateRecoveries: stateRecoveries(deps.config.dataDir),
  };
}
