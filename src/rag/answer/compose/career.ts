/**
 * Moving up and readiness (`careerPath`, `readiness`): the levels after lead, degrees asked, how a
 * member's profile fits.
 */

import type { ListingDetail } from '../../../storage/corpus/corpus-reader.js';
import type { SkillCount } from '../../../storage/corpus/facts.js';
import { gapOf, skillsCovered } from '../../gap.js';
import { percentile } from '../../market.js';
import { extent } from '../../sources/types.js';
import { LEAD_ONWARD } from '../plan/cues.js';
import { levelsOf, type PlanLevel } from '../plan/index.js';
import { type ComposeInput, type Composer, detail } from './context.js';
import { givenBy } from './given.js';
import { quoteGuides } from './guides.js';
import { aspectStatements, statementsOf } from './listing.js';
import { type Selection, scope, selectionOf } from './selection.js';
import { fewOrNone, LEVEL_NAMES, open, pct } from './shared.js';
import { cap, clip } from './text.js';
import { yearsLine } from './years.js';

// Steps asked rather than the roads ("what should she actually do?", "…at my current company?",
// "how do I get promoted?"): the guide's way of showing readiness answers them.
const STEPS_ASKED =
  /\bwhat (?:should|can|must|do) (?:i|she|he|they|we|you) (?:actually |really |concretely )?do\b|\b(?:at|in|within|inside) (?:my|her|his|their|our) (?:current|own|present) (?:company|employer|job|team|org\w*)\b|\bget promoted\b|\bpromot(?:ed|ion) internally\b/i;

// Going back from management to IC work ("can she go back to being a lead?", "return to IC").
const BACK_TO_IC =
  /\b(?:go(?:ing|es)? back|move back|moving back|switch(?:ing)? back|return(?:ing)?)\b[^?]{0,30}\b(?:ic|individual contributor|lead|engineering|coding|hands-on|tech(?:nical)? (?:track|work))\b|\bback to (?:an? )?(?:ic|lead|coding|engineering|individual)|\b(?:can|could|may) (?:i|she|he|they|you|one) (?:ever |still |later |easily )?(?:go|move|switch|come) back\b/i;

// Where a lead goes next ("where can a lead go next, career-wise?", "options after tech lead",
// "what's beyond lead?"): the roads on from lead, not the way up to it.
const AFTER_LEAD =
  /\bwher?e? (?:can|could|does|do|should|would|might) (?:an? |the |our |my )?(?:(?!leads?\b)[\w-]+ )?(?:tech )?leads?(?: (?!(?:go|move|head|grow)\b)[\w-]+){0,2} (?:usually |typically |normally |often |then )?(?:go|move|head|grow)\b|\bafter (?:being )?(?:an? )?(?:tech )?lead\b(?! (?:roles?|listings?|jobs?) (?:ask|want|require))|\bbeyond (?:the )?(?:tech )?lead\b|\bnext (?:steps?|moves?|levels?) (?:for|after|from) (?:an? )?(?:tech )?leads?\b/i;

// The roads to lead asked as such ("common routes from senior to lead", "how do people usually end
// up as a lead", "typical paths in"): the guide's roads, each of them, not the steps of one.
const ROUTES_ASKED =
  /\b(?:routes?|paths|roads|ways (?:in(?:to)?|people|engineers|most))\b|\b(?:end(?:s|ed)? up|ending up|wind up|arrive[sd]?) (?:as|at) (?:an? )?(?:tech |team )?lead\b/i;

// Promotion set against moving elsewhere ("…get promoted? or should i just switch", "promotion
// or a new company?").
const PROMOTION_OR_MOVE =
  /\bpromot\w*\b[^.]{0,80}?\bor\b[^.?]{0,30}?\b(?:switch\w*|chang\w* (?:jobs?|compan\w*|employers?)|jump\w*(?: ship)?|leav\w*|move (?:on|elsewhere|companies|jobs)|(?:an?|new|another) (?:compan\w*|employer|job))\b/i;

// A role past lead that the guide's roads lead to, named as the goal.
const BEYOND_LEAD =
  /\b(?:cto|chief technology officer|head of (?:engineering|eng|tech(?:nology)?|backend)|vp (?:of )?eng(?:ineering)?|director of engineering|(?:solutions?|enterprise|software) architect)\b/i;

export const careerPath: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  // Several levels asked ("staff or principal"): the first named is the way up described.
  const target = levelsOf(plan.filters)[0] ?? 'lead';
  const from = plan.fromLevel;
  // "went from lead to EM and hates it, can she go back?": back to IC work, not up.
  const back = BACK_TO_IC.test(plan.question);
  // "After lead, staff or EM?": where a lead goes next, and what the next levels' listings ask;
  // "lead -> EM -> back to IC?" is the round trip, not the choice.
  const choice =
    !back &&
    from === 'lead' &&
    /\b(?:manag\w*|em)\b/i.test(plan.question) &&
    /\b(?:staff|principal|ic)\b/i.test(plan.question);
  if (
    (from && from === target) ||
    choice ||
    // A goal beyond lead ("the path to CTO", "could I become head of engineering?"): the roads on.
    (target === 'lead' && !back && BEYOND_LEAD.test(plan.question)) ||
    (!from && target === 'lead' && (AFTER_LEAD.test(plan.question) || LEAD_ONWARD.test(plan.question)))
  ) {
    afterLead(input);
    return;
  }
  out.lines.push(
    back && target === 'manager'
      ? 'Trying engineering management, and moving back to individual-contributor work:'
      : back
        ? `Moving from ${from && from !== target ? LEVEL_NAMES[from] : 'management'} back to ${LEVEL_NAMES[target]} (individual-contributor) work:`
        : `Moving ${from ? `from ${LEVEL_NAMES[from]} ` : ''}up to ${LEVEL_NAMES[target]}:`,
  );
  // "my manager ignores me" names the member's boss, not the management path.
  const management = /manag/i.test(
    plan.question.replace(
      /\b(?:my|our|your|the|their|his|her) (?:line |engineering |direct )?manager\b/gi,
      ' ',
    ),
  );
  // "how do i show i'm ready": the guide's way of showing it, first.
  // "what should she actually do", "at her current company": the steps to take, first.
  // ("what goes in a promo packet", "brag doc tips", "a promotion case": the evidence shown.)
  const showing =
    /\b(?:show|prove|demonstrate|convince|make (?:the|a) case)\b/i.test(plan.question) ||
    /\b(?:promo(?:tion)?\s+(?:packets?|cases?|docs?|documents?)|brag (?:docs?|documents?|sheets?|files?)|evidence)\b/i.test(
      plan.question,
    ) ||
    STEPS_ASKED.test(plan.question);
  // "how do ppl usually get promoted to lead? or should i just switch": promotion set against a
  // move elsewhere is the roads (internal growth, changing company), then the steps of the first.
  const promotionOrMove = !back && target === 'lead' && showing && PROMOTION_OR_MOVE.test(plan.question);
  const routes = !back && target === 'lead' && (ROUTES_ASKED.test(plan.question) || promotionOrMove);
  const sections = back
    ? [/Moving between IC and management/]
    : promotionOrMove
      ? [/^How engineers usually get to Lead/, /^How to show readiness/]
      : routes
        ? [/^How engineers usually get to Lead/]
        : target === 'manager' || management
          ? [/^Moving between IC and management/, /^Where Lead can take you/]
          : target === 'staff' || target === 'principal'
            ? [/^Staff and Principal vs Lead/, /^Where Lead can take you/]
            : showing
              ? [/^How to show readiness/, /^What readiness looks like/, /^How engineers usually get to Lead/]
              : [
                  /^How engineers usually get to Lead/,
                  /^How to show readiness/,
                  /^What readiness looks like/,
                  /^Senior Engineer vs Lead/,
                ];
  quoteGuides(
    input,
    'career_path',
    ['guide-career-path', 'guide-lead-vs-senior-staff-manager'],
    sections,
    target === 'staff' || target === 'principal' ? 3 : 4,
    // Up to staff or principal: what those roles are (across teams, influence through writing), not
    // the guide's rows about management or staying a lead.
    back
      ? // Trying management first: how to test it, then how reversible it is.
        target === 'manager' && /\b(?:try|trying|test|testing)\b/i.test(plan.question)
        ? /\b(?:reversible|back again|returning|test it first|1:1s|hiring loops)\b/i
        : /\b(?:reversible|back again|returning|ramp-up|Staff and Principal)\b/i
      : promotionOrMove
        ? /\bThe (?:first|second|third|fourth|fifth) is\b|\bevidence file\b/i
        : routes
          ? // Each road the guide counts ("The first is internal growth…", "The second is…").
            /\bThe (?:first|second|third|fourth|fifth) is\b/
          : target === 'staff' || target === 'principal'
            ? /\b(?:staff|principal)\b[^.]*\b(?:across|teams|influence|writ\w*|standards|broad|without authority)\b|\bacross (?:several |many )?teams\b/i
            : showing
              ? /\b(?:evidence|asking your manager|visible|lead-shaped|volunteer|review point|outcomes)\b/i
              : /scope|readiness|own|lead|mentor|design/i,
    // (The roads and the evidence of the first: a sentence of each section first.)
    promotionOrMove,
  );
  // What the target level's listings ask beyond the level below, counted.
  const sel = selectionOf(plan, ctx, input.deps);
  const ids = open(input, sel);
  if (ids.length >= 3 && from) {
    const below = { ...sel.filter, seniority: from };
    const nb = ctx.facts.count(below);
    if (nb) {
      const rows = ['Mentoring', 'System design', 'Code review', 'Incident management', 'Hiring'].map(
        (s) => ({ s, up: ctx.facts.withSkill(sel.filter, s), down: ctx.facts.withSkill(below, s).length }),
      );
      out.lines.push(
        `What changes in the listings (${ids.length} ${LEVEL_NAMES[target]} against ${nb} ${LEVEL_NAMES[from]}${sel.applied.length > 1 ? `; ${sel.applied.slice(1).join(', ')}` : ''}):`,
      );
      for (const r of rows.filter((r) => r.up.length && r.up.length / ids.length > r.down / nb))
        out.lines.push(
          `- ${r.s}: ${pct(r.up.length, ids.length)} of ${LEVEL_NAMES[target]} listings against ${pct(r.down, nb)} of ${LEVEL_NAMES[from]} ${book.cite(r.up[0]!.id)}`,
        );
    }
  } else if (ids.length >= 3) yearsLine(input, sel, ids.length);
  // "What should I learn to become a lead?": the skills the target level's listings name most.
  if (ids.length >= 3 && /\b(?:learn|skills?|study|tech(?:nologies)?)\b/i.test(plan.question)) {
    const top = ctx.facts
      .skillCounts(sel.filter)
      .filter((c) => c.category !== 'leadership')
      .slice(0, 6);
    const examples = ctx.facts.examples(
      sel.filter,
      top.map((c) => c.skill),
      1,
    );
    out.lines.push(
      `- Skills ${LEVEL_NAMES[target]} listings name most: ${top.map((c) => `${c.skill} (${c.listings} of ${ids.length}) ${book.cite(examples.get(c.skill)![0]!)}`).join(', ')}`,
    );
  }
};

/** Where a lead can go next: the guide's directions (Staff/Principal, Engineering Manager…), quoted, and those levels' listings counted. */
function afterLead(input: ComposeInput): void {
  const { ctx, book, out, plan } = input;
  // The guide's table of directions, in one line (its rows are quoted below).
  const guide = book.cite('guide-career-path');
  if (guide)
    out.lines.push(
      `After lead the path branches rather than going straight up: Staff or Principal Engineer (scope widens across teams), Engineering Manager (people management: hiring, performance, careers), architect, Head of Engineering or CTO at a small company, or staying a lead ${guide}.`,
    );
  quoteGuides(
    input,
    'career_path',
    ['guide-career-path', 'guide-lead-vs-senior-staff-manager'],
    [/^Where Lead can take you/, /^Moving between IC and management/, /^Staff and Principal vs Lead/],
    4,
    /\b(?:staff|principal|engineering manager|management|manager|architect|cto|head of|stay(?:ing)? (?:as )?(?:a )?lead)\b/i,
    true,
  );
  const base = selectionOf(plan, ctx, input.deps, ['level', 'levelNot']);
  const rows: string[] = [];
  for (const level of ['staff', 'principal', 'manager'] as const) {
    const filter = { ...base.filter, seniority: level };
    const ids = ctx.facts.ids(filter);
    if (!ids.length) continue;
    const ys = ctx.facts.years(filter).map((y) => y.years);
    const pm = ctx.facts.withSkill(filter, 'People management').length;
    rows.push(
      `${LEVEL_NAMES[level]} ${ids.length}${ys.length ? ` (median ${percentile(ys, 0.5)}+ years` : ' ('}${ys.length ? '; ' : ''}people management in ${pm}) ${book.citeAll(ids, 1)}`,
    );
    out.figures.push(
      `${level}: ${ids.length} listings, median years ${ys.length ? percentile(ys, 0.5) : 'n/a'}, people management ${pm}`,
    );
  }
  if (rows.length)
    out.lines.push(
      `Open listings at those levels${base.applied.length ? ` (${base.applied.join(', ')})` : ''}: ${rows.join('; ')}.`,
    );
}

const LEVEL_ORDER: PlanLevel[] = ['mid', 'senior', 'lead', 'staff', 'principal'];

/** The nearest level below the one asked whose listings ask at most `years`: where to apply first. */
function nearerLevels(input: ComposeInput, sel: Selection, years: number): void {
  const { ctx, book, out } = input;
  const target = (sel.filter.seniority ?? 'lead') as PlanLevel;
  const below = LEVEL_ORDER.slice(0, Math.max(0, LEVEL_ORDER.indexOf(target))).reverse();
  const rows: string[] = [];
  for (const level of below) {
    const filter = { ...sel.filter, seniority: level };
    const ys = ctx.facts.years(filter);
    const open = ctx.facts.count(filter);
    if (!open) continue;
    const within = ys.filter((y) => y.years <= years).sort((a, b) => a.years - b.years);
    if (!within.length) continue;
    const asks = extent(within.map((y) => y.years));
    rows.push(
      `${LEVEL_NAMES[level]}-level, ${within.length} of ${open} open listings ask ${years} years or fewer (they ask ${asks.min === asks.max ? `${asks.min}+` : `${asks.min}+ to ${asks.max}+`}; ${ys.length} state a minimum) ${book.citeAll(
        within.map((y) => y.id),
        2,
      )}`,
    );
    out.figures.push(`${level}: ${within.length} of ${ys.length} stating years ask at most ${years}`);
    // The nearest level that takes the member is the next step; the ones below it add nothing.
    break;
  }
  out.lines.push(
    rows.length
      ? `- **Where ${years} years already meets the ask**${sel.applied.some((a) => !/level/.test(a)) ? ` (${sel.applied.filter((a) => !/level/.test(a)).join(', ')})` : ''}: ${rows.join('; ')}`
      : `- No listing below ${LEVEL_NAMES[target]} level here asks ${years} years or fewer either.`,
  );
}

// A degree, a bootcamp or teaching oneself: what the listings say about formal qualifications.
export const DEGREE_ASKED =
  /\b(?:degree|bootcamp|boot camp|self[- ]taught|no cs\b|university|college|diploma|graduate|grad|bsc|msc|bachelor'?s?|master'?s|qualifications?)\b/i;
const DEGREE_TEXT =
  /\b(?:degree|B\.?Sc|M\.?Sc|B\.E\.|B\.Tech|bachelor'?s?|master'?s|comparable qualification|formal qualification)\b/i;
const DEGREE_OR_EXPERIENCE = /\bequivalent\b(?! qualification)|\bpractical experience\b|\bor experience\b/i;
const DEGREE_NOT_NEEDED =
  /\b(?:don'?t|do not|doesn'?t|does not|won'?t|not) (?:need|require|care about|ask for)\b|\bnot required\b|\bno degree\b/i;

/** A listing's first statement on degrees, and what it says of them. */
interface DegreeGiven {
  id: string;
  company: string;
  text: string;
  kind: 'not needed' | 'or experience' | 'asked';
}
export function degreeGiven(l: ListingDetail): DegreeGiven | null {
  const st = statementsOf(l).find((x) => DEGREE_TEXT.test(x.text));
  if (!st) return null;
  const kind =
    DEGREE_NOT_NEEDED.test(st.heading) || DEGREE_NOT_NEEDED.test(st.text)
      ? 'not needed'
      : DEGREE_OR_EXPERIENCE.test(st.text)
        ? 'or experience'
        : 'asked';
  return { id: l.id, company: l.company, text: st.text, kind };
}

/** What the selected listings say about degrees: how many ask one, accept equivalent experience, or say they do not need one. */
export function degreeLine(input: ComposeInput, ids: string[]): void {
  const { ctx, book, out } = input;
  const said = ids.map((id) => givenBy<DegreeGiven>(ctx, 'degree', id)).filter((x) => x !== null);
  const of = (k: string) => said.filter((x) => x.kind === k);
  const n = ids.length;
  if (!said.length) {
    out.lines.push(
      `- **Degrees**: none of the ${n} mentions a degree; they ask for years and skills instead.`,
    );
    out.figures.push(`degree mentioned: 0 of ${n}`);
    return;
  }
  const parts = [
    of('or experience').length && `${of('or experience').length} accept equivalent experience instead`,
    of('asked').length &&
      `${of('asked').length} ask for a degree (or a comparable qualification) with no experience alternative`,
    of('not needed').length &&
      `${of('not needed').length} say${of('not needed').length === 1 ? 's' : ''} it does not need one`,
  ].filter(Boolean);
  out.lines.push(
    `- **Degrees**: ${n - said.length} of the ${n} do not mention one; of the ${said.length} that do, ${parts.join(', ')}.`,
  );
  // One sentence of each kind, in the listing's words.
  for (const x of [of('not needed')[0], of('or experience')[0], of('asked')[0]]
    .filter((x) => x !== undefined)
    .slice(0, 2))
    out.lines.push(
      // Under "What we don't need", a listing's line reads as an ask on its own: said as what it is.
      x.kind === 'not needed'
        ? `  - ${x.company} lists “${clip(x.text, 140)}” under what it does not need ${book.cite(x.id)}`
        : `  - “${clip(x.text, 140)}” (${x.company}) ${book.cite(x.id)}`,
    );
  out.figures.push(
    `degree mentioned: ${said.length} of ${n}; experience accepted instead ${of('or experience').length}; required ${of('asked').length}; not needed ${of('not needed').length}`,
  );
}

// What a listing asks of having led ("Previous tech lead experience", "You have led a team's technical
// direction before").
const LEADING_ASKED =
  /\b(?:tech(?:nical)? lead(?:ership)? experience|(?:lead|leading|leadership) (?:experience|role)|(?:have |has )?led (?:a |other |small )?(?:team|engineers|people|technical)|leading (?:a |other |small )?(?:team|engineers|people)|line manag\w*|people management)/i;

/**
 * "3 yoe in python: could she realistically apply for the writwell contract lead role?": the member
 * against that one listing: its years against theirs, its required skills against those they
 * named, and what it asks of having led, in its words.
 */
function listingReadiness(input: ComposeInput, l: ListingDetail): void {
  const { book, out, plan } = input;
  const c = book.cite(l.id);
  out.n = 1;
  const from = plan.fromLevel ? `; you describe ${LEVEL_NAMES[plan.fromLevel]} level` : '';
  out.lines.push(
    `Measured against the one listing asked about, **${l.title}** at ${l.company} ${c} (a ${l.seniority} role${from}):`,
  );
  const own = plan.years;
  const asks = l.yearsMin;
  const words = aspectStatements(l, 'years', 1)[0];
  const verdict =
    asks === null || own === undefined
      ? ''
      : own >= asks
        ? `; with ${own}, you meet it`
        : `; with ${own}, that is ${asks - own} short`;
  out.lines.push(
    `- **Years**: ${asks === null ? 'it states no minimum' : `it asks ${asks}+${verdict}`}${words ? `: “${clip(words, 160)}”` : ''} ${c}`,
  );
  const required = l.skillDetails.filter((x) => x.required && x.category !== 'leadership').map((x) => x.name);
  const have = plan.haveSkills ?? [];
  if (have.length) {
    const covered = skillsCovered(have, input.deps.taxonomy);
    const met = required.filter((x) => covered.has(x));
    const not = required.filter((x) => !covered.has(x));
    out.lines.push(
      `- **Skills**: of the ${required.length} it requires, you named ${met.join(', ') || 'none'}${not.length ? `; not named: ${not.slice(0, 10).join(', ')}` : ''} ${c}`,
    );
  } else out.lines.push(`- **Skills it requires**: ${required.slice(0, 12).join(', ')} ${c}`);
  const led = statementsOf(l).find((x) => LEADING_ASKED.test(x.text));
  if (led) out.lines.push(`- **Leading**: it asks “${clip(led.text, 160)}” ${c}`);
  out.figures.push(`one listing: ${l.id}; years asked ${asks ?? 'none'}; member ${own ?? 'unstated'}`);
  readinessGuides(input);
}

export const readiness: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  const one = plan.listingId ? detail(ctx, plan.listingId) : null;
  if (one) {
    listingReadiness(input, one);
    return;
  }
  const sel = selectionOf(plan, ctx, input.deps);
  if (!plan.filters.level) {
    sel.filter.seniority = 'lead';
    sel.applied.unshift('lead level (assumed)');
  }
  const ids = open(input, sel);
  if (fewOrNone(input, sel, ids, 'listings to measure against')) {
    // Few listings: each is named above; what the member says they lack is still measured.
    if (ids.length) lackLine(input, sel.filter, ids.length);
    if (ids.length && plan.gap) gapLines(input, sel.filter, ids.length);
    return;
  }
  const n = ids.length;
  out.lines.push(`Measured against ${scope(sel, n)}:`);
  if (plan.timeAway) timeAwayLine(input, ids);
  lackLine(input, sel.filter, n);
  // "what am I missing?": the skills they lack, first.
  if (plan.gap) gapLines(input, sel.filter, n);
  neverLedLine(input, ids);
  const ys = ctx.facts.years(sel.filter);
  const median = ys.length
    ? percentile(
        ys.map((y) => y.years),
        0.5,
      )
    : null;
  if (plan.years !== undefined && ys.length) {
    const within = ys.filter((y) => y.years <= plan.years!).sort((a, b) => a.years - b.years);
    out.lines.push(
      `- **Years**: with ${plan.years}, ${
        within.length
          ? `you meet the stated minimum of ${within.length} of the ${ys.length} that state one (${pct(within.length, ys.length)})`
          : // None met: said plainly, every one of them asks more.
            `you meet none of the stated minimums: all of them (${ys.length} of ${ys.length} that state one) ask more than ${plan.years}`
      }; their median ask is ${median}+ years${ys.length < n ? `; the other ${n - ys.length === 1 ? 'one' : n - ys.length} of the ${n} state${n - ys.length === 1 ? 's' : ''} no minimum at all` : ''}.`,
    );
    // The listings that would take the member now, by name: what they can act on; with few of them,
    // those asking the least above the member's years, named too (the nearest to apply to).
    const byName = (list: typeof ys) =>
      list
        .slice(0, 5)
        .map((y) => `${ctx.byId.get(y.id)!.company} (${y.years}+ years) ${book.cite(y.id)}`)
        .join(', ') + (list.length > 5 ? `, and ${list.length - 5} more` : '');
    const above = ys.filter((y) => y.years > plan.years!).sort((a, b) => a.years - b.years);
    const nearest = above.filter((y) => y.years === above[0]?.years);
    if (within.length) out.lines.push(`- **Asking ${plan.years} years or fewer**: ${byName(within)}`);
    else out.lines.push(`- None asks ${plan.years} years or fewer.`);
    // None within reach and few above: each one's minimum, so the furthest ask is said too ("Vantreo
    // Identity (10+ years)" beside the two asking 8+).
    const eachOne = !within.length && above.length > nearest.length && above.length <= 5;
    if (eachOne) out.lines.push(`- **Each one's minimum**: ${byName(above)}`);
    else if (within.length < 3 && nearest.length)
      out.lines.push(
        above.length <= 3 && above.length > nearest.length
          ? `- **${within.length ? 'Asking more' : 'What they ask'}**: ${byName(above)}`
          : `- **${within.length ? 'Next nearest' : 'The lowest ask'}**: ${nearest[0]!.years}+ years, by ${byName(nearest)}`,
      );
    out.figures.push(`years: member ${plan.years}; meets ${within.length} of ${ys.length}; median ${median}`);
    // Few or none within reach: the levels below whose listings the member's years do meet, so the
    // answer says where to apply first.
    if (within.length < 3) nearerLevels(input, sel, plan.years);
  } else if (ys.length)
    out.lines.push(`- **Years**: the median ask is ${median}+ years (${ys.length} of ${n} state one).`);
  // Skills counted where a listing requires them: "comfortable reading Kotlin" is no requirement.
  // Every skill's listings and requirements over the selection, counted once (one row per
  // listing and skill: what reading each skill's listings would count).
  const counts = ctx.facts.skillCounts(sel.filter);
  const countOf = new Map(counts.map((c) => [c.skill, c]));
  const top = counts
    .filter((c) => c.category !== 'leadership' && c.required > 0)
    .sort((a, b) => b.required - a.required || b.listings - a.listings)
    .slice(0, 8);
  // The first listing requiring a skill (required ones come first, each in listing order).
  const firstRequiring = (skill: string) => ctx.facts.examples(sel.filter, [skill], 1).get(skill)![0]!;
  const have = new Set(plan.haveSkills ?? []);
  if (have.size) {
    const covered = top.filter((c) => have.has(c.skill));
    // Not what the member has (Spring covers Spring Boot), nor what they say they lack (said above).
    const owned = skillsCovered([...have, ...(plan.lackSkills ?? [])], input.deps.taxonomy);
    const missing = gapOf(counts, owned, 4);
    out.lines.push(
      `- **Skills you named**: ${[...have].map((s) => `${s} asked for in ${countOf.get(s)?.listings ?? 0} of ${n} (as a requirement in ${countOf.get(s)?.required ?? 0})`).join(', ')}`,
    );
    // The gap asked is said above, in full.
    if (missing.length && !plan.gap)
      out.lines.push(
        `- **Required most that you did not name**: ${missing.map((c) => `${c.skill} (${c.required} of ${n}) ${book.cite(firstRequiring(c.skill))}`).join(', ')}`,
      );
    leadershipAsks(input, counts, owned, n, firstRequiring);
    out.figures.push(`covered top skills: ${covered.map((c) => c.skill).join(', ') || 'none'}`);
    if (!sel.filter.skills?.length) fitLine(input, sel.filter, [...have], n, counts);
  } else
    out.lines.push(
      `- **Skills required most**: ${top
        .slice(0, 5)
        .map((c) => `${c.skill} (${c.required} of ${n})`)
        .join(', ')}`,
    );
  if (DEGREE_ASKED.test(plan.question)) degreeLine(input, ids);
  otherLevelLine(input, sel);
  readinessGuides(input, plan.years !== undefined && median !== null && plan.years < median);
};

/**
 * "7 years of Python and AWS: what's missing for lead?": the leadership asks (mentoring, technical
 * leadership, incidents) the listings require are part of the gap as much as a technology, so the
 * most required ones the member did not name are said beside the technical ones, with their counts.
 */
function leadershipAsks(
  input: ComposeInput,
  counts: Array<{ skill: string; category: string; listings: number; required: number }>,
  owned: ReadonlySet<string>,
  n: number,
  firstRequiring: (skill: string) => string,
): void {
  const q = input.plan.question.toLowerCase();
  // "mentoring", "mentored", "mentor" for Mentoring; a name of several words said whole.
  const namedIn = (skill: string) =>
    skill.includes(' ')
      ? q.includes(skill.toLowerCase())
      : new RegExp(`\\b${skill.toLowerCase().slice(0, 6)}`).test(q);
  const asks = counts
    // A leadership ask the member names in so many words ("8 years and mentoring") is no gap.
    .filter((c) => c.category === 'leadership' && c.required > 0 && !owned.has(c.skill) && !namedIn(c.skill))
    .sort((a, b) => b.required - a.required || b.listings - a.listings)
    .slice(0, 3);
  if (!asks.length) return;
  input.out.lines.push(
    `- **Leadership asks you did not name**: ${asks.map((c) => `${c.skill} (${c.required} of ${n}) ${input.book.cite(firstRequiring(c.skill))}`).join(', ')}`,
  );
  input.out.figures.push(`leadership asks: ${asks.map((c) => `${c.skill} ${c.required}`).join(', ')}`);
}

// What a listing would say of time away in its own words (whole phrases: the index stems words, so
// "returner" would find "tax returns").
const TIME_AWAY_PHRASES = ['career break', 'career gap', 'employment gap', 'gap in employment', 'returnship'];

/**
 * "Does a 2 year gap on my CV matter for lead roles?": what the listings say of time away (how many
 * of them mention it at all, quoted when they do), then what the guide says the years stand for:
 * range shown by recent examples, which is what to put forward about the time before and after it.
 */
function timeAwayLine(input: ComposeInput, ids: string[]): void {
  const { ctx, book, out } = input;
  const selected = new Set(ids);
  const saying = [...new Set(TIME_AWAY_PHRASES.flatMap((p) => ctx.facts.mentioning(p)))].filter((id) =>
    selected.has(id),
  );
  out.lines.push(
    saying.length
      ? `- **Time away**: ${saying.length} of the ${ids.length} mention career breaks or gaps in their own text (${saying
          .slice(0, 3)
          .map((id) => `${ctx.byId.get(id)!.company} ${book.cite(id)}`)
          .join(', ')}); none of the others screens on gaps: what they state is years and skills.`
      : `- **Time away**: none of the ${ids.length} screens on gaps or even mentions a career break; what they state is years and skills, so a gap is yours to explain briefly, not a bar.`,
  );
  out.figures.push(`time away mentioned by ${saying.length} of ${ids.length}`);
  quoteGuides(input, 'readiness', ['guide-skills-expected'], [/^Years of experience/], 1, /\brange\b/i);
}

// Whether to apply at all, asked ("should I even bother applying?", "is it worth sending my CV",
// "do I have a shot"): the guide's word on applying under the stated figure answers it.
const APPLY_ASKED =
  /\b(?:appl(?:y|ying|ied|ication)|bother|worth (?:it|a (?:shot|try))|(?:have|stand) a (?:shot|chance)|shoot my shot|send (?:my|a) (?:cv|resume)|postular\w*|candidatar\w*|bewerb\w*)\b/i;

/**
 * The guides on what readiness looks like and how it is shown, and on years of experience. Under
 * the years most listings ask, or asking whether to apply: what the figure stands for (range) and
 * how an application shows it, and the guide's rule for applying, rather than the figure alone.
 */
function readinessGuides(input: ComposeInput, underYears = false): void {
  const applying = APPLY_ASKED.test(input.plan.question);
  quoteGuides(
    input,
    'readiness',
    ['guide-career-path'],
    // What readiness looks like, and (a question about evidence, or another company) how it is
    // shown and the roads there: the rarer words asked pick the sentence.
    [/^What readiness looks like/, /^How to show readiness/, /^How engineers usually get to Lead/],
    3,
    /\byou (?:have|can|are|already|led|own)\b|credibly|already doing/i,
  );
  if (underYears || applying)
    quoteGuides(
      input,
      'readiness',
      ['guide-skills-expected'],
      [/^Years of experience/],
      2,
      /\b(?:range|application)\b/i,
    );
  else quoteGuides(input, 'readiness', ['guide-skills-expected'], [/^Years of experience/], 1, /years/i);
  if (applying)
    quoteGuides(
      input,
      'readiness',
      ['guide-skills-expected'],
      [/^Must-have versus nice-to-have/],
      1,
      /\bapply\b/i,
    );
}

/**
 * "I know java and spring, what am I missing for lead roles?": the skills the selection requires
 * most that the member does not have (what they named and what that covers, `skillsCovered`: Spring
 * → Spring Boot), each counted over the selection and cited; then, where their own stack is asked
 * for (the listings naming all of their skills), what else those require.
 */
function gapLines(input: ComposeInput, filter: Selection['filter'], n: number): void {
  const { ctx, book, out, plan } = input;
  const have = plan.haveSkills ?? [];
  if (!have.length) return;
  const owned = skillsCovered([...have, ...(plan.lackSkills ?? [])], input.deps.taxonomy);
  const counts = ctx.facts.skillCounts(filter);
  // What the named skills cover besides themselves, said where the selection requires it.
  const alsoYours = counts
    .filter(
      (c) =>
        c.required > 0 &&
        owned.has(c.skill) &&
        !have.includes(c.skill) &&
        !plan.lackSkills?.includes(c.skill),
    )
    .map((c) => c.skill)
    .slice(0, 4);
  const named = have.join(have.length === 2 ? ' and ' : ', ');
  const cited = (f: Selection['filter'], skill: string) =>
    book.cite(
      (ctx.facts.withSkill(f, skill).find((x) => x.required) ?? ctx.facts.withSkill(f, skill)[0])!.id,
    );
  const gap = gapOf(counts, owned, 8);
  out.lines.push(
    gap.length
      ? `- **Required most that you don't have** (you named ${named}${alsoYours.length ? `, which covers ${alsoYours.join(', ')}` : ''}): ${gap.map((c) => `${c.skill} (${c.required} of ${n}) ${cited(filter, c.skill)}`).join(', ')}`
      : `- **Required most that you don't have**: nothing; every skill these ${n} require is one you named (${named}) or one it covers.`,
  );
  out.figures.push(`gap over ${n}: ${gap.map((c) => `${c.skill} ${c.required}`).join(', ') || 'none'}`);
  // What the roles ask of a lead beyond the stack (incident management, mentoring, hiring): part of
  // what is missing for the role, counted apart from the skills one learns.
  const leading = counts
    .filter((c) => c.required > 0 && c.category === 'leadership' && !owned.has(c.skill))
    .sort((a, b) => b.required - a.required || b.listings - a.listings)
    .slice(0, 3);
  if (leading.length)
    out.lines.push(
      `- **Leadership they require, beyond the stack**: ${leading.map((c) => `${c.skill} (${c.required} of ${n}) ${cited(filter, c.skill)}`).join(', ')}`,
    );
  // Where the member's stack is asked for: all their skills, else their one language alone.
  let stack = have;
  let fit = ctx.facts.ids({ ...filter, skills: stack, skillsMode: 'all' as const });
  let fallback = '';
  if (!fit.length && have.length > 1) {
    const languages = counts.filter((c) => c.category === 'language' && have.includes(c.skill));
    if (languages.length === 1) {
      stack = [languages[0]!.skill];
      fit = ctx.facts.ids({ ...filter, skills: stack, skillsMode: 'all' as const });
      fallback = `none of the ${n} names all of ${named}; `;
    }
  }
  if (!fit.length) {
    out.lines.push(
      `- **Where your stack is asked for**: none of the ${n} names ${have.length > 1 ? `all of ${named}` : named}.`,
    );
    return;
  }
  const fitFilter = { ...filter, skills: stack, skillsMode: 'all' as const };
  const more = gapOf(ctx.facts.skillCounts(fitFilter), owned, 6);
  const stackNamed = stack.join(stack.length === 2 ? ' and ' : ', ');
  const those =
    fit.length === 1
      ? `the one listing naming ${stackNamed} (${ctx.byId.get(fit[0]!)!.company} ${book.cite(fit[0]!)})`
      : `the ${fit.length} listings naming ${stack.length > 1 ? 'all of ' : ''}${stackNamed}`;
  out.lines.push(
    more.length
      ? `- **Where your stack is asked for** (${fallback}${those}), they also require: ${more.map((c) => `${c.skill} (${c.required} of ${fit.length}) ${cited(fitFilter, c.skill)}`).join(', ')}`
      : `- **Where your stack is asked for** (${fallback}${those}): they require nothing you did not name.`,
  );
  out.figures.push(
    `gap where the member's stack fits (${fit.length}): ${more.map((c) => `${c.skill} ${c.required}`).join(', ') || 'none'}`,
  );
}

// The member has not led a team ("never formally led a team", "no leadership experience yet").
const NEVER_LED =
  /\b(?:never|haven'?t|hasn'?t|have not|has not|didn'?t|did not)\s+(?:\w+\s+){0,2}?(?:had|held|got|gotten|carried)\s+(?:the |a |an )?(?:\w+\s+)?title\b|\bno (?:official |formal )?(?:lead |tech lead |team lead )?title\b|\bnot (?:officially|formally) (?:an? )?(?:tech |team )?lead\b|\bwithout the (?:lead )?title\b|\b(?:never|haven'?t|hasn'?t|have not|has not|didn'?t|did not)\s+(?:\w+\s+){0,2}?(?:led|managed|been an? (?:tech |team )?lead)\b|\bno (?:formal |real |prior |actual )?(?:leadership|lead|team[- ]lead|management|people management) experience\b/i;

const TITLE_SAID = /\btitle\b|\b(?:officially|formally)\b/i;
const TITLE_MATTERS =
  /\b(?:formally or (?:not|otherwise)|with or without (?:the |a )?title|(?:without|regardless of) (?:the |a )?title|informal\w*|title or not|official or not)\b/i;

/** "never formally led a team": how many of the listings ask, in their own words, for having led. */
function neverLedLine(input: ComposeInput, ids: string[]): void {
  const { ctx, book, out, plan } = input;
  if (!NEVER_LED.test(plan.question)) return;
  const asking = ids
    .map((id) => ({ id, said: givenBy<string[]>(ctx, 'feature: leading-experience', id) }))
    .filter((h): h is { id: string; said: string[] } => h.said !== null);
  out.figures.push(`asking for leading experience: ${asking.length} of ${ids.length}`);
  if (!asking.length) {
    out.lines.push(
      `- **Leading a team**, which you say you have not done: none of the ${ids.length} asks for it in so many words.`,
    );
    return;
  }
  // The title said to be missing ("never had the lead title officially"): the listings that say
  // whether the title matters ("formally or otherwise", "with or without the title") first.
  const title = TITLE_SAID.test(plan.question);
  if (title) {
    for (const h of asking) {
      const onTitle = h.said.find((x) => TITLE_MATTERS.test(x));
      if (onTitle) h.said = [onTitle, ...h.said.filter((x) => x !== onTitle)];
    }
    asking.sort((a, b) => Number(TITLE_MATTERS.test(b.said[0]!)) - Number(TITLE_MATTERS.test(a.said[0]!)));
  }
  // A long sentence is quoted from near what it says of the title, so the words that matter show.
  const near = (text: string) => {
    const at = title ? text.search(TITLE_MATTERS) : -1;
    return at > 80 ? `…${text.slice(text.lastIndexOf(' ', at - 50) + 1)}` : text;
  };
  const quoted = asking
    .slice(0, 3)
    .map((h) => `${ctx.byId.get(h.id)!.company}: “${clip(near(h.said[0]!), 110)}” ${book.cite(h.id)}`)
    .join('; ');
  const onTitle = asking.filter((h) => TITLE_MATTERS.test(h.said[0]!)).length;
  out.lines.push(
    // Only the title said to be missing ("never had the lead title"): having led is what they ask.
    /\btitle\b/i.test(plan.question)
      ? `- **Leading without the title**: ${asking.length} of the ${ids.length} ask for experience leading in their own words, and ${onTitle || 'none'} of them say${onTitle === 1 ? 's' : ''} outright that it counts formally or not (${quoted}${asking.length > 3 ? `; and ${asking.length - 3} more` : ''}). What they ask for is having led, with or without the title: the title itself matters less than the scope you led.`
      : `- **Leading a team**, which you say you have not done: ${asking.length} of the ${ids.length} ask for experience leading in their own words (${quoted}${asking.length > 3 ? `; and ${asking.length - 3} more` : ''}). That is the gap to close first: acting lead on a project or a team counts.`,
  );
}

/**
 * "…or should I aim for staff first?": the other level named, measured the same way (years asked,
 * and how many the member's years meet), so the member sees whether it is nearer or further.
 */
function otherLevelLine(input: ComposeInput, sel: Selection): void {
  const { ctx, book, out, plan } = input;
  const target = sel.filter.seniority;
  const other = (['staff', 'principal', 'manager', 'senior'] as const).find(
    (l) => l !== target && OTHER_LEVEL_SAID[l].test(plan.question),
  );
  if (!other) return;
  const filter = { ...sel.filter, seniority: other };
  const n = ctx.facts.count(filter);
  const ys = ctx.facts.years(filter).map((y) => y.years);
  if (!n || !ys.length) return;
  const median = percentile(ys, 0.5);
  const met = plan.years !== undefined ? ys.filter((y) => y <= plan.years!).length : undefined;
  const targetYs = ctx.facts.years(sel.filter).map((y) => y.years);
  const targetMedian = targetYs.length ? percentile(targetYs, 0.5) : undefined;
  const side =
    targetMedian === undefined || median === targetMedian
      ? 'about as far as'
      : median > targetMedian
        ? 'further than'
        : 'nearer than';
  out.lines.push(
    `- **${cap(LEVEL_NAMES[other])} instead?** The ${n} ${LEVEL_NAMES[other]} listings ask a median of ${median}+ years${met !== undefined ? `; with ${plan.years} you meet ${met} of the ${ys.length} that state one` : ''} ${book.citeAll(ctx.facts.ids(filter), 2)}. By years asked, ${LEVEL_NAMES[other]} is ${side} ${LEVEL_NAMES[target as PlanLevel] ?? 'the level asked'}.`,
  );
  out.figures.push(`${other}: ${n} listings, median ${median}${met !== undefined ? `, meets ${met}` : ''}`);
}

// Another level named beside the one measured ("or should I aim for staff first?").
const OTHER_LEVEL_SAID: Record<'staff' | 'principal' | 'manager' | 'senior', RegExp> = {
  staff: /\bstaff\b(?! (?:meetings?|members?))/i,
  principal: /\bprincipal\b/i,
  manager: /\b(?:engineering manager|em|management track)\b/i,
  senior: /\b(?:stay|aim for|apply (?:for|to)|go for) (?:a )?senior\b/i,
};

/**
 * The skills the member says they lack ("never touched k8s"): how many of the matching listings
 * ask for each, and which, so the gap is named before anything else.
 */
function lackLine(input: ComposeInput, filter: Selection['filter'], n: number): void {
  const { ctx, book, out, plan } = input;
  for (const skill of plan.lackSkills ?? []) {
    const asking = ctx.facts.withSkill(filter, skill);
    const required = asking.filter((x) => x.required).length;
    const named = asking
      .slice(0, 3)
      .map((x) => `${ctx.byId.get(x.id)!.company} ${book.cite(x.id)}`)
      .join(', ');
    out.lines.push(
      asking.length
        ? `- **${skill}**, which you say you have not used: asked for in ${asking.length === n ? (n === 1 ? 'the one listing' : n === 2 ? 'both' : `all ${n}`) : `${asking.length} of ${n}`}${required < asking.length ? ` (as a requirement in ${required})` : ''}: ${named}${asking.length > 3 ? `, and ${asking.length - 3} more` : ''}. It is a gap to close or to answer for in interviews.`
        : `- **${skill}**, which you say you have not used: none of the ${n} asks for it, so it is no gap here.`,
    );
    out.figures.push(`lacked skill ${skill}: asked in ${asking.length} of ${n}, required in ${required}`);
    lackWhereFit(input, filter, skill);
  }
}

/**
 * The gap measured where the member's own skills fit ("10 yrs java/spring, never touched k8s: how
 * many java + spring roles would that hurt?"): of the listings naming all the skills they have,
 * how many ask for the one they lack, and those that do not, by name when few.
 */
function lackWhereFit(input: ComposeInput, filter: Selection['filter'], skill: string): void {
  const { ctx, book, out, plan } = input;
  const have = (plan.haveSkills ?? []).filter((s) => s !== skill);
  if (!have.length) return;
  const fit = ctx.facts.ids({ ...filter, skills: have, skillsMode: 'all' as const });
  if (!fit.length) return;
  const asking = new Set(
    ctx.facts.withSkill({ ...filter, skills: have, skillsMode: 'all' as const }, skill).map((x) => x.id),
  );
  const without = fit.filter((id) => !asking.has(id));
  const named = have.join(have.length === 2 ? ' and ' : ', ');
  const spared = without
    .slice(0, 4)
    .map((id) => `${ctx.byId.get(id)!.company} ${book.cite(id)}`)
    .join(', ');
  out.lines.push(
    `  - Of the ${fit.length} listing${fit.length === 1 ? '' : 's'} naming ${fit.length === 1 || have.length === 1 ? '' : 'all of '}${named} (your own skills), ${asking.size === fit.length ? (fit.length === 1 ? 'it asks' : `all ${fit.length} ask`) : `${asking.size} ask`} for ${skill}${
      without.length
        ? `; ${without.length === 1 ? 'only ' : ''}${spared}${without.length > 4 ? `, and ${without.length - 4} more` : ''} ${without.length === 1 ? 'does' : 'do'} not`
        : ''
    }.`,
  );
  out.figures.push(`lacked skill ${skill} where the member's skills fit: ${asking.size} of ${fit.length}`);
}

/**
 * Readiness with the member's skills named ("6 years of go, postgres and k8s"): the listings that
 * name all of them are where the member fits best, so their years are measured apart, said as that
 * narrower base (the base above stays every listing of the level).
 */
function fitLine(
  input: ComposeInput,
  filter: Selection['filter'],
  skills: string[],
  n: number,
  counts: SkillCount[],
): void {
  const { out } = input;
  const named = `${skills.length > 1 ? 'all of ' : ''}${skills.join(skills.length === 2 ? ' and ' : ', ')}`;
  const all = fitOf(input, { ...filter, skills, skillsMode: 'all' as const });
  if (!all) {
    out.lines.push(`- **Listings naming ${named}**: none of the ${n}.`);
  } else {
    out.lines.push(
      `- **Listings naming ${named}** (where your skills fit best): ${all.count} of the ${n}; ${all.years}.`,
    );
    out.figures.push(`listings naming all the member's skills: ${all.count} of ${n}`);
  }
  // "python/django/postgres": the roles of the member's programming language, beside all of them
  // (a framework or database named too narrows them to a few).
  const languages = counts.filter((c) => c.category === 'language' && skills.includes(c.skill));
  if (skills.length < 2 || languages.length !== 1) return;
  const language = languages[0]!.skill;
  const alone = fitOf(input, { ...filter, skills: [language], skillsMode: 'all' as const });
  if (!alone || alone.count === all?.count) return;
  out.lines.push(`- **Listings naming ${language}**: ${alone.count} of the ${n}; ${alone.years}.`);
  out.figures.push(`listings naming ${language}: ${alone.count} of ${n}`);
}

/**
 * The listings a filter selects, and their years against the member's: how many state years, the
 * median, how many the member meets (named), or, meeting none, the lowest asks, named.
 */
function fitOf(input: ComposeInput, fit: Selection['filter']): { count: number; years: string } | null {
  const { ctx, book, plan } = input;
  const ids = ctx.facts.ids(fit);
  if (!ids.length) return null;
  const ys = ctx.facts.years(fit).sort((a, b) => a.years - b.years);
  if (!ys.length) return { count: ids.length, years: 'none states years' };
  const median = percentile(
    ys.map((y) => y.years),
    0.5,
  );
  const name = (list: typeof ys) =>
    list
      .slice(0, 3)
      .map((y) => `${ctx.byId.get(y.id)!.company} (${y.years}+) ${book.cite(y.id)}`)
      .join(', ') + (list.length > 3 ? `, and ${list.length - 3} more` : '');
  let mine = '';
  if (plan.years !== undefined) {
    const within = ys.filter((y) => y.years <= plan.years!);
    const lowest = ys.filter((y) => y.years === ys[0]!.years);
    // Those above the member's years, named too when few: where the stack fits, one or two more
    // years may be worth applying for anyway.
    const above = ys.filter((y) => y.years > plan.years!);
    mine = within.length
      ? `; with ${plan.years} you meet ${within.length} of them (${name(within)})${above.length && above.length <= 3 ? `; ${name(above)} ask${above.length === 1 ? 's' : ''} more` : ''}`
      : `; with ${plan.years} you meet none of them; the lowest ask${lowest.length === 1 ? ' is' : 's are'} ${name(lowest)}`;
    // Those stating no minimum bar nobody by years: open to the member too, named when few.
    const stated = new Set(ys.map((y) => y.id));
    const none = ids.filter((id) => !stated.has(id));
    if (none.length && none.length <= 5)
      mine += `; ${none.length === 1 ? 'one more states' : `${none.length} more state`} no minimum (${none
        .map((id) => `${ctx.byId.get(id)!.company} ${book.cite(id)}`)
        .join(', ')})`;
  }
  return { count: ids.length, years: `${ys.length} state years, median ${median}+${mine}` };
}
