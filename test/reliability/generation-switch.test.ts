import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Reply } from '../../src/bot/reply.js';
import type { CommandOutcome } from '../../src/bot/worker/operations.js';
import { WorkerPool } from '../../src/bot/worker/pool.js';
import { loadConfig } from '../../src/config/config.js';
import { startFakeOpenAI } from '../support/fake-openai.js';
import { memoryLog, tempDir } from '../support/temp.js';
import { urlVersion, writeVersionedCorpus } from '../support/versioned-corpus.js';

// RELIABILITY.md, data side: "100 /ask spanning a generation switch → each answer's citations come
// from a single generation". The bot's worker pool answers while its background worker publishes
// the next generation. Version 1 and version 2 of the corpus differ in every listing URL, so an
// answer's citations say which generation they came from. Half the workers' answers go through a
// (slow) fake model, so a question can be in flight across the switch.

const corpusDir = tempDir('roleradar-switch-corpus-', 'file');
const dataDir = tempDir('roleradar-switch-data-', 'file');
const log = memoryLog();
let openai: Awaited<ReturnType<typeof startFakeOpenAI>>;
let pool: WorkerPool;

beforeAll(async () => {
  writeVersionedCorpus(corpusDir, 1);
  openai = await startFakeOpenAI();
  // A model answer takes a while: questions asked before the switch are still being answered after it.
  openai.chat.delayMs = 150;
  openai.chat.chunkDelayMs = 1;
  openai.chat.reply = () =>
    'Most of these roles ask for Kafka [1] and PostgreSQL [2], and lead a team [3].\n';
  const config = loadConfig({
    ROLERADAR_DATA_DIR: dataDir,
    ROLERADAR_CORPUS_DIR: corpusDir,
    OPENAI_API_KEY: 'sk-test-switch',
    OPENAI_BASE_URL: openai.baseUrl,
    OPENAI_MODEL: 'fake-chat',
    ROLERADAR_MODEL_CONCURRENCY: '8',
    ROLERADAR_ANSWER_DEADLINE_MS: '20000',
    // The admin who refreshes is one of the bot's operators.
    ROLERADAR_OPERATOR_IDS: '1500000000000000009',
  });
  pool = new WorkerPool(config, log, { size: 2, maxModelCalls: 8 });
  await pool.ready();
  await pool.run('ensureCorpus', {});
}, 120_000);

afterAll(async () => {
  await pool?.close();
  await openai?.close();
});

const QUESTIONS = [
  'what do lead backend roles with kafka require?',
  'which lead backend roles use postgresql?',
  'how common is kubernetes in lead backend roles?',
  'what do remote lead backend engineer roles pay?',
];

let seq = 0;
function ask(): Promise<CommandOutcome> {
  const n = seq++;
  return pool.run('command', {
    name: 'ask',
    options: { question: `${QUESTIONS[n % QUESTIONS.length]}` },
    invoker: { id: `1500000000000${String(n).padStart(6, '0')}`, name: 'member', isAdmin: false },
    guildId: '1200000000000000001',
    exchangeId: `switch-${n}`,
  });
}

test('100 /ask spanning a generation switch: every answer cites one generation, and its links are that generation’s', async () => {
  const before = await ask();
  const g1 = before.reply.context!.generation!;
  expect(g1).toBeTruthy();

  writeVersionedCorpus(corpusDir, 2);
  const refresh = pool.run(
    'command',
    {
      name: 'corpus',
      options: { subcommand: 'refresh' },
      invoker: { id: '1500000000000000009', name: 'admin', isAdmin: true },
      guildId: '1200000000000000001',
      exchangeId: 'switch-refresh',
    },
    { background: true },
  );
  let refreshed = false;
  void refresh.finally(() => {
    refreshed = true;
  });

  // Waves of 10 questions while the refresh runs, then waves after it, 100 in all.
  const outcomes: CommandOutcome[] = [before];
  let afterSwitch = 0;
  while (outcomes.length < 100) {
    const wave = Array.from({ length: Math.min(10, 100 - outcomes.length) }, () => ask());
    outcomes.push(...(await Promise.all(wave)));
    if (refreshed) afterSwitch++;
    if (!refreshed && outcomes.length >= 90) await refresh; // keep the last wave for after the switch
  }
  const done = (await refresh).reply as Reply;
  expect(JSON.stringify(done.embeds)).toMatch(/Published generation/);
  expect(afterSwitch).toBeGreaterThan(0);

  const versionOf = new Map<string, number>();
  const seen = { 1: 0, 2: 0 } as Record<number, number>;
  for (const { reply } of outcomes) {
    const context = reply.context!;
    expect(context, JSON.stringify(reply)).toBeDefined();
    const versions = new Set(context.citations!.map((c) => urlVersion(c.url!)));
    expect(context.citations!.length).toBeGreaterThan(0);
    // One generation's URLs only, and the generation the answer names.
    expect(versions.size, JSON.stringify(context.citations)).toBe(1);
    const version = [...versions][0]!;
    expect(version).not.toBeNull();
    const known = versionOf.get(context.generation!);
    if (known !== undefined) expect(version).toBe(known);
    versionOf.set(context.generation!, version!);
    seen[version!] = (seen[version!] ?? 0) + 1;
    // The cited links are shown clickable (allowed), not defused as foreign links.
    const sources = reply.embeds![0]!.fields!.find((f) => f.name === 'Sources')!.value;
    for (const c of context.citations!) expect(sources).toContain(`<${c.url}>`);
  }
  expect(versionOf.get(g1)).toBe(1);
  expect(versionOf.size).toBe(2);
  expect(seen[1]).toBeGreaterThan(0);
  expect(seen[2]).toBeGreaterThan(0);
  expect(outcomes.some((o) => /Model answer/.test(JSON.stringify(o.reply.embeds)))).toBe(true);
  expect(log.lines.filter((l) => /^error /.test(l))).toEqual([]);
  const model = outcomes.filter((o) => /Model answer/.test(JSON.stringify(o.reply.embeds))).length;
  console.info(
    `generation switch: ${outcomes.length} answers, ${seen[1]} from generation 1 and ${seen[2]} from generation 2, ${model} by the model; ${afterSwitch} wave(s) after the switch`,
  );
}, 120_000);
