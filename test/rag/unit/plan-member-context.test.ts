import { describe, test } from 'vitest';
import type { AnswerFilters, Intent } from '../../../src/rag/answer/plan/index.js';
import { memberContextSpans, withoutMemberContext } from '../../../src/rag/answer/plan/member-context.js';
import { PLANNER_LISTINGS, testPlanner } from '../../support/planner.js';

/**
 * The member's own context is no filter, whatever kind of entity it holds (holdout7 classes 1–2):
 * a skill they come from or have done, where they are based, the place they leave, the members
 * they speak for. New wordings (none is in an evaluation set); the last of each table is a near
 * miss where the entity is asked about too and stays.
 */
const { plan, check } = testPlanner({
  listings: PLANNER_LISTINGS,
  industries: [
    { id: 'fintech', aliases: ['financial technology', 'finance'] },
    { id: 'health', aliases: ['healthcare', 'health-tech'] },
    { id: 'ecommerce', aliases: ['e-commerce', 'retail'] },
  ],
});

describe('a skill the member names of themselves is context', () => {
  test.each<[string, Intent, AnswerFilters]>([
    [
      'coming from a php agency here - what do healthcare lead roles want?',
      'requirements',
      { level: 'lead', industry: 'health' },
    ],
    [
      "i've mostly worked with scala and spark, what do fintech lead listings ask for?",
      'requirements',
      { level: 'lead', industry: 'fintech' },
    ],
    ['8 yrs golang here. what do lead roles in Berlin pay?', 'pay', { level: 'lead', place: 'berlin' }],
    // Near miss: the skill is named again for the roles asked about, so it stays.
    [
      "i've used kafka for years; how many lead roles ask for kafka?",
      'skill_frequency',
      { level: 'lead', skills: ['Kafka'] },
    ],
  ])('"%s"', (q, intent, filters) => {
    check(q, intent, filters);
  });
});

describe('a place the member is based in, leaves or speaks for is context', () => {
  test.each<[string, AnswerFilters]>([
    ['lagos based here. what do lead roles in South Africa pay?', { level: 'lead', place: 'South Africa' }],
    [
      'emigrating from Brazil to Portugal - which portuguese lead listings help with relocation?',
      { level: 'lead', place: 'Portugal' },
    ],
    [
      'for our berlin and munich members: what do german lead listings pay?',
      { level: 'lead', place: 'Germany' },
    ],
    ['someone in #germany asked what lead roles there pay', { level: 'lead', place: 'Germany' }],
    // Near miss: where the member is based, with no other place asked, stays the place when the
    // roles there are asked (round 9: asked about the market, "berlin based here, what do lead roles
    // pay?", it is the member's situation, as the outside keys h11-024 and h12-025 read it).
    ['berlin based here, any lead roles i could apply to?', { level: 'lead', place: 'Berlin' }],
    ['berlin based here, what do lead roles pay?', { level: 'lead' }],
  ])('"%s"', (q, filters) => {
    const p = plan(q);
    const got = { level: p.filters.level, place: p.place?.name ?? p.filters.place };
    const want = { level: filters.level, place: filters.place };
    if (
      got.level !== want.level ||
      got.place?.toString().toLowerCase() !== want.place?.toString().toLowerCase()
    )
      throw new Error(`expected ${JSON.stringify(want)}, got ${JSON.stringify(p.filters)}`);
  });
});

describe('a stray word closing a clause is no company', () => {
  test('"…or which mid roles should she apply at instead"', () => {
    const p = plan(
      'she has 3 yrs in ruby, would a lead role take her, or which mid roles should she look at instead?',
    );
    if (p.unknownCompany || p.filters.company)
      throw new Error(`read a company: ${p.unknownCompany ?? p.filters.company}`);
  });
});

describe('the spans themselves', () => {
  test('each kind of context span is found and taken out', () => {
    const q =
      'bengaluru based here, coming from a plain java shop. 10 yrs dotnet here. what do fintech leads pay?';
    const spans = memberContextSpans(q);
    if (spans.length < 3) throw new Error(`expected 3 spans, got ${JSON.stringify(spans)}`);
    const rest = withoutMemberContext(q);
    if (/bengaluru|java|dotnet/i.test(rest) || !/fintech leads pay/.test(rest))
      throw new Error(`left: ${rest}`);
  });
});

describe('a request to list, name or summarise listings names them', () => {
  test.each<[string, AnswerFilters]>([
    [
      'name the hybrid lead listings in Spain for the #spain pin',
      { level: 'lead', place: 'Spain', workMode: 'hybrid' },
    ],
    [
      'for the newsletter: give me a rundown of the lead roles that use Kafka',
      { level: 'lead', skills: ['Kafka'] },
    ],
    ['summarize the staff listings posted in the past 2 weeks', { level: 'staff' }],
  ])('"%s"', (q, filters) => {
    const p = plan(q);
    if (p.intent !== 'list_companies' || !p.listListings)
      throw new Error(`expected the listings named, got ${p.intent} (${JSON.stringify(p.filters)})`);
    for (const [k, v] of Object.entries(filters)) {
      const got = (p.filters as Record<string, unknown>)[k];
      if (JSON.stringify(got).toLowerCase() !== JSON.stringify(v).toLowerCase())
        throw new Error(`${k}: expected ${JSON.stringify(v)}, got ${JSON.stringify(got)}`);
    }
  });
  // Near miss: a count is asked, not the list.
  test('"how many lead roles list Rust as a requirement?" counts', () => {
    const p = plan('how many lead roles list Rust as a requirement?');
    if (p.listListings) throw new Error(`read as a list: ${p.intent}`);
  });
});

describe('a listing age bound, either way', () => {
  const ref = { referenceDate: '2026-11-25' };
  const aged = testPlanner({ listings: PLANNER_LISTINGS, ...ref });
  test.each<[string, { before?: string; after?: string }]>([
    ['which staff listings are more than 6 weeks old?', { before: '2026-10-14' }],
    ['show me lead roles older than 2 months, they might be stale', { before: '2026-09-25' }],
    ['which lead roles are less than a month old?', { after: '2026-10-25' }],
    // Near miss: years asked of the member are no age of a listing.
    ['which lead roles want more than 8 years?', {}],
  ])('"%s"', (q, want) => {
    const p = aged.plan(q);
    if (p.postedBefore !== want.before || p.filters.postedAfter !== want.after)
      throw new Error(
        `expected ${JSON.stringify(want)}, got before ${p.postedBefore} after ${p.filters.postedAfter}`,
      );
  });
});

describe('career and pay wordings', () => {
  test.each<[string, Intent]>([
    ["she's been mid-level for 5 years; how can she get promoted to tech lead, step by step?", 'career_path'],
    ['what should a senior dev focus on to become a lead in the next 12 months?', 'career_path'],
    [
      "got an offer for a lead role in Berlin, trying to negotiate - what's a fair range from the listings?",
      'pay',
    ],
    ['how many lead roles need Kafka and Kubernetes together?', 'skill_frequency'],
    // Near misses: readiness asked in so many words; two skills weighed against each other.
    ['i have 6 years, am i ready for lead? how do people get promoted', 'readiness'],
    ['is kafka or rabbitmq more common in lead roles?', 'skill_compare'],
  ])('"%s"', (q, intent) => {
    const p = plan(q);
    if (p.intent !== intent) throw new Error(`expected ${intent}, got ${p.intent}`);
    if (intent === 'skill_frequency' && p.filters.skillsMode !== 'all')
      throw new Error(`expected all the skills together, got ${p.filters.skillsMode}`);
  });
});

describe('two asks in one question keep both', () => {
  test.each<[string, string[]]>([
    [
      'weighing the Thornbury telemetry lead against the Aldermoor core banking lead: pay and stack?',
      ['pay', 'skills'],
    ],
    [
      'side by side please, the Orrery public services role and the Thornbury ingestion role - remote?',
      ['work_mode'],
    ],
    ['Aldermoor lead role vs the Orrery one, what do they pay', ['pay']],
  ])('two named listings: "%s"', (q, aspects) => {
    const p = plan(q);
    if (p.intent !== 'company' || (p.compareCompanies?.length ?? 0) < 2)
      throw new Error(`expected both companies, got ${p.intent} ${JSON.stringify(p.compareCompanies)}`);
    for (const a of aspects) if (!p.aspects?.includes(a as never)) throw new Error(`lost ${a}: ${p.aspects}`);
  });
  test('a place rule and the stack of one listing: both aspects', () => {
    const p = plan('the Thornbury telemetry lead: is it really DACH only, and what tech do they run?');
    if (!p.aspects?.includes('work_mode') || !p.aspects.includes('skills'))
      throw new Error(`aspects ${JSON.stringify(p.aspects)}`);
  });
  // Near miss: one listing named, one aspect asked.
  test('"what does the Thornbury telemetry lead pay?" stays one listing', () => {
    const p = plan('what does the Thornbury telemetry lead pay?');
    if (p.compareCompanies) throw new Error(`compared ${p.compareCompanies}`);
  });
});
