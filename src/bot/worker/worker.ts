import { parentPort, workerData } from 'node:worker_threads';
import { App } from '../../app.js';
import type { Log } from '../../logger.js';
import { loadUseCases } from '../commands/use-cases.js';
import { UserFacingError } from '../reply.js';
import { OPERATIONS, type OperationName } from './operations.js';
import type { FromWorker, ToWorker, WorkerInit } from './protocol.js';

/**
 * A worker thread of the Discord bot: owns its own App (SQLite readers, the hnswlib index, the
 * model client) and runs operations for the main thread, which only acknowledges interactions and
 * talks to Discord. Synchronous SQLite and hnswlib work here never delays an acknowledgement.
 */
const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread');
const init = workerData as WorkerInit;
const send = (message: FromWorker) => port.postMessage(message);

const log: Log = {
  debug: (message) => send({ type: 'log', level: 'debug', message }),
  info: (message) => send({ type: 'log', level: 'info', message }),
  warn: (message) => send({ type: 'log', level: 'warn', message }),
  error: (message) => send({ type: 'log', level: 'error', message }),
};

// Model-call slots are granted by the main thread so that the cap holds across all workers.
let nextSlot = 1;
const slotWaiters = new Map<number, (granted: boolean) => void>();
const modelSlots = {
  acquire(waitMs: number): Promise<boolean> {
    const id = nextSlot++;
    return new Promise<boolean>((resolve) => {
      slotWaiters.set(id, resolve);
      send({ type: 'slot-acquire', id, waitMs });
    });
  },
  release(): void {
    send({ type: 'slot-release' });
  },
};

const app = new App(init.config, log, undefined, { modelSlots });

port.on('message', (message: ToWorker) => {
  if (message.type === 'slot') {
    slotWaiters.get(message.id)?.(message.granted);
    slotWaiters.delete(message.id);
    return;
  }
  const operation = OPERATIONS[message.op as OperationName];
  if (!operation) {
    send({
      type: 'result',
      id: message.id,
      ok: false,
      error: { name: 'Error', message: `unknown operation ${message.op}`, userFacing: false },
    });
    return;
  }
  // How long the job waited behind the work ahead of it in this thread (the pool sheds load on it).
  const queuedMs = message.postedAt !== undefined ? Math.max(0, Date.now() - message.postedAt) : undefined;
  const progress = (value: unknown) => send({ type: 'progress', id: message.id, value });
  // Operations are async: model calls and refreshes overlap, synchronous work runs one at a time.
  (operation as (app: App, args: unknown, progress: (v: unknown) => void) => Promise<unknown>)(
    app,
    message.args,
    progress,
  ).then(
    (value) =>
      send({
        type: 'result',
        id: message.id,
        ok: true,
        value,
        ...(queuedMs !== undefined ? { queuedMs } : {}),
      }),
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      send({
        type: 'result',
        id: message.id,
        ok: false,
        ...(queuedMs !== undefined ? { queuedMs } : {}),
        error: {
          name: e.name,
          message: e.message,
          userFacing: e instanceof UserFacingError,
          ...(e.stack ? { stack: e.stack } : {}),
        },
      });
    },
  );
});

process.on('unhandledRejection', (reason) =>
  log.error(`worker ${init.workerName}: unhandled rejection: ${String(reason)}`),
);
// The commands' use cases are imported lazily (the main thread never runs them): this thread runs
// them, so it loads them before it is ready rather than on a member's first command.
await loadUseCases();
send({ type: 'ready' });
