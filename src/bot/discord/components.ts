import { randomBytes } from 'node:crypto';
import {
  type ButtonInteraction,
  MessageFlags,
  type ModalSubmitInteraction,
  type RepliableInteraction,
  TextInputStyle,
} from 'discord.js';
import type { Invoker } from '../commands/command.js';
import { findCommand, followUpCommand } from '../commands/registry.js';
import type { Reply } from '../reply.js';
import type { WorkerPool } from '../worker/pool.js';
import type { DiscordContext } from './context.js';
import type { ComponentRef } from './custom-id.js';
import type { MemberLimiter } from './rate-limit.js';
import { renderReply, replyPage } from './render.js';
import type { Responder } from './respond.js';

/** What the buttons and modals need of the rest of the adapter. */
export interface ComponentHost {
  pool(): WorkerPool;
  readonly limiter: MemberLimiter;
  invoker(interaction: RepliableInteraction): Invoker;
  /** Whether a command's reply is private here (its `private` policy and the server's settings). */
  visibility(name: string, options: Record<string, unknown>, guildId: string | null): boolean;
}

/**
 * The buttons under a reply (sources, similar listings, feedback, pages, share, follow-up, edit
 * as note) and the modals they open. Each acts on the stored exchange its signed id names.
 */
export class Components {
  constructor(
    private readonly ctx: DiscordContext,
    private readonly respond: Responder,
    private readonly host: ComponentHost,
  ) {}

  private decode(customId: string): ComponentRef | string {
    const ref = this.ctx.ids.decode(customId);
    if ('refused' in ref)
      return ref.refused === 'stale'
        ? 'That button comes from an older version of RoleRadar. Please run the command again.'
        : "That button wasn't made by RoleRadar, so I can't act on it.";
    return ref;
  }

  async onButton(interaction: ButtonInteraction, received: number): Promise<void> {
    const ref = this.decode(interaction.customId);
    if (typeof ref === 'string') {
      this.ctx.metrics.interactions.inc({ command: 'button', outcome: 'refused' });
      await this.respond.replyNow(interaction, ref, received);
      return;
    }
    const label = `button:${ref.action}`;
    // Modals must be the first response: shown at once, from memory.
    if (ref.action === 'followup') {
      await interaction.showModal({
        custom_id: this.ctx.ids.encode({ action: 'followup', exchangeId: ref.exchangeId, arg: '' }),
        title: 'Ask a follow-up',
        components: [
          {
            type: 1,
            components: [
              {
                type: 4,
                custom_id: 'question',
                label: 'Your follow-up question',
                style: TextInputStyle.Paragraph,
                min_length: 3,
                max_length: 500,
                required: true,
              },
            ],
          },
        ],
      });
      this.respond.ackObserved(label, received);
      return;
    }
    if (ref.action === 'note') {
      const draft = this.ctx.drafts.get(ref.exchangeId);
      if (!draft) {
        await this.respond.replyNow(
          interaction,
          'That summary is no longer in memory; run /role-summary again to save it as a note.',
          received,
        );
        return;
      }
      await interaction.showModal({
        custom_id: this.ctx.ids.encode({ action: 'note', exchangeId: ref.exchangeId, arg: '' }),
        title: 'Save as a mentor note',
        components: [
          {
            type: 1,
            components: [
              {
                type: 4,
                custom_id: 'title',
                label: 'Title',
                style: TextInputStyle.Short,
                max_length: 100,
                required: true,
                value: draft.title.slice(0, 100),
              },
            ],
          },
          {
            type: 1,
            components: [
              {
                type: 4,
                custom_id: 'body',
                label: 'Your note (edit it in your own words)',
                style: TextInputStyle.Paragraph,
                max_length: 4000,
                required: true,
                value: draft.body.slice(0, 4000),
              },
            ],
          },
        ],
      });
      this.respond.ackObserved(label, received);
      return;
    }
    const admission = this.host.limiter.admit(interaction.user.id);
    if (!admission.ok) {
      await this.respond.replyNow(interaction, slowDown(admission.retryAfterMs), received);
      return;
    }
    try {
      if (ref.action === 'page') {
        await interaction.deferUpdate();
        this.respond.ackObserved(label, received);
        const exchange = await this.host.pool().run('exchange', {
          id: ref.exchangeId,
          guildId: interaction.guildId,
        });
        if (exchange.userId !== interaction.user.id) {
          await this.respond.followUpEphemeral(
            interaction,
            'Only the member who asked can turn these pages.',
          );
          return;
        }
        const page = Math.max(0, Number.parseInt(ref.arg, 10) || 0);
        const reply = exchange.reply as Reply;
        const [message] = renderReply(replyPage(reply, page), {
          exchangeId: exchange.id,
          ids: this.ctx.ids,
          ephemeral: interaction.message.flags.has(MessageFlags.Ephemeral),
          shareable: findCommand(exchange.command)?.shareable === true,
          page,
        });
        await interaction.editReply(this.respond.editPayload(message!));
        return;
      }
      const ephemeral = ref.action !== 'share';
      if (!(await this.respond.defer(interaction, label, ephemeral, received))) return;
      if (ref.action === 'up' || ref.action === 'down') {
        await this.host.pool().run('feedback', {
          exchangeId: ref.exchangeId,
          userId: interaction.user.id,
          rating: ref.action === 'up' ? 1 : -1,
          guildId: interaction.guildId,
        });
        await interaction.editReply(
          this.respond.editPayload({
            content: 'Thanks, your feedback is recorded: it helps improve the corpus.',
            embeds: [],
            components: [],
            files: [],
          }),
        );
      } else if (ref.action === 'sources') {
        const exchange = await this.host.pool().run('exchange', {
          id: ref.exchangeId,
          guildId: interaction.guildId,
        });
        await this.respond.deliver(
          interaction,
          { reply: sourcesReply(exchange.reply as Reply), exchangeId: null },
          true,
          label,
          received,
        );
      } else if (ref.action === 'similar') {
        const reply = await this.host.pool().run('similar', {
          exchangeId: ref.exchangeId,
          guildId: interaction.guildId,
        });
        await this.respond.deliver(interaction, { reply, exchangeId: null }, true, label, received);
      } else if (ref.action === 'share') {
        const exchange = await this.host.pool().run('exchange', {
          id: ref.exchangeId,
          guildId: interaction.guildId,
        });
        if (exchange.userId !== interaction.user.id) {
          await interaction.deleteReply().catch(() => {});
          await this.respond.followUpEphemeral(
            interaction,
            'Only the member who asked can share this result.',
          );
          return;
        }
        // A button from an admin or operator reply (or from before this rule) shares nothing.
        if (findCommand(exchange.command)?.shareable !== true) {
          await interaction.deleteReply().catch(() => {});
          await this.respond.followUpEphemeral(
            interaction,
            `Results of \`/${exchange.command}\` are not shared to the channel.`,
          );
          return;
        }
        const shared = sharedReply(exchange.reply as Reply, this.host.invoker(interaction).name);
        await this.respond.deliver(interaction, { reply: shared, exchangeId: null }, false, label, received);
      }
    } finally {
      admission.release();
    }
  }

  async onModal(interaction: ModalSubmitInteraction, received: number): Promise<void> {
    const ref = this.decode(interaction.customId);
    if (typeof ref === 'string') {
      await this.respond.replyNow(interaction, ref, received);
      return;
    }
    const admission = this.host.limiter.admit(interaction.user.id);
    if (!admission.ok) {
      await this.respond.replyNow(interaction, slowDown(admission.retryAfterMs), received);
      return;
    }
    try {
      const invoker = this.host.invoker(interaction);
      const exchangeId = randomBytes(8).toString('hex');
      if (ref.action === 'followup') {
        const question = interaction.fields.getTextInputValue('question').slice(0, 500);
        // The command that answers follow-ups decides, by its own policy, who sees and may share it.
        const answering = followUpCommand();
        if (!answering) {
          await this.respond.replyNow(interaction, 'Follow-up questions are not available.', received);
          return;
        }
        const ephemeral = this.host.visibility(answering.data.name, {}, interaction.guildId);
        if (!(await this.respond.defer(interaction, 'followup', ephemeral, received))) return;
        const outcome = await this.host.pool().run('followup', {
          previousExchangeId: ref.exchangeId,
          question,
          invoker,
          guildId: interaction.guildId,
          exchangeId,
        });
        await this.respond.deliver(
          interaction,
          outcome,
          ephemeral,
          'followup',
          received,
          answering.shareable === true,
        );
      } else if (ref.action === 'note') {
        if (!(await this.respond.defer(interaction, 'note', true, received))) return;
        const draft = this.ctx.drafts.get(ref.exchangeId);
        const outcome = await this.host.pool().run('command', {
          name: 'notes',
          options: {
            subcommand: 'save',
            title: interaction.fields.getTextInputValue('title'),
            body: interaction.fields.getTextInputValue('body'),
            ...(draft?.listingId ? { listing: draft.listingId } : {}),
            ...(draft?.topic ? { topic: draft.topic } : {}),
          },
          invoker,
          guildId: interaction.guildId,
          exchangeId,
        });
        await this.respond.deliver(interaction, outcome, true, 'note', received);
      }
    } finally {
      admission.release();
    }
  }
}

export function slowDown(retryAfterMs: number): string {
  return `Slow down a little: you have several requests running or just sent. Try again in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s.`;
}

/** The "Sources" button: the numbered sources of an answer, with their stored links. */
function sourcesReply(reply: Reply): Reply {
  const citations = reply.context?.citations ?? [];
  return {
    ephemeral: true,
    embeds: [
      {
        title: 'Sources',
        description: citations.length
          ? citations
              .map(
                (c) =>
                  `**[${c.n}]** ${c.title} — ${c.company}\n\`${c.listingId}\`${c.url ? ` · <${c.url}>` : ''}`,
              )
              .join('\n\n')
          : 'This answer cites no sources.',
        footer: `Corpus generation ${reply.context?.generation ?? 'unknown'} · /listing id:<id> shows one in full`,
      },
    ],
  };
}

/** A private result posted to the channel, attributed to the member who shared it (by name, no ping). */
function sharedReply(reply: Reply, memberName: string): Reply {
  const { pages: _pages, noteDraft: _draft, ...rest } = reply;
  const name = memberName.replace(/[\\*_~`|>[\]()]/g, '\\$&');
  return {
    ...rest,
    ephemeral: false,
    content: `Shared by ${name}${rest.content ? `\n${rest.content}` : ''}`.slice(0, 2000),
  };
}
