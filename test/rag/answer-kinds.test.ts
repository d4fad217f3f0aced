import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Kinds of question no intent answered by itself (round 5, issue 14), read as the member who acts
// on the answer: spoken languages, counts by posting month, what the corpus holds, a forecast and a
// request the bot does not do. Expected figures come from the listing files (grep), not the engine.

const { ask } = embeddedAnswers();

const LISTINGS = path.resolve('data/listings');
const files = fs.readdirSync(LISTINGS).filter((f) => f.endsWith('.md'));
const text = (f: string) => fs.readFileSync(path.join(LISTINGS, f), 'utf8');
/** Listing ids whose file matches the pattern (grep -l). */
const grepIds = (re: RegExp) => files.filter((f) => re.test(text(f))).map((f) => f.replace(/\.md$/, ''));
const postedAt = (f: string) => /^postedAt: (\S+)/m.exec(text(f))?.[1] ?? '';

describe('spoken languages: the listings that need one, that welcome it, and their words', () => {
  test('"speaks Italian" counts required, helpful and either-with-English apart, over every listing', async () => {
    const required = grepIds(/\bFluent Italian\b/);
    const helpful = grepIds(/\bGerman or Italian\b/);
    const either = grepIds(/\bItalian or English\b/);
    expect([required.length, helpful.length, either.length]).toEqual([1, 1, 1]);
    const result = await ask('do any jobs here want someone who speaks Italian?');
    const lines = body(result.answer).split('\n');
    expect(lines[0]).toBe(
      `Italian is required in ${required.length} of the ${files.length} open listings; ${helpful.length} more says it helps but is not required; ${either.length} takes it or English. The other ${files.length - 3} say nothing about Italian.`,
    );
    const cited = result.citations.map((c) => c.listingId);
    for (const id of [...required, ...helpful, ...either]) expect(cited).toContain(id);
    expect(result.answer).toContain('“Fluent Italian and good English.”');
  });

  test('"german" as the language is no place: listings anywhere that need German', async () => {
    const result = await ask('which jobs ask for german language skills?');
    // Required: a level of German asked (C1, B2) or German named with English as a must.
    const required = grepIds(
      /Very good German \(C1\)|Good German \(B2 or above\)|skills in German and English/,
    );
    expect(result.answer.split('\n')[0]).toMatch(
      new RegExp(`^German is required in ${required.length} of the ${files.length} `),
    );
    expect(result.answer).toContain('Regenta Health GmbH'); // Vienna: not in Germany, still asks for German
  });
});

describe('counts by posting month, the count first', () => {
  test('"put up in October 2026" is that month', async () => {
    const october = files.filter((f) => postedAt(f).startsWith('2026-10'));
    const result = await ask('how many roles were put up in October 2026?');
    expect(body(result.answer).split('\n')[0]).toBe(
      `${october.length} open listings were posted in October 2026.`,
    );
  });

  test('"after August" starts on 1 September, with the split by month', async () => {
    const after = files.filter((f) => postedAt(f) >= '2026-09-01');
    const september = files.filter((f) => postedAt(f).startsWith('2026-09'));
    const result = await ask('how many listings got posted after August?');
    const lines = body(result.answer).split('\n');
    expect(lines[0]).toBe(`${after.length} open listings were posted on or after 2026-09-01.`);
    expect(lines[1]).toContain(`By month posted (2026): September: ${september.length}`);
  });

  test('"how many listings in total" says what the corpus holds', async () => {
    const guides = fs.readdirSync(path.resolve('data/guides')).filter((f) => f.endsWith('.md'));
    const result = await ask('quick admin check, how many listings does the bot have altogether?');
    expect(body(result.answer).split('\n')[0]).toBe(
      `The corpus holds ${files.length} open listings and ${guides.length} guides.`,
    );
    expect(result.answer).toMatch(/^By level: lead: \d+/m);
  });
});

describe('a forecast and a request the bot does not do are said plainly, then what it can give', () => {
  test('a pay forecast says it cannot predict, then the posted pay of today', async () => {
    // The London lead listings posting GBP ranges (grep): Ardwick and Vantreo, 95,000–115,000 each.
    expect(grepIds(/£95,000 to £115,000/).length).toBe(2);
    const result = await ask('will lead pay in London rise next year?');
    expect(result.kind).toBe('not_covered');
    // Said plainly first (round 14: "I can't answer that from the listings"), then why.
    expect(result.answer.split('\n')[0]).toMatch(
      /^I can't answer that from the listings: I can't predict what pay will be/,
    );
    expect(result.answer).toContain('95,000–115,000');
  });

  test('a cover letter: it does not write one, and gives the listing’s asks', async () => {
    const [quartier] = grepIds(/Very good German \(C1\)/);
    const result = await ask('could you put together a cover letter for the Quartier Digital role?');
    expect(result.answer.split('\n')[0]).toMatch(/^I can't write cover letters/);
    expect(result.citations.map((c) => c.listingId)).toContain(quartier);
    expect(result.answer).toContain('Very good German (C1)');
  });
});
