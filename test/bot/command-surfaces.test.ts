import type { APIApplicationCommandOption } from 'discord-api-types/v10';
import { describe, expect, test } from 'vitest';
import type { Command } from '../../src/bot/commands/command.js';
import { buttonsFor, COMMANDS, findButton } from '../../src/bot/commands/registry.js';
import { CustomIds } from '../../src/bot/discord/custom-id.js';
import type { Reply } from '../../src/bot/reply.js';
import type { Catalog } from '../../src/services/catalog.js';

// What a command declares for the surfaces (completions, buttons), checked against its definition.

const commands = COMMANDS as unknown as ReadonlyArray<Command<unknown>>;

function autocompleted(options: readonly APIApplicationCommandOption[] | undefined, out: string[] = []) {
  for (const o of options ?? []) {
    if ('autocomplete' in o && o.autocomplete) out.push(o.name);
    if ('options' in o) autocompleted(o.options as APIApplicationCommandOption[], out);
  }
  return out;
}

const catalog: Catalog = {
  generation: 'g1',
  listings: [
    { id: 'acme-lead-backend', title: 'Lead Backend Engineer', company: 'Acme' },
    { id: 'zeta-staff-platform', title: 'Staff Platform Engineer', company: 'Zeta' },
  ],
  companies: ['Acme', 'Zeta'],
  skills: ['golang', 'Kafka', 'kubernetes'],
  locations: ['Berlin', 'Germany'],
  industries: [{ id: 'fintech', label: 'Fintech', aliases: ['payments'] }],
};

describe.each(commands.map((c) => [c.data.name, c] as const))('/%s', (_name, command) => {
  test('completes exactly the options it declares as autocompleted', () => {
    const declared = autocompleted(command.data.options).sort();
    expect(Object.keys(command.autocomplete ?? {}).sort()).toEqual([...new Set(declared)]);
  });

  test('its completers answer from the catalog within the choice limits', () => {
    for (const complete of Object.values(command.autocomplete ?? {})) {
      for (const typed of ['', 'a', 'zzzz-nothing']) {
        const choices = complete(typed, catalog);
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const c of choices) expect(Math.max(c.name.length, c.value.length)).toBeLessThanOrEqual(100);
        if (typed === 'zzzz-nothing') expect(choices).toEqual([]);
      }
    }
  });

  test('its buttons have distinct keys and ids within 100 characters', () => {
    const keys = (command.buttons ?? []).map((b) => b.key);
    expect(new Set(keys).size).toBe(keys.length);
    const ids = new CustomIds('secret');
    for (const key of keys)
      expect(() =>
        ids.encode({ action: `/${command.data.name}`, exchangeId: '0123456789abcdef', arg: key }),
      ).not.toThrow();
  });
});

describe('buttons under replies', () => {
  const answer: Reply = {
    embeds: [{ title: 'An answer' }],
    context: {
      question: 'q',
      answer: 'a',
      citations: [{ n: 1, listingId: 'acme-lead-backend', title: 'Lead', company: 'Acme', url: '' }],
      listingIds: ['acme-lead-backend', 'zeta-staff-platform'],
    },
  };
  const summary: Reply = {
    ...answer,
    noteDraft: { listingId: 'acme-lead-backend', title: 'Acme lead', body: 'What the role asks for.' },
  };

  test('an answer about listings offers "Similar listings", which runs /similar on those listings', () => {
    const offered = buttonsFor(answer);
    expect(offered.map((o) => `${o.command}.${o.button.key}`)).toEqual(['similar.go']);
    const similar = findButton('similar', 'go')!;
    const options = similar.button.options(answer, {});
    expect(options).toEqual({ listing: 'acme-lead-backend', also: ['zeta-staff-platform'] });
    expect(commands.find((c) => c.data.name === 'similar')!.options.safeParse(options).success).toBe(true);
  });

  test('a reply with nothing to act on offers no command button', () => {
    expect(buttonsFor({ content: 'Done.' })).toEqual([]);
  });

  test('a draft offers "Edit & save as note": a form prefilled from it, then /notes save with the answers', () => {
    const offered = buttonsFor(summary).find((o) => o.command === 'notes')!;
    const form = offered.button.form!;
    expect(form.fields(summary).map((f) => [f.id, f.value])).toEqual([
      ['title', 'Acme lead'],
      ['body', 'What the role asks for.'],
    ]);
    const options = offered.button.options(summary, { title: 'My take', body: 'Ledger design rounds.' });
    expect(options).toEqual({
      subcommand: 'save',
      title: 'My take',
      body: 'Ledger design rounds.',
      listing: 'acme-lead-backend',
    });
    expect(commands.find((c) => c.data.name === 'notes')!.options.safeParse(options).success).toBe(true);
  });

  test('a button a command no longer has is not found', () => {
    expect(findButton('similar', 'gone')).toBeUndefined();
    expect(findButton('no-such-command', 'go')).toBeUndefined();
  });
});
