/** Where a record came from, precisely enough for an admin to open the file and find it. */
export interface RecordOrigin {
  file: string;
  /** 1-based line where the record starts (JSONL line, CSV row line, front-matter line). */
  line?: number;
  /** 1-based record number within the file. */
  record?: number;
}

/** A record that was rejected, or a file that could not be read at all, and why. */
export interface RecordIssue extends RecordOrigin {
  field?: string;
  message: string;
}

/** A record as read from a source, before validation. */
export interface RawRecord {
  origin: RecordOrigin;
  kind: 'listing' | 'guide';
  /** The fields as the source gave them (validated by `validateRecord`). */
  fields: Record<string, unknown>;
  /** Line of each field where the format knows it (Markdown front matter), for precise errors. */
  fieldLines?: Record<string, number>;
}

export interface LoadResult {
  records: RawRecord[];
  issues: RecordIssue[];
  /** Notices that reject nothing (a skipped file type, a boilerplate line removed). */
  notices: string[];
}

export function formatIssue(issue: RecordIssue): string {
  const where = [
    issue.file,
    issue.line !== undefined ? `line ${issue.line}` : undefined,
    issue.record !== undefined ? `record ${issue.record}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}${issue.field ? ` [${issue.field}]` : ''}: ${issue.message}`;
}

/**
 * Appends every item of `items` to `target` one by one. Spreading the items into `push` passes each
 * item as a call argument and overflows the stack past about 100,000 items (a large feed), so code never
 * spreads an unbounded array into a call.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The smallest and largest of some numbers without spreading them into Math.min/max (see appendAll). */
export function extent(values: Iterable<number>): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}
