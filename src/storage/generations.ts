import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { z } from 'zod';

/**
 * A generation is one complete, read-only corpus: a folder under `generations/` with the SQLite
 * database (and, later, its vector index) plus a manifest of checksums. A refresh builds the next
 * generation under `staging/`, validates it, moves it into place and then switches the
 * `current.json` pointer with an atomic rename. A crash at any moment leaves either the old
 * pointer or the new one, each naming a complete generation.
 */
const manifestSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  parent: z.string().nullable(),
  schemaVersion: z.number().int(),
  pipelineVersion: z.string(),
  counts: z.object({ listings: z.number().int(), guides: z.number().int(), chunks: z.number().int() }),
  /** The vector space of this generation's index: which model, how many dimensions, how many vectors. */
  embedding: z
    .object({ modelId: z.string(), dimensions: z.number().int(), count: z.number().int() })
    .nullable()
    .default(null),
  files: z.record(z.string(), z.object({ sha256: z.string(), bytes: z.number().int() })),
});
export type GenerationManifest = z.infer<typeof manifestSchema>;

export const DATABASE_FILE = 'corpus.db';
const MANIFEST_FILE = 'manifest.json';
const POINTER_FILE = 'current.json';
const LOCK_FILE = 'refresh.lock';

export class GenerationError extends Error {
  override name = 'GenerationError';
}

export class RefreshInProgressError extends Error {
  override name = 'RefreshInProgressError';
}

export interface Generation {
  id: string;
  dir: string;
  databaseFile: string;
  manifest: GenerationManifest;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export class GenerationStore {
  readonly generationsDir: string;
  readonly stagingDir: string;
  private readonly pointerFile: string;
  private readonly lockFile: string;

  constructor(
    readonly dataDir: string,
    private readonly log: Logger,
  ) {
    this.generationsDir = path.join(dataDir, 'generations');
    this.stagingDir = path.join(dataDir, 'staging');
    this.pointerFile = path.join(dataDir, POINTER_FILE);
    this.lockFile = path.join(dataDir, LOCK_FILE);
    fs.mkdirSync(this.generationsDir, { recursive: true });
    fs.mkdirSync(this.stagingDir, { recursive: true });
  }

  /** The generation being served: the pointer's, verified; or the newest valid one when the pointer's is broken. */
  current(): Generation | null {
    const pointed = this.readPointer();
    if (pointed) {
      try {
        return this.open(pointed);
      } catch (error) {
        const fallback = this.list().find((g) => g !== pointed && this.isValid(g));
        this.log.warn(
          `Generation ${pointed} named by ${POINTER_FILE} is unusable (${(error as Error).message}); ${fallback ? `serving the previous valid generation ${fallback}` : 'no other valid generation exists'}`,
        );
        return fallback ? this.open(fallback) : null;
      }
    }
    const newest = this.list().find((g) => this.isValid(g));
    return newest ? this.open(newest) : null;
  }

  /** Opens a generation after checking its manifest and every file's checksum. */
  open(id: string): Generation {
    const dir = path.join(this.generationsDir, id);
    const manifest = this.readManifest(dir);
    for (const [name, expected] of Object.entries(manifest.files)) {
      const file = path.join(dir, name);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(file);
      } catch {
        throw new GenerationError(`${name} is missing`);
      }
      if (stat.size !== expected.bytes)
        throw new GenerationError(`${name} is ${stat.size} bytes, the manifest says ${expected.bytes}`);
      if (sha256File(file) !== expected.sha256)
        throw new GenerationError(`${name} does not match its checksum (corrupted)`);
    }
    return { id, dir, databaseFile: path.join(dir, DATABASE_FILE), manifest };
  }

  isValid(id: string): boolean {
    try {
      this.open(id);
      return true;
    } catch {
      return false;
    }
  }

  /** Published generation ids, newest first. */
  list(): string[] {
    return fs
      .readdirSync(this.generationsDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()
      .reverse();
  }

  /** Removes leftovers of builds that never finished (a crash or SIGKILL mid-refresh). */
  recover(): string[] {
    const removed: string[] = [];
    for (const entry of fs.readdirSync(this.stagingDir)) {
      fs.rmSync(path.join(this.stagingDir, entry), { recursive: true, force: true });
      removed.push(entry);
    }
    for (const entry of fs.readdirSync(this.dataDir)) {
      if (entry.startsWith(`${POINTER_FILE}.`) && entry.endsWith('.tmp'))
        fs.rmSync(path.join(this.dataDir, entry), { force: true });
    }
    if (removed.length)
      this.log.info(
        `Removed ${removed.length} unfinished build(s) left by an interrupted refresh: ${removed.join(', ')}`,
      );
    return removed;
  }

  /** A fresh staging folder for the next generation. */
  createStaging(now: Date): { id: string; dir: string } {
    const id = `${now
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z')}-${randomBytes(3).toString('hex')}`;
    const dir = path.join(this.stagingDir, id);
    fs.mkdirSync(dir, { recursive: true });
    return { id, dir };
  }

  /**
   * Seals a staged generation (checksums into its manifest), moves it into place and points
   * `current.json` at it. Each step is atomic and durable before the next begins.
   */
  publish(
    staging: { id: string; dir: string },
    manifest: Omit<GenerationManifest, 'files' | 'id'>,
  ): Generation {
    const files: GenerationManifest['files'] = {};
    for (const name of fs.readdirSync(staging.dir).sort()) {
      if (name === MANIFEST_FILE) continue;
      const file = path.join(staging.dir, name);
      files[name] = { sha256: sha256File(file), bytes: fs.statSync(file).size };
      fsyncFile(file);
    }
    writeFileDurably(
      path.join(staging.dir, MANIFEST_FILE),
      `${JSON.stringify({ ...manifest, id: staging.id, files }, null, 2)}\n`,
    );
    const finalDir = path.join(this.generationsDir, staging.id);
    fs.renameSync(staging.dir, finalDir);
    fsyncDir(this.generationsDir);
    try {
      const generation = this.open(staging.id);
      writeFileDurably(this.pointerFile, `${JSON.stringify({ generation: staging.id })}\n`);
      return generation;
    } catch (error) {
      // The pointer could not be switched (a full disk): take the new folder back out, so a
      // failed publish leaves exactly what was there before.
      fs.rmSync(finalDir, { recursive: true, force: true });
      throw error;
    }
  }

  /** A staging folder for a generation published elsewhere (fetched by id from another instance). */
  stagingFor(id: string): { id: string; dir: string } {
    if (!/^[\w-]+$/.test(id)) throw new GenerationError(`"${id}" is not a generation id`);
    const dir = path.join(this.stagingDir, `${id}.fetch`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    return { id, dir };
  }

  /**
   * Serves a generation fetched from elsewhere: moves the staged folder into place, verifies every
   * file against its manifest (a corrupted copy is removed and refused) and switches the pointer.
   * A generation already here and valid is just switched to.
   */
  install(staging: { id: string; dir: string }): Generation {
    const finalDir = path.join(this.generationsDir, staging.id);
    if (this.isValid(staging.id)) fs.rmSync(staging.dir, { recursive: true, force: true });
    else {
      fs.rmSync(finalDir, { recursive: true, force: true });
      fs.renameSync(staging.dir, finalDir);
      fsyncDir(this.generationsDir);
    }
    let generation: Generation;
    try {
      generation = this.open(staging.id);
    } catch (error) {
      fs.rmSync(finalDir, { recursive: true, force: true });
      throw error;
    }
    writeFileDurably(this.pointerFile, `${JSON.stringify({ generation: staging.id })}\n`);
    return generation;
  }

  /** Deletes all but the newest `keep` generations, never the current one. */
  prune(keep: number, currentId: string): string[] {
    const removed: string[] = [];
    for (const id of this.list().slice(keep)) {
      if (id === currentId) continue;
      fs.rmSync(path.join(this.generationsDir, id), { recursive: true, force: true });
      removed.push(id);
    }
    return removed;
  }

  /**
   * Takes the refresh lock, or throws RefreshInProgressError naming the holder. A lock whose
   * process is gone (killed mid-refresh) is taken over.
   */
  acquireLock(now: Date): () => void {
    // The thread is recorded too: in the bot a refresh runs in a worker thread, and if that thread
    // dies the process lives on, so only the thread id tells whose lock was left behind.
    const body = JSON.stringify({
      pid: process.pid,
      thread: threadId,
      host: os.hostname(),
      startedAt: now.toISOString(),
    });
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = fs.openSync(this.lockFile, 'wx');
        fs.writeSync(fd, body);
        fs.fsyncSync(fd);
        fs.closeSync(fd);
        return () => fs.rmSync(this.lockFile, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = this.readLock();
        if (holder && holder.host === os.hostname() && !processAlive(holder.pid)) {
          this.log.warn(
            `Taking over a stale refresh lock from process ${holder.pid} (started ${holder.startedAt}), which is no longer running`,
          );
          fs.rmSync(this.lockFile, { force: true });
          continue;
        }
        throw new RefreshInProgressError(
          holder
            ? `A refresh is already running (process ${holder.pid} on ${holder.host}, started ${holder.startedAt}); try again when it finishes`
            : 'A refresh is already running; try again when it finishes',
        );
      }
    }
    throw new RefreshInProgressError('A refresh is already running; try again when it finishes');
  }

  /**
   * Removes the refresh lock if a thread of this process that has since died held it (the pool
   * calls this when a worker exits). A lock of any other process or thread is left alone.
   */
  releaseLockOfThread(deadThreadId: number): boolean {
    const holder = this.readLock();
    if (
      !holder ||
      holder.pid !== process.pid ||
      holder.host !== os.hostname() ||
      holder.thread !== deadThreadId
    )
      return false;
    fs.rmSync(this.lockFile, { force: true });
    this.log.warn(
      `Released the refresh lock left by worker thread ${deadThreadId}, which stopped mid-refresh`,
    );
    return true;
  }

  private readLock(): { pid: number; thread?: number; host: string; startedAt: string } | null {
    try {
      return JSON.parse(fs.readFileSync(this.lockFile, 'utf8'));
    } catch {
      // A lock file cut short by a crash between create and write: treat as stale (pid -1).
      return { pid: -1, host: os.hostname(), startedAt: 'unknown' };
    }
  }

  /** The generation id `current.json` names (unverified; cheap enough to call per command). */
  readPointer(): string | null {
    let text: string;
    try {
      text = fs.readFileSync(this.pointerFile, 'utf8');
    } catch {
      return null;
    }
    try {
      const id = z.object({ generation: z.string().regex(/^[\w-]+$/) }).parse(JSON.parse(text)).generation;
      return id;
    } catch {
      this.log.warn(`${POINTER_FILE} is unreadable; falling back to the newest valid generation`);
      return null;
    }
  }

  private readManifest(dir: string): GenerationManifest {
    let text: string;
    try {
      text = fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8');
    } catch {
      throw new GenerationError('manifest.json is missing');
    }
    try {
      return manifestSchema.parse(JSON.parse(text));
    } catch {
      throw new GenerationError('manifest.json is malformed');
    }
  }
}

function processAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function sha256File(file: string): string {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      hash.update(buffer.subarray(0, read));
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function fsyncDir(dir: string): void {
  try {
    fsyncFile(dir);
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  }
}

/** Write to a temporary file, fsync, rename over the target, fsync the folder. */
export function writeFileDurably(file: string, content: string): void {
  const tmp = `${file}.${process.pid}.${randomBytes(3).toString('hex')}.tmp`;
  try {
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeSync(fd, content);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (error) {
    // A write that failed (ENOSPC) leaves no half-written temporary file behind.
    fs.rmSync(tmp, { force: true });
    throw error;
  }
  fsyncDir(path.dirname(file));
}
