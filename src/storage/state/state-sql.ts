import type { AuditEntry, Exchange, ServerSettings } from './bot-records.js';
import { DEFAULT_SETTINGS } from './bot-records.js';
import type { MentorNote, NewNote, NoteScope } from './mentor-notes.js';
import type { FeedbackRow, NewFeedback } from './state-store.js';

/**
 * The state's statements and rows, once for both stores: SQLite (state.db; bot-records.ts,
 * mentor-notes.ts) and PostgreSQL (state-pg.ts). Statements are written with `?` placeholders, as
 * SQLite takes them; `numbered` turns them into PostgreSQL's `$1, $2, …`. Where the dialects
 * differ, both spellings are here side by side. Full-text search of notes is each engine's own
 * (FTS5, tsvector) and stays with its store.
 */

export const NOTE_COLUMNS =
  'id, author_id, author_name, listing_id, topic, title, body, created_at, updated_at, guild_id, shared';
const EXCHANGE_COLUMNS = 'id, user_id, guild_id, command, question, reply, generation, created_at';
const FEEDBACK_COLUMNS = 'exchange_id, user_id, guild_id, question, rating, generation, citations';
const AUDIT_COLUMNS = 'actor_id, actor_name, guild_id, action, details, outcome, at';

/**
 * The notes a scope sees: an operator all; anyone those made by an operator or shared, and their
 * server's own. Parameters: `scopeParams(scope)`. SQLite keeps booleans as 0/1; PostgreSQL has a
 * boolean column, and its parameter needs the type spelled out.
 */
const NOTE_SCOPE = {
  sqlite: '(? = 1 OR guild_id IS NULL OR shared = 1 OR guild_id = ?)',
  postgres: '(?::boolean OR guild_id IS NULL OR shared OR guild_id = ?)',
} as const;

export type Dialect = keyof typeof NOTE_SCOPE;

export const STATE_SQL = {
  // Exchanges: what a reply's buttons act on. Saving one again replaces it.
  saveExchange: `INSERT INTO exchanges (${EXCHANGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET user_id = excluded.user_id, guild_id = excluded.guild_id,
      command = excluded.command, question = excluded.question, reply = excluded.reply,
      generation = excluded.generation, created_at = excluded.created_at`,
  exchange: `SELECT ${EXCHANGE_COLUMNS} FROM exchanges WHERE id = ?`,
  pruneExchanges: 'DELETE FROM exchanges WHERE created_at < ?',

  // Feedback: one vote per member and answer; voting again changes it.
  recordFeedback: `INSERT INTO feedback (exchange_id, user_id, guild_id, command, question, answer, citations, generation, rating, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (exchange_id, user_id) DO UPDATE SET rating = excluded.rating, created_at = excluded.created_at`,
  feedbackAll: `SELECT ${FEEDBACK_COLUMNS} FROM feedback ORDER BY id`,
  feedbackOfGuild: `SELECT ${FEEDBACK_COLUMNS} FROM feedback WHERE guild_id IS NOT DISTINCT FROM ? ORDER BY id`,

  audit: `INSERT INTO audit (${AUDIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  auditTrail: `SELECT ${AUDIT_COLUMNS} FROM audit ORDER BY id DESC LIMIT ?`,

  allSettings: 'SELECT guild_id, key, value FROM server_settings',
  putSetting: `INSERT INTO server_settings (guild_id, key, value) VALUES (?, ?, ?)
    ON CONFLICT (guild_id, key) DO UPDATE SET value = excluded.value`,

  // Notes (search excepted): parameters from `noteParams`, `scopeParams`.
  saveNote: `INSERT INTO notes (author_id, author_name, listing_id, topic, title, body, created_at, updated_at, guild_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${NOTE_COLUMNS}`,
  note: `SELECT ${NOTE_COLUMNS} FROM notes WHERE id = ?`,
  /** Newest first, of the notes a scope sees, with optional filters (see `noteListFilters`). */
  listNotes: (dialect: Dialect, filters: string[]) =>
    `SELECT ${NOTE_COLUMNS} FROM notes WHERE ${[NOTE_SCOPE[dialect], ...filters].join(' AND ')}
    ORDER BY created_at DESC, id DESC LIMIT ?`,
  removeNote: 'DELETE FROM notes WHERE id = ?',
  /** Parameters: the flag as the dialect keeps it (`flag`), the id. */
  shareNote: 'UPDATE notes SET shared = ? WHERE id = ?',
  noteScope: (dialect: Dialect) => NOTE_SCOPE[dialect],
} as const;

/** A statement with `?` placeholders, numbered for PostgreSQL (`$1`, `$2`, …). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** A boolean as the dialect stores it: SQLite 0/1, PostgreSQL true/false. */
export function flag(dialect: Dialect, value: boolean): number | boolean {
  return dialect === 'sqlite' ? (value ? 1 : 0) : value;
}

export function scopeParams(dialect: Dialect, scope: NoteScope): [number | boolean, string | null] {
  return [flag(dialect, scope.operator), scope.guildId];
}

/** The optional filters of a note list, as conditions and their parameters (after the scope's). */
export function noteListFilters(options: { authorId?: string; listingId?: string }): {
  where: string[];
  params: string[];
} {
  const where: string[] = [];
  const params: string[] = [];
  if (options.authorId) {
    where.push('author_id = ?');
    params.push(options.authorId);
  }
  if (options.listingId) {
    where.push('listing_id = ?');
    params.push(options.listingId);
  }
  return { where, params };
}

// ── Parameters, in the order of the statements above ─────────────────────────────────────────────

export function exchangeParams(e: Omit<Exchange, 'createdAt'>, at: string): unknown[] {
  return [e.id, e.userId, e.guildId, e.command, e.question, JSON.stringify(e.reply), e.generation, at];
}

export function feedbackParams(input: NewFeedback, at: string): unknown[] {
  const { exchange } = input;
  return [
    exchange.id,
    input.userId,
    exchange.guildId,
    exchange.command,
    exchange.question,
    input.answer,
    JSON.stringify(input.citations),
    exchange.generation,
    input.rating,
    at,
  ];
}

export function auditParams(entry: AuditEntry, at: string): unknown[] {
  return [entry.actorId, entry.actorName, entry.guildId, entry.action, entry.details, entry.outcome, at];
}

export function noteParams(note: NewNote, at: string): unknown[] {
  return [
    note.authorId,
    note.authorName,
    note.listingId ?? null,
    note.topic ?? null,
    note.title,
    note.body,
    at,
    at,
    note.guildId ?? null,
  ];
}

// ── Rows ─────────────────────────────────────────────────────────────────────────────────────────

export interface NoteRow {
  /** PostgreSQL returns a BIGSERIAL as a string. */
  id: number | string;
  author_id: string;
  author_name: string;
  listing_id: string | null;
  topic: string | null;
  title: string;
  body: string;
  created_at: string;
  updated_at: string;
  guild_id: string | null;
  /** SQLite 0/1, PostgreSQL a boolean. */
  shared: number | boolean;
}

export function toNote(row: NoteRow): MentorNote {
  return {
    id: Number(row.id),
    authorId: row.author_id,
    authorName: row.author_name,
    listingId: row.listing_id,
    topic: row.topic,
    title: row.title,
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    guildId: row.guild_id,
    shared: row.shared === true || row.shared === 1,
  };
}

export interface ExchangeRow {
  id: string;
  user_id: string;
  guild_id: string | null;
  command: string;
  question: string;
  reply: string;
  generation: string | null;
  created_at: string;
}

export function toExchange(row: ExchangeRow): Exchange {
  return {
    id: row.id,
    userId: row.user_id,
    guildId: row.guild_id ?? null,
    command: row.command,
    question: row.question,
    reply: JSON.parse(row.reply),
    generation: row.generation ?? null,
    createdAt: row.created_at,
  };
}

export interface FeedbackDbRow {
  exchange_id: string;
  user_id: string;
  guild_id: string | null;
  question: string;
  /** PostgreSQL's SMALLINT comes as a number; kept general. */
  rating: number | string;
  generation: string | null;
  citations: string;
}

export function toFeedback(r: FeedbackDbRow): FeedbackRow {
  return {
    exchangeId: r.exchange_id,
    userId: r.user_id,
    guildId: r.guild_id,
    question: r.question,
    rating: Number(r.rating),
    generation: r.generation,
    citations: JSON.parse(r.citations) as unknown[],
  };
}

export interface AuditRow {
  actor_id: string;
  actor_name: string;
  guild_id: string | null;
  action: string;
  details: string;
  outcome: string;
  at: string;
}

export function toAuditEntry(r: AuditRow): AuditEntry & { at: string } {
  return {
    actorId: r.actor_id,
    actorName: r.actor_name,
    guildId: r.guild_id ?? null,
    action: r.action,
    details: r.details,
    outcome: r.outcome,
    at: r.at,
  };
}

/** Every server's settings from their rows (one per setting), defaults filled in. */
export function settingsFromRows(
  rows: ReadonlyArray<{ guild_id: string; key: string; value: string }>,
): Record<string, ServerSettings> {
  const out: Record<string, ServerSettings> = {};
  for (const row of rows) {
    out[row.guild_id] ??= { ...DEFAULT_SETTINGS };
    (out[row.guild_id] as unknown as Record<string, unknown>)[row.key] = JSON.parse(row.value);
  }
  return out;
}

/** A setting's rows to write: the changed ones, each value as JSON. */
export function settingChanges(changes: Partial<ServerSettings>): Array<[string, string]> {
  return Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => [key, JSON.stringify(value)]);
}
