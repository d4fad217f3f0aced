import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GENERATION_CHANNEL, type PostgresStateStore } from '../state/state-pg.js';
import type { Generation, GenerationStore } from './generations.js';

/** Files go into PostgreSQL in pieces of this size (bounded memory on both sides, any file size). */
const CHUNK_BYTES = 1 << 20;

export interface ServingGeneration {
  id: string;
  publisher: string;
  publishedAt: string;
  bytes: number;
}

/**
 * Corpus generations shared through PostgreSQL, so instances with their own data folders (other
 * hosts, a blue/green pair) serve the same corpus with nothing but the database in common. The
 * refreshing instance uploads the generation it published locally (its files in 1 MiB bytea
 * chunks and its manifest, which holds every file's SHA-256) and moves the `serving` row to it in
 * one transaction, with a NOTIFY delivered on commit; the others download it into their staging
 * folder, verify every checksum exactly as for a local generation, and switch their pointer.
 */
export class SharedGenerations {
  constructor(
    private readonly db: PostgresStateStore,
    private readonly local: GenerationStore,
  ) {}

  /** The generation every instance should serve, or null before the first publish. */
  async serving(): Promise<ServingGeneration | null> {
    const { rows } = await this.db.query<{
      id: string;
      publisher: string;
      published_at: Date;
      bytes: string;
    }>(
      `SELECT g.id, g.publisher, g.published_at, g.bytes FROM serving s JOIN generations g ON g.id = s.generation_id`,
    );
    const r = rows[0];
    return r
      ? {
          id: r.id,
          publisher: r.publisher,
          publishedAt: r.published_at.toISOString(),
          bytes: Number(r.bytes),
        }
      : null;
  }

  /**
   * Uploads a local generation (unless already there), makes it the serving one and tells every
   * instance; keeps the newest `keep` generations in the database (never the serving one).
   */
  async publish(generation: Generation, keep: number): Promise<void> {
    const manifestText = fs.readFileSync(path.join(generation.dir, 'manifest.json'), 'utf8');
    const bytes = Object.values(generation.manifest.files).reduce((sum, f) => sum + f.bytes, 0);
    await this.db.transaction(async (client) => {
      const inserted = await client.query(
        `INSERT INTO generations (id, manifest, bytes, publisher) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO NOTHING`,
        [generation.id, manifestText, bytes, `${os.hostname()} pid ${process.pid}`],
      );
      if (inserted.rowCount) {
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        for (const name of Object.keys(generation.manifest.files).sort()) {
          const fd = fs.openSync(path.join(generation.dir, name), 'r');
          try {
            for (let chunk = 0; ; chunk++) {
              const read = fs.readSync(fd, buffer, 0, CHUNK_BYTES, null);
              if (read === 0 && chunk > 0) break;
              await client.query(
                'INSERT INTO generation_files (generation_id, name, chunk, data) VALUES ($1, $2, $3, $4)',
                [generation.id, name, chunk, buffer.subarray(0, read)],
              );
              if (read < CHUNK_BYTES) break;
            }
          } finally {
            fs.closeSync(fd);
          }
        }
      }
      // Older generations go first (never the one still serving until this commit), so the switch
      // below is the last write before the commit.
      await client.query(
        `DELETE FROM generations WHERE id <> $1
           AND id IS DISTINCT FROM (SELECT generation_id FROM serving WHERE id = 1)
           AND id NOT IN (SELECT id FROM generations ORDER BY published_at DESC, id DESC LIMIT $2)`,
        [generation.id, keep],
      );
      await client.query(
        `INSERT INTO serving (id, generation_id, switched_at) VALUES (1, $1, clock_timestamp())
         ON CONFLICT (id) DO UPDATE SET generation_id = excluded.generation_id, switched_at = clock_timestamp()`,
        [generation.id],
      );
      await client.query('SELECT pg_notify($1, $2)', [GENERATION_CHANNEL, generation.id]);
    });
  }

  /**
   * Downloads a published generation into a staging folder, then verifies and serves it (see
   * GenerationStore.install). The caller holds the local refresh lock.
   */
  async fetch(id: string): Promise<{ generation: Generation; bytes: number }> {
    const { rows } = await this.db.query<{ manifest: string }>(
      'SELECT manifest FROM generations WHERE id = $1',
      [id],
    );
    if (!rows[0]) throw new Error(`generation ${id} is not in PostgreSQL (pruned meanwhile?)`);
    const staging = this.local.stagingFor(id);
    let bytes = 0;
    try {
      const files = await this.db.query<{ name: string; chunks: string }>(
        'SELECT name, count(*) AS chunks FROM generation_files WHERE generation_id = $1 GROUP BY name ORDER BY name',
        [id],
      );
      for (const { name, chunks } of files.rows) {
        if (!/^[\w.-]+$/.test(name)) throw new Error(`generation ${id} names an unsafe file "${name}"`);
        const fd = fs.openSync(path.join(staging.dir, name), 'w');
        try {
          for (let chunk = 0; chunk < Number(chunks); chunk++) {
            const part = await this.db.query<{ data: Buffer }>(
              'SELECT data FROM generation_files WHERE generation_id = $1 AND name = $2 AND chunk = $3',
              [id, name, chunk],
            );
            const data = part.rows[0]?.data;
            if (!data) throw new Error(`generation ${id}: ${name} is missing chunk ${chunk}`);
            fs.writeSync(fd, data);
            bytes += data.length;
          }
          fs.fsyncSync(fd);
        } finally {
          fs.closeSync(fd);
        }
      }
      fs.writeFileSync(path.join(staging.dir, 'manifest.json'), rows[0].manifest);
      // Checksums are verified here: a corrupted copy is refused and the current generation keeps serving.
      return { generation: this.local.install(staging), bytes };
    } finally {
      fs.rmSync(staging.dir, { recursive: true, force: true });
    }
  }
}
