import { createHash, randomBytes } from 'node:crypto';
import type http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  type ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  Client,
  type CommandInteractionOption,
  Events,
  GatewayIntentBits,
  type GuildMember,
  type Interaction,
  Options,
  PermissionFlagsBits,
  type RepliableInteraction,
} from 'discord.js';
import type { App } from '../../app.js';
import type { AppConfig } from '../../config/config.js';
import type { Log } from '../../logger.js';
import { GenerationStore } from '../../storage/corpus/generations.js';
import { DEFAULT_SETTINGS, type ServerSettings } from '../../storage/state/bot-records.js';
import { SharedStateWatcher } from '../../storage/state/shared-watch.js';
import { auditAction, type Command, type Invoker } from '../commands/command.js';
import { COMMANDS, findCommand } from '../commands/registry.js';
import { dispatchCommand } from '../dispatch.js';
import { accessRefusal } from '../operators.js';
import type { NoteDraft, Reply } from '../reply.js';
import type { Catalog, CommandOutcome } from '../worker/operations.js';
import { WorkerPool } from '../worker/pool.js';
import { autocomplete } from './autocomplete.js';
import { Components, slowDown } from './components.js';
import type { DiscordContext } from './context.js';
import { CustomIds } from './custom-id.js';
import { BotMetrics, startOpsServer } from './metrics.js';
import { progressEditor, streamEditor } from './progress.js';
import { MemberLimiter } from './rate-limit.js';
import { Responder } from './respond.js';

/** Discord's REST base URL (overridable with DISCORD_API_URL for a proxy or a test fake). */
export const DISCORD_API = 'https://discord.com/api';

// Discord error codes the bot reacts to.

// A REST wait longer than this is not waited out: the handler takes its fallback path instead.
const MAX_REST_WAIT_MS = 3000;
// Progress edits of a refresh: at most one per this interval (a bounded edit rate).

/** discord.js's client-side global request budget (see the REST options). */
const INTERACTION_REQUESTS_PER_SECOND = 1000;
/** Past this event-loop delay of the main thread (p99 over a second), new worker commands are shed. */
const MAX_MAIN_LAG_MS = 200;
/** /listing cards kept in the main thread's memory for the serving generation. */
const MAX_CARDS = 500;
/** The answer when the workers' queue is full (see ROLERADAR_MAX_QUEUED). */
export const BUSY = 'RoleRadar is busy right now: please try again in a moment.';

export interface BotOptions {
  config: AppConfig;
  log: Log;
  metrics?: BotMetrics;
}

/**
 * The Discord adapter. The main thread only acknowledges interactions, answers autocomplete from
 * memory, enforces limits and talks to Discord; commands run in worker threads through the same
 * handlers the console uses, and come back as plain replies rendered here within Discord's limits.
 */
export class RoleRadarBot {
  readonly metrics: BotMetrics;
  readonly client: Client;
  private pool: WorkerPool | undefined;
  private readonly ids: CustomIds;
  private readonly limiter: MemberLimiter;
  private catalog: Catalog = {
    generation: null,
    listings: [],
    companies: [],
    skills: [],
    locations: [],
    industries: [],
  };
  private settings: Record<string, ServerSettings> = {};
  private readonly drafts = new Map<string, NoteDraft>();
  /**
   * /listing cards a worker made, by listing id, for the catalog's generation: a card asked for
   * again is answered from here, needing no worker (never queued, never shed). Emptied when the
   * catalog moves to another generation; the least recently used goes past MAX_CARDS.
   */
  private cards = { generation: null as string | null, replies: new Map<string, Reply>() };
  private readonly inFlight = new Set<Promise<unknown>>();
  private opsServer: http.Server | undefined;
  private shuttingDown = false;
  private gatewayReady = false;
  private fatal: string | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;
  private lagTimer: NodeJS.Timeout | undefined;
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 10 });
  /** The main thread's event-loop delay (p99 over the last second), in ms. */
  private lagMs = 0;
  private refreshTimer: NodeJS.Timeout | undefined;
  private scheduledRefreshRunning = false;
  private watcher: SharedStateWatcher | undefined;

  /** What the adapter's parts share (context.ts). */
  private readonly context: DiscordContext;
  private readonly respond: Responder;
  private readonly components: Components;

  constructor(private readonly options: BotOptions) {
    const { config } = options;
    this.metrics = options.metrics ?? new BotMetrics();
    const secret =
      config.discord.componentSecret ??
      createHash('sha256')
        .update(`roleradar-components:${config.discord.token ?? 'local'}`)
        .digest('hex');
    this.ids = new CustomIds(secret);
    const limit = config.discord.userLimit;
    this.limiter = new MemberLimiter({
      burst: limit.burst,
      perSecond: limit.perMinute / 60,
      concurrent: limit.concurrent,
    });
    this.context = { log: options.log, metrics: this.metrics, ids: this.ids, drafts: this.drafts };
    this.respond = new Responder(this.context);
    this.components = new Components(this.context, this.respond, {
      pool: () => this.pool!,
      limiter: this.limiter,
      invoker: (interaction) => this.invoker(interaction),
      visibility: (name, options, guildId) => this.visibility(name, options, guildId),
    });
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

  /** Starts the workers, builds the corpus on first run, logs in and serves. */
  async start(): Promise<void> {
    const { config } = this.options;
    if (!config.discord.token) throw new Error('DISCORD_TOKEN is not set');
    this.pool = new WorkerPool(config, this.log, {
      size: config.discord.workers,
      maxModelCalls: config.openai.maxConcurrent,
      onMetric: (_name, labels) => this.metrics.modelCalls.inc({ outcome: labels.outcome ?? 'unknown' }),
    });
    await this.pool.ready();
    // Before login nothing waits for an acknowledgement: the first start's build may use a worker
    // of the pool (a separate refresh worker would cost its own memory for nothing).
    const built = await this.pool.run('ensureCorpus', {});
    if (built) this.log.info(built);
    await this.reloadCatalog();
    this.settings = await this.pool.run('settings', {});
    await this.pool.broadcast('warm', {});

    this.client.on(Events.InteractionCreate, (interaction) => this.track(this.onInteraction(interaction)));
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
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    await this.client.login(config.discord.token);
    await ready;
    this.gatewayReady = true;
    this.log.info(`Logged in to Discord as ${this.client.user?.tag ?? 'the bot'}`);

    if (config.discord.metricsPort >= 0) {
      const ops = await startOpsServer(
        this.metrics,
        {
          healthy: () => this.gatewayReady && !this.shuttingDown && !this.fatal,
          details: () => ({
            gateway: this.gatewayReady ? 'ready' : 'disconnected',
            generation: this.catalog.generation,
            inFlight: this.inFlight.size,
            ...(this.fatal ? { fatal: this.fatal } : {}),
          }),
        },
        config.discord.metricsHost,
        config.discord.metricsPort,
      );
      this.opsServer = ops.server;
      this.log.info(
        `Health and metrics on http://${config.discord.metricsHost}:${ops.port}/healthz and /metrics`,
      );
    }
    this.sweepTimer = setInterval(() => this.limiter.sweep(), 60_000);
    // The main thread's own lag (its REST and gateway traffic): past a limit, load is shed too.
    this.loopDelay.enable();
    this.lagTimer = setInterval(() => {
      this.lagMs = this.loopDelay.count > 0 ? this.loopDelay.percentile(99) / 1e6 : 0;
      this.loopDelay.reset();
    }, 1000);
    this.lagTimer.unref();
    this.sweepTimer.unref();
    if (config.state.databaseUrl) await this.watchOtherInstances();
    const every = config.sources.refreshIntervalMs;
    if (every) {
      this.refreshTimer = setInterval(() => this.scheduledRefresh(), every);
      this.refreshTimer.unref();
      this.log.info(`Refreshing the corpus in the background every ${Math.round(every / 60_000)} min`);
    }
  }

  /**
   * REFRESH_INTERVAL: a refresh in the pool's background worker, so interactions are never queued
   * behind it. Skipped while the previous one runs; a manual refresh holding the lock also skips it.
   */
  scheduledRefresh(): Promise<void> | undefined {
    if (!this.pool || this.shuttingDown) return undefined;
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
        if (outcome.status === 'published') await this.reloadCatalog();
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
        if (!this.pool || this.shuttingDown || !this.watcher) return;
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
        if (local.readPointer() !== this.catalog.generation) await this.reloadCatalog();
      },
      onSettings: async () => {
        if (!this.pool || this.shuttingDown) return;
        this.settings = await this.pool.run('settings', {});
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
    if (this.shuttingDown) return;
    this.shuttingDown = true;
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

  private async onInteraction(interaction: Interaction): Promise<void> {
    const received = performance.now();
    if (interaction.isAutocomplete()) return this.onAutocomplete(interaction, received);
    if (!interaction.isRepliable()) return;
    if (this.shuttingDown) {
      await this.respond.replyNow(
        interaction,
        'RoleRadar is restarting; please try again in a minute.',
        received,
      );
      return;
    }
    const name = interaction.isChatInputCommand()
      ? interaction.commandName
      : interaction.isButton()
        ? 'button'
        : 'modal';
    try {
      if (interaction.isChatInputCommand()) await this.onCommand(interaction, received);
      else if (interaction.isButton()) await this.components.onButton(interaction, received);
      else if (interaction.isModalSubmit()) await this.components.onModal(interaction, received);
    } catch (error) {
      await this.respond.failed(interaction, name, error);
    }
  }

  // ── Commands ────────────────────────────────────────────────────────────────────────────────

  private async onCommand(interaction: ChatInputCommandInteraction, received: number): Promise<void> {
    const name = interaction.commandName;
    const command = findCommand(name);
    if (!command) {
      await this.respond.replyNow(interaction, `Unknown command \`/${name}\`. Try \`/help\`.`, received);
      return;
    }
    const options = flattenOptions(interaction.options.data);
    // Limits are enforced before any work, whatever Discord's client let through.
    const tooLong = oversizedOption(command, options);
    if (tooLong) {
      this.metrics.interactions.inc({ command: name, outcome: 'rejected' });
      await this.respond.replyNow(interaction, tooLong, received);
      return;
    }
    const invoker = this.invoker(interaction);
    if (command.admin || command.operator) {
      // The one access check (src/bot/operators.ts); the worker's dispatcher applies it again.
      const refusal = accessRefusal(command, {
        invoker,
        surface: 'discord',
        guildId: interaction.guildId,
        config: this.options.config.discord,
      });
      if (refusal) {
        this.metrics.interactions.inc({ command: name, outcome: 'refused' });
        await this.respond.replyNow(interaction, refusal, received);
        this.audit(invoker, interaction.guildId, name, options, 'refused');
        return;
      }
    }
    const admission = this.limiter.admit(interaction.user.id);
    if (!admission.ok) {
      this.metrics.interactions.inc({ command: name, outcome: 'rate_limited' });
      await this.respond.replyNow(interaction, slowDown(admission.retryAfterMs), received);
      return;
    }
    try {
      // A card already made for this generation (`reuseKey`) needs no worker: never queued, never shed.
      const reuseKey = command.reuseKey?.(options);
      const card = reuseKey !== undefined ? this.card(reuseKey) : undefined;
      if (card) {
        const ephemeral = this.visibility(name, options, interaction.guildId);
        if (!(await this.respond.defer(interaction, name, ephemeral, received))) return;
        await this.respond.deliver(
          interaction,
          { reply: card, exchangeId: null },
          ephemeral,
          name,
          received,
          true,
        );
        return;
      }
      // Beyond capacity, shed load instead of queueing it without bound: a prompt, polite "busy"
      // (memory and waiting stay bounded). A command answered from memory is never shed.
      // The main thread's own overload counts too: with answers cached the workers' queue stays
      // short while this thread, lagging, holds many interactions waiting on their REST calls
      // (measured: acknowledgements past Discord's 3 s at ~200 offered/s on a starved machine).
      if (
        !command.fromMemory &&
        (this.pool!.overloaded(this.maxQueued) ||
          (this.lagMs > MAX_MAIN_LAG_MS &&
            (this.pool!.queued >= this.maxQueued / 2 || this.inFlight.size >= this.maxQueued)))
      ) {
        this.metrics.interactions.inc({ command: name, outcome: 'busy' });
        await this.respond.replyNow(interaction, BUSY, received);
        return;
      }
      const ephemeral = this.visibility(name, options, interaction.guildId);
      if (!(await this.respond.defer(interaction, name, ephemeral, received))) return;
      if (command.fromMemory) {
        // Needs no worker, so it never waits behind commands that do.
        const reply = await dispatchCommand(name, options, {
          app: this.memoryApp(),
          invoker,
          surface: 'discord',
          guildId: interaction.guildId,
        });
        await this.respond.deliver(interaction, { reply, exchangeId: null }, ephemeral, name, received);
        return;
      }
      const exchangeId = randomBytes(8).toString('hex');
      const cardGeneration = this.catalog.generation;
      const refresh = command.background?.(options) === true;
      const stream = command.streams
        ? streamEditor(interaction, command.streams(options), this.context, this.respond)
        : undefined;
      const outcome = await this.pool!.run(
        'command',
        { name, options, invoker, guildId: interaction.guildId, exchangeId },
        {
          background: refresh,
          ...(refresh ? { onProgress: progressEditor(interaction, this.respond) } : {}),
          ...(stream ? { onProgress: stream.onProgress } : {}),
        },
      );
      // The final answer replaces the streamed one: no partial edit may land after it.
      await stream?.close();
      // New settings apply from the next interaction on, so they are loaded before the reply goes out.
      if (command.changesSettings) this.settings = await this.pool!.run('settings', {});
      if (reuseKey !== undefined) this.keepCard(reuseKey, outcome, cardGeneration);
      const switched =
        refresh ||
        (outcome.reply.context?.generation && outcome.reply.context.generation !== this.catalog.generation);
      // No card of the previous generation is served while the catalog reloads.
      if (switched) this.cards = { generation: null, replies: new Map() };
      await this.respond.deliver(interaction, outcome, ephemeral, name, received, command.shareable === true);
      if (switched) await this.reloadCatalog();
    } finally {
      admission.release();
    }
  }

  /** The card kept under this key, when one was made for the catalog's generation. */
  private card(id: string): Reply | undefined {
    const { generation, replies } = this.cards;
    if (!generation || generation !== this.catalog.generation) return undefined;
    const reply = replies.get(id);
    if (reply) {
      // Most recently used last.
      replies.delete(id);
      replies.set(id, reply);
    }
    return reply;
  }

  /**
   * Keeps a card a worker made. A worker's generation is never older than the catalog's (the
   * catalog comes from a worker), so a card is kept under the generation the catalog had when it
   * was asked for: at worst a newer card, and the cards go when the catalog moves on.
   */
  private keepCard(id: string, outcome: CommandOutcome, generation: string | null): void {
    if (
      !generation ||
      outcome.exchangeId !== null ||
      outcome.reply.ephemeral ||
      !outcome.reply.embeds?.length
    )
      return;
    if (this.cards.generation !== generation) this.cards = { generation, replies: new Map() };
    const replies = this.cards.replies;
    replies.set(id, outcome.reply);
    if (replies.size > MAX_CARDS) replies.delete(replies.keys().next().value!);
  }

  /** Commands, waiting or running, across the interactive workers beyond which new ones are shed. */
  private get maxQueued(): number {
    const d = this.options.config.discord;
    return d.workers * d.maxQueuedPerWorker;
  }

  /**
   * What /help reads: the corpus's size and generation, served from the catalog the main thread
   * keeps in memory, and the configuration (who is an operator decides which commands it lists).
   */
  private memoryApp(): App {
    const { status, generation } = this.catalog;
    const reader = status && generation ? { status: () => ({ ...status, generation }) } : null;
    return { reader: () => reader, config: this.options.config } as unknown as App;
  }

  private invoker(interaction: RepliableInteraction): Invoker {
    const settings = this.serverSettings(interaction.guildId);
    const roles = (interaction.member as GuildMember | null)?.roles;
    const roleIds: string[] = Array.isArray(roles) ? roles : roles ? [...roles.cache.keys()] : [];
    const isAdmin =
      interaction.inGuild() &&
      (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true ||
        (settings.adminRoleId !== null && roleIds.includes(settings.adminRoleId)));
    return {
      id: interaction.user.id,
      name:
        interaction.member && 'displayName' in interaction.member
          ? interaction.member.displayName
          : interaction.user.username,
      isAdmin,
    };
  }

  private serverSettings(guildId: string | null): ServerSettings {
    return (guildId && this.settings[guildId]) || DEFAULT_SETTINGS;
  }

  /** Whether the reply is shown only to the member: decided before deferring, as Discord requires. */
  private visibility(name: string, options: Record<string, unknown>, guildId: string | null): boolean {
    // A property of each command (`private`), never a list of names here.
    const command = findCommand(name);
    if (!command) return true;
    if (command.admin || command.operator) return true;
    const rule = command.private;
    return typeof rule === 'function' ? rule(options, this.serverSettings(guildId)) : rule === true;
  }

  private audit(
    invoker: Invoker,
    guildId: string | null,
    name: string,
    options: Record<string, unknown>,
    outcome: string,
  ): void {
    this.pool
      ?.run('audit', {
        actorId: invoker.id,
        actorName: invoker.name,
        guildId,
        action: auditAction(name, options),
        details: JSON.stringify(options).slice(0, 1000),
        outcome,
      })
      .catch((error: Error) => this.log.error(`Audit entry not written: ${error.message}`));
  }

  // ── Autocomplete ────────────────────────────────────────────────────────────────────────────

  private async onAutocomplete(interaction: AutocompleteInteraction, received: number): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const choices = autocomplete(this.catalog, focused.name, String(focused.value ?? '').slice(0, 200));
    try {
      await interaction.respond(choices);
      this.metrics.interactions.inc({ command: `${interaction.commandName}:autocomplete`, outcome: 'ok' });
      this.metrics.ackLatency.observe((performance.now() - received) / 1000);
    } catch (error) {
      this.respond.restFailure(interaction, 'autocomplete', error);
    }
  }

  private async reloadCatalog(): Promise<void> {
    // Called when the generation may have changed: no card is served until the catalog says which.
    this.cards = { generation: null, replies: new Map() };
    try {
      this.catalog = await this.pool!.run('catalog', {});
    } catch (error) {
      this.log.error(`Autocomplete catalog not reloaded: ${(error as Error).message}`);
    }
  }
}

/** Options as the commands take them: a flat object, the chosen subcommand (and group) included. */
export function flattenOptions(data: readonly CommandInteractionOption[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const option of data) {
    if (option.type === (1 as ApplicationCommandOptionType)) {
      out.subcommand = option.name;
      Object.assign(out, flattenOptions(option.options ?? []));
    } else if (option.type === (2 as ApplicationCommandOptionType)) {
      out.group = option.name;
      Object.assign(out, flattenOptions(option.options ?? []));
    } else if (option.type === (8 as ApplicationCommandOptionType) && option.role) {
      out[option.name] = option.role.id;
    } else out[option.name] = option.value;
  }
  return out;
}

/** A string option longer than the command declares: refused before any work is done. */
export function oversizedOption(
  command: Command<unknown>,
  options: Record<string, unknown>,
): string | undefined {
  const limits = new Map<string, number>();
  const walk = (
    defs: ReadonlyArray<{ name: string; max_length?: number; options?: unknown }> | undefined,
  ) => {
    for (const d of defs ?? []) {
      if (d.max_length !== undefined) limits.set(d.name, d.max_length);
      walk(d.options as typeof defs);
    }
  };
  walk(command.data.options as Parameters<typeof walk>[0]);
  for (const [key, value] of Object.entries(options)) {
    if (typeof value !== 'string') continue;
    const max = limits.get(key) ?? 1000;
    if (value.length > max)
      return `\`${key}\` is too long (${value.length.toLocaleString('en-US')} characters; at most ${max}). Please shorten it.`;
  }
  return undefined;
}

/** Registration payloads for every command (the same registry the bot and the console use). */
export function commandPayloads() {
  return COMMANDS.map((c) => c.data);
}
