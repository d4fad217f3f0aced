import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Intent } from '../../src/rag/answer/plan/index.js';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 5, fallback (issue 14): a question that asks no count, share, pay, list or comparison and
// states no requirement is answered from the guide section it is about, quoted and cited, under the
// intent of that guide; it no longer gets the skill tally. Each phrasing is new (none is an eval
// question); the section and every quoted sentence are checked against the guide files.

const { ask } = embeddedAnswers();
const guideFile = (id: string) => fs.readFileSync(path.resolve('data/guides', `${id}.md`), 'utf8');
/** A guide file's text as the answer quotes it: markup and line breaks gone. */
const plain = (text: string) => text.replace(/\*\*|\*/g, '').replace(/\s+/g, ' ');

const CASES: Array<[string, string, string, Intent]> = [
  ['how do I negotiate a lead offer?', 'guide-compensation-context', 'Negotiation basics', 'pay'],
  [
    'they offered me lead but the number is low, how do i counter without losing the offer?',
    'guide-compensation-context',
    'Negotiation basics',
    'pay',
  ],
  [
    'what should I put on my CV to look like a lead candidate',
    'guide-career-path',
    'How to show readiness',
    'career_path',
  ],
  [
    'how can i make my lead-level work visible before review season?',
    'guide-career-path',
    'How to show readiness',
    'career_path',
  ],
  // "where can being a lead take me after a few years?" is the roads after lead since round 11
  // (r11-kinds, `LEAD_ONWARD`): the same section's rows, with the summary line first
  // (test/rag/answer-kinds11.test.ts).
  [
    'how do i write an RFC that people actually read and decide on?',
    'guide-working-with-product-and-roadmaps',
    'Writing RFCs that get decisions',
    'duties',
  ],
  [
    'how do I get tech debt prioritised when product only wants features?',
    'guide-working-with-product-and-roadmaps',
    'Getting technical debt onto the roadmap',
    'duties',
  ],
  [
    'how do I give feasibility estimates to product without overpromising?',
    'guide-working-with-product-and-roadmaps',
    'Giving feasibility estimates',
    'duties',
  ],
  [
    "how do I set alerts that don't wake people up for nothing",
    'guide-incident-leadership-and-on-call',
    'Alerting that respects people',
    'duties',
  ],
  [
    'how do i raise code quality without becoming the bottleneck',
    'guide-mentoring-and-code-review',
    'Raising standards without becoming a bottleneck',
    'duties',
  ],
  [
    'how do I mentor juniors without doing their work for them?',
    'guide-mentoring-and-code-review',
    'How good leads mentor',
    'duties',
  ],
  [
    'what makes a good pull request review from a lead?',
    'guide-mentoring-and-code-review',
    'Running code reviews',
    'duties',
  ],
  [
    'my manager is pushing me toward tech lead but i hate meetings. what am i signing up for?',
    'guide-what-a-lead-backend-engineer-does',
    'A typical week',
    'duties',
  ],
  [
    'how do i keep a remote team connected across time zones?',
    'guide-remote-and-distributed-teams',
    'Keeping a remote team connected',
    'work_mode',
  ],
  [
    'how should I read the title on a listing, is tech lead the same everywhere?',
    'guide-lead-vs-senior-staff-manager',
    'Reading titles in job listings',
    'level_compare',
  ],
];

describe('a question no aggregate cue fits is answered from the guide section it is about', () => {
  test.each(CASES)('"%s" → %s, %s', async (q, guideId, heading, intent) => {
    const text = guideFile(guideId);
    // grep: the section is the guide's.
    expect(text).toMatch(new RegExp(`^##+ ${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    const title = /^title: (.*)$/m.exec(text)![1]!;
    const result = await ask(q);
    expect(result.questionKind).toBe(intent);
    const lines = body(result.answer).split('\n');
    // The first line answers: the guide, its section, and the sentence that carries the answer.
    expect(lines[0]).toContain(`From the guide “${title}”, section **${heading}**: “`);
    expect(body(result.answer)).not.toMatch(/What they ask for most often/);
    // Every quoted sentence is the guide's own words (a clipped quote, up to its ellipsis; a table
    // row, "Cell (cell): cell", cell by cell).
    const quotes = [...body(result.answer).matchAll(/“([^”]+)”/g)].map((m) => m[1]!.replace(/…$/, ''));
    const said = quotes.filter((s) => s !== title);
    expect(said.length).toBeGreaterThanOrEqual(2);
    for (const s of said)
      for (const part of s.split(/ \(|\): |; /).filter((p) => p.length >= 10))
        expect(plain(text)).toContain(part.replace(/\)$/, ''));
    expect(result.answer).toContain(title);
  });
});

describe('questions that ask for requirements, counts or listings keep their answers', () => {
  test.each([
    ['what do lead backend jobs in logistics tend to ask for?', 'requirements'],
    ['principal backend roles - stack?', 'requirements'],
    ['what would it take to get hired as a principal engineer?', 'requirements'],
  ] as Array<[string, Intent]>)('"%s" stays %s', async (q, intent) => {
    const result = await ask(q);
    expect(result.questionKind).toBe(intent);
    expect(body(result.answer)).toMatch(/What they ask for most often/);
    expect(body(result.answer)).not.toMatch(/^From the guide “/);
  });

  test.each([
    'how many lead listings went up since 20 November?',
    'remote lead roles in europe - any good ones?',
  ])('"%s" is about the listings, not a guide', async (q) => {
    const result = await ask(q);
    expect(body(result.answer)).not.toMatch(/^From the guide “/);
  });
});
