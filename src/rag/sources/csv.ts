import { parse } from 'csv-parse/sync';
import { appendAll, type LoadResult, type RawRecord } from './types.js';

type Row = { record: Record<string, string>; info: { lines: number; records: number } };

const OPTIONS = {
  columns: (header: string[]) => header.map((h) => h.trim().replace(/^\uFEFF/, '')),
  bom: true,
  info: true,
  skip_empty_lines: true,
  relax_column_count: false,
  trim: true,
} as const;

/**
 * A CSV file with a header row naming the listing fields (id,title,company,location,description,url,...).
 * A malformed record (an unclosed quote, a wrong column count) stops the parser: the records before
 * it are kept and the issue names the line where the broken record starts.
 */
export function parseCsv(file: string, text: string): LoadResult {
  const result: LoadResult = { records: [], issues: [], notices: [] };
  let lastGoodLine = 1; // the header
  let rows: Row[];
  try {
    rows = parse(text, {
      ...OPTIONS,
      on_record: (record: Row) => {
        lastGoodLine = record.info.lines;
        return record;
      },
    }) as unknown as Row[];
  } catch (error) {
    if (lastGoodLine > 1) {
      try {
        appendAll(
          result.records,
          toRecords(file, parse(text, { ...OPTIONS, to_line: lastGoodLine }) as unknown as Row[], result),
        );
      } catch {
        // the prefix is as broken as the whole: keep nothing from this file
      }
    }
    result.issues.push({
      file,
      line: lastGoodLine + 1,
      message: `malformed CSV in the record starting on this line: ${(error as Error).message}`,
    });
    return result;
  }
  appendAll(result.records, toRecords(file, rows, result));
  return result;
}

function toRecords(file: string, rows: Row[], result: LoadResult): RawRecord[] {
  const records: RawRecord[] = [];
  let previousEnd = 1;
  for (const { record, info } of rows) {
    // csv-parse reports the line a record ends on; it starts right after the previous one.
    const line = previousEnd + 1;
    previousEnd = info.lines;
    if (Object.values(record).join('').includes('\uFFFD')) {
      result.issues.push({
        file,
        line,
        record: info.records,
        message: 'invalid UTF-8 in this row (the bytes could not be decoded)',
      });
      continue;
    }
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) if (value !== '') fields[key] = value;
    records.push({
      origin: { file, line, record: info.records },
      kind: fields.kind === 'guide' ? 'guide' : 'listing',
      fields,
    });
  }
  return records;
}
