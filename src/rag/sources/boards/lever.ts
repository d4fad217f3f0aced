import { z } from 'zod';
import type { SourceSpec } from '../../../storage/state/sources-file.js';
import {
  baseUrl,
  employmentType,
  escapeHtml,
  type FetchedSource,
  type Get,
  listingRecord,
  parseJson,
  SourceFailure,
  skipPosting,
  titleMatches,
  workMode,
} from './common.js';

const HOSTS = { global: 'https://api.lever.co', eu: 'https://api.eu.lever.co' } as const;
const PAGE = 100;
// 50 pages of 100 is far past any real board; a server that never ends its list cannot loop us forever.
const MAX_PAGES = 50;

const posting = z.object({
  id: z.string().min(1),
  text: z.string(),
  categories: z
    .object({
      location: z.string().nullish(),
      commitment: z.string().nullish(),
      team: z.string().nullish(),
      department: z.string().nullish(),
      allLocations: z.array(z.string()).nullish(),
    })
    .nullish(),
  description: z.string().nullish(),
  descriptionPlain: z.string().nullish(),
  lists: z.array(z.object({ text: z.string(), content: z.string() })).nullish(),
  additional: z.string().nullish(),
  hostedUrl: z.string(),
  applyUrl: z.string().nullish(),
  workplaceType: z.string().nullish(),
  createdAt: z.number().nullish(),
  updatedAt: z.number().nullish(),
  salaryRange: z
    .object({ currency: z.string(), interval: z.string().nullish(), min: z.number(), max: z.number() })
    .nullish(),
  salaryDescriptionPlain: z.string().nullish(),
});

function salaryOf(p: z.output<typeof posting>): unknown {
  const r = p.salaryRange;
  if (r) {
    const interval = r.interval ?? 'per-year-salary';
    const period = /year|annual/i.test(interval)
      ? 'year'
      : /month/i.test(interval)
        ? 'month'
        : /day/i.test(interval)
          ? 'day'
          : /hour/i.test(interval)
            ? 'hour'
            : undefined;
    if (period && r.min > 0 && r.max >= r.min)
      return { min: r.min, max: r.max, currency: r.currency, period };
  }
  return p.salaryDescriptionPlain?.trim().slice(0, 200) || undefined;
}

/** A Lever site (global or EU instance), read page by page with `skip` and `limit`. */
export async function fetchLever(
  spec: Extract<SourceSpec, { kind: 'lever' }>,
  get: Get,
): Promise<FetchedSource> {
  const base = `${baseUrl(spec, HOSTS[spec.region ?? 'global'])}/v0/postings/${encodeURIComponent(spec.board)}`;
  const out: FetchedSource = { records: [], issues: [], notices: [], listed: 0 };
  for (let page = 0; page < MAX_PAGES; page++) {
    const value = parseJson(await get(`${base}?mode=json&skip=${page * PAGE}&limit=${PAGE}`), spec.name);
    if (!Array.isArray(value)) throw new SourceFailure(`${spec.name}: expected a JSON array of postings`);
    value.forEach((raw, k) => {
      const record = page * PAGE + k + 1;
      const parsed = posting.safeParse(raw);
      if (!parsed.success) {
        skipPosting(out, spec, record, parsed.error, raw, 'lever');
        return;
      }
      const p = parsed.data;
      if (!titleMatches(p.text, spec.titleFilter)) return;
      const lists = (p.lists ?? [])
        .map((l) => `<h3>${escapeHtml(l.text)}</h3><ul>${l.content}</ul>`)
        .join('');
      const description = p.description
        ? `${p.description}${lists}${p.additional ?? ''}`
        : (p.descriptionPlain ?? '');
      const locations = p.categories?.allLocations?.length
        ? p.categories.allLocations
        : p.categories?.location
          ? [p.categories.location]
          : ['Not stated'];
      out.records.push(
        listingRecord(spec, record, {
          id: `lever:${spec.board}:${p.id}`,
          externalId: p.id,
          title: p.text,
          company: spec.company ?? spec.board,
          location: locations,
          remote: workMode(p.workplaceType) ?? workMode(p.categories?.location),
          department: [p.categories?.department, p.categories?.team].filter(Boolean).join(' / ') || undefined,
          employmentType: employmentType(p.categories?.commitment),
          description,
          url: p.hostedUrl,
          applyUrl: p.applyUrl,
          postedAt: p.createdAt,
          updatedAt: p.updatedAt,
          salary: salaryOf(p),
        }),
      );
    });
    out.listed += value.length;
    if (value.length < PAGE) return out;
  }
  out.notices.push(`${spec.name}: stopped after ${MAX_PAGES} pages of ${PAGE} postings`);
  return out;
}
