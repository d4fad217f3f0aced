import os from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

// The long scenario runs in test/soak/ (a crash loop of SIGKILLed refreshes, a mixed-fault soak of
// the bot) are worth their length, not run by `npm test`: `npm run test:slow` runs them (and CI,
// .ci/run), `npm run test:soak` runs their long forms.
const slow = process.env.ROLERADAR_SLOW_TESTS === '1';

export default defineConfig({
  test: {
    include: slow ? ['test/soak/**/*.test.ts'] : ['test/**/*.test.ts'],
    exclude: slow ? configDefaults.exclude : [...configDefaults.exclude, 'test/soak/**'],
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
  },
});
