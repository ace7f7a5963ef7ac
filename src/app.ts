// buildApp wires plugins and routes around an open database. It starts
// nothing and reads no environment: the entry point (server.ts) does that.
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from './db/client.js';
import { createRepositories } from './db/repositories/index.js';
import type { Ingester } from './ingest/job.js';
import { registerDocs } from './http/docs.js';
import { registerErrorHandlers } from './http/errors.js';
import { actorRoutes } from './http/routes/actors.js';
import { allegationRoutes } from './http/routes/allegations.js';
import { articleRoutes } from './http/routes/articles.js';
import { eventRoutes } from './http/routes/events.js';
import { healthRoutes } from './http/routes/health.js';
import { statementRoutes } from './http/routes/statements.js';

export interface AppOptions {
  db: Db;
  ingester: Ingester;
  /** Bearer token for writes; undefined disables them. */
  apiKey?: string | undefined;
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp({ db, ingester, apiKey, logger = false }: AppOptions) {
  const app = Fastify({ logger, bodyLimit: 1024 * 1024 }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandlers(app);
  await registerDocs(app);

  const repos = createRepositories(db);
  await app.register(healthRoutes, { db });
  await app.register(articleRoutes, { repos, ingester, apiKey });
  await app.register(actorRoutes, { repos });
  await app.register(eventRoutes, { repos });
  await app.register(statementRoutes, { repos });
  await app.register(allegationRoutes, { repos });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
