import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Repositories } from '../../db/repositories/index.js';
import { decodeCursor, encodeCursor } from '../pagination.js';
import { problemResponses } from '../schemas/common.js';
import { DeletionListQuerySchema, DeletionListSchema, toDeletion } from '../schemas/deletions.js';

export const deletionRoutes: FastifyPluginAsyncZod<{ repos: Repositories }> = async (app, { repos }) => {
  app.get(
    '/deletions',
    {
      schema: {
        tags: ['sync'],
        summary: 'Removed records',
        description:
          'Events, statements and allegations that `--reextract` removed, oldest first. With `updated_since` on the lists, ' +
          'this lets a client keep a mirror in step without downloading everything again.',
        querystring: DeletionListQuerySchema,
        response: { 200: DeletionListSchema, 400: problemResponses[400] },
      },
    },
    async (request) => {
      const { limit, cursor, since, resource } = request.query;
      const page = repos.deletions.list({ since, resource }, { limit, after: decodeCursor(cursor) });
      return { data: page.items.map(toDeletion), next_cursor: encodeCursor(page.next) };
    },
  );
};
