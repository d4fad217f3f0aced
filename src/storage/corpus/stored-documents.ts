import { openDatabase } from './database.js';

/** A stored document's columns, as a re-extraction reads them back (storage side of `ingest.ts`). */
export type StoredDocumentRow = Record<string, string | number | null>;

/** Every open document of a published database, in insertion order, with what a record is rebuilt from. */
export function openDocumentRows(databaseFile: string): StoredDocumentRow[] {
  const db = openDatabase(databaseFile, { readonly: true, anySchema: true });
  try {
    return db
      .prepare(
        `SELECT id, kind, title, company, location, url, source, posted_at, remote, salary_min, salary_max,
                salary_currency, salary_period, employment_type, topics, description, processing_hash,
                external_id, department, apply_url, source_updated_at, salary_ranges
         FROM documents WHERE closed_at IS NULL ORDER BY rowid`,
      )
      .all() as StoredDocumentRow[];
  } finally {
    db.close();
  }
}

/** Each open document's processing hash in a published database, by id. */
export function openProcessingHashes(databaseFile: string): Map<string, string> {
  const db = openDatabase(databaseFile, { readonly: true, anySchema: true });
  try {
    const hashes = new Map<string, string>();
    for (const row of db
      .prepare('SELECT id, processing_hash FROM documents WHERE closed_at IS NULL')
      .iterate() as Iterable<{ id: string; processing_hash: string }>)
      hashes.set(row.id, row.processing_hash);
    return hashes;
  } finally {
    db.close();
  }
}
