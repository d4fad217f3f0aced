import { createHash } from 'node:crypto';
import type { Db } from './database.js';

/**
 * The role-text signatures of the last refresh, kept in the generation's database so the next
 * refresh computes a signature only for a posting whose text, or whose source's boilerplate,
 * changed (a minhash of every posting's role text was most of a refresh at scale). Each row is
 * keyed by a hash of what the signature was computed from; a key that differs is computed again.
 */
export class RoleSignatureCache {
  private readonly stored = new Map<string, { key: Buffer; minhash: Buffer }>();
  private readonly upsert;
  computed = 0;
  reused = 0;

  constructor(db: Db) {
    db.exec(
      'CREATE TABLE IF NOT EXISTS role_signatures (document_id TEXT PRIMARY KEY, key BLOB NOT NULL, minhash BLOB NOT NULL) WITHOUT ROWID',
    );
    for (const row of db
      .prepare('SELECT document_id, key, minhash FROM role_signatures')
      .iterate() as Iterable<{
      document_id: string;
      key: Buffer;
      minhash: Buffer;
    }>)
      this.stored.set(row.document_id, { key: row.key, minhash: row.minhash });
    this.upsert = db.prepare(
      'INSERT INTO role_signatures (document_id, key, minhash) VALUES (?, ?, ?) ON CONFLICT (document_id) DO UPDATE SET key = excluded.key, minhash = excluded.minhash',
    );
  }

  /** What a signature is computed from, hashed: the source's boilerplate fingerprint and the record's input hash. */
  static key(boilerplateFingerprint: string, inputHash: string): Buffer {
    return createHash('sha1').update(boilerplateFingerprint).update('\0').update(inputHash).digest();
  }

  /** The stored signature when its key matches, else the computed one (stored for the next refresh). */
  signature(id: string, key: Buffer, compute: () => Uint32Array): Uint32Array {
    const row = this.stored.get(id);
    if (row?.key.equals(key) && row.minhash.byteLength % 4 === 0) {
      this.reused++;
      const copy = new Uint8Array(row.minhash);
      return new Uint32Array(copy.buffer);
    }
    const signature = compute();
    this.upsert.run(id, key, Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength));
    this.computed++;
    return signature;
  }
}

/** Drops the signatures of documents no longer stored (a no-op before the first cache). */
export function pruneRoleSignatures(db: Db): void {
  const exists = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'role_signatures'")
    .get();
  if (exists) db.exec('DELETE FROM role_signatures WHERE document_id NOT IN (SELECT id FROM documents)');
}

/** A stable fingerprint of a boilerplate set (its lines, sorted). */
export function boilerplateFingerprint(lines: ReadonlySet<string>): string {
  return createHash('sha1')
    .update([...lines].sort().join('\n'))
    .digest('hex');
}
