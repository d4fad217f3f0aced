import type { Db } from './database.js';
import type { FactFilter, SalaryRow, SkillCount } from './facts.js';

/**
 * The extracted facts of every open listing of one generation, held column by column in typed
 * arrays (a few bytes per listing and per skill mention: ~15 MB at 100,000 listings), read once
 * from the generation's database. A generation never changes, so neither does this.
 *
 * Every aggregate is computed over every listing the filter selects (a pass over the columns,
 * ~1–3 ms at 100,000 listings), with the same selection, order and ties as the direct SQL over
 * the same tables (`SqlFactQueries` in facts.ts, which the tests compare it with): SQLite's
 * `lower()` and `LIKE` fold ASCII only, text sorts by code point, NULL sorts first.
 */
export class FactIndex {
  /** Listing ids, in the order `ORDER BY posted_at DESC, id` gives (every list keeps it). */
  readonly ids: string[];
  private readonly rowOf: Map<string, number>;
  private readonly seniority: Int32Array;
  private readonly remote: Int32Array;
  private readonly employment: Int32Array;
  private readonly currency: Int32Array;
  private readonly period: Int32Array;
  private readonly salaryMin: Float64Array;
  private readonly salaryMax: Float64Array;
  private readonly years: Float64Array;
  private readonly posted: Array<string | null>;
  private readonly company: Array<string | null>;
  private readonly companyLower: Array<string | null>;
  /** Values of the coded columns (code → text); -1 is NULL. */
  private readonly values: Dictionary;
  /** Per listing, a run of `skillCode` / `skillRequired` / `skillCategory` (CSR layout). */
  private readonly skillStart: Uint32Array;
  private readonly skillCode: Int32Array;
  private readonly skillRequired: Uint8Array;
  private readonly skillCategory: Int32Array;
  private readonly skills: Dictionary;
  /** Per listing, a run of place keys ("c:" lower-case city, "n:" country, "r:" region). */
  private readonly placeStart: Uint32Array;
  private readonly placeCode: Int32Array;
  private readonly places: Dictionary;
  private readonly industryStart: Uint32Array;
  private readonly industryCode: Int32Array;
  private readonly industries: Dictionary;
  private readonly selections = new Map<string, Int32Array>();

  constructor(
    db: Db,
    readonly hasIndustries: boolean,
  ) {
    const rows = db
      .prepare(
        `SELECT id, seniority, remote, employment_type, salary_currency, salary_period, salary_min, salary_max,
          years_min, posted_at, company, places
         FROM documents d WHERE d.kind = 'listing' AND d.closed_at IS NULL ORDER BY d.posted_at DESC, d.id`,
      )
      .raw()
      .all() as Array<
      [
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
      ]
    >;
    const n = rows.length;
    this.values = new Dictionary();
    this.places = new Dictionary();
    this.ids = new Array<string>(n);
    this.rowOf = new Map();
    this.seniority = new Int32Array(n);
    this.remote = new Int32Array(n);
    this.employment = new Int32Array(n);
    this.currency = new Int32Array(n);
    this.period = new Int32Array(n);
    this.salaryMin = new Float64Array(n);
    this.salaryMax = new Float64Array(n);
    this.years = new Float64Array(n);
    this.posted = new Array<string | null>(n);
    this.company = new Array<string | null>(n);
    this.companyLower = new Array<string | null>(n);
    this.placeStart = new Uint32Array(n + 1);
    const placeCodes: number[] = [];
    const asNumber = (x: number | null) => (x === null ? Number.NaN : x);
    for (let i = 0; i < n; i++) {
      const r = rows[i]!;
      this.ids[i] = r[0];
      this.rowOf.set(r[0], i);
      this.seniority[i] = this.values.code(r[1]);
      this.remote[i] = this.values.code(r[2]);
      this.employment[i] = this.values.code(r[3]);
      this.currency[i] = this.values.code(r[4]);
      this.period[i] = this.values.code(r[5]);
      this.salaryMin[i] = asNumber(r[6]);
      this.salaryMax[i] = asNumber(r[7]);
      this.years[i] = asNumber(r[8]);
      this.posted[i] = r[9];
      this.company[i] = r[10];
      this.companyLower[i] = r[10] === null ? null : asciiLower(r[10]);
      this.placeStart[i] = placeCodes.length;
      for (const key of placeKeys(r[11])) placeCodes.push(this.places.code(key));
    }
    this.placeStart[n] = placeCodes.length;
    this.placeCode = Int32Array.from(placeCodes);

    // Skill mentions, grouped by listing in the listings' order.
    this.skills = new Dictionary();
    const byListing: Array<Array<[number, number, number]>> = Array.from({ length: n }, () => []);
    for (const [id, skill, category, required] of db
      .prepare('SELECT document_id, skill, category, required FROM document_skills')
      .raw()
      .iterate() as Iterable<[string, string, string, number]>) {
      const i = this.rowOf.get(id);
      if (i !== undefined)
        byListing[i]!.push([this.skills.code(skill), this.values.code(category), required]);
    }
    this.skillStart = new Uint32Array(n + 1);
    const total = byListing.reduce((sum, l) => sum + l.length, 0);
    this.skillCode = new Int32Array(total);
    this.skillRequired = new Uint8Array(total);
    this.skillCategory = new Int32Array(total);
    let k = 0;
    for (let i = 0; i < n; i++) {
      this.skillStart[i] = k;
      for (const [skill, category, required] of byListing[i]!) {
        this.skillCode[k] = skill;
        this.skillCategory[k] = category;
        this.skillRequired[k] = required ? 1 : 0;
        k++;
      }
    }
    this.skillStart[n] = k;

    this.industries = new Dictionary();
    const industryOf: number[][] = Array.from({ length: n }, () => []);
    if (hasIndustries)
      for (const [id, industry] of db
        .prepare('SELECT document_id, industry FROM document_industries')
        .raw()
        .iterate() as Iterable<[string, string]>) {
        const i = this.rowOf.get(id);
        if (i !== undefined) industryOf[i]!.push(this.industries.code(industry));
      }
    this.industryStart = new Uint32Array(n + 1);
    this.industryCode = Int32Array.from(industryOf.flat());
    let m = 0;
    for (let i = 0; i < n; i++) {
      this.industryStart[i] = m;
      m += industryOf[i]!.length;
    }
    this.industryStart[n] = m;
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

  private compute(f: FactFilter): Int32Array {
    const tests: Array<(i: number) => boolean> = [];
    const none = new Int32Array(0);
    const codeOf = (value: string) => this.values.find(value);
    if (f.seniority) {
      const c = codeOf(f.seniority);
      if (c < 0) return none;
      tests.push((i) => this.seniority[i] === c);
    }
    if (f.seniorityNot) {
      const c = codeOf(f.seniorityNot);
      if (c >= 0) tests.push((i) => this.seniority[i] !== c);
    }
    if (f.remote) {
      const c = codeOf(f.remote);
      if (c < 0) return none;
      tests.push((i) => this.remote[i] === c);
    }
    if (f.skills?.length) {
      const codes = f.skills.map((s) => this.skills.find(s));
      if (f.skillsMode === 'any' && f.skills.length > 1) {
        const wanted = new Set(codes.filter((c) => c >= 0));
        if (!wanted.size) return none;
        tests.push((i) => {
          for (let k = this.skillStart[i]!; k < this.skillStart[i + 1]!; k++)
            if (wanted.has(this.skillCode[k]!)) return true;
          return false;
        });
      } else {
        if (codes.some((c) => c < 0)) return none;
        tests.push((i) => codes.every((c) => this.hasSkill(i, c)));
      }
    }
    if (f.place) {
      const p = f.place;
      const key = p.city
        ? `c:${asciiLower(p.city)}`
        : p.country
          ? `n:${p.country}`
          : p.region
            ? `r:${p.region}`
            : null;
      if (key !== null) {
        const c = this.places.find(key);
        if (c < 0) return none;
        tests.push((i) => {
          for (let k = this.placeStart[i]!; k < this.placeStart[i + 1]!; k++)
            if (this.placeCode[k] === c) return true;
          return false;
        });
      }
    }
    if (f.industries?.length) {
      if (!this.hasIndustries) return none;
      const wanted = new Set(f.industries.map((x) => this.industries.find(x)).filter((c) => c >= 0));
      if (!wanted.size) return none;
      tests.push((i) => {
        for (let k = this.industryStart[i]!; k < this.industryStart[i + 1]!; k++)
          if (wanted.has(this.industryCode[k]!)) return true;
        return false;
      });
    }
    if (f.company) {
      const pattern = likePattern(`%${asciiLower(f.company)}%`);
      tests.push((i) => {
        const company = this.companyLower[i];
        return company !== null && company !== undefined && pattern.test(company);
      });
    }
    if (f.employment) {
      const contract = this.values.find('contract');
      const partTime = this.values.find('part-time');
      if (f.employment === 'contract') tests.push((i) => contract >= 0 && this.employment[i] === contract);
      else if (f.employment === 'part-time')
        tests.push((i) => partTime >= 0 && this.employment[i] === partTime);
      else {
        const excluded = new Set(
          ['contract', 'part-time', 'temporary', 'internship'].map(codeOf).filter((c) => c >= 0),
        );
        tests.push((i) => !excluded.has(this.employment[i]!));
      }
    }
    if (f.currency) {
      const c = codeOf(f.currency);
      if (c < 0) return none;
      tests.push((i) => this.currency[i] === c);
    }
    if (f.postedAfter) {
      const after = f.postedAfter;
      tests.push((i) => {
        const posted = this.posted[i];
        return posted !== null && posted !== undefined && compareText(posted, after) >= 0;
      });
    }
    if (f.ids) {
      const wanted = new Set(f.ids);
      tests.push((i) => wanted.has(this.ids[i]!));
    }
    const out = new Int32Array(this.size);
    let count = 0;
    for (let i = 0; i < this.size; i++) {
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

  private hasSkill(i: number, code: number): boolean {
    for (let k = this.skillStart[i]!; k < this.skillStart[i + 1]!; k++)
      if (this.skillCode[k] === code) return true;
    return false;
  }

  /** Whether listing row i names the skill; -1 when not, else 1 (required) or 0. */
  private skillOf(i: number, code: number): number {
    for (let k = this.skillStart[i]!; k < this.skillStart[i + 1]!; k++)
      if (this.skillCode[k] === code) return this.skillRequired[k]!;
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
      for (let k = this.skillStart[i]!; k < this.skillStart[i + 1]!; k++) {
        const s = this.skillCode[k]!;
        listings[s]!++;
        required[s]! += this.skillRequired[k]!;
        const c = this.skillCategory[k]!;
        const before = category[s]!;
        if (before < 0 || (c !== before && compareText(this.values.text(c)!, this.values.text(before)!) < 0))
          category[s] = c;
      }
    const out: SkillCount[] = [];
    for (let s = 0; s < this.skills.size; s++)
      if (listings[s]! > 0)
        out.push({
          skill: this.skills.text(s)!,
          category: this.values.text(category[s]!)!,
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
    for (const i of this.select(f)) {
      const r = this.skillOf(i, code);
      if (r === 1) req.push({ id: this.ids[i]!, required: true });
      else if (r === 0) opt.push({ id: this.ids[i]!, required: false });
    }
    return req.concat(opt);
  }

  examples(f: FactFilter, skills: string[], perSkill: number): Map<string, string[]> {
    const out = new Map<string, string[]>(skills.map((s) => [s, []]));
    for (const skill of out.keys()) {
      const ids = out.get(skill)!;
      const found = this.withSkill(f, skill);
      for (const x of found) {
        if (ids.length >= perSkill) break;
        ids.push(x.id);
      }
    }
    return out;
  }

  yearsOf(f: FactFilter): Array<{ id: string; years: number }> {
    const out: Array<{ id: string; years: number }> = [];
    for (const i of this.select(f)) {
      const y = this.years[i]!;
      if (!Number.isNaN(y)) out.push({ id: this.ids[i]!, years: y });
    }
    return out.sort((a, b) => a.years - b.years || compareText(a.id, b.id));
  }

  salaries(f: FactFilter): SalaryRow[] {
    const out: Array<SalaryRow & { mid: number }> = [];
    for (const i of this.select(f)) {
      const min = this.salaryMin[i]!;
      const max = this.salaryMax[i]!;
      const currency = this.values.text(this.currency[i]!);
      if (Number.isNaN(min) || Number.isNaN(max) || currency === null) continue;
      out.push({
        id: this.ids[i]!,
        min,
        max,
        currency,
        period: this.values.text(this.period[i]!) as string,
        mid: (min + max) / 2,
      });
    }
    out.sort(
      (a, b) =>
        compareText(a.currency, b.currency) ||
        compareNullable(a.period, b.period) ||
        a.mid - b.mid ||
        compareText(a.id, b.id),
    );
    return out.map(({ mid: _mid, ...row }) => row);
  }

  workModes(f: FactFilter): Array<{ mode: string; ids: string[] }> {
    const out = new Map<string, string[]>();
    for (const i of this.select(f)) {
      const mode = this.values.text(this.remote[i]!) ?? 'unknown';
      const ids = out.get(mode);
      if (ids) ids.push(this.ids[i]!);
      else out.set(mode, [this.ids[i]!]);
    }
    return [...out].map(([mode, ids]) => ({ mode, ids }));
  }

  companies(f: FactFilter): Array<{ company: string; ids: string[] }> {
    const groups = new Map<string | null, string[]>();
    for (const i of this.select(f)) {
      const c = this.company[i] ?? null;
      const ids = groups.get(c);
      if (ids) ids.push(this.ids[i]!);
      else groups.set(c, [this.ids[i]!]);
    }
    return [...groups]
      .sort((a, b) => b[1].length - a[1].length || compareNullable(a[0], b[0]))
      .map(([company, ids]) => ({ company: company as string, ids }));
  }

  levels(f: FactFilter): Array<{ level: string; listings: number }> {
    const counts = new Map<string, number>();
    for (const i of this.select(f)) {
      const level = this.values.text(this.seniority[i]!) ?? 'unknown';
      counts.set(level, (counts.get(level) ?? 0) + 1);
    }
    return [...counts]
      .map(([level, listings]) => ({ level, listings }))
      .sort((a, b) => b.listings - a.listings || compareText(a.level, b.level));
  }
}

/** Text values ↔ small integer codes; -1 stands for NULL. */
class Dictionary {
  private readonly codes = new Map<string, number>();
  private readonly texts: string[] = [];

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

/** SQLite's built-in `lower()`: ASCII letters only. */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** SQLite's BINARY collation on UTF-8 text: code point order. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
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
