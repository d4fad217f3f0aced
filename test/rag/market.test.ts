import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../src/app.js';
import { marketCommand } from '../../src/bot/commands/market.js';
import { renderReply } from '../../src/bot/discord/render.js';
import { dispatchCommand } from '../../src/bot/dispatch.js';
import { percentile } from '../../src/rag/market.js';
import type { SearchFilters } from '../../src/rag/search.js';
import type { ListingSummary } from '../../src/storage/corpus/corpus-reader.js';
import { runCli } from '../support/cli-process.js';
import { checkMessage } from '../support/fake-discord.js';
import { ingestedApp } from '../support/ingested.js';
import { tempDir } from '../support/temp.js';

// The embedded corpus, built once for the file. Every expectation is computed here from the
// listings as `roleradar listings --json` prints them (or from SQL), not from the market code.

let app: App;
let dataDir: string;
let listings: ListingSummary[];
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ctx = () => ({
  app,
  invoker: { id: 'tester', name: 'tester', isAdmin: false },
  surface: 'console' as const,
});

beforeAll(async () => {
  const built = await ingestedApp({ scope: 'file' });
  app = built.app;
  dataDir = built.dataDir;
  listings = app.reader()!.listings();
}, 120_000);

describe('market report over the embedded corpus', () => {
  test('skill demand: each share is the listings naming the skill over N, and required ones are counted apart', async () => {
    const report = (await app.market({}, { topSkills: 20 }))!;
    expect(report.listings).toBe(listings.length);
    expect(report.listings).toBe(162);
    expect(report.skills).toHaveLength(20);
    const required = new Map(
      (
        app
          .reader()!
          .inspectDatabase()
          .prepare(
            'SELECT skill, count(DISTINCT document_id) AS n FROM document_skills WHERE required = 1 GROUP BY skill',
          )
          .all() as Array<{ skill: string; n: number }>
      ).map((r) => [r.skill, r.n]),
    );
    for (const s of report.skills) {
      const count = listings.filter((l) => l.skills.includes(s.skill)).length;
      expect(s, s.skill).toMatchObject({
        listings: count,
        share: round3(count / 162),
        required: required.get(s.skill) ?? 0,
        requiredShare: round3((required.get(s.skill) ?? 0) / 162),
      });
      expect(s.required).toBeLessThanOrEqual(s.listings);
    }
    // Most asked for first, and nothing left out above the cut.
    const counts = report.skills.map((s) => s.listings);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const allCounts = new Map<string, number>();
    for (const l of listings) for (const s of l.skills) allCounts.set(s, (allCounts.get(s) ?? 0) + 1);
    const cut = counts.at(-1)!;
    expect([...allCounts.values()].filter((n) => n > cut).length).toBeLessThanOrEqual(20);
    expect(report.skills[0]!.listings).toBe(Math.max(...allCounts.values()));
  });

  test('salary: one group per currency and period with its N, percentiles of range midpoints, never mixed', async () => {
    const report = (await app.market())!;
    expect(report.salary.basis).toBe('range-midpoint');
    const withSalary = listings.filter((l) => l.salary);
    expect(report.salary.posted).toBe(withSalary.length);
    const keys = new Set(withSalary.map((l) => `${l.salary!.currency}/${l.salary!.period}`));
    expect(report.salary.groups.map((g) => `${g.currency}/${g.period}`).sort()).toEqual([...keys].sort());
    for (const g of report.salary.groups) {
      const ranges = withSalary
        .map((l) => l.salary!)
        .filter((s) => s.currency === g.currency && s.period === g.period);
      expect(g.n).toBe(ranges.length);
      expect(g.min).toBe(Math.min(...ranges.map((r) => r.min)));
      expect(g.max).toBe(Math.max(...ranges.map((r) => r.max)));
      expect(g.p50).toBeCloseTo(median(ranges.map((r) => (r.min + r.max) / 2)), 2);
      expect(g.p25).toBeLessThanOrEqual(g.p50);
      expect(g.p50).toBeLessThanOrEqual(g.p75);
    }
    // Largest groups first; USD and EUR per year are two groups of their own.
    const usd = report.salary.groups.find((g) => g.currency === 'USD' && g.period === 'year')!;
    expect(report.salary.groups[0]).toBe(usd);
    expect(usd.n).toBe(
      withSalary.filter((l) => l.salary!.currency === 'USD' && l.salary!.period === 'year').length,
    );
    expect(
      report.salary.groups
        .filter((g) => g.currency === 'EUR')
        .map((g) => g.period)
        .sort(),
    ).toEqual(['day', 'year']);
  });

  test('years: N states a minimum, the median and the buckets add up', async () => {
    const { years } = (await app.market())!;
    const stated = listings.map((l) => l.yearsMin).filter((y): y is number => y !== null);
    expect(years.n).toBe(stated.length);
    expect(years.notStated).toBe(162 - stated.length);
    expect(years.median).toBe(median(stated));
    expect(years.distribution.reduce((sum, b) => sum + b.listings, 0)).toBe(stated.length);
    const sevenToEight = years.distribution.find((b) => b.label === '7–8')!;
    expect(sevenToEight.listings).toBe(stated.filter((y) => y === 7 || y === 8).length);
    expect(sevenToEight.share).toBe(round3(sevenToEight.listings / stated.length));
  });

  test('work mode and places: counts per mode and per country, each listing once', async () => {
    const report = (await app.market({}, { topLocations: 5 }))!;
    for (const mode of ['remote', 'hybrid', 'onsite'] as const) {
      const n = listings.filter((l) => l.remote === mode).length;
      expect(report.workMode[mode]).toEqual({ listings: n, share: round3(n / 162) });
    }
    expect(
      report.workMode.remote.listings +
        report.workMode.hybrid.listings +
        report.workMode.onsite.listings +
        report.workMode.unknown.listings,
    ).toBe(162);
    expect(report.locations).toHaveLength(5);
    const us = report.locations.find((l) => l.country === 'United States')!;
    expect(us.listings).toBe(
      listings.filter((l) => l.locations.some((p) => p.country === 'United States')).length,
    );
    expect(report.locations[0]!.listings).toBeGreaterThanOrEqual(report.locations.at(-1)!.listings);
  });

  test.each<[string, SearchFilters, (l: ListingSummary) => boolean]>([
    ['remote', { remote: ['remote' as const] }, (l: ListingSummary) => l.remote === 'remote'],
    ['seniority', { seniority: ['staff' as const] }, (l: ListingSummary) => l.seniority === 'staff'],
    [
      'skills',
      { skills: ['Go', 'Kafka'] },
      (l: ListingSummary) => l.skills.includes('Go') && l.skills.includes('Kafka'),
    ],
    [
      'min salary in USD',
      { minSalary: { amount: 200_000, currency: 'USD' } },
      (l: ListingSummary) =>
        l.salary?.currency === 'USD' && l.salary.period === 'year' && l.salary.max >= 200_000,
    ],
    [
      'posted after',
      { postedAfter: '2026-11-01' },
      (l: ListingSummary) => (l.postedAt ?? '') >= '2026-11-01',
    ],
    [
      'country',
      { location: 'Germany' },
      (l: ListingSummary) => l.locations.some((p) => p.country === 'Germany'),
    ],
  ])('the %s filter narrows the market as search does', async (_name, filters, expected) => {
    const report = (await app.market(filters))!;
    const n = listings.filter(expected).length;
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(162);
    expect(report.listings).toBe(n);
    expect(report.filters).toEqual(filters);
    if (filters.remote) expect(report.workMode.remote.share).toBe(1);
    if (filters.skills)
      for (const s of filters.skills) expect(report.skills.find((r) => r.skill === s)?.share).toBe(1);
    if (filters.minSalary)
      expect(report.salary.groups.map((g) => `${g.currency}/${g.period}`)).toEqual(['USD/year']);
  });

  test('a company filter matches by name, case-insensitively', async () => {
    const company = listings[0]!.company;
    const report = (await app.market({ company: company.toUpperCase() }))!;
    expect(report.listings).toBe(
      listings.filter((l) => l.company.toLowerCase().includes(company.toLowerCase())).length,
    );
    expect(report.listings).toBeGreaterThan(0);
  });

  test('a target narrows the market to every listing its filters select (as /ask does), and shifts the demand', async () => {
    const all = (await app.market({}, { topSkills: 100 }))!;
    const target = 'lead backend roles in Germany';
    const germany = (await app.market({}, { target, topSkills: 100 }))!;
    const expected = app
      .reader()!
      .listings()
      .filter((l) => l.seniority === 'lead' && l.locations.some((p) => p.country === 'Germany'));
    expect(germany.listings).toBe(expected.length);
    expect(germany.target).toBe(target);
    expect(germany.locations[0]?.name).toBe('Germany');
    expect(all.listings).toBeGreaterThan(germany.listings);
    // Filters still hold with a target.
    const remote = (await app.market({ remote: ['remote'] }, { target: 'lead backend roles in Europe' }))!;
    expect(remote.listings).toBeGreaterThan(0);
    expect(remote.workMode.remote.share).toBe(1);
  });

  test('an empty market is a report of zeros, and /market answers it in words without a chart', async () => {
    const report = (await app.market({ company: 'no-such-company-zz' }))!;
    expect(report).toMatchObject({
      listings: 0,
      skills: [],
      years: { n: 0, median: null },
      salary: { posted: 0, groups: [] },
      workMode: { remote: { listings: 0, share: 0 } },
      locations: [],
    });
    const reply = await dispatchCommand('market', { company: 'no-such-company-zz' }, ctx());
    expect(reply.content).toMatch(/No listings match this market \(at no-such-company-zz\)/);
    expect(reply.files ?? []).toEqual([]);
  });

  test('percentiles interpolate between ranks', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10], 0.25)).toBe(10);
    expect(percentile([0, 10, 20, 30, 40], 0.25)).toBe(10);
    expect(percentile([0, 10], 0.75)).toBe(7.5);
  });
});

describe('/market command', () => {
  test('replies with the figures in one embed within Discord limits, and the chart attached as its image', async () => {
    const reply = await dispatchCommand('market', { top: 20, location: 'europe' }, ctx());
    const n = (await app.market({ location: 'europe' }))!.listings;
    const embed = reply.embeds![0]!;
    expect(embed.title).toBe(`Market: ${n} listings`);
    expect(embed.image).toBe('market.png');
    expect(embed.fields!.map((f) => f.name)).toEqual([
      `Skills most asked for (of ${n})`,
      'Experience asked',
      expect.stringMatching(/^Posted pay: range midpoints, per currency \(\d+ of \d+ post one\)$/),
      'Work mode',
      'Top places',
    ]);
    expect(embed.fields![0]!.value.split('\n')).toHaveLength(20);
    expect(reply.files).toHaveLength(1);
    expect(reply.files![0]!.name).toBe('market.png');
    expect(Buffer.from(reply.files![0]!.data.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    const messages = renderReply(reply, {
      exchangeId: null,
      ids: { encode: () => 'x', decode: () => null } as never,
      ephemeral: false,
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.files.map((f) => f.name)).toEqual(['market.png']);
    expect(messages[0]!.embeds[0]!.image).toEqual({ url: 'attachment://market.png' });
    expect(checkMessage(messages[0] as unknown as Record<string, unknown>)).toBeNull();
  });

  test('checks its options before any work: unknown skills, a lone currency, a bad date', async () => {
    expect((await dispatchCommand('market', { skills: 'cobolscript' }, ctx())).content).toMatch(
      /I don't know the skill "cobolscript"/,
    );
    expect((await dispatchCommand('market', { currency: 'EUR' }, ctx())).content).toMatch(
      /`currency` goes with `min_salary`/,
    );
    expect((await dispatchCommand('market', { posted_after: '2026-13-40' }, ctx())).content).toMatch(
      /posted_after/,
    );
  });

  test('its definition respects Discord limits: descriptions, max lengths, choices', () => {
    const data = marketCommand.data;
    expect(data.name).toBe('market');
    expect(data.description.length).toBeLessThanOrEqual(100);
    const options = (data.options ?? []) as unknown as Array<Record<string, unknown>>;
    expect(options.length).toBeLessThanOrEqual(25);
    for (const o of options) {
      expect(String(o.description).length).toBeLessThanOrEqual(100);
      if (o.type === 3 && !o.choices) expect(o.max_length).toBeGreaterThan(0);
    }
    expect(options.find((o) => o.name === 'seniority')?.choices).toHaveLength(7);
  });
});

describe('roleradar market', () => {
  test('--json prints only the report on stdout, and --chart writes the PNG', async () => {
    const chart = path.join(tempDir('roleradar-chart-'), 'out', 'skills.png');
    const result = await runCli(['market', '--remote', '--top', '8', '--json', '--chart', chart], {
      ROLERADAR_DATA_DIR: dataDir,
    });
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout);
    const remote = listings.filter((l) => l.remote === 'remote').length;
    expect(json).toMatchObject({
      listings: remote,
      filters: { remote: ['remote'] },
      workMode: { remote: { listings: remote, share: 1 } },
      chart: { file: chart },
    });
    expect(json.skills).toHaveLength(8);
    const png = fs.readFileSync(chart);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(json.chart.bytes).toBe(png.length);
    expect(png.readUInt32BE(16)).toBe(json.chart.width);
    expect(png.readUInt32BE(20)).toBe(json.chart.height);
  }, 60_000);

  test('without --json it prints the figures; a lone --currency is a usage error', async () => {
    const text = await runCli(['market', '--seniority', 'lead', '--top', '5'], {
      ROLERADAR_DATA_DIR: dataDir,
    });
    expect(text.code, text.stderr).toBe(0);
    const lead = listings.filter((l) => l.seniority === 'lead').length;
    expect(text.stdout).toContain(`== Market: ${lead} listings ==`);
    expect(text.stdout).toMatch(/Skills most asked for \(of \d+\):\n {2}1\. \S/);
    expect(text.stdout).toMatch(/USD per year \(n \d+\): p25 [\d,]+ · median/);
    expect(text.stdout).not.toContain('**');
    const bad = await runCli(['market', '--currency', 'EUR'], { ROLERADAR_DATA_DIR: dataDir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--currency goes with --min-salary/);
  }, 60_000);
});
