import fs from 'node:fs';
import type { ListingSummary } from '../../src/storage/corpus/corpus-reader.js';

/** What a careful reader takes from a listing (the answer keys written with the listings). */
export interface KeyEntry {
  id: string;
  seniority: string;
  remote: string;
  yearsMin: number | null;
  salary: { min: number; max: number; currency: string; period: string } | null;
  skills: string[];
}

export function readKeys(...files: string[]): KeyEntry[] {
  return files.flatMap((f) =>
    fs
      .readFileSync(f, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as KeyEntry),
  );
}

/** The four facts compared field by field, each a predicate of listing and key. */
export const KEY_FIELDS: Array<[string, (l: ListingSummary, k: KeyEntry) => boolean]> = [
  ['seniority', (l, k) => l.seniority === k.seniority],
  ['remote policy', (l, k) => l.remote === k.remote],
  ['minimum years', (l, k) => l.yearsMin === k.yearsMin],
  [
    'salary',
    (l, k) =>
      JSON.stringify(l.salary) ===
      JSON.stringify(
        k.salary && {
          min: k.salary.min,
          max: k.salary.max,
          currency: k.salary.currency,
          period: k.salary.period,
        },
      ),
  ],
];
