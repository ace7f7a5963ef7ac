import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Repositories } from '../../db/repositories/index.js';
import type { Keyset } from '../../db/repositories/common.js';
import { HttpProblem } from '../errors.js';
import { EXPORT_PAGE, requestedFormat, sendExport } from '../export.js';
import { decodeCursor, encodeCursor } from '../pagination.js';
import { ActorListQuerySchema, ActorListSchema, ActorSchema, toActor } from '../schemas/actors.js';
import { IdParamsSchema, listResponse, problemResponses } from '../schemas/common.js';
import { ActorEventsQuerySchema, EventListSchema, toEvent } from '../schemas/events.js';
import { ActorStatementsQuerySchema, StatementListSchema, toStatement } from '../schemas/statements.js';

export const actorRoutes: FastifyPluginAsyncZod<{ repos: Repositories }> = async (app, { repos }) => {
  const requireActor = (id: string) => {
    if (!repos.actors.exists(id)) throw HttpProblem.notFound('actor', id);
  };

  app.get(
    '/actors',
    {
      schema: {
        tags: ['actors'],
        summary: 'List actors',
        description: 'Persons, states, organizations and groups, most recently first seen first. All filters combine with AND.',
        querystring: ActorListQuerySchema,
        response: { 200: listResponse(ActorListSchema), 400: problemResponses[400] },
      },
    },
    async (request, reply) => {
      const { limit, cursor, article_id, updated_since, format, ...filters } = request.query;
      const list = (pageSize: number, after: Keyset | undefined) => repos.actors.list({ ...filters, articleId: article_id, updatedSince: updated_since }, { limit: pageSize, after });
      const wanted = requestedFormat(request, format);
      if (wanted !== 'json') return sendExport(reply, wanted, (after) => list(EXPORT_PAGE, after), toActor);
      const page = list(limit, decodeCursor(cursor));
      return { data: page.items.map(toActor), next_cursor: encodeCursor(page.next) };
    },
  );

  app.get(
    '/actors/:id',
    {
      schema: {
        tags: ['actors'],
        summary: 'Get one actor',
        description: 'One actor with all its aliases.',
        params: IdParamsSchema,
        response: { 200: ActorSchema, ...problemResponses },
      },
    },
    async (request) => {
      const row = repos.actors.get(request.params.id);
      if (!row) throw HttpProblem.notFound('actor', request.params.id);
      return toActor(row);
    },
  );

  app.get(
    '/actors/:id/events',
    {
      schema: {
        tags: ['actors'],
        summary: "An actor's events",
        description: 'The events this actor took part in, in any role, newest first: its timeline.',
        params: IdParamsSchema,
        querystring: ActorEventsQuerySchema,
        response: { 200: EventListSchema, ...problemResponses },
      },
    },
    async (request) => {
      requireActor(request.params.id);
      const { limit, cursor, updated_since, ...filters } = request.query;
      const page = repos.events.list({ ...filters, actor: request.params.id, updatedSince: updated_since }, { limit, after: decodeCursor(cursor) });
      return { data: page.items.map(toEvent), next_cursor: encodeCursor(page.next) };
    },
  );

  app.get(
    '/actors/:id/statements',
    {
      schema: {
        tags: ['actors'],
        summary: "An actor's statements",
        description: 'What this actor said, newest first.',
        params: IdParamsSchema,
        querystring: ActorStatementsQuerySchema,
        response: { 200: StatementListSchema, ...problemResponses },
      },
    },
    async (request) => {
      requireActor(request.params.id);
      const { limit, cursor, updated_since, ...filters } = request.query;
      const page = repos.statements.list({ ...filters, speaker: request.params.id, updatedSince: updated_since }, { limit, after: decodeCursor(cursor) });
      return { data: page.items.map(toStatement), next_cursor: encodeCursor(page.next) };
    },
  );
};
