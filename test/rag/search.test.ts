import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { VectorIndex, VectorIndexError } from '../../src/rag/vector-index.js';
import { listingMarkdown, testApp } from '../support/temp.js';

// A small corpus whose listings differ in exactly the ways the tests ask about.
const corpus = {
  'listings/go-remote.md': listingMarkdown(
    {
      id: 'go-remote',
      title: 'Lead Backend Engineer, Payments',
      company: 'Alpha Pay',
      location: 'Remote (EU)',
    },
    '## The work\nLead the payments team building Go services on Kubernetes with PostgreSQL and Kafka. Fully remote within the EU.\n\n## You\n8+ years of backend experience; you mentor engineers and run design reviews.\n\n## Pay\n€110,000–€130,000 per year.',
  ),
  'listings/java-onsite.md': listingMarkdown(
    {
      id: 'java-onsite',
      title: 'Senior Backend Engineer (Java)',
      company: 'Beta Bank',
      location: 'London, UK',
    },
    '## Role\nBuild Spring Boot microservices in Java on Oracle and Kafka. We work on-site in our London office five days a week.\n\n## Requirements\n5+ years of Java.\n\nSalary £80,000 to £95,000.',
  ),
  'listings/rust-hybrid.md': listingMarkdown(
    {
      id: 'rust-hybrid',
      title: 'Staff Engineer, Storage',
      company: 'Gamma Data',
      location: 'Berlin, Germany',
    },
    '## About\nDesign a distributed storage engine in Rust. Hybrid: two days a week in our Berlin office.\n\n## Requirements\n10+ years building distributed systems, consensus and replication.',
  ),
  'listings/python-remote-us.md': listingMarkdown(
    {
      id: 'python-remote-us',
      title: 'Engineering Manager, Platform',
      company: 'Delta Health',
      location: 'Remote (US)',
    },
    '## About the team\nManage six engineers building Python and Django services for clinicians. Remote-first across US time zones.\n\n## You\nExperience managing engineers: one-on-ones, hiring and performance reviews. $170,000 – $200,000 per year.',
  ),
  'listings/go-remote-2.md': listingMarkdown(
    { id: 'go-remote-2', title: 'Lead Engineer, Ledger', company: 'Alpha Pay', location: 'Remote (EU)' },
    '## Ledger\nOwn our double-entry ledger in Go and PostgreSQL on AWS. Fully remote in Europe, with on-call one week in six.\n\n## Experience\n7+ years building payment systems; mentoring and incident leadership.',
  ),
  'listings/go-remote-3.md': listingMarkdown(
    {
      id: 'go-remote-3',
      title: 'Lead Backend Engineer, Payouts',
      company: 'Alpha Pay',
      location: 'Remote (EU)',
    },
    '## Payouts\nBuild payout rails in Go with Kafka and Redis on Kubernetes. Remote anywhere in the EU.\n\n## You bring\n8 years of backend work, code review habits, and calm incident handling.',
  ),
  'guides/guide-lead-vs-staff.md':
    "---\nid: guide-lead-vs-staff\ntitle: Lead versus Staff\ntopics: [role]\nupdatedAt: 2026-11-01\n---\n## How a lead differs from a staff engineer\nA lead owns one team's delivery and mentoring; a staff engineer sets technical direction across teams.\n",
};

async function setup(overrides = {}) {
  const t = testApp({ corpus, overrides });
  await t.app.ingest({ sources: [], embedded: true });
  return { ...t, retriever: t.app.retriever()! };
}

describe('hybrid search', () => {
  test('maps aliases and misspellings onto the taxonomy', async () => {
    const { retriever } = await setup();
    const aliased = await retriever.search('k8s golang lead');
    expect(aliased.plan.skills).toEqual(expect.arrayContaining(['Kubernetes', 'Go']));
    expect(aliased.hits[0]?.listingId).toMatch(/^go-remote/);
    const typo = await retriever.search('kubernates and postgress');
    expect(typo.plan.skills).toEqual(expect.arrayContaining(['Kubernetes', 'PostgreSQL']));
    expect(typo.plan.corrections.map((c) => c.from)).toEqual(
      expect.arrayContaining(['kubernates', 'postgress']),
    );
  });

  test('reads everyday wording: work from home, someone who manages people, a place, a pay floor', async () => {
    const { retriever } = await setup();
    const { plan, hits } = await retriever.search(
      'work from home as a people manager in the US paying over 150k',
    );
    expect(plan).toMatchObject({
      remote: 'remote',
      seniority: 'manager',
      countries: ['United States'],
      minSalary: { amount: 150000 },
    });
    expect(hits[0]?.listingId).toBe('python-remote-us');
  });

  test('a level the member rules out is not the level searched for', async () => {
    const { retriever } = await setup();
    expect((await retriever.search('senior (not lead) java roles')).plan.seniority).toBe('senior');
    expect((await retriever.search('not senior yet, mid level please')).plan.seniority).toBe('mid');
  });

  test('a level that names someone else is context; regions of several words are not a country', async () => {
    const { retriever } = await setup();
    const plan = async (q: string) => (await retriever.search(q)).plan;
    expect((await plan('tech lead where an EM handles the people side')).seniority).toBe('lead');
    expect((await plan('lead role reporting to the engineering manager')).seniority).toBe('lead');
    expect((await plan('engineering manager openings')).seniority).toBe('manager');
    expect(await plan('lead jobs in Latin America')).toMatchObject({
      regions: ['latin-america'],
      countries: [],
    });
    expect(await plan('anything in the middle-east')).toMatchObject({
      regions: ['middle-east'],
      countries: [],
    });
  });

  test('lower-case language names are skills; concept words are not typos; hyphen or space', async () => {
    const { retriever } = await setup();
    const plan = async (q: string) => (await retriever.search(q)).plan;
    expect(await plan('something chill with rust')).toMatchObject({
      skills: ['Rust'],
      corrections: [],
      countries: [],
    });
    expect((await plan('a node lead')).skills).toContain('Node.js');
    expect((await plan('office-based java jobs')).remote).toBe('onsite');
  });

  test('a listing whose facts match is found even when no word of the question is in it', async () => {
    const { retriever } = await setup();
    const { hits } = await retriever.search('staff level please');
    expect(hits[0]?.listingId).toBe('rust-hybrid');
    expect(hits[0]?.passages.length).toBeGreaterThan(0);
  });

  test('filters are hard: remote, level, skills, pay, place, company', async () => {
    const { retriever } = await setup();
    const ids = async (filters: Parameters<typeof retriever.search>[1]) =>
      (await retriever.search('backend engineer', filters)).hits.map((h) => h.listingId).sort();
    expect(await ids({ filters: { remote: ['remote'] }, perCompany: 5 })).toEqual([
      'go-remote',
      'go-remote-2',
      'go-remote-3',
      'python-remote-us',
    ]);
    expect(await ids({ filters: { seniority: ['staff'] } })).toEqual(['rust-hybrid']);
    expect(await ids({ filters: { skills: ['Java', 'Kafka'] } })).toEqual(['java-onsite']);
    expect(await ids({ filters: { minSalary: { amount: 150000 } } })).toEqual(['python-remote-us']);
    expect(await ids({ filters: { minSalary: { amount: 90000, currency: 'GBP' } } })).toEqual([
      'java-onsite',
    ]);
    expect(await ids({ filters: { location: 'Germany' } })).toEqual(['rust-hybrid']);
    expect(await ids({ filters: { location: 'europe' }, perCompany: 5 })).toEqual([
      'go-remote',
      'go-remote-2',
      'go-remote-3',
      'java-onsite',
      'rust-hybrid',
    ]);
    expect(await ids({ filters: { company: 'beta' } })).toEqual(['java-onsite']);
  });

  test('one company fills at most two places on the first page', async () => {
    const { retriever } = await setup();
    const { hits } = await retriever.search('go lead remote payments', { k: 3 });
    expect(hits.filter((h) => h.company === 'Alpha Pay')).toHaveLength(2);
    expect(hits).toHaveLength(3);
  });

  test('guides are searched apart from listings, or together', async () => {
    const { retriever } = await setup();
    expect(
      (await retriever.search('lead versus staff', { documents: 'guides' })).hits.map((h) => h.listingId),
    ).toEqual(['guide-lead-vs-staff']);
    expect((await retriever.search('lead versus staff')).hits.every((h) => h.kind === 'listing')).toBe(true);
    expect(
      (await retriever.search('lead versus staff engineer difference', { documents: 'all' })).hits.some(
        (h) => h.kind === 'guide',
      ),
    ).toBe(true);
  });

  test('every mode returns passages with their chunk ids and a snippet', async () => {
    const { retriever } = await setup();
    for (const mode of ['hybrid', 'bm25', 'dense'] as const) {
      const { hits } = await retriever.search('rust storage engine', { mode });
      expect(hits[0]?.listingId, mode).toBe('rust-hybrid');
      expect(hits[0]?.passages[0]?.chunkId).toBe(hits[0]?.chunkId);
      expect(hits[0]?.snippet.length).toBeGreaterThan(20);
    }
  });

  test('member text never reaches the FTS5 parser as syntax', async () => {
    const { retriever } = await setup();
    for (const q of ['"unbalanced', 'NEAR(a b)', 'title:*', 'a OR OR b', '(', '^', 'DROP TABLE chunks; --']) {
      await expect(retriever.search(q)).resolves.toBeDefined();
    }
  });
});

describe('the vector index of a generation', () => {
  test('a byte flipped in the index file is caught by the checksum and the previous generation serves', async () => {
    const { app, corpusDir } = await setup();
    const first = app.reader()!.generation.id;
    fs.writeFileSync(
      path.join(corpusDir, 'listings/extra.md'),
      listingMarkdown(
        { id: 'extra' },
        '## Role\nA lead role building Scala services with Akka and Cassandra for a streaming company.',
      ),
    );
    const second = await app.ingest({ sources: [], embedded: true });
    app.close();
    const file = path.join(app.store.generationsDir, second.generation!, 'vectors.hnsw');
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 100]! ^= 0xff;
    fs.writeFileSync(file, bytes);
    expect(app.store.current()?.id).toBe(first);
    expect(app.reader()!.generation.id).toBe(first);
    expect(
      (await app.retriever()!.search('scala akka cassandra')).hits.some((h) => h.listingId === 'extra'),
    ).toBe(false);
  });

  test('an index built by another embedder is refused, never mixed', async () => {
    const { app } = await setup();
    const dir = app.reader()!.generation.dir;
    expect(() => VectorIndex.load(dir, 'openai:text-embedding-3-small')).toThrow(VectorIndexError);
    expect(() => VectorIndex.load(dir, 'openai:text-embedding-3-small')).toThrow(/built with local:/);
  });

  test('a truncated index file is refused before the native loader reads it', async () => {
    const { app } = await setup();
    const dir = app.reader()!.generation.dir;
    const copy = fs.mkdtempSync(path.join(path.dirname(dir), 'copy-'));
    fs.copyFileSync(path.join(dir, 'vectors.json'), path.join(copy, 'vectors.json'));
    fs.writeFileSync(
      path.join(copy, 'vectors.hnsw'),
      fs.readFileSync(path.join(dir, 'vectors.hnsw')).subarray(0, 64),
    );
    expect(() => VectorIndex.load(copy)).toThrow(/too small/);
  });

  test('changing the embedder rebuilds the vectors on the next refresh', async () => {
    const { app, config, log } = await setup({ localEmbedding: 'hashed' });
    const before = JSON.parse(
      fs.readFileSync(path.join(app.reader()!.generation.dir, 'vectors.json'), 'utf8'),
    ).modelId;
    expect(before).toBe('local:hashed-512');
    config.localEmbedding = 'lsa+hashed';
    const report = await app.ingest({ sources: [], embedded: true });
    expect(report.status).toBe('published');
    const after = JSON.parse(
      fs.readFileSync(path.join(app.reader()!.generation.dir, 'vectors.json'), 'utf8'),
    ).modelId;
    expect(after).toMatch(/^local:lsa-\d+-[0-9a-f]+\+hashed-512$/);
    expect(log.lines.some((l) => l.includes('Learned the local embedding model'))).toBe(true);
  });

  test('an unchanged refresh keeps the learned model, so stored vectors stay comparable', async () => {
    const { app, corpusDir } = await setup();
    const before = JSON.parse(
      fs.readFileSync(path.join(app.reader()!.generation.dir, 'vectors.json'), 'utf8'),
    ).modelId;
    fs.writeFileSync(
      path.join(corpusDir, 'listings/extra.md'),
      listingMarkdown(
        { id: 'extra' },
        '## Role\nA lead role building Scala services with Akka and Cassandra for a streaming company.',
      ),
    );
    await app.ingest({ sources: [], embedded: true });
    const after = JSON.parse(
      fs.readFileSync(path.join(app.reader()!.generation.dir, 'vectors.json'), 'utf8'),
    ).modelId;
    expect(after).toBe(before);
  });
});
