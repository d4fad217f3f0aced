import { describe, expect, test } from 'vitest';
import { relocationTerms } from '../../../src/rag/extract/relocation.js';

describe('relocationTerms', () => {
  test.each([
    'We help with relocation to Finland, including visa paperwork and a month of temporary housing.',
    '- We can support work visas for people moving to New Zealand.',
    '- Visa sponsorship and relocation support available',
    'We **sponsor Swedish work permits** and offer a full relocation package.',
    'Relocation support is available within Canada.',
    'The office is in Kreuzberg. Visa sponsorship is available.',
  ])('offered: %s', (text) => {
    expect(relocationTerms(text)).toMatchObject({ offered: true, refused: false });
  });

  test.each([
    'You must have the right to work in the UK; we are unable to offer visa sponsorship for this role.',
    'Enhanced DBS check required. No sponsorship.',
    "You'll need the right to work in the UK; unfortunately we can't sponsor visas at the moment.",
    'Candidates must hold the right to work in Ireland.',
  ])('refused: %s', (text) => {
    expect(relocationTerms(text)).toMatchObject({ offered: false, refused: true });
  });

  test.each([
    'Behind the scenes we partner with two sponsor banks.',
    'A third sponsor bank arrives next year.',
    '- sponsor senior engineers who are aiming for staff',
    'Nineteen member organizations and many individual sponsors fund the foundation.',
    'Some client work requires SC clearance; we will sponsor this where needed.',
    '**Pay, relocation and visas**',
    "- Evidence that you've helped other engineers grow: mentoring, sponsorship, or steering a team",
  ])('neither: %s', (text) => {
    expect(relocationTerms(text)).toMatchObject({ offered: false, refused: false });
  });
});
