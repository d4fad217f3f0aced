import { randomBytes } from 'node:crypto';
import {
  type ButtonInteraction,
  MessageFlags,
  type ModalSubmitInteraction,
  TextInputStyle,
} from 'discord.js';
import type { FormField } from '../commands/command.js';
import { sourcesReply } from '../commands/listing.js';
import { findButton, findCommand, followUpCommand, type OfferedButton } from '../commands/registry.js';
import type { Reply } from '../reply.js';
import { type DiscordContext, formKey, invokerOf, isPrivate, poolOf } from './context.js';
import type { ComponentRef } from './custom-id.js';
import { DISCORD_LIMITS } from './limits.js';
import { renderReply, replyPage } from './render.js';
import type { Responder } from './respond.js';

/** The one field of "Ask a follow-up". */
const FOLLOW_UP_QUESTION: FormField = {
  id: 'question',
  label: 'Your follow-up question',
  style: 'paragraph',
  minLength: 3,
  maxLength: 500,
  required: true,
};

const STALE = 'That button comes from an older version of RoleRadar. Please run the command again.';

/**
 * The buttons under a reply and the modals they open: the adapter's own (sources, feedback,
 * pages, share, follow-up) and the commands' (`buttons` on a command: pressing one runs that
 * command). Each acts on the stored exchange its signed id names.
 */
export class Components {
  constructor(
    private readonly ctx: DiscordContext,
    private readonly respond: Responder,
  ) {}

  private decode(customId: string): ComponentRef | string {
    const ref = this.ctx.ids.decode(customId);
    if ('refused' in ref)
      return ref.refused === 'stale' ? STALE : "That button wasn't made by RoleRadar, so I can't act on it.";
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
    const offered = commandButton(ref);
    if (offered === null) {
      await this.respond.replyNow(interaction, STALE, received);
      return;
    }
    // A form (a modal) must be the first response: shown at once, from memory.
    if (ref.action === 'followup' || offered?.button.form) {
      await this.openForm(interaction, ref, offered, received);
      return;
    }
    const admission = this.ctx.limiter.admit(interaction.user.id);
    if (!admission.ok) {
      await this.respond.replyNow(interaction, slowDown(admission.retryAfterMs), received);
      return;
    }
    try {
      if (offered) {
        await this.runButton(interaction, offered, ref.exchangeId, {}, received);
        return;
      }
      if (ref.action === 'page') {
        await this.turnPage(interaction, ref, label, received);
        return;
      }
      const ephemeral = ref.action !== 'share';
      if (!(await this.respond.defer(interaction, label, ephemeral, received))) return;
      if (ref.action === 'up' || ref.action === 'down') {
        await poolOf(this.ctx).run('feedback', {
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
        const exchange = await poolOf(this.ctx).run('exchange', {
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
      } else if (ref.action === 'share') {
        await this.share(interaction, ref, label, received);
      }
    } finally {
      admission.release();
    }
  }

  /** A page of a paged reply, in place: only for the member who asked. */
  private async turnPage(
    interaction: ButtonInteraction,
    ref: ComponentRef,
    label: string,
    received: number,
  ): Promise<void> {
    await interaction.deferUpdate();
    this.respond.ackObserved(label, received);
    const exchange = await poolOf(this.ctx).run('exchange', {
      id: ref.exchangeId,
      guildId: interaction.guildId,
    });
    if (exchange.userId !== interaction.user.id) {
      await this.respond.followUpEphemeral(interaction, 'Only the member who asked can turn these pages.');
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
  }

  /** A private result posted to the channel, by the member who asked, when its command allows it. */
  private async share(
    interaction: ButtonInteraction,
    ref: ComponentRef,
    label: string,
    received: number,
  ): Promise<void> {
    const exchange = await poolOf(this.ctx).run('exchange', {
      id: ref.exchangeId,
      guildId: interaction.guildId,
    });
    if (exchange.userId !== interaction.user.id) {
      await interaction.deleteReply().catch(() => {});
      await this.respond.followUpEphemeral(interaction, 'Only the member who asked can share this result.');
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
    const shared = sharedReply(exchange.reply as Reply, invokerOf(this.ctx, interaction).name);
    await this.respond.deliver(interaction, { reply: shared, exchangeId: null }, false, label, received);
  }

  async onModal(interaction: ModalSubmitInteraction, received: number): Promise<void> {
    const ref = this.decode(interaction.customId);
    if (typeof ref === 'string') {
      await this.respond.replyNow(interaction, ref, received);
      return;
    }
    const admission = this.ctx.limiter.admit(interaction.user.id);
    if (!admission.ok) {
      await this.respond.replyNow(interaction, slowDown(admission.retryAfterMs), received);
      return;
    }
    try {
      if (ref.action === 'followup') {
        const question = interaction.fields.getTextInputValue('question').slice(0, 500);
        // The command that answers follow-ups decides, by its own policy, who sees and may share it.
        const answering = followUpCommand();
        if (!answering) {
          await this.respond.replyNow(interaction, 'Follow-up questions are not available.', received);
          return;
        }
        const ephemeral = isPrivate(this.ctx, answering.data.name, {}, interaction.guildId);
        if (!(await this.respond.defer(interaction, 'followup', ephemeral, received))) return;
        const outcome = await poolOf(this.ctx).run('followup', {
          previousExchangeId: ref.exchangeId,
          question,
          invoker: invokerOf(this.ctx, interaction),
          guildId: interaction.guildId,
          exchangeId: randomBytes(8).toString('hex'),
        });
        await this.respond.deliver(
          interaction,
          outcome,
          ephemeral,
          'followup',
          received,
          answering.shareable === true,
        );
      } else {
        const offered = commandButton(ref);
        if (!offered) {
          await this.respond.replyNow(interaction, STALE, received);
          return;
        }
        // Every text input of the form, by its id (the command's button reads them as `answers`).
        const answers: Record<string, string> = {};
        for (const [id, field] of interaction.fields.fields)
          if ('value' in field && typeof field.value === 'string')
            answers[id] = field.value.slice(0, DISCORD_LIMITS.textInput);
        await this.runButton(interaction, offered, ref.exchangeId, answers, received);
      }
    } finally {
      admission.release();
    }
  }

  /** The follow-up question's form, or the form of a command's button, prefilled when it was shown. */
  private async openForm(
    interaction: ButtonInteraction,
    ref: ComponentRef,
    offered: OfferedButton | undefined,
    received: number,
  ): Promise<void> {
    const form = offered?.button.form;
    const fields = form
      ? this.ctx.forms.get(formKey(ref.exchangeId, offered.command, offered.button.key))
      : [FOLLOW_UP_QUESTION];
    if (!fields) {
      await this.respond.replyNow(interaction, form!.expired, received);
      return;
    }
    await interaction.showModal({
      custom_id: this.ctx.ids.encode(ref),
      title: form?.title ?? 'Ask a follow-up',
      components: fields.map(textInput),
    });
    this.respond.ackObserved(`button:${ref.action}`, received);
  }

  /**
   * A command's button: the command runs in a worker, with options its button takes from the
   * stored reply (and the form's answers), shown by the command's own policy.
   */
  private async runButton(
    interaction: ButtonInteraction | ModalSubmitInteraction,
    offered: OfferedButton,
    previousExchangeId: string,
    answers: Record<string, string>,
    received: number,
  ): Promise<void> {
    const { command, button } = offered;
    const label = `button:/${command}`;
    const ephemeral = isPrivate(this.ctx, command, {}, interaction.guildId);
    if (!(await this.respond.defer(interaction, label, ephemeral, received))) return;
    const outcome = await poolOf(this.ctx).run(
      'button',
      {
        command,
        key: button.key,
        previousExchangeId,
        answers,
        invoker: invokerOf(this.ctx, interaction),
        guildId: interaction.guildId,
        exchangeId: randomBytes(8).toString('hex'),
      },
      { searches: findCommand(command)?.searches === true },
    );
    await this.respond.deliver(
      interaction,
      outcome,
      ephemeral,
      label,
      received,
      findCommand(command)?.shareable === true,
    );
  }
}

export function slowDown(retryAfterMs: number): string {
  return `Slow down a little: you have several requests running or just sent. Try again in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s.`;
}

/** A command's button named by the id; null when that command has no such button (any more). */
function commandButton(ref: ComponentRef): OfferedButton | null | undefined {
  if (!ref.action.startsWith('/')) return undefined;
  return findButton(ref.action.slice(1), ref.arg) ?? null;
}

/** A form field as a modal's row with one text input, within Discord's limits. */
function textInput(field: FormField) {
  const max = Math.min(field.maxLength, DISCORD_LIMITS.textInput);
  return {
    type: 1,
    components: [
      {
        type: 4,
        custom_id: field.id,
        label: field.label,
        style: field.style === 'short' ? TextInputStyle.Short : TextInputStyle.Paragraph,
        max_length: max,
        ...(field.minLength !== undefined ? { min_length: field.minLength } : {}),
        required: field.required,
        ...(field.value !== undefined ? { value: field.value.slice(0, max) } : {}),
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
