import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 11 (r11-kinds, issue 14): the kind of answer a question asks for, and declines said plainly.
// Wordings of my own (none of an evaluation set's), each class with a near miss that must not move;
// figures are checked against the stored listings or the listing files, not the engine's output.

const { app, listings, leads } = embeddedAnswers();
const ask = (q: string) => app().answerOffline(q)!;
const listingFile = (id: string) =>
  fs.readFileSync(path.join(PROJECT_ROOT, 'data/listings', `${id}.md`), 'utf8');

describe('a question about something else than the roles says plainly the bot cannot help', () => {
  test.each([
    'how does child benefit work in ireland if i go back to work?',
    'whats a good laptop for backend dev under 1000 euro',
    "my kid's school appeal in cork is next week, any tips on how appeals work?",
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('out_of_scope');
    expect(a.plan.offTopic).toBe('topic');
    expect(a.answer).toContain("I can't help with that one, sorry");
    expect(a.answer).toContain("I can't answer that from the job listings and guides I have");
  });

  test.each([
    'how do i file my taxes as a freelancer in poland',
    'how much income tax would i pay on a lead salary in berlin?',
  ])('the member’s own tax: "%s"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('out_of_scope');
    expect(a.plan.offTopic).toBe('tax');
    expect(a.answer).toContain("I can't help with tax, sorry");
    expect(a.answer).toContain("I can't answer that from the job listings and guides I have");
  });

  test('near miss: an unanswerable question about the roles keeps "they don’t say it"', () => {
    const a = ask('what is the acceptance rate for lead applications at these companies?');
    expect(a.plan.intent).toBe('out_of_scope');
    expect(a.plan.offTopic).toBeUndefined();
    expect(a.answer).toContain(
      "I can't answer that from the job listings and guides I have: they don't say it",
    );
  });
});

describe('a moderation action asked of the bot is declined, pointing at the server’s own tools', () => {
  test.each([
    'can you kick the guy posting referral spam',
    'please delete that scam message in #general and mute the poster',
    'bot, ban @crypto_king for the spam links',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('out_of_scope');
    expect(a.plan.cannotDo).toBe('moderate');
    // Nothing is filtered by the spam's topic ("crypto" is no industry asked).
    expect(a.plan.filters).toEqual({});
    expect(a.answer).toContain("I can't help with moderation");
    expect(a.answer).toContain("Discord's own tools");
  });

  test('near miss: kicking off a project is no moderation', () => {
    expect(
      ask('how do leads kick off a new project with people from product?').plan.cannotDo,
    ).toBeUndefined();
  });
});

describe('a source or a status the member names in passing asks nothing beyond the roles', () => {
  test.each<[string, string]>([
    ['what do lead roles in fintech actually pay? real posted numbers, not glassdoor guesses', 'pay'],
    ['what do lead roles in the uk pay? honest numbers please, not levels.fyi estimates', 'pay'],
    ['what skills do fintech leads need, based on listings not reddit rumours', 'requirements'],
  ])('a source set aside: "%s"', (q, intent) => {
    expect(ask(q).plan.intent).toBe(intent);
  });

  test('near miss: a rating asked for is still out of reach', () => {
    expect(ask("what's thornbury's glassdoor rating?").plan.intent).toBe('out_of_scope');
  });

  test.each<[string, string]>([
    ["my husband's on a dependant visa so i can work in the uk, what do lead roles in london pay?", 'pay'],
    ['my wife has a dependant visa, any hybrid lead roles in london?', 'list_companies'],
    // (a count of listings is the counted list: r11-counts)
    ['im on my partner’s visa in canada, how many lead roles are in toronto?', 'list_companies'],
  ])('a visa held: "%s"', (q, intent) => {
    const a = ask(q);
    expect(a.plan.intent).toBe(intent);
  });

  test('a visa held beside a count: the count, no visa help', () => {
    const a = ask('im on my partner’s visa in canada, how many lead roles are in toronto?');
    expect(a.plan.intent).not.toBe('visa_relocation');
    expect(a.plan.filters.place).toBe('toronto');
  });

  test.each([
    'any remote lead roles open to india? i don’t want to relocate, family reasons',
    'remote lead jobs from Brazil? can’t relocate',
    'India se fully remote lead role milega kya? WFH chahiye, relocate nahi karna family ki wajah se',
  ])('a move ruled out asks no visa help: "%s"', (q) => {
    expect(ask(q).plan.intent).not.toBe('visa_relocation');
  });

  test.each(['which lead roles sponsor visas?', 'which lead roles offer relocation to germany?'])(
    'near miss: "%s" stays visa help',
    (q) => {
      expect(ask(q).plan.intent).toBe('visa_relocation');
    },
  );

  test('"permanent residency" is no permanent contract', () => {
    const a = ask('I have permanent residency in the netherlands, what do lead jobs in amsterdam ask for?');
    expect(a.plan.filters.employmentType).toBeUndefined();
    expect(ask('any permanent lead roles in amsterdam?').plan.filters.employmentType).toBe('permanent');
  });
});

describe('Hindi in Latin letters: which of two is asked for more, and whether a role is to be had', () => {
  const share = (skill: string) => leads().filter((l) => l.skills.includes(skill)).length;
  test.each<[string, string[]]>([
    ['Go ya Rust — kaunsa zyada demand me hai lead roles ke liye?', ['Go', 'Rust']],
    ['Python ya Java, lead jobs mein kiski demand zyada hai?', ['Python', 'Java']],
    ['AWS ya GCP, lead listings mein kaun zyada chahiye?', ['AWS', 'GCP']],
  ])('"%s"', (q, skills) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('skill_compare');
    expect(a.plan.filters).toMatchObject({ level: 'lead', skills, skillsMode: 'any' });
    for (const s of skills) expect(body(a.answer)).toContain(`${share(s)}`);
  });

  test('"milega kya": remote roles open to someone there, listed', () => {
    const a = ask('India se fully remote lead role milega kya?');
    expect(a.plan.intent).toBe('list_companies');
    expect(a.plan.filters.workMode).toBe('remote');
    // Skyloom's "Remote (worldwide)" is open to someone in India.
    expect(listingFile('skyloom-lead-backend-open-source-core')).toContain('location: Remote (worldwide)');
    expect(a.citations.map((c) => c.listingId)).toContain('skyloom-lead-backend-open-source-core');
  });

  test('near miss: a Spanish "ya" is left alone', () => {
    const a = ask('ya tengo Kafka, cuántas ofertas de lead piden Kafka?');
    expect(a.plan.intent).toBe('skill_frequency');
  });
});

describe('readiness, whatever the member says they have done', () => {
  test.each([
    'am i ready for lead? 7 years, led incidents, mentored two people',
    "i've run incidents and done code reviews for years, am i ready for a lead role or not",
    'been on the on-call rota and handled sev1s, 8 yrs backend. realistic to go for lead?',
  ])('"%s"', (q) => {
    expect(ask(q).plan.intent).toBe('readiness');
  });

  test.each(['how do leads handle incidents?', 'what does a lead do during an outage?'])(
    'near miss: "%s" stays the duty',
    (q) => {
      expect(ask(q).plan.intent).toBe('duties');
    },
  );

  test.each([
    'does a 2 year gap on my CV actually matter for staff roles? it was with my kids',
    'any gaps in my cv a problem? was off 18 months with burnout, applying for lead roles',
    'took 3 yrs off to care for my mum, will recruiters hold that against me for lead jobs?',
  ])('time away judged: "%s"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('readiness');
    expect(a.plan.timeAway).toBe(true);
    expect(body(a.answer)).toContain('**Time away**');
    // The guide's own word on what the years stand for (guide-skills-expected).
    expect(body(a.answer)).toMatch(/\brange\b/);
  });

  test.each([
    ['do any lead listings mention a career break?', 'list_companies'],
    ['should i explain my career break in lead interviews?', 'interview'],
  ])('near miss: "%s"', (q, intent) => {
    expect(ask(q).plan.intent).toBe(intent);
  });

  test.each([
    'any health-tech lead roles in europe? i did NHS integration work for 6 yrs before my break',
    'which fintech lead jobs are in london? i have 9 years in payments',
  ])('the roles asked first, the member’s years after: "%s"', (q) => {
    expect(ask(q).plan.intent).toBe('list_companies');
  });

  test('near miss: the years beside "am i ready" stay readiness', () => {
    expect(ask('any lead roles in berlin? 6 years, am i ready?').plan.intent).toBe('readiness');
  });
});

describe('where lead takes one next', () => {
  test.each([
    'where can the lead role take me in 5 years?',
    'what does lead lead to?',
    'lead -> ? what are the next steps after it',
    'where could being a tech lead get me long term',
    'where can being a lead take me after a few years?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('career_path');
    expect(body(a.answer)).toContain('After lead the path branches');
    expect(a.citations.map((c) => c.listingId)).toContain('guide-career-path');
  });

  test('near miss: the way up to lead is still the way up', () => {
    expect(body(ask('how do i get to lead?').answer)).not.toContain('After lead the path branches');
  });
});

describe('work modes listed are the split asked', () => {
  const modeCount = (mode: string) => leads().filter((l) => l.remote === mode).length;
  test.each([
    'remote/hybrid/on-site mix for lead roles please',
    'remote, hybrid and office split for lead roles pls',
    'how do lead roles break down remote vs hybrid vs on-site?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('work_mode');
    expect(a.plan.filters.workMode).toBeUndefined();
    const text = body(a.answer);
    for (const mode of ['remote', 'hybrid', 'onsite'])
      expect(text).toContain(`${modeCount(mode)} of ${leads().length}`);
  });

  test('near miss: one mode named is the filter', () => {
    expect(ask('remote lead roles in berlin?').plan.filters.workMode).toBe('remote');
  });

  test.each([
    'hybrid lead jobs in germany, how many office days? want max WFH',
    'how many days a week in the office do hybrid lead roles in the UK want?',
  ])('office days of one mode, filed with the work mode: "%s"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('work_mode');
    expect(a.plan.filters.workMode).toBe('hybrid');
    expect(body(a.answer)).toMatch(/^\*\*Days a week in the office\*\*/);
  });

  test('near miss: a leaning to WFH with no other mode named stays remote', () => {
    expect(ask('lead roles in Germany, want max WFH').plan.filters.workMode).toBe('remote');
  });
});

describe('a level set against another in a later part', () => {
  test.each<[string, [string, string]]>([
    [
      'how many engineering manager listings are there, how are they split remote/hybrid/onsite, and do they ask for more years than lead?',
      ['manager', 'lead'],
    ],
    [
      'how many staff listings are there and are they mostly remote? do they want more years than lead?',
      ['staff', 'lead'],
    ],
  ])('"%s": the levels side by side, the split of each', (q, levels) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('level_compare');
    expect(a.plan.compare).toEqual(levels);
    expect(a.plan.also).toContain('work_mode');
    const text = body(a.answer);
    const n = listings().filter((l) => l.seniority === levels[0]).length;
    expect(text).toContain(`(${n} listings)`);
    expect(text).toContain('Work mode by level');
  });

  test('one measure: each level’s split', () => {
    const a = ask("what's the remote/hybrid split for senior roles, and is it more remote than lead?");
    expect(a.plan.intent).toBe('work_mode');
    expect(a.plan.compare).toEqual(['senior', 'lead']);
  });

  test('near miss: years alone set side by side stay the years per level', () => {
    const a = ask('do engineering manager listings ask for more years than lead listings?');
    expect(a.plan.intent).toBe('years');
    expect(a.plan.compare).toEqual(['manager', 'lead']);
  });
});

describe('a claim that the remote roles are tied to one place is checked, not filtered on', () => {
  const remoteLeads = () => leads().filter((l) => l.remote === 'remote');
  const usOnly = () =>
    remoteLeads().filter((l) => {
      const r = l.locations.filter((p) => p.remote);
      return r.length > 0 && r.every((p) => p.country === 'United States' && !/worldwide/i.test(p.raw));
    });
  test.each([
    'why do all the remote lead jobs need US work authorization?? nothing for the rest of us',
    'remote lead roles only hire US citizens, right?',
    'is it true every remote lead job requires US residency?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('work_mode');
    expect(a.plan.filters.place).toBeUndefined();
    expect(a.plan.scopeClaim?.country).toBe('United States');
    const text = body(a.answer);
    expect(text).toContain(`of the ${remoteLeads().length} open listings matching lead level, remote`);
    expect(text).toContain(`${usOnly().length} (`);
    // Read by hand: Callowfield's "Remote (US — Central or Eastern time preferred)" is US-only.
    expect(listingFile('callowfield-lead-backend-engineer-underwriting')).toContain('location: Remote (US');
    expect(text).toContain('Callowfield Lending');
  });

  test('near miss: remote roles in the US asked for are the list', () => {
    const a = ask('any remote lead roles in the US?');
    expect(a.plan.intent).toBe('list_companies');
    expect(a.plan.filters.place).toBe('US');
  });
});

describe('statements before the question are context', () => {
  test('"my mentee cant relocate. any remote lead roles that accept people based in nigeria?"', () => {
    const a = ask('my mentee cant relocate. any remote lead roles that accept people based in nigeria?');
    expect(a.plan.intent).toBe('list_companies');
    expect(a.applied).toContain('open to someone in Nigeria');
  });
});
