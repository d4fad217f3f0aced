/** Remote, hybrid and on-site (`workMode`). */
import type { Place } from '../../../core/listing.js';
import { REGION_NAMES } from '../../extract/locations.js';
import type { PlanLevel, ResolvedPlace } from '../plan/index.js';
import type { ComposeInput, Composer } from './context.js';
import { type Selection, scope, selectionOf } from './selection.js';
import { fewOrNone, LEVEL_NAMES, open, pct } from './shared.js';
import { jobTerms } from './terms.js';
import { cap } from './text.js';

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
  if (input.plan.scopeClaim) {
    remoteScopes(input, input.plan.scopeClaim);
    return;
  }
  // "hybrid lead jobs in Germany: how many office days do they want?": the office days the
  // listings of that mode state, tallied and quoted (the job term's answer), under the mode asked.
  if (
    input.plan.term === 'office days' &&
    input.plan.filters.workMode &&
    !input.plan.also?.includes('job_terms')
  ) {
    jobTerms(input);
    return;
  }
  const sel = selectionOf(input.plan, ctx, input.deps, ['workMode']);
  const ids = open(input, sel);
  if ((input.plan.compare?.length ?? 0) >= 2 && ids.length) {
    splitByLevel(input, sel, input.plan.compare!);
    return;
  }
  // One or two listings still get the split asked for, then each one with its mode.
  if (ids.length === 0) {
    fewOrNone(input, sel, ids, 'work-mode split');
    return;
  }
  const n = ids.length;
  const modes = ctx.facts.workModes(sel.filter);
  if (input.plan.modeClaim) claimChecked(input, input.plan.modeClaim, modes, n);
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
      `- **${label}: ${group.length} of ${n}** (${pct(group.length, n)})${companies} ${book.citeAll(group, companies ? group.length : 2)}`.trimEnd(),
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

const MODE_LABELS: Record<string, string> = {
  remote: 'remote',
  hybrid: 'hybrid',
  onsite: 'on-site',
  unknown: 'not stated',
};

/**
 * The mode claimed, answered first: "all the india lead roles are WFH right?" → "No: none of the 4
 * is remote (2 hybrid, 2 on-site)"; the listings not in a mode asked for ("…that aren't 5 days in
 * office") → how many there are, or that there is no listing but that mode's.
 */
function claimChecked(
  input: ComposeInput,
  claim: NonNullable<ComposeInput['plan']['modeClaim']>,
  modes: Array<{ mode: string; ids: string[] }>,
  n: number,
): void {
  const k = modes.find((m) => m.mode === claim.mode)?.ids.length ?? 0;
  const label = MODE_LABELS[claim.mode]!;
  const others = modes
    .filter((m) => m.mode !== claim.mode && m.ids.length)
    .map((m) => `${m.ids.length} ${MODE_LABELS[m.mode]}`)
    .join(', ');
  input.out.lines.push(
    claim.not
      ? k === n
        ? `**No listing** matches that: all ${n} are ${label}.`
        : `**${n - k} of the ${n}** are not ${label} (${others}).`
      : k === n
        ? `**Yes**: all ${n} are ${label}.`
        : k === 0
          ? `**No**: none of the ${n} is ${label} (${others}).`
          : `**Not all**: ${k} of the ${n} ${k === 1 ? 'is' : 'are'} ${label}; the others: ${others}.`,
  );
  input.out.figures.push(`${label} claimed: ${k} of ${n}`);
}

/**
 * "are senior roles more often remote than lead ones? share for each": each level's split on its
 * own line, then which level is the more often remote (the mode asked, remote when none is).
 */
function splitByLevel(input: ComposeInput, sel: Selection, levels: PlanLevel[]): void {
  const { ctx, book, out } = input;
  const filter = sel.filter;
  const others = sel.applied.filter((a) => !/\blevel$/.test(a));
  const asked = modeNamed(input.plan.question) ?? 'remote';
  out.lines.push(`Work mode by level${others.length ? ` (${others.join(', ')})` : ''}:`);
  const shares: Array<{ level: PlanLevel; k: number; n: number }> = [];
  for (const level of levels) {
    const f = { ...filter, seniority: level };
    const n = ctx.facts.ids(f).length;
    if (!n) {
      out.lines.push(`- **${cap(LEVEL_NAMES[level])}**: no open listing at this level.`);
      continue;
    }
    const modes = ctx.facts.workModes(f);
    const parts: string[] = [];
    const cited: string[] = [];
    for (const mode of ['remote', 'hybrid', 'onsite', 'unknown']) {
      const group = modes.find((m) => m.mode === mode)?.ids ?? [];
      if (!group.length && mode === 'unknown') continue;
      parts.push(`${group.length} ${MODE_LABELS[mode]} (${pct(group.length, n)})`);
      if (mode === asked) shares.push({ level, k: group.length, n });
      if (group[0] !== undefined) cited.push(group[0]);
      out.figures.push(`${level} ${mode}: ${group.length} of ${n}`);
    }
    out.lines.push(
      `- **${cap(LEVEL_NAMES[level])}** (${n} open listings): ${parts.join(', ')} ${book.citeAll(cited, 3)}`.trimEnd(),
    );
  }
  if (shares.length >= 2) {
    const sorted = [...shares].sort((a, b) => b.k / b.n - a.k / a.n);
    const [hi, lo] = [sorted[0]!, sorted[sorted.length - 1]!];
    const label = MODE_LABELS[asked];
    out.lines.push(
      hi.k * lo.n === lo.k * hi.n
        ? `So ${label} is as common at each level: ${pct(hi.k, hi.n)}.`
        : `So ${LEVEL_NAMES[hi.level]} roles are more often ${label}: ${hi.k} of ${hi.n} (${pct(hi.k, hi.n)}) against ${lo.k} of ${lo.n} (${pct(lo.k, lo.n)}) for ${LEVEL_NAMES[lo.level]} roles.`,
    );
  }
}

const WORLDWIDE_SAID = /^\s*remote\s*$|\b(?:worldwide|anywhere|global(?:ly)?)\b/i;

/** Where one remote place of a listing can be worked from, as a group: a country, a region, anywhere. */
function remoteScopeOf(p: Place): string {
  if (WORLDWIDE_SAID.test(p.raw)) return 'worldwide';
  if (p.country) return p.country;
  if (p.region) return REGION_NAMES[p.region] ?? p.region;
  return 'a time-zone window';
}

/**
 * "why do all the remote lead jobs require US residency??": the remote listings asked, how many
 * are tied to the place claimed alone (named), and where the others can be done from, grouped.
 */
function remoteScopes(input: ComposeInput, claimed: ResolvedPlace): void {
  const { ctx, book, out } = input;
  const sel = selectionOf(input.plan, ctx, input.deps);
  const ids = open(input, sel);
  if (!ids.length) {
    fewOrNone(input, sel, ids, 'remote listings');
    return;
  }
  const n = ids.length;
  const claimedName = claimed.country ?? (claimed.region ? REGION_NAMES[claimed.region] : claimed.name);
  // A remote place inside the place claimed: the country itself, or any place of the region claimed.
  const inside = (p: Place) =>
    !WORLDWIDE_SAID.test(p.raw) &&
    (claimed.country
      ? p.country === claimed.country
      : claimed.region !== undefined && p.region === claimed.region);
  const tied = ids.filter((id) => {
    const remote = ctx.byId.get(id)!.locations.filter((p) => p.remote);
    return remote.length > 0 && remote.every(inside);
  });
  const others = ids.filter((id) => !tied.includes(id));
  const where =
    claimed.country && claimed.name.length <= 3 ? `the ${claimed.name.toUpperCase()}` : claimedName;
  out.lines.push(
    `${tied.length === n ? 'Yes' : 'Not so'}: of ${scope(sel, n)}, ${tied.length === 0 ? `none is tied to ${where} alone` : `${tied.length} (${pct(tied.length, n)}) ${tied.length === 1 ? 'is' : 'are'} open only to someone in ${where}: ${tied.map((id) => `${ctx.byId.get(id)!.company} ${book.cite(id)}`).join(', ')}`}.`,
  );
  out.figures.push(`remote tied to ${where}: ${tied.length} of ${n}`);
  if (!others.length) return;
  const groups = new Map<string, string[]>();
  const outside = (id: string) =>
    ctx.byId
      .get(id)!
      .locations.filter((p) => p.remote && !inside(p))
      .map(remoteScopeOf);
  for (const id of others)
    for (const x of outside(id).slice(0, 1)) groups.set(x, [...(groups.get(x) ?? []), id]);
  const unplaced = others.filter((id) => !outside(id).length);
  const parts = [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([label, group]) => `${label} ${group.length} ${book.citeAll(group, 2)}`);
  out.lines.push(
    `- **The other ${others.length}** can be done from elsewhere, by the first place each names: ${parts.join('; ')}${unplaced.length ? `; ${unplaced.length} name no place` : ''}.`,
  );
  out.n = n;
}
