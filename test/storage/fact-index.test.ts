import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { seededRandom } from '../../src/rag/seeded-random.js';
import { type Db, openDatabase } from '../../src/storage/corpus/database.js';
import { FactIndex } from '../../src/storage/corpus/fact-index.js';
import {
  type FactFilter,
  FactQueries,
  loadFactColumns,
  loadStoredColumn,
  SqlFactQueries,
  writeFactColumns,
} from '../../src/storage/corpus/facts.js';
import { ingestedApp } from '../support/ingested.js';
import { tempDir } from '../support/temp.js';

/**
 * The aggregates held in columns (FactQueries, storage/corpus/fact-index.ts) against the direct SQL over
 * the same tables (SqlFactQueries) under many random filter combinations: same selection, same
 * figures, same order, on the embedded corpus and on a copy of it edited to hold the awkward
 * values (missing dates and companies, LIKE wildcards and non-ASCII in names, upper-case cities,
 * closed listings, tied pay midpoints).
 */

interface Values {
  levels: string[];
  modes: string[];
  skills: string[];
  cities: string[];
  countries: string[];
  regions: string[];
  industries: string[];
  companies: string[];
  currencies: string[];
  dates: string[];
  ids: string[];
}

function valuesOf(db: Db): Values {
  const col = (sql: string) =>
    (db.prepare(sql).pluck().all() as Array<string | null>).filter((x) => x !== null);
  const places = col("SELECT places FROM documents WHERE kind = 'listing'").flatMap(
    (p) => JSON.parse(p) as Array<{ city: string | null; country: string | null; region: string | null }>,
  );
  const present = <T>(xs: Array<T | null>) => [...new Set(xs.filter((x): x is T => x !== null))];
  return {
    levels: col('SELECT DISTINCT seniority FROM documents'),
    modes: col('SELECT DISTINCT remote FROM documents'),
    skills: col('SELECT DISTINCT skill FROM document_skills'),
    cities: present(places.map((p) => p.city)),
    countries: present(places.map((p) => p.country)),
    regions: present(places.map((p) => p.region)),
    industries: col('SELECT DISTINCT industry FROM document_industries'),
    companies: col("SELECT DISTINCT company FROM documents WHERE kind = 'listing'"),
    currencies: col('SELECT DISTINCT salary_currency FROM documents'),
    dates: col('SELECT DISTINCT posted_at FROM documents'),
    ids: col("SELECT id FROM documents WHERE kind = 'listing'"),
  };
}

/** A random filter: each field present with some probability, now and then a value no listing has. */
function randomFilter(v: Values, random: () => number): FactFilter {
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  const maybe = (p: number) => random() < p;
  const f: FactFilter = {};
  if (maybe(0.4)) f.seniority = maybe(0.9) ? pick(v.levels) : 'intern';
  if (maybe(0.15)) f.seniorityNot = maybe(0.9) ? pick(v.levels) : 'intern';
  if (maybe(0.3)) f.remote = maybe(0.9) ? pick(v.modes) : 'floating';
  if (maybe(0.4)) {
    const n = 1 + Math.floor(random() * 3);
    f.skills = Array.from({ length: n }, () => (maybe(0.95) ? pick(v.skills) : 'COBOL-on-Mars'));
    if (maybe(0.5)) f.skillsMode = maybe(0.5) ? 'any' : 'all';
  }
  if (maybe(0.35)) {
    const which = random();
    if (which < 0.4) {
      const city = pick(v.cities);
      f.place = { city: maybe(0.3) ? city.toUpperCase() : city };
    } else if (which < 0.75) f.place = { country: pick(v.countries) };
    else if (which < 0.95) f.place = { region: pick(v.regions) };
    else f.place = {};
  }
  if (maybe(0.25))
    f.industries = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
      maybe(0.9) ? pick(v.industries) : 'space-mining',
    );
  if (maybe(0.15)) {
    const name = pick(v.companies);
    const start = Math.floor(random() * name.length);
    const part = name.slice(start, start + 1 + Math.floor(random() * 6));
    f.company = maybe(0.3) ? part.toUpperCase() : maybe(0.1) ? `${part}_` : part;
  }
  if (maybe(0.2)) f.employment = pick(['permanent', 'contract', 'part-time'] as const);
  if (maybe(0.2)) f.currency = maybe(0.9) ? pick(v.currencies) : 'XTS';
  if (maybe(0.2)) f.postedAfter = pick(v.dates);
  if (maybe(0.1)) f.ids = v.ids.filter(() => maybe(0.3));
  // Several levels or places at once ("staff or principal", "japan or korea"): any of them.
  if (maybe(0.15))
    f.seniority = Array.from({ length: 2 + Math.floor(random() * 2) }, () =>
      maybe(0.9) ? pick(v.levels) : 'intern',
    );
  if (maybe(0.15))
    f.place = Array.from({ length: 2 + Math.floor(random() * 2) }, () =>
      maybe(0.5)
        ? { city: pick(v.cities) }
        : maybe(0.7)
          ? { country: pick(v.countries) }
          : { region: pick(v.regions) },
    );
  return f;
}

/** Every aggregate of both implementations under one filter; ties SQL leaves unordered are sorted. */
function compare(fast: FactQueries, sql: SqlFactQueries, f: FactFilter, skills: string[]) {
  const label = JSON.stringify(f);
  expect(fast.ids(f), label).toEqual(sql.ids(f));
  expect(fast.count(f), label).toBe(sql.count(f));
  expect(fast.skillCounts(f), label).toEqual(sql.skillCounts(f));
  for (const skill of skills) {
    expect(fast.withSkill(f, skill), `${label} ${skill}`).toEqual(sql.withSkill(f, skill));
    expect(fast.withSkillCount(f, skill), `${label} ${skill}`).toBe(sql.withSkill(f, skill).length);
  }
  expect(fast.examples(f, skills, 2), label).toEqual(sql.examples(f, skills, 2));
  expect(fast.years(f), label).toEqual(sql.years(f));
  expect(fast.salaries(f), label).toEqual(sql.salaries(f));
  expect(fast.workModes(f), label).toEqual(sql.workModes(f));
  // json_group_array leaves the order of a company's ids to SQLite's plan: compared as sets.
  const companies = (q: FactQueries | SqlFactQueries) =>
    q.companies(f).map((c) => ({ company: c.company, ids: [...c.ids].sort() }));
  expect(companies(fast), label).toEqual(companies(sql));
  const levels = (q: FactQueries | SqlFactQueries) =>
    q.levels(f).sort((a, b) => b.listings - a.listings || (a.level < b.level ? -1 : 1));
  expect(levels(fast), label).toEqual(levels(sql));
}

function property(db: Db, seed: number, runs: number) {
  const fast = new FactQueries(db);
  const sql = new SqlFactQueries(db);
  const values = valuesOf(db);
  const random = seededRandom(seed);
  let nonEmpty = 0;
  for (let r = 0; r < runs; r++) {
    const f = randomFilter(values, random);
    const skills = [
      values.skills[Math.floor(random() * values.skills.length)]!,
      ...(f.skills ?? []),
      'COBOL-on-Mars',
    ];
    compare(fast, sql, f, skills);
    if (sql.count(f) > 0) nonEmpty++;
  }
  // The comparison means something only when many filters select listings.
  expect(nonEmpty).toBeGreaterThan(runs / 4);
}

let corpusDb: string;

beforeAll(async () => {
  const { app } = await ingestedApp({ scope: 'file' });
  corpusDb = app.reader()!.generation.databaseFile;
  // A copy the awkward-values test may edit; the generation itself stays read-only.
  const copy = path.join(tempDir('roleradar-facts-', 'file'), 'corpus.db');
  fs.copyFileSync(corpusDb, copy);
  corpusDb = copy;
  app.close();
}, 120_000);

describe('aggregates from columns equal the direct SQL', () => {
  test('the embedded corpus, 600 random filter combinations (the columns stored at publish)', () => {
    const db = openDatabase(corpusDb, { readonly: true });
    try {
      // The published generation carries its columns: they are what is compared, not a rebuild.
      expect(loadFactColumns(db)?.size).toBe(
        db
          .prepare("SELECT count(*) FROM documents WHERE kind = 'listing' AND closed_at IS NULL")
          .pluck()
          .get(),
      );
      property(db, 20261206, 600);
      // And the unfiltered selection, every listing.
      compare(new FactQueries(db), new SqlFactQueries(db), {}, ['Kafka', 'Go']);
    } finally {
      db.close();
    }
  });

  test('awkward values: NULLs, LIKE wildcards, non-ASCII, upper-case cities, closed listings, tied pay', () => {
    const db = openDatabase(corpusDb);
    try {
      // Columns stored for another generation (as in a refresh's copy of its parent) are not used.
      db.prepare("UPDATE meta SET value = 'another-generation' WHERE key = 'generation'").run();
      expect(loadFactColumns(db)).toBeNull();
      const ids = db
        .prepare("SELECT id FROM documents WHERE kind = 'listing' ORDER BY id")
        .pluck()
        .all() as string[];
      const set = (sql: string, every: number, offset = 0) => {
        const update = db.prepare(sql);
        ids.forEach((id, i) => {
          if (i % every === offset) update.run(id);
        });
      };
      set('UPDATE documents SET posted_at = NULL WHERE id = ?', 7);
      set('UPDATE documents SET company = NULL WHERE id = ?', 11);
      set("UPDATE documents SET company = 'Ünïcode_100% Ltd' WHERE id = ?", 13);
      set("UPDATE documents SET company = 'ÜNÏCODE Labs' WHERE id = ?", 17);
      set(
        "UPDATE documents SET seniority = NULL, remote = NULL, employment_type = 'internship' WHERE id = ?",
        9,
      );
      set("UPDATE documents SET closed_at = '2026-12-01T00:00:00Z' WHERE id = ?", 10);
      set(
        `UPDATE documents SET places = '[{"raw":"BERLIN","city":"BERLIN","country":"Germany","region":"europe","remote":false}]' WHERE id = ?`,
        8,
      );
      set(
        "UPDATE documents SET salary_min = 100000, salary_max = 120000, salary_currency = 'EUR', salary_period = NULL WHERE id = ?",
        6,
      );
      set(
        "UPDATE documents SET salary_min = 90000, salary_max = 130000, salary_currency = 'EUR', salary_period = 'year' WHERE id = ?",
        5,
      );
      set('UPDATE documents SET years_min = 5 WHERE id = ?', 4);
      // Places as the SQL reads them: the awkward company names are found by substring and wildcard.
      const fast = new FactQueries(db);
      const sql = new SqlFactQueries(db);
      for (const company of ['ünïcode', 'Ü', '100%', 'code_1', '_', '%', 'ltd', 'LABS'])
        compare(fast, sql, { company }, ['Kafka']);
      compare(fast, sql, { place: { city: 'berlin' } }, ['Go']);
      compare(fast, sql, { employment: 'permanent' }, ['Go']);
      compare(fast, sql, { seniorityNot: 'lead' }, ['Go']);
      compare(fast, sql, { seniority: ['staff', 'principal'] }, ['Go']);
      compare(fast, sql, { place: [{ city: 'berlin' }, { country: 'Japan' }] }, ['Go']);
      compare(fast, sql, { currency: 'EUR' }, ['Go']);
      property(db, 7, 300);
    } finally {
      db.close();
    }
  });

  test("a refresh's columns: the parent's skills and industries for the listings it did not rewrite", () => {
    const file = path.join(tempDir('roleradar-facts-carry-', 'file'), 'corpus.db');
    fs.copyFileSync(corpusDb, file);
    const db = openDatabase(file);
    try {
      db.prepare("UPDATE meta SET value = 'parent' WHERE key = 'generation'").run();
      writeFactColumns(db, 'parent');
      // The refresh rewrites every fifth listing: a skill gone, another added, an industry moved.
      const ids = db
        .prepare("SELECT id FROM documents WHERE kind = 'listing' AND closed_at IS NULL ORDER BY id")
        .pluck()
        .all() as string[];
      const rewritten = ids.filter((_, i) => i % 5 === 0);
      for (const id of rewritten) {
        const first = db
          .prepare('SELECT skill FROM document_skills WHERE document_id = ? ORDER BY skill LIMIT 1')
          .pluck()
          .get(id) as string | undefined;
        if (first)
          db.prepare('DELETE FROM document_skills WHERE document_id = ? AND skill = ?').run(id, first);
        db.prepare(
          "INSERT OR REPLACE INTO document_skills VALUES (?, 'Carried-Skill-Test', 'language', 2, 1)",
        ).run(id);
        db.prepare('DELETE FROM document_industries WHERE document_id = ?').run(id);
        db.prepare("INSERT INTO document_industries VALUES (?, 'carried-industry-test', 'x', 1)").run(id);
      }
      // Their years and pay moved too (the orders merge the carried rows' with the rewritten ones').
      rewritten.forEach((id, k) => {
        db.prepare('UPDATE documents SET years_min = ? WHERE id = ?').run(k % 3 === 0 ? null : k % 9, id);
        db.prepare(
          "UPDATE documents SET salary_min = ?, salary_max = ?, salary_currency = ?, salary_period = 'year' WHERE id = ?",
        ).run(80_000 + k * 1_000, 120_000 + k * 500, k % 2 ? 'EUR' : 'USD', id);
      });
      db.prepare("UPDATE meta SET value = 'child' WHERE key = 'generation'").run();
      const unchanged = new Set(ids.filter((id) => !rewritten.includes(id)));
      writeFactColumns(db, 'child', { parent: 'parent', unchanged });
      const carried = loadFactColumns(db);
      expect(carried?.size).toBe(ids.length);
      const queries = new FactQueries(db);
      expect(queries.withSkillCount({}, 'Carried-Skill-Test')).toBe(rewritten.length);
      expect(queries.count({ industries: ['carried-industry-test'] })).toBe(rewritten.length);
      property(db, 20261207, 300);
      compare(queries, new SqlFactQueries(db), {}, ['Kafka', 'Go', 'Carried-Skill-Test']);
      // The orders stored (merged from the parent's) are the ones a full read sorts.
      const stored = FactIndex.columnsOf(loadStoredColumn(db, 'listings')!);
      const full = FactIndex.columnsFromDatabase(db, true);
      expect(stored.yearsOrder?.length).toBeGreaterThan(0);
      expect(stored.payOrder?.length).toBeGreaterThan(0);
      expect([...stored.yearsOrder!]).toEqual([...full.yearsOrder!]);
      expect([...stored.payOrder!]).toEqual([...full.payOrder!]);
    } finally {
      db.close();
    }
  });

  test('a blob read back gives every column, at any byte offset of its buffer (the copy skips the header)', () => {
    const db = openDatabase(corpusDb, { readonly: true });
    try {
      const full = FactIndex.columnsFromDatabase(db, true);
      const blob = FactIndex.blobOf(full);
      for (const shift of [0, 1, 3, 4, 7]) {
        const host = Buffer.alloc(blob.length + shift);
        blob.copy(host, shift);
        const read = FactIndex.columnsOf(host.subarray(shift));
        for (const [key, value] of Object.entries(full)) {
          const got = (read as unknown as Record<string, unknown>)[key];
          if (ArrayBuffer.isView(value)) {
            expect(got?.constructor, key).toBe(value.constructor);
            expect([...(got as Int32Array)], key).toEqual([...(value as Int32Array)]);
          } else expect(got, key).toEqual(value);
        }
        // The columns' buffer holds the typed columns, not the JSON header before them.
        expect(read.seniority.buffer.byteLength).toBeLessThan(blob.length - blob.readUInt32LE(0));
      }
    } finally {
      db.close();
    }
  });

  test('columns stored before the orders were: read, the orders made on first use', () => {
    const file = path.join(tempDir('roleradar-facts-orders-', 'file'), 'corpus.db');
    fs.copyFileSync(corpusDb, file);
    const db = openDatabase(file);
    try {
      const { yearsOrder: _years, payOrder: _pay, ...columns } = FactIndex.columnsFromDatabase(db, true);
      // (stored for this database's generation, whatever an earlier test named it)
      db.prepare(
        "UPDATE fact_columns SET value = ?, generation = (SELECT value FROM meta WHERE key = 'generation') WHERE name = 'listings'",
      ).run(FactIndex.blobOf(columns));
      expect(FactIndex.columnsOf(loadStoredColumn(db, 'listings')!).yearsOrder).toBeUndefined();
      expect(loadFactColumns(db)?.size).toBeGreaterThan(0);
      property(db, 20261208, 200);
    } finally {
      db.close();
    }
  });
});
