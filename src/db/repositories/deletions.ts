import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { deletions } from '../schema.js';
import { allOf, toPage, type Page, type PageRequest } from './common.js';

export type DeletionRow = typeof deletions.$inferSelect;

export interface DeletionFilters {
  since?: string | undefined;
  resource?: DeletionRow['resource'] | undefined;
}

export function createDeletionRepository(db: Db) {
  return {
    /** Oldest first, so a client can replay removals in order from its last sync. */
    list(filters: DeletionFilters, page: PageRequest): Page<DeletionRow> {
      const where = allOf([
        filters.since ? sql`${deletions.deletedAt} >= ${filters.since}` : undefined,
        filters.resource ? eq(deletions.resource, filters.resource) : undefined,
        page.after ? sql`(${deletions.deletedAt}, ${deletions.resource} || ':' || ${deletions.id}) > (${page.after.sort}, ${page.after.id})` : undefined,
      ]);
      const rows = db
        .select()
        .from(deletions)
        .where(where)
        .orderBy(deletions.deletedAt, sql`${deletions.resource} || ':' || ${deletions.id}`)
        .limit(page.limit + 1)
        .all();
      return toPage(rows, page.limit, (r) => ({ sort: r.deletedAt, id: `${r.resource}:${r.id}` }));
    },
  };
}
