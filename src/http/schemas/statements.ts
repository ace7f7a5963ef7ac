import { z } from 'zod';
import { formatQuery } from '../export.js';
import type { StatementRow } from '../../db/repositories/statements.js';
import { DATE_PRECISIONS, STATEMENT_KINDS } from '../../ingest/types.js';
import { ActorRefSchema, dateRangeQuery, EvidenceSchema, evidenceOf, idFilter, listOf, pageQuery, syncQuery, timestampFields } from './common.js';

export const StatementSchema = z
  .object({
    id: z.string().meta({ examples: ['st_81c0aa4e2f9b7d13'] }),
    article_id: z.string(),
    speaker: ActorRefSchema.nullable(),
    text: z.string().meta({ description: 'The quoted words, or the reported clause.', examples: ['Our two countries will open a new chapter in trade.'] }),
    kind: z.enum(STATEMENT_KINDS).meta({ description: 'direct: wholly inside quotation marks; indirect: reported speech.' }),
    date: z.string().nullable().meta({ examples: ['2025-03-10'] }),
    date_precision: z.enum(DATE_PRECISIONS).nullable(),
    evidence: EvidenceSchema,
    ...timestampFields,
  })
  .meta({ id: 'Statement', description: 'A direct quote or reported speech with its speaker.' });

export const StatementListSchema = listOf(StatementSchema, 'StatementList');

const q = z.string().min(1).max(200).optional().meta({ description: 'Words that must all appear in the text (case and accents ignored).', examples: ['ceasefire talks'] });

export const StatementListQuerySchema = z.object({
  speaker: idFilter('Only statements by this actor.', 'ac_5b0e7f2c9d1a4e36'),
  q,
  article_id: idFilter('Only statements from this article.', 'ar_9c41d2e07a6b3f18'),
  ...dateRangeQuery,
  ...syncQuery,
  ...pageQuery,
  ...formatQuery,
});

export const ActorStatementsQuerySchema = z.object({ q, ...dateRangeQuery, ...syncQuery, ...formatQuery, ...pageQuery });

export function toStatement(row: StatementRow): z.output<typeof StatementSchema> {
  return {
    id: row.id,
    article_id: row.articleId,
    speaker: row.speaker,
    text: row.text,
    kind: row.kind,
    date: row.date,
    date_precision: row.datePrecision,
    evidence: evidenceOf(row),
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  };
}
