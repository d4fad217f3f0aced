/** Visa sponsorship and relocation (`visa`). */
import type { ListingDetail } from '../../../storage/corpus/corpus-reader.js';
import { relocationTerms } from '../../extract/relocation.js';
import type { AnswerPlan } from '../plan/index.js';
import type { ComposeInput, Composer } from './context.js';
import { givenBy, givingAny } from './given.js';
import { quoteGuides } from './guides.js';
import { openRemotely, placeName, scope, selectionOf } from './selection.js';
import { fewOrNone, open } from './shared.js';
import { around, sentencesOf } from './text.js';

const VISA_NAMED = 8;
const NO_RELOCATION_TERMS = { offered: false, refused: false, evidence: null };
type RelocationTerms = ReturnType<typeof relocationTerms>;

/** One to three listings: each one's answer on visas and relocation in its own words (the silent ones together). */
function visaOfEach(input: ComposeInput, terms: Array<{ id: string; t: RelocationTerms }>): void {
  const { ctx, book, out } = input;
  const n = terms.length;
  const quiet = terms.filter((x) => !x.t.refused && !x.t.offered);
  if (quiet.length > 1) {
    out.lines.push(
      `- ${quiet.length === n ? `None of the ${n} says anything` : `${quiet.length} of them say nothing`} about visas or relocation (${quiet.map((x) => ctx.byId.get(x.id)!.company).join(', ')}) ${book.citeAll(
        quiet.map((x) => x.id),
        3,
      )}; silence usually means no sponsorship, so ask before applying.`,
    );
  }
  for (const x of terms) {
    if (quiet.length > 1 && quiet.includes(x)) continue;
    const l = ctx.byId.get(x.id)!;
    const verdict = x.t.refused
      ? 'no, it says it cannot sponsor'
      : x.t.offered
        ? /\bvisas?\b|\bpermits?\b|\bsponsor\w*|employment pass|blue card/i.test(x.t.evidence ?? '')
          ? 'yes, it offers visa or permit help'
          : 'it offers relocation help (it names no visa help)'
        : 'it does not say, which usually means no sponsorship';
    out.lines.push(
      `- **${l.company}**, ${l.title} (${l.location}): ${verdict}${x.t.evidence ? `: “${around(x.t.evidence, /relocat\w*|visas?|permits?|sponsor\w*|employment pass|right to work/i, 160)}”` : ''} ${book.cite(x.id)}`,
    );
  }
}

/** Relocation asked for, in a member's words ("relocation support", "help moving abroad", "a relocation package"). */
const RELOCATION_ASKED = /\brelocat\w*|\bmov(?:e|ing) (?:abroad|countr\w*|overseas|there)\b/i;
const RELOCATION_NAMED = 15;
// A sentence offering help with the move itself ("We help with relocation, including…",
// "relocation support (we've moved people here from 23 countries)", "a relocation package").
const RELOCATION_OFFER =
  /\brelocat\w*\b[^.]{0,60}\b(?:support\w*|help\w*|package|assist\w*|budget|allowance|available|offer\w*|cover\w*|paid)\b|\b(?:support\w*|help\w*|package|assist\w*|budget|allowance|offer\w*|cover\w*|pay for)\b[^.]{0,40}\brelocat\w*/i;
const RELOCATION_REFUSED =
  /\b(?:no|not|unable|cannot|can['’]t|don['’]t|doesn['’]t|without)\b[^.]{0,30}\brelocat\w*/i;

/**
 * The sentence of a listing offering help with the move itself, when its relocation terms offer
 * help (`relocationTerms`): their evidence when it offers it, or another of its sentences; else
 * null. A descriptive kind ("relocation help", `GIVEN_KINDS`), worked out at publish, so a list of
 * the listings offering relocation reads none of their texts.
 */
export function relocationHelpSaid(l: ListingDetail): string | null {
  const { offered, evidence } = relocationTerms(l.description ?? '');
  if (!offered) return null;
  if (evidence && RELOCATION_OFFER.test(evidence) && !RELOCATION_REFUSED.test(evidence)) return evidence;
  return (
    sentencesOf(l.description).find((x) => RELOCATION_OFFER.test(x) && !RELOCATION_REFUSED.test(x)) ?? null
  );
}

/** "Which lead roles sponsor…", "roles that sponsor": the list of those that do is asked. */
const SPONSORS_LISTED =
  /\b(?:which|what)\b[^?]*\b(?:sponsor\w*|offer\w*|help\w*|relocat\w*)\b|\b(?:that|who) (?:will |would |can )?(?:sponsor|offer|help)\b/i;

/** A question about the listings that refuse visas, or about each either way. */
const REFUSAL_ASKED =
  /\b(?:can(?:no|['’])t|don['’]?t|doesn['’]?t|do not|does not|won['’]?t|will not|refus\w*|unable|or not|which (?:ones )?do)\b|\bnot (?:sponsor|offer|help)/i;

/** "For someone from India": the remote listings open to someone where they live need no visa. */
function remoteFrom(input: ComposeInput, ids: string[], origin: NonNullable<AnswerPlan['origin']>): void {
  const { ctx, book, out } = input;
  const n = ids.length;
  const openThere = new Set(openRemotely(origin, ctx, input.deps.gazetteer));
  const remote = ids.filter((id) => openThere.has(id) && ctx.byId.get(id)!.remote === 'remote');
  out.lines.push(
    `- **Remote and open to someone in ${placeName(origin)}** (no move needed): ${remote.length} of ${n}${
      remote.length
        ? `: ${remote
            .slice(0, 4)
            .map((id) => `**${ctx.byId.get(id)!.company}** (${ctx.byId.get(id)!.location}) ${book.cite(id)}`)
            .join(', ')}${remote.length > 4 ? `, and ${remote.length - 4} more` : ''}`
        : ''
    }`,
  );
  out.figures.push(`remote and open to ${origin.name}: ${remote.length} of ${n}`);
}

type Terms = { id: string; t: RelocationTerms };
// Visa or permit help, told apart from relocation alone.
const VISA_HELP = /\bvisas?\b|\bpermits?\b|\bsponsor\w*|employment pass|blue card/i;

/**
 * Relocation asked on its own ("which offer relocation support?"): those whose text offers help
 * with moving are the answer, each with that sentence; visa help alone is counted apart.
 */
function relocationLines(input: ComposeInput, offered: Terms[], n: number): void {
  const { ctx, book, out } = input;
  const byId = new Map(offered.map((x) => [x.id, x]));
  const moving = givingAny(
    ctx,
    ['relocation help'],
    offered.map((x) => x.id),
  )
    .map((id) => ({ ...byId.get(id)!, said: givenBy<string>(ctx, 'relocation help', id) }))
    .filter((x) => x.said !== null);
  out.lines.push(
    `- **Of them, offer help with relocation**: ${moving.length}${moving.length < offered.length ? `; ${offered.length - moving.length === 1 ? 'the other one offers' : `the other ${offered.length - moving.length} offer`} visa or permit help without naming relocation` : ''}`,
  );
  for (const x of moving.slice(0, RELOCATION_NAMED)) {
    const l = ctx.byId.get(x.id)!;
    out.lines.push(
      `  - **${l.company}** (${l.location}): “${around(x.said!, /relocat\w*|moving|move\b/i, 140)}” ${book.cite(x.id)}`,
    );
  }
  if (moving.length > RELOCATION_NAMED) out.lines.push(`  - …and ${moving.length - RELOCATION_NAMED} more.`);
  const movingIds = new Set(moving.map((m) => m.id));
  const visaOnly = offered.filter((x) => !movingIds.has(x.id));
  if (visaOnly.length)
    out.lines.push(
      `  - Visa or permit help only: ${visaOnly
        .slice(0, 6)
        .map((x) => `${ctx.byId.get(x.id)!.company} ${book.cite(x.id)}`)
        .join(', ')}${visaOnly.length > 6 ? `, and ${visaOnly.length - 6} more` : ''}`,
    );
  out.figures.push(`relocation help offered: ${moving.length} of ${n}`);
}

/**
 * Who offers help, by name: what a member who needs a visa acts on. Visa or permit help comes
 * first when a visa is asked about; everyone who helps with a visa is named then (up to 12), and
 * relocation alone fills up to 8. Asked about relocation alone, relocationLines named them.
 */
function offersNamed(
  input: ComposeInput,
  offered: Terms[],
  visaAsked: boolean,
  relocationAsked: boolean,
): void {
  const { ctx, book, out } = input;
  // Whether each offers visa help, tested once per listing (not once per comparison of the sort).
  const visaHelp = new Set(offered.filter((x) => VISA_HELP.test(x.t.evidence ?? '')).map((x) => x.id));
  const ranked = [...offered].sort(
    (a, b) => Number(visaAsked && visaHelp.has(b.id)) - Number(visaAsked && visaHelp.has(a.id)),
  );
  const named = relocationAsked
    ? 0
    : visaAsked
      ? Math.max(VISA_NAMED, Math.min(12, visaHelp.size))
      : VISA_NAMED;
  for (const x of ranked.slice(0, named)) {
    const l = ctx.byId.get(x.id)!;
    const kind = VISA_HELP.test(x.t.evidence ?? '') ? 'visa or permit help' : 'relocation help';
    out.lines.push(
      `  - **${l.company}** (${l.location}), ${kind}: “${around(x.t.evidence ?? '', /relocat\w*|visas?|permits?|sponsor\w*|employment pass/i, 110)}” ${book.cite(x.id)}`,
    );
  }
  if (offered.length > named && !relocationAsked) out.lines.push(`  - …and ${offered.length - named} more.`);
}

/**
 * The listings saying they cannot sponsor. Lines that would count nothing are left out. "Which say
 * they sponsor": those are a count of their own, not named beside the offers; asked about them
 * ("which can't", "sponsor or not"), they are named and cited, a few with their words.
 */
function refusalLines(input: ComposeInput, refused: Terms[]): void {
  const { ctx, book, out } = input;
  const refusalAsked = REFUSAL_ASKED.test(input.plan.question) || !SPONSORS_LISTED.test(input.plan.question);
  if (refused.length)
    out.lines.push(
      refusalAsked
        ? `- **Say they cannot sponsor** (you need the right to work already): ${refused.length} ${book.citeAll(
            refused.map((x) => x.id),
            3,
          )}`
        : `- ${refused.length} other${refused.length === 1 ? ' says it' : 's say they'} cannot sponsor (the right to work is needed there already).`,
    );
  if (refused.length <= 3 && refusalAsked)
    for (const x of refused) {
      const l = ctx.byId.get(x.id)!;
      out.lines.push(
        `  - **${l.company}**, ${l.title} (${l.location}): “${around(x.t.evidence ?? '', /visas?|sponsor\w*|right to work|permits?/i, 140)}” ${book.cite(x.id)}`,
      );
    }
}

/**
 * None of the level asked offers help: the listings of the same selection at other levels that do
 * ("a principal role there offers relocation within Canada"), named, so the member knows where
 * help exists; never counted as matching what was asked.
 */
function nearestOtherLevel(input: ComposeInput): void {
  const { ctx, book, out } = input;
  const wider = selectionOf(input.plan, ctx, input.deps, ['level']);
  const others = ctx.facts
    .ids(wider.filter)
    .filter((id) => givenBy<RelocationTerms>(ctx, 'relocation', id)?.offered);
  if (!others.length) return;
  out.lines.push(
    `- Outside the level asked (the rest of the question the same), ${others.length} ${others.length === 1 ? 'does' : 'do'}: ${others
      .slice(0, 4)
      .map((id) => {
        const l = ctx.byId.get(id)!;
        return `**${l.company}**, ${l.title} (${l.location}) ${book.cite(id)}`;
      })
      .join('; ')}${others.length > 4 ? `, and ${others.length - 4} more` : ''}`,
  );
  out.figures.push(`relocation/visa offered at other levels: ${others.length}`);
}

export const visa: Composer = (input) => {
  const { ctx, book, out } = input;
  const sel = selectionOf(input.plan, ctx, input.deps);
  const ids = open(input, sel);
  if (ids.length === 0) {
    fewOrNone(input, sel, ids, 'relocation terms');
    return;
  }
  const n = ids.length;
  const terms = ids.map((id) => ({
    id,
    t: givenBy<RelocationTerms>(ctx, 'relocation', id) ?? NO_RELOCATION_TERMS,
  }));
  const offered = terms.filter((x) => x.t.offered);
  const refused = terms.filter((x) => x.t.refused);
  out.lines.push(`Relocation and visa help across ${scope(sel, n)}:`);
  // One to three listings ("does Orrery sponsor visas?"): each one's answer in its own words, first.
  if (n <= 3) {
    visaOfEach(input, terms);
    out.figures.push(`relocation/visa offered: ${offered.length} of ${n}; refused: ${refused.length}`);
    quoteGuides(input, 'visa_relocation', ['guide-remote-and-distributed-teams'], /relocation|visa/i, 1);
    return;
  }
  // None offers it: said as plainly as the member needs it ("no listing … offers"), then the count.
  if (!offered.length)
    out.lines.push(
      `- **No listing of the ${n} offers relocation or visa help** (0 of ${n})${refused.length ? '' : '; none of them offers or rules out sponsorship, a work permit or relocation'}.`,
    );
  else
    out.lines.push(
      `- **Offer relocation or visa help**: ${offered.length} of ${n}${
        offered.length
          ? ` ${book.citeAll(
              offered.map((x) => x.id),
              4,
            )}`
          : ''
      }`,
    );
  const visaAsked = VISA_HELP.test(input.plan.question);
  const relocationAsked = !visaAsked && RELOCATION_ASKED.test(input.plan.question);
  if (relocationAsked) relocationLines(input, offered, n);
  offersNamed(input, offered, visaAsked, relocationAsked);
  // "for someone from India": the remote listings they can take from home need no visa.
  const origin = input.plan.origin;
  if (origin) remoteFrom(input, ids, origin);
  refusalLines(input, refused);
  if (!offered.length && input.plan.filters.level) nearestOtherLevel(input);
  const silent = n - offered.length - refused.length;
  if (silent && (offered.length || refused.length))
    out.lines.push(
      `- ${silent === n ? (n === 1 ? 'It does' : `All ${n} do`) : silent === 1 ? 'The other one does' : `The other ${silent} do`} not say.`,
    );
  out.figures.push(`relocation/visa offered: ${offered.length} of ${n}; refused: ${refused.length}`);
  quoteGuides(input, 'visa_relocation', ['guide-remote-and-distributed-teams'], /relocation|visa/i, 1);
};
