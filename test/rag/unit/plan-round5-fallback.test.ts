import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  type GuidePassage,
  guideIntent,
  guideTopic,
  guideTopicFits,
} from '../../../src/rag/answer/plan/guide-topic.js';
import type { Intent } from '../../../src/rag/answer/plan/index.js';

// Round 5, fallback (issue 14): the guide section a question no aggregate cue fits is about, read
// from the guide files themselves (one passage per "## " section), and the intent of its guide.
// Every phrasing is new; each expected section is a heading of the guide file (checked below).

const dir = path.resolve('data/guides');
const files = new Map(
  fs.readdirSync(dir).map((f) => [f.replace(/\.md$/, ''), fs.readFileSync(path.join(dir, f), 'utf8')]),
);
const passages: GuidePassage[] = [...files].flatMap(([id, md]) => {
  const title = /^title: (.*)$/m.exec(md)![1]!;
  return md
    .split(/^## /m)
    .slice(1)
    .map((s) => ({
      documentId: id,
      title,
      heading: s.split('\n')[0]!.trim(),
      text: s.split('\n').slice(1).join('\n'),
    }));
});

const CASES: Array<[string, string, string, Intent]> = [
  [
    'any advice on negotiating the level of an offer?',
    'guide-compensation-context',
    'Negotiation basics',
    'pay',
  ],
  [
    "i want to be promoted to lead, how do i prove i'm ready?",
    'guide-career-path',
    'What readiness looks like',
    'career_path',
  ],
  [
    'how do i run hiring loops to try out management first?',
    'guide-career-path',
    'Moving between IC and management',
    'career_path',
  ],
  [
    'who should be the incident commander during an outage?',
    'guide-incident-leadership-and-on-call',
    'Roles during an incident',
    'duties',
  ],
  [
    "how do I write a postmortem that doesn't blame the on-call person?",
    'guide-incident-leadership-and-on-call',
    'Writing blameless postmortems',
    'duties',
  ],
  [
    'what goes on a code review checklist?',
    'guide-mentoring-and-code-review',
    'Code review checklist',
    'duties',
  ],
  [
    "how do I run a design review that doesn't drag on?",
    'guide-mentoring-and-code-review',
    'Running design reviews',
    'duties',
  ],
  [
    'how do i get buy-in from stakeholders for a migration?',
    'guide-working-with-product-and-roadmaps',
    'Aligning stakeholders',
    'duties',
  ],
  [
    'how should I structure the answer in a system design round?',
    'guide-system-design-and-interviews',
    'A structure for design rounds',
    'interview',
  ],
  [
    'what do interviewers want to see from a lead candidate?',
    'guide-system-design-and-interviews',
    'What interviewers want from a lead',
    'interview',
  ],
  [
    'how do i handle on-call when the team spans several regions?',
    'guide-remote-and-distributed-teams',
    'On-call across regions',
    'work_mode',
  ],
  [
    "what's the difference between remote-first and distributed?",
    'guide-remote-and-distributed-teams',
    'Remote, hybrid and distributed: what the words mean',
    'work_mode',
  ],
];

describe('guideTopic: the section a question is about, and its guide’s intent', () => {
  test.each(CASES)('"%s" → %s: %s (%s)', (q, guideId, heading, intent) => {
    // grep: the heading is the guide file's.
    expect(files.get(guideId)).toContain(`\n## ${heading}\n`);
    const topic = guideTopic(q, passages);
    expect(topic?.intent).toBe(intent);
    expect(topic?.sections[0]).toEqual({ documentId: guideId, heading });
  });

  test.each(["what's the weather in lisbon", 'lead roles in fintech', 'tell me a joke', 'thanks!'])(
    '"%s" matches no section well',
    (q) => {
      expect(guideTopic(q, passages)).toBeUndefined();
      expect(guideTopicFits(q, passages)).toBe(false);
    },
  );

  test('with no guides there is no topic', () => {
    expect(guideTopic('how do I negotiate a lead offer?', [])).toBeUndefined();
    expect(guideTopic('how do I negotiate a lead offer?', undefined)).toBeUndefined();
  });

  test('every guide of the corpus names an intent', () => {
    for (const id of files.keys()) expect(guideIntent(id), id).toBeDefined();
  });
});
