import { z } from 'zod';
import type { SalaryRange } from '../../../storage/corpus/corpus-writer.js';
import type { SourceSpec } from '../../../storage/state/sources-file.js';
import {
  baseUrl,
  employmentType,
  envelopeFailure,
  type FetchedSource,
  type Get,
  listingRecord,
  parseJson,
  skipPosting,
  titleMatches,
  workMode,
} from './common.js';

const DEFAULT_BASE = 'https://api.ashbyhq.com';

const envelope = z.object({ jobs: z.array(z.unknown()) });

const component = z.object({
  compensationType: z.string(),
  interval: z.string().nullish(),
  currencyCode: z.string().nullish(),
  minValue: z.number().nullish(),
  maxValue: z.number().nullish(),
});

const job = z.object({
  id: z.string().min(1),
  title: z.string(),
  location: z.string().nullish(),
  secondaryLocations: z.array(z.object({ location: z.string() })).nullish(),
  department: z.string().nullish(),
  team: z.string().nullish(),
  isListed: z.boolean().nullish(),
  isRemote: z.boolean().nullish(),
  workplaceType: z.string().nullish(),
  descriptionHtml: z.string().nullish(),
  descriptionPlain: z.string().nullish(),
  publishedAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
  employmentType: z.string().nullish(),
  jobUrl: z.string(),
  applyUrl: z.string().nullish(),
  compensation: z
    .object({
      scrapeableCompensationSalarySummary: z.string().nullish(),
      compensationTierSummary: z.string().nullish(),
      summaryComponents: z.array(component).nullish(),
      compensationTiers: z
        .array(z.object({ title: z.string().nullish(), components: z.array(component).nullish() }))
        .nullish(),
    })
    .nullish(),
});

const PERIODS: Record<string, string> = {
  '1 YEAR': 'year',
  '1 MONTH': 'month',
  '1 DAY': 'day',
  '1 HOUR': 'hour',
};

type Component = z.output<typeof component>;

function rangeOf(pay: Component, label: string | null | undefined): SalaryRange | undefined {
  if (pay.compensationType !== 'Salary') return undefined;
  const period = pay.interval ? PERIODS[pay.interval.toUpperCase()] : undefined;
  if (!pay.minValue || !pay.maxValue || !pay.currencyCode || !period || pay.maxValue < pay.minValue)
    return undefined;
  return {
    min: pay.minValue,
    max: pay.maxValue,
    currency: pay.currencyCode,
    period: period as SalaryRange['period'],
    ...(label?.trim() ? { label: label.trim() } : {}),
  };
}

/** Every tier's salary range with the tier's title (zones are not merged into one envelope); else the summary. */
function salaryRangesOf(j: z.output<typeof job>): SalaryRange[] {
  const c = j.compensation;
  if (!c) return [];
  const tiers = (c.compensationTiers ?? []).flatMap((t) =>
    (t.components ?? []).map((x) => rangeOf(x, t.title)).filter((r): r is SalaryRange => !!r),
  );
  if (tiers.length) return tiers;
  return (c.summaryComponents ?? []).map((x) => rangeOf(x, undefined)).filter((r): r is SalaryRange => !!r);
}

function salaryOf(j: z.output<typeof job>, ranges: SalaryRange[]): unknown {
  const first = ranges[0];
  if (first) return { min: first.min, max: first.max, currency: first.currency, period: first.period };
  const c = j.compensation;
  return (c?.scrapeableCompensationSalarySummary ?? c?.compensationTierSummary)?.slice(0, 200) || undefined;
}

/** An Ashby job board: the whole board in one response, compensation included when published. */
export async function fetchAshby(
  spec: Extract<SourceSpec, { kind: 'ashby' }>,
  get: Get,
): Promise<FetchedSource> {
  const url = `${baseUrl(spec, DEFAULT_BASE)}/posting-api/job-board/${encodeURIComponent(spec.board)}?includeCompensation=true`;
  const body = envelope.safeParse(parseJson(await get(url), spec.name));
  if (!body.success) throw envelopeFailure(spec, body.error);
  const out: FetchedSource = { records: [], issues: [], notices: [], listed: body.data.jobs.length };
  let unlisted = 0;
  for (const [i, raw] of body.data.jobs.entries()) {
    const parsed = job.safeParse(raw);
    if (!parsed.success) {
      skipPosting(out, spec, i + 1, parsed.error, raw, 'ashby');
      continue;
    }
    const j = parsed.data;
    // Unlisted postings are not public openings (the API docs say to filter them out).
    if (j.isListed === false) {
      unlisted++;
      continue;
    }
    if (!titleMatches(j.title, spec.titleFilter)) continue;
    const locations = [j.location, ...(j.secondaryLocations ?? []).map((s) => s.location)].filter(
      (l): l is string => !!l?.trim(),
    );
    const salaryRanges = salaryRangesOf(j);
    out.records.push(
      listingRecord(spec, i + 1, {
        id: `ashby:${spec.board}:${j.id}`,
        externalId: j.id,
        title: j.title,
        company: spec.company ?? spec.board,
        location: locations.length ? locations : ['Not stated'],
        remote: workMode(j.workplaceType) ?? (j.isRemote ? 'remote' : undefined),
        department: [j.department, j.team].filter(Boolean).join(' / ') || undefined,
        employmentType: employmentType(j.employmentType?.replace(/([a-z])([A-Z])/g, '$1-$2')),
        description: j.descriptionHtml ?? j.descriptionPlain ?? '',
        url: j.jobUrl,
        applyUrl: j.applyUrl,
        postedAt: j.publishedAt,
        updatedAt: j.updatedAt,
        salary: salaryOf(j, salaryRanges),
        salaryRanges: salaryRanges.length ? salaryRanges : undefined,
      }),
    );
  }
  if (unlisted) out.notices.push(`${spec.name}: ${unlisted} unlisted posting(s) ignored`);
  return out;
}
