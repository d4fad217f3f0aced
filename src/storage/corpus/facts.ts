import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';
import { type FactColumns, FactIndex } from './fact-index.js';

/**
 * Aggregate queries over the extracted facts of every open listing (documents, document_skills,
 * document_industries): the selection a filter describes, counted over all of it, never a top-k
 * sample. `FactQueries` answers from the generation's facts held in columns (fact-index.ts);
 * `SqlFactQueries` is the same interface as direct SQL over the tables, the reference it is
 * tested against (and the one to read to know what a filter means).
 */
/** A place a listing may be in: one of its extracted places has this city, country or region. */
export interface FactPlace {
  city?: string;
  country?: string;
  region?: string;
}

export interface FactFilter {
  /** A level, or several ("staff or principal"): a listing of any of them matches. */
  seniority?: string | string[];
  seniorityNot?: string;
  skills?: string[];
  skillsMode?: 'all' | 'any';
  /** Places: a listing matches when one of its extracted places has this city, country or region (any of several). */
  place?: FactPlace | FactPlace[];
  remote?: string;
  /** Industry ids, a parent already expanded to its children. */
  industries?: string[];
  /** Company name, matched case-insensitively as a substring. */
  company?: string;
  employment?: 'permanent' | 'contract' | 'part-time';
  currency?: string;
  postedAfter?: string;
  /** Posted before this day (exclusive; ISO date). */
  postedBefore?: string;
  /** Restrict to these listing ids (a listing id list from elsewhere). */
  ids?: string[];
}

export interface SkillCount {
  skill: string;
  category: string;
  listings: number;
  required: number;
}

export interface SalaryRow {
  id: string;
  min: number;
  max: number;
  currency: string;
  period: string;
}

/** The aggregates the answer engine asks for; see `FactQueries` and `SqlFactQueries`. */
export interface Facts {
  readonly industriesAvailable: boolean;
  ids(f: FactFilter): string[];
  count(f: FactFilter): number;
  skillCounts(f: FactFilter): SkillCount[];
  withSkill(f: FactFilter, skill: string): Array<{ id: string; required: boolean }>;
  /** How many `withSkill` gives (no list built). */
  withSkillCount(f: FactFilter, skill: string): number;
  examples(f: FactFilter, skills: string[], perSkill?: number): Map<string, string[]>;
  years(f: FactFilter): Array<{ id: string; years: number }>;
  salaries(f: FactFilter): SalaryRow[];
  workModes(f: FactFilter): Array<{ mode: string; ids: string[] }>;
  companies(f: FactFilter): Array<{ company: string; ids: string[] }>;
  levels(f: FactFilter): Array<{ level: string; listings: number }>;
  industriesOf(id: string): string[];
  /**
   * The open listings whose text holds a phrase (its words together, as the full-text index stems
   * them: "security clearance" finds "security clearances"), newest first.
   */
  mentioning(phrase: string): string[];
  /** The first passage of one listing that holds the phrase. */
  passageMentioning(phrase: string, id: string): string | undefined;
  /**
   * The open listings whose text holds a word as written, not only its stem ("wellness", which the
   * index reads as "well"): the index narrows, the text decides. Newest first.
   */
  mentioningWord(word: string): string[];
}

/** A phrase as a full-text query of the listing text and headings (quotes doubled, as FTS5 wants). */
export function phraseQuery(phrase: string): string {
  // "returnship or career break": either phrase.
  const alternatives = phrase
    .split(/\s+or\s+/i)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `"${p.replace(/"/g, '""')}"`);
  return `{heading text} : (${alternatives.join(' OR ')})`;
}

/**
 * The aggregates over the generation's facts held in columns, read from its database on first use
 * (~1 s at 100,000 listings) and kept while the generation serves: each query is a pass over the
 * selected listings in memory, not a scan of the tables (p99 in `docs/PERFORMANCE.md`).
 */
export class FactQueries implements Facts {
  private readonly sql: SqlFactQueries;
  private indexCache: FactIndex | undefined;

  constructor(private readonly db: Db) {
    this.sql = new SqlFactQueries(db);
  }

  private get index(): FactIndex {
    this.indexCache ??=
      loadFactColumns(this.db) ?? FactIndex.fromDatabase(this.db, this.sql.industriesAvailable);
    return this.indexCache;
  }

  get industriesAvailable(): boolean {
    return this.sql.industriesAvailable;
  }

  ids(f: FactFilter): string[] {
    return this.index.idsOf(f);
  }

  count(f: FactFilter): number {
    return this.index.count(f);
  }

  skillCounts(f: FactFilter): SkillCount[] {
    return this.index.skillCounts(f);
  }

  withSkill(f: FactFilter, skill: string): Array<{ id: string; required: boolean }> {
    return this.index.withSkill(f, skill);
  }

  withSkillCount(f: FactFilter, skill: string): number {
    return this.index.withSkillCount(f, skill);
  }

  examples(f: FactFilter, skills: string[], perSkill = 2): Map<string, string[]> {
    return this.index.examples(f, skills, perSkill);
  }

  years(f: FactFilter): Array<{ id: string; years: number }> {
    return this.index.yearsOf(f);
  }

  salaries(f: FactFilter): SalaryRow[] {
    return this.index.salaries(f);
  }

  workModes(f: FactFilter): Array<{ mode: string; ids: string[] }> {
    return this.index.workModes(f);
  }

  companies(f: FactFilter): Array<{ company: string; ids: string[] }> {
    return this.index.companies(f);
  }

  levels(f: FactFilter): Array<{ level: string; listings: number }> {
    return this.index.levels(f);
  }

  industriesOf(id: string): string[] {
    return this.sql.industriesOf(id);
  }

  mentioning(phrase: string): string[] {
    return this.sql.mentioning(phrase);
  }

  passageMentioning(phrase: string, id: string): string | undefined {
    return this.sql.passageMentioning(phrase, id);
  }

  mentioningWord(word: string): string[] {
    return this.sql.mentioningWord(word);
  }
}

const FACT_COLUMNS_TABLE = `CREATE TABLE IF NOT EXISTS fact_columns (
  name TEXT PRIMARY KEY, generation TEXT NOT NULL, value BLOB NOT NULL) WITHOUT ROWID`;

/**
 * Stores the facts of every open listing as columns (`FactIndex.toBlob`) in a database about to be
 * published as `generation`: derived data, rebuilt at every publish, and ignored (rebuilt from the
 * tables) when it names another generation (a refresh's copy of its parent's database).
 */
export function writeFactColumns(
  db: Db,
  generation: string,
  carry?: { parent: string; unchanged: ReadonlySet<string> },
): void {
  // A refresh's staged copy still holds its parent's columns: the listings it did not rewrite
  // keep their skills and industries from them (`FactIndex.fromDatabase`).
  const parentBlob = carry ? loadColumnOf(db, 'listings', carry.parent) : null;
  let parent: FactColumns | undefined;
  try {
    parent = parentBlob ? FactIndex.columnsOf(parentBlob) : undefined;
  } catch {
    parent = undefined;
  }
  const columns = FactIndex.columnsFromDatabase(
    db,
    tableExists(db, 'document_industries'),
    parent && carry ? { parent, unchanged: carry.unchanged } : undefined,
  );
  db.exec(FACT_COLUMNS_TABLE);
  db.prepare("INSERT OR REPLACE INTO fact_columns (name, generation, value) VALUES ('listings', ?, ?)").run(
    generation,
    FactIndex.blobOf(columns),
  );
}

/**
 * Stores other data derived from a generation at publish (what each listing's text gives each
 * descriptive question, `given …`) beside its fact columns, under `name`, checked against the
 * generation the same way: a refresh's copy of its parent's rows is never read as its own.
 */
export function writeStoredColumns(db: Db, generation: string, columns: Map<string, string | Buffer>): void {
  db.exec(FACT_COLUMNS_TABLE);
  const insert = db.prepare('INSERT OR REPLACE INTO fact_columns (name, generation, value) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const [name, value] of columns)
      insert.run(name, generation, typeof value === 'string' ? Buffer.from(value, 'utf8') : value);
  })();
}

/** What `writeStoredColumns` stored under `name` for this database's generation, or null. */
export function loadStoredColumn(db: Db, name: string): Buffer | null {
  if (!tableExists(db, 'fact_columns')) return null;
  const row = db
    .prepare(
      `SELECT f.value AS value FROM fact_columns f JOIN meta m ON m.key = 'generation' AND m.value = f.generation
       WHERE f.name = ?`,
    )
    .get(name) as { value: Buffer } | undefined;
  return row?.value ?? null;
}

/**
 * What was stored under `name` for `generation` specifically, whatever generation the database
 * now names: in a refresh's staged copy, its parent's column (what a publish may carry over).
 */
export function loadColumnOf(db: Db, name: string, generation: string): Buffer | null {
  if (!tableExists(db, 'fact_columns')) return null;
  const row = db
    .prepare('SELECT value FROM fact_columns WHERE name = ? AND generation = ?')
    .get(name, generation) as { value: Buffer } | undefined;
  return row?.value ?? null;
}

/** The stored columns of this database's generation, or null (none, stale, or unreadable). */
export function loadFactColumns(db: Db): FactIndex | null {
  if (!tableExists(db, 'fact_columns')) return null;
  const row = db
    .prepare(
      `SELECT f.value AS value FROM fact_columns f JOIN meta m ON m.key = 'generation' AND m.value = f.generation
       WHERE f.name = 'listings'`,
    )
    .get() as { value: Buffer } | undefined;
  if (!row) return null;
  try {
    return FactIndex.fromBlob(row.value);
  } catch {
    return null;
  }
}

function tableExists(db: Db, name: string): boolean {
  return Boolean(db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name));
}

/** The aggregates as direct SQL over the generation's tables: what each filter means. */
export class SqlFactQueries implements Facts {
  private readonly hasIndustries: boolean;
  private readonly cache = new Map<string, Statement<unknown[]>>();

  constructor(private readonly db: Db) {
    this.hasIndustries = Boolean(
      db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'document_industries'").get(),
    );
  }

  /** Whether listings carry an industry fact (the document_industries table exists). */
  get industriesAvailable(): boolean {
    return this.hasIndustries;
  }

  /** The WHERE clause and parameters of a selection of open listings (alias `d`). */
  where(f: FactFilter): { sql: string; params: unknown[] } {
    const parts = ["d.kind = 'listing'", 'd.closed_at IS NULL'];
    const params: unknown[] = [];
    if (f.seniority !== undefined) {
      const levels = [f.seniority].flat();
      parts.push(levels.length ? `d.seniority IN (${levels.map(() => '?').join(',')})` : '0');
      for (const level of levels) params.push(level);
    }
    if (f.seniorityNot) {
      parts.push('(d.seniority IS NULL OR d.seniority <> ?)');
      params.push(f.seniorityNot);
    }
    if (f.remote) {
      parts.push('d.remote = ?');
      params.push(f.remote);
    }
    if (f.skills?.length) {
      if (f.skillsMode === 'any' && f.skills.length > 1) {
        parts.push(
          `EXISTS (SELECT 1 FROM document_skills s WHERE s.document_id = d.id AND s.skill IN (${f.skills.map(() => '?').join(',')}))`,
        );
        for (const skill of f.skills) params.push(skill);
      } else
        for (const skill of f.skills) {
          parts.push('EXISTS (SELECT 1 FROM document_skills s WHERE s.document_id = d.id AND s.skill = ?)');
          params.push(skill);
        }
    }
    if (f.place) {
      const conds: string[] = [];
      const places = [f.place].flat();
      for (const place of places) {
        if (place.city) {
          conds.push("lower(json_extract(p.value, '$.city')) = lower(?)");
          params.push(place.city);
        } else if (place.country) {
          conds.push("json_extract(p.value, '$.country') = ?");
          params.push(place.country);
        } else if (place.region) {
          conds.push("json_extract(p.value, '$.region') = ?");
          params.push(place.region);
        }
      }
      // A place with none of city, country or region selects nothing out; several, any of them.
      if (conds.length && conds.length === places.length)
        parts.push(`EXISTS (SELECT 1 FROM json_each(d.places) p WHERE ${conds.join(' OR ')})`);
      else if (!places.length) parts.push('0');
    }
    if (f.industries?.length) {
      if (this.hasIndustries) {
        parts.push(
          `EXISTS (SELECT 1 FROM document_industries i WHERE i.document_id = d.id AND i.industry IN (${f.industries.map(() => '?').join(',')}))`,
        );
        for (const industry of f.industries) params.push(industry);
      } else parts.push('0');
    }
    if (f.company) {
      parts.push("lower(d.company) LIKE '%' || lower(?) || '%'");
      params.push(f.company);
    }
    if (f.employment === 'contract') parts.push("d.employment_type = 'contract'");
    else if (f.employment === 'part-time') parts.push("d.employment_type = 'part-time'");
    else if (f.employment === 'permanent')
      parts.push(
        "(d.employment_type IS NULL OR d.employment_type NOT IN ('contract', 'part-time', 'temporary', 'internship'))",
      );
    if (f.currency) {
      parts.push('d.salary_currency = ?');
      params.push(f.currency);
    }
    if (f.postedAfter) {
      parts.push('d.posted_at >= ?');
      params.push(f.postedAfter);
    }
    if (f.postedBefore) {
      parts.push('d.posted_at < ?');
      params.push(f.postedBefore);
    }
    if (f.ids) {
      parts.push(`d.id IN (SELECT value FROM json_each(?))`);
      params.push(JSON.stringify(f.ids));
    }
    return { sql: parts.join(' AND '), params };
  }

  private prepared(sql: string): Statement<unknown[]> {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare<unknown[]>(sql);
      if (this.cache.size > 500) this.cache.clear();
      this.cache.set(sql, s);
    }
    return s;
  }

  /** Ids of every open listing the filter selects, newest first. */
  ids(f: FactFilter): string[] {
    const { sql, params } = this.where(f);
    return (
      this.prepared(`SELECT d.id FROM documents d WHERE ${sql} ORDER BY d.posted_at DESC, d.id`).all(
        ...params,
      ) as Array<{ id: string }>
    ).map((r) => r.id);
  }

  count(f: FactFilter): number {
    const { sql, params } = this.where(f);
    return (
      this.prepared(`SELECT count(*) AS n FROM documents d WHERE ${sql}`).get(...params) as { n: number }
    ).n;
  }

  /** Every skill named by the selection: listings naming it and listings requiring it. */
  skillCounts(f: FactFilter): SkillCount[] {
    const { sql, params } = this.where(f);
    return this.prepared(
      `SELECT s.skill AS skill, min(s.category) AS category, count(*) AS listings, sum(s.required) AS required
       FROM document_skills s WHERE s.document_id IN (SELECT d.id FROM documents d WHERE ${sql})
       GROUP BY s.skill ORDER BY listings DESC, required DESC, s.skill`,
    ).all(...params) as SkillCount[];
  }

  /** Listing ids of the selection that name one skill (required first). */
  withSkill(f: FactFilter, skill: string): Array<{ id: string; required: boolean }> {
    const { sql, params } = this.where(f);
    return (
      this.prepared(
        `SELECT d.id AS id, s.required AS required FROM document_skills s JOIN documents d ON d.id = s.document_id
         WHERE s.skill = ? AND ${sql} ORDER BY s.required DESC, d.posted_at DESC, d.id`,
      ).all(skill, ...params) as Array<{ id: string; required: number }>
    ).map((r) => ({ id: r.id, required: r.required === 1 }));
  }

  withSkillCount(f: FactFilter, skill: string): number {
    return this.withSkill(f, skill).length;
  }

  /** A few listing ids of the selection per skill (required first, newest first), in one query. */
  examples(f: FactFilter, skills: string[], perSkill = 2): Map<string, string[]> {
    const out = new Map<string, string[]>(skills.map((s) => [s, []]));
    if (!skills.length) return out;
    const { sql, params } = this.where(f);
    const rows = this.prepared(
      `SELECT s.skill AS skill, s.document_id AS id FROM document_skills s JOIN documents d ON d.id = s.document_id
       WHERE s.skill IN (${skills.map(() => '?').join(',')}) AND ${sql}
       ORDER BY s.skill, s.required DESC, d.posted_at DESC, d.id`,
    ).all(...skills, ...params) as Array<{ skill: string; id: string }>;
    for (const r of rows) {
      const ids = out.get(r.skill)!;
      if (ids.length < perSkill) ids.push(r.id);
    }
    return out;
  }

  /** Minimum years asked, per listing of the selection that states them. */
  years(f: FactFilter): Array<{ id: string; years: number }> {
    const { sql, params } = this.where(f);
    return this.prepared(
      `SELECT d.id AS id, d.years_min AS years FROM documents d WHERE ${sql} AND d.years_min IS NOT NULL ORDER BY d.years_min, d.id`,
    ).all(...params) as Array<{ id: string; years: number }>;
  }

  /** Posted ranges of the selection (never converted). */
  salaries(f: FactFilter): SalaryRow[] {
    const { sql, params } = this.where(f);
    return this.prepared(
      `SELECT d.id AS id, d.salary_min AS min, d.salary_max AS max, d.salary_currency AS currency, d.salary_period AS period
       FROM documents d WHERE ${sql} AND d.salary_min IS NOT NULL AND d.salary_max IS NOT NULL AND d.salary_currency IS NOT NULL
       ORDER BY d.salary_currency, d.salary_period, (d.salary_min + d.salary_max) / 2, d.id`,
    ).all(...params) as SalaryRow[];
  }

  /** Listings per work mode ('unknown' for none stated). */
  workModes(f: FactFilter): Array<{ mode: string; ids: string[] }> {
    const { sql, params } = this.where(f);
    const rows = this.prepared(
      `SELECT coalesce(d.remote, 'unknown') AS mode, d.id AS id FROM documents d WHERE ${sql} ORDER BY d.posted_at DESC, d.id`,
    ).all(...params) as Array<{ mode: string; id: string }>;
    const out = new Map<string, string[]>();
    for (const r of rows) {
      const ids = out.get(r.mode);
      if (ids) ids.push(r.id);
      else out.set(r.mode, [r.id]);
    }
    return [...out].map(([mode, ids]) => ({ mode, ids }));
  }

  /** Companies of the selection with their listing ids, most listings first. */
  companies(f: FactFilter): Array<{ company: string; ids: string[] }> {
    const { sql, params } = this.where(f);
    const rows = this.prepared(
      `SELECT d.company AS company, json_group_array(d.id) AS ids, count(*) AS n FROM documents d WHERE ${sql}
       GROUP BY d.company ORDER BY n DESC, d.company`,
    ).all(...params) as Array<{ company: string; ids: string }>;
    return rows.map((r) => ({ company: r.company, ids: JSON.parse(r.ids) as string[] }));
  }

  /** Listings per level of the selection. */
  levels(f: FactFilter): Array<{ level: string; listings: number }> {
    const { sql, params } = this.where(f);
    return this.prepared(
      `SELECT coalesce(d.seniority, 'unknown') AS level, count(*) AS listings FROM documents d WHERE ${sql} GROUP BY level ORDER BY listings DESC`,
    ).all(...params) as Array<{ level: string; listings: number }>;
  }

  /** Industries of one listing (empty before the industry fact exists). */
  mentioning(phrase: string): string[] {
    // A phrase is quoted whole, so the query cannot be malformed; a tokenizer surprise still answers "none".
    try {
      return this.mentioningRows(phrase);
    } catch {
      return [];
    }
  }

  private mentioningRows(phrase: string): string[] {
    return (
      this.prepared(
        `SELECT d.id AS id FROM documents d WHERE d.kind = 'listing' AND d.closed_at IS NULL AND d.id IN (
           SELECT c.document_id FROM chunks_fts JOIN chunks c ON c.id = chunks_fts.rowid WHERE chunks_fts MATCH ?)
         ORDER BY d.posted_at DESC, d.id`,
      ).all(phraseQuery(phrase)) as Array<{ id: string }>
    ).map((r) => r.id);
  }

  mentioningWord(word: string): string[] {
    try {
      return (
        this.prepared(
          `SELECT DISTINCT d.id AS id, d.posted_at FROM documents d WHERE d.kind = 'listing' AND d.closed_at IS NULL AND d.id IN (
             SELECT c.document_id FROM chunks_fts JOIN chunks c ON c.id = chunks_fts.rowid
              WHERE chunks_fts MATCH ? AND c.text LIKE ? ESCAPE '\\')
           ORDER BY d.posted_at DESC, d.id`,
        ).all(phraseQuery(word), `%${word.replace(/[\\%_]/g, (m) => `\\${m}`)}%`) as Array<{ id: string }>
      ).map((r) => r.id);
    } catch {
      return [];
    }
  }

  passageMentioning(phrase: string, id: string): string | undefined {
    const row = this.prepared(
      `SELECT c.text AS text FROM chunks_fts JOIN chunks c ON c.id = chunks_fts.rowid
        WHERE chunks_fts MATCH ? AND c.document_id = ? ORDER BY c.ord LIMIT 1`,
    ).get(phraseQuery(phrase), id) as { text: string } | undefined;
    return row?.text;
  }

  industriesOf(id: string): string[] {
    if (!this.hasIndustries) return [];
    return (
      this.prepared('SELECT industry FROM document_industries WHERE document_id = ? ORDER BY industry').all(
        id,
      ) as Array<{ industry: string }>
    ).map((r) => r.industry);
  }
}

/** One section of a document (a chunk), for quoting. */
export interface DocumentPassage {
  documentId: string;
  title: string;
  url: string;
  heading: string | null;
  text: string;
}

/** Sections of guides (all) or of the given listings, in document order. */
export function documentPassages(db: Db, kind: 'guide' | 'listing', ids?: string[]): DocumentPassage[] {
  const idFilter = ids ? 'AND d.id IN (SELECT value FROM json_each(?))' : '';
  const rows = db
    .prepare(
      `SELECT c.document_id AS documentId, d.title AS title, coalesce(d.url, '') AS url, c.heading AS heading, c.text AS text
       FROM chunks c JOIN documents d ON d.id = c.document_id
       WHERE d.kind = ? AND d.closed_at IS NULL ${idFilter} ORDER BY c.document_id, c.ord`,
    )
    .all(...(ids ? [kind, JSON.stringify(ids)] : [kind])) as DocumentPassage[];
  return rows;
}
