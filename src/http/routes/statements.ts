import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Repositories } from '../../db/repositories/index.js';
import type { Keyset } from '../../db/repositories/common.js';
import { HttpProblem } from '../errors.js';
import { EXPORT_PAGE, requestedFormat, sendExport } from '../export.js';
import { decodeCursor, encodeCursor } from '../pagination.js';
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
      const { limit, cursor, article_id, updated_since, format, ...filters } = request.query;
      const list = (pageSize: number, after: Keyset | undefined) => repos.statements.list({ ...filters, articleId: article_id, updatedSince: updated_since }, { limit: pageSize, after });
      const wanted = requestedFormat(request, format);
      if (wanted !== 'json') return sendExport(reply, wanted, (after) => list(EXPORT_PAGE, after), toStatement);
      const page = list(limit, decodeCursor(cursor));
      return { data: page.items.map(toStatement), next_cursor: encodeCursor(page.next) };
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
