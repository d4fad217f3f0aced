import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from './csv.js';
import { decodeUtf8, lineOfByte } from './decode.js';
import { parseJsonArray, parseJsonLines } from './jsonl.js';
import { parseMarkdownFile } from './markdown.js';
import { isSkillSpanLine, parseSkillSpan } from './skillspan.js';
import { appendAll, type LoadResult } from './types.js';

export const SOURCE_FORMATS = ['auto', 'markdown', 'jsonl', 'json', 'csv', 'skillspan'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

const EXTENSIONS: Record<string, Exclude<SourceFormat, 'auto' | 'skillspan'>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.csv': 'csv',
};

export interface LoadOptions {
  format?: SourceFormat;
  /** Files over this size are refused whole, before they are read into memory. */
  maxBytes: number;
  /** Kind for Markdown files without a `kind` field (the embedded guides folder says 'guide'). */
  defaultKind?: 'listing' | 'guide';
  /** Paths in issues are shown relative to this folder. */
  displayRoot?: string;
}

/** Reads every record found at a path: a file, or a folder walked recursively (hidden entries skipped). */
export function loadSource(target: string, options: LoadOptions): LoadResult {
  const result: LoadResult = { records: [], issues: [], notices: [] };
  const display = (file: string) =>
    options.displayRoot ? path.relative(options.displayRoot, file) || file : file;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    result.issues.push({ file: display(target), message: 'no such file or folder' });
    return result;
  }
  const files = stat.isDirectory() ? walk(target) : [target];
  if (stat.isDirectory() && files.length === 0)
    result.notices.push(`${display(target)}: no .md, .jsonl, .json or .csv files found`);
  for (const file of files) merge(result, loadFileGuarded(file, display(file), options));
  return result;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) appendAll(out, walk(full));
    else if (entry.isFile() && EXTENSIONS[path.extname(entry.name).toLowerCase()]) out.push(full);
  }
  return out;
}

/** One file's failure of any kind (a parser that throws, an unreadable file) is that file's issue. */
function loadFileGuarded(file: string, shown: string, options: LoadOptions): LoadResult {
  try {
    return loadFile(file, shown, options);
  } catch (error) {
    return fileIssue(shown, `could not be read: ${(error as Error).message.split('\n')[0]}`);
  }
}

function loadFile(file: string, shown: string, options: LoadOptions): LoadResult {
  const size = fs.statSync(file).size;
  if (size > options.maxBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return {
      records: [],
      notices: [],
      issues: [
        {
          file: shown,
          message: `file is ${mb(size)}, over the ${mb(options.maxBytes)} limit (ROLERADAR_MAX_SOURCE_MB); nothing read from it`,
        },
      ],
    };
  }
  if (size === 0) return fileIssue(shown, 'file is empty');
  const bytes = fs.readFileSync(file);
  const { text, invalidAt } = decodeUtf8(bytes);
  let format =
    options.format && options.format !== 'auto'
      ? options.format
      : EXTENSIONS[path.extname(file).toLowerCase()];
  if (!format)
    return {
      records: [],
      issues: [
        {
          file: shown,
          message: `unknown file type "${path.extname(file)}" (use .md, .jsonl, .json or .csv, or --format)`,
        },
      ],
      notices: [],
    };
  if (format === 'json' || format === 'jsonl') {
    const trimmed = text.trimStart();
    if (format === 'json' && trimmed.startsWith('[')) format = 'json';
    else {
      const first = trimmed.slice(0, trimmed.indexOf('\n') === -1 ? undefined : trimmed.indexOf('\n'));
      let parsed: unknown;
      try {
        parsed = JSON.parse(first);
      } catch {
        parsed = undefined;
      }
      format = isSkillSpanLine(parsed)
        ? 'skillspan'
        : format === 'json' && !trimmed.includes('\n{')
          ? 'json'
          : 'jsonl';
    }
  }
  // Line-oriented formats report invalid UTF-8 per line; a Markdown file or a JSON array is one
  // document and is refused whole.
  if (invalidAt !== undefined && (format === 'markdown' || format === 'json')) {
    return fileIssue(
      shown,
      `invalid UTF-8 at byte ${invalidAt}; the file was not read`,
      lineOfByte(bytes, invalidAt),
    );
  }
  switch (format) {
    case 'markdown':
      return parseMarkdownFile(shown, text, options.defaultKind ?? 'listing');
    case 'jsonl':
      return parseJsonLines(shown, text);
    case 'json':
      return parseJsonArray(shown, text);
    case 'csv':
      return parseCsv(shown, text);
    case 'skillspan':
      return parseSkillSpan(shown, text);
    default:
      return fileIssue(shown, `unsupported format ${format}`);
  }
}

function fileIssue(file: string, message: string, line?: number): LoadResult {
  return {
    records: [],
    notices: [],
    issues: [line === undefined ? { file, message } : { file, line, message }],
  };
}

function merge(into: LoadResult, from: LoadResult): void {
  appendAll(into.records, from.records);
  appendAll(into.issues, from.issues);
  appendAll(into.notices, from.notices);
}
