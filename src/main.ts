import { App } from './app.js';
import { runConsole } from './bot/console.js';
import { type AppConfig, ConfigError, loadConfig } from './config/config.js';
import { createLogger } from './logger.js';

/**
 * `npm start`: the composition root. Reads the environment once, builds the corpus on first run,
 * and opens the local console (the Discord adapter joins here when DISCORD_TOKEN is set).
 */
async function start(): Promise<number> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 78;
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const app = new App(config, log);
  try {
    const built = await app.ensureCorpus();
    if (built) log.info(built.message);
    if (config.discord.token) {
      log.warn(
        'DISCORD_TOKEN is set, but this build has no Discord gateway client yet; opening the local console instead',
      );
    }
    await runConsole(app, process.stdin, process.stdout, process.stdin.isTTY === true);
    return 0;
  } finally {
    app.close();
  }
}

process.exitCode = await start();
