import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUSY } from '../../src/bot/discord/router.js';
import { FakeDiscord, option, subcommand } from '../support/fake-discord.js';
import { startFakeOpenAI } from '../support/fake-openai.js';
import { ingestedDataDir } from '../support/ingested.js';
import { memoryLog, tempDir } from '../support/temp.js';
import { startTestBot } from '../support/test-bot.js';
import { versionedUrl, writeVersionedCorpus } from '../support/versioned-corpus.js';

// Issue 16 item 5: beyond capacity the bot sheds load (a prompt, polite "busy") instead of queueing
// without bound, and /help, which needs no worker, never waits behind the commands that do.

let openai: Awaited<ReturnType<typeof startFakeOpenAI>>;

beforeAll(async () => {
  openai = await startFakeOpenAI();
  openai.chat.delayMs = 3000;
});

afterAll(async () => {
  await openai?.close();
});

let seq = 1500000000000000900n;
const member = () => ({ id: String(seq++), username: 'member' });

test('a full worker queue answers "busy" at once; /help and listing cards already made are answered from memory while the workers are busy', async () => {
  const fake = await FakeDiscord.start();
  const log = memoryLog();
  const { bot } = await startTestBot(
    fake,
    {
      ROLERADAR_DATA_DIR: await ingestedDataDir('test', 'roleradar-overload-'),
      ROLERADAR_WORKERS: '1',
      ROLERADAR_MAX_QUEUED: '2',
      OPENAI_API_KEY: 'sk-test-overload',
      OPENAI_BASE_URL: openai.baseUrl,
      OPENAI_MODEL: 'fake-chat',
      ROLERADAR_MODEL_CONCURRENCY: '4',
      ROLERADAR_ANSWER_DEADLINE_MS: '20000',
    },
    log,
  );
  try {
    // A listing card, made once by the worker while it is free.
    const probe = fake.autocomplete('listing', [option('id', '', true)], member());
    await probe.answered;
    const [cardId, otherId] = ((probe.ackData?.choices as Array<{ value: string }>) ?? []).map(
      (c) => c.value,
    );
    const firstCard = await fake.command('listing', [option('id', cardId!)], member()).answered;
    expect(JSON.stringify(firstCard.embeds)).toContain(cardId!);

    const admitted = [0, 1].map((n) =>
      fake.command(
        'ask',
        [option('question', `what do lead backend roles with kafka require? #${n}`)],
        member(),
      ),
    );
    // Both are in the worker, waiting for the (slow) model: the queue is full.
    const until = Date.now() + 15_000;
    while (openai.inFlight() < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
    expect(openai.inFlight()).toBe(2);

    const shed = [2, 3, 4, 5].map((n) =>
      fake.command('ask', [option('question', `which lead roles are remote? #${n}`)], member()),
    );
    const shedAnswers = await Promise.all(shed.map((i) => i.answered));
    for (const [k, answer] of shedAnswers.entries()) {
      expect(answer.content).toBe(BUSY);
      // Answered immediately (an ephemeral reply as the acknowledgement), within Discord's 3 s.
      expect(shed[k]!.ackType).toBe(4);
      expect(shed[k]!.ackAt! - shed[k]!.createdAt).toBeLessThan(3000);
    }

    // /help needs no worker: it is answered while both questions still wait for the model.
    const help = fake.command('help', [], member());
    const helpAnswer = await help.answered;
    expect(JSON.stringify(helpAnswer.embeds)).toMatch(/I answer from \d+ job listings/);
    expect(openai.inFlight()).toBe(2);

    // A card made for this generation is served from memory too; another listing needs the worker.
    const cardAgain = await fake.command('listing', [option('id', ` ${cardId!} `)], member()).answered;
    expect(cardAgain.embeds).toEqual(firstCard.embeds);
    const other = await fake.command('listing', [option('id', otherId!)], member()).answered;
    expect(other.content).toBe(BUSY);
    expect(openai.inFlight()).toBe(2);

    // The admitted ones are answered in full; then there is room again.
    const answers = await Promise.all(admitted.map((i) => i.answered));
    for (const a of answers) expect(JSON.stringify(a.embeds)).toMatch(/Model answer/);
    const later = await fake.command('ask', [option('question', 'do lead roles need kubernetes?')], member())
      .answered;
    expect(later.content).not.toBe(BUSY);
    expect([...admitted, ...shed, help].flatMap((i) => i.errors)).toEqual([]);
  } finally {
    await bot.stop();
    await fake.close();
  }
}, 120_000);

test('listing cards from memory are those of the serving generation: a refresh makes them again', async () => {
  const corpusDir = tempDir('roleradar-cards-corpus-');
  writeVersionedCorpus(corpusDir, 1);
  const fake = await FakeDiscord.start();
  const operator = { id: '1500000000000000799', username: 'operator', permissions: '32' };
  const { bot } = await startTestBot(
    fake,
    {
      ROLERADAR_DATA_DIR: tempDir('roleradar-cards-'),
      ROLERADAR_CORPUS_DIR: corpusDir,
      ROLERADAR_WORKERS: '1',
      ROLERADAR_OPERATOR_IDS: operator.id,
    },
    memoryLog(),
  );
  const card = async () =>
    JSON.stringify((await fake.command('listing', [option('id', 'vc-0')], member()).answered).embeds);
  try {
    const first = await card();
    expect(first).toContain(versionedUrl(1, 'vc-0'));
    expect(await card()).toBe(first);
    writeVersionedCorpus(corpusDir, 2);
    const refreshed = await fake.command('corpus', [subcommand('refresh')], operator).answered;
    expect(JSON.stringify(refreshed)).toMatch(/refreshed|updated|changed/i);
    const after = await card();
    expect(after).toContain(versionedUrl(2, 'vc-0'));
    expect(after).not.toContain(versionedUrl(1, 'vc-0'));
  } finally {
    await bot.stop();
    await fake.close();
  }
}, 120_000);
