import { InteractionContextType } from 'discord.js';
import { describe, expect, test } from 'vitest';
import type { Command } from '../../src/bot/commands/command.js';
import { usageOf } from '../../src/bot/commands/help.js';
import { COMMANDS } from '../../src/bot/commands/registry.js';
import { parseCommandLine } from '../../src/bot/console.js';
import { dispatchCommand } from '../../src/bot/dispatch.js';
import { OPERATIONS } from '../../src/bot/worker/operations.js';
import { loadConfig } from '../../src/config/config.js';
import { BotRecords } from '../../src/storage/state/bot-records.js';
import { readSources } from '../../src/storage/state/sources-file.js';
import { testApp } from '../support/temp.js';

const commands = COMMANDS as ReadonlyArray<Command<unknown>>;

describe('the command registry', () => {
  test('every definition fits Discord limits', () => {
    const names = commands.map((c) => c.data.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of commands) {
      expect(c.data.name).toMatch(/^[a-z0-9_-]{1,32}$/);
      expect(c.data.description.length).toBeGreaterThan(0);
      expect(c.data.description.length).toBeLessThanOrEqual(100);
      expect((c.data.options ?? []).length).toBeLessThanOrEqual(25);
      for (const o of c.data.options ?? []) {
        expect(o.name).toMatch(/^[a-z0-9_-]{1,32}$/);
        expect(o.description.length).toBeLessThanOrEqual(100);
      }
    }
  });

  test('admin commands need Manage Server by default and are refused in DMs', () => {
    for (const c of commands.filter((c) => c.admin)) {
      expect(c.data.default_member_permissions).toBe('32');
      // Guild-only: `contexts` replaced the deprecated dm_permission flag.
      expect(c.data.contexts).toEqual([InteractionContextType.Guild]);
    }
  });

  test('sharing and privacy are properties of each command: only member results are shareable', () => {
    const name = (c: Command<unknown>) => c.data.name;
    expect(commands.filter((c) => c.shareable).map(name)).toEqual([
      'ask',
      'search',
      'recommend',
      'gap',
      'market',
      'listing',
      'role-summary',
    ]);
    for (const c of commands.filter((c) => c.admin || c.operator)) expect(c.shareable).toBeFalsy();
    const server = { askPublic: true, personalPublic: false, adminRoleId: null };
    const isPrivate = (n: string, options: Record<string, unknown> = {}) => {
      const rule = commands.find((c) => name(c) === n)!.private;
      return typeof rule === 'function' ? rule(options, server) : rule === true;
    };
    expect(isPrivate('ask')).toBe(false);
    expect(isPrivate('recommend')).toBe(true);
    expect(isPrivate('role-summary', { public: true })).toBe(false);
    expect(isPrivate('notes')).toBe(true);
    expect(isPrivate('help')).toBe(true);
  });

  test('/help lists every command from its own definition, admin ones only for admins', async () => {
    const { app } = testApp({ corpus: {} });
    const member = await dispatchCommand(
      'help',
      {},
      { app, invoker: { id: '1', name: 'm', isAdmin: false }, surface: 'console' },
    );
    const admin = await dispatchCommand(
      'help',
      {},
      { app, invoker: { id: '2', name: 'a', isAdmin: true }, surface: 'console' },
    );
    const names = (r: typeof member) => r.embeds![0]!.fields!.map((f) => f.name);
    expect(names(admin)).toEqual(commands.map(usageOf));
    expect(names(member)).toEqual(commands.filter((c) => !c.admin).map(usageOf));
    expect(names(admin)).toContain(
      '/recommend skills: [years:] [location:] [remote:] [min_salary:] [seniority:] [currency:] [industry:]',
    );
  });

  test('an admin command from a member is refused before anything runs', async () => {
    const { app } = testApp({ corpus: {} });
    const reply = await dispatchCommand(
      'corpus',
      { subcommand: 'refresh' },
      { app, invoker: { id: '1', name: 'm', isAdmin: false }, surface: 'console' },
    );
    expect(reply).toMatchObject({ ephemeral: true, content: expect.stringMatching(/for server admins/) });
    expect(app.reader()).toBeNull();
  });

  test('invalid options are explained, naming the option', async () => {
    const { app } = testApp({ corpus: {} });
    const reply = await dispatchCommand(
      'recommend',
      { skills: 'go', years: 'many' },
      { app, invoker: { id: '1', name: 'm', isAdmin: false }, surface: 'console' },
    );
    expect(reply).toMatchObject({
      ephemeral: true,
      content: expect.stringMatching(/Invalid options for `\/recommend`[\s\S]*years/),
    });
  });
});

describe('/corpus sources', () => {
  const admin = { id: '2', name: 'a', isAdmin: true };

  test('add, list and remove edit the sources file; bad input is explained', async () => {
    const { app, config } = testApp({ corpus: {} });
    const run = (options: Record<string, unknown>) =>
      dispatchCommand(
        'corpus',
        { group: 'sources', ...options },
        { app, invoker: admin, surface: 'console' },
      );

    const added = await run({
      subcommand: 'add',
      name: 'brightwater',
      kind: 'lever',
      board: 'brightwater',
      region: 'eu',
      title_filter: 'backend, staff',
    });
    expect(added).toMatchObject({
      ephemeral: true,
      content: expect.stringMatching(/Added `brightwater: lever brightwater \(EU\), titles: backend\|staff`/),
    });
    expect(readSources(config.sources.file)).toEqual([
      {
        kind: 'lever',
        name: 'brightwater',
        board: 'brightwater',
        region: 'eu',
        titleFilter: ['backend', 'staff'],
      },
    ]);

    expect(await run({ subcommand: 'add', name: 'brightwater', kind: 'ashby', board: 'b' })).toMatchObject({
      ephemeral: true,
      content: expect.stringMatching(/already exists/),
    });
    expect(
      await run({ subcommand: 'add', name: 'Bad Name', kind: 'jsonl-url', url: 'ftp://example.com/x' }),
    ).toMatchObject({
      content: expect.stringMatching(/Invalid source:[\s\S]*http\(s\) URL[\s\S]*at url[\s\S]*at name/),
    });
    expect(await run({ subcommand: 'add', name: 'local', kind: 'file' })).toMatchObject({
      content: expect.stringMatching(/Invalid options[\s\S]*kind/),
    });

    const listed = await run({ subcommand: 'list' });
    expect(listed.embeds![0]).toMatchObject({
      title: 'Configured sources (1)',
      description: expect.stringMatching(/brightwater: lever[\s\S]*last fetched never/),
    });

    expect(await run({ subcommand: 'remove', name: 'nope' })).toMatchObject({
      content: 'No source named `nope`.',
    });
    expect(await run({ subcommand: 'remove', name: 'brightwater' })).toMatchObject({
      content: expect.stringMatching(/Removed .*listings close on the next refresh/),
    });
    expect(readSources(config.sources.file)).toEqual([]);
  });

  test('from Discord each sources action is audited with its group, and members are refused', async () => {
    const base = loadConfig({});
    // The admin is one of the bot's operators: only operators administer the corpus from Discord.
    const { app } = testApp({
      corpus: {},
      overrides: { discord: { ...base.discord, operatorIds: [admin.id] } },
    });
    const job = (invoker: typeof admin, options: Record<string, unknown>) => ({
      name: 'corpus',
      options: { group: 'sources', ...options },
      invoker,
      guildId: 'g1',
      exchangeId: `x${Math.random()}`,
    });
    await OPERATIONS.command(
      app,
      job(admin, { subcommand: 'add', name: 'fernhill', kind: 'ashby', board: 'fernhill' }),
      () => {},
    );
    const refused = await OPERATIONS.command(
      app,
      job({ id: '1', name: 'm', isAdmin: false }, { subcommand: 'remove', name: 'fernhill' }),
      () => {},
    );
    expect(refused.reply.content).toMatch(/only RoleRadar's operators/);
    expect((await app.sources()).map((s) => s.name)).toEqual(['fernhill']);
    const trail = new BotRecords(app.state(), app.now).auditTrail();
    expect(trail.map((a) => [a.action, a.outcome, a.actorId]).reverse()).toEqual([
      ['/corpus sources add', 'ok', '2'],
      ['/corpus sources remove', 'refused', '1'],
    ]);
  });

  test('the console parses a subcommand group', () => {
    expect(parseCommandLine('/corpus sources add name: acme kind: greenhouse board: acme')).toEqual({
      name: 'corpus',
      options: { group: 'sources', subcommand: 'add', name: 'acme', kind: 'greenhouse', board: 'acme' },
    });
    expect(parseCommandLine('/corpus sources')).toEqual({
      error: '/corpus sources needs one of: add, remove, list',
    });
  });
});
