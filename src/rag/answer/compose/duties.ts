/** What the role involves day to day (`duties`), by duty topic. */

import type { ListingDetail } from '../../../storage/corpus/corpus-reader.js';
import { appendAll } from '../../sources/types.js';
import { byResponsibility, listingDuties } from '../../summary.js';
import { withoutAsker } from '../plan/guide-topic.js';
import { levelsOf } from '../plan/index.js';
import { type ComposeInput, type Composer, detail } from './context.js';
import { type GivenKind, givenBy } from './given.js';
import { guideSteps, guideTable, quoteGuides } from './guides.js';
import { LEVEL_GUIDE_SECTIONS } from './levels.js';
import { type Selection, scope, selectionOf } from './selection.js';
import { LEVEL_NAMES, open, pct } from './shared.js';
import { clip, sentencesOf } from './text.js';

const DUTY_SECTIONS = [
  /^The role in one paragraph/,
  /^A typical week/,
  /^The split between coding and leading/,
  /ownership/i,
];

// A part of the job asked about: [the words that ask it, its guide, the sections that answer it, a
// heading, the words of the sentences that carry the answer, and false when listings never speak
// to it (a listing's "mistakes" are its system's, not a new lead's)].
// A topic's playbook (its section of numbered steps) is given step by step when the member asks
// what to do ("what should they do, and what should they NOT do?").
export const DUTY_TOPICS: Array<[RegExp, string, RegExp[], string, RegExp, boolean?, RegExp?]> = [
  [
    /mistake|\bnew (?:tech )?lead\b|first \d+ days|first (?:few )?(?:weeks?|months?)|just (?:became|got promoted)|newly promoted/i,
    'guide-what-a-lead-backend-engineer-does',
    [/^Common mistakes new leads make/],
    'Starting as a lead: the common mistakes of new leads',
    /mistake|instead|too (?:much|many|long)|stop|avoid/i,
    false,
  ],
  [
    /incident|on-?call|outage|postmortem|post-mortem|sev ?[0-2]|firefight|(?:breaks?|goes down|go down|blows? up|falls? over)\b/i,
    'guide-incident-leadership-and-on-call',
    [
      /^Roles during an incident/,
      /^Writing blameless postmortems/,
      /^Why incidents are a lead's test/,
      /^Running the first thirty minutes/,
    ],
    'Incidents and on-call, as a lead',
    /incident commander|\bIC\b|coordinat|keyboard|postmortem|blameless|mitigat|hero|learned from/i,
    true,
    /^Running the first thirty minutes/,
  ],
  [
    /product manag|with product|roadmap|stakeholder|estimat/i,
    'guide-working-with-product-and-roadmaps',
    [/^The partnership in brief/, /^Giving feasibility estimates/, /^Saying no without saying no/],
    'Working with product, as a lead',
    /product|estimat|trade-?off|roadmap|no\b/i,
  ],
  // "how much do leads actually code", "do leads still write code or just review PRs": the coding split.
  [
    /\b(?:code|codes|coding|hands[- ]on|program(?:s|ming)?|ic work|meetings|deep work|focus time|maker time|balance)\b(?! reviews?)/i,
    'guide-what-a-lead-backend-engineer-does',
    [/^The split between coding and leading/, /^A typical week/],
    'Coding and leading, as a lead',
    /\d+\s?%|\bhalf\b|code less|hard code|critical path|half-days|sharp|focus time|uninterrupted/i,
  ],
  [
    // "contract-review software" is the product, not a review the lead runs.
    /mentor|code reviews?|design reviews?|(?<![-\w])review/i,
    'guide-mentoring-and-code-review',
    [
      /^Why this is the core of the job/,
      /^How good leads mentor/,
      /^Running design reviews/,
      /^Running code reviews/,
    ],
    'Mentoring and reviews, as a lead',
    /mentor|(?<![-\w])review|grow|feedback/i,
  ],
];

// A lead's week or day asked as such ("what does a typical lead week look like", "what does my week
// even look like now"): the guide's week, day by day.
const WEEK_ASKED =
  /\b(?:typical|normal|average|usual|regular|ordinary) (?:work ?)?(?:week|day)\b(?! rates?\b|-rates?\b)|\b(?:do|doing|does|did) (?:\w+ )?(?:all|the whole|the entire|in a|during the|each|every) (?:work ?)?(?:week|day)(?: long)?\b|\b(?:week|day|days|weeks) (?:\w+ ){0,2}?looks? like\b/i;

// What to do asked of the member or the one they speak for ("what should they do", "dos and don'ts",
// "what should I do (and not do)"): a playbook answers it step by step.
const DO_ASKED =
  /\bwhat (?:should|must|do|does|to|would|can) (?:(?:i|they|she|he|we|you|my mentee|the mentee|one) )?(?:\w+ )?(?:do|avoid)\b|\bdo(?:'s|s)? and don'?t?s?\b|\bdos and donts\b|\bwhat not to do\b/i;

// A guide sentence saying what not to do ("Does not debug", "keeping your hands off the keyboard").
const NOT_DONE = /\b(?:does not|do not|don'?t|never|avoid|hands off|instead of)\b/i;

// At most this many roles selected: each one's duty is quoted.
const FEW_ROLES = 5;

// A duty said as the role's scope: "The matchmaking service end to end", "makes the final
// technical decisions for the event and economy systems", "As lead, you would decide how this
// system evolves" (not "the engineer who owns the shard router").
const SCOPE_DUTY =
  /\b(?:end[- ]to[- ]end|you(?:'ll|’ll| will| would)? own|ownership of|responsible for|final (?:technical )?decisions?|architecture and implementation|decide how)\b/i;

/** What one listing says its lead owns, in its words: a duty, or else a sentence, saying the scope. */
function ownedScope(l: ListingDetail | null): string | undefined {
  if (!l) return undefined;
  return [...byResponsibility(listingDuties(l, 8)), ...sentencesOf(l.description)].find(
    (x) => SCOPE_DUTY.test(x) && x.length > 25,
  );
}

/** A listing's first duty sentence (on a topic of `DUTY_TOPICS`, or any). */
interface DutyGiven {
  l: { id: string; company: string };
  duties: string[];
}
export function dutyGiven(
  l: ListingDetail,
  topic: (typeof DUTY_TOPICS)[number] | undefined,
): DutyGiven | null {
  let duties: string[];
  if (topic) {
    const all = sentencesOf(l.description).filter((x) => topic[0].test(x) && x.length > 40);
    const carrying = all.filter((x) => topic[4].test(x));
    duties = carrying.length ? carrying : all;
  } else duties = byResponsibility(listingDuties(l, 4).filter((d) => /^\p{Lu}/u.test(d) && d.length > 40));
  return duties.length ? { l: { id: l.id, company: l.company }, duties: duties.slice(0, 1) } : null;
}

/**
 * The part of the job a question asks about. Being new to the role is the asker's context, not the
 * topic, when another part is asked too ("just became a lead: what does she do during an
 * incident?"), unless its mistakes are asked.
 */
function topicAsked(question: string): (typeof DUTY_TOPICS)[number] | undefined {
  // "mentor here: …", "explain to my mentee …": who asks, or for whom, is no topic.
  const q = withoutAsker(question);
  const matched = DUTY_TOPICS.filter(([re]) => re.test(q));
  const newLead = DUTY_TOPICS[0];
  return matched.find((t) => t !== newLead || /mistake/i.test(q)) ?? matched[0];
}

/**
 * The technical side against the people side, over the selected listings: people management (direct
 * reports) named against system design, code review and mentoring.
 */
function techOrPeople(input: ComposeInput, sel: Selection, n: number): void {
  const { ctx, out } = input;
  const count = (skill: string) => ctx.facts.withSkillCount(sel.filter, skill);
  const pm = count('People management');
  const design = count('System design');
  const review = count('Code review');
  const mentoring = count('Mentoring');
  const managing = pm * 2 > n;
  out.lines.push(
    `${managing ? 'Mostly people: ' : 'Both, and the people side is growing engineers rather than managing them: '}of ${scope(sel, n)}, people management (direct reports) is named in ${pm} (${pct(pm, n)}), mentoring in ${mentoring} (${pct(mentoring, n)}), code review in ${review} and system design in ${design}.`,
  );
  out.figures.push(
    `people management ${pm}, mentoring ${mentoring}, code review ${review}, system design ${design} of ${n}`,
  );
}

export const duties: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  const sel = selectionOf(plan, ctx, input.deps);
  const ids = open(input, sel);
  const level = levelsOf(plan.filters)[0] ?? 'lead';
  // A lead's week asked is the answer, whatever else the member says of themselves ("just promoted").
  // Another part of the job asked of the week ("how much coding in a typical week") is that part.
  const asked = topicAsked(plan.question);
  const week = level === 'lead' && WEEK_ASKED.test(plan.question) && (!asked || asked === DUTY_TOPICS[0]);
  const topic = week ? undefined : asked;
  out.lines.push(
    week
      ? "A lead's typical week:"
      : topic
        ? `${topic[3]}:`
        : level === 'manager'
          ? 'What a backend engineering manager does day to day:'
          : `What a ${LEVEL_NAMES[level]} backend engineer does day to day:`,
  );
  const weighed = plan.techOrPeople === true && ids.length >= 3;
  if (weighed) techOrPeople(input, sel, ids.length);
  const own = LEVEL_GUIDE_SECTIONS.find(([pair]) => level !== 'lead' && pair.includes(level))?.[1];
  // A part of the job asked about is answered from the guide about it; a typical week, by its days.
  if (week && guideTable(input, /^A typical week/)) {
    // The week is the answer; the listings' own duty sentences follow.
  } else if (topic?.[6] && DO_ASKED.test(plan.question) && guideSteps(input, topic[1], topic[6])) {
    // The playbook step by step, then what the other sections say the lead does and does not do.
    const others = topic[2].filter((h) => h.source !== topic[6]!.source);
    // "…and what should they NOT do": the sentences that say what not to do, first.
    const not = /\b(?:not|don'?t|never|avoid)\b/i.test(plan.question.replace(/\bor not\b/gi, ''));
    quoteGuides(input, 'duties', [topic[1]], others, 3, topic[4], false, not ? NOT_DONE : undefined);
  } else if (topic)
    quoteGuides(input, 'duties', [topic[1]], topic[2], topic[2].length > 3 ? 4 : 3, topic[4], true);
  else {
    const focus = own
      ? [own]
      : /coding|code|hands[- ]on/i.test(plan.question)
        ? [/^The split between coding and leading/, /^A typical week/]
        : DUTY_SECTIONS;
    quoteGuides(
      input,
      'duties',
      ['guide-what-a-lead-backend-engineer-does', 'guide-lead-vs-senior-staff-manager'],
      focus,
      3,
      /code|coding|week|review|design|mentor|own/i,
    );
  }
  // Each listing's first duty sentence (on the topic asked, when one is), once per generation.
  const dutyKind: GivenKind = topic ? `duties: ${DUTY_TOPICS.indexOf(topic)}` : 'duties';
  // Two of them, listings whose sentence carries the answer ("roughly 60% of your week hands-on")
  // first, each group in listing order: read in order, stopping once two carry it (not every match).
  // A few roles asked about together ("the lead roles in games"): each one's, so each is named.
  const cap = !topic && ids.length <= FEW_ROLES ? ids.length : 2;
  const carrying: DutyGiven[] = [];
  const others: DutyGiven[] = [];
  for (const id of topic?.[5] === false ? [] : ids) {
    // Each of a few roles by what it owns ("The matchmaking service end to end: …"), when it says.
    const owned = cap > 2 ? ownedScope(detail(ctx, id)) : undefined;
    const x = owned
      ? { l: { id, company: ctx.byId.get(id)!.company }, duties: [owned] }
      : givenBy<DutyGiven>(ctx, dutyKind, id);
    if (x === null) continue;
    if (topic?.[4].test(x.duties[0]!)) carrying.push(x);
    else if (others.length < cap) others.push(x);
    if (carrying.length === 2 || (!topic && others.length === cap)) break;
  }
  const withDuties = [...carrying, ...others].slice(0, cap);
  if (withDuties.length) {
    out.lines.push(`In the listings' own words (${scope(sel, ids.length)}):`);
    for (const x of withDuties)
      out.lines.push(`- “${clip(x.duties[0]!, 220)}” (${x.l.company}) ${book.cite(x.l.id)}`);
  }
  if (ids.length >= 3 && !weighed) {
    const counts = ['Mentoring', 'Code review', 'System design', 'Incident management', 'Hiring'].map(
      (s) => ({ s, n: ctx.facts.withSkillCount(sel.filter, s) }),
    );
    out.lines.push(
      `- Named as part of the job in those ${ids.length}: ${counts
        .filter((c) => c.n)
        .map((c) => `${c.s.toLowerCase()} ${c.n}`)
        .join(', ')}`,
    );
    appendAll(
      out.figures,
      counts.map((c) => `${c.s}: ${c.n} of ${ids.length}`),
    );
  }
};
