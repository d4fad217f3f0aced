import type { Db } from './database.js';

/**
 * What the vector index and a refresh read from a corpus database under construction (a staged
 * generation): chunk texts to embed, which chunks are live, the totals a manifest records.
 */

/** A chunk with the title of its document: what it is embedded from. */
export interface ChunkTextRow {
  id: number;
  heading: string | null;
  text: string;
  title: string;
}

/** The open chunk ids of a corpus database (what its vector index must hold, live). */
export function openChunkIds(db: Db): Set<number> {
  return new Set(
    (
      db
        .prepare(
          'SELECT c.id FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.closed_at IS NULL',
        )
        .pluck()
        .all() as number[]
    ).map(Number),
  );
}

/** Every open chunk with its text, in id order. */
export function openChunkTexts(db: Db): ChunkTextRow[] {
  return db
    .prepare(
      'SELECT c.id, c.heading, c.text, d.title FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.closed_at IS NULL ORDER BY c.id',
    )
    .all() as ChunkTextRow[];
}

/** Reads one chunk with its text by id (the statement prepared once). */
export function chunkTextReader(db: Db): (id: number) => ChunkTextRow {
  const select = db.prepare(
    'SELECT c.id, c.heading, c.text, d.title FROM chunks c JOIN documents d ON d.id = c.document_id WHERE c.id = ?',
  );
  return (id) => select.get(id) as ChunkTextRow;
}

/** How many listings are open. */
export function countOpenListings(db: Db): number {
  return (
    db.prepare("SELECT count(*) AS n FROM documents WHERE kind = 'listing' AND closed_at IS NULL").get() as {
      n: number;
    }
  ).n;
}

/** Open listings, guides and chunks: what a generation's manifest records. */
export function corpusTotals(db: Db): { listings: number; guides: number; chunks: number } {
  return db
    .prepare(
      "SELECT (SELECT count(*) FROM documents WHERE kind = 'listing' AND closed_at IS NULL) AS listings, (SELECT count(*) FROM documents WHERE kind = 'guide') AS guides, (SELECT count(*) FROM chunks) AS chunks",
    )
    .get() as { listings: number; guides: number; chunks: number };
}
