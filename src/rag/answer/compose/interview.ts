/**
 * Interviews and preparation (`interview`): what listings say of their own interviews, and practice
 * prompts.
 */

import { appendAll } from '../../sources/types.js';
import { foreignCueWords } from '../plan/cues.js';
import { levelsOf } from '../plan/index.js';
import { type ComposeInput, type Composer, type Context, detail } from './context.js';
import { DESIGN_PROMPT, DESIGN_ROUND, WHICH_ASKED } from './cues.js';
import { givenBy } from './given.js';
import { guideStages, quoteGuides } from './guides.js';
import { aspectStages, aspectStatements } from './listing.js';
import { type Selection, scope, selectionOf } from './selection.js';
import { LEVEL_NAMES, open } from './shared.js';
import { clip, distinct } from './text.js';

/** The guide's practice prompts, by round ("System design" → its prompts), with the guide's id. */
function practicePrompts(ctx: Context): { id: string; groups: Map<string, string[]> } | null {
  const groups = new Map<string, string[]>();
  let id = '';
  let after = false;
  for (const doc of ctx.guides) {
    if (doc.documentId !== 'guide-system-design-and-interviews') continue;
    // The section's later rounds may be passages of their own, headed by the round alone
    // ("Leadership") and holding nothing but prompts.
    const own = /^Sample prompts/i.test(doc.heading ?? '');
    const more: boolean = after && doc.text.split('\n').every((l) => /^\s*[-*•]\s+/.test(l) || !l.trim());
    after = own || more;
    if (!own && !more) continue;
    id = doc.documentId;
    // A passage's heading may carry its round ("Sample prompts to practise / System design"); a
    // line "System design:" or "**Leadership**" starts the next one.
    let group = (own ? /\/\s*(.+)$/.exec(doc.heading ?? '')?.[1] : doc.heading)?.trim() ?? '';
    for (const raw of doc.text.split('\n')) {
      const line = raw.trim();
      const head = /^(?:\*\*)?([^*:]{2,40}?)(?:\*\*)?:?(?:\*\*)?$/.exec(line);
      if (head && !/^[-*•]\s/.test(line) && !/[.!?]$/.test(line)) group = head[1]!.trim();
      else if (/^[-*•]\s+/.test(line) && group)
        groups.set(group, [...(groups.get(group) ?? []), line.replace(/^[-*•]\s+/, '').replace(/\*\*/g, '')]);
    }
  }
  return groups.size ? { id, groups } : null;
}

// What an interview covers (a design round, a take-home, a trial task), as against its language or
// how fast it decides: the sentences a member preparing for it can use.
// A yes-or-no question about a coding exercise in the interviews ("do they do leetcode?").
const YES_NO_ASKED =
  /^\W*(?:(?:so|ok|and|but|hey)\W+)?(?:do|does|did|is|are|will|would|should|can|could|have|has|any)\b/i;
const CODING_ASKED =
  /\b(?:leet[- ]?code|hacker[- ]?rank|coding|code|algorithm\w*|take[- ]?homes?|pair(?:ing|[- ]?program\w*)|live[- ]coding|whiteboard\w*|puzzles?|data structures)\b/i;
const CODING_EXERCISE =
  /\b(?:coding|code[- ]review (?:exercise|session|task|round)|code (?:tests?|challenges?|exercises?|tasks?)|algorithm\w*|leet[- ]?code|hacker[- ]?rank|take[- ]?homes?|pair(?:ing|[- ]?program\w*)|live[- ]coding|whiteboard\w*|puzzles?|kata)\b/i;
const PUZZLES = /\b(?:algorithm\w*|leet[- ]?code|hacker[- ]?rank|puzzles?|data structures)\b/i;
const NO_PUZZLES =
  /\b(?:no|not?|never|without|zero)\s+(?:[\w-]+\s+){0,2}?(?:algorithm\w*|leet[- ]?code|hacker[- ]?rank|puzzles?|data structures)\b/gi;

// The whole loop asked ("what does a typical interview loop look like", "the usual interview process").
const LOOP_ASKED =
  /\b(?:typical|usual|standard|normal|common|real)\b[^?]{0,25}\b(?:interview (?:loop|process)|loop|hiring process)\b|\b(?:interview|hiring) loop\b/i;

// How many stages a process has, asked ("how many rounds", "number of steps").
const STAGES_COUNTED = /\b(?:how many|number of|count of) (?:\w+ )?(?:rounds?|stages?|steps?|interviews?)\b/i;

const INTERVIEW_CONTENT =
  /\b(?:design|architect\w*|system|coding|code|take-home|pair\w*|trial|case|exercise|task|behaviou?ral|leadership|present\w*|deep dive|walk (?:us |me )?through|whiteboard|algorithm\w*|debug\w*|stories|scenario)\b/i;

// The kinds of interview stage a listing may describe, each with the words that describe it.
export const INTERVIEW_KINDS: Array<[string, RegExp]> = [
  ['a take-home', /\btake[- ]?homes?\b|\bhome (?:assignment|exercise|task)\b/i],
  [
    'a system design round',
    /\b(?:system )?design (?:round|interview|session|conversation|discussion|exercise)|\bsystem design\b|\barchitecture (?:interview|discussion|session|deep[- ]dive)/i,
  ],
  [
    'coding or pairing',
    /\b(?:live[- ]coding|coding (?:round|interview|session|exercise|test)|pair(?:ing)? (?:session|programming|exercise)|pairing|refactor\w* (?:session|exercise)|practical session)\b/i,
  ],
  [
    'a leadership or behavioural round',
    /\b(?:behaviou?ral|leadership (?:interview|round|conversation|discussion)|values (?:interview|round|conversation)|hiring[- ]manager (?:round|interview|conversation))\b/i,
  ],
  [
    'a talk about your past work',
    /\b(?:walk (?:us |me )?through|present (?:a|one|your)|deep[- ]dive|system you (?:built|designed|led))\b/i,
  ],
];

export const interview: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  const sel = selectionOf(plan, ctx, input.deps);
  const ids = open(input, sel);
  const q = plan.question;
  const asked = levelsOf(plan.filters);
  const level = asked.length ? asked.map((l) => LEVEL_NAMES[l]).join(' or ') : 'lead';
  const leadership = /leadership|behaviou?ral|manag|people|conflict/i.test(q);
  const design = /design|architect|system/i.test(q);
  // "which system design prompts…", "what questions come up", "examples to practise": the prompts.
  const asksPrompts =
    /\b(?:prompts?|questions?|exercises?|examples?|problems?|practi[sc]e|mock)\b/i.test(q) &&
    !/\b(?:rounds?|loop|stages?|steps?|process)\b/i.test(q);
  // "the interview process at ardwick payments": that company's own listings first, every sentence
  // they say about their interviews; the guides then say how such interviews usually run.
  const own = plan.filters.company && ids.length <= 3 ? ownInterviews(input, ids) : false;
  const prompts = asksPrompts ? practicePrompts(ctx) : null;
  if (prompts) {
    const rounds = [...prompts.groups.keys()];
    const wanted = rounds.filter((r) =>
      leadership && !design ? /leader|behaviou?r/i.test(r) : design && !leadership ? /design/i.test(r) : true,
    );
    const show = wanted.length ? wanted : rounds;
    out.lines.push(`Prompts worth practising for ${level}-level interviews ${book.cite(prompts.id)}:`);
    for (const r of show) {
      if (show.length > 1) out.lines.push(`${r}:`);
      appendAll(
        out.lines,
        prompts.groups.get(r)!.map((p) => `- ${p}`),
      );
    }
    out.figures.push(
      `practice prompts quoted: ${show.map((r) => `${r} ${prompts.groups.get(r)!.length}`).join(', ')}`,
    );
  } else out.lines.push(`How ${level}-level interviews usually run, and how to prepare:`);
  quoteInterviewGuide(input, leadership, design, prompts !== null);
  // Each listing's sentences about its own interviews (not a duty of interviewing others).
  if (own) return;
  const mentions = ids.map((id) => givenBy<InterviewGiven>(ctx, 'interview', id)).filter((x) => x !== null);
  if (mentions.length) listingInterviews(input, sel, ids, mentions, { leadership, design });
  else if (ids.length)
    out.lines.push(
      `None of ${scope(sel, ids.length).replace(/^all /, 'the ')} describes its own interviews.`,
    );
};

/** What one listing's text says of its own interviews (`GIVEN_KINDS.interview`). */
interface InterviewGiven {
  l: { id: string; company: string };
  all: string[];
  kinds?: string[];
  /** The sentence saying what its design round is about ("design a pacing service"), if one does. */
  design?: string;
}

/** The interview guide's sections on what is asked (stages, deep dive, leadership or design), quoted. */
function quoteInterviewGuide(
  input: ComposeInput,
  leadership: boolean,
  design: boolean,
  withPrompts: boolean,
): void {
  const q = input.plan.question;
  // "what rounds", "what's the loop", "coding still a thing?": the stages themselves.
  // A coding exercise feared or asked about ("terrified of leetcode style stuff") is one of the stages:
  // the loop says what its coding round is like.
  const stages =
    /\b(?:rounds?|loop|stages?|steps?|process|coding|take[- ]?home|what (?:to|should \w+) expect)\b/i.test(
      q,
    ) || PUZZLES.test(q);
  // "how do I prepare for the architecture deep dive": the section on presenting your own system.
  const deepDive =
    /\bdeep[- ]?dive\b|\b(?:present|walk (?:them|through))\b[^?]{0,30}\b(?:system|project|work)\b/i.test(q);
  const sections = deepDive
    ? [/^Preparing for the architecture deep dive/, /^What interviewers want/, /^The usual interview loop/]
    : leadership
      ? [/^Preparing for the leadership round/, /^What interviewers want/, /^The usual interview loop/]
      : stages && !design
        ? [/^The usual interview loop/, /^What interviewers want/, /^Preparing for the leadership round/]
        : design
          ? [
              /^What interviewers want/,
              /^A structure for design rounds/,
              /^Preparing for the architecture deep dive/,
              /^The usual interview loop/,
            ]
          : [
              /^What interviewers want/,
              /^The usual interview loop/,
              /^Preparing for the architecture deep dive/,
              /^Preparing for the leadership round/,
            ];
  // "what rounds should I expect": every stage of the guide's loop, named in one line, first.
  // (Not for one round asked about: "tips for the system design round", "behavioural round stories".)
  // "what does a typical interview loop look like? (for a system design + leadership study group)":
  // the loop itself asked, whatever rounds the question also names.
  if (
    stages &&
    !deepDive &&
    !withPrompts &&
    !/\bround\b/i.test(q) &&
    ((!leadership && !design) || LOOP_ASKED.test(q))
  )
    guideStages(input);
  // The sentences that carry how to prepare: what lead-level interviewers check, and each stage.
  const carry = deepDive
    ? /\b(?:present|prepare|diagram|decisions?|reverse|incident|numbers|mistakes|constraints)\b/i
    : leadership
      ? /\b(?:stor(?:y|ies)|prepar\w*|mentor\w*|disagreement|conflict|pushing back|behaviou?ral)\b/i
      : stages && !design
        ? /\b(?:min\)|coding|system design|design|behaviou?ral|leadership|screen|deep dive|trade-?offs?)\b/i
        : /\b(?:clarif\w*|trade-?offs?|decision|risks?|run a design|practi[sc]e|prepar\w*|story|stories)\b/i;
  // With the prompts given, two sentences on what the interviewers look for are enough.
  quoteGuides(
    input,
    'interview',
    ['guide-system-design-and-interviews'],
    sections,
    withPrompts ? 2 : deepDive ? 6 : 4,
    carry,
    true,
  );
}

// The steps of a process asked ("describe their interview steps", "lay out the stages").
const STEPS_ASKED = /\b(?:steps?|stages?|rounds?|process(?:es)?|loop)\b/i;
// A sentence setting out a step: a stage with its length, an arrow between stages, a stage named.
const STEP_TEXT =
  /\(\s*(?:about\s+)?\d+\s*(?:min\w*|h(?:ou)?rs?)\b|→|->|\b(?:process|steps?|stages?|rounds?|intro (?:call|chat)|take[- ]?home|pairing|trial (?:task|day)|final (?:call|round|interview)|debrief|onsite|on-site interview)\b/i;

/** Up to this many listings describing their interviews are each named when a list is asked. */
const EVERY_ONE_NAMED = 15;

/**
 * What the listings that describe their own interviews say: a sentence of two of them on the topic
 * asked, the kinds of round counted, and a yes or no to a coding exercise when that is asked.
 */
function listingInterviews(
  input: ComposeInput,
  sel: Selection,
  ids: string[],
  mentions: InterviewGiven[],
  asked: { leadership: boolean; design: boolean },
): void {
  const { book, out } = input;
  const q = input.plan.question;
  const { leadership, design } = asked;
  // The sentence of each listing that says what its interview covers, on the topic asked first.
  const topic = leadership
    ? /\b(?:behaviou?ral|leadership|stories|conflict|people)\b/i
    : design
      ? /\b(?:design|architect\w*|system)\b/i
      : INTERVIEW_CONTENT;
  const scored = mentions
    .map((m) => {
      const s = m.all.find((x) => topic.test(x)) ?? m.all.find((x) => INTERVIEW_CONTENT.test(x)) ?? m.all[0]!;
      return { m, s, score: Number(topic.test(s)) * 2 + Number(INTERVIEW_CONTENT.test(s)) };
    })
    .sort((a, b) => b.score - a.score);
  out.lines.push(
    `What the listings say about their own interviews (${mentions.length} of ${ids.length} describe them${sel.applied.length ? `; ${sel.applied.join(', ')}` : ''}):`,
  );
  // "which listings say what their design round is about?": each one that names its prompt, quoted.
  const prompts =
    design && !leadership && WHICH_ASKED.test(q)
      ? mentions
          .map((m) => ({
            m,
            s: m.design ?? m.all.find((x) => DESIGN_ROUND.test(x) && DESIGN_PROMPT.test(x)),
          }))
          .filter((x): x is { m: InterviewGiven; s: string } => x.s !== undefined)
      : [];
  if (prompts.length) {
    out.lines.push(`- ${prompts.length} of them say what their design round is about:`);
    for (const x of prompts.slice(0, 12))
      out.lines.push(`  - ${x.m.l.company}: “${clip(x.s, 220)}” ${book.cite(x.m.l.id)}`);
    out.figures.push(`listings naming their design prompt: ${prompts.length} of ${mentions.length}`);
  } else if (WHICH_ASKED.test(q) && !input.plan.filters.company && mentions.length <= EVERY_ONE_NAMED) {
    // "which Latin America listings describe their interview steps?": the list is the answer, so
    // every listing that describes them is named, each with its sentence on what the interview covers.
    // "…describe their interview steps": the ones setting out stages are the list; the others,
    // mentioning their interviews only (the language they are held in), are named apart.
    const steps = STEPS_ASKED.test(q);
    const setOut = (m: InterviewGiven) => (m.kinds?.length ?? 0) > 0 || m.all.some((x) => STEP_TEXT.test(x));
    const listed = steps ? scored.filter((x) => setOut(x.m)) : scored;
    const apart = steps && listed.length < scored.length;
    if (apart) out.lines.push(`- ${listed.length} of them set out their steps:`);
    for (const x of listed)
      out.lines.push(
        `${apart ? '  ' : ''}- **${x.m.l.company}**: “${clip(x.s, 220)}” ${book.cite(x.m.l.id)}`,
      );
    const rest = scored.filter((x) => !listed.includes(x));
    if (rest.length)
      out.lines.push(
        `- Mentioning their interviews without the steps: ${rest.map((x) => `${x.m.l.company} ${book.cite(x.m.l.id)}`).join(', ')}.`,
      );
    out.figures.push(
      `listings named for their interviews: ${listed.length}${steps ? ' setting out steps' : ''}`,
    );
  } else
    for (const x of distinct(scored, (x) => x.s, 2))
      out.lines.push(`- “${clip(x.s, 220)}” (${x.m.l.company}) ${book.cite(x.m.l.id)}`);
  // What the described interviews contain, each counted ("a take-home in 6"), the kind asked first.
  const kinds = INTERVIEW_KINDS.map(([k, re]) => ({
    k,
    asked: re.test(q) || (k === 'a leadership or behavioural round' && leadership),
    ids: mentions.filter((m) => m.kinds?.includes(k)).map((m) => m.l.id),
  }))
    .filter((x) => x.ids.length || x.asked)
    .sort((a, b) => Number(b.asked) - Number(a.asked) || b.ids.length - a.ids.length);
  if (kinds.length) {
    out.lines.push(
      `- Of those ${mentions.length}: ${kinds.map((x) => `${x.k} in ${x.ids.length}${x.ids.length ? ` ${book.citeAll(x.ids, 2)}` : ''}`).join('; ')}.`,
    );
    out.figures.push(`interview kinds: ${kinds.map((x) => `${x.k} ${x.ids.length}`).join(', ')}`);
  }
  out.figures.push(`listings describing their interviews: ${mentions.length} of ${ids.length}`);
  // "do they do leetcode?", "is there a take-home?": the yes or no first, from those sentences.
  if (YES_NO_ASKED.test(q) && CODING_ASKED.test(q)) {
    const coding = mentions.filter((m) => m.all.some((x) => CODING_EXERCISE.test(x))).length;
    // "live system design, no puzzles": a puzzle said not to be set is counted apart.
    const puzzles = mentions.filter((m) =>
      m.all.some((x) => PUZZLES.test(x.replace(NO_PUZZLES, ' '))),
    ).length;
    const none = mentions.filter((m) => m.all.some((x) => x.search(NO_PUZZLES) >= 0)).length;
    const verdict = coding === 0 ? 'No' : coding * 2 > mentions.length ? 'Mostly yes' : 'Some do';
    out.lines.unshift(
      `**${verdict}**: ${coding} of the ${mentions.length} listings that describe their interviews name a coding, algorithm, pairing or take-home exercise${PUZZLES.test(q) ? `, ${puzzles} of them algorithm or LeetCode-style puzzles${none ? ` (${none} say${none === 1 ? 's' : ''} no puzzles)` : ''}` : ''}.`,
    );
    out.figures.push(
      `listings naming a coding exercise in their interviews: ${coding} of ${mentions.length}`,
    );
  }
}

/** Each named company's listing, with all it says about its own interviews; true when any is shown. */
function ownInterviews(input: ComposeInput, ids: string[]): boolean {
  const { ctx, book, out } = input;
  const asked = foreignCueWords(input.plan.question);
  if (!ids.length) return false;
  for (const id of ids) {
    const l = ctx.byId.get(id)!;
    // Its own section on the process, stage by stage ("What's the process?" 1. … 4.), read with its
    // headings; else the sentences that name its interviews.
    const own = detail(ctx, id);
    const stages = own ? aspectStatements(own, 'interview', 6) : [];
    const m = stages.length ? { all: stages } : givenBy<{ all: string[] }>(ctx, 'interview', id);
    if (!m?.all.length) {
      out.lines.push(
        `- **${l.company}**, ${l.title}: the listing does not describe its interview process ${book.cite(id)}`,
      );
      continue;
    }
    // "how many rounds?", "combien d'étapes ?": the stages its list gives, counted.
    const count = own && STAGES_COUNTED.test(asked) ? aspectStages(own, 'interview') : 0;
    out.lines.push(
      `**${l.company}**, ${l.title}, on its interviews${count ? ` (${count} stages, as it lists them)` : ''} ${book.cite(id)}:`,
    );
    for (const x of m.all.slice(0, 6)) out.lines.push(`- “${clip(x, 260)}”`);
  }
  out.figures.push(`listings of the company describing their interviews: ${ids.length}`);
  return true;
}
