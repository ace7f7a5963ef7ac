import { z } from 'zod';
import { formatQuery } from '../export.js';
import type { ArticleDetail, ArticleSummary, RecordCounts } from '../../db/repositories/articles.js';
import { JsonArticleSchema } from '../../ingest/sources.js';
import { dateRangeQuery, listOf, pageQuery, syncQuery, timestampFields } from './common.js';

const articleFields = {
  id: z.string().meta({ examples: ['ar_9c41d2e07a6b3f18'] }),
  source: z.string().meta({ description: 'The article\'s URL when known, else the ingested file\'s name.', examples: ['https://news.example/world/2025-03-10-talks'] }),
  title: z.string().nullable().meta({ examples: ['Ruto hosts Ethiopian leader in Nairobi'] }),
  published_at: z.string().meta({ description: 'Publication date, YYYY-MM-DD.', examples: ['2025-03-10'] }),
  content_hash: z.string().meta({ description: 'SHA-256 of the clean text: the article\'s identity for idempotent ingest.' }),
  ingested_at: z.string(),
  ...timestampFields,
};

export const ArticleSchema = z.object(articleFields).meta({ id: 'Article', description: 'A news article as ingested.' });

export const RecordCountsSchema = z
  .object({ actors: z.number().int(), events: z.number().int(), statements: z.number().int(), allegations: z.number().int() })
  .meta({ id: 'RecordCounts' });

export const ArticleDetailSchema = z
  .object({
    ...articleFields,
    text: z.string().meta({ description: 'The clean text; evidence offsets point into it.' }),
    counts: RecordCountsSchema,
  })
  .meta({ id: 'ArticleDetail' });

export const ArticleListSchema = listOf(ArticleSchema, 'ArticleList');

export const ArticleListQuerySchema = z.object({
  source: z.string().min(1).max(2048).optional().meta({ description: 'Only the article with this source (URL or file name).', examples: ['2025-03-10-talks.txt'] }),
  ...dateRangeQuery,
  ...syncQuery,
  ...pageQuery,
  ...formatQuery,
});

export function toArticle(row: ArticleSummary): z.output<typeof ArticleSchema> {
  return {
    id: row.id,
    source: row.source,
    title: row.title,
    published_at: row.publishedAt,
    content_hash: row.contentHash,
    ingested_at: row.ingestedAt,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  };
}

export function toArticleDetail(row: ArticleDetail): z.output<typeof ArticleDetailSchema> {
  return { ...toArticle(row), text: row.cleanText, counts: row.counts satisfies RecordCounts };
}

/** The body of POST /articles: the same shape as one object of a .json/.jsonl input. */
export const ArticleInputSchema = JsonArticleSchema.describe('One article: the same shape as an object of a .json or .jsonl input.');
