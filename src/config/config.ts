import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { LOCAL_EMBEDDING_KINDS, type LocalEmbeddingKind } from '../core/listing.js';

/** The project root: where `data/` (the embedded corpus) lives. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const envSchema = z.object({
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString,
  DISCORD_GUILD_ID: optionalString,
  DISCORD_API_URL: optionalString.pipe(z.url().optional()),
  ROLERADAR_DATA_DIR: optionalString,
  ROLERADAR_CORPUS_DIR: optionalString,
  ROLERADAR_KEEP_GENERATIONS: z.coerce.number().int().min(1).max(50).default(3),
  ROLERADAR_VECTOR_SEGMENT_FROM: z.coerce.number().int().min(0).optional(),
  ROLERADAR_EXTRACT_THREADS_FROM: z.coerce.number().int().min(0).optional(),
  ROLERADAR_CACHE_ENTRIES: z.coerce.number().int().min(0).max(100_000).default(256),
  ROLERADAR_HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(1000).default(0),
  ROLERADAR_MAX_SOURCE_MB: z.coerce.number().positive().max(1024).default(25),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  ROLERADAR_LOCAL_EMBEDDING: z.enum(LOCAL_EMBEDDING_KINDS).default('lsa+hashed'),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString.pipe(z.url().optional()),
  OPENAI_MODEL: optionalString,
  OPENAI_EMBEDDING_MODEL: optionalString,
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  ROLERADAR_ANSWER_DEADLINE_MS: z.coerce.number().int().min(500).max(120_000).default(15_000),
  ROLERADAR_MODEL_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  ROLERADAR_DAILY_TOKEN_BUDGET: z.coerce.number().int().min(0).default(200_000),
  LOG_FORMAT: z.enum(['text', 'json']).optional(),
  ROLERADAR_WORKERS: z.coerce.number().int().min(1).max(16).default(2),
  ROLERADAR_MAX_QUEUED: z.coerce.number().int().min(1).max(10_000).default(16),
  ROLERADAR_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  ROLERADAR_METRICS_HOST: z.string().trim().min(1).default('127.0.0.1'),
  ROLERADAR_COMPONENT_SECRET: optionalString,
  ROLERADAR_USER_BURST: z.coerce.number().int().min(1).max(100).default(5),
  ROLERADAR_USER_PER_MINUTE: z.coerce.number().min(1).max(600).default(12),
  ROLERADAR_USER_CONCURRENCY: z.coerce.number().int().min(1).max(20).default(2),
  ROLERADAR_REST_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(10_000),
  ROLERADAR_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  SHARDS: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(1000)]).optional(),
  ROLERADAR_SHARD_IDS: optionalString.pipe(
    z
      .string()
      .regex(/^\d+(,\d+)*$/, 'must be shard numbers separated by commas: 0,1')
      .transform((v) => [...new Set(v.split(',').map(Number))])
      .optional(),
  ),
  ROLERADAR_SOURCES_FILE: optionalString,
  REFRESH_INTERVAL: optionalString.pipe(
    z
      .string()
      .regex(/^\d+(s|m|h|d)$/, 'must be a number with a unit: 30m, 6h, 1d')
      .transform(parseInterval)
      .pipe(
        z
          .number()
          .min(60_000, 'must be at least 1m')
          .max(7 * 86_400_000, 'must be at most 7d'),
      )
      .optional(),
  ),
  ROLERADAR_ALLOW_PRIVATE_SOURCES: z
    .enum(['0', '1', 'true', 'false', ''])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  ROLERADAR_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(20_000),
  ROLERADAR_FETCH_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  ROLERADAR_FETCH_MAX_WAIT_MS: z.coerce.number().int().min(0).max(120_000).default(30_000),
  // The bot's operators: Discord user ids that may administer the one global corpus and its sources.
  ROLERADAR_OPERATOR_IDS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.string().regex(/^\d{15,25}$/, 'must be a comma-separated list of Discord user ids (digits only)'),
      ),
    ),
  ROLERADAR_HOME_GUILD_ID: optionalString.pipe(
    z
      .string()
      .regex(/^\d{15,25}$/, 'must be a Discord server id (digits only)')
      .optional(),
  ),
  /** A refresh's whole fetching phase; past it the refresh publishes what it has (issue 12, item 13). */
  ROLERADAR_REFRESH_DEADLINE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(300_000),
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  ROLERADAR_DATABASE_SCHEMA: z
    .string()
    .trim()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lowercase identifier (a-z, 0-9, _)')
    .default('roleradar'),
  ROLERADAR_GENERATION_POLL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(30_000),
});

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** "30m", "6h", "1d" to milliseconds (the format of REFRESH_INTERVAL). */
export function parseInterval(text: string): number {
  const m = /^(\d+)(s|m|h|d)$/.exec(text.trim());
  if (!m) throw new Error(`not an interval: ${text}`);
  return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
}

export interface AppConfig {
  discord: {
    token: string | undefined;
    applicationId: string | undefined;
    guildId: string | undefined;
    apiUrl: string | undefined;
    /** Worker threads for retrieval and answers (a refresh gets one more of its own). */
    workers: number;
    /** Commands waiting for or running in a worker, per worker, beyond which new ones are told "busy". */
    maxQueuedPerWorker: number;
    /** `/healthz` and `/metrics`; port 0 picks a free one. */
    metricsHost: string;
    metricsPort: number;
    /** Signs button ids; derived from the bot token when not set. */
    componentSecret: string | undefined;
    userLimit: { burst: number; perMinute: number; concurrent: number };
    restTimeoutMs: number;
    shutdownGraceMs: number;
    /** `auto` or a count: run shards through discord.js's ShardingManager. */
    shards: 'auto' | number | undefined;
    /**
     * The bot's operators (ROLERADAR_OPERATOR_IDS): the only Discord users who may administer the
     * global corpus and its sources. Empty: corpus administration is refused from Discord.
     */
    operatorIds: string[];
    /** ROLERADAR_HOME_GUILD_ID: when set, operator commands are refused outside this server. */
    homeGuildId: string | undefined;
    /** The shards this instance runs, when several instances split them (the others run the rest). */
    shardIds: number[] | undefined;
  };
  /** Where generations, the pointer to the serving one and the refresh lock live. */
  dataDir: string;
  /** The embedded corpus: listings/, guides/ and taxonomy/. */
  corpusDir: string;
  keepGenerations: number;
  /**
   * Vectors a generation's index must hold before a refresh writes only a segment of its new chunks
   * beside it (ROLERADAR_VECTOR_SEGMENT_FROM; unset: `VECTOR_SEGMENT_FROM`, 20,000).
   */
  vectorSegmentFrom?: number;
  /** Records to process from which a refresh extracts them over worker threads (unset: `PARALLEL_FROM`, 500). */
  extractThreadsFrom?: number;
  /**
   * Answers to questions kept per serving generation, in each worker (ROLERADAR_CACHE_ENTRIES, 0 for
   * none); market charts get an eighth as many. Unset (configurations built by hand): 256.
   */
  cacheEntries?: number;
  /**
   * How far the bot's heaps may grow past what a full collection kept before the next, in percent
   * (ROLERADAR_HEAP_GROWING_PERCENT; 0, the default: V8's own choice, up to 300). Lower trades CPU
   * for memory (src/heap.ts). Unset (configurations built by hand): 0.
   */
  heapGrowingPercent?: number;
  maxSourceBytes: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** JSON lines for the bot in production; text for the console and CLI. */
  logFormat: 'text' | 'json';
  /** The offline embedder (used unless an OpenAI-compatible embedding model is configured). */
  localEmbedding: LocalEmbeddingKind;
  /** Job boards and URLs the admins configured (see src/storage/state/sources-file.ts). */
  sources: {
    file: string;
    /** Background refresh in the Discord bot; undefined means only on demand. */
    refreshIntervalMs: number | undefined;
    /** Fetch from private, loopback and link-local addresses (off in production; tests use loopback). */
    allowPrivate: boolean;
    timeoutMs: number;
    retries: number;
    /** The longest `retry-after` honoured; a board asking for more fails fast instead. */
    maxWaitMs: number;
    /** First pause before retrying a 5xx or network error (500 ms when unset; tests shorten it). */
    backoffMs?: number;
    /** How long a refresh may spend fetching; sources not done by then are reported as failed. */
    deadlineMs: number;
  };
  /**
   * Where the bot's state lives: the embedded SQLite file in the data folder, or PostgreSQL shared
   * by several instances when `databaseUrl` is set (see README "Several instances").
   */
  state: {
    databaseUrl: string | undefined;
    /** The PostgreSQL schema holding RoleRadar's tables. */
    schema: string;
    /** Polling fallback for a new generation published by another instance (besides LISTEN/NOTIFY). */
    generationPollMs: number;
  };
  openai: {
    apiKey: string | undefined;
    baseUrl: string | undefined;
    chatModel: string | undefined;
    embeddingModel: string | undefined;
    timeoutMs: number;
    maxRetries: number;
    /** Per question, retries included; past it the offline answer is given. */
    answerDeadlineMs: number;
    maxConcurrent: number;
    dailyTokenBudget: number;
  };
}

/** Thrown when the environment cannot be turned into a configuration; its message names each bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the environment once, at start-up. Nothing else in the code reads `process.env`. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`Invalid configuration:\n${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  // In a shard process the ShardingManager sets SHARDS to that shard's own id: nothing to check there.
  if (e.ROLERADAR_SHARD_IDS && env.SHARDING_MANAGER !== 'true') {
    const total = e.SHARDS;
    if (typeof total !== 'number')
      throw new ConfigError(
        'Invalid configuration:\nROLERADAR_SHARD_IDS needs SHARDS set to the total number of shards',
      );
    const outside = e.ROLERADAR_SHARD_IDS.filter((id) => id >= total);
    if (outside.length)
      throw new ConfigError(
        `Invalid configuration:\nROLERADAR_SHARD_IDS: shard ${outside.join(', ')} is not below SHARDS (${total})`,
      );
  }
  const dataDir = path.resolve(cwd, e.ROLERADAR_DATA_DIR ?? path.join(PROJECT_ROOT, 'var'));
  return {
    discord: {
      token: e.DISCORD_TOKEN,
      applicationId: e.DISCORD_APPLICATION_ID,
      guildId: e.DISCORD_GUILD_ID,
      apiUrl: e.DISCORD_API_URL,
      workers: e.ROLERADAR_WORKERS,
      maxQueuedPerWorker: e.ROLERADAR_MAX_QUEUED,
      metricsHost: e.ROLERADAR_METRICS_HOST,
      metricsPort: e.ROLERADAR_METRICS_PORT,
      componentSecret: e.ROLERADAR_COMPONENT_SECRET,
      userLimit: {
        burst: e.ROLERADAR_USER_BURST,
        perMinute: e.ROLERADAR_USER_PER_MINUTE,
        concurrent: e.ROLERADAR_USER_CONCURRENCY,
      },
      restTimeoutMs: e.ROLERADAR_REST_TIMEOUT_MS,
      shutdownGraceMs: e.ROLERADAR_SHUTDOWN_GRACE_MS,
      shards: e.SHARDS,
      operatorIds: e.ROLERADAR_OPERATOR_IDS,
      homeGuildId: e.ROLERADAR_HOME_GUILD_ID,
      shardIds: e.ROLERADAR_SHARD_IDS,
    },
    dataDir,
    corpusDir: path.resolve(cwd, e.ROLERADAR_CORPUS_DIR ?? path.join(PROJECT_ROOT, 'data')),
    keepGenerations: e.ROLERADAR_KEEP_GENERATIONS,
    ...(e.ROLERADAR_VECTOR_SEGMENT_FROM !== undefined
      ? { vectorSegmentFrom: e.ROLERADAR_VECTOR_SEGMENT_FROM }
      : {}),
    ...(e.ROLERADAR_EXTRACT_THREADS_FROM !== undefined
      ? { extractThreadsFrom: e.ROLERADAR_EXTRACT_THREADS_FROM }
      : {}),
    cacheEntries: e.ROLERADAR_CACHE_ENTRIES,
    heapGrowingPercent: e.ROLERADAR_HEAP_GROWING_PERCENT,
    maxSourceBytes: Math.round(e.ROLERADAR_MAX_SOURCE_MB * 1024 * 1024),
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (e.DISCORD_TOKEN ? 'json' : 'text'),
    localEmbedding: e.ROLERADAR_LOCAL_EMBEDDING,
    sources: {
      file: path.resolve(cwd, e.ROLERADAR_SOURCES_FILE ?? path.join(dataDir, 'sources.yaml')),
      refreshIntervalMs: e.REFRESH_INTERVAL,
      allowPrivate: e.ROLERADAR_ALLOW_PRIVATE_SOURCES,
      timeoutMs: e.ROLERADAR_FETCH_TIMEOUT_MS,
      retries: e.ROLERADAR_FETCH_RETRIES,
      maxWaitMs: e.ROLERADAR_FETCH_MAX_WAIT_MS,
      deadlineMs: e.ROLERADAR_REFRESH_DEADLINE_MS,
    },
    state: {
      databaseUrl: e.DATABASE_URL,
      schema: e.ROLERADAR_DATABASE_SCHEMA,
      generationPollMs: e.ROLERADAR_GENERATION_POLL_MS,
    },
    openai: {
      apiKey: e.OPENAI_API_KEY,
      baseUrl: e.OPENAI_BASE_URL,
      chatModel: e.OPENAI_MODEL,
      embeddingModel: e.OPENAI_EMBEDDING_MODEL,
      timeoutMs: e.OPENAI_TIMEOUT_MS,
      maxRetries: e.OPENAI_MAX_RETRIES,
      answerDeadlineMs: e.ROLERADAR_ANSWER_DEADLINE_MS,
      maxConcurrent: e.ROLERADAR_MODEL_CONCURRENCY,
      dailyTokenBudget: e.ROLERADAR_DAILY_TOKEN_BUDGET,
    },
  };
}
