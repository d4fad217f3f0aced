import { registerCommands } from '../src/bot/discord/register.js';
import { ConfigError, loadConfig } from '../src/config/config.js';

/** `npm run register-commands`: registers the bot's slash commands with Discord. */
try {
  const config = loadConfig(process.env);
  const { scope, count, home } = await registerCommands(config.discord);
  process.stdout.write(
    scope === 'guild'
      ? `Registered ${count} commands for server ${config.discord.guildId} (available at once).\n`
      : `Registered ${count} global commands (Discord may take up to an hour to show changes).\n`,
  );
  if (home)
    process.stdout.write(
      `Registered ${home.count} operator command(s) (/corpus) for the home server ${home.guildId} only.\n`,
    );
} catch (error) {
  process.stderr.write(`Command registration failed: ${(error as Error).message}\n`);
  process.exitCode = error instanceof ConfigError ? 78 : 1;
}
