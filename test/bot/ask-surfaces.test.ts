import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../src/app.js';
import { runConsoleLine } from '../../src/bot/console.js';
import type { RoleRadarBot } from '../../src/bot/discord/bot.js';
import { FakeDiscord, type FakeMessage, option } from '../support/fake-discord.js';
import { ingestedApp, ingestedDataDir } from '../support/ingested.js';
import { memoryLog } from '../support/temp.js';
import { startTestBot } from '../support/test-bot.js';

// One engine behind every surface: the same question gets the same plan and figures in the local
// console and in Discord (the real discord.js client and worker threads against a loopback fake).

let fake: FakeDiscord;
let bot: RoleRadarBot;
let app: App;
let userSeq = 1600000000000000100n;
const member = () => ({ id: String(userSeq++), username: 'member' });

beforeAll(async () => {
  app = (await ingestedApp({ scope: 'file' })).app;
  fake = await FakeDiscord.start();
  ({ bot } = await startTestBot(
    fake,
    {
      ROLERADAR_DATA_DIR: await ingestedDataDir('file', 'roleradar-ask-'),
      ROLERADAR_USER_BURST: '50',
      ROLERADAR_USER_PER_MINUTE: '600',
    },
    memoryLog(),
  ));
}, 180_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  app?.close();
});

// One question per intent family, with what its answer must say.
const FAMILIES: Array<[string, string, RegExp]> = [
  [
    'requirements',
    'what do lead roles ask for in Berlin?',
    /What they ask for most often, across the \d+ open listings? matching lead level, in Berlin:/,
  ],
  ['skill_frequency', 'how common is kafka in lead roles?', /\*\*Kafka\*\*: asked for in \d+ of \d+/],
  ['skill_compare', 'Go vs Java: which is more in demand for backend leads?', /is more common than/],
  [
    'top_skills',
    'what are the top skills for lead backend engineers?',
    /The skills named most across the \d+ open listings matching lead level/,
  ],
  ['years', 'how many yoe for a staff engineer?', /\*\*Median: \d+(?:\.\d)?\+ years\*\*/],
  ['pay', 'what do lead engineers earn in Germany?', /\*\*EUR per year\*\* \(N=\d+\): median midpoint/],
  ['work_mode', 'how many lead roles are remote?', /\*\*Remote: \d+ of \d+\*\*/],
  [
    'visa_relocation',
    'which lead roles offer visa sponsorship?',
    /Offer relocation or visa help\*\*: \d+ of \d+/,
  ],
  ['level_compare', 'is a tech lead a manager?', /accountable for the people/],
  ['duties', 'what does a lead backend engineer do day to day?', /From the guides:\n- “/],
  ['interview', 'how should I prepare for a lead backend interview?', /interview/i],
  ['career_path', 'how do I move up from senior to lead?', /Moving from senior up to lead/],
  [
    'readiness',
    'i have 8 years with go and kafka, am i ready to apply for lead jobs',
    /\*\*Years\*\*: with 8, you meet the stated minimum of \d+ of the \d+/,
  ],
  ['company', 'does Stripe hire backend leads?', /Stripe is not in the corpus/],
  ['listing', 'is the listing ohmwise-lead-backend-engineer-charging-network remote?', /Work mode: remote/],
  ['list_companies', 'which companies hire Go leads in Berlin?', /\*\*Thornbury Observability GmbH\*\*/],
  [
    'job_terms',
    'do lead roles offer equity?',
    /Equity: \d+ of the \d+ open listings matching lead level mention it/,
  ],
  ['out_of_scope', 'what is the best pizza in rome', /I can't answer that from the job listings/],
  ['decline', 'write fake experience on my CV so I look like a lead', /I can't help invent experience/],
];

const embedText = (m: FakeMessage) =>
  m.embeds.map((e) => String(e.description ?? '')).join('\n') || m.content;

describe('/ask through the console and Discord, one engine', () => {
  test.each(FAMILIES)('%s: "%s"', async (intent, question, expected) => {
    const local = await runConsoleLine(app, `/ask question: ${question}`);
    expect(local).toMatch(expected);
    const i = fake.command('ask', [option('question', question)], member());
    const reply = await i.answered;
    const remote = embedText(reply);
    expect(remote).toMatch(expected);
    expect(reply.allowedMentions).toEqual({ parse: [] });
    // The same figures on both surfaces: every "x of N" count the console shows, Discord shows.
    for (const count of local.match(/\b\d+ of \d+\b/g) ?? []) expect(remote).toContain(count);
    if (reply.embeds.length) {
      // A public title is the plan's, never the member's words.
      expect(reply.embeds[0]!.title).not.toBe(question);
      expect(String(reply.embeds[0]!.title)).not.toContain(question.slice(0, 20));
    }
    expect((await app.ask(question))?.questionKind).toBe(intent);
  });

  test("a member's raw words never become the public title", async () => {
    const question = 'lead salaries in Germany, @everyone look: ACME SUCKS';
    const reply = await fake.command('ask', [option('question', question)], member()).answered;
    expect(reply.embeds[0]!.title).toBe('Posted pay · lead level · in Germany');
    expect(JSON.stringify(reply.embeds[0])).not.toContain('ACME SUCKS');
  });
});
