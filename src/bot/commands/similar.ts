import { SlashCommandBuilder } from '@discordjs/builders';
import { z } from 'zod';
import { similarListings } from '../../services/similar.js';
import { NotFoundError, orNoCorpus } from '../reply.js';
import { defineCommand } from './command.js';
import { listingIdOption } from './filter-options.js';
import { similarReply } from './listing.js';

/** "Similar listings" by name: the same use case as the button under an answer, on every surface. */
export const similarCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('similar')
    .setDescription('Listings like one you name')
    .addStringOption(listingIdOption('listing'))
    .toJSON(),
  // Like the "Similar listings" button's reply: shown to the member who asked.
  private: true,
  options: z.object({ listing: z.string().trim().min(1, 'give a listing id').max(128) }),
  async run({ listing }, { app }) {
    const result = orNoCorpus(await similarListings([listing], app));
    if (result.kind === 'no_seed') throw new NotFoundError(`No listing with id \`${listing}\`.`);
    return {
      reply: {
        ...similarReply(result.seeds, result.similar),
        context: { question: `similar ${listing}`, listingIds: [listing] },
      },
      data: { seeds: result.seeds.map((l) => l.id), similar: result.similar },
    };
  },
});
