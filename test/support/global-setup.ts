import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder for this run's shared fixtures (test/support/ingested.ts), removed when the run ends. */
    fixturesDir: string;
  }
}

/**
 * Once per `vitest run`: a folder the test files share for fixtures built once per run (the
 * embedded corpus ingested once, see test/support/ingested.ts). Nothing is built here: the first
 * test file that needs a fixture builds it, so a run of files that need none pays nothing.
 */
export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roleradar-fixtures-'));
  project.provide('fixturesDir', dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
