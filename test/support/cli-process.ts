import { type ChildProcess, execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { oncePerRun } from './once-per-run.js';

/**
 * Starts the real CLI in a child process, the TypeScript loaded in that same process (`node --import
 * tsx`): a signal sent to the child reaches the CLI itself. (The `tsx` launcher runs the program in a
 * second process, which a SIGKILL to the launcher leaves running.)
 */
export function spawnCli(args: string[], env: Record<string, string>, input?: string): ChildProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/run.ts'), ...args],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  if (input !== undefined) child.stdin!.end(input);
  else child.stdin!.end();
  return child;
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function finished(child: ChildProcess): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export async function runCli(args: string[], env: Record<string, string>, input?: string): Promise<Finished> {
  return finished(spawnCli(args, env, input));
}

/**
 * `npm run build` once per test run, for a test about to run `npm start`: its `prestart` builds
 * again, which with nothing changed (an incremental build) writes nothing, so test files running
 * `npm start` at the same time never compile into dist/ while another starts from it.
 */
export async function builtOnce(): Promise<void> {
  await oncePerRun('npm-run-build', async () => {
    await promisify(execFile)('npm', ['run', '-s', 'build'], { cwd: PROJECT_ROOT });
    return null;
  });
}
