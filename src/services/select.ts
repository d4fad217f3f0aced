import { selectFor } from '../rag/answer/engine.js';
import type { ListingSummary } from '../storage/corpus/corpus-reader.js';
import type { ServiceDeps } from './deps.js';

/**
 * Every open listing a target or topic describes ("lead backend fintech", "healthtech"), by the
 * same planner and filters as /ask: the selection market, gap, role summaries and recommendations
 * share, in `listings()` order (their skills are in `reader.listingSkills()`). Null when there is
 * no corpus yet.
 */
export function selectListings(
  target: string,
  deps: Pick<ServiceDeps, 'engineDeps'>,
): ListingSummary[] | null {
  const engine = deps.engineDeps();
  if (!engine) return null;
  const ids = new Set(selectFor(target, engine).ids);
  return engine.reader.listings().filter((l) => ids.has(l.id));
}

/** The listings a target or topic describes, with the filters it was read as (empty: none applied). */
export function selectionFor(
  target: string,
  deps: Pick<ServiceDeps, 'engineDeps'>,
): { listings: ListingSummary[]; applied: string[] } | null {
  const engine = deps.engineDeps();
  if (!engine) return null;
  const sel = selectFor(target, engine);
  const ids = new Set(sel.ids);
  return { listings: engine.reader.listings().filter((l) => ids.has(l.id)), applied: sel.applied };
}

/** The listings a use case works over: those a target describes, or the whole open corpus. */
export function marketFor(
  target: string | undefined,
  deps: Pick<ServiceDeps, 'engineDeps' | 'reader'>,
): readonly ListingSummary[] | null {
  const reader = deps.reader();
  if (!reader) return null;
  return target ? (selectListings(target, deps) ?? []) : reader.listings();
}
