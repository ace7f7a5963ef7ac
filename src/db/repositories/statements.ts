import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { actors, statements } from '../schema.js';
import { afterKeyset, allOf, dayBound, newestFirst, searchConditions, toPage, type Page, type PageRequest } from './common.js';
import type { ActorRef } from './actors.js';

export type StatementRow = typeof statements.$inferSelect & { speaker: ActorRef | null };

export interface StatementFilters {
  speaker?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Words that must all occur in the text. */
  q?: string | undefined;
  articleId?: string | undefined;
  /** Created or changed at or after this instant (ISO, UTC). */
  updatedSince?: string | undefined;
}

export function createStatementRepository(db: Db) {
  const select = () =>
    db
      .select({ statement: statements, speakerName: actors.name })
      .from(statements)
      .leftJoin(actors, eq(actors.id, statements.speakerId));

  const toRow = (r: { statement: typeof statements.$inferSelect; speakerName: string | null }): StatementRow => ({
    ...r.statement,
    speaker:
      r.statement.speakerId !== null && r.speakerName !== null ? { actor_id: r.statement.speakerId, name: r.speakerName } : null,
  });

  const common = (filters: StatementFilters) => [
    filters.speaker ? eq(statements.speakerId, filters.speaker) : undefined,
    filters.articleId ? eq(statements.articleId, filters.articleId) : undefined,
    filters.updatedSince ? sql`${statements.updatedAt} >= ${filters.updatedSince}` : undefined,
  ];

  /**
   * Word search walks the FTS index in its own order (rowid = search_key, newest
   * first) and stops after one page, so a common word costs no more than a rare one.
   * Its cursor is the last row's search key.
   */
  function search(q: string, filters: StatementFilters, page: PageRequest): Page<StatementRow> {
    const found = searchConditions('statements_fts', q, filters, page);
    if (!found) return { items: [], next: null };
    const { key, conditions } = found;
    const where = allOf([...conditions, ...common(filters)]);
    const rows = db
      .select({ statement: statements, speakerName: actors.name })
      .from(sql`statements_fts`)
      .innerJoin(statements, sql`${statements.searchKey} = ${key}`)
      .leftJoin(actors, eq(actors.id, statements.speakerId))
      .where(where)
      .orderBy(sql`${key} DESC`)
      .limit(page.limit + 1)
      .all()
      .map(toRow);
    return toPage(rows, page.limit, (r) => ({ sort: String(r.searchKey), id: r.id }));
  }

  return {
    list(filters: StatementFilters, page: PageRequest): Page<StatementRow> {
      if (filters.q !== undefined) return search(filters.q, filters, page);
      const where = allOf([
        ...common(filters),
        filters.from ? sql`${statements.sortDate} >= ${dayBound(filters.from, 'from')}` : undefined,
        filters.to ? sql`${statements.sortDate} <= ${dayBound(filters.to, 'to')}` : undefined,
        afterKeyset(statements.sortDate, statements.id, page.after),
      ]);
      const rows = select()
        .where(where)
        .orderBy(...newestFirst(statements.sortDate, statements.id))
        .limit(page.limit + 1)
        .all()
        .map(toRow);
      return toPage(rows, page.limit, (r) => ({ sort: r.sortDate, id: r.id }));
    },

    get(id: string): StatementRow | undefined {
      const row = select().where(eq(statements.id, id)).get();
      return row ? toRow(row) : undefined;
    },
  };
}

export type StatementRepository = ReturnType<typeof createStatementRepository>;
