import { describe, expect, test } from 'vitest';
import { ingestedApp } from '../support/ingested.js';
import { listingMarkdown, testApp } from '../support/temp.js';

const corpus = {
  'listings/a.md': listingMarkdown(
    { id: 'a', company: 'A' },
    '## Requirements\nGo, Kafka and Kubernetes in production; 8+ years.\n\n## Nice to have\nRust.',
  ),
  'listings/b.md': listingMarkdown(
    { id: 'b', company: 'B' },
    '## Requirements\nGo and Kubernetes; PostgreSQL; mentoring engineers.',
  ),
  'listings/c.md': listingMarkdown(
    { id: 'c', company: 'C' },
    '## Requirements\nJava with Spring Boot and Kafka on AWS.',
  ),
};

describe('skill gap', () => {
  test('lists the most demanded required skills the member lacks, with counts, shares and examples', async () => {
    const { app } = testApp({ corpus });
    await app.ingest({ sources: [], embedded: true });
    const report = (await app.gap(['Go']))!;
    expect(report.market).toBe(3);
    const kafka = report.missing.find((g) => g.skill === 'Kafka')!;
    expect(kafka).toMatchObject({ listings: 2, share: 0.667 });
    expect(kafka.examples.map((e) => e.listingId).sort()).toEqual(['a', 'c']);
    expect(report.missing[0]!.listings).toBeGreaterThanOrEqual(report.missing.at(-1)!.listings);
    expect(report.covered).toEqual([expect.objectContaining({ skill: 'Go', listings: 2 })]);
    // Nice-to-haves and leadership practices are not counted as gaps.
    expect(report.missing.map((g) => g.skill)).not.toContain('Rust');
    expect(report.missing.map((g) => g.skill)).not.toContain('Mentoring');
  });

  test('a target narrows the market to every listing its filters select, as /ask does', async () => {
    const { app } = await ingestedApp();
    const all = (await app.gap(['Java']))!;
    const staff = (await app.gap(['Java'], 'staff backend roles'))!;
    expect(all.market).toBeGreaterThanOrEqual(150);
    expect(staff.market).toBe(
      app
        .reader()!
        .listings()
        .filter((l) => l.seniority === 'staff').length,
    );
    expect(staff.target).toBe('staff backend roles');
  });
});
