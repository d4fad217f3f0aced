import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// What the corpus itself covers, asked by admins and members checking it (round 9, issue 14): its
// guides, how fresh it is, and its countries, cities, industries and companies. Expected figures
// come from the listing and guide files (front matter read here), not from the engine.

const { app, listings } = embeddedAnswers();
const ask = async (q: string) => app().answerOffline(q)!;

const LISTINGS = path.resolve('data/listings');
const GUIDES = path.resolve('data/guides');
const files = fs.readdirSync(LISTINGS).filter((f) => f.endsWith('.md'));
const guideFiles = fs.readdirSync(GUIDES).filter((f) => f.endsWith('.md'));
const text = (dir: string, f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
const front = (f: string, key: string) =>
  new RegExp(`^${key}: *"?([^"\\n]+)"?`, 'm').exec(text(LISTINGS, f))?.[1]?.trim() ?? '';
const guideTitle = (f: string) => /^title: *"?([^"\n]+)"?/m.exec(text(GUIDES, f))?.[1]?.trim() ?? '';
const dates = files.map((f) => front(f, 'postedAt').slice(0, 10)).sort();

describe('the guides the corpus holds', () => {
  test.each([
    'how many role guides are there and what do they cover?',
    'list the guides pls',
    'which guides does the bot have?',
  ])('"%s": every guide named and cited, with its sections', async (q) => {
    const result = await ask(q);
    expect(result.plan.coverage).toBe('guides');
    expect(body(result.answer).split('\n')[0]).toBe(
      `The corpus holds ${guideFiles.length} guides beside the listings; each, with what it covers (its sections):`,
    );
    for (const f of guideFiles) expect(result.answer).toContain(`**${guideTitle(f)}**`);
    expect(result.citations).toHaveLength(guideFiles.length);
    // A section of the career guide, by its own heading.
    expect(result.answer).toContain('Moving between IC and management');
  });

  test('"guides on interviews": only those whose title or sections name the topic', async () => {
    const onTopic = guideFiles.filter((f) =>
      /interview/i.test(
        text(GUIDES, f)
          .match(/^(?:title:.*|#+ .*)$/gm)!
          .join(' '),
      ),
    );
    const result = await ask('what guides do you have on interviews?');
    expect(body(result.answer).split('\n')[0]).toMatch(
      new RegExp(`^${onTopic.length} of the corpus's ${guideFiles.length} guides cover interview`),
    );
    expect(result.citations).toHaveLength(onTopic.length);
  });

  test('near miss: what a guide says about a topic is that topic, not the list of guides', async () => {
    const result = await ask('what does the career guide say about moving from lead to staff?');
    expect(result.plan.coverage).toBeUndefined();
  });
});

describe('how fresh the corpus is', () => {
  test.each([
    'how fresh is the corpus?',
    "what's the oldest listing still open?",
    'when was the newest posting added?',
  ])('"%s": the newest and oldest posting dates over every open listing', async (q) => {
    const result = await ask(q);
    expect(result.plan.coverage).toBe('freshness');
    const answer = body(result.answer);
    expect(answer).toContain(`${files.length} open listings; every one states a posting date.`);
    expect(answer).toContain(`**Newest**: posted ${dates.at(-1)}`);
    expect(answer).toContain(`**Oldest still open**: posted ${dates[0]}`);
    const oldest = files.filter((f) => front(f, 'postedAt').startsWith(dates[0]!));
    for (const f of oldest.slice(0, 3)) expect(answer).toContain(front(f, 'company'));
    expect(answer).toMatch(/corpus generation \S+, published \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
  });

  test('"when was it last refreshed?" says the generation and when it was published first', async () => {
    const result = await ask('when was the database last updated?');
    expect(body(result.answer).split('\n')[0]).toMatch(
      /^The listings are those of corpus generation \S+, published \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/,
    );
  });

  test('the newest under the filters stated: lead roles in Berlin', async () => {
    const berlin = files.filter(
      (f) => /Berlin/.test(front(f, 'location')) && /\blead\b/i.test(front(f, 'title')),
    );
    const newest = berlin
      .map((f) => front(f, 'postedAt').slice(0, 10))
      .sort()
      .at(-1);
    const result = await ask("what's the newest lead listing in berlin?");
    expect(body(result.answer)).toContain(`**Newest**: posted ${newest}`);
    expect(result.applied).toEqual(expect.arrayContaining(['in Berlin']));
  });

  test('near miss: "the newest lead roles in Berlin" is a list of them, not freshness', async () => {
    const result = await ask('show me the newest lead roles in berlin');
    expect(result.plan.coverage).toBeUndefined();
  });
});

describe('countries and companies of the corpus', () => {
  test.each([
    'which countries does the corpus cover?',
    'how many countries do we have listings in?',
    'list the countries in the database',
  ])('"%s": counted per country', async (q) => {
    // The stored places of each listing (its location read once at ingest), counted per country.
    const us = listings().filter((l) => l.locations.some((p) => p.country === 'United States'));
    const result = await ask(q);
    expect(result.plan.byCountry).toBe(true);
    expect(body(result.answer)).toMatch(/^\d+ open listings name \d+ countries, most first/);
    expect(body(result.answer)).toMatch(new RegExp(`United States ${us.length} \\[`));
  });

  test.each([
    'how many companies are in the corpus?',
    'how many different employers does the database have?',
  ])('"%s": the listings and the companies they are from', async (q) => {
    const companies = new Set(files.map((f) => front(f, 'company')));
    const result = await ask(q);
    expect(result.plan.intent).toBe('list_companies');
    expect(body(result.answer).split('\n')[0]).toBe(
      `${files.length} open listings, from ${companies.size} companies:`,
    );
  });

  test('"per country" with a count word is the counts per country, not the inventory', async () => {
    const result = await ask('how many listings do we have per country?');
    expect(result.plan.inventory).toBeUndefined();
    expect(body(result.answer)).toMatch(/^\d+ open listings name \d+ countries/);
  });

  test('near miss: "which companies hire Go leads?" stays the companies hiring', async () => {
    const result = await ask('which companies hire go leads in the corpus?');
    expect(result.plan.filters.skills).toEqual(['Go']);
  });
});

describe('the corpus counted per level', () => {
  test.each([
    'how many listings do we hold per seniority level?',
    'how many listings are there per level (lead, senior, staff, principal, manager, mid)?',
    'how many jobs are there by seniority?',
  ])('"%s": every open listing, by level', (q) => {
    const a = app().answerOffline(q)!;
    expect(a.plan.intent).toBe('level_compare');
    const leads = listings().filter((l) => l.seniority === 'lead').length;
    expect(body(a.answer)).toMatch(new RegExp(`^By level: lead: ${leads} \\(`, 'm'));
  });

  test('near miss: "how many lead roles are there in berlin?" stays that count', () => {
    const a = app().answerOffline('how many lead roles are there in berlin?')!;
    expect(a.plan.inventory).toBeUndefined();
    expect(a.applied).toEqual(['lead level', 'in Berlin']);
  });
});
