import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../corpus/database.js';

/**
 * The bot's own state, kept apart from the corpus generations because it is written by members and
 * admins, not rebuilt by a refresh: mentor notes, answer feedback, the admin audit trail and
 * per-server settings. One SQLite file in WAL mode (`<data dir>/state.db`), shared by the worker
 * threads; every write is a short transaction.
 */

// Migrations by PRAGMA user_version: entry i moves the schema from version i to i + 1.
// Never edit a migration that has shipped; add a new one.
const STATE_MIGRATIONS: string[] = [
  `
  CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    author_id TEXT NOT NULL,
    author_name TEXT NOT NULL,
    -- The listing the note is about, or NULL for a topic note.
    listing_id TEXT,
    topic TEXT,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX notes_author ON notes(author_id);
  CREATE VIRTUAL TABLE notes_fts USING fts5(title, topic, body, content = 'notes', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');
  CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts(rowid, title, topic, body) VALUES (new.id, new.title, coalesce(new.topic, ''), new.body);
  END;
  CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, title, topic, body) VALUES ('delete', old.id, old.title, coalesce(old.topic, ''), old.body);
  END;
  CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, title, topic, body) VALUES ('delete', old.id, old.title, coalesce(old.topic, ''), old.body);
    INSERT INTO notes_fts(rowid, title, topic, body) VALUES (new.id, new.title, coalesce(new.topic, ''), new.body);
  END;

  CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    exchange_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    guild_id TEXT,
    command TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    citations TEXT NOT NULL,
    generation TEXT,
    rating INTEGER NOT NULL CHECK (rating IN (-1, 1)),
    created_at TEXT NOT NULL,
    -- One vote per member and answer; voting again changes it.
    UNIQUE (exchange_id, user_id)
  );

  CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    actor_id TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    guild_id TEXT,
    action TEXT NOT NULL,
    details TEXT NOT NULL,
    outcome TEXT NOT NULL,
    at TEXT NOT NULL
  );

  -- What a reply's buttons act on (feedback, sources, share, follow-up, pages): the question, the
  -- reply as shown and the generation it came from. Button ids carry only the exchange id.
  CREATE TABLE exchanges (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    guild_id TEXT,
    command TEXT NOT NULL,
    question TEXT NOT NULL,
    reply TEXT NOT NULL,
    generation TEXT,
    created_at TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX exchanges_created ON exchanges(created_at);

  CREATE TABLE server_settings (
    guild_id TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (guild_id, key)
  ) WITHOUT ROWID;
  `,
  // 2: notes belong to the Discord server they were saved in (NULL: made by an operator from the
  // console or the CLI, or saved before this migration: visible everywhere), unless shared.
  `
  ALTER TABLE notes ADD COLUMN guild_id TEXT;
  ALTER TABLE notes ADD COLUMN shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1));
  CREATE INDEX notes_guild ON notes(guild_id);
  `,
];

export const STATE_SCHEMA_VERSION = STATE_MIGRATIONS.length;

/** Tables whose readable rows are copied out of a corrupt state database, with their key columns. */
const SALVAGED_TABLES: Record<string, string> = {
  notes: 'id',
  feedback: 'id',
  server_settings: 'guild_id, key',
  audit: 'id',
  exchanges: 'id',
};

/** What `openStateDb` did with a corrupt state database (also kept beside it as JSON). */
export interface StateRecovery {
  at: string;
  reason: string;
  /** The broken file, moved aside (in the data directory). */
  quarantined: string;
  /** Rows copied into the fresh database, per table. */
  salvaged: Record<string, number>;
}

/**
 * Opens (creating and migrating when needed) the state database in `dataDir`. A corrupt one
 * (garbage bytes, truncated, failing `quick_check`) is detected here: its readable rows are copied
 * into a fresh database, the broken file is moved aside as `state.db.corrupt-<time>` (with a JSON
 * note of what happened), and the fresh one is used. Openers take `state.db.lock` (an exclusive
 * SQLite lock) while checking, so threads and processes never recover the same file twice.
 */
export function openStateDb(
  dataDir: string,
  log?: { warn(message: string): void },
  now: () => Date = () => new Date(),
): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'state.db');
  const lock = new Database(path.join(dataDir, 'state.db.lock'), { timeout: 30_000 });
  try {
    lock.exec('BEGIN EXCLUSIVE');
    const problem = checkState(file);
    if (problem) {
      const recovery = recoverState(file, problem, now());
      log?.warn(
        `state.db was corrupt (${problem}): moved aside as ${recovery.quarantined}; started a fresh one with the rows that could be read (${Object.entries(
          recovery.salvaged,
        )
          .map(([t, n]) => `${n} ${t}`)
          .join(', ')})`,
      );
    }
    return openChecked(file);
  } finally {
    lock.close();
  }
}

/** Recoveries of the state database in `dataDir`, newest first (for `status` and /corpus status). */
export function stateRecoveries(dataDir: string): StateRecovery[] {
  let names: string[];
  try {
    names = fs.readdirSync(dataDir).filter((n) => /^state\.db\.corrupt-.*\.json$/.test(n));
  } catch {
    return [];
  }
  return names
    .sort()
    .reverse()
    .flatMap((n) => {
      try {
        return [JSON.parse(fs.readFileSync(path.join(dataDir, n), 'utf8')) as StateRecovery];
      } catch {
        return [];
      }
    });
}

/** Why the state database cannot be used, or null when it can (or does not exist yet). */
function checkState(file: string): string | null {
  if (!fs.existsSync(file)) return null;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
    const verdict = rows.map((r) => r.quick_check).join('; ');
    return verdict === 'ok' ? null : `quick_check: ${verdict.replace(/\s+/g, ' ').slice(0, 300)}`;
  } catch (error) {
    return `${(error as { code?: string }).code ?? 'error'}: ${(error as Error).message}`;
  } finally {
    db?.close();
  }
}

function recoverState(file: string, reason: string, at: Date): StateRecovery {
  const stamp = at.toISOString().replace(/[-:]/g, '');
  const quarantined = `${file}.corrupt-${stamp}`;
  const fresh = `${file}.fresh.tmp`;
  fs.rmSync(fresh, { force: true });
  // The broken file and its write-ahead log move aside first: the log must never be replayed into
  // the fresh database, and the rows are read from the moved copy.
  fs.renameSync(file, quarantined);
  for (const suffix of ['-wal', '-shm'])
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, quarantined + suffix);
  const target = openChecked(fresh, false);
  const salvaged: Record<string, number> = {};
  const copy = readableCopy(quarantined, `${file}.salvage.tmp`);
  let source: Database.Database | undefined;
  try {
    source = new Database(copy, { readonly: true, fileMustExist: true });
  } catch {
    source = undefined;
  }
  for (const [table, key] of Object.entries(SALVAGED_TABLES)) {
    salvaged[table] = source ? copyReadableRows(source, target, table, key) : 0;
  }
  source?.close();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(copy + suffix, { force: true });
  target.close();
  fs.renameSync(fresh, file);
  const recovery: StateRecovery = {
    at: at.toISOString(),
    reason,
    quarantined: path.basename(quarantined),
    salvaged,
  };
  fs.writeFileSync(`${quarantined}.json`, `${JSON.stringify(recovery, null, 2)}\n`);
  return recovery;
}

/**
 * A copy of a broken database that SQLite will open: a truncated file is cut to whole pages and
 * its header's page count set to match (otherwise every read fails, even of intact pages).
 */
function readableCopy(broken: string, copy: string): string {
  const bytes = fs.readFileSync(broken);
  if (bytes.length >= 100 && bytes.subarray(0, 16).toString('latin1') === 'SQLite format 3\0') {
    const raw = bytes.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    const pages = Math.floor(bytes.length / pageSize);
    if (pageSize >= 512 && pages > 0 && pages < bytes.readUInt32BE(28)) {
      const whole = Buffer.from(bytes.subarray(0, pages * pageSize));
      whole.writeUInt32BE(pages, 28);
      fs.writeFileSync(copy, whole);
      return copy;
    }
  }
  fs.writeFileSync(copy, bytes);
  if (fs.existsSync(`${broken}-wal`)) fs.copyFileSync(`${broken}-wal`, `${copy}-wal`);
  return copy;
}

/**
 * Copies the rows of one table that can still be read: in key order until a damaged page stops
 * the scan, then in reverse key order from the end, so rows on both sides of the damage are kept.
 */
function copyReadableRows(source: Database.Database, target: Db, table: string, key: string): number {
  let columns: string[];
  try {
    columns = (source.pragma(`table_info(${table})`) as Array<{ name: string }>).map((c) => c.name);
  } catch {
    return 0;
  }
  const wanted = (target.pragma(`table_info(${table})`) as Array<{ name: string }>)
    .map((c) => c.name)
    .filter((c) => columns.includes(c));
  if (wanted.length === 0) return 0;
  const insert = target.prepare(
    `INSERT OR IGNORE INTO ${table} (${wanted.join(', ')}) VALUES (${wanted.map(() => '?').join(', ')})`,
  );
  let copied = 0;
  const order = (dir: string) =>
    key
      .split(',')
      .map((k) => `${k.trim()} ${dir}`)
      .join(', ');
  for (const dir of ['ASC', 'DESC']) {
    try {
      const rows = source.prepare(`SELECT ${wanted.join(', ')} FROM ${table} ORDER BY ${order(dir)}`).raw();
      target.transaction(() => {
        try {
          for (const row of rows.iterate() as Iterable<unknown[]>) copied += insert.run(...row).changes;
        } catch {
          // A damaged page: keep what was read before it.
        }
      })();
    } catch {
      // The table itself cannot be read.
    }
  }
  return copied;
}

function openChecked(file: string, wal = true): Db {
  const db = new Database(file);
  if (wal) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  // Several worker threads share the file: wait for a writer instead of failing at once.
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > STATE_SCHEMA_VERSION) {
    db.close();
    throw new Error(
      `${file}: schema version ${version} is newer than this RoleRadar (${STATE_SCHEMA_VERSION})`,
    );
  }
  for (let v = version; v < STATE_SCHEMA_VERSION; v++) {
    db.transaction(() => {
      db.exec(STATE_MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return db;
}
