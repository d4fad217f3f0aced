import { SlashCommandBuilder } from '@discordjs/builders';
import { z } from 'zod';
import { type MentorNote, NOTE_LIMITS } from '../../storage/mentor-notes.js';
import { truncate } from '../format.js';
import { type Reply, UserFacingError } from '../reply.js';
import { defineCommand } from './command.js';

export const notesCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('notes')
    .setDescription("Mentor notes: role summaries in a mentor's own words")
    .addSubcommand((s) =>
      s
        .setName('save')
        .setDescription('Save a note about a listing or a topic')
        .addStringOption((o) =>
          o
            .setName('title')
            .setDescription('A short title')
            .setRequired(true)
            .setMaxLength(NOTE_LIMITS.title),
        )
        .addStringOption((o) =>
          o
            .setName('body')
            .setDescription('The note, in your own words')
            .setRequired(true)
            .setMaxLength(NOTE_LIMITS.body),
        )
        .addStringOption((o) =>
          o
            .setName('listing')
            .setDescription('The listing it is about')
            .setMaxLength(128)
            .setAutocomplete(true),
        )
        .addStringOption((o) =>
          o.setName('topic').setDescription('Or the topic it is about').setMaxLength(NOTE_LIMITS.topic),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('list')
        .setDescription('The newest notes')
        .addBooleanOption((o) => o.setName('mine').setDescription('Only the notes you wrote')),
    )
    .addSubcommand((s) =>
      s
        .setName('search')
        .setDescription('Find notes by words')
        .addStringOption((o) =>
          o.setName('query').setDescription('Words to look for').setRequired(true).setMaxLength(200),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('remove')
        .setDescription('Remove a note you wrote (admins: any note)')
        .addIntegerOption((o) =>
          o.setName('id').setDescription('The note number').setRequired(true).setMinValue(1),
        ),
    )
    .toJSON(),
  options: z.discriminatedUnion('subcommand', [
    z.object({
      subcommand: z.literal('save'),
      title: z.string().trim().min(1, 'give the note a title').max(NOTE_LIMITS.title),
      body: z.string().trim().min(1, 'the note is empty').max(NOTE_LIMITS.body),
      listing: z.string().trim().min(1).max(128).optional(),
      topic: z.string().trim().min(1).max(NOTE_LIMITS.topic).optional(),
    }),
    z.object({ subcommand: z.literal('list'), mine: z.boolean().optional() }),
    z.object({ subcommand: z.literal('search'), query: z.string().trim().min(2).max(200) }),
    z.object({ subcommand: z.literal('remove'), id: z.number().int().positive() }),
  ]),
  async run(args, { app, invoker }) {
    const notes = app.notes();
    switch (args.subcommand) {
      case 'save': {
        if (args.listing && !app.reader()?.listing(args.listing))
          throw new UserFacingError(`No listing with id \`${args.listing}\`; the note was not saved.`);
        const note = notes.save({
          authorId: invoker.id,
          authorName: invoker.name,
          listingId: args.listing ?? null,
          topic: args.topic ?? null,
          title: args.title,
          body: args.body,
        });
        return {
          ephemeral: true,
          content: `Saved as mentor note #${note.id}: “${truncate(note.title, 80)}”.`,
        };
      }
      case 'list':
        return renderNotes(
          args.mine ? 'Your notes' : 'Mentor notes',
          notes.list(args.mine ? { authorId: invoker.id, limit: 10 } : { limit: 10 }),
        );
      case 'search':
        return renderNotes(`Notes matching “${truncate(args.query, 80)}”`, notes.search(args.query, 10));
      case 'remove': {
        const outcome = notes.remove(args.id, invoker);
        if (outcome === 'not_found') throw new UserFacingError(`There is no note #${args.id}.`);
        if (outcome === 'forbidden')
          throw new UserFacingError(
            `Note #${args.id} is someone else's: only its author or an admin can remove it.`,
          );
        return { ephemeral: true, content: `Removed note #${args.id}.` };
      }
    }
  },
});

export function noteLine(n: MentorNote): string {
  const about = n.listingId
    ? `about \`${n.listingId}\``
    : n.topic
      ? `on “${truncate(n.topic, 60)}”`
      : 'general';
  return `**#${n.id} ${truncate(n.title, 80)}** — ${n.authorName}, ${n.createdAt.slice(0, 10)}, ${about}\n${truncate(n.body.replace(/\s+/g, ' '), 240)}`;
}

function renderNotes(title: string, notes: MentorNote[]): Reply {
  return {
    ephemeral: true,
    embeds: [
      {
        title,
        description: notes.length ? notes.map(noteLine).join('\n\n') : 'No notes yet.',
        footer: 'Mentor notes are members’ own words, not listings.',
      },
    ],
  };
}
