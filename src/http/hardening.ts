// Cross-cutting HTTP behaviour: security headers, CORS, rate limits,
// compression and HTTP caching. Each is a well-kept fastify plugin, set up here
// so routes stay about their resource.
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import etag from '@fastify/etag';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

export interface HardeningOptions {
  /** Requests a minute per client; 0 turns rate limiting off. */
  rateLimitMax: number;
}

/** Lists change as articles arrive; a single record changes only on re-extraction. */
const CACHE_LIST = 'public, max-age=30';
const CACHE_ITEM = 'public, max-age=300';

export async function registerHardening(app: FastifyInstance, options: HardeningOptions): Promise<void> {
  // Helmet's default CSP allows what Swagger UI needs: its scripts and styles are served from 'self'.
  await app.register(helmet, { global: true });
  // Reads are open to every origin; writes are not offered cross-origin.
  await app.register(cors, { origin: '*', methods: ['GET', 'HEAD'] });
  if (options.rateLimitMax > 0) {
    await app.register(rateLimit, {
      max: options.rateLimitMax,
      timeWindow: '1 minute',
      // Thrown on to the error handler, which renders it as a problem details body.
      errorResponseBuilder: (_request, context) =>
        Object.assign(new Error(`Rate limit exceeded: at most ${context.max} requests a minute; retry in ${context.after}.`), { statusCode: 429 }),
    });
  }
  await app.register(compress, { global: true, threshold: 1024 });
  await app.register(etag, { weak: true });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', cacheControl(request.method, request.routeOptions.url, reply.statusCode));
    return payload;
  });
}

function cacheControl(method: string, route: string | undefined, status: number): string {
  if (method !== 'GET' || status !== 200 || route === undefined || route === '/health') return 'no-store';
  if (route.startsWith('/docs') || route === '/openapi.json') return CACHE_ITEM;
  // "/events/:id" is one record; "/actors/:id/events" is a list.
  return route.endsWith('/:id') ? CACHE_ITEM : CACHE_LIST;
}
