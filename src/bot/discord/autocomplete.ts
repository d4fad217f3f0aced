import type { Catalog } from '../worker/operations.js';
import { DISCORD_LIMITS } from './limits.js';

export interface Choice {
  name: string;
  value: string;
}

const clip = (s: string) =>
  s.length <= DISCORD_LIMITS.choiceText ? s : `${s.slice(0, DISCORD_LIMITS.choiceText - 1)}…`;

/** Ranks candidates: prefix matches first, then word-start matches, then substring matches. */
function rank<T>(items: readonly T[], query: string, text: (t: T) => string): T[] {
  const q = query.trim().toLowerCase();
  if (!q) return items.slice(0, DISCORD_LIMITS.choices);
  const scored: Array<{ item: T; score: number }> = [];
  for (const item of items) {
    const t = text(item).toLowerCase();
    const at = t.indexOf(q);
    if (at < 0) continue;
    const score = at === 0 ? 0 : /[\s,(—-]/.test(t[at - 1] ?? '') ? 1 : 2;
    scored.push({ item, score });
  }
  scored.sort((a, b) => a.score - b.score);
  return scored.slice(0, DISCORD_LIMITS.choices).map((s) => s.item);
}

/**
 * Autocomplete from the in-memory catalog: no SQLite, no worker, no model, so it answers in well
 * under Discord's 3 s and never exceeds 25 choices of at most 100 characters.
 */
export function autocomplete(catalog: Catalog, option: string, value: string): Choice[] {
  switch (option) {
    case 'listing':
    case 'id':
      return rank(catalog.listings, value, (l) => `${l.id} ${l.title} ${l.company}`).map((l) => ({
        name: clip(`${l.title} — ${l.company}`),
        value: clip(l.id),
      }));
    case 'company':
      return rank(catalog.companies, value, (c) => c).map((c) => ({ name: clip(c), value: clip(c) }));
    case 'location':
      return rank(catalog.locations, value, (c) => c).map((c) => ({ name: clip(c), value: clip(c) }));
    case 'skills': {
      // A comma-separated list: complete the last item, keep the ones before it.
      const parts = value.split(',');
      const last = parts.pop() ?? '';
      const before = parts.map((p) => p.trim()).filter(Boolean);
      const prefix = before.length ? `${before.join(', ')}, ` : '';
      return rank(
        catalog.skills.filter((s) => !before.includes(s)),
        last,
        (s) => s,
      )
        .filter((s) => (prefix + s).length <= DISCORD_LIMITS.choiceText)
        .map((s) => ({ name: prefix + s, value: prefix + s }));
    }
    case 'industry': {
      // A comma-separated list, as skills: complete the last item.
      const parts = value.split(',');
      const last = parts.pop() ?? '';
      const before = parts.map((p) => p.trim()).filter(Boolean);
      const prefix = before.length ? `${before.join(', ')}, ` : '';
      return rank(
        catalog.industries.filter((i) => !before.includes(i.id)),
        last,
        (i) => `${i.id} ${i.label} ${i.aliases.join(' ')}`,
      )
        .filter((i) => (prefix + i.id).length <= DISCORD_LIMITS.choiceText)
        .map((i) => ({ name: clip(`${prefix}${i.label}`), value: prefix + i.id }));
    }
    default:
      return [];
  }
}
