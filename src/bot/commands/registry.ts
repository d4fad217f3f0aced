import type { Reply } from '../reply.js';
import { askCommand } from './ask.js';
import type { Command, ReplyButton } from './command.js';
import { corpusCommand } from './corpus.js';
import { gapCommand } from './gap.js';
import { createHelpCommand } from './help.js';
import { listingCommand } from './listing.js';
import { marketCommand } from './market.js';
import { notesCommand } from './notes.js';
import { recommendCommand } from './recommend.js';
import { roleSummaryCommand } from './role-summary.js';
import { searchCommand } from './search.js';
import { settingsCommand } from './settings.js';
import { similarCommand } from './similar.js';

const helpCommand = createHelpCommand(() => COMMANDS as ReadonlyArray<Command<unknown>>);

/** Every slash command, in one explicit list: the console, the bot and command registration all read it. */
export const COMMANDS: ReadonlyArray<Command<never>> = [
  helpCommand,
  askCommand,
  searchCommand,
  recommendCommand,
  gapCommand,
  marketCommand,
  listingCommand,
  similarCommand,
  roleSummaryCommand,
  notesCommand,
  corpusCommand,
  settingsCommand,
] as unknown as ReadonlyArray<Command<never>>;

export function findCommand(name: string): Command<unknown> | undefined {
  return COMMANDS.find((c) => c.data.name === name) as Command<unknown> | undefined;
}

/** The command that answers "Ask a follow-up" (the one marked `answersFollowUps`). */
export function followUpCommand(): Command<unknown> | undefined {
  return COMMANDS.find((c) => c.answersFollowUps === true) as Command<unknown> | undefined;
}

/** A button a command offers, with the command it runs. */
export interface OfferedButton {
  command: string;
  button: ReplyButton;
}

/** The commands' buttons this reply gets, in registry order. */
export function buttonsFor(reply: Reply): OfferedButton[] {
  return COMMANDS.flatMap((c) =>
    (c.buttons ?? []).filter((b) => b.offeredFor(reply)).map((button) => ({ command: c.data.name, button })),
  );
}

/** The button `key` of command `name`, if it (still) has one. */
export function findButton(name: string, key: string): OfferedButton | undefined {
  const button = findCommand(name)?.buttons?.find((b) => b.key === key);
  return button ? { command: name, button } : undefined;
}
