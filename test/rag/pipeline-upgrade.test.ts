import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { App } from '../../src/app.js';
import { GenerationStore } from '../../src/storage/corpus/generations.js';
import { distinctWords, listingMarkdown, memoryLog, testApp, writeFiles } from '../support/temp.js';

const body = (i: number) => `## About the role
You will lead the platform team, owning services written in Go on Kubernetes and the Zorblax pipelines around them.

## What you bring
- 8+ years building backend systems with PostgreSQL and Kafka
- Hybrid: two days a week in our office

## Compensation
€90,000–€110,000 per year. ${distinctWords(i, 40)}`;

test('after a taxonomy upgrade, start-up finds the stored facts stale and re-extracts them in the background; the old generation serves until the new one is published', async () => {
  const corpus: Record<string, string> = {};
  for (let i = 0; i < 3; i++)
    corpus[`listings/up-${i}.md`] = listingMarkdown({ id: `up-${i}`, company: `Company ${i}` }, body(i));
  const { app, dataDir, corpusDir, config } = testApp({ corpus });
  expect((await app.ingest({ sources: [], embedded: true })).status).toBe('published');
  // A listing from a file given once on the command line: its source is gone by the upgrade.
  const extra = path.join(dataDir, '..', `${path.basename(dataDir)}-extra`);
  writeFiles(extra, { 'cli-0.md': listingMarkdown({ id: 'cli-0', company: 'Elsewhere' }, body(7)) });
  expect((await app.ingest({ sources: [extra], embedded: false })).status).toBe('published');
  fs.rmSync(extra, { recursive: true, force: true });
  expect(app.reader()!.listing('up-0')!.skills).not.toContain('Zorblax');
  expect(app.stalePipeline()).toBeNull();
  const before = app.reader()!.generation.id;
  const salaryBefore = app.reader()!.listing('cli-0')!.salary;
  app.close();

  // The upgrade: the taxonomy learns a skill the stored listings already mention.
  fs.appendFileSync(
    path.join(corpusDir, 'taxonomy', 'skills.yaml'),
    '\n- { name: Zorblax, kind: tool, category: tool, aliases: [zorblax] }\n',
  );
  const upgraded = new App(config, memoryLog());
  const stale = upgraded.stalePipeline();
  expect(stale).toMatchObject({ generation: before });
  expect(stale!.extractedBy).not.toBe(stale!.current);

  const running = upgraded.upgradeExtraction();
  // Until the re-extraction publishes, the old generation is the one served.
  expect(upgraded.reader()!.generation.id).toBe(before);
  const report = (await running)!;
  expect(report.status).toBe('published');
  expect(report.counts).toMatchObject({ updated: 4, added: 0, removed: 0, closed: 0, rejected: 0 });

  const reader = upgraded.reader()!;
  expect(reader.generation.id).toBe(report.generation);
  expect(reader.generation.id).not.toBe(before);
  for (const id of ['up-0', 'up-1', 'up-2', 'cli-0']) expect(reader.listing(id)!.skills).toContain('Zorblax');
  // What the source stated is kept; the listing whose file is gone is still there.
  expect(reader.listing('cli-0')!.salary).toEqual(salaryBefore);
  expect(new GenerationStore(dataDir, memoryLog()).current()!.manifest.pipelineVersion).toBe(stale!.current);
  expect(upgraded.stalePipeline()).toBeNull();
  expect(await upgraded.upgradeExtraction()).toBeNull();

  // The next refresh from the sources finds the re-extracted listings unchanged: nothing is processed twice.
  const next = await upgraded.ingest({ sources: [], embedded: true });
  expect(next.status).toBe('unchanged');
  expect(next.counts).toMatchObject({ unchanged: 3, updated: 0 });
  upgraded.close();
});
