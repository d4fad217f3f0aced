import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { CommandContext } from './commands/command.js';
import { findCommand } from './commands/registry.js';
import { accessRefusal } from './operators.js';
import { NoCorpusError, NotFoundError, type Reply, UserFacingError } from './reply.js';

/**
 * What happened to a command, as a value: callers (the worker's audit trail, the CLI's exit code
 * and `--json`) read this, never the reply's text.
 */
export type Outcome =
  /** The command ran; `data` is the use case's own result when the command gives one. */
  | { kind: 'answered'; data?: unknown }
  /** The invoker may not run it here (admin or operator only, a DM). */
  | { kind: 'refused'; message: string }
  /** The options or what they name are wrong in a way the member can fix. */
  | { kind: 'invalid'; message: string }
  /** What the member named (a listing, a note, a source) does not exist. */
  | { kind: 'not_found'; message: string }
  /** No corpus has been built yet. */
  | { kind: 'no_corpus'; message: string }
  /** Something unexpected: logged with this reference, which the member is shown. */
  | { kind: 'error'; reference: string };

export interface Dispatched {
  outcome: Outcome;
  reply: Reply;
}

function explained(outcome: Exclude<Outcome, { kind: 'answered' | 'error' }>): Dispatched {
  return { outcome, reply: { ephemeral: true, content: outcome.message } };
}

/**
 * Runs a command by name with a flat options object: validates the options with the command's
 * schema, checks who may run it, and is the one error boundary. A member's mistake comes back as an
 * ephemeral explanation; anything unexpected is logged with a reference the member can quote.
 */
export async function dispatch(
  name: string,
  rawOptions: Record<string, unknown>,
  ctx: CommandContext,
): Promise<Dispatched> {
  const command = findCommand(name);
  if (!command)
    return explained({ kind: 'not_found', message: `Unknown command \`/${name}\`. Try \`/help\`.` });
  const refusal = accessRefusal(command, { ...ctx, config: ctx.app.config.discord });
  if (refusal) return explained({ kind: 'refused', message: refusal });
  const parsed = command.options.safeParse(rawOptions);
  if (!parsed.success)
    return explained({
      kind: 'invalid',
      message: `Invalid options for \`/${name}\`:\n${z.prettifyError(parsed.error)}`,
    });
  try {
    const result = await command.run(parsed.data, ctx);
    return 'reply' in result
      ? { outcome: { kind: 'answered', data: result.data }, reply: result.reply }
      : { outcome: { kind: 'answered' }, reply: result };
  } catch (error) {
    if (error instanceof NoCorpusError) return explained({ kind: 'no_corpus', message: error.message });
    if (error instanceof NotFoundError) return explained({ kind: 'not_found', message: error.message });
    if (error instanceof UserFacingError) return explained({ kind: 'invalid', message: error.message });
    const reference = randomBytes(4).toString('hex');
    ctx.app.log.error(`/${name} failed (ref ${reference}): ${(error as Error).stack ?? String(error)}`);
    return {
      outcome: { kind: 'error', reference },
      reply: {
        ephemeral: true,
        content: `Sorry, something went wrong on my side (ref \`${reference}\`). Please try again in a moment.`,
      },
    };
  }
}

/** `dispatch`, for callers that only show the reply (tests, the main thread's /help). */
export async function dispatchCommand(
  name: string,
  rawOptions: Record<string, unknown>,
  ctx: CommandContext,
): Promise<Reply> {
  return (await dispatch(name, rawOptions, ctx)).reply;
}
