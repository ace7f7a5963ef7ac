// buildApp wires plugins and routes around an open database. It starts
// nothing and reads no environment: the entry point (server.ts) does that.
import Fastify, { type FastifyServerOptions } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { changeToken, type Db } from './db/client.js';
import { createRepositories } from './db/repositories/index.js';
import type { Ingester } from './ingest/job.js';
import { registerDocs } from './http/docs.js';
import { frameworkError, registerErrorHandlers } from './http/errors.js';
import { registerHardening, requestId } from './http/hardening.js';
import { registerResponseCache } from './http/response-cache.js';
import { actorRoutes } from './http/routes/actors.js';
import { allegationRoutes } from './http/routes/allegations.js';
import { articleRoutes } from './http/routes/articles.js';
import { deletionRoutes } from './http/routes/deletions.js';
import { eventRoutes } from './http/routes/events.js';
import { healthRoutes } from './http/routes/health.js';
import { statementRoutes } from './http/routes/statements.js';
import { statsRoutes } from './http/routes/stats.js';

export interface AppOptions {
  db: Db;
  ingester: Ingester;
  /** Bearer token for writes; undefined disables them. */
  apiKey?: string | undefined;
  /** Requests a minute per client; 0 (the default here) turns rate limiting off. */
  rateLimitMax?: number;
  /** Browser origins allowed to read: '*' (the default) or a list. */
  corsOrigins?: '*' | string[];
  logger?: FastifyServerOptions['logger'];
  /** Bytes of JSON answers kept for repeated requests; 0 turns the response cache off. */
  responseCacheBytes?: number;
}

export async function buildApp({ db, ingester, apiKey, rateLimitMax = 0, corsOrigins = '*', logger = false, responseCacheBytes = 32 * 1024 * 1024 }: AppOptions) {
  const app = Fastify({
    logger,
    bodyLimit: 1024 * 1024,
    // Slow or idle clients must not hold sockets forever.
    requestTimeout: 30_000,
    keepAliveTimeout: 5_000,
    connectionTimeout: 60_000,
    // Close idle keep-alive sockets on close() so shutdown does not wait for them.
    forceCloseConnections: 'idle',
    // Requests arriving on open keep-alive sockets while closing get a problem 503 (hardening.ts).
    return503OnClosing: false,
    // Errors raised before routing (bad percent-encoding, over-long path parameter) are problems too.
    frameworkErrors: frameworkError,
    // A client's X-Request-Id (when well formed) or a UUID: in every log line and echoed in the response.
    genReqId: requestId,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  // Each route's mapper returns z.output of its response schema, so the compiler has
  // already checked the shape; re-validating every body with zod was most of the cost
  // of a list request. Bodies are serialised as plain JSON.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  registerErrorHandlers(app);
  await registerHardening(app, { rateLimitMax, corsOrigins });
  registerResponseCache(app, { maxBytes: responseCacheBytes, changeToken: changeToken(db) });
  await registerDocs(app);

  const repos = createRepositories(db);
  await app.register(healthRoutes, { db });
  await app.register(articleRoutes, { repos, ingester, apiKey });
  await app.register(actorRoutes, { repos });
  await app.register(eventRoutes, { repos });
  await app.register(statementRoutes, { repos });
  await app.register(allegationRoutes, { repos });
  await app.register(deletionRoutes, { repos });
  await app.register(statsRoutes, { repos });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
