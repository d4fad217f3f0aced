import { stemmer } from 'stemmer';
import { describe, expect, test } from 'vitest';
import { featureQualifiers } from '../../src/rag/answer/compose/features.js';
import { featureById } from '../../src/rag/extract/listing-features.js';
import { body, embeddedAnswers } from '../support/answers.js';

// holdout8's detail classes (round 7): listings named by what their text says, one listing's detail
// answered with the sentence that says it, readiness naming the listings that fit. The expected
// listings and sentences are read from the stored listings' text by the test's own patterns.

const { app, ask, leads, details } = embeddedAnswers();
const leadTexts = () => {
  const lead = new Set(leads().map((l) => l.id));
  return details().filter((d) => lead.has(d.id));
};

describe('a feature with what the question says of it: the listings saying both are the answer', () => {
  test.each([
    ['which lead listings pay candidates for the take-home?', 'pay'],
    ['which lead roles offer a paid take-home?', 'paid'],
    ['any lead jobs where the home assignment is paid?', 'paid'],
  ])('"%s" reads %s', (q, word) => {
    // "paid" and "pay" are one word to it (the stemmer alone keeps them apart).
    expect(featureQualifiers(q, featureById('take-home')!)).toEqual([stemmer('pay')]);
    expect(q).toContain(word);
  });

  test.each([
    'which lead roles have a take-home instead of live coding?',
    'which lead listings include a take-home in the interview?',
  ])('near miss: "%s" says nothing more of it', (q) => {
    expect(featureQualifiers(q, featureById('take-home')!)).toEqual([]);
  });

  test.each([
    'which lead listings pay you for the take-home?',
    'do any lead roles compensate… no: which lead roles have a paid take-home exercise?',
    'which lead positions pay for the take-home task?',
  ])('"%s" names the listings whose take-home sentence says it is paid', async (q) => {
    // grep: a take-home or trial task with "paid" / "pay" in its sentence.
    const paid = leadTexts().filter((d) =>
      d.description
        .split(/(?<=[.!?])\s+|\n/)
        .some(
          (s) => /take-home|trial task/i.test(s) && /\bpa(?:y|id)\b/i.test(s) && !/take-home pay/i.test(s),
        ),
    );
    expect(paid.length).toBeGreaterThanOrEqual(4);
    const text = body((await ask(q)).answer);
    expect(text).toMatch(
      new RegExp(`${paid.length} of them say “paid” or “pay” of it|all ${paid.length} say`),
    );
    for (const d of paid) expect(text).toContain(d.company);
  });

  test('near miss: take-home pay is still out of scope', async () => {
    const a = app().answerOffline("what's the take-home pay on a lead salary in Germany after tax?")!;
    expect(a.plan.intent).toBe('out_of_scope');
  });
});

describe('relocation asked on its own: each listing offering help with the move, named', () => {
  test.each([
    'which lead roles help with relocating?',
    'lead listings with relocation packages?',
    'which lead jobs give relocation assistance?',
  ])('"%s"', async (q) => {
    const text = body((await ask(q)).answer);
    // grep: "We help with relocation" (Cobaltline, Ironhollow), "relocation support (we've moved
    // people here from 23 countries)" (Lanternjaw): named, not left in "…and N more".
    for (const company of ['Cobaltline', 'Ironhollow', 'Lanternjaw']) expect(text).toContain(company);
    expect(text).toMatch(/Of them, offer help with relocation\*\*: \d+/);
  });

  test('near miss: visas asked keep the visa list', async () => {
    const text = body((await ask('which lead roles sponsor visas?')).answer);
    expect(text).not.toMatch(/Of them, offer help with relocation/);
  });
});

describe('"which listings don\'t state a minimum": each named, those saying so first', () => {
  test.each([
    'which lead roles have no years-of-experience requirement?',
    'which lead listings have no minimum years?',
    "which lead postings don't give a years-of-experience minimum?",
  ])('"%s"', async (q) => {
    const none = leads().filter((l) => l.yearsMin === null);
    expect(none.length).toBeGreaterThan(5);
    const text = body((await ask(q)).answer);
    expect(text).toContain(`**Stating no minimum** (${none.length} of the ${leads().length})`);
    for (const l of none) expect(text).toContain(l.company);
    // grep: "We don't count years" (Yenbay) is said in its words.
    expect(text).toContain("We don't count years");
  });

  test('near miss: a bound is no "no minimum" question', async () => {
    const text = body((await ask('which lead roles ask for no more than 6 years?')).answer);
    expect(text).not.toContain('Stating no minimum');
  });
});

describe('one company or listing: the sentences that say the detail asked', () => {
  test.each([
    'how heavy is the on-call at callowfield lending?',
    'callowfield lending on-call: how often are you paged?',
  ])('"%s" quotes both sentences under its on-call heading', async (q) => {
    const text = body((await ask(q)).answer);
    expect(text).toContain('one week in seven');
    expect(text).toContain('nine in the last twelve months');
  });

  test.each([
    'how does deepwell interview for the c++ order gateway lead?',
    'deepwell markets c++ lead: what are the interview steps?',
  ])('"%s": a line labelled "Process:" is the interview', async (q) => {
    const text = body((await ask(q)).answer);
    expect(text).toContain('phone screen → C++ deep-dive');
  });

  test.each([
    'does the wrenfield spaces leasing lead require kubernetes?',
    'wrenfield spaces leasing platform lead: do i need k8s experience?',
  ])('"%s": said as not needed, in its words', async (q) => {
    const text = body((await ask(q)).answer);
    expect(text).toMatch(/\*\*Kubernetes\*\*: not needed; the listing says so under “What we don't need”/);
    expect(text).toContain('We run on ECS');
  });

  test('a skill the listing never names is said to be absent', async () => {
    const text = body((await ask('does the wrenfield spaces leasing lead need rust?')).answer);
    expect(text).toContain('**Rust**: the listing does not mention it');
  });

  test.each([
    "kestrelwave's lead ad mentions 'the Akka question', what is it?",
    'what does the kestrelwave lead posting mean by "mention the Akka question"?',
  ])('"%s": the quoted phrase finds what it refers to', async (q) => {
    const text = body((await ask(q)).answer);
    expect(text).toContain('moving to Pekko');
  });

  test('near miss: a listing question naming its own stack adds no skill line', async () => {
    const text = body((await ask('what does the deepwell c++ order gateway lead pay?')).answer);
    expect(text).not.toContain('**C++**');
  });
});

describe('readiness: the gap measured where the member fits, and listings with no minimum named', () => {
  test.each([
    '9 yrs of java and spring boot, never used kubernetes. how many java spring lead roles want it?',
    'mentee: 10 years java + spring boot, zero k8s — is that a problem for java/spring lead jobs?',
  ])('"%s"', async (q) => {
    const text = body((await ask(q)).answer);
    // Counted from the stored listings: leads naming Java and Spring Boot, and of them Kubernetes.
    const fit = leadTexts().filter(
      (d) =>
        d.skillDetails.some((s) => s.name === 'Java') && d.skillDetails.some((s) => s.name === 'Spring Boot'),
    );
    const without = fit.filter((d) => !d.skillDetails.some((s) => s.name === 'Kubernetes'));
    expect(text).toMatch(new RegExp(`Of the ${fit.length} listings naming all of Java, Spring Boot`));
    expect(text).toContain(`${fit.length - without.length} ask for Kubernetes`);
    for (const d of without) expect(text).toContain(d.company);
  });

  test('the listings naming all the member’s skills that state no minimum are named', async () => {
    const text = body(
      (await ask('7 yrs, go + postgres + kafka + kubernetes. which lead roles fit me?')).answer,
    );
    const fit = leads().filter((l) =>
      ['Go', 'PostgreSQL', 'Kafka', 'Kubernetes'].every((s) =>
        leadTexts()
          .find((d) => d.id === l.id)!
          .skillDetails.some((x) => x.name === s),
      ),
    );
    const none = fit.filter((l) => l.yearsMin === null);
    expect(none.length).toBeGreaterThan(0);
    expect(text).toContain(`${none.length} more state no minimum`);
    for (const l of none) expect(text).toContain(l.company);
  });
});
