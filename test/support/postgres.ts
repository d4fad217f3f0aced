import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect, test } from 'vitest';

/**
 * The PostgreSQL server the PostgreSQL tests use: DATABASE_URL, or the one the project's machines
 * and CI run on loopback. Each run works in a schema of its own and drops it at the end.
 * `npm run test:postgres` sets ROLERADAR_REQUIRE_POSTGRES=1: there, a server that does not answer
 * fails the run; in plain `npm test` the PostgreSQL tests are reported as skipped instead.
 */
export const PG_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const required = process.env.ROLERADAR_REQUIRE_POSTGRES === '1';

/** Whether the server answers (checked once per test file, within 3 s). */
export async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Resolves to true when the PostgreSQL tests should run. When the server does not answer: under
 * test:postgres, a failing test says so; otherwise a skipped test names what was skipped.
 */
export async function postgresOrSkip(what: string): Promise<boolean> {
  if (await postgresAnswers()) return true;
  const where = PG_URL.replace(/\/\/[^@/]*@/, '//');
  if (required)
    test(`PostgreSQL at ${where} answers (needed by npm run test:postgres)`, () => {
      expect.fail(`no PostgreSQL server answered at ${where}; set DATABASE_URL`);
    });
  else {
    const line = `${what}: skipped, no PostgreSQL server answered at ${where} (set DATABASE_URL, or run npm run test:postgres)`;
    process.stderr.write(`[postgres] ${line}\n`);
    // A test of its own that skips itself with the reason, as the disk-full test does without root.
    test(line, (ctx) => ctx.skip(line));
  }
  return false;
}

/** A fresh schema name for one run, and a function that drops it. */
export function freshSchema(label = 'state'): { schema: string; drop: () => Promise<void> } {
  const schema = `rr_test_${label}_${process.pid}_${randomBytes(3).toString('hex')}`;
  return {
    schema,
    drop: async () => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
