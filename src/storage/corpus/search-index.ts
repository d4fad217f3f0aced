import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';

/** A chunk of an open document: what retrieval ranks. */
export interface ChunkRow {
  id: number;
  document_id: string;
}

/** An open document as a search result names it. */
export interface OpenDocument {
  id: string;
  kind: 'listing' | 'guide';
  title: string;
  company: string | null;
  url: string | null;
}

/** The facts a question asks for, as the fact columns of `documents` hold them. */
export interface FactCriteria {
  seniority?: string | null;
  remote?: string | null;
  employment?: string | null;
  salaryPosted?: { currency?: string | null } | null;
  minSalary?: { amount: number; currency?: string | null } | null;
  skills: readonly string[];
  countries: readonly string[];
  regions: readonly string[];
}

/**
 * The SQL of retrieval over one generation: full-text ranking (BM25), chunk passages, the
 * vocabulary and the fact-column prefilter. Statements are prepared once (the prefilter's per
 * shape of question).
 */
export class CorpusSearchIndex {
  private readonly bm25Statement: Statement<unknown[]>;
  private readonly passageStatement: Statement<unknown[]>;
  private readonly factStatements = new Map<string, Statement<unknown[]>>();

  constructor(private readonly db: Db) {
    this.passageStatement = db.prepare('SELECT heading, text FROM chunks WHERE id = ?');
    this.bm25Statement = db.prepare(
      `SELECT rowid AS id, bm25(chunks_fts, 3.0, 0.5, 1.5, 1.0, 2.0) AS rank FROM chunks_fts WHERE chunks_fts MATCH ? ORDER BY rank LIMIT ?`,
    );
  }

  openDocuments(): OpenDocument[] {
    return this.db
      .prepare('SELECT id, kind, title, company, url FROM documents WHERE closed_at IS NULL')
      .all() as OpenDocument[];
  }

  /** Chunks of open documents: closed listings stay in the database for history but are never retrieved. */
  openChunks(): ChunkRow[] {
    return this.db
      .prepare(
        'SELECT c.id, c.document_id FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.closed_at IS NULL',
      )
      .all() as ChunkRow[];
  }

  /** Stemmed terms in more than half the chunks (no weight in BM25). */
  /** The highest chunk id (0 for none): the size of a by-chunk-id table. */
  maxChunkId(): number {
    return (this.db.prepare('SELECT coalesce(max(id), 0) FROM chunks').pluck().get() as number) ?? 0;
  }

  /** (chunk id, document id) of every chunk of an open document, streamed. */
  openChunkDocuments(): Iterable<[number, string]> {
    return this.db
      .prepare(
        'SELECT c.id, c.document_id FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.closed_at IS NULL',
      )
      .raw()
      .iterate() as Iterable<[number, string]>;
  }

  /**
   * One scan of the full-text vocabulary (it walks the whole index: seconds at 100,000 listings):
   * every term, for typo tolerance, and the terms in more than half the chunks, which BM25 skips.
   */
  vocabularyScan(): { vocabulary: Set<string>; commonTerms: Set<string> } {
    const chunks = this.db.prepare('SELECT count(*) FROM chunks').pluck().get() as number;
    const vocabulary = new Set<string>();
    const commonTerms = new Set<string>();
    for (const [term, docs] of this.db
      .prepare('SELECT term, doc FROM chunks_vocab')
      .raw()
      .iterate() as Iterable<[string, number]>) {
      vocabulary.add(term);
      if (docs * 2 > chunks) commonTerms.add(term);
    }
    return { vocabulary, commonTerms };
  }

  commonTerms(): Set<string> {
    return new Set(
      this.db
        .prepare('SELECT term FROM chunks_vocab WHERE doc * 2 > (SELECT count(*) FROM chunks)')
        .pluck()
        .all() as string[],
    );
  }

  passage(chunkId: number): { heading: string | null; text: string } {
    return this.passageStatement.get(chunkId) as { heading: string | null; text: string };
  }

  /** Chunk ids for an FTS5 expression, best first, at most `limit`. */
  bm25(expression: string, limit: number): Array<{ id: number; rank: number }> {
    return this.bm25Statement.all(expression, limit) as Array<{ id: number; rank: number }>;
  }

  /**
   * Open listings that have every fact asked for (level, work mode, employment, a place, one of
   * the skills, posted pay): at most `limit` of them, so the cost does not grow with the corpus.
   */
  factCandidates(plan: FactCriteria, limit: number): string[] {
    const where: string[] = ["d.kind = 'listing'", 'd.closed_at IS NULL'];
    const params: unknown[] = [];
    if (plan.seniority) {
      where.push('d.seniority = ?');
      params.push(plan.seniority);
    }
    if (plan.remote) {
      where.push('d.remote = ?');
      params.push(plan.remote);
    }
    if (plan.employment) {
      where.push('d.employment_type = ?');
      params.push(plan.employment);
    }
    if (plan.salaryPosted) {
      where.push('d.salary_min IS NOT NULL');
      if (plan.salaryPosted.currency) {
        where.push('d.salary_currency = ?');
        params.push(plan.salaryPosted.currency);
      }
    }
    if (plan.minSalary) {
      where.push("d.salary_period = 'year' AND d.salary_max >= ?");
      params.push(plan.minSalary.amount);
      if (plan.minSalary.currency) {
        where.push('d.salary_currency = ?');
        params.push(plan.minSalary.currency);
      }
    }
    if (plan.skills.length) {
      where.push(
        `EXISTS (SELECT 1 FROM document_skills s WHERE s.document_id = d.id AND s.skill IN (${plan.skills.map(() => '?').join(',')}))`,
      );
      for (const skill of plan.skills) params.push(skill);
    }
    if (plan.countries.length || plan.regions.length) {
      const places = [...plan.countries, ...plan.regions];
      // A remote job may be open to the place asked for without naming it (intentBoost decides).
      where.push(
        `(EXISTS (SELECT 1 FROM json_each(d.places) p WHERE json_extract(p.value, '$.country') IN (${plan.countries.map(() => '?').join(',') || 'NULL'}) OR json_extract(p.value, '$.region') IN (${plan.regions.map(() => '?').join(',') || 'NULL'}))${plan.remote === 'remote' ? " OR d.remote = 'remote'" : ''})`,
      );
      for (const place of places) params.push(place);
    }
    const sql = `SELECT d.id FROM documents d WHERE ${where.join(' AND ')} LIMIT ${Math.trunc(limit)}`;
    let statement = this.factStatements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql).pluck();
      if (this.factStatements.size > 200) this.factStatements.clear();
      this.factStatements.set(sql, statement);
    }
    return statement.all(...params) as string[];
  }

  /**
   * Plain BM25 over open listings' chunks (every column weighted alike): the baseline the
   * real-text evaluation compares retrieval against. Document ids, best first, each once.
   */
  plainBm25Documents(expression: string, limit = 200): string[] {
    const rows = this.db
      .prepare(
        `SELECT c.document_id AS doc, bm25(chunks_fts, 1.0, 1.0, 1.0, 1.0, 0.0) AS rank
       FROM chunks_fts JOIN chunks c ON c.id = chunks_fts.rowid JOIN documents d ON d.id = c.document_id
       WHERE chunks_fts MATCH ? AND d.closed_at IS NULL AND d.kind = 'listing'
       ORDER BY rank LIMIT ${limit}`,
      )
      .all(expression) as Array<{ doc: string }>;
    return [...new Set(rows.map((r) => r.doc))];
  }
}
