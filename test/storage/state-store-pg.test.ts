import { PostgresStateStore } from '../../src/storage/state/state-pg.js';
import { freshSchema, PG_URL, postgresOrSkip } from '../support/postgres.js';
import { stateStoreSuite } from './state-suite.js';

// The same state suite as state-store.test.ts, against a real PostgreSQL server, in a schema of its own.
if (await postgresOrSkip('the state suite against PostgreSQL'))
  stateStoreSuite('PostgreSQL', async () => {
    const { schema, drop } = freshSchema();
    const store = new PostgresStateStore({ url: PG_URL, schema, now: () => new Date() });
    await store.whenReady();
    return { store, dispose: drop };
  });
