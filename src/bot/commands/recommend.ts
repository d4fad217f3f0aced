import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { SENIORITY_LEVELS } from '../../rag/extract/seniority.js';
import type { Profile } from '../../rag/recommend.js';
import { capitalize, truncate } from '../format.js';
import { UserFacingError, unknownSkillsMessage } from '../reply.js';
import { defineCommand } from './command.js';

export const recommendCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('recommend')
    .setDescription('Listings that fit your profile, with the reasons')
    .addStringOption((o) =>
      o
        .setName('skills')
        .setDescription('Your skills, comma-separated (k8s, golang, postgres…)')
        .setRequired(true)
        .setMaxLength(300),
    )
    .addIntegerOption((o) =>
      o.setName('years').setDescription('Years of experience').setMinValue(0).setMaxValue(50),
    )
    .addStringOption((o) => o.setName('location').setDescription('Where you want to work').setMaxLength(100))
    .addBooleanOption((o) => o.setName('remote').setDescription('You want remote work'))
    .addIntegerOption((o) =>
      o
        .setName('min_salary')
        .setDescription('Least yearly pay (posted ranges only)')
        .setMinValue(1000)
        .setMaxValue(100_000_000),
    )
    .addStringOption((o) =>
      o
        .setName('seniority')
        .setDescription('The level you aim for')
        .addChoices(...SENIORITY_LEVELS.map((level) => ({ name: capitalize(level), value: level }))),
    )
    .toJSON(),
  options: z.object({
    skills: z.string().trim().min(1, 'name at least one skill').max(300),
    years: z.number().int().min(0).max(50).optional(),
    location: z.string().trim().max(100).optional(),
    remote: z.boolean().optional(),
    min_salary: z.number().int().positive().optional(),
    seniority: z.enum(SENIORITY_LEVELS).optional(),
  }),
  async run(args, { app }) {
    const { skills, unknown } = app.pipeline.taxonomy.resolveList(args.skills);
    if (unknown.length) throw new UserFacingError(unknownSkillsMessage(unknown));
    const profile: Profile = { skills, remote: args.remote ?? false };
    if (args.years !== undefined) profile.years = args.years;
    if (args.location) profile.location = args.location;
    if (args.min_salary) profile.minSalary = { amount: args.min_salary };
    if (args.seniority) profile.seniority = args.seniority;
    const results = app.recommend(profile, 5);
    if (!results) throw new UserFacingError('The corpus is empty: an admin needs to run a refresh first.');
    return {
      // A profile is personal: the answer is shown only to the member who asked.
      ephemeral: true,
      embeds: [
        {
          title: truncate(`Listings for ${skills.join(', ')}`, 256),
          fields: results.map((r, i) => ({
            name: truncate(`${i + 1}. ${r.title} — ${r.company}`, 256),
            value: truncate(`${r.reasons}\n\`${r.listingId}\``, 1024),
          })),
          footer:
            'Ranked by skill fit (weighted by how central each skill is), experience, place, pay and level',
        },
      ],
    };
  },
});
