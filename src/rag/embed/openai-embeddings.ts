import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Embeddings } from '@langchain/core/embeddings';
import type * as OpenAiSdk from 'openai';
import type OpenAI from 'openai';
import { EmbeddingCache } from '../../storage/embedding-cache.js';

/** The OpenAI SDK, loaded once an embedding model is configured (never by an offline bot). */
const sdk = (): typeof OpenAiSdk => createRequire(import.meta.url)('openai');

export interface OpenAiEmbeddingOptions {
  model: string;
  apiKey: string | undefined;
  baseUrl: string | undefined;
  /** Per request. */
  timeoutMs: number;
  /** Attempts after the first, for 429, 5xx, timeouts and dropped connections. */
  maxRetries: number;
  /** Where embeddings are cached by model and content hash (a SQLite file), or ':memory:'. */
  cacheFile: string;
  /** Told when a corrupt cache file is moved aside. */
  log?: { warn(message: string): void };
  batchSize?: number;
  /** Injected for tests; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}

export class EmbeddingServiceError extends Error {
  override name = 'EmbeddingServiceError';
}

// Waits longer than this are not worth holding a refresh for: the attempt fails instead.
const MAX_RETRY_WAIT_MS = 30_000;

/**
 * An OpenAI-compatible embeddings endpoint (OpenAI, or a local inference server through
 * OPENAI_BASE_URL), batched, with its own bounded retries (the SDK's would honour any
 * retry-after, however long) and a per-request timeout. Every vector is cached by model and
 * content hash, so a refresh only sends chunks whose text changed.
 */
export class OpenAiCompatibleEmbeddings extends Embeddings {
  readonly modelId: string;
  private readonly client: OpenAI;
  private readonly cache: EmbeddingCache;
  private readonly batchSize: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: OpenAiEmbeddingOptions) {
    super({});
    this.client = new (sdk().OpenAI)({
      apiKey: options.apiKey ?? 'not-needed-for-local-servers',
      ...(options.baseUrl ? { baseURL: options.baseUrl } : {}),
      timeout: options.timeoutMs,
      maxRetries: 0,
    });
    const host = options.baseUrl ? new URL(options.baseUrl).host : 'api.openai.com';
    this.modelId = `openai:${options.model}@${host}`;
    this.batchSize = options.batchSize ?? 64;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.cache = new EmbeddingCache(options.cacheFile, options.log);
  }

  override async embedDocuments(documents: string[]): Promise<number[][]> {
    const hashes = documents.map((d) => createHash('sha256').update(d).digest('hex'));
    const out: Array<number[] | undefined> = new Array(documents.length);
    const missing: number[] = [];
    hashes.forEach((h, i) => {
      const vector = this.cache.get(this.modelId, h);
      if (vector) out[i] = vector;
      else missing.push(i);
    });
    for (let start = 0; start < missing.length; start += this.batchSize) {
      const batch = missing.slice(start, start + this.batchSize);
      const vectors = await this.request(batch.map((i) => documents[i]!));
      batch.forEach((docIndex, j) => {
        out[docIndex] = vectors[j]!;
      });
      this.cache.putAll(
        this.modelId,
        batch.map((docIndex, j) => ({ hash: hashes[docIndex]!, vector: vectors[j]! })),
      );
    }
    return out as number[][];
  }

  override async embedQuery(document: string): Promise<number[]> {
    return (await this.embedDocuments([document]))[0]!;
  }

  close(): void {
    this.cache.close();
  }

  private async request(input: string[]): Promise<number[][]> {
    for (let attempt = 0; ; attempt++) {
      try {
        // float encoding: some OpenAI-compatible servers do not implement the SDK's base64 default.
        const response = await this.client.embeddings.create({
          model: this.options.model,
          input,
          encoding_format: 'float',
        });
        const data = [...(response.data ?? [])].sort((a, b) => a.index - b.index);
        if (
          data.length !== input.length ||
          data.some((d) => !Array.isArray(d.embedding) || d.embedding.length === 0)
        ) {
          throw new EmbeddingServiceError(
            `the embeddings endpoint returned ${data.length} vectors for ${input.length} texts`,
          );
        }
        return data.map((d) => d.embedding);
      } catch (error) {
        const wait = this.retryDelay(error, attempt);
        if (wait === null) throw translate(error, this.modelId);
        await this.sleep(wait);
      }
    }
  }

  /** How long to wait before the next attempt, or null when the error is final. */
  private retryDelay(error: unknown, attempt: number): number | null {
    if (attempt >= this.options.maxRetries) return null;
    if (error instanceof sdk().APIConnectionTimeoutError || error instanceof sdk().APIConnectionError)
      return backoff(attempt);
    if (error instanceof sdk().APIError) {
      const code = (error.error as { code?: string } | undefined)?.code ?? error.code;
      if (code === 'insufficient_quota') return null;
      if (error.status === 429 || (error.status !== undefined && error.status >= 500)) {
        const retryAfter = Number(error.headers?.get?.('retry-after'));
        const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : backoff(attempt);
        return wait > MAX_RETRY_WAIT_MS ? null : wait;
      }
    }
    return null;
  }
}

function backoff(attempt: number): number {
  return Math.min(8_000, 500 * 2 ** attempt);
}

/** Third-party errors become one readable error here, and nowhere else. */
function translate(error: unknown, modelId: string): EmbeddingServiceError {
  if (error instanceof EmbeddingServiceError) return error;
  if (error instanceof sdk().APIConnectionTimeoutError)
    return new EmbeddingServiceError(`${modelId}: the embeddings request timed out`);
  if (error instanceof sdk().APIConnectionError)
    return new EmbeddingServiceError(
      `${modelId}: could not reach the embeddings endpoint (${error.message})`,
    );
  if (error instanceof sdk().APIError)
    return new EmbeddingServiceError(
      `${modelId}: the embeddings endpoint answered ${error.status ?? 'with an error'}: ${error.message}`,
    );
  return new EmbeddingServiceError(`${modelId}: ${(error as Error).message}`);
}
