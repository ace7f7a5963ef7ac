import { z } from 'zod';
import { formatQuery } from '../export.js';
import type { AllegationRow } from '../../db/repositories/allegations.js';
import { ALLEGATION_STATUSES } from '../../ingest/types.js';
import { ActorRefSchema, EvidenceSchema, evidenceOf, idFilter, listOf, pageQuery, syncQuery, timestampFields } from './common.js';

export const AllegationSchema = z
  .object({
    id: z.string().meta({ examples: ['al_0d9e8f7a6b5c4d3e'] }),
    article_id: z.string(),
    claim: z.string().meta({ description: 'What is alleged, as worded in the article.', examples: ['supplying drones for use against civilian targets'] }),
    status: z.enum(ALLEGATION_STATUSES).meta({ description: 'alleged; denied once an accused or ally denies it; confirmed if admitted.' }),
    accusers: z.array(ActorRefSchema),
    accused: z.array(ActorRefSchema),
    denials: z.array(z.object({ actor: ActorRefSchema, text: z.string(), evidence: EvidenceSchema })),
    evidence: EvidenceSchema,
    ...timestampFields,
  })
  .meta({ id: 'Allegation', description: 'A claim by accusers that the accused did something wrong, with any denials.' });

export const AllegationListSchema = listOf(AllegationSchema, 'AllegationList');

export const AllegationListQuerySchema = z.object({
  accuser: idFilter('Only allegations made by this actor.', 'ac_5b0e7f2c9d1a4e36'),
  accused: idFilter('Only allegations against this actor.', 'ac_77aa01c3e5f94b20'),
  status: z.enum(ALLEGATION_STATUSES).optional().meta({ description: 'Only allegations with this status.', examples: ['denied'] }),
  article_id: idFilter('Only allegations from this article.', 'ar_9c41d2e07a6b3f18'),
  ...syncQuery,
  ...pageQuery,
  ...formatQuery,
});

export function toAllegation(row: AllegationRow): z.output<typeof AllegationSchema> {
  return {
    id: row.id,
    article_id: row.articleId,
    claim: row.claim,
    status: row.status,
    accusers: row.accusers,
    accused: row.accused,
    denials: row.denials,
    evidence: evidenceOf(row),
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  };
}
