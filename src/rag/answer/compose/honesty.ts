/**
 * What the listings do not cover, said plainly: a company or listing not in the corpus (`absent`),
 * questions outside scope and declines.
 */
import type { ComposeInput, Composer } from './context.js';
import { companyOfPlan, scope, selectionOf } from './selection.js';
import { oneLine, open, pct } from './shared.js';
import { clip } from './text.js';

export function absent(input: ComposeInput, asked: string, what: 'company' | 'listing'): void {
  const { ctx, book, out, plan, deps } = input;
  const name = companyName(asked);
  out.n = 0;
  out.lines.push(
    what === 'company'
      ? `${name} is not in the corpus: I have no listing from that company, so I can't say anything about its roles, pay or process.`
      : 'That listing is not in the corpus (no open listing has that id or title).',
  );
  // Alternatives match what was asked besides the name (level, skills, place, work mode, industry)
  // and, for a well-known employer, its industry; with nothing else asked, none are guessed.
  const sel = selectionOf(plan, ctx, deps, ['company']);
  let filter = sel.filter;
  const basis = [...sel.applied];
  if (plan.topicSkills?.length && !filter.skills) {
    filter = { ...filter, skills: plan.topicSkills, skillsMode: 'all' };
    basis.splice(Math.min(1, basis.length), 0, `asking for ${plan.topicSkills.join(' and ')}`);
  }
  // "does Monzo do remote?": the work mode asked of it is what the alternatives should offer.
  const mode = /\bremote\b/i.test(plan.question)
    ? 'remote'
    : /\bhybrid\b/i.test(plan.question)
      ? 'hybrid'
      : undefined;
  if (mode && !filter.remote && plan.aspects?.includes('work_mode')) {
    filter = { ...filter, remote: mode };
    basis.push(mode);
  }
  if (plan.unknownIndustry && !plan.filters.industry && ctx.facts.industriesAvailable) {
    const same = { ...filter, industries: [...deps.industries.expand([plan.unknownIndustry])] };
    if (ctx.facts.count(same)) {
      filter = same;
      basis.push(`in ${deps.industries.label(plan.unknownIndustry).toLowerCase()}, ${name}'s industry`);
    }
  }
  if (!basis.length) {
    out.lines.push(
      'Ask about a kind of role instead (a level, a skill, a place or an industry) and I will answer from every listing that matches.',
    );
    return;
  }
  const ids = ctx.facts.ids(filter);
  if (!ids.length) {
    out.lines.push(`No listing matches ${basis.join(', ')} either.`);
    return;
  }
  const newest = ids
    .map((id) => ctx.byId.get(id)!)
    .sort((a, b) => (b.postedAt ?? '').localeCompare(a.postedAt ?? '') || a.id.localeCompare(b.id))
    .slice(0, 3);
  out.lines.push(
    `${ids.length} listing${ids.length === 1 ? ' matches' : 's match'} the rest of what you asked (${basis.join(', ')}); ${ids.length > 3 ? 'the newest three, ' : ''}offered as alternatives, not as ${name}:`,
  );
  for (const l of newest) out.lines.push(`- ${oneLine(l)} ${book.cite(l.id)}`);
}

/** A company as asked, said as a name: one typed in lower case ("revolut") is still a name. */
export function companyName(asked: string): string {
  return clip(/^[a-z][a-z0-9]*$/.test(asked) ? asked[0]!.toUpperCase() + asked.slice(1) : asked, 60);
}

// One's chances asked beside who applied ("what are my odds?", "how likely am I to get it?").
const ODDS_ASKED = /\b(?:odds|chances?|likel(?:y|ihood))\b/i;

export const outOfScope: Composer = (input) => {
  const { ctx, out, plan } = input;
  if (plan.greeting) {
    out.lines.push(
      `${plan.greeting === 'thanks' ? "You're welcome!" : 'Hi!'} Ask me about Lead Backend Engineer listings: what the roles require, how common a skill is, posted pay by place, years asked, remote or hybrid, visa help, which companies hire, or how the role works day to day. For example: “what do lead roles in Berlin pay?”`,
    );
    return;
  }
  if (plan.unnamedSkills?.length) {
    unnamedSkills(input, plan.unnamedSkills);
    return;
  }
  // "how many people applied to X? what are my odds?": what exactly is missing, said first, of the
  // listing named when there is one (cited), else of the listings.
  const applied = plan.applications
    ? `how many people applied or are still in the running, and I keep no record of applications${ODDS_ASKED.test(plan.question) ? ', so I cannot tell your odds' : ''}`
    : undefined;
  const named = namedListingSilent(input, applied);
  const missing = named ? '' : `: they ${applied ? `do not say ${applied}` : "don't say it"}`;
  // Not about the roles at all, or the member's own tax: the bot can't help, said first.
  const plainly =
    plan.offTopic === 'topic'
      ? "I can't help with that one, sorry: it isn't about the roles here, so I can't answer that from the job listings and guides I have."
      : plan.offTopic === 'tax'
        ? `I can't help with tax, sorry: it depends on where you live and on your own circumstances, and I can't answer that from the job listings and guides I have${named ? '' : ' (they post pay before tax, when they post it at all)'}. That is tax or legal advice for your own situation (which regime, which entity, what you would owe): a local accountant or tax adviser, or your tax authority, is the place for it.`
        : plan.offTopic === 'exchange'
          ? "I can't answer that from the job listings and guides I have: they hold no exchange rates, and I never convert currencies (each posted range is given in the currency and period the listing uses). For today's rate, use your bank's or a currency converter's, and apply it to the ranges yourself."
          : plan.offTopic === 'immigration'
            ? "I can't answer that from the job listings and guides I have: immigration rules (salary thresholds, eligibility, fees, processing times) aren't in them, and they change; the official immigration authority's own site is the place to check. What the listings do say is which employers offer visa or relocation help: ask “which lead roles in Germany sponsor visas?”."
            : `I can't answer that from the job listings and guides I have${missing}.`;
  out.lines.push(
    `${plainly} What I can answer from them: what lead (and senior, staff, principal, manager) backend roles require, how common a skill is, posted pay by place and currency, years asked, remote/hybrid/on-site, visa and relocation, which companies hire for what, and how the role works day to day, in interviews and on the way up. For example: “what do lead backend roles in fintech require?”`,
  );
  // A rate asked to compare a company's posted pay: that pay, in its own currency, as posted.
  if (plan.offTopic === 'exchange' && plan.filters.company) {
    const ids = ctx.facts.ids({ company: companyOfPlan(plan, ctx) ?? plan.filters.company }).slice(0, 3);
    if (ids.length) {
      out.n = ids.length;
      out.lines.push('What the listings post, unconverted:');
      for (const id of ids) out.lines.push(`- ${oneLine(ctx.byId.get(id)!)} ${input.book.cite(id)}`);
    }
    return;
  }
  // A trend asked about: the listings are one snapshot, so say what they show today, under the
  // filters the question states.
  const history = plan.topicSkills?.length || plan.history;
  if (!history) return;
  // The skill asked about is the topic: its share is counted over every listing the other filters
  // select ("demand for go leads": Go among all lead listings), not over those naming it.
  const sel = selectionOf(plan, ctx, input.deps, ['skills', 'skillsMode']);
  const ids = open(input, sel);
  if (!ids.length) return;
  out.n = ids.length;
  if (plan.topicSkills?.length) {
    const parts = plan.topicSkills.map((skill) => {
      const having = ctx.facts.withSkill(sel.filter, skill).length;
      return `${skill} is asked for in ${having} of ${ids.length} (${pct(having, ids.length)})`;
    });
    out.lines.push(
      `What they do show is one moment, with no history to compare: across ${scope(sel, ids.length)}, ${parts.join('; ')}.`,
    );
    return;
  }
  const dates = ids
    .map((id) => ctx.byId.get(id)?.postedAt)
    .filter((d): d is string => Boolean(d))
    .sort();
  out.lines.push(
    `What they do show is one moment, with no history to compare: ${ids.length} open listing${ids.length === 1 ? '' : 's'}${sel.applied.length ? ` matching ${sel.applied.join(', ')}` : ''} today${dates.length ? `, posted between ${dates[0]!.slice(0, 10)} and ${dates.at(-1)!.slice(0, 10)}` : ''}.`,
  );
};

/**
 * "How many people applied to the Callowfield lead job? what are my odds?": the listing named is
 * in the corpus, so it is said plainly that its own text does not say it, and it is cited.
 */
function namedListingSilent(input: ComposeInput, applied?: string): boolean {
  const { ctx, book, out, plan } = input;
  // A trend or a forecast read from the question is answered from the listings below, not this.
  if (plan.topicSkills?.length || plan.history || plan.forecast) return false;
  // A rate or a rule asked beside a company ("BRL to USD today? to compare Estante"): not the listing's.
  if (plan.offTopic === 'exchange' || plan.offTopic === 'immigration') return false;
  const ids = plan.listingId
    ? [plan.listingId].filter((id) => ctx.byId.has(id))
    : plan.filters.company
      ? ctx.facts.ids({ company: companyOfPlan(plan, ctx) ?? plan.filters.company })
      : [];
  if (!ids.length || ids.length > 3) return false;
  const first = ctx.byId.get(ids[0]!)!;
  const which =
    ids.length === 1
      ? `The ${first.company} listing (${first.title})`
      : `${first.company}'s ${ids.length} listings`;
  const verb = ids.length === 1 ? 'does' : 'do';
  out.lines.push(
    applied
      ? `${which} ${book.citeAll(ids, 3)} ${verb} not say ${applied}.`
      : `${which} ${verb} not say that ${book.citeAll(ids, 3)}: a listing states what the employer chose to publish (the role, what it asks for, pay when posted, the process), not applicant numbers, odds, ratings, taxes or forecasts.`,
  );
  return true;
}

export const decline: Composer = (input) => {
  const { out, plan } = input;
  out.lines.push(
    plan.declineReason === 'fabricate'
      ? "I can't help invent experience, references or job history: it misleads employers and usually comes out in interviews. I can help you present what you have done: ask which skills lead listings ask for most, or how to show lead-level scope from your current role."
      : plan.declineReason === 'members'
        ? "I can't help hand out who asked what: members' names, handles and questions are theirs, and I keep no record of them to export. If members want to reach the recruiter, point them at the listing itself: ask about the company or role and I'll cite its application page."
        : plan.declineReason === 'contact'
          ? "I can't help find or share anyone's personal contact details (emails, phone numbers, addresses), and the listings don't hold them. Each listing links to its own application page: ask about a company or listing and I'll cite it, so you can apply or reach out through the channel it gives."
          : "I won't help call out or shame an employer publicly. If a listing looks wrong or misleading, an admin can review it with /corpus, and I can show you exactly what a listing states (/listing) so you can judge it yourself.",
  );
};

/** "How many lead roles want Haskell?": no listing asks for it and no guide names it, said plainly. */
function unnamedSkills(input: ComposeInput, skills: string[]): void {
  const { ctx, book, out, plan } = input;
  // The rest of what was asked, the skill aside: what it is measured against.
  const sel = selectionOf(plan, ctx, input.deps, ['skills', 'skillsMode']);
  const n = open(input, sel).length;
  const all = ctx.facts.count({});
  out.n = n;
  const names = skills.join(' or ');
  out.lines.push(
    `I can't answer that from the listings: none of them names ${names}. Not one of ${scope(sel, n)} asks for ${skills.length > 1 ? 'them' : 'it'}, nor any of the ${all} open listings at any level or place, and no guide mentions ${skills.length > 1 ? 'them' : 'it'}, so there is no demand for ${names} to count here.`,
  );
  out.figures.push(`${names}: 0 of ${all} listings, 0 guides`);
  // Roles asked for by the skill ("any lead roles for PHP devs?"): what those listings ask instead.
  if (!plan.filters.skills?.length || n < 3) return;
  const languages = ctx.facts
    .skillCounts(sel.filter)
    .filter((c) => c.category === 'language')
    .slice(0, 6);
  if (!languages.length) return;
  const examples = ctx.facts.examples(
    sel.filter,
    languages.map((c) => c.skill),
    1,
  );
  out.lines.push(
    `What they ask for instead, the languages named most: ${languages.map((c) => `${c.skill} (${c.listings} of ${n}) ${book.cite(examples.get(c.skill)![0]!)}`).join(', ')}.`,
  );
  out.figures.push(`languages: ${languages.map((c) => `${c.skill} ${c.listings}`).join(', ')}`);
}
