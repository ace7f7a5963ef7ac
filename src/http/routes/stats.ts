import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Repositories } from '../../db/repositories/index.js';
import { problemResponses } from '../schemas/common.js';
import { EventStatsQuerySchema, EventStatsSchema } from '../schemas/events.js';

export const statsRoutes: FastifyPluginAsyncZod<{ repos: Repositories }> = async (app, { repos }) => {
  app.get(
    '/stats/events',
    {
      schema: {
        tags: ['events'],
        summary: 'Event counts',
        description: 'Counts of the events matching the same filters as /events, by type, by month and by country: a dashboard or a plot in one call.',
        querystring: EventStatsQuerySchema,
        response: { 200: EventStatsSchema, 400: problemResponses[400] },
      },
    },
    async (request) => {
      const { article_id, updated_since, ...filters } = request.query;
      const stats = repos.events.stats({ ...filters, articleId: article_id, updatedSince: updated_since });
      return {
        total: stats.total,
        by_type: stats.byType.map((r) => ({ type: r.key, count: r.n })),
        by_month: stats.byMonth.map((r) => ({ month: r.key, count: r.n })),
        by_country: stats.byCountry.map((r) => ({ country: r.key, count: r.n })),
      };
    },
  );
};
