import { SlashCommandBuilder } from '@discordjs/builders';
import { z } from 'zod';
import { truncate } from '../format.js';
import { orNoCorpus, type Reply, resolveIndustriesOrExplain, resolveSkillsOrExplain } from '../reply.js';
import { defineCommand } from './command.js';
import { completeIndustry } from './completion.js';
import { filterOptionSchemas, industryOption } from './filter-options.js';
import { useCases } from './use-cases.js';

export const gapCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('gap')
    .setDescription('Which demanded skills you lack for a kind of role')
    .addStringOption((o) =>
      o.setName('skills').setDescription('Your skills, comma-separated').setRequired(true).setMaxLength(300),
    )
    .addStringOption((o) =>
      o
        .setName('target')
        .setDescription('e.g. lead backend fintech, remote go platform roles in europe')
        .setMaxLength(200),
    )
    .addStringOption(industryOption)
    .toJSON(),
  // A member's result: a private one may be shared to the channel.
  shareable: true,
  // About one member: private unless the server chose otherwise.
  private: (_options, server) => !server.personalPublic,
  autocomplete: { industry: completeIndustry },
  options: z.object({
    skills: z.string().trim().min(1).max(300),
    target: z.string().trim().min(2).max(200).optional(),
    industry: filterOptionSchemas.industry,
  }),
  async run({ skills: raw, target, industry }, { app }) {
    const { skillGapFor } = await useCases.gap();
    const skills = resolveSkillsOrExplain(app, raw);
    const industries = industry ? resolveIndustriesOrExplain(app, industry) : [];
    const { report } = orNoCorpus(
      skillGapFor(
        { skills, ...(target ? { target } : {}), filters: industries.length ? { industry: industries } : {} },
        app,
      ),
    );
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    const reply: Reply = {
      // A member's own profile: shown only to them.
      ephemeral: true,
      embeds: [
        {
          title: truncate(`Skill gap${target ? ` for “${target}”` : ''}`, 256),
          description: `Across ${report.market} listings${industries.length ? ` in ${industries.map((i) => app.pipeline.industries.label(i)).join(' or ')}` : ''}${target ? ' matching the target' : ''}, as required skills (not nice-to-haves).`,
          fields: [
            {
              name: 'Most demanded, and missing',
              value: truncate(
                report.missing
                  .map(
                    (g) =>
                      `**${g.skill}** — ${g.listings} listings (${pct(g.share)}), e.g. \`${g.examples[0]?.listingId}\``,
                  )
                  .join('\n') || 'Nothing: you cover every demanded skill.',
                1024,
              ),
            },
            {
              name: 'Already covered',
              value: truncate(
                report.covered.map((g) => `${g.skill} (${pct(g.share)})`).join(', ') ||
                  'None of the demanded skills yet.',
                1024,
              ),
            },
          ],
        },
      ],
    };
    return { reply, data: report };
  },
});
