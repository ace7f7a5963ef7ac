import { z } from 'zod';
import { formatQuery } from '../export.js';
import type { EventRow } from '../../db/repositories/events.js';
import { DATE_PRECISIONS, EVENT_STATUSES, EVENT_TYPES, PARTICIPANT_ROLES } from '../../ingest/types.js';
import { countryFilter, dateRangeQuery, EvidenceSchema, evidenceOf, idFilter, listOf, pageQuery, syncQuery, timestampFields } from './common.js';

export const EventSchema = z
  .object({
    id: z.string().meta({ examples: ['ev_3f2a9c1d0b7e4a55'] }),
    article_id: z.string(),
    type: z.enum(EVENT_TYPES).meta({ description: 'PLOVER event type.', examples: ['consult'] }),
    mode: z.string().nullable().meta({ description: 'PLOVER mode where one applies (visit, phone, multilateral).', examples: ['visit'] }),
    date: z.string().nullable().meta({ description: 'YYYY-MM-DD, YYYY-MM or YYYY as precise as the article allows; null when unknown.', examples: ['2024-01-16'] }),
    date_precision: z.enum(DATE_PRECISIONS).nullable(),
    status: z.enum(EVENT_STATUSES).meta({ examples: ['occurred'] }),
    location: z
      .object({ name: z.string(), country: z.string().nullable() })
      .nullable()
      .meta({ examples: [{ name: 'Moscow', country: 'RUS' }] }),
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
  return {
    id: row.id,
    article_id: row.articleId,
    type: row.type as z.output<typeof EventSchema>['type'],
    mode: row.mode,
    date: row.date,
    date_precision: row.datePrecision,
    status: row.status,
    location: row.locationName === null ? null : { name: row.locationName, country: row.locationCountry },
    participants: row.participants,
    evidence: evidenceOf(row),
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  };
}
