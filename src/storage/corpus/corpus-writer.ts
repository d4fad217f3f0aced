import { type Chunk, type ListingFacts, skillSlug } from '../../core/listing.js';
import type { Db } from './database.js';

export interface StoredDocumentInput {
  id: string;
  kind: 'listing' | 'guide';
  title: string;
  company: string | null;
  location: string | null;
  url: string | null;
  source: string;
  postedAt: string | null;
  topics: string[];
  description: string;
  contentHash: string;
  processingHash: string;
  minhash: Uint32Array | null;
  facts: ListingFacts | null;
  chunks: Array<Chunk & { skills: string[] }>;
  /** Provenance from a job board: its id of the posting, department, apply link and update time. */
  externalId?: string | null;
  department?: string | null;
  applyUrl?: string | null;
  sourceUpdatedAt?: string | null;
  /** Every posted pay range with its label; the facts' salary is the first. */
  salaryRanges?: SalaryRange[];
}

/** One posted pay range and what it is for (a zone, a tier, a currency). */
export interface SalaryRange {
  min: number;
  max: number;
  currency: string;
  period: 'year' | 'month' | 'day' | 'hour';
  label?: string;
}

/** Another place the same role is posted (another board, or a repost): kept on the surviving listing. */
export interface AlternateSource {
  id: string;
  url: string;
  source: string;
}

/** What one refresh did to the corpus, document by document. */
export interface RefreshCounts {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
  rejected: number;
  duplicates: number;
  /** Listings their board no longer returns: kept for history, out of retrieval. */
  closed: number;
}

export interface ExistingDocument {
  id: string;
  kind: 'listing' | 'guide';
  source: string;
  processingHash: string;
  contentHash: string;
  minhash: Uint32Array | null;
  closedAt: string | null;
}

/** Prepared statements that write one generation's database (used only while it is staged). */
export class CorpusWriter {
  private readonly statements;
  /** Chunk rows this writer inserted (new and changed documents): their vectors must be made. */
  readonly writtenChunks = new Set<number>();

  constructor(private readonly db: Db) {
    this.statements = {
      existing: db.prepare(
        'SELECT id, kind, source, processing_hash, content_hash, minhash, closed_at FROM documents',
      ),
      kept: db.prepare('SELECT first_seen_at, alternate_urls FROM documents WHERE id = ?'),
      alternates: db.prepare('SELECT alternate_urls FROM documents WHERE id = ?'),
      setAlternates: db.prepare('UPDATE documents SET alternate_urls = ? WHERE id = ?'),
      // A listing's last sighting may be its source's (`SOURCES_SEEN`): kept on its row when it closes.
      close: db.prepare(
        `UPDATE documents SET closed_at = @now, fetched_at = CASE
           WHEN @seen IS NOT NULL AND (fetched_at IS NULL OR fetched_at < @seen) THEN @seen ELSE fetched_at END
         WHERE id = @id AND closed_at IS NULL`,
      ),
      openBySource: db.prepare(
        'SELECT source, count(*) AS n FROM documents WHERE closed_at IS NULL GROUP BY source',
      ),
      getMeta: db.prepare('SELECT value FROM meta WHERE key = ?').pluck(),
      touch: db.prepare('UPDATE documents SET fetched_at = ? WHERE id = ?'),
      setProcessingHash: db.prepare('UPDATE documents SET processing_hash = ? WHERE id = ?'),
      touchAll: db.prepare(
        'UPDATE documents SET fetched_at = ? WHERE id IN (SELECT value FROM json_each(?))',
      ),
      deleteFts: db.prepare(
        'DELETE FROM chunks_fts WHERE rowid IN (SELECT id FROM chunks WHERE document_id = ?)',
      ),
      deleteDocument: db.prepare('DELETE FROM documents WHERE id = ?'),
      insertDocument: db.prepare(`
        INSERT INTO documents (id, kind, title, company, location, url, source, posted_at, remote, seniority, years_min,
          salary_min, salary_max, salary_currency, salary_period, employment_type, places, topics, description,
          content_hash, processing_hash, minhash, first_seen_at, updated_at, fetched_at, external_id, department,
          apply_url, source_updated_at, alternate_urls, salary_ranges)
        VALUES (@id, @kind, @title, @company, @location, @url, @source, @postedAt, @remote, @seniority, @yearsMin,
          @salaryMin, @salaryMax, @salaryCurrency, @salaryPeriod, @employmentType, @places, @topics, @description,
          @contentHash, @processingHash, @minhash, @firstSeenAt, @updatedAt, @updatedAt, @externalId, @department,
          @applyUrl, @sourceUpdatedAt, @alternateUrls, @salaryRanges)`),
      insertSkill: db.prepare(
        'INSERT INTO document_skills (document_id, skill, category, mentions, required) VALUES (?, ?, ?, ?, ?)',
      ),
      insertIndustry: db.prepare(
        'INSERT INTO document_industries (document_id, industry, evidence, score) VALUES (?, ?, ?, ?)',
      ),
      insertChunk: db.prepare(
        'INSERT INTO chunks (document_id, ord, heading, text, optional) VALUES (?, ?, ?, ?, ?)',
      ),
      insertFts: db.prepare(
        'INSERT INTO chunks_fts (rowid, title, company, heading, text, skills) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      setMeta: db.prepare(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ),
      insertRun: db.prepare(`
        INSERT INTO ingest_runs (generation, started_at, finished_at, sources, added, updated, removed, unchanged, rejected, duplicates, closed, issues)
        VALUES (@generation, @startedAt, @finishedAt, @sources, @added, @updated, @removed, @unchanged, @rejected, @duplicates, @closed, @issues)`),
    };
  }

  existingDocuments(): Map<string, ExistingDocument> {
    const rows = this.statements.existing.all() as Array<{
      id: string;
      kind: 'listing' | 'guide';
      source: string;
      processing_hash: string;
      content_hash: string;
      minhash: Buffer | null;
      closed_at: string | null;
    }>;
    return new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          kind: r.kind,
          source: r.source,
          processingHash: r.processing_hash,
          contentHash: r.content_hash,
          minhash: r.minhash
            ? new Uint32Array(
                r.minhash.buffer.slice(r.minhash.byteOffset, r.minhash.byteOffset + r.minhash.byteLength),
              )
            : null,
          closedAt: r.closed_at,
        },
      ]),
    );
  }

  /** Replaces a document with its new version: row, skills, chunks and full-text entries. */
  upsert(doc: StoredDocumentInput, now: string): void {
    // A new version keeps when the listing was first seen and where else it is posted.
    const kept = this.statements.kept.get(doc.id) as
      | { first_seen_at: string; alternate_urls: string }
      | undefined;
    const firstSeen = kept?.first_seen_at ?? now;
    this.remove(doc.id);
    const f = doc.facts;
    this.statements.insertDocument.run({
      id: doc.id,
      kind: doc.kind,
      title: doc.title,
      company: doc.company,
      location: doc.location,
      url: doc.url,
      source: doc.source,
      postedAt: doc.postedAt,
      remote: f?.remote ?? null,
      seniority: f?.seniority ?? null,
      yearsMin: f?.yearsMin ?? null,
      salaryMin: f?.salary?.min ?? null,
      salaryMax: f?.salary?.max ?? null,
      salaryCurrency: f?.salary?.currency ?? null,
      salaryPeriod: f?.salary?.period ?? null,
      employmentType: f?.employmentType ?? null,
      places: JSON.stringify(f?.places ?? []),
      topics: JSON.stringify(doc.topics),
      description: doc.description,
      contentHash: doc.contentHash,
      processingHash: doc.processingHash,
      minhash: doc.minhash
        ? Buffer.from(doc.minhash.buffer, doc.minhash.byteOffset, doc.minhash.byteLength)
        : null,
      firstSeenAt: firstSeen,
      updatedAt: now,
      externalId: doc.externalId ?? null,
      department: doc.department ?? null,
      applyUrl: doc.applyUrl ?? null,
      sourceUpdatedAt: doc.sourceUpdatedAt ?? null,
      alternateUrls: kept?.alternate_urls ?? '[]',
      salaryRanges: JSON.stringify(doc.salaryRanges ?? []),
    });
    for (const skill of f?.skills ?? []) {
      this.statements.insertSkill.run(
        doc.id,
        skill.name,
        skill.category,
        skill.mentions,
        skill.required ? 1 : 0,
      );
    }
    for (const industry of f?.industries ?? [])
      this.statements.insertIndustry.run(doc.id, industry.id, industry.evidence, industry.score);
    doc.chunks.forEach((chunk, ord) => {
      const { lastInsertRowid } = this.statements.insertChunk.run(
        doc.id,
        ord,
        chunk.heading,
        chunk.text,
        chunk.optional ? 1 : 0,
      );
      this.writtenChunks.add(Number(lastInsertRowid));
      this.statements.insertFts.run(
        lastInsertRowid,
        doc.title,
        doc.company ?? '',
        chunk.heading ?? '',
        chunk.text,
        chunk.skills.map(skillSlug).join(' '),
      );
    });
  }

  /**
   * Marks a listing closed: its row, facts and sections stay (for `listing ID` and history), its
   * full-text rows go, and the vector index is built without its chunks.
   */
  close(id: string, now: string, seen: string | null = null): boolean {
    const changed = this.statements.close.run({ now, id, seen }).changes > 0;
    if (changed) this.statements.deleteFts.run(id);
    return changed;
  }

  /** Records that a fetch returned this listing again (its freshness). */
  touch(id: string, now: string): void {
    this.statements.touch.run(now, id);
  }

  /** Open documents of each source. */
  openBySource(): Map<string, number> {
    const rows = this.statements.openBySource.all() as Array<{ source: string; n: number }>;
    return new Map(rows.map((r) => [r.source, r.n]));
  }

  /** When each source was last seen whole (`SOURCES_SEEN`). */
  sourcesSeen(): Record<string, string> {
    return parseSourcesSeen(this.statements.getMeta.get(SOURCES_SEEN) as string | undefined);
  }

  /** Rewrites a document's processing hash (the same processing, stored in the current form). */
  setProcessingHash(id: string, hash: string): void {
    this.statements.setProcessingHash.run(hash, id);
  }

  /** `touch` for many documents in one statement (a refresh sees most of the corpus unchanged). */
  touchAll(ids: readonly string[], now: string): void {
    const BATCH = 50_000;
    for (let i = 0; i < ids.length; i += BATCH)
      this.statements.touchAll.run(now, JSON.stringify(ids.slice(i, i + BATCH)));
  }

  /** Adds another link to the same role on a surviving listing; false when it was already known. */
  addAlternate(id: string, alternate: AlternateSource): boolean {
    const row = this.statements.alternates.get(id) as { alternate_urls: string } | undefined;
    if (!row) return false;
    const list = JSON.parse(row.alternate_urls) as AlternateSource[];
    if (list.some((a) => a.url === alternate.url || a.id === alternate.id)) return false;
    list.push(alternate);
    this.statements.setAlternates.run(JSON.stringify(list.slice(-50)), id);
    return true;
  }

  remove(id: string): void {
    this.statements.deleteFts.run(id);
    this.statements.deleteDocument.run(id);
  }

  setMeta(key: string, value: string): void {
    this.statements.setMeta.run(key, value);
  }

  recordRun(
    run: RefreshCounts & {
      generation: string;
      startedAt: string;
      finishedAt: string;
      sources: string[];
      issues: unknown[];
    },
  ): void {
    this.statements.insertRun.run({
      ...run,
      sources: JSON.stringify(run.sources),
      issues: JSON.stringify(run.issues.slice(0, 500)),
    });
  }

  /** Checks a staged database before it may be published; returns what is wrong, or nothing. */
  /**
   * The staged database's problems. `pages` runs SQLite's quick_check over every page: needed
   * when the database was built here from nothing; a copy of a verified parent (its bytes checked
   * against the parent's checksum as they were copied) has only this refresh's writes to trust,
   * and at 100,000 listings reading every page is the largest cost of a small refresh.
   */
  validate(options: { pages: boolean } = { pages: true }): string[] {
    const problems: string[] = [];
    if (options.pages) {
      const integrity = this.db.pragma('quick_check', { simple: true });
      if (integrity !== 'ok') problems.push(`SQLite quick_check: ${String(integrity)}`);
    }
    const count = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    const listings = count(
      "SELECT count(*) AS n FROM documents WHERE kind = 'listing' AND closed_at IS NULL",
    );
    if (listings === 0) problems.push('the corpus would have no listings');
    const chunkless = count(
      'SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM chunks c WHERE c.document_id = d.id)',
    );
    if (chunkless > 0) problems.push(`${chunkless} document(s) have no chunks`);
    // Closed listings keep their chunks but leave the full-text index.
    const chunks = count(
      'SELECT count(*) AS n FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.closed_at IS NULL',
    );
    const fts = count('SELECT count(*) AS n FROM chunks_fts');
    if (chunks !== fts) problems.push(`full-text index holds ${fts} rows for ${chunks} chunks`);
    return problems;
  }
}

/**
 * Meta key: each source's last refresh that saw every one of its open documents again (JSON,
 * source → ISO time). An open document's last sighting (`fetched_at` as read) is the later of its
 * row's and its source's: a refresh that sees a whole source unchanged records one time for it
 * instead of rewriting every row (at 100,000 listings, every row of the table).
 */
export const SOURCES_SEEN = 'sources_seen';

export function parseSourcesSeen(text: string | undefined | null): Record<string, string> {
  if (!text) return {};
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, string>)
      : {};
  } catch {
    return {};
  }
}
