import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { buttonsFor } from '../commands/registry.js';
import type { Reply, ReplyFile } from '../reply.js';
import { type CustomIds, commandAction } from './custom-id.js';
import { DISCORD_LIMITS, fitEmbeds, MAX_MESSAGES_PER_REPLY, packEmbeds, splitText } from './limits.js';

/** One Discord message to send or edit: every one of these respects Discord's limits. */
export interface OutgoingMessage {
  content?: string;
  embeds: APIEmbed[];
  components: Array<APIActionRowComponent<APIButtonComponent>>;
  files: ReplyFile[];
}

export interface RenderOptions {
  /** The stored exchange the buttons act on; null renders no buttons. */
  exchangeId: string | null;
  ids: CustomIds;
  /** Shown only to the asker. */
  ephemeral: boolean;
  /**
   * The reply is a member's result (the command is `shareable`): a private one offers "Share to
   * channel". Admin and operator replies never do, whatever their visibility.
   */
  shareable?: boolean;
  /** Which page of a paged reply this is (0 = the reply itself). */
  page?: number;
  /** Where a member can see the rest when a reply is longer than a few messages. */
  seeMore?: string;
}

/**
 * Turns a plain reply into Discord messages: the first one (which edits the deferred reply, with
 * the buttons) and follow-ups for whatever does not fit. Long text is split, never rejected; past
 * a few messages the rest is cut with a pointer to where to see more.
 */
export function renderReply(reply: Reply, options: RenderOptions): OutgoingMessage[] {
  const contents = reply.content ? splitText(reply.content, DISCORD_LIMITS.content) : [];
  const embedGroups = packEmbeds(fitEmbeds(reply.embeds ?? []));
  const messages: OutgoingMessage[] = [];
  const count = Math.max(contents.length, embedGroups.length, 1);
  for (let i = 0; i < count; i++) {
    messages.push({
      ...(contents[i] ? { content: contents[i] } : {}),
      embeds: (embedGroups[i] ?? []).map(toApiEmbed),
      components: [],
      files: [],
    });
  }
  if (messages.length > MAX_MESSAGES_PER_REPLY) {
    const hidden = messages.length - MAX_MESSAGES_PER_REPLY;
    messages.length = MAX_MESSAGES_PER_REPLY;
    const last = messages[messages.length - 1]!;
    const note = `… ${hidden} more part${hidden > 1 ? 's' : ''} not shown. ${options.seeMore ?? 'Narrow the question to see the rest.'}`;
    last.content = last.content
      ? `${last.content.slice(0, DISCORD_LIMITS.content - note.length - 1)}\n${note}`
      : note;
  }
  const first = messages[0]!;
  first.files = reply.files ?? [];
  first.components = buttons(reply, options);
  if (!first.content && first.embeds.length === 0 && first.files.length === 0) first.content = 'Done.';
  return messages;
}

function toApiEmbed(e: import('../reply.js').ReplyEmbed): APIEmbed {
  return {
    ...(e.title ? { title: e.title } : {}),
    ...(e.url ? { url: e.url } : {}),
    ...(e.description ? { description: e.description } : {}),
    ...(e.fields?.length
      ? { fields: e.fields.map((f) => ({ name: f.name, value: f.value, inline: f.inline ?? false })) }
      : {}),
    ...(e.footer ? { footer: { text: e.footer } } : {}),
    ...(e.image ? { image: { url: `attachment://${e.image}` } } : {}),
    color: 0x2f80ed,
  };
}

function button(
  ids: CustomIds,
  exchangeId: string,
  action: Parameters<CustomIds['encode']>[0]['action'],
  label: string,
  options: { arg?: string; style?: ButtonStyle; emoji?: string; disabled?: boolean } = {},
): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: (options.style ?? ButtonStyle.Secondary) as ButtonStyle.Secondary,
    custom_id: ids.encode({ action, exchangeId, arg: options.arg ?? '' }),
    label,
    ...(options.emoji ? { emoji: { name: options.emoji } } : {}),
    ...(options.disabled ? { disabled: true } : {}),
  };
}

function buttons(reply: Reply, o: RenderOptions): Array<APIActionRowComponent<APIButtonComponent>> {
  if (!o.exchangeId) return [];
  const id = o.exchangeId;
  const rows: APIButtonComponent[][] = [];
  // The commands' own buttons ("Similar listings", "Edit & save as note"), each on its row.
  const offered = buttonsFor(reply).map(({ command, button: b }) => ({
    row: b.row,
    component: button(o.ids, id, commandAction(command), b.label, {
      arg: b.key,
      ...(b.emoji ? { emoji: b.emoji } : {}),
    }),
  }));
  const commandButtons = (row: 'first' | 'last') =>
    offered.filter((b) => b.row === row).map((b) => b.component);
  // Sources, then the commands' own, then feedback and follow-up (under an answer).
  const aboutListings = reply.context?.citations?.length || reply.context?.listingIds?.length;
  const first: APIButtonComponent[] = [
    ...(aboutListings ? [button(o.ids, id, 'sources', 'Sources')] : []),
    ...commandButtons('first'),
    ...(aboutListings && reply.context?.answer !== undefined
      ? [
          button(o.ids, id, 'up', 'Helpful', { emoji: '👍' }),
          button(o.ids, id, 'down', 'Not helpful', { emoji: '👎' }),
          button(o.ids, id, 'followup', 'Ask a follow-up', { style: ButtonStyle.Primary }),
        ]
      : []),
  ];
  if (first.length) rows.push(first.slice(0, DISCORD_LIMITS.buttonsPerRow));
  const pageCount = 1 + (reply.pages?.length ?? 0);
  if (pageCount > 1) {
    const page = o.page ?? 0;
    rows.push([
      button(o.ids, id, 'page', '‹ Previous', { arg: String(page - 1), disabled: page === 0 }),
      button(o.ids, id, 'page', `Page ${page + 1} of ${pageCount}`, { arg: String(page), disabled: true }),
      button(o.ids, id, 'page', 'Next ›', { arg: String(page + 1), disabled: page >= pageCount - 1 }),
    ]);
  }
  const extra: APIButtonComponent[] = [...commandButtons('last')];
  if (o.ephemeral && o.shareable === true)
    extra.push(button(o.ids, id, 'share', 'Share to channel', { emoji: '📣' }));
  if (extra.length) rows.push(extra.slice(0, DISCORD_LIMITS.buttonsPerRow));
  return rows
    .slice(0, DISCORD_LIMITS.rows)
    .map((components) => ({ type: ComponentType.ActionRow, components }));
}

/** Page `n` of a paged reply (0 is the reply itself), for the pagination buttons. */
export function replyPage(reply: Reply, n: number): Reply {
  if (n <= 0 || !reply.pages?.length) return reply;
  const page = reply.pages[Math.min(n, reply.pages.length) - 1]!;
  // Buttons are computed from the whole reply, so every page keeps the page count.
  return { ...page, pages: reply.pages, ...(reply.context ? { context: reply.context } : {}) };
}
