import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { fold } from '../../text.js';
import type { Db } from '../client.js';
import { actorAliases, actors, articleActors } from '../schema.js';
import { afterKeyset, allOf, likeLiteral, newestFirst, toPage, type Page, type PageRequest } from './common.js';

export type ActorRow = typeof actors.$inferSelect & { aliases: string[] };

export interface ActorFilters {
  kind?: string | undefined;
  country?: string | undefined;
  /** Part of a name or alias, any case or accents. */
  q?: string | undefined;
  articleId?: string | undefined;
  /** Created or changed at or after this instant (ISO, UTC). */
  updatedSince?: string | undefined;
}

export interface ActorBrief {
  actor_id: string;
  name: string;
  kind: ActorRow['kind'];
  country: string | null;
}

/** Minimal actor reference embedded in other records. */
export interface ActorRef {
  actor_id: string;
  name: string;
}

/**
 * Actors with a name or alias containing q (folded). Three characters or more go
 * through the trigram index; shorter ones cannot, and scan the aliases.
 */
function nameContains(q: string): SQL {
  const folded = fold(q);
  // FTS5 cannot take a NUL inside a phrase; such odd input takes the slow path.
  if ([...folded].length >= 3 && !folded.includes('\u0000')) {
    const phrase = `"${folded.replace(/"/g, '""')}"`;
    return sql`${actors.id} IN (SELECT actor_id FROM actor_aliases_fts WHERE actor_aliases_fts MATCH ${phrase})`;
  }
  return sql`${actors.id} IN (SELECT ${actorAliases.actorId} FROM ${actorAliases} WHERE ${actorAliases.folded} LIKE ${'%' + likeLiteral(folded) + '%'} ESCAPE '\\')`;
}

export function createActorRepository(db: Db) {
  function attachAliases(rows: (typeof actors.$inferSelect)[]): ActorRow[] {
    if (rows.length === 0) return [];
    const aliasRows = db
      .select({ actorId: actorAliases.actorId, alias: actorAliases.alias })
      .from(actorAliases)
      .where(inArray(actorAliases.actorId, rows.map((r) => r.id)))
      .orderBy(asc(actorAliases.alias))
      .all();
    const byActor = new Map<string, string[]>();
    for (const a of aliasRows) byActor.set(a.actorId, [...(byActor.get(a.actorId) ?? []), a.alias]);
    return rows.map((r) => ({ ...r, aliases: (byActor.get(r.id) ?? []).filter((a) => a !== r.name) }));
  }

  return {
    list(filters: ActorFilters, page: PageRequest): Page<ActorRow> {
      const where = allOf([
        filters.kind ? eq(actors.kind, filters.kind as ActorRow['kind']) : undefined,
        filters.updatedSince ? sql`${actors.updatedAt} >= ${filters.updatedSince}` : undefined,
        filters.country ? eq(actors.country, filters.country) : undefined,
        filters.q ? nameContains(filters.q) : undefined,
        filters.articleId
          ? sql`${actors.id} IN (SELECT ${articleActors.actorId} FROM ${articleActors} WHERE ${articleActors.articleId} = ${filters.articleId})`
          : undefined,
        afterKeyset(actors.createdAt, actors.id, page.after),
      ]);
      const rows = db
        .select()
        .from(actors)
        .where(where)
        .orderBy(...newestFirst(actors.createdAt, actors.id))
        .limit(page.limit + 1)
        .all();
      const result = toPage(rows, page.limit, (r) => ({ sort: r.createdAt, id: r.id }));
      return { items: attachAliases(result.items), next: result.next };
    },

    get(id: string): ActorRow | undefined {
      const row = db.select().from(actors).where(eq(actors.id, id)).get();
      return row ? attachAliases([row])[0] : undefined;
    },

    exists(id: string): boolean {
      return db.select({ id: actors.id }).from(actors).where(eq(actors.id, id)).get() !== undefined;
    },

    /** Name, kind and country of the given actors, for embedding in summaries. */
    briefs(ids: string[]): Map<string, ActorBrief> {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return new Map();
      const rows = db
        .select({ actor_id: actors.id, name: actors.name, kind: actors.kind, country: actors.country })
        .from(actors)
        .where(inArray(actors.id, unique))
        .all();
      return new Map(rows.map((r) => [r.actor_id, r]));
    },
  };
}

export type ActorRepository = ReturnType<typeof createActorRepository>;
