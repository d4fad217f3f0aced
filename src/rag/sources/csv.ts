import { parse } from 'csv-parse/sync';
import type { LoadResult } from './types.js';

/**
 * A CSV file with a header row naming the listing fields (id,title,company,location,description,url,...).
 * A malformed row (an unclosed quote, a wrong column count) stops the parser: the rows before it
 * are kept and the error names its line.
 */
export function parseCsv(file: string, text: string): LoadResult {
  const result: LoadResult = { records: [], issues: [], notices: [] };
  let rows: Array<{ record: Record<string, string>; info: { lines: number; records: number } }>;
  try {
    rows = parse(text, {
      columns: (header: string[]) => header.map((h) => h.trim().replace(/^\uFEFF/, '')),
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: false,
      trim: true,
    }) as typeof rows;
  } catch (error) {
    const e = error as Error & { lines?: number; records?: number; code?: string };
    // Keep the rows before the broken one: parse again up to the failing line.
    if (e.lines && e.lines > 2) {
      const head = text
        .split('\n')
        .slice(0, Math.max(1, e.lines - 1))
        .join('\n');
      try {
        const partial = parseCsv(file, head);
        result.records.push(...partial.records);
      } catch {
        // the prefix is as broken as the whole: keep nothing from this file
      }
    }
    result.issues.push({
      file,
      ...(e.lines ? { line: e.lines } : {}),
      message: `malformed CSV: ${e.message}`,
    });
    return result;
  }
  rows.forEach(({ record, info }) => {
    const line = info.lines;
    const values = Object.values(record).join('');
    if (values.includes('\uFFFD')) {
      result.issues.push({
        file,
        line,
        record: info.records,
        message: 'invalid UTF-8 in this row (the bytes could not be decoded)',
      });
      return;
    }
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) if (value !== '') fields[key] = value;
    result.records.push({
      origin: { file, line, record: info.records },
      kind: fields.kind === 'guide' ? 'guide' : 'listing',
      fields,
    });
  });
  return result;
}
