import os from 'node:os';
import { type Command as CliCommand, InvalidArgumentError, Option } from 'commander';
import { type APIApplicationCommandOption, ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { App } from '../app.js';
import type { Command } from '../bot/commands/command.js';
import { renderReplyText } from '../bot/console.js';
import { dispatch, type Outcome } from '../bot/dispatch.js';
import { sanitizeReply } from '../bot/sanitize.js';
import { corpusLinks } from '../services/links.js';

/** What a derived subcommand's outcome means as an exit code (the CLI's EXIT table). */
export const OUTCOME_EXIT: Record<Outcome['kind'], number> = {
  answered: 0,
  invalid: 2,
  refused: 2,
  not_found: 4,
  no_corpus: 1,
  error: 1,
};

type Option_ = APIApplicationCommandOption;

/** `min_salary` → `--min-salary`. */
const flagOf = (name: string) => `--${name.replace(/_/g, '-')}`;

function parserFor(option: Option_): ((value: string) => unknown) | undefined {
  if (
    option.type === ApplicationCommandOptionType.Integer ||
    option.type === ApplicationCommandOptionType.Number
  )
    return (value: string) => {
      const n = Number(value);
      if (!Number.isFinite(n)) throw new InvalidArgumentError('must be a number');
      return n;
    };
  return undefined;
}

/** One option of a slash command as a commander option or argument; returns how to read it back. */
function addOption(
  cli: CliCommand,
  option: Option_,
  positional: boolean,
): (values: unknown[], opts: Record<string, unknown>) => unknown {
  const description = 'description' in option ? option.description : '';
  const parse = parserFor(option);
  if (positional) {
    const index = cli.registeredArguments.length;
    cli.argument(`<${option.name.replace(/_/g, '-')}>`, description, parse);
    return (values) => values[index];
  }
  const boolean = option.type === ApplicationCommandOptionType.Boolean;
  const flag = new Option(`${flagOf(option.name)}${boolean ? '' : ' <value>'}`, description);
  const choices = 'choices' in option ? option.choices : undefined;
  if (choices?.length) flag.choices(choices.map((c) => String(c.value)));
  if (parse) flag.argParser(parse);
  cli.addOption(flag);
  const key = flag.attributeName();
  return (_values, opts) => opts[key];
}

export interface DerivedRunner {
  /** Makes sure a corpus exists (the first run builds it), as every corpus subcommand does. */
  withCorpus(json: boolean): Promise<unknown>;
  print(json: boolean, value: unknown, text: string): void;
}

/**
 * Adds one subcommand for `command`, derived from its own definition (the JSON registered with
 * Discord): its subcommands become nested subcommands, its required options positional arguments
 * in order, the others `--flags` (`min_salary` → `--min-salary`). It runs through the same
 * dispatcher as Discord and the console; `--json` prints the outcome value (for an answer, the use
 * case's own result), and the exit code follows the outcome.
 */
export function deriveSubcommand(
  program: CliCommand,
  command: Command<unknown>,
  app: () => App,
  runner: DerivedRunner,
): CliCommand {
  const root = program.command(command.data.name).description(command.data.description);
  const build = (cli: CliCommand, options: Option_[], fixed: Record<string, unknown>) => {
    const nested = options.filter(
      (o) =>
        o.type === ApplicationCommandOptionType.Subcommand ||
        o.type === ApplicationCommandOptionType.SubcommandGroup,
    );
    for (const sub of nested) {
      const child = cli.command(sub.name).description('description' in sub ? sub.description : '');
      const key = sub.type === ApplicationCommandOptionType.SubcommandGroup ? 'group' : 'subcommand';
      build(child, ('options' in sub ? (sub.options as Option_[]) : undefined) ?? [], {
        ...fixed,
        [key]: sub.name,
      });
    }
    if (nested.length) return;
    const readers = options.map(
      (o) => [o.name, addOption(cli, o, 'required' in o && o.required === true)] as const,
    );
    // Output format only: every surface gets the same outcome, Discord and the console as a message.
    cli.option('--json', 'print the outcome as JSON', false);
    cli.action(async (...args: unknown[]) => {
      const self = args.at(-1) as CliCommand;
      const opts = self.opts() as Record<string, unknown> & { json: boolean };
      const values = args.slice(0, -2);
      const options: Record<string, unknown> = { ...fixed };
      for (const [name, read] of readers) {
        const value = read(values, opts);
        if (value !== undefined) options[name] = value;
      }
      const a = app();
      await runner.withCorpus(opts.json);
      const user = os.userInfo().username;
      const { outcome, reply } = await dispatch(command.data.name, options, {
        app: a,
        // The command line is run on the machine itself: by its operator.
        invoker: { id: `cli:${user}`, name: user, isAdmin: true, isOperator: true },
        surface: 'cli',
      });
      process.exitCode = OUTCOME_EXIT[outcome.kind];
      if (outcome.kind !== 'answered' && !opts.json) {
        process.stderr.write(`roleradar: ${reply.content ?? outcome.kind}\n`);
        return;
      }
      // The same sanitiser as Discord: only the corpus's own stored links stay links.
      const safe = sanitizeReply(reply, corpusLinks(a.reader()));
      const text = renderReplyText(safe)
        .replace(/\*\*/g, '')
        .replace(/<(https?:\/\/[^\s<>]+)>/g, '$1');
      runner.print(opts.json, outcome.kind === 'answered' ? (outcome.data ?? { text }) : outcome, text);
    });
  };
  build(root, command.data.options ?? [], {});
  return root;
}
