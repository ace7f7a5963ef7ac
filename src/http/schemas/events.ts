import { z } from 'zod';
import { formatQuery } from '../export.js';
import type { EventRow } from '../../db/repositories/events.js';
import { cameoFor } from '../../domain/plover.js';
import { DATE_PRECISIONS, EVENT_STATUSES, EVENT_TYPES, PARTICIPANT_ROLES } from '../../ingest/types.js';
import { countryFilter, dateRangeQuery, EvidenceSchema, evidenceOf, idFilter, listOf, pageQuery, syncQuery, timestampFields } from './common.js';

export const EventSchema = z
  .object({
    id: z.string().meta({ examples: ['ev_3f2a9c1d0b7e4a55'] }),
    article_id: z.string(),
    type: z.enum(EVENT_TYPES).meta({ description: 'PLOVER event type.', examples: ['consult'] }),
    mode: z.string().nullable().meta({ description: 'PLOVER mode where one applies (visit, phone, multilateral).', examples: ['visit'] }),
    date: z.string().nullable().meta({ description: 'YYYY-MM-DD, YYYY-MM or YYYY as precise as the article allows; null when unknown.', examples: ['2025-03-10'] }),
    date_precision: z.enum(DATE_PRECISIONS).nullable(),
    status: z.enum(EVENT_STATUSES).meta({ examples: ['occurred'] }),
    cameo_root: z
      .object({ code: z.string(), name: z.string() })
      .nullable()
      .meta({ description: "The CAMEO root code of the event's PLOVER type, through PLOVER's crosswalk.", examples: [{ code: '04', name: 'Consult' }] }),
    goldstein: z
      .number()
      .nullable()
      .meta({ description: 'Goldstein score of that CAMEO root: +10 most cooperative, -10 most conflictual.', examples: [1] }),
    location: z
      .object({ name: z.string(), country: z.string().nullable() })
      .nullable()
      .meta({ examples: [{ name: 'Nairobi', country: 'KEN' }] }),
    participants: z.array(
      z.object({
        actor_id: z.string(),
        name: z.string(),
        kind: z.string(),
        country: z.string().nullable(),
        role: z.enum(PARTICIPANT_ROLES).meta({ description: 'source acts (host, accuser), target is acted on (guest, accused).' }),
      }),
    ),
    evidence: EvidenceSchema,
    ...timestampFields,
  })
  .meta({ id: 'Event', description: 'Something that happened or is planned, coded with PLOVER.' });

export const EventListSchema = listOf(EventSchema, 'EventList');

export const EventFilterQuery = {
  type: z.enum(EVENT_TYPES).optional().meta({ description: 'Only events of this PLOVER type.', examples: ['consult'] }),
  actor: idFilter('Only events this actor took part in (any role).', 'ac_5b0e7f2c9d1a4e36'),
  country: countryFilter("Only events involving this country (a participant's or the location's).", 'PRK'),
  status: z.enum(EVENT_STATUSES).optional().meta({ description: 'Only events with this status.', examples: ['planned'] }),
  article_id: idFilter('Only events from this article.', 'ar_9c41d2e07a6b3f18'),
  q: z.string().min(1).max(200).optional().meta({ description: 'Words that must all appear in the evidence sentence (case and accents ignored).', examples: ['expelled diplomats'] }),
  ...dateRangeQuery,
};

export const EventListQuerySchema = z.object({ ...EventFilterQuery, ...syncQuery, ...formatQuery, ...pageQuery });

/** An actor's timeline: the same filters, the actor given by the path. */
export const ActorEventsQuerySchema = z.object({
  type: EventFilterQuery.type,
  status: EventFilterQuery.status,
  ...dateRangeQuery,
  ...syncQuery,
  ...formatQuery,
  ...pageQuery,
});

export function toEvent(row: EventRow): z.output<typeof EventSchema> {
  const cameo = cameoFor(row.type);
  return {
    id: row.id,
    article_id: row.articleId,
    type: row.type as z.output<typeof EventSchema>['type'],
    mode: row.mode,
    date: row.date,
    date_precision: row.datePrecision,
    status: row.status,
    cameo_root: cameo ? { code: cameo.code, name: cameo.name } : null,
    goldstein: cameo?.goldstein ?? null,
    location: row.locationName === null ? null : { name: row.locationName, country: row.locationCountry },
    participants: row.participants,
    evidence: evidenceOf(row),
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  };
}

export const EventStatsQuerySchema = z.object({ ...EventFilterQuery, ...syncQuery });

export const EventStatsSchema = z
  .object({
    total: z.number().int().meta({ description: 'Matching events.', examples: [42] }),
    by_type: z
      .array(z.object({ type: z.string(), count: z.number().int() }))
      .meta({ description: 'Events per PLOVER type.', examples: [[{ type: 'consult', count: 12 }]] }),
    by_month: z
      .array(z.object({ month: z.string(), count: z.number().int() }))
      .meta({ description: 'Events per month (YYYY-MM), oldest first.', examples: [[{ month: '2024-01', count: 7 }]] }),
    by_country: z
      .array(z.object({ country: z.string(), count: z.number().int() }))
      .meta({ description: 'Events involving each country, most first (an event counts once per country).', examples: [[{ country: 'RUS', count: 9 }]] }),
  })
  .meta({ id: 'EventStats' });

export const RelationsQuerySchema = z.object({
  type: EventFilterQuery.type,
  ...dateRangeQuery,
  limit: z.coerce.number().int().min(1).max(500).default(50).meta({ description: 'How many counterparts, most events first (1 to 500).', examples: [50] }),
});

export const RelationsSchema = z
  .object({
    actor: z.object({ actor_id: z.string(), name: z.string() }),
    data: z.array(
      z.object({
        counterpart: z.object({ actor_id: z.string(), name: z.string(), kind: z.string(), country: z.string().nullable() }),
        events: z.number().int().meta({ description: 'Events both took part in.' }),
        by_type: z.record(z.string(), z.number().int()).meta({ description: 'Those events per PLOVER type.', examples: [{ consult: 3, accuse: 1 }] }),
        first_date: z.string().meta({ description: 'Day of the earliest shared event.', examples: ['2023-09-13'] }),
        last_date: z.string().meta({ description: 'Day of the latest shared event.', examples: ['2025-03-10'] }),
        balance: z
          .number()
          .meta({ description: 'Mean Goldstein score of the shared events: +10 all cooperation, -10 all conflict.', examples: [1.6] }),
      }),
    ),
  })
  .meta({ id: 'Relations', description: "An actor's counterparts at a glance." });
