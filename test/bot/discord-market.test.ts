import { afterAll, beforeAll, expect, test } from 'vitest';
import type { RoleRadarBot } from '../../src/bot/discord/bot.js';
import { checkMessage, FakeDiscord, type FakeMessage, option } from '../support/fake-discord.js';
import { ingestedDataDir } from '../support/ingested.js';
import { memoryLog } from '../support/temp.js';
import { startTestBot } from '../support/test-bot.js';

// /market through the real discord.js client and the worker threads, against the fake Discord:
// the chart must arrive as a multipart attachment (bytes intact) that the embed shows as its image.

let fake: FakeDiscord;
let bot: RoleRadarBot;
const log = memoryLog();
let userSeq = 1500000000000000900n;
const member = () => ({ id: String(userSeq++), username: 'member' });
const EPHEMERAL = 64;
const PNG_SIGNATURE = '89504e470d0a1a0a';

beforeAll(async () => {
  fake = await FakeDiscord.start();
  ({ bot } = await startTestBot(
    fake,
    {
      ROLERADAR_DATA_DIR: await ingestedDataDir('file', 'roleradar-market-bot-'),
      ROLERADAR_USER_BURST: '20',
      ROLERADAR_USER_CONCURRENCY: '20',
    },
    log,
  ));
}, 180_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

function embedText(m: FakeMessage): number {
  return m.embeds.reduce((sum, e) => {
    const fields = (e.fields as Array<{ name: string; value: string }> | undefined) ?? [];
    return (
      sum +
      String(e.title ?? '').length +
      String(e.description ?? '').length +
      String((e.footer as { text?: string } | undefined)?.text ?? '').length +
      fields.reduce((n, f) => n + f.name.length + f.value.length, 0)
    );
  }, 0);
}

test('/market answers publicly with the chart attached and shown as the embed image, within limits', async () => {
  const i = fake.command('market', [option('target', 'lead backend fintech'), option('top', 20)], member());
  const answer = await i.answered;
  expect(i.ackType).toBe(5);
  expect(i.ackAt! - i.createdAt).toBeLessThan(1500);
  expect(answer.flags & EPHEMERAL).toBe(0);
  const embed = answer.embeds[0]!;
  // Every lead listing in fintech (the planner's selection, as /ask counts it), not 30 search hits.
  expect(embed.title).toMatch(/^Market: \d+ listings for “lead backend fintech”$/);
  expect(embed.image).toEqual({ url: 'attachment://market.png' });
  expect((embed.fields as Array<{ name: string }>).map((f) => f.name)).toContain('Top places');
  // The file really travelled: its bytes are a PNG, not an empty part.
  expect(answer.attachments.map((a) => a.filename)).toEqual(['market.png']);
  const png = answer.attachments[0]!.data;
  expect(png.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
  expect(png.readUInt32BE(16)).toBe(1500);
  expect(png.length).toBeGreaterThan(20_000);
  const edit = fake.requests.find(
    (r) => r.method === 'PATCH' && r.path.includes(i.token) && r.attachments.length > 0,
  )!;
  expect(edit.attachments[0]!.contentType).toMatch(/image\/png|application\/octet-stream/);
  expect(edit.body?.allowed_mentions).toEqual({ parse: [] });
  expect(checkMessage(edit.body!)).toBeNull();
  expect(embedText(answer)).toBeLessThanOrEqual(6000);
  expect(fake.violations).toEqual([]);
}, 60_000);

test('/market for an empty market answers in words, with no attachment', async () => {
  const answer = await fake.command('market', [option('company', 'no-such-company-zz')], member()).answered;
  expect(answer.content).toMatch(/No listings match this market \(at no-such-company-zz\)/);
  expect(answer.attachments).toEqual([]);
  expect(answer.embeds).toEqual([]);
  expect(answer.allowedMentions).toEqual({ parse: [] });
});

test("/market's place and company options autocomplete from memory", async () => {
  const i = fake.autocomplete('market', [option('location', 'ger', true)], member());
  await i.answered;
  const choices = (i.ackData?.choices as Array<{ name: string; value: string }>) ?? [];
  expect(choices.length).toBeGreaterThan(0);
  expect(choices.length).toBeLessThanOrEqual(25);
  expect(choices.some((c) => /germany/i.test(c.name))).toBe(true);
});

test('a target carrying mentions is echoed defused, and pings nobody', async () => {
  const answer = await fake.command(
    'market',
    [option('target', '@everyone <@123456789012345678> lead backend fintech')],
    member(),
  ).answered;
  const shown = [answer.content, JSON.stringify(answer.embeds)].join('\n');
  expect(shown).toContain('lead backend fintech');
  expect(shown).not.toMatch(/@everyone|<@\d/);
  expect(answer.attachments.map((a) => a.filename)).toEqual(['market.png']);
  expect(answer.allowedMentions).toEqual({ parse: [] });
});
