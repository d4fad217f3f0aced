import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

/*
 * Something built once per `vitest run` and shared by the test files (their worker processes): the
 * first file that asks builds it under a lock in the run's fixtures folder (global-setup.ts), the
 * others wait for it and read it. Built in a staging folder renamed into place, so a reader sees a
 * whole build or none; a builder that dies (its worker killed) leaves the lock to the next one.
 */

const pending = new Map<string, Promise<{ dir: string; meta: unknown }>>();

/**
 * The folder `build` filled for `name` in this run, and what it returned (kept as JSON). `build`
 * gets an empty folder to fill.
 */
export function oncePerRun<T>(
  name: string,
  build: (dir: string) => Promise<T>,
): Promise<{ dir: string; meta: T }> {
  let found = pending.get(name);
  if (!found) {
    found = buildOnce(name, build);
    pending.set(name, found);
  }
  return found as Promise<{ dir: string; meta: T }>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function buildOnce<T>(name: string, build: (dir: string) => Promise<T>) {
  const root = inject('fixturesDir');
  if (!root) throw new Error('oncePerRun(): no fixtures folder (globalSetup in vitest.config.ts)');
  const dir = path.join(root, name);
  const lock = `${dir}.lock`;
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const ready = readMeta<T>(dir);
    if (ready) return { dir, meta: ready.meta };
    if (takeLock(lock)) {
      try {
        if (!readMeta(dir)) await buildInto(dir, build);
      } finally {
        fs.rmSync(lock, { recursive: true, force: true });
      }
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(`oncePerRun(): ${name} not built within 10 minutes (lock ${lock})`);
    await sleep(100);
  }
}

const META_FILE = 'once-per-run.json';

function readMeta<T>(dir: string): { meta: T } | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, META_FILE), 'utf8')) as { meta: T };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The lock: a folder naming its holder's pid; a holder no longer alive loses it. */
function takeLock(lock: string): boolean {
  try {
    fs.mkdirSync(lock);
    fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  let holder = 0;
  try {
    holder = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    return false; // just taken, its pid not written yet
  }
  if (holder > 0 && !alive(holder)) fs.rmSync(lock, { recursive: true, force: true });
  return false;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function buildInto<T>(dir: string, build: (dir: string) => Promise<T>): Promise<void> {
  const staging = `${dir}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging);
  try {
    const meta = await build(staging);
    fs.writeFileSync(path.join(staging, META_FILE), JSON.stringify({ meta }));
    fs.renameSync(staging, dir);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    // Built twice (a lock taken over from a holder thought dead): the first build stays.
    if (!readMeta(dir)) throw error;
  }
}
