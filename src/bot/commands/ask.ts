import { SlashCommandBuilder } from '@discordjs/builders';
import { z } from 'zod';
import { MAX_QUESTION_CHARS } from '../../rag/answer/ask.js';
import { truncate } from '../format.js';
import { orNoCorpus, type Reply } from '../reply.js';
import { defineCommand } from './command.js';
import { useCases } from './use-cases.js';

export const askCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask about Lead Backend Engineer roles; answers cite the listings they come from')
    .addStringOption((o) =>
      o
        .setName('question')
        .setDescription('e.g. what do lead backend roles in fintech require?')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_CHARS),
    )
    .toJSON(),
  // A member's result: a private one may be shared to the channel.
  shareable: true,
  private: (_options, server) => !server.askPublic,
  // A model answer streams into the reply under the question.
  streams: (options) => String(options.question ?? ''),
  // "Ask a follow-up" under an answer asks again, with the earlier question as context.
  answersFollowUps: true,
  options: z.object({ question: z.string().trim().min(3, 'ask a question').max(MAX_QUESTION_CHARS) }),
  async run({ question }, { app, progress }) {
    // Where the surface shows progress (Discord edits its reply), a model answer streams into it.
    // The same question on the same generation is composed once (per worker): see App.caches.
    const result = orNoCorpus(
      await (await useCases.ask()).ask(
        { question, cache: true, ...(progress ? { onPartial: (text) => progress({ partial: text }) } : {}) },
        app,
      ),
    );
    if (result.kind === 'not_covered') return { reply: { content: result.answer }, data: result };
    // How fresh the cited listings are: the oldest time a refresh stored or confirmed one of them.
    const reader = app.reader();
    const fetched = result.citations
      .map((c) => reader?.listing(c.listingId)?.fetchedAt)
      .filter((t): t is string => !!t)
      .sort()[0];
    const reply: Reply = {
      context: {
        question,
        answer: result.answer,
        citations: result.citations,
        generation: result.generation,
      },
      embeds: [
        {
          // Made from the plan ("Posted pay · lead level · in Germany"), never the member's own words.
          title: truncate(result.title ?? 'Answer', 256),
          // Long answers and source lists continue in further fields and embeds (fitEmbeds), never cut:
          // every [n] in the answer keeps its source line.
          description: result.answer,
          fields: result.citations.length
            ? [
                {
                  name: 'Sources',
                  // Links come from the stored listing URLs, rendered here by code.
                  value: result.citations
                    .map((c) => `[${c.n}] ${c.title} — ${c.company}${c.url ? ` <${c.url}>` : ''}`)
                    .join('\n'),
                },
              ]
            : [],
          footer: `${result.mode === 'offline' ? 'Composed from the listings (offline)' : 'Model answer'} · corpus ${result.generation}${fetched ? ` · listings fetched ${fetched.slice(0, 10)} or later` : ''}`,
        },
      ],
    };
    return { reply, data: result };
  },
});
