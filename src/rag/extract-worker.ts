/** An extraction thread (extract-workers.ts): loads the pipeline, then builds documents on request. */
import { parentPort, workerData } from 'node:worker_threads';
import { buildDocument } from './build-document.js';
import type { FromExtractWorker, ToExtractWorker } from './extract-workers.js';
import { loadPipeline } from './pipeline.js';
import type { ValidRecord } from './record-schema.js';

const { corpusDir, cacheDir } = workerData as { corpusDir: string; cacheDir?: string };
const port = parentPort!;
const reply = (message: FromExtractWorker) => port.postMessage(message);
try {
  const pipeline = loadPipeline(corpusDir, cacheDir);
  port.on('message', (message: ToExtractWorker) => {
    try {
      reply({
        type: 'built',
        docs: message.jobs.map((job) =>
          buildDocument(job.record as ValidRecord & { sourceName: string }, job.processingHash, pipeline),
        ),
      });
    } catch (error) {
      reply({ type: 'failed', message: (error as Error).message });
    }
  });
  reply({ type: 'ready', version: pipeline.version });
} catch (error) {
  reply({ type: 'failed', message: (error as Error).message });
}
