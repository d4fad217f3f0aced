import { SlashCommandBuilder } from '@discordjs/builders';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { z } from 'zod';
import { accessRefusal } from '../operators.js';
import type { Command } from './command.js';
import { defineCommand } from './command.js';

/** "/recommend skills: [years:] …", from a command's own definition, so help never drifts from it. */
export function usageOf(command: Command<unknown>): string {
  const options = command.data.options ?? [];
  const subcommands = options.filter((o) => o.type === ApplicationCommandOptionType.Subcommand);
  const groups = options.filter((o) => o.type === ApplicationCommandOptionType.SubcommandGroup);
  if (subcommands.length || groups.length) {
    const names = [
      ...subcommands.map((s) => s.name),
      ...groups.flatMap((g) => ('options' in g ? (g.options ?? []) : []).map((s) => `${g.name} ${s.name}`)),
    ];
    return `/${command.data.name} ${names.join(' | ')}`;
  }
  const parts = options.map((o) => (o.required ? `${o.name}:` : `[${o.name}:]`));
  return [`/${command.data.name}`, ...parts].join(' ');
}

/** /help, listing the commands it is given (the registry passes itself; no import cycle). */
export function createHelpCommand(commands: () => ReadonlyArray<Command<unknown>>) {
  return defineCommand({
    data: new SlashCommandBuilder()
      .setName('help')
      .setDescription('What RoleRadar can do and how to ask')
      .toJSON(),
    private: true,
    // Reads only the catalog and the configuration: answered without a worker, never shed.
    fromMemory: true,
    options: z.object({}),
    async run(_args, { app, invoker, surface, guildId }) {
      const status = app.reader()?.status();
      const corpus = status
        ? `I answer from ${status.listings} job listings and ${status.guides} role guides (corpus ${status.generation}).`
        : 'The corpus is not built yet.';
      const visible = commands().filter(
        (c) => accessRefusal(c, { invoker, surface, guildId, config: app.config.discord }) === undefined,
      );
      return {
        ephemeral: true,
        embeds: [
          {
            title: 'RoleRadar: Lead Backend Engineer roles, grounded in real listings',
            description: `${corpus}\nEvery fact I give comes from a listing or guide I can show you.`,
            fields: visible.map((c) => ({
              name: usageOf(c),
              value: `${c.data.description}${c.operator ? ' (operators)' : c.admin ? ' (admins)' : ''}`,
            })),
          },
        ],
      };
    },
  });
}
