import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSource } from '../../../src/rag/sources/load.js';
import { listingMarkdown, testApp, writeFiles } from '../../support/temp.js';

// Issue 12, item 8: a YAML alias bomb ("billion laughs") or any bad front matter in one Markdown
// file is that file's error (file name and reason); the refresh goes on with the other files.

const BODY =
  '## Role\nLead the backend team building Go services on PostgreSQL and Kafka for a payments company.\n';

/** Nine levels of nine aliases each: 9^9 (387 million) strings once expanded. */
function billionLaughs(id: string): string {
  const lines = ['---', `id: ${id}`, 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const p = `*a${i - 1}`;
    lines.push(`a${i}: &a${i} [${Array(9).fill(p).join(',')}]`);
  }
  lines.push('title: Lead Backend Engineer', 'company: Bomb Co', '---', BODY);
  return lines.join('\n');
}

describe('hostile front matter', () => {
  test('an alias bomb is a per-file issue naming the file and the reason, not a thrown error', () => {
    const dir = path.join(testApp().corpusDir, 'listings');
    writeFiles(dir, {
      'bomb.md': billionLaughs('bomb'),
      'good.md': listingMarkdown({ id: 'good' }, BODY),
    });
    const started = performance.now();
    const result = loadSource(dir, { maxBytes: 1 << 20, displayRoot: dir });
    expect(performance.now() - started).toBeLessThan(5000); // refused by the limit, never expanded
    expect(result.records.map((r) => r.fields.id)).toEqual(['good']);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]!.file).toBe('bomb.md');
    expect(result.issues[0]!.message).toMatch(/front matter.*alias/i);
  });

  test('a refresh with an alias bomb in one file publishes every other file and reports the bomb', async () => {
    const { app } = testApp({
      corpus: {
        'listings/bomb.md': billionLaughs('bomb'),
        'listings/one.md': listingMarkdown({ id: 'one', company: 'One Co' }, BODY),
        'listings/two.md': listingMarkdown(
          { id: 'two', company: 'Two Co' },
          '## Role\nLead a platform team running Rust and Kubernetes for a logistics company.\n',
        ),
      },
    });
    const report = await app.ingest({ sources: [], embedded: true });
    expect(report.status).toBe('published');
    expect(report.counts.added).toBe(2);
    expect(report.issues.some((i) => i.file.endsWith('bomb.md') && /alias/i.test(i.message))).toBe(true);
    expect(
      app
        .reader()!
        .listings()
        .map((l) => l.id)
        .sort(),
    ).toEqual(['one', 'two']);
    app.close();
  });

  test('front matter nested 20,000 levels deep is reported for that file; the others load', () => {
    const dir = testApp().corpusDir;
    const deep = `---\nid: deep\ntitle: ${'['.repeat(20000)}${']'.repeat(20000)}\n---\n${BODY}`;
    writeFiles(dir, {
      'in/deep.md': deep,
      'in/ok.md': listingMarkdown({ id: 'ok' }, BODY),
    });
    const result = loadSource(path.join(dir, 'in'), { maxBytes: 1 << 20, displayRoot: dir });
    expect(result.records.map((r) => r.fields.id)).toEqual(['ok']);
    expect(result.issues.map((i) => i.file)).toEqual([path.join('in', 'deep.md')]);
  });
});
