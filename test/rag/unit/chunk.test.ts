import { describe, expect, test } from 'vitest';
import { chunkDocument } from '../../../src/rag/chunk.js';

/** A paragraph of `n` sentences, each about 55 characters, so sections are long enough not to merge. */
const paragraph = (word: string, n = 4) =>
  Array.from({ length: n }, (_, i) => `${word} sentence ${i} describes the work in some detail.`).join(' ');

describe('chunkDocument', () => {
  test('splits by Markdown headings', () => {
    const text = `## About the role\n${paragraph('Role')}\n\n## What you'll do\n${paragraph('Do')}`;
    expect(chunkDocument(text).map((c) => c.heading)).toEqual(['About the role', "What you'll do"]);
  });

  test('keeps the text under its heading without the heading line', () => {
    const text = `## About the role\n${paragraph('Role')}`;
    expect(chunkDocument(text)).toEqual([
      { heading: 'About the role', text: paragraph('Role'), optional: false },
    ]);
  });

  test('splits by bold headings', () => {
    const text = `**Requirements**\n${paragraph('Req')}\n\n**Bonus points**\n${paragraph('Bonus')}`;
    expect(chunkDocument(text).map((c) => c.heading)).toEqual(['Requirements', 'Bonus points']);
  });

  test('splits by short lines ending in a colon', () => {
    const text = `What you'll bring:\n${paragraph('Bring')}\n\nNice to have:\n${paragraph('Nice')}`;
    expect(chunkDocument(text).map((c) => c.heading)).toEqual(["What you'll bring", 'Nice to have']);
  });

  test('marks a "Nice to have" section optional and the requirements not', () => {
    const text = `## Requirements\n${paragraph('Req')}\n\n## Nice to have\n${paragraph('Nice')}`;
    expect(chunkDocument(text).map((c) => c.optional)).toEqual([false, true]);
  });

  test.each([
    'Also useful',
    'Also valuable',
    'Extras',
    "Extras we'd value",
    'Useful extras',
    'Advantageous',
    'Even better',
    'Helpful',
    'Useful',
    'It helps if you also know',
    'It would help if you have',
    "Nice if you've also",
    'Things that would help',
    "Things that would make me happy but aren't required",
    "Things we'd love but won't require",
    'Things that would make you stand out',
    'What helps',
  ])('marks "%s" optional', (heading) => {
    const text = `## Requirements\n${paragraph('Req')}\n\n## ${heading}\n${paragraph('Nice')}`;
    expect(chunkDocument(text).map((c) => c.optional)).toEqual([false, true]);
  });

  test.each([
    'Requirements',
    "What we'd like to see",
    "You'll fit if you have",
    'What good looks like',
    'What you would actually do',
    'Must-haves',
    'You should have',
  ])('keeps "%s" required', (heading) => {
    const text = `## ${heading}\n${paragraph('Req')}`;
    expect(chunkDocument(text)[0]?.optional).toBe(false);
  });

  test('marks a "Bonus points" section optional', () => {
    const text = `**Requirements**\n${paragraph('Req')}\n\n**Bonus points**\n${paragraph('Bonus')}`;
    expect(chunkDocument(text)[1]?.optional).toBe(true);
  });

  test('splits a long section below maxChars at bullet boundaries', () => {
    const bullets = Array.from(
      { length: 20 },
      (_, i) => `- Responsibility ${i}: own the service and keep it reliable.`,
    );
    const chunks = chunkDocument(`## Responsibilities\n${bullets.join('\n')}`, { maxChars: 300 });
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(300);
  });

  test('keeps every bullet of a split section exactly once', () => {
    const bullets = Array.from(
      { length: 20 },
      (_, i) => `- Responsibility ${i}: own the service and keep it reliable.`,
    );
    const chunks = chunkDocument(`## Responsibilities\n${bullets.join('\n')}`, { maxChars: 300 });
    expect(chunks.flatMap((c) => c.text.split('\n'))).toEqual(bullets);
  });

  test('keeps the heading on every piece of a split section', () => {
    const bullets = Array.from(
      { length: 20 },
      (_, i) => `- Responsibility ${i}: own the service and keep it reliable.`,
    );
    const chunks = chunkDocument(`## Responsibilities\n${bullets.join('\n')}`, { maxChars: 300 });
    expect(new Set(chunks.map((c) => c.heading))).toEqual(new Set(['Responsibilities']));
  });

  test('merges short sections, keeping both headings', () => {
    expect(chunkDocument('## Team\nSix engineers.\n## Stack\nKotlin and Kafka.')).toEqual([
      { heading: 'Team / Stack', text: 'Six engineers.\nStack:\nKotlin and Kafka.', optional: false },
    ]);
  });

  test('does not merge a short required section into an optional one', () => {
    const chunks = chunkDocument('## Stack\nKotlin and Kafka.\n## Nice to have\nGo.');
    expect(chunks.map((c) => [c.heading, c.optional])).toEqual([
      ['Stack', false],
      ['Nice to have', true],
    ]);
  });

  test('turns prose without headings into a chunk with no heading', () => {
    expect(chunkDocument(paragraph('Prose', 3))).toEqual([
      { heading: null, text: paragraph('Prose', 3), optional: false },
    ]);
  });

  test('splits long prose without headings at sentence boundaries', () => {
    const chunks = chunkDocument(paragraph('Prose', 12), { maxChars: 200 });
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.text).toMatch(/^Prose sentence \d+ .*\.$/s);
  });

  test('returns no chunks for an empty document', () => {
    expect(chunkDocument('')).toEqual([]);
  });
});

describe('long sections without blank lines (real postings)', () => {
  test('keep every word when a sentence has a dot inside ("Node.js", "e.g.", "C#/.NET")', () => {
    const lines = [
      'Some experience with infrastructure-as-code (e.g. Ansible Puppet Terraform)',
      'Deep hands-on Java (plus Spring framework) and/or C#/.NET.',
      'Python and/or Node.js nice to have.',
      'Understanding of high-availability disaster-recovery monitoring and logging at scale',
    ];
    const text = Array.from({ length: 40 }, (_, i) => `${lines[i % lines.length]} ${i}`).join('\n');
    const words = (s: string) => s.match(/[\p{L}\p{N}#]+/gu) ?? [];
    const chunks = chunkDocument(text);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flatMap((c) => words(c.text))).toEqual(words(text));
  });
});
