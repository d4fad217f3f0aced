/**
 * The answer engine: a question planned (`plan/`), composed by its intent's composer (`COMPOSERS`,
 * one module per family under `compose/`) and returned with its plan, N, filters and figures.
 * `modelBrief` is what a model reads of it; `selectFor` is the same selection for other commands.
 */

import { normalizeLine } from '../normalize.js';
import { appendAll } from '../sources/types.js';
import { MAX_QUESTION_CHARS } from './ask.js';
import { careerPath, readiness } from './compose/career.js';
import {
  type Composed,
  type Composer,
  type Context,
  contextOf,
  type EngineDeps,
  industryWords,
} from './compose/context.js';
import { duties } from './compose/duties.js';
import { guideAnswer } from './compose/guide-answer.js';
import { namedSection } from './compose/guides.js';
import { decline, outOfScope } from './compose/honesty.js';
import { interview } from './compose/interview.js';
import { kindComposer } from './compose/kinds.js';
import { levelCompare } from './compose/levels.js';
import { company, listing } from './compose/listing.js';
import { listCompanies } from './compose/lists.js';
import { pay } from './compose/pay.js';
import { selectionOf } from './compose/selection.js';
import { LEVEL_NAMES, otherLevelsNote, pct } from './compose/shared.js';
import { requirements, skillFrequency, topSkills } from './compose/skills.js';
import { jobTerms } from './compose/terms.js';
import { cap } from './compose/text.js';
import { visa } from './compose/visa.js';
import { workMode } from './compose/work-mode.js';
import { years } from './compose/years.js';
import type { ModelSource } from './model.js';
import { type AnswerResult, CitationBook } from './offline.js';
import { escapeRegExp } from './plan/cues.js';
import { type AnswerPlan, type Intent, planQuestion } from './plan/index.js';

export type { EngineDeps } from './compose/context.js';
export {
  decodeKind,
  GIVEN_ORDER_COLUMN,
  GIVEN_STAMP_COLUMN,
  givenColumnName,
  givenColumns,
  givenStamp,
} from './compose/given.js';
export { periodAsked } from './compose/pay.js';
export { distinct } from './compose/text.js';

export { MAX_QUESTION_CHARS };

/** The engine's answer: the offline answer, with the plan and the figures it rests on. */
export interface EngineAnswer extends AnswerResult {
  plan: AnswerPlan;
  /** Listings the answer's figures are computed over (after filters), when it counts any. */
  n: number | null;
  /** The filters applied, in words; only these shaped the figures. */
  applied: string[];
  /** The figures computed by code, one per line (what a model must keep). */
  figures: string[];
  /** Sources a model may read, numbered as the offline answer cites them. */
  sources: ModelSource[];
  /** A title safe to post publicly: made from the plan, never from the member's words. */
  title: string;
  question: string;
}

const INTENT_TITLES: Record<Intent, string> = {
  requirements: 'What these roles ask for',
  skill_frequency: 'How often skills are asked for',
  skill_compare: 'Skills compared',
  top_skills: 'Skills most asked for',
  years: 'Years of experience asked',
  pay: 'Posted pay',
  work_mode: 'Remote, hybrid and on-site',
  visa_relocation: 'Visa and relocation',
  level_compare: 'Levels compared',
  duties: 'What the role involves day to day',
  interview: 'Interviews and preparation',
  career_path: 'Moving up',
  readiness: 'Readiness check',
  company: 'One company',
  listing: 'One listing',
  list_companies: 'Companies hiring',
  job_terms: 'Job terms',
  out_of_scope: 'Outside what the listings cover',
  decline: 'Not something I can help with',
};

/** Answers a question from the whole corpus, offline. Deterministic: same corpus, same answer. */
export function answerQuestion(rawQuestion: string, deps: EngineDeps): EngineAnswer {
  const question = normalizeLine(rawQuestion).slice(0, MAX_QUESTION_CHARS);
  const ctx = contextOf(deps.reader);
  const understood = deps.understand(question);
  const plan = planQuestion(question, understood, {
    gazetteer: deps.gazetteer,
    listings: ctx.titles,
    industries: industryWords(deps.industries),
    employers: deps.employers ?? [],
    skillsIn: (text) => deps.understand(text).skills,
    ...(ctx.newestPosted ? { referenceDate: ctx.newestPosted } : {}),
    guides: ctx.guides,
    skillNamed: (skill) =>
      ctx.facts.withSkill({}, skill).length > 0 ||
      ctx.guides.some((g) => new RegExp(`(?<![\\w+#])${escapeRegExp(skill)}(?![\\w+#])`, 'i').test(g.text)),
  });
  const book = new CitationBook(ctx.citable);
  const out: Composed = { lines: [], n: null, applied: [], figures: [], listed: new Set() };
  const generation = deps.reader.generation.id;
  // A kind the plan reads (spoken languages, counts by date, a forecast…) before the intent's own.
  // A question no aggregate cue fits, about a guide section: that section, quoted.
  const composer = kindComposer(plan) ?? (plan.guideSections ? guideAnswer : COMPOSERS[plan.intent]);
  composer({ plan, ctx, deps, book, out });
  // The guide section the question names by its heading's words, when the answer did not quote it.
  namedSection({ plan, ctx, deps, book, out });
  const otherLevels = otherLevelsNote(out, book, ctx);
  const notes = [...(out.notes ?? []), ...(otherLevels ? [otherLevels] : [])];
  if (notes.length) out.lines.splice(1, 0, ...notes);
  // Further parts of a multi-part question, each under the same filters.
  for (const part of plan.also ?? []) {
    const extra: Composed = {
      lines: [],
      n: null,
      applied: [],
      figures: [],
      listed: out.listed,
      ...(part === 'pay' && out.within ? { within: out.within } : {}),
    };
    // "how many are remote, and what do they pay?": the later parts are about the mode asked.
    // "which contract roles are there and what's the day rate?": the pay of the contract roles,
    // not of every listing the first part looked through.
    const filters = {
      ...plan.filters,
      ...(plan.partsMode ? { workMode: plan.partsMode } : {}),
      // "…and which ones accept people in Portugal?": the place is the later part's.
      ...(plan.partsPlace ? { place: plan.partsPlace.name } : {}),
      ...(part === 'pay' &&
      plan.intent === 'job_terms' &&
      (plan.term === 'contract' || plan.term === 'part-time')
        ? { employmentType: plan.term }
        : {}),
    };
    const partPlan: AnswerPlan = { ...plan, intent: part, filters };
    if (plan.partsPlace) {
      partPlan.place = plan.partsPlace;
      if (part === 'list_companies') partPlan.listListings = true;
    }
    COMPOSERS[part]({ plan: partPlan, ctx, deps, book, out: extra });
    out.lines.push('', ...extra.lines);
    appendAll(out.figures, extra.figures);
  }
  // A second scope after the first ("…whole corpus, and then just the lead roles", "…vs the corpus
  // overall", "…the same share for the Americas only"): the same answer again over it, opening with
  // its share of the first ("11 of 18 (61%)"); "split lead vs everything else": a third, the rest.
  // The guides' passages quoted above are not quoted again.
  const said = new Set(out.lines);
  for (const scope of laterScopes(plan)) {
    const extra: Composed = { lines: [], n: null, applied: [], figures: [], listed: out.listed };
    composer({ plan: scope.plan, ctx, deps, book, out: extra });
    const fresh = extra.lines.filter(
      (l) => !(said.has(l) && (l.includes('“') || /^From the guides/.test(l))),
    );
    const share =
      out.n && extra.n !== null && extra.n <= out.n
        ? ` ${extra.n} of ${out.n} (${pct(extra.n, out.n)}).`
        : '';
    out.lines.push('', `**${scope.title}:**${share}`, ...fresh);
    appendAll(
      out.figures,
      extra.figures.map((f) => `${scope.tag}: ${f}`),
    );
  }
  const answer = out.lines.join('\n');
  const citations = book.list();
  const notCovered = plan.intent === 'out_of_scope' || plan.intent === 'decline';
  return {
    kind: notCovered ? 'not_covered' : 'answered',
    answer,
    citations,
    mode: 'offline',
    generation,
    plan,
    n: out.n,
    applied: out.applied,
    figures: out.figures,
    sources: modelSources(citations, ctx, out),
    title: titleOf(plan, out),
    question,
  };
}

/**
 * The scopes answered after the first, each a plan of its own: a level of the whole and the rest
 * (`thenLevel`, `thenRest`), every level after one (`thenAll`), a place of the whole (`thenPlace`).
 */
function laterScopes(plan: AnswerPlan): Array<{ title: string; tag: string; plan: AnswerPlan }> {
  const out: Array<{ title: string; tag: string; plan: AnswerPlan }> = [];
  const level = plan.thenLevel;
  if (level) {
    out.push({
      title: `${cap(LEVEL_NAMES[level])} roles only`,
      tag: `${level} only`,
      plan: { ...plan, filters: { ...plan.filters, level } },
    });
    if (plan.thenRest)
      out.push({
        title: `Everything else (every level but ${LEVEL_NAMES[level]})`,
        tag: `not ${level}`,
        plan: { ...plan, filters: { ...plan.filters, levelNot: level } },
      });
  }
  if (plan.thenAll) {
    const filters = { ...plan.filters };
    delete filters.level;
    const whole = Object.keys(filters).every((k) => k === 'skills' || k === 'skillsMode');
    out.push({
      title: `Every level${whole ? ' (the whole corpus)' : ''}`,
      tag: 'every level',
      plan: { ...plan, filters },
    });
  }
  const then = plan.thenPlace;
  if (then?.place) {
    const names = [then.place].flat().join(' or ');
    const scoped: AnswerPlan = { ...plan, filters: { ...plan.filters, place: then.place } };
    if (then.resolved) scoped.place = then.resolved;
    if (then.places) scoped.places = then.places;
    out.push({ title: `${names} only`, tag: `${names} only`, plan: scoped });
  }
  return out;
}

function titleOf(plan: AnswerPlan, out: Composed): string {
  const base = plan.inventory
    ? 'What the corpus holds'
    : plan.coverage === 'guides'
      ? 'The guides the corpus holds'
      : plan.coverage === 'freshness'
        ? 'How fresh the listings are'
        : plan.countListings
          ? 'Listings counted'
          : plan.spoken
            ? 'Spoken languages asked for'
            : plan.listListings
              ? 'Matching listings'
              : plan.guideSections?.length
                ? // A guide section quoted: its heading (the guide's words, never the member's).
                  `From the guides: ${plan.guideSections[0]!.heading}`
                : INTENT_TITLES[plan.intent];
  const filters = out.applied.filter((a) => !a.includes('widened')).slice(0, 3);
  return filters.length && plan.intent !== 'decline' && plan.intent !== 'out_of_scope'
    ? `${base} · ${filters.join(' · ')}`.slice(0, 256)
    : base;
}

function modelSources(citations: AnswerResult['citations'], ctx: Context, out: Composed): ModelSource[] {
  return citations.map((c) => {
    const listing = ctx.byId.get(c.listingId);
    let text: string;
    if (listing) {
      // The listing's first two sections: from its details when an answer read them, else only
      // those two (not every section, its text and its skills).
      const sections =
        ctx.details
          .get(listing.id)
          ?.sections.slice(0, 2)
          .map((s) => s.text) ?? ctx.reader.leadingSections(listing.id, 2);
      const pay = listing.salary
        ? `pay ${listing.salary.min}-${listing.salary.max} ${listing.salary.currency} per ${listing.salary.period}`
        : 'pay not posted';
      text = `Facts: ${listing.location}; ${listing.remote}; level ${listing.seniority}; ${listing.yearsMin !== null ? `${listing.yearsMin}+ years; ` : ''}${pay}; skills: ${listing.skills.slice(0, 12).join(', ')}\n${sections.join('\n')}`;
    } else text = (out.quoted?.get(c.listingId) ?? []).join('\n');
    return {
      n: c.n,
      id: c.listingId,
      kind: listing ? 'listing' : 'guide',
      title: c.title,
      company: c.company,
      url: c.url,
      text: text.slice(0, 2500),
    };
  });
}

const COMPOSERS: Record<Intent, Composer> = {
  requirements,
  skill_frequency: skillFrequency,
  skill_compare: skillFrequency,
  top_skills: topSkills,
  years,
  pay,
  work_mode: workMode,
  visa_relocation: visa,
  level_compare: levelCompare,
  duties,
  interview,
  career_path: careerPath,
  readiness,
  company,
  listing,
  list_companies: listCompanies,
  job_terms: jobTerms,
  out_of_scope: outOfScope,
  decline,
};

/** The plan and figures, as text a model reads before it writes its answer. */
export function modelBrief(answer: EngineAnswer): string {
  const f = answer.plan.filters;
  return [
    `Intent: ${answer.plan.intent} (${answer.plan.measure})`,
    `Filters applied: ${answer.applied.join(', ') || 'none'}${Object.keys(f).length ? ` (stated: ${JSON.stringify(f)})` : ''}`,
    answer.n !== null ? `N (listings the figures are computed over): ${answer.n}` : '',
    'Figures computed by code (keep every number exactly as written, with its N):',
    ...answer.figures.map((x) => `- ${x}`),
    'The offline answer (its [n] markers are the source numbers below):',
    answer.answer,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The selection a topic or target describes ("lead backend fintech", "healthtech in Berlin"): the
 * same planner and filters as /ask, over every open listing. /market, /gap, /role-summary topic:
 * and /recommend narrow with this, so their numbers agree with /ask's.
 */
export function selectFor(
  text: string,
  deps: EngineDeps,
): { ids: string[]; applied: string[]; notApplied: string[]; plan: AnswerPlan } {
  const question = normalizeLine(text).slice(0, MAX_QUESTION_CHARS);
  const ctx = contextOf(deps.reader);
  const planOf = (q: string) =>
    planQuestion(q, deps.understand(q), {
      gazetteer: deps.gazetteer,
      listings: ctx.titles,
      industries: industryWords(deps.industries),
      employers: deps.employers ?? [],
      skillsIn: (text) => deps.understand(text).skills,
    });
  let plan = planOf(question);
  // A bare topic ("healthtech", "Kotlin in Berlin") is no question: read as the roles it names.
  if (plan.intent === 'out_of_scope') {
    const asRoles = planOf(`backend roles: ${question}`);
    if (asRoles.intent !== 'out_of_scope') plan = { ...asRoles, question };
  }
  // A topic names what it is about: its skills are filters whatever the wording looked like.
  const skills = deps.understand(question).skills;
  if (skills.length && !plan.filters.skills) plan.filters.skills = skills;
  if (plan.intent === 'listing') plan.filters = {};
  const sel = selectionOf({ ...plan, intent: 'requirements' }, ctx, deps);
  const ids = ctx.facts.ids(sel.filter);
  if (sel.applied.length === 0) {
    // A topic no filter reads ("platform engineering", "search relevance"): the listings whose
    // titles name its distinctive words, else those whose text holds it; else every listing, and
    // the empty `applied` says so.
    const byTopic = topicListings(question, ids, ctx);
    if (byTopic) return { ids: byTopic.ids, applied: [byTopic.applied], notApplied: sel.notApplied, plan };
  }
  return { ids, applied: sel.applied, notApplied: sel.notApplied, plan };
}

// Words of a topic that say nothing of which roles ("lead backend engineering roles").
const TOPIC_FILLER = new Set(
  'a an and the of for in on at to with roles role jobs job positions position listings listing postings lead leads backend back-end engineering engineer engineers software developer developers dev devs senior staff principal manager team teams work working summary topic'.split(
    ' ',
  ),
);

function topicListings(
  topic: string,
  ids: readonly string[],
  ctx: ReturnType<typeof contextOf>,
): { ids: string[]; applied: string } | undefined {
  const words = topic
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#.]+/u)
    .filter((w) => w.length >= 3 && !TOPIC_FILLER.has(w));
  if (!words.length) return undefined;
  const stems = words.map((w) => w.replace(/(?:ies|s)$/, ''));
  const titled = ids.filter((id) => {
    const title = ctx.byId.get(id)?.title.toLowerCase() ?? '';
    return stems.every((s) => title.includes(s));
  });
  if (titled.length) return { ids: titled, applied: `titles naming “${words.join(' ')}”` };
  const open = new Set(ids);
  const said = ctx.facts.mentioning(topic).filter((id) => open.has(id));
  return said.length ? { ids: said, applied: `mentioning “${topic}”` } : undefined;
}
