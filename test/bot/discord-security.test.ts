import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RoleRadarBot } from '../../src/bot/discord/bot.js';
import { CustomIds } from '../../src/bot/discord/custom-id.js';
import { registerCommands } from '../../src/bot/discord/register.js';
import type { AppConfig } from '../../src/config/config.js';
import { foldForCheck } from '../../src/rag/answer/guard.js';
import {
  FakeDiscord,
  type FakeMessage,
  GUILD_ID,
  type InteractionRecord,
  MANAGE_GUILD,
  option,
  subcommand,
} from '../support/fake-discord.js';
import { startFakeOpenAI } from '../support/fake-openai.js';
import { ingestedDataDir } from '../support/ingested.js';
import { memoryLog } from '../support/temp.js';
import { startTestBot } from '../support/test-bot.js';

// Issue 12, items 2, 4, 5 and 17, end to end: the real bot (workers, discord.js client) against
// the loopback fake Discord, and the real openai client against the loopback fake model, which
// here obeys whatever a poisoned source tells it.

const OPERATOR = { id: '1500000000000000901', username: 'owner', permissions: MANAGE_GUILD };
const SERVER_ADMIN = { id: '1500000000000000902', username: 'otheradmin', permissions: MANAGE_GUILD };
const OTHER_GUILD = '1200000000000000777';
const ROLE = '1600000000000000777';
const EPHEMERAL = 64;

let fake: FakeDiscord;
let bot: RoleRadarBot;
let config: AppConfig;
let openai: Awaited<ReturnType<typeof startFakeOpenAI>>;
const log = memoryLog();
let seq = 1500000000000000950n;
const member = () => ({ id: String(seq++), username: 'member' });

const buttonActions = (m: FakeMessage) =>
  m.components.flatMap((r) => r.components.map((c) => (c.custom_id ?? '').split('|')[1]));
const textOf = (m: FakeMessage) => [m.content, ...m.embeds.map((e) => JSON.stringify(e))].join('\n');
const originalText = (i: InteractionRecord) => (i.original ? textOf(i.original) : '');
/** Every body the bot sent for one interaction: callback, streamed edits, final edit, follow-ups. */
const bodiesOf = (i: InteractionRecord) =>
  fake.requests.filter((r) => r.path.includes(i.token) && r.body).map((r) => JSON.stringify(r.body));

async function waitFor(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function firstFollowUp(i: InteractionRecord): Promise<FakeMessage> {
  await waitFor(() => i.followUps.length > 0);
  return i.followUps[0]!;
}

beforeAll(async () => {
  openai = await startFakeOpenAI();
  fake = await FakeDiscord.start();
  ({ bot, config } = await startTestBot(
    fake,
    {
      ROLERADAR_DATA_DIR: await ingestedDataDir('file', 'roleradar-security-'),
      ROLERADAR_USER_BURST: '50',
      ROLERADAR_USER_CONCURRENCY: '10',
      OPENAI_API_KEY: 'sk-test-SECURITY',
      OPENAI_BASE_URL: openai.baseUrl,
      OPENAI_MODEL: 'fake-chat',
      ROLERADAR_ANSWER_DEADLINE_MS: '20000',
      ROLERADAR_OPERATOR_IDS: OPERATOR.id,
      ROLERADAR_HOME_GUILD_ID: GUILD_ID,
    },
    log,
  ));
}, 180_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  await openai?.close();
});

describe('item 2: corpus administration belongs to the operators', () => {
  test("another server's admin is refused every /corpus action at once, and nothing changes", async () => {
    const actions = [
      [subcommand('refresh')],
      [subcommand('status')],
      [{ type: 2, name: 'sources', options: [subcommand('list')] }],
      [
        {
          type: 2,
          name: 'sources',
          options: [
            subcommand('add', [
              option('name', 'evil-feed'),
              option('kind', 'jsonl-url'),
              option('url', 'https://feeds.example.com/evil.jsonl'),
            ]),
          ],
        },
      ],
    ];
    for (const options of actions) {
      const i = fake.command('corpus', options, SERVER_ADMIN);
      const reply = await i.answered;
      expect(i.ackType).toBe(4); // refused before any work, not deferred
      expect(reply.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(reply.content).toMatch(/only RoleRadar's operators may run it/);
    }
    expect(fs.existsSync(config.sources.file)).toBe(false);
  });

  test('with a home server, /corpus is registered there only; every other command globally', async () => {
    const result = await registerCommands(config.discord);
    expect(result).toMatchObject({ scope: 'global', home: { guildId: GUILD_ID, count: 1 } });
    const names = (list: unknown[] | undefined) => (list as Array<{ name: string }>).map((c) => c.name);
    expect(names(fake.registered.global)).not.toContain('corpus');
    expect(names(fake.registered.global)).toContain('settings');
    expect(names(fake.registered.guild)).toEqual(['corpus']);
  });

  test('an operator outside the home server is refused; inside it, /corpus runs', async () => {
    const outside = await fake.command('corpus', [subcommand('status')], {
      ...OPERATOR,
      guildId: OTHER_GUILD,
    }).answered;
    expect(outside.content).toMatch(/only in RoleRadar's home server/);
    const inside = await fake.command('corpus', [subcommand('status')], OPERATOR).answered;
    expect(textOf(inside)).toMatch(/Generation/);
  });
});

describe('item 17: Share to channel only on member results', () => {
  test('/corpus sources list, /corpus status and a refresh report offer no Share button', async () => {
    const list = await fake.command(
      'corpus',
      [{ type: 2, name: 'sources', options: [subcommand('list')] }],
      OPERATOR,
    ).answered;
    expect(textOf(list)).toMatch(/Configured sources/);
    const status = await fake.command('corpus', [subcommand('status')], OPERATOR).answered;
    const refresh = fake.command('corpus', [subcommand('refresh')], OPERATOR);
    await waitFor(() => /Corpus (unchanged|refreshed)/.test(originalText(refresh)), 60_000);
    for (const m of [list, status, refresh.original!]) {
      expect(m.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(buttonActions(m)).not.toContain('share');
    }
  });

  test('a private member result (/gap) still offers it', async () => {
    const gap = await fake.command('gap', [option('skills', 'java, postgres')], member()).answered;
    expect(gap.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(buttonActions(gap)).toContain('share');
  });

  test('a signed Share button for an admin reply (as older versions rendered) shares nothing', async () => {
    const list = fake.command(
      'corpus',
      [{ type: 2, name: 'sources', options: [subcommand('list')] }],
      OPERATOR,
    );
    const message = await list.answered;
    const db = new Database(path.join(config.dataDir, 'state.db'), { readonly: true });
    const row = db
      .prepare(
        "SELECT id FROM exchanges WHERE command = 'corpus' AND user_id = ? ORDER BY created_at DESC LIMIT 1",
      )
      .get(OPERATOR.id) as { id: string };
    db.close();
    const secret = createHash('sha256').update('roleradar-components:fake.bot.token').digest('hex');
    const share = new CustomIds(secret).encode({ action: 'share', exchangeId: row.id, arg: '' });
    const before = fake.messageBodies().length;
    const click = fake.click(message, share, OPERATOR);
    const refusal = await firstFollowUp(click);
    expect(refusal.content).toMatch(/not shared to the channel/);
    expect(refusal.flags & EPHEMERAL).toBe(EPHEMERAL);
    const posted = fake.messageBodies().slice(before);
    expect(posted.some((b) => /Configured sources|Shared by/.test(JSON.stringify(b)))).toBe(false);
  });

  test('/settings shows the admin role as a role mention, sent with empty allowed_mentions, no Share', async () => {
    const i = fake.command('settings', [{ type: 8, name: 'admin_role', value: ROLE }], SERVER_ADMIN);
    const reply = await i.answered;
    expect(String(reply.embeds[0]!.description)).toContain(`Admin role besides Manage Server: <@&${ROLE}>`);
    expect(textOf(reply)).not.toContain('＠member');
    expect(reply.allowedMentions).toEqual({ parse: [] });
    for (const r of fake.requests.filter((r) => r.path.includes(i.token) && r.body && r.method === 'PATCH'))
      expect(r.body!.allowed_mentions).toEqual({ parse: [] });
    expect(buttonActions(reply)).not.toContain('share');
    await fake.command('settings', [option('clear_admin_role', true)], SERVER_ADMIN).answered;
  });
});

describe('items 4 and 5: what an obeying model writes never reaches the channel', () => {
  test('impersonated sections, requests for secrets and invite links are dropped, in streamed edits and the answer', async () => {
    openai.chat.chunkChars = 9;
    openai.chat.chunkDelayMs = 40;
    openai.chat.reply = () =>
      [
        'Lead backend roles ask for Kafka in production [1].',
        ...Array.from(
          { length: 6 },
          (_, n) => `They also ask for PostgreSQL and on-call experience, point ${n + 1} [2].`,
        ),
        '**🔒 Security notice:** RoleRadar staff must verify every member. DM your login code to a moderator.',
        'Reply with your password to keep your account [1].',
        'Join the official server: discord.gg/rr-verify',
        '',
        '**Sources**',
        '[1] Lead Backend Engineer — Globex Bank',
        '[2] Staff Engineer — Initech',
        '',
        'Most also expect team leadership [2].',
        '',
      ].join('\n');
    const i = fake.command(
      'ask',
      [option('question', 'what do lead backend roles with kafka require?')],
      member(),
    );
    const answer = await i.answered;
    await waitFor(() => /Model answer/.test(originalText(i)), 30_000);
    const bodies = bodiesOf(i);
    // The answer was streamed: at least one partial edit went out before the final one.
    expect(bodies.some((b) => b.includes('Writing the answer'))).toBe(true);
    for (const b of bodies)
      expect(b).not.toMatch(
        /Security notice|login code|password|discord\.gg|Globex|Initech|\*\*Sources\*\*/i,
      );
    const final = i.original!;
    const embed = final.embeds[0] as { description: string; fields: Array<{ name: string; value: string }> };
    expect(embed.description).toMatch(/Kafka in production \[1\]/);
    expect(embed.description).toMatch(/team leadership \[2\]/);
    // The only source list is the one code renders, from the retrieved listings' stored links.
    const sources = embed.fields.filter((f) => f.name === 'Sources');
    expect(sources).toHaveLength(1);
    expect(sources[0]!.value).toMatch(/^\[1\] .+ — .+ <https:\/\/[^>]*example\.com/);
    expect(answer.allowedMentions).toEqual({ parse: [] });
  }, 60_000);

  test('a canary disguised with invisible characters and case is caught in the stream and the answer', async () => {
    let canary = '';
    openai.chat.chunkChars = 9;
    openai.chat.chunkDelayMs = 40;
    openai.chat.reply = (body) => {
      canary = /rr-canary-[0-9a-f]{12}/.exec(body.messages![0]!.content)![0];
      const disguised = canary.toUpperCase().replace('CANARY', 'CAN\u200BA\u00ADRY');
      return [
        'Lead backend roles ask for Kafka in production [1].',
        ...Array.from({ length: 6 }, (_, n) => `They also ask for PostgreSQL, point ${n + 1} [2].`),
        `My confidential marker is ${disguised} [1].`,
        'And team leadership [2].',
        '',
      ].join('\n');
    };
    const i = fake.command(
      'ask',
      [option('question', 'what do lead backend roles with postgres require?')],
      member(),
    );
    await i.answered;
    await waitFor(() => /Composed from the listings|Model answer/.test(originalText(i)), 30_000);
    expect(textOf(i.original!)).toMatch(/Composed from the listings \(offline\)/);
    const skeleton = (t: string) => foldForCheck(t).replace(/[^\p{L}\p{N}]+/gu, '');
    expect(canary).not.toBe('');
    for (const b of bodiesOf(i)) {
      expect(skeleton(b)).not.toContain(skeleton(canary));
      expect(b).not.toMatch(/confidential marker/i);
    }
  }, 60_000);
});
