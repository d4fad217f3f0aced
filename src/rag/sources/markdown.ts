import { isMap, LineCounter, parseDocument } from 'yaml';
import type { LoadResult, RawRecord } from './types.js';

/** Aliases a front matter may use (yaml's `maxAliasCount`): listings need none, a few are harmless. */
const MAX_ALIAS_COUNT = 10;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * One Markdown file with YAML front matter is one record: the front matter holds the fields,
 * the body is the description (listings) or the text (guides).
 */
export function parseMarkdownFile(file: string, text: string, defaultKind: 'listing' | 'guide'): LoadResult {
  const match = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) {
    return {
      records: [],
      notices: [],
      issues: [
        {
          file,
          line: 1,
          message:
            'no YAML front matter: the file must start with a "---" line, the fields, and a closing "---" line',
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const pos = lineCounter.linePos(error.pos[0]);
    return {
      records: [],
      notices: [],
      issues: [
        { file, line: pos.line + 1, message: `malformed YAML front matter: ${error.message.split('\n')[0]}` },
      ],
    };
  }
  if (!isMap(doc.contents)) {
    return {
      records: [],
      notices: [],
      issues: [{ file, line: 2, message: 'the front matter must be a YAML mapping of field: value' }],
    };
  }
  // The yaml library's own limit refuses an alias bomb ("billion laughs") before it expands; the
  // file is then one refused record, never an exception that stops the whole refresh.
  let fields: Record<string, unknown>;
  try {
    fields = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
  } catch (error) {
    const reason = /alias/i.test((error as Error).message)
      ? `its aliases expand too much (more than ${MAX_ALIAS_COUNT} alias uses: an alias bomb?)`
      : (error as Error).message.split('\n')[0];
    return {
      records: [],
      notices: [],
      issues: [{ file, line: 2, message: `front matter refused: ${reason}` }],
    };
  }
  // Line of each key, so a field error can point at it (front matter starts on line 2).
  const fieldLines: Record<string, number> = {};
  for (const item of doc.contents.items) {
    const key = String((item.key as { value?: unknown })?.value ?? '');
    const range = (item.key as { range?: [number, number, number] })?.range;
    if (key && range) fieldLines[key] = lineCounter.linePos(range[0]).line + 1;
  }
  const body = text.slice((match.index ?? 0) + match[0].length);
  const kind = fields.kind === 'guide' || fields.kind === 'listing' ? fields.kind : defaultKind;
  const { kind: _kind, ...rest } = fields;
  const record: RawRecord = {
    origin: { file, line: 1, record: 1 },
    kind,
    fields: kind === 'guide' ? { ...rest, body } : { ...rest, description: body },
    fieldLines,
  };
  return { records: [record], issues: [], notices: [] };
}
