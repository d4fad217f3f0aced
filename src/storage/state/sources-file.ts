import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { linkProblem } from '../../core/link-safety.js';
import { writeFileDurably } from '../corpus/generations.js';

export const SOURCE_KINDS = ['greenhouse', 'lever', 'ashby', 'jsonl-url', 'file'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

const name = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lowercase letters, digits and dashes (at most 63)')
  .refine((v) => v !== 'embedded', 'is reserved for the embedded corpus');
// A board token, site or job-board name is one URL path segment.
const board = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'must be the board name as it appears in the board URL');
const httpUrl = z
  .string()
  .trim()
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }))
  .superRefine((value, ctx) => {
    const problem = linkProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const common = {
  name,
  /** Company name shown on the listings (default: the board's own, else the board name). */
  company: z.string().trim().min(1).max(200).optional(),
  /** Keep only postings whose title has one of these words (case-insensitive), e.g. backend, lead. */
  titleFilter: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
  /** Another API host for the board (a proxy or a test server); the default is the board's public API. */
  baseUrl: httpUrl.optional(),
};

export const sourceSpecSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('greenhouse'),
    board,
    /** Fetch each kept posting once more with `pay_transparency=true` for its pay ranges. */
    payTransparency: z.boolean().optional(),
    ...common,
  }),
  z.strictObject({ kind: z.literal('lever'), board, region: z.enum(['global', 'eu']).optional(), ...common }),
  z.strictObject({ kind: z.literal('ashby'), board, ...common }),
  z.strictObject({ kind: z.literal('jsonl-url'), url: httpUrl, ...common }),
  z.strictObject({ kind: z.literal('file'), path: z.string().trim().min(1), ...common }),
]);
export type SourceSpec = z.output<typeof sourceSpecSchema>;

const fileSchema = z.object({
  sources: z
    .array(sourceSpecSchema)
    .default([])
    .refine((list) => new Set(list.map((s) => s.name)).size === list.length, 'source names must be unique'),
  /** Removed sources: the next refresh closes their listings (kept here so it still knows them). */
  retired: z.array(z.string()).default([]),
});
export type SourcesFile = z.output<typeof fileSchema>;

export class SourcesFileError extends Error {
  override name = 'SourcesFileError';
}

/** Reads the sources file; a missing file is an empty list, a malformed one is an error naming the field. */
export function readSources(file: string): SourceSpec[] {
  return readSourcesFile(file).sources;
}

export function readSourcesFile(file: string): SourcesFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { sources: [], retired: [] };
    throw error;
  }
  let value: unknown;
  try {
    value = YAML.parse(text) ?? {};
  } catch (error) {
    throw new SourcesFileError(`${file}: not valid YAML (${(error as Error).message})`);
  }
  const parsed = fileSchema.safeParse(value);
  if (!parsed.success) throw new SourcesFileError(`${file}:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Writes the sources file atomically: a temporary file, flushed, then renamed over the old one. */
export function writeSources(file: string, content: SourcesFile): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const text = `# RoleRadar job-board sources (see README "Sources file"). Edited by \`roleradar sources\` and /corpus sources.\n${YAML.stringify(content)}`;
  writeFileDurably(file, text);
}

/** Validates a new source (unknown keys refused) and appends it; a taken name is an error. */
export function addSource(file: string, input: unknown): SourceSpec {
  const { content, added } = withSourceAdded(readSourcesFile(file), input);
  writeSources(file, content);
  return added;
}

/** Removes a source by name (its listings close on the next refresh); null when there is none by that name. */
export function removeSource(file: string, sourceName: string): SourceSpec | null {
  const change = withSourceRemoved(readSourcesFile(file), sourceName);
  if (!change) return null;
  writeSources(file, change.content);
  return change.removed;
}

/** The sources with one more (validated; a taken name is an error): the same rule wherever they are kept. */
export function withSourceAdded(
  current: SourcesFile,
  input: unknown,
): { content: SourcesFile; added: SourceSpec } {
  const parsed = sourceSpecSchema.safeParse(input);
  if (!parsed.success) throw new SourcesFileError(`Invalid source:\n${z.prettifyError(parsed.error)}`);
  if (current.sources.some((s) => s.name === parsed.data.name))
    throw new SourcesFileError(`A source named "${parsed.data.name}" already exists; remove it first`);
  return {
    content: {
      sources: [...current.sources, parsed.data],
      retired: current.retired.filter((r) => r !== parsed.data.name),
    },
    added: parsed.data,
  };
}

/** The sources without the named one (now retired), or null when there is none by that name. */
export function withSourceRemoved(
  current: SourcesFile,
  sourceName: string,
): { content: SourcesFile; removed: SourceSpec } | null {
  const found = current.sources.find((s) => s.name === sourceName);
  if (!found) return null;
  return {
    content: {
      sources: current.sources.filter((s) => s !== found),
      retired: [...new Set([...current.retired, sourceName])],
    },
    removed: found,
  };
}

/** Checks a sources document read from elsewhere (PostgreSQL) as strictly as the file. */
export function parseSourcesDocument(value: unknown, where: string): SourcesFile {
  const parsed = fileSchema.safeParse(value ?? {});
  if (!parsed.success) throw new SourcesFileError(`${where}:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Where a source fetches from, in one line (for lists and reports). */
export function describeSource(spec: SourceSpec): string {
  const where =
    spec.kind === 'jsonl-url'
      ? spec.url
      : spec.kind === 'file'
        ? spec.path
        : `${spec.board}${spec.kind === 'lever' && spec.region === 'eu' ? ' (EU)' : ''}`;
  const filter = spec.titleFilter?.length ? `, titles: ${spec.titleFilter.join('|')}` : '';
  return `${spec.name}: ${spec.kind} ${where}${filter}`;
}

/** Whether the company name on a source's listings is a guess (the board name), for `sources list`. */
export function companyIsGuess(spec: SourceSpec): boolean {
  return !spec.company && (spec.kind === 'lever' || spec.kind === 'ashby');
}

/**
 * Where the company name on a source's listings comes from (shown by `sources list`). Greenhouse sends it with every posting;
 * the Lever and Ashby posting APIs do not, so without --company the board name is shown, and said to be a guess.
 */
export function companyNote(spec: SourceSpec): string {
  if (spec.company) return `, company: ${spec.company}`;
  if (spec.kind === 'lever' || spec.kind === 'ashby')
    return `, company: "${spec.board}" (a guess from the board name: its API gives no company name; set --company)`;
  if (spec.kind === 'greenhouse') return ', company: as the board names it';
  return '';
}

/** The last fetch of each configured source, kept beside the generations (a refresh that changes nothing still records it). */
export interface SourceFreshness {
  name: string;
  kind: SourceKind;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  /** Postings kept at the last successful fetch (after the title filter). */
  postings: number | null;
}

export function readFreshness(file: string): SourceFreshness[] {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as SourceFreshness[];
  } catch {
    return [];
  }
}

export function writeFreshness(file: string, entries: SourceFreshness[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeFileDurably(file, `${JSON.stringify(entries, null, 2)}\n`);
}
