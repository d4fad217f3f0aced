import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { z } from 'zod';
import type { App } from '../../app.js';
import type { Reply } from '../reply.js';

/** Who is asking, as far as a command needs to know. */
export interface Invoker {
  id: string;
  name: string;
  /** May run admin commands (Manage Server in Discord; always true in the local console). */
  isAdmin: boolean;
}

export interface CommandContext {
  app: App;
  invoker: Invoker;
  surface: 'console' | 'discord' | 'cli';
  /** The Discord server the command came from; null in DMs, the console and the CLI. */
  guildId?: string | null;
  /** Long commands (a refresh) report how far they are; surfaces show it as it comes. */
  progress?: (value: unknown) => void;
}

/**
 * A slash command: its Discord definition (the same JSON that is registered with Discord), a zod
 * schema for its options as a flat object (`subcommand` holds the chosen subcommand), and a handler
 * that takes plain inputs and returns a plain reply.
 */
export interface Command<Args = unknown> {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  options: z.ZodType<Args>;
  admin?: boolean;
  run(args: Args, ctx: CommandContext): Promise<Reply>;
}

export function defineCommand<Args>(command: Command<Args>): Command<Args> {
  return command;
}

/** How an admin action is named in the audit trail: "/corpus sources add". */
export function auditAction(name: string, options: Record<string, unknown>): string {
  return [`/${name}`, options.group, options.subcommand].filter(Boolean).map(String).join(' ');
}
