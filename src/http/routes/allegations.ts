import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Repositories } from '../../db/repositories/index.js';
import { HttpProblem } from '../errors.js';
import { answerList } from '../lists.js';
import { AllegationListQuerySchema, AllegationListSchema, AllegationSchema, toAllegation } from '../schemas/allegations.js';
import { IdParamsSchema, listResponse, problemResponses } from '../schemas/common.js';

export const allegationRoutes: FastifyPluginAsyncZod<{ repos: Repositories }> = async (app, { repos }) => {
  app.get(
    '/allegations',
    {
      schema: {
        tags: ['allegations'],
        summary: 'List allegations',
        description: 'Who accuses whom of what, and who denied it; newest first. All filters combine with AND.',
        querystring: AllegationListQuerySchema,
        response: { 200: listResponse(AllegationListSchema), 400: problemResponses[400] },
      },
    },
    async (request, reply) => {
      const { limit, cursor, format, article_id, updated_since, ...filters } = request.query;
      return answerList(request, reply, { limit, cursor, format }, (page) => repos.allegations.list({ ...filters, articleId: article_id, updatedSince: updated_since }, page), toAllegation);
    },
  );

  app.get(
    '/allegations/:id',
    {
      schema: {
        tags: ['allegations'],
        summary: 'Get one allegation',
        description: 'One allegation with its accusers, accused, denials and evidence.',
        params: IdParamsSchema,
        response: { 200: AllegationSchema, ...problemResponses },
      },
    },
    async (request) => {
      const row = repos.allegations.get(request.params.id);
      if (!row) throw HttpProblem.notFound('allegation', request.params.id);
      return toAllegation(row);
    },
  );
};
