import { describe, expect, test } from 'vitest';
import { CorpusReader } from '../../src/storage/corpus/corpus-reader.js';
import { GenerationStore } from '../../src/storage/corpus/generations.js';
import { finished, runCli, spawnCli } from '../support/cli-process.js';
import { memoryLog, tempDir } from '../support/temp.js';

// A crash loop: the real CLI refreshing the embedded corpus, SIGKILLed at random moments, KILLS
// times. Its value is in the number of kills, so it runs in `npm run test:slow` (CI runs it too),
// not in `npm test`; the long form (40 kills) runs in `npm run test:soak` through ROLERADAR_SOAK_KILLS.
const KILLS = Number(process.env.ROLERADAR_SOAK_KILLS ?? 8);

describe('SIGKILL during a refresh', () => {
  test(`never leaves the corpus unreadable (${KILLS} kills at random moments)`, {
    timeout: 60_000 + KILLS * 15_000,
  }, async () => {
    const dataDir = tempDir('roleradar-crash-');
    const env = { ROLERADAR_DATA_DIR: dataDir };
    const first = await runCli(['ingest', '--json'], env);
    expect(first.code, first.stderr).toBe(0);
    const expected = JSON.parse(first.stdout).counts.added as number;

    // How long a full reprocessing run takes here, to spread the kills across all of it.
    const t0 = performance.now();
    const timed = await runCli(['ingest', '--reprocess', '--json'], env);
    expect(timed.code, timed.stderr).toBe(0);
    const duration = performance.now() - t0;

    const store = new GenerationStore(dataDir, memoryLog());
    const outcomes: string[] = [];
    for (let i = 0; i < KILLS; i++) {
      const child = spawnCli(['ingest', '--reprocess', '--json'], env);
      const done = finished(child);
      const delay = Math.random() * duration * 1.1;
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      const result = await done;
      clearTimeout(timer);
      outcomes.push(
        result.signal === 'SIGKILL' ? `killed at ${Math.round(delay)} ms` : `finished (${result.code})`,
      );

      // After every kill: a valid generation serves, holding the whole corpus.
      const current = store.current();
      expect(current, `after run ${i} (${outcomes[i]})`).not.toBeNull();
      const reader = new CorpusReader(current!);
      try {
        const status = reader.status();
        expect(status.listings + status.guides).toBe(expected);
      } finally {
        reader.close();
      }
    }
    // The next refresh after all that takes over the stale lock, cleans up and publishes.
    const after = await runCli(['ingest', '--reprocess', '--json'], env);
    expect(after.code, after.stderr).toBe(0);
    expect(JSON.parse(after.stdout).status).toBe('published');
    expect(outcomes.some((o) => o.startsWith('killed'))).toBe(true);
  });
});
