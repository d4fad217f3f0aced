import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { type APIApplicationCommandOption, ApplicationCommandOptionType } from 'discord.js';
import type { App } from '../app.js';
import type { Invoker } from './commands/command.js';
import { COMMANDS, findCommand } from './commands/registry.js';
import { dispatchCommand } from './dispatch.js';
import type { Reply } from './reply.js';

export type ParsedLine = { name: string; options: Record<string, unknown> } | { error: string };

/**
 * Parses a typed slash command the way Discord's client presents it:
 * `/listing id: harbourline-lead-backend`, `/corpus status`. Option names come from the command's
 * own definition, so a value may contain colons and spaces.
 */
export function parseCommandLine(line: string): ParsedLine {
  const m = /^\/([\w-]+)\s*(.*)$/s.exec(line.trim());
  if (!m) return { error: 'Commands start with "/", for example /help' };
  const [, name, rest = ''] = m;
  const command = findCommand(name!);
  if (!command) return { error: `Unknown command /${name}. Try /help` };
  let remaining = rest.trim();
  const options: Record<string, unknown> = {};
  let optionDefs: APIApplicationCommandOption[] = command.data.options ?? [];
  const groups = optionDefs.filter((o) => o.type === ApplicationCommandOptionType.SubcommandGroup);
  const firstWord = remaining.split(/\s+/)[0] ?? '';
  const group = groups.find((g) => g.name === firstWord);
  if (group) {
    options.group = group.name;
    optionDefs = ('options' in group ? (group.options as APIApplicationCommandOption[]) : undefined) ?? [];
    remaining = remaining.slice(firstWord.length).trim();
  }
  const subcommands = optionDefs.filter((o) => o.type === ApplicationCommandOptionType.Subcommand);
  if (subcommands.length > 0) {
    const [word = '', ...after] = remaining.split(/\s+/);
    const sub = subcommands.find((s) => s.name === word);
    if (!sub)
      return {
        error: `/${name}${group ? ` ${group.name}` : ''} needs one of: ${[...subcommands.map((s) => s.name), ...(group ? [] : groups.map((g) => g.name))].join(', ')}`,
      };
    options.subcommand = sub.name;
    optionDefs = ('options' in sub ? sub.options : undefined) ?? [];
    remaining = after.join(' ');
  }
  if (!remaining) return { name: name!, options };
  const names = optionDefs.map((o) => o.name.replace(/[-]/g, '\\-'));
  if (names.length === 0) return { error: `/${name} takes no options` };
  const marker = new RegExp(`(?:^|\\s)(${names.join('|')}):`, 'g');
  const marks = [...remaining.matchAll(marker)];
  if (marks.length === 0 || remaining.slice(0, marks[0]!.index).trim()) {
    return {
      error: `Give options as name: value. /${name} takes ${optionDefs.map((o) => `${o.name}:`).join(' ')}`,
    };
  }
  marks.forEach((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? remaining.length;
    const key = mark[1]!;
    const def = optionDefs.find((o) => o.name === key)!;
    options[key] = coerce(remaining.slice(start, end).trim(), def.type);
  });
  return { name: name!, options };
}

function coerce(value: string, type: ApplicationCommandOptionType): unknown {
  if (type === ApplicationCommandOptionType.Integer || type === ApplicationCommandOptionType.Number) {
    const n = Number(value);
    return Number.isFinite(n) ? n : value;
  }
  if (type === ApplicationCommandOptionType.Boolean)
    return /^(true|yes|1)$/i.test(value) ? true : /^(false|no|0)$/i.test(value) ? false : value;
  return value;
}

/** A reply as terminal text: content, then each embed's title, link, description, fields and footer. */
export function renderReplyText(reply: Reply): string {
  const out: string[] = [];
  if (reply.content) out.push(reply.content);
  for (const embed of reply.embeds ?? []) {
    if (embed.title) out.push(`== ${embed.title} ==`);
    if (embed.url) out.push(embed.url);
    if (embed.description) out.push(embed.description);
    const inline = (embed.fields ?? []).filter((f) => f.inline);
    if (inline.length) out.push(inline.map((f) => `${f.name}: ${f.value}`).join(' | '));
    // A field name ending in a word gets a colon; a usage line ("/gap skills: [target:]") does not.
    for (const f of (embed.fields ?? []).filter((f) => !f.inline)) {
      out.push(
        `${f.name}${/[\p{L}\p{N})]$/u.test(f.name) ? ':' : ''}\n  ${f.value.split('\n').join('\n  ')}`,
      );
    }
    if (embed.footer) out.push(`-- ${embed.footer}`);
  }
  return out.join('\n');
}

const CONSOLE_USER: Invoker = { id: 'console', name: 'console', isAdmin: true };

/** Runs one typed line and returns the reply text. */
export async function runConsoleLine(app: App, line: string): Promise<string> {
  const parsed = parseCommandLine(line);
  if ('error' in parsed) return parsed.error;
  const reply = await dispatchCommand(parsed.name, parsed.options, {
    app,
    invoker: CONSOLE_USER,
    surface: 'console',
  });
  const saved = saveReplyFiles(reply, path.join(app.config.dataDir, 'charts'), app.now());
  return [renderReplyText(reply), ...saved.map((file) => `Saved ${file}`)].join('\n');
}

/** A terminal shows no images: a reply's files (the /market chart) are written under `dir`, one name per reply. */
function saveReplyFiles(reply: Reply, dir: string, now: Date): string[] {
  if (!reply.files?.length) return [];
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return reply.files.map((f) => {
    const file = path.join(dir, `${stamp}-${path.basename(f.name)}`);
    fs.writeFileSync(file, f.data);
    return file;
  });
}

/**
 * The local console: the bot's slash commands as typed lines. On a terminal it is interactive;
 * with piped input it runs one command per line, prints each reply and ends at end of input.
 */
export async function runConsole(
  app: App,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  interactive: boolean,
  /** Aborted by SIGTERM/SIGINT: the command in flight finishes and prints, then the console ends. */
  stop?: AbortSignal,
): Promise<void> {
  if (stop?.aborted) return;
  const rl = readline.createInterface({
    input,
    ...(interactive ? { output, prompt: 'roleradar> ' } : {}),
    terminal: interactive,
  });
  stop?.addEventListener('abort', () => rl.close(), { once: true });
  if (interactive) {
    output.write(
      `RoleRadar local console. Commands: ${COMMANDS.map((c) => `/${c.data.name}`).join(' ')}. Ctrl+D or "exit" to leave.\n`,
    );
    rl.prompt();
  }
  for await (const raw of rl) {
    if (stop?.aborted) break;
    const line = raw.trim();
    if (line === 'exit' || line === 'quit') break;
    if (line && !line.startsWith('#'))
      output.write(`${await runConsoleLine(app, line)}\n${interactive ? '' : '\n'}`);
    if (interactive) rl.prompt();
  }
  rl.close();
}
