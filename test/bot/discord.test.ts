import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RoleRadarBot } from '../../src/bot/discord/bot.js';
import { registerCommands } from '../../src/bot/discord/register.js';
import { type AppConfig, loadConfig } from '../../src/config/config.js';
import { BotRecords } from '../../src/storage/state/bot-records.js';
import { openStateDb } from '../../src/storage/state/state.js';
import {
  APPLICATION_ID,
  checkMessage,
  FakeDiscord,
  type FakeMessage,
  GUILD_ID,
  type InteractionRecord,
  MANAGE_GUILD,
  option,
  subcommand,
} from '../support/fake-discord.js';
import { ingestedDataDir } from '../support/ingested.js';
import { memoryLog } from '../support/temp.js';

// The real discord.js client, served by RoleRadarBot with its worker threads, against a fake
// Discord on 127.0.0.1. One bot for the file, over a copy of the embedded corpus built once per run (support/ingested.ts).

const TOKEN = 'fake.bot.token-SECRET-5f1c2a';
let fake: FakeDiscord;
let bot: RoleRadarBot;
let config: AppConfig;
const log = memoryLog();
const ADMIN = { id: '1500000000000000009', username: 'admin', permissions: MANAGE_GUILD };
let userSeq = 1500000000000000100n;
/** A fresh member for each test, so per-member rate limits never leak between tests. */
const member = () => ({ id: String(userSeq++), username: 'member' });

const EPHEMERAL = 64;
const ackMs = (i: InteractionRecord) => (i.ackAt ?? Number.POSITIVE_INFINITY) - i.createdAt;
const buttonIds = (m: FakeMessage) => m.components.flatMap((r) => r.components.map((c) => c.custom_id ?? ''));
const button = (m: FakeMessage, action: string) =>
  buttonIds(m).find((id) => id.startsWith(`rr1|${action}|`))!;
const text = (m: FakeMessage) => [m.content, ...m.embeds.map((e) => JSON.stringify(e))].join('\n');

async function firstFollowUp(i: InteractionRecord, timeoutMs = 10_000): Promise<FakeMessage> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (i.followUps.length) return i.followUps[0]!;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no follow-up for interaction ${i.name}`);
}

beforeAll(async () => {
  fake = await FakeDiscord.start();
  config = loadConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_GUILD_ID: GUILD_ID,
    DISCORD_API_URL: fake.apiUrl,
    ROLERADAR_DATA_DIR: await ingestedDataDir('file', 'roleradar-bot-'),
    ROLERADAR_METRICS_PORT: '0',
    ROLERADAR_USER_BURST: '5',
    ROLERADAR_USER_CONCURRENCY: '3',
    ROLERADAR_REST_TIMEOUT_MS: '3000',
    // The admin below is also one of the bot's operators (who alone administer the corpus).
    ROLERADAR_OPERATOR_IDS: ADMIN.id,
  });
  bot = new RoleRadarBot({ config, log });
  await bot.start();
  await fake.waitForReady();
}, 180_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('registration', () => {
  test('registers every command for the server, with valid names, limits and admin permissions', async () => {
    const result = await registerCommands(config.discord);
    expect(result.scope).toBe('guild');
    const commands = fake.registered.guild as Array<Record<string, unknown>>;
    expect(commands.length).toBe(result.count);
    const names = commands.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining(['ask', 'recommend', 'gap', 'listing', 'help', 'corpus', 'settings']),
    );
    for (const c of commands) {
      expect(c.name).toMatch(/^[a-z0-9_-]{1,32}$/);
      expect(String(c.description).length).toBeGreaterThan(0);
      expect(String(c.description).length).toBeLessThanOrEqual(100);
      const options = (c.options as Array<Record<string, unknown>> | undefined) ?? [];
      expect(options.length).toBeLessThanOrEqual(25);
      for (const o of options) {
        if (o.type === 3 && !o.autocomplete && !o.choices) expect(o.max_length).toBeGreaterThan(0);
      }
    }
    for (const admin of commands.filter((c) => c.name === 'corpus' || c.name === 'settings')) {
      expect(admin.default_member_permissions).toBe(MANAGE_GUILD);
      expect(admin.contexts).toEqual([0]);
    }
  });
});

describe('commands end to end', () => {
  test('/ask: acknowledged at once, answered in an embed with sources and buttons, nobody pinged', async () => {
    const i = fake.command(
      'ask',
      [option('question', 'what do lead backend roles in fintech require?')],
      member(),
    );
    const answer = await i.answered;
    expect(ackMs(i)).toBeLessThan(1500);
    expect(i.ackType).toBe(5);
    expect(answer.flags & EPHEMERAL).toBe(0); // public by default
    const embed = answer.embeds[0]!;
    expect(embed.description).toMatch(/\d+ of \d+/);
    const sources = (embed.fields as Array<{ name: string; value: string }>).find(
      (f) => f.name === 'Sources',
    )!;
    expect(sources.value).toMatch(/\[1\] .+ — .+ <https:\/\/[^>]*example\.com/);
    expect(buttonIds(answer).map((id) => id.split('|')[1])).toEqual([
      'sources',
      '/similar',
      'up',
      'down',
      'followup',
    ]);
    expect(answer.allowedMentions).toEqual({ parse: [] });
  });

  test('/help, /listing, /search and /gap answer through the workers', async () => {
    const help = await fake.command('help', [], member()).answered;
    expect(text(help)).toMatch(/\/ask/);
    // An admin command is not advertised to a member.
    expect(text(help)).not.toMatch(/\/corpus/);

    const listingId = bot.catalog.listings[0]!.id;
    const listing = await fake.command('listing', [option('id', listingId)], member()).answered;
    expect(text(listing)).toContain(bot.catalog.listings[0]!.title);

    const search = await fake.command('search', [option('query', 'golang kafka remote')], member()).answered;
    expect(search.embeds.length + search.content.length).toBeGreaterThan(0);

    const gapI = fake.command(
      'gap',
      [option('skills', 'java, postgres'), option('target', 'lead backend fintech')],
      member(),
    );
    const gap = await gapI.answered;
    expect(gap.flags & EPHEMERAL).toBe(EPHEMERAL); // personal: private by default
    expect(text(gap)).toMatch(/Kafka|Kubernetes/);
  });

  test('/recommend is private and pages through its results; only the asker turns pages', async () => {
    const asker = member();
    const i = fake.command(
      'recommend',
      [option('skills', 'golang, kafka, postgres'), option('years', 8)],
      asker,
    );
    const first = await i.answered;
    expect(first.flags & EPHEMERAL).toBe(EPHEMERAL);
    const names1 = (first.embeds[0]!.fields as Array<{ name: string }>).map((f) => f.name);
    expect(names1[0]).toMatch(/^1\. /);
    const next = buttonIds(first).find((id) => id.startsWith('rr1|page|') && id.split('|')[3] === '1')!;
    expect(next).toBeTruthy();
    expect(button(first, 'share')).toBeTruthy();

    const click = fake.click(first, next, asker);
    await waitFor(() => click.ackType === 6 && i.original !== undefined);
    const page2 = await click.answered;
    const names2 = (page2.embeds[0]!.fields as Array<{ name: string }>).map((f) => f.name);
    expect(names2[0]).toMatch(/^6\. /);

    const stranger = fake.click(first, next, member());
    const refusal = await firstFollowUp(stranger);
    expect(refusal.content).toMatch(/Only the member who asked/);
    expect(refusal.flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  test('Share to channel posts a private result publicly, attributed by name without a ping', async () => {
    const asker = { id: String(userSeq++), username: 'dana' };
    const result = await fake.command('recommend', [option('skills', 'python, aws')], asker).answered;
    const share = fake.click(result, button(result, 'share'), asker);
    const shared = await share.answered;
    expect(share.ackType).toBe(5);
    expect(shared.flags & EPHEMERAL).toBe(0);
    expect(shared.content).toMatch(/^Shared by dana/);
    expect(shared.allowedMentions).toEqual({ parse: [] });
  });
});

describe('buttons and modals', () => {
  let answer: FakeMessage;
  const asker = { id: '1500000000000000050', username: 'asker' };

  beforeAll(async () => {
    answer = await fake.command(
      'ask',
      [option('question', 'how common is kafka in lead backend roles?')],
      asker,
    ).answered;
  });

  test('Sources lists the cited listings privately', async () => {
    const i = fake.click(answer, button(answer, 'sources'), member());
    const sources = await i.answered;
    expect(sources.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(text(sources)).toMatch(/\[1\]/);
  });

  test('Similar listings come from retrieval and exclude the cited ones', async () => {
    const similar = await fake.click(answer, button(answer, '/similar'), member()).answered;
    expect(similar.embeds[0]!.title).toMatch(/^Similar to /);
    expect(similar.embeds[0]!.description).toMatch(/`[a-z0-9-]+`/);
  });

  test('feedback is stored with the question, citations, generation and user', async () => {
    const voter = member();
    await fake.click(answer, button(answer, 'up'), voter).answered;
    await fake.click(answer, button(answer, 'down'), voter).answered;
    const records = new BotRecords(openStateDb(config.dataDir), () => new Date());
    const mine = records.feedback().filter((f) => f.userId === voter.id);
    expect(mine).toHaveLength(1); // the second vote replaced the first
    expect(mine[0]).toMatchObject({ rating: -1, question: 'how common is kafka in lead backend roles?' });
    expect(mine[0]!.generation).toMatch(/^\d{8}T/);
    expect((mine[0]!.citations as unknown[]).length).toBeGreaterThan(0);
  });

  test('Ask a follow-up opens a modal and answers with the earlier question as context', async () => {
    const click = fake.click(answer, button(answer, 'followup'), asker);
    await click.answered;
    expect(click.ackType).toBe(9);
    const modalId = String(click.ackData?.custom_id);
    const submit = fake.submitModal(modalId, { question: 'and which of them are remote?' }, asker);
    const reply = await submit.answered;
    expect(reply.embeds[0]!.description).toBeTruthy();
    expect(reply.embeds[0]!.title).toMatch(/remote/i);
  });

  test('forged and stale button ids get a polite private reply and start nothing', async () => {
    const good = button(answer, '/similar');
    const forged = `${good.slice(0, -4)}AAAA`;
    const refusal = await fake.click(answer, forged, member()).answered;
    expect(refusal.content).toMatch(/wasn't made by RoleRadar/);
    expect(refusal.flags & EPHEMERAL).toBe(EPHEMERAL);
    const stale = await fake.click(answer, 'rr0|similar|abc||sig', member()).answered;
    expect(stale.content).toMatch(/older version/);
  });
});

describe('/role-summary and mentor notes', () => {
  test('a public summary is posted attributed to the mentor; "Edit & save as note" saves it in their words', async () => {
    const mentor = { id: '1500000000000000077', username: 'maya' };
    const i = fake.command(
      'role-summary',
      [option('topic', 'Lead Backend Engineer in fintech'), option('public', true)],
      mentor,
    );
    const summary = await i.answered;
    expect(ackMs(i)).toBeLessThan(1500);
    expect(summary.flags & EPHEMERAL).toBe(0);
    expect(summary.embeds[0]!.title).toBe('Role summary: Lead Backend Engineer in fintech');
    expect(String((summary.embeds[0]!.footer as { text?: string } | undefined)?.text)).toMatch(
      /^Shared by maya · /,
    );
    expect(summary.allowedMentions).toEqual({ parse: [] });
    expect(checkMessage(summary as unknown as Record<string, unknown>)).toBeNull();

    const click = fake.click(summary, button(summary, '/notes'), mentor);
    await click.answered;
    expect(click.ackType).toBe(9); // a modal, prefilled with the summary
    const inputs = JSON.stringify(click.ackData);
    expect(inputs).toContain('Must-have skills');
    const saved = await fake.submitModal(
      String(click.ackData?.custom_id),
      { title: 'Fintech leads, my take', body: 'Expect ledger design rounds; on-call is the norm.' },
      mentor,
    ).answered;
    expect(saved.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(saved.content).toMatch(/Saved as mentor note #\d+/);

    // The note is now a source of its own kind in the next summary on the topic.
    const next = await fake.command(
      'role-summary',
      [option('topic', 'fintech lead backend ledger')],
      member(),
    ).answered;
    expect(next.flags & EPHEMERAL).toBe(EPHEMERAL); // private unless asked to post
    expect(text(next)).toContain('mentor note by maya');
    const mine = await fake.command('notes', [subcommand('list', [option('mine', true)])], mentor).answered;
    expect(text(mine)).toContain('Fintech leads, my take');
  });
});

describe('autocomplete', () => {
  test('answers from memory with at most 25 choices of at most 100 characters, quickly', async () => {
    const latencies: number[] = [];
    for (const prefix of ['', 'l', 'lead', 'platform', 'zzzz-nothing']) {
      const i = fake.autocomplete('listing', [option('id', prefix, true)], member());
      await i.answered;
      latencies.push(ackMs(i));
      const choices = (i.ackData?.choices as Array<{ name: string; value: string }>) ?? [];
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
      if (prefix === 'lead') expect(choices.length).toBe(25);
      if (prefix === 'zzzz-nothing') expect(choices).toEqual([]);
    }
    const skills = fake.autocomplete('recommend', [option('skills', 'golang, kaf', true)], member());
    await skills.answered;
    expect(skills.ackData?.choices).toContainEqual({ name: 'golang, Kafka', value: 'golang, Kafka' });
    expect(Math.max(...latencies)).toBeLessThan(300);
  });
});

describe('admin commands', () => {
  test('refused for a member without the permission, refused in DMs, run for an admin; all audited', async () => {
    const plain = member();
    const refused = await fake.command('corpus', [subcommand('status')], plain).answered;
    expect(refused.content).toMatch(/only RoleRadar's operators/);
    expect(refused.flags & EPHEMERAL).toBe(EPHEMERAL);
    const notAdmin = await fake.command('settings', [], member()).answered;
    expect(notAdmin.content).toMatch(/for server admins/);

    const dm = await fake.command('settings', [], { ...member(), dm: true }).answered;
    expect(dm.content).toMatch(/only in a server/);

    const ok = await fake.command('corpus', [subcommand('status')], ADMIN).answered;
    expect(text(ok)).toMatch(/Generation/);
    expect(ok.flags & EPHEMERAL).toBe(EPHEMERAL);

    await waitFor(() => {
      const trail = new BotRecords(openStateDb(config.dataDir), () => new Date()).auditTrail();
      return (
        trail.some((a) => a.actorId === plain.id && a.outcome === 'refused') &&
        trail.some((a) => a.actorId === ADMIN.id && a.action === '/corpus status' && a.outcome === 'ok')
      );
    });
  });

  test('/settings makes /ask private for the server, and a configured role grants admin rights', async () => {
    const role = '1600000000000000001';
    await fake.command(
      'settings',
      [option('ask_public', false), { type: 8, name: 'admin_role', value: role }],
      ADMIN,
    ).answered;
    const asked = await fake.command(
      'ask',
      [option('question', 'what do lead roles pay in Germany?')],
      member(),
    ).answered;
    expect(asked.flags & EPHEMERAL).toBe(EPHEMERAL);
    const withRole = await fake.command('settings', [], { ...member(), roles: [role] }).answered;
    expect(text(withRole)).toMatch(/Admin role besides Manage Server/);
    await fake.command('settings', [option('ask_public', true), option('clear_admin_role', true)], ADMIN)
      .answered;
  });
});

describe('limits and abuse', () => {
  test('25 simultaneous /ask are all acknowledged within 1.5 s', async () => {
    const asks = Array.from({ length: 25 }, (_, n) =>
      fake.command(
        'ask',
        [option('question', `what do lead backend roles with kafka require? (${n})`)],
        member(),
      ),
    );
    await Promise.all(asks.map((i) => i.answered));
    const acks = asks.map(ackMs);
    expect(Math.max(...acks)).toBeLessThan(1500);
    expect(asks.every((i) => i.errors.length === 0)).toBe(true);
  }, 60_000);

  test('one member flooding gets "slow down"; a second member is unaffected', async () => {
    const flooder = member();
    const flood = Array.from({ length: 20 }, () =>
      fake.command('ask', [option('question', 'kafka lead roles?')], flooder),
    );
    const replies = await Promise.all(flood.map((i) => i.answered));
    const slowed = replies.filter((m) => /Slow down/.test(m.content));
    expect(slowed.length).toBeGreaterThanOrEqual(15);
    expect(flood.filter((i) => i.ackType === 5).length).toBeLessThanOrEqual(5);
    const other = await fake.command('ask', [option('question', 'kafka lead roles?')], member()).answered;
    expect(other.content).not.toMatch(/Slow down/);
  }, 60_000);

  test('an oversized question is refused before any work', async () => {
    for (const size of [10_000, 1_000_000]) {
      const i = fake.command('ask', [option('question', 'x'.repeat(size))], member());
      const reply = await i.answered;
      expect(i.ackType).toBe(4);
      expect(reply.content).toMatch(/too long/);
    }
  });

  test('mentions in a question never ping anyone; every body the bot sent fits Discord', async () => {
    const reply = await fake.command(
      'ask',
      [
        option(
          'question',
          '@everyone <@1500000000000000009> <@&1600000000000000001> what does kafka lead pay?',
        ),
      ],
      member(),
    ).answered;
    expect(text(reply)).not.toMatch(/@everyone|<@\d/);
    for (const body of fake.messageBodies()) {
      expect(body.allowed_mentions).toEqual({ parse: [] });
      expect(checkMessage(body)).toBeNull();
    }
    expect(fake.violations).toEqual([]);
  });
});

describe('REST faults', () => {
  test('a 429 with retry_after 0.5 s is waited out: the edit arrives within 2 s', async () => {
    fake.inject({
      match: (m, p) => m === 'PATCH' && p.includes('/messages/@original'),
      times: 1,
      status: 429,
      retryAfter: 0.5,
    });
    const i = fake.command('ask', [option('question', 'which lead roles ask for rust?')], member());
    const reply = await i.answered;
    expect(reply.embeds.length).toBeGreaterThan(0);
    expect(performance.now() - i.createdAt).toBeLessThan(2000 + 1500);
  });

  test('a 429 with retry_after 60 s is not waited out: the member gets a notice quickly', async () => {
    fake.inject({
      match: (m, p) => m === 'PATCH' && p.includes('/messages/@original'),
      times: 1,
      status: 429,
      retryAfter: 60,
    });
    const started = performance.now();
    const i = fake.command('ask', [option('question', 'which lead roles ask for scala?')], member());
    const notice = await firstFollowUp(i);
    expect(notice.content).toMatch(/rate-limiting/);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  test('a hung edit fails within the REST timeout; the process keeps serving', async () => {
    fake.inject({
      match: (m, p) => m === 'PATCH' && p.includes('/messages/@original'),
      times: 3,
      hang: true,
    });
    const started = performance.now();
    fake.command('ask', [option('question', 'which lead roles ask for elixir?')], member());
    await waitFor(
      () => log.lines.some((l) => /failed|aborted/i.test(l) && performance.now() - started > 0),
      15_000,
    );
    expect(performance.now() - started).toBeLessThan(3000 * 2 + 3000);
    const after = await fake.command('help', [], member()).answered;
    expect(text(after)).toMatch(/\/ask/);
  }, 30_000);

  test('5xx on every attempt: a bounded number of tries, a logged error, and the next member is served', async () => {
    const before = fake.requests.filter((r) => r.status === 500).length;
    fake.inject({
      match: (m, p) => m === 'PATCH' && p.includes('/messages/@original'),
      times: 2,
      status: 500,
    });
    const i = fake.command('ask', [option('question', 'which lead roles ask for kotlin?')], member());
    await waitFor(() => fake.requests.filter((r) => r.status === 500).length - before === 2, 15_000);
    const logged = log.lines.length;
    await waitFor(
      () => log.lines.slice(logged - 5).some((l) => /Discord request for ask failed/.test(l)),
      15_000,
    );
    expect(i.original?.embeds ?? []).toEqual([]);
    const next = await fake.command('help', [], member()).answered;
    expect(text(next)).toMatch(/\/ask/);
  }, 30_000);

  test('an interaction acknowledged too late (10062) is logged once and its token never used again', async () => {
    fake.deadlineMs = 0;
    try {
      const i = fake.command('ask', [option('question', 'what do lead backend roles require?')], member());
      await waitFor(() => log.lines.some((l) => l.includes(i.id)));
      await new Promise((r) => setTimeout(r, 300));
      expect(log.lines.filter((l) => l.includes(i.id) && /expired/.test(l))).toHaveLength(1);
      const laterCalls = fake.requests.filter(
        (r) => r.path.includes(i.token) && r.path.includes('/webhooks/'),
      );
      expect(laterCalls).toEqual([]);
    } finally {
      fake.deadlineMs = 3000;
    }
  });
});

describe('gateway, operations and secrets', () => {
  test('after a close 4000 the client resumes and the next interaction is answered', async () => {
    const resumesBefore = fake.resumes;
    fake.closeGateway(4000);
    await waitFor(() => fake.resumes > resumesBefore, 15_000);
    const reply = await fake.command('help', [], member()).answered;
    expect(text(reply)).toMatch(/\/ask/);
  }, 30_000);

  test('/healthz and /metrics report on loopback', async () => {
    const base = `http://127.0.0.1:${bot.opsPort}`;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', gateway: 'ready' });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/roleradar_interactions_total\{command="ask",outcome="answered"\} \d+/);
    expect(metrics).toMatch(/roleradar_ack_latency_seconds_bucket/);
  });

  test('the bot token appears in no log line and no payload', () => {
    expect(log.lines.join('\n')).not.toContain(TOKEN);
    expect(JSON.stringify(fake.requests.map((r) => r.body))).not.toContain(TOKEN);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
