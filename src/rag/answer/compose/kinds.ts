/**
 * Answers to the kinds of question read by `plan/kinds.ts`: the spoken languages listings ask for,
 * how many listings match and when they were posted, what the corpus holds, a forecast, and a
 * request the bot does not do. `kindComposer(plan)` picks one before the intent's own composer.
 */
import type { SpokenLanguage } from '../../extract/spoken-languages.js';
import { appendAll } from '../../sources/types.js';
import type { AnswerPlan } from '../plan/index.js';
import type { Composed, ComposeInput, Composer } from './context.js';
import { featureListings } from './features.js';
import { givenBy } from './given.js';
import { companyName } from './honesty.js';
import { company, listing } from './listing.js';
import { pay } from './pay.js';
import { monthName, selectionOf } from './selection.js';
import { LEVEL_NAMES, open, pct } from './shared.js';
import { clip } from './text.js';

/** The composer of a kind the plan reads, or undefined for the intent's own. */
export function kindComposer(plan: AnswerPlan): Composer | undefined {
  if (plan.intent === 'out_of_scope' && plan.cannotDo) return cannotDo;
  // A skill's demand ahead ("is kafka dying out next year?") keeps the trend answer: its share today.
  if (
    plan.intent === 'out_of_scope' &&
    (plan.forecast === 'pay' || (plan.forecast && !plan.topicSkills?.length))
  )
    return forecast;
  if (plan.spoken) return spokenLanguages;
  if (plan.features?.length) return featureListings;
  if (plan.coverage === 'guides') return guidesHeld;
  if (plan.coverage === 'freshness') return freshness;
  if (plan.countListings) return listingCount;
  return undefined;
}

// --- Spoken languages --------------------------------------------------------------------------

const SHOWN = 10;

interface Asked {
  id: string;
  said: SpokenLanguage;
}

/**
 * "Which listings require German?": for each language asked, the listings that need it, those
 * where it helps, and those that take it or English, each named with the words it uses; the
 * count first, over every listing the filters select.
 */
const spokenLanguages: Composer = (input) => {
  const { ctx, out, plan } = input;
  const sel = selectionOf(plan, ctx, input.deps);
  const ids = open(input, sel);
  const base = `${ids.length} open listing${ids.length === 1 ? '' : 's'}${sel.applied.length ? ` matching ${sel.applied.join(', ')}` : ''}`;
  const said = new Map<string, Asked[]>();
  for (const id of ids)
    for (const s of givenBy<SpokenLanguage[]>(ctx, 'languages', id) ?? []) {
      if (!said.has(s.language)) said.set(s.language, []);
      said.get(s.language)!.push({ id, said: s });
    }
  const asked = plan.spoken?.length ? plan.spoken : undefined;
  if (!asked) {
    languagesOverview(input, said, base);
    return;
  }
  asked.forEach((language, i) => {
    const all = said.get(language) ?? [];
    const required = all.filter((a) => a.said.stance === 'required');
    const helpful = all.filter((a) => a.said.stance === 'helpful');
    const either = all.filter((a) => a.said.stance === 'either');
    const silent = ids.length - all.length;
    if (i > 0) out.lines.push('');
    out.lines.push(
      `${language} is required in ${required.length} of the ${base}${helpful.length ? `; ${helpful.length} more ${helpful.length === 1 ? 'says' : 'say'} it helps but is not required` : ''}${either.length ? `; ${either.length} ${either.length === 1 ? 'takes' : 'take'} it or English` : ''}.${silent === ids.length ? ` None of them mentions ${language}.` : silent ? ` The other ${silent} ${silent === 1 ? 'says' : 'say'} nothing about ${language}.` : ''}`,
    );
    out.figures.push(
      `${language}: required in ${required.length}, helpful in ${helpful.length}, either with English in ${either.length}, of ${ids.length}`,
    );
    // Which of those that need it are lead roles, when the level was not asked.
    if (required.length && !plan.filters.level) {
      const leads = required.filter((a) => ctx.byId.get(a.id)?.seniority === 'lead').length;
      out.lines.push(
        `Of the ${required.length} that require it, ${leads === 0 ? 'none is a lead role' : leads === required.length ? (leads === 1 ? 'it is a lead role' : 'all are lead roles') : leads === 1 ? '1 is a lead role' : `${leads} are lead roles`}.`,
      );
    }
    group(input, 'Required', required);
    group(input, 'Helps, not required', helpful);
    group(input, 'It or English', either);
  });
};

function group(input: ComposeInput, label: string, items: Asked[]): void {
  const { ctx, book, out } = input;
  if (!items.length) return;
  out.lines.push(`${label}:`);
  for (const a of items.slice(0, SHOWN)) {
    const l = ctx.byId.get(a.id)!;
    out.lines.push(
      `- **${l.company}**, ${l.title} (${l.location}; ${LEVEL_NAMES[l.seniority as keyof typeof LEVEL_NAMES] ?? l.seniority}): “${a.said.quote}” ${book.cite(a.id)}`,
    );
    out.listed?.add(a.id);
  }
  if (items.length > SHOWN) out.lines.push(`- …and ${items.length - SHOWN} more.`);
}

/** Every spoken language the selected listings ask for, most required first. */
function languagesOverview(input: ComposeInput, said: Map<string, Asked[]>, base: string): void {
  const { ctx, book, out } = input;
  const others = [...said.entries()]
    .filter(([language]) => language !== 'English')
    .map(([language, all]) => ({
      language,
      all,
      required: all.filter((a) => a.said.stance === 'required'),
      helpful: all.filter((a) => a.said.stance !== 'required'),
    }))
    .sort((a, b) => b.required.length - a.required.length || b.all.length - a.all.length);
  const english = said.get('English')?.length ?? 0;
  const any = new Set(others.flatMap((o) => o.all.map((a) => a.id)));
  out.lines.push(
    `${any.size} of the ${base} ask for or welcome a language besides English; ${english} state the English they expect.`,
  );
  for (const o of others) {
    const companies = (list: Asked[]) =>
      list
        .slice(0, 4)
        .map((a) => `${ctx.byId.get(a.id)!.company} ${book.cite(a.id)}`)
        .join(', ');
    out.lines.push(
      `- **${o.language}**: required in ${o.required.length}${o.required.length ? ` (${companies(o.required)}${o.required.length > 4 ? ', …' : ''})` : ''}; helps or optional in ${o.helpful.length}${o.helpful.length && !o.required.length ? ` (${companies(o.helpful)}${o.helpful.length > 4 ? ', …' : ''})` : ''}`,
    );
    out.figures.push(`${o.language}: required ${o.required.length}, helpful or either ${o.helpful.length}`);
  }
  out.lines.push('Ask about one language ("which listings need Spanish?") to see each listing’s own words.');
}

// --- Counts and posting dates ------------------------------------------------------------------

const LISTED = 15;

/**
 * "How many listings were posted in November?", "how many lead roles are there in Berlin?": the
 * count first, then the split by month (when the question spans months or asks it), then the
 * listings, newest first; "how many listings in total?" says what the corpus holds.
 */
const listingCount: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  const sel = selectionOf(plan, ctx, input.deps);
  const ids = open(input, sel);
  if (plan.inventory) {
    inventory(input, ids);
    return;
  }
  // "how many listings are located in Hamburg?": the count asked is of that place, 0, said first;
  // the wider place's listings follow as what there is nearby.
  if (sel.widened && ids.length) out.lines.push(`No open listing is located in ${sel.widened.from}: 0.`);
  const dated = sel.applied.length > 0 && sel.applied.every((a) => a.startsWith('posted'));
  const what = sel.applied.length
    ? ` ${dated ? (ids.length === 1 ? 'was' : 'were') : ids.length === 1 ? 'matches' : 'match'} ${sel.applied.join(', ')}`
    : '';
  out.lines.push(
    ids.length === 0
      ? `No open listing matches ${sel.applied.join(', ') || 'that'}.`
      : `${ids.length} open listing${ids.length === 1 ? '' : 's'}${what}${sel.applied.length ? '' : ' in all'}.`,
  );
  if (!ids.length) return;
  // "older than 6 months", "posted before May": the stalest first, the ones to check.
  const oldestFirst = plan.postedBefore !== undefined && !plan.filters.postedAfter;
  const listings = ids
    .map((id) => ctx.byId.get(id)!)
    .sort(
      (a, b) =>
        (oldestFirst
          ? (a.postedAt ?? '').localeCompare(b.postedAt ?? '')
          : (b.postedAt ?? '').localeCompare(a.postedAt ?? '')) || a.company.localeCompare(b.company),
    );
  if (plan.byMonth || (!plan.postedMonth && (plan.filters.postedAfter || plan.postedBefore)))
    byMonthPosted(input, listings);
  for (const by of plan.countBy ?? []) countedBy(input, listings, by);
  if (plan.byMonth && !plan.filters.postedAfter && !plan.postedBefore && ids.length > LISTED) return;
  if (plan.countBy?.length && ids.length > LISTED) return;
  out.lines.push(ids.length > LISTED ? `The ${oldestFirst ? 'oldest' : 'newest'} ${LISTED}:` : 'They are:');
  for (const l of listings.slice(0, LISTED)) {
    out.lines.push(
      `- **${l.company}**: ${l.title} (${l.location})${l.postedAt ? `, posted ${l.postedAt.slice(0, 10)}` : ''} ${book.cite(l.id)}`,
    );
    out.listed?.add(l.id);
  }
  if (ids.length > LISTED) out.lines.push(`- …and ${ids.length - LISTED} more; /search lists them all.`);
};

/**
 * The listings split by a group asked beside the count, most first, as "label: n (share)": their
 * level ("By level: lead: 90 (56%), …"), or the currency they post pay in (those posting none said).
 */
function countedBy(
  input: ComposeInput,
  listings: ReadonlyArray<{ seniority: string; salary: { currency: string } | null }>,
  by: 'level' | 'currency',
): void {
  const counts = new Map<string, number>();
  let none = 0;
  for (const l of listings) {
    const key = by === 'level' ? l.seniority : l.salary?.currency;
    if (!key) none++;
    else counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const label = (k: string) => (by === 'level' ? (LEVEL_NAMES[k as keyof typeof LEVEL_NAMES] ?? k) : k);
  const total = listings.length;
  if (by === 'level')
    input.out.lines.push(
      `By level: ${sorted.map(([k, n]) => `${label(k)}: ${n} (${pct(n, total)})`).join(', ')}.`,
    );
  else
    input.out.lines.push(
      `By the currency pay is posted in (${total - none} of ${total} post pay, ${counts.size} currenc${counts.size === 1 ? 'y' : 'ies'}): ${sorted.map(([k, n]) => `${k}: ${n}`).join(', ')}${none ? `; no pay posted: ${none}` : ''}.`,
    );
  input.out.figures.push(
    `by ${by}: ${sorted.map(([k, n]) => `${k} ${n}`).join(', ')}${none ? `, none ${none}` : ''}`,
  );
}

/** The listings split by the month they were posted, oldest month first (one month: nothing). */
function byMonthPosted(input: ComposeInput, listings: ReadonlyArray<{ postedAt?: string | null }>): void {
  const months = new Map<string, number>();
  for (const l of listings) {
    const m = l.postedAt ? l.postedAt.slice(0, 7) : 'no date';
    months.set(m, (months.get(m) ?? 0) + 1);
  }
  const split = [...months.entries()].sort(([a], [b]) => a.localeCompare(b));
  // One month only: the count already says it.
  // All in one year: the year said once and each month by its name ("By month posted (2026): May: 24; …").
  const years = new Set(split.filter(([m]) => m !== 'no date').map(([m]) => m.slice(0, 4)));
  const oneYear = years.size === 1 ? [...years][0] : undefined;
  const label = (m: string) => (m === 'no date' ? m : oneYear ? monthName(m).slice(0, -5) : monthName(m));
  if (split.length > 1)
    input.out.lines.push(
      `By month posted${oneYear ? ` (${oneYear})` : ''}: ${split.map(([m, n]) => `${label(m)}: ${n}`).join('; ')}.`,
    );
  input.out.figures.push(`by month: ${split.map(([m, n]) => `${m} ${n}`).join(', ')}`);
}

const EDGE_SHOWN = 3;
const REFRESH_ASKED =
  /\b(?:updated|refresh\w*|update|ingest\w*|fetch\w*|sync\w*|crawl\w*|scraped|pulled|up[- ]to[- ]date)\b/i;

/**
 * "How fresh is the corpus?", "when was the newest listing posted?", "what's the oldest listing
 * still open?": over every open listing the filters select, the newest and the oldest postings
 * (named and cited, those of the same day together), the split by month, and the generation the
 * answer is read from with the time it was published.
 */
const freshness: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  const sel = selectionOf(plan, ctx, input.deps);
  const ids = open(input, sel);
  const scope = sel.applied.length ? ` matching ${sel.applied.join(', ')}` : '';
  if (!ids.length) {
    out.lines.push(`No open listing matches ${sel.applied.join(', ') || 'that'}.`);
    return;
  }
  let dated = ids
    .map((id) => ctx.byId.get(id)!)
    .filter((l) => l.postedAt)
    .sort((a, b) => a.postedAt!.localeCompare(b.postedAt!) || a.company.localeCompare(b.company));
  out.lines.push(
    `${ids.length} open listing${ids.length === 1 ? '' : 's'}${scope}; ${dated.length === ids.length ? 'every one states' : `${dated.length} state`} a posting date.`,
  );
  // "…newest and oldest, and how many since 1 November?": the edges are the whole corpus's.
  if (plan.freshnessOfAll) {
    const filters = { ...plan.filters };
    delete filters.postedAfter;
    const whole = selectionOf({ ...plan, filters, postedStrictly: undefined }, ctx, input.deps);
    const all = open(input, whole);
    const others = whole.applied.length ? ` matching ${whole.applied.join(', ')}` : '';
    out.lines[out.lines.length - 1] =
      `${ids.length} of the ${all.length} open listings${others} (${pct(ids.length, all.length)}) were ${sel.applied.filter((a) => a.startsWith('posted')).join(', ')}.`;
    out.lines.push(`Across all ${all.length}${others}:`);
    // (a new list, not a spread into splice: at 100,000 listings that overflows the stack)
    dated = all
      .map((id) => ctx.byId.get(id)!)
      .filter((l) => l.postedAt)
      .sort((a, b) => a.postedAt!.localeCompare(b.postedAt!) || a.company.localeCompare(b.company));
  }
  const edge = (label: string, rows: typeof dated): void => {
    const day = rows[0]!.postedAt!.slice(0, 10);
    const same = rows.filter((l) => l.postedAt!.slice(0, 10) === day);
    out.lines.push(
      `- **${label}**: posted ${day}: ${same
        .slice(0, EDGE_SHOWN)
        .map((l) => {
          out.listed?.add(l.id);
          return `${l.title} at ${l.company} ${book.cite(l.id)}`;
        })
        .join('; ')}${same.length > EDGE_SHOWN ? ` and ${same.length - EDGE_SHOWN} more that day` : ''}`,
    );
  };
  if (dated.length) {
    edge(dated.length === 1 ? 'Only dated posting' : 'Newest', [...dated].reverse());
    if (dated.length > 1) edge('Oldest still open', dated);
    byMonthPosted(input, dated);
  }
  const published = ctx.reader.generation.manifest?.createdAt;
  const generation = `corpus generation ${ctx.reader.generation.id}${published ? `, published ${published.slice(0, 16).replace('T', ' ')} UTC` : ''}`;
  // "when was the corpus last refreshed?": when it was published is the answer, first.
  if (REFRESH_ASKED.test(plan.question)) out.lines.unshift(`The listings are those of ${generation}.`);
  else
    out.lines.push(
      `These are the listings of ${generation}; closed listings are kept for history but not counted.`,
    );
  out.figures.push(
    `open listings ${ids.length}; newest ${dated.at(-1)?.postedAt?.slice(0, 10) ?? 'none'}; oldest ${dated[0]?.postedAt?.slice(0, 10) ?? 'none'}`,
  );
};

/**
 * "How many role guides are there and what do they cover?": every guide, named and cited, with the
 * sections it has (its own headings).
 */
const guidesHeld: Composer = (input) => {
  const { ctx, book, out } = input;
  const byGuide = new Map<string, { title: string; headings: string[] }>();
  for (const p of ctx.guides) {
    const g = byGuide.get(p.documentId) ?? { title: p.title, headings: [] };
    // A section read with its subsection ("Where Lead can take you / Moving between IC and
    // management") names both.
    for (const h of (p.heading ?? '').split(' / ').map((x) => x.trim()))
      if (h && !g.headings.includes(h)) g.headings.push(h);
    byGuide.set(p.documentId, g);
  }
  const all = [...byGuide].sort((a, b) => a[1].title.localeCompare(b[1].title));
  if (!all.length) {
    out.lines.push('The corpus holds no guides at the moment; only listings.');
    return;
  }
  // "what guides do you have on interviews?": those whose title or sections name the topic asked.
  const topic = guideTopicWords(input.plan.question);
  const onTopic = topic.length
    ? all.filter(([, g]) => topic.some((w) => `${g.title} ${g.headings.join(' ')}`.toLowerCase().includes(w)))
    : [];
  const guides = onTopic.length ? onTopic : all;
  const total = `${all.length} guide${all.length === 1 ? '' : 's'}`;
  out.lines.push(
    onTopic.length
      ? `${onTopic.length} of the corpus's ${total} cover${onTopic.length === 1 ? 's' : ''} ${topic.join(', ')}; with what each covers (its sections):`
      : `The corpus holds ${total} beside the listings; each, with what it covers (its sections):`,
  );
  for (const [id, g] of guides)
    out.lines.push(
      `- **${g.title}** ${book.cite(id)}: ${g.headings.length ? clip(g.headings.join('; '), 300) : 'one section'}`,
    );
  out.lines.push(
    'Ask about any of these topics ("how do leads run incident reviews?") to get the passages quoted.',
  );
  out.figures.push(`guides: ${guides.length}`);
};

// The topic a guides question names after "on", "about", "for", "covering" ("guides on interviews",
// "any guide about on-call?"): its words, by stem, that a guide's title or sections must name.
const GUIDE_TOPIC =
  /\bguides?\b[^?.!]*?\b(?:on|about|regarding|covering|for|re:?)\s+([a-z][a-z\s/&-]{2,60})/i;
const TOPIC_STOP = new Set(
  'a an and any are do does for how i in is it me my of on or our the their them there they this to us we what which with you your pls please thanks'.split(
    ' ',
  ),
);
function guideTopicWords(question: string): string[] {
  const topic = GUIDE_TOPIC.exec(question)?.[1] ?? '';
  return [
    ...new Set(
      (topic.toLowerCase().match(/[a-z][a-z-]+/g) ?? [])
        .filter((w) => w.length > 2 && !TOPIC_STOP.has(w))
        // A plural or a verb form read by its stem ("interviews", "mentoring" → "interview", "mentor").
        .map((w) => w.replace(/(?:ing|s)$/, '')),
    ),
  ];
}

/** What the corpus holds: open listings by level, guides, closed listings, the posting span. */
function inventory(input: ComposeInput, ids: string[]): void {
  const { ctx, out } = input;
  const status = { ...ctx.reader.documentCounts(), generation: ctx.reader.generation.id };
  const byLevel = new Map<string, number>();
  for (const id of ids) {
    const s = ctx.byId.get(id)!.seniority;
    byLevel.set(s, (byLevel.get(s) ?? 0) + 1);
  }
  // The first and last posting dates (as a sort of them gives: code unit order).
  let first: string | undefined;
  let last: string | undefined;
  for (const id of ids) {
    const d = ctx.byId.get(id)!.postedAt;
    if (!d) continue;
    if (first === undefined || d < first) first = d;
    if (last === undefined || d > last) last = d;
  }
  out.lines.push(
    `The corpus holds ${ids.length} open listings and ${status.guides} guides${status.closedListings ? `, plus ${status.closedListings} closed listing${status.closedListings === 1 ? '' : 's'} kept for history (not counted or searched)` : ''}.`,
  );
  out.lines.push(
    `By level: ${[...byLevel.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(
        ([level, n]) =>
          `${LEVEL_NAMES[level as keyof typeof LEVEL_NAMES] ?? level}: ${n} (${pct(n, ids.length)})`,
      )
      .join(', ')}.`,
  );
  if (first !== undefined && last !== undefined)
    out.lines.push(
      `Posted between ${first.slice(0, 10)} and ${last.slice(0, 10)}; generation ${status.generation}.`,
    );
  out.figures.push(`open listings ${ids.length}; guides ${status.guides}; closed ${status.closedListings}`);
}

// --- Honesty: a forecast, a request the bot does not do ------------------------------------------

/**
 * "What will salaries be next year? should I wait?": the listings cannot predict; what they post
 * now, under the same filters, follows (pay, or how many listings there are).
 */
const forecast: Composer = (input) => {
  const { ctx, out, plan } = input;
  const dates = [...ctx.byId.values()]
    .map((l) => l.postedAt)
    .filter((d): d is string => Boolean(d))
    .sort();
  const span = dates.length
    ? ` (posted between ${dates[0]!.slice(0, 10)} and ${dates.at(-1)!.slice(0, 10)})`
    : '';
  // "what will a lead at google earn in 2027?": the company first, then the forecast, then what
  // the listings of the companies here post for the rest of what was asked.
  const absentName = plan.unknownCompany ? companyName(plan.unknownCompany) : undefined;
  if (absentName)
    out.lines.push(
      `${absentName} is not in the corpus: I have no listing from that company, so I can't say what it pays now either.`,
    );
  out.lines.push(
    `I can't answer that from the listings: I can't predict ${plan.forecast === 'pay' ? 'what pay will be' : 'how hiring will go'} in the future, as the listings are one snapshot of roles open now${span}, with no forecast or history in them.${/\b(?:should i wait|wait)\b/i.test(plan.question) ? ' Whether to wait is your call; nothing in them says which way it will move.' : ''} What ${absentName ? 'the companies here show' : 'they show'} today:`,
  );
  const now: Composed = { lines: [], n: null, applied: [], figures: [], listed: out.listed };
  if (plan.forecast === 'pay') pay({ ...input, plan: { ...plan, intent: 'pay' }, out: now });
  else {
    const sel = selectionOf(plan, ctx, input.deps, plan.topicSkills?.length ? ['skills', 'skillsMode'] : []);
    const ids = open({ ...input, out: now }, sel);
    now.lines.push(
      `${ids.length} open listing${ids.length === 1 ? '' : 's'}${sel.applied.length ? ` matching ${sel.applied.join(', ')}` : ''}${
        plan.topicSkills?.length
          ? `; ${plan.topicSkills.map((s) => `${s} asked for in ${ctx.facts.withSkill(sel.filter, s).length}`).join(', ')}`
          : ''
      }.`,
    );
  }
  appendAll(out.lines, now.lines);
  out.n = now.n;
  out.applied = now.applied;
  out.notes = now.notes;
  if (now.atOtherLevels) out.atOtherLevels = now.atOtherLevels;
  appendAll(out.figures, now.figures);
};

const CANNOT: Record<Exclude<NonNullable<AnswerPlan['cannotDo']>, 'moderate'>, string> = {
  letter: "I can't write cover letters or other letters for you",
  apply: "I can't apply to jobs on your behalf",
  cv: "I can't write or rewrite your CV",
};

/**
 * "Write me a cover letter for the X job": said plainly that the bot does not, then what it can
 * give instead: what the listing asks for (to tailor the letter), or how to ask for it.
 */
const cannotDo: Composer = (input) => {
  const { out, plan } = input;
  // "can you ban the user who keeps spamming?": moderation is the server's, done with its own tools.
  if (plan.cannotDo === 'moderate') {
    out.lines.push(
      "I can't help with moderation, sorry: I only read the job listings and guides, and I have no powers on the server, so I can't apply a ban, a timeout or a message deletion. A server admin or moderator can do it with Discord's own tools (the member's profile menu for a ban or timeout, the message menu to delete it), and anyone can flag a message with Discord's Report Message. What I can answer: questions about the listings, such as what lead roles require, posted pay, remote or hybrid, and which companies hire.",
    );
    return;
  }
  const named = plan.listingId || plan.filters.company;
  out.lines.push(
    `${CANNOT[plan.cannotDo as keyof typeof CANNOT]}: only you know your experience. ${
      named
        ? 'What I can give you is what the listing asks for, to tailor your own to:'
        : 'Name the listing (company and title) and I can list what it asks for, to tailor yours to; or ask what lead roles usually require.'
    }`,
  );
  if (!named) return;
  const aspects: AnswerPlan['aspects'] = ['overview', 'language'];
  const asListing: AnswerPlan = { ...plan, aspect: 'overview', aspects };
  if (plan.listingId) listing({ ...input, plan: { ...asListing, intent: 'listing' } });
  else company({ ...input, plan: { ...asListing, intent: 'company' } });
};
