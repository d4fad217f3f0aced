import { REST, Routes } from 'discord.js';
import type { AppConfig } from '../../config/config.js';
import { COMMANDS } from '../commands/registry.js';
import { DISCORD_API } from './bot.js';

/**
 * Registers every slash command from the registry the bot serves: for one server when
 * DISCORD_GUILD_ID is set (updates at once), globally otherwise (can take a while to appear).
 * A PUT replaces the whole set, so a removed command disappears too.
 */
export async function registerCommands(
  discord: AppConfig['discord'],
): Promise<{ scope: 'guild' | 'global'; count: number }> {
  if (!discord.token) throw new Error('DISCORD_TOKEN is not set');
  if (!discord.applicationId) throw new Error('DISCORD_APPLICATION_ID is not set');
  const rest = new REST({ api: discord.apiUrl ?? DISCORD_API, timeout: discord.restTimeoutMs }).setToken(
    discord.token,
  );
  const body = COMMANDS.map((c) => c.data);
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.applicationId, discord.guildId)
    : Routes.applicationCommands(discord.applicationId);
  const result = (await rest.put(route, { body })) as unknown[];
  return { scope: discord.guildId ? 'guild' : 'global', count: result.length };
}
