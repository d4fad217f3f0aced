import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Issue 14, read as the member who acts on the answer: the listings a visa asker can use, the remote
// listings open to where they are, as many top skills as asked, and the interview yes or no first.

const { ask, leads } = embeddedAnswers();

describe('visa help for someone from a country: every lead listing, not those based there', () => {
  test('"for someone from India" counts over all lead listings', async () => {
    const text = body((await ask('which lead roles sponsor visas for someone from India')).answer);
    expect(text.split('\n')[0]).toBe(
      `Relocation and visa help across the ${leads().length} open listings matching lead level:`,
    );
    expect(text).toMatch(/\*\*Offer relocation or visa help\*\*: [1-9]\d* of /);
  });

  test('the remote listings a member can take from home are named beside them', async () => {
    const text = body((await ask("I'm a Nigerian citizen, which lead jobs offer visa sponsorship?")).answer);
    const open = leads().filter(
      (l) =>
        l.remote === 'remote' &&
        l.locations.some(
          (p) =>
            p.remote &&
            (p.country
              ? p.country === 'Nigeria'
              : p.region
                ? p.region === 'africa'
                : /^\s*remote\s*$|\b(?:worldwide|anywhere|global(?:ly)?)\b/i.test(p.raw)),
        ),
    );
    expect(open.length).toBeGreaterThan(0);
    expect(text).toContain(
      `**Remote and open to someone in Nigeria** (no move needed): ${open.length} of ${leads().length}`,
    );
    for (const l of open.slice(0, 4)) expect(text).toContain(`**${l.company}** (${l.location})`);
  });
});

describe('remote listings open to someone in a place', () => {
  test('the remote share of all lead listings, then the remote ones a member in Portugal can take', async () => {
    const text = body(
      (await ask('how many of the lead jobs are fully remote and which ones accept people in Portugal?'))
        .answer,
    );
    const remote = leads().filter((l) => l.remote === 'remote');
    expect(text).toContain(`Work mode across the ${leads().length} open listings matching lead level:`);
    expect(text).toContain(`**Remote: ${remote.length} of ${leads().length}**`);
    // Remote in Portugal, across Europe without a country or a part of it, or anywhere.
    const open = remote.filter((l) =>
      l.locations.some(
        (p) =>
          p.remote &&
          (p.country
            ? p.country === 'Portugal'
            : p.region
              ? p.region === 'europe'
              : /^\s*remote\s*$|\b(?:worldwide|anywhere|global(?:ly)?)\b/i.test(p.raw)) &&
          !/\b(?:nordics?|scandinavia\w*|dach|benelux|baltics?)\b/i.test(p.raw),
      ),
    );
    expect(open.length).toBeGreaterThan(0);
    expect(text).toContain(`${open.length} open listings (lead level, remote, open to someone in Portugal)`);
    const part = text.slice(text.indexOf('open to someone in Portugal'));
    for (const l of open.slice(0, 10)) expect(part).toContain(l.title);
    // Not the Lisbon office jobs, nor remote roles for another country, only the Nordics or a
    // time-zone window.
    expect(part).not.toMatch(
      /Tech Lead, Backend – Loan Servicing|Remote \(Nordics\)|Remote \(Poland\)|Remote \(UTC/,
    );
  });
});

describe('the number of top skills asked', () => {
  test('"top 5" lists five', async () => {
    const text = body((await ask('top 5 skills for lead roles in the UK')).answer);
    expect(text.split('\n').filter((l) => /^\d+\. \*\*/.test(l))).toHaveLength(5);
  });
});

describe('interviews: the yes or no first', () => {
  test('"do they do leetcode?": how many describe a coding exercise, of those describing interviews', async () => {
    const lines = body((await ask('do lead interviews include leetcode?')).answer).split('\n');
    expect(lines[0]).toMatch(
      /^\*\*(?:No|Some do|Mostly yes)\*\*: \d+ of the \d+ listings that describe their interviews name a coding, algorithm, pairing or take-home exercise, \d+ of them algorithm or LeetCode-style puzzles(?: \(\d+ says? no puzzles\))?\.$/,
    );
    const [, coding, described] = /(\d+) of the (\d+)/.exec(lines[0]!)!;
    expect(Number(coding)).toBeLessThanOrEqual(Number(described));
    expect(lines.join('\n')).toContain(`(${described} of ${leads().length} describe them`);
    const pairing = body((await ask('do they make you pair program in lead interviews?')).answer);
    expect(pairing.split('\n')[0]).toMatch(/^\*\*(?:No|Some do|Mostly yes)\*\*: \d+ of the \d+ listings/);
  });
});

describe('a skill asked not to be needed: the listings that do not name it', () => {
  test('"lead roles not requiring java?" names lead listings without Java, never one with it', async () => {
    const text = body((await ask('lead roles not requiring java?')).answer);
    const without = leads().filter((l) => !l.skills.includes('Java'));
    const withJava = leads().filter((l) => l.skills.includes('Java'));
    expect(text).toContain(`Those that do not ask for Java (${without.length} of ${leads().length}):`);
    const named = text.split('Those that do not ask for Java')[1]!;
    const shown = named.split('\n').filter((line) => line.startsWith('- **'));
    expect(shown).toHaveLength(Math.min(10, without.length));
    for (const line of shown) {
      const company = /^- \*\*(.+?)\*\*/.exec(line)![1]!;
      expect(without.some((l) => l.company === company)).toBe(true);
    }
    for (const l of withJava) expect(named).not.toContain(`**${l.company}**, ${l.title}`);
  });
});

describe('two currencies set side by side: their pay, never converted, the others counted', () => {
  test('"compare pay for lead roles in USD vs GBP" shows USD and GBP only, with each N', async () => {
    const text = body((await ask('compare pay for lead roles in USD vs GBP')).answer);
    const posted = leads().filter((l) => l.salary);
    const usdYear = posted.filter((l) => l.salary!.currency === 'USD' && l.salary!.period === 'year');
    const gbpYear = posted.filter((l) => l.salary!.currency === 'GBP' && l.salary!.period === 'year');
    const others = posted.filter((l) => l.salary!.currency !== 'USD' && l.salary!.currency !== 'GBP');
    expect(text).toContain(
      `Shown: USD and GBP, as asked (${others.length} ranges in other currencies left out; never converted).`,
    );
    expect(text).toContain(`**USD per year** (N=${usdYear.length})`);
    expect(text).toContain(`**GBP per year** (N=${gbpYear.length})`);
    expect(text.indexOf('**USD per year**')).toBeLessThan(text.indexOf('**GBP per year**'));
    expect(text).not.toMatch(/\*\*(?:EUR|CAD|INR) per/);
  });

  test('a currency asked that no listing posts is said to have no range', async () => {
    const text = body((await ask('lead salaries in GBP or CHF')).answer);
    expect(leads().some((l) => l.salary?.currency === 'CHF')).toBe(false);
    expect(text).toContain('- **CHF**: no posted range.');
    expect(text).toContain('**GBP per year**');
  });
});

// Round 10 (r10-lang): one listing's process read from its own text.
describe("a company's interview stages, counted when asked", () => {
  test.each<[string, string, number]>([
    ['How many rounds is the Ohmwise interview for the lead role?', 'Ohmwise', 4],
    ['Wie viele Runden hat das Vorstellungsgespräch bei Pulsar Santé?', 'Pulsar Santé', 5],
    ['quantas etapas tem a entrevista da Gula?', 'Gula', 5],
  ])('"%s" gives the stages its list names', async (q, company, stages) => {
    const text = body((await ask(q)).answer);
    expect(text).toContain(`**${company}**`);
    expect(text).toContain(`(${stages} stages, as it lists them)`);
  });

  test('near miss: the process asked without "how many" lists it uncounted', async () => {
    const text = body((await ask("what's the interview process at Pulsar Santé?")).answer);
    expect(text).toContain('**Pulsar Santé**');
    expect(text).not.toContain('stages, as it lists them');
  });
});

describe('the listings that say what their design round is about', () => {
  test.each<string>([
    'which lead listings tell you the problem of their system design round?',
    'Which lead postings say what the design interview is about? need realistic prompts',
    'which lead roles describe what you design in their architecture round?',
  ])('"%s" quotes each prompt', async (q) => {
    const text = body((await ask(q)).answer);
    expect(text).toMatch(/\d+ of them say what their design round is about:/);
    expect(text).toMatch(/Ohmwise: “[^”]*20,000 chargers/);
    expect(text).toMatch(/Pulsar Santé: “[^”]*waiting room/);
    expect(text).toMatch(/Marrowbid: “[^”]*pacing service/);
  });

  test('near miss: how many have a design round is a count, not the prompts', async () => {
    const text = body((await ask('how many lead listings have a system design round?')).answer);
    expect(text).not.toContain('say what their design round is about');
  });
});
