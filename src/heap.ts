import v8 from 'node:v8';

/**
 * How far V8 lets a heap grow past what it kept at its last full collection before it collects
 * again, in percent, for the serving processes (the bot's main thread and its workers share it:
 * V8's flags are per process). V8's own choice goes up to 4× when collecting is cheap, and a
 * process answering `/ask` at 100,000 listings keeps ~180 MB: it reached 700 MB of heap (965 MB of
 * RSS) between full collections, most of it garbage. At 100 (2×) the same process peaked at
 * ~600 MB; each full collection is then of a smaller heap, and they come more often
 * (docs/PERFORMANCE.md, round 13).
 */
export const HEAP_GROWING_PERCENT = 100;

/**
 * Sets V8's heap growing factor to 1 + `percent`/100, unless the process was started with its own
 * (`node --heap-growing-percent=N`, also in NODE_OPTIONS) or `percent` is 0 (V8's choice). Call it
 * before the workers start. Returns whether it set the flag.
 */
export function boundHeapGrowth(percent: number = HEAP_GROWING_PERCENT): boolean {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) =>
    /^--heap[-_]growing[-_]percent(?:=|$)/.test(a),
  );
  if (given || !(percent > 0)) return false;
  v8.setFlagsFromString(`--heap-growing-percent=${Math.round(percent)}`);
  return true;
}
