/**
 * "What are the red flags in a lead posting?": whether something is a red flag is the member's
 * judgement; what the postings let them check is counted over the selection (pay posted, years
 * stated, team size said, on-call with its compensation said or not), then the guide's questions
 * that reveal what a lead role really involves.
 */
import type { Composer } from './context.js';
import { givingAny } from './given.js';
import { scope, selectionOf } from './selection.js';
import { fewOrNone, open, pct } from './shared.js';

// Read as the guide's numbered questions ("1. What decisions can this role make alone…").
const QUESTIONS_SECTION = /^Questions to ask in interviews/;
const GUIDE = 'guide-lead-vs-senior-staff-manager';

export const postingChecks: Composer = (input) => {
  const { ctx, book, out, plan } = input;
  const sel = selectionOf(plan, ctx, input.deps);
  const ids = open(input, sel);
  if (ids.length === 0) {
    fewOrNone(input, sel, ids, 'postings');
    return;
  }
  const n = ids.length;
  const rows = ids.map((id) => ctx.byId.get(id)!);
  const noPay = rows.filter((l) => !l.salary);
  const noYears = rows.filter((l) => l.yearsMin === null);
  // The terms' sentences as stored at publish (no listing's text is read here: at 100,000 listings
  // a pass over the texts takes seconds).
  const giving = (term: string) => givingAny(ctx, [`job term: ${term}`], ids);
  const teamSaid = giving('team size');
  const onCall = giving('on-call');
  const paid = new Set(giving('paid on-call'));
  const onCallPaid = onCall.filter((id) => paid.has(id));
  const firstTwo = (list: string[]) =>
    list
      .slice(0, 2)
      .map((id) => book.cite(id))
      .join('');
  out.lines.push(
    'Whether something is a red flag is your call; these are the things the postings let you check, counted over ' +
      `${scope(sel, n)}:`,
    `- **Pay**: ${n - noPay.length} of ${n} (${pct(n - noPay.length, n)}) post a range; ${noPay.length} post none${noPay.length ? ` ${firstTwo(noPay.map((l) => l.id))}` : ''}.`,
    `- **Years**: ${n - noYears.length} of ${n} state a minimum; ${noYears.length} state none${noYears.length ? ` ${firstTwo(noYears.map((l) => l.id))}` : ''}.`,
    `- **Team size**: ${teamSaid.length} of ${n} (${pct(teamSaid.length, n)}) say how big the team is; ${n - teamSaid.length} do not.`,
    `- **On-call**: ${onCall.length} of ${n} mention it; ${onCallPaid.length} of those say it is paid or compensated${onCallPaid.length ? ` ${firstTwo(onCallPaid)}` : ''}, ${onCall.length - onCallPaid.length} do not say${onCall.length > onCallPaid.length ? ` ${firstTwo(onCall.filter((id) => !onCallPaid.includes(id)))}` : ''}.`,
  );
  out.figures.push(
    `of ${n}: no pay ${noPay.length}, no years ${noYears.length}, team size said ${teamSaid.length}, on-call ${onCall.length} (paid said ${onCallPaid.length})`,
  );
  const section = ctx.guides.find((g) => g.documentId === GUIDE && QUESTIONS_SECTION.test(g.heading ?? ''));
  const questions = [...(section?.text ?? '').matchAll(/^\s*\d+[.)]\s+(.+)$/gm)].map((m) => m[1]!.trim());
  if (questions.length) {
    out.lines.push(
      `What a posting leaves unsaid, the guide's questions to ask in interviews bring out ${book.cite(GUIDE)}:`,
    );
    for (const q of questions.slice(0, 5)) out.lines.push(`- “${q}”`);
  }
};
