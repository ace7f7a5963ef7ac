import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Repositories } from '../../db/repositories/index.js';
import { HttpProblem } from '../errors.js';
import { answerList } from '../lists.js';
import { IdParamsSchema, listResponse, problemResponses } from '../schemas/common.js';
import { StatementListQuerySchema, StatementListSchema, StatementSchema, toStatement } from '../schemas/statements.js';

export const statementRoutes: FastifyPluginAsyncZod<{ repos: Repositories }> = async (app, { repos }) => {
  app.get(
    '/statements',
    {
      schema: {
        tags: ['statements'],
        summary: 'List statements',
        description: 'Direct quotes and reported speech, newest first. All filters combine with AND.',
        querystring: StatementListQuerySchema,
        response: { 200: listResponse(StatementListSchema), 400: problemResponses[400] },
      },
    },
    async (request, reply) => {
      const { limit, cursor, format, article_id, updated_since, ...filters } = request.query;
      return answerList(request, reply, { limit, cursor, format }, (page) => repos.statements.list({ ...filters, articleId: article_id, updatedSince: updated_since }, page), toStatement);
    },
  );

  app.get(
    '/statements/:id',
    {
      schema: {
        tags: ['statements'],
        summary: 'Get one statement',
        description: 'One statement with its speaker and evidence.',
        params: IdParamsSchema,
        response: { 200: StatementSchema, ...problemResponses },
      },
    },
    async (request) => {
      const row = repos.statements.get(request.params.id);
      if (!row) throw HttpProblem.notFound('statement', request.params.id);
      return toStatement(row);
    },
  );
};
