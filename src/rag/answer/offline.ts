import type { ListingDetail } from '../../storage/corpus-reader.js';
import { relocationTerms } from '../extract/relocation.js';
import type { Salary } from '../extract/salary.js';
import type { Seniority } from '../extract/seniority.js';
import type { QueryPlan } from '../query.js';
import type { SearchHit } from '../search.js';

/** A numbered source of an answer: always a listing or guide that retrieval returned. */
export interface Citation {
  n: number;
  listingId: string;
  title: string;
  company: string;
  url: string;
}

export type QuestionKind =
  | 'requirements'
  | 'comparison'
  | 'skill_frequency'
  | 'salary'
  | 'listing'
  | 'remote';

export interface AnswerResult {
  kind: 'answered' | 'not_covered';
  answer: string;
  citations: Citation[];
  mode: 'offline' | 'model';
  generation: string;
  /** Why the model answer was not used (timeout, rate limit, budget…), when it was not. */
  fallbackReason?: string;
  questionKind?: QuestionKind;
}

/** Numbers sources in order of first use and renders `[n]` markers; only retrieved documents can be cited. */
export class CitationBook {
  private readonly byId = new Map<string, Citation>();

  constructor(
    private readonly retrieved: ReadonlyMap<string, { title: string; company: string; url: string }>,
  ) {}

  cite(id: string): string {
    const doc = this.retrieved.get(id);
    if (!doc) return '';
    let c = this.byId.get(id);
    if (!c) {
      c = { n: this.byId.size + 1, listingId: id, title: doc.title, company: doc.company, url: doc.url };
      this.byId.set(id, c);
    }
    return `[${c.n}]`;
  }

  citeAll(ids: string[], max = 3): string {
    return ids
      .slice(0, max)
      .map((id) => this.cite(id))
      .join('');
  }

  list(): Citation[] {
    return [...this.byId.values()];
  }
}

const KIND_PATTERNS: Array<[QuestionKind, RegExp]> = [
  [
    'comparison',
    /\b(?:vs\.?|versus|compared? (?:to|with)|difference between|differences between|differ from|how (?:is|does) .+ differ|or an? (?:staff|principal|engineering manager|em|senior|lead))\b/i,
  ],
  [
    'salary',
    /\b(?:salar(?:y|ies)|pay(?:s|ing)?|paid|compensation|comp|earn|make|money|how much|rates?|day rate|range)\b/i,
  ],
  [
    'skill_frequency',
    /\b(?:how (?:common|often|many|popular|important)|what (?:share|percentage|fraction)|in demand|most (?:asked|requested|wanted|common)|do (?:most|all|many) .+ (?:need|require|ask|want)|do (?:i|you|we) (?:really |still |actually )?(?:need|have to know)|(?:is|are) \w+(?: \w+)? (?:required|needed|necessary|essential|a must)|percent)\b/i,
  ],
  [
    'remote',
    /\b(?:remote|hybrid|on-?site|office|relocat\w*|visa|sponsor\w*|time ?zones?|where are|which countries|which cities|locations?)\b/i,
  ],
];

/** Recognises what kind of question this is, so the offline answer has the right shape. */
export function classifyQuestion(question: string, plan: QueryPlan, mentionsListing: boolean): QuestionKind {
  if (mentionsListing) return 'listing';
  for (const [kind, pattern] of KIND_PATTERNS) {
    if (kind === 'skill_frequency' && plan.skills.length === 0 && !/skills?|technolog|stack/i.test(question))
      continue;
    if (pattern.test(question)) return kind;
  }
  return 'requirements';
}

const LEVEL_WORDS: Array<[Seniority, RegExp]> = [
  ['lead', /\b(?:lead|tech lead|team lead)\b/i],
  ['senior', /\bsenior\b/i],
  ['staff', /\bstaff\b/i],
  ['principal', /\bprincipal\b/i],
  ['manager', /\b(?:engineering manager|manager|em)\b/i],
  ['mid', /\bmid(?:-level)?\b/i],
];

export interface OfflineInput {
  question: string;
  plan: QueryPlan;
  /** Listings retrieved for the question, best first, with their facts. */
  listings: ListingDetail[];
  /** Guide hits retrieved for the question, best first. */
  guides: SearchHit[];
  /** Every listing of the corpus (for comparisons across levels). */
  corpus: ListingDetail[];
  kind: QuestionKind;
  book: CitationBook;
}

/**
 * The offline answer: composed from the retrieved listings' extracted facts, with counts and a
 * citation on every claim. It states only what the listings state.
 */
export function composeOfflineAnswer(input: OfflineInput): string {
  switch (input.kind) {
    case 'listing':
      return listingAnswer(input);
    case 'salary':
      return salaryAnswer(input);
    case 'comparison':
      return comparisonAnswer(input);
    case 'skill_frequency':
      return skillFrequencyAnswer(input);
    case 'remote':
      return remoteAnswer(input);
    default:
      return requirementsAnswer(input);
  }
}

function describeScope(input: OfflineInput): string {
  const parts = [
    input.plan.seniority ? `${input.plan.seniority}-level` : '',
    input.plan.skills.slice(0, 3).join('/'),
    input.plan.remote ?? '',
    [...input.plan.countries, ...input.plan.regions].join('/'),
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function requirementsAnswer(input: OfflineInput): string {
  const { listings, book } = input;
  const n = listings.length;
  const lines: string[] = [`What the ${n} best-matching listings${describeScope(input)} ask for most often:`];
  const tally = new Map<string, string[]>();
  const leadership = new Map<string, string[]>();
  for (const l of listings) {
    for (const s of l.skillDetails) {
      if (!s.required) continue;
      const map = s.category === 'leadership' ? leadership : tally;
      map.set(s.name, [...(map.get(s.name) ?? []), l.id]);
    }
  }
  const top = [...tally].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])).slice(0, 8);
  for (const [skill, ids] of top) lines.push(`- **${skill}**: ${ids.length} of ${n} ${book.citeAll(ids)}`);
  const lead = [...leadership].sort((a, b) => b[1].length - a[1].length).slice(0, 4);
  if (lead.length)
    lines.push(
      `- Leadership side: ${lead.map(([skill, ids]) => `${skill.toLowerCase()} (${ids.length} of ${n}) ${book.cite(ids[0]!)}`).join(', ')}`,
    );
  const years = listings.filter((l) => l.yearsMin !== null);
  if (years.length) {
    const sorted = years.map((l) => l.yearsMin!).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    lines.push(
      `- Experience: a median of ${median}+ years where stated (${years.length} of ${n}; from ${sorted[0]} to ${sorted[sorted.length - 1]}) ${book.citeAll(
        years.filter((l) => l.yearsMin === median).map((l) => l.id),
        2,
      )}`,
    );
  }
  const guide = input.guides[0];
  if (guide) lines.push(`- For context, see the guide “${guide.title}” ${book.cite(guide.listingId)}`);
  return lines.join('\n');
}

function skillFrequencyAnswer(input: OfflineInput): string {
  const { book } = input;
  // Frequency across the whole corpus, narrowed by the level or place the question names.
  const pool = input.corpus.filter(
    (l) =>
      (!input.plan.seniority || l.seniority === input.plan.seniority) &&
      (!input.plan.remote || l.remote === input.plan.remote) &&
      (input.plan.countries.length === 0 ||
        l.locations.some((p) => p.country && input.plan.countries.includes(p.country))),
  );
  const lines = [
    `Across ${pool.length} listings${describeScope({ ...input, plan: { ...input.plan, skills: [] } })} in the corpus:`,
  ];
  const retrievedIds = new Set(input.listings.map((l) => l.id));
  for (const skill of input.plan.skills.slice(0, 5)) {
    const asking = pool.filter((l) => l.skills.includes(skill));
    const required = asking.filter((l) => l.skillDetails.some((s) => s.name === skill && s.required));
    const examples = asking.filter((l) => retrievedIds.has(l.id)).map((l) => l.id);
    const share = pool.length ? Math.round((asking.length / pool.length) * 100) : 0;
    lines.push(
      `- **${skill}**: named in ${asking.length} of ${pool.length} (${share}%), as a requirement in ${required.length} ${book.citeAll(examples)}`,
    );
  }
  if (input.plan.skills.length === 0)
    lines.push('- Name a skill (e.g. Kafka, k8s, golang) and I can count how many listings ask for it.');
  return lines.join('\n');
}

function formatRange(s: Salary): string {
  const n = (v: number) => v.toLocaleString('en-US');
  return `${n(s.min)}–${n(s.max)} ${s.currency}`;
}

function salaryAnswer(input: OfflineInput): string {
  const { listings, book } = input;
  const posted = listings.filter((l) => l.salary);
  if (posted.length === 0) {
    return `None of the ${listings.length} best-matching listings${describeScope(input)} posts a pay range, so I won't guess one. Listings that do post ranges can be found with /search and a pay filter.`;
  }
  const groups = new Map<string, ListingDetail[]>();
  for (const l of posted) {
    const key = `${l.salary!.currency} per ${l.salary!.period}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  const lines = [
    `Posted pay in the ${listings.length} best-matching listings${describeScope(input)}: ${posted.length} post a range. By currency and period (never converted):`,
  ];
  for (const [key, group] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    const mins = group.map((l) => l.salary!.min).sort((a, b) => a - b);
    const maxs = group.map((l) => l.salary!.max).sort((a, b) => a - b);
    const mids = group.map((l) => (l.salary!.min + l.salary!.max) / 2).sort((a, b) => a - b);
    const median = Math.round(mids[Math.floor(mids.length / 2)]!);
    const sample = formatRange({ ...group[0]!.salary! });
    lines.push(
      `- **${key}** (${group.length} listing${group.length > 1 ? 's' : ''}): ranges from ${mins[0]!.toLocaleString('en-US')} to ${maxs[maxs.length - 1]!.toLocaleString('en-US')}; median midpoint ${median.toLocaleString('en-US')}; e.g. ${sample} ${book.citeAll(group.map((l) => l.id))}`,
    );
  }
  lines.push(
    `- ${listings.length - posted.length} of the ${listings.length} do not post pay and are not counted.`,
  );
  return lines.join('\n');
}

function comparisonAnswer(input: OfflineInput): string {
  const { book } = input;
  const named = LEVEL_WORDS.filter(([, re]) => re.test(input.question)).map(([level]) => level);
  const levels = named.length >= 2 ? named : (['lead', 'staff', 'manager'] as Seniority[]);
  const lines = [`How ${levels.join(' vs ')} roles compare in the corpus's listings:`];
  for (const level of levels) {
    const pool = input.corpus.filter((l) => l.seniority === level);
    if (pool.length === 0) continue;
    const years = pool
      .filter((l) => l.yearsMin !== null)
      .map((l) => l.yearsMin!)
      .sort((a, b) => a - b);
    const people = pool.filter((l) => l.skills.includes('People management'));
    const mentoring = pool.filter((l) => l.skills.includes('Mentoring'));
    const design = pool.filter((l) => l.skills.includes('System design'));
    const example = pool.find((l) => input.listings.some((r) => r.id === l.id)) ?? pool[0]!;
    const parts = [
      years.length ? `median ${years[Math.floor(years.length / 2)]}+ years` : '',
      `people management in ${people.length} of ${pool.length}`,
      `mentoring in ${mentoring.length}`,
      `system design in ${design.length}`,
    ].filter(Boolean);
    lines.push(
      `- **${level[0]!.toUpperCase()}${level.slice(1)}** (${pool.length} listings): ${parts.join('; ')} ${book.cite(example.id)}`,
    );
  }
  const guide = input.guides.find((g) => /lead-vs|senior|staff|manager/.test(g.listingId)) ?? input.guides[0];
  if (guide)
    lines.push(
      `- The guide “${guide.title}” explains the difference in scope and accountability ${book.cite(guide.listingId)}`,
    );
  return lines.join('\n');
}

function remoteAnswer(input: OfflineInput): string {
  const { listings, book } = input;
  const lines = [`Work mode across the ${listings.length} best-matching listings${describeScope(input)}:`];
  // A question about visas or relocation gets that answer first (and its sources numbered first).
  if (/visa|sponsor|relocat|permit|right to work/i.test(input.question)) {
    const terms = listings.map((l) => ({ l, t: relocationTerms(l.description) }));
    const offered = terms.filter((x) => x.t.offered);
    const refused = terms.filter((x) => x.t.refused);
    if (offered.length) {
      lines.push(
        `- **Relocation or visa help offered**: ${offered.length} of ${listings.length} ${book.citeAll(
          offered.map((x) => x.l.id),
          5,
        )}`,
      );
      const first = offered[0]!;
      lines.push(`  e.g. “${truncateWords(first.t.evidence!, 160)}” ${book.cite(first.l.id)}`);
    } else
      lines.push(`- None of the ${listings.length} best-matching listings offers relocation or visa help.`);
    if (refused.length)
      lines.push(
        `- **Say they cannot sponsor** (you need the right to work already): ${refused.length} ${book.citeAll(
          refused.map((x) => x.l.id),
          3,
        )}`,
      );
  }
  for (const mode of ['remote', 'hybrid', 'onsite'] as const) {
    const group = listings.filter((l) => l.remote === mode);
    if (group.length)
      lines.push(
        `- **${mode === 'onsite' ? 'On-site' : mode[0]!.toUpperCase() + mode.slice(1)}**: ${group.length} ${book.citeAll(group.map((l) => l.id))}`,
      );
  }
  const countries = new Map<string, string[]>();
  for (const l of listings)
    for (const p of l.locations)
      if (p.country) countries.set(p.country, [...new Set([...(countries.get(p.country) ?? []), l.id])]);
  const top = [...countries].sort((a, b) => b[1].length - a[1].length).slice(0, 5);
  if (top.length)
    lines.push(
      `- Places named most: ${top.map(([c, ids]) => `${c} (${ids.length}) ${book.cite(ids[0]!)}`).join(', ')}`,
    );
  return lines.join('\n');
}

function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

function listingAnswer(input: OfflineInput): string {
  const l = input.listings[0]!;
  const { book } = input;
  const c = book.cite(l.id);
  const required = l.skillDetails.filter((s) => s.required && s.category !== 'leadership').map((s) => s.name);
  const nice = l.skillDetails.filter((s) => !s.required).map((s) => s.name);
  const lines = [
    `**${l.title}** at ${l.company} ${c}`,
    `- Where: ${l.location} (${l.remote === 'onsite' ? 'on-site' : l.remote})`,
  ];
  lines.push(`- Level: ${l.seniority}${l.yearsMin !== null ? `, ${l.yearsMin}+ years asked` : ''}`);
  lines.push(
    `- Pay: ${l.salary ? `${formatRange(l.salary)} per ${l.salary.period} (as posted)` : 'not posted'}`,
  );
  if (required.length) lines.push(`- Asks for: ${required.slice(0, 12).join(', ')}`);
  if (nice.length) lines.push(`- Nice to have: ${nice.slice(0, 8).join(', ')}`);
  return lines.join('\n');
}
