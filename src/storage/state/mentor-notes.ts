import type { Statement } from 'better-sqlite3';
import type { Db } from '../corpus/database.js';
import {
  flag,
  type NoteRow,
  noteListFilters,
  noteParams,
  STATE_SQL,
  scopeParams,
  toNote,
} from './state-sql.js';

/** A mentor's own words about a listing or a topic: a source of its own kind, never a listing. */
export interface MentorNote {
  id: number;
  authorId: string;
  authorName: string;
  /** The listing the note is about, or null for a topic note. */
  listingId: string | null;
  topic: string | null;
  title: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  /** The Discord server it was saved in; null when an operator made it (console, CLI): visible everywhere. */
  guildId: string | null;
  /** Shared by an operator: visible in every server. */
  shared: boolean;
}

/** Who is looking at notes: a note saved in one server is never listed, searched, cited or removed in another. */
export interface NoteScope {
  /** The Discord server the request comes from; null in DMs, the console and the CLI. */
  guildId: string | null;
  /** An operator (the console, the CLI, a configured owner) sees and moderates every server's notes. */
  operator: boolean;
}

/** The console's and the CLI's view: whoever runs the machine is an operator. */
export const OPERATOR_SCOPE: NoteScope = { guildId: null, operator: true };

/** Who asks to remove a note: its author, an admin of the server it belongs to, or an operator. */
export interface NoteRemover {
  id: string;
  isAdmin: boolean;
}

export function noteVisible(note: MentorNote, scope: NoteScope): boolean {
  return (
    scope.operator ||
    note.guildId === null ||
    note.shared ||
    (scope.guildId !== null && note.guildId === scope.guildId)
  );
}

/**
 * Removal rights for a note visible in `scope`: its author; an admin acting as an operator; a
 * server's admin only for that server's own notes (not an operator's, not one shared from another server).
 */
export function mayRemoveNote(note: MentorNote, by: NoteRemover, scope: NoteScope): boolean {
  if (note.authorId === by.id) return true;
  if (!by.isAdmin) return false;
  return scope.operator || (scope.guildId !== null && note.guildId === scope.guildId);
}

export interface NewNote {
  authorId: string;
  authorName: string;
  listingId?: string | null;
  topic?: string | null;
  title: string;
  body: string;
  /** The server it is saved in; null (or absent) for an operator's note, visible everywhere. */
  guildId?: string | null;
}

/** The limits a note is held to on every surface (Discord's modal allows the same). */
export const NOTE_LIMITS = { title: 100, body: 4000, topic: 200 } as const;

/**
 * Words of a member's query as an FTS5 expression: each word quoted (so `-`, `:`, `*` or `NEAR`
 * typed by a member are text, not query syntax), any word may match, BM25 ranks.
 */
export function ftsAnyOf(query: string): string | null {
  const unique = queryWords(query);
  return unique.length ? unique.map((w) => `"${w.replaceAll('"', '""')}"`).join(' OR ') : null;
}

export function queryWords(text: string): string[] {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}+#.]*/gu) ?? [])
    .map((w) => w.replace(/\.+$/, ''))
    .filter((w) => w.length >= 2 && !STOPWORDS.has(w));
  return [...new Set(words)].slice(0, 24);
}

/** How many of the query's words a note contains (by a five-letter stem, as FTS's stemmer roughly does). */
function wordsMatched(note: MentorNote, words: string[]): number {
  const text = `${note.title} ${note.topic ?? ''} ${note.body}`.toLowerCase();
  return words.filter((w) => text.includes(w.slice(0, 5))).length;
}

/**
 * The full-text engine's candidates, best first, kept when they share at least `minWords` of the
 * query's words (or all of them, if fewer). Shared by the SQLite and PostgreSQL stores.
 */
export function keepMatching(candidates: MentorNote[], query: string, limit: number, minWords: number) {
  // Words every note in this community shares say little: they count only when nothing else is asked.
  const all = queryWords(query);
  const distinctive = all.filter((w) => !COMMON_IN_NOTES.has(w));
  const words = distinctive.length ? distinctive : all;
  const needed = Math.min(minWords, words.length);
  return candidates.filter((n) => wordsMatched(n, words) >= needed).slice(0, limit);
}

const STOPWORDS = new Set(
  'a an and are as at be by do for from how in is it of on or the to what which who with roles role'.split(
    ' ',
  ),
);

const COMMON_IN_NOTES = new Set(
  'lead leads backend back-end engineer engineers engineering developer developers senior staff principal manager software job jobs'.split(
    ' ',
  ),
);

/**
 * Mentor notes in the SQLite state database (table `notes`, full-text index `notes_fts`). Every
 * read takes the scope of whoever is looking (see NoteScope); the author, an operator or the admin
 * of the note's own server may remove a note.
 */
export class MentorNotes {
  /** Each statement prepared on its first use and kept (a handful: the list has four shapes). */
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  /** The statement for `sql`, prepared once per store (not on every call). */
  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  save(note: NewNote): MentorNote {
    const row = this.statement(STATE_SQL.saveNote).get(...noteParams(note, this.now().toISOString()));
    return toNote(row as NoteRow);
  }

  /** The note, when it exists and `scope` may see it. */
  get(id: number, scope: NoteScope): MentorNote | null {
    const row = this.statement(STATE_SQL.note).get(id) as NoteRow | undefined;
    const note = row ? toNote(row) : null;
    return note && noteVisible(note, scope) ? note : null;
  }

  /** Newest first, of the notes `scope` sees; only one author's when `authorId` is given. */
  list(
    scope: NoteScope,
    options: { authorId?: string; listingId?: string; limit?: number } = {},
  ): MentorNote[] {
    const filters = noteListFilters(options);
    const rows = this.statement(STATE_SQL.listNotes('sqlite', filters.where)).all(
      ...scopeParams('sqlite', scope),
      ...filters.params,
      options.limit ?? 50,
    ) as NoteRow[];
    return rows.map(toNote);
  }

  /**
   * Notes `scope` sees whose title, topic or text match the query's words, best first. `minWords`
   * asks for notes that share at least that many of the query's words (or all of them, if fewer),
   * so a summary does not pick up a note that only shares "backend".
   */
  search(scope: NoteScope, query: string, limit = 5, minWords = 1): MentorNote[] {
    const expression = ftsAnyOf(query);
    if (!expression) return [];
    const rows = this.statement(
      `SELECT n.* FROM notes_fts f JOIN notes n ON n.id = f.rowid
         WHERE notes_fts MATCH ? AND ${STATE_SQL.noteScope('sqlite')}
         ORDER BY bm25(notes_fts, 3.0, 2.0, 1.0) LIMIT ?`,
    ).all(expression, ...scopeParams('sqlite', scope), Math.max(limit * 4, 20)) as NoteRow[];
    return keepMatching(rows.map(toNote), query, limit, minWords);
  }

  /** Removes a note `scope` sees if the caller may (see mayRemoveNote). */
  remove(id: number, by: NoteRemover, scope: NoteScope): 'removed' | 'not_found' | 'forbidden' {
    const note = this.get(id, scope);
    if (!note) return 'not_found';
    if (!mayRemoveNote(note, by, scope)) return 'forbidden';
    this.statement(STATE_SQL.removeNote).run(id);
    return 'removed';
  }

  /** An operator shares a note with every server (or takes it back); null when there is no such note. */
  share(id: number, shared: boolean): MentorNote | null {
    const { changes } = this.statement(STATE_SQL.shareNote).run(flag('sqlite', shared), id);
    return changes ? this.get(id, OPERATOR_SCOPE) : null;
  }
}
