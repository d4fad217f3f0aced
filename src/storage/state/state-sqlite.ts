import path from 'node:path';
import type { Db } from '../corpus/database.js';
import { BotRecords } from './bot-records.js';
import { MentorNotes } from './mentor-notes.js';
import { addSource, readFreshness, readSourcesFile, removeSource, writeFreshness } from './sources-file.js';
import { openStateDb } from './state.js';
import type { NoteStore, RecordStore, SourceStore, StateStore } from './state-store.js';

/**
 * The embedded state of one machine: `<data dir>/state.db` (SQLite, WAL) for notes, feedback,
 * settings, audit and exchanges; the sources file and `source-status.json` for the job-board
 * sources, as before. The calls are synchronous underneath and wrapped as promises.
 */
export class SqliteStateStore implements StateStore {
  readonly kind = 'sqlite' as const;
  readonly notes: NoteStore;
  readonly records: RecordStore;
  readonly sources: SourceStore;
  readonly db: Db;

  constructor(options: {
    dataDir: string;
    sourcesFile: string;
    now: () => Date;
    /** Told when a corrupt state.db was recovered on open (see openStateDb). */
    log?: { warn(message: string): void };
  }) {
    this.db = openStateDb(options.dataDir, options.log, options.now);
    const notes = new MentorNotes(this.db, options.now);
    const records = new BotRecords(this.db, options.now);
    this.notes = {
      save: async (note) => notes.save(note),
      get: async (id, scope) => notes.get(id, scope),
      list: async (scope, o) => notes.list(scope, o),
      search: async (scope, query, limit, minWords) => notes.search(scope, query, limit, minWords),
      remove: async (id, by, scope) => notes.remove(id, by, scope),
      share: async (id, shared) => notes.share(id, shared),
    };
    this.records = {
      saveExchange: async (e) => records.saveExchange(e),
      exchange: async (id) => records.exchange(id),
      pruneExchanges: async (days) => records.pruneExchanges(days),
      recordFeedback: async (input) => records.recordFeedback(input),
      feedback: async (filter) => records.feedback(filter),
      audit: async (entry) => records.audit(entry),
      auditTrail: async (limit) => records.auditTrail(limit),
      allSettings: async () => records.allSettings(),
      updateSettings: async (guildId, changes) => records.updateSettings(guildId, changes),
    };
    const file = options.sourcesFile;
    const freshnessFile = path.join(options.dataDir, 'source-status.json');
    this.sources = {
      location: file,
      read: async () => readSourcesFile(file),
      add: async (input) => addSource(file, input),
      remove: async (name) => removeSource(file, name),
      freshness: async () => readFreshness(freshnessFile),
      saveFreshness: async (entries) => writeFreshness(freshnessFile, entries),
    };
  }

  async tryRefreshLock() {
    // One machine: the refresh lock file in the data folder (GenerationStore.acquireLock) does it.
    return { release: async () => {} };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
