import type { AppConfig } from '../../config/config.js';

/** Messages between the Discord adapter (main thread) and its worker threads. Plain, cloneable data. */

export interface WorkerInit {
  config: AppConfig;
  /** Logs at or above this level are forwarded to the main thread's logger. */
  workerName: string;
}

export type ToWorker =
  /** `postedAt` (Date.now() when posted) lets the worker tell how long the job waited for it. */
  | { type: 'job'; id: number; op: string; args: unknown; postedAt?: number }
  | { type: 'slot'; id: number; granted: boolean };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; id: number; ok: true; value: unknown; queuedMs?: number }
  | { type: 'result'; id: number; ok: false; error: SerializedError; queuedMs?: number }
  | { type: 'progress'; id: number; value: unknown }
  | { type: 'log'; level: 'debug' | 'info' | 'warn' | 'error'; message: string }
  | { type: 'metric'; name: 'model_call'; labels: Record<string, string> }
  /** Ask the main thread for one of the process-wide model-call slots (the global cap). */
  | { type: 'slot-acquire'; id: number; waitMs: number }
  | { type: 'slot-release' };

export interface SerializedError {
  name: string;
  message: string;
  /** A problem the member can fix: shown to them as is, not logged as a fault. */
  userFacing: boolean;
  stack?: string;
}
