import path from 'node:path';
import type { SourceSpec } from '../../../storage/state/sources-file.js';
import { parseJsonLines } from '../jsonl.js';
import { loadSource } from '../load.js';
import type { RawRecord } from '../types.js';
import { fetchAshby } from './ashby.js';
import { type FetchedSource, SourceFailure, titleMatches } from './common.js';
import { fetchGreenhouse } from './greenhouse.js';
import { fetchLever } from './lever.js';
import { describeBody, type FetchedText, type FetchPolicy, fetchText, type HostQueue } from './safe-fetch.js';

export interface SourceFetchOptions {
  policy: FetchPolicy;
  /** Shared by every source of one refresh: one request at a time per host. */
  hosts: HostQueue;
  /** Paths of file sources are relative to this folder. */
  cwd: string;
  /** How long a refresh may spend fetching (ms); sources not finished by then are reported as failed. */
  deadlineMs?: number;
  /** The refresh's deadline as epoch ms (set by the refresh from `deadlineMs`). */
  deadline?: number;
}

export type SourceOutcome = ({ ok: true } & FetchedSource) | { ok: false; error: string };

/**
 * A feed's own id inside the source's namespace (`<source name>:<id>`), so a feed can never take
 * over another source's listing by reusing its id. Board connectors namespace theirs by kind and board.
 */
export function namespacedId(sourceName: string, id: unknown): unknown {
  if (typeof id !== 'string' && typeof id !== 'number') return id;
  const own = String(id).trim();
  return own.startsWith(`${sourceName}:`) ? own : `${sourceName}:${own}`;
}

/** Keeps only records whose title passes the source's filter (files and JSONL URLs), ids namespaced. */
function filtered(spec: SourceSpec, records: RawRecord[]): RawRecord[] {
  return records
    .filter((r) => r.kind === 'listing' && titleMatches(String(r.fields.title ?? ''), spec.titleFilter))
    .map((r) => ({
      ...r,
      fields: { ...r.fields, id: namespacedId(spec.name, r.fields.id), source: spec.name },
    }));
}

/** Media types a JSON API may answer with; anything else that does not parse is summarised, not shown. */
const JSON_TYPES =
  /^(application\/([\w.+-]+\+)?json|application\/x-ndjson|application\/jsonl?|text\/plain|)$/;

/** An HTML or XML page (an error page, a login wall, a captive portal) where JSON was expected. */
function notJson(spec: SourceSpec, body: FetchedText): SourceFailure | undefined {
  const start = body.text.trimStart().slice(0, 1);
  if (JSON_TYPES.test(body.contentType) && start !== '<') return undefined;
  if ((start === '{' || start === '[') && !body.contentType.includes('html')) return undefined;
  return new SourceFailure(
    `${spec.name}: expected JSON but got ${describeBody(body)} (the body is not shown); its listings were kept`,
  );
}

/**
 * Fetches one configured source and maps its postings to listing records. A source that cannot be
 * fetched or whose response is not the board's format comes back as `{ ok: false }`, never thrown:
 * the refresh keeps that source's listings and goes on with the others.
 */
export async function fetchSource(spec: SourceSpec, options: SourceFetchOptions): Promise<SourceOutcome> {
  const fetchBody = async (url: string) => {
    const body = await fetchText(url, options.policy, {
      hosts: options.hosts,
      ...(options.deadline !== undefined ? { deadline: options.deadline } : {}),
    });
    const refused = notJson(spec, body);
    if (refused) throw refused;
    return body;
  };
  const get = async (url: string) => (await fetchBody(url)).text;
  try {
    switch (spec.kind) {
      case 'greenhouse':
        return { ok: true, ...(await fetchGreenhouse(spec, get)) };
      case 'lever':
        return { ok: true, ...(await fetchLever(spec, get)) };
      case 'ashby':
        return { ok: true, ...(await fetchAshby(spec, get)) };
      case 'jsonl-url': {
        const body = await fetchBody(spec.url);
        const result = parseJsonLines(spec.name, body.text);
        // Not one line was JSON: the feed is something else, summarised rather than echoed line by line.
        if (result.records.length === 0 && result.issues.length > 0)
          return {
            ok: false,
            error: `${spec.name}: no JSON lines in the response (${describeBody(body)}; ${result.issues.length} unreadable line(s), not shown)`,
          };
        return {
          ok: true,
          ...result,
          records: filtered(spec, result.records),
          listed: result.records.length,
        };
      }
      case 'file': {
        const result = loadSource(path.resolve(options.cwd, spec.path), {
          maxBytes: options.policy.maxBytes,
        });
        // A file source that cannot be read at all must not close its listings.
        if (result.records.length === 0 && result.issues.length > 0)
          return {
            ok: false,
            error: `${result.issues
              .slice(0, 3)
              .map((i) => i.message)
              .join(
                '; ',
              )}${result.issues.length > 3 ? `; and ${result.issues.length - 3} more problem(s)` : ''}`,
          };
        return {
          ok: true,
          ...result,
          records: filtered(spec, result.records),
          listed: result.records.length,
        };
      }
    }
  } catch (error) {
    if (error instanceof SourceFailure || (error as Error).name === 'FetchError')
      return { ok: false, error: (error as Error).message };
    throw error;
  }
}
