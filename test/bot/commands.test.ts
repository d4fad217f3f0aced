import { InteractionContextType } from 'discord.js';
import { describe, expect, test } from 'vitest';
import type { Command } from '../../src/bot/commands/command.js';
import { usageOf } from '../../src/bot/commands/help.js';
import { COMMANDS } from '../../src/bot/commands/registry.js';
import { dispatchCommand } from '../../src/bot/dispatch.js';
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
      '/recommend skills: [years:] [location:] [remote:] [min_salary:] [seniority:]',
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
