import fs from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import type { MarketReport, MarketSkill } from '../../src/rag/market.js';
import { CHART_FONT_FILES, escapeXml, renderSkillChart } from '../../src/rag/market-chart.js';

const PNG_SIGNATURE = '89504e470d0a1a0a';

/** Width and height from the IHDR chunk, which must come first. */
function ihdr(png: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(png);
  expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function skill(name: string, listings: number, required: number, n: number): MarketSkill {
  return {
    skill: name,
    category: 'language',
    listings,
    share: listings / n,
    required,
    requiredShare: required / n,
  };
}

function report(skills: MarketSkill[], extra: Partial<MarketReport> = {}): MarketReport {
  return {
    listings: 40,
    filters: {},
    target: null,
    skills,
    years: { n: 0, notStated: 0, median: null, p25: null, p75: null, distribution: [] },
    salary: { basis: 'range-midpoint', posted: 0, groups: [] },
    workMode: {
      remote: { listings: 0, share: 0 },
      hybrid: { listings: 0, share: 0 },
      onsite: { listings: 0, share: 0 },
      unknown: { listings: 0, share: 0 },
    },
    locations: [],
    ...extra,
  };
}

/** Share of pixels darker than mid-grey in a rectangle of the rendered SVG (RGBA). */
function inkShare(svg: string, box: { x: number; y: number; w: number; h: number }): number {
  const image = new Resvg(svg, { font: { fontFiles: CHART_FONT_FILES, loadSystemFonts: false } }).render();
  // `pixels` copies the whole buffer on each read: read it once.
  const pixels = image.pixels;
  let dark = 0;
  for (let y = box.y; y < box.y + box.h; y++)
    for (let x = box.x; x < box.x + box.w; x++) {
      const i = (y * image.width + x) * 4;
      if (pixels[i]! < 128 && pixels[i + 3]! > 0) dark++;
    }
  return dark / (box.w * box.h);
}

describe('skill-demand chart', () => {
  const skills = [
    skill('Kubernetes', 32, 30, 40),
    skill('PostgreSQL', 28, 28, 40),
    skill('Go', 20, 12, 40),
    skill('Kafka', 10, 2, 40),
  ];

  test('is a valid PNG whose IHDR size matches what it reports, with real content', () => {
    const chart = renderSkillChart(report(skills));
    expect(Buffer.from(chart.png.subarray(0, 8)).toString('hex')).toBe(PNG_SIGNATURE);
    expect(ihdr(chart.png)).toEqual({ width: chart.width, height: chart.height });
    expect(chart.width).toBe(1500);
    expect(chart.png.length).toBeGreaterThan(10_000);
    // Plain bytes, so it crosses a worker boundary by structured clone.
    expect(structuredClone(chart.png)).toEqual(chart.png);
  });

  test('grows a row per skill, and shows at most `top` of them', () => {
    const many = Array.from({ length: 20 }, (_, i) => skill(`Skill ${i}`, 40 - i, 10, 40));
    const five = renderSkillChart(report(many), { top: 5 });
    const fifteen = renderSkillChart(report(many), { top: 15 });
    expect(fifteen.height).toBeGreaterThan(five.height);
    expect(five.svg).toContain('>Skill 4<');
    expect(five.svg).not.toContain('>Skill 5<');
    expect(fifteen.svg).toContain('>Skill 14<');
  });

  test('draws the title, shares and counts with the bundled font (no system fonts)', () => {
    for (const file of CHART_FONT_FILES) expect(fs.existsSync(file)).toBe(true);
    const chart = renderSkillChart(report(skills));
    expect(chart.svg).toContain('Skill demand across 40 listings');
    expect(chart.svg).toContain('>80% · 32<');
    expect(chart.svg).toContain('>Share of the 40 listings that ask for the skill<');
    // The title area has ink: the font was found and used.
    expect(inkShare(chart.svg, { x: 36, y: 28, w: 400, h: 30 })).toBeGreaterThan(0.05);
    // Bars are proportional to the share: Kubernetes (80%) is longer than Kafka (25%).
    const widths = [
      ...chart.svg.matchAll(/<rect x="266" y="[\d.]+" width="([\d.]+)"[^>]*fill="#9dbff0"/g),
    ].map((m) => Number(m[1]));
    expect(widths).toHaveLength(4);
    expect(widths[0]! / widths[3]!).toBeCloseTo(32 / 10, 1);
  });

  test('renders the same bytes every time (no machine-dependent fonts)', () => {
    expect(
      Buffer.from(renderSkillChart(report(skills)).png).equals(
        Buffer.from(renderSkillChart(report(skills)).png),
      ),
    ).toBe(true);
  });

  test('escapes hostile skill, target and company text, and drops characters XML cannot hold', () => {
    const hostile = '</text><script>alert("x")</script>&amp;\u0000\u001b<!--';
    const chart = renderSkillChart(
      report([skill(hostile, 10, 5, 40)], {
        target: `"><svg onload='boom'>`,
        filters: { company: 'A&B <Corp>', location: "O'Brien" },
      }),
    );
    expect(chart.svg).not.toContain('<script');
    expect(chart.svg).not.toContain('<svg onload');
    expect(chart.svg).not.toContain(String.fromCharCode(0));
    expect(chart.svg).not.toContain(String.fromCharCode(27));
    expect(chart.svg).toContain('&lt;/text&gt;&lt;script&gt;');
    expect(chart.svg).toContain('A&amp;B &lt;Corp&gt;');
    expect(chart.svg).toContain('O&apos;Brien');
    expect(chart.svg.match(/<svg /g)).toHaveLength(1);
    expect(Buffer.from(chart.png.subarray(0, 8)).toString('hex')).toBe(PNG_SIGNATURE);
    expect(escapeXml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  });

  test('an empty market still renders, saying so', () => {
    const chart = renderSkillChart(report([], { listings: 0 }));
    expect(chart.svg).toContain('No listings match this market');
    expect(ihdr(chart.png).width).toBe(1500);
  });
});
