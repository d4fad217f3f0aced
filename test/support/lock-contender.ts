import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GenerationStore, RefreshInProgressError } from '../../src/storage/corpus/generations.js';

/**
 * One contender of the stale-lock race (test/storage/lock-race.test.ts), run as a child process:
 * `tsx lock-contender.ts DATA_DIR ROUNDS PERIOD_MS HOLD_MS`. It prints "ready", reads the start
 * time from stdin, then in each round sleeps until the round starts and tries to take the refresh
 * lock. A holder marks itself inside (an exclusive marker file: a second holder at the same time
 * finds it taken, "overlap"), holds the lock, leaves, releases it and then leaves a stale lock
 * behind (a dead process's), so every round starts with a stale lock that all contenders try to
 * take over at once.
 */
const [dataDir, roundsArg, periodArg, holdArg] = process.argv.slice(2) as [string, string, string, string];
const rounds = Number(roundsArg);
const period = Number(periodArg);
const hold = Number(holdArg);
const quiet = { info() {}, warn() {} };
const store = new GenerationStore(dataDir, quiet);
const inside = path.join(dataDir, 'inside');
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleepUntil = (t: number) => {
  const ms = t - Date.now();
  if (ms > 0) Atomics.wait(sleeper, 0, 0, ms);
};
/** A lock left by a process that is gone (pid far above any live one); the test writes the same. */
const STALE_LOCK = (host: string) =>
  JSON.stringify({ pid: 2 ** 22 + 4321, host, startedAt: 'before the race' });

process.stdout.write('ready\n');
process.stdin.once('data', (chunk) => {
  const start = Number(String(chunk).trim());
  const host = os.hostname();
  for (let round = 0; round < rounds; round++) {
    const slot = start + round * period;
    sleepUntil(slot);
    let outcome: string;
    try {
      const release = store.acquireLock(new Date());
      let overlap = false;
      try {
        fs.closeSync(fs.openSync(inside, 'wx'));
      } catch {
        overlap = true;
      }
      // The first holder of a round marks it; one that gets the lock after that holder has left
      // (it woke late on a loaded machine) held it alone, one after the other: "late", not a tie.
      let first = true;
      try {
        fs.closeSync(fs.openSync(path.join(dataDir, `round-${round}`), 'wx'));
      } catch {
        first = false;
      }
      sleepUntil(slot + hold);
      if (!overlap) fs.rmSync(inside, { force: true });
      release();
      fs.writeFileSync(path.join(dataDir, 'refresh.lock'), STALE_LOCK(host));
      outcome = overlap ? 'overlap' : first ? 'won' : 'late';
    } catch (error) {
      outcome = error instanceof RefreshInProgressError ? 'refused' : `error ${(error as Error).message}`;
    }
    process.stdout.write(`${round} ${outcome}\n`);
  }
  process.exit(0);
});
