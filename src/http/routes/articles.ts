import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Repositories } from '../../db/repositories/index.js';
import type { Ingester } from '../../ingest/job.js';
import { fromJsonArticle, SourceError } from '../../ingest/sources.js';
import { ExtractionError } from '../../ingest/types.js';
import { requireApiKey } from '../auth.js';
import { HttpProblem } from '../errors.js';
import { answerList } from '../lists.js';
import { ArticleDetailSchema, ArticleInputSchema, ArticleListQuerySchema, ArticleListSchema, toArticle, toArticleDetail } from '../schemas/articles.js';
import { IdParamsSchema, ProblemSchema, listResponse, problemResponses } from '../schemas/common.js';

export interface ArticleRouteOptions {
  repos: Repositories;
  ingester: Ingester;
  apiKey: string | undefined;
}

export const articleRoutes: FastifyPluginAsyncZod<ArticleRouteOptions> = async (app, { repos, ingester, apiKey }) => {
  app.get(
    '/articles',
    {
      schema: {
        tags: ['articles'],
        summary: 'List articles',
        description: 'Ingested articles, newest publication first.',
        querystring: ArticleListQuerySchema,
        response: { 200: listResponse(ArticleListSchema), 400: problemResponses[400] },
      },
    },
    async (request, reply) => {
      const { limit, cursor, format, updated_since, ...filters } = request.query;
      return answerList(request, reply, { limit, cursor, format }, (page) => repos.articles.list({ ...filters, updatedSince: updated_since }, page), toArticle);
    },
  );

  app.get(
    '/articles/:id',
    {
      schema: {
        tags: ['articles'],
        summary: 'Get one article',
        description: 'One article with its clean text (which evidence offsets point into) and how many records it gave.',
        params: IdParamsSchema,
        response: { 200: ArticleDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const row = repos.articles.get(request.params.id);
      if (!row) throw HttpProblem.notFound('article', request.params.id);
      return toArticleDetail(row);
    },
  );

  app.post(
    '/articles',
    {
      // onRequest: a client without the key is refused before its body is read or validated.
      onRequest: requireApiKey(apiKey),
      schema: {
        tags: ['articles'],
        summary: 'Ingest one article',
        description:
          'Runs the extraction pipeline on one article and stores it with its records. ' +
          'An article whose clean text is already stored is not stored again (200). Needs `Authorization: Bearer <API key>`.',
        security: [{ bearerAuth: [] }],
        body: ArticleInputSchema,
        response: {
          201: ArticleDetailSchema.describe('Stored, with the number of records extracted.'),
          200: ArticleDetailSchema.describe('Already stored: the existing article.'),
          400: problemResponses[400],
          401: ProblemSchema.describe('No API key given.'),
          403: ProblemSchema.describe('Wrong API key, or writes disabled.'),
          413: ProblemSchema.describe('Body over 1 MB.'),
          422: ProblemSchema.describe('The article cannot be read: no text, no date, binary content.'),
        },
      },
    },
    async (request, reply) => {
      let result;
      try {
        result = ingester.ingestOne(fromJsonArticle(request.body, 'api', null));
      } catch (err) {
        if (err instanceof ExtractionError || err instanceof SourceError) throw new HttpProblem(422, err.message);
        throw err;
      }
      // Stored without the records of a stage that failed on it: the client gets the article, the log the cause.
      if (result.warnings.length) request.log.warn({ warnings: result.warnings, articleId: result.articleId }, 'article stored without the records of a failed stage');
      const stored = repos.articles.get(result.articleId);
      if (!stored) throw new Error('stored article vanished');
      return reply.code(result.status === 'stored' ? 201 : 200).send(toArticleDetail(stored));
    },
  );
};
