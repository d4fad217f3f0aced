import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Descriptive answers carry the sentence that answers (holdout6's class, issue 14): a work mode's
// few listings named when its count is asked, how many listings state no minimum of years, the
// listings nearest a member's years named, and the steps to take when steps are asked. Figures
// are checked against the stored listings, not the engine's own numbers.

const { ask, leads } = embeddedAnswers();

describe('a work mode asked whose listings are few: each named', () => {
  test.each([
    ['how many lead roles in the US are fully on-site?', 'onsite', 'US'],
    ['count of US lead jobs that are office-based?', 'onsite', 'US'],
    ['how many US lead jobs are hybrid?', 'hybrid', 'US'],
  ])('"%s"', async (q, mode) => {
    const a = await ask(q);
    const text = body(a.answer);
    const label = mode === 'onsite' ? 'on-site' : mode;
    const m = new RegExp(`^The (\\d+) ${label}:$`, 'm').exec(text);
    expect(m).not.toBeNull();
    const named = text
      .split(m![0])[1]!
      .split('\n')
      .filter((l) => l.startsWith('- '));
    expect(named).toHaveLength(Number(m![1]));
    expect(Number(m![1])).toBeLessThanOrEqual(10);
  });

  test('near miss: the split asked names no mode’s listings', async () => {
    expect(body((await ask('remote vs hybrid vs onsite breakdown for lead roles?')).answer)).not.toMatch(
      /^The \d+ (?:remote|hybrid|on-site):$/m,
    );
  });
});

describe('years measured: how many state no minimum, and the nearest asks named', () => {
  test.each([
    'I have 3 years. Am I ready for lead roles, or are the years a hard rule?',
    'with 4 years of experience, can I apply to lead roles?',
    'with 2 years is lead realistic, or is the years thing strict?',
  ])('"%s"', async (q) => {
    const all = leads();
    const silent = all.filter((l) => l.yearsMin === null).length;
    const text = body((await ask(q)).answer);
    expect(silent).toBeGreaterThan(0);
    expect(text).toContain(`the other ${silent} of the ${all.length} state no minimum at all`);
    const lowest = Math.min(...all.filter((l) => l.yearsMin !== null).map((l) => l.yearsMin!));
    const atLowest = all.filter((l) => l.yearsMin === lowest);
    expect(text).toContain(`${lowest}+ years, by `);
    for (const l of atLowest.slice(0, 5)) expect(text).toContain(l.company);
  });

  test('the listings one step above the member’s years are named when few meet them', async () => {
    const text = body((await ask('5 yrs of node and typescript, are node lead roles realistic?')).answer);
    const node = leads().filter((l) => l.skills.includes('Node.js') && l.yearsMin !== null);
    const above = node.filter((l) => l.yearsMin! > 5).map((l) => l.yearsMin!);
    const next = Math.min(...above);
    expect(text).toMatch(new RegExp(`Next nearest\\*\\*: ${next}\\+ years, by `));
    for (const l of node.filter((x) => x.yearsMin === next)) expect(text).toContain(l.company);
  });
});

describe('steps asked of moving up: the guide’s way of showing readiness', () => {
  test.each([
    'as a senior, how can I move up to lead inside my current company?',
    'senior here, how do I get promoted to lead internally?',
  ])('"%s"', async (q) => {
    const text = body((await ask(q)).answer);
    expect(text).toContain('build an evidence file');
  });

  test('near miss: how people usually move up is answered by the roads first', async () => {
    const text = body((await ask('how do senior engineers usually move up to lead?')).answer);
    expect(text.split('\n').find((l) => l.startsWith('- “'))).toMatch(/^- “The first is internal growth/);
  });
});

describe('back from management to IC work: the guide’s section on moving between the tracks', () => {
  // grep: "## Moving between IC and management" in guide-career-path.md.
  test.each([
    'after two years as an engineering manager, can my mentee go back to being a lead?',
    'is it bad to move back to individual contributor work after managing a team?',
    'thinking of trying management, but could I switch back to a tech lead job if I hate it?',
  ])('"%s"', async (q) => {
    const text = body((await ask(q)).answer);
    // Answered by the career composer or the guide section itself: either way, that section's words.
    expect(text).toMatch(/more reversible/);
    expect(text).toMatch(/ramp-up period|Staff and Principal roles/);
    expect(text).not.toMatch(/up to (?:lead|engineering manager):/);
  });

  test('near miss: going into management, with no way back asked, is the management answer', async () => {
    const text = body((await ask('how do I move from lead into engineering management?')).answer);
    expect(text).not.toMatch(/back to (?:\w+ )?(?:\(individual-contributor\) |individual-contributor )work/);
  });
});

describe('must-have against nice-to-have: the guide’s reading of both, beside the required counts', () => {
  // grep: "**Usually must-have:**" and "**Usually nice-to-have:**" in guide-skills-expected.md.
  test.each([
    'what are the deal-breakers in lead backend listings vs the stuff I can skip?',
    'which lead requirements are non-negotiable?',
    'lead roles: which of the requirements are must-haves, honestly?',
  ])('"%s"', async (q) => {
    const text = body((await ask(q)).answer);
    expect(text).toContain('Usually must-have: expert level in at least one backend language');
    expect(text).toMatch(/required in \d+/);
  });

  test('near miss: what roles require, with no firm-or-flexible asked, quotes no such section', async () => {
    expect(body((await ask('what do lead roles in fintech require?')).answer)).not.toContain(
      'Usually must-have',
    );
  });
});

describe('being new to the role is context when another part of the job is asked', () => {
  // grep: "**Incident commander (IC):** owns the response. … Does *not* debug." in the incident guide.
  test.each([
    'my friend was just promoted to tech lead; during an outage should she be the one debugging?',
    'newly promoted lead here. what is my job when production goes down?',
    'I just became a lead. what should I do in my first on-call incident?',
  ])('"%s"', async (q) => {
    const text = body((await ask(q)).answer);
    expect(text).toMatch(/^Incidents and on-call, as a lead:/m);
    expect(text).toContain('Incident commander');
  });

  test('near miss: the mistakes of new leads asked are that section', async () => {
    const text = body((await ask('I just became a lead. what mistakes should I avoid?')).answer);
    expect(text).toMatch(/^Starting as a lead: the common mistakes of new leads:/m);
  });
});
