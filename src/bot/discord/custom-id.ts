import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Button and modal ids: `rr1|action|exchange|arg|signature`. The version prefix lets a future
 * format coexist; the HMAC (keyed by a secret derived from the bot's configuration) means a
 * client cannot forge an id that acts on someone else's exchange. Ids stay under Discord's 100.
 * The adapter's own actions are named in ACTIONS; a command's button is `/command` with its key
 * as the argument (see `buttons` in src/bot/commands/command.ts).
 */
export const CUSTOM_ID_VERSION = 'rr1';

export const ACTIONS = ['sources', 'up', 'down', 'followup', 'share', 'page'] as const;
/** One of the adapter's own actions, or a command's button (`/` and the command's name). */
export type ComponentAction = (typeof ACTIONS)[number] | `/${string}`;

/** The action naming a command's button. */
export const commandAction = (name: string): ComponentAction => `/${name}`;

export interface ComponentRef {
  action: ComponentAction;
  exchangeId: string;
  arg: string;
}

export class CustomIds {
  constructor(private readonly secret: string) {}

  encode(ref: ComponentRef): string {
    const body = `${CUSTOM_ID_VERSION}|${ref.action}|${ref.exchangeId}|${ref.arg}`;
    const id = `${body}|${this.sign(body)}`;
    if (id.length > 100) throw new Error(`custom id too long (${id.length})`);
    return id;
  }

  /** The reference, or a reason it is refused: `stale` for another version, `forged` for a bad signature. */
  decode(customId: string): ComponentRef | { refused: 'stale' | 'forged' } {
    const parts = customId.split('|');
    if (parts[0] !== CUSTOM_ID_VERSION || parts.length !== 5) return { refused: 'stale' };
    const [, action, exchangeId, arg, signature] = parts as [string, string, string, string, string];
    const expected = this.sign(parts.slice(0, 4).join('|'));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected)))
      return { refused: 'forged' };
    if (!(ACTIONS as readonly string[]).includes(action) && !/^\/[a-z0-9_-]{1,32}$/.test(action))
      return { refused: 'stale' };
    return { action: action as ComponentAction, exchangeId, arg };
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url').slice(0, 16);
  }
}
