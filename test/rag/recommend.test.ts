import { describe, expect, test } from 'vitest';
import { listingMarkdown, testApp } from '../support/temp.js';

const corpus = {
  'listings/go-eu.md': listingMarkdown(
    { id: 'go-eu', title: 'Lead Backend Engineer (Go)', company: 'Alpha', location: 'Remote (EU)' },
    '## Stack\nGo services on Kubernetes with PostgreSQL and Kafka. Fully remote in the EU.\n\n## You\n8+ years of backend experience.\n\nPay: €100,000–€120,000 per year.',
  ),
  'listings/go-eu-repost.md': listingMarkdown(
    { id: 'go-eu-repost', title: 'Lead Backend Engineer (Go)', company: 'Alpha', location: 'Remote (EU)' },
    '## Stack\nGo, Kafka and PostgreSQL on Kubernetes; we also run some Redis. Remote-first within the EU.\n\n## You\nAt least 8 years building services.',
  ),
  'listings/java-london.md': listingMarkdown(
    { id: 'java-london', title: 'Lead Java Engineer', company: 'Beta', location: 'London, UK' },
    '## Stack\nJava and Spring Boot on AWS with Oracle. On-site in London five days a week.\n\n## You\n10+ years of Java.',
  ),
  'listings/go-us.md': listingMarkdown(
    { id: 'go-us', title: 'Staff Engineer, Platform', company: 'Gamma', location: 'Austin, TX' },
    '## Stack\nGo and Kubernetes, Terraform on AWS. Hybrid: three days a week in our Austin office.\n\n## You\n12+ years of experience.\n\n$220,000 – $260,000 per year.',
  ),
};

describe('recommend', () => {
  test('ranks by skill fit, place and level, and explains each result', async () => {
    const { app } = testApp({ corpus });
    await app.ingest({ sources: [], embedded: true });
    const results = app.recommend({
      skills: ['Go', 'Kafka', 'PostgreSQL'],
      years: 9,
      remote: true,
      location: 'europe',
      seniority: 'lead',
    })!;
    expect(results[0]?.listingId).toMatch(/^go-eu/);
    expect(results[0]?.matchedSkills).toEqual(expect.arrayContaining(['Go', 'Kafka', 'PostgreSQL']));
    expect(results[0]?.reasons).toMatch(/^matches .*Go.*; missing Kubernetes.*; remote — Remote \(EU\)/);
    expect(results.find((r) => r.listingId === 'java-london')?.reasons).toMatch(
      /matches none of your skills.*on-site in London/,
    );
    const score = (id: string) => results.find((r) => r.listingId === id)!.score;
    expect(score('java-london')).toBeLessThan(score(results[0]!.listingId) / 2);
  });

  test('a repost of the same title at the same company is shown once', async () => {
    const { app } = testApp({ corpus });
    await app.ingest({ sources: [], embedded: true });
    const ids = app.recommend({ skills: ['Go', 'Kafka'] })!.map((r) => r.listingId);
    expect(ids.filter((id) => id.startsWith('go-eu'))).toHaveLength(1);
  });

  test('pay and experience shape the fit and the reasons', async () => {
    const { app } = testApp({ corpus });
    await app.ingest({ sources: [], embedded: true });
    const results = app.recommend({
      skills: ['Go', 'Kubernetes'],
      years: 12,
      minSalary: { amount: 200_000, currency: 'USD' },
    })!;
    expect(results[0]?.listingId).toBe('go-us');
    expect(results[0]?.reasons).toMatch(/220k–260k USD; 12\+ years asked \(you have 12\)/);
    const junior = app.recommend({
      skills: ['Go', 'Kubernetes'],
      years: 6,
      minSalary: { amount: 200_000, currency: 'USD' },
    })!;
    expect(junior.find((r) => r.listingId === 'go-us')!.score).toBeLessThan(results[0]!.score);
  });

  test('a city wish puts that city first, even above a closer skill match elsewhere in the country', async () => {
    const { app } = testApp({
      corpus: {
        'listings/manchester.md': listingMarkdown(
          {
            id: 'manchester',
            title: 'Lead Backend Engineer (Go)',
            company: 'Delta',
            location: 'Manchester, UK',
          },
          '## Stack\nGo, Kafka, PostgreSQL, Kubernetes and Terraform. Hybrid in Manchester.\n\n## You\n8+ years.',
        ),
        'listings/london.md': listingMarkdown(
          { id: 'london', title: 'Lead Backend Engineer', company: 'Epsilon', location: 'London, UK' },
          '## Stack\nGo and PostgreSQL; Java elsewhere. Hybrid in London.\n\n## You\n8+ years.',
        ),
      },
    });
    await app.ingest({ sources: [], embedded: true });
    const ids = app
      .recommend({ skills: ['Go', 'Kafka', 'PostgreSQL', 'Kubernetes'], location: 'london' })!
      .map((r) => r.listingId);
    expect(ids).toEqual(['london', 'manchester']);
  });

  test('pay is never compared across currencies', async () => {
    const { app } = testApp({ corpus });
    await app.ingest({ sources: [], embedded: true });
    const score = (minSalary: { amount: number; currency?: string }, id: string) =>
      app.recommend({ skills: ['Go'], minSalary })!.find((r) => r.listingId === id)!.score;
    // 230,000 "in some currency" says nothing about a USD range: neither a fit nor a misfit.
    expect(score({ amount: 230_000 }, 'go-us')).toBe(score({ amount: 900_000 }, 'go-us'));
    expect(score({ amount: 230_000, currency: 'EUR' }, 'go-us')).toBe(score({ amount: 900_000 }, 'go-us'));
    // In the listing's own currency the wish counts.
    expect(score({ amount: 230_000, currency: 'USD' }, 'go-us')).toBeGreaterThan(
      score({ amount: 900_000, currency: 'USD' }, 'go-us'),
    );
  });
});
