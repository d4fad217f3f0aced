import type { Catalog } from '../../services/catalog.js';
import type { Choice, Completer } from './command.js';

/** What a surface can show while an option is typed (Discord's autocomplete limits). */
export const COMPLETION_LIMITS = { choices: 25, choiceText: 100 } as const;

const clip = (s: string) =>
  s.length <= COMPLETION_LIMITS.choiceText ? s : `${s.slice(0, COMPLETION_LIMITS.choiceText - 1)}…`;

/** Ranks candidates: prefix matches first, then word-start matches, then substring matches. */
function rank<T>(items: readonly T[], query: string, text: (t: T) => string): T[] {
  const q = query.trim().toLowerCase();
  if (!q) return items.slice(0, COMPLETION_LIMITS.choices);
  const scored: Array<{ item: T; score: number }> = [];
  for (const item of items) {
    const t = text(item).toLowerCase();
    const at = t.indexOf(q);
    if (at < 0) continue;
    const score = at === 0 ? 0 : /[\s,(—-]/.test(t[at - 1] ?? '') ? 1 : 2;
    scored.push({ item, score });
  }
  scored.sort((a, b) => a.score - b.score);
  return scored.slice(0, COMPLETION_LIMITS.choices).map((s) => s.item);
}

/** A comma-separated list: the items before the last (kept as typed) and the prefix they make. */
function listSoFar(value: string): { before: string[]; last: string; prefix: string } {
  const parts = value.split(',');
  const last = parts.pop() ?? '';
  const before = parts.map((p) => p.trim()).filter(Boolean);
  return { before, last, prefix: before.length ? `${before.join(', ')}, ` : '' };
}

/** A listing id, found by id, title or company. */
export const completeListing: Completer = (value, catalog) =>
  rank(catalog.listings, value, (l) => `${l.id} ${l.title} ${l.company}`).map((l) => ({
    name: clip(`${l.title} — ${l.company}`),
    value: clip(l.id),
  }));

export const completeCompany: Completer = (value, catalog) =>
  rank(catalog.companies, value, (c) => c).map((c) => ({ name: clip(c), value: clip(c) }));

export const completeLocation: Completer = (value, catalog) =>
  rank(catalog.locations, value, (c) => c).map((c) => ({ name: clip(c), value: clip(c) }));

/** Comma-separated skills: completes the last item, keeps the ones before it. */
export const completeSkills: Completer = (value, catalog) => {
  const { before, last, prefix } = listSoFar(value);
  return rank(
    catalog.skills.filter((s) => !before.includes(s)),
    last,
    (s) => s,
  )
    .filter((s) => (prefix + s).length <= COMPLETION_LIMITS.choiceText)
    .map((s): Choice => ({ name: prefix + s, value: prefix + s }));
};

/** Comma-separated industries, as skills: completes the last item, by id, label or alias. */
export const completeIndustry: Completer = (value, catalog: Catalog) => {
  const { before, last, prefix } = listSoFar(value);
  return rank(
    catalog.industries.filter((i) => !before.includes(i.id)),
    last,
    (i) => `${i.id} ${i.label} ${i.aliases.join(' ')}`,
  )
    .filter((i) => (prefix + i.id).length <= COMPLETION_LIMITS.choiceText)
    .map((i) => ({ name: clip(`${prefix}${i.label}`), value: prefix + i.id }));
};
