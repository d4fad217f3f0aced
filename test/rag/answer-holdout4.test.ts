import { describe, expect, test } from 'vitest';
import { embeddedAnswers } from '../support/answers.js';

// The fourth outside set (issue 14), read as the member who acts on the answer: readiness with the
// member's skills named says how many listings name all of them and what those ask in years; the
// interview at a named company quotes that company's own listing.

const { ask, leads } = embeddedAnswers();

describe('readiness with skills named: the listings naming all of them, apart', () => {
  test('"8 yrs of python and kafka" counts the lead listings naming both and their years', async () => {
    const result = await ask('8 yrs of python and kafka, could i get a lead job or not yet?');
    expect(result.questionKind).toBe('readiness');
    const both = leads().filter((l) => l.skills.includes('Python') && l.skills.includes('Kafka'));
    expect(both.length).toBeGreaterThan(0);
    const stating = both.filter((l) => l.yearsMin !== null);
    const meets = stating.filter((l) => l.yearsMin! <= 8);
    const line = result.answer.split('\n').find((x) => x.includes('**Listings naming all of'));
    expect(line).toBeDefined();
    expect(line).toMatch(/Python and Kafka|Kafka and Python/);
    expect(line).toContain(`${both.length} of the ${leads().length};`);
    expect(line).toContain(`${stating.length} state years`);
    expect(line).toContain(`with 8 you meet ${meets.length} of them`);
    // The base stays every lead listing: the skills narrow only that line.
    expect(result.answer).toMatch(new RegExp(`^Measured against the ${leads().length} open listings`, 'm'));
  });
});

describe('the interview at a named company, from its own listing', () => {
  test('"how many interview rounds at ardwick" is an interview answer citing the Ardwick listing', async () => {
    const result = await ask('how many interview rounds does ardwick payments run for the lead role?');
    expect(result.questionKind).toBe('interview');
    expect(result.citations.map((c) => c.listingId)).toContain('ardwick-lead-backend-payments-platform');
    // The company's own listing comes first, with its interview sentence quoted whole.
    const lines = result.answer.split('\n');
    expect(lines[0]).toMatch(/^\*\*Ardwick Payments\*\*, [^\n]*, on its interviews \[\d+\]:$/);
    expect(lines[1]).toMatch(/^- “[^”]*system design[^”]*”$/);
  });

  test('a company whose listing says nothing of its interviews is told so, before the guides', async () => {
    const result = await ask('whats the hiring process at thornbury like?');
    expect(result.questionKind).toBe('interview');
    expect(result.answer.split('\n')[0]).toMatch(
      /^- \*\*Thornbury Observability GmbH\*\*, [^\n]*: the listing does not describe its interview process \[\d+\]$/,
    );
  });
});

describe('a term no listing offers, and a trend about a skill', () => {
  test('"any part-time lead roles" says plainly that no listing is one', async () => {
    const result = await ask('are there lead backend jobs that are part time? school runs every afternoon');
    expect(result.answer.split('\n')[0]).toBe(
      `Part-time: no listing is a part-time role; none of the ${leads().length} open listings matching lead level is one or mentions part-time work.`,
    );
  });

  test('the skill of a trend stays stated, its share counted over every listing of the level', async () => {
    const result = await ask('is kafka for leads dying out next year?');
    expect(result.questionKind).toBe('out_of_scope');
    const kafka = leads().filter((l) => l.skills.includes('Kafka')).length;
    expect(result.answer).toContain(
      `across the ${leads().length} open listings matching lead level, Kafka is asked for in ${kafka} of ${leads().length}`,
    );
  });
});

describe("a listing's work mode, in its own words", () => {
  test('the sentence quoted is about where the work is, not a pipeline named "vehicle-location"', async () => {
    const result = await ask(
      'wayfold transit platform lead: is it remote or office based? i live in calgary',
    );
    const quoted = result.answer.split('\n').find((x) => x.startsWith('- In its words:'));
    expect(quoted).toMatch(/Remote anywhere in Canada/);
    expect(quoted).not.toMatch(/vehicle-location/);
  });
});

describe("one listing's term or duties said under its own heading or label", () => {
  test('on-call under an "On-call?" heading is quoted though the sentence never says on-call', async () => {
    const result = await ask('the callowfield underwriting lead role - is the on-call rough?');
    expect(result.questionKind).toBe('listing');
    expect(result.answer).toMatch(/^- on-call: “[^”]*one week in seven[^”]*” \[\d+\]$/m);
  });

  test('duties given on a "Day to day:" line are quoted', async () => {
    const result = await ask('writwell python contract lead: what are the duties of that gig?');
    expect(result.answer).toMatch(/^- “Day to day: [^”]*hands-on coding[^”]*” \[\d+\]$/m);
  });
});
