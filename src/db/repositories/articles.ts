import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { allegations, articleActors, articles, events, statements } from '../schema.js';
import { afterKeyset, allOf, dayBound, newestFirst, toPage, type Page, type PageRequest } from './common.js';

export type ArticleSummary = Omit<typeof articles.$inferSelect, 'cleanText'>;

export interface RecordCounts {
  actors: number;
  events: number;
  statements: number;
  allegations: number;
}

export type ArticleDetail = typeof articles.$inferSelect & { counts: RecordCounts };

export interface ArticleFilters {
  from?: string | undefined;
  to?: string | undefined;
  source?: string | undefined;
  /** Created or changed at or after this instant (ISO, UTC). */
  updatedSince?: string | undefined;
}

const summaryColumns = {
  id: articles.id,
  source: articles.source,
  title: articles.title,
  publishedAt: articles.publishedAt,
  contentHash: articles.contentHash,
  ingestedAt: articles.ingestedAt,
  createdAt: articles.createdAt,
  updatedAt: articles.updatedAt,
};

export function createArticleRepository(db: Db) {
  const countIn = (table: typeof events | typeof statements | typeof allegations, id: string) =>
    db.select({ n: sql<number>`count(*)` }).from(table).where(eq(table.articleId, id)).get()?.n ?? 0;

  return {
    list(filters: ArticleFilters, page: PageRequest): Page<ArticleSummary> {
      const where = allOf([
        filters.from ? sql`${articles.publishedAt} >= ${dayBound(filters.from, 'from')}` : undefined,
        filters.to ? sql`${articles.publishedAt} <= ${dayBound(filters.to, 'to')}` : undefined,
        filters.source ? eq(articles.source, filters.source) : undefined,
        filters.updatedSince ? sql`${articles.updatedAt} >= ${filters.updatedSince}` : undefined,
        afterKeyset(articles.publishedAt, articles.id, page.after),
      ]);
      const rows = db
        .select(summaryColumns)
        .from(articles)
        .where(where)
        .orderBy(...newestFirst(articles.publishedAt, articles.id))
        .limit(page.limit + 1)
        .all();
      return toPage(rows, page.limit, (r) => ({ sort: r.publishedAt, id: r.id }));
    },

    get(id: string): ArticleDetail | undefined {
      const row = db.select().from(articles).where(eq(articles.id, id)).get();
      if (!row) return undefined;
      return { ...row, counts: this.counts(id) };
    },

    counts(id: string): RecordCounts {
      return {
        actors: db.select({ n: sql<number>`count(*)` }).from(articleActors).where(eq(articleActors.articleId, id)).get()?.n ?? 0,
        events: countIn(events, id),
        statements: countIn(statements, id),
        allegations: countIn(allegations, id),
      };
    },

    exists(id: string): boolean {
      return db.select({ id: articles.id }).from(articles).where(eq(articles.id, id)).get() !== undefined;
    },

    isEmpty(): boolean {
      return db.select({ id: articles.id }).from(articles).limit(1).get() === undefined;
    },
  };
}

export type ArticleRepository = ReturnType<typeof createArticleRepository>;
