import type { ListingDetail, ListingSummary } from '../storage/corpus/corpus-reader.js';
import type { ListingSkills } from '../storage/corpus/listing-skills.js';
import type { MentorNote } from '../storage/state/mentor-notes.js';
import { type Citation, CitationBook } from './answer/offline.js';
import type { Salary } from './extract/salary.js';
import type { SearchHit } from './search.js';
import { appendAll, extent } from './sources/types.js';

/**
 * Role summaries for mentors: one listing, or a topic ("Lead Backend Engineer in fintech"),
 * composed from the extracted facts of the listings retrieval returned. Every point carries the
 * citations it rests on; nothing is stated that no cited listing, guide or note states.
 */

export type SummarySourceKind = 'listing' | 'guide' | 'note';

export interface SummaryCitation extends Citation {
  kind: SummarySourceKind;
}

export interface SummarySection {
  heading: string;
  /** Markdown lines with `[n]` markers that point into `citations`. */
  points: string[];
}

export interface RoleSummary {
  kind: 'listing' | 'topic';
  title: string;
  /** What the summary rests on, in one line ("18 listings matching …"). */
  basis: string;
  listingId?: string;
  topic?: string;
  listings: number;
  /** The listings the summary rests on, best match first. */
  listingIds: string[];
  sections: SummarySection[];
  citations: SummaryCitation[];
  generation: string;
}

export interface SummaryInput {
  generation: string;
  /** Every open listing of the corpus (its facts, no text): the baseline a lead role is compared with. */
  corpus: readonly ListingSummary[];
  /** The corpus's skills in detail (the baseline's skills are read from them). */
  skills: ListingSkills;
  /** Guides retrieved for the listing or topic, best first. */
  guides: SearchHit[];
  /** Mentor notes about the listing or matching the topic. */
  notes: MentorNote[];
  /**
   * The filters a topic was read as ("lead level, in health"; "titles naming “platform”"); empty
   * when none applied, so the summary covers every open listing and says so.
   */
  applied?: string[];
}

// Section headings that introduce what the person will do (not what they must bring or get).
const DUTY_HEADING =
  /\b(?:role|day|week|work|do|doing|responsib\w*|remit|involve\w*|impact|mission|own|ownership|expect\w*|first \d+|first year|you['’]ll|you will|job|scope|team you['’]d lead|lead|tasks?|duties|aufgaben)\b/i;
const NOT_DUTY_HEADING =
  /\b(?:bring|need|must|looking for|have|qualif\w*|require\w*|skills|stack|pay|salary|compensation|benefit\w*|perks|offer|about|who we are|interview\w*|process|apply|location|where|how we work|nice|bonus|plus|also|remote|on-?site|hybrid|visa|relocat\w*)\b/i;
// A heading about the role or the asker ("What does 'lead' mean at Ohmwise?", "Your role at X").
const ROLE_IN_HEADING = /\b(?:lead|role|job|you|your|position|day|week)\b/i;
// A sentence that says how the lead part of the job works: the team, hands-on time, reporting line.
const LEAD_SENTENCE =
  /\b(?:lead(?:ing)?|head (?:a|up|the)|squad|team of \w+|engineers? (?:report|who report)|reports? to|direct reports|hands-on|% of (?:your|the) (?:time|week)|line[- ]manag\w*|people manag\w*|mentor\w*|tech lead|technical lead|accountab\w*)\b/i;

// A duty usually starts with what the person does ("Design…", "Own…", "Mentor…", "You will…").
const DUTY_VERB =
  /^(?:you['’]ll|you will|own|lead|design|build|mentor|run|set|shape|drive|chair|coach|review|define|partner|work|act|grow|hire|write|guide|make|take|keep|help|steer|represent|be)\b/i;

// The level a role is measured against: a lead against seniors, a senior against mid-level.
const BELOW: Record<string, string | undefined> = {
  lead: 'senior',
  staff: 'senior',
  principal: 'senior',
  manager: 'senior',
  senior: 'mid',
};

const DUTY_SKILLS = [
  'Technical leadership',
  'Mentoring',
  'Code review',
  'System design',
  'Incident management',
  'Roadmap planning',
  'Stakeholder management',
  'Hiring',
  'People management',
  'Communication',
];

/** A one-line plain version of a Markdown bullet or sentence, cut at a word boundary. */
function clean(text: string, max = 220): string {
  const plain = text
    .replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function bullets(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => /^\s*(?:[-*•]|\d+[.)])\s+/.test(l))
    .map((l) => clean(l))
    .filter((l) => l.length > 12);
}

/** Sentences of a section's text: each bullet is one, prose is split at sentence ends; headings dropped. */
function sentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*#/.test(line) || !line.trim()) continue;
    if (/^\s*(?:[-*•]|\d+[.)])\s+/.test(line)) out.push(clean(line));
    else
      appendAll(
        out,
        (line.match(/(?:[^.!?]|(?<=\d)\.(?=\d))+(?:[.!?]+|$)/g) ?? []).map((s) => clean(s)),
      );
  }
  return out.filter((s) => s.length > 20);
}

// Sections that describe the hiring process, pay or the company, not the job itself.
const NOT_ABOUT_THE_JOB =
  /\b(?:interview\w*|process|apply|pay|salary|compensation|benefit\w*|perks|offer|about us|who we are)\b/i;

// A sentence that states a responsibility ("you own…", "you will…", "responsible for…", "lead the…",
// "set…", "review…", "mentor…"), against scene-setting narrative ("9:30 — Standup…", "another
// engineer is stuck on…").
const RESPONSIBILITY =
  /\b(?:you(?:['’]ll| will| would| own| lead| set| run| drive| design| decide| define| hire| coach| mentor| review| shape| build| make| take| pair| write| walk| chair| guide| partner| represent)|you['’]?re (?:responsible|accountable|expected)|(?:responsible|accountable) for|(?:own|lead|set|run|drive|design|define|shape|review|mentor|coach|hire|build|chair|guide|steer)(?:s|ing)? (?:the|our|a|an|its|their|technical|engineering|architecture|design|code|hiring|on-?call|incident)\b)/i;
const NARRATIVE =
  /^\W*\d{1,2}[:.]\d{2}\b|\b(?:another|one) (?:engineer|developer|teammate|canary|colleague)\b|\bis stuck\b|\blooks (?:healthy|fine|good)\b/i;
function dutyScore(sentence: string): number {
  return (
    (RESPONSIBILITY.test(sentence) ? 2 : 0) +
    (DUTY_VERB.test(sentence) ? 1 : 0) -
    (NARRATIVE.test(sentence) ? 3 : 0)
  );
}

/**
 * What a listing says its lead or engineer will do: the bullets (or sentences) of its duty sections;
 * of prose, the sentences that state a responsibility rather than narrative.
 */
export function listingDuties(listing: ListingDetail, max = 6): string[] {
  const out: string[] = [];
  for (const section of listing.sections) {
    const heading = section.heading ?? '';
    if (section.optional || !heading || !DUTY_HEADING.test(heading) || NOT_DUTY_HEADING.test(heading))
      continue;
    // "What does Zahra Transit Systems do?": a heading naming the company, not the role, is about the
    // company ("What does 'lead' mean at Ohmwise?" is about the role).
    if (heading.toLowerCase().includes(listing.company.toLowerCase()) && !ROLE_IN_HEADING.test(heading))
      continue;
    const items = bullets(section.text);
    // Prose ("A day in the life"): its two sentences that most state a responsibility.
    const prose = sentences(section.text)
      .map((s, i) => ({ s, i, score: dutyScore(s) }))
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .slice(0, 2)
      .sort((a, b) => a.i - b.i)
      .map((x) => x.s);
    appendAll(out, items.length ? items : prose);
    if (out.length >= max) break;
  }
  return [...new Set(out)].slice(0, max);
}

/** Duties with those that state a responsibility first (stable: the text's order otherwise). */
export function byResponsibility(duties: string[]): string[] {
  return duties
    .map((s, i) => ({ s, i, score: dutyScore(s) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.s);
}

/** Sentences that say how leading works in this listing (team, hands-on share, reporting, mentoring). */
export function leadSentences(listing: ListingDetail, max = 3, exclude: string[] = []): string[] {
  const found = listing.sections
    .filter((s) => !NOT_ABOUT_THE_JOB.test(s.heading ?? ''))
    .flatMap((s) => sentences(s.text))
    .filter((s) => LEAD_SENTENCE.test(s) && !exclude.includes(s));
  // Sentences with a number (team size, share of time) say the most; keep the text's order otherwise.
  const scored = found.map((s, i) => ({ s, score: (/\d/.test(s) ? 0 : 1) * 1000 + i }));
  return [...new Set(scored.sort((a, b) => a.score - b.score).map((x) => x.s))].slice(0, max);
}

function formatRange(s: Salary): string {
  const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return `${n(s.min)}–${n(s.max)} ${s.currency} per ${s.period}`;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 1) return sorted[0]!;
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

const round = (v: number) => (v >= 1000 ? Math.round(v / 1000) * 1000 : Math.round(v));
const pct = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : '0%');

class SummaryBook {
  readonly book: CitationBook;
  private readonly kinds = new Map<string, SummarySourceKind>();

  constructor(listings: ListingDetail[], input: SummaryInput) {
    const retrieved = new Map<string, { title: string; company: string; url: string }>();
    for (const l of listings) {
      retrieved.set(l.id, { title: l.title, company: l.company, url: l.url });
      this.kinds.set(l.id, 'listing');
    }
    for (const g of input.guides) {
      retrieved.set(g.listingId, { title: g.title, company: 'RoleRadar guide', url: g.url });
      this.kinds.set(g.listingId, 'guide');
    }
    for (const n of input.notes) {
      const id = noteSourceId(n);
      retrieved.set(id, {
        title: n.title,
        company: `mentor note by ${n.authorName}, ${n.createdAt.slice(0, 10)}`,
        url: '',
      });
      this.kinds.set(id, 'note');
    }
    this.book = new CitationBook(retrieved);
  }

  citations(): SummaryCitation[] {
    return this.book.list().map((c) => ({ ...c, kind: this.kinds.get(c.listingId) ?? 'listing' }));
  }
}

/** The id a mentor note is cited under: never a listing id, so the two cannot be confused. */
export function noteSourceId(note: Pick<MentorNote, 'id'>): string {
  return `note:${note.id}`;
}

function notesSection(input: SummaryInput, { book }: SummaryBook): SummarySection | null {
  if (!input.notes.length) return null;
  return {
    heading: 'Mentor notes',
    points: input.notes
      .slice(0, 3)
      .map((n) => `“${clean(n.title, 80)}”: ${clean(n.body, 200)} ${book.cite(noteSourceId(n))}`),
  };
}

/** One listing, summarised for a channel: duties, must-haves, extras, years, pay, and what the lead part is. */
export function summarizeListing(listing: ListingDetail, input: SummaryInput): RoleSummary {
  const books = new SummaryBook([listing], input);
  const c = books.book.cite(listing.id);
  const technical = listing.skillDetails.filter((s) => s.category !== 'leadership');
  const mustHave = technical.filter((s) => s.required).map((s) => s.name);
  const niceToHave = technical.filter((s) => !s.required).map((s) => s.name);
  const leadership = listing.skillDetails.filter((s) => s.category === 'leadership').map((s) => s.name);
  const sections: SummarySection[] = [];

  const duties = listingDuties(listing);
  sections.push({
    heading: 'Responsibilities',
    points: duties.length
      ? duties.map((d) => `${d} ${c}`)
      : [`The listing does not set out its duties under a heading of their own ${c}.`],
  });
  sections.push({
    heading: 'Must-have skills',
    points: [mustHave.length ? `${mustHave.slice(0, 14).join(', ')} ${c}` : `None recognised ${c}`],
  });
  if (niceToHave.length)
    sections.push({ heading: 'Nice to have', points: [`${niceToHave.slice(0, 10).join(', ')} ${c}`] });

  const sameLevel = input.corpus.filter((l) => l.seniority === listing.seniority && l.yearsMin !== null);
  const levelYears = sameLevel.map((l) => l.yearsMin!).sort((a, b) => a - b);
  const experience: string[] = [];
  experience.push(
    listing.yearsMin !== null ? `${listing.yearsMin}+ years asked ${c}` : `No number of years stated ${c}`,
  );
  if (levelYears.length >= 3)
    experience.push(
      `For comparison, ${listing.seniority}-level listings in the corpus ask a median of ${percentile(levelYears, 0.5)}+ years (${levelYears.length} that state it)`,
    );
  sections.push({ heading: 'Experience', points: experience });
  sections.push({
    heading: 'Pay (as posted)',
    points: [listing.salary ? `${formatRange(listing.salary)} ${c}` : `Not posted ${c}`],
  });

  const lead = leadSentences(listing, 3, duties);
  const leadPoints = lead.map((s) => `${s} ${c}`);
  if (leadership.length) leadPoints.push(`Leadership duties named: ${leadership.join(', ')} ${c}`);
  if (leadPoints.length)
    sections.push({
      heading:
        listing.seniority === 'lead'
          ? 'What makes it a lead role here'
          : `The ${listing.seniority}-level side`,
      points: leadPoints,
    });
  const guide = input.guides[0];
  if (guide)
    sections.push({
      heading: 'Read next',
      points: [`The guide “${guide.title}” ${books.book.cite(guide.listingId)}`],
    });
  const notes = notesSection(input, books);
  if (notes) sections.push(notes);

  return {
    kind: 'listing',
    title: `${listing.title} — ${listing.company}`,
    basis: `${listing.location} · ${listing.remote === 'onsite' ? 'on-site' : listing.remote} · posted ${listing.postedAt ?? 'date unknown'}${
      listing.closedAt ? ` · closed ${listing.closedAt.slice(0, 10)}: its board no longer lists it` : ''
    }`,
    listingId: listing.id,
    listings: 1,
    listingIds: [listing.id],
    sections,
    citations: books.citations(),
    generation: input.generation,
  };
}

/**
 * A topic, summarised across the listings retrieval found for it: the duties and skills that
 * recur (with counts), typical years, the posted pay band per currency with its N, and how the
 * lead role differs from senior roles in the same corpus.
 */
export function summarizeTopic(topic: string, listings: ListingDetail[], input: SummaryInput): RoleSummary {
  const books = new SummaryBook(listings, input);
  const { book } = books;
  const n = listings.length;
  // Sections in reading order; each cites as it goes, so the order also numbers the citations.
  const sections: SummarySection[] = [dutiesSection(listings, book), ...skillSections(listings, book)];
  const experience = experienceSection(listings, book);
  if (experience) sections.push(experience);
  sections.push(payBandSection(listings, book));
  const levels = levelCounts(listings);
  const [level = 'lead'] = levels[0] ?? [];
  const distinct = distinctionSection(listings, level, input, book);
  if (distinct) sections.push(distinct);
  const notes = notesSection(input, books);
  if (notes) sections.push(notes);

  const levelText = levels.map(([level, count]) => `${count} ${level}`).join(', ');
  return {
    kind: 'topic',
    title: `Role summary: ${topic}`,
    basis:
      input.applied === undefined
        ? `${n} listings matching “${topic}” (${levelText})`
        : input.applied.length
          ? `${n} listings matching “${topic}”, read as ${input.applied.join(', ')} (${levelText})`
          : `“${topic}” names no level, place, skill, industry or title word I can select by, so this covers all ${n} open listings (${levelText})`,
    topic,
    listings: n,
    listingIds: listings.map((l) => l.id),
    sections,
    citations: books.citations(),
    generation: input.generation,
  };
}

/** The listings of `pool` that ask for `skill`. */
function having(skill: string, pool: ListingDetail[]): ListingDetail[] {
  return pool.filter((l) => l.skillDetails.some((s) => s.name === skill));
}

/** Duties: the leadership activities the listings name, most common first, with one listing's own words. */
function dutiesSection(listings: ListingDetail[], book: CitationBook): SummarySection {
  const n = listings.length;
  const duties = DUTY_SKILLS.map((skill) => ({ skill, ids: having(skill, listings).map((l) => l.id) }))
    .filter((d) => d.ids.length > 0)
    .sort((a, b) => b.ids.length - a.ids.length)
    .slice(0, 6);
  const section: SummarySection = {
    heading: 'Responsibilities that recur',
    points: duties.map((d) => `**${d.skill}**: named in ${d.ids.length} of ${n} ${book.citeAll(d.ids)}`),
  };
  // A bullet under a duties heading reads as a duty; prose there is often scene-setting.
  const example = listings
    .map((l) => ({ l, duties: listingDuties(l, 4).filter((d) => DUTY_VERB.test(d)) }))
    .find((x) => x.duties.length);
  if (example)
    section.points.push(`In one listing's words: “${example.duties[0]}” ${book.cite(example.l.id)}`);
  return section;
}

/** Must-have skills (required by at least a fifth of the listings, and two), then nice-to-haves. */
function skillSections(listings: ListingDetail[], book: CitationBook): SummarySection[] {
  const n = listings.length;
  const tally = new Map<string, { required: string[]; optional: string[] }>();
  for (const l of listings)
    for (const s of l.skillDetails) {
      if (s.category === 'leadership') continue;
      const t = tally.get(s.name) ?? { required: [], optional: [] };
      (s.required ? t.required : t.optional).push(l.id);
      tally.set(s.name, t);
    }
  const mustHave = [...tally]
    .filter(([, t]) => t.required.length >= Math.max(2, Math.ceil(n * 0.2)))
    .sort((a, b) => b[1].required.length - a[1].required.length || a[0].localeCompare(b[0]))
    .slice(0, 8);
  const sections: SummarySection[] = [
    {
      heading: 'Must-have skills',
      points: mustHave.length
        ? mustHave.map(
            ([skill, t]) =>
              `**${skill}**: required in ${t.required.length} of ${n} ${book.citeAll(t.required)}`,
          )
        : ['No skill is required by more than one of these listings.'],
    },
  ];
  // A skill most of them require is not a nice-to-have, even where one listing lists it as such.
  const required = new Set(mustHave.map(([skill]) => skill));
  const nice = [...tally]
    .filter(([skill, t]) => t.optional.length >= 2 && !required.has(skill))
    .sort((a, b) => b[1].optional.length - a[1].optional.length || a[0].localeCompare(b[0]))
    .slice(0, 6);
  if (nice.length)
    sections.push({
      heading: 'Nice to have',
      points: [
        nice.map(([skill, t]) => `${skill} (${t.optional.length}) ${book.cite(t.optional[0]!)}`).join(', '),
      ],
    });
  return sections;
}

/** The median years asked and their range, among the listings that state them; null when none does. */
function experienceSection(listings: ListingDetail[], book: CitationBook): SummarySection | null {
  const withYears = listings.filter((l) => l.yearsMin !== null);
  if (!withYears.length) return null;
  const years = withYears.map((l) => l.yearsMin!).sort((a, b) => a - b);
  const median = percentile(years, 0.5);
  return {
    heading: 'Typical experience',
    points: [
      `A median of ${median}+ years, from ${years[0]} to ${years[years.length - 1]} (${withYears.length} of ${listings.length} state it) ${book.citeAll(
        withYears.filter((l) => l.yearsMin === years[Math.floor(years.length / 2)]).map((l) => l.id),
        2,
      )}`,
    ],
  };
}

/** The posted pay per currency and period (the four most posted), never converted, with its N. */
function payBandSection(listings: ListingDetail[], book: CitationBook): SummarySection {
  const n = listings.length;
  const groups = new Map<string, ListingDetail[]>();
  for (const l of listings)
    if (l.salary)
      groups.set(`${l.salary.currency}|${l.salary.period}`, [
        ...(groups.get(`${l.salary.currency}|${l.salary.period}`) ?? []),
        l,
      ]);
  const pay: string[] = [];
  for (const [key, group] of [...groups].sort((a, b) => b[1].length - a[1].length).slice(0, 4)) {
    const [currency, period] = key.split('|');
    const mids = group.map((l) => (l.salary!.min + l.salary!.max) / 2).sort((a, b) => a - b);
    const low = extent(group.map((l) => l.salary!.min)).min;
    const high = extent(group.map((l) => l.salary!.max)).max;
    const band =
      group.length >= 4
        ? `middle half of midpoints ${round(percentile(mids, 0.25)).toLocaleString('en-US')}–${round(percentile(mids, 0.75)).toLocaleString('en-US')}`
        : `median midpoint ${round(percentile(mids, 0.5)).toLocaleString('en-US')}`;
    pay.push(
      `**${currency} per ${period}** (N=${group.length}): ${band}; posted ranges span ${low.toLocaleString('en-US')}–${high.toLocaleString('en-US')} ${book.citeAll(group.map((l) => l.id))}`,
    );
  }
  pay.push(
    groups.size
      ? `${n - [...groups.values()].reduce((s, g) => s + g.length, 0)} of ${n} post no pay; currencies are never converted.`
      : `None of the ${n} listings posts a pay range, so there is no band to give.`,
  );
  return { heading: 'Pay band (posted ranges only)', points: pay };
}

/** How many listings are at each level, most first (ties in the listings' order). */
function levelCounts(listings: ListingDetail[]): Array<[string, number]> {
  const levels = new Map<string, number>();
  for (const l of listings) levels.set(l.seniority, (levels.get(l.seniority) ?? 0) + 1);
  return [...levels].sort((a, b) => b[1] - a[1]);
}

/**
 * What sets the role apart: the duties of the topic's own level (the one most of its listings
 * are at) against the level below it across the whole corpus, so the contrast is measured; then
 * the guide to read. Null when there is nothing to say.
 */
function distinctionSection(
  listings: ListingDetail[],
  level: string,
  input: SummaryInput,
  book: CitationBook,
): SummarySection | null {
  const distinct = levelContrast(listings, level, input, book);
  const guide = input.guides.find((g) => /lead-vs|what-a-lead/.test(g.listingId)) ?? input.guides[0];
  if (guide) distinct.push(`Background: the guide “${guide.title}” ${book.cite(guide.listingId)}`);
  return distinct.length ? { heading: `What distinguishes the ${level} role`, points: distinct } : null;
}

/** The level's duties, people management and hands-on share against the level below (three listings each at least). */
function levelContrast(
  listings: ListingDetail[],
  level: string,
  input: Pick<SummaryInput, 'corpus' | 'skills'>,
  book: CitationBook,
): string[] {
  const below = BELOW[level];
  const ofLevel = listings.filter((l) => l.seniority === level);
  const { corpus, skills } = input;
  const baseline = below ? corpus.filter((l) => l.seniority === below) : [];
  // The corpus's listings that name a skill, read from the skill columns (no listing's text or skills held).
  const havingInCorpus = (skill: string, pool: readonly ListingSummary[]) =>
    pool.filter((l) => skills.has(l.id, skill));
  const distinct: string[] = [];
  if (!below || ofLevel.length < 3 || baseline.length < 3) return distinct;
  for (const skill of [
    'Mentoring',
    'Technical leadership',
    'Code review',
    'Incident management',
    'Roadmap planning',
    'Hiring',
  ]) {
    const here = having(skill, ofLevel);
    const there = havingInCorpus(skill, baseline);
    if (here.length / ofLevel.length - there.length / baseline.length >= 0.15)
      distinct.push(
        `**${skill}** in ${pct(here.length, ofLevel.length)} of these ${level} listings against ${pct(there.length, baseline.length)} of the corpus's ${baseline.length} ${below} listings ${book.citeAll(
          here.map((l) => l.id),
          2,
        )}`,
      );
  }
  const managers = corpus.filter((l) => l.seniority === 'manager');
  if (level !== 'manager' && managers.length) {
    const people = having('People management', ofLevel);
    distinct.push(
      `People management (reviews, direct reports) in ${pct(people.length, ofLevel.length)} of them, against ${pct(havingInCorpus('People management', managers).length, managers.length)} of engineering-manager listings: a ${level} engineer mostly leads through technical work${people.length ? ` ${book.cite(people[0]!.id)}` : ''}`,
    );
  }
  const handsOn = ofLevel.filter((l) =>
    /hands-on|hands on|write code|writing code|% (?:of (?:your|the) )?(?:time|week) (?:coding|in code)/i.test(
      l.description,
    ),
  );
  if (handsOn.length && level !== 'manager')
    distinct.push(
      `${handsOn.length} of ${ofLevel.length} say the role stays hands-on in the code ${book.citeAll(
        handsOn.map((l) => l.id),
        2,
      )}`,
    );
  return distinct;
}

/** The summary as Markdown: what the CLI prints, and what a mentor edits before saving it as a note. */
export function summaryText(summary: RoleSummary, options: { sources?: boolean } = {}): string {
  const lines = [`**${summary.title}**`, summary.basis];
  for (const s of summary.sections) {
    lines.push('', `__${s.heading}__`, ...s.points.map((p) => `- ${p}`));
  }
  if (options.sources && summary.citations.length) {
    lines.push('', 'Sources:');
    for (const c of summary.citations)
      lines.push(`[${c.n}] ${c.title} — ${c.company}${c.url ? ` <${c.url}>` : ''}`);
  }
  return lines.join('\n');
}
