import { z } from 'zod';
import type { SalaryRange } from '../../../storage/corpus/corpus-writer.js';
import type { SourceSpec } from '../../../storage/state/sources-file.js';
import {
  baseUrl,
  envelopeFailure,
  type FetchedSource,
  type Get,
  listingRecord,
  parseJson,
  skipPosting,
  titleMatches,
  workMode,
} from './common.js';

const DEFAULT_BASE = 'https://boards-api.greenhouse.io';

const envelope = z.object({ jobs: z.array(z.unknown()), meta: z.object({ total: z.number() }).nullish() });

const job = z.object({
  id: z.union([z.number().int(), z.string().min(1)]),
  title: z.string(),
  updated_at: z.string().nullish(),
  first_published: z.string().nullish(),
  location: z.object({ name: z.string().nullish() }).nullish(),
  absolute_url: z.string(),
  content: z.string().nullish(),
  company_name: z.string().nullish(),
  departments: z.array(z.object({ name: z.string() })).nullish(),
  offices: z.array(z.object({ name: z.string().nullish() })).nullish(),
});

const payRanges = z.object({
  pay_input_ranges: z
    .array(
      z.object({
        min_cents: z.number().nonnegative(),
        max_cents: z.number().nonnegative(),
        currency_type: z.string(),
        title: z.string().nullish(),
      }),
    )
    .nullish(),
});

/** `content` arrives entity-escaped; the docs even show it escaped twice (`&amp;lt;p&amp;gt;`). */
function unescapeTwice(content: string): string {
  return /&amp;(lt|gt|quot|amp|#\d+);/.test(content) ? content.replace(/&amp;/g, '&') : content;
}

/** A Greenhouse job board: the whole board in one response (no pagination). */
export async function fetchGreenhouse(
  spec: Extract<SourceSpec, { kind: 'greenhouse' }>,
  get: Get,
): Promise<FetchedSource> {
  const base = `${baseUrl(spec, DEFAULT_BASE)}/v1/boards/${encodeURIComponent(spec.board)}/jobs`;
  const body = envelope.safeParse(parseJson(await get(`${base}?content=true`), spec.name));
  if (!body.success) throw envelopeFailure(spec, body.error);
  const out: FetchedSource = { records: [], issues: [], notices: [], listed: body.data.jobs.length };
  let payFailure: { posting: string; message: string } | undefined;
  let payMissed = 0;
  for (const [i, raw] of body.data.jobs.entries()) {
    const parsed = job.safeParse(raw);
    if (!parsed.success) {
      skipPosting(out, spec, i + 1, parsed.error, raw, 'greenhouse');
      continue;
    }
    const j = parsed.data;
    if (!titleMatches(j.title, spec.titleFilter)) continue;
    const offices = (j.offices ?? []).map((o) => o.name).filter((n): n is string => !!n);
    const location = j.location?.name?.trim() || offices.join('; ') || 'Not stated';
    let salaryRanges: SalaryRange[] | undefined;
    if (spec.payTransparency && payFailure) payMissed++;
    else if (spec.payTransparency) {
      try {
        const pay = payRanges.safeParse(
          parseJson(await get(`${base}/${j.id}?pay_transparency=true`), spec.name),
        );
        // Every range is kept with its label (a second currency, a zone), not just the first.
        salaryRanges = (pay.success ? (pay.data.pay_input_ranges ?? []) : [])
          .filter((r) => r.max_cents >= r.min_cents && r.min_cents > 0)
          .map((r) => ({
            min: r.min_cents / 100,
            max: r.max_cents / 100,
            currency: r.currency_type,
            period: 'year' as const,
            ...(r.title?.trim() ? { label: r.title.trim() } : {}),
          }));
      } catch (error) {
        // One failed pay endpoint (hung, refusing) is not tried again for every posting of the board.
        payFailure = { posting: String(j.id), message: (error as Error).message };
        payMissed++;
      }
    }
    const salary = salaryRanges?.[0] ? { ...salaryRanges[0], label: undefined } : undefined;
    out.records.push(
      listingRecord(spec, i + 1, {
        id: `greenhouse:${spec.board}:${j.id}`,
        externalId: String(j.id),
        title: j.title,
        company: spec.company ?? j.company_name?.trim() ?? spec.board,
        location,
        remote: workMode(location),
        department: j.departments?.map((d) => d.name).join(', ') || undefined,
        description: unescapeTwice(j.content ?? ''),
        url: j.absolute_url,
        postedAt: j.first_published ?? j.updated_at,
        updatedAt: j.updated_at,
        salary,
        salaryRanges: salaryRanges?.length ? salaryRanges : undefined,
      }),
    );
  }
  if (payFailure)
    out.notices.push(
      `${spec.name}: pay ranges of posting ${payFailure.posting} not fetched (${payFailure.message})${payMissed > 1 ? `; the pay endpoint was not tried again for the ${payMissed - 1} posting(s) after it this refresh` : ''}`,
    );
  return out;
}
