import { SlashCommandBuilder } from '@discordjs/builders';
import { z } from 'zod';
import { NotFoundError, orNoCorpus, type Reply } from '../reply.js';
import { defineCommand } from './command.js';
import { completeListing } from './completion.js';
import { listingIdOption } from './filter-options.js';
import { similarReply } from './listing.js';
import { useCases } from './use-cases.js';

/** "Similar listings" by name: the same use case as the button under an answer, on every surface. */
export const similarCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('similar')
    .setDescription('Listings like one you name')
    .addStringOption(listingIdOption('listing'))
    .toJSON(),
  // Like the "Similar listings" button's reply: shown to the member who asked.
  private: true,
  autocomplete: { listing: completeListing },
  // "Similar listings" under any reply about listings: this command, on the listings it is about.
  buttons: [
    {
      key: 'go',
      label: 'Similar listings',
      row: 'first',
      offeredFor: (reply) => aboutListings(reply).length > 0,
      options: (reply) => {
        const [listing, ...also] = aboutListings(reply);
        return { listing, also };
      },
    },
  ],
  // Reads the vector index: run in the search worker, the only one that holds it.
  searches: true,
  options: z.object({
    listing: z.string().trim().min(1, 'give a listing id').max(128),
    /** More listings to compare with: the button passes every listing a reply is about (no slash option). */
    also: z.array(z.string().trim().min(1).max(128)).max(50).optional(),
  }),
  async run({ listing, also = [] }, { app }) {
    const { similarListings } = await useCases.similar();
    const result = orNoCorpus(await similarListings([listing, ...also], app));
    if (result.kind === 'no_seed') throw new NotFoundError(`No listing with id \`${listing}\`.`);
    return {
      reply: {
        ...similarReply(result.seeds, result.similar),
        context: { question: `similar ${listing}`, listingIds: result.seeds.map((l) => l.id) },
      },
      data: { seeds: result.seeds.map((l) => l.id), similar: result.similar },
    };
  },
});

/** The listings a reply is about: those it names, else those it cites. */
function aboutListings(reply: Reply): string[] {
  const context = reply.context;
  return context?.listingIds ?? context?.citations?.map((c) => c.listingId) ?? [];
}
