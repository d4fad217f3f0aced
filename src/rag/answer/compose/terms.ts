/**
 * Job terms (`jobTerms`): contracts, part time, equity, on-call and the like, and a day rate
 * weighed against a salary.
 */
import type { ListingDetail } from '../../../storage/corpus/corpus-reader.js';
import { SPELLED_NUMBERS } from '../../extract/years.js';
import { percentile } from '../../market.js';
import { extent } from '../../sources/types.js';
import { type PlanLevel, termsAsked, weighsContract } from '../plan/index.js';
import { postingChecks } from './checks.js';
import { type ComposeInput, type Composer, type Context, detail } from './context.js';
import { givenBy, givingAny } from './given.js';
import { quoteGuides } from './guides.js';
import { termStatements } from './listing.js';
import { type Selection, scope, selectionOf } from './selection.js';
import { fewOrNone, fmt, LEVEL_NAMES, oneLine, open } from './shared.js';
import { around, cap, clip, distinct, sentencesOf } from './text.js';

// A number of days a week, in words or digits ("three", "2", "two to three", "2-3", "minimum two").
const OFFICE_DAYS_NUMBER =
  '(?:(?:a )?minimum (?:of )?|at least |up to )?(?:one|two|three|four|five|[1-5])(?:\\s*(?:or|to|-|–)\\s*(?:two|three|four|five|[2-5]))?';
// Office days named as weekdays: a list ("Monday, Wednesday and Thursday in the office") or a
// range ("on-site at our New Cairo office, Sunday to Thursday"); not the hours ("office hours
// Monday to Friday").
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY = '(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat)(?:nesday|rsday|sday|urday|day|rs|r|s|\\.)?';
const WEEKDAY_RANGE = `\\b${WEEKDAY}\\s*(?:to|through|thru|–|-)\\s*${WEEKDAY}(?![\\w])`;
const WEEKDAY_LIST = `\\b${WEEKDAY}(?:\\s*,\\s*${WEEKDAY})*,?\\s*(?:and|&|\\+)\\s*${WEEKDAY}(?![\\w])`;
const WEEKDAYS_SAID = `(?:${WEEKDAY_RANGE}|${WEEKDAY_LIST})`;
const OFFICE_PLACE = '(?:office|on[- ]?site|onsite|in person|in-person|studio|hub|campus|premises)';
export const jobTermPatterns: Record<string, RegExp> = {
  // "plus equity", "restricted stock units", "long-term incentives"; not the equity of a hiring
  // policy ("committed to employment equity", "diversity, equity and inclusion").
  equity:
    /\b(?:(?<!\b(?:employment|pay|gender|racial|health|diversity,?|diversity and) )equity(?! (?:and|&) inclusion)|stock options?|RSUs?|restricted stock(?: units?)?|stock grants?|share options?|ESOPs?|BSPCE|vesting|long-term incentives?|phantom shares|virtual (?:stock options|shares))\b/i,
  // "on-call", "the pager", "an out-of-hours rota", "the incident rotation", "paid standby".
  'on-call': /\bon[- ]?call\b|\bpager\b|out[- ]of[- ]hours|\bincident rot(?:a|ation)\b|\bstandby\b/i,
  'four-day week':
    /\bfour[- ]day (?:week|working week)\b|\b4[- ]day (?:week|working week)\b|\b32[- ]hour|\bcompressed (?:working )?week\b/i,
  'part-time': /\bpart[- ]time\b|\breduced hours\b|\b0\.\d ?FTE\b/i,
  contract:
    /\b(?:contract (?:role|position|engagement)|fixed[- ]term|day rate|freelance|B2B contract|\d+[- ]month contract|(?:inside|outside) IR35|contractor)\b/i,
  bonus: /\bbonus\b/i,
  'learning budget':
    /\b(?:learning|training|education|conference|L&D|development|book|certification)(?:[- ]and[- ]\w+)? (?:budgets?|allowances?|stipends?)\b|\blearning and development\b|\btime (?:off )?for conferences\b|\bconference (?:tickets|attendance|travel)\b/i,
  'paid leave':
    /\b(?:annual leave|parental leave|maternity|paternity|sick leave|PTO|paid time off|vacation|sabbaticals?|holiday allowance|unlimited (?:holiday|leave|time off))\b|\b\d+\s*(?:working |paid )?days['’]?(?: of)?(?: paid)? (?:holiday|annual leave|leave|vacation|PTO|off)\b/i,
  benefits:
    /\b(?:benefits?|perks|health (?:insurance|cover(?:age)?|plan)|private medical|medical(?:, dental| insurance| cover\w*| and dental)|dental|pension|401\(?k\)?|retirement (?:plan|match\w*|scheme))\b/i,
  'working hours':
    /\b(?:core hours|working hours|flexible (?:hours|working|schedule)|flexi-?time|flextime|\d{2}[- ]hours? (?:per |a )?(?:week|working week)|hours (?:per|a) week|overtime|summer hours|overlap(?:ping)? (?:hours|with)|(?:Monday|Mon) to (?:Friday|Fri))\b/i,
  'team size':
    /\b(?:team of (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)|(?:(?<![\d,.])\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) (?:(?:backend|permanent|senior|other|full-time) )?(?:engineers|developers|people|direct reports|reports)\b)(?! or more)/i,
  // "three days a week in our Farringdon office", "two fixed office days per week", "on-site five
  // days a week", "in that office five days a week": a number of days said with an office word.
  'office days': new RegExp(
    `\\b(?:${OFFICE_DAYS_NUMBER}) (?:fixed |set |office |anchor |core )?days? (?:a|per|each) week\\b(?=[^.]{0,80}\\b(?:office|on[- ]?site|onsite|in person|in-person|studio|hub|campus|premises|site)\\b)|\\b(?:office|on[- ]?site|onsite|in person|in-person|studio|campus|premises|office-based)\\b[^.]{0,80}\\b(?:${OFFICE_DAYS_NUMBER}) (?:fixed |set |office |anchor |core )?days? (?:a|per|each) week\\b|\\b(?:${OFFICE_DAYS_NUMBER}) (?:fixed |set )?(?:office|on-?site|in-office) days?\\b|\\bfixed office days\\b|\\b(?:${OFFICE_DAYS_NUMBER}) days? in (?:the |our |an? )?${OFFICE_PLACE}\\b|(?<!\\bhours\\b[^.]*)(?:${WEEKDAYS_SAID}(?=[^.]{0,40}\\b${OFFICE_PLACE}\\b)|\\b${OFFICE_PLACE}\\b(?! hours)[^.]{0,60}${WEEKDAYS_SAID})(?![^.]*\\bhours\\b)`,
    'i',
  ),
};
const ON_CALL_PAID = 'paid on-call';
// One thing asked within a broad term ("the pension", "parental leave"): its own sentences first.
export const TERM_NARROW: Array<[string, RegExp, RegExp]> = [
  ['parental leave', /\b(?:parental|maternity|paternity)\b/i, /\b(?:parental|maternity|paternity)\b/i],
  ['sick leave', /\bsick\b/i, /\bsick\b/i],
  // "a signing bonus?": not the annual bonus most listings mention.
  [
    'signing bonus',
    /\b(?:sign(?:ing|-on| on)|joining|welcome|hiring) bonus/i,
    /\b(?:sign(?:ing|-on| on)|joining|welcome|hiring) bonus/i,
  ],
  ['sabbatical', /\bsabbatical/i, /\bsabbatical/i],
  // "which roles pay a Deutschlandticket?", "any transit pass?", "JobRad?", "meal vouchers?": one perk
  // asked by name, the listings naming it (not every benefit).
  [
    'public transport ticket',
    /\b(?:(?:deutschland|job|49[- ]?euro)[- ]?tickets?|public transport|transit (?:pass|card|benefit)s?|commut\w* (?:allowance|benefit|subsid\w*)|travel ?cards?)\b/i,
    /\b(?:Deutschland-?ticket|Job-?ticket|49[- ]?(?:€|euro|EUR) ticket|public transport|transit (?:pass|card|benefit)|travel ?card|commut\w* (?:allowance|benefit|subsid\w*))/i,
  ],
  [
    'bike leasing',
    /\b(?:jobrad|bike|bicycle|cycle[- ]to[- ]work)\b/i,
    /\b(?:JobRad|bike|bicycle|cycle[- ]to[- ]work)/i,
  ],
  [
    'meal allowance',
    /\b(?:(?:meal|lunch|food) (?:vouchers?|allowances?|cards?)|tickets? restaurant)\b/i,
    /\b(?:(?:meal|lunch|food) (?:vouchers?|allowance|card|budget)|tickets? restaurant|free lunch)/i,
  ],
  [
    'pension',
    /\b(?:pensions?|401\(?k\)?|retirement)(?!\w)/i,
    /\b(?:pension|401\(?k\)?|retirement|RRSP|superannuation|bAV)\b/i,
  ],
  [
    'health insurance',
    /\b(?:health|medical|dental)\b/i,
    /\b(?:health (?:insurance|cover\w*|plan|fund)|private medical|medical(?:,|\/| and dental| insurance| cover\w*| plan)|dental|HMO)\b/i,
  ],
  // "do they pay on-call?", "is on-call compensated?": the on-call sentences that say it is paid
  // (not "unpaid", not "not paid"). Narrows on-call only (ON_CALL_NARROW).
  [
    ON_CALL_PAID,
    /\b(?:pay|pays|paid|compensate|compensates|compensated)\s+(?:(?:you|them|people|engineers|leads|extra|separately)\s+)?(?:for\s+)?(?:the\s+|being\s+|doing\s+)?(?:on[- ]?call|pager|standby|rota|weekend support)\b|\b(?:on[- ]?call|pager|standby|rota|weekend support)\s+(?:[\w-]+\s+){0,3}?(?:paid|compensated|compensation|extra pay|pay(?:s|ing)? extra|stipend|allowance)\b|\b(?:on[- ]?call|pager|standby|rota)\b[^?.]{0,40}\b(?:pay|pays|paying|compensates?|compensating)\s+(?:you\s+|extra\s+)?for it\b|\b(?:on[- ]?call|pager|standby|rota)\b[^?.]{0,50}\b(?:(?:paid|compensated) or (?:not|unpaid)|(?:is|are) (?:it|they|that) (?:paid|compensated))\b/i,
    /^(?=[\s\S]*(?:\bon[- ]?call\b|\bpager\b|\bstandby\b|\brota(?:tion)?\b|out[- ]of[- ]hours))(?=[\s\S]*(?:\bpaid\b|\bcompensat\w*|\bstipend\b|\ballowance\b|\bday rate\b|\bextra pay\b))(?![\s\S]*\bnot (?:\w+ )?paid\b)/i,
  ],
  // "do they pay for conferences": conferences alone; "a training or conference budget" is the whole term.
  [
    'conference budget',
    /^(?![^?]*\b(?:budgets?|allowances?|stipends?|training|learning)\b)[^?]*\bconferences?\b/i,
    /\bconference/i,
  ],
];
// The sentence that says how a term works, per term (the team's size in a sentence about the team).
export const TERM_DETAIL_OF: Partial<Record<string, RegExp>> = {
  'office days': /\b(?:one|two|three|four|five|[1-5]) (?:\w+ )?days?\b/i,
  'team size': /\b(?:team|squad|reports?|lead|manag\w*|mentor\w*)\b/i,
  'working hours':
    /\b(?:core hours|working hours|hours (?:per|a) week|flexib\w*|overtime|\d+ ?(?:a\.?m\.?|p\.?m\.?))\b/i,
};
const ALSO_NAMED = 8;
const CONTRACT_WORK =
  /\b(?:as an? (?:contractor|freelancer)|contract (?:role|position|engagement|basis)|day rate|B2B|IR35|fixed[- ]term|freelance)\b/i;
// What a term's own sentence states about it: how often, how long, how it is paid.
export const TERM_DETAIL =
  /\b(?:every|each|once|twice|per|one (?:week|weekend) in|rota|rotation|paid|unpaid|stipend|allowance|compensat\w*|vest\w*|cliff|after probation|\d+ ?%|\d+ (?:weeks?|days?|hours?|months?|years?))\b/i;
export const TERM_GUIDE: Record<string, [string, RegExp[]]> = {
  equity: ['guide-compensation-context', [/equity/i]],
  bonus: ['guide-compensation-context', [/equity/i]],
  contract: ['guide-compensation-context', [/^Contract versus employment/]],
  'part-time': ['guide-compensation-context', [/^Contract versus employment/]],
  'on-call': [
    'guide-incident-leadership-and-on-call',
    [/^On-call health checklist/, /^Alerting that respects people/],
  ],
  // No guide says anything about a four-day week: quoting the remote-work guide would be filler.
};

/** A sentence of a listing: its place among the listing's sentences, and it. */
interface TermAt {
  at: number;
  s: string;
}
/**
 * A listing's sentences naming one job term, as the job-terms answer picks them: the first, the
 * first that says how it works (`TERM_DETAIL`), and the same two among those about working as a
 * contractor (`CONTRACT_WORK`).
 */
export interface TermGiven {
  first: TermAt;
  detail?: TermAt;
  work?: TermAt;
  workDetail?: TermAt;
}
export function termGiven(l: ListingDetail, re: RegExp, saysHowRe: RegExp = TERM_DETAIL): TermGiven | null {
  let given: TermGiven | null = null;
  const headed = underHeadings(l.description, re);
  sentencesOf(l.description).forEach((s, at) => {
    if (!re.test(s) && !headed.has(at)) return;
    const hit = { at, s };
    given ??= { first: hit };
    const saysHow = saysHowRe.test(s);
    const work = CONTRACT_WORK.test(s);
    if (saysHow) given.detail ??= hit;
    if (work) given.work ??= hit;
    if (saysHow && work) given.workDetail ??= hit;
  });
  if (given) return given;
  // A short item of a perks list ("- Subsidised Deutschlandticket Job.", "- ESOPs"), too short to
  // be quoted as a sentence, still says the listing offers it.
  const items = l.description
    .split('\n')
    .map((line) => /^\s*(?:[-*•]|\d+[.)])\s+(.{3,60})$/.exec(line)?.[1]?.replace(/\*\*/g, '').trim());
  const item = items.findIndex((t) => t !== undefined && re.test(t));
  if (item < 0) return null;
  return { first: { at: sentencesOf(l.description).length + item, s: items[item]! } };
}

/**
 * The sentences a heading naming the term stands over ("**On-call?**" then "Seven people share the
 * rotation, so you're on one week in seven."): the sentence under it speaks of the term without
 * naming it. Headings are no sentences of their own, so the index is the first sentence after one.
 */
function underHeadings(text: string, re: RegExp): Set<number> {
  const at = new Set<number>();
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const t = line.trim();
    if (!/^#{1,6}\s|^\*\*[^*]{2,60}\*\*$/.test(t)) return;
    if (re.test(t.replace(/^#+\s*|\*\*/g, ''))) at.add(sentencesOf(lines.slice(0, i).join('\n')).length);
  });
  return at;
}

// The hours a part-time question names ("like 20-30 hours a week"): the part-time asked, not the
// working hours of every role.
const PART_TIME_HOURS =
  /\b\d{1,2}(?:\s*(?:-|–|to)\s*\d{1,2})?\s*(?:hours?|hrs?|h)\s*(?:a|per|each|\/)\s*(?:week|wk)\b/i;

export const jobTerms: Composer = (input) => {
  if (input.plan.postingChecks) {
    postingChecks(input);
    return;
  }
  const { ctx, out, plan } = input;
  const term = plan.term ?? 'equity';
  const sel = selectionOf(plan, ctx, input.deps);
  const ids = open(input, sel);
  if (ids.length === 0) {
    fewOrNone(input, sel, ids, `${term} terms`);
    return;
  }
  const n = ids.length;
  // Terms asked together ("a four-day week or part-time hours?") are looked for together.
  const asked = [term, ...termsAsked(plan.question).filter((t) => t !== term && t !== 'contract')].filter(
    (t) => !(t === 'working hours' && term === 'part-time' && PART_TIME_HOURS.test(plan.question)),
  );
  const broad = new RegExp(asked.map((t) => jobTermPatterns[t]!.source).join('|'), 'i');
  // "what's the pension like", "is there parental leave": the one thing asked, not the whole term.
  const narrowed =
    term === 'on-call' || ['benefits', 'paid leave', 'learning budget', 'bonus'].includes(term)
      ? TERM_NARROW.find(
          ([name, asks]) => (name === ON_CALL_PAID) === (term === 'on-call') && asks.test(plan.question),
        )
      : undefined;
  const re = narrowed ? narrowed[2] : broad;
  // The kinds looked up per listing: the one thing asked, or each term asked.
  const lookedUp = narrowed ? [narrowed[0]] : asked;
  const saysHowOf = TERM_DETAIL_OF[term] ?? TERM_DETAIL;
  const label = narrowed
    ? (/\b(?:pensions?|401\(?k\)?|parental leave|health insurance|conferences?|sabbaticals?|sick leave|dental|deutschland-?ticket|job-?ticket|jobrad|meal vouchers?)(?!\w)/i
        .exec(plan.question)?.[0]
        ?.toLowerCase() ?? narrowed[0])
    : asked.join(' or ');
  const hits = termHits(ctx, ids, term, lookedUp, saysHowOf);
  const listedCount = hits.filter((h) => h.listed).length;
  // Contract weighed against employment ("€800/day against €100k"): how to compare comes first,
  // with the member's own numbers worked through (no assumed costs), then the roles, a few of them.
  const weighing = term === 'contract' && weighsContract(plan.question);
  const guide = TERM_GUIDE[term];
  if (weighing) weighContract(input, guide);
  // "how should she evaluate the equity part?": the guide's advice is the answer, so it comes
  // first, with what to ask for; the listings that mention the term follow.
  const advice = !weighing && guide !== undefined && EVALUATE_ASKED.test(plan.question);
  if (advice) quoteGuides(input, 'job_terms', [guide[0]], guide[1], 4, ADVICE);
  // "part-time or contract?": an arrangement asked beside contract work that no listing mentions is
  // said first, so the half of the question with nothing to show is not dropped.
  if (term === 'contract' && !narrowed)
    for (const other of asked.filter((t) => t !== term)) {
      // The term's own sentences as stored at publish, in any of the listings selected.
      if (ids.some((id) => givenBy<TermGiven>(ctx, `job term: ${other}`, id)?.first)) continue;
      out.lines.push(
        `${cap(other)}: no listing is a ${other} role; none of ${scope(sel, n).replace(/^all /, 'the ')} is one or mentions ${other} work.`,
      );
    }
  if (term === 'office days' && hits.length) officeDaysTally(input, hits);
  if (term === 'paid leave' && !narrowed && MOST_ASKED.test(plan.question)) mostLeave(input, hits);
  if (hits.length) {
    const found = out.lines.length;
    termsFound(input, sel, { term, label, n, weighing }, hits, listedCount);
    // The sizes stated, right after the count of listings stating one.
    if (term === 'team size') teamSizeTally(input, hits, found + 1);
  } else {
    out.lines.push(
      term === 'contract' || term === 'part-time'
        ? `${cap(term)}: no listing is a ${term} role; none of ${scope(sel, n).replace(/^all /, 'the ')} is one or mentions ${term} work.`
        : `${cap(label)}: none of ${scope(sel, n).replace(/^all /, 'the ')} mentions it, so the listings can't tell you whether these employers offer it.`,
    );
    // "any part time lead roles? like 3 days a week": none is, so the nearest the listings offer (a
    // four-day week, compressed hours) is named in their words.
    if (asked.includes('part-time') && !asked.includes('four-day week')) nearestToPartTime(input, ids);
    // "a four-day week in the UK, NL or the nordics? or anywhere at all?": none there, so the
    // listings elsewhere that mention it, in their words.
    else if (term !== 'contract' && term !== 'part-time' && sel.applied.length)
      termElsewhere(input, term, lookedUp, saysHowOf);
    // "a signing bonus?": none, but the broad term's own count is what the member can go on.
    if (narrowed && narrowed[0] !== ON_CALL_PAID) {
      const broadHits = termHits(ctx, ids, term, [term], saysHowOf);
      if (broadHits.length)
        out.lines.push(
          `- ${cap(term)} of any kind: ${broadHits.length} of the ${n} mention one ${input.book.citeAll(
            broadHits.map((h) => h.l.id),
            3,
          )}.`.replace(/ \.$/, '.'),
        );
    }
  }
  // "do they pay on-call?": how many have on-call at all, beside those saying it is paid.
  if (narrowed?.[0] === ON_CALL_PAID) {
    const any = termHits(ctx, ids, term, [term], saysHowOf).length;
    out.lines.push(
      `- On-call at all: ${any} of the ${n} mention it${any > hits.length ? `; ${any - hits.length} of those do not say it is paid` : ''}.`,
    );
    out.figures.push(`on-call: mentioned in ${any} of ${n}; paid in ${hits.length}`);
  }
  // The term left out ("any roles with no on-call?"): the listings that do not mention it, named.
  if (plan.exclude?.terms?.includes(term) && term !== 'contract') termLeftOut(input, term, ids, hits);
  // A pay part after it ("…and is it worth a lower base?") is about the listings that mention the term.
  if (
    term !== 'contract' &&
    term !== 'part-time' &&
    hits.length &&
    /\b(?:base|worth|trade(?:-?off)?|lower|instead|in exchange|versus|vs\.?)\b/i.test(plan.question)
  )
    out.within = { ids: hits.map((h) => h.l.id), label: `that mention ${label}` };
  out.figures.push(
    term === 'contract'
      ? `contract roles: ${listedCount} of ${n}; mentioned in ${hits.length}`
      : `${term}: mentioned in ${hits.length} of ${n}`,
  );
  if (guide && !weighing && !advice) quoteGuides(input, 'job_terms', [guide[0]], guide[1], 2, re);
};

// "which africa / middle east lead roles give the most annual leave?": ranked by what each states.
const MOST_ASKED = /\b(?:most|more|longest|generous|best|highest)\b/i;
const LEAVE_NUMBER: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
// "30 calendar days of annual leave", "22 working days' leave", "four weeks of vacation".
const LEAVE_STATED =
  /\b(\d{1,2}|two|three|four|five|six) (?:(calendar|working|paid) )?(days?|weeks?)['’]?(?: of)?(?: paid)?(?: annual)? (?:leave|holidays?|vacation|PTO|time off|off)\b/i;

/**
 * The leave each listing states, most first, when the most is asked: weeks as five working days,
 * each as the listing says it ("30 calendar days", "four weeks").
 */
function mostLeave(input: ComposeInput, hits: TermHit[]): void {
  const stated = hits
    .map((h) => {
      const m = h.s ? LEAVE_STATED.exec(h.s) : null;
      if (!m) return null;
      const k = LEAVE_NUMBER[m[1]!.toLowerCase()] ?? Number(m[1]);
      const days = /^week/i.test(m[3]!) ? k * 5 : k;
      return { h, days, said: `${m[1]!.toLowerCase()} ${m[2] ? `${m[2]} ` : ''}${m[3]}` };
    })
    .filter((x) => x !== null)
    .sort((a, b) => b.days - a.days);
  if (stated.length < 2) return;
  input.out.lines.push(
    `**Most leave stated**, of the ${stated.length} that give a number: ${stated
      .slice(0, 5)
      .map((x) => `${x.h.l.company} ${x.said} ${input.book.cite(x.h.l.id)}`)
      .join('; ')}.`,
  );
  input.out.figures.push(`most leave: ${stated[0]!.h.l.company} ${stated[0]!.said}`);
}

/** A term none of the selection mentions: the open listings anywhere that do, a few quoted. */
function termElsewhere(input: ComposeInput, term: string, lookedUp: string[], saysHowOf: RegExp): void {
  const { ctx, book, out } = input;
  const all = ctx.facts.ids({});
  const hits = termHits(ctx, all, term, lookedUp, saysHowOf);
  if (!hits.length) return;
  out.lines.push(
    `- Elsewhere, among all ${all.length} open listings, ${hits.length} mention${hits.length === 1 ? 's' : ''} it: ${hits
      .slice(0, 3)
      .map((h) => {
        const l = ctx.byId.get(h.l.id);
        const where = l ? ` (${l.location}, ${LEVEL_NAMES[l.seniority as PlanLevel] ?? l.seniority})` : '';
        return `**${h.l.company}**${where}${h.s ? `: “${clip(h.s, 160)}”` : ''} ${book.cite(h.l.id)}`;
      })
      .join('; ')}${hits.length > 3 ? `; and ${hits.length - 3} more` : ''}.`,
  );
  out.figures.push(`${term} elsewhere: ${hits.length} of ${all.length}`);
}

/** At most this many listings are named as the nearest to part-time work. */
const NEAREST_NAMED = 4;

/** The listings among `ids` offering fewer days (a four-day week, compressed hours), quoted. */
function nearestToPartTime(input: ComposeInput, ids: string[]): void {
  const { ctx, book, out } = input;
  const term = 'four-day week';
  const near = termHits(ctx, ids, term, [term], TERM_DETAIL_OF[term] ?? TERM_DETAIL).filter((h) => h.s);
  if (!near.length) return;
  out.lines.push(
    `- The nearest: ${near.length} offer${near.length === 1 ? 's' : ''} a four-day week or compressed hours: ${near
      .slice(0, NEAREST_NAMED)
      .map((h) => `**${h.l.company}**: “${clip(h.s!, 160)}” ${book.cite(h.l.id)}`)
      .join('; ')}`,
  );
  out.figures.push(`nearest to part-time (four-day week): ${near.length}`);
}

const DAY_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
// The days a sentence states with its office word: "three days a week in our office", "two fixed
// office days", "a minimum of two days per week in the office", "2-3 days", "three days in the office".
const DAYS_STATED = new RegExp(
  `\\b(${OFFICE_DAYS_NUMBER}) (?:fixed |set |office |anchor |core )?(?:days? (?:a|per|each) week|(?:office|on-?site|in-office) days?|days? in (?:the |our |an? )?office)\\b`,
  'gi',
);
const OFFICE_WORD =
  /\b(?:office|on[- ]?site|onsite|in person|in-person|studio|hub|campus|premises|office-based)\b/i;
// Days said of working elsewhere ("up to three days per week of mobile working", "two from home").
const AWAY_DAYS = /^[^.;,]{0,30}\b(?:mobile|from home|remote\w*|wfh|at home|wherever)\b/i;

/**
 * The days a week in the office a sentence states: the number said with an office word, not of
 * days away; or the weekdays it names, counted ("Monday, Wednesday and Thursday": 3; "Sunday to
 * Thursday": 5).
 */
export function officeDaysSaid(s: string): string | undefined {
  for (const m of s.matchAll(DAYS_STATED)) {
    const after = s.slice(m.index + m[0].length);
    if (AWAY_DAYS.test(after)) continue;
    const near = `${s.slice(Math.max(0, m.index - 40), m.index)} ${m[0]} ${after.slice(0, 60)}`;
    if (OFFICE_WORD.test(near)) return m[1];
  }
  const days = officeWeekdays(s);
  if (!days) return undefined;
  const named = [...days.matchAll(new RegExp(WEEKDAY, 'gi'))].map((d) =>
    WEEKDAYS.indexOf(d[0].slice(0, 3).toLowerCase()),
  );
  const count = new RegExp(WEEKDAY_RANGE, 'i').test(days)
    ? ((named[1]! - named[0]! + 7) % 7) + 1
    : new Set(named).size;
  return count >= 1 && count <= 6 ? String(count) : undefined;
}

/** The weekdays in the office a sentence names ("Sunday to Thursday"), when it names them. */
export function officeWeekdays(s: string): string | undefined {
  if (!jobTermPatterns['office days']!.test(s)) return undefined;
  return new RegExp(WEEKDAYS_SAID, 'i').exec(s)?.[0];
}

/** The days a week in the office a sentence states, in digits ("3 days", "2–3 days", "2 days or more"). */
export function officeDaysOf(s: string): string | undefined {
  const said = officeDaysSaid(s);
  if (!said) return undefined;
  const numbers = [...said.toLowerCase().matchAll(/\b(one|two|three|four|five|six|[1-6])\b/g)].map(
    (m) => DAY_NUMBERS[m[1]!] ?? Number(m[1]),
  );
  const floor = /minimum|at least/i.test(said) ? ' or more' : /up to/i.test(said) ? ' at most' : '';
  return numbers.length > 1
    ? `${numbers[0]}–${numbers.at(-1)} days`
    : `${numbers[0]} day${numbers[0] === 1 ? '' : 's'}${floor}`;
}

/** The team's size a sentence states ("lead three engineers", "a team of 6"), as a number. */
export function teamSizeOf(s: string): number | undefined {
  const m = jobTermPatterns['team size']!.exec(s);
  if (!m) return undefined;
  const word =
    /(?<![\d,.])\d{1,2}\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b/i.exec(
      m[0],
    );
  if (!word) return undefined;
  const n = SPELLED_NUMBERS[word[0].toLowerCase()] ?? Number(word[0]);
  return n >= 2 && n <= 40 ? n : undefined;
}

/**
 * "What's the typical team size a lead looks after?": the size each listing that states one
 * gives, as a median and a range, before the sentences are quoted.
 */
function teamSizeTally(input: ComposeInput, hits: TermHit[], at: number): void {
  const sizes = hits
    .map((h) => (h.s ? teamSizeOf(h.s) : undefined))
    .filter((n): n is number => n !== undefined)
    .sort((a, b) => a - b);
  if (sizes.length < 3) return;
  const mid = sizes.length / 2;
  const median = sizes.length % 2 ? sizes[Math.floor(mid)]! : (sizes[mid - 1]! + sizes[mid]!) / 2;
  const q1 = sizes[Math.floor((sizes.length - 1) / 4)]!;
  const q3 = sizes[Math.ceil(((sizes.length - 1) * 3) / 4)]!;
  input.out.lines.splice(
    at,
    0,
    `- **Team size**, in the ${sizes.length} whose sentence gives a number: median ${median} people; the middle half ${q1}–${q3}; from ${sizes[0]} to ${sizes.at(-1)}.`,
  );
  input.out.figures.push(
    `team size stated in ${sizes.length}: median ${median}, ${sizes[0]}–${sizes.at(-1)}`,
  );
}

/**
 * "Are hybrid lead roles usually 2 or 3 days in office?": the days a week each listing that states
 * them asks, tallied (a range, "2-3 days", under its own words), before the sentences are quoted.
 */
function officeDaysTally(input: ComposeInput, hits: TermHit[]): void {
  const tally = new Map<string, number>();
  for (const h of hits) {
    const key = h.s ? officeDaysOf(h.s) : undefined;
    if (key) tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  if (!tally.size) return;
  const counted = [...tally.values()].reduce((a, b) => a + b, 0);
  const rows = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  input.out.lines.push(
    `**Days a week in the office**, in the ${counted} that state a number: ${rows.map(([k, v]) => `${k}: ${v}`).join('; ')}.`,
  );
  input.out.figures.push(`office days stated in ${counted}: ${rows.map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

// Advice asked about a term ("how should she evaluate the equity?", "what should I look for in
// the stock options?", "how do I judge an on-call setup?").
// Whoever asks ("what should mentees ask a startup about its equity?", "what do people look for").
const EVALUATE_ASKED =
  /\b(?:evaluat\w*|assess\w*|judge|valu(?:e|ing)|weigh|what (?:should|do|can|would) (?:[\w-]+ ){1,2}?(?:look|ask)(?: (?:a|an|the|their|my|our) [\w-]+)? (?:for|about)|what to (?:look|ask) (?:for|about)|is it (?:good|fair|worth))\b/i;
// The guide's sentences that say what to check ("Ask for the number of options… the strike price").
const ADVICE =
  /\b(?:ask (?:for|about)|check|uncertain|strike price|shares outstanding|look for|red flags?)\b/i;

interface TermHit {
  l: { id: string; company: string; title: string };
  s: string | undefined;
  listed: boolean;
}

/**
 * The listings among `ids` whose text names the term (or, for contracts, that are contract roles),
 * with the sentence to quote: contract roles first, then sentences that say how the term works.
 */
function termHits(
  ctx: Context,
  ids: string[],
  term: string,
  lookedUp: string[],
  saysHowOf: RegExp,
): TermHit[] {
  // Listings repeat their employers' sentences: each distinct sentence tested once.
  const said = new Map<string, number>();
  const saysHow = (s: string) => {
    let v = said.get(s);
    if (v === undefined) {
      v = Number(saysHowOf.test(s));
      said.set(s, v);
    }
    return v;
  };
  // Only a contract role counts without a sentence: for any other term, only the listings giving one.
  const kinds = lookedUp.map((t) => `job term: ${t}` as const);
  // Contracts: the contract roles, and the listings giving a sentence (the others give nothing).
  const giving = givingAny(ctx, kinds, ids);
  const givingSet = term === 'contract' ? new Set(giving) : null;
  return (
    (
      givingSet
        ? ids.filter((id) => givingSet.has(id) || ctx.byId.get(id)?.employmentType === 'contract')
        : giving
    )
      .map((id) => {
        const l = ctx.byId.get(id) ?? detail(ctx, id);
        if (!l) return null;
        const listed = term === 'contract' && l.employmentType === 'contract';
        // "the homeowner calls a contractor" is no contract work: a listing that is no contract
        // role counts only when its sentence is about working as one.
        const onlyWork = term === 'contract' && !listed;
        // Terms asked together: the listing's sentences naming any of them, in order, are the
        // union of each term's own (kept per term); the sentence that says how it works ("one week
        // in six", "paid") comes before one that only names it.
        let about: TermAt | undefined;
        let saysHow: TermAt | undefined;
        for (const t of lookedUp) {
          const g = givenBy<TermGiven>(ctx, `job term: ${t}`, id);
          if (!g) continue;
          const a = onlyWork ? g.work : g.first;
          const d = onlyWork ? g.workDetail : g.detail;
          if (a && (!about || a.at < about.at)) about = a;
          if (d && (!saysHow || d.at < saysHow.at)) saysHow = d;
        }
        const s = (saysHow ?? about)?.s;
        return s || listed ? { l: { id: l.id, company: l.company, title: l.title }, s, listed } : null;
      })
      .filter((x) => x !== null)
      // Roles that are contracts come before listings that only mention contract work, and sentences
      // that say how the term works before those that only name it (each sentence tested once).
      .map((hit) => ({ hit, rank: Number(hit.listed) * 2 + saysHow(hit.s ?? '') }))
      .sort((a, b) => b.rank - a.rank)
      .map(({ hit }) => hit)
  );
}

/** The filters applied besides the contract selection itself (" matching lead level, …"). */
function otherFilters(sel: Selection): string {
  const rest = sel.applied.filter((a) => a !== 'contract');
  return rest.length ? ` matching ${rest.join(', ')}` : '';
}

/** The listings that name the term, quoted (or listed with their rate), and the companies of the rest. */
function termsFound(
  input: ComposeInput,
  sel: Selection,
  asked: { term: string; label: string; n: number; weighing: boolean },
  hits: TermHit[],
  listedCount: number,
): void {
  const { ctx, book, out } = input;
  const { term, label, n, weighing } = asked;
  const more = hits.length - listedCount;
  // The contract roles selected, their rates asked ("contract lead gigs paid in EUR per day"): every
  // one is a contract role, so they are listed with their rates, not counted against themselves.
  // Out of how many the rest of the selection holds ("7 of the 90 open listings matching lead
  // level"), said first.
  const allContract = term === 'contract' && n > 1 && listedCount === n && !more;
  const whole =
    allContract && input.plan.filters.employmentType === 'contract'
      ? ctx.facts.ids(selectionOf(input.plan, ctx, input.deps, ['employmentType']).filter).length
      : 0;
  out.lines.push(
    allContract
      ? whole > n
        ? `Contract: ${n} of the ${whole} open listings${otherFilters(sel)} are contract roles, with their rates:`
        : `Contract: ${scope(sel, n).replace(/^all /, 'the ')}, with their rates:`
      : term === 'contract' && n > 1
        ? `Contract: ${listedCount} of ${scope(sel, n).replace(/^all /, 'the ')} ${listedCount === 1 ? 'is a contract role' : 'are contract roles'}${more ? `; ${more} more mention${more === 1 ? 's' : ''} contract work` : ''}:`
        : n === 1
          ? `${cap(label)}: the one open listing${sel.applied.length ? `${/^at /.test(sel.applied[0]!) ? ' ' : ' matching '}${sel.applied.join(', ')}` : ''} mentions it:`
          : `${cap(label)}: ${hits.length} of ${scope(sel, n).replace(/^all /, 'the ')} mention${hits.length === 1 ? 's' : ''} it:`,
  );
  // Contract and part-time roles are listed with their rate: what a member compares them on.
  const byRate = term === 'contract' || term === 'part-time';
  // Boilerplate two listings share ("Competitive salary plus equity.") is quoted once.
  const shown = byRate ? hits.slice(0, weighing ? 5 : 10) : distinct(hits, (h) => h.s ?? h.l.title, 5);
  for (const h of shown) {
    const summary = ctx.byId.get(h.l.id);
    if (byRate && summary) out.listed?.add(h.l.id);
    out.lines.push(
      byRate && summary
        ? `- ${oneLine(summary)}${h.s && !h.listed ? `: “${clip(h.s, 140)}”` : ''} ${book.cite(h.l.id)}`
        : h.s
          ? // The window holds the words the sentence was chosen for ("…join our on-call rotation").
            `- “${jobTermPatterns[term] ? around(h.s, jobTermPatterns[term]!, 220) : clip(h.s, 220)}” (${h.l.company}) ${book.cite(h.l.id)}`
          : `- **${h.l.title}** at ${h.l.company} is listed as a contract role ${book.cite(h.l.id)}`,
    );
    // One company asked about ("what's on-call like at Callowfield? how often, how bad"): the rest
    // of what its listing says of the term, in its words (how often, how heavy, how it is paid).
    if (input.plan.filters.company && hits.length <= 3 && !byRate && h.s)
      for (const more of furtherStatements(ctx, h.l.id, term, h.s))
        out.lines.push(`  - “${clip(more, 220)}” ${book.cite(h.l.id)}`);
  }
  if (hits.length > shown.length) {
    // A few more names, then how many: fifty company names is no answer anyone reads.
    const others = [...new Set(hits.filter((h) => !shown.includes(h)).map((h) => h.l.company))];
    out.lines.push(
      `- Also: ${others.slice(0, ALSO_NAMED).join(', ')}${others.length > ALSO_NAMED ? `, and ${others.length - ALSO_NAMED} more` : ''} ${book.citeAll(
        hits.filter((h) => !shown.includes(h)).map((h) => h.l.id),
        3,
      )}`,
    );
  }
}

/** A listing's other statements of a term, beside the one quoted (two at most). */
function furtherStatements(ctx: Context, id: string, term: string, quoted: string): string[] {
  const l = detail(ctx, id);
  if (!l) return [];
  const words = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const said = words(quoted);
  return termStatements(l, term, 3)
    .filter((t) => {
      const w = words(t.replace(/^[^:]{2,40}:\s+/, ''));
      return w.length > 0 && !said.includes(w) && !w.includes(said);
    })
    .slice(0, 2);
}

/** The listings that do not mention a term left out ("no on-call"), named. */
function termLeftOut(input: ComposeInput, term: string, ids: string[], hits: TermHit[]): void {
  const { ctx, book, out } = input;
  const n = ids.length;
  const mentioned = new Set(hits.map((h) => h.l.id));
  const silent = ids.filter((id) => !mentioned.has(id));
  out.lines.push(
    `Without ${term}: **${silent.length} of the ${n}** do not mention ${term} (silence is no promise there is none; ask them)${silent.length ? ':' : '.'}`,
  );
  for (const id of silent.slice(0, 10)) {
    const l = ctx.byId.get(id);
    if (l) out.lines.push(`- ${oneLine(l)} ${book.cite(id)}`);
  }
  if (silent.length > 10)
    out.lines.push(`- …and ${silent.length - 10} more ${book.citeAll(silent.slice(10), 3)}`);
  out.figures.push(`not mentioning ${term}: ${silent.length} of ${n}`);
}

/** How to weigh a day rate against a salary: the numbers asked, worked; the posted rates; the guide. */
export function weighContract(input: ComposeInput, guide: [string, RegExp[]] | undefined): void {
  const { ctx, book, out, plan } = input;
  const worked = weighedNumbers(plan.question);
  if (worked) {
    const days = Math.ceil(worked.annual / worked.day);
    const cur = worked.currency ? ` ${worked.currency}` : '';
    out.lines.push(
      `On your numbers: ${fmt(worked.annual)}${cur} a year is ${fmt(worked.day)}${cur} a day over ${days} billable days; the contract comes out ahead only if it bills more than ${days} days after the contractor's own holidays, sick days, pension, equipment and gaps between contracts are paid for.`,
    );
    out.figures.push(`break-even: ${worked.annual} / ${worked.day} = ${days} billable days`);
    const rates = worked.currency
      ? ctx.facts
          .salaries({ employment: 'contract', currency: worked.currency })
          .filter((r) => r.period === 'day')
      : [];
    if (rates.length) {
      const mids = rates.map((r) => (r.min + r.max) / 2).sort((a, b) => a - b);
      const span = extent([...rates.map((r) => r.min), ...rates.map((r) => r.max)]);
      out.lines.push(
        `- Posted ${worked.currency} day rates of contract roles here: ${fmt(span.min)}–${fmt(span.max)} over ${rates.length} listing${rates.length === 1 ? '' : 's'}${rates.length >= 3 ? `, median midpoint ${fmt(percentile(mids, 0.5))}` : ''} ${book.citeAll(
          rates.map((r) => r.id),
          3,
        )}`,
      );
      out.figures.push(
        `${worked.currency} contract day rates: ${rates.length}, span ${span.min}-${span.max}${rates.length >= 3 ? `, median midpoint ${percentile(mids, 0.5)}` : ''}`,
      );
    }
  }
  // The guide's sentences on how the two compare (holiday, pension, billable days).
  if (guide)
    quoteGuides(
      input,
      'job_terms',
      [guide[0]],
      guide[1],
      3,
      /\b(?:compar\w*|holidays?|pension|sick|billable|gaps|equivalent)\b/i,
    );
}

const SYMBOL_CURRENCY: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP' };
/** A day rate and an annual salary stated in a question ("€800/day against €100k"), in one currency. */
export function weighedNumbers(question: string): { day: number; annual: number; currency: string } | null {
  const amounts = [
    ...question.matchAll(
      /(?:([€$£])\s?(\d[\d,.]*)\s?(k)?|(\d[\d,.]*)\s?(k)?\s?(EUR|USD|GBP|euros?|dollars?|pounds?)?)(\s*(?:(?:\/\s?|per |a )day\b|day[- ]?rate\b))?/gi,
    ),
  ].map((m) => {
    const n = Number((m[2] ?? m[4] ?? '').replace(/,/g, '')) * (m[3] || m[5] ? 1000 : 1);
    const word = (m[6] ?? '').toLowerCase();
    const currency = m[1]
      ? SYMBOL_CURRENCY[m[1]]!
      : /^eur/.test(word)
        ? 'EUR'
        : /^(?:usd|dollar)/.test(word)
          ? 'USD'
          : word
            ? 'GBP'
            : '';
    return { n, currency, day: !!m[7], bare: !m[1] && !m[6] };
  });
  const day = amounts.find((a) => a.day && a.n >= (a.bare ? 50 : 1));
  // A bare amount ("a 180k salary") is in the day rate's currency.
  const annual = amounts.find(
    (a) => !a.day && a.n >= 10_000 && (!day || a.currency === day.currency || a.bare),
  );
  return day && annual ? { day: day.n, annual: annual.n, currency: day.currency || annual.currency } : null;
}
