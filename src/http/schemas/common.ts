import { z } from 'zod';

export const ProblemSchema = z
  .object({
    type: z.string().meta({ description: 'A URI reference naming the kind of problem.', examples: ['about:blank'] }),
    title: z.string().meta({ examples: ['Bad Request'] }),
    status: z.number().int().meta({ examples: [400] }),
    detail: z.string().meta({ examples: ['querystring/limit: Too big: expected number to be <=500'] }),
    instance: z.string().optional().meta({ description: 'The request path.', examples: ['/events'] }),
    errors: z
      .array(z.object({ parameter: z.string(), message: z.string() }))
      .optional()
      .meta({ description: 'One entry per invalid parameter.' }),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem details body.' });

export const problemResponses = {
  400: ProblemSchema.describe('Invalid parameter: the body names which one and why.'),
  404: ProblemSchema.describe('No record with that id.'),
} as const;

export const IdParamsSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .meta({ description: 'The record id, as returned in lists.', examples: ['ev_3f2a9c1d0b7e4a55'] }),
});

// Request limits: generous enough for any real use, small enough to keep SQL cheap.
export const pageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(50)
    .meta({ description: 'Page size, 1 to 500.', examples: [50] }),
  cursor: z
    .string()
    .max(512)
    .optional()
    .meta({ description: 'Opaque cursor from a previous page\'s `next_cursor`; omit for the first page.', examples: ['WyIyMDI1LTAzLTEwIiwiZXZfM2YyYTljIl0'] }),
};

const dateBound = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');

export const dateRangeQuery = {
  from: dateBound.optional().meta({ description: 'Earliest date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD).', examples: ['2024-01-01'] }),
  to: dateBound.optional().meta({ description: 'Latest date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD).', examples: ['2024-12-31'] }),
};

export const idFilter = (description: string, example: string) =>
  z.string().min(1).max(64).optional().meta({ description, examples: [example] });

/** An optional ISO alpha-3 filter, any case. Metadata sits on the string itself so the OpenAPI parameter keeps it. */
export const countryFilter = (description: string, example: string) =>
  z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as RUS')
    .meta({ description, examples: [example] })
    .transform((c) => c.toUpperCase())
    .optional();

export const listOf = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({
      data: z.array(item),
      next_cursor: z
        .string()
        .nullable()
        .meta({ description: 'Pass as `cursor` to get the next page; null on the last page.' }),
    })
    .meta({ id });

export const EvidenceSchema = z
  .object({
    sentence: z.string().meta({ description: 'The sentence the record was read from.' }),
    start: z.number().int().meta({ description: 'Offset of the sentence\'s first character in the article\'s clean text.' }),
    end: z.number().int().meta({ description: 'Offset just past the sentence\'s last character.' }),
  })
  .meta({ id: 'Evidence' });

export const ActorRefSchema = z
  .object({ actor_id: z.string(), name: z.string() })
  .meta({ id: 'ActorRef', description: 'An actor embedded in another record.' });

export const timestampFields = {
  created_at: z.string().meta({ description: 'When the record was first stored (RFC 3339).' }),
  updated_at: z.string().meta({ description: 'When the record last changed (RFC 3339).' }),
};

export const evidenceOf = (r: { evidenceSentence: string; evidenceStart: number; evidenceEnd: number }) => ({
  sentence: r.evidenceSentence,
  start: r.evidenceStart,
  end: r.evidenceEnd,
});

/** RFC 3339 instant, normalised to UTC so it compares with stored timestamps. */
export const rfc3339 = (description: string, example: string) =>
  z.iso
    .datetime({ offset: true })
    .meta({ description, examples: [example] })
    .transform((v) => new Date(v).toISOString());

export const syncQuery = {
  updated_since: rfc3339(
    'Only records created or changed at or after this instant (RFC 3339): poll with the time of your last sync to mirror the data.',
    '2025-01-01T00:00:00Z',
  ).optional(),
};

/** A list's 200 response: a JSON page, or every match as NDJSON or CSV. */
export const listResponse = <T extends z.ZodType>(page: T) => ({
  description: 'A page of records (JSON), or every matching record (NDJSON, CSV).',
  content: {
    'application/json': { schema: page },
    'application/x-ndjson': { schema: z.string().meta({ description: 'One JSON record a line.' }) },
    'text/csv': { schema: z.string().meta({ description: 'A header row, then one record a row; nested fields as dotted columns.' }) },
  },
});
