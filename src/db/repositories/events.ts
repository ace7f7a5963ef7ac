import { eq, inArray, sql, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../client.js';
import { actors, eventCountries, eventParticipants, events } from '../schema.js';
import { afterKeyset, allOf, dayBound, newestFirst, toPage, type Page, type PageRequest } from './common.js';

export interface EventParticipant {
  actor_id: string;
  name: string;
  kind: string;
  country: string | null;
  role: 'source' | 'target' | 'participant';
}

export type EventRow = typeof events.$inferSelect & { participants: EventParticipant[] };

export interface EventFilters {
  type?: string | undefined;
  actor?: string | undefined;
  country?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  status?: string | undefined;
  articleId?: string | undefined;
  /** Created or changed at or after this instant (ISO, UTC). */
  updatedSince?: string | undefined;
}

export function createEventRepository(db: Db) {
  function attachParticipants(rows: (typeof events.$inferSelect)[]): EventRow[] {
    if (rows.length === 0) return [];
    const parts = db
      .select({
        eventId: eventParticipants.eventId,
        actor_id: actors.id,
        name: actors.name,
        kind: actors.kind,
        country: actors.country,
        role: eventParticipants.role,
      })
      .from(eventParticipants)
      .innerJoin(actors, eq(actors.id, eventParticipants.actorId))
      .where(inArray(eventParticipants.eventId, rows.map((r) => r.id)))
      .all();
    const byEvent = new Map<string, EventParticipant[]>();
    for (const { eventId, ...p } of parts) byEvent.set(eventId, [...(byEvent.get(eventId) ?? []), p]);
    // Sources first, then targets, then other participants: reads like the sentence.
    const order = { source: 0, target: 1, participant: 2 } as const;
    return rows.map((r) => ({
      ...r,
      participants: (byEvent.get(r.id) ?? []).sort((a, b) => order[a.role] - order[b.role] || a.name.localeCompare(b.name)),
    }));
  }

  return {
    list(filters: EventFilters, page: PageRequest): Page<EventRow> {
      // Drive the query from the most selective index that also gives the order:
      // a busy actor's events come straight off (actor_id, sort_date, event_id).
      const driver = filters.actor ? 'participants' : filters.country ? 'countries' : 'events';
      const sortCol: SQLWrapper =
        driver === 'participants' ? eventParticipants.sortDate : driver === 'countries' ? eventCountries.sortDate : events.sortDate;
      const idCol: SQLWrapper =
        driver === 'participants' ? eventParticipants.eventId : driver === 'countries' ? eventCountries.eventId : events.id;
      const where = allOf([
        filters.actor ? eq(eventParticipants.actorId, filters.actor) : undefined,
        filters.country && driver === 'countries' ? eq(eventCountries.country, filters.country) : undefined,
        filters.country && driver === 'participants'
          ? sql`EXISTS (SELECT 1 FROM ${eventCountries} WHERE ${eventCountries.eventId} = ${events.id} AND ${eventCountries.country} = ${filters.country})`
          : undefined,
        filters.type ? eq(events.type, filters.type) : undefined,
        filters.status ? sql`${events.status} = ${filters.status}` : undefined,
        filters.articleId ? eq(events.articleId, filters.articleId) : undefined,
        filters.updatedSince ? sql`${events.updatedAt} >= ${filters.updatedSince}` : undefined,
        filters.from ? sql`${sortCol} >= ${dayBound(filters.from, 'from')}` : undefined,
        filters.to ? sql`${sortCol} <= ${dayBound(filters.to, 'to')}` : undefined,
        afterKeyset(sortCol, idCol, page.after),
      ]);
      const order = newestFirst(sortCol, idCol);
      const limit = page.limit + 1;
      const query =
        driver === 'participants'
          ? db.select({ event: events }).from(eventParticipants).innerJoin(events, eq(events.id, eventParticipants.eventId))
          : driver === 'countries'
            ? db.select({ event: events }).from(eventCountries).innerJoin(events, eq(events.id, eventCountries.eventId))
            : db.select({ event: events }).from(events);
      const rows = query.where(where).orderBy(...order).limit(limit).all().map((r) => r.event);
      const result = toPage(rows, page.limit, (r) => ({ sort: r.sortDate, id: r.id }));
      return { items: attachParticipants(result.items), next: result.next };
    },

    get(id: string): EventRow | undefined {
      const row = db.select().from(events).where(eq(events.id, id)).get();
      return row ? attachParticipants([row])[0] : undefined;
    },
  };
}

export type EventRepository = ReturnType<typeof createEventRepository>;
