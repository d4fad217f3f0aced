/** Remote, hybrid and on-site (`workMode`). */
import type { Composer } from './context.js';
import { scope, selectionOf } from './selection.js';
import { fewOrNone, open, pct } from './shared.js';

// A mode's listings counted this few or fewer are named even when only their count is asked.
const FEW_NAMED = 10;
// A mode's listings this few are named by company on the split's own line.
const INLINE_NAMED = 6;

// The one work mode a question names ("on-site only", "in office", "remote"); none when it names
// several ("the remote/hybrid/office split") or asks the split.
function modeNamed(q: string): 'remote' | 'hybrid' | 'onsite' | undefined {
  const named = (['remote', 'hybrid', 'onsite'] as const).filter((m) =>
    (m === 'onsite'
      ? /\bon-?site\b|\bin[- ]office\b|\boffice[- ]based\b|\boffice\b/i
      : new RegExp(`\\b${m}\\b`, 'i')
    ).test(q),
  );
  return named.length === 1 && !/\bsplit\b|\bbreakdown\b/i.test(q) ? named[0] : undefined;
}

export const workMode: Composer = (input) => {
  const { ctx, book, out } = input;
  const sel = selectionOf(input.plan, ctx, input.deps, ['workMode']);
  const ids = open(input, sel);
  // One or two listings still get the split asked for, then each one with its mode.
  if (ids.length === 0) {
    fewOrNone(input, sel, ids, 'work-mode split');
    return;
  }
  const n = ids.length;
  const modes = ctx.facts.workModes(sel.filter);
  out.lines.push(`Work mode across ${scope(sel, n)}:`);
  for (const mode of ['remote', 'hybrid', 'onsite', 'unknown']) {
    const group = modes.find((m) => m.mode === mode)?.ids ?? [];
    if (!group.length && mode === 'unknown') continue;
    const label =
      mode === 'onsite'
        ? 'On-site'
        : mode === 'unknown'
          ? 'Not stated'
          : mode[0]!.toUpperCase() + mode.slice(1);
    // A mode with few listings in a larger split: its companies named on its line, so "wants remote
    // fintech" can act on the split without asking again (each listing is named below when n <= 8).
    const companies =
      n > 8 && group.length > 0 && group.length <= INLINE_NAMED
        ? `: ${[...new Set(group.map((id) => ctx.byId.get(id)!.company))].join(', ')}`
        : '';
    out.lines.push(
      `- **${label}**: ${group.length} of ${n} (${pct(group.length, n)})${companies} ${book.citeAll(group, companies ? group.length : 2)}`.trimEnd(),
    );
    out.figures.push(`${mode}: ${group.length} of ${n}`);
  }
  // A few listings: each one with its mode. "Which ones are remote?": those, by name; "how many are
  // on-site only?": those too, when they are few enough to name (`FEW_NAMED`).
  const asked = modeNamed(input.plan.question);
  const group = asked ? (modes.find((m) => m.mode === asked)?.ids ?? []) : [];
  const which = /\b(?:which|who|what companies|name|list)\b/i.test(input.plan.question);
  const named = (n <= 8 ? ids : which || group.length <= FEW_NAMED ? group : []).filter(
    (id) => !out.listed?.has(id),
  );
  if (named.length) {
    out.lines.push(
      n <= 8
        ? named.length === n
          ? 'Each of them:'
          : 'The others, each with its mode:'
        : `The ${named.length} ${asked === 'onsite' ? 'on-site' : asked}:`,
    );
    for (const id of named.slice(0, 15)) {
      const l = ctx.byId.get(id)!;
      out.lines.push(
        `- **${l.company}**, ${l.title}: ${l.remote === 'onsite' ? 'on-site' : l.remote === 'unknown' ? 'mode not stated' : l.remote} (${l.location}) ${book.cite(id)}`,
      );
      out.listed?.add(id);
    }
    if (named.length > 15) out.lines.push(`- …and ${named.length - 15} more.`);
  }
};
