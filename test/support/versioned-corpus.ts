import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { distinctWords, listingMarkdown, SYNTHETIC_TOPICS } from './temp.js';

/**
 * A small synthetic corpus whose every listing URL names the corpus version it was written for
 * (`https://jobs.example.com/v1/<id>`). Rewriting it with another version and refreshing gives a
 * generation whose citations are told apart from the previous one's by their URLs alone: an
 * answer citing `/v1/` and `/v2/` together mixed two generations.
 */
const TOPICS = SYNTHETIC_TOPICS;
const STACKS = [
  'Go, Kafka and PostgreSQL',
  'Java, Kafka and Kubernetes',
  'Kotlin, PostgreSQL and Redis',
  'Python, AWS and PostgreSQL',
  'Rust, Kafka and gRPC',
  'Go, Kubernetes and Terraform',
];

export const versionedUrl = (version: number, id: string) => `https://jobs.example.com/v${version}/${id}`;

/** The version a listing URL was written for, or null for any other URL. */
export function urlVersion(url: string): number | null {
  const m = /^https:\/\/jobs\.example\.com\/v(\d+)\//.exec(url);
  return m ? Number(m[1]) : null;
}

/** Writes (or rewrites) `count` listings and one guide for `version` into a corpus folder. */
export function writeVersionedCorpus(corpusDir: string, version: number, count = 24): void {
  if (!fs.existsSync(path.join(corpusDir, 'taxonomy')))
    fs.cpSync(path.join(PROJECT_ROOT, 'data', 'taxonomy'), path.join(corpusDir, 'taxonomy'), {
      recursive: true,
    });
  fs.mkdirSync(path.join(corpusDir, 'listings'), { recursive: true });
  fs.mkdirSync(path.join(corpusDir, 'guides'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const id = `vc-${i}`;
    const topic = TOPICS[i % TOPICS.length]!;
    const words = distinctWords(i, 30);
    fs.writeFileSync(
      path.join(corpusDir, 'listings', `${id}.md`),
      listingMarkdown(
        {
          id,
          title: `Lead Backend Engineer, ${topic} platform`,
          company: `Versioned Co ${i}`,
          url: versionedUrl(version, id),
          location: i % 3 === 0 ? 'Remote (EU)' : 'Berlin, Germany',
        },
        [
          '## About the role',
          `You will lead the ${topic} team (corpus version ${version}), owning backend services built with ${STACKS[i % STACKS.length]}.`,
          '',
          '## What you bring',
          `- ${6 + (i % 5)}+ years building backend systems`,
          '- Experience mentoring engineers and leading design reviews',
          '- On-call for the services your team owns',
          '',
          '## Compensation',
          `€${90 + i},000–€${110 + i},000 per year. ${words}`,
        ].join('\n'),
      ),
    );
  }
  fs.writeFileSync(
    path.join(corpusDir, 'guides', 'vc-guide.md'),
    `---\nid: vc-guide\ntitle: What a lead backend engineer does\ntopics: [role]\nurl: ${versionedUrl(version, 'vc-guide')}\nupdatedAt: 2026-11-01\n---\n## What a lead does\nA lead backend engineer owns the design of services and mentors the team around them (version ${version}).\n`,
  );
}
