import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { type SpokenLanguage, spokenLanguages } from '../../../src/rag/extract/spoken-languages.js';

/** The spoken languages of one listing of the embedded corpus, by language. */
function of(id: string): Map<string, SpokenLanguage> {
  const raw = fs.readFileSync(path.resolve('data/listings', `${id}.md`), 'utf8');
  const description = raw.split('---').slice(2).join('---');
  return new Map(spokenLanguages(description).map((s) => [s.language, s]));
}

describe('spoken languages a listing asks for, read from its own words', () => {
  test.each<[string, string, SpokenLanguage['stance'], string]>([
    ['quartier-digital-lead-software-engineer-backend-java', 'German', 'required', 'Very good German (C1)'],
    ['huerta-fresca-tech-lead-backend-fulfillment', 'Spanish', 'required', 'Fluent Spanish is required'],
    ['fardo-lead-backend-engineer-go-dispatch', 'Spanish', 'required', 'Spanish day to day'],
    [
      'thornbury-backend-tech-lead-telemetry-ingestion',
      'German',
      'helpful',
      'German is helpful but not required',
    ],
    // Under "It's a plus if you have": helps, whatever the bullet says.
    ['zatyshok-lead-backend-building-automation', 'Polish', 'helpful', 'Ukrainian or Polish'],
    // "…or English at business level": either will do.
    ['kiwaku-lead-game-server-engineer-cpp', 'Japanese', 'either', 'Japanese at business level'],
    // The semicolon inside the parentheses does not cut the quote.
    [
      'brindlecote-backend-tech-lead-ledger',
      'Dutch',
      'helpful',
      'Dutch or German (not required; we work in English)',
    ],
    // A question heading ("Do I need Arabic?") asks nothing; the answer under it says it helps.
    ['zahra-transit-lead-backend-ticketing', 'Arabic', 'helpful', 'Arabic helps a great deal'],
  ])('%s: %s %s', (id, language, stance, quote) => {
    const s = of(id).get(language);
    expect(s?.stance).toBe(stance);
    expect(s?.quote).toContain(quote);
  });

  test('a language word used as an adjective, or in lower case, is no language asked', () => {
    // "a full-time German contract", "lack of polish", "the German energy market" (only the helpful line counts).
    expect(of('tundra-senior-backend-engineer-rust-query').has('German')).toBe(false);
    expect(of('sablewire-lead-backend-build-cache').has('Polish')).toBe(false);
    expect(of('nordlicht-lead-backend-grid-telemetry').get('German')?.quote).not.toContain('energy market');
    // "misspellings in Rioplatense Spanish" is search data, not a language asked of the engineer.
    expect(of('gondola-senior-backend-engineer-catalog-search').has('Spanish')).toBe(false);
  });
});
