import { SlashCommandBuilder } from '@discordjs/builders';
import { z } from 'zod';
import { SENIORITY_LEVELS } from '../../rag/extract/seniority.js';
import type { Profile } from '../../rag/recommend.js';
import { capitalize, truncate } from '../format.js';
import {
  orNoCorpus,
  type Reply,
  resolveIndustriesOrExplain,
  resolveSkillsOrExplain,
  UserFacingError,
} from '../reply.js';
import { defineCommand } from './command.js';
import { completeIndustry, completeSkills } from './completion.js';
import { filterOptionSchemas, industryOption } from './filter-options.js';
import { useCases } from './use-cases.js';

// Ranked results shown a page at a time (Discord's pagination buttons; the console prints page one).
const RESULTS = 15;
const PAGE_SIZE = 5;

export const recommendCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('recommend')
    .setDescription('Listings that fit your profile, with the reasons')
    .addStringOption((o) =>
      o
        .setName('skills')
        .setDescription('Your skills, comma-separated (k8s, golang, postgres…)')
        .setRequired(true)
        .setMaxLength(300)
        .setAutocomplete(true),
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
    .addStringOption((o) =>
      o
        .setName('currency')
        .setDescription('With min_salary: the currency of that amount (EUR, USD, …)')
        .setMinLength(3)
        .setMaxLength(3),
    )
    .addStringOption(industryOption)
    .toJSON(),
  // A member's result: a private one may be shared to the channel.
  shareable: true,
  // About one member: private unless the server chose otherwise.
  private: (_options, server) => !server.personalPublic,
  autocomplete: { skills: completeSkills, industry: completeIndustry },
  options: z.object({
    skills: z.string().trim().min(1, 'name at least one skill').max(300),
    years: z.number().int().min(0).max(50).optional(),
    location: z.string().trim().max(100).optional(),
    remote: z.boolean().optional(),
    min_salary: z.number().int().positive().optional(),
    seniority: z.enum(SENIORITY_LEVELS).optional(),
    currency: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{3}$/, 'a three-letter currency code such as EUR')
      .optional(),
    industry: filterOptionSchemas.industry,
  }),
  async run(args, { app }) {
    const { recommendListings } = await useCases.recommend();
    const skills = resolveSkillsOrExplain(app, args.skills);
    const profile: Profile = { skills, remote: args.remote ?? false };
    if (args.years !== undefined) profile.years = args.years;
    if (args.location) profile.location = args.location;
    if (args.currency && !args.min_salary)
      throw new UserFacingError('`currency` goes with `min_salary` (the currency of that amount).');
    if (args.min_salary)
      profile.minSalary = args.currency
        ? { amount: args.min_salary, currency: args.currency.toUpperCase() }
        : { amount: args.min_salary };
    if (args.industry) profile.industry = resolveIndustriesOrExplain(app, args.industry);
    if (args.seniority) profile.seniority = args.seniority;
    const { results } = orNoCorpus(recommendListings({ profile, k: RESULTS }, app));
    const title = truncate(`Listings for ${skills.join(', ')}`, 256);
    const pages: Reply[] = [];
    for (let start = 0; start < Math.max(results.length, 1); start += PAGE_SIZE) {
      const page = results.slice(start, start + PAGE_SIZE);
      pages.push({
        // A profile is personal: the answer is shown only to the member who asked.
        ephemeral: true,
        embeds: [
          {
            title,
            ...(page.length ? {} : { description: 'No listing in the corpus fits this profile.' }),
            fields: page.map((r, i) => ({
              name: truncate(`${start + i + 1}. ${r.title} — ${r.company}`, 256),
              value: truncate(`${r.reasons}\n\`${r.listingId}\``, 1024),
            })),
            footer: `Ranked by skill fit (weighted by how central each skill is), experience, place, pay and level${
              args.min_salary && !args.currency
                ? ' · pay not ranked: give a currency with min_salary (ranges are never converted)'
                : ''
            }${profile.industry ? ` · only ${profile.industry.map((i) => app.pipeline.industries.label(i)).join(' or ')}` : ''}`,
          },
        ],
      });
    }
    const [first, ...rest] = pages;
    const reply: Reply = {
      ...first!,
      context: {
        question: `recommend ${skills.join(', ')}`,
        listingIds: results.slice(0, 3).map((r) => r.listingId),
      },
      ...(rest.length ? { pages: rest } : {}),
    };
    return { reply, data: { results } };
  },
});
