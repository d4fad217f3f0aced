/**
 * What a listing's own text gives each kind of descriptive question (`GIVEN_KINDS`): worked out at
 * publish and stored with the generation (`givenColumns`), read by composers through `givenBy`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  Carry,
  CorpusReader,
  ListingDetail,
  ListingSummary,
} from '../../../storage/corpus/corpus-reader.js';
import { clausesOf, featureStated, LISTING_FEATURES } from '../../extract/listing-features.js';
import { relocationTerms } from '../../extract/relocation.js';
import { spokenLanguages } from '../../extract/spoken-languages.js';
import { degreeGiven } from './career.js';
import { type Context, detail } from './context.js';
import {
  DESIGN_PROMPT,
  DESIGN_ROUND,
  INTERVIEW_SENTENCE,
  INTERVIEWING_OTHERS,
  PROCESS_TIME,
} from './cues.js';
import { DUTY_TOPICS, dutyGiven } from './duties.js';
import { INTERVIEW_KINDS } from './interview.js';
import { aspectStatements } from './listing.js';
import { jobTermPatterns, TERM_DETAIL, TERM_DETAIL_OF, TERM_NARROW, termGiven } from './terms.js';
import { sentencesOf } from './text.js';
import { relocationHelpSaid } from './visa.js';
import { noYearsSaid } from './years.js';

/** What the listings give one kind of question: known to give nothing (1), or what they give. */
export interface Given<T> {
  nothing: Uint8Array;
  found: Map<number, T>;
  /** The kind as stored at publish (`givenColumns`), when it was. */
  stored?: StoredKind;
  /** The ids of the listings giving anything, from the stored positions (`givingAny`): made on first use. */
  giving?: Set<string>;
}

/**
 * What a listing's own text gives one kind of descriptive question (`GIVEN_KINDS`: its first
 * sentence about interviews, about equity…). Worked out for every open listing at publish and
 * stored with the generation (`givenColumns`), read in one piece the first time a kind is asked;
 * a generation stored without them works each listing out the first time it is needed and keeps
 * it. Either way a question never splits every matching listing's text into sentences. Only what
 * is found is kept (one sentence or so per listing and kind, never the text); null when the text
 * gives nothing.
 */
export function givenBy<T>(ctx: Context, kind: GivenKind, id: string): T | null {
  const read = GIVEN_KINDS()[kind] as (l: ListingDetail) => T | null;
  const at = ctx.ordinal.get(id);
  if (at === undefined) {
    const l = detail(ctx, id);
    return l ? read(l) : null;
  }
  const given = givenOf<T>(ctx, kind);
  if (given.stored) {
    const stored = given.stored;
    const k = stored.at[at]!;
    if (k < 0) return null;
    const value = stored.value(k);
    if (!stored.listingKeys) return value as T;
    const summary = ctx.byId.get(id)!;
    return {
      l: Object.fromEntries(stored.listingKeys.map((key) => [key, summary[key]])),
      ...(value as object),
    } as T;
  }
  if (given.nothing[at]) return null;
  const known = given.found.get(at);
  if (known !== undefined) return known;
  const l = ctx.details.get(id) ?? ctx.reader.listing(id);
  const value = l ? read(l) : null;
  if (value === null) given.nothing[at] = 1;
  else given.found.set(at, value);
  return value;
}

/** What the context holds of a kind: as stored at publish, or worked out listing by listing. */
function givenOf<T>(ctx: Context, kind: GivenKind): Given<T> {
  let given = ctx.given.get(kind) as Given<T> | undefined;
  if (!given) {
    given = storedGiven<T>(ctx, kind) ?? { nothing: new Uint8Array(ctx.ordinal.size), found: new Map() };
    ctx.given.set(kind, given);
  }
  return given;
}

/**
 * The ids among `ids`, in their order, that any of `kinds` may give something for (`givenBy` is
 * null for every other): the listings of a stored kind that give anything are read from its
 * positions once per kind and process, so a question over tens of thousands of listings looks
 * each id up in a set instead of reading it. A kind not stored, or an id outside the corpus order,
 * is kept (read as `givenBy` reads it).
 */
export function givingAny(ctx: Context, kinds: GivenKind[], ids: string[]): string[] {
  const sets: Array<Set<string>> = [];
  for (const kind of kinds) {
    const given = givenOf(ctx, kind);
    if (!given.stored) return ids;
    if (!given.giving) {
      const { at } = given.stored;
      const listings = ctx.reader.listings();
      given.giving = new Set();
      for (let i = 0; i < at.length; i++) if (at[i]! >= 0) given.giving.add(listings[i]!.id);
    }
    sets.push(given.giving);
  }
  return ids.filter((id) => sets.some((s) => s.has(id)) || !ctx.ordinal.has(id));
}

/**
 * A kind as stored at publish (`encodeKind`): each open listing's value by its place in the
 * corpus order (`listings()`'s: an index into the distinct values, -1 for nothing), and the
 * distinct values (listings repeat their employers' sentences) as JSON texts, each parsed the
 * first time a listing giving it is read. A value that names its listing (`l`: id, company…) is
 * stored without it when `l` holds the listing's own fields (`listingKeys`), and those are
 * restored from the listing when it is read.
 */
export interface StoredKind {
  /** Open listings when it was worked out: the length of `at`. */
  n: number;
  at: Int32Array;
  /** How many distinct values. */
  count: number;
  listingKeys: Array<keyof ListingSummary> | null;
  /** Distinct value k, parsed once. */
  value(k: number): unknown;
  /** Distinct value k as stored (JSON). */
  text(k: number): string;
  /** Distinct value k's stored bytes (UTF-8 JSON), not decoded. */
  bytes(k: number): Buffer;
}

const KIND_MAGIC = 'roleradar-given-kind-1';

/**
 * A kind's column: a JSON header (listings, distinct values, listing keys), then on 4-byte
 * boundaries each listing's index (Int32, `n`), the distinct values' byte offsets (Uint32,
 * `count + 1`) and their JSON texts (UTF-8): read without parsing a value per listing.
 */
export function encodeKind(
  at: Int32Array,
  texts: Array<string | Buffer>,
  listingKeys: Array<keyof ListingSummary> | null,
): Buffer {
  const bodies = texts.map((t) => (typeof t === 'string' ? Buffer.from(t, 'utf8') : t));
  const offsets = new Uint32Array(texts.length + 1);
  bodies.forEach((b, k) => {
    offsets[k + 1] = offsets[k]! + b.length;
  });
  const header = Buffer.from(
    JSON.stringify({ magic: KIND_MAGIC, n: at.length, count: texts.length, listingKeys }),
  );
  const size = Buffer.alloc(4);
  size.writeUInt32LE(header.length);
  const pad = Buffer.alloc((4 - ((4 + header.length) % 4)) % 4);
  return Buffer.concat([
    size,
    header,
    pad,
    Buffer.from(at.buffer, at.byteOffset, at.byteLength),
    Buffer.from(offsets.buffer, offsets.byteOffset, offsets.byteLength),
    ...bodies,
  ]);
}

/** The kind `encodeKind` wrote; throws on anything else. */
export function decodeKind(blob: Buffer): StoredKind {
  const headerLength = blob.readUInt32LE(0);
  const header = JSON.parse(blob.subarray(4, 4 + headerLength).toString('utf8')) as {
    magic: string;
    n: number;
    count: number;
    listingKeys: Array<keyof ListingSummary> | null;
  };
  if (header.magic !== KIND_MAGIC) throw new Error('given: not a stored kind of this format');
  const { n, count, listingKeys } = header;
  let offset = 4 + headerLength;
  offset += (4 - (offset % 4)) % 4;
  const end = offset + 4 * n + 4 * (count + 1);
  if (end > blob.length) throw new Error('given: truncated');
  // The indexes and offsets as views of the blob when it is aligned (SQLite's blobs come in
  // buffers of their own); else one aligned copy of the blob past its header. Either way the kind
  // holds its bytes once (a copy of the indexes beside the whole blob held them twice: ~0.4 MB a
  // kind at 100,000 listings).
  let body: Uint8Array;
  let base: number;
  if ((blob.byteOffset + offset) % 4 === 0) {
    body = blob;
    base = offset;
  } else {
    body = new Uint8Array(blob.length - offset);
    body.set(blob.subarray(offset));
    base = 0;
  }
  const at = new Int32Array(body.buffer, body.byteOffset + base, n);
  const offsets = new Uint32Array(body.buffer, body.byteOffset + base + 4 * n, count + 1);
  const texts = Buffer.from(body.buffer, body.byteOffset + base + 4 * n + 4 * (count + 1), blob.length - end);
  if (offsets[count]! !== texts.length) throw new Error('given: truncated');
  const values: unknown[] = new Array(count);
  const parsed = new Uint8Array(count);
  const text = (k: number) => texts.toString('utf8', offsets[k]!, offsets[k + 1]!);
  return {
    n,
    at,
    count,
    listingKeys,
    text,
    bytes: (k) => texts.subarray(offsets[k]!, offsets[k + 1]!),
    value(k) {
      if (!parsed[k]) {
        values[k] = JSON.parse(text(k));
        parsed[k] = 1;
      }
      return values[k];
    },
  };
}

/**
 * The stored column of a kind. What a kind holds depends on this code (`GIVEN_KINDS` and what they
 * call): the version is raised whenever that changes, so a generation published by other code is
 * never read as this code's (it is then worked out from the text, as without stored kinds).
 */
// 8: the listing statements no longer split inside "Node.js", after "e.g." or at a table header (round 8).
// 9: a list item that is a bold label alone ("5. **Founder chat (30 min)**.") is a statement (round 9).
// 9: a coding share stated as "hands-on for roughly 60% of your week" or "half your time coding" (round 9).
// 9: "no years" (a listing saying outright it asks no number of years) and "relocation help" (its
// sentence offering help with the move) stored, off the per-question path (round 9).
// 10: experience leading stated as "Having led a team, formally or otherwise, is required" (round 10).
// 11: the interview kind keeps the sentence saying what a listing's design round is about (round 10).
// 12: skills a listing says without naming them (skills.yaml `phrases`: "help the newer engineers
// find their footing" is mentoring) and aliases that are not the skill asked (`unless`: "we're
// hiring a lead", "a senior engineer will mentor you") move the stored skills (round 11).
const GIVEN_VERSION = 12;
export const givenColumnName = (kind: string) => `given ${GIVEN_VERSION} ${kind}`;
/**
 * The ids of the open listings in the order the kinds were stored in (JSON): what a refresh's
 * publish reads its parent's values by; serving reads a kind by position alone.
 */
export const GIVEN_ORDER_COLUMN = `given ${GIVEN_VERSION} order`;

/** The kind as stored with the generation, or undefined when it was published without it. */
function storedGiven<T>(ctx: Context, kind: GivenKind): Given<T> | undefined {
  const blob = ctx.reader.storedColumn(givenColumnName(kind));
  if (!blob) return undefined;
  let stored: StoredKind;
  try {
    stored = decodeKind(blob);
  } catch {
    // Not in this code's form (another code's column of the same name): worked out from the text.
    return undefined;
  }
  // Stored in the order of the generation's own listings, which a serving process reads them in.
  if (stored.n !== ctx.ordinal.size) stored = reordered(ctx, stored);
  return { nothing: new Uint8Array(0), found: new Map(), stored };
}

/** A kind stored in another order than `ctx`'s (a listing count that differs): read by id. */
function reordered(ctx: Context, stored: StoredKind): StoredKind {
  const order = ctx.reader.storedColumn(GIVEN_ORDER_COLUMN);
  const ids = order ? (JSON.parse(order.toString('utf8')) as string[]) : [];
  const at = new Int32Array(ctx.ordinal.size).fill(-1);
  ids.forEach((id, i) => {
    const o = ctx.ordinal.get(id);
    if (o !== undefined && i < stored.n) at[o] = stored.at[i]!;
  });
  return { ...stored, n: at.length, at };
}

/**
 * The code the stored kinds come from: GIVEN_VERSION and a hash of the source of the modules that
 * work them out (this one, the composers' readings it calls, sentence splitting, relocation
 * terms). Stored with the kinds (`GIVEN_STAMP_COLUMN`); a publish carries a parent's values over
 * only when the parent's stamp is this one, so a change to any of these files, or a raised
 * GIVEN_VERSION for code elsewhere, works every listing out again.
 */
export const GIVEN_STAMP_COLUMN = 'given stamp';
const GIVEN_SOURCES = [
  'given',
  'career',
  'cues',
  'duties',
  'interview',
  'listing',
  'terms',
  'text',
  'visa',
  'years',
  '../../summary',
  '../../extract/relocation',
  '../../extract/listing-features',
];
// Read when this module loads: the stamp names the code this process runs, whatever happens to
// the files afterwards.
const STAMP = (() => {
  const self = fileURLToPath(import.meta.url);
  const hash = createHash('sha256');
  for (const name of GIVEN_SOURCES) {
    const file = path.resolve(path.dirname(self), `${name}${path.extname(self)}`);
    hash.update(`${name}\n`).update(fs.existsSync(file) ? fs.readFileSync(file) : 'missing');
  }
  return `given ${GIVEN_VERSION} ${hash.digest('hex').slice(0, 16)}`;
})();
export function givenStamp(): string {
  return STAMP;
}

/**
 * What a parent generation stored for each kind (null when its stamp is not this code's, or a
 * kind or the order is missing), and each of its listings' place in its order: the values of the
 * listings a refresh did not rewrite, read by position.
 */
function parentValues(
  carry: Pick<Carry, 'column'>,
  kinds: GivenKind[],
): { rowOf: Map<string, number>; kinds: Map<GivenKind, StoredKind> } | null {
  if (carry.column(GIVEN_STAMP_COLUMN)?.toString('utf8') !== givenStamp()) return null;
  const order = carry.column(GIVEN_ORDER_COLUMN);
  if (!order) return null;
  const ids = JSON.parse(order.toString('utf8')) as string[];
  const out = new Map<GivenKind, StoredKind>();
  for (const kind of kinds) {
    const blob = carry.column(givenColumnName(kind));
    if (!blob) return null;
    let stored: StoredKind;
    try {
      stored = decodeKind(blob);
    } catch {
      return null;
    }
    if (stored.n !== ids.length) return null;
    out.set(kind, stored);
  }
  const rowOf = new Map<string, number>();
  ids.forEach((id, i) => {
    rowOf.set(id, i);
  });
  return { rowOf, kinds: out };
}

/** One listing's value of a kind, worked out from its text (`row`: its place in the order). */
type Fresh = { row: number; l: ListingSummary; value: unknown };

/** A value that names its listing (`l`: id, company…): those fields, else null. */
const namedBy = (v: unknown) =>
  typeof v === 'object' && v !== null && 'l' in v ? (v.l as Record<string, unknown>) : null;

/** Whether a value's `l` is exactly its listing's own fields `keys` (so it is stored without them). */
function ownFields(l: ListingSummary, value: unknown, keys: Array<keyof ListingSummary>): boolean {
  const own = namedBy(value);
  return own !== null && Object.keys(own).length === keys.length && keys.every((key) => own[key] === l[key]);
}

/**
 * What every open listing of a generation gives each descriptive kind, as stored with it at
 * publish (`writeStoredColumns`, name `givenColumnName(KIND)`, `encodeKind`'s form, with the code's
 * stamp under `GIVEN_STAMP_COLUMN` and the listings' order under `GIVEN_ORDER_COLUMN`): one pass over the listings, each listing's text split into
 * sentences once for every kind. With a carry-over from a parent stamped by this code, a listing
 * the refresh did not rewrite keeps the parent's values (its text is not read), taken by position:
 * its index into the parent's distinct values is mapped to one into the new ones, whose stored
 * bytes are copied, never parsed (`carriedKind`). The columns are the same, byte for byte, as
 * working every listing out again.
 */
export function givenColumns(
  reader: Pick<CorpusReader, 'listings' | 'listing'>,
  carry: Pick<Carry, 'unchanged' | 'column'> | null = null,
): Map<string, string | Buffer> {
  const kinds = Object.entries(GIVEN_KINDS()) as Array<[GivenKind, (l: ListingDetail) => unknown]>;
  const parent = carry
    ? parentValues(
        carry,
        kinds.map(([k]) => k),
      )
    : null;
  const summaries = reader.listings();
  // Each listing's place in the parent's order when its values are carried over (-1: worked out).
  const parentRow = new Int32Array(summaries.length).fill(-1);
  const fresh = new Map<GivenKind, Fresh[]>(kinds.map(([k]) => [k, []]));
  summaries.forEach((summary, row) => {
    if (parent && carry!.unchanged.has(summary.id)) {
      const at = parent.rowOf.get(summary.id);
      if (at !== undefined) {
        parentRow[row] = at;
        return;
      }
    }
    const l = reader.listing(summary.id);
    if (!l) return;
    for (const [kind, read] of kinds) {
      const value = read(l);
      if (value !== null) fresh.get(kind)!.push({ row, l, value });
    }
  });
  const columns = new Map<string, string | Buffer>([
    [GIVEN_STAMP_COLUMN, givenStamp()],
    [GIVEN_ORDER_COLUMN, JSON.stringify(summaries.map((l) => l.id))],
  ]);
  for (const [kind] of kinds) {
    const before = parent?.kinds.get(kind);
    const values = fresh.get(kind)!;
    const column =
      (before && carriedKind(summaries, parentRow, before, values)) ??
      workedOutKind(summaries, parentRow, before, values);
    columns.set(givenColumnName(kind), column);
  }
  return columns;
}

/**
 * A kind with the parent's values carried by position: each carried listing's index into the
 * parent's distinct values mapped to the new ones (each distinct value's bytes copied once), the
 * rewritten listings' values interned among them, in the order of first use, as `workedOutKind`
 * interns them. Null when the parent stored the kind in another form than this one would (its
 * values with their listing's fields when these leave them out, or the reverse): then worked out.
 */
function carriedKind(
  summaries: ListingSummary[],
  parentRow: Int32Array,
  before: StoredKind,
  values: Fresh[],
): Buffer | null {
  // The form is decided by the first value in the order (`workedOutKind`): with the listing's own
  // fields left out when it names its listing and every value's fields are its listing's own.
  let firstCarried = -1;
  for (let row = 0; row < parentRow.length; row++) {
    const at = parentRow[row]!;
    if (at >= 0 && before.at[at]! >= 0) {
      firstCarried = row;
      break;
    }
  }
  const firstFresh = values[0];
  let keys: Array<keyof ListingSummary> | null;
  if (firstCarried >= 0 && (firstFresh === undefined || firstCarried < firstFresh.row)) {
    if (before.listingKeys) keys = before.listingKeys;
    else {
      // The parent kept its values whole: carried as they are while the first names no listing.
      if (namedBy(before.value(before.at[parentRow[firstCarried]!]!)) !== null) return null;
      keys = null;
    }
  } else if (firstFresh) {
    const named = namedBy(firstFresh.value);
    keys = named ? (Object.keys(named) as Array<keyof ListingSummary>) : null;
  } else keys = null;
  const strip = keys !== null && values.every(({ l, value }) => ownFields(l, value, keys!));
  if (strip !== (before.listingKeys !== null)) {
    // The parent's form differs, unless nothing is carried (then only the fresh values count).
    if (firstCarried >= 0) return null;
  }
  if (strip && before.listingKeys && before.listingKeys.join('\u0000') !== keys!.join('\u0000')) return null;

  const at = new Int32Array(summaries.length).fill(-1);
  const bodies: Buffer[] = [];
  const index = new Map<string, number>();
  const remap = new Int32Array(before.count).fill(-1);
  let f = 0;
  for (let row = 0; row < summaries.length; row++) {
    const p = parentRow[row]!;
    if (p >= 0) {
      const k = before.at[p]!;
      if (k < 0) continue;
      let nk = remap[k]!;
      if (nk < 0) {
        const text = before.text(k);
        nk = index.get(text) ?? -1;
        if (nk < 0) {
          nk = bodies.length;
          bodies.push(before.bytes(k));
          index.set(text, nk);
        }
        remap[k] = nk;
      }
      at[row] = nk;
      continue;
    }
    const value = values[f];
    if (!value || value.row !== row) continue;
    f++;
    let rest = value.value;
    if (strip) {
      const { l: _listing, ...others } = rest as { l: unknown };
      rest = others;
    }
    const key = JSON.stringify(rest);
    let nk = index.get(key);
    if (nk === undefined) {
      nk = bodies.length;
      bodies.push(Buffer.from(key, 'utf8'));
      index.set(key, nk);
    }
    at[row] = nk;
  }
  return encodeKind(at, bodies, strip ? keys : null);
}

/**
 * A kind worked out value by value: the carried listings' values read from the parent (each
 * distinct value parsed once), the others as worked out, interned in the order of the listings.
 */
function workedOutKind(
  summaries: ListingSummary[],
  parentRow: Int32Array,
  before: StoredKind | undefined,
  fresh: Fresh[],
): Buffer {
  // Each value with its listing's place in the order (`row`); a carried value keeps its place
  // among the parent's distinct values (`k`).
  type Found = Fresh & { k?: number };
  const values: Found[] = [];
  let f = 0;
  for (let row = 0; row < summaries.length; row++) {
    const p = parentRow[row]!;
    if (p >= 0 && before) {
      const k = before.at[p]!;
      if (k < 0) continue;
      const summary = summaries[row]!;
      const rest = before.value(k);
      const { listingKeys } = before;
      // Stored without its listing's own fields: restored from the listing, as `givenBy` does.
      const value = listingKeys
        ? { l: Object.fromEntries(listingKeys.map((key) => [key, summary[key]])), ...(rest as object) }
        : rest;
      values.push({ row, l: summary, value, k });
    } else if (fresh[f]?.row === row) values.push(fresh[f++]!);
  }
  // `l` is left out when every value's `l` is its listing's own fields, as they will be read.
  const first = values.length ? namedBy(values[0]!.value) : null;
  const listingKeys = first ? (Object.keys(first) as Array<keyof ListingSummary>) : null;
  const strip = listingKeys !== null && values.every(({ l, value }) => ownFields(l, value, listingKeys));
  const interned = internedKind(summaries.length);
  for (const { row, value, k } of values) {
    let key: string;
    if (before && k !== undefined && (before.listingKeys !== null) === strip) {
      // Stored the same way by the parent: its distinct value's JSON, as stored.
      key = before.text(k);
    } else {
      let rest = value;
      if (strip) {
        const { l: _listing, ...others } = value as { l: unknown };
        rest = others;
      }
      key = JSON.stringify(rest);
    }
    interned.put(row, key);
  }
  return encodeKind(interned.at, interned.texts, strip ? listingKeys : null);
}

/**
 * A kind's values as stored: each distinct value's JSON once (`texts`), and each row's index into
 * them (`at`, -1 for a row that gives nothing).
 */
export function internedKind(rows: number): {
  at: Int32Array;
  texts: string[];
  put(row: number, key: string): void;
} {
  const at = new Int32Array(rows).fill(-1);
  const texts: string[] = [];
  const index = new Map<string, number>();
  return {
    at,
    texts,
    put(row, key) {
      let k = index.get(key);
      if (k === undefined) {
        k = texts.length;
        texts.push(key);
        index.set(key, k);
      }
      at[row] = k;
    },
  };
}

/** What one listing gives a kind (null: nothing), as `givenColumns` works it out. */
export function givenKindReading(kind: GivenKind): (l: ListingDetail) => unknown {
  const read = GIVEN_KINDS()[kind];
  if (!read) throw new Error(`given: no kind ${kind}`);
  return read;
}

/**
 * The kinds of descriptive question a listing's own text answers, each with what one listing
 * gives it (null: nothing). `givenColumns` works them all out at publish; a composer asks
 * `givenBy(ctx, kind, id)`. Built on first use: the composer modules it reads (duty topics, job
 * term patterns, interview kinds) import `givenBy` from here, so at load time they may not be
 * evaluated yet.
 */
let givenKinds: Record<GivenKind, (l: ListingDetail) => unknown> | undefined;
function GIVEN_KINDS(): Record<GivenKind, (l: ListingDetail) => unknown> {
  givenKinds ??= {
    relocation: (l: ListingDetail) => {
      const t = relocationTerms(l.description ?? '');
      return t.offered || t.refused ? t : null;
    },
    // Each listing's sentences about its own interviews (not a duty of interviewing others).
    interview: (l: ListingDetail) => {
      const found = sentencesOf(l.description).filter(
        (x) => INTERVIEW_SENTENCE.test(x) && !INTERVIEWING_OTHERS.test(x),
      );
      // How long the process takes, when the listing says (a short sentence, often): after them.
      const time = found.length
        ? clausesOf(l.description ?? '').find(
            (x) => PROCESS_TIME.test(x) && !found.some((f) => f.includes(x)),
          )
        : undefined;
      const all = time ? [...found.slice(0, 3), time] : found;
      // What its design round is about, from those sentences or its own section on the process
      // ("3. **System design** (1 h 30) — together we design a virtual waiting room…").
      // (A listing whose process names no interview in so many words, "What's the process? … 2. A
      // 90-minute design conversation: we'll sketch how to handle…", describes it by that sentence.)
      const design = [...found, ...aspectStatements(l, 'interview', 8)].find(
        (x) => DESIGN_ROUND.test(x) && DESIGN_PROMPT.test(x),
      );
      if (!all.length && design) all.push(design);
      return all.length
        ? {
            l: { id: l.id, company: l.company },
            all: all.slice(0, 4),
            kinds: INTERVIEW_KINDS.filter(([, re]) => all.some((x) => re.test(x))).map(([k]) => k),
            ...(design ? { design } : {}),
          }
        : null;
    },
    degree: degreeGiven,
    'no years': noYearsSaid,
    'relocation help': relocationHelpSaid,
    // The spoken languages a listing asks for, each with its stance and words.
    languages: (l: ListingDetail) => {
      const said = spokenLanguages(l.description ?? '');
      return said.length ? said : null;
    },
    duties: (l: ListingDetail) => dutyGiven(l, undefined),
    // The sentences (two at most) stating each feature members ask listings for ("a take-home").
    ...Object.fromEntries(
      LISTING_FEATURES.map((f) => [
        `feature: ${f.id}`,
        (l: ListingDetail) => {
          const said = featureStated(f, clausesOf(l.description ?? ''));
          return said.length ? said.slice(0, 2) : null;
        },
      ]),
    ),
    ...Object.fromEntries(
      DUTY_TOPICS.flatMap((topic, i) =>
        // A topic listings never speak to is never read from them.
        topic[5] === false ? [] : [[`duties: ${i}`, (l: ListingDetail) => dutyGiven(l, topic)]],
      ),
    ),
    ...Object.fromEntries(
      [
        ...Object.entries(jobTermPatterns),
        ...TERM_NARROW.map(([name, , re]) => [name, re] as [string, RegExp]),
      ].map(([t, re]) => [
        `job term: ${t}`,
        (l: ListingDetail) => termGiven(l, re, TERM_DETAIL_OF[t] ?? TERM_DETAIL),
      ]),
    ),
  } as Record<GivenKind, (l: ListingDetail) => unknown>;
  return givenKinds;
}
export type GivenKind =
  | 'relocation'
  | 'relocation help'
  | 'interview'
  | 'degree'
  | 'no years'
  | 'languages'
  | 'duties'
  | `duties: ${number}`
  | `feature: ${string}`
  | `job term: ${string}`;
