import v8 from 'node:v8';

/**
 * How far V8 lets a heap grow past what it kept at its last full collection before it collects
 * again. V8's own factor goes up to 4× when collecting is cheap: a process answering `/ask` at
 * 100,000 listings keeps ~180 MB and reached ~700 MB of heap (888 MB of RSS) between full
 * collections, most of it garbage. At 100 % (2×) the same process peaked at 567 MB of RSS, for
 * more CPU (full collections come more often): docs/PERFORMANCE.md, round 13. The bot sets it from
 * ROLERADAR_HEAP_GROWING_PERCENT (0: V8's own choice), before its workers start: V8's flags are per
 * process, so the main thread and every worker share it.
 *
 * Sets V8's heap growing factor to 1 + `percent`/100, unless the process was started with its own
 * (`node --heap-growing-percent=N`, also in NODE_OPTIONS) or `percent` is 0. Returns whether it set
 * the flag.
 */
export function boundHeapGrowth(percent: number): boolean {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) =>
    /^--heap[-_]growing[-_]percent(?:=|$)/.test(a),
  );
  if (given || !(percent > 0)) return false;
  v8.setFlagsFromString(`--heap-growing-percent=${Math.round(percent)}`);
  return true;
}

/**
 * V8 flags of the bot's process, given on its command line (`npm start`, a shard process, `npm run
 * load`): a young generation (semi-space) of at most 4 MB on the main thread, as the workers get
 * (`maxYoungGenerationSizeMb` in WorkerPool). V8's default lets the main thread's nursery grow to
 * 16 MB a semi-space (32 MB of RSS) after its start-up, where most allocations survive; the main
 * thread keeps ~30 MB of heap. With it the bot's start-up peak is ~20 MB lower (under the
 * 50-member load the difference is within the runs' ±15 MB), for two to three times as many
 * scavenges on the main thread, each of a smaller space, and no CPU cost measured:
 * docs/PERFORMANCE.md, round 14. A heap's size limits are read when the heap
 * is made, so this cannot be set from code at run time, unlike `boundHeapGrowth`.
 */
export const MAIN_THREAD_V8_FLAGS: readonly string[] = ['--max-semi-space-size=4'];
