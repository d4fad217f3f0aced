import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSource } from '../../../src/rag/sources/load.js';
import { DESCRIPTION, FIELDS } from '../../support/listing-fields.js';
import { tempDir, writeFiles } from '../../support/temp.js';

const MAX = 1024 * 1024;
const jsonLine = (id: string) => JSON.stringify({ ...FIELDS, id });

/** Writes one file into a fresh temp folder and loads it. */
function load(name: string, content: string | Buffer, maxBytes = MAX) {
  const dir = tempDir();
  writeFiles(dir, { [name]: content });
  return loadSource(path.join(dir, name), { maxBytes, displayRoot: dir });
}

describe('Markdown with front matter', () => {
  const markdown = [
    '---',
    'id: acme-lead',
    'title: Lead Backend Engineer',
    'company: Acme',
    'location: Berlin, Germany',
    'url: https://jobs.example.com/acme-lead',
    '---',
    DESCRIPTION,
    '',
  ].join('\n');

  test('reads the front matter as fields and the body as the description', () => {
    expect(load('acme.md', markdown).records[0]?.fields).toEqual({
      ...FIELDS,
      description: `${DESCRIPTION}\n`,
    });
  });

  test('reads a file as one listing record starting on line 1', () => {
    const { records, issues } = load('acme.md', markdown);
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.kind, r.origin])).toEqual([
      ['listing', { file: 'acme.md', line: 1, record: 1 }],
    ]);
  });

  test('records the file line of each front-matter field', () => {
    expect(load('acme.md', markdown).records[0]?.fieldLines).toEqual({
      id: 2,
      title: 3,
      company: 4,
      location: 5,
      url: 6,
    });
  });

  test('reports a file without front matter on line 1', () => {
    const { records, issues } = load('plain.md', 'Just a description.\n');
    expect(records).toEqual([]);
    expect(issues).toEqual([
      { file: 'plain.md', line: 1, message: expect.stringContaining('no YAML front matter') },
    ]);
  });

  test('reports malformed YAML with the line of the error', () => {
    const { issues } = load('broken.md', '---\nid: x\ntitle: "Lead\n---\nbody\n');
    expect(issues).toEqual([
      { file: 'broken.md', line: 3, message: expect.stringContaining('malformed YAML front matter') },
    ]);
  });

  test('reports a repeated key with the line of the repeat', () => {
    const { issues } = load('twice.md', '---\nid: x\ntitle: Lead\ntitle: Again\n---\nbody\n');
    expect(issues).toEqual([
      { file: 'twice.md', line: 4, message: expect.stringContaining('Map keys must be unique') },
    ]);
  });

  test('refuses a Markdown file with invalid UTF-8 whole', () => {
    const bytes = Buffer.concat([Buffer.from(`${markdown}Caf`), Buffer.from([0xe9]), Buffer.from('\n')]);
    const { records, issues } = load('latin1.md', bytes);
    expect(records).toEqual([]);
    expect(issues).toEqual([
      { file: 'latin1.md', line: 9, message: expect.stringContaining('invalid UTF-8') },
    ]);
  });
});

describe('JSON Lines', () => {
  test('reads a good line as a listing record with its line number', () => {
    const { records } = load('jobs.jsonl', `${jsonLine('a')}\n`);
    expect(records).toEqual([
      { origin: { file: 'jobs.jsonl', line: 1, record: 1 }, kind: 'listing', fields: { ...FIELDS, id: 'a' } },
    ]);
  });

  test('reports a malformed JSON line with its line number and keeps the others', () => {
    const { records, issues } = load('jobs.jsonl', `${jsonLine('a')}\n{"id": "b",\n${jsonLine('c')}\n`);
    expect(records.map((r) => r.fields.id)).toEqual(['a', 'c']);
    expect(issues).toEqual([
      { file: 'jobs.jsonl', line: 2, record: 2, message: expect.stringContaining('malformed JSON') },
    ]);
  });

  test('reports a line that is not an object', () => {
    const { issues } = load('jobs.jsonl', `${jsonLine('a')}\n42\n`);
    expect(issues).toEqual([
      {
        file: 'jobs.jsonl',
        line: 2,
        record: 2,
        message: 'each line must be a JSON object with the listing fields',
      },
    ]);
  });

  test('rejects only the line with invalid UTF-8 bytes', () => {
    const bytes = Buffer.concat([
      Buffer.from(`${jsonLine('a')}\n{"id":"b","title":"Caf`),
      Buffer.from([0xe9]),
      Buffer.from(`"}\n${jsonLine('c')}\n`),
    ]);
    const { records, issues } = load('jobs.jsonl', bytes);
    expect(records.map((r) => r.fields.id)).toEqual(['a', 'c']);
    expect(issues).toEqual([
      { file: 'jobs.jsonl', line: 2, record: 2, message: expect.stringContaining('invalid UTF-8') },
    ]);
  });

  test('reads a "kind": "guide" line as a guide without the kind field', () => {
    const { records } = load('guides.jsonl', `${JSON.stringify({ kind: 'guide', id: 'guide-x' })}\n`);
    expect(records.map((r) => [r.kind, r.fields])).toEqual([['guide', { id: 'guide-x' }]]);
  });
});

describe('JSON array', () => {
  test('reads each object of the array as a record', () => {
    const { records } = load('jobs.json', `[${jsonLine('a')}, ${jsonLine('b')}]`);
    expect(records.map((r) => [r.fields.id, r.origin])).toEqual([
      ['a', { file: 'jobs.json', record: 1 }],
      ['b', { file: 'jobs.json', record: 2 }],
    ]);
  });

  test('reports an element that is not an object by its record number', () => {
    const { issues } = load('jobs.json', `[${jsonLine('a')}, 7]`);
    expect(issues).toEqual([
      {
        file: 'jobs.json',
        record: 2,
        message: 'each array element must be an object with the listing fields',
      },
    ]);
  });

  test('reads the array under a "jobs" key', () => {
    expect(load('export.json', `{"jobs": [${jsonLine('a')}]}`).records.map((r) => r.fields.id)).toEqual([
      'a',
    ]);
  });
});

describe('CSV', () => {
  const header = 'id,title,company,location,url,description';
  const row = (id: string) =>
    `${id},Lead Backend Engineer,Acme,"Berlin, Germany",https://jobs.example.com/${id},"${DESCRIPTION}"`;

  test('reads each row under the header as a record with its line number', () => {
    const { records, issues } = load('jobs.csv', `${header}\n${row('a')}\n${row('b')}\n`);
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.fields.id, r.origin.line])).toEqual([
      ['a', 2],
      ['b', 3],
    ]);
  });

  test('reads a quoted field with a comma whole', () => {
    expect(load('jobs.csv', `${header}\n${row('a')}\n`).records[0]?.fields).toEqual({
      ...FIELDS,
      id: 'a',
      url: 'https://jobs.example.com/a',
    });
  });

  test('reports a row with an unclosed quote by its line and keeps the rows before it', () => {
    const broken = 'c,Lead,"Acme,Berlin,https://jobs.example.com/c,oops';
    const { records, issues } = load('jobs.csv', `${header}\n${row('a')}\n${row('b')}\n${broken}\n`);
    expect(records.map((r) => r.fields.id)).toEqual(['a', 'b']);
    expect(issues).toEqual([
      { file: 'jobs.csv', line: 4, message: expect.stringContaining('malformed CSV') },
    ]);
  });
});

describe('loadSource', () => {
  test('refuses a file over maxBytes with one issue naming its size', () => {
    const { records, issues } = load('big.jsonl', `${jsonLine('a')}\n`.padEnd(1.5 * MAX, ' '), MAX);
    expect(records).toEqual([]);
    expect(issues).toEqual([
      { file: 'big.jsonl', message: expect.stringMatching(/^file is 1\.5 MB, over the 1\.0 MB limit/) },
    ]);
  });

  test('reports an empty file', () => {
    expect(load('empty.jsonl', '')).toEqual({
      records: [],
      notices: [],
      issues: [{ file: 'empty.jsonl', message: 'file is empty' }],
    });
  });

  test('reports a missing path', () => {
    const dir = tempDir();
    const { records, issues } = loadSource(path.join(dir, 'missing.md'), { maxBytes: MAX, displayRoot: dir });
    expect(records).toEqual([]);
    expect(issues).toEqual([{ file: 'missing.md', message: 'no such file or folder' }]);
  });

  test('walks a folder recursively, skipping hidden files and folders and other file types', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'top.jsonl': `${jsonLine('top')}\n`,
      'nested/deeper/inner.jsonl': `${jsonLine('inner')}\n`,
      '.hidden.jsonl': `${jsonLine('hidden-file')}\n`,
      '.cache/cached.jsonl': `${jsonLine('hidden-folder')}\n`,
      'notes.txt': 'not a source',
    });
    const { records, issues } = loadSource(dir, { maxBytes: MAX, displayRoot: dir });
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.origin.file, r.fields.id])).toEqual([
      [path.join('nested', 'deeper', 'inner.jsonl'), 'inner'],
      ['top.jsonl', 'top'],
    ]);
  });

  test('notes a folder with no source files', () => {
    const dir = tempDir();
    writeFiles(dir, { 'empty/readme.txt': 'nothing here' });
    expect(loadSource(path.join(dir, 'empty'), { maxBytes: MAX, displayRoot: dir }).notices).toEqual([
      'empty: no .md, .jsonl, .json or .csv files found',
    ]);
  });

  test('reads a .json file of SkillSpan sentences as SkillSpan', () => {
    const line = JSON.stringify({
      idx: 3,
      tokens: ['Backend', 'Engineer'],
      tags_skill: ['O', 'O'],
      source: 'tech',
    });
    expect(load('dev.json', `${line}\n`).records[0]?.fields.id).toBe('skillspan-dev-tech-3');
  });
});
