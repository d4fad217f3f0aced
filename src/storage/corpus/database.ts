import Database from 'better-sqlite3';

export type Db = Database.Database;

// Migrations by PRAGMA user_version: entry i moves the schema from version i to i + 1.
// Never edit a migration that has shipped; add a new one.
const MIGRATIONS: string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('listing', 'guide')),
    title TEXT NOT NULL,
    company TEXT,
    location TEXT,
    url TEXT,
    source TEXT NOT NULL,
    posted_at TEXT,
    remote TEXT,
    seniority TEXT,
    years_min INTEGER,
    salary_min REAL,
    salary_max REAL,
    salary_currency TEXT,
    salary_period TEXT,
    employment_type TEXT,
    places TEXT NOT NULL DEFAULT '[]',
    topics TEXT NOT NULL DEFAULT '[]',
    description TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    processing_hash TEXT NOT NULL,
    minhash BLOB,
    first_seen_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX documents_kind ON documents(kind);
  CREATE INDEX documents_source ON documents(source);
  CREATE INDEX documents_content_hash ON documents(content_hash);

  CREATE TABLE document_skills (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    skill TEXT NOT NULL,
    category TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    required INTEGER NOT NULL,
    PRIMARY KEY (document_id, skill)
  ) WITHOUT ROWID;
  CREATE INDEX document_skills_skill ON document_skills(skill);

  CREATE TABLE chunks (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    heading TEXT,
    text TEXT NOT NULL,
    optional INTEGER NOT NULL DEFAULT 0,
    UNIQUE (document_id, ord)
  );

  -- Full-text index over chunks; rowid = chunks.id. Title and company are repeated per chunk
  -- so that BM25 sees them on every section of a listing; skills holds the canonical skill
  -- slugs the section names ("k8s" in the text is "kubernetes" here).
  CREATE VIRTUAL TABLE chunks_fts USING fts5(title, company, heading, text, skills, tokenize = 'porter unicode61 remove_diacritics 2');
  -- The index's vocabulary, for typo tolerance in queries.
  CREATE VIRTUAL TABLE chunks_vocab USING fts5vocab(chunks_fts, 'row');

  CREATE TABLE ingest_runs (
    id INTEGER PRIMARY KEY,
    generation TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    sources TEXT NOT NULL,
    added INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    removed INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    rejected INTEGER NOT NULL,
    duplicates INTEGER NOT NULL,
    issues TEXT NOT NULL
  );
  `,
  // Job-board sources: a listing its board stops returning is closed (kept for history, out of
  // retrieval); the board's own id, department and update time are kept for provenance; the
  // same role found on another board or reposted is merged, its links kept as alternates.
  `
  ALTER TABLE documents ADD COLUMN closed_at TEXT;
  ALTER TABLE documents ADD COLUMN fetched_at TEXT;
  ALTER TABLE documents ADD COLUMN external_id TEXT;
  ALTER TABLE documents ADD COLUMN department TEXT;
  ALTER TABLE documents ADD COLUMN apply_url TEXT;
  ALTER TABLE documents ADD COLUMN source_updated_at TEXT;
  ALTER TABLE documents ADD COLUMN alternate_urls TEXT NOT NULL DEFAULT '[]';
  CREATE INDEX documents_closed_at ON documents(closed_at);
  ALTER TABLE ingest_runs ADD COLUMN closed INTEGER NOT NULL DEFAULT 0;
  `,
  // The industries or domains a listing's employer works in, each with the sentence that shows it
  // (data/taxonomy/industries.yaml). Filled when listings are extracted again (EXTRACTOR_VERSION 5).
  `
  CREATE TABLE document_industries (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    industry TEXT NOT NULL,
    evidence TEXT NOT NULL,
    score REAL NOT NULL,
    PRIMARY KEY (document_id, industry)
  ) WITHOUT ROWID;
  CREATE INDEX document_industries_industry ON document_industries(industry);
  `,
  // Every pay range a posting gives, each with its label (a second currency, Ashby's zone tiers);
  // salary_min/max/currency/period keep the first range for the code that reads one (issue 12, item 14).
  `
  ALTER TABLE documents ADD COLUMN salary_ranges TEXT NOT NULL DEFAULT '[]';
  `,
  // The answer engine counts over the extracted facts of every open listing (storage/corpus/facts.ts):
  // the level and work mode narrow first, pay by currency.
  `
  CREATE INDEX IF NOT EXISTS documents_open_listing_facts ON documents(seniority, remote) WHERE kind = 'listing' AND closed_at IS NULL;
  CREATE INDEX IF NOT EXISTS documents_open_listing_pay ON documents(salary_currency, salary_period) WHERE kind = 'listing' AND closed_at IS NULL;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export interface OpenOptions {
  readonly?: boolean;
  /** Read-only without the schema check: the copy source of a refresh, migrated after copying. */
  anySchema?: boolean;
  /**
   * A refresh's staged database (default false): never synced while it is written. A staged
   * database is thrown away whole when the refresh fails or its process dies (`recover`), and
   * publish fsyncs it before its checksum is taken and it is moved into place; syncing it before
   * that (switching the fresh copy to WAL, each checkpoint) only writes the same pages out twice
   * (at 100,000 listings, 1.5 GB of copied pages flushed when the copy was switched to WAL).
   */
  staged?: boolean;
}

/** Opens a corpus database; a writable one is migrated to the current schema. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  db.pragma('foreign_keys = ON');
  if (options.readonly) {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version !== SCHEMA_VERSION && !(options.anySchema && version <= SCHEMA_VERSION)) {
      db.close();
      throw new Error(
        `${file}: schema version ${version}, this RoleRadar expects ${SCHEMA_VERSION}; run "roleradar ingest" to rebuild`,
      );
    }
    return db;
  }
  // Before the switch to WAL, which otherwise syncs the whole file.
  db.pragma(options.staged ? 'synchronous = OFF' : 'synchronous = NORMAL');
  db.pragma('journal_mode = WAL');
  migrate(db);
  return db;
}

export function migrate(db: Db): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION)
    throw new Error(`database schema version ${version} is newer than this RoleRadar (${SCHEMA_VERSION})`);
  for (let v = version; v < SCHEMA_VERSION; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
