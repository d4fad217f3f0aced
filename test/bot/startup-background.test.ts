import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { RoleRadarBot } from '../../src/bot/discord/bot.js';
import { loadConfig } from '../../src/config/config.js';
import { FakeDiscord } from '../support/fake-discord.js';
import { listingMarkdown, memoryLog, testApp } from '../support/temp.js';

const body = `## About the role
You will lead the platform team, owning services written in Go on Kubernetes and the Zorblax pipelines around them.

## What you bring
- 8+ years building backend systems with PostgreSQL and Kafka`;

/** The pool's background worker (the refresh and re-extraction thread), if one is running. */
const backgroundOf = (bot: RoleRadarBot) =>
  (bot as unknown as { context: { live: { pool?: { background?: unknown } } } }).context.live.pool
    ?.background;

// The background worker holds its own App and pipeline (~30 MB at the embedded corpus): start-up
// asks an interactive worker whether the serving generation is stale and starts it only then.
test('start-up starts the background worker only when the serving generation needs re-extracting', async () => {
  const { app, dataDir, corpusDir } = testApp({
    corpus: { 'listings/up-0.md': listingMarkdown({ id: 'up-0', company: 'Company 0' }, body) },
  });
  expect((await app.ingest({ sources: [], embedded: true })).status).toBe('published');
  app.close();
  const env = {
    DISCORD_TOKEN: 'fake.bot.token',
    DISCORD_APPLICATION_ID: '1100000000000000001',
    ROLERADAR_DATA_DIR: dataDir,
    ROLERADAR_CORPUS_DIR: corpusDir,
    ROLERADAR_METRICS_PORT: '0',
    ROLERADAR_WORKERS: '1',
  };
  const run = async (check: (bot: RoleRadarBot, log: ReturnType<typeof memoryLog>) => Promise<void>) => {
    const fake = await FakeDiscord.start();
    const log = memoryLog();
    const bot = new RoleRadarBot({ config: loadConfig({ ...env, DISCORD_API_URL: fake.apiUrl }), log });
    try {
      await bot.start();
      await fake.waitForReady();
      await check(bot, log);
    } finally {
      await bot.stop();
      await fake.close();
    }
  };

  // Current: no background worker, at start-up or after it.
  await run(async (bot) => {
    await new Promise((r) => setTimeout(r, 300));
    expect(backgroundOf(bot)).toBeUndefined();
  });

  // After a taxonomy upgrade: the background worker re-extracts, and the bot serves the new generation.
  fs.appendFileSync(
    path.join(corpusDir, 'taxonomy', 'skills.yaml'),
    '\n- { name: Zorblax, kind: tool, category: tool, aliases: [zorblax] }\n',
  );
  await run(async (_bot, log) => {
    await expect
      .poll(() => log.lines.some((l) => l.includes('Re-extraction after an upgrade:')), { timeout: 60_000 })
      .toBe(true);
  });
}, 120_000);
