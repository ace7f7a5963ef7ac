import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Repositories } from '../../db/repositories/index.js';
import { summariseRelations } from '../../domain/relations.js';
import { HttpProblem } from '../errors.js';
import { answerList } from '../lists.js';
import { ActorListQuerySchema, ActorListSchema, ActorSchema, toActor } from '../schemas/actors.js';
import { IdParamsSchema, listResponse, problemResponses } from '../schemas/common.js';
import { ActorEventsQuerySchema, EventListSchema, RelationsQuerySchema, RelationsSchema, toEvent } from '../schemas/events.js';
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
      const { limit, cursor, format, article_id, updated_since, ...filters } = request.query;
      return answerList(request, reply, { limit, cursor, format }, (page) => repos.actors.list({ ...filters, articleId: article_id, updatedSince: updated_since }, page), toActor);
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
        response: { 200: listResponse(EventListSchema), ...problemResponses },
      },
    },
    async (request, reply) => {
      requireActor(request.params.id);
      const { limit, cursor, format, updated_since, ...filters } = request.query;
      return answerList(request, reply, { limit, cursor, format }, (page) => repos.events.list({ ...filters, actor: request.params.id, updatedSince: updated_since }, page), toEvent);
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
        response: { 200: listResponse(StatementListSchema), ...problemResponses },
      },
    },
    async (request, reply) => {
      requireActor(request.params.id);
      const { limit, cursor, format, updated_since, ...filters } = request.query;
      return answerList(request, reply, { limit, cursor, format }, (page) => repos.statements.list({ ...filters, speaker: request.params.id, updatedSince: updated_since }, page), toStatement);
    },
  );

  app.get(
    '/actors/:id/relations',
    {
      schema: {
        tags: ['actors'],
        summary: "An actor's relations",
        description:
          'The actors it shares events with: per counterpart the number of events by PLOVER type, the first and last date, ' +
          'and a cooperation–conflict balance (mean Goldstein score through the CAMEO crosswalk).',
        params: IdParamsSchema,
        querystring: RelationsQuerySchema,
        response: { 200: RelationsSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = repos.actors.get(request.params.id);
      if (!actor) throw HttpProblem.notFound('actor', request.params.id);
      const { limit, ...filters } = request.query;
      const rows = repos.events.relations(actor.id, filters);
      const briefs = repos.actors.briefs(rows.map((r) => r.counterpartId));
      return { actor: { actor_id: actor.id, name: actor.name }, data: summariseRelations(rows, briefs, limit) };
    },
  );
};
