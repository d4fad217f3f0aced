import { randomBytes } from 'node:crypto';
import type {
  ApplicationCommandOptionType,
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  CommandInteractionOption,
  Interaction,
} from 'discord.js';
import type { App } from '../../app.js';
import { auditAction, type Command, type Invoker } from '../commands/command.js';
import { findCommand } from '../commands/registry.js';
import { dispatchCommand } from '../dispatch.js';
import { accessRefusal } from '../operators.js';
import type { Reply } from '../reply.js';
import type { CommandOutcome } from '../worker/operations.js';
import { Components, slowDown } from './components.js';
import { type DiscordContext, invokerOf, isPrivate, poolOf } from './context.js';
import { DISCORD_LIMITS } from './limits.js';
import { progressEditor, streamEditor } from './progress.js';
import type { Responder } from './respond.js';

/** A command interaction admitted past its policy checks: what each later step needs. */
interface CommandCall {
  interaction: ChatInputCommandInteraction;
  command: Command;
  options: Record<string, unknown>;
  invoker: Invoker;
  received: number;
}

/** Past this event-loop delay of the main thread (p99 over a second), new worker commands are shed. */
const MAX_MAIN_LAG_MS = 200;
/** /listing cards kept in the main thread's memory for the serving generation. */
const MAX_CARDS = 500;
/** The answer when the workers' queue is full (see ROLERADAR_MAX_QUEUED). */
export const BUSY = 'RoleRadar is busy right now: please try again in a moment.';

/**
 * The interaction router: receives an interaction, tells autocomplete, command and component
 * apart, checks the command's policy (limits, access, rate), acknowledges, sheds load past
 * capacity and hands the work to the worker pool. It knows commands only by their properties.
 */
export class Router {
  private readonly components: Components;
  /**
   * /listing cards a worker made, by listing id, for the catalog's generation: a card asked for
   * again is answered from here, needing no worker (never queued, never shed). Emptied when the
   * catalog moves to another generation; the least recently used goes past MAX_CARDS.
   */
  private cards = { generation: null as string | null, replies: new Map<string, Reply>() };

  constructor(
    private readonly ctx: DiscordContext,
    private readonly respond: Responder,
  ) {
    this.components = new Components(ctx, respond);
  }

  /** No card is served until the catalog says which generation it is for. */
  forgetCards(): void {
    this.cards = { generation: null, replies: new Map() };
  }

  /** The catalog of the serving generation, called when the generation may have changed. */
  async reloadCatalog(): Promise<void> {
    // No card is served until the catalog says which generation it is for.
    this.forgetCards();
    try {
      this.ctx.live.catalog = await poolOf(this.ctx).run('catalog', {});
    } catch (error) {
      this.ctx.log.error(`Autocomplete catalog not reloaded: ${(error as Error).message}`);
    }
  }

  /** Every server's settings, after a command changed them (or another instance did). */
  async reloadSettings(): Promise<void> {
    this.ctx.live.settings = await poolOf(this.ctx).run('serverSettings', {});
  }

  async onInteraction(interaction: Interaction): Promise<void> {
    const received = performance.now();
    if (interaction.isAutocomplete()) return this.onAutocomplete(interaction, received);
    if (!interaction.isRepliable()) return;
    if (this.ctx.live.shuttingDown) {
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
      await this.respond.replyNow(
        interaction,
        `Unknown command \`/${name}\`: RoleRadar may have changed since Discord listed it.`,
        received,
      );
      return;
    }
    const options = flattenOptions(interaction.options.data);
    const admitted = await this.admit(interaction, command, options, received);
    if (!admitted) return;
    const call: CommandCall = { interaction, command, options, invoker: admitted.invoker, received };
    try {
      // A card already made for this generation (`reuseKey`) needs no worker: never queued, never shed.
      const reuseKey = command.reuseKey?.(options);
      const card = reuseKey !== undefined ? this.card(reuseKey) : undefined;
      if (card) {
        await this.deliverCard(call, card);
        return;
      }
      if (this.mustShed(command)) {
        this.ctx.metrics.interactions.inc({ command: name, outcome: 'busy' });
        await this.respond.replyNow(interaction, BUSY, received);
        return;
      }
      const ephemeral = isPrivate(this.ctx, name, options, interaction.guildId);
      if (!(await this.respond.defer(interaction, name, ephemeral, received))) return;
      if (command.fromMemory) await this.runFromMemory(call, ephemeral);
      else await this.runOnWorker(call, ephemeral, reuseKey);
    } finally {
      admitted.release();
    }
  }

  /**
   * The command's policy before any work: its options' limits (whatever Discord's client let
   * through), access (admin, operator) and the member's rate. Undefined once refused and told.
   */
  private async admit(
    interaction: ChatInputCommandInteraction,
    command: Command,
    options: Record<string, unknown>,
    received: number,
  ): Promise<{ invoker: Invoker; release: () => void } | undefined> {
    const name = interaction.commandName;
    const tooLong = oversizedOption(command, options);
    if (tooLong) {
      this.ctx.metrics.interactions.inc({ command: name, outcome: 'rejected' });
      await this.respond.replyNow(interaction, tooLong, received);
      return undefined;
    }
    const invoker = invokerOf(this.ctx, interaction);
    if (command.admin || command.operator) {
      // The one access check (src/bot/operators.ts); the worker's dispatcher applies it again.
      const refusal = accessRefusal(command, {
        invoker,
        surface: 'discord',
        guildId: interaction.guildId,
        config: this.ctx.config.discord,
      });
      if (refusal) {
        this.ctx.metrics.interactions.inc({ command: name, outcome: 'refused' });
        await this.respond.replyNow(interaction, refusal, received);
        this.audit(invoker, interaction.guildId, name, options, 'refused');
        return undefined;
      }
    }
    const admission = this.ctx.limiter.admit(interaction.user.id);
    if (!admission.ok) {
      this.ctx.metrics.interactions.inc({ command: name, outcome: 'rate_limited' });
      await this.respond.replyNow(interaction, slowDown(admission.retryAfterMs), received);
      return undefined;
    }
    return { invoker, release: admission.release };
  }

  /** A kept card, delivered as it was made. */
  private async deliverCard(call: CommandCall, card: Reply): Promise<void> {
    const { interaction, options, received } = call;
    const name = interaction.commandName;
    const ephemeral = isPrivate(this.ctx, name, options, interaction.guildId);
    if (!(await this.respond.defer(interaction, name, ephemeral, received))) return;
    await this.respond.deliver(
      interaction,
      { reply: card, exchangeId: null },
      ephemeral,
      name,
      received,
      true,
    );
  }

  /**
   * Beyond capacity, shed load instead of queueing it without bound: a prompt, polite "busy"
   * (memory and waiting stay bounded). A command answered from memory is never shed.
   * The main thread's own overload counts too: with answers cached the workers' queue stays
   * short while this thread, lagging, holds many interactions waiting on their REST calls
   * (measured: acknowledgements past Discord's 3 s at ~200 offered/s on a starved machine).
   */
  private mustShed(command: Command): boolean {
    if (command.fromMemory) return false;
    const pool = poolOf(this.ctx);
    return (
      pool.overloaded(this.maxQueued) ||
      (this.ctx.live.lagMs > MAX_MAIN_LAG_MS &&
        (pool.queued >= this.maxQueued / 2 || this.ctx.inFlight.size >= this.maxQueued))
    );
  }

  /** A command that needs no worker, run here, so it never waits behind commands that do. */
  private async runFromMemory(call: CommandCall, ephemeral: boolean): Promise<void> {
    const { interaction, options, invoker, received } = call;
    const name = interaction.commandName;
    const reply = await dispatchCommand(name, options, {
      app: this.memoryApp(),
      invoker,
      surface: 'discord',
      guildId: interaction.guildId,
    });
    await this.respond.deliver(interaction, { reply, exchangeId: null }, ephemeral, name, received);
  }

  /**
   * A command run on the worker pool: streamed or with refresh progress as its policy says,
   * settings and catalog reloaded when it changed them, its card kept when it has a `reuseKey`.
   */
  private async runOnWorker(
    call: CommandCall,
    ephemeral: boolean,
    reuseKey: string | undefined,
  ): Promise<void> {
    const { interaction, command, options, invoker, received } = call;
    const name = interaction.commandName;
    const exchangeId = randomBytes(8).toString('hex');
    const cardGeneration = this.ctx.live.catalog.generation;
    const refresh = command.background?.(options) === true;
    const stream = command.streams
      ? streamEditor(interaction, command.streams(options), this.ctx, this.respond)
      : undefined;
    const outcome = await poolOf(this.ctx).run(
      'command',
      { name, options, invoker, guildId: interaction.guildId, exchangeId },
      {
        background: refresh,
        searches: command.searches === true,
        ...(refresh ? { onProgress: progressEditor(interaction, this.respond) } : {}),
        ...(stream ? { onProgress: stream.onProgress } : {}),
      },
    );
    // The final answer replaces the streamed one: no partial edit may land after it.
    await stream?.close();
    // New settings apply from the next interaction on, so they are loaded before the reply goes out.
    if (command.changesSettings) await this.reloadSettings();
    if (reuseKey !== undefined) this.keepCard(reuseKey, outcome, cardGeneration);
    const switched =
      refresh ||
      (outcome.reply.context?.generation &&
        outcome.reply.context.generation !== this.ctx.live.catalog.generation);
    // No card of the previous generation is served while the catalog reloads.
    if (switched) this.forgetCards();
    await this.respond.deliver(interaction, outcome, ephemeral, name, received, command.shareable === true);
    if (switched) await this.reloadCatalog();
  }

  /** The card kept under this key, when one was made for the catalog's generation. */
  private card(id: string): Reply | undefined {
    const { generation, replies } = this.cards;
    if (!generation || generation !== this.ctx.live.catalog.generation) return undefined;
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
    const d = this.ctx.config.discord;
    return d.workers * d.maxQueuedPerWorker;
  }

  /**
   * What /help reads: the corpus's size and generation, served from the catalog the main thread
   * keeps in memory, and the configuration (who is an operator decides which commands it lists).
   */
  private memoryApp(): App {
    const { status, generation } = this.ctx.live.catalog;
    const reader = status && generation ? { status: () => ({ ...status, generation }) } : null;
    return { reader: () => reader, config: this.ctx.config } as unknown as App;
  }

  private audit(
    invoker: Invoker,
    guildId: string | null,
    name: string,
    options: Record<string, unknown>,
    outcome: string,
  ): void {
    poolOf(this.ctx)
      .run('audit', {
        actorId: invoker.id,
        actorName: invoker.name,
        guildId,
        action: auditAction(name, options),
        details: JSON.stringify(options).slice(0, 1000),
        outcome,
      })
      .catch((error: Error) => this.ctx.log.error(`Audit entry not written: ${error.message}`));
  }

  // ── Autocomplete ────────────────────────────────────────────────────────────────────────────

  private async onAutocomplete(interaction: AutocompleteInteraction, received: number): Promise<void> {
    const focused = interaction.options.getFocused(true);
    // The command completes its own options (`autocomplete`); Discord's limits are applied here.
    const complete = findCommand(interaction.commandName)?.autocomplete?.[focused.name];
    const clip = (s: string) => s.slice(0, DISCORD_LIMITS.choiceText);
    const choices = (complete?.(String(focused.value ?? '').slice(0, 200), this.ctx.live.catalog) ?? [])
      .slice(0, DISCORD_LIMITS.choices)
      .map((c) => ({ name: clip(c.name), value: clip(c.value) }));
    try {
      await interaction.respond(choices);
      this.ctx.metrics.interactions.inc({
        command: `${interaction.commandName}:autocomplete`,
        outcome: 'ok',
      });
      this.ctx.metrics.ackLatency.observe((performance.now() - received) / 1000);
    } catch (error) {
      this.respond.restFailure(interaction, 'autocomplete', error);
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
