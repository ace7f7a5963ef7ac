import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Repositories } from '../../db/repositories/index.js';
import type { Keyset } from '../../db/repositories/common.js';
import { HttpProblem } from '../errors.js';
import { EXPORT_PAGE, requestedFormat, sendExport } from '../export.js';
import { decodeCursor, encodeCursor } from '../pagination.js';
import { IdParamsSchema, listResponse, problemResponses } from '../schemas/common.js';
import { EventListQuerySchema, EventListSchema, EventSchema, toEvent } from '../schemas/events.js';

export const eventRoutes: FastifyPluginAsyncZod<{ repos: Repositories }> = async (app, { repos }) => {
  app.get(
    '/events',
    {
      schema: {
        tags: ['events'],
        summary: 'List events',
        description: 'Events newest first (by event date, else publication date). All filters combine with AND.',
        querystring: EventListQuerySchema,
        response: { 200: listResponse(EventListSchema), 400: problemResponses[400] },
      },
    },
    async (request, reply) => {
      const { limit, cursor, article_id, updated_since, format, ...filters } = request.query;
      const list = (pageSize: number, after: Keyset | undefined) => repos.events.list({ ...filters, articleId: article_id, updatedSince: updated_since }, { limit: pageSize, after });
      const wanted = requestedFormat(request, format);
      if (wanted !== 'json') return sendExport(reply, wanted, (after) => list(EXPORT_PAGE, after), toEvent);
      const page = list(limit, decodeCursor(cursor));
      return { data: page.items.map(toEvent), next_cursor: encodeCursor(page.next) };
    },
  );

  app.get(
    '/events/:id',
    {
      schema: {
        tags: ['events'],
        summary: 'Get one event',
        description: 'One event with its participants and evidence.',
        params: IdParamsSchema,
        response: { 200: EventSchema, ...problemResponses },
      },
    },
    async (request) => {
      const row = repos.events.get(request.params.id);
      if (!row) throw HttpProblem.notFound('event', request.params.id);
      return toEvent(row);
    },
  );
};
