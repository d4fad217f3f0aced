import fs from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Embedding vectors cached by model and content hash in their own SQLite file, so a refresh only
 * sends chunks whose text changed. Statements are prepared once.
 */
export class EmbeddingCache {
  private readonly db: Database.Database;
  private readonly select;
  private readonly insert;

  constructor(file: string, log?: { warn(message: string): void }) {
    this.db = openCache(file, log);
    this.select = this.db.prepare('SELECT vector FROM embeddings WHERE model = ? AND hash = ?');
    this.insert = this.db.prepare('INSERT OR REPLACE INTO embeddings (model, hash, vector) VALUES (?, ?, ?)');
  }

  get(model: string, hash: string): number[] | undefined {
    const row = this.select.get(model, hash) as { vector: Buffer } | undefined;
    if (!row) return undefined;
    return Array.from(
      new Float32Array(
        row.vector.buffer.slice(row.vector.byteOffset, row.vector.byteOffset + row.vector.byteLength),
      ),
    );
  }

  /** Stores a batch in one transaction. */
  putAll(model: string, entries: ReadonlyArray<{ hash: string; vector: number[] }>): void {
    this.db.transaction(() => {
      for (const e of entries) this.insert.run(model, e.hash, Buffer.from(new Float32Array(e.vector).buffer));
    })();
  }

  close(): void {
    this.db.close();
  }
}

/**
 * Opens the embedding cache. It only saves requests, so a corrupt file (garbage, truncated, failing
 * `quick_check`) is moved aside as `<file>.corrupt-<time>` and a fresh cache started, rather than
 * failing every refresh and query that embeds.
 */
function openCache(file: string, log?: { warn(message: string): void }): Database.Database {
  const open = () => {
    const db = new Database(file);
    try {
      if (file !== ':memory:') {
        const verdict = db.pragma('quick_check', { simple: true });
        if (verdict !== 'ok') throw new Error(`quick_check: ${String(verdict).slice(0, 200)}`);
      }
      db.pragma('journal_mode = WAL');
      db.exec(
        'CREATE TABLE IF NOT EXISTS embeddings (model TEXT NOT NULL, hash TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (model, hash)) WITHOUT ROWID',
      );
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  };
  try {
    return open();
  } catch (error) {
    if (file === ':memory:' || !fs.existsSync(file)) throw error;
    const aside = `${file}.corrupt-${new Date().toISOString().replace(/[-:]/g, '')}`;
    for (const suffix of ['', '-wal', '-shm'])
      if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
    log?.warn(
      `The embedding cache ${file} was corrupt (${(error as Error).message}); moved aside as ${aside}, starting an empty one`,
    );
    return open();
  }
}
