import { RoleRadarBot } from '../../src/bot/discord/bot.js';
import { type AppConfig, loadConfig } from '../../src/config/config.js';
import type { Log } from '../../src/logger.js';
import { APPLICATION_ID, type FakeDiscord } from './fake-discord.js';

/**
 * The real bot, configured for the loopback fake Discord (a fake token, the fake's REST base URL,
 * metrics on a free port) plus the test's own settings, started and logged in.
 */
export async function startTestBot(
  fake: FakeDiscord,
  env: Record<string, string>,
  log: Log,
): Promise<{ bot: RoleRadarBot; config: AppConfig }> {
  const config = loadConfig({
    DISCORD_TOKEN: 'fake.bot.token',
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_API_URL: fake.apiUrl,
    ROLERADAR_METRICS_PORT: '0',
    ...env,
  });
  const bot = new RoleRadarBot({ config, log });
  await bot.start();
  await fake.waitForReady();
  return { bot, config };
}
