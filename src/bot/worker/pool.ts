import { Worker } from 'node:worker_threads';
import type { AppConfig } from '../../config/config.js';
import type { Log } from '../../logger.js';
import { GenerationStore } from '../../storage/corpus/generations.js';
import { UserFacingError } from '../reply.js';
import type { OPERATIONS, OperationName } from './operations.js';
import type { FromWorker, SerializedError, ToWorker, WorkerInit } from './protocol.js';

/**
 * The worker's entry: compiled JavaScript beside this file in production (`npm run build`, then
 * `node dist/main.js`), so no TypeScript loader is loaded in any thread; when this module runs from
 * its TypeScript source (tests, `tsx`), an entry that registers tsx's loader first.
 */
export const WORKER_ENTRY = new URL(
  import.meta.url.endsWith('.ts') ? './worker-entry.mjs' : './worker.js',
  import.meta.url,
);

// Measured with `npm run load` (docs/PERFORMANCE.md): 8 MB kept the bot under 300 MB peak RSS.
const WORKER_YOUNG_GENERATION_MB = 8;

// Beyond this recent wait for a worker, new interactive jobs are refused: what keeps /ask's end to
// end p99 under 1 s when more is offered than the workers can do.
const SHED_QUEUE_DELAY_MS = 250;

// How long the refresh worker stays after its last job (a second refresh soon after reuses it).
const BACKGROUND_IDLE_MS = 30_000;

type OperationArgs<K extends OperationName> = Parameters<(typeof OPERATIONS)[K]>[1];
type OperationResult<K extends OperationName> = Awaited<ReturnType<(typeof OPERATIONS)[K]>>;

/** An operation that failed inside a worker; `userFacing` ones carry a message for the member. */
export class WorkerOperationError extends Error {
  override name = 'WorkerOperationError';
  constructor(readonly detail: SerializedError) {
    super(detail.message);
    if (detail.stack) this.stack = detail.stack;
  }
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: (value: unknown) => void;
  slot: WorkerSlot;
}

interface WorkerSlot {
  name: string;
  worker: Worker;
  ready: Promise<void>;
  inFlight: number;
  /** Model-call slots this worker holds, returned if it dies. */
  modelSlots: number;
  /** Read at spawn: `worker.threadId` is -1 once the worker has exited. */
  threadId: number | undefined;
}

export interface PoolOptions {
  /** Workers for interactive work (commands, buttons, catalog). */
  size: number;
  /** Process-wide cap on concurrent model calls, shared by all workers. */
  maxModelCalls: number;
  onMetric?: (name: string, labels: Record<string, string>) => void;
}

/**
 * Worker threads for everything synchronous and heavy. Interactive operations go to the least busy
 * of `size` workers; refreshes go to a separate background worker so a rebuild never queues
 * members' questions behind it. A worker that dies is replaced and its jobs fail with an error.
 */
export class WorkerPool {
  private readonly interactive: WorkerSlot[] = [];
  private background: WorkerSlot | undefined;
  private backgroundIdle: NodeJS.Timeout | undefined;
  private readonly pending = new Map<number, Pending>();
  /** Workers stopped on purpose (an idle refresh worker): their exit is not a crash. */
  private readonly retired = new Set<WorkerSlot>();
  private nextId = 1;
  private closed = false;
  private modelActive = 0;
  private queueDelayMs = 0;
  /** Shutting down: no new model calls, so queued questions finish with the offline answer. */
  private draining = false;
  private readonly modelWaiting: Array<{ grant: () => void; refuse: () => void }> = [];

  constructor(
    private readonly config: AppConfig,
    private readonly log: Log,
    private readonly options: PoolOptions,
  ) {
    for (let i = 0; i < options.size; i++) this.interactive.push(this.spawn(`worker-${i + 1}`));
  }

  /** Resolves when every interactive worker has loaded. */
  async ready(): Promise<void> {
    await Promise.all(this.interactive.map((s) => s.ready));
  }

  run<K extends OperationName>(
    op: K,
    args: OperationArgs<K>,
    options: { background?: boolean; searches?: boolean; onProgress?: (value: unknown) => void } = {},
  ): Promise<OperationResult<K>> {
    if (this.closed) return Promise.reject(new Error('the worker pool is shut down'));
    const slot = options.background
      ? this.backgroundSlot()
      : options.searches
        ? this.searchSlot()
        : this.leastBusy();
    const id = this.nextId++;
    slot.inFlight++;
    return new Promise<OperationResult<K>>((resolve, reject) => {
      this.pending.set(id, {
        resolve: resolve as (v: unknown) => void,
        reject,
        slot,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
      slot.worker.postMessage({ type: 'job', id, op, args, postedAt: Date.now() } satisfies ToWorker);
    });
  }

  /**
   * Whether a new interactive job should be refused ("busy"): the workers hold `maxQueued` jobs
   * already, or they hold at least half that and jobs have lately waited longer than
   * SHED_QUEUE_DELAY_MS for a worker to start them. Waiting on the model does not count
   * (it does not hold the thread), so slow model answers alone never shed load.
   */
  overloaded(maxQueued: number): boolean {
    const queued = this.queued;
    if (queued >= maxQueued) return true;
    if (queued < this.interactive.length * 2) this.queueDelayMs = 0;
    // Below half the cap a burst is always taken (a channel's 25 questions at once are answered).
    return queued >= maxQueued / 2 && this.queueDelayMs > SHED_QUEUE_DELAY_MS;
  }

  /** Recent time jobs waited for a worker to start them (exponentially weighted), in ms. */
  get queueDelay(): number {
    return this.queueDelayMs;
  }

  /**
   * Runs an operation once in every interactive worker (warming caches); `args` may depend on
   * whether the worker is the search worker.
   */
  async broadcast<K extends OperationName>(
    op: K,
    args: OperationArgs<K> | ((searchWorker: boolean) => OperationArgs<K>),
  ): Promise<void> {
    await Promise.all(
      this.interactive.map(
        (slot, i) =>
          new Promise<unknown>((resolve, reject) => {
            const id = this.nextId++;
            slot.inFlight++;
            this.pending.set(id, { resolve, reject, slot });
            const given = typeof args === 'function' ? args(i === 0) : args;
            slot.worker.postMessage({ type: 'job', id, op, args: given } satisfies ToWorker);
          }),
      ),
    );
  }

  /**
   * Stops granting model calls: questions waiting for a slot, and any that ask later, get the
   * offline answer at once. Calls already running finish. Used by graceful shutdown, so that
   * everything in flight can still be answered within the grace period.
   */
  drainModelCalls(): void {
    this.draining = true;
    for (const waiter of this.modelWaiting.splice(0)) waiter.refuse();
  }

  /** Interactive jobs running or queued in the interactive workers (refreshes excluded). */
  get queued(): number {
    return this.interactive.reduce((n, s) => n + s.inFlight, 0);
  }

  /** Jobs running or queued in workers. */
  get busy(): number {
    return this.pending.size;
  }

  get modelCallsActive(): number {
    return this.modelActive;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.backgroundIdle);
    const all = [...this.interactive, ...(this.background ? [this.background] : [])];
    await Promise.all(all.map((s) => s.worker.terminate()));
    for (const p of this.pending.values()) p.reject(new Error('the worker pool shut down'));
    this.pending.clear();
  }

  /**
   * The search worker: the first interactive worker takes every search, so that it alone reads
   * the vector index (the others never do). A replaced worker takes its place.
   */
  private searchSlot(): WorkerSlot {
    return this.interactive[0]!;
  }

  private leastBusy(): WorkerSlot {
    return this.interactive.reduce((best, s) => (s.inFlight < best.inFlight ? s : best));
  }

  private backgroundSlot(): WorkerSlot {
    clearTimeout(this.backgroundIdle);
    this.background ??= this.spawn('background');
    return this.background;
  }

  /** A refresh worker holds a whole pipeline in memory: it goes once it has been idle a while. */
  private retireBackgroundWhenIdle(): void {
    clearTimeout(this.backgroundIdle);
    this.backgroundIdle = setTimeout(() => {
      const slot = this.background;
      if (!slot || slot.inFlight > 0) return;
      this.background = undefined;
      this.retired.add(slot);
      void slot.worker.terminate();
    }, BACKGROUND_IDLE_MS);
    this.backgroundIdle.unref();
  }

  private spawn(name: string): WorkerSlot {
    const worker = new Worker(WORKER_ENTRY, {
      workerData: { config: this.config, workerName: name } satisfies WorkerInit,
      // The parent's --import tsx flags would register the loader twice; the entry registers it.
      // CPU profiling (`npm run load -- --profile DIR`) is passed on, so workers are profiled too.
      execArgv: process.execArgv.filter((a) => a.startsWith('--cpu-prof')),
      // A small young generation: V8's default lets each worker's nursery grow to ~48 MB of RSS,
      // which was most of the difference between 475 MB and < 300 MB under the load test.
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    let markReady: () => void = () => {};
    let markFailed: (e: Error) => void = () => {};
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    // Nobody may be awaiting `ready` when a worker fails to start; the failure is logged below.
    ready.catch(() => {});
    const slot: WorkerSlot = { name, worker, ready, inFlight: 0, modelSlots: 0, threadId: worker.threadId };
    worker.on('message', (message: FromWorker) => this.onMessage(slot, message, markReady));
    worker.on('error', (error) => {
      this.log.error(`${name} crashed: ${error.stack ?? error.message}`);
      markFailed(error);
    });
    worker.on('exit', (code) => this.onExit(slot, code));
    return slot;
  }

  private onMessage(slot: WorkerSlot, message: FromWorker, markReady: () => void): void {
    switch (message.type) {
      case 'ready':
        markReady();
        return;
      case 'log':
        this.log[message.level](`[${slot.name}] ${message.message}`);
        return;
      case 'metric':
        this.options.onMetric?.(message.name, message.labels);
        return;
      case 'progress':
        this.pending.get(message.id)?.onProgress?.(message.value);
        return;
      case 'slot-acquire':
        this.acquireModelSlot(slot, message.id, message.waitMs);
        return;
      case 'slot-release':
        this.releaseModelSlot(slot);
        return;
      case 'result': {
        const pending = this.pending.get(message.id);
        if (!pending) return;
        this.pending.delete(message.id);
        slot.inFlight--;
        if (message.queuedMs !== undefined && slot !== this.background)
          this.queueDelayMs = this.queueDelayMs * 0.8 + message.queuedMs * 0.2;
        if (slot === this.background && slot.inFlight === 0) this.retireBackgroundWhenIdle();
        if (message.ok) pending.resolve(message.value);
        else
          pending.reject(
            message.error.userFacing
              ? new UserFacingError(message.error.message)
              : new WorkerOperationError(message.error),
          );
        return;
      }
    }
  }

  private onExit(slot: WorkerSlot, code: number): void {
    // A worker that died mid-refresh must not leave the refresh lock held for the life of the process.
    if (slot.threadId !== undefined)
      new GenerationStore(this.config.dataDir, this.log).releaseLockOfThread(slot.threadId);
    if (this.retired.delete(slot)) return;
    for (const [id, p] of this.pending) {
      if (p.slot !== slot) continue;
      this.pending.delete(id);
      p.reject(new Error(`${slot.name} stopped (exit code ${code}) while working`));
    }
    while (slot.modelSlots > 0) this.releaseModelSlot(slot);
    if (this.closed) return;
    this.log.error(`${slot.name} exited with code ${code}; starting a new one`);
    if (slot === this.background) {
      this.background = undefined;
      return;
    }
    const i = this.interactive.indexOf(slot);
    if (i >= 0) this.interactive[i] = this.spawn(slot.name);
  }

  private acquireModelSlot(slot: WorkerSlot, id: number, waitMs: number): void {
    const answer = (granted: boolean) => {
      if (granted) slot.modelSlots++;
      slot.worker.postMessage({ type: 'slot', id, granted } satisfies ToWorker);
    };
    if (this.draining) {
      answer(false);
      return;
    }
    if (this.modelActive < this.options.maxModelCalls) {
      this.modelActive++;
      answer(true);
      return;
    }
    const waiter = {
      grant: () => {
        clearTimeout(timer);
        this.modelActive++;
        answer(true);
      },
      refuse: () => {
        clearTimeout(timer);
        answer(false);
      },
    };
    const timer = setTimeout(
      () => {
        const i = this.modelWaiting.indexOf(waiter);
        if (i >= 0) this.modelWaiting.splice(i, 1);
        answer(false);
      },
      Math.max(0, waitMs),
    );
    this.modelWaiting.push(waiter);
  }

  private releaseModelSlot(slot: WorkerSlot): void {
    if (slot.modelSlots <= 0) return;
    slot.modelSlots--;
    this.modelActive--;
    this.modelWaiting.shift()?.grant();
  }
}
