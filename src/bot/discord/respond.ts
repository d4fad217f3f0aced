import { randomBytes } from 'node:crypto';
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  type Interaction,
  type InteractionReplyOptions,
  MessageFlags,
  type ModalSubmitInteraction,
  RateLimitError,
  type RepliableInteraction,
} from 'discord.js';
import { buttonsFor } from '../commands/registry.js';
import { type Reply, UserFacingError } from '../reply.js';
import type { CommandOutcome } from '../worker/operations.js';
import { type DiscordContext, formKey } from './context.js';
import { type OutgoingMessage, renderReply } from './render.js';

// Discord errors that mean the interaction is gone: nothing more can be sent for it.
const UNKNOWN_INTERACTION = 10062;
const UNKNOWN_WEBHOOK = 10015;
const INVALID_WEBHOOK_TOKEN = 50027;
/** Prefilled forms kept in memory for the buttons of recent replies. */
const MAX_FORMS = 500;

/**
 * Responding to an interaction: deferring within Discord's 3 s, immediate private answers, the
 * reply delivered into the deferred response (pages as follow-ups), REST failures classified once,
 * and the error boundary of the adapter.
 */
export class Responder {
  private readonly expiredLogged = new Set<string>();

  constructor(private readonly ctx: DiscordContext) {}

  /** Acknowledges within the deadline; false when the interaction is already gone (10062). */
  async defer(
    interaction: ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction,
    label: string,
    ephemeral: boolean,
    received: number,
  ): Promise<boolean> {
    try {
      await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
      this.ackObserved(label, received);
      return true;
    } catch (error) {
      this.restFailure(interaction, label, error);
      return false;
    }
  }

  ackObserved(label: string, received: number): void {
    this.ctx.metrics.ackLatency.observe((performance.now() - received) / 1000);
    this.ctx.metrics.interactions.inc({ command: label, outcome: 'acknowledged' });
  }

  /** An immediate (non-deferred) ephemeral answer: refusals, "slow down", errors before work. */
  async replyNow(interaction: RepliableInteraction, content: string, received: number): Promise<void> {
    try {
      await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      this.ctx.metrics.ackLatency.observe((performance.now() - received) / 1000);
    } catch (error) {
      this.restFailure(interaction, 'reply', error);
    }
  }

  editPayload(message: OutgoingMessage) {
    return {
      content: message.content ?? '',
      embeds: message.embeds,
      components: message.components,
      files: message.files.map((f) => ({ attachment: Buffer.from(f.data), name: f.name })),
      // Nobody is ever pinged, whatever the text says.
      allowedMentions: { parse: [] },
    };
  }

  private followUpPayload(message: OutgoingMessage, ephemeral: boolean): InteractionReplyOptions {
    const flags =
      (ephemeral ? MessageFlags.Ephemeral : 0) | (message.embeds.length ? 0 : MessageFlags.SuppressEmbeds);
    return {
      ...(message.content ? { content: message.content } : {}),
      embeds: message.embeds,
      components: message.components,
      files: message.files.map((f) => ({ attachment: Buffer.from(f.data), name: f.name })),
      allowedMentions: { parse: [] },
      ...(flags ? { flags: flags as MessageFlags.Ephemeral } : {}),
    };
  }

  async followUpEphemeral(interaction: RepliableInteraction, content: string): Promise<void> {
    await interaction
      .followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } })
      .catch((error: unknown) => this.restFailure(interaction, 'followup', error));
  }

  /**
   * Sends a worker's reply into the deferred response: the first message edits it, the rest follow.
   * A private reply to a public deferral (an error, a refusal) replaces it with a private follow-up.
   */
  async deliver(
    interaction: RepliableInteraction,
    outcome: CommandOutcome,
    deferredEphemeral: boolean,
    label: string,
    received: number,
    shareable = false,
  ): Promise<void> {
    const { reply, exchangeId } = outcome;
    const ephemeral = deferredEphemeral || reply.ephemeral === true;
    if (exchangeId) this.rememberForms(exchangeId, reply);
    const messages = renderReply(reply, { exchangeId, ids: this.ctx.ids, ephemeral, shareable });
    try {
      if (reply.ephemeral && !deferredEphemeral) {
        await interaction.deleteReply();
        for (const m of messages) await interaction.followUp(this.followUpPayload(m, true));
      } else {
        await interaction.editReply(this.editPayload(messages[0]!));
        for (const m of messages.slice(1)) await interaction.followUp(this.followUpPayload(m, ephemeral));
      }
      this.ctx.metrics.interactions.inc({ command: label, outcome: 'answered' });
      this.ctx.metrics.endToEnd.observe({ command: label }, (performance.now() - received) / 1000);
    } catch (error) {
      if (error instanceof RateLimitError) {
        // The long wait is not waited out: one short follow-up, on another route, then give up.
        this.ctx.metrics.errors.inc({ kind: 'rest_rate_limited' });
        this.ctx.log.warn(
          `Discord rate-limited the reply to ${label} for ${error.retryAfter} ms; sending a short notice instead`,
        );
        await interaction
          .followUp({
            content:
              'Discord is rate-limiting me right now, so the full answer could not be posted. Please try again in a minute.',
            flags: MessageFlags.Ephemeral,
            allowedMentions: { parse: [] },
          })
          .catch((e: unknown) => this.restFailure(interaction, label, e));
        return;
      }
      this.restFailure(interaction, label, error);
    }
  }

  /** The forms this reply's buttons open, prefilled now: a button's form must open at once. */
  private rememberForms(exchangeId: string, reply: Reply): void {
    for (const { command, button } of buttonsFor(reply)) {
      if (!button.form) continue;
      this.ctx.forms.set(formKey(exchangeId, command, button.key), button.form.fields(reply));
      // A bounded memory: the oldest forms go first.
      if (this.ctx.forms.size > MAX_FORMS) this.ctx.forms.delete(this.ctx.forms.keys().next().value!);
    }
  }

  /** The one place REST failures are classified and logged; a 10062 is logged once per interaction. */
  restFailure(interaction: Interaction, label: string, error: unknown): void {
    if (
      error instanceof DiscordAPIError &&
      [UNKNOWN_INTERACTION, UNKNOWN_WEBHOOK, INVALID_WEBHOOK_TOKEN].includes(Number(error.code))
    ) {
      this.ctx.metrics.errors.inc({ kind: String(error.code) });
      if (this.expiredLogged.has(interaction.id)) return;
      this.expiredLogged.add(interaction.id);
      if (this.expiredLogged.size > 10_000) this.expiredLogged.clear();
      this.ctx.log.warn(
        `Interaction ${interaction.id} (${label}) expired before RoleRadar could answer (Discord ${error.code}); not retrying`,
      );
      return;
    }
    const kind =
      error instanceof RateLimitError
        ? 'rest_rate_limited'
        : error instanceof DiscordAPIError
          ? `discord_${error.code}`
          : 'rest';
    this.ctx.metrics.errors.inc({ kind });
    this.ctx.log.error(`Discord request for ${label} failed: ${(error as Error).message}`);
  }

  /** The error boundary: a member's mistake is explained; anything else is logged with a reference. */
  async failed(interaction: RepliableInteraction, label: string, error: unknown): Promise<void> {
    let content: string;
    if (error instanceof UserFacingError) {
      content = error.message;
      this.ctx.metrics.interactions.inc({ command: label, outcome: 'user_error' });
    } else {
      const reference = randomBytes(4).toString('hex');
      this.ctx.metrics.interactions.inc({ command: label, outcome: 'error' });
      this.ctx.metrics.errors.inc({ kind: 'handler' });
      this.ctx.log.error(`${label} failed (ref ${reference}): ${(error as Error).stack ?? String(error)}`);
      content = `Sorry, something went wrong on my side (ref \`${reference}\`). Please try again in a moment.`;
    }
    try {
      if (interaction.deferred || interaction.replied) {
        if (interaction.deferred && !interaction.ephemeral) await interaction.deleteReply().catch(() => {});
        await interaction.followUp({
          content,
          flags: MessageFlags.Ephemeral,
          allowedMentions: { parse: [] },
        });
      } else
        await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    } catch (e) {
      this.restFailure(interaction, label, e);
    }
  }
}
