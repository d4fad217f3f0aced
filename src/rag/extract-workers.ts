/**
 * Extraction of many changed listings over worker threads: each thread loads the pipeline (the
 * taxonomy's YAML from the parse cache) and builds documents (`buildDocument`) for blocks of
 * records handed out as threads finish, so a busy core gets fewer. A refresh with fewer records to
 * process than PARALLEL_FROM builds them in its own thread (starting the threads costs more).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { StoredDocumentInput } from '../storage/corpus/corpus-writer.js';
import type { ValidRecord } from './record-schema.js';

/**
 * Records to process from which the threads pay off: a listing costs ~10 ms, a thread ~1 s of CPU
 * to start (the TypeScript loader, the extraction modules, the taxonomy); at 300 (a 1 % refresh of
 * 20,000 listings) the two threads added 1.7 s of CPU to save at most ~1.5 s of wall on two cores.
 */
export const PARALLEL_FROM = 500;
/** Records handed to a thread at a time. */
const BLOCK = 40;

export interface BuildJob {
  record: Pick<ValidRecord, 'kind' | 'input' | 'origin'> & { sourceName: string };
  processingHash: string;
}

export interface ExtractWorkersOptions {
  corpusDir: string;
  /** The parsed-YAML cache (`loadPipeline`'s), so a thread does not parse the taxonomy again. */
  cacheDir?: string;
  /** Threads (default: the machine's cores, at most 4). */
  threads?: number;
}

/** Messages between the threads (see extract-worker.ts). */
export type ToExtractWorker = { type: 'build'; jobs: BuildJob[] };
export type FromExtractWorker =
  | { type: 'ready'; version: string }
  | { type: 'built'; docs: StoredDocumentInput[] }
  | { type: 'failed'; message: string };

const ENTRY = new URL(
  import.meta.url.endsWith('.ts') ? './extract-worker-entry.mjs' : './extract-worker.js',
  import.meta.url,
);

/**
 * The documents of `jobs`, in their order, built over worker threads whose pipeline is the one of
 * `version`. Rejects when a thread fails or loads another pipeline (the caller then builds them in
 * its own thread: nothing is written before every document is built).
 */
export async function buildInWorkers(
  jobs: BuildJob[],
  version: string,
  options: ExtractWorkersOptions,
): Promise<StoredDocumentInput[]> {
  const threads = Math.max(
    1,
    Math.min(options.threads ?? Math.min(4, os.availableParallelism()), Math.ceil(jobs.length / BLOCK)),
  );
  const docs: StoredDocumentInput[] = new Array(jobs.length);
  let next = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: threads }, () => {
        const worker = new Worker(ENTRY, {
          workerData: { corpusDir: options.corpusDir, cacheDir: options.cacheDir },
          execArgv: process.execArgv.filter((a) => a.startsWith('--cpu-prof')),
        });
        workers.push(worker);
        return new Promise<void>((resolve, reject) => {
          let start = -1;
          const send = () => {
            if (next >= jobs.length) {
              resolve();
              return;
            }
            start = next;
            next = Math.min(jobs.length, next + BLOCK);
            worker.postMessage({ type: 'build', jobs: jobs.slice(start, next) } satisfies ToExtractWorker);
          };
          worker.on('message', (message: FromExtractWorker) => {
            if (message.type === 'ready') {
              if (message.version !== version)
                reject(new Error(`an extraction thread loaded pipeline ${message.version}, not ${version}`));
              else send();
            } else if (message.type === 'built') {
              message.docs.forEach((doc, i) => {
                docs[start + i] = doc;
              });
              send();
            } else reject(new Error(`an extraction thread failed: ${message.message}`));
          });
          worker.on('error', reject);
          worker.on('exit', (code) => reject(new Error(`an extraction thread stopped (exit code ${code})`)));
        });
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return docs;
}
