import { eq, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../client.js';
import { actors, eventCountries, eventParticipants, events } from '../schema.js';
import { afterKeyset, allOf, dayBound, ftsQuery, newestFirst, searchConditions, toPage, type Page, type PageRequest } from './common.js';

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
  /** Words that must all occur in the evidence sentence. */
  q?: string | undefined;
}

/** Filters on the event row itself, whichever index drives the query. */
function onEventRow(filters: EventFilters): (SQL | undefined)[] {
  return [
    filters.type ? eq(events.type, filters.type) : undefined,
    filters.status ? sql`${events.status} = ${filters.status}` : undefined,
    filters.articleId ? eq(events.articleId, filters.articleId) : undefined,
    filters.updatedSince ? sql`${events.updatedAt} >= ${filters.updatedSince}` : undefined,
  ];
}

function involvesCountry(country: string): SQL {
  return sql`EXISTS (SELECT 1 FROM ${eventCountries} WHERE ${eventCountries.eventId} = ${events.id} AND ${eventCountries.country} = ${country})`;
}

function wordMatch(q: string): SQL {
  const match = ftsQuery(q);
  return match === null ? sql`0` : sql`${events.searchKey} IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ${match})`;
}

/**
 * The FROM and WHERE for a set of event filters. The query is driven from the
 * most selective index that also gives the order: a busy actor's events come
 * straight off (actor_id, sort_date, event_id), a country's off its own index.
 */
function filtered(filters: EventFilters, extra?: (sortCol: SQLWrapper, idCol: SQLWrapper) => SQL | undefined) {
  const driver = filters.actor ? 'participants' : filters.country ? 'countries' : 'events';
  const sortCol: SQLWrapper =
    driver === 'participants' ? eventParticipants.sortDate : driver === 'countries' ? eventCountries.sortDate : events.sortDate;
  const idCol: SQLWrapper = driver === 'participants' ? eventParticipants.eventId : driver === 'countries' ? eventCountries.eventId : events.id;
  const where = allOf([
    filters.actor ? eq(eventParticipants.actorId, filters.actor) : undefined,
    filters.country && driver === 'countries' ? eq(eventCountries.country, filters.country) : undefined,
    filters.country && driver === 'participants' ? involvesCountry(filters.country) : undefined,
    ...onEventRow(filters),
    // Lists search through search() instead; this serves stats().
    filters.q !== undefined ? wordMatch(filters.q) : undefined,
    filters.from ? sql`${sortCol} >= ${dayBound(filters.from, 'from')}` : undefined,
    filters.to ? sql`${sortCol} <= ${dayBound(filters.to, 'to')}` : undefined,
    extra?.(sortCol, idCol),
  ]);
  const fromClause =
    driver === 'participants'
      ? sql`${eventParticipants} JOIN ${events} ON ${events.id} = ${eventParticipants.eventId}`
      : driver === 'countries'
        ? sql`${eventCountries} JOIN ${events} ON ${events.id} = ${eventCountries.eventId}`
        : sql`${events}`;
  return { driver, fromClause, where: where ?? sql`1`, sortCol, idCol };
}

export interface EventStats {
  total: number;
  byType: { key: string; n: number }[];
  byMonth: { key: string; n: number }[];
  byCountry: { key: string; n: number }[];
}

/** One (counterpart, event type) pair of an actor's relations. */
export interface RelationRow {
  counterpartId: string;
  type: string;
  n: number;
  firstDate: string;
  lastDate: string;
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

  /** Word search over evidence: walks the FTS index newest first and stops after one page. */
  function search(q: string, filters: EventFilters, page: PageRequest): Page<EventRow> {
    const found = searchConditions('events_fts', q, filters, page);
    if (!found) return { items: [], next: null };
    const { key, conditions } = found;
    const where = allOf([
      ...conditions,
      filters.actor
        ? sql`EXISTS (SELECT 1 FROM ${eventParticipants} WHERE ${eventParticipants.eventId} = ${events.id} AND ${eventParticipants.actorId} = ${filters.actor})`
        : undefined,
      filters.country ? involvesCountry(filters.country) : undefined,
      ...onEventRow(filters),
    ]);
    const rows = db
      .select({ event: events })
      .from(sql`events_fts`)
      .innerJoin(events, sql`${events.searchKey} = ${key}`)
      .where(where)
      .orderBy(sql`${key} DESC`)
      .limit(page.limit + 1)
      .all()
      .map((r) => r.event);
    const result = toPage(rows, page.limit, (r) => ({ sort: String(r.searchKey), id: r.id }));
    return { items: attachParticipants(result.items), next: result.next };
  }

  return {
    list(filters: EventFilters, page: PageRequest): Page<EventRow> {
      if (filters.q !== undefined) return search(filters.q, filters, page);
      const { driver, where, sortCol, idCol } = filtered(filters, (sort, id) => afterKeyset(sort, id, page.after));
      const query =
        driver === 'participants'
          ? db.select({ event: events }).from(eventParticipants).innerJoin(events, eq(events.id, eventParticipants.eventId))
          : driver === 'countries'
            ? db.select({ event: events }).from(eventCountries).innerJoin(events, eq(events.id, eventCountries.eventId))
            : db.select({ event: events }).from(events);
      const rows = query
        .where(where)
        .orderBy(...newestFirst(sortCol, idCol))
        .limit(page.limit + 1)
        .all()
        .map((r) => r.event);
      const result = toPage(rows, page.limit, (r) => ({ sort: r.sortDate, id: r.id }));
      return { items: attachParticipants(result.items), next: result.next };
    },

    /** Counts of matching events by type, by month and by country, for dashboards. */
    stats(filters: EventFilters): EventStats {
      const { fromClause, where } = filtered(filters);
      const count = (key: SQL) =>
        db.all<{ key: string | null; n: number }>(sql`SELECT ${key} AS key, count(*) AS n FROM ${fromClause} WHERE ${where} GROUP BY 1 ORDER BY 1`);
      const byCountry = db.all<{ key: string; n: number }>(
        sql`SELECT c.country AS key, count(*) AS n FROM ${fromClause} JOIN ${eventCountries} c ON c.event_id = ${events.id} WHERE ${where} GROUP BY 1 ORDER BY 2 DESC, 1`,
      );
      const total = db.all<{ n: number }>(sql`SELECT count(*) AS n FROM ${fromClause} WHERE ${where}`)[0]?.n ?? 0;
      return {
        total,
        byType: count(sql`${events.type}`).map((r) => ({ key: r.key ?? '', n: r.n })),
        byMonth: count(sql`substr(${events.sortDate}, 1, 7)`).map((r) => ({ key: r.key ?? '', n: r.n })),
        byCountry,
      };
    },

    /** Who an actor's events involve, with counts by type and the dates of the first and last. */
    relations(actorId: string, filters: Pick<EventFilters, 'type' | 'from' | 'to'>): RelationRow[] {
      return db.all<RelationRow>(sql`
        SELECT other.actor_id AS counterpartId, ${events.type} AS type, count(*) AS n,
               min(me.sort_date) AS firstDate, max(me.sort_date) AS lastDate
        FROM ${eventParticipants} me
        JOIN ${eventParticipants} other ON other.event_id = me.event_id AND other.actor_id <> me.actor_id
        JOIN ${events} ON ${events.id} = me.event_id
        WHERE ${allOf([
          sql`me.actor_id = ${actorId}`,
          filters.type ? eq(events.type, filters.type) : undefined,
          filters.from ? sql`me.sort_date >= ${dayBound(filters.from, 'from')}` : undefined,
          filters.to ? sql`me.sort_date <= ${dayBound(filters.to, 'to')}` : undefined,
        ])}
        GROUP BY other.actor_id, ${events.type}`);
    },

    get(id: string): EventRow | undefined {
      const row = db.select().from(events).where(eq(events.id, id)).get();
      return row ? attachParticipants([row])[0] : undefined;
    },
  };
}

export type EventRepository = ReturnType<typeof createEventRepository>;
