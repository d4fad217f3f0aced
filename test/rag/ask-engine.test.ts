import { beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../src/app.js';
import type { AnswerResult } from '../../src/rag/answer/offline.js';
import { OPERATOR_SCOPE } from '../../src/storage/state/mentor-notes.js';
import { ingestedApp } from '../support/ingested.js';

let app: App;

beforeAll(async () => {
  app = (await ingestedApp({ scope: 'file' })).app;
}, 120_000);

const ask = async (q: string) => (await app.ask(q))!;
const listings = () => app.reader()!.listings();

/** Every [n] in the answer has a citation, numbered 1..N in order of first use, each a stored document. */
function expectWellCited(result: AnswerResult) {
  const markers = [...result.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  expect([...new Set(markers)]).toEqual(result.citations.map((c) => c.n));
  expect(result.citations.map((c) => c.n)).toEqual(result.citations.map((_, i) => i + 1));
  const reader = app.reader()!;
  for (const c of result.citations) {
    const listing = reader.listing(c.listingId);
    if (listing) expect(c.url).toBe(listing.url);
    else expect(c.listingId).toMatch(/^guide-/);
  }
}

describe('answer engine, offline, over the whole corpus', () => {
  test('requirements: N is every matching listing and the filters applied are named', async () => {
    const result = await ask('what do lead roles ask for in Berlin?');
    const n = listings().filter(
      (l) => l.seniority === 'lead' && l.locations.some((p) => p.city === 'Berlin'),
    ).length;
    expect(result.questionKind).toBe('requirements');
    expect(result.answer).toMatch(new RegExp(`the ${n} open listings? matching lead level, in Berlin`));
    expect(result.answer).toMatch(/Experience: a median of/);
    expectWellCited(result);
  });

  test('skill frequency: counts over every lead listing, not a sample', async () => {
    const result = await ask('how common is kafka in lead roles?');
    const leads = listings().filter((l) => l.seniority === 'lead');
    const kafka = leads.filter((l) => l.skills.includes('Kafka')).length;
    expect(result.questionKind).toBe('skill_frequency');
    expect(result.answer).toContain(`**Kafka**: asked for in ${kafka} of ${leads.length}`);
    expectWellCited(result);
  });

  test('skill compare: the more common skill is said, with both counts', async () => {
    const result = await ask('is kafka or rabbitmq more common for lead roles?');
    const leads = listings().filter((l) => l.seniority === 'lead');
    const count = (s: string) => leads.filter((l) => l.skills.includes(s)).length;
    expect(result.answer).toContain(`${count('Kafka')} against ${count('RabbitMQ')} of ${leads.length}`);
    expect(result.answer).toMatch(/So \*\*Kafka\*\* is more common than RabbitMQ/);
  });

  test('pay: a band needs three ranges in one currency and period; the median of an even count is the mean of the middle two', async () => {
    const result = await ask('what do lead engineers earn in Germany?');
    const posted = listings().filter(
      (l) =>
        l.seniority === 'lead' &&
        l.salary?.currency === 'EUR' &&
        l.locations.some((p) => p.country === 'Germany'),
    );
    const mids = posted.map((l) => (l.salary!.min + l.salary!.max) / 2).sort((a, b) => a - b);
    const h = Math.floor(mids.length / 2);
    const median = mids.length % 2 ? mids[h]! : (mids[h - 1]! + mids[h]!) / 2;
    expect(result.questionKind).toBe('pay');
    expect(result.answer).toContain(
      `**EUR per year** (N=${posted.length}): median midpoint ${Math.round(median).toLocaleString('en-US')}`,
    );
    expect(result.answer).not.toMatch(/converted to|≈/);
    // An even count: the mean of the two middle midpoints, not the upper one.
    const eur = listings().filter(
      (l) => l.seniority === 'lead' && l.salary?.currency === 'EUR' && l.salary.period === 'year',
    );
    const em = eur.map((l) => (l.salary!.min + l.salary!.max) / 2).sort((a, b) => a - b);
    expect(em.length % 2).toBe(0);
    const evenMedian = (em[em.length / 2 - 1]! + em[em.length / 2]!) / 2;
    expect(evenMedian).not.toBe(em[em.length / 2]);
    const euros = await ask('how much do lead jobs pay in euros');
    expect(euros.answer).toContain(
      `**EUR per year** (N=${em.length}): median midpoint ${Math.round(evenMedian).toLocaleString('en-US')}`,
    );
    // A currency with fewer than three ranges gets no band, only the ranges themselves.
    const few = await ask('what do lead roles in Canada pay?');
    // Each range named with its company (from the listing that posts it).
    const hourly = listings().find((l) => l.salary?.period === 'hour' && l.salary.min === 95)!;
    expect(few.answer).toContain(`only 1 posted range, too few for a band: 95–125 at ${hourly.company} [`);
    expect(few.answer).toMatch(
      /\*\*USD per hour\*\*: only 1 posted range, too few for a band: 95–125 at [^[]+ \[\d\]/,
    );
    expectWellCited(result);
  });

  test('a contradicted premise is answered with what postings say', async () => {
    const result = await ask('leads earn $500k right? what do postings actually say');
    const top = Math.max(
      ...listings()
        .filter((l) => l.seniority === 'lead' && l.salary?.currency === 'USD')
        .map((l) => l.salary!.max),
    );
    expect(result.answer).toContain('no listing here posts that much');
    expect(result.answer).toContain(top.toLocaleString('en-US'));
  });

  test('work mode: the split over every matching listing, adding up to N', async () => {
    const result = await ask('whats the remote/hybrid/onsite split for staff roles');
    const staff = listings().filter((l) => l.seniority === 'staff');
    for (const mode of ['remote', 'hybrid', 'onsite'])
      expect(result.answer).toContain(`${staff.filter((l) => l.remote === mode).length} of ${staff.length}`);
  });

  test('visa: offers and refusals counted, one offer quoted', async () => {
    const result = await ask('which lead roles sponsor visas?');
    expect(result.questionKind).toBe('visa_relocation');
    expect(result.answer).toMatch(/Offer relocation or visa help\*\*: \d+ of \d+/);
    // Each offer by name, told apart as visa help or relocation alone, quoted and cited.
    expect(result.answer).toMatch(
      /\*\*[^*]+\*\* \(.*\), (?:visa or permit help|relocation help): “.*(?:visa|relocat|permit|sponsor).*” \[\d+\]/i,
    );
    expectWellCited(result);
  });

  test('level compare: facts per level and the guide sentences that carry the answer', async () => {
    const result = await ask('do leads have direct reports?');
    expect(result.questionKind).toBe('level_compare');
    expect(result.answer).toMatch(/\*\*Lead\*\* \(\d+ listings\): .*people management in \d+ of \d+/);
    expect(result.answer).toContain('accountable for the people');
    expect(result.citations.some((c) => c.listingId === 'guide-lead-vs-senior-staff-manager')).toBe(true);
    expectWellCited(result);
  });

  test.each([
    ['what does a tech lead do day to day?', 'duties', 'guide-what-a-lead-backend-engineer-does'],
    ['how should I prepare for a lead backend interview?', 'interview', 'guide-system-design-and-interviews'],
    ['how do I move up from senior to lead?', 'career_path', 'guide-career-path'],
    ['am I ready for a lead role with 6 years of experience?', 'readiness', 'guide-career-path'],
  ])('descriptive "%s" quotes the guide, never only its title', async (q, intent, guide) => {
    const result = await ask(q);
    expect(result.questionKind).toBe(intent);
    expect(result.citations.some((c) => c.listingId === guide)).toBe(true);
    // At least one quoted sentence, cited.
    expect(result.answer).toMatch(/“[^”]{40,}” (?:\([^)]+\) )?\[\d+\]/);
    expect(result.answer).not.toMatch(/see the guide “/);
    expectWellCited(result);
  });

  test('a company not in the corpus is said to be absent, nearest matches offered as such', async () => {
    const result = await ask('does Stripe hire Go leads in Berlin?');
    expect(result.answer).toMatch(/^Stripe is not in the corpus/);
    // Alternatives match the rest of what was asked (Go, lead, Berlin), said as such.
    expect(result.answer).toMatch(
      /match the rest of what you asked \(lead level, asking for Go, in Berlin[^)]*\).*not as Stripe/,
    );
    expectWellCited(result);
  });

  test('a well-known employer outside the corpus: absent, with alternatives from its industry, or none when nothing else was asked', async () => {
    const revolut = await ask('revolut lead backend pay?');
    expect(revolut.questionKind).toBe('company');
    expect(revolut.answer).toMatch(/^Revolut is not in the corpus/);
    expect(revolut.answer).toMatch(/\(lead level, in [^)]*, Revolut's industry\)/);
    expectWellCited(revolut);
    const bare = await ask('is Acmecorp hiring?');
    expect(bare.answer).toMatch(/^Acmecorp is not in the corpus/);
    expect(bare.citations).toEqual([]);
    expect(bare.answer).toContain('Ask about a kind of role instead');
  });

  test.each([
    [
      'xisto rust contract: how long is it, and whats the day rate?',
      'xisto-contract-lead-backend-rust-iot',
      [/Length and start: “Duration: 6 months, extension likely”/, /Pay: 650–800 EUR per day/],
    ],
    [
      'the kotlin core banking lead at aldermoor — do i need german, and is it hybrid?',
      'aldermoor-lead-backend-engineer-kotlin-core-banking',
      [/Language: “[^”]*German at B2 level[^”]*”/, /Work mode: hybrid/],
    ],
    [
      'corvenna card issuing lead: b2b or employment? can i work from gdansk?',
      'corvenna-lead-java-engineer-card-issuing',
      [/“CONTRACT: B2B, long-term”/, /You asked about Gda\S+ \(Poland\): inside what the listing names/],
    ],
    [
      'whats the selection process for the kiwaku game server lead position?',
      'kiwaku-lead-game-server-engineer-cpp',
      // Each stage on its own line, in its words.
      [/Selection process, in its words \[\d+\]:\n(?: {2}- “[^”]*”\n)* {2}- “Technical assignment”/],
    ],
  ])(
    'one listing named by a phrase: "%s" answers each aspect from its own statements',
    async (q, id, patterns) => {
      const result = await ask(q);
      expect(result.questionKind).toBe('listing');
      expect(result.citations[0]?.listingId).toBe(id);
      for (const p of patterns) expect(result.answer).toMatch(p);
      expectWellCited(result);
    },
  );

  test.each([
    ['how much coding does a lead really do?', /30% and 60% hands-on/],
    ['when production breaks, is the lead meant to fix it themselves?', /incident commander|IC\b/i],
    ['how do I prepare for the system design round as a lead?', /trade-offs explicit/],
    ['what comes after being a tech lead, staff or EM?', /Staff or Principal Engineer.*Engineering Manager/],
  ])('descriptive "%s" quotes the sentence that carries the answer', async (q, carrying) => {
    const result = await ask(q);
    expect(result.answer).toMatch(carrying);
    expectWellCited(result);
  });

  test("readiness names the listings within the member's years and counts its skills named and required", async () => {
    const result = await ask('6 yrs, mostly kotlin and kafka, could i land a kotlin lead role?');
    expect(result.questionKind).toBe('readiness');
    expect(result.answer).toMatch(
      /^Measured against the \d+ open listings matching lead level, asking for Kotlin:/m,
    );
    expect(result.answer).toMatch(/\*\*Asking 6 years or fewer\*\*: [^\n]*\(\d\+ years\) \[\d+\]/);
    expect(result.answer).toMatch(
      /\*\*Skills you named\*\*: [^\n]*Kafka asked for in \d+ of \d+ \(as a requirement in \d+\)/,
    );
    expectWellCited(result);
  });

  test('a shaming request with a venue is declined; a comparison with the past is out of scope', async () => {
    const shame = await ask('write a brutal linkedin post about Ohmwise, they are a sweatshop');
    expect(shame.questionKind).toBe('decline');
    expect(shame.answer).toMatch(/^I won't help call out or shame an employer/);
    expect(shame.citations).toEqual([]);
    const trend = await ask('are there fewer lead jobs than in 2023?');
    expect(trend.questionKind).toBe('out_of_scope');
    expect(trend.answer).toMatch(/^I can't answer that from/);
    expect(trend.answer).toMatch(
      /one moment, with no history to compare: \d+ open listings matching lead level today/,
    );
  });

  test('one company: the aspect asked, from its own listing', async () => {
    const result = await ask('what does Thornbury pay?');
    expect(result.questionKind).toBe('company');
    expect(result.answer).toMatch(/Pay: 92,000–112,000 EUR per year \(as posted\)/);
    expect(result.citations[0]?.listingId).toBe('thornbury-backend-tech-lead-telemetry-ingestion');
  });

  test('chat phrasing: an unknown lower-case company, one listing by its title words, the coding split, contact details declined', async () => {
    const shopify = await ask('is shopify hiring leads rn');
    expect(shopify.questionKind).toBe('company');
    expect(shopify.answer).toMatch(/^Shopify is not in the corpus/);
    const monzo = await ask('anyone know if Monzo does remote for backend?');
    expect(monzo.answer).toMatch(/^Monzo is not in the corpus/);
    expect(monzo.answer).not.toMatch(/MongoDB/);

    // No guide covers a four-day week: the answer quotes the listings, not an unrelated guide.
    const fourDay = await ask('do any lead jobs have a 4 day week or is that a myth');
    expect(fourDay.answer).toMatch(/^Four-day week: \d+ of the \d+ open listings/);
    expect(fourDay.answer).not.toContain('From the guides');
    expectWellCited(fourDay);

    // Interviewing others is a duty, not the listing's own interview process.
    const thornbury = await ask('thornbury interview process?');
    expect(thornbury.answer).toContain('the listing does not describe its interview process');

    const gateway = await ask("sorrelbyte's rust api gateway lead role — how do they interview?");
    expect(gateway.questionKind).toBe('listing');
    expect(gateway.citations[0]?.listingId).toBe('sorrelbyte-lead-engineer-rust-api-gateway');
    expect(gateway.answer).toContain('take-home');

    const coding = await ask('do leads still write code or just review PRs all day');
    expect(coding.questionKind).toBe('duties');
    expect(coding.answer).toMatch(/^Coding and leading, as a lead:/);
    expect(coding.citations.some((c) => c.listingId === 'guide-what-a-lead-backend-engineer-does')).toBe(
      true,
    );
    expectWellCited(coding);

    const email = await ask("give me the hiring manager's email at quartier digital");
    expect(email.questionKind).toBe('decline');
    expect(email.answer).toMatch(/^I can't help find or share anyone's personal contact details/);
    expect(email.citations).toEqual([]);
  });

  test('a trend about a skill is out of scope, with what the one snapshot shows today', async () => {
    const result = await ask('is demand for go growing?');
    expect(result.questionKind).toBe('out_of_scope');
    expect(result.answer).toMatch(/^I can't answer that from/);
    const total = listings().length;
    expect(result.answer).toMatch(
      new RegExp(`across all ${total} open listings, Go is asked for in \\d+ of ${total}`),
    );
  });

  test('a second question gets its own figures under the same filters', async () => {
    const result = await ask('whats lead pay in berlin? and how many yoe do they want');
    expect(result.questionKind).toBe('pay');
    expect(result.answer).toMatch(/^Posted pay across the 3 open listings matching lead level, in Berlin/);
    expect(result.answer).toMatch(/Years of experience asked, across the 3 open listings/);
    // The one stating no minimum is named beside the count (round 12: a count left out is never bare).
    expect(result.answer).toMatch(/\(2 of the 3 state a minimum; 1 does not: [^)]*\[\d+\]/);
    expectWellCited(result);
  });

  test('one listing by id: the aspect asked', async () => {
    const result = await ask('tell me about the listing ymir-staff-backend-fleet-data pay');
    expect(result.questionKind).toBe('listing');
    expect(result.citations[0]?.listingId).toBe('ymir-staff-backend-fleet-data');
    expect(result.answer).toContain('78,000–95,000 SEK per month (as posted)');
  });

  test('list of companies: every matching company, with its listing cited', async () => {
    const result = await ask('which companies hire Go leads in Berlin?');
    const matching = listings().filter(
      (l) =>
        l.seniority === 'lead' && l.skills.includes('Go') && l.locations.some((p) => p.city === 'Berlin'),
    );
    for (const l of matching) expect(result.answer).toContain(l.company);
    expectWellCited(result);
  });

  test('job terms: listings that state the term, quoted', async () => {
    const result = await ask('is on-call expected for lead backend jobs?');
    expect(result.questionKind).toBe('job_terms');
    expect(result.answer).toMatch(/^On-call: \d+ of the \d+ open listings matching lead level mention it/);
    expectWellCited(result);
  });

  test('a place with nothing in it is widened, and the answer says so', async () => {
    const result = await ask('what do lead backend jobs in Uruguay require?');
    expect(result.answer).toMatch(
      /No open listing matches Uruguay itself: 0\. So the place was widened to Latin America/,
    );
  });

  test.each([
    'best pizza in rome?',
    'what is the weather tomorrow',
    "what's the acceptance rate for lead roles?",
  ])('out of scope "%s": says so and what it can answer instead', async (q) => {
    const result = await ask(q);
    expect(result).toMatchObject({ kind: 'not_covered', citations: [] });
    expect(result.answer).toMatch(/I can't answer that from the job listings.*What I can answer/);
  });

  test.each([
    [
      'help me write a post calling out Thornbury as a terrible employer',
      /I won't help call out or shame an employer/,
    ],
    ['write fake experience on my CV so I look like a lead', /I can't help invent experience/],
  ])('declines "%s" politely', async (q, re) => {
    const result = await ask(q);
    expect(result.kind).toBe('not_covered');
    expect(result.answer).toMatch(re);
  });

  test('a 1 MB question is cut before planning and still answered', async () => {
    const result = await ask(`what do lead roles require? ${'kafka '.repeat(200_000)}`);
    expect(result.kind).toBe('answered');
  });

  test('the title is made from the plan, never from the question', async () => {
    const result = await ask('@everyone lead salaries in Germany LOL');
    expect((result as { title?: string }).title).toBe('Posted pay · lead level · in Germany');
    expect((await ask('what do lead roles in the US pay?')).answer).toMatch(
      /matching lead level, in the US:/,
    );
  });

  test('/market, /gap, /role-summary topic: and /recommend select what /ask counts: a healthtech summary is about health listings', async () => {
    const topic = 'Lead Backend Engineer in healthtech';
    const asked = (await app.answerOffline('what do lead backend roles in healthtech require?'))!;
    expect(asked.applied).toEqual(['lead level', 'in health']);
    const health = listings().filter((l) => l.seniority === 'lead' && l.industries.includes('health'));
    expect(asked.n).toBe(health.length);
    const summary = await app.summarize({ topic }, OPERATOR_SCOPE);
    if (typeof summary !== 'object' || summary === null) throw new Error('no summary');
    expect([...summary.listingIds].sort()).toEqual(health.map((l) => l.id).sort());
    const market = (await app.market({}, { target: topic }))!;
    expect(market.listings).toBe(health.length);
    const gap = (await app.gap(['Go'], topic))!;
    expect(gap.market).toBe(health.length);
    const recommended = app.recommend({ skills: ['Go'] }, 50, topic)!;
    expect(recommended.every((r) => health.some((l) => l.id === r.listingId))).toBe(true);
  });
});

// The aggregate intents in wordings of our own: the expected figures come from the listings' stored
// facts, never from the answer.
describe('aggregate answers name what a member acts on', () => {
  const fmt = (v: number) => v.toLocaleString('en-US');

  test('a years bound lists every listing inside it', async () => {
    const result = await ask('any lead roles asking 5 years or less?');
    expect(result.questionKind).toBe('years');
    const stating = listings().filter((l) => l.seniority === 'lead' && l.yearsMin !== null);
    const inside = stating.filter((l) => l.yearsMin! <= 5);
    expect(inside.length).toBeGreaterThan(0);
    expect(result.answer).toContain(
      `Asking 5 years or fewer: ${inside.length} of ${stating.length} (${Math.round((inside.length / stating.length) * 100)}%)`,
    );
    for (const l of inside) expect(result.answer).toContain(l.company);
    expectWellCited(result);
  });

  test('skills compared: the base that names at least one, and each count over the pool', async () => {
    const result = await ask('go, rust or java - which do most lead postings ask for?');
    expect(result.questionKind).toBe('skill_compare');
    const leads = listings().filter((l) => l.seniority === 'lead');
    const names = ['Go', 'Rust', 'Java'];
    const any = leads.filter((l) => names.some((s) => l.skills.includes(s))).length;
    expect(result.answer).toContain(`${any} name at least one of`);
    for (const s of names)
      expect(result.answer).toContain(
        `**${s}**: asked for in ${leads.filter((l) => l.skills.includes(s)).length} of ${leads.length}`,
      );
  });

  test('several skills asked together: how many name all of them, besides each count', async () => {
    const result = await ask('how many lead roles ask for Go and Kafka and Kubernetes?');
    expect(
      app.answerOffline('how many lead roles ask for Go and Kafka and Kubernetes?')!.plan.filters,
    ).toMatchObject({ level: 'lead', skills: ['Go', 'Kafka', 'Kubernetes'], skillsMode: 'all' });
    const leads = listings().filter((l) => l.seniority === 'lead');
    const names = ['Go', 'Kafka', 'Kubernetes'];
    const all = leads.filter((l) => names.every((s) => l.skills.includes(s))).length;
    expect(all).toBeGreaterThan(0);
    // The count of all three is the answer, said first.
    expect(result.answer.split('\n')[0]).toBe(
      `**${all}** of the ${leads.length} open listings matching lead level name all 3 of Go, Kafka, Kubernetes ${result.answer.split('\n')[0]!.match(/(\[\d+\])+\. Each on its own:$/)?.[0] ?? '<no citations>'}`,
    );
    for (const s of names)
      expect(result.answer).toMatch(
        new RegExp(
          `\\*\\*${s}\\*\\*: (?:named|asked for) in ${leads.filter((l) => l.skills.includes(s)).length} of ${leads.length}`,
        ),
      );
    expectWellCited(result);
  });

  test('a handful of pay ranges: each range with its company', async () => {
    const result = await ask('what do lead roles in the UK pay? in GBP please');
    expect(app.answerOffline('what do lead roles in the UK pay? in GBP please')!.plan.filters.currency).toBe(
      'GBP',
    );
    const posted = listings().filter(
      (l) =>
        l.seniority === 'lead' &&
        l.salary?.currency === 'GBP' &&
        l.salary.period === 'year' &&
        l.locations.some((p) => p.country === 'United Kingdom'),
    );
    expect(posted.length).toBeGreaterThanOrEqual(3);
    for (const l of posted)
      expect(result.answer).toContain(`${fmt(l.salary!.min)}–${fmt(l.salary!.max)} at ${l.company}`);
  });

  test('"which ones are remote": every remote one, by company', async () => {
    const result = await ask('staff roles - which ones are remote?');
    expect(result.questionKind).toBe('work_mode');
    const remote = listings().filter((l) => l.seniority === 'staff' && l.remote === 'remote');
    expect(result.answer).toContain(`The ${remote.length} remote:`);
    for (const l of remote) expect(result.answer).toContain(l.company);
  });

  test('visa help for a member abroad: no place filter from where they are, sponsors named', async () => {
    const result = await ask("i'm in nigeria, which lead roles offer visa sponsorship?");
    expect(
      app.answerOffline("i'm in nigeria, which lead roles offer visa sponsorship?")!.plan.filters.place,
    ).toBeUndefined();
    // By reading: Thornbury sponsors non-EU candidates, Quillmed sponsors visas.
    expect(result.answer).toMatch(/\*\*Thornbury Observability GmbH\*\*.*visa or permit help/);
    expect(result.answer).toMatch(/\*\*Quillmed\*\*.*visa or permit help/);
    expectWellCited(result);
  });

  test('contract gigs in a currency: each with its rate', async () => {
    const result = await ask('any contract lead gigs paid in EUR? day rates?');
    expect(result.questionKind).toBe('job_terms');
    const gigs = listings().filter(
      (l) => l.seniority === 'lead' && l.employmentType === 'contract' && l.salary?.currency === 'EUR',
    );
    expect(gigs.length).toBeGreaterThan(0);
    for (const l of gigs) expect(result.answer).toContain(`${fmt(l.salary!.min)}–${fmt(l.salary!.max)} EUR`);
    expectWellCited(result);
  });

  test('"how many … and who posted them", with a date without a year', async () => {
    const result = await ask('how many lead jobs went up since nov 10, and who posted them?');
    expect(result.questionKind).toBe('list_companies');
    const recent = listings().filter((l) => l.seniority === 'lead' && (l.postedAt ?? '') >= '2026-11-10');
    expect(result.answer).toMatch(
      new RegExp(`^${recent.length} open listings? \\(lead level, posted on or after 2026-11-10\\)`),
    );
    for (const l of recent.slice(0, 15)) expect(result.answer).toContain(l.company);
  });

  test('two questions in one: both answered, the second about the mode the first asked', async () => {
    const result = await ask('how many lead roles are remote and what do they pay?');
    expect(result.questionKind).toBe('work_mode');
    const leads = listings().filter((l) => l.seniority === 'lead');
    const remote = leads.filter((l) => l.remote === 'remote');
    expect(result.answer).toContain(`**Remote: ${remote.length} of ${leads.length}**`);
    const posting = remote.filter((l) => l.salary).length;
    expect(result.answer).toContain(
      `Posted pay across the ${remote.length} open listings matching lead level, remote: ${posting} of ${remote.length} (${Math.round((posting / remote.length) * 100)}%) post a range`,
    );
    expectWellCited(result);
  });

  test('pay compared by work mode: one section per mode, and which is higher where both post', async () => {
    const result = await ask('which pays more, remote or onsite lead roles?');
    expect(result.questionKind).toBe('pay');
    for (const mode of ['remote', 'on-site'])
      expect(result.answer).toMatch(
        new RegExp(`Posted pay across the \\d+ open listings matching lead level, ${mode}:`),
      );
    const usd = (mode: string) =>
      listings()
        .filter(
          (l) =>
            l.seniority === 'lead' &&
            l.remote === mode &&
            l.salary?.currency === 'USD' &&
            l.salary.period === 'year',
        )
        .map((l) => (l.salary!.min + l.salary!.max) / 2)
        .sort((a, b) => a - b);
    const median = (xs: number[]) =>
      xs.length % 2 ? xs[(xs.length - 1) / 2]! : (xs[xs.length / 2 - 1]! + xs[xs.length / 2]!) / 2;
    const [r, o] = [median(usd('remote')), median(usd('onsite'))];
    const [hi, lo] = r > o ? ['remote', 'on-site'] : ['on-site', 'remote'];
    expect(result.answer).toContain(`So, in USD per year: ${hi} listings post a higher median midpoint`);
    expect(result.answer).toContain(`than ${lo} (`);
  });

  test('a place by its adjective: the count over that country', async () => {
    const result = await ask('german lead jobs: how many ask for kubernetes?');
    const german = listings().filter(
      (l) => l.seniority === 'lead' && l.locations.some((p) => p.country === 'Germany'),
    );
    const k8s = german.filter((l) => l.skills.includes('Kubernetes')).length;
    expect(result.answer).toContain(`**Kubernetes**: asked for in ${k8s} of ${german.length}`);
  });

  test('a listing aspect: the term its own sentence states (how often), and time zones when asked', async () => {
    const oncall = await ask('the estante trust and safety lead role, how often is on-call?');
    expect(oncall.questionKind).toBe('listing');
    expect(oncall.answer).toMatch(
      /on-call: “During your on-call weeks \(the rotation comes round about every five weeks\)/,
    );
    const zones = await ask(
      'skyloom open source core lead: can i do it remote from brazil? what about time zones',
    );
    expect(zones.answer).toMatch(/Time zones: “[^”]*time zones/);
    expect(zones.answer).toMatch(/brazil: the listing is open worldwide/i);
    expect(zones.answer).not.toMatch(/not among the places the listing names/);
    expectWellCited(zones);
  });

  test('job terms asked together, and contract roles counted as contracts', async () => {
    const hours = await ask('do any lead roles offer compressed hours or part-time?');
    expect(hours.questionKind).toBe('job_terms');
    expect(hours.answer).toMatch(
      /^Four-day week or part-time: \d+ of the \d+ open listings matching lead level/,
    );
    expect(hours.answer).toContain('Quorum Aid');
    const contracts = await ask('how many contract roles are there for leads?');
    const n = listings().filter((l) => l.seniority === 'lead' && l.employmentType === 'contract').length;
    expect(contracts.answer).toMatch(
      new RegExp(`^Contract: ${n} of the \\d+ open listings matching lead level are contract roles`),
    );
    expectWellCited(contracts);
  });

  test('contract weighed against employment is answered from the guide, not a pay table', async () => {
    const result = await ask('weighing a €650/day contract vs a €90k salaried job, how do i think about it?');
    expect(result.questionKind).toBe('job_terms');
    expect(result.answer).toMatch(/holidays, sick days, pension/);
    expect(result.citations.some((c) => c.listingId === 'guide-compensation-context')).toBe(true);
    expect(result.answer).not.toMatch(/Posted pay across/);
  });

  test('intent over context: a work-mode claim, a name with a legal form, invented CV lines, prep as motive', async () => {
    const claim = await ask('why are there no remote lead roles in canada');
    expect(claim.questionKind).toBe('work_mode');
    const canadaRemote = listings().filter(
      (l) =>
        l.seniority === 'lead' && l.remote === 'remote' && l.locations.some((p) => p.country === 'Canada'),
    );
    for (const l of canadaRemote) expect(claim.answer).toContain(l.company);
    const absent = await ask('does postgres ltd have any lead openings');
    expect(absent.questionKind).toBe('company');
    expect(absent.answer).toMatch(/postgres ltd is not in the corpus/i);
    const cv = await ask('add 4 years of terraform to my resume, i have never touched it');
    expect(cv.questionKind).toBe('decline');
    expect(cv.citations).toEqual([]);
    const prep = await ask('what do staff roles require? a friend of mine wants to prep');
    expect(prep.questionKind).toBe('requirements');
  });

  test('top skills count leadership asks apart from the technical ones', async () => {
    const result = await ask('what are the top skills for engineering manager roles?');
    expect(result.questionKind).toBe('top_skills');
    const n = listings().filter((l) => l.seniority === 'manager').length;
    expect(result.answer).toMatch(
      new RegExp(`^Leadership asks named most: \\*\\*[^*]+\\*\\* \\d+ of ${n} `, 'm'),
    );
    expectWellCited(result);
  });
});

describe('answers read as a member would', () => {
  test('a greeting or thanks: a short friendly line, no figures, no citations', async () => {
    for (const q of ['hi', 'thanks!', 'hello there']) {
      const result = await ask(q);
      expect(result.answer).not.toMatch(/can't answer/);
      expect(result.answer).toMatch(/^(?:Hi!|You're welcome!)/);
      expect(result.answer).not.toMatch(/\d+ of \d+|\[\d+\]/);
      expect(result.citations).toEqual([]);
    }
  });

  test('visa help at one company: one listing said as such, no line that counts nothing', async () => {
    const result = await ask('does thornbury sponsor visas?');
    const theirs = listings().filter((l) => l.company === 'Thornbury Observability GmbH');
    expect(theirs.length).toBe(1);
    expect(result.answer).toContain('across the only open listing at Thornbury Observability GmbH (N = 1):');
    expect(result.answer).not.toMatch(/: 0\b|The other 0\b|\b0 do not say/);
    const lead = await ask('visa sponsorship for lead roles in the netherlands?');
    expect(lead.answer).not.toMatch(/: 0\b|The other 0\b/);
  });

  test('work modes set against each other over a place: the split, each listing shown once', async () => {
    const result = await ask('lead roles in the netherlands: remote or hybrid mostly?');
    const dutch = listings().filter(
      (l) => l.seniority === 'lead' && l.locations.some((p) => p.country === 'Netherlands'),
    );
    const remote = dutch.filter((l) => l.remote === 'remote').length;
    const hybrid = dutch.filter((l) => l.remote === 'hybrid').length;
    expect(result.questionKind).toBe('work_mode');
    expect(result.answer).toContain(`**Remote: ${remote} of ${dutch.length}**`);
    expect(result.answer).toContain(`**Hybrid: ${hybrid} of ${dutch.length}**`);
    // No listing is shown on two lines, here or when the list comes first.
    for (const q of [
      'lead roles in the netherlands: remote or hybrid mostly?',
      'any lead roles in the netherlands, and are they remote?',
    ]) {
      const answer = (await ask(q)).answer.split('\n\nSources:')[0]!;
      for (const l of dutch) expect(answer.split(l.title).length - 1).toBeLessThanOrEqual(1);
    }
  });

  test('which jobs match some filters: the listings, each named with its place and mode, N stated, capped', async () => {
    const result = await ask('what kafka lead roles are hybrid in germany');
    const matching = listings().filter(
      (l) =>
        l.seniority === 'lead' &&
        l.remote === 'hybrid' &&
        l.skills.includes('Kafka') &&
        l.locations.some((p) => p.country === 'Germany'),
    );
    expect(result.questionKind).toBe('list_companies');
    expect(result.answer.split('\n')[0]).toBe(
      `${matching.length} open listing${matching.length === 1 ? '' : 's'} (lead level, asking for Kafka, hybrid, in Germany)${matching.length > 1 ? ', newest first' : ''}:`,
    );
    for (const l of matching)
      expect(result.answer).toContain(`- **${l.company}**, ${l.title}: ${l.location}`);
    expectWellCited(result);
    // A date: the lead listings posted in the two weeks up to the newest posting, capped at 12.
    const dated = await ask('lead backend jobs posted in the last two weeks?');
    const newest = listings()
      .map((l) => l.postedAt ?? '')
      .sort()
      .at(-1)!;
    const cutoff = new Date(Date.parse(newest.slice(0, 10)) - 14 * 86_400_000).toISOString().slice(0, 10);
    const recent = listings().filter(
      (l) => l.seniority === 'lead' && (l.postedAt ?? '').slice(0, 10) >= cutoff,
    );
    expect(dated.questionKind).toBe('list_companies');
    expect(dated.answer).toMatch(
      new RegExp(`^${recent.length} open listings \\(lead level, posted on or after ${cutoff}\\)`),
    );
    const rows = dated.answer.split('\n').filter((line) => line.startsWith('- **'));
    expect(rows.length).toBe(Math.min(recent.length, 12));
    if (recent.length > 12) expect(dated.answer).toContain(`…and ${recent.length - 12} more`);
  });

  test('listings asked by age: posted before the bound, N stated, oldest first, pay where posted', async () => {
    const newest = listings()
      .map((l) => l.postedAt ?? '')
      .sort()
      .at(-1)!
      .slice(0, 10);
    const bound = new Date(`${newest}T00:00:00Z`);
    bound.setUTCMonth(bound.getUTCMonth() - 2);
    const cutoff = bound.toISOString().slice(0, 10);
    const old = listings()
      .filter((l) => l.seniority === 'lead' && (l.postedAt ?? '9').slice(0, 10) < cutoff)
      .sort(
        (a, b) => (a.postedAt ?? '').localeCompare(b.postedAt ?? '') || a.company.localeCompare(b.company),
      );
    const result = await ask('name the lead listings that are older than two months');
    expect(result.questionKind).toBe('list_companies');
    expect(result.answer.split('\n')[0]).toBe(
      `${old.length} open listings (lead level, posted before ${cutoff}), oldest first:`,
    );
    const first = old[0]!;
    const pay = first.salary ? `; ${first.salary.min.toLocaleString('en-US')}–` : ' [';
    expect(result.answer).toContain(`- **${first.company}**, ${first.title}: `);
    expect(result.answer.split('\n')[1]).toContain(pay);
    expectWellCited(result);
  });

  test('companies with more than one listing: only those, each listing named, N stated', async () => {
    const byCompany = new Map<string, number>();
    for (const l of listings().filter((x) => x.seniority === 'lead'))
      byCompany.set(l.company, (byCompany.get(l.company) ?? 0) + 1);
    const several = [...byCompany].filter(([, n]) => n > 1);
    const leads = [...byCompany.values()].reduce((a, b) => a + b, 0);
    const result = await ask('which employers have several lead roles open?');
    expect(result.questionKind).toBe('list_companies');
    // (Round 11: the distinct companies counted first.)
    expect(result.answer).toContain(
      `${leads} open listings (lead level) from ${byCompany.size} distinct companies`,
    );
    for (const [company, n] of several) expect(result.answer).toContain(`- **${company}** (${n}): `);
    const rows = result.answer
      .split('\n\nSources:')[0]!
      .split('\n')
      .filter((l) => l.startsWith('- **'));
    expect(rows.length).toBe(several.length);
    // Near miss: companies asked without a count each are all listed.
    const all = await ask('which companies are hiring leads?');
    expect(all.answer).not.toContain('more than one;');
  });

  test('listings per country: each country with its count, N and filters stated, region-only apart', async () => {
    const leads = listings().filter((l) => l.seniority === 'lead');
    const counts = new Map<string, number>();
    for (const l of leads)
      for (const c of new Set(l.locations.map((p) => p.country).filter(Boolean) as string[]))
        counts.set(c, (counts.get(c) ?? 0) + 1);
    const result = await ask('for the coverage doc: what countries do we have lead listings in?');
    expect(result.questionKind).toBe('list_companies');
    expect(result.answer).toContain(`${leads.length} open listings (lead level) name ${counts.size} countr`);
    for (const [c, n] of counts) expect(result.answer).toContain(`${c} ${n} [`);
    // Near miss: a place named is a filter, not a count per country.
    const one = await ask('which lead roles are in Germany?');
    expect(one.answer).not.toMatch(/name \d+ countr/);
  });

  test('a skill compared across levels: its count and share on each side, with N per side', async () => {
    const result = await ask('how common is terraform in senior vs lead postings');
    const side = (level: string) => {
      const all = listings().filter((l) => l.seniority === level);
      return { n: all.length, k: all.filter((l) => l.skills.includes('Terraform')).length };
    };
    const [senior, lead] = [side('senior'), side('lead')];
    const share = (s: { n: number; k: number }) => `${Math.round((s.k / s.n) * 100)}%`;
    expect(result.questionKind).toBe('skill_frequency');
    expect(result.answer).toContain(
      `- **Senior**: asked for in ${senior.k} of ${senior.n} (${share(senior)})`,
    );
    expect(result.answer).toContain(`- **Lead**: asked for in ${lead.k} of ${lead.n} (${share(lead)})`);
    const [more, less] = senior.k / senior.n > lead.k / lead.n ? ['senior', 'lead'] : ['lead', 'senior'];
    expect(result.answer).toContain(`So Terraform is named more often in ${more} listings`);
    expect(result.answer).toContain(`than in ${less} listings`);
    expectWellCited(result);
  });

  test('duties quote sentences that state a responsibility, not scene-setting narrative', async () => {
    const result = await ask('what does the day to day look like for a lead at velloria');
    const stored = app.reader()!.listing('velloria-lead-backend-model-serving')!;
    const description = stored.description;
    const quoted = [...result.answer.matchAll(/“([^”]+)”/g)].map((m) => m[1]!.replace(/…$/, ''));
    expect(quoted.length).toBeGreaterThan(0);
    // Each quote is the listing's own words; none is a timestamped scene or a teammate's status.
    for (const q of quoted) {
      expect(description.replace(/\*\*/g, '')).toContain(q.slice(0, 40));
      expect(q).not.toMatch(/^\d{1,2}:\d{2}|\bis stuck\b|\blooks healthy\b/);
    }
    // A listing that states its responsibilities ("You own…", "You run…"): those, first.
    const ohmwise = await ask('what are the day-to-day duties in the ohmwise lead role?');
    const first = /“([^”]+)”/.exec(ohmwise.answer)![1]!;
    expect(first).toMatch(/^You (?:own|run|set|lead|will|'ll)\b/);
  });

  test('a skill compared across places: its count and share in each place', async () => {
    const result = await ask('is terraform more common in germany or the uk?');
    const side = (country: string) => {
      const all = listings().filter((l) => l.locations.some((p) => p.country === country));
      return { n: all.length, k: all.filter((l) => l.skills.includes('Terraform')).length };
    };
    const [de, uk] = [side('Germany'), side('United Kingdom')];
    const share = (s: { n: number; k: number }) => `${Math.round((s.k / s.n) * 100)}%`;
    expect(result.answer).toContain(`- **Germany**: asked for in ${de.k} of ${de.n} (${share(de)})`);
    expect(result.answer).toContain(`asked for in ${uk.k} of ${uk.n} (${share(uk)})`);
    expectWellCited(result);
  });
});

// Issue 14: places compared, exclusions and a pay floor; every figure from the stored listings.
describe('two sides, exclusions and bounds', () => {
  const leads = () => listings().filter((l) => l.seniority === 'lead');
  const inCountry = (l: { locations: Array<{ country?: string | null }> }, c: string) =>
    l.locations.some((p) => p.country === c);

  test('pay in two places: each place with its own N', async () => {
    const result = await ask('lead salaries: Germany or the Netherlands, which pays more?');
    for (const [country, name] of [
      ['Germany', 'Germany'],
      ['Netherlands', 'Netherlands'],
    ] as const) {
      const n = leads().filter((l) => inCountry(l, country)).length;
      expect(n).toBeGreaterThan(0);
      expect(result.answer).toContain(`the ${n} open listings matching lead level, in ${name}`);
    }
    expectWellCited(result);
  });

  test('counts in two places: a count per place', async () => {
    const result = await ask('how many lead jobs in Germany or the Netherlands?');
    expect(result.questionKind).toBe('list_companies');
    for (const c of ['Germany', 'Netherlands']) {
      const n = leads().filter((l) => inCountry(l, c)).length;
      expect(result.answer).toContain(`**${c}**: ${n} open listing`);
    }
    expectWellCited(result);
  });

  test('counts in two industries: a count per industry, a parent counting its children', async () => {
    const result = await ask('how many lead jobs in fintech vs gaming?');
    const fintech = ['fintech', 'payments', 'banking', 'lending', 'wealth', 'crypto'];
    const nFintech = leads().filter((l) => l.industries.some((i) => fintech.includes(i))).length;
    const nGames = leads().filter((l) => l.industries.includes('games')).length;
    expect(nFintech * nGames).toBeGreaterThan(0);
    expect(result.answer).toContain(`**Fintech**: ${nFintech} open listings`);
    expect(result.answer).toContain(`**Games**: ${nGames} open listings`);
    expectWellCited(result);
  });

  test('two companies: each with its own listings and posted pay', async () => {
    const result = await ask('Aldermoor vs Thornbury, which pays leads more?');
    const fmt = (v: number) => v.toLocaleString('en-US');
    for (const name of ['Aldermoor', 'Thornbury']) {
      const mine = leads().filter((l) => l.company.startsWith(name));
      expect(mine.length).toBeGreaterThan(0);
      expect(result.answer).toContain(`${mine[0]!.company}: ${mine.length} open listing`);
      for (const l of mine.filter((x) => x.salary))
        expect(result.answer).toContain(`${fmt(l.salary!.min)}–${fmt(l.salary!.max)} ${l.salary!.currency}`);
    }
    expectWellCited(result);
  });

  test('a place left out: the listings of the wider place without it', async () => {
    const result = await ask('lead roles in Europe but not Germany');
    const n = leads().filter(
      (l) => l.locations.some((p) => p.region === 'europe') && !inCountry(l, 'Germany'),
    ).length;
    const all = leads().filter((l) => l.locations.some((p) => p.region === 'europe')).length;
    expect(n).toBeLessThan(all);
    expect(result.answer).toContain(`${n} open listings (lead level, in Europe, not in Germany)`);
  });

  test('an industry left out', async () => {
    const result = await ask('lead jobs not fintech');
    // fintech and its children in data/taxonomy/industries.yaml.
    const fintech = ['fintech', 'payments', 'banking', 'lending', 'wealth', 'crypto'];
    const n = leads().filter((l) => !l.industries.some((i) => fintech.includes(i))).length;
    expect(n).toBeLessThan(leads().length);
    expect(result.answer).toMatch(/open listings \(lead level, not in /);
    expect(result.answer).toContain(`${n} open listings`);
  });

  test('a minimum pay: listings whose yearly range reaches it, in the stated currency', async () => {
    const result = await ask('lead roles paying at least €100k');
    const n = leads().filter(
      (l) => l.salary?.currency === 'EUR' && l.salary.period === 'year' && l.salary.max >= 100_000,
    ).length;
    expect(n).toBeGreaterThan(0);
    expect(result.answer).toContain(
      `the ${n} open listings matching lead level, pay posted in EUR, a posted yearly range reaching 100,000 EUR`,
    );
    const posting = leads().filter((l) => l.salary?.currency === 'EUR' && l.salary.period === 'year').length;
    expect(result.answer).toContain(
      `Reaching 100,000 EUR a year at the top of the range: ${n} of the ${posting}** listings matching lead level`,
    );
    expectWellCited(result);
  });

  test('a job term left out: those that do not mention it, with the rest adding up', async () => {
    const result = await ask('remote lead jobs without on-call');
    const n = leads().filter((l) => l.remote === 'remote').length;
    const said = new RegExp(`On-call: (\\d+) of the ${n} open listings`).exec(result.answer);
    const without = new RegExp(`Without on-call: \\*\\*(\\d+) of the ${n}\\*\\*`).exec(result.answer);
    expect(said && without).toBeTruthy();
    expect(Number(said![1]) + Number(without![1])).toBe(n);
    expectWellCited(result);
  });
});
