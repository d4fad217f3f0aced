import { SlashCommandBuilder } from '@discordjs/builders';
import { z } from 'zod';
import type { MarketReport, SalaryGroup } from '../../rag/market.js';
import { describeMarket, renderSkillChart } from '../../rag/market-chart.js';
import { capitalize, truncate } from '../format.js';
import { NoCorpusError, type Reply } from '../reply.js';
import { defineCommand } from './command.js';
import { completeCompany, completeIndustry, completeLocation, completeSkills } from './completion.js';
import {
  companyOption,
  currencyOption,
  filterOptionSchemas,
  filtersFromOptions,
  industryOption,
  minSalaryOption,
  postedAfterOption,
  remoteOption,
  seniorityOption,
  sourceOption,
} from './filter-options.js';
import { useCases } from './use-cases.js';

export const MARKET_CHART_FILE = 'market.png';
const DEFAULT_TOP = 12;

const PERIOD: Record<SalaryGroup['period'], string> = {
  year: 'per year',
  month: 'per month',
  day: 'per day',
  hour: 'per hour',
};

const pct = (x: number) => `${Math.round(x * 100)}%`;
const num = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * A market report as a reply (without the chart): skill demand, years, posted pay per currency
 * and period, work mode and places. The CLI prints the same text.
 */
export function marketReply(report: MarketReport, generation: string, top = DEFAULT_TOP): Reply {
  const market = describeMarket(report);
  if (report.listings === 0) {
    return {
      content: `No listings match this market (${market}). Try fewer filters or a broader target.`,
    };
  }
  const n = report.listings;
  const skills = report.skills.slice(0, top);
  const { years, salary, workMode } = report;
  const yearsText = years.n
    ? [
        `Median **${num(years.median!)}** years (middle half ${num(years.p25!)}–${num(years.p75!)}); ${years.n} of ${n} listings state a minimum.`,
        years.distribution
          .filter((b) => b.listings > 0)
          .map((b) => `\`${b.label.padEnd(5)}\` ${b.listings} (${pct(b.share)})`)
          .join('\n'),
      ].join('\n')
    : `None of the ${n} listings states a minimum.`;
  const shownGroups = salary.groups.slice(0, 8);
  const salaryText = salary.groups.length
    ? [
        ...shownGroups.map(
          (g) =>
            `**${g.currency} ${PERIOD[g.period]}** (n ${g.n}): ${
              g.n === 1
                ? `one range, ${num(g.min)}–${num(g.max)} (midpoint ${num(g.p50)})`
                : `p25 ${num(g.p25)} · median ${num(g.p50)} · p75 ${num(g.p75)}; posted ${num(g.min)}–${num(g.max)}`
            }`,
        ),
        ...(salary.groups.length > shownGroups.length
          ? [
              `…and ${salary.groups.length - shownGroups.length} more: ${salary.groups
                .slice(shownGroups.length)
                .map((g) => `${g.currency}/${g.period} (n ${g.n})`)
                .join(', ')}`,
            ]
          : []),
      ].join('\n')
    : `None of the ${n} listings posts a range.`;
  const modes = (
    [
      ['Remote', workMode.remote],
      ['Hybrid', workMode.hybrid],
      ['On-site', workMode.onsite],
      ['Not stated', workMode.unknown],
    ] as const
  )
    .filter(([label, m]) => m.listings > 0 || label !== 'Not stated')
    .map(([label, m]) => `${label} **${pct(m.share)}** (${m.listings})`)
    .join(' · ');
  const places = report.locations.map((l) => `${l.name} ${l.listings} (${pct(l.share)})`).join(' · ');
  return {
    embeds: [
      {
        title: truncate(
          `Market: ${plural(n, 'listing')}${report.target ? ` for “${report.target}”` : ''}`,
          256,
        ),
        description: truncate(
          `${capitalize(market)}. Shares are of the ${n} listings; a listing counts once per skill and place.`,
          4096,
        ),
        fields: [
          {
            name: `Skills most asked for (of ${n})`,
            value: truncate(
              skills
                .map(
                  (s, i) =>
                    `${i + 1}. **${s.skill}** ${pct(s.share)} (${s.listings})${s.required < s.listings ? ` · required by ${pct(s.requiredShare)}` : ''}`,
                )
                .join('\n') || 'No skills named.',
              1024,
            ),
          },
          { name: 'Experience asked', value: truncate(yearsText, 1024) },
          {
            name: `Posted pay: range midpoints, per currency (${salary.posted} of ${n} post one)`,
            value: truncate(salaryText, 1024),
          },
          { name: 'Work mode', value: truncate(modes, 1024) },
          { name: 'Top places', value: truncate(places || 'No places stated.', 1024) },
        ],
        footer: `corpus ${generation} · never converted between currencies or periods`,
      },
    ],
  };
}

export const marketCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('market')
    .setDescription('The market in numbers: skills asked for, years, posted pay, work mode, places')
    .addStringOption((o) =>
      o
        .setName('target')
        .setDescription('Narrow to a kind of role, e.g. lead backend fintech')
        .setMaxLength(200),
    )
    .addBooleanOption(remoteOption)
    .addStringOption((o) =>
      o
        .setName('location')
        .setDescription('A country, city or region')
        .setMaxLength(100)
        .setAutocomplete(true),
    )
    .addStringOption(seniorityOption)
    .addStringOption((o) =>
      o
        .setName('skills')
        .setDescription('Skills every listing must ask for, comma-separated')
        .setMaxLength(200)
        .setAutocomplete(true),
    )
    .addIntegerOption(minSalaryOption)
    .addStringOption(currencyOption)
    .addStringOption(postedAfterOption)
    .addStringOption(companyOption)
    .addStringOption(industryOption)
    .addStringOption(sourceOption)
    .addIntegerOption((o) =>
      o.setName('top').setDescription('How many skills to show (default 12)').setMinValue(3).setMaxValue(20),
    )
    .toJSON(),
  // A member's result: a private one may be shared to the channel.
  shareable: true,
  autocomplete: {
    location: completeLocation,
    skills: completeSkills,
    company: completeCompany,
    industry: completeIndustry,
  },
  options: z.object({
    target: z.string().trim().min(2).max(200).optional(),
    remote: filterOptionSchemas.remote,
    location: z.string().trim().min(1).max(100).optional(),
    seniority: filterOptionSchemas.seniority,
    skills: z.string().trim().max(200).optional(),
    min_salary: filterOptionSchemas.min_salary,
    currency: filterOptionSchemas.currency,
    posted_after: filterOptionSchemas.posted_after,
    company: filterOptionSchemas.company,
    industry: filterOptionSchemas.industry,
    source: filterOptionSchemas.source,
    top: z.number().int().min(3).max(20).optional(),
  }),
  async run(args, { app }) {
    const { market } = await useCases.market();
    if (!app.reader()) throw new NoCorpusError();
    const filters = filtersFromOptions(args, app);
    const top = args.top ?? DEFAULT_TOP;
    // The report and its chart (a PNG rendered by resvg, most of this command's cost) depend only on
    // the generation and the resolved filters: the same market asked again is not drawn again.
    const generation = app.reader()!.generation.id;
    const key = JSON.stringify({ filters, target: args.target ?? null, top });
    const computed = await app.caches.market.get(generation, key, async () => {
      const result = market(
        { filters, ...(args.target ? { target: args.target } : {}), topSkills: top },
        app,
      );
      if (result.kind === 'no_corpus') return null;
      const { report } = result;
      const chart =
        report.listings === 0
          ? null
          : renderSkillChart(report, {
              top,
              footer: `RoleRadar · corpus ${generation} · each listing counted once per skill`,
            });
      return { report, chart };
    });
    if (!computed) throw new NoCorpusError();
    const { report, chart } = computed;
    const reply = marketReply(report, generation, top);
    const data = { ...report, generation };
    if (!chart) return { reply, data };
    reply.embeds![0]!.image = MARKET_CHART_FILE;
    reply.files = [
      {
        name: MARKET_CHART_FILE,
        data: chart.png,
        description: `Skill demand across ${plural(report.listings, 'listing')}`,
      },
    ];
    return { reply, data };
  },
});
