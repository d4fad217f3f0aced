import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import type { IngestReport } from '../../src/rag/ingest.js';
import type { ListingSummary } from '../../src/storage/corpus/corpus-reader.js';
import { KEY_FIELDS, type KeyEntry, readKeys } from '../support/answer-keys.js';
import { ingestedApp } from '../support/ingested.js';
import type { testApp } from '../support/temp.js';

const keyDir = path.join(PROJECT_ROOT, 'data/eval/extraction-key');
const keys = readKeys(...fs.readdirSync(keyDir).map((f) => path.join(keyDir, f)));

let report: IngestReport;
let listings: ListingSummary[];
let status: ReturnType<NonNullable<ReturnType<ReturnType<typeof testApp>['app']['reader']>>['status']>;

beforeAll(async () => {
  const ingested = await ingestedApp();
  report = ingested.report;
  const { app } = ingested;
  listings = app.reader()!.listings();
  status = app.reader()!.status();
});

describe('the embedded corpus', () => {
  test('ingests cleanly: no rejected records, no duplicates', async () => {
    expect(report.issues).toEqual([]);
    expect(report.duplicates).toEqual([]);
    expect(report.status).toBe('published');
  });

  test('holds at least 150 listings and 8 guides, 95% of listings with five or more skills', async () => {
    expect(status.listings).toBeGreaterThanOrEqual(150);
    expect(status.guides).toBeGreaterThanOrEqual(8);
    expect(status.skillCoverage.fiveOrMore).toBeGreaterThanOrEqual(0.95);
  });

  test('links only to example.com', async () => {
    for (const l of listings) expect(new URL(l.url).hostname, l.id).toMatch(/(^|\.)example\.com$/);
  });

  test('is mostly Lead roles, with senior, staff, principal, manager and mid-level contrast', async () => {
    const count = (level: string) => listings.filter((l) => l.seniority === level).length;
    expect(count('lead') / listings.length).toBeGreaterThan(0.5);
    for (const level of ['senior', 'staff', 'principal', 'manager', 'mid'])
      expect(count(level), level).toBeGreaterThanOrEqual(5);
  });

  test('spreads across work modes, continents, currencies and stacks', async () => {
    for (const mode of ['remote', 'hybrid', 'onsite']) {
      expect(listings.filter((l) => l.remote === mode).length / listings.length, mode).toBeGreaterThan(0.2);
    }
    const regions = new Set(listings.flatMap((l) => l.locations.map((p) => p.region)).filter(Boolean));
    expect(regions.size).toBeGreaterThanOrEqual(5);
    const withSalary = listings.filter((l) => l.salary).length / listings.length;
    expect(withSalary).toBeGreaterThan(0.35);
    expect(withSalary).toBeLessThan(0.65);
    expect(new Set(listings.map((l) => l.salary?.currency).filter(Boolean)).size).toBeGreaterThanOrEqual(10);
    for (const skill of [
      'Java',
      'Spring Boot',
      'Go',
      'Python',
      'Kotlin',
      'C++',
      'TypeScript',
      'Node.js',
      'Rust',
      'Scala',
      'PostgreSQL',
      'MySQL',
      'Cassandra',
      'DynamoDB',
      'MongoDB',
      'Redis',
      'Elasticsearch',
      'Kafka',
      'RabbitMQ',
      'Kinesis',
      'AWS',
      'GCP',
      'Azure',
      'Docker',
      'Kubernetes',
      'CI/CD',
      'Observability',
      'Mentoring',
      'Incident management',
      'Code review',
    ]) {
      expect(listings.filter((l) => l.skills.includes(skill)).length, skill).toBeGreaterThanOrEqual(3);
    }
  });

  test('no two listings open with the same sentence', async () => {
    const openings = new Map<string, string>();
    for (const l of listings) {
      const body =
        fs.readFileSync(path.join(PROJECT_ROOT, 'data/listings', `${l.id}.md`), 'utf8').split(/^---$/m)[2] ??
        '';
      const first = body
        .trim()
        .split(/(?<=[.!?])\s/)[0]!
        .toLowerCase();
      expect(openings.get(first), `${l.id} opens like ${openings.get(first)}`).toBeUndefined();
      openings.set(first, l.id);
    }
  });

  // The seed lives beside the project in ../shared; the test reports itself skipped where it is absent.
  const seedFile = path.join(PROJECT_ROOT, '../shared/seed/lead-backend-engineer-role.txt');
  test.skipIf(!fs.existsSync(seedFile))('copies no run of eight words from the seed description', () => {
    const words = (t: string) => t.toLowerCase().match(/[a-z0-9+#]+/g) ?? [];
    const seed = words(fs.readFileSync(seedFile, 'utf8'));
    const shingles = new Set(seed.slice(0, -7).map((_, i) => seed.slice(i, i + 8).join(' ')));
    for (const dir of ['listings', 'guides']) {
      for (const file of fs.readdirSync(path.join(PROJECT_ROOT, 'data', dir))) {
        const w = words(fs.readFileSync(path.join(PROJECT_ROOT, 'data', dir, file), 'utf8'));
        for (let i = 0; i + 8 <= w.length; i++)
          expect(shingles.has(w.slice(i, i + 8).join(' ')), `${file}: "${w.slice(i, i + 8).join(' ')}"`).toBe(
            false,
          );
      }
    }
  });
});

describe('extraction agrees with the answer keys', () => {
  const agreement = (field: (l: ListingSummary, k: KeyEntry) => boolean) => {
    const byId = new Map(listings.map((l) => [l.id, l]));
    const judged = keys.filter((k) => byId.has(k.id));
    return judged.filter((k) => field(byId.get(k.id)!, k)).length / judged.length;
  };

  test('every listing has a key', async () => {
    expect(new Set(keys.map((k) => k.id))).toEqual(new Set(listings.map((l) => l.id)));
  });

  // Measured at 1.00 on every field when this was written (162 listings); the keys were also
  // used to tune the rules, so the held-out fixture test is the honest generalisation figure.
  test.each(KEY_FIELDS)('%s on at least 97% of listings', (_name, field) => {
    expect(agreement(field)).toBeGreaterThanOrEqual(0.97);
  });

  test('finds at least 95% of the taxonomy skills the keys name', async () => {
    const names = new Set(listings.flatMap((l) => l.skills));
    let found = 0;
    let total = 0;
    const byId = new Map(listings.map((l) => [l.id, l]));
    for (const k of keys) {
      for (const skill of k.skills) {
        if (!names.has(skill)) continue;
        total++;
        if (byId.get(k.id)?.skills.includes(skill)) found++;
      }
    }
    expect(found / total).toBeGreaterThanOrEqual(0.95);
  });
});
