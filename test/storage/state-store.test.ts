import path from 'node:path';
import { SqliteStateStore } from '../../src/storage/state/state-sqlite.js';
import { tempDir } from '../support/temp.js';
import { stateStoreSuite } from './state-suite.js';

// The same state suite against the embedded SQLite store (here) and PostgreSQL (state-store-pg.test.ts).
stateStoreSuite('SQLite', async () => {
  const dir = tempDir('roleradar-state-', 'file');
  return {
    store: new SqliteStateStore({
      dataDir: dir,
      sourcesFile: path.join(dir, 'sources.yaml'),
      now: () => new Date(),
    }),
    dispose: async () => {},
  };
});
