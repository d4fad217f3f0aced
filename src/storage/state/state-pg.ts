import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type pg from 'pg';
import { DEFAULT_SETTINGS } from './bot-records.js';
import {
  keepMatching,
  mayRemoveNote,
  type NoteScope,
  noteVisible,
  OPERATOR_SCOPE,
  queryWords,
} from './mentor-notes.js';
import {
  parseSourcesDocument,
  readSourcesFile,
  type SourceFreshness,
  type SourcesFile,
  withSourceAdded,
  withSourceRemoved,
} from './sources-file.js';
import {
  type AuditRow,
  auditParams,
  type ExchangeRow,
  exchangeParams,
  type FeedbackDbRow,
  feedbackParams,
  flag,
  NOTE_COLUMNS,
  type NoteRow,
  noteListFilters,
  noteParams,
  numbered,
  STATE_SQL,
  scopeParams,
  settingChanges,
  settingsFromRows,
  toAuditEntry,
  toExchange,
  toFeedback,
  toNote,
} from './state-sql.js';
import type { NoteStore, RecordStore, RefreshLease, SourceStore, StateStore } from './state-store.js';

/**
 * The PostgreSQL driver, loaded once PostgreSQL is configured (DATABASE_URL): a bot on its embedded
 * SQLite never loads it, in any of its threads.
 */
export const pgDriver = (): typeof pg => createRequire(import.meta.url)('pg');

/**
 * The bot's state in PostgreSQL, shared by every instance that has the same `DATABASE_URL` (and
 * schema): notes with full-text search (a weighted tsvector column and a GIN index), feedback,
 * settings, audit, exchanges, the job-board sources and their status, the refresh lock (an
 * advisory lock) and the published corpus generations (see generations-pg.ts). Migrations are
 * versioned in `schema_migrations` and applied under an advisory lock, so instances starting
 * together migrate once.
 */

// Entry i moves the schema from version i to i + 1. Never edit a migration that has shipped; add one.
export const PG_MIGRATIONS: string[] = [
  `
  CREATE TABLE notes (
    id BIGSERIAL PRIMARY KEY,
    author_id TEXT NOT NULL,
    author_name TEXT NOT NULL,
    listing_id TEXT,
    topic TEXT,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    guild_id TEXT,
    shared BOOLEAN NOT NULL DEFAULT FALSE,
    search TSVECTOR GENERATED ALWAYS AS (
      setweight(to_tsvector('english', title), 'A') ||
      setweight(to_tsvector('english', coalesce(topic, '')), 'B') ||
      setweight(to_tsvector('english', body), 'C')
    ) STORED
  );
  CREATE INDEX notes_search ON notes USING GIN (search);
  CREATE INDEX notes_guild ON notes (guild_id);
  CREATE INDEX notes_author ON notes (author_id);

  CREATE TABLE feedback (
    id BIGSERIAL PRIMARY KEY,
    exchange_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    guild_id TEXT,
    command TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    citations TEXT NOT NULL,
    generation TEXT,
    rating SMALLINT NOT NULL CHECK (rating IN (-1, 1)),
    created_at TEXT NOT NULL,
    UNIQUE (exchange_id, user_id)
  );

  CREATE TABLE audit (
    id BIGSERIAL PRIMARY KEY,
    actor_id TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    guild_id TEXT,
    action TEXT NOT NULL,
    details TEXT NOT NULL,
    outcome TEXT NOT NULL,
    at TEXT NOT NULL
  );

  CREATE TABLE exchanges (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    guild_id TEXT,
    command TEXT NOT NULL,
    question TEXT NOT NULL,
    reply TEXT NOT NULL,
    generation TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX exchanges_created ON exchanges (created_at);

  CREATE TABLE server_settings (
    guild_id TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (guild_id, key)
  );

  -- The sources document ({ sources, retired }) as the sources file holds it; origin says whether
  -- it is still the initial empty one (a local sources file is then imported once).
  CREATE TABLE source_config (
    id INT PRIMARY KEY CHECK (id = 1),
    doc JSONB NOT NULL,
    origin TEXT NOT NULL
  );
  INSERT INTO source_config (id, doc, origin) VALUES (1, '{"sources": [], "retired": []}', 'initial');

  CREATE TABLE source_status (
    name TEXT PRIMARY KEY,
    position INT NOT NULL,
    kind TEXT NOT NULL,
    last_attempt_at TEXT,
    last_success_at TEXT,
    last_error TEXT,
    postings INT
  );

  -- Published corpus generations, for every instance to fetch: the manifest (with each file's
  -- SHA-256) and the files in chunks of at most 1 MiB.
  CREATE TABLE generations (
    id TEXT PRIMARY KEY,
    manifest TEXT NOT NULL,
    bytes BIGINT NOT NULL,
    publisher TEXT NOT NULL,
    published_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  CREATE TABLE generation_files (
    generation_id TEXT NOT NULL REFERENCES generations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    chunk INT NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY (generation_id, name, chunk)
  );
  CREATE TABLE serving (
    id INT PRIMARY KEY CHECK (id = 1),
    generation_id TEXT NOT NULL REFERENCES generations (id),
    switched_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  `,
];

/** NOTIFY channels: a new serving generation; changed server settings. */
export const GENERATION_CHANNEL = 'roleradar_generation';
export const SETTINGS_CHANNEL = 'roleradar_settings';

export interface PgOptions {
  url: string;
  /** Every table lives in this schema (created when missing): one database can hold several installs or test runs. */
  schema: string;
  now: () => Date;
  /** Pooled connections of this process (or worker thread). */
  maxConnections?: number;
  /** A local sources file to import once, while the shared sources are still the initial empty list. */
  importSourcesFrom?: string;
  log?: { info(message: string): void; warn(message: string): void };
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function assertSchemaName(schema: string): void {
  if (!SCHEMA_NAME.test(schema))
    throw new Error(
      `ROLERADAR_DATABASE_SCHEMA "${schema}" is not a plain lowercase identifier (a-z, 0-9, _)`,
    );
}

/** Connection settings for a client of this schema (search_path set at connect). */
export function clientConfig(options: Pick<PgOptions, 'url' | 'schema'>): pg.ClientConfig {
  assertSchemaName(options.schema);
  return {
    connectionString: options.url,
    options: `-c search_path=${options.schema}`,
    application_name: 'roleradar',
    connectionTimeoutMillis: 10_000,
  };
}

/** A 64-bit advisory lock key for a name, per schema (test runs in their own schemas never collide). */
export function advisoryKey(schema: string, name: string): string {
  return createHash('sha256').update(`roleradar:${schema}:${name}`).digest().readBigInt64BE(0).toString();
}

export class PostgresStateStore implements StateStore {
  readonly kind = 'postgres' as const;
  readonly pool: pg.Pool;
  readonly notes: NoteStore;
  readonly records: RecordStore;
  readonly sources: SourceStore;
  private readonly ready: Promise<void>;

  constructor(readonly options: PgOptions) {
    this.pool = new (pgDriver().Pool)({ ...clientConfig(options), max: options.maxConnections ?? 4 });
    // An idle connection the server dropped must not crash the process: the next query reconnects.
    this.pool.on('error', (error) => options.log?.warn(`PostgreSQL connection lost: ${error.message}`));
    this.ready = this.migrate();
    // A failed start-up is reported by the first call that awaits it, not as an unhandled rejection.
    this.ready.catch(() => {});
    this.notes = this.noteStore();
    this.records = this.recordStore();
    this.sources = this.sourceStore();
  }

  /** Resolves once the schema is migrated (rejects with the reason when the server cannot be used). */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /** A query after the migrations are applied. */
  async query<R extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    await this.ready;
    return this.pool.query<R>(text, params);
  }

  /** Runs `fn` in one transaction on one pooled connection. */
  async transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    await this.ready;
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  private async migrate(): Promise<void> {
    const { schema } = this.options;
    assertSchemaName(schema);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // One instance migrates; the others wait here and then find nothing left to do.
      await client.query('SELECT pg_advisory_xact_lock($1)', [advisoryKey(schema, 'migrate')]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
      );
      const { rows } = await client.query<{ v: number | null }>(
        'SELECT max(version) AS v FROM schema_migrations',
      );
      const version = rows[0]?.v ?? 0;
      if (version > PG_MIGRATIONS.length)
        throw new Error(
          `PostgreSQL schema "${schema}" is at version ${version}, newer than this RoleRadar (${PG_MIGRATIONS.length})`,
        );
      for (let v = version; v < PG_MIGRATIONS.length; v++) {
        await client.query(PG_MIGRATIONS[v]!);
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
    if (this.options.importSourcesFrom) await this.importSourcesFile(this.options.importSourcesFrom);
  }

  /** The first instance on an empty database brings its sources file along (once). */
  private async importSourcesFile(file: string): Promise<void> {
    if (!fs.existsSync(file)) return;
    const local = readSourcesFile(file);
    if (!local.sources.length && !local.retired.length) return;
    const { rowCount } = await this.pool.query(
      "UPDATE source_config SET doc = $1, origin = $2 WHERE id = 1 AND origin = 'initial'",
      [JSON.stringify(local), `imported from ${file}`],
    );
    if (rowCount)
      this.options.log?.info(
        `Imported ${local.sources.length} job-board source(s) from ${file} into PostgreSQL; edit them with /corpus sources or roleradar sources from now on`,
      );
  }

  /**
   * The cluster-wide refresh lock: pg_try_advisory_lock on a connection of its own, held for the
   * whole refresh. If the process dies, the server ends the session and the lock goes with it.
   */
  async tryRefreshLock(): Promise<(RefreshLease & { lost: () => boolean }) | null> {
    await this.ready;
    const client = new (pgDriver().Client)(clientConfig(this.options));
    let lost = false;
    client.on('error', (error) => {
      lost = true;
      this.options.log?.warn(`The refresh lock's connection failed (${error.message}); the lock is lost`);
    });
    await client.connect();
    const key = advisoryKey(this.options.schema, 'refresh');
    const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [key]);
    if (!rows[0]?.ok) {
      await client.end().catch(() => {});
      return null;
    }
    return {
      lost: () => lost,
      release: async () => {
        try {
          if (!lost) await client.query('SELECT pg_advisory_unlock($1)', [key]);
        } finally {
          await client.end().catch(() => {});
        }
      },
    };
  }

  async close(): Promise<void> {
    await this.ready.catch(() => {});
    await this.pool.end();
  }

  private noteStore(): NoteStore {
    const sql = numbered;
    const get = async (id: number, scope: NoteScope) => {
      const { rows } = await this.query<NoteRow>(sql(STATE_SQL.note), [id]);
      const note = rows[0] ? toNote(rows[0]) : null;
      return note && noteVisible(note, scope) ? note : null;
    };
    return {
      save: async (note) => {
        const { rows } = await this.query<NoteRow>(
          sql(STATE_SQL.saveNote),
          noteParams(note, this.options.now().toISOString()),
        );
        return toNote(rows[0]!);
      },
      get,
      list: async (scope, options = {}) => {
        const filters = noteListFilters(options);
        const { rows } = await this.query<NoteRow>(sql(STATE_SQL.listNotes('postgres', filters.where)), [
          ...scopeParams('postgres', scope),
          ...filters.params,
          options.limit ?? 50,
        ]);
        return rows.map(toNote);
      },
      search: async (scope, query, limit = 5, minWords = 1) => {
        const words = queryWords(query);
        if (!words.length) return [];
        // Any word may match (each word a plain query: typed syntax is text), title over topic over body.
        const tsquery = words.map(() => "plainto_tsquery('english', ?)").join(' || ');
        const { rows } = await this.query<NoteRow>(
          sql(`SELECT ${NOTE_COLUMNS} FROM notes, (SELECT ${tsquery} AS q) query
           WHERE search @@ q AND ${STATE_SQL.noteScope('postgres')}
           ORDER BY ts_rank(search, q) DESC, id DESC LIMIT ?`),
          [...words, ...scopeParams('postgres', scope), Math.max(limit * 4, 20)],
        );
        return keepMatching(rows.map(toNote), query, limit, minWords);
      },
      remove: async (id, by, scope) => {
        const note = await get(id, scope);
        if (!note) return 'not_found';
        if (!mayRemoveNote(note, by, scope)) return 'forbidden';
        await this.query(sql(STATE_SQL.removeNote), [id]);
        return 'removed';
      },
      share: async (id, shared) => {
        const { rowCount } = await this.query(sql(STATE_SQL.shareNote), [flag('postgres', shared), id]);
        return rowCount ? get(id, OPERATOR_SCOPE) : null;
      },
    };
  }

  private recordStore(): RecordStore {
    const now = () => this.options.now().toISOString();
    const sql = numbered;
    const allSettings = async () =>
      settingsFromRows(
        (await this.query<{ guild_id: string; key: string; value: string }>(sql(STATE_SQL.allSettings))).rows,
      );
    return {
      saveExchange: async (e) => {
        await this.query(sql(STATE_SQL.saveExchange), exchangeParams(e, now()));
      },
      exchange: async (id) => {
        const { rows } = await this.query<ExchangeRow>(sql(STATE_SQL.exchange), [id]);
        return rows[0] ? toExchange(rows[0]) : null;
      },
      pruneExchanges: async (days) => {
        const cutoff = new Date(this.options.now().getTime() - days * 86_400_000).toISOString();
        return (await this.query(sql(STATE_SQL.pruneExchanges), [cutoff])).rowCount ?? 0;
      },
      recordFeedback: async (input) => {
        await this.query(sql(STATE_SQL.recordFeedback), feedbackParams(input, now()));
      },
      feedback: async (filter = {}) => {
        const { rows } =
          filter.guildId !== undefined
            ? await this.query<FeedbackDbRow>(sql(STATE_SQL.feedbackOfGuild), [filter.guildId])
            : await this.query<FeedbackDbRow>(sql(STATE_SQL.feedbackAll));
        return rows.map(toFeedback);
      },
      audit: async (entry) => {
        await this.query(sql(STATE_SQL.audit), auditParams(entry, now()));
      },
      auditTrail: async (limit = 100) => {
        const { rows } = await this.query<AuditRow>(sql(STATE_SQL.auditTrail), [limit]);
        return rows.map(toAuditEntry);
      },
      allSettings,
      updateSettings: async (guildId, changes) => {
        await this.transaction(async (client) => {
          for (const [key, value] of settingChanges(changes))
            await client.query(sql(STATE_SQL.putSetting), [guildId, key, value]);
          // Every instance reloads the server's settings (delivered on commit).
          await client.query('SELECT pg_notify($1, $2)', [SETTINGS_CHANNEL, guildId]);
        });
        return (await allSettings())[guildId] ?? { ...DEFAULT_SETTINGS };
      },
    };
  }

  private sourceStore(): SourceStore {
    const where = `PostgreSQL (schema ${this.options.schema}, table source_config)`;
    const read = async (client?: pg.PoolClient): Promise<SourcesFile> => {
      const { rows } = await (client ?? this.pool).query<{ doc: unknown }>(
        `SELECT doc FROM source_config WHERE id = 1${client ? ' FOR UPDATE' : ''}`,
      );
      return parseSourcesDocument(rows[0]?.doc, where);
    };
    const write = (client: pg.PoolClient, content: SourcesFile) =>
      client.query("UPDATE source_config SET doc = $1, origin = 'edited' WHERE id = 1", [
        JSON.stringify(content),
      ]);
    return {
      location: where,
      read: async () => {
        await this.ready;
        return read();
      },
      add: (input) =>
        this.transaction(async (client) => {
          const { content, added } = withSourceAdded(await read(client), input);
          await write(client, content);
          return added;
        }),
      remove: (name) =>
        this.transaction(async (client) => {
          const change = withSourceRemoved(await read(client), name);
          if (!change) return null;
          await write(client, change.content);
          return change.removed;
        }),
      freshness: async () => {
        const { rows } = await this.query<{
          name: string;
          kind: SourceFreshness['kind'];
          last_attempt_at: string | null;
          last_success_at: string | null;
          last_error: string | null;
          postings: number | null;
        }>('SELECT * FROM source_status ORDER BY position');
        return rows.map((r) => ({
          name: r.name,
          kind: r.kind,
          lastAttemptAt: r.last_attempt_at,
          lastSuccessAt: r.last_success_at,
          lastError: r.last_error,
          postings: r.postings,
        }));
      },
      saveFreshness: (entries) =>
        this.transaction(async (client) => {
          await client.query('DELETE FROM source_status');
          for (const [i, f] of entries.entries())
            await client.query(
              `INSERT INTO source_status (name, position, kind, last_attempt_at, last_success_at, last_error, postings)
               VALUES ($1, $2, $3, $4, $5, $6, $7)`,
              [f.name, i, f.kind, f.lastAttemptAt, f.lastSuccessAt, f.lastError, f.postings],
            );
        }),
    };
  }
}
