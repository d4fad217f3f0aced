// The role-text signatures a refresh keeps for the next (storage/corpus/role-signatures.ts): a later
// refresh reuses them for unchanged postings and still finds a new cross-post. Fake boards on 127.0.0.1.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { openDatabase } from '../../../src/storage/corpus/database.js';
import { type SourceSpec, writeSources } from '../../../src/storage/state/sources-file.js';
import { type FakeBoards, startFakeBoards } from '../../support/fake-boards.js';
import { testApp } from '../../support/temp.js';
import { ashbyBoard, ashbyJob, greenhouseBoard, roleText } from './fixtures.js';

let fake: FakeBoards;
beforeEach(async () => {
  fake = await startFakeBoards();
});
afterEach(async () => {
  await fake.close();
});

const wrapA = (role: string, n: number) =>
  `<p>Quillfeather Labs builds ledgers for small banks across Europe and beyond, with offices in Berlin and Lisbon and a remote-first team.</p><p>${role}</p><p>Quillfeather Labs is an equal opportunity employer and welcomes applicants of every background, identity and experience.</p><p>Pay range for this role: EUR ${90 + n},000 to ${120 + n},000 per year plus equity and a learning budget.</p>`;
const wrapB = (role: string) =>
  `<p>About us: we are the Quillfeather platform group, a distributed team that ships payment infrastructure used by millions.</p><p>${role}</p><p>We value diversity; reasonable accommodations are available on request during every stage of the hiring process.</p><p>Benefits: 30 days of holiday, home office budget, pension plan, and a yearly team retreat somewhere sunny.</p>`;

test('a second refresh reuses the stored role signatures of unchanged postings and still merges a new cross-post', async () => {
  const t = testApp({ corpus: {} });
  Object.assign(t.config.sources, {
    allowPrivate: true,
    backoffMs: 5,
    retries: 1,
    timeoutMs: 800,
    maxWaitMs: 2000,
  });
  const specs = [
    { kind: 'greenhouse', name: 'quill', board: 'quill', baseUrl: fake.url },
    { kind: 'ashby', name: 'quill-ashby', board: 'quill', baseUrl: fake.url },
  ] as SourceSpec[];
  writeSources(t.config.sources.file, { sources: specs, retired: [] });
  const refresh = () => t.app.ingest({ sources: [], embedded: true, configured: true });
  const greenhouseJobs = [1, 2, 3, 4].map((id) => ({ id, content: wrapA(roleText('gh', id), id) }));
  fake.route('/v1/boards/quill/jobs', { body: greenhouseBoard('quill', greenhouseJobs) });
  const ashby = (ns: number[]) =>
    ns.map((n) =>
      ashbyJob('quill', n, {
        title: 'Lead Backend Engineer',
        descriptionHtml: wrapB(n === 5 ? roleText('gh', 2) : roleText('ab', n + 10)),
      }),
    );
  fake.route('/posting-api/job-board/quill', { body: ashbyBoard(ashby([1, 2, 3, 4])) });
  const first = await refresh();
  expect(first.status).toBe('published');
  expect(first.duplicates).toEqual([]);
  expect(t.log.lines.find((l) => l.includes('Role signatures:'))).toMatch(/8 computed, 0 reused/);

  // The Ashby board adds a posting of Greenhouse job 2's role, in its own wrapping.
  const jobs = ashby([1, 2, 3, 4, 5]);
  fake.route('/posting-api/job-board/quill', { body: ashbyBoard(jobs) });
  t.log.lines.length = 0;
  const second = await refresh();
  expect(second.duplicates).toEqual([
    { id: `ashby:quill:${jobs[4]!.id}`, duplicateOf: 'greenhouse:quill:2', similarity: expect.any(Number) },
  ]);
  expect(t.log.lines.find((l) => l.includes('Role signatures:'))).toMatch(/1 computed, 8 reused/);
  const db = openDatabase(t.app.reader()!.generation.databaseFile, { readonly: true });
  try {
    // Kept for the stored listings (a merged posting's row goes with the prune: it is not stored).
    const rows = db.prepare('SELECT count(*) AS n FROM role_signatures').get() as { n: number };
    expect(rows.n).toBeGreaterThanOrEqual(8);
  } finally {
    db.close();
  }
});
