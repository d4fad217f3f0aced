import { type GuildMember, PermissionFlagsBits, type RepliableInteraction } from 'discord.js';
import type { AppConfig } from '../../config/config.js';
import type { Log } from '../../logger.js';
import { DEFAULT_SETTINGS, type ServerSettings } from '../../storage/state/bot-records.js';
import type { FormField, Invoker } from '../commands/command.js';
import { findCommand } from '../commands/registry.js';
import type { Catalog } from '../worker/operations.js';
import type { WorkerPool } from '../worker/pool.js';
import type { CustomIds } from './custom-id.js';
import type { BotMetrics } from './metrics.js';
import type { MemberLimiter } from './rate-limit.js';

/**
 * What the parts of the Discord adapter share (lifecycle in bot.ts, the router, the buttons,
 * responding, progress): the configuration, the logger, the metrics, the signed button ids, the
 * member limiter, the forms kept for buttons, and `live`, the state the lifecycle changes as it
 * runs. bot.ts makes it and writes `live` (pool, shutting down, lag); the catalog and the settings
 * are written by the router's reloads (router.ts); everything else only reads it.
 */
export interface DiscordContext {
  readonly config: AppConfig;
  readonly log: Log;
  readonly metrics: BotMetrics;
  readonly ids: CustomIds;
  readonly limiter: MemberLimiter;
  /**
   * The prefilled fields of the forms a reply's buttons open, by `formKey` (a form must open at
   * once, from memory); bounded, the oldest go first.
   */
  readonly forms: Map<string, FormField[]>;
  /** Interactions being handled now. */
  readonly inFlight: Set<Promise<unknown>>;
  readonly live: LiveState;
}

/** What changes while the adapter runs. */
export interface LiveState {
  /** The worker threads; set once started. */
  pool: WorkerPool | undefined;
  /** What autocomplete and /help read: names of the serving generation. */
  catalog: Catalog;
  /** Every server's settings, reloaded when a command or another instance changes them. */
  settings: Record<string, ServerSettings>;
  shuttingDown: boolean;
  /** The main thread's event-loop delay (p99 over the last second), in ms. */
  lagMs: number;
}

export const EMPTY_CATALOG: Catalog = {
  generation: null,
  listings: [],
  companies: [],
  skills: [],
  locations: [],
  industries: [],
};

/** The worker pool: interactions arrive only after start() made it. */
export function poolOf(ctx: DiscordContext): WorkerPool {
  if (!ctx.live.pool) throw new Error('the worker pool is not started');
  return ctx.live.pool;
}

export function serverSettings(ctx: DiscordContext, guildId: string | null): ServerSettings {
  return (guildId && ctx.live.settings[guildId]) || DEFAULT_SETTINGS;
}

/** The key a form is kept under: one reply's button. */
export function formKey(exchangeId: string, command: string, key: string): string {
  return `${exchangeId}|${command}|${key}`;
}

/** Who is asking: Manage Server or the server's admin role make an admin. */
export function invokerOf(ctx: DiscordContext, interaction: RepliableInteraction): Invoker {
  const settings = serverSettings(ctx, interaction.guildId);
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

/** Whether a command's reply is shown only to the member: decided before deferring, as Discord requires. */
export function isPrivate(
  ctx: DiscordContext,
  name: string,
  options: Record<string, unknown>,
  guildId: string | null,
): boolean {
  // A property of each command (`private`), never a list of names here.
  const command = findCommand(name);
  if (!command) return true;
  if (command.admin || command.operator) return true;
  const rule = command.private;
  return typeof rule === 'function' ? rule(options, serverSettings(ctx, guildId)) : rule === true;
}
