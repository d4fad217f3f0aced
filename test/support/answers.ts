import { beforeAll } from 'vitest';
import type { App } from '../../src/app.js';
import { ingestedApp } from './ingested.js';

/**
 * The answer engine over the embedded corpus (ingested once per run, a copy per test file: see
 * ingested.ts), and the readers answer tests check their figures against (the stored listings,
 * never the engine's own numbers).
 */
export function embeddedAnswers() {
  let app: App | undefined;
  beforeAll(async () => {
    app = (await ingestedApp({ scope: 'file' })).app;
  }, 120_000);
  const current = (): App => {
    if (!app) throw new Error('embeddedAnswers(): the app is built in beforeAll; call these inside a test');
    return app;
  };
  const listings = () => current().reader()!.listings();
  return {
    app: current,
    ask: async (q: string) => (await current().ask(q))!,
    listings,
    leads: () => listings().filter((l) => l.seniority === 'lead'),
    details: () => current().reader()!.allListingDetails(),
  };
}

/** An answer's text without its source list. */
export const body = (answer: string) => answer.split('\n\nSources:')[0]!;
