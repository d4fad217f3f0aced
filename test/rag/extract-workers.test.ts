import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { distinctWords, listingMarkdown, testApp } from '../support/temp.js';

// Round 10 (issue 16): a refresh with many records to process extracts them over worker threads;
// what it stores is what extracting them in its own thread stores.

const SKILLS = ['Go', 'Kafka', 'PostgreSQL', 'Kubernetes', 'Java', 'Rust', 'Python', 'AWS'];
const corpus = Object.fromEntries(
  Array.from({ length: 30 }, (_, i) => [
    `listings/l${i}.md`,
    listingMarkdown(
      { id: `l${i}`, company: `Company ${i % 7}`, title: i % 3 ? 'Lead Backend Engineer' : 'Staff Engineer' },
      `## About\nYou lead the ${distinctWords(i, 10)} team in ${SKILLS[i % 8]} and ${SKILLS[(i + 3) % 8]}.\n\n## Requirements\n${5 + (i % 5)}+ years with ${SKILLS[(i + 1) % 8]}; fintech or health experience; remote in Europe; €${90 + i}k–€${120 + i}k.`,
    ),
  ]),
);

function stored(app: ReturnType<typeof testApp>['app']) {
  const db = app.reader()!.inspectDatabase();
  return {
    documents: db
      .prepare(
        'SELECT id, title, company, location, seniority, years_min, salary_min, salary_max, places, remote, content_hash, processing_hash, hex(minhash) AS minhash FROM documents ORDER BY id',
      )
      .all(),
    chunks: db
      .prepare('SELECT document_id, ord, heading, text, optional FROM chunks ORDER BY document_id, ord')
      .all(),
    skills: db.prepare('SELECT * FROM document_skills ORDER BY document_id, skill').all(),
    industries: db.prepare('SELECT * FROM document_industries ORDER BY document_id, industry').all(),
  };
}

test('documents built over extraction threads are stored as those built in the refresh’s own thread', async () => {
  const threaded = testApp({ corpus, overrides: { extractThreadsFrom: 0 } });
  const report = await threaded.app.ingest({ sources: [], embedded: true });
  expect(report.counts.added).toBe(30);
  expect(threaded.log.lines.some((l) => /Extraction: 30 record\(s\) over worker threads/.test(l))).toBe(true);
  const single = testApp({ corpus });
  await single.app.ingest({ sources: [], embedded: true });
  expect(single.log.lines.some((l) => /Extraction:/.test(l))).toBe(false);
  expect(stored(threaded.app)).toEqual(stored(single.app));
  threaded.app.close();
  single.app.close();
}, 120_000);

// Round 11: a thread that cannot build the documents (here: it loads a pipeline of another
// version, as when the taxonomy changed under a running bot) never fails the refresh: every
// document is built in the refresh's own thread instead, and what is stored is the same.
test('when the extraction threads fail, the refresh extracts in its own thread and stores the same', async () => {
  const run = async (threads: boolean) => {
    const t = testApp({ corpus, overrides: threads ? { extractThreadsFrom: 0 } : {} });
    expect((await t.app.ingest({ sources: [], embedded: true })).status).toBe('published');
    // The App keeps the pipeline it loaded; a thread started now loads the changed file.
    fs.appendFileSync(path.join(t.corpusDir, 'taxonomy', 'industries.yaml'), '\n# changed under the bot\n');
    for (let i = 30; i < 36; i++)
      fs.writeFileSync(
        path.join(t.corpusDir, 'listings', `l${i}.md`),
        listingMarkdown(
          { id: `l${i}`, company: `Company ${i}`, title: 'Lead Platform Engineer' },
          `## About\nYou lead the ${distinctWords(i, 10)} team in Go.\n\n## Requirements\n${4 + (i % 3)}+ years with Kafka; payments experience.`,
        ),
      );
    const report = await t.app.ingest({ sources: [], embedded: true });
    expect(report.status).toBe('published');
    expect(report.counts.added).toBe(6);
    return t;
  };
  const threaded = await run(true);
  expect(
    threaded.log.lines.some((l) =>
      /Extraction threads failed \(an extraction thread loaded pipeline .*\); extracting in this thread/.test(
        l,
      ),
    ),
  ).toBe(true);
  const single = await run(false);
  expect(stored(threaded.app)).toEqual(stored(single.app));
  threaded.app.close();
  single.app.close();
}, 180_000);
