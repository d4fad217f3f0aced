import type { AuditEntry, Exchange, ServerSettings } from './bot-records.js';
import type { MentorNote, NewNote, NoteRemover, NoteScope } from './mentor-notes.js';
import type { SourceFreshness, SourceSpec, SourcesFile } from './sources-file.js';

/**
 * The bot's own state behind one interface, so it can live in the embedded SQLite file of one
 * machine (the default) or in PostgreSQL shared by several instances (`DATABASE_URL`). Both
 * implementations pass the same test suite (test/storage/state-store.test.ts).
 */
export interface StateStore {
  readonly kind: 'sqlite' | 'postgres';
  readonly notes: NoteStore;
  readonly records: RecordStore;
  readonly sources: SourceStore;
  /**
   * The cluster-wide refresh lock: a lease, or null when another instance is refreshing. With
   * SQLite there is one machine and the refresh lock file in the data folder does this, so the
   * lease is always granted; with PostgreSQL it is an advisory lock on a connection of its own,
   * released with the lease or when the process dies.
   */
  tryRefreshLock(): Promise<RefreshLease | null>;
  close(): Promise<void>;
}

export interface RefreshLease {
  release(): Promise<void>;
}

export interface NoteStore {
  save(note: NewNote): Promise<MentorNote>;
  get(id: number, scope: NoteScope): Promise<MentorNote | null>;
  list(
    scope: NoteScope,
    options?: { authorId?: string; listingId?: string; limit?: number },
  ): Promise<MentorNote[]>;
  search(scope: NoteScope, query: string, limit?: number, minWords?: number): Promise<MentorNote[]>;
  remove(id: number, by: NoteRemover, scope: NoteScope): Promise<'removed' | 'not_found' | 'forbidden'>;
  /** An operator shares a note with every server, or takes it back; null when there is no such note. */
  share(id: number, shared: boolean): Promise<MentorNote | null>;
}

export interface FeedbackRow {
  exchangeId: string;
  userId: string;
  guildId: string | null;
  question: string;
  rating: number;
  generation: string | null;
  citations: unknown[];
}

/** A 👍 (1) or 👎 (-1) on a stored exchange's answer. */
export interface NewFeedback {
  exchange: Exchange;
  userId: string;
  rating: 1 | -1;
  answer: string;
  citations: unknown[];
}

export interface RecordStore {
  saveExchange(exchange: Omit<Exchange, 'createdAt'>): Promise<void>;
  exchange(id: string): Promise<Exchange | null>;
  pruneExchanges(days: number): Promise<number>;
  recordFeedback(input: NewFeedback): Promise<void>;
  /** Every vote, oldest first; one server's only when `guildId` is given. */
  feedback(filter?: { guildId?: string | null }): Promise<FeedbackRow[]>;
  audit(entry: AuditEntry): Promise<void>;
  auditTrail(limit?: number): Promise<Array<AuditEntry & { at: string }>>;
  allSettings(): Promise<Record<string, ServerSettings>>;
  updateSettings(guildId: string, changes: Partial<ServerSettings>): Promise<ServerSettings>;
}

/** The job-board sources a refresh fetches, and each one's last fetch. */
export interface SourceStore {
  /** Where they are kept, for messages ("the sources file …", "PostgreSQL"). */
  readonly location: string;
  read(): Promise<SourcesFile>;
  /** Validates and adds a source; throws SourcesFileError when invalid or the name is taken. */
  add(input: unknown): Promise<SourceSpec>;
  remove(name: string): Promise<SourceSpec | null>;
  freshness(): Promise<SourceFreshness[]>;
  saveFreshness(entries: SourceFreshness[]): Promise<void>;
}
