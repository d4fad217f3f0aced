import type { ChatInputCommandInteraction } from 'discord.js';
import { truncate } from '../format.js';
import type { DiscordContext } from './context.js';
import { DISCORD_LIMITS } from './limits.js';
import type { Responder } from './respond.js';

// Discord rate-limits message edits: a streamed answer or a progress bar is edited at most this often.
const PROGRESS_EDIT_MS = 1500;

/**
 * Streams a model answer into the deferred reply as it is written, at most one edit per
 * PROGRESS_EDIT_MS (Discord rate-limits message edits). The partial text arrives already made
 * safe by the worker; `close` waits for an edit in flight so the final answer always lands last.
 */
export function streamEditor(
  interaction: ChatInputCommandInteraction,
  title: string,
  ctx: Pick<DiscordContext, 'metrics'>,
  respond: Pick<Responder, 'restFailure'>,
): { onProgress: (value: unknown) => void; close: () => Promise<void> } {
  let last = 0;
  let closed = false;
  let sending: Promise<unknown> | null = null;
  return {
    onProgress: (value) => {
      const partial = (value as { partial?: unknown } | null)?.partial;
      const now = performance.now();
      if (closed || sending || typeof partial !== 'string' || now - last < PROGRESS_EDIT_MS) return;
      last = now;
      sending = interaction
        .editReply({
          embeds: [
            {
              title: truncate(title, DISCORD_LIMITS.title),
              description: truncate(`${partial}\n…`, DISCORD_LIMITS.description),
              footer: { text: 'Writing the answer…' },
            },
          ],
          allowedMentions: { parse: [] },
        })
        .catch((error: unknown) => respond.restFailure(interaction, 'ask-stream', error))
        .finally(() => {
          sending = null;
        });
      ctx.metrics.streamEdits.inc();
    },
    close: async () => {
      closed = true;
      await sending;
    },
  };
}

/** Edits a deferred refresh reply with a progress bar, at most once per PROGRESS_EDIT_MS. */
export function progressEditor(
  interaction: ChatInputCommandInteraction,
  respond: Pick<Responder, 'restFailure'>,
): (value: unknown) => void {
  let last = 0;
  let sending = false;
  return (value) => {
    const p = value as { phase: string; done: number; total: number };
    const now = performance.now();
    if (sending || now - last < PROGRESS_EDIT_MS) return;
    last = now;
    sending = true;
    const share = p.total > 0 ? p.done / p.total : 0;
    const filled = Math.round(share * 20);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(20 - filled)}`;
    interaction
      .editReply({
        content: `Refreshing the corpus… ${p.phase}\n\`${bar}\` ${p.done}/${p.total}`,
        allowedMentions: { parse: [] },
      })
      .catch((error: unknown) => respond.restFailure(interaction, 'refresh-progress', error))
      .finally(() => {
        sending = false;
      });
  };
}
