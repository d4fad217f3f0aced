import type { AppConfig } from '../config/config.js';
import type { Command, CommandContext } from './commands/command.js';

/**
 * Who may do what, decided in one place for every surface.
 *
 * - **Operators** (ROLERADAR_OPERATOR_IDS, optionally only inside ROLERADAR_HOME_GUILD_ID) administer
 *   the one global corpus and its sources: every server's members read what they put there, so a
 *   server's own admins may not. The console and the CLI on the machine are operator surfaces.
 * - **Server admins** (Manage Server, or the server's admin role) run their own server's commands
 *   (`/settings`, moderating their server's mentor notes).
 * - Everyone else runs member commands.
 */

type OperatorConfig = Pick<AppConfig['discord'], 'operatorIds' | 'homeGuildId'>;

/** True when this Discord user, in this server (null: a DM), is one of the bot's operators. */
export function isOperator(
  userId: string,
  guildId: string | null | undefined,
  config: OperatorConfig,
): boolean {
  if (!config.operatorIds.includes(userId)) return false;
  if (config.homeGuildId !== undefined && guildId !== config.homeGuildId) return false;
  return true;
}

/** What a member is told when an operator command is refused; undefined when it may run. */
export function operatorRefusal(
  name: string,
  userId: string,
  guildId: string | null | undefined,
  config: OperatorConfig,
): string | undefined {
  if (config.operatorIds.length === 0)
    return (
      `\`/${name}\` changes the corpus every server reads, so it belongs to RoleRadar's operators, and none is configured: ` +
      'corpus administration from Discord is off. The person running the bot can set `ROLERADAR_OPERATOR_IDS` ' +
      '(comma-separated Discord user ids; optionally `ROLERADAR_HOME_GUILD_ID`) and restart it, or use the ' +
      'console or the CLI on that machine (`npm run cli -- ingest`, `npm run cli -- sources list`).'
    );
  if (isOperator(userId, guildId, config)) return undefined;
  if (config.operatorIds.includes(userId))
    return `\`/${name}\` runs only in RoleRadar's home server (\`ROLERADAR_HOME_GUILD_ID\`).`;
  return `\`/${name}\` changes the corpus every server reads, so only RoleRadar's operators may run it. Server admins manage their own server with \`/settings\`.`;
}

/**
 * The one access check: why `command` may not run for this invoker here, or undefined when it may.
 * Used by the Discord adapter before acknowledging, by the dispatcher (in the worker) before
 * running, by /help to list what a member may run, and by the audit trail.
 */
export function accessRefusal(
  command: Pick<Command<unknown>, 'admin' | 'operator' | 'data'>,
  ctx: Pick<CommandContext, 'invoker' | 'surface' | 'guildId'> & { config: OperatorConfig },
): string | undefined {
  const name = command.data.name;
  if (ctx.surface !== 'discord') {
    // The console and the CLI run on the machine itself: their user is the operator.
    return (command.admin || command.operator) && !ctx.invoker.isAdmin
      ? `\`/${name}\` is for server admins (Manage Server permission).`
      : undefined;
  }
  if (command.operator) return operatorRefusal(name, ctx.invoker.id, ctx.guildId, ctx.config);
  if (command.admin) {
    if (!ctx.guildId) return `\`/${name}\` works only in a server, not in direct messages.`;
    if (!ctx.invoker.isAdmin)
      return `\`/${name}\` is for server admins (Manage Server permission or the configured admin role).`;
  }
  return undefined;
}
