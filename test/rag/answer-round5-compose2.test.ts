import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 5, compose2 (issue 14, holdout5): what descriptive and one-listing answers say. Each case
// is a new phrasing of a failure class, checked against the listing and guide files, not the engine.

const { ask, details } = embeddedAnswers();
const listingFile = (id: string) => fs.readFileSync(path.resolve('data/listings', `${id}.md`), 'utf8');
const guideFile = (id: string) => fs.readFileSync(path.resolve('data/guides', `${id}.md`), 'utf8');
/** A guide's list item that starts with the bold label, as quoted (markdown left out). */
const guideItem = (id: string, label: string) => {
  const line = guideFile(id)
    .split('\n')
    .find((l) => l.includes(`**${label}`))!;
  return line
    .replace(/^\s*(?:[-*]|\d+[.)])\s+/, '')
    .replace(/\*/g, '')
    .trim();
};

describe('a question word matches the guide sentence by its stem; a labelled item is quoted whole', () => {
  // grep: the incident guide's item "**Incident commander (IC):** owns the response. … Does *not* debug."
  const ic = guideItem('guide-incident-leadership-and-on-call', 'Incident commander');
  test.each([
    'during an outage, is the lead the person who debugs the problem?',
    'when production goes down should I, as the lead, be debugging it myself?',
    'sev1 at 2am: does the tech lead debug or coordinate?',
  ])('"%s"', async (q) => {
    expect(ic).toMatch(/Does not debug\.$/);
    expect(body((await ask(q)).answer)).toContain(ic);
  });
});

describe('a guide section the question names by its heading, made of steps, is answered by all its steps', () => {
  // grep: the numbered bold labels under "## A structure for design rounds".
  const section = guideFile('guide-system-design-and-interviews')
    .split('## A structure for design rounds')[1]!
    .split('\n## ')[0]!;
  const labels = [...section.matchAll(/^\d+\. \*\*([^*]+?)\.\*\*/gm)].map((m) => m[1]!);
  test.each([
    'what structure should a lead candidate follow in a design round?',
    'is there a structure for system design rounds I can use in my lead interview?',
    'give me a good structure for the design round of a lead loop',
  ])('"%s"', async (q) => {
    expect(labels.length).toBe(7);
    const line = body((await ask(q)).answer)
      .split('\n')
      .find((l) => l.includes('step by step'));
    expect(line).toBeDefined();
    expect(line).toContain(labels.join(', '));
  });
});

describe('readiness reads how readiness is shown and the roads to lead, the rarer words asked picking', () => {
  const career = guideFile('guide-career-path');
  test.each([
    [
      'could I be hired as a lead at a different company without having led before? 9 years senior',
      /changing company/,
    ],
    [
      'senior for 8 years, want lead: would moving to another company get me there faster?',
      /changing company/,
    ],
    [
      'what evidence should I collect before asking for a lead promotion? 7 years java',
      /people you mentored/,
    ],
    [
      'what evidence do hiring managers want before they make a senior a lead? I have 6 years',
      /people you mentored/,
    ],
  ])('"%s"', async (q, said) => {
    // grep: the guide says it.
    expect(career).toMatch(said);
    expect(body((await ask(q)).answer)).toMatch(said);
  });
});

describe('a question about one listing answers what it asks besides the aspects, in the listing words', () => {
  test.each([
    [
      'Vesselworks Elixir contract: what is the day rate, and do they have night on-call?',
      'vesselworks-lead-backend-elixir-contract',
      'no nights',
    ],
    [
      'vesselworks contract - how many months, and any nights on the rotation?',
      'vesselworks-lead-backend-elixir-contract',
      'no nights',
    ],
    [
      'Gula contract: what is the hourly rate and how many days of paid time off?',
      'gula-lead-backend-engineer-nodejs-contract',
      '20 days a year',
    ],
    [
      'gula node lead: which currency, and is there paid time off for contractors?',
      'gula-lead-backend-engineer-nodejs-contract',
      '20 days a year',
    ],
  ])('"%s"', async (q, id, said) => {
    // grep: the listing says it.
    expect(listingFile(id)).toContain(said);
    expect(body((await ask(q)).answer)).toContain(said);
  });
});

describe('a listing that states no years says it does not state them', () => {
  test.each([
    'how many years of experience does the Skyloom Foundation lead role want?',
    'Skyloom Foundation open source lead: minimum years?',
    'what experience level in years is Skyloom Foundation asking for?',
  ])('"%s"', async (q) => {
    // grep: the listing names no number of years.
    expect(listingFile('skyloom-lead-backend-open-source-core')).not.toMatch(/\d+\+? years/);
    expect(body((await ask(q)).answer)).toMatch(/does not state a number of years/);
  });
});

describe('asked which say they sponsor, a listing that says it cannot is a count, not a name', () => {
  test.each([
    'which lead jobs in Europe offer visa sponsorship? I live in Chile',
    'lead roles in europe that sponsor work permits?',
    'I need a visa: which European lead listings say they will sponsor it?',
  ])('"%s"', async (q) => {
    // grep: Orrery says it is unable to offer visa sponsorship.
    expect(listingFile('orrery-lead-software-engineer-backend-public-services')).toMatch(
      /unable to offer visa sponsorship/,
    );
    const answer = (await ask(q)).answer;
    expect(answer).not.toContain('Orrery');
    expect(body(answer)).toMatch(/\d+ others? says? (?:it|they) cannot sponsor/);
  });

  test('asked which cannot, they are named', async () => {
    const answer = (await ask("which lead roles in Europe can't sponsor a visa?")).answer;
    expect(answer).toContain('Orrery');
  });
});

describe('a section of what the role does not need names no skill it asks for', () => {
  test('wrenfield: Kubernetes is named only under "What we don\'t need"', () => {
    const text = listingFile('wrenfield-lead-backend-leasing-platform');
    const notNeeded = text.split("**What we don't need**")[1]!;
    // grep: Kubernetes appears in the listing only in that section.
    expect(text.split("**What we don't need**")[0]).not.toMatch(/kubernetes/i);
    expect(notNeeded).toMatch(/Kubernetes/);
    const l = details().find((d) => d.id === 'wrenfield-lead-backend-leasing-platform')!;
    expect(l.skillDetails.map((s) => s.name)).not.toContain('Kubernetes');
    expect(l.skillDetails.map((s) => s.name)).toContain('AWS');
  });
});

describe('"S3-compatible" names another store like S3, not AWS', () => {
  test('vireo: its only AWS word is "S3-compatible"', () => {
    const text = listingFile('vireo-tech-lead-vector-search-engine');
    // grep: S3 only as "S3-compatible", and no other AWS word.
    expect(text).toMatch(/S3-compatible/);
    expect(text.replace(/S3-compatible/g, '')).not.toMatch(/\b(?:aws|amazon|s3|ec2|ecs|rds|lambda)\b/i);
    const l = details().find((d) => d.id === 'vireo-tech-lead-vector-search-engine')!;
    expect(l.skillDetails.map((s) => s.name)).not.toContain('AWS');
  });
});
