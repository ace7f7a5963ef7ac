import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { HttpProblem } from '../errors.js';
import { ProblemSchema } from '../schemas/common.js';

export const healthRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['service'],
        summary: 'Health check',
        description: 'Answers 200 when the database answers a query, 503 otherwise.',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.literal('ok') }).meta({ examples: [{ status: 'ok', database: 'ok' }] }),
          503: ProblemSchema,
        },
      },
    },
    async () => {
      try {
        db.$client.prepare('SELECT 1').get();
      } catch {
        throw new HttpProblem(503, 'The database does not answer.');
      }
      return { status: 'ok' as const, database: 'ok' as const };
    },
  );
};
