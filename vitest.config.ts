import os from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Native addons (better-sqlite3, hnswlib-node) are safest in forked processes.
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single one on the 2-core machine, which
    // leaves the second core idle while a test waits on a subprocess, a slow fake model or a timer.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['test/support/fail-on-console.ts'],
    // A folder for fixtures built once per run (the embedded corpus ingested once: test/support/ingested.ts).
    globalSetup: ['test/support/global-setup.ts'],
    projects: [
      // `npm test` (--project main): everything but test/soak.
      {
        extends: true,
        test: {
          name: 'main',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/soak/**'],
        },
      },
      // `npm run test:slow` (--project slow; CI runs it too): the long scenario runs, worth their
      // length (a crash loop of SIGKILLed refreshes, a mixed-fault soak of the bot), one at a time
      // as they were measured. `npm run test:soak` runs their long forms. Naming a file (`npx vitest
      // run test/soak`) runs it as well; a plain `npx vitest run` runs both projects.
      {
        extends: true,
        test: { name: 'slow', include: ['test/soak/**/*.test.ts'], fileParallelism: false },
      },
    ],
  },
});
