/**
 * Each thread's memory of the bot under `npm run load` (round 14): a preload given in NODE_OPTIONS,
 * which Node runs in the main thread and in every worker thread, writes every 0.5 s one JSON file
 * per thread to THREAD_MEMORY_DIR: `process.memoryUsage()` (its heap is the thread's own), V8's
 * heap spaces and malloced memory, their maxima, and the thread's collections (count and wall ms,
 * minor and major). With SNAP_FILE set, each thread writes a heap snapshot (after a full
 * collection) once that file exists.
 *
 *   THREAD_MEMORY_DIR=/tmp/tm NODE_OPTIONS="--require $PWD/scripts/thread-memory.cjs" npm run -s load -- --json
 *
 * Only the bot's process (the load's fake token) records; the load script's own process does not.
 */
const { isMainThread, threadId, workerData } = require('node:worker_threads');
const v8 = require('node:v8');
const fs = require('node:fs');
const { PerformanceObserver, constants } = require('node:perf_hooks');

const isBot =
  process.env.DISCORD_TOKEN === 'load.test.token' &&
  (!isMainThread || (process.argv[1] ?? '').endsWith('dist/main.js'));
if (isBot) {
  const name = isMainThread ? 'main' : (workerData?.workerName ?? `w${threadId}`);
  const dir = process.env.THREAD_MEMORY_DIR ?? '/tmp/roleradar-thread-memory';
  fs.mkdirSync(dir, { recursive: true });
  const file = `${dir}/${process.pid}-${threadId}-${name}.json`;
  const max = {};
  const series = [];
  const t0 = Date.now();
  const gc = { minor: 0, minorMs: 0, major: 0, majorMs: 0, other: 0, otherMs: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind =
        e.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR
          ? 'minor'
          : e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR
            ? 'major'
            : 'other';
      gc[kind]++;
      gc[`${kind}Ms`] += e.duration;
    }
  }).observe({ entryTypes: ['gc'] });
  let snapped = false;
  setInterval(() => {
    const m = process.memoryUsage();
    const row = { t: Date.now() - t0, heapTotal: m.heapTotal, heapUsed: m.heapUsed, external: m.external };
    Object.assign(row, { arrayBuffers: m.arrayBuffers, rss: m.rss });
    for (const s of v8.getHeapSpaceStatistics()) row[s.space_name] = s.space_size;
    const h = v8.getHeapStatistics();
    Object.assign(row, { malloced: h.malloced_memory, peakMalloced: h.peak_malloced_memory });
    for (const [k, v] of Object.entries(row)) if (k !== 't') max[k] = Math.max(max[k] ?? 0, v);
    series.push(row);
    fs.writeFileSync(file, JSON.stringify({ name, max, last: row, gc, series }));
    if (!snapped && process.env.SNAP_FILE && fs.existsSync(process.env.SNAP_FILE)) {
      snapped = true;
      v8.writeHeapSnapshot(`${dir}/${name}.heapsnapshot`);
    }
  }, 500).unref();
}
