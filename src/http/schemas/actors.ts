import { z } from 'zod';
import { formatQuery } from '../export.js';
import type { ActorRow } from '../../db/repositories/actors.js';
import { ACTOR_KINDS } from '../../ingest/types.js';
import { countryFilter, idFilter, listOf, pageQuery, syncQuery, timestampFields } from './common.js';

export const ActorSchema = z
  .object({
    id: z.string().meta({ examples: ['ac_5b0e7f2c9d1a4e36'] }),
    name: z.string().meta({ description: 'Canonical full name.', examples: ['Sergei Lavrov'] }),
    aliases: z.array(z.string()).meta({ description: 'Other names and spellings seen in articles.', examples: [['Lavrov', 'Sergey Lavrov']] }),
    kind: z.enum(ACTOR_KINDS),
    country: z.string().nullable().meta({ description: 'ISO 3166-1 alpha-3 of the state the actor belongs to; null for international bodies.', examples: ['RUS'] }),
    role: z.string().nullable().meta({ description: 'For persons, the office as articles give it.', examples: ['Foreign Minister'] }),
    ...timestampFields,
  })
  .meta({ id: 'Actor', description: 'A person, state, organization or group; one row per real-world actor across all articles.' });

export const ActorListSchema = listOf(ActorSchema, 'ActorList');

export const ActorListQuerySchema = z.object({
  kind: z.enum(ACTOR_KINDS).optional().meta({ description: 'Only actors of this kind.', examples: ['person'] }),
  country: countryFilter('Only actors of this country (ISO alpha-3).', 'RUS'),
  q: z.string().min(1).max(200).optional().meta({ description: 'Part of a name or alias; case and accents ignored.', examples: ['lavrov'] }),
  article_id: idFilter('Only actors mentioned in this article.', 'ar_9c41d2e07a6b3f18'),
  ...syncQuery,
  ...pageQuery,
  ...formatQuery,
});

export function toActor(row: ActorRow): z.output<typeof ActorSchema> {
  return {
    id: row.id,
    name: row.name,
    aliases: row.aliases,
    kind: row.kind,
    country: row.country,
    role: row.role,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  };
}
