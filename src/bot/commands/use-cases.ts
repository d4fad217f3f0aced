/**
 * The use cases the commands run, loaded when first run. The Discord adapter's main thread reads
 * the commands' definitions (names, options, buttons, autocomplete) and runs none of these: the
 * worker threads do. Imported lazily, the answering stack (the planner, the composers, the
 * extractors, search, the market: ~9 MB of heap and ~12 MB of RSS, round 14) stays out of the main
 * thread. A worker thread loads them all before it reports ready (`loadUseCases`), so no member's
 * first command pays for it; the console and the CLI load each on its first use.
 */
export const useCases = {
  ask: () => import('../../services/ask.js'),
  gap: () => import('../../services/gap.js'),
  market: () => import('../../services/market.js'),
  recommend: () => import('../../services/recommend.js'),
  search: () => import('../../services/search.js'),
  similar: () => import('../../services/similar.js'),
  summarize: () => import('../../services/summarize.js'),
  refresh: () => import('../../services/corpus/refresh.js'),
  sources: () => import('../../services/corpus/sources.js'),
  status: () => import('../../services/corpus/status.js'),
} as const;

/** Every use case loaded (a worker thread at start). */
export async function loadUseCases(): Promise<void> {
  await Promise.all(Object.values(useCases).map((load) => load()));
}
