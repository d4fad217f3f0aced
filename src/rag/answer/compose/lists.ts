/**
 * Companies hiring and the matching listings (`listCompanies`), counted per place or industry
 * compared.
 */
import { recommend } from '../../recommend.js';
import { CERTIFICATE, escapeRegExp } from '../plan/cues.js';
import { type AnswerPlan, levelsOf, type PlanLevel } from '../plan/index.js';
import { STAGE_PHRASE } from '../plan/types.js';
import { type ComposeInput, type Composer, detail } from './context.js';
import { placeName, type Selection, scope, selectionOf } from './selection.js';
import { fewOrNone, fmt, LEVEL_NAMES, open, pct } from './shared.js';
import { cap, clip, sentencesOf } from './text.js';

export const listCompanies: Composer = (input) => {
  const { ctx, book, out } = input;
  if ((input.plan.comparePlaces?.length ?? 0) >= 2 || (input.plan.compareIndustries?.length ?? 0) >= 2) {
    countsBySide(input);
    return;
  }
  const sel = selectionOf(input.plan, ctx, input.deps);
  const ids = open(input, sel);
  if (ids.length === 0) {
    fewOrNone(input, sel, ids, 'companies');
    return;
  }
  if (input.plan.textMention) {
    mentionList(input, sel, ids, input.plan.textMention);
    return;
  }
  // Ranked for the member when they say what they bring; else the listings themselves.
  if (input.plan.fitFor && (input.plan.haveSkills?.length || input.plan.years !== undefined)) {
    rankedForMember(input, sel, ids);
    return;
  }
  if (input.plan.fitFor) {
    listingsList(input, sel, ids);
    return;
  }
  if (input.plan.byCountry || input.plan.byCity || input.plan.byIndustry) {
    countsByGroup(
      input,
      sel,
      ids,
      input.plan.byIndustry ? 'industry' : input.plan.byCity ? 'city' : 'country',
    );
    return;
  }
  if (input.plan.shareOf) shareOfBase(input, ids.length, sel.applied);
  // "which lead roles were posted most recently in Europe?": the listings by date, not by company.
  if (input.plan.listListings || RECENT_ASKED.test(input.plan.question)) {
    listingsList(input, sel, ids);
    return;
  }
  const companies = ctx.facts.companies(sel.filter);
  const levels = levelsOf(input.plan.filters);
  if (levels.length >= 2 && EVERY_LEVEL.test(input.plan.question)) {
    companiesAtEveryLevel(input, companies, levels, sel.applied);
    return;
  }
  if (input.plan.severalPerCompany) {
    severalPerCompany(input, companies, ids.length, sel.applied);
    return;
  }
  out.lines.push(
    `${ids.length} open listing${ids.length === 1 ? '' : 's'}${sel.applied.length ? ` (${sel.applied.join(', ')})` : ''}, from ${companies.length} compan${companies.length === 1 ? 'y' : 'ies'}:`,
  );
  for (const c of companies.slice(0, 15)) {
    const first = ctx.byId.get(c.ids[0]!)!;
    if (c.ids.length === 1) out.listed?.add(first.id);
    out.lines.push(
      `- **${c.company}**: ${c.ids.length > 1 ? `${c.ids.length} listings, e.g. ` : ''}${first.title} (${first.location}) ${book.citeAll(c.ids, 2)}`,
    );
  }
  if (companies.length > 15)
    out.lines.push(`- …and ${companies.length - 15} more; /search with the same words lists them all.`);
  // Several levels: whether any company hires at each of them (read either way, "companies with lead
  // and principal roles" may mean both).
  if (levels.length >= 2) {
    const { every } = atEachLevel(input, companies, levels);
    const names = levels.map((l) => LEVEL_NAMES[l]);
    const shown = every.slice(0, SEVERAL_SHOWN).map((c) => `**${c.company}**`);
    if (every.length > SEVERAL_SHOWN) shown.push(`${every.length - SEVERAL_SHOWN} more`);
    out.lines.push(
      every.length
        ? `At each of ${names.join(' and ')} level: ${shown.join(', ')} (${every.length} of ${companies.length}).`
        : `No company among them has open listings at each of ${names.join(' and ')} level.`,
    );
  }
  out.figures.push(`companies: ${companies.length}; listings: ${ids.length}`);
};

// "which companies hire for both lead and staff?", "any company with lead AND principal openings":
// the companies with a listing at every level named, not the listings of either.
const EVERY_LEVEL =
  /\bboth\b|\beach of\b|\bat (?:all|every) (?:those |these |the )?levels\b|\b(?:lead|staff|principal|senior|manager|em)s? and (?:also )?(?:lead|staff|principal|senior|manager|em)s?\b(?=[^?]*\b(?:too|as well|at the same time|simultaneously)\b)|\b(?:AND)\b/;

/**
 * The companies with an open listing at each level named, each with its listings; none said
 * plainly, with how many companies hire at each level alone.
 */
function companiesAtEveryLevel(
  input: ComposeInput,
  companies: ReadonlyArray<{ company: string; ids: string[] }>,
  levels: PlanLevel[],
  applied: string[],
): void {
  const { out } = input;
  const names = levels.map((l) => LEVEL_NAMES[l]);
  const { every, atLevel } = atEachLevel(input, companies, levels);
  const scope = applied.filter((a) => !/ level$/.test(a));
  const within = scope.length ? ` (${scope.join(', ')})` : '';
  const alone = names.map((n, i) => `${atLevel[i]} hire at ${n} level`).join(', ');
  if (!every.length) {
    out.lines.push(
      `No company${within} has open listings at both ${names.join(' and ')} level: of the ${companies.length} companies hiring at either, ${alone}; none appears at both.`,
    );
    out.figures.push(`companies at every level: 0 of ${companies.length}`);
    return;
  }
  out.lines.push(
    `${every.length} of the ${companies.length} companies${within} hiring at ${names.join(' or ')} level ${every.length === 1 ? 'has' : 'have'} open listings at each (${alone}):`,
  );
  for (const c of every.slice(0, SEVERAL_SHOWN))
    out.lines.push(
      `- **${c.company}**: ${companyListings(input, c, (l) => LEVEL_NAMES[l.seniority as PlanLevel] ?? l.seniority)}`,
    );
  if (every.length > SEVERAL_SHOWN) out.lines.push(`- …and ${every.length - SEVERAL_SHOWN} more companies.`);
  out.figures.push(`companies at every level: ${every.length} of ${companies.length}`);
}

/** Companies named with their listings, and listings named per company, in a several-listings answer. */
const SEVERAL_SHOWN = 15;
const SEVERAL_ROWS = 3;

/** The companies with a listing at every level named, and how many hire at each level. */
function atEachLevel(
  input: ComposeInput,
  companies: ReadonlyArray<{ company: string; ids: string[] }>,
  levels: PlanLevel[],
): { every: Array<{ company: string; ids: string[] }>; atLevel: number[] } {
  const levelOf = (id: string) => input.ctx.byId.get(id)?.seniority ?? '';
  const hires = (c: { ids: string[] }, lv: PlanLevel) => c.ids.some((id) => levelOf(id) === lv);
  return {
    every: companies.filter((c) => levels.every((lv) => hires(c, lv))),
    atLevel: levels.map((lv) => companies.filter((c) => hires(c, lv)).length),
  };
}

/** One company's first listings, each with what tells it apart (`said`) and cited; the rest counted. */
function companyListings(
  input: ComposeInput,
  c: { ids: string[] },
  said: (l: { title: string; location: string; seniority: string }) => string,
): string {
  const { ctx, book, out } = input;
  const rows = c.ids.slice(0, SEVERAL_ROWS).map((id) => ctx.byId.get(id)!);
  for (const l of rows) out.listed?.add(l.id);
  const more = c.ids.length - rows.length;
  return `${rows.map((l) => `${l.title} (${said(l)}) ${book.cite(l.id)}`).join('; ')}${more ? `; and ${more} more` : ''}`;
}

/**
 * "Which companies have more than one listing?": only those, each with its listings named, then
 * that every other company has one.
 */
function severalPerCompany(
  input: ComposeInput,
  companies: ReadonlyArray<{ company: string; ids: string[] }>,
  n: number,
  applied: string[],
): void {
  const { out } = input;
  if (input.plan.duplicatesAsked)
    out.lines.push(
      'Duplicates are merged when the corpus is refreshed: a listing posted twice (the same text, or nearly, found by its MinHash signature) is kept once, so no two open listings are copies. What is left to check is a company with several listings:',
    );
  const several = companies.filter((c) => c.ids.length > 1);
  const scope = applied.length ? ` (${applied.join(', ')})` : '';
  if (!several.length) {
    out.lines.push(
      `${n} open listing${n === 1 ? '' : 's'}${scope} from ${companies.length} distinct compan${companies.length === 1 ? 'y' : 'ies'}; none has more than one: each company has one listing.`,
    );
    out.figures.push(`companies: ${companies.length}; with more than one listing: 0`);
    return;
  }
  // The distinct companies counted first ("how many distinct companies, and does any have more than
  // one listing?"), then those with several.
  out.lines.push(
    `${n} open listing${n === 1 ? '' : 's'}${scope} from ${companies.length} distinct compan${companies.length === 1 ? 'y' : 'ies'}. ${several.length === 1 ? 'Only 1 company has' : `${several.length} companies have`} more than one; every other company (${companies.length - several.length}) has one:`,
  );
  // At scale thousands of companies have several: the first named, each with its first listings.
  for (const c of several.slice(0, SEVERAL_SHOWN))
    out.lines.push(`- **${c.company}** (${c.ids.length}): ${companyListings(input, c, (l) => l.location)}`);
  if (several.length > SEVERAL_SHOWN)
    out.lines.push(
      `- …and ${several.length - SEVERAL_SHOWN} more companies with several listings; /search with a company's name lists its listings.`,
    );
  out.figures.push(`companies: ${companies.length}; with more than one listing: ${several.length}`);
}

/**
 * "Which countries do we have lead listings for?", "which cities have the most lead jobs?", "which
 * industries…?": each country, city or top-level industry with its count, most first, and the listings that name none (a remote scope,
 * "Remote (Europe)") counted apart.
 */
/**
 * The groups a listing counts in, by country, city or industry: an industry under its top-level
 * one (payments and banking under fintech, as a question about "fintech" selects them); a city
 * with its country. None when the listing names no such place or has no industry read.
 */
export function groupKeys(
  input: ComposeInput,
  by: 'country' | 'city' | 'industry',
): (id: string) => string[] {
  const { ctx } = input;
  const industries = input.deps.industries;
  const rootOf = (id: string): string => {
    let at = id;
    for (let up = industries.industries.get(at)?.parent; up; up = industries.industries.get(at)?.parent)
      at = up;
    return at;
  };
  return (id) => {
    const l = ctx.byId.get(id)!;
    const keys =
      by === 'industry'
        ? (l.industries ?? []).map((i) => industries.label(rootOf(i)))
        : (l.locations ?? []).map((p) =>
            by === 'city' ? (p.city ? `${p.city}${p.country ? `, ${p.country}` : ''}` : null) : p.country,
          );
    return [...new Set(keys.filter((k): k is string => Boolean(k)))];
  };
}

/** Listings quoted in full for a phrase; the rest are named by company. */
const MENTION_QUOTED = 8;

/**
 * "How many listings require security clearance?": the selected listings whose own text holds the
 * phrase (the full-text index, its words together), counted over the whole selection, the first
 * quoted in the sentence that holds it; none said plainly.
 */
function mentionList(input: ComposeInput, sel: Selection, ids: string[], phrase: string): void {
  const { ctx, book, out } = input;
  const selected = new Set(ids);
  const found = ctx.facts.mentioning(phrase).filter((id) => selected.has(id));
  const n = ids.length;
  if (!found.length) {
    out.lines.push(
      `No listing among ${scope(sel, n)} mentions “${phrase}” in its text (I looked for the words together, in any form).`,
    );
    out.figures.push(`“${phrase}”: 0 of ${n}`);
    if (!looserMentions(input, selected, phrase))
      out.lines.push('A listing that says nothing of it may still have or expect it: ask the employer.');
    return;
  }
  if (phrase === STAGE_PHRASE) {
    out.lines.push(
      `A company's stage is not a fact the listings carry; ${found.length} of ${scope(sel, n)} (${pct(found.length, n)}) ${found.length === 1 ? 'describes its' : 'describe their'} company as a startup, scale-up or early-stage (or by a seed or Series A/B round), in their own words:`,
    );
  } else
    out.lines.push(
      `“${cap(phrase)}” comes up in ${found.length} of ${scope(sel, n)} (${pct(found.length, n)}), in the listings' own words:`,
    );
  // Each alternative's words ("security clearance or background checks"): a sentence holding all of one.
  const alternatives = phrase
    .toLowerCase()
    .split(/\s+or\s+/)
    .map((alt) => alt.split(/\s+/).map((w) => w.slice(0, Math.max(4, w.length - 2))));
  for (const id of found.slice(0, MENTION_QUOTED)) {
    const l = ctx.byId.get(id)!;
    const text = ctx.facts.passageMentioning(phrase, id) ?? '';
    const sentence =
      sentencesOf(text).find((t) =>
        alternatives.some((words) => words.every((w) => t.toLowerCase().includes(w))),
      ) ?? clip(text, 200);
    out.lines.push(`- **${l.company}**, ${l.title}: “${clip(sentence, 240)}” ${book.cite(id)}`);
    out.listed?.add(id);
  }
  if (found.length > MENTION_QUOTED) {
    const rest = found.slice(MENTION_QUOTED);
    const named = rest.slice(0, 12).map((id) => `${ctx.byId.get(id)!.company} ${book.cite(id)}`);
    out.lines.push(`- Also: ${named.join(', ')}${rest.length > 12 ? `, and ${rest.length - 12} more` : ''}.`);
  }
  out.figures.push(`“${phrase}”: ${found.length} of ${n}`);
}

// The words of a phrase that say what kind of thing it is, not which ("a gym membership", "a wellness
// budget", "dog-friendly offices"): the looser search keeps the other words.
const GENERIC_HEAD =
  /^(?:budgets?|allowances?|stipends?|memberships?|policy|policies|programs?|programmes?|schemes?|benefits?|perks?|plans?|packages?|offices?|options?|support|cover|coverage|days?|access|friendly|subsidy|subsidies|discounts?)$/i;

/**
 * No listing holds the phrase asked: the listings holding its distinctive words instead ("gym
 * membership" → "gym": "a gym partnership"), each alternative's own, quoted and said to be the
 * looser reading. False when none holds those either.
 */
function looserMentions(input: ComposeInput, selected: Set<string>, phrase: string): boolean {
  const { ctx, book, out } = input;
  const looser = phrase
    .split(/\s+or\s+/i)
    .map((alt) =>
      // "AWS certification": the certificate is the kind asked for, whoever issues it.
      CERTIFICATE.test(alt)
        ? 'certification'
        : alt
            .toLowerCase()
            .split(/[\s-]+/)
            .filter((w) => w.length >= 3 && !GENERIC_HEAD.test(w))
            .join(' '),
    )
    .filter(
      (alt, i, all) =>
        alt &&
        all.indexOf(alt) === i &&
        !phrase
          .toLowerCase()
          .split(/\s+or\s+/)
          .includes(alt),
    );
  let said = false;
  for (const word of looser) {
    // The index stems words ("wellness" is "well"): a hit holds the word itself, or its plural.
    const exact = new RegExp(
      `\\b${word
        .split(' ')
        .map((w) => escapeRegExp(w.replace(/(?:es|s)$/, '')))
        .join('[\\s-]+')}(?:s|es)?\\b`,
      'i',
    );
    const sentenceOf = (id: string) => {
      const sentences = sentencesOf(detail(ctx, id)?.description ?? '');
      return sentences.find((t) => exact.test(t)) ?? sentences.find((t) => t.toLowerCase().includes(word));
    };
    // The index narrows and the text decides (a stem is not the word), in SQL: no listing is read
    // here but those quoted.
    const found = ctx.facts.mentioningWord(word).filter((id) => selected.has(id));
    if (!found.length) continue;
    if (!said) out.lines.push('Read more loosely:');
    said = true;
    const quoted = found.slice(0, 5).map((id) => {
      const l = ctx.byId.get(id)!;
      const sentence = sentenceOf(id) ?? '';
      out.listed?.add(id);
      return `  - **${l.company}**: “${clip(sentence, 200)}” ${book.cite(id)}`;
    });
    out.lines.push(
      `- “${cap(word)}” comes up in ${found.length} of the ${selected.size}${found.length > 5 ? ' (the first 5 quoted)' : ''}:`,
      ...quoted,
    );
    out.figures.push(`“${word}”: ${found.length} of ${selected.size}`);
  }
  return said;
}

function countsByGroup(
  input: ComposeInput,
  sel: Selection,
  ids: string[],
  by: 'country' | 'city' | 'industry',
): void {
  const { ctx, book, out } = input;
  const byPlace = new Map<string, string[]>();
  const without: string[] = [];
  const keysOf = groupKeys(input, by);
  for (const id of ids) {
    const places = new Set(keysOf(id));
    if (!places.size) without.push(id);
    for (const c of places) {
      // Pushed, not copied per listing: thousands of listings in one city at scale.
      const listed = byPlace.get(c);
      if (listed) listed.push(id);
      else byPlace.set(c, [id]);
    }
  }
  const rows = [...byPlace].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const filters = sel.applied.length ? ` (${sel.applied.join(', ')})` : '';
  const plural = { city: 'cities', country: 'countries', industry: 'industries' }[by];
  const noun = rows.length === 1 ? by : plural;
  out.lines.push(
    `${ids.length} open listing${ids.length === 1 ? '' : 's'}${filters} ${by === 'industry' ? 'are in' : 'name'} ${rows.length} ${noun}, most first (a listing in two ${plural} counts in each):`,
  );
  const shown = by === 'country' ? rows : rows.slice(0, CITIES_SHOWN);
  out.lines.push(shown.map(([c, list]) => `${c} ${list.length} ${book.citeAll(list, 1)}`).join('; '));
  if (shown.length < rows.length) {
    const rest = rows.slice(shown.length);
    out.lines.push(
      `…and ${rest.length} more ${plural} with ${rest.every(([, l]) => l.length === 1) ? 'one listing each' : `${rest[0]![1].length} or fewer each`}.`,
    );
  }
  // "which industries have no lead listing at all?": every industry of the taxonomy (a child too)
  // that none of the matching listings is in, named.
  if (by === 'industry' && NONE_ASKED.test(input.plan.question)) {
    const industries = input.deps.industries;
    const covered = new Set<string>();
    for (const id of ids)
      for (const i of ctx.byId.get(id)!.industries ?? [])
        for (
          let at: string | undefined = i;
          at && !covered.has(at);
          at = industries.industries.get(at)?.parent
        )
          covered.add(at);
    const none = [...industries.industries.keys()]
      .filter((i) => !covered.has(i))
      .map((i) => industries.label(i));
    out.lines.push(
      none.length
        ? `**No open listing${filters} in ${none.length} ${none.length === 1 ? 'industry' : 'industries'} of the taxonomy:** ${none.join(', ')}.`
        : `Every industry of the taxonomy has at least one open listing${filters}.`,
    );
    out.figures.push(`industries with none: ${none.length}`);
  }
  // "which listings have no location?": every listing has a location line; those naming no city
  // (or country) are named.
  if (by !== 'industry' && input.plan.placeless) {
    out.lines.push(
      without.length
        ? `**${without.length} name no ${by}**, every one a location line all the same:`
        : `Every one of them names a ${by}.`,
    );
    for (const id of without.slice(0, NAMED_WITHOUT)) {
      const l = ctx.byId.get(id)!;
      out.lines.push(`- **${l.company}**, ${l.title}: ${l.location} ${book.cite(id)}`);
    }
    if (without.length > NAMED_WITHOUT) out.lines.push(`- …and ${without.length - NAMED_WITHOUT} more.`);
  } else if (without.length)
    out.lines.push(
      by === 'industry'
        ? `${without.length} have no industry read from them ${book.citeAll(without, 2)}.`
        : // ("listing counts per Latin American country": 16 in the region, 4 naming only the region,
          // so the other 12 are what the counts above add up from.)
          `${without.length} name no ${by}, only a ${by === 'city' ? 'remote scope or country' : 'region'} (e.g. “${ctx.byId.get(without[0]!)!.location}”) ${book.citeAll(without, 2)}; the other ${ids.length - without.length} name ${ids.length - without.length === 1 ? 'one' : `a ${by}`}.`,
    );
  out.figures.push(`${plural}: ${rows.length}; naming none: ${without.length}; listings: ${ids.length}`);
}

const CITIES_SHOWN = 15;
const NAMED_WITHOUT = 20;
// Groups asked for having none ("which industries have NO lead listing", "with zero", "fewest").
const NONE_ASKED = /\b(?:no|none|zero|without|lacking|fewest|least)\b/i;

/**
 * "What percentage of lead roles are in fintech?": the matching listings as a share of those the
 * question counts them out of (the same filters without the place or industry), said first; the
 * companies follow.
 */
function shareOfBase(input: ComposeInput, n: number, applied: string[]): void {
  const { ctx, out, plan } = input;
  const { place: _place, industry: _industry, ...rest } = plan.filters;
  const base = selectionOf(
    { ...plan, filters: rest, place: undefined, places: undefined, shareOf: undefined },
    ctx,
    input.deps,
  );
  const total = ctx.facts.count(base.filter);
  const extra = applied.filter((a) => !base.applied.includes(a));
  out.lines.push(
    `**${n} of the ${total}** open listings${base.applied.length ? ` matching ${base.applied.join(', ')}` : ''} (${pct(n, total)}) are ${extra.join(', ')}.`,
  );
  out.figures.push(`share: ${n} of ${total}`);
}
const FIT_SHOWN = 5;

/**
 * "Recommend me 3 lead roles, i know java spring and aws, want hybrid in europe": the matching
 * listings ranked as /recommend ranks them (how much of each listing's core stack the member has,
 * then years, place and level), each with what matches, what is missing, where and the pay.
 */
function rankedForMember(input: ComposeInput, sel: Selection, ids: string[]): void {
  const { ctx, book, out, plan } = input;
  const have = plan.haveSkills ?? [];
  const listings = ids.map((id) => ctx.byId.get(id)!);
  const k = Math.min(plan.top ?? FIT_SHOWN, 10);
  const ranked = recommend(
    listings,
    ctx.reader.listingSkills(),
    { skills: have, ...(plan.years !== undefined ? { years: plan.years } : {}) },
    input.deps.gazetteer,
    k,
  );
  const filters = sel.applied.length ? ` (${sel.applied.join(', ')})` : '';
  const basis = have.length
    ? `ranked by how much of each one's core stack you have (you named ${have.join(', ')})${plan.years !== undefined ? ` and your ${plan.years} years` : ''}`
    : `ranked by your ${plan.years} years against the years each asks (name your stack for a closer fit)`;
  out.lines.push(
    `The best ${ranked.length} of the ${ids.length} open listing${ids.length === 1 ? '' : 's'}${filters} for you, ${basis}:`,
  );
  ranked.forEach((r, i) => {
    out.lines.push(`${i + 1}. **${r.company}**, ${r.title}: ${r.reasons} ${book.cite(r.listingId)}`);
    out.listed?.add(r.listingId);
  });
  if (ids.length > ranked.length)
    out.lines.push(`/recommend ranks all ${ids.length} with your profile; /listing shows one in full.`);
  out.figures.push(`listings: ${ids.length}; ranked shown: ${ranked.length}`);
}

const LISTED_AT_MOST = 12;
const PER_SIDE = 8;

/**
 * Listings counted per place or industry compared ("how many lead jobs in Germany or the
 * Netherlands?", "fintech vs gaming"): each side its own selection and N, with its companies.
 */
function countsBySide(input: ComposeInput): void {
  const { ctx, book, out, plan } = input;
  let total = 0;
  const counts: string[] = [];
  // Several places selected ("any lead roles in japan or korea?"): the whole selection first.
  const joined = (plan.places?.length ?? 0) >= 2 && !plan.compareIndustries?.length;
  const all = joined ? selectionOf(plan, ctx, input.deps) : undefined;
  const union = all ? ctx.facts.count(all.filter) : 0;
  // (Its line is finished once each side is counted: "…, by place: the UK 11, Ireland 2, Netherlands 4.")
  const head = out.lines.length;
  if (all) out.lines.push(`${cap(scope(all, union))}, by place:`);
  const sides: Array<{ label: string; plan: AnswerPlan }> = plan.compareIndustries?.length
    ? plan.compareIndustries.map((industry) => ({
        label: input.deps.industries.label(industry),
        plan: { ...plan, filters: { ...plan.filters, industry } },
      }))
    : (plan.comparePlaces ?? []).map((place) => ({
        label: placeName(place),
        plan: { ...plan, place, filters: { ...plan.filters, place: place.name } },
      }));
  for (const { label, plan: sidePlan } of sides) {
    const sel = selectionOf(sidePlan, ctx, input.deps);
    // A side is its own place: one with nothing is said to have nothing, never widened.
    const ids = sel.widened ? [] : ctx.facts.ids(sel.filter);
    const companies = ids.length ? ctx.facts.companies(sel.filter) : [];
    if (sel.widened)
      sel.applied[sel.applied.indexOf(`in ${sel.widened.to} (widened from ${sel.widened.from})`)] =
        `in ${label}`;
    total += ids.length;
    counts.push(`${label} ${ids.length}`);
    out.lines.push(
      ids.length
        ? `**${label}**: ${ids.length} open listing${ids.length === 1 ? '' : 's'} (${sel.applied.join(', ')}), from ${companies.length} compan${companies.length === 1 ? 'y' : 'ies'}:`
        : `**${label}**: no open listings (${sel.applied.join(', ')}).`,
    );
    for (const c of companies.slice(0, PER_SIDE)) {
      const first = ctx.byId.get(c.ids[0]!)!;
      out.lines.push(
        `- ${c.company}: ${c.ids.length > 1 ? `${c.ids.length} listings, e.g. ` : ''}${first.title} ${book.citeAll(c.ids, 2)}`,
      );
    }
    if (companies.length > PER_SIDE) out.lines.push(`- …and ${companies.length - PER_SIDE} more companies.`);
    out.lines.push('');
  }
  out.lines.pop();
  out.n = all ? union : total;
  if (all) {
    out.applied = all.applied;
    // "how many listings sit in the UK vs Ireland vs the Netherlands?": the counts at a glance first.
    out.lines[head] = `${cap(scope(all, union))}, by place: ${counts.join(', ')}.`;
  }
  out.figures.push(`listings by side: ${counts.join('; ')}`);
}

// Recency asked of a list: the listings newest first, each with its date.
const RECENT_ASKED =
  /\b(?:most recent(?:ly)?|newest|latest|recently (?:posted|added|listed)|just (?:posted|added|listed)|freshest|new(?:ly)? (?:posted|added|listed))\b/i;

/** The matching listings themselves, newest first: company, title, place, work mode and posted pay. */
function listingsList(input: ComposeInput, sel: Selection, ids: string[]): void {
  const { ctx, book, out } = input;
  // Listings asked by age ("older than 3 months"): the oldest first, the ones most likely stale.
  const oldest = input.plan.postedBefore !== undefined && input.plan.filters.postedAfter === undefined;
  const rows = ids
    .map((id) => ctx.byId.get(id)!)
    .sort(
      (a, b) =>
        (oldest ? -1 : 1) * (b.postedAt ?? '').localeCompare(a.postedAt ?? '') ||
        a.company.localeCompare(b.company),
    );
  const filters = sel.applied.length ? ` (${sel.applied.join(', ')})` : '';
  out.lines.push(
    `${ids.length} open listing${ids.length === 1 ? '' : 's'}${filters}${ids.length > 1 ? (oldest ? ', oldest first' : ', newest first') : ''}:`,
  );
  for (const l of rows.slice(0, LISTED_AT_MOST)) {
    const mode = l.remote === 'onsite' ? 'on-site' : l.remote === 'unknown' ? 'mode not stated' : l.remote;
    // The mode once: "Madrid, Spain (hybrid)" says it already.
    const said = new RegExp(`\\b${l.remote === 'onsite' ? 'on-?site' : l.remote}\\b`, 'i').test(l.location);
    // Pay when the listing posts it, so a list to share says what each pays.
    const pay = l.salary
      ? `; ${fmt(l.salary.min)}–${fmt(l.salary.max)} ${l.salary.currency} per ${l.salary.period}`
      : '';
    const dated =
      (oldest || RECENT_ASKED.test(input.plan.question)) && l.postedAt ? `; posted ${l.postedAt}` : '';
    // The listings fitting the member's stack: the years each asks, against theirs.
    const years = fitYears(input.plan, l.yearsMin);
    out.lines.push(
      `- **${l.company}**, ${l.title}: ${l.location}${said ? '' : ` (${mode})`}${pay}${years}${dated} ${book.cite(l.id)}`,
    );
    out.listed?.add(l.id);
  }
  if (rows.length > LISTED_AT_MOST)
    out.lines.push(
      `- …and ${rows.length - LISTED_AT_MOST} more${filters}; /search with the same words lists them all.`,
    );
  out.figures.push(`listings: ${ids.length}`);
  const years = input.plan.fitList ? input.plan.years : undefined;
  if (years !== undefined) {
    const stated = rows.filter((l) => l.yearsMin !== null && l.yearsMin !== undefined);
    const met = stated.filter((l) => l.yearsMin! <= years).length;
    out.lines.push(
      `With ${years} years, you meet the stated minimum of ${met} of the ${stated.length} that state one${rows.length > stated.length ? `; ${rows.length - stated.length} ${rows.length - stated.length === 1 ? 'states' : 'state'} none` : ''}.`,
    );
    out.figures.push(`years met: ${met} of ${stated.length} stating a minimum`);
  }
}

/** "; 8+ years asked (you have 9)" for a listing fitting the member's stack, when they gave years. */
function fitYears(plan: ComposeInput['plan'], yearsMin: number | null | undefined): string {
  if (!plan.fitList || plan.years === undefined) return '';
  return yearsMin === null || yearsMin === undefined
    ? '; no minimum years stated'
    : `; ${yearsMin}+ years asked${yearsMin <= plan.years ? '' : ` (more than your ${plan.years})`}`;
}
