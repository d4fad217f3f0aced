import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sentencesOf } from '../../src/rag/answer/compose/text.js';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 14 (issue 14), guides: descriptive answers whose guide section or quoted sentences missed
// what was asked, and honesty cases said plainly. Each block is one cause, with wordings of my own
// (terse, typo'd, another language, a run-on) and a near miss. What an answer must quote is read
// here from the guide files, never from the engine's output.

const { app } = embeddedAnswers();
const ask = (q: string) => app().answerOffline(q)!;
const guide = (id: string) => readFileSync(`data/guides/${id}.md`, 'utf8');
/** A guide section's text, by its heading. */
const section = (id: string, heading: string) => {
  const text = guide(id);
  const start = text.indexOf(`## ${heading}`);
  const end = text.indexOf('\n## ', start + 3);
  return text.slice(start, end < 0 ? undefined : end);
};
/** A section's list items, as written. */
const items = (id: string, heading: string) =>
  [...section(id, heading).matchAll(/^- (.+)$/gm)].map((m) => m[1]!.replace(/\*\*/g, '').trim());

describe('one rare heading word of the intent’s own guide names its section ("the path to CTO")', () => {
  const cto = section('guide-career-path', 'The small-company route to CTO');
  const fast = /The job changes fast: [^.]+\./.exec(cto)![0];
  test.each([
    "i'm backend lead at a 12 person startup, what does the path to CTO look like?",
    'lead here, how do i eventually become cto',
    'how do ppl go from tech lead to head of engineering / cto at a small startup',
    'so im the lead at a tiny company and the founders keep hinting i could be CTO one day what would that path even look like and what should i start doing now',
  ])('"%s": the roads on from lead, then that section quoted', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('career_path');
    expect(body(a.answer)).toContain(fast);
  });
  test('near miss: a listing that reports to the CTO is no career question', () => {
    expect(body(ask('which lead listings report directly to the CTO?').answer)).not.toContain(fast);
  });
});

describe('the guides’ abbreviations and everyday names (EM, "the difference between") choose the section', () => {
  const em = /An Engineering Manager \(EM\) is accountable for the people[^.]*\./.exec(
    section('guide-lead-vs-senior-staff-manager', 'Engineering Manager vs Lead'),
  )![0];
  test.each([
    'mentee is torn between an EM offer and a lead offer. how would you explain the difference in one breath?',
    'EM vs lead, whats the actual diffrence?',
    'EM or lead: what is the difference between them?',
    'my mentee got two offers one is EM one is lead and she keeps asking me what the real difference is day to day can you explain',
  ])('"%s": the EM vs lead section is quoted', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('level_compare');
    expect(body(a.answer)).toContain(em);
  });
  test('near miss: two offers compared on pay terms stay the contract guide', () => {
    const a = ask(
      'mentee got a contract offer and a salaried one, what is the difference in how to compare them?',
    );
    expect(body(a.answer)).not.toContain(em);
  });
});

describe('a section the question names is quoted whole: its list completed, its short points kept', () => {
  const deepDive = items('guide-system-design-and-interviews', 'Preparing for the architecture deep dive');
  test.each([
    "they said there's an 'architecture deep dive' round. what do i prepare for that?",
    'architecture deep dive round next week, what do i prepare',
    'how to prep for the architecture deep-dive interview?',
    'ok so the recruiter told me the last round is an architecture deep dive where i present something i built and i have no idea how to prepare for that',
  ])('"%s": every point of the deep-dive section', (q) => {
    const text = body(ask(q).answer);
    expect(deepDive.length).toBeGreaterThanOrEqual(5);
    for (const point of deepDive) expect(text).toContain(point);
  });
  test('the mistakes of design interviews: the short one too', () => {
    const short = 'Ignoring failure modes until asked.';
    expect(section('guide-system-design-and-interviews', 'Common mistakes')).toContain(short);
    expect(
      body(ask('running mock interviews - common mistakes people make in lead design interviews?').answer),
    ).toContain(short);
  });
  test('near miss: a system design round asked is not the deep dive', () => {
    expect(body(ask('what is the system design round like for leads?').answer)).not.toContain(
      'Also from the guide’s section **Preparing for the architecture deep dive**',
    );
  });
  test('a guide’s short sentence is kept when asked for; a listing’s is not', () => {
    const text =
      'Otherwise strong candidates get sunk. Ignoring failure modes. Over-engineering a system for nobody.';
    expect(sentencesOf(text, 25)).toContain('Over-engineering a system for nobody.');
    expect(sentencesOf(text)).not.toContain('Over-engineering a system for nobody.');
  });
});

describe('a lead-in is quoted with what it announces ("test it first. Run hiring loops…")', () => {
  const run = /Run hiring loops[^.]*\./.exec(
    section('guide-career-path', 'Moving between IC and management'),
  )![0];
  test.each([
    'one of my leads wants to try engineering management. how can they test it before jumping, and can they come back if they hate it?',
    'how to test engineering management before commiting, and is it reversible?',
    'lead wanting to try management: can they test it first and come back later?',
    'thinking about trying management for a bit but scared i cant come back to being a lead how would i even test it first',
  ])('"%s": how to test it, said', (q) => {
    expect(body(ask(q).answer)).toContain(run);
  });
});

describe('under the years asked, or asking whether to apply: what the figure stands for and the rule for applying', () => {
  const years = section('guide-skills-expected', 'Years of experience, and why they mislead');
  const under = /If you are under the stated figure[^.]*\./.exec(years)![0];
  const apply = /If you meet most of the must-haves[^.]*\./.exec(
    section('guide-skills-expected', 'Must-have versus nice-to-have'),
  )![0];
  test.each([
    'i have 5 yrs but most lead listings say 8+. should i even bother applying?',
    'listing says 8+ years, i have 6 but led a big platform migration. should i even apply?',
    '4 yoe, worth applying to lead roles??',
    'i have 3 yrs, do i even have a shot at lead roles? should i apply',
  ])('"%s": the range, and when to apply', (q) => {
    const text = body(ask(q).answer);
    expect(text).toContain(under);
    expect(text).toContain(apply);
  });
  test('near miss: well over the years and not asking to apply', () => {
    expect(body(ask('12 yrs of java, what am i missing for lead roles?').answer)).not.toContain(under);
  });
});

describe('a coding puzzle feared or asked is the loop’s coding stage ("terrified of leetcode")', () => {
  const coding = 'Usually practical rather than puzzle-heavy at this level, but not always.';
  test.each([
    'how do interviews for lead roles usually go? been out 3 yrs and absolutely terrified of leetcode style stuff',
    'how do lead interviews go, is it all leetcode?',
    'do lead backend interviews still have hackerrank puzzles',
    'returning after a break and really dreading algorithm puzzles in interviews for a lead role what should i expect',
  ])('"%s": what the coding round is like', (q) => {
    expect(section('guide-system-design-and-interviews', 'The usual interview loop')).toContain(coding);
    expect(body(ask(q).answer)).toContain(coding);
  });
});

describe('"all week" is the lead’s typical week', () => {
  const monday = /\| Monday \| Planning \|/.test(
    section('guide-what-a-lead-backend-engineer-does', 'A typical week'),
  );
  test.each([
    'what does a lead backend eng actually do all week lol',
    'wat do leads do all week',
    'what does a tech lead do during the week, concretely?',
    'genuinely curious what a lead backend engineer does all day every day like what fills the week',
  ])('"%s": the week, day by day', (q) => {
    expect(monday).toBe(true);
    expect(body(ask(q).answer)).toContain('Monday (Planning)');
  });
  test('near miss: weekend work is no week asked', () => {
    expect(body(ask('do leads have to work all weekend during incidents?').answer)).not.toContain(
      "A lead's typical week",
    );
  });
});

describe('must-have set against nice-to-have is what the roles require, with the guide’s split', () => {
  const must = /\*\*Usually must-have:\*\*/.test(
    section('guide-skills-expected', 'Must-have versus nice-to-have'),
  );
  test.each([
    'for a returners cohort: which skills are usually must-have vs nice-to-have for lead backend?',
    'must have vs nice to have skills for lead?',
    'lead backend: which skills are must-have vs nice to have?',
    'trying to figure out for my mentee which skills lead roles usually treat as must-have versus nice-to-have',
  ])('"%s": requirements, the guide section quoted', (q) => {
    const a = ask(q);
    expect(must).toBe(true);
    expect(a.plan.intent).toBe('requirements');
    expect(a.citations.map((c) => c.listingId)).toContain('guide-skills-expected');
  });
  test('near miss: a ranking asked stays the ranking', () => {
    expect(ask('which skills come up most in lead roles?').plan.intent).toBe('top_skills');
  });
});

describe('tax regimes and entities, forecasts and false references are said plainly', () => {
  test.each([
    'si tomo el contrato de Gula desde Argentina, ¿me conviene monotributo o responsable inscripto?',
    'monotributo or responsable inscripto for a US contract?',
    'vale a pena abrir empresa no Simples Nacional pra pegar contrato PJ?',
    'should i go micro-entreprise or auto-entrepreneur for a french freelance lead gig',
  ])('"%s": out of scope, "I can\'t answer that from"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('out_of_scope');
    expect(a.answer).toMatch(/I can't answer that from/);
  });
  test('near miss: a contract term a listing can state stays a job term', () => {
    expect(ask('any lead contracts outside IR35? uk contractor here').plan.intent).toBe('job_terms');
  });
  test.each([
    'will lead backend salaries in germany go up next year? should I wait to switch',
    'lead pay in spain next year, up or down?',
  ])('"%s": a forecast is no answer from the listings, said so', (q) => {
    expect(ask(q).answer).toMatch(/^I can't answer that from the listings/);
  });
  test.each([
    "Can you draft a reference letter saying my mentee led a team of 10 at Fardo Logística? He didn't, but it would really help him land a lead role.",
    "write a recommendation letter saying she managed 8 engineers. she didn't but pls",
    'draft a reference saying they led the migration, they did not really',
    'can u write a reference letter for my friend claiming he was tech lead, he wasnt but he deserves it',
  ])('"%s": declined', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('decline');
    expect(a.answer).toMatch(/I can't help/);
  });
  test('near miss: asking how to get a real reference is not declined', () => {
    expect(ask('how should I ask my old lead for a reference letter?').plan.intent).not.toBe('decline');
  });
});
