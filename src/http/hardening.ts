// Cross-cutting HTTP behaviour: security headers, CORS, rate limits,
// compression and HTTP caching. Each is a well-kept fastify plugin, set up here
// so routes stay about their resource.
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import etag from '@fastify/etag';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { sendProblem } from './errors.js';

export interface HardeningOptions {
  /** Requests a minute per client; 0 turns rate limiting off. */
  rateLimitMax: number;
  /** Origins that may read from a browser: '*' or a list. */
  corsOrigins: '*' | string[];
}

/** Lists change as articles arrive; a single record changes only on re-extraction. */
const CACHE_LIST = 'public, max-age=30';
const CACHE_ITEM = 'public, max-age=300';

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The request id logs carry: the client's X-Request-Id when it is a plain token, else a fresh UUID. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

export async function registerHardening(app: FastifyInstance, options: HardeningOptions): Promise<void> {
  // Graceful stop: requests in flight finish; requests that still arrive on an open
  // keep-alive socket are refused with a problem 503 and the socket is closed.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
    // close() drops connections whose request has not been read yet (a busy event loop may not
    // have read it): let a few loop turns read them first, so they get an answer (a 503), not a reset.
    if (app.server.listening) for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setTimeout(resolve, 10));
  });
  const security = securityHeaders();
  // Callback hooks here and below: on a cached answer these hooks are most of the work,
  // and an async hook costs a promise and a microtask per request.
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(security).header('x-request-id', request.id);
    if (!closing) return done();
    reply.header('connection', 'close').header('retry-after', '5');
    sendProblem(reply, request, 503, 'The server is shutting down; retry in a moment.');
  });

  // Reads are open to the configured origins (all by default); writes are not offered cross-origin.
  await app.register(cors, { origin: options.corsOrigins, methods: ['GET', 'HEAD'] });
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

  app.addHook('onSend', (request, reply, payload, done) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', cacheControl(request.method, request.routeOptions.url, reply.statusCode));
    done(null, payload);
  });
}

/**
 * Helmet's headers, worked out once. Its middleware sets the same headers on
 * every response (no per-request nonces here), and building it per request, as
 * the fastify wrapper does, was the largest cost of a cached answer. Helmet's
 * default CSP allows what Swagger UI needs: its scripts and styles come from 'self'.
 */
export function securityHeaders(): Record<string, string> {
  const request = new IncomingMessage(new Socket());
  const response = new ServerResponse(request);
  helmet()(request, response, () => undefined);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.getHeaders())) if (value !== undefined) headers[name] = String(value);
  return headers;
}

function cacheControl(method: string, route: string | undefined, status: number): string {
  if (method !== 'GET' || status !== 200 || route === undefined || route === '/health') return 'no-store';
  if (route.startsWith('/docs') || route === '/openapi.json') return CACHE_ITEM;
  // "/events/:id" is one record; "/actors/:id/events" is a list.
  return route.endsWith('/:id') ? CACHE_ITEM : CACHE_LIST;
}
