import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BotRecords } from '../../../src/storage/state/bot-records.js';
import { readSourcesFile } from '../../../src/storage/state/sources-file.js';
import { openStateDb } from '../../../src/storage/state/state.js';
import { runCli } from '../../support/cli-process.js';
import { type FakeBoards, startFakeBoards } from '../../support/fake-boards.js';
import { testApp } from '../../support/temp.js';
import { greenhouseBoard } from './fixtures.js';

let fake: FakeBoards;
beforeEach(async () => {
  fake = await startFakeBoards();
});
afterEach(async () => {
  await fake.close();
});

describe('roleradar sources', () => {
  test('add, list, ingest, status and remove through the real CLI, each audited', {
    timeout: 90_000,
  }, async () => {
    const { dataDir, corpusDir, config } = testApp({ corpus: {} });
    const env = {
      ROLERADAR_DATA_DIR: dataDir,
      ROLERADAR_CORPUS_DIR: corpusDir,
      ROLERADAR_ALLOW_PRIVATE_SOURCES: '1',
      ROLERADAR_FETCH_RETRIES: '0',
    };
    fake.route('/v1/boards/quill/jobs', {
      body: greenhouseBoard('quill', [
        { id: 1, title: 'Lead Backend Engineer' },
        { id: 2, title: 'Sales Director' },
      ]),
    });

    const added = await runCli(
      [
        'sources',
        'add',
        'quill',
        '--kind',
        'greenhouse',
        '--board',
        'quill',
        '--base-url',
        fake.url,
        '--title-filter',
        'backend, lead',
        '--json',
      ],
      env,
    );
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout).added).toEqual({
      kind: 'greenhouse',
      name: 'quill',
      board: 'quill',
      baseUrl: fake.url,
      titleFilter: ['backend', 'lead'],
    });
    expect(readSourcesFile(config.sources.file).sources.map((s) => s.name)).toEqual(['quill']);

    const again = await runCli(['sources', 'add', 'quill', '--kind', 'ashby', '--board', 'x'], env);
    expect(again.code).toBe(2);
    expect(again.stdout).toMatch(/already exists/);
    const invalid = await runCli(['sources', 'add', 'no-board', '--kind', 'lever'], env);
    expect(invalid.code).toBe(2);
    expect(invalid.stdout).toMatch(/Invalid source:[\s\S]*board/);

    const listed = await runCli(['sources', 'list', '--json'], env);
    expect(JSON.parse(listed.stdout).sources).toEqual([
      expect.objectContaining({ name: 'quill', freshness: expect.objectContaining({ lastSuccessAt: null }) }),
    ]);

    const ingest = await runCli(['ingest', '--json'], env);
    expect(ingest.code).toBe(0);
    const report = JSON.parse(ingest.stdout);
    expect(report.status).toBe('published');
    expect(report.sources).toEqual([
      expect.objectContaining({ name: 'quill', status: 'fetched', postings: 1 }),
    ]);
    expect(fake.requests[0]!.userAgent).toMatch(/^RoleRadar\//);

    const status = JSON.parse((await runCli(['status', '--json'], env)).stdout);
    expect(status).toMatchObject({ listings: 1, closedListings: 0 });
    expect(status.sourceFreshness).toEqual([
      expect.objectContaining({
        name: 'quill',
        lastSuccessAt: expect.any(String),
        lastError: null,
        postings: 1,
      }),
    ]);
    const listing = JSON.parse((await runCli(['listing', 'greenhouse:quill:1', '--json'], env)).stdout);
    expect(listing).toMatchObject({
      externalId: '1',
      department: 'Engineering',
      closedAt: null,
      source: 'quill',
    });

    const removed = await runCli(['sources', 'remove', 'quill'], env);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toMatch(/Removed quill: greenhouse quill/);
    expect((await runCli(['sources', 'remove', 'quill'], env)).code).toBe(4);
    expect(readSourcesFile(config.sources.file)).toEqual({ sources: [], retired: ['quill'] });

    const state = openStateDb(dataDir);
    try {
      const trail = new BotRecords(state, () => new Date())
        .auditTrail()
        .map((a) => [a.action, a.outcome])
        .reverse();
      expect(trail).toEqual([
        ['sources add', 'ok'],
        ['sources add', 'refused'],
        ['sources add', 'refused'],
        ['sources remove', 'ok'],
        ['sources remove', 'not_found'],
      ]);
    } finally {
      state.close();
    }
  });
});
