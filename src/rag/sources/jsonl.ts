import type { LoadResult, RawRecord } from './types.js';

/**
 * JSON.parse's message without the piece of input V8 quotes in it (`"<html><he"... is not valid
 * JSON`): a fetched body is never echoed back into a report, line by line or otherwise.
 */
export function jsonErrorMessage(error: unknown): string {
  return (error as Error).message.replace(/,?\s*".*"(?:\.\.\.)? is not valid JSON$/s, '').slice(0, 120);
}

/** A JSON Lines file: one listing object per non-empty line; a bad line is reported and skipped. */
export function parseJsonLines(file: string, text: string, firstLine = 1): LoadResult {
  const result: LoadResult = { records: [], issues: [], notices: [] };
  const lines = text.split('\n');
  let record = 0;
  lines.forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (!line) return;
    record++;
    const lineNo = firstLine + i;
    if (line.includes('\uFFFD')) {
      result.issues.push({
        file,
        line: lineNo,
        record,
        message: 'invalid UTF-8 in this line (the bytes could not be decoded)',
      });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      result.issues.push({
        file,
        line: lineNo,
        record,
        message: `malformed JSON: ${jsonErrorMessage(error)}`,
      });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      result.issues.push({
        file,
        line: lineNo,
        record,
        message: 'each line must be a JSON object with the listing fields',
      });
      return;
    }
    result.records.push(toRecord(file, lineNo, record, value as Record<string, unknown>));
  });
  return result;
}

/** A JSON file holding an array of listing objects (what many exports produce). */
export function parseJsonArray(file: string, text: string): LoadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      records: [],
      notices: [],
      issues: [{ file, message: `malformed JSON: ${jsonErrorMessage(error)}` }],
    };
  }
  const items = Array.isArray(value) ? value : (value as { jobs?: unknown[] })?.jobs;
  if (!Array.isArray(items)) {
    return {
      records: [],
      notices: [],
      issues: [{ file, message: 'expected a JSON array of listing objects (or JSON Lines)' }],
    };
  }
  const result: LoadResult = { records: [], issues: [], notices: [] };
  items.forEach((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      result.issues.push({
        file,
        record: i + 1,
        message: 'each array element must be an object with the listing fields',
      });
    } else {
      result.records.push(toRecord(file, undefined, i + 1, item as Record<string, unknown>));
    }
  });
  return result;
}

function toRecord(
  file: string,
  line: number | undefined,
  record: number,
  fields: Record<string, unknown>,
): RawRecord {
  const kind = fields.kind === 'guide' ? 'guide' : 'listing';
  const { kind: _kind, ...rest } = fields;
  return { origin: line === undefined ? { file, record } : { file, line, record }, kind, fields: rest };
}
