import { beforeAll, describe, expect, test } from 'vitest';
import { detokenize, parseSkillSpan } from '../../../src/rag/sources/skillspan.js';
import type { LoadResult } from '../../../src/rag/sources/types.js';

/** One SkillSpan sentence line: { idx, tokens, tags_skill, tags_knowledge, source }. */
const sentence = (idx: number, source: string, tokens: string[]) =>
  JSON.stringify({
    idx,
    tokens,
    tags_skill: tokens.map(() => 'O'),
    tags_knowledge: tokens.map((t) => (t === 'Kotlin' || t === 'Kafka' ? 'B' : 'O')),
    source,
  });

// Two hand-written postings in the SkillSpan shape: a Stack Overflow-style one with header
// boilerplate and a compensation line, and a short one with a "Job type" header over two lines.
const FIXTURE = [
  sentence(7, 'tech', [
    'Lead',
    'Backend',
    'Engineer',
    '(',
    'Kotlin',
    ',',
    'Kafka',
    ')',
    '<ORGANIZATION>',
    '<LOCATION>',
  ]),
  sentence(7, 'tech', ['Date', 'posted:', '2021-04-22']),
  sentence(7, 'tech', ['Likes:', '0', 'Dislikes:', '0', 'Love:', '0']),
  sentence(7, 'tech', ['Compensation:', '£75k', '-', '85k']),
  sentence(7, 'tech', [
    '<ORGANIZATION>',
    'is',
    'hiring',
    'a',
    'lead',
    'for',
    'its',
    'ledger',
    'team',
    'in',
    '<LOCATION>',
    '.',
  ]),
  sentence(9, 'tech', ['Senior', 'Go', 'Developer', '<ORGANIZATION>']),
  sentence(9, 'tech', ['Job', 'type:']),
  sentence(9, 'tech', ['Full-time']),
].join('\n');

let result: LoadResult;
const fieldsOf = (id: string) => result.records.find((r) => r.fields.id === id)?.fields ?? {};

beforeAll(() => {
  result = parseSkillSpan('corpus/skillspan/test.json', `${FIXTURE}\n`);
});

describe('parseSkillSpan', () => {
  test('groups the sentences into one listing per posting', () => {
    expect(result.records.map((r) => [r.kind, r.fields.id])).toEqual([
      ['listing', 'skillspan-test-tech-7'],
      ['listing', 'skillspan-test-tech-9'],
    ]);
  });

  test('reports no issues for well-formed sentences', () => {
    expect(result.issues).toEqual([]);
  });

  test('points each listing at the line of its first sentence', () => {
    expect(result.records.map((r) => r.origin)).toEqual([
      { file: 'corpus/skillspan/test.json', line: 1, record: 7 },
      { file: 'corpus/skillspan/test.json', line: 6, record: 9 },
    ]);
  });

  test('cuts the title at the first placeholder', () => {
    expect(fieldsOf('skillspan-test-tech-7').title).toBe('Lead Backend Engineer (Kotlin, Kafka)');
  });

  test('reads "Date posted:" as postedAt', () => {
    expect(fieldsOf('skillspan-test-tech-7').postedAt).toBe('2021-04-22');
  });

  test('drops the "Date posted" and "Likes: 0 Dislikes: 0 Love: 0" lines from the description', () => {
    const description = String(fieldsOf('skillspan-test-tech-7').description);
    expect(description).not.toMatch(/Date posted|Likes:|Dislikes:|Love:/);
  });

  test('replaces the placeholders with readable words', () => {
    expect(String(fieldsOf('skillspan-test-tech-7').description)).toContain(
      'the company is hiring a lead for its ledger team in [location].',
    );
  });

  test('leaves no placeholder in any description', () => {
    for (const record of result.records) expect(String(record.fields.description)).not.toMatch(/<[A-Z_]+>/);
  });

  test('reads the compensation line as the salary field', () => {
    expect(fieldsOf('skillspan-test-tech-7').salary).toBe('£75k - 85k');
  });

  test('keeps a header whose value is on the next line as one line', () => {
    expect(String(fieldsOf('skillspan-test-tech-9').description)).toContain('Job type: Full-time');
  });

  test('fills the de-identified company, location, url and source', () => {
    const { company, location, url, source } = fieldsOf('skillspan-test-tech-9');
    expect({ company, location, url, source }).toEqual({
      company: 'Unnamed company (de-identified)',
      location: 'Unknown (de-identified)',
      url: 'https://github.com/kris927b/SkillSpan#test-tech-9',
      source: 'skillspan:test',
    });
  });

  test('keeps postings with the same idx from different sources apart', () => {
    const text = [
      sentence(1, 'tech', ['Backend', 'Engineer']),
      sentence(1, 'house', ['Data', 'Engineer']),
    ].join('\n');
    expect(parseSkillSpan('train.json', text).records.map((r) => r.fields.id)).toEqual([
      'skillspan-train-tech-1',
      'skillspan-train-house-1',
    ]);
  });

  test('reports a malformed line and a line that is not a sentence by line number', () => {
    const { issues } = parseSkillSpan('dev.json', 'not json\n{"idx": 1}\n');
    expect(issues.map((i) => [i.line, i.message.split(':')[0]])).toEqual([
      [1, 'malformed JSON'],
      [2, 'not a SkillSpan sentence (needs idx, tokens[], tags_skill[])'],
    ]);
  });
});

describe('detokenize', () => {
  test.each<[string[], string]>([
    [['Hello', ',', 'world', '!'], 'Hello, world!'],
    [['(', 'Go', ')'], '(Go)'],
    [['we', "'re", 'hiring'], "we're hiring"],
    [['CI', '/', 'CD'], 'CI/CD'],
    [['50', '%', 'remote'], '50% remote'],
  ])('joins %j as %j', (tokens, expected) => {
    expect(detokenize(tokens)).toBe(expected);
  });
});

describe('.NET split by the data set', () => {
  test('keeps ".NET" whole when its dot is a token of its own', () => {
    expect(detokenize(['mainly', '-', 'C#', 'on', '.', 'Net', 'Core', 'and', 'Python', '.'])).toBe(
      'mainly - C# on .NET Core and Python.',
    );
    expect(detokenize(['Senior', '.', 'NET', 'engineer'])).toBe('Senior .NET engineer');
  });

  test('joins a sentence cut at the dot of ".NET" back together', () => {
    const text = [
      sentence(3, 'house', ['Lead', 'Integration', 'Developer']),
      sentence(3, 'house', ['Expert', 'knowledge', 'of', 'C#', 'and.']),
      sentence(3, 'house', ['NET', '*', 'Expert', 'knowledge', 'of', 'ASP.NET']),
    ].join('\n');
    const [record] = parseSkillSpan('train.json', text).records;
    expect(String(record!.fields.description)).toContain(
      'Expert knowledge of C# and .NET * Expert knowledge of ASP.NET',
    );
  });
});

describe('titles after the employer placeholder', () => {
  test('a Stack Overflow posting that opens with <ORGANIZATION> keeps the title that follows it', () => {
    const text = [
      sentence(4, 'tech', [
        '<ORGANIZATION>',
        'Cloud',
        'Services',
        '-',
        'Site',
        'Reliability',
        'Engineering',
        'Manager',
        '(',
        'SRE',
        ')',
        '<ORGANIZATION>',
      ]),
      sentence(4, 'tech', ['You', 'will', 'lead', 'SRE', 'teams', '.']),
    ].join('\n');
    const [record] = parseSkillSpan('dev.json', text).records;
    expect(record!.fields.title).toBe('Cloud Services - Site Reliability Engineering Manager (SRE)');
    expect(String(record!.fields.description)).toBe('You will lead SRE teams.');
  });
});

describe('the "Location options" header', () => {
  const posting = (options: string[]) =>
    parseSkillSpan(
      'dev.json',
      [
        sentence(5, 'tech', ['Backend', 'Engineer', '<ORGANIZATION>']),
        sentence(5, 'tech', ['Location', 'options:', ...options]),
        sentence(5, 'tech', ['Job', 'type:', 'Full-time']),
      ].join('\n'),
    ).records[0]!.fields;

  test('"Remote" among the options is the remote flag', () => {
    expect(posting(['Remote', 'Visa', 'sponsor', 'Paid', 'relocation']).remote).toBe('remote');
  });

  test('options without "Remote" set no flag', () => {
    expect(posting(['Visa', 'sponsor', 'Paid', 'relocation']).remote).toBeUndefined();
  });
});
