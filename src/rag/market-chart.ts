import { createRequire } from 'node:module';
import path from 'node:path';
import type * as ResvgModule from '@resvg/resvg-js';
import type { MarketReport } from './market.js';

/** A rendered chart: the PNG bytes, the SVG it was drawn from, and its pixel size. */
export interface Chart {
  png: Uint8Array;
  svg: string;
  width: number;
  height: number;
}

// The fonts ship in an npm package and are loaded by path, with system fonts off, so a chart
// looks the same on every machine (and on one with no fonts installed at all).
const FONT_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
export const CHART_FONT_FILES = [
  path.join(FONT_DIR, 'DejaVuSans.ttf'),
  path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'),
];

/** resvg (a native addon) is loaded when the first chart is drawn, not by every thread that imports this. */
const resvg = (): typeof ResvgModule => createRequire(import.meta.url)('@resvg/resvg-js');

const WIDTH = 1000;
const PAD = 36;
const LABEL_COLUMN = 230;
const VALUE_COLUMN = 120;
const ROW = 32;
const BAR = 20;
const COLORS = {
  required: '#2f6fd6',
  optional: '#9dbff0',
  text: '#1f2933',
  muted: '#52606d',
  grid: '#d9e2ec',
  axis: '#7b8794',
  background: '#ffffff',
};

// Characters XML 1.0 does not allow at all (NUL, most C0 controls, lone surrogates, U+FFFE/F):
// escaping cannot save them, so they are dropped.
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text made safe inside an SVG element or attribute: invalid characters dropped, markup escaped. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Roughly how wide DejaVu Sans draws a text (measured averages per character class). */
function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (/[A-Z@MW%]/.test(ch)) em += 0.72;
    else if (/[ilj.,:;'|!()[\]]/.test(ch)) em += 0.32;
    else if (ch === ' ') em += 0.32;
    else em += 0.6;
  }
  return em * size * (bold ? 1.1 : 1);
}

/** Cuts a text with an ellipsis so it fits in `max` pixels. */
function fitText(text: string, max: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= max) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size, bold) > max) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

function label(
  x: number,
  y: number,
  text: string,
  o: { size: number; bold?: boolean; color?: string; anchor?: 'start' | 'middle' | 'end' },
): string {
  return `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="${o.size}"${o.bold ? ' font-weight="bold"' : ''} fill="${o.color ?? COLORS.text}"${o.anchor && o.anchor !== 'start' ? ` text-anchor="${o.anchor}"` : ''}>${escapeXml(text)}</text>`;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The filters and target of a report in words, for a chart's subtitle. */
export function describeMarket(report: Pick<MarketReport, 'filters' | 'target'>): string {
  const f = report.filters;
  const parts = [
    report.target ? `“${report.target}”` : '',
    f.remote?.length ? f.remote.join(' or ') : '',
    f.location ? `in ${f.location}` : '',
    f.seniority?.length ? f.seniority.join(' or ') : '',
    f.skills?.length ? `asking for ${f.skills.join(', ')}` : '',
    f.minSalary
      ? `pay reaching ${f.minSalary.amount.toLocaleString('en-US')}${f.minSalary.currency ? ` ${f.minSalary.currency}` : ''} a year`
      : '',
    f.postedAfter ? `posted since ${f.postedAfter}` : '',
    f.company ? `at ${f.company}` : '',
    f.source ? `from ${f.source}` : '',
    f.industry?.length ? `in ${f.industry.join(' or ')}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'every listing in the corpus';
}

/**
 * A horizontal bar chart of skill demand: one bar per skill, its length the share of the market's
 * listings that ask for the skill, the darker part the share that require it. Drawn as SVG and
 * rendered to PNG by resvg with the bundled DejaVu fonts.
 */
export function renderSkillChart(
  report: MarketReport,
  options: { top?: number; footer?: string; scale?: number } = {},
): Chart {
  const skills = report.skills.slice(0, options.top ?? 15);
  const plot = plotArea(skills.length);
  const svg = [
    ...chartHeading(report, plot.height),
    ...chartLegend(),
    ...chartAxis(report, plot, skills.length),
    ...skillBars(report, plot, skills),
    chartFooter(plot.height, options.footer),
    '</svg>',
  ].join('\n');
  return rasterize(svg, options.scale ?? 1.5);
}

/** Where the bars go: pixel bounds of the plot, the image's height, and a share's x position. */
interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
  height: number;
  x: (share: number) => number;
}

function plotArea(skillCount: number): PlotArea {
  const left = PAD + LABEL_COLUMN;
  const right = WIDTH - PAD - VALUE_COLUMN;
  const top = 142;
  const bottom = top + Math.max(skillCount, 1) * ROW;
  return { left, right, top, bottom, height: bottom + 96, x: (share) => left + share * (right - left) };
}

/** The SVG's opening, its background, the title and the market in words. */
function chartHeading(report: MarketReport, height: number): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">`,
    `<rect width="100%" height="100%" fill="${COLORS.background}"/>`,
    label(
      PAD,
      52,
      fitText(
        `Skill demand across ${report.listings} listing${report.listings === 1 ? '' : 's'}`,
        WIDTH - 2 * PAD,
        26,
        true,
      ),
      {
        size: 26,
        bold: true,
      },
    ),
    label(PAD, 80, fitText(`Market: ${describeMarket(report)}`, WIDTH - 2 * PAD, 15), {
      size: 15,
      color: COLORS.muted,
    }),
  ];
}

function chartLegend(): string[] {
  return [
    `<rect x="${PAD}" y="99" width="14" height="14" fill="${COLORS.required}"/>`,
    label(PAD + 20, 111, 'Required', { size: 14, color: COLORS.muted }),
    `<rect x="${PAD + 110}" y="99" width="14" height="14" fill="${COLORS.optional}"/>`,
    label(PAD + 130, 111, 'Nice to have only', { size: 14, color: COLORS.muted }),
    label(WIDTH - PAD, 111, 'bar label: share of listings · listings', {
      size: 14,
      color: COLORS.muted,
      anchor: 'end',
    }),
  ];
}

/** Grid and axis: 0–100 %, so charts of different markets compare at a glance (none without skills). */
function chartAxis(report: MarketReport, plot: PlotArea, skillCount: number): string[] {
  if (!skillCount) return [];
  const out: string[] = [];
  for (const tick of [0, 0.2, 0.4, 0.6, 0.8, 1]) {
    out.push(
      `<line x1="${plot.x(tick)}" y1="${plot.top - 6}" x2="${plot.x(tick)}" y2="${plot.bottom}" stroke="${tick === 0 ? COLORS.axis : COLORS.grid}" stroke-width="1"/>`,
      label(plot.x(tick), plot.bottom + 20, pct(tick), { size: 13, color: COLORS.muted, anchor: 'middle' }),
    );
  }
  out.push(
    label(
      (plot.left + plot.right) / 2,
      plot.bottom + 46,
      `Share of the ${report.listings} listings that ask for the skill`,
      {
        size: 14,
        color: COLORS.muted,
        anchor: 'middle',
      },
    ),
  );
  return out;
}

/** One labelled bar per skill (asked for, and the required part over it), or a line saying there are none. */
function skillBars(report: MarketReport, plot: PlotArea, skills: MarketReport['skills']): string[] {
  if (skills.length === 0)
    return [
      label(
        WIDTH / 2,
        plot.top + ROW / 2 + 5,
        report.listings ? 'No skills named by these listings' : 'No listings match this market',
        {
          size: 16,
          color: COLORS.muted,
          anchor: 'middle',
        },
      ),
    ];
  return skills.flatMap((s, i) => {
    const top = plot.top + i * ROW + (ROW - BAR) / 2;
    const baseline = plot.top + i * ROW + ROW / 2 + 5;
    return [
      label(plot.left - 10, baseline, fitText(s.skill, LABEL_COLUMN - 14, 15), { size: 15, anchor: 'end' }),
      `<rect x="${plot.left}" y="${top}" width="${(plot.x(s.share) - plot.left).toFixed(1)}" height="${BAR}" fill="${COLORS.optional}"/>`,
      `<rect x="${plot.left}" y="${top}" width="${(plot.x(s.requiredShare) - plot.left).toFixed(1)}" height="${BAR}" fill="${COLORS.required}"/>`,
      label(plot.x(s.share) + 8, baseline, `${pct(s.share)} · ${s.listings}`, { size: 14, bold: true }),
    ];
  });
}

function chartFooter(height: number, footer?: string): string {
  return label(
    PAD,
    height - 16,
    fitText(
      footer ?? 'RoleRadar · skills as named in the listings, each listing counted once',
      WIDTH - 2 * PAD,
      12,
    ),
    {
      size: 12,
      color: COLORS.axis,
    },
  );
}

/** The SVG drawn to PNG with the bundled fonts only, `scale` times the chart's width. */
function rasterize(svg: string, scale: number): Chart {
  const rendered = new (resvg().Resvg)(svg, {
    font: { fontFiles: CHART_FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'width', value: Math.round(WIDTH * scale) },
    background: COLORS.background,
  }).render();
  return {
    png: new Uint8Array(rendered.asPng()),
    svg,
    width: rendered.width,
    height: rendered.height,
  };
}
