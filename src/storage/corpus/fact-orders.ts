/**
 * The two row orders the fact columns answer from (`FactIndex.yearsOf`, `salaries`): rows with
 * years stated in `ORDER BY years_min, id` order, and rows with pay in the pay order (currency,
 * period, midpoint, id), texts by code point as SQLite sorts them. Fixed per generation, so they
 * are made at publish and stored with the columns; a refresh's publish merges the parent's order
 * of the listings it carried over with a sort of the rest instead of sorting every row again.
 */
import { compareText, type FactColumns } from './fact-index.js';

/** A refresh's carry-over: each row's parent row (-1 for a listing read afresh) and the parent's columns. */
export interface CarriedRows {
  from: Int32Array;
  parent: FactColumns;
}

type Compare = (a: number, b: number) => number;

/** Rows a and b by their ids in code point order (code unit order when no id holds a surrogate). */
function idOrder(ids: string[]): Compare {
  if (/[\uD800-\uDFFF]/.test(ids.join('\n'))) return (a, b) => compareText(ids[a]!, ids[b]!);
  return (a, b) => {
    const x = ids[a]!;
    const y = ids[b]!;
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

/** Rows with years stated, in `ORDER BY years_min, id` order. */
export function yearsOrderOf(c: FactColumns, carried?: CarriedRows): Int32Array {
  const byId = idOrder(c.ids);
  return ordered(
    c.ids.length,
    (i) => !Number.isNaN(c.years[i]!),
    (a, b) => c.years[a]! - c.years[b]! || byId(a, b),
    carried && { from: carried.from, order: carried.parent.yearsOrder, size: carried.parent.ids.length },
  );
}

/** Rows with pay, in the pay order (currency, period, midpoint, id). */
export function payOrderOf(c: FactColumns, carried?: CarriedRows): Int32Array {
  const byId = idOrder(c.ids);
  // Each coded text's place in code point order (NULL, -1, first): one sort of the texts.
  const rank = new Int32Array(c.values.length + 1);
  c.values
    .map((_, code) => code)
    .sort((x, y) => compareText(c.values[x]!, c.values[y]!))
    .forEach((code, r) => {
      rank[code + 1] = r + 1;
    });
  const rankOf = (code: number) => rank[code + 1]!;
  const mid = (i: number) => (c.salaryMin[i]! + c.salaryMax[i]!) / 2;
  return ordered(
    c.ids.length,
    (i) => !Number.isNaN(c.salaryMin[i]!) && !Number.isNaN(c.salaryMax[i]!) && c.currency[i]! >= 0,
    (a, b) =>
      rankOf(c.currency[a]!) - rankOf(c.currency[b]!) ||
      rankOf(c.period[a]!) - rankOf(c.period[b]!) ||
      mid(a) - mid(b) ||
      byId(a, b),
    carried && { from: carried.from, order: carried.parent.payOrder, size: carried.parent.ids.length },
  );
}

/** The parent's order of the same rows, and each row's parent row. */
interface ParentOrder {
  from: Int32Array;
  order: Int32Array | undefined;
  size: number;
}

/** The rows `keep` holds in `compare`'s order: merged from the parent's when it has one, else sorted. */
function ordered(
  n: number,
  keep: (i: number) => boolean,
  compare: Compare,
  parent?: ParentOrder,
): Int32Array {
  const merged = parent?.order ? mergedOrder(n, keep, compare, { ...parent, order: parent.order }) : null;
  if (merged) return merged;
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (keep(i)) rows.push(i);
  return Int32Array.from(rows.sort(compare));
}

/**
 * The parent's order of the carried rows (their facts are the parent's, so their order is too)
 * merged with the other rows sorted; null (sort every row) when a carried row's place cannot be
 * taken from the parent or the result is not in order (checked: one comparison per row).
 */
function mergedOrder(
  n: number,
  keep: (i: number) => boolean,
  compare: Compare,
  parent: ParentOrder & { order: Int32Array },
): Int32Array | null {
  const { from, order, size } = parent;
  const toRow = new Int32Array(size).fill(-1);
  for (let i = 0; i < n; i++) if (from[i]! >= 0) toRow[from[i]!] = i;
  const carried: number[] = [];
  for (const p of order) {
    const i = p >= 0 && p < size ? toRow[p]! : -1;
    if (i >= 0 && keep(i)) carried.push(i);
  }
  const fresh: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++)
    if (keep(i)) {
      total++;
      if (from[i]! < 0) fresh.push(i);
    }
  if (carried.length + fresh.length !== total) return null;
  fresh.sort(compare);
  const out = new Int32Array(total);
  let a = 0;
  let b = 0;
  for (let k = 0; k < total; k++)
    out[k] =
      b >= fresh.length || (a < carried.length && compare(carried[a]!, fresh[b]!) < 0)
        ? carried[a++]!
        : fresh[b++]!;
  for (let k = 1; k < total; k++) if (compare(out[k - 1]!, out[k]!) >= 0) return null;
  return out;
}
