import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { defineCommand } from './command.js';

export const helpCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('help')
    .setDescription('What RoleRadar can do and how to ask')
    .toJSON(),
  options: z.object({}),
  async run(_args, { app }) {
    const status = app.reader()?.status();
    const corpus = status
      ? `I answer from ${status.listings} job listings and ${status.guides} role guides (corpus ${status.generation}).`
      : 'The corpus is not built yet.';
    return {
      ephemeral: true,
      embeds: [
        {
          title: 'RoleRadar: Lead Backend Engineer roles, grounded in real listings',
          description: `${corpus}\nEvery fact I give comes from a listing or guide I can show you.`,
          fields: [
            {
              name: '/listing id:',
              value:
                'One listing with its extracted facts: skills, years, salary as posted, work mode, level.',
            },
            { name: '/corpus status | refresh', value: 'Admins: what the corpus holds, and rebuilding it.' },
            { name: '/help', value: 'This message.' },
          ],
        },
      ],
    };
  },
});
