import type { Db } from './database.js';

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
}

export interface NewNote {
  authorId: string;
  authorName: string;
  listingId?: string | null;
  topic?: string | null;
  title: string;
  body: string;
}

/** The limits a note is held to on every surface (Discord's modal allows the same). */
export const NOTE_LIMITS = { title: 100, body: 4000, topic: 200 } as const;

interface NoteRow {
  id: number;
  author_id: string;
  author_name: string;
  listing_id: string | null;
  topic: string | null;
  title: string;
  body: string;
  created_at: string;
  updated_at: string;
}

function toNote(row: NoteRow): MentorNote {
  return {
    id: row.id,
    authorId: row.author_id,
    authorName: row.author_name,
    listingId: row.listing_id,
    topic: row.topic,
    title: row.title,
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Words of a member's query as an FTS5 expression: each word quoted (so `-`, `:`, `*` or `NEAR`
 * typed by a member are text, not query syntax), any word may match, BM25 ranks.
 */
export function ftsAnyOf(query: string): string | null {
  const unique = queryWords(query);
  return unique.length ? unique.map((w) => `"${w.replaceAll('"', '""')}"`).join(' OR ') : null;
}

function queryWords(text: string): string[] {
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
 * Mentor notes in the state database (table `notes`, full-text index `notes_fts`). The author or
 * an admin may remove a note; everyone may read and search them.
 */
export class MentorNotes {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  save(note: NewNote): MentorNote {
    const at = this.now().toISOString();
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO notes (author_id, author_name, listing_id, topic, title, body, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        note.authorId,
        note.authorName,
        note.listingId ?? null,
        note.topic ?? null,
        note.title,
        note.body,
        at,
        at,
      );
    return this.get(Number(lastInsertRowid))!;
  }

  get(id: number): MentorNote | null {
    const row = this.db.prepare('SELECT * FROM notes WHERE id = ?').get(id) as NoteRow | undefined;
    return row ? toNote(row) : null;
  }

  /** Newest first; only one author's when `authorId` is given. */
  list(options: { authorId?: string; listingId?: string; limit?: number } = {}): MentorNote[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (options.authorId) {
      where.push('author_id = ?');
      params.push(options.authorId);
    }
    if (options.listingId) {
      where.push('listing_id = ?');
      params.push(options.listingId);
    }
    const rows = this.db
      .prepare(
        `SELECT * FROM notes ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC LIMIT ?`,
      )
      .all(...params, options.limit ?? 50) as NoteRow[];
    return rows.map(toNote);
  }

  /**
   * Notes whose title, topic or text match the query's words, best first. `minWords` asks for
   * notes that share at least that many of the query's words (or all of them, if fewer), so a
   * summary does not pick up a note that only shares "backend".
   */
  search(query: string, limit = 5, minWords = 1): MentorNote[] {
    const expression = ftsAnyOf(query);
    if (!expression) return [];
    const rows = this.db
      .prepare(
        `SELECT n.* FROM notes_fts f JOIN notes n ON n.id = f.rowid
         WHERE notes_fts MATCH ? ORDER BY bm25(notes_fts, 3.0, 2.0, 1.0) LIMIT ?`,
      )
      .all(expression, Math.max(limit * 4, 20)) as NoteRow[];
    // Words every note in this community shares say little: they count only when nothing else is asked.
    const all = queryWords(query);
    const distinctive = all.filter((w) => !COMMON_IN_NOTES.has(w));
    const words = distinctive.length ? distinctive : all;
    const needed = Math.min(minWords, words.length);
    return rows
      .map(toNote)
      .filter((n) => wordsMatched(n, words) >= needed)
      .slice(0, limit);
  }

  /** Removes a note if the caller wrote it or is an admin. */
  remove(id: number, by: { id: string; isAdmin: boolean }): 'removed' | 'not_found' | 'forbidden' {
    const note = this.get(id);
    if (!note) return 'not_found';
    if (note.authorId !== by.id && !by.isAdmin) return 'forbidden';
    this.db.prepare('DELETE FROM notes WHERE id = ?').run(id);
    return 'removed';
  }
}
