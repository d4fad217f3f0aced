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
