import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { periodsAsked } from '../../src/rag/answer/compose/pay.js';
import { RATE_WEIGHED } from '../../src/rag/answer/plan/cues.js';
import { aspectsOf } from '../../src/rag/answer/plan/listing.js';
import { relocationTerms } from '../../src/rag/extract/relocation.js';
import { extractEmploymentType } from '../../src/rag/extract/work-terms.js';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 12, counts and facts: answers whose intent and filters were right but whose facts were not
// (a complement list not given, a count over the wrong selection, a listing missing from a list, the
// guide's passage that carries a descriptive answer left out). Every figure below was read from the
// listing files named (each checked to hold the words the rule reads), not from the engine.

const { app } = embeddedAnswers();
const ask = (q: string) => app().answerOffline(q)!;
const file = (id: string) => fs.readFileSync(path.resolve('data/listings', `${id}.md`), 'utf8');
const frontMatter = (id: string) => file(id).split('\n---')[0]!;

describe('the listings that post no pay, asked as such: every one named', () => {
  // US listings (location in the US) whose text posts no amount: read by hand, each checked below to
  // hold no dollar figure.
  const unpaidUS = [
    ['amberholt-lead-backend-wallet-infrastructure', 'Amberholt'],
    ['evergrain-lead-engineer-java-inventory', 'Evergrain'],
    ['glidepath-lead-backend-engineer-order-routing', 'Glidepath'],
    ['harborcrate-senior-backend-engineer-java-warehouse', 'Harborcrate'],
    ['hearthbox-engineering-lead-order-platform', 'Hearthbox'],
    ['wattmark-principal-backend-charging', 'Wattmark'],
  ] as const;
  test.each([
    'which US listings dont post a salary?',
    'US roles without a posted salary range?',
    'which listings in the US hide the pay?',
    "which jobs in the united states don't list any pay?",
  ])('"%s": the 6 named and cited', (q) => {
    const a = ask(q);
    const text = body(a.answer);
    expect(text).toMatch(/\*\*6\*\* \(21%\) post no pay/);
    for (const [id, name] of unpaidUS) {
      expect(text).toContain(name);
      expect(a.citations.map((c) => c.listingId)).toContain(id);
      // no posted range in the text (a dollar range such as "$180,000–$220,000")
      expect(file(id)).not.toMatch(/\$\s?\d[\d,.]*k?\s*(?:[-–]|to)\s*\$?\s?\d/);
    }
  });
  test('near miss: "what do US listings pay?" keeps the count of those posting none, unnamed', () => {
    const text = body(ask('what do US listings pay?').answer);
    expect(text).not.toMatch(/post no pay:/);
    expect(text).toContain('6 of 28 (21%) post no pay and are not counted');
  });
});

describe('years: the few listings stating no minimum are named beside the count', () => {
  test.each([
    'how many yrs do the German lead roles want?',
    'years of experience for lead jobs in germany?',
    'german lead roles: minimum years of experience?',
  ])('"%s": Ohmwise named, in its own words', (q) => {
    const text = body(ask(q).answer);
    expect(text).toContain('5 of the 6 state a minimum; 1 does not: Ohmwise');
    expect(text).toContain('We honestly don');
    expect(file('ohmwise-lead-backend-engineer-charging-network')).toContain("We honestly don't count");
  });
  test('near miss: over every lead listing (13 state none) no names are squeezed into the count', () => {
    const text = body(ask('how many years do lead roles ask for?').answer);
    expect(text).toMatch(/state a minimum; \d+ do not\)/);
  });
});

describe('day rates or hourly rates asked together: both periods, counted together', () => {
  test.each([
    ['how many listings are day-rate or hourly contracts?', ['day', 'hour']],
    ['day or hourly rates for contract roles?', ['day', 'hour']],
    ['which roles pay per day or per hour?', ['day', 'hour']],
    ['hourly rates for contract roles?', ['hour']],
    ['what day rates do contract leads get?', ['day']],
    // near miss: every kind named is no one period
    ['salary, day rate or hourly: what do they post?', []],
  ])('"%s" → %j', (q, periods) => {
    expect(periodsAsked(q)).toEqual(periods);
  });
  test('the 7 listings posting a day or an hourly rate', () => {
    const text = body(ask('how many listings are day-rate or hourly contracts?').answer);
    // Four post EUR per day, three USD per hour (rates read from each file's own text).
    expect(text).toContain('Day rates or hourly rates, posted by 7 of the 162');
    expect(text).toContain('**EUR per day** (N=4)');
    expect(text).toContain('**USD per hour** (N=3)');
    expect(file('dunmore-mutual-lead-software-engineer-claims-contract')).toMatch(/750/);
    expect(file('writwell-contract-lead-backend-python')).toMatch(/\$95/);
  });
});

describe('a contractor agreement is a contract', () => {
  test.each([
    'Contractor agreement, paid monthly in USD at a competitive rate.',
    'You would be engaged as an independent contractor for the first year.',
    'This is a contractor contract, renewed every six months.',
  ])('"%s"', (text) => {
    expect(extractEmploymentType('Senior Backend Engineer', text)).toBe('contract');
  });
  test('near miss: contractors on the team are no contract terms', () => {
    expect(
      extractEmploymentType('Lead Engineer', 'You will lead eight engineers, including two contractors.'),
    ).toBeNull();
  });
  test('Windrow (a "Contractor agreement") is among the contract roles in the Americas', () => {
    expect(file('windrow-senior-backend-field-data')).toContain('Contractor agreement');
    const a = ask('contract gigs in the Americas? any level');
    expect(a.citations.map((c) => c.listingId)).toContain('windrow-senior-backend-field-data');
  });
});

describe('a permit by its name is visa help', () => {
  test.each([
    'Competitive compensation with equity and Employment Pass support.',
    'We sponsor the EU Blue Card for hires from outside the EU.',
    'H-1B sponsorship is available for this role.',
  ])('"%s"', (text) => {
    expect(relocationTerms(text).offered).toBe(true);
  });
  test('near miss: a pass the candidate must already hold is no help', () => {
    expect(relocationTerms('Applicants must already hold a valid Employment Pass.').offered).toBe(false);
  });
  test('the four Singapore listings saying Employment Pass', () => {
    const text = body(ask("which Singapore listings say they'll sponsor an Employment Pass?").answer);
    for (const [id, name] of [
      ['linnetbrook-engineering-manager-backend-monetisation', 'Linnetbrook'],
      ['marrowbid-lead-backend-engineer-rtb', 'Marrowbid'],
      ['mothwing-staff-engineer-game-backend-platform', 'Mothwing Games'],
      ['umberfield-lead-software-engineer-tracing', 'Umberfield'],
    ]) {
      expect(file(id!)).toContain('Employment Pass');
      expect(text).toContain(name);
    }
    expect(text).toContain('4 of 5');
  });
});

describe('pay asked as CTC or LPA is the pay aspect', () => {
  test.each([
    'Tamarack ML lead ka CTC kitna hai?',
    "what's the LPA for the Tamarack feature store role?",
    'Tamarack: OTE and years?',
  ])('"%s"', (q) => {
    expect(aspectsOf(q)).toContain('pay');
  });
  test('near miss: a CTO is no pay', () => {
    expect(aspectsOf('does Tamarack want CTO experience?')).not.toContain('pay');
  });
  test('the Tamarack listing, with its INR range', () => {
    const text = body(
      ask('Tamarack ML feature store lead ka JD kya hai? kitne saal chahiye aur CTC kitna?').answer,
    );
    expect(text).toContain('5,500,000–7,500,000 INR');
    expect(file('tamarack-lead-backend-feature-store')).toMatch(/55.{1,3}75 LPA/);
  });
});

describe('a contract rate weighed against a salary: the guide on how to compare comes first', () => {
  test.each([
    'how should contractors compare an hourly or day rate with an annual salary?',
    'how do I convert a day rate into a salary equivalent?',
    'is a day rate comparable to a permanent salary?',
  ])('"%s"', (q) => {
    expect(RATE_WEIGHED.test(q)).toBe(true);
    const text = body(ask(q).answer);
    expect(text.split('\n').slice(0, 5).join('\n')).toMatch(/billable days/);
  });
  test('near miss: the rates alone', () => {
    expect(RATE_WEIGHED.test('what day rates do contract leads get?')).toBe(false);
  });
});

describe('interviews: the loop asked, and the listings describing their steps named', () => {
  test.each([
    'What does a typical interview loop for a lead backend role look like? (system design + leadership study group)',
    'what is the usual interview process for leads, design and behavioural rounds included?',
    'leadership and system design: walk me through a standard hiring loop',
  ])('"%s": the guide\'s stages, with the deep dive', (q) => {
    expect(body(ask(q).answer)).toContain('The usual loop, stage by stage');
    expect(body(ask(q).answer)).toContain('architecture deep dive');
  });
  test('near miss: one round asked', () => {
    expect(body(ask('tips for the system design round?').answer)).not.toContain(
      'The usual loop, stage by stage',
    );
  });
  test.each([
    'which Latin America listings actually describe their interview steps?',
    'which LatAm listings lay out their interview process?',
    'which latin american roles describe the interview stages?',
  ])('"%s": Fardo and Gula named with their steps', (q) => {
    const text = body(ask(q).answer);
    expect(text).toMatch(/\*\*Fardo Logística\*\*: “Process: recruiter call/);
    expect(text).toMatch(/\*\*Gula\*\*/);
    expect(file('fardo-lead-backend-engineer-go-dispatch')).toContain('**Process:** recruiter call (20 min)');
    expect(file('gula-lead-backend-engineer-nodejs-contract')).toContain('**How we interview**');
  });
});

describe('readiness: the leadership asks not named are part of the gap', () => {
  test.each([
    '7 years of Python and AWS, what am I missing for lead?',
    'i have 8 yrs go and kafka, am i ready for a lead role?',
    'what do I lack for lead with 6 years of Java and Spring?',
  ])('"%s"', (q) => {
    expect(body(ask(q).answer)).toMatch(/Leadership asks you did not name\*\*: .*Mentoring \(\d+ of 90\)/);
  });
  test('near miss: a member naming mentoring is not told to add it', () => {
    expect(body(ask('7 years of Python and mentoring, what am I missing for lead?').answer)).not.toMatch(
      /did not name\*\*: [^\n]*Mentoring/,
    );
  });
});

test('the listing files hold the front matter the rules read', () => {
  expect(frontMatter('windrow-senior-backend-field-data')).toContain('Latin America');
});

describe('negotiating an offer beyond base: the guide carries the answer', () => {
  const guide = () => fs.readFileSync(path.resolve('data/guides/guide-compensation-context.md'), 'utf8');
  test.each([
    'besides base salary, what else can a lead negotiate?',
    'is it possible to negotiate beyond base for a lead offer?',
    'lead pay: is the whole package negotiable or just the salary?',
  ])('"%s": the whole package, quoted before the ranges', (q) => {
    const text = body(ask(q).answer);
    expect(text).toContain('Negotiate the whole package. Base, bonus, equity, sign-on payment');
    // The guide answers it (r12-reading answers it from the section alone); ranges, when shown, follow.
    const ranges = text.indexOf('Posted pay across');
    if (ranges >= 0) expect(text.indexOf('Negotiate the whole package')).toBeLessThan(ranges);
    expect(guide()).toContain('**Negotiate the whole package.** Base, bonus, equity, sign-on payment');
  });
  test('near miss: a number to counter with stays the posted ranges', () => {
    expect(body(ask('what range should I counter with for a lead offer in Berlin?').answer)).not.toContain(
      'Negotiate the whole package',
    );
  });
});

describe('the listings stating no years, asked as such: listed', () => {
  // Read by hand: these lead listings say outright they put no number of years on the role.
  const outright = [
    ['vireo-tech-lead-vector-search-engine', "We don't put a number of years on this."],
    ['skyloom-lead-backend-open-source-core', "There's no years-of-experience bar."],
  ] as const;
  test.each([
    "which lead roles don't state years of experience?",
    'lead listings with no years requirement?',
    "which lead jobs don't say how many years they want?",
  ])('"%s": the ones stating none, named', (q) => {
    const text = body(ask(q).answer);
    expect(text).toMatch(/Stating no minimum\*\* \(\d+ of the 90\)/);
    for (const [id, said] of outright) {
      expect(file(id)).toContain(said);
      expect(text).toContain(said);
    }
  });
  test("near miss: the member's own years are not the question", () => {
    expect(body(ask("I don't have 8 years, can I still apply for lead roles?").answer)).not.toContain(
      'Stating no minimum',
    );
  });
});
