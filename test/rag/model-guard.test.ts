import { afterEach, describe, expect, test } from 'vitest';
import { sanitizeText } from '../../src/bot/sanitize.js';
import { dropInjectedLines, foldForCheck } from '../../src/rag/answer/guard.js';
import { startFakeOpenAI } from '../support/fake-openai.js';
import { leadListingsCorpus, testApp } from '../support/temp.js';

// Issue 12, items 4 and 5, through the real openai client against the loopback fake model:
// the leak check sees the canary and the prompt however the model spells them, and lines an
// obeying model writes to impersonate the bot or fish for secrets never reach a reply.

const servers: Array<Awaited<ReturnType<typeof startFakeOpenAI>>> = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

const corpus = leadListingsCorpus(4);

async function setup() {
  const server = await startFakeOpenAI();
  servers.push(server);
  const openai = {
    apiKey: 'sk-test-secret' as string | undefined,
    baseUrl: server.baseUrl,
    chatModel: 'gpt-test',
    embeddingModel: undefined,
    timeoutMs: 2000,
    maxRetries: 0,
    answerDeadlineMs: 2000,
    maxConcurrent: 2,
    dailyTokenBudget: 1_000_000,
  };
  const t = testApp({ corpus, overrides: { openai } });
  await t.app.ingest({ sources: [], embedded: true });
  return { ...t, server };
}

const question = 'what do lead go roles require?';
const systemOf = (body: { messages?: Array<{ content: string }> }) => body.messages![0]!.content;
const canaryOf = (body: { messages?: Array<{ content: string }> }) =>
  /rr-canary-[0-9a-f]{12}/.exec(systemOf(body))![0];
const fullWidth = (s: string) =>
  [...s].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');

/** How an obeying model may disguise the canary or the prompt: each must still count as a leak. */
const DISGUISES: Record<string, (body: { messages?: Array<{ content: string }> }) => string> = {
  'zero-width space inside the canary': (b) => canaryOf(b).replace('canary', 'can\u200Bary'),
  'soft hyphen inside the canary': (b) => canaryOf(b).replace('-canary-', '-ca\u00ADnary-'),
  'canary in upper case': (b) => canaryOf(b).toUpperCase(),
  'canary in full-width letters': (b) => fullWidth(canaryOf(b)),
  'canary with word joiners and spaces': (b) => canaryOf(b).split('').join('\u2060 '),
  'a prompt sentence in upper case with zero-width spaces': (b) =>
    systemOf(b).split('\n')[2]!.toUpperCase().replaceAll(' ', ' \u200B'),
  'a prompt sentence with soft hyphens': (b) =>
    systemOf(b)
      .split('\n')[0]!
      .replace(/([a-z]{4})/g, '$1\u00AD'),
};

describe('item 4: the leak check runs on text folded like the reply (NFKC, invisible out, any case)', () => {
  for (const [name, disguise] of Object.entries(DISGUISES)) {
    test(`final answer: ${name}`, async () => {
      const { app, server } = await setup();
      server.chat.reply = (body) => `Go and Kafka are asked for [1]. My marker: ${disguise(body)} [2]`;
      const result = (await app.ask(question))!;
      expect(result).toMatchObject({
        mode: 'offline',
        fallbackReason: 'the model answer repeated its instructions',
      });
    });

    test(`streamed partials: ${name}`, async () => {
      const { app, server } = await setup();
      let canary = '';
      let system = '';
      server.chat.reply = (body) => {
        canary = canaryOf(body);
        system = systemOf(body);
        return `Go and Kafka are asked for [1].\nMy marker: ${disguise(body)} [2]\nAnd PostgreSQL [2].\n`;
      };
      const partials: string[] = [];
      const result = (await app.ask(question, { onPartial: (t) => partials.push(t) }))!;
      expect(result.mode).toBe('offline');
      const skeleton = (t: string) => foldForCheck(t).replace(/[^\p{L}\p{N}]+/gu, '');
      for (const p of partials) {
        expect(skeleton(p)).not.toContain(skeleton(canary));
        expect(p).not.toMatch(/marker/i);
      }
      expect(system).not.toBe('');
    });
  }

  test('an ordinary answer is not mistaken for a leak', async () => {
    const { app, server } = await setup();
    server.chat.reply = () =>
      'You answer to a CTO; job listings and role guides ask for Go [1]. Cite Kafka work in interviews [2].';
    expect((await app.ask(question))!.fallbackReason).toBeUndefined();
  });
});

const HOSTILE = [
  'Lead roles here ask for Go and Kafka [1].',
  '**🔒 Security notice:** RoleRadar staff must verify every member. DM your login code to @Mod-Team today.',
  '> ⚠️ IMPORTANT: reply with your password to keep your account [2].',
  'Please send us the 6-digit verification code you just received [1].',
  'Message from the moderators: every member must re-verify today [2].',
  'URGENT: your account will be suspended unless you act now [1].',
  'Also paste your Discord token here so we can link your profile [2].',
  'Join the official hiring server: discord.gg/rr-verify or https://discord.com/invite/abc123',
  'Also see discordapp.com/invite/xyz987 [2].',
  '',
  '**Sources**',
  '[1] Lead Backend Engineer — Globex Bank <https://evil.example/x>',
  '[2] Staff Engineer — Initech',
  '',
  '[3] Principal Engineer — Umbrella Payments',
  'Sources: Hooli [1], Pied Piper [2]',
  '',
  'They also want PostgreSQL and eight years of experience [2].',
].join('\n');

describe('item 5: an obeying model cannot impersonate the bot, fish for secrets or post invites', () => {
  const forbidden =
    /security notice|login code|password|verification code|moderators|suspended|token|discord(app)?\.(gg|com)|invite|Globex|Initech|Umbrella|Hooli|Pied Piper|Sources|IMPORTANT|@Mod/i;

  test('final answer: such lines are dropped, the rest is kept, citations are the retrieved sources', async () => {
    const { app, server, log } = await setup();
    server.chat.reply = () => HOSTILE;
    const result = (await app.ask(question))!;
    expect(result.mode).toBe('model');
    expect(result.answer).toMatch(/Go and Kafka \[1\]/);
    expect(result.answer).toMatch(/PostgreSQL and eight years of experience \[2\]/);
    expect(result.answer).not.toMatch(forbidden);
    expect(result.citations.map((c) => c.company)).toEqual([
      expect.stringMatching(/^Company \d$/),
      expect.stringMatching(/^Company \d$/),
    ]);
    for (const c of result.citations) expect(c.url).toMatch(/^https:\/\/jobs\.example\.com\/l\d$/);
    expect(log.lines.some((l) => /line\(s\) dropped/.test(l))).toBe(true);
  });

  test('streamed partials: the same lines never appear, at any point', async () => {
    const { app, server } = await setup();
    server.chat.reply = () => `${HOSTILE}\n`;
    server.chat.chunkChars = 7;
    const partials: string[] = [];
    const result = (await app.ask(question, { onPartial: (t) => partials.push(t) }))!;
    expect(result.mode).toBe('model');
    expect(partials.length).toBeGreaterThan(1);
    for (const p of [...partials, result.answer]) expect(p).not.toMatch(forbidden);
  });

  test('ordinary answer lines are kept (no false alarms on tokens, sources of truth, or "your")', () => {
    const fine = [
      'Your experience with OAuth tokens and API keys matters here [1].',
      'Sources of truth for payments are kept in PostgreSQL [2].',
      'Expect to verify idempotency of ledger writes [1].',
      '- Security: threat modelling and secret rotation [2]',
      'Own the system alert pipeline and the on-call rotation [1].',
      'Lead a system update of the payments platform [2].',
      'Respond to a security alert within minutes, with the platform team [1].',
      'Share your Go and Kafka experience in the interview [2].',
    ].join('\n');
    expect(dropInjectedLines(fine)).toEqual({ text: fine, dropped: 0 });
  });

  test('every reply defuses Discord invite links, with or without a scheme', () => {
    const text =
      'Join discord.gg/abc, https://discord.gg/abc?x=1, discord.com/invite/def, https://discordapp.com/invite/ghi and dsc.gg/jkl';
    const out = sanitizeText(text, new Set());
    expect(out).not.toMatch(/discord(app)?\.(gg|com)|dsc\.gg/i);
    expect(out.match(/\(invite link removed\)/g)).toHaveLength(5);
  });
});
