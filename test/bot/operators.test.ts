import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Command } from '../../src/bot/commands/command.js';
import { COMMANDS } from '../../src/bot/commands/registry.js';
import { dispatchCommand } from '../../src/bot/dispatch.js';
import { isOperator } from '../../src/bot/operators.js';
import { OPERATIONS } from '../../src/bot/worker/operations.js';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { BotRecords } from '../../src/storage/state/bot-records.js';
import { testApp } from '../support/temp.js';

// Issue 12, item 2: the corpus is one for every server, so its administration belongs to the
// bot's operators, not to every server's Manage Server holders.

const OPERATOR = '1500000000000000001';
const SERVER_ADMIN = '1500000000000000002';
const HOME = '1200000000000000001';
const OTHER = '1200000000000000002';

function appWith(env: Record<string, string>) {
  const base = loadConfig(env);
  return testApp({ corpus: {}, overrides: { discord: base.discord } });
}

/** A Discord command as the worker runs it (the same path the bot takes). */
function job(
  invoker: { id: string; isAdmin: boolean },
  guildId: string | null,
  options: Record<string, unknown>,
) {
  return {
    name: 'corpus',
    options,
    invoker: { ...invoker, name: `user-${invoker.id}` },
    guildId,
    exchangeId: `x${Math.random().toString(16).slice(2)}`,
  };
}

// Every /corpus action: refresh, status, and each sources subcommand.
const ACTIONS: Array<Record<string, unknown>> = [
  { subcommand: 'refresh' },
  { subcommand: 'status' },
  { group: 'sources', subcommand: 'list' },
  {
    group: 'sources',
    subcommand: 'add',
    name: 'evil-feed',
    kind: 'jsonl-url',
    url: 'https://feeds.example.com/x.jsonl',
  },
  { group: 'sources', subcommand: 'remove', name: 'kept' },
];

describe('configuration', () => {
  test('ROLERADAR_OPERATOR_IDS and ROLERADAR_HOME_GUILD_ID are read by the one config schema', () => {
    const config = loadConfig({
      ROLERADAR_OPERATOR_IDS: ` ${OPERATOR}, 1500000000000000003 ,`,
      ROLERADAR_HOME_GUILD_ID: HOME,
    });
    expect(config.discord.operatorIds).toEqual([OPERATOR, '1500000000000000003']);
    expect(config.discord.homeGuildId).toBe(HOME);
    expect(loadConfig({}).discord).toMatchObject({ operatorIds: [], homeGuildId: undefined });
    expect(() => loadConfig({ ROLERADAR_OPERATOR_IDS: 'alice,1500000000000000003' })).toThrow(ConfigError);
    expect(() => loadConfig({ ROLERADAR_OPERATOR_IDS: 'alice' })).toThrow(/ROLERADAR_OPERATOR_IDS/);
    expect(() => loadConfig({ ROLERADAR_HOME_GUILD_ID: 'my server' })).toThrow(/ROLERADAR_HOME_GUILD_ID/);
  });

  test('isOperator: a configured id, inside the home server when one is set', () => {
    const anywhere = { operatorIds: [OPERATOR], homeGuildId: undefined };
    const homeOnly = { operatorIds: [OPERATOR], homeGuildId: HOME };
    expect(isOperator(OPERATOR, OTHER, anywhere)).toBe(true);
    expect(isOperator(SERVER_ADMIN, HOME, anywhere)).toBe(false);
    expect(isOperator(OPERATOR, HOME, homeOnly)).toBe(true);
    expect(isOperator(OPERATOR, OTHER, homeOnly)).toBe(false);
    expect(isOperator(OPERATOR, null, homeOnly)).toBe(false);
    expect(isOperator(OPERATOR, HOME, { operatorIds: [], homeGuildId: HOME })).toBe(false);
  });
});

describe('corpus administration from Discord', () => {
  test("another server's admin can neither refresh, nor see, add or remove sources; refusals are audited", async () => {
    const { app, config } = appWith({ ROLERADAR_OPERATOR_IDS: OPERATOR });
    app.addSource({ name: 'kept', kind: 'ashby', board: 'kept' });
    const before = fs.readFileSync(config.sources.file, 'utf8');
    for (const options of ACTIONS) {
      const { reply } = await OPERATIONS.command(
        app,
        job({ id: SERVER_ADMIN, isAdmin: true }, OTHER, options),
        () => {},
      );
      expect(reply.ephemeral).toBe(true);
      expect(reply.content, JSON.stringify(options)).toMatch(/only RoleRadar's operators may run it/);
      expect(reply.embeds).toBeUndefined();
    }
    expect(fs.readFileSync(config.sources.file, 'utf8')).toBe(before);
    expect(app.reader()).toBeNull(); // no refresh ran
    const trail = new BotRecords(app.state(), app.now).auditTrail();
    expect(trail.filter((a) => a.actorId === SERVER_ADMIN).map((a) => a.outcome)).toEqual(
      ACTIONS.map(() => 'refused'),
    );
  });

  test('an operator runs them from any server (no home server set), whatever their server rights', async () => {
    const { app } = appWith({ ROLERADAR_OPERATOR_IDS: OPERATOR });
    const added = await OPERATIONS.command(
      app,
      job({ id: OPERATOR, isAdmin: false }, OTHER, ACTIONS[3]!),
      () => {},
    );
    expect(added.reply.content).toMatch(/^Added `evil-feed/);
    const listed = await OPERATIONS.command(
      app,
      job({ id: OPERATOR, isAdmin: false }, OTHER, ACTIONS[2]!),
      () => {},
    );
    expect(listed.reply.embeds![0]!.title).toBe('Configured sources (1)');
    const trail = new BotRecords(app.state(), app.now).auditTrail();
    expect(trail.filter((a) => a.actorId === OPERATOR).map((a) => a.outcome)).toEqual(['ok', 'ok']);
  });

  test('with a home server, an operator is refused outside it', async () => {
    const { app } = appWith({ ROLERADAR_OPERATOR_IDS: OPERATOR, ROLERADAR_HOME_GUILD_ID: HOME });
    const outside = await OPERATIONS.command(
      app,
      job({ id: OPERATOR, isAdmin: true }, OTHER, ACTIONS[3]!),
      () => {},
    );
    expect(outside.reply.content).toMatch(/only in RoleRadar's home server/);
    expect(await app.sources()).toEqual([]);
    const inside = await OPERATIONS.command(
      app,
      job({ id: OPERATOR, isAdmin: true }, HOME, ACTIONS[3]!),
      () => {},
    );
    expect(inside.reply.content).toMatch(/^Added/);
  });

  test('with no operator configured, corpus administration from Discord is refused, saying how to configure it', async () => {
    const { app } = appWith({});
    for (const options of ACTIONS) {
      const { reply } = await OPERATIONS.command(
        app,
        job({ id: SERVER_ADMIN, isAdmin: true }, HOME, options),
        () => {},
      );
      expect(reply.content).toMatch(
        /none is configured[\s\S]*ROLERADAR_OPERATOR_IDS[\s\S]*console or the CLI/,
      );
    }
    expect(await app.sources()).toEqual([]);
    // The console on the machine stays an operator surface.
    const local = await dispatchCommand('corpus', ACTIONS[3]!, {
      app,
      invoker: { id: 'console', name: 'console', isAdmin: true },
      surface: 'console',
    });
    expect(local.content).toMatch(/^Added/);
  });

  test('server admins keep /settings; /help lists /corpus only to operators', async () => {
    const { app } = appWith({ ROLERADAR_OPERATOR_IDS: OPERATOR });
    const ctx = (id: string) => ({
      app,
      invoker: { id, name: 'x', isAdmin: true },
      surface: 'discord' as const,
      guildId: HOME,
    });
    const settings = await dispatchCommand('settings', {}, ctx(SERVER_ADMIN));
    expect(settings.embeds![0]!.title).toBe('Settings');
    const usage = (r: Awaited<ReturnType<typeof dispatchCommand>>) =>
      r.embeds![0]!.fields!.map((f) => f.name).join('\n');
    expect(usage(await dispatchCommand('help', {}, ctx(SERVER_ADMIN)))).not.toMatch(/\/corpus/);
    expect(usage(await dispatchCommand('help', {}, ctx(SERVER_ADMIN)))).toMatch(/\/settings/);
    expect(usage(await dispatchCommand('help', {}, ctx(OPERATOR)))).toMatch(/\/corpus/);
  });

  test('every command that administers the shared corpus is an operator command', () => {
    const operatorCommands = (COMMANDS as ReadonlyArray<Command<unknown>>)
      .filter((c) => c.operator)
      .map((c) => c.data.name);
    expect(operatorCommands).toEqual(['corpus']);
  });
});
