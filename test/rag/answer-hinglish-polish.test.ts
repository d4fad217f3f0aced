import { describe, expect, test } from 'vitest';
import { embeddedAnswers } from '../support/answers.js';

// Round 10 (issue 14): members in India write Hindi in Latin letters beside English, members in
// Poland write Polish. Their postpositions, question words and place forms ("india mein", "ke liye",
// "se kar sakte", "w Polsce", "z Polski", "ile lat doświadczenia") are read as the English ones.

const { app } = embeddedAnswers();
const ask = (q: string) => app().answerOffline(q)!;

describe('Hindi in Latin letters', () => {
  test.each([
    ['bhai lead backend roles mein kitna paisa milta hai india mein?', 'pay', 'India'],
    ['yaar bangalore mein lead roles ki salary kitni hai?', 'pay', 'Bengaluru'],
    ['kya koi remote lead job hai jo india se kar sakte hai?', 'list_companies', 'India'],
  ])('"%s"', (q, intent, place) => {
    const a = ask(q);
    expect(a.plan.intent).toBe(intent);
    expect(a.applied.join(' ')).toContain(place);
  });
  test('"mujhe 6 saal ka experience hai java mein, kya main lead ke liye ready hoon?" is readiness with 6 years', () => {
    const a = ask('mujhe 6 saal ka experience hai java mein, kya main lead ke liye ready hoon?');
    expect(a.plan.intent).toBe('readiness');
    expect(a.plan.years).toBe(6);
    expect(a.plan.filters.level).toBe('lead');
  });
  test('near miss: one Hindi-looking word in an English question changes nothing', () => {
    const a = ask('how much do lead roles pay in india? hai everyone');
    expect(a.plan.intent).toBe('pay');
  });
});

describe('Polish', () => {
  test.each([
    ['ile płacą za stanowisko lead backend w Polsce?', 'pay', 'Poland'],
    ['ile lat doświadczenia wymagają oferty lead?', 'years', undefined],
    ['czy są zdalne oferty lead dla kogoś z Polski?', undefined, 'Poland'],
  ])('"%s"', (q, intent, place) => {
    const a = ask(q);
    if (intent) expect(a.plan.intent).toBe(intent);
    if (place) expect(a.applied.join(' ')).toContain(place);
    expect(a.plan.filters.level).toBe('lead');
  });
  test('near miss: "W" opening an English sentence is no Polish "in"', () => {
    expect(ask('What do lead roles in Germany pay?').plan.filters.place).toBeDefined();
  });
});
