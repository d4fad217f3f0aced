import { SlashCommandBuilder } from '@discordjs/builders';
import { z } from 'zod';
import { capitalize, formatSalary, REMOTE_LABEL, truncate } from '../format.js';
import { orNoCorpus, type Reply } from '../reply.js';
import { defineCommand } from './command.js';
import { completeCompany, completeIndustry } from './completion.js';
import {
  companyOption,
  currencyOption,
  filterOptionSchemas,
  filtersFromOptions,
  industryOption,
  minSalaryOption,
  postedAfterOption,
  remoteOption,
  seniorityOption,
  sourceOption,
} from './filter-options.js';
import { useCases } from './use-cases.js';

export const searchCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('search')
    .setDescription('Find listings for a question in your own words')
    .addStringOption((o) =>
      o
        .setName('query')
        .setDescription('e.g. remote golang lead in Europe with k8s')
        .setRequired(true)
        .setMaxLength(300),
    )
    .addBooleanOption(remoteOption)
    .addStringOption((o) =>
      o
        .setName('skills')
        .setDescription('Skills every result must ask for, comma-separated')
        .setMaxLength(200),
    )
    .addStringOption((o) =>
      o.setName('location').setDescription('A country, city or region').setMaxLength(100),
    )
    .addStringOption(seniorityOption)
    .addIntegerOption(minSalaryOption)
    .addStringOption(currencyOption)
    .addStringOption(postedAfterOption)
    .addStringOption(companyOption)
    .addStringOption(industryOption)
    .addStringOption(sourceOption)
    .toJSON(),
  // A member's result: a private one may be shared to the channel.
  shareable: true,
  autocomplete: { company: completeCompany, industry: completeIndustry },
  // Reads the vector index: run in the search worker, the only one that holds it.
  searches: true,
  options: z.object({
    query: z.string().trim().min(2, 'ask something').max(300),
    remote: filterOptionSchemas.remote,
    skills: z.string().max(200).optional(),
    location: z.string().trim().max(100).optional(),
    seniority: filterOptionSchemas.seniority,
    min_salary: filterOptionSchemas.min_salary,
    currency: filterOptionSchemas.currency,
    posted_after: filterOptionSchemas.posted_after,
    company: filterOptionSchemas.company,
    industry: filterOptionSchemas.industry,
    source: filterOptionSchemas.source,
  }),
  async run(args, { app }) {
    const { searchListings } = await useCases.search();
    const filters = filtersFromOptions(args, app);
    const found = orNoCorpus(await searchListings({ query: args.query, k: 5, filters }, app));
    const { hits, plan } = found;
    const understood = [
      plan.skills.length ? `skills: ${plan.skills.join(', ')}` : '',
      plan.seniority ? `level: ${plan.seniority}` : '',
      plan.remote ? `work mode: ${plan.remote}` : '',
      plan.countries.length || plan.regions.length
        ? `place: ${[...plan.countries, ...plan.regions].join(', ')}`
        : '',
      plan.corrections.length
        ? `read "${plan.corrections.map((c) => `${c.from}" as "${c.to}`).join('", "')}"`
        : '',
    ].filter(Boolean);
    const data = { hits, understood: plan, generation: found.generation };
    if (hits.length === 0) {
      return {
        reply: {
          content: `No listings match${Object.keys(filters).length ? ' those filters' : ''}. Try fewer filters or other words.`,
        },
        data,
      };
    }
    const reply: Reply = {
      embeds: [
        {
          title: truncate(`Listings for “${args.query}”`, 256),
          description: understood.length ? `Understood ${understood.join('; ')}` : undefined,
          fields: hits.map((hit, i) => {
            const listing = found.listings.get(hit.listingId);
            const facts = listing
              ? [
                  REMOTE_LABEL[listing.remote],
                  capitalize(listing.seniority),
                  listing.location,
                  listing.salary ? formatSalary(listing.salary) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')
              : '';
            return {
              name: truncate(`${i + 1}. ${hit.title} — ${hit.company}`, 256),
              value: truncate(`${facts}\n${hit.snippet}\n\`${hit.listingId}\``, 1024),
            };
          }),
          footer: `corpus ${found.generation} · /listing id: for the whole listing`,
        },
      ],
    };
    return { reply, data };
  },
});
