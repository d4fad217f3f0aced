/** Years of experience asked (`years`). */

import type { ListingDetail } from '../../../storage/corpus/corpus-reader.js';
import { percentile } from '../../market.js';
import { NO_MINIMUM_ASKED } from '../plan/cues.js';
import { DEGREE_ASKED, degreeLine } from './career.js';
import type { ComposeInput, Composer } from './context.js';
import { WHICH_ASKED } from './cues.js';
import { givenBy, givingAny } from './given.js';
import { quoteGuides } from './guides.js';
import { statementsOf } from './listing.js';
import { type Selection, scope, selectionOf } from './selection.js';
import { fewOrNone, LEVEL_NAMES, open, pct } from './shared.js';
import { cap, clip } from './text.js';

// The distribution itself asked ("how are the years distributed", "a breakdown of the minimums",
// "histogram of years asked"): each minimum with its count, not only the buckets.
const DISTRIBUTION_ASKED =
  /\b(?:distribut\w*|breakdown|break down|histogram|each (?:minimum|value|number)|per (?:minimum|value))\b/i;
export function yearsLine(input: ComposeInput, sel: Selection, n: number): void {
  const { ctx, book, out } = input;
  const years = ctx.facts.years(sel.filter);
  if (!years.length) {
    out.lines.push(`- Experience: none of the ${n} states a number of years.`);
    return;
  }
  const sorted = years.map((y) => y.years);
  const median = percentile(sorted, 0.5);
  const at = years.filter((y) => y.years === Math.round(median)).map((y) => y.id);
  out.lines.push(
    `- Experience: a median of ${median}+ years where stated (${years.length} of ${n}; from ${sorted[0]} to ${sorted[sorted.length - 1]}) ${book.citeAll(at.length ? at : [years[0]!.id], 2)}`,
  );
  out.figures.push(
    `years: median ${median}, ${years.length} of ${n} state it, range ${sorted[0]}-${sorted[sorted.length - 1]}`,
  );
}

export const years: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  // "do staff roles need more years than lead roles?": each level's years, side by side.
  if (plan.compare && plan.compare.length >= 2) {
    const base = selectionOf(plan, ctx, input.deps, ['level']);
    out.applied = base.applied;
    out.lines.push(
      `Years of experience asked by level${base.applied.length ? ` (${base.applied.join(', ')})` : ''}:`,
    );
    let total = 0;
    for (const level of plan.compare) {
      const filter = { ...base.filter, seniority: level };
      const n = ctx.facts.count(filter);
      total += n;
      const ys = ctx.facts.years(filter);
      const sorted = ys.map((y) => y.years);
      out.lines.push(
        ys.length
          ? `- **${cap(LEVEL_NAMES[level])}** (${n} listings, ${ys.length} state a minimum): median ${percentile(sorted, 0.5)}+ years, from ${sorted[0]} to ${sorted[sorted.length - 1]} ${book.citeAll(
              ys.map((y) => y.id),
              2,
            )}`
          : `- **${cap(LEVEL_NAMES[level])}** (${n} listings): none states a minimum number of years.`,
      );
      out.figures.push(
        `${level}: ${n} listings, ${ys.length} state years${ys.length ? `, median ${percentile(sorted, 0.5)}` : ''}`,
      );
    }
    out.n = total;
    return;
  }
  const sel = selectionOf(input.plan, ctx, input.deps);
  const ids = open(input, sel);
  if (fewOrNone(input, sel, ids, 'years')) {
    const few = ctx.facts.years(sel.filter).map((y) => y.years);
    if (few.length) out.lines.push(`- Median of the stated minimums: ${percentile(few, 0.5)}+ years`);
    return;
  }
  const n = ids.length;
  const ys = ctx.facts.years(sel.filter);
  out.lines.push(`Years of experience asked, across ${scope(sel, n)}:`);
  if (DEGREE_ASKED.test(plan.question)) degreeLine(input, ids);
  if (!ys.length) {
    out.lines.push(`- None of the ${n} states a minimum number of years.`);
    return;
  }
  const sorted = ys.map((y) => y.years);
  const median = percentile(sorted, 0.5);
  const listsNone = NO_MINIMUM_ASKED.test(plan.question);
  out.lines.push(
    `- **Median: ${median}+ years** (${ys.length} of the ${n} state a minimum; ${n - ys.length} ${n - ys.length === 1 ? 'does' : 'do'} not${listsNone ? '' : fewSilentNamed(input, ids, ys)})`,
  );
  if (listsNone) noMinimumLines(input, ids, ys);
  // Years are asked in whole numbers: the quartiles are said as whole years too.
  const [q1, q3] = [Math.round(percentile(sorted, 0.25)), Math.round(percentile(sorted, 0.75))];
  const exactly = sorted.filter((y) => y === median).length;
  out.lines.push(
    `- Range: from ${sorted[0]} (${extremeNamed(input, ys, sorted[0]!)}) to ${sorted[sorted.length - 1]} years (${extremeNamed(input, ys, sorted[sorted.length - 1]!)}); ${
      q1 === q3 && exactly * 2 >= ys.length
        ? `${exactly} of the ${ys.length} ask exactly ${median}`
        : q1 === q3
          ? `the middle half ask about ${q1}`
          : `the middle half ask ${q1}–${q3}`
    }${modeSaid(sorted, median, q1 === q3 && exactly * 2 >= ys.length)}`,
  );
  const buckets: Array<[string, number, number]> = [
    ['up to 5', 0, 5],
    ['6–7', 6, 7],
    ['8–9', 8, 9],
    ['10 or more', 10, 99],
  ];
  out.lines.push(
    `- Spread: ${buckets.map(([label, lo, hi]) => `${label}: ${sorted.filter((y) => y >= lo && y <= hi).length}`).join(', ')}`,
  );
  // "how are the minimum-years requirements distributed?": every minimum asked, with its count.
  if (DISTRIBUTION_ASKED.test(input.plan.question)) {
    const each = [...new Set(sorted)].map((y) => `${y} years: ${sorted.filter((x) => x === y).length}`);
    out.lines.push(`- Each minimum asked: ${each.join(', ')}; no minimum stated: ${n - ys.length}`);
    out.figures.push(`years distribution: ${each.join(', ')}; none stated ${n - ys.length}`);
  }
  out.figures.push(
    `years: median ${median}, ${ys.length} of ${n} state it, range ${sorted[0]}-${sorted[sorted.length - 1]}`,
  );
  yearsWithin(input, ys, n);
  if (plan.earlyCareer) earlyCareerLine(input, sorted[0]!);
  quoteGuides(input, 'years', ['guide-skills-expected'], /years/i, 1);
};

/**
 * "is 8 the standard?", "what do most ask?": the minimum asked most often, with how many ask exactly
 * it of those stating one (unless the range line already says it of the median).
 */
function modeSaid(sorted: number[], median: number, saidOfMedian: boolean): string {
  if (sorted.length < 3) return '';
  const counts = new Map<number, number>();
  for (const y of sorted) counts.set(y, (counts.get(y) ?? 0) + 1);
  let mode = sorted[0]!;
  for (const [y, c] of counts) if (c > counts.get(mode)! || (c === counts.get(mode)! && y < mode)) mode = y;
  const c = counts.get(mode)!;
  if (c < 2 || (saidOfMedian && mode === median)) return '';
  return `; most often ${mode}+ years: ${c} of ${sorted.length} (${pct(c, sorted.length)}) ask exactly ${mode}`;
}

/**
 * "are there any lead roles open to juniors?": said plainly from the lowest minimum, then where an
 * early-career member does fit: the mid-level listings (in the same place, mode and skills asked).
 */
function earlyCareerLine(input: ComposeInput, lowest: number): void {
  const { ctx, book, out, plan } = input;
  const level = typeof plan.filters.level === 'string' ? plan.filters.level : undefined;
  if (level === 'mid') return;
  out.lines.push(
    level
      ? `- So these are not entry-level roles: the lowest minimum stated is ${lowest} years, and the listings that state none still describe ${LEVEL_NAMES[level]} work.`
      : `- None is pitched at someone just starting: the lowest minimum stated is ${lowest} years.`,
  );
  const base = selectionOf(plan, ctx, input.deps, ['level']);
  const mid = ctx.facts.ids({ ...base.filter, seniority: 'mid' });
  if (!mid.length) {
    out.lines.push('- No mid-level listing is open in that selection either.');
    return;
  }
  const ys = ctx.facts
    .years({ ...base.filter, seniority: 'mid' })
    .map((y) => y.years)
    .sort((a, b) => a - b);
  const [lo, hi] = [ys[0], ys[ys.length - 1]];
  const span = ys.length ? `, asking ${lo}–${hi} years where stated (${ys.length} of ${mid.length})` : '';
  out.lines.push(
    `- Closer to the start of a career: ${mid.length} mid-level listing${mid.length === 1 ? '' : 's'}${base.applied.length ? ` (${base.applied.join(', ')})` : ''}${span} ${book.citeAll(mid, 3)}.`,
  );
  out.figures.push(`mid-level listings: ${mid.length}${ys.length ? `, years ${lo}-${hi}` : ''}`);
}

// A listing saying outright that it asks no number of years ("We don't count years", "There's no
// years-of-experience bar", under "How many years…?": "We honestly don't count.").
const NO_YEARS_SAID =
  /\b(?:don['’]?t|do not|no|never|not)\b[^.]{0,30}\b(?:years?|count|number)\b|\byears?\b[^.]{0,30}\b(?:don['’]?t|do not|doesn['’]?t|isn['’]?t|not)\b/i;

/**
 * The statement of a listing saying outright that it asks no number of years ("We don't count
 * years"), or null: a descriptive kind (`GIVEN_KINDS`, "no years"), worked out at publish, so a
 * question over every lead listing stating no minimum reads none of their texts.
 */
export function noYearsSaid(l: ListingDetail): string | null {
  const s = statementsOf(l).find(
    (x) =>
      NO_YEARS_SAID.test(x.text) &&
      (/\byears?\b/i.test(x.text) || /\byears?\b/i.test(x.heading) || /\byears?\b/i.test(x.label)),
  );
  return s?.text ?? null;
}

/**
 * How many listings stating no minimum are shown: those saying so outright quoted (`quoted`), the
 * silent ones named by company (`named`); more are counted ("…and 1,200 more"). Not a constant so a
 * test can lower them and see the shape on the embedded corpus.
 */
export const NO_MINIMUM_SHOWN = { quoted: 10, named: 20 };

/**
 * "Which listings don't state a minimum?": how many state none, those that say so outright first
 * with their words (the same statement quoted once), then the silent ones by name (the
 * first few of each, `NO_MINIMUM_SHOWN`), each part saying how many more there are: over thousands
 * of listings an answer that names them all is no answer.
 */
function noMinimumLines(input: ComposeInput, ids: string[], ys: Array<{ id: string }>): void {
  const { ctx, book, out, plan } = input;
  // "which roles…", "list…", and "lead listings with no years requirement?" (the listings asked for).
  const listed =
    /^\W*(?:\w+\s+){0,3}(?:listings?|roles?|jobs?|postings?|positions?|openings?)\s+(?:with|without|that|which)\b/i;
  if (
    !WHICH_ASKED.test(plan.question) &&
    !/\b(?:list|name|show)\b/i.test(plan.question) &&
    !listed.test(plan.question)
  )
    return;
  const stated = new Set(ys.map((y) => y.id));
  const none = ids.filter((id) => !stated.has(id));
  if (!none.length) return;
  // Only the listings the stored kind gives a statement for are read (each one looked up in a set).
  const outright = givingAny(ctx, ['no years'], none)
    .map((id) => ({ id, s: givenBy<string>(ctx, 'no years', id) }))
    .filter((x): x is { id: string; s: string } => x.s !== null);
  out.lines.push(
    `- **Stating no minimum** (${none.length} of the ${ids.length})${outright.length ? `; ${outright.length} ${outright.length === 1 ? 'says' : 'say'} so outright` : ''}:`,
  );
  const { quoted, named } = NO_MINIMUM_SHOWN;
  // Employers repeat their sentences across their listings: the same statement is quoted once.
  const said = new Set<string>();
  const shown: typeof outright = [];
  for (const x of outright) {
    if (shown.length >= quoted) break;
    if (said.has(x.s)) continue;
    said.add(x.s);
    shown.push(x);
  }
  for (const x of shown)
    out.lines.push(`  - **${ctx.byId.get(x.id)!.company}**: “${clip(x.s, 160)}” ${book.cite(x.id)}`);
  if (outright.length > shown.length)
    out.lines.push(`  - …and ${outright.length - shown.length} more say so.`);
  const saying = new Set(outright.map((x) => x.id));
  const rest = none.filter((id) => !saying.has(id));
  if (rest.length)
    out.lines.push(
      `  - ${outright.length ? 'The others, silent on years' : 'Silent on years'}: ${rest
        .slice(0, named)
        .map((id) => `${ctx.byId.get(id)!.company} ${book.cite(id)}`)
        .join(', ')}${rest.length > named ? `, and ${rest.length - named} more` : ''}`,
    );
  out.figures.push(
    `stating no minimum: ${none.length} of ${ids.length}; saying so outright ${outright.length}`,
  );
}

/** Up to this many listings stating no minimum are named beside the count, asked or not. */
const FEW_SILENT = 3;

/**
 * ": Ohmwise [3], “We honestly don't count.”": the few listings of the selection that state no
 * minimum, named (with their own words when they say so outright), so a count of the ones left out
 * is never a bare number; '' when there are none or more than `FEW_SILENT`.
 */
function fewSilentNamed(input: ComposeInput, ids: string[], ys: Array<{ id: string }>): string {
  const { ctx, book } = input;
  const stated = new Set(ys.map((y) => y.id));
  const none = ids.filter((id) => !stated.has(id));
  if (!none.length || none.length > FEW_SILENT) return '';
  return `: ${none
    .map((id) => {
      const said = givenBy<string>(ctx, 'no years', id);
      return `${ctx.byId.get(id)?.company ?? id} ${book.cite(id)}${said ? `, “${clip(said, 120)}”` : ''}`;
    })
    .join('; ')}`;
}

/**
 * The listings inside a years bound the question states ("6 yrs or less": those asking at most 6;
 * "10+ years": those asking at least 10), counted over the ones that state a minimum and listed.
 */
function yearsWithin(input: ComposeInput, ys: Array<{ id: string; years: number }>, n: number): void {
  const { plan, ctx, book, out } = input;
  const { yearsAtMost: most, yearsAtLeast: least } = plan;
  if (most === undefined && least === undefined) return;
  const inside = ys.filter(
    (y) => (most === undefined || y.years <= most) && (least === undefined || y.years >= least),
  );
  const bound =
    most !== undefined && least !== undefined
      ? `${least} to ${most} years`
      : most !== undefined
        ? `${most} years or fewer`
        : `${least} years or more`;
  out.lines.push(
    `- **Asking ${bound}: ${inside.length} of ${ys.length} (${pct(inside.length, ys.length)})** that state a minimum${n > ys.length ? `; ${inside.length} of ${n} in all (${pct(inside.length, n)}), the other ${n - ys.length} stating none` : ''}${inside.length ? ':' : '.'}`,
  );
  out.figures.push(`asking ${bound}: ${inside.length} of ${ys.length} stating years`);
  // "which accept fewer than 5 years?" with none: the nearest the corpus comes, named.
  if (!inside.length && ys.length) {
    // a reduce, not a spread into Math.min: at 100,000 listings that overflows the stack
    const nearest = ys.reduce(
      (best, y) => (most !== undefined ? Math.min(best, y.years) : Math.max(best, y.years)),
      most !== undefined ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY,
    );
    out.lines.push(
      `  - None does. The ${most !== undefined ? 'lowest' : 'highest'} minimum asked is ${nearest} years, at ${extremeNamed(input, ys, nearest)}.`,
    );
    if (n > ys.length && most !== undefined)
      out.lines.push(`  - The ${n - ys.length} that state no number of years are the ones to read closely.`);
  }
  const sorted = [...inside].sort((a, b) => a.years - b.years);
  for (const y of sorted.slice(0, 10)) {
    const l = ctx.byId.get(y.id);
    if (l)
      out.lines.push(
        `  - ${y.years}+ years: **${l.title}** at ${l.company} (${l.location}) ${book.cite(l.id)}`,
      );
  }
  if (sorted.length > 10) out.lines.push(`  - …and ${sorted.length - 10} more.`);
}

/**
 * The listings asking exactly `value` years, named with their citations ("Gula [1]"; with more than
 * four, "Gula [1], Xisto [2], Ardwick [3] and 5 others"), so an extreme is never a bare number.
 */
function extremeNamed(input: ComposeInput, ys: Array<{ id: string; years: number }>, value: number): string {
  const { ctx, book } = input;
  const at = ys.filter((y) => y.years === value);
  // "and 1 other" would hide a name as short to say as the count: four are named.
  const named = at.slice(0, at.length === 4 ? 4 : 3).map((y) => {
    const l = ctx.byId.get(y.id);
    return `${l ? l.company : y.id} ${book.cite(y.id)}`;
  });
  const rest = at.length - named.length;
  return `${named.join(', ')}${rest > 0 ? ` and ${rest} other${rest === 1 ? '' : 's'}` : ''}`;
}
