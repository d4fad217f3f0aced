import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/config.js';
import { chunkDocument } from '../../../src/rag/chunk.js';
import { extractSalary } from '../../../src/rag/extract/salary.js';
import { extractRemotePolicy } from '../../../src/rag/extract/work-terms.js';
import { extractYearsMin } from '../../../src/rag/extract/years.js';
import { parseCsv } from '../../../src/rag/sources/csv.js';
import { loadTaxonomy } from '../../../src/rag/taxonomy.js';

// Cases found by reviewing the extractors; each was wrong once.
describe('regressions', () => {
  test.each([
    'Salary: £85,000 to £105,000 per year. Learning budget: £1,000–£2,000 per year.',
    'Salary £85,000–£105,000; learning budget £1,000–£2,000.',
  ])('keeps the pay range when a budget sentence follows on the same line: %s', (text) => {
    expect(extractSalary(text)).toEqual({ min: 85000, max: 105000, currency: 'GBP', period: 'year' });
  });

  test.each([
    'We work from the office Tuesday to Thursday.',
    'You will be in the office from Tuesday to Thursday.',
    'We meet in the office two days a week.',
  ])('reads office days as hybrid: %s', (text) => {
    expect(extractRemotePolicy('London, UK', text)).toBe('hybrid');
  });

  test('counts overlapping aliases of one skill as one mention', () => {
    const taxonomy = loadTaxonomy(path.join(PROJECT_ROOT, 'data/taxonomy/skills.yaml'));
    expect(taxonomy.countSkills('CI/CD pipelines').get('CI/CD')).toBe(1);
    const rails = taxonomy.countSkills('Ruby on Rails');
    expect(rails.get('Ruby on Rails')).toBe(1);
    expect(rails.get('Ruby')).toBe(1);
  });

  test('drops the colon of a bold heading written with it inside', () => {
    const chunks = chunkDocument('**Bonus points:**\nRust and gRPC experience.');
    expect(chunks[0]).toMatchObject({ heading: 'Bonus points', optional: true });
  });

  test('"6 years minimum" is a requirement', () => {
    expect(extractYearsMin('6 years minimum')).toBe(6);
  });

  test('a CSV record spanning lines is located at its first line', () => {
    const csv = 'id,title\na,"one"\nb,"two\nlines"\nc,three\n';
    expect(parseCsv('f.csv', csv).records.map((r) => r.origin.line)).toEqual([2, 3, 5]);
  });

  test('an unclosed quote is reported where its record starts, and the records before it are kept', () => {
    const csv = 'id,title\na,one\nb,"two\nc,three\nd,four\n';
    const result = parseCsv('f.csv', csv);
    expect(result.records.map((r) => r.fields.id)).toEqual(['a']);
    expect(result.issues).toEqual([expect.objectContaining({ file: 'f.csv', line: 3 })]);
  });
});
