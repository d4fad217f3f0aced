/**
 * What the aggregate composers share: opening an answer on its selection and N, the few-or-no-
 * listings answer, one listing's line, percentages and numbers.
 */

import type { ListingSummary } from '../../../storage/corpus/corpus-reader.js';
import type { CitationBook } from '../offline.js';
import { type Aspect, aspectsOf, type PlanLevel } from '../plan/index.js';
import { type Composed, type ComposeInput, type Context, detail } from './context.js';
import { aspectLines } from './listing.js';
import { type Selection, selectionNotes } from './selection.js';

export const LEVEL_NAMES: Record<PlanLevel, string> = {
  lead: 'lead',
  senior: 'senior',
  staff: 'staff',
  principal: 'principal',
  manager: 'engineering manager',
  mid: 'mid',
};

export const pct = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : '0%');
export const fmt = (v: number) => Math.round(v).toLocaleString('en-US');

/** Opens an aggregate answer: the selection, N and the filters applied. Returns the ids. */
export function open(input: ComposeInput, sel: Selection): string[] {
  const ids = input.ctx.facts.ids(sel.filter);
  input.out.n = ids.length;
  input.out.applied = sel.applied;
  input.out.notes = selectionNotes(sel);
  if (sel.widened?.atOtherLevels)
    input.out.atOtherLevels = { place: sel.widened.from, ids: sel.widened.atOtherLevels };
  else delete input.out.atOtherLevels;
  input.out.figures.push(
    `N = ${ids.length} open listings; filters applied: ${sel.applied.join(', ') || 'none'}`,
  );
  return ids;
}

/** What a place widened for the level asked holds at other levels, each listing cited. */
export function otherLevelsNote(out: Composed, book: CitationBook, ctx: Context): string | undefined {
  const here = out.atOtherLevels;
  if (!here) return undefined;
  const named = here.ids.slice(0, 3).map((id) => {
    const l = ctx.byId.get(id)!;
    return `${LEVEL_NAMES[l.seniority as PlanLevel] ?? l.seniority} level, ${oneLine(l)} ${book.cite(id)}`;
  });
  return `(In ${here.place} itself, at other levels: ${named.join('; ')}${here.ids.length > 3 ? `; and ${here.ids.length - 3} more` : ''}.)`;
}

/**
 * What an empty selection comes nearest to ("anything in healthtech in canada?": no; health
 * listings elsewhere, and Canada's listings in other industries): for each filter applied, how many
 * listings match the others, with the first companies named and cited. Only counted, never shown as
 * matching what was asked.
 */
export function nearestWithout(input: ComposeInput, sel: Selection): string[] {
  const { ctx, book } = input;
  if (!sel.droppable || sel.applied.length < 2) return [];
  const lines: string[] = [];
  for (const { label, keys } of sel.droppable) {
    const filter = { ...sel.filter };
    for (const k of keys) delete filter[k];
    const ids = ctx.facts.ids(filter);
    if (!ids.length) continue;
    const rest = sel.applied.filter((a) => a !== label);
    const companies = new Map<string, string>();
    for (const id of ids) {
      const company = ctx.byId.get(id)?.company;
      if (company && !companies.has(company)) companies.set(company, id);
      if (companies.size === 3) break;
    }
    const named = [...companies].map(([c, id]) => `${c} ${book.cite(id)}`).join(', ');
    const more = ids.length - companies.size;
    lines.push(
      `- without “${label}”: ${ids.length} open listing${ids.length === 1 ? '' : 's'} (${rest.join(', ')}): ${named}${more > 0 ? ` and ${more} more` : ''}`,
    );
  }
  return lines;
}

export function fewOrNone(
  input: ComposeInput,
  sel: Selection,
  ids: string[],
  what: string,
  /** Aspects each listing shown is answered on besides those asked ("skills" for requirements). */
  shown: Aspect[] = [],
): boolean {
  const { out, book, ctx } = input;
  if (ids.length === 0) {
    out.lines.push(
      `No open listing matches ${sel.applied.length ? sel.applied.join(', ') : 'that'}, so I have no ${what} to report.`,
    );
    const nearest = nearestWithout(input, sel);
    if (nearest.length) out.lines.push('The nearest, each with one of those filters taken off:', ...nearest);
    else out.lines.push('Try fewer filters, or /search with other words.');
    return true;
  }
  if (ids.length <= 2) {
    // Shown already by an earlier part of the same answer: said, not shown again (unless this part
    // asks what each says that the earlier part did not show: "… stack-wise and english level").
    if (ids.every((id) => out.listed?.has(id)) && !shown.length) {
      out.lines.push(
        `Only ${ids.length} open listing${ids.length > 1 ? 's match' : ' matches'} ${sel.applied.join(', ')}: ${ids.length > 1 ? 'both are' : 'it is'} listed above ${book.citeAll(ids, 2)}.`,
      );
      return true;
    }
    out.lines.push(
      `Only ${ids.length} open listing${ids.length > 1 ? 's match' : ' matches'} ${sel.applied.join(', ')}; here ${ids.length > 1 ? 'they are' : 'it is'}:`,
    );
    // "…and do they need Japanese?": what each one says about the aspect asked, in its own words
    // (place, mode, years and pay are on its line already).
    const extra = [
      ...shown,
      ...aspectsOf(input.plan.question).filter((a) => !SHOWN_IN_LINE.has(a) && !shown.includes(a)),
    ];
    for (const id of ids) {
      const l = ctx.byId.get(id)!;
      out.lines.push(`- ${oneLine(l)} ${book.cite(id)}`);
      out.listed?.add(id);
      const d = extra.length ? detail(ctx, id) : null;
      if (d)
        for (const a of extra)
          for (const line of aspectLines(d, a, book, input.plan)) out.lines.push(`  ${line}`);
    }
    return true;
  }
  return false;
}

// What a listing's one line already says: its aspects need no second line.
const SHOWN_IN_LINE = new Set<Aspect>(['overview', 'pay', 'work_mode', 'years', 'skills']);

export function oneLine(l: ListingSummary): string {
  const mode = l.remote === 'onsite' ? 'on-site' : l.remote;
  const pay = l.salary
    ? `${fmt(l.salary.min)}–${fmt(l.salary.max)} ${l.salary.currency}${l.salary.period === 'year' ? '' : ` per ${l.salary.period}`}`
    : 'pay not posted';
  // "São Paulo, SP, Brazil (hybrid)", "Cairo, Egypt (New Cairo, on-site)", "Remote (Canada)" already
  // say their mode: not said twice.
  const said = mode && new RegExp(`(?<![\\w-])${mode}(?![\\w-])`, 'i').test(l.location);
  return `**${l.title}** at ${l.company}: ${l.location}${said ? '' : ` (${mode})`}, ${l.yearsMin !== null ? `${l.yearsMin}+ years, ` : ''}${pay}`;
}
