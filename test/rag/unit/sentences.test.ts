import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../src/rag/answer/compose/text.js';

describe('sentencesOf: the sentences an answer may quote', () => {
  it('quotes a short label opening a line together with what follows it on that line', () => {
    const text = [
      '**17:00** On-call handover. You are secondary this week; the rotation is one week in five.',
      'Hybrid. Two days a week in the Leeds office, the rest wherever you work best.',
    ].join('\n');
    expect(sentencesOf(text)).toEqual([
      '17:00 On-call handover. You are secondary this week; the rotation is one week in five.',
      'Hybrid. Two days a week in the Leeds office, the rest wherever you work best.',
    ]);
  });

  it('keeps a list item that opens in lower case', () => {
    const text =
      '- on-call 1 week in 6, paid extra at the standby rate\n* equity: a real grant, vesting over four years';
    expect(sentencesOf(text)).toEqual([
      'on-call 1 week in 6, paid extra at the standby rate',
      'equity: a real grant, vesting over four years',
    ]);
  });

  it('near misses: a lower-case line that is no list item, and a short line alone, stay out', () => {
    const text = [
      'and then the rotation is one week in five, as the team grows further.',
      'On-call handover.',
      'We run a weekly pager rotation shared by five engineers on the team.',
    ].join('\n');
    expect(sentencesOf(text)).toEqual([
      'We run a weekly pager rotation shared by five engineers on the team.',
    ]);
  });

  it('a long first sentence is no label: each sentence stands alone', () => {
    const text = 'The on-call rotation is paid and shared by six people. The lead runs the incident review.';
    expect(sentencesOf(text)).toEqual(['The on-call rotation is paid and shared by six people.']);
  });
});
