import { expect, test } from 'vitest';
import { runCli } from '../support/cli-process.js';
import { ingestedDataDir } from '../support/ingested.js';

// `roleradar summary` and `roleradar notes` as a user runs them: a real process, JSON on stdout.

// The corpus as `roleradar ingest` builds it on a fresh data folder, copied (support/ingested.ts).
const env = { ROLERADAR_DATA_DIR: await ingestedDataDir('file', 'roleradar-cli-summary-') };

test('summary --topic --json prints the summary with its citations', async () => {
  const r = await runCli(['summary', '--topic', 'lead backend in fintech', '--json'], env);
  expect(r.code).toBe(0);
  const summary = JSON.parse(r.stdout);
  expect(summary).toMatchObject({ kind: 'topic', topic: 'lead backend in fintech' });
  expect(summary.sections.map((s: { heading: string }) => s.heading)).toEqual(
    expect.arrayContaining([
      'Responsibilities that recur',
      'Must-have skills',
      'Pay band (posted ranges only)',
    ]),
  );
  expect(summary.citations[0]).toMatchObject({ n: 1, kind: 'listing' });
});

test('summary of an unknown listing exits 4; neither id nor topic exits 2', async () => {
  const missing = await runCli(['summary', 'no-such-listing'], env);
  expect(missing.code).toBe(4);
  expect(missing.stderr).toMatch(/no listing with id "no-such-listing"/);
  expect((await runCli(['summary'], env)).code).toBe(2);
});

test('notes add, list, search and remove', async () => {
  const added = await runCli(
    [
      'notes',
      'add',
      '--title',
      'Ardwick, first lead role',
      '--body',
      'Small squad, paid on-call.',
      '--listing',
      'ardwick-lead-backend-payments-platform',
      '--author',
      'maya',
      '--json',
    ],
    env,
  );
  expect(added.code).toBe(0);
  const id = JSON.parse(added.stdout).saved as number;
  expect(id).toBeGreaterThan(0);
  const list = JSON.parse((await runCli(['notes', 'list', '--author', 'maya', '--json'], env)).stdout);
  expect(list.notes).toEqual([
    expect.objectContaining({ id, authorName: 'maya', listingId: 'ardwick-lead-backend-payments-platform' }),
  ]);
  const found = JSON.parse((await runCli(['notes', 'search', 'squad', '--json'], env)).stdout);
  expect(found.notes.map((n: { id: number }) => n.id)).toEqual([id]);
  const summary = JSON.parse(
    (await runCli(['summary', 'ardwick-lead-backend-payments-platform', '--json'], env)).stdout,
  );
  expect(summary.citations).toContainEqual(
    expect.objectContaining({ kind: 'note', listingId: `note:${id}` }),
  );
  const badListing = await runCli(['notes', 'add', '--title', 'x', '--body', 'y', '--listing', 'nope'], env);
  expect(badListing.code).toBe(2);
  expect(badListing.stderr).toMatch(/No listing with id `nope`/);
  expect((await runCli(['notes', 'remove', String(id)], env)).code).toBe(0);
  expect((await runCli(['notes', 'remove', String(id)], env)).code).toBe(4);
}, 120_000);

test('notes share and --unshare (an operator makes a note visible in every server)', async () => {
  const added = await runCli(
    ['notes', 'add', '--title', 'Shared tips', '--body', 'Bandicoot advice.', '--json'],
    env,
  );
  const id = JSON.parse(added.stdout).saved as number;
  const shared = await runCli(['notes', 'share', String(id), '--json'], env);
  expect(shared.code).toBe(0);
  expect(JSON.parse(shared.stdout)).toEqual({ id, shared: true, guildId: null });
  const unshared = await runCli(['notes', 'share', String(id), '--unshare', '--json'], env);
  expect(JSON.parse(unshared.stdout)).toMatchObject({ id, shared: false });
  expect((await runCli(['notes', 'share', '99999'], env)).code).toBe(4);
}, 120_000);
