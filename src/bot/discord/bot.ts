import { createHash } from 'node:crypto';
import type http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Client, Events, GatewayIntentBits, Options } from 'discord.js';
import type { AppConfig } from '../../config/config.js';
import type { Log } from '../../logger.js';
import { GenerationStore } from '../../storage/corpus/generations.js';
import { SharedStateWatcher } from '../../storage/state/shared-watch.js';
import { COMMANDS } from '../commands/registry.js';
import { WorkerPool } from '../worker/pool.js';
import { type DiscordContext, EMPTY_CATALOG } from './context.js';
import { CustomIds } from './custom-id.js';
import { BotMetrics, startOpsServer } from './metrics.js';
import { MemberLimiter } from './rate-limit.js';
import { Responder } from './respond.js';
import { Router } from './router.js';

/** Discord's REST base URL (overridable with DISCORD_API_URL for a proxy or a test fake). */
export const DISCORD_API = 'https://discord.com/api';

// Discord error codes the bot reacts to.

// A REST wait longer than this is not waited out: the handler takes its fallback path instead.
const MAX_REST_WAIT_MS = 3000;
// Progress edits of a refresh: at most one per this interval (a bounded edit rate).

/** discord.js's client-side global request budget (see the REST options). */
const INTERACTION_REQUESTS_PER_SECOND = 1000;

export interface BotOptions {
  config: AppConfig;
  log: Log;
  metrics?: BotMetrics;
}

/**
 * The Discord adapter's lifecycle and gateway: starts the workers, logs in, watches the shards,
 * keeps the catalog and settings, serves health and metrics, and drains on stop. Interactions go
 * to the router (router.ts), which acknowledges them and hands commands to the worker threads.
 */
export class RoleRadarBot {
  readonly metrics: BotMetrics;
  readonly client: Client;
  private opsServer: http.Server | undefined;
  private gatewayReady = false;
  private fatal: string | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;
  private lagTimer: NodeJS.Timeout | undefined;
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 10 });
  private refreshTimer: NodeJS.Timeout | undefined;
  private scheduledRefreshRunning = false;
  private watcher: SharedStateWatcher | undefined;

  /** What the adapter's parts share (context.ts): this class writes its pool, shutdown and lag. */
  private readonly context: DiscordContext;
  private readonly respond: Responder;
  private readonly router: Router;

  constructor(private readonly options: BotOptions) {
    const { config } = options;
    this.metrics = options.metrics ?? new BotMetrics();
    const secret =
      config.discord.componentSecret ??
      createHash('sha256')
        .update(`roleradar-components:${config.discord.token ?? 'local'}`)
        .digest('hex');
    const limit = config.discord.userLimit;
    this.context = {
      config,
      log: options.log,
      metrics: this.metrics,
      ids: new CustomIds(secret),
      limiter: new MemberLimiter({
        burst: limit.burst,
        perSecond: limit.perMinute / 60,
        concurrent: limit.concurrent,
      }),
      forms: new Map(),
      inFlight: new Set(),
      live: { pool: undefined, catalog: EMPTY_CATALOG, settings: {}, shuttingDown: false, lagMs: 0 },
    };
    this.respond = new Responder(this.context);
    this.router = new Router(this.context, this.respond);
    this.client = new Client({
      // Slash commands need only the Guilds intent: no privileged intents, no message content.
      intents: [GatewayIntentBits.Guilds],
      // The bot reads nothing but interactions: members, users, messages, emojis, stickers and the
      // like are not kept (an interaction carries what it needs), so memory does not grow with the
      // servers' sizes or the number of members who use it. Guilds, channels and roles stay cached
      // (discord.js needs them, and roles decide who administers a server).
      makeCache: Options.cacheWithLimits({
        ...Options.DefaultMakeCacheSettings,
        MessageManager: 0,
        UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
        GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
        PresenceManager: 0,
        ReactionManager: 0,
        ReactionUserManager: 0,
        GuildEmojiManager: 0,
        BaseGuildEmojiManager: 0,
        GuildStickerManager: 0,
        GuildBanManager: 0,
        GuildInviteManager: 0,
        GuildScheduledEventManager: 0,
        VoiceStateManager: 0,
        StageInstanceManager: 0,
        ThreadManager: 0,
        ThreadMemberManager: 0,
        AutoModerationRuleManager: 0,
        ApplicationCommandManager: 0,
      }),
      allowedMentions: { parse: [] },
      rest: {
        api: config.discord.apiUrl ?? DISCORD_API,
        timeout: config.discord.restTimeoutMs,
        retries: 1,
        // discord.js would sleep through any 429; a long one fails fast to the fallback path.
        rejectOnRateLimit: (data) => data.retryAfter > MAX_REST_WAIT_MS,
        // Nearly everything the bot sends goes to interaction webhooks, which Discord exempts from
        // the 50 requests/s global limit; discord.js counts them against it, which capped the bot
        // at ~45 answered interactions/s (docs/PERFORMANCE.md). A real global 429 is still obeyed.
        globalRequestsPerSecond: INTERACTION_REQUESTS_PER_SECOND,
      },
    });
  }

  private get log(): Log {
    return this.options.log;
  }

  private get live() {
    return this.context.live;
  }

  private get pool(): WorkerPool | undefined {
    return this.context.live.pool;
  }

  private get inFlight(): Set<Promise<unknown>> {
    return this.context.inFlight;
  }

  /** The autocomplete catalog the adapter keeps in memory. */
  get catalog() {
    return this.context.live.catalog;
  }

  /** Starts the workers, builds the corpus on first run, logs in and serves. */
  async start(): Promise<void> {
    const { config } = this.options;
    if (!config.discord.token) throw new Error('DISCORD_TOKEN is not set');
    await this.startWorkers(config);
    this.listen();
    await this.login(config.discord.token);
    if (config.discord.metricsPort >= 0)
      await this.serveOps(config.discord.metricsHost, config.discord.metricsPort);
    this.startTimers();
    if (config.state.databaseUrl) await this.watchOtherInstances();
    const every = config.sources.refreshIntervalMs;
    if (every) {
      this.refreshTimer = setInterval(() => this.scheduledRefresh(), every);
      this.refreshTimer.unref();
      this.log.info(`Refreshing the corpus in the background every ${Math.round(every / 60_000)} min`);
    }
  }

  /**
   * The worker pool, ready to answer: the corpus built on first run, re-extraction after an
   * upgrade started in the background, the catalog and settings loaded, the workers warmed.
   */
  private async startWorkers(config: AppConfig): Promise<void> {
    const pool = new WorkerPool(config, this.log, {
      size: config.discord.workers,
      maxModelCalls: config.openai.maxConcurrent,
      onMetric: (_name, labels) => this.metrics.modelCalls.inc({ outcome: labels.outcome ?? 'unknown' }),
    });
    this.live.pool = pool;
    await pool.ready();
    // Before login nothing waits for an acknowledgement: the first start's build may use a worker
    // of the pool (a separate refresh worker would cost its own memory for nothing).
    const built = await pool.run('ensureCorpus', {});
    if (built) this.log.info(built);
    // Facts extracted by an older taxonomy or extractor are extracted again in the background
    // worker; the old generation answers meanwhile. Whether they are is asked of an interactive
    // worker first: the background worker (its own App and pipeline) starts only when they are,
    // not at every start-up (it was ~30 MB of the 50-member peak, round 14).
    this.track(
      pool
        .run('pipelineStale', {})
        .then((stale) => (stale ? pool.run('upgradeExtraction', {}, { background: true }) : null))
        .then(async (message) => {
          if (!message) return;
          this.log.info(`Re-extraction after an upgrade: ${message}`);
          await this.router.reloadCatalog();
        })
        .catch((error: unknown) =>
          this.log.error(`Re-extraction after an upgrade failed: ${(error as Error).message}`),
        ),
    );
    await this.router.reloadCatalog();
    await this.router.reloadSettings();
    await pool.broadcast('warm', (searchWorker) => ({ search: searchWorker }));
  }

  /** Interactions to the router; client and shard events to the log, the metrics and the health state. */
  private listen(): void {
    this.client.on(Events.InteractionCreate, (interaction) =>
      this.track(this.router.onInteraction(interaction)),
    );
    // Without an error listener, an error event would crash the process.
    this.client.on(Events.Error, (error) => {
      this.metrics.errors.inc({ kind: 'client' });
      this.log.error(`Discord client error: ${error.message}`);
    });
    this.client.on(Events.ShardError, (error, shard) => {
      this.metrics.errors.inc({ kind: 'gateway' });
      if (/Authentication failed/i.test(error.message)) {
        this.fatal = 'the gateway rejected the token (close code 4004)';
        this.log.error(
          `Discord rejected the bot token (gateway close 4004) on shard ${shard}: not reconnecting. Check DISCORD_TOKEN.`,
        );
      } else this.log.error(`Gateway error on shard ${shard}: ${error.message}`);
    });
    this.client.on(Events.ShardDisconnect, (event, shard) => {
      this.gatewayReady = false;
      this.log.warn(`Gateway shard ${shard} disconnected (close code ${event.code})`);
    });
    this.client.on(Events.ShardResume, (shard) => {
      this.gatewayReady = true;
      this.log.info(`Gateway shard ${shard} resumed`);
    });
    this.client.on(Events.ShardReady, () => {
      this.gatewayReady = true;
    });
  }

  /** Logs in and waits for the gateway's ready. */
  private async login(token: string): Promise<void> {
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    await this.client.login(token);
    await ready;
    this.gatewayReady = true;
    this.log.info(`Logged in to Discord as ${this.client.user?.tag ?? 'the bot'}`);
  }

  /** Health (/healthz) and metrics (/metrics) over HTTP. */
  private async serveOps(host: string, port: number): Promise<void> {
    const ops = await startOpsServer(
      this.metrics,
      {
        healthy: () => this.gatewayReady && !this.live.shuttingDown && !this.fatal,
        details: () => ({
          gateway: this.gatewayReady ? 'ready' : 'disconnected',
          generation: this.catalog.generation,
          inFlight: this.inFlight.size,
          ...(this.fatal ? { fatal: this.fatal } : {}),
        }),
      },
      host,
      port,
    );
    this.opsServer = ops.server;
    this.log.info(`Health and metrics on http://${host}:${ops.port}/healthz and /metrics`);
  }

  /** The member limiter's sweep, and the main thread's own lag (its REST and gateway traffic): past a limit, load is shed too. */
  private startTimers(): void {
    this.sweepTimer = setInterval(() => this.context.limiter.sweep(), 60_000);
    this.loopDelay.enable();
    this.lagTimer = setInterval(() => {
      this.live.lagMs = this.loopDelay.count > 0 ? this.loopDelay.percentile(99) / 1e6 : 0;
      this.loopDelay.reset();
    }, 1000);
    this.lagTimer.unref();
    this.sweepTimer.unref();
  }

  /**
   * REFRESH_INTERVAL: a refresh in the pool's background worker, so interactions are never queued
   * behind it. Skipped while the previous one runs; a manual refresh holding the lock also skips it.
   */
  scheduledRefresh(): Promise<void> | undefined {
    if (!this.pool || this.live.shuttingDown) return undefined;
    if (this.scheduledRefreshRunning) {
      this.log.info('Scheduled refresh skipped: the previous one is still running');
      return undefined;
    }
    this.scheduledRefreshRunning = true;
    const work = this.pool
      .run('refresh', {}, { background: true })
      .then(async (outcome) => {
        const line = `Scheduled refresh ${outcome.status}: ${outcome.message}`;
        if (outcome.status === 'failed' || outcome.failedSources.length) this.log.warn(line);
        else this.log.info(line);
        for (const failed of outcome.failedSources) this.log.warn(`Source ${failed}`);
        if (outcome.status === 'published') await this.router.reloadCatalog();
      })
      .catch((error: unknown) => this.log.error(`Scheduled refresh failed: ${(error as Error).message}`))
      .finally(() => {
        this.scheduledRefreshRunning = false;
      });
    this.track(work);
    return work;
  }

  /**
   * Several instances on one PostgreSQL: a new generation published by any of them is fetched and
   * served here (LISTEN/NOTIFY, with a poll every ROLERADAR_GENERATION_POLL_MS as the fallback),
   * and settings changed through any of them apply here too.
   */
  private async watchOtherInstances(): Promise<void> {
    const { config } = this.options;
    const local = new GenerationStore(config.dataDir, this.log);
    this.watcher = new SharedStateWatcher({
      url: config.state.databaseUrl!,
      schema: config.state.schema,
      pollMs: config.state.generationPollMs,
      log: this.log,
      onGeneration: async () => {
        if (!this.pool || this.live.shuttingDown || !this.watcher) return;
        const serving = await this.watcher.servingGeneration();
        // The download and checksums run in the background worker, never on this thread, and only
        // when there is something new (another shard of this host may have fetched it already).
        if (serving && serving !== local.readPointer()) {
          const outcome = await this.pool.run('syncGeneration', {}, { background: true });
          // Another process of this host (a shard) is fetching it into the shared data folder: look
          // again shortly rather than at the next poll.
          if (outcome.busy) {
            this.log.info(`Generation ${serving} not switched to yet: ${outcome.reason}`);
            setTimeout(() => this.watcher?.poll(), 1000).unref();
          }
        }
        if (local.readPointer() !== this.catalog.generation) await this.router.reloadCatalog();
      },
      onSettings: async () => {
        if (!this.pool || this.live.shuttingDown) return;
        await this.router.reloadSettings();
      },
    });
    await this.watcher.start();
    this.log.info(
      `Several instances: state in PostgreSQL (schema ${config.state.schema}); new generations are fetched on notification or within ${Math.round(config.state.generationPollMs / 1000)} s`,
    );
  }

  /** The port of the ops server, when it runs. */
  get opsPort(): number | undefined {
    const address = this.opsServer?.address();
    return address && typeof address === 'object' ? address.port : undefined;
  }

  get fatalError(): string | undefined {
    return this.fatal;
  }

  /**
   * Graceful shutdown: new interactions get a short "restarting" reply, those in flight finish
   * (up to the grace period), then the gateway, workers and ops server close.
   */
  async stop(): Promise<void> {
    if (this.live.shuttingDown) return;
    this.live.shuttingDown = true;
    const grace = this.options.config.discord.shutdownGraceMs;
    // Questions still queued for the model are answered offline rather than cut off at the grace.
    this.pool?.drainModelCalls();
    const settled = Promise.allSettled([...this.inFlight]);
    await Promise.race([settled, new Promise((r) => setTimeout(r, grace).unref())]);
    if (this.inFlight.size)
      this.log.warn(`Shutting down with ${this.inFlight.size} interaction(s) unfinished`);
    clearInterval(this.sweepTimer);
    clearInterval(this.lagTimer);
    this.loopDelay.disable();
    clearInterval(this.refreshTimer);
    await this.watcher?.stop();
    await this.client.destroy();
    await this.pool?.close();
    await new Promise<void>((resolve) =>
      this.opsServer ? this.opsServer.close(() => resolve()) : resolve(),
    );
  }

  private track(work: Promise<void>): void {
    const tracked = work.catch((error: unknown) => {
      this.metrics.errors.inc({ kind: 'handler' });
      this.log.error(`Unhandled error in an interaction handler: ${(error as Error).stack ?? String(error)}`);
    });
    this.inFlight.add(tracked);
    this.metrics.inFlight.set(this.inFlight.size);
    void tracked.finally(() => {
      this.inFlight.delete(tracked);
      this.metrics.inFlight.set(this.inFlight.size);
    });
  }
}

/** Registration payloads for every command (the same registry the bot and the console use). */
export function commandPayloads() {
  return COMMANDS.map((c) => c.data);
}
