import type { Db } from './database.js';
import { type CarriedRows, payOrderOf, yearsOrderOf } from './fact-orders.js';
import type { FactFilter, SalaryRow, SkillCount } from './facts.js';

/** The typed columns of a FactIndex (see `FactIndex`); what is stored with a generation. */
export interface FactColumns {
  hasIndustries: boolean;
  ids: string[];
  posted: Array<string | null>;
  company: Array<string | null>;
  /** Texts of the coded columns (level, work mode, employment, currency, period, category). */
  values: string[];
  skills: string[];
  places: string[];
  industries: string[];
  seniority: Int32Array;
  remote: Int32Array;
  employment: Int32Array;
  currency: Int32Array;
  period: Int32Array;
  salaryMin: Float64Array;
  salaryMax: Float64Array;
  years: Float64Array;
  skillStart: Uint32Array;
  skillCode: Int32Array;
  skillRequired: Uint8Array;
  skillCategory: Int32Array;
  placeStart: Uint32Array;
  placeCode: Int32Array;
  industryStart: Uint32Array;
  industryCode: Int32Array;
  /**
   * Rows with years stated in `ORDER BY years_min, id` order, rows with pay in the pay order
   * (`fact-orders.ts`): made at publish and stored after the other columns; a blob stored before
   * them has none, and an index makes them the first time they are read.
   */
  yearsOrder?: Int32Array;
  payOrder?: Int32Array;
}

const TYPED: Array<keyof FactColumns> = [
  'seniority',
  'remote',
  'employment',
  'currency',
  'period',
  'salaryMin',
  'salaryMax',
  'years',
  'skillStart',
  'skillCode',
  'skillRequired',
  'skillCategory',
  'placeStart',
  'placeCode',
  'industryStart',
  'industryCode',
];
/** The orders stored after the columns (both or neither). */
const ORDERS: Array<keyof FactColumns> = ['yearsOrder', 'payOrder'];
const TYPED_KIND: Record<
  string,
  typeof Int32Array | typeof Uint32Array | typeof Float64Array | typeof Uint8Array
> = {
  seniority: Int32Array,
  remote: Int32Array,
  employment: Int32Array,
  currency: Int32Array,
  period: Int32Array,
  salaryMin: Float64Array,
  salaryMax: Float64Array,
  years: Float64Array,
  skillStart: Uint32Array,
  skillCode: Int32Array,
  skillRequired: Uint8Array,
  skillCategory: Int32Array,
  placeStart: Uint32Array,
  placeCode: Int32Array,
  industryStart: Uint32Array,
  industryCode: Int32Array,
  yearsOrder: Int32Array,
  payOrder: Int32Array,
};
const BLOB_MAGIC = 'roleradar-fact-columns-1';

/** One test of a listing's row, from one part of a filter. */
type RowTest = (i: number) => boolean;
/** A filter part that no row can pass: nothing is selected. */
const NO_ROW = Symbol('no row');

/**
 * The extracted facts of every open listing of one generation, held column by column in typed
 * arrays (a few bytes per listing and per skill mention: ~15 MB at 100,000 listings). Built from
 * the generation's tables when it is published and stored with it (`fact_columns`), so a serving
 * process loads it in milliseconds; a generation never changes, so neither does this.
 *
 * Every aggregate is computed over every listing the filter selects (a pass over the columns,
 * a few ms at 100,000 listings), with the same selection, order and ties as the direct SQL over
 * the same tables (`SqlFactQueries` in facts.ts, which the tests compare it with): SQLite's
 * `lower()` and `LIKE` fold ASCII only, text sorts by code point, NULL sorts first.
 */
export class FactIndex {
  /** Listing ids, in the order `ORDER BY posted_at DESC, id` gives (every list keeps it). */
  readonly ids: string[];
  readonly hasIndustries: boolean;
  private readonly c: FactColumns;
  private readonly values: Dictionary;
  private readonly skills: Dictionary;
  private readonly places: Dictionary;
  private readonly industries: Dictionary;
  /** Each company's name lower-cased as SQLite's `lower()` does, by company code. */
  private readonly companyLowerByCode: string[];
  /** Rows by company (a code per row, -1 for none), and the companies' names by code. */
  private readonly companyCode: Int32Array;
  private readonly companyNames: string[] = [];
  /** Rows with years stated, in `ORDER BY years_min, id` order; rows with pay, in the pay order. */
  private yearsOrderCache: Int32Array | undefined;
  private payOrderCache: Int32Array | undefined;
  /** The category of each skill when every mention of it has the same one (else -1). */
  private readonly skillOnlyCategory: Int32Array;
  private readonly selections = new Map<string, Int32Array>();
  /** Each cached selection as a mask over rows, made when a skill's listings are read against it. */
  private readonly masks = new WeakMap<Int32Array, Uint8Array>();
  /** Rows by skill (ascending, with each mention's required flag), made on first use. */
  private postingsCache: { start: Uint32Array; rows: Int32Array; required: Uint8Array } | undefined;
  /** Row of each listing id, made on first use. */
  private rowOfCache: Map<string, number> | undefined;

  private constructor(columns: FactColumns) {
    this.c = columns;
    this.ids = columns.ids;
    this.hasIndustries = columns.hasIndustries;
    this.values = new Dictionary(columns.values);
    this.skills = new Dictionary(columns.skills);
    this.places = new Dictionary(columns.places);
    this.industries = new Dictionary(columns.industries);
    // Orders and groupings that do not depend on the filter, computed once per generation.
    const n = columns.ids.length;
    const companies = new Map<string, number>();
    this.companyCode = new Int32Array(n);
    columns.company.forEach((c, i) => {
      if (c === null) {
        this.companyCode[i] = -1;
        return;
      }
      let code = companies.get(c);
      if (code === undefined) {
        code = this.companyNames.length;
        this.companyNames.push(c);
        companies.set(c, code);
      }
      this.companyCode[i] = code;
    });
    this.companyLowerByCode = this.companyNames.map(asciiLower);
    this.skillOnlyCategory = new Int32Array(columns.skills.length).fill(-2);
    for (let k = 0; k < columns.skillCode.length; k++) {
      const skill = columns.skillCode[k]!;
      const before = this.skillOnlyCategory[skill]!;
      const category = columns.skillCategory[k]!;
      if (before === -2) this.skillOnlyCategory[skill] = category;
      else if (before !== category) this.skillOnlyCategory[skill] = -1;
    }
  }

  /** Rows with years stated, in `ORDER BY years_min, id` order: as stored, or made on first use. */
  private get yearsOrder(): Int32Array {
    this.yearsOrderCache ??= this.c.yearsOrder ?? yearsOrderOf(this.c);
    return this.yearsOrderCache;
  }

  /** Rows with pay, in the pay order (currency, period, midpoint, id): as stored, or made on first use. */
  private get payOrder(): Int32Array {
    this.payOrderCache ??= this.c.payOrder ?? payOrderOf(this.c);
    return this.payOrderCache;
  }

  /**
   * Reads the facts of every open listing from the generation's tables (~1–3 s at 100,000 listings).
   * With `carry` (a refresh's publish), the skills and industries of the listings it did not rewrite
   * are the parent's columns' (their rows are the parent's: same source, same pipeline), and only
   * the others' are read: the columns answer every query as a full read does.
   */
  static fromDatabase(
    db: Db,
    hasIndustries: boolean,
    carry?: { parent: FactIndex; unchanged: ReadonlySet<string> },
  ): FactIndex {
    return new FactIndex(
      FactIndex.columnsFromDatabase(
        db,
        hasIndustries,
        carry ? { parent: carry.parent.c, unchanged: carry.unchanged } : undefined,
      ),
    );
  }

  /** The columns `fromDatabase` reads (what a publish stores: `blobOf`), without the orders it derives. */
  static columnsFromDatabase(db: Db, hasIndustries: boolean, carry?: Carry): FactColumns {
    const rows = readListingRows(db);
    const dict: Dictionaries = {
      values: new Dictionary(),
      places: new Dictionary(),
      skills: new Dictionary(),
      industries: new Dictionary(),
    };
    const c = emptyColumns(hasIndustries, rows.length);
    const rowOf = fillListingColumns(c, rows, dict);
    const carried = carriedRowOf(carry);
    // Skill mentions, laid out by listing (no object per mention).
    if (carry) carrySkills(db, c, carry.parent, carried, dict);
    else readSkills(db, c, rowOf, dict);
    fillIndustries(db, c, { rowOf, carried, parent: carry?.parent }, dict);
    c.values = dict.values.texts;
    c.skills = dict.skills.texts;
    c.places = dict.places.texts;
    c.industries = dict.industries.texts;
    // The orders, the carried rows' taken from the parent's (`fact-orders.ts`).
    const carriedRows: CarriedRows | undefined = carry && {
      from: Int32Array.from(c.ids, (id) => carried(id) ?? -1),
      parent: carry.parent,
    };
    c.yearsOrder = yearsOrderOf(c, carriedRows);
    c.payOrder = payOrderOf(c, carriedRows);
    return c;
  }

  /** The columns as one buffer: a JSON header (texts, lengths), then each typed column. */
  toBlob(): Buffer {
    return FactIndex.blobOf(this.c);
  }

  /** `toBlob` of columns not (yet) made into an index. */
  static blobOf(columns: FactColumns): Buffer {
    const c = columns;
    const stored = c.yearsOrder && c.payOrder ? [...TYPED, ...ORDERS] : TYPED;
    const typed = stored.map((k) => c[k] as unknown as ArrayBufferView);
    const header = Buffer.from(
      JSON.stringify({
        magic: BLOB_MAGIC,
        hasIndustries: c.hasIndustries,
        ids: c.ids,
        posted: c.posted,
        company: c.company,
        values: c.values,
        skills: c.skills,
        places: c.places,
        industries: c.industries,
        lengths: typed.map((t) => t.byteLength),
      }),
    );
    return alignedBlob(header, typed);
  }

  /** The columns `toBlob` wrote; throws on anything else. */
  static fromBlob(blob: Buffer): FactIndex {
    return new FactIndex(FactIndex.columnsOf(blob));
  }

  /** The columns `blobOf` wrote, without the orders an index derives; throws on anything else. */
  static columnsOf(blob: Buffer): FactColumns {
    const headerLength = blob.readUInt32LE(0);
    const header = JSON.parse(blob.subarray(4, 4 + headerLength).toString('utf8')) as Omit<
      FactColumns,
      (typeof TYPED)[number]
    > & { magic: string; lengths: number[] };
    // The orders after the columns, when they were stored (a blob stored before them has none).
    const stored = header.lengths.length === TYPED.length + ORDERS.length ? [...TYPED, ...ORDERS] : TYPED;
    if (header.magic !== BLOB_MAGIC || header.lengths.length !== stored.length)
      throw new Error('fact_columns: not a fact column blob of this version');
    // One aligned copy of the typed columns' bytes (the blob from the 8-aligned offset before
    // them: not the JSON header, parsed above, which at 100,000 listings is ~40 % of the blob);
    // the typed columns are views into it.
    const base = 4 + headerLength - ((4 + headerLength) % 8);
    const body = new Uint8Array(blob.length - base);
    body.set(blob.subarray(base));
    const columns = { ...header } as unknown as FactColumns;
    let offset = 4 + headerLength;
    stored.forEach((key, k) => {
      offset += (8 - (offset % 8)) % 8;
      const Kind = TYPED_KIND[key]!;
      const length = header.lengths[k]!;
      if (offset + length > blob.length) throw new Error('fact_columns: truncated');
      (columns as unknown as Record<string, unknown>)[key] = new Kind(
        body.buffer,
        offset - base,
        length / Kind.BYTES_PER_ELEMENT,
      );
      offset += length;
    });
    const n = columns.ids.length;
    if (columns.seniority.length !== n || columns.skillStart.length !== n + 1)
      throw new Error('fact_columns: columns of different lengths');
    for (const order of [columns.yearsOrder, columns.payOrder])
      if (order && (order.length > n || order.some((i) => i < 0 || i >= n)))
        throw new Error('fact_columns: an order out of range');
    return columns;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Rows (listing positions, in listing order) the filter selects; the last few are kept. */
  select(f: FactFilter): Int32Array {
    const key = JSON.stringify(f);
    const cached = this.selections.get(key);
    if (cached) {
      this.selections.delete(key);
      this.selections.set(key, cached);
      return cached;
    }
    const rows = this.compute(f);
    this.selections.set(key, rows);
    if (this.selections.size > 16) this.selections.delete(this.selections.keys().next().value!);
    return rows;
  }

  /**
   * Rows the filter selects, in listing order: each part of the filter adds a test of a row (or
   * says no row can pass), a skill or id list narrows the rows worth testing, and the rows passing
   * every test are kept.
   */
  private compute(f: FactFilter): Int32Array {
    const tests: RowTest[] = [];
    if (!this.levelAndModeTests(f, tests)) return new Int32Array(0);
    const bySkills = this.skillCandidates(f, tests);
    if (bySkills === NO_ROW) return new Int32Array(0);
    if (!this.placeTest(f, tests) || !this.industryTest(f, tests)) return new Int32Array(0);
    this.companyTest(f, tests);
    this.employmentTest(f, tests);
    if (!this.currencyTest(f, tests)) return new Int32Array(0);
    this.postedTests(f, tests);
    return this.rowsPassing(this.narrowedToIds(f, bySkills), tests);
  }

  /** The level asked (and the level left out) and the work mode; false when no row has them. */
  private levelAndModeTests(f: FactFilter, tests: RowTest[]): boolean {
    if (f.seniority !== undefined) {
      // Several levels ("staff or principal"): a row of any of them.
      const codes = new Set([f.seniority].flat().map((level) => this.values.find(level)));
      codes.delete(-1);
      if (!codes.size) return false;
      const [c] = codes;
      tests.push(
        codes.size === 1 ? (i) => this.c.seniority[i] === c : (i) => codes.has(this.c.seniority[i]!),
      );
    }
    if (f.seniorityNot) {
      const c = this.values.find(f.seniorityNot);
      if (c >= 0) tests.push((i) => this.c.seniority[i] !== c);
    }
    if (f.remote) {
      const c = this.values.find(f.remote);
      if (c < 0) return false;
      tests.push((i) => this.c.remote[i] === c);
    }
    return true;
  }

  /**
   * The rows worth testing for the skills asked (ascending): those naming any of them, or the
   * rarest one's rows, each tested for the others; null for no skills, NO_ROW when none can match.
   */
  private skillCandidates(f: FactFilter, tests: RowTest[]): ArrayLike<number> | null | typeof NO_ROW {
    if (!f.skills?.length) return null;
    const codes = f.skills.map((s) => this.skills.find(s));
    if (f.skillsMode === 'any' && f.skills.length > 1) {
      const wanted = new Set(codes.filter((c) => c >= 0));
      if (!wanted.size) return NO_ROW;
      return this.rowsWithAny([...wanted]);
    }
    if (codes.some((c) => c < 0)) return NO_ROW;
    const postings = this.postings;
    const rarest = codes.reduce((a, b) =>
      postings.start[b + 1]! - postings.start[b]! < postings.start[a + 1]! - postings.start[a]! ? b : a,
    );
    if (codes.length > 1) tests.push((i) => codes.every((c) => this.hasSkill(i, c)));
    return postings.rows.subarray(postings.start[rarest]!, postings.start[rarest + 1]!);
  }

  /** The place asked (a city, else a country, else a region); false when no row is there. */
  private placeTest(f: FactFilter, tests: RowTest[]): boolean {
    if (!f.place) return true;
    const places = [f.place].flat();
    if (!places.length) return false;
    const keys = places.map((p) =>
      p.city ? `c:${asciiLower(p.city)}` : p.country ? `n:${p.country}` : p.region ? `r:${p.region}` : null,
    );
    // A place with none of city, country or region selects nothing out; several, any of them.
    if (keys.includes(null)) return true;
    const codes = new Set(keys.map((k) => this.places.find(k!)));
    codes.delete(-1);
    if (!codes.size) return false;
    tests.push((i) => anyCodeIn(this.c.placeStart, this.c.placeCode, i, codes));
    return true;
  }

  /** Any of the industries asked; false when the generation has none of them. */
  private industryTest(f: FactFilter, tests: RowTest[]): boolean {
    if (!f.industries?.length) return true;
    if (!this.hasIndustries) return false;
    const wanted = new Set(f.industries.map((x) => this.industries.find(x)).filter((c) => c >= 0));
    if (!wanted.size) return false;
    tests.push((i) => anyCodeIn(this.c.industryStart, this.c.industryCode, i, wanted));
    return true;
  }

  /** The company asked, as SQL's `lower(company) LIKE '%name%'` reads it. */
  private companyTest(f: FactFilter, tests: RowTest[]): void {
    if (!f.company) return;
    const pattern = likePattern(`%${asciiLower(f.company)}%`);
    // Each company's name tested once, its rows by code.
    const matches = Uint8Array.from(this.companyLowerByCode, (name) => (pattern.test(name) ? 1 : 0));
    tests.push((i) => {
      const code = this.companyCode[i]!;
      return code >= 0 && matches[code] === 1;
    });
  }

  /** The employment asked: contract, part-time, or else permanent (none of the other kinds). */
  private employmentTest(f: FactFilter, tests: RowTest[]): void {
    if (!f.employment) return;
    const contract = this.values.find('contract');
    const partTime = this.values.find('part-time');
    if (f.employment === 'contract') tests.push((i) => contract >= 0 && this.c.employment[i] === contract);
    else if (f.employment === 'part-time')
      tests.push((i) => partTime >= 0 && this.c.employment[i] === partTime);
    else {
      const excluded = new Set(
        ['contract', 'part-time', 'temporary', 'internship']
          .map((v) => this.values.find(v))
          .filter((c) => c >= 0),
      );
      tests.push((i) => !excluded.has(this.c.employment[i]!));
    }
  }

  /** The pay currency asked; false when no row posts pay in it. */
  private currencyTest(f: FactFilter, tests: RowTest[]): boolean {
    if (!f.currency) return true;
    const c = this.values.find(f.currency);
    if (c < 0) return false;
    tests.push((i) => this.c.currency[i] === c);
    return true;
  }

  /** Posted on or after one date, and before another (as text, the way SQL compares them). */
  private postedTests(f: FactFilter, tests: RowTest[]): void {
    if (f.postedAfter) {
      const after = f.postedAfter;
      tests.push((i) => {
        const posted = this.c.posted[i];
        return posted !== null && posted !== undefined && compareText(posted, after) >= 0;
      });
    }
    if (f.postedBefore) {
      const before = f.postedBefore;
      tests.push((i) => {
        const posted = this.c.posted[i];
        return posted !== null && posted !== undefined && compareText(posted, before) < 0;
      });
    }
  }

  /** The rows worth testing narrowed to the listing ids asked (ascending), if any are asked. */
  private narrowedToIds(f: FactFilter, candidates: ArrayLike<number> | null): ArrayLike<number> | null {
    if (!f.ids) return candidates;
    const rowOf = this.rowOf;
    const rows = new Set<number>();
    for (const id of f.ids) {
      const i = rowOf.get(id);
      if (i !== undefined) rows.add(i);
    }
    return candidates
      ? Array.prototype.filter.call(candidates, (i: number) => rows.has(i))
      : Int32Array.from(rows).sort();
  }

  /** The rows (the candidates, or every row) passing every test, in order. */
  private rowsPassing(candidates: ArrayLike<number> | null, tests: RowTest[]): Int32Array {
    const out = new Int32Array(candidates ? candidates.length : this.size);
    let count = 0;
    const n = candidates ? candidates.length : this.size;
    for (let r = 0; r < n; r++) {
      const i = candidates ? candidates[r]! : r;
      let pass = true;
      for (const test of tests)
        if (!test(i)) {
          pass = false;
          break;
        }
      if (pass) out[count++] = i;
    }
    return out.slice(0, count);
  }

  /**
   * Rows by skill code, ascending, with the required flag of the row's first mention of it (what
   * `skillOf` reads): one counting pass over the mentions, the first time a skill's rows are asked.
   */
  private get postings(): { start: Uint32Array; rows: Int32Array; required: Uint8Array } {
    if (this.postingsCache) return this.postingsCache;
    const skills = this.skills.size;
    const start = new Uint32Array(skills + 1);
    const seen = new Int32Array(skills).fill(-1);
    for (let i = 0; i < this.size; i++)
      for (let k = this.c.skillStart[i]!; k < this.c.skillStart[i + 1]!; k++) {
        const s = this.c.skillCode[k]!;
        if (seen[s] === i) continue;
        seen[s] = i;
        start[s + 1]!++;
      }
    for (let s = 0; s < skills; s++) start[s + 1]! += start[s]!;
    const next = start.slice(0, skills);
    const rows = new Int32Array(start[skills]!);
    const required = new Uint8Array(start[skills]!);
    seen.fill(-1);
    for (let i = 0; i < this.size; i++)
      for (let k = this.c.skillStart[i]!; k < this.c.skillStart[i + 1]!; k++) {
        const s = this.c.skillCode[k]!;
        if (seen[s] === i) continue;
        seen[s] = i;
        rows[next[s]!] = i;
        required[next[s]!++] = this.c.skillRequired[k]!;
      }
    this.postingsCache = { start, rows, required };
    return this.postingsCache;
  }

  /** Rows naming any of the skills (codes), ascending. */
  private rowsWithAny(codes: number[]): Int32Array {
    const { start, rows } = this.postings;
    const parts = codes.map((c) => rows.subarray(start[c]!, start[c + 1]!));
    if (parts.length === 1) return parts[0]!;
    const all = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.length;
    }
    all.sort();
    let count = 0;
    for (let r = 0; r < all.length; r++) if (r === 0 || all[r] !== all[r - 1]) all[count++] = all[r]!;
    return all.subarray(0, count);
  }

  private get rowOf(): Map<string, number> {
    if (!this.rowOfCache) {
      this.rowOfCache = new Map();
      for (let i = this.size - 1; i >= 0; i--) this.rowOfCache.set(this.ids[i]!, i);
    }
    return this.rowOfCache;
  }

  /** The selection as a mask over rows (kept with the cached selection). */
  private maskOf(rows: Int32Array): Uint8Array {
    let mask = this.masks.get(rows);
    if (!mask) {
      mask = new Uint8Array(this.size);
      for (const i of rows) mask[i] = 1;
      this.masks.set(rows, mask);
    }
    return mask;
  }

  /**
   * Each selected row naming the skill (code), in row order, with its required flag: the skill's
   * rows read against the selection's mask, or the selection's rows tested, whichever is fewer.
   */
  private *selectedWithSkill(rows: Int32Array, code: number): Generator<[number, number]> {
    const postings = this.postings;
    const from = postings.start[code]!;
    const to = postings.start[code + 1]!;
    if (rows.length <= to - from || rows.length === 0) {
      for (const i of rows) {
        const r = this.skillOf(i, code);
        if (r >= 0) yield [i, r];
      }
      return;
    }
    const mask = rows.length === this.size ? null : this.maskOf(rows);
    for (let p = from; p < to; p++) {
      const i = postings.rows[p]!;
      if (!mask || mask[i]) yield [i, postings.required[p]!];
    }
  }

  private hasSkill(i: number, code: number): boolean {
    for (let k = this.c.skillStart[i]!; k < this.c.skillStart[i + 1]!; k++)
      if (this.c.skillCode[k] === code) return true;
    return false;
  }

  /** Whether listing row i names the skill; -1 when not, else 1 (required) or 0. */
  private skillOf(i: number, code: number): number {
    for (let k = this.c.skillStart[i]!; k < this.c.skillStart[i + 1]!; k++)
      if (this.c.skillCode[k] === code) return this.c.skillRequired[k]!;
    return -1;
  }

  count(f: FactFilter): number {
    return this.select(f).length;
  }

  idsOf(f: FactFilter): string[] {
    return Array.from(this.select(f), (i) => this.ids[i]!);
  }

  skillCounts(f: FactFilter): SkillCount[] {
    const listings = new Int32Array(this.skills.size);
    const required = new Int32Array(this.skills.size);
    const category = new Int32Array(this.skills.size).fill(-1);
    for (const i of this.select(f))
      for (let k = this.c.skillStart[i]!; k < this.c.skillStart[i + 1]!; k++) {
        const s = this.c.skillCode[k]!;
        listings[s]!++;
        required[s]! += this.c.skillRequired[k]!;
        if (this.skillOnlyCategory[s]! >= 0) continue;
        const c = this.c.skillCategory[k]!;
        const before = category[s]!;
        if (before < 0 || (c !== before && compareText(this.values.text(c)!, this.values.text(before)!) < 0))
          category[s] = c;
      }
    const out: SkillCount[] = [];
    for (let s = 0; s < this.skills.size; s++)
      if (listings[s]! > 0)
        out.push({
          skill: this.skills.text(s)!,
          category: this.values.text(
            this.skillOnlyCategory[s]! >= 0 ? this.skillOnlyCategory[s]! : category[s]!,
          )!,
          listings: listings[s]!,
          required: required[s]!,
        });
    return out.sort(
      (a, b) => b.listings - a.listings || b.required - a.required || compareText(a.skill, b.skill),
    );
  }

  withSkill(f: FactFilter, skill: string): Array<{ id: string; required: boolean }> {
    const code = this.skills.find(skill);
    if (code < 0) return [];
    const req: Array<{ id: string; required: boolean }> = [];
    const opt: Array<{ id: string; required: boolean }> = [];
    for (const [i, r] of this.selectedWithSkill(this.select(f), code)) {
      if (r === 1) req.push({ id: this.ids[i]!, required: true });
      else opt.push({ id: this.ids[i]!, required: false });
    }
    return req.concat(opt);
  }

  withSkillCount(f: FactFilter, skill: string): number {
    const code = this.skills.find(skill);
    if (code < 0) return 0;
    let n = 0;
    for (const _ of this.selectedWithSkill(this.select(f), code)) n++;
    return n;
  }

  examples(f: FactFilter, skills: string[], perSkill: number): Map<string, string[]> {
    const out = new Map<string, string[]>(skills.map((s) => [s, []]));
    const rows = this.select(f);
    for (const [skill, ids] of out) {
      const code = this.skills.find(skill);
      if (code < 0) continue;
      // Required first, then the rest, each in listing order; stop once there are enough.
      for (const wanted of [1, 0])
        for (const [i, r] of this.selectedWithSkill(rows, code)) {
          if (ids.length >= perSkill) break;
          if (r === wanted) ids.push(this.ids[i]!);
        }
    }
    return out;
  }

  /** The selection as a mask over rows. */
  private mask(f: FactFilter): Uint8Array {
    return this.maskOf(this.select(f));
  }

  yearsOf(f: FactFilter): Array<{ id: string; years: number }> {
    const mask = this.mask(f);
    const out: Array<{ id: string; years: number }> = [];
    for (const i of this.yearsOrder) if (mask[i]) out.push({ id: this.ids[i]!, years: this.c.years[i]! });
    return out;
  }

  salaries(f: FactFilter): SalaryRow[] {
    const mask = this.mask(f);
    const out: SalaryRow[] = [];
    for (const i of this.payOrder)
      if (mask[i])
        out.push({
          id: this.ids[i]!,
          min: this.c.salaryMin[i]!,
          max: this.c.salaryMax[i]!,
          currency: this.values.text(this.c.currency[i]!)!,
          period: this.values.text(this.c.period[i]!) as string,
        });
    return out;
  }

  workModes(f: FactFilter): Array<{ mode: string; ids: string[] }> {
    const out = new Map<string, string[]>();
    for (const i of this.select(f)) {
      const mode = this.values.text(this.c.remote[i]!) ?? 'unknown';
      const ids = out.get(mode);
      if (ids) ids.push(this.ids[i]!);
      else out.set(mode, [this.ids[i]!]);
    }
    return [...out].map(([mode, ids]) => ({ mode, ids }));
  }

  companies(f: FactFilter): Array<{ company: string; ids: string[] }> {
    const rows = this.select(f);
    // Counted by company code first, so each group's list is made once, at its size.
    const counts = new Int32Array(this.companyNames.length + 1);
    for (const i of rows) counts[this.companyCode[i]! + 1]!++;
    const groups: Array<{ code: number; ids: string[] }> = [];
    const groupOf = new Int32Array(counts.length).fill(-1);
    counts.forEach((n, slot) => {
      if (n > 0) {
        groupOf[slot] = groups.length;
        groups.push({ code: slot - 1, ids: [] });
      }
    });
    for (const i of rows) groups[groupOf[this.companyCode[i]! + 1]!]!.ids.push(this.ids[i]!);
    const name = (code: number) => (code < 0 ? null : this.companyNames[code]!);
    return groups
      .sort((a, b) => b.ids.length - a.ids.length || compareNullable(name(a.code), name(b.code)))
      .map((g) => ({ company: name(g.code) as string, ids: g.ids }));
  }

  levels(f: FactFilter): Array<{ level: string; listings: number }> {
    const counts = new Map<string, number>();
    for (const i of this.select(f)) {
      const level = this.values.text(this.c.seniority[i]!) ?? 'unknown';
      counts.set(level, (counts.get(level) ?? 0) + 1);
    }
    return [...counts]
      .map(([level, listings]) => ({ level, listings }))
      .sort((a, b) => b.listings - a.listings || compareText(a.level, b.level));
  }
}

/** The parent's columns and which listings are carried over from them (a refresh's publish). */
interface Carry {
  parent: FactColumns;
  unchanged: ReadonlySet<string>;
}

/** The dictionaries a build codes texts into, one per kind of text (codes in order of first use). */
interface Dictionaries {
  values: Dictionary;
  places: Dictionary;
  skills: Dictionary;
  industries: Dictionary;
}

/** One open listing as `readListingRows` reads it (see its SELECT for the columns' order). */
type ListingRow = [
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  number | null,
  number | null,
  number | null,
  string | null,
  string | null,
  string,
];

/** A skill mention as document_skills holds it: skill, category, required. */
type SkillMention = [string, string, number];

/** Every open listing's own facts, in listing order (`ORDER BY posted_at DESC, id`). */
function readListingRows(db: Db): ListingRow[] {
  return db
    .prepare(
      `SELECT id, seniority, remote, employment_type, salary_currency, salary_period, salary_min, salary_max,
          years_min, posted_at, company, places
         FROM documents d WHERE d.kind = 'listing' AND d.closed_at IS NULL ORDER BY d.posted_at DESC, d.id`,
    )
    .raw()
    .all() as ListingRow[];
}

/** Columns for `n` listings, each empty (the per-listing ones sized, the mention ones filled later). */
function emptyColumns(hasIndustries: boolean, n: number): FactColumns {
  return {
    hasIndustries,
    ids: new Array<string>(n),
    posted: new Array<string | null>(n),
    company: new Array<string | null>(n),
    values: [],
    skills: [],
    places: [],
    industries: [],
    seniority: new Int32Array(n),
    remote: new Int32Array(n),
    employment: new Int32Array(n),
    currency: new Int32Array(n),
    period: new Int32Array(n),
    salaryMin: new Float64Array(n),
    salaryMax: new Float64Array(n),
    years: new Float64Array(n),
    skillStart: new Uint32Array(n + 1),
    skillCode: new Int32Array(0),
    skillRequired: new Uint8Array(0),
    skillCategory: new Int32Array(0),
    placeStart: new Uint32Array(n + 1),
    placeCode: new Int32Array(0),
    industryStart: new Uint32Array(n + 1),
    industryCode: new Int32Array(0),
  };
}

/** Fills each listing's own columns (coded facts, pay, years, posted, company, places); returns each id's row. */
function fillListingColumns(c: FactColumns, rows: ListingRow[], dict: Dictionaries): Map<string, number> {
  const { values, places } = dict;
  const n = rows.length;
  const rowOf = new Map<string, number>();
  const asNumber = (x: number | null) => (x === null ? Number.NaN : x);
  const placeCodes: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    c.ids[i] = r[0];
    rowOf.set(r[0], i);
    c.seniority[i] = values.code(r[1]);
    c.remote[i] = values.code(r[2]);
    c.employment[i] = values.code(r[3]);
    c.currency[i] = values.code(r[4]);
    c.period[i] = values.code(r[5]);
    c.salaryMin[i] = asNumber(r[6]);
    c.salaryMax[i] = asNumber(r[7]);
    c.years[i] = asNumber(r[8]);
    c.posted[i] = r[9];
    c.company[i] = r[10];
    c.placeStart[i] = placeCodes.length;
    for (const key of placeKeys(r[11])) placeCodes.push(places.code(key));
  }
  c.placeStart[n] = placeCodes.length;
  c.placeCode = Int32Array.from(placeCodes);
  return rowOf;
}

/** The parent row of a listing carried over, by id (undefined for one read afresh, or no carry). */
function carriedRowOf(carry: Carry | undefined): (id: string) => number | undefined {
  const parent = carry?.parent;
  let parentRows: Map<string, number> | null = null;
  if (parent) {
    parentRows = new Map();
    for (let p = 0; p < parent.ids.length; p++) parentRows.set(parent.ids[p]!, p);
  }
  return (id) => (parentRows && carry!.unchanged.has(id) ? parentRows.get(id) : undefined);
}

/** Every listing's skill mentions, read from document_skills in one pass and laid out by listing. */
function readSkills(db: Db, c: FactColumns, rowOf: Map<string, number>, dict: Dictionaries): void {
  const n = c.ids.length;
  const of: number[] = [];
  const code: number[] = [];
  const category: number[] = [];
  const required: number[] = [];
  for (const [id, skill, cat, req] of db
    .prepare('SELECT document_id, skill, category, required FROM document_skills')
    .raw()
    .iterate() as Iterable<[string, string, string, number]>) {
    const i = rowOf.get(id);
    if (i === undefined) continue;
    of.push(i);
    code.push(dict.skills.code(skill));
    category.push(dict.values.code(cat));
    required.push(req ? 1 : 0);
  }
  const skillOrder = csr(of, n, c.skillStart);
  c.skillCode = Int32Array.from(skillOrder, (k) => code[k]!);
  c.skillCategory = Int32Array.from(skillOrder, (k) => category[k]!);
  c.skillRequired = Uint8Array.from(skillOrder, (k) => required[k]!);
}

/**
 * The rewritten listings' mentions, read from document_skills (by listing row); for a carried one,
 * its parent row (-1 for a rewritten one); and how many mentions there are in all.
 */
function freshSkills(
  db: Db,
  c: FactColumns,
  parent: FactColumns,
  carried: (id: string) => number | undefined,
): { fresh: Map<number, SkillMention[]>; from: Int32Array; total: number } {
  const n = c.ids.length;
  const skillsOf = db
    .prepare('SELECT skill, category, required FROM document_skills WHERE document_id = ?')
    .raw();
  const fresh = new Map<number, SkillMention[]>();
  const from = new Int32Array(n).fill(-1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const p = carried(c.ids[i]!);
    if (p === undefined) {
      const rows = skillsOf.all(c.ids[i]) as SkillMention[];
      fresh.set(i, rows);
      total += rows.length;
    } else {
      from[i] = p;
      total += parent.skillStart[p + 1]! - parent.skillStart[p]!;
    }
  }
  return { fresh, from, total };
}

/**
 * Every listing's skill mentions, laid out in listing order: the rewritten listings' read first,
 * then every row's mentions written in place (the parent's codes translated once each).
 */
function carrySkills(
  db: Db,
  c: FactColumns,
  parent: FactColumns,
  carried: (id: string) => number | undefined,
  dict: Dictionaries,
): void {
  const { skills, values } = dict;
  const n = c.ids.length;
  const { fresh, from, total } = freshSkills(db, c, parent, carried);
  c.skillCode = new Int32Array(total);
  c.skillCategory = new Int32Array(total);
  c.skillRequired = new Uint8Array(total);
  const skillCode = new Int32Array(parent.skills.length).fill(-1);
  const valueCode = new Int32Array(parent.values.length).fill(-2);
  let k = 0;
  for (let i = 0; i < n; i++) {
    c.skillStart[i] = k;
    const p = from[i]!;
    if (p < 0) {
      for (const [skill, cat, req] of fresh.get(i)!) {
        c.skillCode[k] = skills.code(skill);
        c.skillCategory[k] = values.code(cat);
        c.skillRequired[k++] = req ? 1 : 0;
      }
      continue;
    }
    for (let m = parent.skillStart[p]!; m < parent.skillStart[p + 1]!; m++) {
      const sk = parent.skillCode[m]!;
      if (skillCode[sk]! < 0) skillCode[sk] = skills.code(parent.skills[sk]!);
      const v = parent.skillCategory[m]!;
      if (v >= 0 && valueCode[v] === -2) valueCode[v] = values.code(parent.values[v]!);
      c.skillCode[k] = skillCode[sk]!;
      c.skillCategory[k] = v < 0 ? -1 : valueCode[v]!;
      c.skillRequired[k++] = parent.skillRequired[m]!;
    }
  }
  c.skillStart[n] = k;
}

/** Industry mentions gathered by listing row: `of` the row, `code` the industry's code. */
interface IndustryMentions {
  of: number[];
  code: number[];
}

/** How each listing's row is found: by id, and its parent row when carried over. */
interface RowLookup {
  rowOf: Map<string, number>;
  carried: (id: string) => number | undefined;
  parent: FactColumns | undefined;
}

/** The industries of the rewritten listings read by id, the carried ones' copied from the parent. */
function carryIndustries(
  db: Db,
  c: FactColumns,
  parent: FactColumns,
  carried: (id: string) => number | undefined,
  industries: Dictionary,
  into: IndustryMentions,
): void {
  const industriesOf = db.prepare('SELECT industry FROM document_industries WHERE document_id = ?').pluck();
  const translated = new Int32Array(parent.industries.length).fill(-1);
  for (let i = 0; i < c.ids.length; i++) {
    const p = carried(c.ids[i]!);
    if (p === undefined) {
      for (const industry of industriesOf.iterate(c.ids[i]) as Iterable<string>) {
        into.of.push(i);
        into.code.push(industries.code(industry));
      }
      continue;
    }
    for (let k = parent.industryStart[p]!; k < parent.industryStart[p + 1]!; k++) {
      const x = parent.industryCode[k]!;
      if (translated[x]! < 0) translated[x] = industries.code(parent.industries[x]!);
      into.of.push(i);
      into.code.push(translated[x]!);
    }
  }
}

/** Every listing's industries, read from document_industries in one pass. */
function readIndustries(
  db: Db,
  rowOf: Map<string, number>,
  industries: Dictionary,
  into: IndustryMentions,
): void {
  for (const [id, industry] of db
    .prepare('SELECT document_id, industry FROM document_industries')
    .raw()
    .iterate() as Iterable<[string, string]>) {
    const i = rowOf.get(id);
    if (i === undefined) continue;
    into.of.push(i);
    into.code.push(industries.code(industry));
  }
}

/** The industry columns (none when the generation has no industry table), laid out by listing. */
function fillIndustries(db: Db, c: FactColumns, rows: RowLookup, dict: Dictionaries): void {
  const mentions: IndustryMentions = { of: [], code: [] };
  if (c.hasIndustries && rows.parent?.hasIndustries)
    carryIndustries(db, c, rows.parent, rows.carried, dict.industries, mentions);
  else if (c.hasIndustries) readIndustries(db, rows.rowOf, dict.industries, mentions);
  c.industryCode = Int32Array.from(csr(mentions.of, c.ids.length, c.industryStart), (k) => mentions.code[k]!);
}

/** Text values ↔ small integer codes; -1 stands for NULL. */
class Dictionary {
  private readonly codes = new Map<string, number>();
  readonly texts: string[] = [];

  constructor(texts: string[] = []) {
    for (const t of texts) this.code(t);
  }

  code(value: string | null): number {
    if (value === null) return -1;
    let c = this.codes.get(value);
    if (c === undefined) {
      c = this.texts.length;
      this.codes.set(value, c);
      this.texts.push(value);
    }
    return c;
  }

  /** The code of a value, -1 when no listing has it. */
  find(value: string): number {
    return this.codes.get(value) ?? -1;
  }

  text(code: number): string | null {
    return code < 0 ? null : this.texts[code]!;
  }

  get size(): number {
    return this.texts.length;
  }
}

/**
 * Positions of `of` grouped by their value (0..n-1), each group in its original order, with the
 * start of each group written to `start` (length n + 1).
 */
function csr(of: number[], n: number, start: Uint32Array): Uint32Array {
  start.fill(0);
  for (const i of of) start[i + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const next = start.slice(0, n);
  const order = new Uint32Array(of.length);
  of.forEach((i, k) => {
    order[next[i]!++] = k;
  });
  return order;
}

/** SQLite's built-in `lower()`: ASCII letters only. */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** SQLite's BINARY collation on UTF-8 text: code point order. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // The first code units that differ give code point order, unless one is a surrogate.
    if ((x & 0xf800) !== 0xd800 && (y & 0xf800) !== 0xd800) return x < y ? -1 : 1;
    return compareCodePoints(a, b);
  }
  return a.length - b.length;
}

/** `compareText` by code points throughout (text with surrogate pairs). */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/** NULL first, as SQLite sorts it. */
function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return compareText(a, b);
}

/** SQLite's LIKE (no ESCAPE): `%` any run, `_` one character, ASCII case folded (inputs lower-cased). */
function likePattern(pattern: string): RegExp {
  const body = [...pattern]
    .map((ch) => (ch === '%' ? '.*' : ch === '_' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 'su');
}

/** The place keys of a listing's `places` JSON, as the SQL filter reads them. */
function placeKeys(json: string): string[] {
  let places: unknown;
  try {
    places = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(places)) return [];
  const keys = new Set<string>();
  for (const p of places) {
    if (!p || typeof p !== 'object') continue;
    const { city, country, region } = p as { city?: unknown; country?: unknown; region?: unknown };
    if (typeof city === 'string') keys.add(`c:${asciiLower(city)}`);
    if (typeof country === 'string') keys.add(`n:${country}`);
    if (typeof region === 'string') keys.add(`r:${region}`);
  }
  return [...keys];
}

/**
 * A stored blob of typed columns: the header's length (4 bytes), the JSON header, then each column
 * starting on an 8-byte boundary, so it can be viewed in place when read.
 */
export function alignedBlob(header: Buffer, typed: ArrayBufferView[]): Buffer {
  const size = Buffer.alloc(4);
  size.writeUInt32LE(header.length);
  const parts: Buffer[] = [size, header];
  let offset = 4 + header.length;
  for (const t of typed) {
    const pad = (8 - (offset % 8)) % 8;
    parts.push(Buffer.alloc(pad), Buffer.from(t.buffer, t.byteOffset, t.byteLength));
    offset += pad + t.byteLength;
  }
  return Buffer.concat(parts);
}

/** Whether row `i` of a coded list column (`start` offsets into `code`) holds any of `wanted`. */
function anyCodeIn(
  start: ArrayLike<number>,
  code: ArrayLike<number>,
  i: number,
  wanted: Set<number>,
): boolean {
  for (let k = start[i]!; k < start[i + 1]!; k++) if (wanted.has(code[k]!)) return true;
  return false;
}
