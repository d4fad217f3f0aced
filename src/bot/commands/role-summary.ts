import { SlashCommandBuilder } from '@discordjs/builders';
import { z } from 'zod';
import { type RoleSummary, summaryText } from '../../rag/summary.js';
import { NOTE_LIMITS } from '../../storage/state/mentor-notes.js';
import { truncate } from '../format.js';
import {
  NoCorpusError,
  NotFoundError,
  type Reply,
  resolveIndustriesOrExplain,
  UserFacingError,
} from '../reply.js';
import { defineCommand, noteScope } from './command.js';
import { completeIndustry, completeListing } from './completion.js';
import { filterOptionSchemas, industryOption } from './filter-options.js';
import { useCases } from './use-cases.js';

export const roleSummaryCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('role-summary')
    .setDescription('A shareable summary of one listing or of a kind of role, every point cited')
    .addStringOption((o) =>
      o
        .setName('listing')
        .setDescription('A listing id (start typing a title or company)')
        .setMaxLength(128)
        .setAutocomplete(true),
    )
    .addStringOption((o) =>
      o
        .setName('topic')
        .setDescription('e.g. Lead Backend Engineer in fintech, Go platform leads remote EU')
        .setMaxLength(NOTE_LIMITS.topic),
    )
    .addBooleanOption((o) =>
      o
        .setName('public')
        .setDescription('Post it in the channel, attributed to you (default: only you see it)'),
    )
    .addStringOption((o) =>
      industryOption(o).setDescription(
        'With topic: only listings in this industry (fintech, games, health…)',
      ),
    )
    .toJSON(),
  // A member's result: a private one may be shared to the channel.
  shareable: true,
  private: (options) => options.public !== true,
  autocomplete: { listing: completeListing, industry: completeIndustry },
  // Reads the vector index: run in the search worker, the only one that holds it.
  searches: true,
  options: z
    .object({
      listing: z.string().trim().min(1).max(128).optional(),
      topic: z.string().trim().min(3, 'describe the topic in a few words').max(NOTE_LIMITS.topic).optional(),
      public: z.boolean().optional(),
      industry: filterOptionSchemas.industry,
    })
    .refine((o) => (o.listing === undefined) !== (o.topic === undefined), {
      message: 'give either a listing or a topic (one of the two)',
      path: ['listing'],
    })
    .refine((o) => o.industry === undefined || o.topic !== undefined, {
      message: 'industry narrows a topic summary: give a topic with it',
      path: ['industry'],
    }),
  async run(args, ctx) {
    const { summarize } = await useCases.summarize();
    const { app, invoker } = ctx;
    // Only notes of this server (or an operator's, or shared ones) are cited.
    const result = await summarize(
      args.listing !== undefined
        ? { listingId: args.listing }
        : {
            topic: args.topic!,
            ...(args.industry ? { industry: resolveIndustriesOrExplain(app, args.industry) } : {}),
          },
      noteScope(ctx),
      app,
    );
    if (result.kind === 'no_corpus') throw new NoCorpusError();
    if (result.kind === 'not_found')
      throw new NotFoundError(
        `No listing with id \`${args.listing}\`. Start typing a title or company to pick one.`,
      );
    if (result.kind === 'not_covered')
      throw new UserFacingError(
        'I can summarise backend engineering roles from my listings: try a topic like “Lead Backend Engineer in fintech” or “Go platform leads, remote EU”.',
      );
    return { reply: renderSummary(result.summary, args.public ? invoker.name : null), data: result.summary };
  },
});

/** A summary as one embed (split by the adapter when long), with its sources and a draft note. */
export function renderSummary(summary: RoleSummary, sharedBy: string | null): Reply {
  const body = summary.sections.map((s) => [`**${s.heading}**`, ...s.points.map((p) => `- ${p}`)].join('\n'));
  const sources = summary.citations.map(
    (c) => `[${c.n}] ${c.kind === 'note' ? '📝 ' : ''}${c.title} — ${c.company}${c.url ? ` <${c.url}>` : ''}`,
  );
  const listingIds = summary.citations.filter((c) => c.kind === 'listing').map((c) => c.listingId);
  return {
    context: {
      question: summary.topic ?? summary.listingId ?? summary.title,
      answer: body.join('\n\n'),
      citations: summary.citations.filter((c) => c.kind !== 'note'),
      generation: summary.generation,
      listingIds,
    },
    embeds: [
      {
        title: truncate(summary.title, 256),
        description: [summary.basis, ...body].join('\n\n'),
        fields: sources.length ? [{ name: 'Sources', value: sources.join('\n') }] : [],
        footer: `${sharedBy ? `Shared by ${sharedBy} · ` : ''}Composed from the listings · corpus ${summary.generation}`,
      },
    ],
    noteDraft: {
      ...(summary.listingId ? { listingId: summary.listingId } : {}),
      ...(summary.topic ? { topic: summary.topic } : {}),
      title: truncate(summary.title, NOTE_LIMITS.title),
      body: truncate(summaryText(summary, { sources: true }), NOTE_LIMITS.body),
    },
  };
}
