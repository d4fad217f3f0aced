import { SlashCommandBuilder } from '@discordjs/builders';
import { InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { z } from 'zod';
import type { ServerSettings } from '../../storage/state/bot-records.js';
import { UserFacingError } from '../reply.js';
import { defineCommand } from './command.js';

const describe = (s: ServerSettings) =>
  [
    `/ask answers: **${s.askPublic ? 'public' : 'private'}**`,
    `/recommend and /gap results: **${s.personalPublic ? 'public' : 'private'}**`,
    `Admin role besides Manage Server: ${s.adminRoleId ? `<@&${s.adminRoleId}>` : 'none'}`,
  ].join('\n');

export const settingsCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('settings')
    .setDescription("This server's RoleRadar settings: who sees answers, who may administer")
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addBooleanOption((o) =>
      o.setName('ask_public').setDescription('Post /ask answers in the channel (default yes)'),
    )
    .addBooleanOption((o) =>
      o
        .setName('personal_public')
        .setDescription('Post /recommend and /gap results in the channel (default no)'),
    )
    .addRoleOption((o) => o.setName('admin_role').setDescription('A role that may run admin commands too'))
    .addBooleanOption((o) => o.setName('clear_admin_role').setDescription('Remove the admin role'))
    .toJSON(),
  admin: true,
  changesSettings: true,
  options: z.object({
    ask_public: z.boolean().optional(),
    personal_public: z.boolean().optional(),
    admin_role: z
      .string()
      .regex(/^\d{15,25}$/)
      .optional(),
    clear_admin_role: z.boolean().optional(),
  }),
  async run(args, { app, guildId }) {
    if (!guildId) throw new UserFacingError('Settings belong to a Discord server; run /settings there.');
    const changes: Partial<ServerSettings> = {};
    if (args.ask_public !== undefined) changes.askPublic = args.ask_public;
    if (args.personal_public !== undefined) changes.personalPublic = args.personal_public;
    if (args.admin_role) changes.adminRoleId = args.admin_role;
    if (args.clear_admin_role) changes.adminRoleId = null;
    const settings = await app.stateStore().records.updateSettings(guildId, changes);
    return {
      ephemeral: true,
      // The admin role is shown as the role itself; it pings nobody (allowed_mentions stays empty).
      ...(settings.adminRoleId ? { roleMentions: [settings.adminRoleId] } : {}),
      embeds: [
        {
          title: Object.keys(changes).length ? 'Settings updated' : 'Settings',
          description: describe(settings),
        },
      ],
    };
  },
});
