import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { CommandContext } from './commands/command.js';
import { findCommand } from './commands/registry.js';
import { accessRefusal } from './operators.js';
import { type Reply, UserFacingError } from './reply.js';

/**
 * Runs a command by name with a flat options object: validates the options with the command's
 * schema, checks admin rights, and is the one error boundary. A member's mistake comes back as an
 * ephemeral explanation; anything unexpected is logged with a reference the member can quote.
 */
export async function dispatchCommand(
  name: string,
  rawOptions: Record<string, unknown>,
  ctx: CommandContext,
): Promise<Reply> {
  const command = findCommand(name);
  if (!command) return { ephemeral: true, content: `Unknown command \`/${name}\`. Try \`/help\`.` };
  const refusal = accessRefusal(command, { ...ctx, config: ctx.app.config.discord });
  if (refusal) return { ephemeral: true, content: refusal };
  const parsed = command.options.safeParse(rawOptions);
  if (!parsed.success)
    return {
      ephemeral: true,
      content: `Invalid options for \`/${name}\`:\n${z.prettifyError(parsed.error)}`,
    };
  try {
    return await command.run(parsed.data, ctx);
  } catch (error) {
    if (error instanceof UserFacingError) return { ephemeral: true, content: error.message };
    const reference = randomBytes(4).toString('hex');
    ctx.app.log.error(`/${name} failed (ref ${reference}): ${(error as Error).stack ?? String(error)}`);
    return {
      ephemeral: true,
      content: `Sorry, something went wrong on my side (ref \`${reference}\`). Please try again in a moment.`,
    };
  }
}
