import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadAnswerCases } from '../../../src/rag/answer/eval.js';
import { literalAt } from '../../../src/rag/answer/plan/companies.js';
import { companyNamed, type PlannerDeps } from '../../../src/rag/answer/plan/index.js';

/**
 * The reference: how `companyNamed` matched before its index (one regular expression per company,
 * twice per question). The indexed matcher must give the same company and the same asked words.
 */
function companyNamedByRegex(
  question: string,
  listings: PlannerDeps['listings'],
): { company: string; asked: string } | undefined {
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const GENERIC = new Set(
    'the data health labs systems digital cloud group global tech bank games energy software solutions studio works open public smart north south east west first blue green red lead senior staff principal remote hybrid backend engineer engineering platform'.split(
      ' ',
    ),
  );
  const distinctiveWord = (company: string): string | null => {
    const first = company.toLowerCase().match(/[\p{L}\p{N}]+/u)?.[0];
    return first && first.length >= 4 && !GENERIC.has(first) ? first : null;
  };
  const lower = question.toLowerCase();
  const companies = [...new Set(listings.map((l) => l.company))].sort((a, b) => b.length - a.length);
  for (const c of companies) {
    const m = new RegExp(`\\b${escapeRegExp(c.toLowerCase())}\\b`).exec(lower);
    if (c.length >= 3 && m) return { company: c, asked: question.slice(m.index, m.index + c.length) };
  }
  for (const c of companies) {
    const word = distinctiveWord(c);
    if (!word) continue;
    const m = new RegExp(`\\b${escapeRegExp(word)}(?:'s|’s)?\\b`).exec(lower);
    if (m) return { company: c, asked: question.slice(m.index, m.index + word.length) };
  }
  return undefined;
}

// The embedded corpus's listings, read from their files (id, title, company of the front matter).
const listingsDir = path.resolve(import.meta.dirname, '../../../data/listings');
const embedded = fs
  .readdirSync(listingsDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => {
    const head = fs.readFileSync(path.join(listingsDir, f), 'utf8').split('\n---')[0]!;
    const field = (k: string) => new RegExp(`^${k}:\\s*(.+)$`, 'm').exec(head)?.[1]?.trim() ?? '';
    return { id: field('id'), title: field('title'), company: field('company') };
  });
// Names that test the index's edges: a shared first word, a short name, marks, a non-ASCII
// opening letter, a name that is a word of another, the same length as another.
const edges = [
  'Über Logistik',
  'Ørsted Digital',
  '(Parens) Labs',
  'AB',
  'Nova',
  'Nova Pay',
  'Nova Payments GmbH',
  'Acme & Sons',
  'Acme.io',
  'Zürich Versicherung',
  'Data Systems',
  'X',
  'C++ Works (Pty) Ltd',
  '_under_score',
  'Çelik Yazılım',
  'Acme-',
].map((company, i) => ({ id: `edge-${i}`, title: 'Lead Backend Engineer', company }));

const evalQuestions = loadAnswerCases(
  path.resolve(import.meta.dirname, '../../../data/eval/answers.jsonl'),
).map((c) => c.question);

function questionsFor(company: string): string[] {
  const first = company.split(/\s+/)[0]!;
  return [
    `What does ${company} pay for a lead role?`,
    `what does ${company.toLowerCase()} ask for?`,
    `Is ${first}'s interview hard?`,
    `how remote is ${first.toLowerCase()}’s team`,
    `${company.toUpperCase()} or ${first}?`,
    `Tell me about ${first}x and ${company}-style roles`,
    `Compare ${first} with the others`,
  ];
}

describe('companyNamed: the indexed matcher gives what one expression per company gave', () => {
  for (const [name, listings] of [
    ['the embedded corpus', embedded],
    ['the embedded corpus with edge names', [...embedded, ...edges]],
  ] as const) {
    test(`${name}: every company name and the evaluation questions`, () => {
      expect(embedded.length).toBeGreaterThan(100);
      const companies = [...new Set(listings.map((l) => l.company))];
      const questions = [...evalQuestions, ...companies.flatMap(questionsFor)];
      let named = 0;
      for (const q of questions) {
        const expected = companyNamedByRegex(q, listings);
        expect(companyNamed(q, listings), q).toEqual(expected);
        if (expected) named++;
      }
      // Most synthetic questions name a company: the comparison is not over empty results.
      expect(named).toBeGreaterThan(companies.length * 4);
    });
  }
});

describe('literalAt: where the pattern `\\b` + literal + `\\b` (or "\'s" and `\\b`) first matches', () => {
  const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const literals = [
    'acme',
    'acme.io',
    'nova pay',
    '(parens) labs',
    'c++',
    'acme-',
    '_x',
    'über',
    'zürich',
    'a',
    "o'neil",
  ];
  const around = ['', ' ', 'x', '_', '-', '.', "'s", '’s', "'s_", "'sx", '’sy', 'ü', '9', '(', "'"];
  test('the same index as the pattern, for every literal between every pair of neighbours', () => {
    let matched = 0;
    for (const literal of literals)
      for (const before of around)
        for (const after of around)
          for (const text of [
            `${before}${literal}${after}`,
            `${before}${literal}${after} and ${literal}`,
            `${literal}${literal}${after}`,
            `say ${before}${literal}${after}, then ${literal}'s`,
          ])
            for (const possessive of [false, true]) {
              const re = new RegExp(`\\b${escaped(literal)}${possessive ? "(?:'s|’s)?\\b" : '\\b'}`);
              const expected = re.exec(text)?.index ?? -1;
              expect(literalAt(text, literal, possessive), `${text} / ${literal} / ${possessive}`).toBe(
                expected,
              );
              if (expected >= 0) matched++;
            }
    expect(matched).toBeGreaterThan(500);
  });
});
