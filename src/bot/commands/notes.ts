import { SlashCommandBuilder } from '@discordjs/builders';
import { z } from 'zod';
import { type MentorNote, NOTE_LIMITS } from '../../storage/state/mentor-notes.js';
import { truncate } from '../format.js';
import { NotFoundError, type Reply, UserFacingError } from '../reply.js';
import { defineCommand, noteScope } from './command.js';
import { completeListing } from './completion.js';

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
        .setDescription("Remove a note you wrote (admins: any of this server's notes)")
        .addIntegerOption((o) =>
          o.setName('id').setDescription('The note number').setRequired(true).setMinValue(1),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('share')
        .setDescription('Operators: show a note in every server, or take it back (shared: false)')
        .addIntegerOption((o) =>
          o.setName('id').setDescription('The note number').setRequired(true).setMinValue(1),
        )
        .addBooleanOption((o) => o.setName('shared').setDescription('Share it (default) or stop sharing it')),
    )
    .toJSON(),
  private: true,
  autocomplete: { listing: completeListing },
  // "Edit & save as note" under a reply with a draft (a role summary): a form, then `save`.
  buttons: [
    {
      key: 'save',
      label: 'Edit & save as note',
      emoji: '📝',
      row: 'last',
      offeredFor: (reply) => reply.noteDraft !== undefined,
      form: {
        title: 'Save as a mentor note',
        fields: (reply) => [
          {
            id: 'title',
            label: 'Title',
            style: 'short',
            maxLength: NOTE_LIMITS.title,
            required: true,
            value: (reply.noteDraft?.title ?? '').slice(0, NOTE_LIMITS.title),
          },
          {
            id: 'body',
            label: 'Your note (edit it in your own words)',
            style: 'paragraph',
            maxLength: NOTE_LIMITS.body,
            required: true,
            value: (reply.noteDraft?.body ?? '').slice(0, NOTE_LIMITS.body),
          },
        ],
        expired: 'That summary is no longer in memory; run /role-summary again to save it as a note.',
      },
      options: (reply, answers) => ({
        subcommand: 'save',
        title: answers.title ?? '',
        body: answers.body ?? '',
        ...(reply.noteDraft?.listingId ? { listing: reply.noteDraft.listingId } : {}),
        ...(reply.noteDraft?.topic ? { topic: reply.noteDraft.topic } : {}),
      }),
    },
  ],
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
    z.object({
      subcommand: z.literal('share'),
      id: z.number().int().positive(),
      shared: z.boolean().optional(),
    }),
  ]),
  async run(args, ctx) {
    const { app, invoker } = ctx;
    const notes = app.notes();
    // Notes belong to the server they are saved in; an operator's (console, CLI) are everyone's.
    const scope = noteScope(ctx);
    switch (args.subcommand) {
      case 'save': {
        if (ctx.surface === 'discord' && !ctx.guildId && !scope.operator)
          throw new UserFacingError(
            "Mentor notes belong to a server: save it from one of the server's channels.",
          );
        if (args.listing && !app.reader()?.listing(args.listing))
          throw new UserFacingError(`No listing with id \`${args.listing}\`; the note was not saved.`);
        const note = await notes.save({
          authorId: invoker.id,
          authorName: invoker.name,
          listingId: args.listing ?? null,
          topic: args.topic ?? null,
          title: args.title,
          body: args.body,
          guildId: ctx.surface === 'discord' ? (ctx.guildId ?? null) : null,
        });
        return {
          reply: {
            ephemeral: true,
            content: `Saved as mentor note #${note.id}: “${truncate(note.title, 80)}”.`,
          },
          data: { saved: note.id, note },
        };
      }
      case 'list':
        return renderNotes(
          args.mine ? 'Your notes' : 'Mentor notes',
          await notes.list(scope, args.mine ? { authorId: invoker.id, limit: 10 } : { limit: 10 }),
        );
      case 'search':
        return renderNotes(
          `Notes matching “${truncate(args.query, 80)}”`,
          await notes.search(scope, args.query, 10),
        );
      case 'remove': {
        const outcome = await notes.remove(args.id, invoker, scope);
        if (outcome === 'not_found') throw new NotFoundError(`There is no note #${args.id}.`);
        if (outcome === 'forbidden')
          throw new UserFacingError(
            `Note #${args.id} is someone else's: only its author or an admin of the server it was saved in can remove it.`,
          );
        return { ephemeral: true, content: `Removed note #${args.id}.` };
      }
      case 'share': {
        // Sharing puts a server's note in front of every server: an operator's decision, as the corpus is.
        if (!scope.operator)
          throw new UserFacingError(
            "Only RoleRadar's operators share notes across servers (`ROLERADAR_OPERATOR_IDS`).",
          );
        const shared = args.shared ?? true;
        const note = await notes.share(args.id, shared);
        if (!note) throw new NotFoundError(`There is no note #${args.id}.`);
        return {
          ephemeral: true,
          content: shared
            ? `Note #${note.id} is now shown in every server.`
            : `Note #${note.id} is back to its own server only.`,
        };
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
