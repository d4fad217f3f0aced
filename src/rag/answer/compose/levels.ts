/** Levels and lead titles compared (`levelCompare`). */

import type { FactFilter, SalaryRow } from '../../../storage/corpus/facts.js';
import { percentile } from '../../market.js';
import { PAY } from '../plan/cues.js';
import type { PlanLevel } from '../plan/index.js';
import { type ComposeInput, type Composer, detail } from './context.js';
import { guideRowVerdict, quoteGuides } from './guides.js';
import { dutyLines } from './listing.js';
import { selectionOf } from './selection.js';
import { fmt, LEVEL_NAMES, pct } from './shared.js';
import { cap } from './text.js';

export const LEVEL_GUIDE_SECTIONS: Array<[PlanLevel[], RegExp]> = [
  [['senior', 'lead'], /^Senior Engineer vs Lead/],
  [['staff', 'lead'], /^Staff and Principal vs Lead/],
  [['principal', 'lead'], /^Staff and Principal vs Lead/],
  [['manager', 'lead'], /^Engineering Manager vs Lead/],
];

const RATIO_ASKED = /\bratio\b/i;

export const levelCompare: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  const levels = plan.compare ?? ['lead', 'manager'];
  // "…years asked and USD pay?": each level's posted pay too, in the currency asked (which selects
  // the pay shown, not the listings compared).
  const payAsked = PAY.test(plan.question);
  // A company named as the example ("use the birchmere EM listing as the example"): the levels are
  // compared over every listing, and its listing is quoted on what is asked after them.
  const example = plan.filters.company;
  const base = selectionOf(plan, ctx, input.deps, [
    'level',
    'levelNot',
    ...(payAsked ? (['currency'] as const) : []),
    ...(example ? (['company'] as const) : []),
  ]);
  const people = /\b(?:reports|manage|manager|people|line)\b/i.test(plan.question);
  out.applied = base.applied;
  // "do leads have direct reports?": the guide's comparison row for what is asked answers it first.
  guideRowVerdict(input, levels);
  // "how many of each?": the listings compared, in all and per level, before each level's line.
  const perLevel = levels.map((level) => ctx.facts.ids({ ...base.filter, seniority: level }).length);
  const all = perLevel.reduce((a, b) => a + b, 0);
  out.lines.push(
    `How ${levels.map((l) => LEVEL_NAMES[l]).join(' and ')} roles compare in the listings${base.applied.length ? ` (${base.applied.join(', ')})` : ''}${
      levels.length > 1 && all
        ? `: ${all} open listings at these levels (${levels.map((l, i) => `${perLevel[i]} ${LEVEL_NAMES[l]}`).join(', ')})`
        : ''
    }:`,
  );
  let total = 0;
  const payKey = payAsked ? sharedPayKey(input, base.filter, levels) : undefined;
  for (const level of levels) {
    const filter = { ...base.filter, seniority: level };
    const ids = ctx.facts.ids(filter);
    total += ids.length;
    if (!ids.length) {
      out.lines.push(`- **${cap(LEVEL_NAMES[level])}**: no open listing at this level.`);
      continue;
    }
    const ys = ctx.facts.years(filter).map((y) => y.years);
    const count = (skill: string) => ctx.facts.withSkill(filter, skill);
    const pm = count('People management');
    const mentoring = count('Mentoring');
    const design = count('System design');
    out.lines.push(
      `- **${cap(LEVEL_NAMES[level])}** (${ids.length} listing${ids.length === 1 ? '' : 's'}): ${ys.length ? `median ${percentile(ys, 0.5)}+ years; ` : ''}people management in ${pm.length} of ${ids.length} (${pct(pm.length, ids.length)}); mentoring in ${mentoring.length}; system design in ${design.length} ${book.citeAll(pm.length && people ? pm.map((x) => x.id) : ids, 2)}`,
    );
    out.figures.push(
      `${level}: ${ids.length} listings, people management ${pm.length}, mentoring ${mentoring.length}, system design ${design.length}, median years ${ys.length ? percentile(ys, 0.5) : 'n/a'}`,
    );
    if (ids.length <= FEW_NAMED) fewNamed(input, filter, ids);
    if (payAsked) levelPay(input, filter, level, payKey);
  }
  out.n = total;
  // "what's the ratio of lead to senior listings?": the two counts as a ratio.
  if (RATIO_ASKED.test(plan.question) && levels.length === 2) {
    const [a, b] = levels.map((level) => ctx.facts.ids({ ...base.filter, seniority: level }).length);
    if (a && b)
      out.lines.push(
        `Ratio: ${a} ${LEVEL_NAMES[levels[0]!]} to ${b} ${LEVEL_NAMES[levels[1]!]} listings, about ${(a / b).toFixed(1)} to 1.`,
      );
  }
  if (example) exampleListings(input, example);
  levelListingsNamed(input, base.filter, levels);
  if (plan.compareTitles?.length) titlesCompared(input, base.filter, plan.compareTitles);
  // The guide section of each level compared against lead (staff and principal share one).
  const headings = [
    ...new Set(
      levels
        .filter((l) => l !== 'lead')
        .map((l) => LEVEL_GUIDE_SECTIONS.find(([pair]) => pair.includes(l))?.[1])
        .filter((h): h is RegExp => h !== undefined),
    ),
  ];
  if (!headings.length) headings.push(/^Engineering Manager vs Lead/);
  quoteGuides(
    input,
    'level_compare',
    ['guide-lead-vs-senior-staff-manager', 'guide-what-a-lead-backend-engineer-does'],
    headings,
    3,
    people ? /manag|reports|people|hiring|performance/i : undefined,
  );
};

/** A level with this many listings or fewer names each, with the years it asks. */
const FEW_NAMED = 3;

/** "Singapore: staff vs lead, how many of each and how many years?": a level's few listings, each. */
function fewNamed(input: ComposeInput, filter: FactFilter, ids: string[]): void {
  const { ctx, book, out } = input;
  const years = new Map(ctx.facts.years(filter).map((y) => [y.id, y.years]));
  for (const id of ids) {
    const l = ctx.byId.get(id);
    if (!l) continue;
    const y = years.get(id);
    out.lines.push(
      `  - **${l.company}**, ${l.title}: ${y !== undefined ? `${y}+ years` : 'no minimum years stated'} ${book.cite(id)}`,
    );
    out.listed?.add(id);
  }
}

/** At most this many listings of the example company are quoted. */
const EXAMPLES_QUOTED = 2;

/** The example company's listings at the levels compared, each in its own words on what is asked. */
function exampleListings(input: ComposeInput, company: string): void {
  const { ctx, book, out, plan } = input;
  const levels = plan.compare ?? [];
  const own = selectionOf({ ...plan, filters: { company } }, ctx, input.deps);
  const ids = ctx.facts.ids(own.filter);
  const shown = ids
    .filter((id) => levels.includes(ctx.byId.get(id)?.seniority as PlanLevel))
    .concat(ids.filter((id) => !levels.includes(ctx.byId.get(id)?.seniority as PlanLevel)))
    .slice(0, EXAMPLES_QUOTED);
  for (const id of shown) {
    const l = detail(ctx, id);
    if (!l) continue;
    out.lines.push(
      `The example, **${l.company}**'s ${l.title} (${LEVEL_NAMES[l.seniority as PlanLevel] ?? l.seniority}):`,
    );
    for (const line of dutyLines(l, book.cite(id), plan.question)) out.lines.push(line);
    out.listed?.add(id);
  }
}

const payKeyOf = (r: SalaryRow) => `${r.currency} per ${r.period}`;

/**
 * The currency and period every level's pay is shown in, so the levels are read side by side: the
 * currency asked, else the one posted by the most ranges among those every level posts in.
 */
function sharedPayKey(input: ComposeInput, filter: FactFilter, levels: PlanLevel[]): string | undefined {
  const { ctx, plan } = input;
  const currency = plan.filters.currency;
  const counts = new Map<string, { ranges: number; levels: number }>();
  for (const level of levels) {
    const keys = ctx.facts
      .salaries({ ...filter, seniority: level, ...(currency ? { currency } : {}) })
      .map(payKeyOf);
    for (const key of new Set(keys)) {
      const c = counts.get(key) ?? { ranges: 0, levels: 0 };
      c.levels++;
      c.ranges += keys.filter((k) => k === key).length;
      counts.set(key, c);
    }
  }
  return [...counts].sort((a, b) => b[1].levels - a[1].levels || b[1].ranges - a[1].ranges)[0]?.[0];
}

/** One level's posted pay beside its years, in the shared currency and period, with few ranges named. */
function levelPay(input: ComposeInput, filter: FactFilter, level: PlanLevel, key: string | undefined): void {
  const { ctx, book, out } = input;
  const group = key ? ctx.facts.salaries(filter).filter((r) => payKeyOf(r) === key) : [];
  if (!key || !group.length) {
    out.lines.push(`  - posted pay${key ? ` in ${key}` : ''}: none posted`);
    return;
  }
  const mids = group.map((r) => (r.min + r.max) / 2).sort((a, b) => a - b);
  const low = group.reduce((a, b) => (b.min < a.min ? b : a));
  const high = group.reduce((a, b) => (b.max > a.max ? b : a));
  const ranges =
    group.length <= 4
      ? `: ${group.map((r) => `${fmt(r.min)}–${fmt(r.max)} (${ctx.byId.get(r.id)?.company ?? r.id})`).join('; ')}`
      : '';
  out.lines.push(
    `  - posted pay, ${key} (N=${group.length}): median midpoint ${fmt(percentile(mids, 0.5))}, from ${fmt(low.min)} to ${fmt(high.max)}${ranges} ${book.citeAll(
      group.map((r) => r.id),
      2,
    )}`,
  );
  out.figures.push(`${level} pay ${key}: N=${group.length}, median midpoint ${percentile(mids, 0.5)}`);
}

// The listings of one level asked for by name ("which of the listings are actually EM roles?",
// "which ones count as staff roles?"): the words after it name the level.
const WHICH_ARE =
  /\bwhich (?:of (?:the|these|those|our|your) )?(?:listings|roles|jobs|ones|postings|positions|openings)\b[^?]*?\b(?:are|count as|would be)\b([^?]*)/i;
const LEVEL_SAID: Array<[PlanLevel, RegExp]> = [
  ['manager', /\b(?:ems?|engineering managers?|managers?|management)\b/i],
  ['staff', /\bstaff\b/i],
  ['principal', /\bprincipals?\b/i],
  ['senior', /\bseniors?\b/i],
  ['lead', /\b(?:tech )?leads?\b/i],
];
/** Listings of a level named one by one after the comparison; more are counted. */
const LEVEL_NAMED = 15;

/** "…and which of the listings are actually EM roles?": that level's listings, each named. */
function levelListingsNamed(input: ComposeInput, filter: FactFilter, levels: PlanLevel[]): void {
  const { ctx, book, out, plan } = input;
  const asked = WHICH_ARE.exec(plan.question)?.[1];
  if (!asked) return;
  const level = LEVEL_SAID.find(([l, re]) => levels.includes(l) && re.test(asked))?.[0];
  if (!level) return;
  const ids = ctx.facts.ids({ ...filter, seniority: level });
  if (!ids.length) return;
  const named = ids.slice(0, LEVEL_NAMED).map((id) => {
    const l = ctx.byId.get(id);
    return `**${l?.company ?? id}** (${l?.title ?? ''}) ${book.cite(id)}`;
  });
  out.lines.push(
    `The ${ids.length} ${LEVEL_NAMES[level]} listing${ids.length === 1 ? '' : 's'}: ${named.join('; ')}${ids.length > LEVEL_NAMED ? `; and ${ids.length - LEVEL_NAMED} more` : ''}.`,
  );
  out.figures.push(`${level} listings named: ${Math.min(ids.length, LEVEL_NAMED)} of ${ids.length}`);
}

/**
 * Lead titles set against each other ("tech lead vs engineering lead"): the open listings whose
 * title carries each, and how many of them ask for people management and mentoring.
 */
function titlesCompared(input: ComposeInput, filter: FactFilter, titles: string[]): void {
  const { ctx, book, out } = input;
  const ids = new Set(ctx.facts.ids(filter));
  out.lines.push('By the title the listings use:');
  for (const title of titles) {
    const words = title
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[ -]');
    const re = new RegExp(`\\b${words}s?\\b`, 'i');
    const titled = [...ctx.byId.values()].filter((l) => ids.has(l.id) && re.test(l.title)).map((l) => l.id);
    if (!titled.length) {
      out.lines.push(`- **${cap(title)}**: no open listing uses this title.`);
      continue;
    }
    const titledSet = new Set(titled);
    const has = (skill: string) =>
      ctx.facts.withSkill(filter, skill).filter((x) => titledSet.has(x.id)).length;
    const pm = has('People management');
    out.lines.push(
      `- **${cap(title)}** (${titled.length} listing${titled.length === 1 ? '' : 's'}): people management in ${pm} (${pct(pm, titled.length)}); mentoring in ${has('Mentoring')} ${book.citeAll(titled, 2)}`,
    );
    out.figures.push(`title ${title}: ${titled.length} listings, people management ${pm}`);
  }
}
