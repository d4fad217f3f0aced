import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './database.js';

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

/** Opens (creating and migrating when needed) the state database in `dataDir`. */
export function openStateDb(dataDir: string): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'state.db');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
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
