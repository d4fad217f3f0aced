import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseCommandLine, renderReplyText, runConsoleLine } from '../../src/bot/console.js';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { builtOnce } from '../support/cli-process.js';
import { ingestedDataDir } from '../support/ingested.js';
import { listingMarkdown, tempDir, testApp } from '../support/temp.js';

describe('parseCommandLine', () => {
  test.each([
    ['/help', { name: 'help', options: {} }],
    ['/listing id: acme-1', { name: 'listing', options: { id: 'acme-1' } }],
    ['/listing id:   spaced-id  ', { name: 'listing', options: { id: 'spaced-id' } }],
    ['/corpus status', { name: 'corpus', options: { subcommand: 'status' } }],
  ])('%s', (line, expected) => {
    expect(parseCommandLine(line)).toEqual(expected);
  });

  test.each([
    ['help', /start with "\/"/],
    ['/nope', /Unknown command \/nope/],
    ['/corpus', /needs one of: status, refresh/],
    ['/notes', /needs one of: save, list, search, remove/],
    ['/listing acme-1', /name: value/],
    ['/help id: x', /takes no options/],
  ])('rejects %s with a hint', (line, message) => {
    const parsed = parseCommandLine(line);
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});

describe('console commands', () => {
  const corpus = {
    'listings/acme-1.md': listingMarkdown(
      {
        id: 'acme-1',
        title: 'Lead Backend Engineer, Payments',
        company: 'Acme Pay',
        location: 'Remote (EU)',
      },
      '## Role\nLead the payments team: Go, PostgreSQL, Kafka and Kubernetes. 8+ years of backend experience. Fully remote in the EU.\n\n## Pay\n€100,000–€120,000 per year.\n\n## Nice to have\nRust and gRPC.',
    ),
  };

  test('/listing shows the facts, with nice-to-haves apart from requirements', async () => {
    const { app } = testApp({ corpus });
    await app.ensureCorpus();
    const text = await runConsoleLine(app, '/listing id: acme-1');
    expect(text).toContain('== Lead Backend Engineer, Payments — Acme Pay ==');
    expect(text).toContain('https://jobs.example.com/acme-1');
    expect(text).toContain('Work mode: Remote');
    expect(text).toContain('Experience: 8+ years');
    expect(text).toContain('Salary (as posted): 100,000–120,000 EUR per year');
    expect(text).toMatch(/Skills asked for:\n {2}.*Go.*/);
    expect(text).toMatch(/Nice to have:\n {2}(Rust, gRPC|gRPC, Rust)/);
  });

  test('/listing with an unknown id answers politely with suggestions', async () => {
    const { app } = testApp({ corpus });
    await app.ensureCorpus();
    expect(await runConsoleLine(app, '/listing id: acme')).toMatch(
      /No listing with id `acme`\. Did you mean `acme-1`\?/,
    );
  });

  test('/search answers with the understood query and the matching listing', async () => {
    const { app } = testApp({ corpus });
    await app.ensureCorpus();
    const text = await runConsoleLine(app, '/search query: remote golang payments lead skills: k8s');
    expect(text).toContain('== Listings for “remote golang payments lead” ==');
    expect(text).toMatch(/Understood skills: Go.*level: lead.*work mode: remote/);
    expect(text).toContain('1. Lead Backend Engineer, Payments — Acme Pay');
    expect(await runConsoleLine(app, '/search query: anything skills: cobolscript')).toMatch(
      /I don't know the skill "cobolscript"/,
    );
    expect(await runConsoleLine(app, '/search query: rust seniority: staff')).toMatch(
      /No listings match those filters/,
    );
  });

  test("/ask answers with numbered sources whose links are the listings' own", async () => {
    const { app } = testApp({ corpus });
    await app.ensureCorpus();
    const text = await runConsoleLine(app, '/ask question: what do lead payments roles require?');
    expect(text).toMatch(/== What these roles ask for · lead level · in payments ==/);
    expect(text).toMatch(/Only 1 open listing matches lead level, in payments; here it is:/);
    expect(text).toMatch(
      /Sources:\n {2}\[1\] Lead Backend Engineer, Payments — Acme Pay <https:\/\/jobs\.example\.com\/acme-1>/,
    );
    expect(await runConsoleLine(app, '/ask question: best pizza in rome')).toMatch(
      /I can't answer that from the job listings/,
    );
  });

  test('/recommend is private and explains each result', async () => {
    const { app } = testApp({ corpus });
    await app.ensureCorpus();
    const parsed = parseCommandLine('/recommend skills: golang, kafka years: 9 remote: true');
    expect(parsed).toEqual({
      name: 'recommend',
      options: { skills: 'golang, kafka', years: 9, remote: true },
    });
    const text = await runConsoleLine(app, '/recommend skills: golang, kafka years: 9 remote: true');
    expect(text).toMatch(/== Listings for Go, Kafka ==/);
    expect(text).toMatch(
      /1\. Lead Backend Engineer, Payments — Acme Pay:\n {2}matches Go, Kafka.*remote — Remote \(EU\).*8\+ years asked \(you have 9\)/,
    );
    expect(await runConsoleLine(app, '/recommend skills: cobolscript')).toMatch(
      /I don't know the skill "cobolscript"/,
    );
  });

  test('/role-summary of a listing, then /notes save and /notes search, as typed lines', async () => {
    const { app } = testApp({ corpus });
    await app.ingest({ sources: [], embedded: true });
    const text = await runConsoleLine(app, '/role-summary listing: acme-1');
    expect(text).toMatch(/Lead Backend Engineer, Payments — Acme Pay/);
    expect(text).toMatch(/Must-have skills\*\*\n- .*Go.*\[1\]/);
    expect(text).toMatch(/100,000–120,000 EUR per year \[1\]/);
    expect(
      await runConsoleLine(
        app,
        '/notes save title: Acme note body: Remote EU team, payments heavy. listing: acme-1',
      ),
    ).toMatch(/Saved as mentor note #1/);
    expect(await runConsoleLine(app, '/notes search query: payments heavy')).toMatch(/#1 Acme note/);
    expect(await runConsoleLine(app, '/role-summary listing: acme-1')).toMatch(/mentor note by console/);
  });

  test('/market prints the figures and saves the chart under the data dir, naming the file', async () => {
    const { app, dataDir } = testApp({ corpus });
    await app.ensureCorpus();
    const text = await runConsoleLine(app, '/market remote: true');
    expect(text).toContain('== Market: 1 listing ==');
    expect(text).toMatch(/Skills most asked for \(of 1\):\n {2}1\. \*\*\S/);
    expect(text).toMatch(/\*\*EUR per year\*\* \(n 1\): one range, 100,000–120,000 \(midpoint 110,000\)/);
    expect(text).toMatch(/Work mode:\n {2}Remote \*\*100%\*\* \(1\)/);
    const saved = /^Saved (.+)$/m.exec(text)?.[1];
    expect(saved).toBeDefined();
    expect(path.dirname(saved!)).toBe(path.join(dataDir, 'charts'));
    expect(path.basename(saved!)).toMatch(/-market\.png$/);
    expect(fs.readFileSync(saved!).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // An empty market answers in words, and nothing is saved.
    const empty = await runConsoleLine(app, '/market seniority: junior');
    expect(empty).toMatch(/No listings match this market \(junior\)/);
    expect(empty).not.toContain('Saved');
    expect(fs.readdirSync(path.join(dataDir, 'charts'))).toHaveLength(1);
  });

  test('/corpus status reports the generation and counts', async () => {
    const { app } = testApp({ corpus });
    await app.ensureCorpus();
    const text = await runConsoleLine(app, '/corpus status');
    expect(text).toMatch(/Listings: 1 \| Guides: 0/);
    expect(text).toMatch(/Generation:\n {2}\d{8}T\d{6}Z-[0-9a-f]{6}/);
  });

  test('renderReplyText lays out content, embed title, link, fields and footer', async () => {
    expect(
      renderReplyText({
        content: 'Hello',
        embeds: [
          {
            title: 'T',
            url: 'https://x.example.com',
            description: 'D',
            fields: [
              { name: 'A', value: '1', inline: true },
              { name: 'B', value: 'two\nlines' },
            ],
            footer: 'F',
          },
        ],
      }),
    ).toBe('Hello\n== T ==\nhttps://x.example.com\nD\nA: 1\nB:\n  two\n  lines\n-- F');
  });
});

describe('npm start without DISCORD_TOKEN', () => {
  // Compiled once per run before any test file starts `npm start` (see builtOnce).
  beforeAll(builtOnce, 300_000);

  test('builds the embedded corpus on first run, answers piped commands, and exits 0 at end of input', {
    timeout: 120_000,
  }, async () => {
    const dataDir = tempDir('roleradar-start-');
    const child = spawn('npm', ['start', '--silent'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ROLERADAR_DATA_DIR: dataDir, DISCORD_TOKEN: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.end('/help\n/corpus status\n/listing id: no-such-id\n');
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/building it from the embedded listings/);
    expect(stdout).toMatch(/I answer from \d{3} job listings and \d+ role guides/);
    expect(stdout).toMatch(/== Corpus status ==/);
    expect(stdout).toMatch(/No listing with id `no-such-id`/);
  });

  test('SIGTERM to npm start stops a waiting console cleanly: the answers so far printed, exit 0', {
    timeout: 120_000,
  }, async () => {
    // The corpus as the first start builds it (a copy; the test above builds one): this test is about the signal.
    const dataDir = await ingestedDataDir('test', 'roleradar-start-term-');
    const child = spawn('npm', ['start', '--silent'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ROLERADAR_DATA_DIR: dataDir, DISCORD_TOKEN: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // Input stays open, as under a process manager: only the signal can end the console.
    child.stdin.write('/ask question: what do lead backend roles in fintech require?\n');
    const deadline = Date.now() + 100_000;
    while (!/Sources:/.test(stdout) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(stdout, stderr).toMatch(/open listings matching lead level, in fintech/);
    child.kill('SIGTERM');
    expect(await exited, stderr).toBe(0);
    expect(stderr).toMatch(/SIGTERM received: finishing the command in flight, then stopping/);
    child.stdin.destroy();
  });
});
