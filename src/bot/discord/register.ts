import { REST, Routes } from 'discord.js';
import type { AppConfig } from '../../config/config.js';
import { COMMANDS } from '../commands/registry.js';
import { DISCORD_API } from './bot.js';

/**
 * Registers every slash command from the registry the bot serves: for one server when
 * DISCORD_GUILD_ID is set (updates at once), globally otherwise (can take a while to appear).
 * A PUT replaces the whole set, so a removed command disappears too.
 *
 * With ROLERADAR_HOME_GUILD_ID, operator commands (`/corpus`) are registered in the home server
 * only, so no other server even lists them (the bot still checks every call: src/bot/operators.ts).
 */
export async function registerCommands(
  discord: AppConfig['discord'],
): Promise<{ scope: 'guild' | 'global'; count: number; home?: { guildId: string; count: number } }> {
  if (!discord.token) throw new Error('DISCORD_TOKEN is not set');
  if (!discord.applicationId) throw new Error('DISCORD_APPLICATION_ID is not set');
  const rest = new REST({ api: discord.apiUrl ?? DISCORD_API, timeout: discord.restTimeoutMs }).setToken(
    discord.token,
  );
  const home = discord.homeGuildId;
  // Operator commands go to the home server alone when it is not the server registered below.
  const split = home !== undefined && home !== discord.guildId;
  const body = COMMANDS.filter((c) => !(split && c.operator)).map((c) => c.data);
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.applicationId, discord.guildId)
    : Routes.applicationCommands(discord.applicationId);
  const result = (await rest.put(route, { body })) as unknown[];
  const scope = discord.guildId ? 'guild' : 'global';
  if (!split) return { scope, count: result.length };
  const operatorBody = COMMANDS.filter((c) => c.operator).map((c) => c.data);
  const homeResult = (await rest.put(Routes.applicationGuildCommands(discord.applicationId, home), {
    body: operatorBody,
  })) as unknown[];
  return { scope, count: result.length, home: { guildId: home, count: homeResult.length } };
}
