// Job-board responses in each board's documented shape, for fictional companies. Every posting's
// text is distinct enough not to be taken for a near-duplicate of another.

const TOPICS = [
  'payments',
  'ledger',
  'search',
  'identity',
  'billing',
  'routing',
  'pricing',
  'catalog',
  'storage',
];

export function roleText(seed: string, n: number): string {
  const words = Array.from(
    { length: 45 },
    (_, k) => `${TOPICS[(n + k) % TOPICS.length]}${(n * 11 + k) % 17}${seed}`,
  );
  return `You will lead the ${TOPICS[n % TOPICS.length]} backend team, owning services in Go and PostgreSQL on Kubernetes. ${words.join(' ')}. You bring 8+ years of backend experience and have mentored engineers.`;
}

export interface GreenhouseOptions {
  id: number;
  title?: string;
  location?: string;
  content?: string;
  updatedAt?: string;
}

export function greenhouseJob(board: string, o: GreenhouseOptions) {
  const text = o.content ?? `<h2>About the role</h2><p>${roleText(board, o.id)}</p>`;
  return {
    id: o.id,
    internal_job_id: o.id + 1000,
    title: o.title ?? 'Lead Backend Engineer',
    updated_at: o.updatedAt ?? '2026-11-20T10:55:28-05:00',
    requisition_id: `R-${o.id}`,
    location: { name: o.location ?? 'Berlin, Germany' },
    absolute_url: `https://boards.example.com/${board}/jobs/${o.id}`,
    language: 'en',
    metadata: null,
    // Greenhouse sends the description HTML entity-escaped.
    content: text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
    departments: [{ id: 1, name: 'Engineering', parent_id: null, child_ids: [] }],
    offices: [{ id: 2, name: 'Berlin', location: 'Berlin, Germany', parent_id: null, child_ids: [] }],
    company_name: 'Quillfeather Labs',
    first_published: '2026-11-01T09:00:00-05:00',
  };
}

export function greenhouseBoard(board: string, jobs: GreenhouseOptions[]) {
  return { jobs: jobs.map((j) => greenhouseJob(board, j)), meta: { total: jobs.length } };
}

export function leverPosting(site: string, n: number, overrides: Record<string, unknown> = {}) {
  const id = `${site}-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    id,
    text: 'Staff Backend Engineer, Platform',
    categories: {
      location: 'Remote — Europe',
      commitment: 'Full-time',
      team: 'Platform',
      department: 'Engineering',
      allLocations: ['Remote — Europe', 'Lisbon, Portugal'],
    },
    country: 'PT',
    opening: '<p>Join us.</p>',
    description: `<div><p>${roleText(site, n)}</p></div>`,
    descriptionPlain: roleText(site, n),
    lists: [
      { text: 'Requirements', content: '<li>Kafka at scale</li><li>Design reviews</li>' },
      { text: 'Benefits', content: '<li>Learning budget</li>' },
    ],
    additional: '<p>We hire across Europe.</p>',
    hostedUrl: `https://jobs.example.com/${site}/${id}`,
    applyUrl: `https://jobs.example.com/${site}/${id}/apply`,
    workplaceType: 'remote',
    createdAt: 1_763_000_000_000 + n * 1000,
    salaryRange: { currency: 'EUR', interval: 'per-year-salary', min: 95000, max: 125000 },
    ...overrides,
  };
}

export function ashbyJob(board: string, n: number, overrides: Record<string, unknown> = {}) {
  const id = `a5b1${String(n).padStart(4, '0')}-1111-4222-8333-${board.padEnd(12, '0').slice(0, 12)}`;
  return {
    id,
    title: 'Principal Backend Engineer',
    location: 'Amsterdam, Netherlands',
    secondaryLocations: [
      {
        location: 'Remote (EU)',
        address: { addressLocality: null, addressRegion: null, addressCountry: 'Netherlands' },
      },
    ],
    department: 'Engineering',
    team: 'Core Services',
    isListed: true,
    isRemote: false,
    workplaceType: 'Hybrid',
    descriptionHtml: `<p>${roleText(board, n)}</p>`,
    descriptionPlain: roleText(board, n),
    publishedAt: '2026-11-10T16:21:55.393+00:00',
    employmentType: 'FullTime',
    address: { postalAddress: { addressLocality: 'Amsterdam', addressCountry: 'Netherlands' } },
    jobUrl: `https://jobs.example.com/${board}/${id}`,
    applyUrl: `https://jobs.example.com/${board}/${id}/application`,
    shouldDisplayCompensationOnJobPostings: true,
    compensation: {
      compensationTierSummary: '€110K – €140K • Offers Bonus',
      scrapeableCompensationSalarySummary: '€110K - €140K',
      compensationTiers: [
        {
          id: 't1',
          tierSummary: '€110K – €140K',
          title: 'Zone A',
          additionalInformation: null,
          components: [
            {
              id: 'c1',
              summary: '€110K – €140K',
              compensationType: 'Salary',
              interval: '1 YEAR',
              currencyCode: 'EUR',
              minValue: 110000,
              maxValue: 140000,
            },
            {
              id: 'c2',
              summary: '0.1% – 0.2%',
              compensationType: 'EquityPercentage',
              interval: 'NONE',
              currencyCode: null,
              minValue: 0.1,
              maxValue: 0.2,
            },
          ],
        },
      ],
    },
    ...overrides,
  };
}

export function ashbyBoard(jobs: unknown[]) {
  return { apiVersion: '1', jobs };
}
