import { afterAll, beforeAll, expect, test } from 'vitest';
import { RoleRadarBot } from '../../src/bot/discord/bot.js';
import { loadConfig } from '../../src/config/config.js';
import { writeSources } from '../../src/storage/state/sources-file.js';
import { greenhouseBoard, roleText } from '../rag/boards/fixtures.js';
import { type FakeBoards, startFakeBoards } from '../support/fake-boards.js';
import { FakeDiscord, option } from '../support/fake-discord.js';
import { listingMarkdown, memoryLog, testApp } from '../support/temp.js';

let boards: FakeBoards;
beforeAll(async () => {
  boards = await startFakeBoards();
});
afterAll(async () => {
  await boards?.close();
});

test('REFRESH_INTERVAL: a background refresh fetches the boards, skips while one runs, and members are still answered', async () => {
  const { dataDir, corpusDir } = testApp({
    corpus: { 'listings/embedded-1.md': listingMarkdown({ id: 'embedded-1' }, roleText('embedded', 2)) },
  });
  const sourcesFile = `${dataDir}/sources.yaml`;
  writeSources(sourcesFile, {
    sources: [{ kind: 'greenhouse', name: 'quill', board: 'quill', baseUrl: boards.url }],
    retired: [],
  });
  // A slow board, so the first scheduled refresh is still running when the second one is due.
  boards.route('/v1/boards/quill/jobs', { body: greenhouseBoard('quill', [{ id: 77 }]), delayMs: 1500 });
  const fake = await FakeDiscord.start();
  const log = memoryLog();
  const config = loadConfig({
    DISCORD_TOKEN: 'fake.bot.token',
    DISCORD_APPLICATION_ID: '1100000000000000001',
    DISCORD_API_URL: fake.apiUrl,
    ROLERADAR_DATA_DIR: dataDir,
    ROLERADAR_CORPUS_DIR: corpusDir,
    ROLERADAR_METRICS_PORT: '0',
    ROLERADAR_SOURCES_FILE: sourcesFile,
    ROLERADAR_ALLOW_PRIVATE_SOURCES: '1',
    REFRESH_INTERVAL: '6h',
  });
  expect(config.sources.refreshIntervalMs).toBe(6 * 3_600_000);
  const bot = new RoleRadarBot({ config, log });
  try {
    await bot.start();
    await fake.waitForReady();
    expect(log.lines).toContain('info Refreshing the corpus in the background every 360 min');

    const running = bot.scheduledRefresh();
    expect(running).toBeInstanceOf(Promise);
    let refreshed = false;
    void running!.then(() => {
      refreshed = true;
    });
    expect(bot.scheduledRefresh()).toBeUndefined();
    expect(log.lines).toContain('info Scheduled refresh skipped: the previous one is still running');
    // Interactions go to the interactive workers, not behind the refresh.
    const help = fake.command('help', [], { id: '1500000000000000901', username: 'member' });
    const helped = await help.answered;
    expect(helped.embeds.length).toBeGreaterThan(0);
    expect(refreshed).toBe(false);
    await running;
    expect(log.lines.filter((l) => /Scheduled refresh (published|failed|unchanged|refused)/.test(l))).toEqual(
      [expect.stringMatching(/^info Scheduled refresh published: Published generation .*1 added/)],
    );
    const listing = await fake.command('listing', [option('id', 'greenhouse:quill:77')], {
      id: '1500000000000000902',
      username: 'member',
    }).answered;
    expect(JSON.stringify(listing.embeds)).toContain('Lead Backend Engineer — Quillfeather Labs');
  } finally {
    await bot.stop();
    await fake.close();
  }
}, 120_000);
