// A second process for the refresh-lock test: takes the cluster-wide refresh lock, says so on
// stdout, and holds it until it is killed (or, with HOLD_MS, releases it after that long).
import { PostgresStateStore } from '../../src/storage/state/state-pg.js';

const store = new PostgresStateStore({
  url: process.env.DATABASE_URL!,
  schema: process.env.ROLERADAR_DATABASE_SCHEMA!,
  now: () => new Date(),
});
const lease = await store.tryRefreshLock();
process.stdout.write(`${lease ? 'locked' : 'busy'}\n`);
if (lease && process.env.HOLD_MS) {
  await new Promise((r) => setTimeout(r, Number(process.env.HOLD_MS)));
  await lease.release();
  process.stdout.write('released\n');
}
if (!lease || process.env.HOLD_MS) {
  await store.close();
} else setInterval(() => {}, 60_000);
