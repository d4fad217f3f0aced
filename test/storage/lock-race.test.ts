import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { GenerationStore } from '../../src/storage/corpus/generations.js';
import { type Finished, finished } from '../support/cli-process.js';
import { memoryLog, tempDir } from '../support/temp.js';

// Issue 12, item 9: a stale-lock takeover could race, so two refreshes both held the lock (each
// contender removed the stale file and created its own, the later one removing the earlier one's
// fresh lock). Many processes take over the same stale lock at the same moment, round after
// round: in every round exactly one holds it, and no two are ever inside at once.

const CONTENDERS = 8;
const ROUNDS = 6;
const PERIOD_MS = 500;
const HOLD_MS = 350;
/** A lock left by a process that is gone (pid far above any live one), as each winner leaves it. */
const STALE_LOCK = (host: string) =>
  JSON.stringify({ pid: 2 ** 22 + 4321, host, startedAt: 'before the race' });

test(`${CONTENDERS} processes take over one stale lock at once, ${ROUNDS} rounds: exactly one wins each round`, {
  timeout: 90_000,
}, async () => {
  const dataDir = tempDir('roleradar-lock-');
  new GenerationStore(dataDir, memoryLog()); // creates the folders
  fs.writeFileSync(path.join(dataDir, 'refresh.lock'), STALE_LOCK(os.hostname()));
  const children = Array.from({ length: CONTENDERS }, () =>
    spawn(
      path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
      [
        path.join(PROJECT_ROOT, 'test/support/lock-contender.ts'),
        dataDir,
        String(ROUNDS),
        String(PERIOD_MS),
        String(HOLD_MS),
      ],
      { cwd: PROJECT_ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
    ),
  );
  const results: Array<Promise<Finished>> = children.map((c) => finished(c));
  // Wait until every contender is loaded, then give them all the same start time.
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve) => {
          let seen = '';
          c.stdout!.on('data', (d) => {
            seen += d;
            if (seen.includes('ready')) resolve();
          });
        }),
    ),
  );
  const start = Date.now() + 300;
  for (const c of children) c.stdin!.write(`${start}\n`);
  const outputs = await Promise.all(results);
  const byRound = Array.from({ length: ROUNDS }, () => [] as string[]);
  for (const out of outputs) {
    expect(out.code, out.stderr).toBe(0);
    for (const line of out.stdout.split('\n')) {
      const m = /^(\d+) (.+)$/.exec(line);
      if (m) byRound[Number(m[1])]!.push(m[2]!);
    }
  }
  for (const [round, outcomes] of byRound.entries()) {
    expect(outcomes, `round ${round}`).toHaveLength(CONTENDERS);
    // Never two holders at once; exactly one first holder per round. A contender that woke after
    // the round's holder had already left may take the lock then ("late"): that is one at a time.
    expect(
      outcomes.filter((o) => o === 'overlap' || o.startsWith('error')),
      `round ${round}: ${outcomes.join(', ')}`,
    ).toEqual([]);
    expect(
      outcomes.filter((o) => o === 'won'),
      `round ${round}: ${outcomes.join(', ')}`,
    ).toEqual(['won']);
  }
});
