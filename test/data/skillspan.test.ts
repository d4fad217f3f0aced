import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { ingestedApp } from '../support/ingested.js';

// Real, de-identified postings (SkillSpan, MIT) sit beside the project in ../shared; they are read
// from there, never copied. Where the folder is absent these tests are reported as skipped.
const SKILLSPAN = path.join(PROJECT_ROOT, '../shared/corpus/skillspan');
const files = ['train.json', 'dev.json'].map((f) => path.join(SKILLSPAN, f)).filter((f) => fs.existsSync(f));

describe.skipIf(files.length === 0)(
  'SkillSpan import (real postings from ../shared/corpus/skillspan)',
  () => {
    test('ingests every posting next to the embedded corpus, with placeholders and boilerplate handled', async () => {
      const { app, report: embedded } = await ingestedApp();
      expect(embedded.status).toBe('published');
      const report = await app.ingest({ sources: files, embedded: false });
      expect(report.status).toBe('published');
      expect(report.issues).toEqual([]);
      expect(report.counts.added).toBeGreaterThanOrEqual(190);

      const reader = app.reader()!;
      const imported = reader.listings().filter((l) => l.source.startsWith('skillspan:'));
      expect(imported.length).toBe(report.counts.added);
      // The embedded corpus is kept whole.
      expect(reader.listings().filter((l) => l.source === 'embedded').length).toBe(
        embedded.counts.added - reader.status().guides,
      );

      for (const summary of imported) {
        const listing = reader.listing(summary.id)!;
        const text = `${listing.title}\n${listing.description}`;
        expect(text, listing.id).not.toMatch(/<[A-Z_]{3,}>/);
        expect(text, listing.id).not.toMatch(/Likes: \d+ Dislikes/);
        expect(text, listing.id).not.toMatch(/[\u0080-\u009F]/);
        expect(text, listing.id).not.toMatch(/ ' (ll|s|re|ve) /);
        expect(listing.url).toMatch(/^https:\/\/github\.com\/kris927b\/SkillSpan#/);
      }
      // Header facts become fields: posting dates and compensation lines.
      expect(imported.filter((l) => l.postedAt?.startsWith('2021-')).length).toBeGreaterThanOrEqual(100);
      const paid = imported.filter((l) => l.salary);
      expect(paid.length).toBeGreaterThanOrEqual(15);
      for (const l of paid)
        expect(['EUR', 'GBP', 'USD', 'CHF', 'PLN', 'SEK', 'DKK', 'NOK']).toContain(l.salary!.currency);
      // Titles were cut from the first sentence: lead roles are recognised.
      expect(imported.filter((l) => l.seniority === 'lead').length).toBeGreaterThanOrEqual(5);
      // Stack Overflow ("tech") postings are software jobs and carry skills; many "house" postings
      // are other trades (nursing, sales, often in Danish), where few software skills is right.
      const tech = imported.filter((l) => l.id.includes('-tech-'));
      expect(tech.filter((l) => l.skills.length >= 5).length / tech.length).toBeGreaterThan(0.85);
    });
  },
);
