import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Native addons (better-sqlite3, hnswlib-node) are safest in forked processes.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['test/support/fail-on-console.ts'],
    // A folder for fixtures built once per run (the embedded corpus ingested once: test/support/ingested.ts).
    globalSetup: ['test/support/global-setup.ts'],
  },
});
