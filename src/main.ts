import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { App } from './app.js';
import { runConsole } from './bot/console.js';
import { RoleRadarBot } from './bot/discord/bot.js';
import { type AppConfig, ConfigError, loadConfig } from './config/config.js';
import { boundHeapGrowth, MAIN_THREAD_V8_FLAGS } from './heap.js';
import { createLogger, type Log } from './logger.js';
import { ensureCorpus, upgradeExtraction } from './services/corpus/refresh.js';

/**
 * `npm start`: the composition root. Reads the environment once. With DISCORD_TOKEN it runs the
 * Discord bot (sharded through discord.js's ShardingManager when SHARDS is set); without it, it
 * builds the corpus on first run and opens the local console.
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
  // Before any worker starts (ROLERADAR_HEAP_GROWING_PERCENT; 0 leaves V8's own growth).
  boundHeapGrowth(config.heapGrowingPercent ?? 0);
  const log = createLogger(config.logLevel, {
    format: config.logFormat,
    secrets: [
      config.discord.token,
      config.openai.apiKey,
      config.discord.componentSecret,
      config.state.databaseUrl,
    ],
  });
  if (config.discord.token) {
    // A shard process spawned by the manager runs the bot itself (discord.js sets SHARDS for it).
    if (config.discord.shards !== undefined && process.env.SHARDING_MANAGER !== 'true')
      return runShards(config, log);
    return runBot(config, log);
  }
  const app = new App(config, log);
  // A process manager stops the console as it stops the bot: the command in flight finishes and
  // prints, nothing more is read, and the process exits 0 (the default handler would exit 143).
  const stopping = new AbortController();
  const stop = (signal: string) => {
    if (!stopping.signal.aborted)
      log.info(`${signal} received: finishing the command in flight, then stopping`);
    stopping.abort();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  try {
    const built = await ensureCorpus(app);
    if (built) log.info(built.message);
    // After an upgrade, the stored facts are extracted again while the console answers.
    const upgrade = upgradeExtraction(app)
      .then((report) => report && log.info(`Re-extraction after an upgrade: ${report.message}`))
      .catch((error: unknown) =>
        log.error(`Re-extraction after an upgrade failed: ${(error as Error).message}`),
      );
    await runConsole(app, process.stdin, process.stdout, process.stdin.isTTY === true, stopping.signal);
    await upgrade;
    return 0;
  } finally {
    await app.shutdown();
  }
}

async function runBot(config: AppConfig, log: Log): Promise<number> {
  const bot = new RoleRadarBot({ config, log });
  let stopping: Promise<void> | undefined;
  const stop = (signal: string) => {
    log.info(`${signal} received: finishing the interactions in flight, then stopping`);
    stopping ??= bot.stop();
  };
  // `on`, not `once`: Ctrl-C reaches both npm and the bot, and npm forwards it again; a second
  // signal must not kill the process mid-drain with the default handler.
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  try {
    await bot.start();
  } catch (error) {
    log.error(`The bot could not start: ${(error as Error).message}`);
    await bot.stop();
    return 1;
  }
  // Runs until a signal stops it, or the gateway refuses the token for good.
  while (!stopping) {
    await new Promise((r) => setTimeout(r, 500));
    if (bot.fatalError) {
      stopping = bot.stop();
      await stopping;
      return 1;
    }
  }
  await stopping;
  // A shard process: its channel to the ShardingManager would keep it alive after the bot stopped.
  if (process.env.SHARDING_MANAGER === 'true' && process.connected) process.disconnect();
  return 0;
}

/** Large installs: one process per shard, each running the bot (and its own workers). */
async function runShards(config: AppConfig, log: Log): Promise<number> {
  // Each shard process runs this same file: compiled JavaScript under `npm start`, the TypeScript
  // source through tsx's loader under `npm run dev` or tsx.
  const compiled = !import.meta.url.endsWith('.ts');
  const manager = new ShardingManager(fileURLToPath(import.meta.url), {
    token: config.discord.token!,
    totalShards: config.discord.shards ?? 'auto',
    // Several instances split the shards between them: each runs its own list (all when unset).
    shardList: config.discord.shardIds ?? 'auto',
    // Compiled (npm start) the shard processes run JavaScript; from the sources, through tsx.
    // The bot's V8 flags (a small main-thread young generation, src/heap.ts) in every shard process.
    execArgv: [...MAIN_THREAD_V8_FLAGS, ...(compiled ? [] : ['--import', 'tsx'])],
  });
  manager.on('shardCreate', (shard) => log.info(`Shard ${shard.id} starting`));
  await manager.spawn();
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  // Each shard process gets the signal and drains its own interactions; then the manager exits
  // (the manager's own handles would otherwise keep it alive after its shards are gone).
  manager.respawn = false;
  const exits = [...manager.shards.values()].map(
    (shard) =>
      new Promise<void>((resolve) => {
        if (!shard.process || shard.process.exitCode !== null) return resolve();
        shard.process.once('exit', () => resolve());
        shard.process.kill('SIGTERM');
      }),
  );
  const grace = config.discord.shutdownGraceMs + 5000;
  await Promise.race([Promise.all(exits), new Promise((r) => setTimeout(r, grace).unref())]);
  for (const shard of manager.shards.values()) shard.kill();
  log.info('Every shard stopped');
  process.exit(0);
}

process.exitCode = await start();
