/**
 * Skills: what the roles ask for (`requirements`), how often a skill is asked (`skillFrequency`,
 * also skills compared) and the skills most asked for (`topSkills`).
 */
import { percentile } from '../../market.js';
import type { AnswerPlan } from '../plan/index.js';
import { DEGREE_ASKED, degreeLine } from './career.js';
import type { ComposeInput, Composer } from './context.js';
import { WHICH_ASKED } from './cues.js';
import { quoteGuides } from './guides.js';
import { placeName, type Selection, scope, selectionNotes, selectionOf } from './selection.js';
import { fewOrNone, LEVEL_NAMES, open, pct } from './shared.js';
import { cap } from './text.js';
import { yearsLine } from './years.js';

const LEARNABLE = new Set([
  'language',
  'framework',
  'runtime',
  'datastore',
  'database',
  'cloud',
  'messaging',
  'infrastructure',
  'observability',
  'practice',
  'architecture',
  'security',
  'api',
  'tool',
  'platform',
  'data',
  'domain',
  'compliance',
  'testing',
]);

/**
 * "what skills do I need for a lead role at a bank?": one or two banking listings say little about
 * what banks ask, so after them the same tally over the industry the asked one belongs to (banking
 * → fintech), said to be that wider reading. Only when the wider industry has more listings.
 */
function widerIndustry(input: ComposeInput, ids: string[], compose: Composer): void {
  const asked = input.plan.filters.industry;
  if (!ids.length || !asked || input.plan.widenedIndustry) return;
  const parent = input.deps.industries.industries.get(asked)?.parent;
  if (!parent) return;
  const plan: AnswerPlan = {
    ...input.plan,
    filters: { ...input.plan.filters, industry: parent },
    widenedIndustry: asked,
  };
  const wider = input.ctx.facts.ids(selectionOf(plan, input.ctx, input.deps).filter);
  if (wider.length <= Math.max(2, ids.length)) return;
  const labels = input.deps.industries;
  input.out.lines.push(
    `Too few to tally, so the same over ${labels.label(parent).toLowerCase()}, the wider industry ${labels.label(asked).toLowerCase()} belongs to:`,
  );
  // The answer's N, filters and notes stay the selection asked; the wider tally states its own.
  const { n, applied, notes } = input.out;
  compose({ ...input, plan });
  Object.assign(input.out, { n, applied, notes });
}

export const requirements: Composer = (input) => {
  const { ctx, book, out } = input;
  // "how do lead listings in berlin and munich differ?": each place's own tally, then the gaps.
  if ((input.plan.comparePlaces?.length ?? 0) >= 2) {
    requirementsBySide(input);
    return;
  }
  const sel = selectionOf(input.plan, ctx, input.deps);
  const ids = open(input, sel);
  // One or two listings: each shown with what it asks for, then the wider industry's tally.
  if (fewOrNone(input, sel, ids, 'requirements', ['skills'])) return widerIndustry(input, ids, requirements);
  const n = ids.length;
  const q = input.plan.question;
  // "do lead roles require a CS degree?": the degree answer alone; skills only when asked too.
  if (DEGREE_ASKED.test(q) && !SKILLS_TOO.test(q)) {
    out.lines.push(`What ${scope(sel, n)} say about degrees:`);
    degreeLine(input, ids);
    return;
  }
  // "which roles need AWS and Terraform both?": the skills asked are the selection (every one of
  // them names each), so the listings are the answer, named; what else they ask follows.
  const asked = input.plan.filters.skills ?? [];
  if (asked.length && WHICH_ASKED.test(q)) {
    const rest = sel.applied.filter((a) => !a.startsWith('asking for'));
    out.lines.push(
      `${n} open listing${n === 1 ? '' : 's'}${rest.length ? ` (${rest.join(', ')})` : ''} ask${n === 1 ? 's' : ''} for ${asked.length === 2 ? `both ${asked.join(' and ')}` : asked.length > 2 ? `all of ${asked.join(', ')}` : asked[0]}:`,
    );
    namedListings(input, ids);
  } else if (input.plan.besides?.length)
    out.lines.push(`What they ask for besides ${input.plan.besides.join(' and ')}, across ${scope(sel, n)}:`);
  else out.lines.push(`What they ask for most often, across ${scope(sel, n)}:`);
  // "do they need a CS degree?": asked first, answered first.
  if (DEGREE_ASKED.test(q)) degreeLine(input, ids);
  const counts = ctx.facts.skillCounts(sel.filter);
  if (asked.length && WHICH_ASKED.test(q)) out.lines.push('What else they ask for most often:');
  // A skill asked is the selection: every listing names it, which says nothing as a line (its
  // figure still goes to the model, with the requirement count).
  const restated = (c: { skill: string; listings: number }) => asked.includes(c.skill) && c.listings === n;
  for (const c of counts.filter(restated))
    out.figures.push(`${c.skill}: ${c.listings} of ${n}, required in ${c.required}`);
  // The skills set aside as known: their own count first, then the rest.
  const aside = new Set(input.plan.besides ?? []);
  for (const c of counts.filter((x) => aside.has(x.skill)))
    out.lines.push(`- (${c.skill}, set aside: asked for in ${c.listings} of ${n}, ${pct(c.listings, n)})`);
  const technical = counts
    .filter((c) => c.category !== 'leadership' && !restated(c) && !aside.has(c.skill))
    .slice(0, 8);
  const leadership = counts.filter((c) => c.category === 'leadership').slice(0, 4);
  const examples = ctx.facts.examples(
    sel.filter,
    [...technical, ...leadership].map((c) => c.skill),
  );
  for (const c of technical) {
    out.lines.push(
      `- **${c.skill}**: asked for in ${c.listings} of ${n} (${pct(c.listings, n)}), required in ${c.required} ${book.citeAll(examples.get(c.skill)!, 2)}`,
    );
    out.figures.push(`${c.skill}: ${c.listings} of ${n}, required in ${c.required}`);
  }
  if (leadership.length)
    out.lines.push(
      `- Leadership side: ${leadership.map((c) => `${c.skill.toLowerCase()} (${c.listings} of ${n}) ${book.cite(examples.get(c.skill)![0]!)}`).join(', ')}`,
    );
  yearsLine(input, sel, n);
  // A few listings: each named with its years, so every one the tallies count is cited and the
  // member can open it ("bhai india mein lead backend ke liye kya kya chahiye?": the four of them).
  if (n <= FEW_REQUIREMENTS_NAMED && !(asked.length && WHICH_ASKED.test(q))) fewNamed(input, ids);
  // "which are really must-have and which nice-to-have?": the guide's reading of both, after the
  // listings' own required counts above.
  if (MUST_OR_NICE.test(q))
    quoteGuides(
      input,
      'requirements',
      ['guide-skills-expected'],
      [/Must-have versus nice-to-have/],
      3,
      /\b(?:must-have|nice-to-have|apply)\b/i,
    );
};

/** Skills shown per side of a comparison of what places ask for. */
const SIDE_SKILLS = 6;

/**
 * What the roles ask for in each place compared ("how do lead listings in berlin and munich
 * differ?", "stack in the uk vs the netherlands"): each place's N, its most-named skills and median
 * years, then the skills whose shares differ most between the first two places with listings.
 */
function requirementsBySide(input: ComposeInput): void {
  const { ctx, book, out, plan } = input;
  const sides = (plan.comparePlaces ?? []).map((place) => {
    const sel = selectionOf(
      { ...plan, place, filters: { ...plan.filters, place: place.name } },
      ctx,
      input.deps,
    );
    const ids = ctx.facts.ids(sel.filter);
    return { label: placeName(place), sel, ids, counts: ids.length ? ctx.facts.skillCounts(sel.filter) : [] };
  });
  const restFilters = { ...plan.filters, place: undefined };
  const rest = selectionOf({ ...plan, place: undefined, filters: restFilters }, ctx, input.deps);
  out.n = sides.reduce((sum, side) => sum + side.ids.length, 0);
  out.applied = [...rest.applied, `in ${sides.map((s) => s.label).join(' or ')}`];
  out.notes = selectionNotes(rest);
  out.figures.push(
    `N per side: ${sides.map((s) => `${s.label} ${s.ids.length}`).join(', ')}; filters applied besides the place: ${rest.applied.join(', ') || 'none'}`,
  );
  out.lines.push(
    `What the roles ask for, place by place${rest.applied.length ? ` (open listings matching ${rest.applied.join(', ')})` : ''}:`,
  );
  for (const side of sides) {
    const n = side.ids.length;
    if (!n) {
      out.lines.push(`- **${side.label}**: no open listing matches, so nothing to compare.`);
      continue;
    }
    const top = side.counts.filter((c) => c.category !== 'leadership').slice(0, SIDE_SKILLS);
    const examples = ctx.facts.examples(
      side.sel.filter,
      top.map((c) => c.skill),
    );
    const years = side.ids
      .map((id) => ctx.byId.get(id)?.yearsMin)
      .filter((y): y is number => typeof y === 'number')
      .sort((a, b) => a - b);
    const median = years.length ? percentile(years, 0.5) : undefined;
    out.lines.push(
      `- **${cap(side.label)}** (${n} listing${n === 1 ? '' : 's'}${median !== undefined ? `; median ${median}+ years over the ${years.length} stating one` : ''}): ${top
        .map((c) =>
          `${c.skill} ${c.listings} of ${n} ${book.citeAll(examples.get(c.skill) ?? [], 1)}`.trimEnd(),
        )
        .join(', ')}`,
    );
    for (const c of top) out.figures.push(`${c.skill} in ${side.label}: ${c.listings} of ${n}`);
  }
  const [a, b] = sides.filter((s) => s.ids.length);
  if (!a || !b) return;
  const share = (side: typeof a, skill: string) =>
    (side.counts.find((c) => c.skill === skill)?.listings ?? 0) / side.ids.length;
  const skills = new Set([...a.counts, ...b.counts].map((c) => c.skill));
  const gaps = [...skills]
    .map((skill) => ({ skill, d: share(a, skill) - share(b, skill) }))
    .filter((g) => Math.abs(g.d) >= 0.34)
    .sort((x, y) => Math.abs(y.d) - Math.abs(x.d) || x.skill.localeCompare(y.skill))
    .slice(0, 6);
  const said = (side: typeof a, skill: string) =>
    `${side.counts.find((c) => c.skill === skill)?.listings ?? 0} of ${side.ids.length}`;
  const more = (first: typeof a, second: typeof a, list: typeof gaps) =>
    list.map((g) => `${g.skill} (${said(first, g.skill)} vs ${said(second, g.skill)})`).join(', ');
  const moreA = gaps.filter((g) => g.d > 0);
  const moreB = gaps.filter((g) => g.d < 0);
  if (!gaps.length)
    out.lines.push(
      `- Where they differ: no skill's share differs by a third or more between ${a.label} and ${b.label}.`,
    );
  else {
    if (moreA.length) out.lines.push(`- Named more in ${a.label} than in ${b.label}: ${more(a, b, moreA)}`);
    if (moreB.length) out.lines.push(`- Named more in ${b.label} than in ${a.label}: ${more(b, a, moreB)}`);
  }
  if (a.ids.length < 3 || b.ids.length < 3)
    out.lines.push(
      '- With this few listings on a side, one listing moves a share a lot; read the counts, not the shares.',
    );
}

/** A selection this small has each of its listings named after the tallies. */
const FEW_REQUIREMENTS_NAMED = 6;

/** "The 4 listings: Loomsquare (9+ years) [1], …": each listing of a small selection, cited. */
function fewNamed(input: ComposeInput, ids: string[]): void {
  const { ctx, book, out } = input;
  // In the order of their citations: those the tallies cited first, then the rest.
  const named = ids
    .map((id) => ctx.byId.get(id))
    .filter((l) => l !== undefined)
    .map((l) => ({ l, c: book.cite(l.id) }))
    .sort((a, b) => Number(a.c.slice(1, -1)) - Number(b.c.slice(1, -1)))
    .map(
      ({ l, c }) =>
        `${l.company} (${l.yearsMin !== null ? `${l.yearsMin}+ years` : 'no minimum stated'}) ${c}`,
    );
  if (named.length) out.lines.push(`- The ${named.length} listings: ${named.join(', ')}`);
}

// Which requirements are firm and which flexible ("must-have vs nice-to-have", "deal-breakers",
// "which are really required").
const MUST_OR_NICE =
  /\bmust[- ]haves?\b|\bnice[- ]to[- ]haves?\b|\bdeal[- ]?breakers?\b|\bnon[- ]negotiable\b|\b(?:really|actually|strictly|truly) (?:required|needed|necessary|mandatory)\b|\bhard requirements?\b/i;

// Skills asked beside a degree ("a degree, and what else?").
const SKILLS_TOO =
  /\b(?:skills?|stack|tech(?:nolog\w*)?|tools?|languages?|else|other|besides|apart from|as well|also)\b/i;
/** How many listings are named before "…and N more". */
const NAMED_AT_MOST = 12;

/** The listings, by name, title and place, up to a limit, then how many more. */
export function namedListings(input: ComposeInput, ids: string[]): void {
  const { ctx, book, out } = input;
  for (const id of ids.slice(0, NAMED_AT_MOST)) {
    const l = ctx.byId.get(id);
    if (l) out.lines.push(`- **${l.company}**, ${l.title}: ${l.location} ${book.cite(id)}`);
  }
  if (ids.length > NAMED_AT_MOST)
    out.lines.push(`- …and ${ids.length - NAMED_AT_MOST} more; /search with the same words lists them all.`);
}

/** How many listings a "which ones don't need X" answer names before "…and N more". */
const NOT_NAMED_SHOWN = 10;

/** "Which lead roles don't need Java?": the listings among `ids` that do not name the skill, by name. */
function notNaming(
  input: ComposeInput,
  ids: string[],
  row: { skill: string; having: Array<{ id: string }> },
): void {
  const { ctx, book, out } = input;
  const n = ids.length;
  const named = new Set(row.having.map((h) => h.id));
  const without = ids.filter((id) => !named.has(id));
  const shown = without.slice(0, NOT_NAMED_SHOWN);
  if (shown.length) {
    out.lines.push(`Those that do not ask for ${row.skill} (${without.length} of ${n}):`);
    for (const id of shown) {
      const l = ctx.byId.get(id);
      if (l) out.lines.push(`- **${l.company}**, ${l.title}: ${l.location} ${book.cite(id)}`);
    }
    if (without.length > shown.length)
      out.lines.push(
        `- …and ${without.length - shown.length} more; /search with the same words lists them all.`,
      );
  }
}

/** The listings of the first row naming every row's skill, in the first row's order. */
function namingAll(rows: Array<{ having: Array<{ id: string }> }>): string[] {
  const sets = rows.slice(1).map((r) => new Set(r.having.map((h) => h.id)));
  return rows[0]!.having.filter((h) => sets.every((s) => s.has(h.id))).map((h) => h.id);
}

/** One skill asked about: the listings of the pool naming it, and how many require it. */
interface SkillRow {
  skill: string;
  having: Array<{ id: string; required: boolean }>;
  required: number;
}

/** How a skillFrequency answer reads its plan: the pool, the rows, and which kind of answer it is. */
interface SkillCounting {
  sel: Selection;
  ids: string[];
  n: number;
  skills: string[];
  rows: SkillRow[];
  /** Skills compared ("kafka or rabbitmq, which is more common?"). */
  compare: boolean;
  /** Listings naming at least one of the skills compared. */
  anyOf: number;
  /** Several skills asked together ("both kubernetes and terraform"). */
  together: boolean;
  /** The listings naming every skill asked together. */
  all: string[];
  /** The one skill whose share is asked. */
  one: SkillRow | undefined;
  /** "the 6 open listings matching lead level, in Germany," before the verb (two filters or more). */
  pool: string;
}

/** Each skill asked, with the listings of the selection naming it and how many require it. */
function skillRows(input: ComposeInput, sel: Selection, skills: string[]): SkillRow[] {
  return skills.map((skill) => {
    const having = input.ctx.facts.withSkill(sel.filter, skill);
    return { skill, having, required: having.filter((h) => h.required).length };
  });
}

/** Reads which kind of skill count the plan asks for, over its pool of `ids`. */
function skillCounting(input: ComposeInput, sel: Selection, ids: string[]): SkillCounting {
  const { ctx, plan } = input;
  const n = ids.length;
  const skills = plan.filters.skills ?? [];
  const rows = skillRows(input, sel, skills);
  const compare = plan.intent === 'skill_compare' && rows.length >= 2;
  const anyOf = compare ? ctx.facts.count({ ...sel.filter, skills, skillsMode: 'any' }) : 0;
  // Several skills asked together: how many name every one of them is the answer, said first.
  const together = rows.length >= 2 && !compare && plan.filters.skillsMode !== 'any';
  const all = together ? namingAll(rows) : [];
  const one = plan.intent === 'skill_frequency' && rows.length === 1 ? rows[0] : undefined;
  const pool = `${scope(sel, n).replace(/^all /, 'the ')}${sel.applied.length > 1 ? ',' : ''}`;
  return { sel, ids, n, skills, rows, compare, anyOf, together, all, one, pool };
}

/** The answer's first line: at least one of those compared, all of those together, or the one's share. */
function frequencyHeadline(input: ComposeInput, c: SkillCounting): string {
  const { sel, n, skills, rows, all, one, pool } = c;
  if (c.compare) return `Across ${scope(sel, n)}, ${c.anyOf} name at least one of ${skills.join(', ')}:`;
  if (c.together)
    return `**${all.length}** of ${pool} name ${rows.length === 2 ? `both ${skills.join(' and ')}` : `all ${rows.length} of ${skills.join(', ')}`}${all.length ? ` ${input.book.citeAll(all, 3)}` : ''}. Each on its own:`;
  if (one)
    return one.having.length === 0
      ? noneAsk(input, one.skill, pool, n)
      : `**${one.having.length}** of ${pool} ask for ${one.skill} (${pct(one.having.length, n)}):`;
  return `Across ${scope(sel, n)}:`;
}

// Listings naming every skill asked together, this few or fewer, are named even for a count.
const FEW_TOGETHER_NAMED = 6;

/** "which lead roles mention graphql and grpc both?": those listings, by name, under the headline. */
function nameThoseNamingAll(input: ComposeInput, all: string[]): void {
  const { out } = input;
  const head = out.lines.pop()!;
  out.lines.push(head.replace(/\. Each on its own:$/, ':'));
  namedListings(input, all);
  out.lines.push('Each skill on its own:');
}

// A skill this few listings ask for is said with their companies ("Elixir: 3 of 162: Mistfjord, …").
const FEW_ASKING_NAMED = 3;

/** One line and one figure per skill: how many ask for it, and how many require it. */
function skillCountLines(input: ComposeInput, rows: SkillRow[], n: number): void {
  const { book, out, ctx } = input;
  for (const r of rows) {
    const few =
      r.having.length <= FEW_ASKING_NAMED && n > r.having.length
        ? `: ${[...new Set(r.having.map((h) => ctx.byId.get(h.id)?.company ?? h.id))].join(', ')}`
        : '';
    // A side none of them names ("k8s vs nomad"): said plainly, with whether any listing names it.
    out.lines.push(
      r.having.length
        ? `- **${r.skill}**: asked for in ${r.having.length} of ${n} (${pct(r.having.length, n)}), as a requirement in ${r.required}${few} ${book.citeAll(
            r.having.map((h) => h.id),
            3,
          )}`
        : `- **${r.skill}**: ${noneAsk(input, r.skill, 'them', n)}`,
    );
    out.figures.push(
      `${r.skill}: ${r.having.length} of ${n} (${pct(r.having.length, n)}), required in ${r.required}`,
    );
  }
}

/** "…and how many of those are lead roles?": the level's share of the listings counted. */
function levelShareOfThose(input: ComposeInput, sel: Selection, one: SkillRow): void {
  const { ctx, out, plan } = input;
  const level = plan.ofThoseLevel!;
  const ofLevel = ctx.facts.withSkill({ ...sel.filter, seniority: level }, one.skill);
  out.lines.push(
    `- Of those ${one.having.length}, **${ofLevel.length}** are ${LEVEL_NAMES[level]} roles (${pct(ofLevel.length, one.having.length)}).`,
  );
  out.figures.push(`${one.skill} at ${LEVEL_NAMES[level]} level: ${ofLevel.length} of ${one.having.length}`);
}

/** Skills compared (rows most common first): which is more common, and how many name both of two. */
function comparedVerdict(input: ComposeInput, rows: SkillRow[], n: number): void {
  const { out } = input;
  const [a, b] = rows;
  const rest = rows.slice(1);
  out.lines.push(
    a!.having.length === b!.having.length
      ? `- ${a!.skill} and ${b!.skill} are equally common here (${a!.having.length} each).`
      : rows.length === 2
        ? `- So **${a!.skill}** is more common than ${b!.skill} here (${a!.having.length} against ${b!.having.length} of ${n}).`
        : `- So **${a!.skill}** is the most common here: ${a!.having.length} of ${n}, against ${rest.map((r) => `${r.having.length} for ${r.skill}`).join(' and ')}.`,
  );
  if (rows.length === 2) {
    const inB = new Set(b!.having.map((x) => x.id));
    const both = a!.having.filter((h) => inB.has(h.id)).length;
    out.lines.push(`- ${both} of the ${n} name both.`);
  }
}

/** Three or more compared: how many name every one of them. */
function namingAllCompared(input: ComposeInput, rows: SkillRow[], skills: string[], n: number): void {
  const { book, out } = input;
  const every = namingAll(rows);
  out.lines.push(
    `- ${every.length} of the ${n} name all ${rows.length} of ${skills.join(', ')}${every.length ? ` ${book.citeAll(every, 3)}` : ''}.`,
  );
  out.figures.push(`naming all of ${skills.join(', ')}: ${every.length} of ${n}`);
}

/** One skill asked about ("is kubernetes a must-have?"): how far from everywhere it is, in words. */
function oneSkillInWords(input: ComposeInput, r: SkillRow, n: number): void {
  const share = r.having.length / n;
  const word =
    r.having.length === n
      ? 'every one of them'
      : share >= 0.9
        ? 'nearly all of them'
        : share >= 0.5
          ? 'most of them, not all'
          : share >= 0.2
            ? 'a minority of them'
            : 'few of them';
  input.out.lines.push(
    `- So ${r.skill} is asked for by ${word}: ${n - r.having.length} of the ${n} do not ask for it${r.required < r.having.length ? `, and ${r.having.length - r.required} ask for it only as a plus` : ''}.`,
  );
  // "is elixir wanted anywhere at lead level?": the few that do, by name.
  if (r.having.length > 0 && r.having.length <= FEW_NAMED) {
    input.out.lines.push(`The ${r.having.length === 1 ? 'one that does' : `${r.having.length} that do`}:`);
    namedListings(
      input,
      r.having.map((h) => h.id),
    );
  }
}
/** How many listings naming a rare skill are named with its count. */
const FEW_NAMED = 3;

/** How often the skills named are asked for: counted, compared, or together; by side when compared. */
export const skillFrequency: Composer = (input) => {
  const { ctx, out, plan } = input;
  if ((plan.compare && plan.compare.length >= 2) || (plan.comparePlaces && plan.comparePlaces.length >= 2)) {
    skillBySide(input);
    return;
  }
  // The pool is everything the other filters select; each named skill is counted in it.
  const sel = selectionOf(plan, ctx, input.deps, ['skills']);
  const ids = open(input, sel);
  if (ids.length === 0) {
    fewOrNone(input, sel, ids, 'skill counts');
    return;
  }
  const c = skillCounting(input, sel, ids);
  const { n, skills, rows, compare, together, all, one } = c;
  out.lines.push(frequencyHeadline(input, c));
  // "do any lead roles ask for PHP?": none, said once; no tally of zeros follows.
  if (one && one.having.length === 0) {
    out.figures.push(`${one.skill}: 0 of ${n}`);
    return;
  }
  if (together) out.figures.push(`naming all of ${skills.join(', ')}: ${all.length} of ${n}`);
  // "which … mention both?", or so few that naming them is the answer ("how many want python AND
  // django?": 5, each named).
  if (together && all.length && (WHICH_ASKED.test(plan.question) || all.length <= FEW_TOGETHER_NAMED))
    nameThoseNamingAll(input, all);
  if (compare) out.figures.push(`naming at least one of ${skills.join(', ')}: ${c.anyOf} of ${n}`);
  // Most asked first (after namingAll read the rows in the order asked).
  rows.sort((a, b) => b.having.length - a.having.length);
  skillCountLines(input, rows, n);
  if (one && plan.ofThoseLevel) levelShareOfThose(input, sel, one);
  if (compare) comparedVerdict(input, rows, n);
  if (compare && rows.length >= 3 && plan.filters.skillsMode !== 'any')
    namingAllCompared(input, rows, skills, n);
  if (plan.intent === 'skill_frequency' && rows.length === 1 && n >= 3) oneSkillInWords(input, rows[0]!, n);
  // "C# / .NET lead roles kitne hai total?": one stack by either of its names, in so few listings
  // that naming them is the answer.
  if (plan.filters.skillsMode === 'any' && !compare && rows.length >= 2) {
    const either = [...new Set(rows.flatMap((r) => r.having.map((h) => h.id)))];
    if (either.length && either.length <= FEW_TOGETHER_NAMED) {
      out.lines.push(`The ${either.length === 1 ? 'one' : either.length} naming ${skills.join(' or ')}:`);
      namedListings(input, either);
    }
  }
  // "which lead roles don't need Java?": the ones that do not name it, by name.
  if (plan.listNotNamed && rows.length === 1) notNaming(input, ids, rows[0]!);
  // "which German lead listings list system design as a skill?": the ones that do, by name.
  else if (one && one.having.length && WHICH_ASKED.test(plan.question)) {
    out.lines.push(`The ${one.having.length === 1 ? 'one' : one.having.length} naming ${one.skill}:`);
    namedListings(
      input,
      one.having.map((h) => h.id),
    );
  }
  if (!skills.length)
    out.lines.push('- Name a skill (e.g. Kafka, k8s, golang) and I can count how many listings ask for it.');
};

/**
 * No listing of the pool asks for the skill: said plainly, with whether any listing of the corpus
 * names it at all ("PHP": none at any level) or only listings outside the filters do.
 */
function noneAsk(input: ComposeInput, skill: string, pool: string, n: number): string {
  const anywhere = input.ctx.facts.withSkill({}, skill).map((h) => h.id);
  const elsewhere =
    anywhere.length === 0
      ? `, and no listing in the corpus names it at any level or place`
      : `; only ${anywhere.length} open listing${anywhere.length === 1 ? '' : 's'} outside these filters name${anywhere.length === 1 ? 's' : ''} it ${input.book.citeAll(anywhere, 3)}`;
  return `No listing among ${pool} asks for ${skill} (**0** of ${n})${elsewhere}.`;
}

/** A skill's share on each side compared ("terraform: senior vs lead"): N, count and share per side. */
function skillBySide(input: ComposeInput): void {
  const { ctx, book, out, plan } = input;
  const skills = plan.filters.skills ?? [];
  const byPlace = !plan.compare?.length && (plan.comparePlaces?.length ?? 0) >= 2;
  const side = (label: string, sidePlan: AnswerPlan) => {
    const sel = selectionOf(sidePlan, ctx, input.deps, ['skills']);
    const ids = ctx.facts.ids(sel.filter);
    return { label, sel, ids, having: skills.map((s) => ctx.facts.withSkill(sel.filter, s)) };
  };
  const sides = byPlace
    ? (plan.comparePlaces ?? []).map((place) =>
        side(placeName(place), { ...plan, place, filters: { ...plan.filters, place: place.name } }),
      )
    : (plan.compare ?? []).map((level) =>
        side(LEVEL_NAMES[level], { ...plan, filters: { ...plan.filters, level } }),
      );
  // The filters besides the side, said once.
  const restFilters = { ...plan.filters, place: undefined, level: byPlace ? plan.filters.level : undefined };
  const rest = selectionOf({ ...plan, filters: restFilters }, ctx, input.deps, ['skills']);
  out.n = sides.reduce((sum, side) => sum + side.ids.length, 0);
  out.applied = rest.applied;
  out.notes = selectionNotes(rest);
  out.figures.push(
    `N per side: ${sides.map((s) => `${s.label} ${s.ids.length}`).join(', ')}; filters applied besides the side: ${rest.applied.join(', ') || 'none'}`,
  );
  skills.forEach((skill, i) => {
    out.lines.push(
      `**${skill}** by ${byPlace ? 'place' : 'level'}${rest.applied.length ? ` (open listings matching ${rest.applied.join(', ')})` : ' (all open listings)'}:`,
    );
    for (const side of sides) {
      const having = side.having[i]!;
      const n = side.ids.length;
      out.lines.push(
        n
          ? `- **${cap(side.label)}**: asked for in ${having.length} of ${n} (${pct(having.length, n)}), as a requirement in ${having.filter((h) => h.required).length} ${book.citeAll(
              having.map((h) => h.id),
              2,
            )}`.trimEnd()
          : `- **${cap(side.label)}**: no open listing matches, so nothing to count.`,
      );
      out.figures.push(`${skill} at ${side.label}: ${having.length} of ${n} (${pct(having.length, n)})`);
    }
    const counted = sides.filter((s) => s.ids.length);
    if (counted.length >= 2) {
      const share = (s: (typeof sides)[number]) => s.having[i]!.length / s.ids.length;
      const ranked = [...counted].sort((a, b) => share(b) - share(a));
      const [top, next] = [ranked[0]!, ranked[1]!];
      out.lines.push(
        share(top) === share(next)
          ? `- So ${skill} is as common in ${top.label} listings as in ${next.label} listings (${pct(top.having[i]!.length, top.ids.length)} each).`
          : `- So ${skill} is named more often in ${top.label} listings (${pct(top.having[i]!.length, top.ids.length)}) than in ${next.label} listings (${pct(next.having[i]!.length, next.ids.length)}).`,
      );
    }
  });
}

const KIND_WORDS: Record<string, string> = {
  language: 'languages',
  database: 'databases',
  cloud: 'clouds',
  framework: 'frameworks',
  streaming: 'messaging and streaming tools',
  infrastructure: 'infrastructure tools',
  operations: 'operations and observability tools',
  leadership: 'leadership and people skills',
};

// A change over time asked ("which skills are rising?", "what's trending", "falling out of favour").
const TREND_ASKED =
  /\b(?:ris(?:e|es|ing)|on the rise|grow(?:s|ing)|trend\w*|increas\w*|declin\w*|fall(?:s|ing)(?: out)?|drop(?:s|ping)|fad(?:e|es|ing)|hot(?:test)?|more and more|less and less|lately|these days|emerging|up and coming|gaining|losing)\b/i;

/**
 * "Which skills are rising?": the listings hold no history of the market, only when each was
 * posted; so the newer half of the selection (by posting date) is set against the older half, and
 * the skills whose share moved most are named, each with both counts, said to be that reading.
 */
function skillTrend(input: ComposeInput, sel: Selection, ids: string[]): void {
  const { ctx, book, out } = input;
  const dates = ids
    .map((id) => ctx.byId.get(id)?.postedAt?.slice(0, 10))
    .filter((d): d is string => Boolean(d))
    .sort();
  if (dates.length < 20) {
    out.lines.push(
      `- Rising or falling: ${dates.length} dated listings are too few to set newer against older; the listings hold no history of the market.`,
    );
    return;
  }
  const cut = dates[Math.floor(dates.length / 2)]!;
  const newer = ctx.facts.skillCounts({ ...sel.filter, postedAfter: cut });
  const older = ctx.facts.skillCounts({ ...sel.filter, postedBefore: cut });
  const nNew = ctx.facts.count({ ...sel.filter, postedAfter: cut });
  const nOld = ctx.facts.count({ ...sel.filter, postedBefore: cut });
  if (!nNew || !nOld) return;
  const olderOf = new Map(older.map((c) => [c.skill, c.listings]));
  const newerOf = new Map(newer.map((c) => [c.skill, c.listings]));
  const moves = [...new Set([...olderOf.keys(), ...newerOf.keys()])]
    .map((skill) => {
      const a = olderOf.get(skill) ?? 0;
      const b = newerOf.get(skill) ?? 0;
      return { skill, a, b, delta: b / nNew - a / nOld };
    })
    .filter((m) => m.a + m.b >= 6);
  const up = moves
    .filter((m) => m.delta >= 0.1)
    .sort((x, y) => y.delta - x.delta)
    .slice(0, 5);
  const down = moves
    .filter((m) => m.delta <= -0.1)
    .sort((x, y) => x.delta - y.delta)
    .slice(0, 3);
  const said = (m: (typeof moves)[number]) =>
    `**${m.skill}** ${m.b} of ${nNew} (${pct(m.b, nNew)}) against ${m.a} of ${nOld} (${pct(m.a, nOld)})`;
  out.lines.push(
    `Rising or falling: the listings hold no history of the market, only when each was posted. Set side by side, the newer ${nNew} (posted ${cut} to ${dates.at(-1)}) against the older ${nOld} (${dates[0]} to before ${cut}):`,
  );
  out.lines.push(
    up.length
      ? `- Named by a larger share of the newer: ${up.map(said).join('; ')}`
      : '- No skill is named by a share 10 points larger in the newer half.',
  );
  if (down.length) out.lines.push(`- By a smaller share: ${down.map(said).join('; ')}`);
  const cited = ctx.facts.examples(
    { ...sel.filter, postedAfter: cut },
    up.map((m) => m.skill),
    1,
  );
  const cites = [...new Set(up.flatMap((m) => cited.get(m.skill) ?? []))].slice(0, 3);
  if (cites.length) out.lines[out.lines.length - (down.length ? 2 : 1)] += ` ${book.citeAll(cites, 3)}`;
  out.lines.push(
    '- With a few dozen listings on each side, a shift of one or two listings moves a share by several points: read these as hints, not a trend.',
  );
  out.figures.push(
    `trend split at ${cut}: newer ${nNew}, older ${nOld}; rising ${up.map((m) => m.skill).join(', ') || 'none'}`,
  );
}

export const topSkills: Composer = (input) => {
  const { ctx, book, out } = input;
  const sel = selectionOf(input.plan, ctx, input.deps);
  const ids = open(input, sel);
  if (fewOrNone(input, sel, ids, 'skill counts', ['skills'])) return widerIndustry(input, ids, topSkills);
  const n = ids.length;
  const kinds = input.plan.skillCategories;
  const counts = ctx.facts
    .skillCounts(sel.filter)
    .filter((c) =>
      // The leadership side is counted apart below, unless it is the kind asked ("soft skills").
      kinds?.includes('leadership')
        ? c.category === 'leadership'
        : c.category !== 'leadership' && (LEARNABLE.has(c.category) || c.category !== 'soft'),
    )
    .filter((c) => !kinds?.length || kinds.includes(c.category));
  const kind = kinds?.length ? (KIND_WORDS[kinds[0]!] ?? 'skills') : 'skills';
  out.lines.push(`The ${kind} named most across ${scope(sel, n)}:`);
  if (!counts.length) out.lines.push(`- None of them names any ${kind}.`);
  // "top 5 skills": as many as asked, ten otherwise.
  const shown = counts.slice(0, input.plan.top ?? 10);
  const examples = ctx.facts.examples(
    sel.filter,
    shown.map((c) => c.skill),
  );
  shown.forEach((c, i) => {
    out.lines.push(
      `${i + 1}. **${c.skill}**: ${c.listings} of ${n} (${pct(c.listings, n)}), required in ${c.required} ${book.citeAll(examples.get(c.skill)!, 2)}`,
    );
    out.figures.push(`${c.skill}: ${c.listings} of ${n}`);
  });
  if (TREND_ASKED.test(input.plan.question)) skillTrend(input, sel, ids);
  // Leadership asks (hiring, people management, mentoring) are counted apart from the technical
  // skills: for manager and lead listings they are often the most named of all.
  if (!kinds?.length) {
    const leading = ctx.facts
      .skillCounts(sel.filter)
      .filter((c) => c.category === 'leadership')
      .slice(0, 3);
    if (leading.length) {
      const cited = ctx.facts.examples(
        sel.filter,
        leading.map((c) => c.skill),
      );
      out.lines.push(
        `Leadership asks named most: ${leading.map((c) => `**${c.skill}** ${c.listings} of ${n} (${pct(c.listings, n)}) ${book.citeAll(cited.get(c.skill) ?? [], 1)}`).join(', ')}`,
      );
    }
  }
  // "what comes up most in canadian lead roles?" over six listings: each of them, cited, so the
  // tally can be read against the listings it counts.
  if (n <= FEW_REQUIREMENTS_NAMED) fewNamed(input, ids);
};
