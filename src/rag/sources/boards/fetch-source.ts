import path from 'node:path';
import { parseJsonLines } from '../jsonl.js';
import { loadSource } from '../load.js';
import type { SourceSpec } from '../sources-file.js';
import type { RawRecord } from '../types.js';
import { fetchAshby } from './ashby.js';
import { type FetchedSource, SourceFailure, titleMatches } from './common.js';
import { fetchGreenhouse } from './greenhouse.js';
import { fetchLever } from './lever.js';
import { type FetchPolicy, fetchText, type HostQueue } from './safe-fetch.js';

export interface SourceFetchOptions {
  policy: FetchPolicy;
  /** Shared by every source of one refresh: one request at a time per host. */
  hosts: HostQueue;
  /** Paths of file sources are relative to this folder. */
  cwd: string;
}

export type SourceOutcome = ({ ok: true } & FetchedSource) | { ok: false; error: string };

/** Keeps only records whose title passes the source's filter (files and JSONL URLs). */
function filtered(spec: SourceSpec, records: RawRecord[]): RawRecord[] {
  return records
    .filter((r) => r.kind === 'listing' && titleMatches(String(r.fields.title ?? ''), spec.titleFilter))
    .map((r) => ({ ...r, fields: { ...r.fields, source: spec.name } }));
}

/**
 * Fetches one configured source and maps its postings to listing records. A source that cannot be
 * fetched or whose response is not the board's format comes back as `{ ok: false }`, never thrown:
 * the refresh keeps that source's listings and goes on with the others.
 */
export async function fetchSource(spec: SourceSpec, options: SourceFetchOptions): Promise<SourceOutcome> {
  const get = async (url: string) => {
    const host = new URL(url).host;
    return (await options.hosts.run(host, () => fetchText(url, options.policy))).text;
  };
  try {
    switch (spec.kind) {
      case 'greenhouse':
        return { ok: true, ...(await fetchGreenhouse(spec, get)) };
      case 'lever':
        return { ok: true, ...(await fetchLever(spec, get)) };
      case 'ashby':
        return { ok: true, ...(await fetchAshby(spec, get)) };
      case 'jsonl-url': {
        const result = parseJsonLines(spec.name, await get(spec.url));
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
          return { ok: false, error: result.issues.map((i) => i.message).join('; ') };
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
