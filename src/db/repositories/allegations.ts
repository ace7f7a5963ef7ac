import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { actors, allegationDenials, allegationParties, allegations } from '../schema.js';
import type { ActorRef } from './actors.js';
import { afterKeyset, allOf, newestFirst, toPage, type Page, type PageRequest } from './common.js';

export interface Denial {
  actor: ActorRef;
  text: string;
  evidence: { sentence: string; start: number; end: number };
}

export type AllegationRow = typeof allegations.$inferSelect & {
  accusers: ActorRef[];
  accused: ActorRef[];
  denials: Denial[];
};

export interface AllegationFilters {
  accuser?: string | undefined;
  accused?: string | undefined;
  status?: string | undefined;
  articleId?: string | undefined;
  /** Created or changed at or after this instant (ISO, UTC). */
  updatedSince?: string | undefined;
}

export function createAllegationRepository(db: Db) {
  function attachParties(rows: (typeof allegations.$inferSelect)[]): AllegationRow[] {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const parties = db
      .select({ allegationId: allegationParties.allegationId, side: allegationParties.side, actor_id: actors.id, name: actors.name })
      .from(allegationParties)
      .innerJoin(actors, eq(actors.id, allegationParties.actorId))
      .where(inArray(allegationParties.allegationId, ids))
      .orderBy(actors.name)
      .all();
    const denials = db
      .select({ denial: allegationDenials, name: actors.name })
      .from(allegationDenials)
      .innerJoin(actors, eq(actors.id, allegationDenials.actorId))
      .where(inArray(allegationDenials.allegationId, ids))
      .orderBy(allegationDenials.evidenceStart)
      .all();
    return rows.map((r) => ({
      ...r,
      accusers: parties.filter((p) => p.allegationId === r.id && p.side === 'accuser').map(({ actor_id, name }) => ({ actor_id, name })),
      accused: parties.filter((p) => p.allegationId === r.id && p.side === 'accused').map(({ actor_id, name }) => ({ actor_id, name })),
      denials: denials
        .filter((d) => d.denial.allegationId === r.id)
        .map(({ denial, name }) => ({
          actor: { actor_id: denial.actorId, name },
          text: denial.text,
          evidence: { sentence: denial.evidenceSentence, start: denial.evidenceStart, end: denial.evidenceEnd },
        })),
    }));
  }

  const partyIs = (side: 'accuser' | 'accused', actorId: string) =>
    sql`${allegations.id} IN (SELECT ${allegationParties.allegationId} FROM ${allegationParties} WHERE ${and(
      eq(allegationParties.actorId, actorId),
      eq(allegationParties.side, side),
    )})`;

  return {
    list(filters: AllegationFilters, page: PageRequest): Page<AllegationRow> {
      const where = allOf([
        filters.accuser ? partyIs('accuser', filters.accuser) : undefined,
        filters.accused ? partyIs('accused', filters.accused) : undefined,
        filters.status ? sql`${allegations.status} = ${filters.status}` : undefined,
        filters.articleId ? eq(allegations.articleId, filters.articleId) : undefined,
        filters.updatedSince ? sql`${allegations.updatedAt} >= ${filters.updatedSince}` : undefined,
        afterKeyset(allegations.sortDate, allegations.id, page.after),
      ]);
      const rows = db
        .select()
        .from(allegations)
        .where(where)
        .orderBy(...newestFirst(allegations.sortDate, allegations.id))
        .limit(page.limit + 1)
        .all();
      const result = toPage(rows, page.limit, (r) => ({ sort: r.sortDate, id: r.id }));
      return { items: attachParties(result.items), next: result.next };
    },

    get(id: string): AllegationRow | undefined {
      const row = db.select().from(allegations).where(eq(allegations.id, id)).get();
      return row ? attachParties([row])[0] : undefined;
    },
  };
}

export type AllegationRepository = ReturnType<typeof createAllegationRepository>;
