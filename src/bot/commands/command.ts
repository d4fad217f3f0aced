import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { z } from 'zod';
import type { App } from '../../app.js';
import type { Catalog } from '../../services/catalog.js';
import type { ServerSettings } from '../../storage/state/bot-records.js';
import { type NoteScope, OPERATOR_SCOPE } from '../../storage/state/mentor-notes.js';
import { isOperator } from '../operators.js';
import type { Reply } from '../reply.js';

/** Who is asking, as far as a command needs to know. */
export interface Invoker {
  id: string;
  name: string;
  /** May run admin commands (Manage Server in Discord; always true in the local console). */
  isAdmin: boolean;
  /** A bot operator (configured owner): sees and moderates every server's notes. The console and CLI always are. */
  isOperator?: boolean;
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
  /** A server admin's tool (Manage Server or the server's admin role): private replies, audited. */
  admin?: boolean;
  /**
   * Administers what every server shares (the corpus and its sources): only the bot's operators
   * may run it from Discord (see src/bot/operators.ts), whatever their rights in a server.
   */
  operator?: boolean;
  /**
   * A member's result that may be posted to the channel: private replies of this command offer
   * "Share to channel". Admin and operator replies never do.
   */
  shareable?: boolean;
  /**
   * Whether a reply is shown only to the member who asked, decided before deferring (as Discord
   * requires) from the options and the server's settings. Unset: public. Admin and operator
   * commands always answer privately.
   */
  private?: boolean | ((options: Record<string, unknown>, server: ServerSettings) => boolean);
  /**
   * Answered on the adapter's own thread from what it keeps in memory (the catalog, the
   * configuration): needs no worker, so it is never queued behind others nor shed as busy.
   */
  fromMemory?: boolean;
  /** The reply is edited as a model answer is written; the value is the title shown meanwhile. */
  streams?: (options: Record<string, unknown>) => string;
  /** Long work (a refresh) for these options: run in the background worker, progress shown as it comes. */
  background?: (options: Record<string, unknown>) => boolean;
  /**
   * Reads the vector index (a search): run in the search worker, the only interactive worker that
   * reads the index (1.6 GB at 100,000 listings; every worker holding a copy is what put the bot
   * at 4.5 GB there). Its buttons run there too.
   */
  searches?: boolean;
  /** Changes a server's settings: the adapter reloads them before the reply goes out. */
  changesSettings?: boolean;
  /**
   * A public reply that depends only on the serving generation and this key (a listing's card):
   * the adapter may serve it again from memory until the generation changes.
   */
  reuseKey?: (options: Record<string, unknown>) => string;
  /**
   * Answers "Ask a follow-up" under an answer: the new question, with the earlier one as context,
   * goes to this command's `question` option, shown and shared by this command's own policy.
   */
  answersFollowUps?: boolean;
  /**
   * Completes options as a member types them, by option name: every option declared with
   * `autocomplete` has its completer here (checked by test/bot/command-surfaces.test.ts).
   */
  autocomplete?: Readonly<Record<string, Completer>>;
  /**
   * Buttons this command offers under replies (its own or another command's): pressing one runs
   * this command, by its own policy, with options taken from the reply (and from a form).
   */
  buttons?: ReadonlyArray<ReplyButton>;
  run(args: Args, ctx: CommandContext): Promise<Reply | Answered>;
}

/** A value offered while an option is being typed. */
export interface Choice {
  name: string;
  value: string;
}

/**
 * Completes one option from the catalog the adapter keeps in memory (no database, no worker, no
 * model): at most COMPLETION_LIMITS.choices choices, best first.
 */
export type Completer = (value: string, catalog: Catalog) => Choice[];

/** One field of a form a button opens (a Discord modal's text input). */
export interface FormField {
  id: string;
  label: string;
  /** One line or several. */
  style: 'short' | 'paragraph';
  maxLength: number;
  minLength?: number;
  required: boolean;
  /** The prefilled text. */
  value?: string;
}

/**
 * A button under a reply that runs the command declaring it. Its id carries the command's name and
 * `key`, signed; the reply it acts on is the stored exchange it is under.
 */
export interface ReplyButton {
  /** Names the button within its command (kept short: it is part of a 100-character id). */
  key: string;
  label: string;
  emoji?: string;
  /** Where it goes: with the reply's own buttons (sources, feedback) or on the last row (share). */
  row: 'first' | 'last';
  /** Whether this reply gets the button. */
  offeredFor(reply: Reply): boolean;
  /**
   * A form shown when the button is pressed, prefilled from the reply. The adapter keeps the
   * prefilled fields in memory (a form must open at once); past that, `expired` is the answer.
   */
  form?: { title: string; fields(reply: Reply): FormField[]; expired: string };
  /** The command's options: from the reply the button is under and the form's answers, by field id. */
  options(reply: Reply, answers: Readonly<Record<string, string>>): Record<string, unknown>;
}

/**
 * A reply together with the use case's own result (the answer, the report, the hits): what
 * `--json` prints and what a caller reads instead of the reply's text.
 */
export interface Answered {
  reply: Reply;
  data: unknown;
}

export function defineCommand<Args>(command: Command<Args>): Command<Args> {
  return command;
}

/** How an admin action is named in the audit trail: "/corpus sources add". */
export function auditAction(name: string, options: Record<string, unknown>): string {
  return [`/${name}`, options.group, options.subcommand].filter(Boolean).map(String).join(' ');
}

/**
 * Which mentor notes a command may see and touch: the console and the CLI are run by an operator
 * (every note); in Discord, the server's own notes plus those made by an operator or shared.
 */
export function noteScope(ctx: Pick<CommandContext, 'surface' | 'guildId' | 'invoker' | 'app'>): NoteScope {
  if (ctx.surface !== 'discord') return OPERATOR_SCOPE;
  const operator =
    ctx.invoker.isOperator === true || isOperator(ctx.invoker.id, ctx.guildId, ctx.app.config.discord);
  return { guildId: ctx.guildId ?? null, operator };
}
