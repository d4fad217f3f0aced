import type { z } from 'zod';
import type { SourceSpec } from '../../../storage/state/sources-file.js';
import { normalizeLine } from '../../normalize.js';
import { jsonErrorMessage } from '../jsonl.js';
import { appendAll, type RawRecord, type RecordIssue } from '../types.js';

/** GET a URL as text under the refresh's network policy (bound to its host queue). */
export type Get = (url: string) => Promise<string>;

/** What one source gave: records to validate, postings it reported and skipped, notices. */
export interface FetchedSource {
  records: RawRecord[];
  issues: RecordIssue[];
  notices: string[];
  /** Postings the board listed before the title filter (for the report). */
  listed: number;
  /** Ids of postings the board still lists but that were skipped as malformed: not closed. */
  skippedIds?: string[];
}

/** A source failed as a whole (unreachable, malformed envelope): its previous listings are kept. */
export class SourceFailure extends Error {
  override name = 'SourceFailure';
}

export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SourceFailure(`${where}: malformed JSON (${jsonErrorMessage(error)})`);
  }
}

/** A title or filter word as the filter compares it: invisible characters out, compatibility forms folded, lowercased. */
function filterText(text: string): string {
  return normalizeLine(text.normalize('NFKC')).toLowerCase();
}

/**
 * Whether a title passes the source's filter: any of the words, on word boundaries, any case. Both
 * sides are normalised first (the same normalisation the stored title gets), so zero-width or
 * soft-hyphen characters inside a word ("Se\u200bnior") and full-width letters do not hide it.
 */
export function titleMatches(title: string, filter: string[] | undefined): boolean {
  if (!filter?.length) return true;
  const lower = filterText(title);
  return filter.some((word) => {
    const w = filterText(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\p{L}\\p{N}])${w}($|[^\\p{L}\\p{N}])`, 'u').test(lower);
  });
}

/** A posting the board's schema rejected: one issue per field, naming the posting. */
export function postingIssues(
  spec: SourceSpec,
  record: number,
  error: z.ZodError,
  postingId: unknown,
): RecordIssue[] {
  const id = typeof postingId === 'string' || typeof postingId === 'number' ? ` (posting ${postingId})` : '';
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || undefined;
    return {
      file: spec.name,
      record,
      ...(field ? { field } : {}),
      message: `${field ? `${field} ` : ''}${issue.message}${id}; this posting was skipped`,
    };
  });
}

/** Reports a malformed posting and remembers its id: it is still on the board, so it is not closed. */
export function skipPosting(
  out: FetchedSource,
  spec: SourceSpec & { board: string },
  record: number,
  error: z.ZodError,
  raw: unknown,
  prefix: string,
): void {
  const id = (raw as { id?: unknown } | null)?.id;
  appendAll(out.issues, postingIssues(spec, record, error, id));
  if (typeof id === 'string' || typeof id === 'number') {
    out.skippedIds ??= [];
    out.skippedIds.push(`${prefix}:${spec.board}:${id}`);
  }
}

/** A listing record in RoleRadar's shape, with its origin in the source. */
export function listingRecord(spec: SourceSpec, record: number, fields: Record<string, unknown>): RawRecord {
  const clean = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null));
  return { origin: { file: spec.name, record }, kind: 'listing', fields: { ...clean, source: spec.name } };
}

const EMPLOYMENT: Array<[RegExp, string]> = [
  [/full[\s_-]?time/i, 'full-time'],
  [/part[\s_-]?time/i, 'part-time'],
  [/contract|freelance/i, 'contract'],
  [/intern/i, 'internship'],
  [/temp/i, 'temporary'],
];

export function employmentType(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  return EMPLOYMENT.find(([re]) => re.test(value))?.[1];
}

/** A work mode from a board's own flag or words ("Remote", "on-site", "Hybrid"). */
export function workMode(value: string | null | undefined): 'remote' | 'hybrid' | 'onsite' | undefined {
  if (!value) return undefined;
  if (/hybrid/i.test(value)) return 'hybrid';
  if (/remote/i.test(value)) return 'remote';
  if (/on[\s_-]?site|in[\s_-]?office/i.test(value)) return 'onsite';
  return undefined;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The API base URL: the spec's override without a trailing slash, else the board's public host. */
export function baseUrl(spec: SourceSpec, fallback: string): string {
  return (spec.baseUrl ?? fallback).replace(/\/+$/, '');
}

/** The board-level envelope is wrong: the whole source fails (nothing is closed). */
export function envelopeFailure(spec: SourceSpec, error: z.ZodError): SourceFailure {
  const first = error.issues[0];
  return new SourceFailure(
    `${spec.name}: unexpected response shape (${first ? `${first.path.join('.') || 'body'}: ${first.message}` : 'invalid'})`,
  );
}
