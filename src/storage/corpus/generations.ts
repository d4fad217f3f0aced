import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import Database from 'better-sqlite3';
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
/** The file whose exclusive SQLite lock is the refresh lock (see `acquireLock`). */
const LOCK_DB_FILE = 'refresh.lock.db';

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

/** A file of a generation that fails its manifest: missing, of the wrong size, or corrupted. */
export interface FileProblem {
  file: string;
  reason: string;
}

/** The state of the generation `current.json` names (see `GenerationStore.health`). */
export interface CorpusHealth {
  state: 'ok' | 'degraded';
  /** The generation `current.json` names, or null when it names none (or is unreadable). */
  pointer: string | null;
  /** The generation served now (the named one, or the newest valid one when it is broken). */
  serving: string | null;
  reason: string | null;
  /** Only derived files failed (the database is intact): they can be rebuilt from it. */
  repairable: boolean;
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
  private readonly lockDbFile: string;
  /**
   * What `publish` hashed, per generation, with each file's inode, size and times then: checks of
   * that generation in this process (the open that follows, the prune) compare those instead of
   * hashing every byte again. A moved folder keeps its files' inodes and times; a write changes them.
   */
  private readonly hashedHere = new Map<string, Record<string, Stamp>>();

  constructor(
    readonly dataDir: string,
    private readonly log: Logger,
  ) {
    this.generationsDir = path.join(dataDir, 'generations');
    this.stagingDir = path.join(dataDir, 'staging');
    this.pointerFile = path.join(dataDir, POINTER_FILE);
    this.lockFile = path.join(dataDir, LOCK_FILE);
    this.lockDbFile = path.join(dataDir, LOCK_DB_FILE);
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
    const inspected = this.inspect(id);
    const first = inspected.problems[0];
    if (first) throw new GenerationError(first.reason);
    return inspected.generation;
  }

  /**
   * Checks every file of a generation against its manifest and lists what fails (a missing
   * manifest throws GenerationError). Unlike `open`, a generation whose database is intact but
   * whose derived files (vectors, embedding model) are not is still described, so it can be repaired.
   */
  inspect(id: string): { generation: Generation; problems: FileProblem[] } {
    const hashed = this.hashedHere.get(id);
    const dir = path.join(this.generationsDir, id);
    const manifest = this.readManifest(dir);
    const problems: FileProblem[] = [];
    const stamps = this.readStamps(id);
    let stamped = false;
    for (const [name, expected] of Object.entries(manifest.files)) {
      // Hashed by this store when it published the generation, and unchanged since: not hashed again.
      const fresh = hashed?.[name];
      if (fresh) {
        let same = false;
        try {
          same = stampHolds(fresh, fs.statSync(path.join(dir, name)), expected.sha256);
        } catch {
          same = false;
        }
        if (same) continue;
      }
      const file = path.join(dir, name);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(file);
      } catch {
        problems.push({ file: name, reason: `${name} is missing` });
        continue;
      }
      if (stat.size !== expected.bytes)
        problems.push({
          file: name,
          reason: `${name} is ${stat.size} bytes, the manifest says ${expected.bytes}`,
        });
      else if (stampHolds(stamps[name], stat, expected.sha256)) continue;
      else if (sha256File(file) !== expected.sha256)
        problems.push({ file: name, reason: `${name} does not match its checksum (corrupted)` });
      else {
        const stamp = stampOf(stat, expected.sha256);
        if (stamp) {
          stamps[name] = stamp;
          stamped = true;
        }
      }
    }
    if (stamped && problems.length === 0) this.writeStamps(id, stamps);
    if (!manifest.files[DATABASE_FILE])
      problems.push({ file: DATABASE_FILE, reason: `${DATABASE_FILE} is not in the manifest` });
    // The database first: it is what decides whether the generation can be repaired.
    problems.sort((a, b) => Number(b.file === DATABASE_FILE) - Number(a.file === DATABASE_FILE));
    return { generation: { id, dir, databaseFile: path.join(dir, DATABASE_FILE), manifest }, problems };
  }

  /**
   * Whether a file of a generation holds the bytes its manifest names without hashing it again:
   * hashed by this store's publish, or by an earlier check that stamped it, and not written since
   * (same inode, size and times: see `Stamp`). What serving trusts on every open; a refresh
   * copies such a database without hashing the copy's bytes (`stageGeneration`).
   */
  unchangedSinceVerified(id: string, name: string): boolean {
    const dir = path.join(this.generationsDir, id);
    let expected: { sha256: string; bytes: number } | undefined;
    let stat: fs.Stats;
    try {
      expected = this.readManifest(dir).files[name];
      stat = fs.statSync(path.join(dir, name));
    } catch {
      return false;
    }
    if (!expected || stat.size !== expected.bytes) return false;
    return (
      stampHolds(this.hashedHere.get(id)?.[name], stat, expected.sha256) ||
      stampHolds(this.readStamps(id)[name], stat, expected.sha256)
    );
  }

  /**
   * What a refresh builds on: the generation `current.json` names when its database is intact,
   * even if its derived files are broken (they are rebuilt from it, so nothing it holds is lost),
   * else the generation being served. `broken` lists the named generation's failing files.
   */
  refreshBase(): { generation: Generation; broken: FileProblem[]; pointerOk: boolean } | null {
    const pointed = this.readPointer();
    if (pointed) {
      try {
        const { generation, problems } = this.inspect(pointed);
        if (!problems.some((p) => p.file === DATABASE_FILE))
          return { generation, broken: problems, pointerOk: true };
      } catch {
        // No manifest: nothing in it can be trusted; fall back below.
      }
    }
    const current = this.current();
    return current ? { generation: current, broken: [], pointerOk: current.id === pointed } : null;
  }

  /**
   * Whether the generation `current.json` names is whole. Degraded when it is missing, or any of
   * its files fails its checksum; `repairable` when its database is intact (only derived files
   * failed), so start-up rebuilds them from it.
   */
  health(): CorpusHealth {
    const pointerExists = fs.existsSync(this.pointerFile);
    const pointer = this.readPointer();
    if (!pointer) {
      const serving = this.current()?.id ?? null;
      if (!pointerExists) return { state: 'ok', pointer: null, serving, reason: null, repairable: false };
      return {
        state: 'degraded',
        pointer: null,
        serving,
        reason: `${POINTER_FILE} is unreadable${serving ? `; serving generation ${serving}` : ''}`,
        repairable: false,
      };
    }
    let problems: FileProblem[];
    try {
      problems = this.inspect(pointer).problems;
    } catch (error) {
      problems = [{ file: MANIFEST_FILE, reason: (error as Error).message }];
    }
    if (problems.length === 0)
      return { state: 'ok', pointer, serving: pointer, reason: null, repairable: false };
    const serving = this.current()?.id ?? null;
    const repairable = !problems.some((p) => p.file === DATABASE_FILE || p.file === MANIFEST_FILE);
    return {
      state: 'degraded',
      pointer,
      serving,
      reason: `generation ${pointer} named by ${POINTER_FILE}: ${problems.map((p) => p.reason).join('; ')}${
        serving && serving !== pointer
          ? `; serving the previous valid generation ${serving}`
          : serving
            ? ''
            : '; no valid generation to serve'
      }`,
      repairable,
    };
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
      if (
        (entry.startsWith(`${POINTER_FILE}.`) || entry.startsWith(`${LOCK_FILE}.`)) &&
        entry.endsWith('.tmp')
      )
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
    carried: Record<string, { sha256: string; bytes: number }> = {},
  ): Generation {
    const files: GenerationManifest['files'] = {};
    const hashed: Record<string, Stamp> = {};
    for (const name of fs.readdirSync(staging.dir).sort()) {
      if (name === MANIFEST_FILE) continue;
      const file = path.join(staging.dir, name);
      // A file of the parent generation linked in unchanged (a vector index's base and segments):
      // already durable, and its checksum is the parent's, verified when the refresh began.
      const known = carried[name];
      let stat = fs.statSync(file);
      const keep = known !== undefined && known.bytes === stat.size;
      if (!keep) {
        fsyncFile(file);
        stat = fs.statSync(file);
      }
      const sha256 = keep ? known.sha256 : sha256File(file);
      files[name] = { sha256, bytes: stat.size };
      hashed[name] = {
        sha256,
        bytes: stat.size,
        ino: stat.ino,
        mtimeMs: stat.mtimeMs,
        ctimeMs: stat.ctimeMs,
      };
    }
    writeFileDurably(
      path.join(staging.dir, MANIFEST_FILE),
      `${JSON.stringify({ ...manifest, id: staging.id, files }, null, 2)}\n`,
    );
    const finalDir = path.join(this.generationsDir, staging.id);
    fs.renameSync(staging.dir, finalDir);
    fsyncDir(this.generationsDir);
    try {
      this.hashedHere.set(staging.id, hashed);
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

  /**
   * Deletes all but the newest `keep` generations, never the current one, and nothing at all while
   * the serving generation is degraded: an older generation may then hold the only intact copy.
   */
  prune(keep: number, currentId: string): string[] {
    const pointed = this.readPointer();
    const problem =
      this.inspectSafely(currentId) ??
      (pointed !== currentId
        ? `${POINTER_FILE} names ${pointed ?? 'no generation'}, not ${currentId}`
        : null);
    if (problem) {
      this.log.warn(`Kept every old generation: the serving generation is degraded (${problem})`);
      return [];
    }
    const removed: string[] = [];
    for (const id of this.list().slice(keep)) {
      if (id === currentId) continue;
      fs.rmSync(path.join(this.generationsDir, id), { recursive: true, force: true });
      fs.rmSync(this.stampFile(id), { force: true });
      this.hashedHere.delete(id);
      removed.push(id);
    }
    return removed;
  }

  /** Where a generation's verification stamps are kept (beside the generations, not in them). */
  private stampFile(id: string): string {
    return path.join(this.dataDir, 'verified', `${id}.json`);
  }

  private readStamps(id: string): Record<string, Stamp> {
    try {
      return JSON.parse(fs.readFileSync(this.stampFile(id), 'utf8')) as Record<string, Stamp>;
    } catch {
      return {};
    }
  }

  /** Best effort: without stamps the next open hashes every file again, as it always did. */
  private writeStamps(id: string, stamps: Record<string, Stamp>): void {
    const file = this.stampFile(id);
    const temp = `${file}.${process.pid}.part`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(temp, JSON.stringify(stamps));
      fs.renameSync(temp, file);
    } catch {
      fs.rmSync(temp, { force: true });
    }
  }

  /** The first problem of a generation, or null when it is whole. */
  private inspectSafely(id: string): string | null {
    try {
      return this.inspect(id).problems[0]?.reason ?? null;
    } catch (error) {
      return (error as Error).message;
    }
  }

  /**
   * Takes the refresh lock, or throws RefreshInProgressError naming the holder.
   *
   * The lock itself is an exclusive SQLite lock (an fcntl lock on `refresh.lock.db`) held by an
   * open connection for as long as the refresh runs: the kernel drops it when the holder's process
   * dies, and better-sqlite3 closes the connection when a worker thread stops, so a lock is never
   * left behind and taking over a dead holder's lock is the same single atomic step as taking a
   * free one (two takeovers can never both succeed). `refresh.lock` only says who holds it; one left
   * by a holder that died is reported and replaced.
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
    const lock = new Database(this.lockDbFile, { timeout: 0 });
    try {
      lock.exec('BEGIN EXCLUSIVE');
    } catch (error) {
      lock.close();
      if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
      const holder = this.readLock();
      throw new RefreshInProgressError(
        holder && holder.pid > 0
          ? `A refresh is already running (process ${holder.pid} on ${holder.host}, started ${holder.startedAt}); try again when it finishes`
          : 'A refresh is already running; try again when it finishes',
      );
    }
    try {
      const previous = fs.existsSync(this.lockFile) ? this.readLock() : null;
      if (previous)
        this.log.warn(
          `Taking over a stale refresh lock from process ${previous.pid} (started ${previous.startedAt}), which is no longer running`,
        );
      writeFileDurably(this.lockFile, body);
    } catch (error) {
      lock.close();
      throw error;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      try {
        fs.rmSync(this.lockFile, { force: true });
      } finally {
        lock.close(); // ends the transaction and drops the lock
      }
    };
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

/**
 * A file found to match its checksum, and its inode, size and times then. While all of them are
 * unchanged the file has not been written since, so opening the generation again (a restart, a
 * worker, another process) need not hash every byte again: at 100,000 listings that is ~3 GB and
 * most of the cold start. Any write changes the modification and change times (the change time
 * cannot be set back), so a modified file is hashed again. A file modified within the last
 * 2 s when it was checked is not stamped: a write in the same clock tick could keep its times.
 */
interface Stamp {
  sha256: string;
  bytes: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
}

const STAMP_MIN_AGE_MS = 2000;

function stampOf(stat: fs.Stats, sha256: string): Stamp | null {
  if (Date.now() - Math.max(stat.mtimeMs, stat.ctimeMs) < STAMP_MIN_AGE_MS) return null;
  return { sha256, bytes: stat.size, ino: stat.ino, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs };
}

function stampHolds(stamp: Stamp | undefined, stat: fs.Stats, sha256: string): boolean {
  return (
    stamp !== undefined &&
    stamp.sha256 === sha256 &&
    stamp.bytes === stat.size &&
    stamp.ino === stat.ino &&
    stamp.mtimeMs === stat.mtimeMs &&
    stamp.ctimeMs === stat.ctimeMs
  );
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
