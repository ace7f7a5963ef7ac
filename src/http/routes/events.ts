import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Repositories } from '../../db/repositories/index.js';
import { HttpProblem } from '../errors.js';
import { answerList } from '../lists.js';
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
      const { limit, cursor, format, article_id, updated_since, ...filters } = request.query;
      return answerList(request, reply, { limit, cursor, format }, (page) => repos.events.list({ ...filters, articleId: article_id, updatedSince: updated_since }, page), toEvent);
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
