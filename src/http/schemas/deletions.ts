import { z } from 'zod';
import type { DeletionRow } from '../../db/repositories/deletions.js';
import { listOf, pageQuery, rfc3339 } from './common.js';

const RESOURCES = ['events', 'statements', 'allegations'] as const;

export const DeletionSchema = z
  .object({
    resource: z.enum(RESOURCES),
    id: z.string().meta({ examples: ['ev_3f2a9c1d0b7e4a55'] }),
    deleted_at: z.string().meta({ description: 'When re-extraction removed the record (RFC 3339).' }),
  })
  .meta({ id: 'Deletion', description: 'A record that re-extraction removed.' });

export const DeletionListSchema = listOf(DeletionSchema, 'DeletionList');

export const DeletionListQuerySchema = z.object({
  since: rfc3339('Only removals at or after this instant (RFC 3339): the time of your last sync.', '2025-01-01T00:00:00Z').optional(),
  resource: z.enum(RESOURCES).optional().meta({ description: 'Only removals of this resource.', examples: ['events'] }),
  ...pageQuery,
});

export const toDeletion = (r: DeletionRow): z.output<typeof DeletionSchema> => ({ resource: r.resource, id: r.id, deleted_at: r.deletedAt });
