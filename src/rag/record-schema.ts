import { z } from 'zod';
import { linkProblem } from '../core/link-safety.js';
import { normalizeDescription, normalizeLine, normalizeText } from './normalize.js';
import type { RawRecord, RecordIssue } from './sources/types.js';

const MAX_DESCRIPTION = 100_000;

const line = (max: number) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? 'is required' : `must be text, got ${typeof issue.input}`,
    })
    .transform(normalizeLine)
    .pipe(z.string().min(1, 'is empty').max(max, `is longer than ${max} characters`));

const id = z
  .union([z.string(), z.number().int()], {
    error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string or an integer'),
  })
  .transform((v) => String(v).trim())
  .pipe(
    z
      .string()
      .min(1, 'is empty')
      .max(128, 'is longer than 128 characters')
      .regex(
        /^[\p{L}\p{N}][\p{L}\p{N}._:@/-]*$/u,
        'may hold only letters, digits and . _ : @ / - (no spaces)',
      ),
  );

// A link is refused at ingest when it could mislead as a citation: credentials before the host, or a
// look-alike internationalised host (see link-safety.ts).
const httpUrl = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a URL string') })
  .trim()
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }))
  .superRefine((value, ctx) => {
    const problem = linkProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

// Accepts 2026-10-14, full ISO timestamps, and YAML dates; stored as an ISO date (YYYY-MM-DD).
const date = z.union([z.string(), z.date(), z.number()]).transform((v, ctx) => {
  const d = v instanceof Date ? v : new Date(typeof v === 'number' && v < 1e11 ? v * 1000 : v);
  if (Number.isNaN(d.getTime())) {
    ctx.addIssue({ code: 'custom', message: `is not a date: ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  return d.toISOString().slice(0, 10);
});

// A board's own update time, kept as a full ISO timestamp for provenance.
const timestamp = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const d = new Date(typeof v === 'number' && v < 1e11 ? v * 1000 : v);
  if (Number.isNaN(d.getTime())) {
    ctx.addIssue({ code: 'custom', message: `is not a time: ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  return d.toISOString();
});

const salaryObject = z
  .object({
    min: z.coerce.number().positive(),
    max: z.coerce.number().positive(),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, 'must be a 3-letter ISO currency code'),
    period: z.enum(['year', 'month', 'day', 'hour']).default('year'),
  })
  .refine((s) => s.max >= s.min, { message: 'max is below min' });

const remote = z
  .union([z.boolean(), z.enum(['remote', 'hybrid', 'onsite', 'on-site'])])
  .transform((v) => (v === true ? 'remote' : v === false ? undefined : v === 'on-site' ? 'onsite' : v));

export const listingInputSchema = z.object({
  id,
  title: line(300),
  company: line(200),
  location: z.union(
    [
      line(300),
      z
        .array(line(200))
        .min(1)
        .transform((v) => v.join('; ')),
    ],
    { error: 'is required: a place, or "Remote"' },
  ),
  description: z
    .string({
      error: (issue) => (issue.input === undefined ? 'is required' : 'must be text (plain or HTML)'),
    })
    .max(MAX_DESCRIPTION * 4, `is longer than ${MAX_DESCRIPTION * 4} characters`)
    .transform(normalizeDescription)
    .pipe(
      z
        .string()
        .min(40, 'is empty or too short to be a job description (under 40 characters)')
        .max(MAX_DESCRIPTION, `is longer than ${MAX_DESCRIPTION} characters`),
    ),
  url: httpUrl,
  salary: z.union([salaryObject, z.string().max(200)]).nullish(),
  /** Every pay range the posting gives, each with its label (zone, tier, currency); `salary` is the first. */
  salaryRanges: z
    .array(
      z
        .object({
          min: z.coerce.number().positive(),
          max: z.coerce.number().positive(),
          currency: z
            .string()
            .trim()
            .toUpperCase()
            .regex(/^[A-Z]{3}$/, 'must be a 3-letter ISO currency code'),
          period: z.enum(['year', 'month', 'day', 'hour']).default('year'),
          label: z.string().trim().max(120).optional(),
        })
        .refine((s) => s.max >= s.min, { message: 'max is below min' }),
    )
    .max(20)
    .optional(),
  remote: remote.optional(),
  postedAt: date.optional(),
  source: z.string().trim().min(1).max(100).optional(),
  employmentType: z.enum(['full-time', 'part-time', 'contract', 'internship', 'temporary']).optional(),
  /** The board's own id of the posting (job boards), for provenance. */
  externalId: z.string().trim().min(1).max(128).optional(),
  department: line(200).optional(),
  applyUrl: httpUrl.optional(),
  /** When the board last changed the posting, where it says. */
  updatedAt: timestamp.optional(),
});
export type ListingInput = z.output<typeof listingInputSchema>;

export const guideInputSchema = z.object({
  id: id.pipe(z.string().startsWith('guide-', 'must start with "guide-"')),
  title: line(300),
  topics: z.array(z.string().trim().min(1)).default([]),
  updatedAt: date.optional(),
  url: httpUrl.optional(),
  body: z
    .string()
    .transform(normalizeText)
    .pipe(z.string().min(40, 'is empty or too short (under 40 characters)')),
});
export type GuideInput = z.output<typeof guideInputSchema>;

export type ValidRecord =
  | { kind: 'listing'; origin: RawRecord['origin']; input: ListingInput }
  | { kind: 'guide'; origin: RawRecord['origin']; input: GuideInput };

/** Validates one record; every problem becomes an issue naming the file, line and field. */
export function validateRecord(record: RawRecord): { ok: ValidRecord } | { issues: RecordIssue[] } {
  const schema = record.kind === 'guide' ? guideInputSchema : listingInputSchema;
  const parsed = schema.safeParse(record.fields);
  if (parsed.success) {
    return record.kind === 'guide'
      ? { ok: { kind: 'guide', origin: record.origin, input: parsed.data as GuideInput } }
      : { ok: { kind: 'listing', origin: record.origin, input: parsed.data as ListingInput } };
  }
  const recordId =
    typeof record.fields.id === 'string' || typeof record.fields.id === 'number'
      ? ` (id ${record.fields.id})`
      : '';
  return {
    issues: parsed.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.') || undefined;
      const line = (field ? record.fieldLines?.[field.split('.')[0]!] : undefined) ?? record.origin.line;
      return {
        ...record.origin,
        ...(line !== undefined ? { line } : {}),
        ...(field ? { field } : {}),
        message: `${field ? `${field} ` : ''}${issue.message}${recordId}`,
      };
    }),
  };
}
