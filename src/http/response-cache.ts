// A cache of whole JSON answers, keyed by what the client asked and by the
// database's change token. The data changes only when articles are ingested,
// while clients and dashboards ask the same pages again and again; an answer
// served from here skips validation, the queries and serialisation, and is
// byte for byte the answer the route gave. Any write changes the token: our own
// at once, another process's within a millisecond (see db/client.ts changeToken).
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { requestedFormat } from './export.js';

export interface ResponseCacheOptions {
  /** Upper bound on the bytes of cached bodies; 0 turns the cache off. */
  maxBytes: number;
  /** Changes whenever the database may have changed (see db/client.ts changeToken). */
  changeToken: () => string;
}

interface Entry {
  token: string;
  /**
   * Large bodies are kept encoded, so they are not encoded again on every send; small ones as text,
   * which Node writes in one packet with the headers.
   */
  body: Buffer | string;
  contentType: string;
  etag: string | undefined;
}

/** Up to this many characters a body is kept as a string (see Entry.body). */
const SMALL_BODY = 8 * 1024;
/** Longer URLs are not kept: they are rarely asked twice and would crowd out real answers. */
const MAX_KEY = 2048;
/** What a Map entry and its object cost beyond the key and body, counted against the bound. */
const ENTRY_OVERHEAD = 256;

/** Routes whose answers must always be fresh. */
const UNCACHED_ROUTES = new Set(['/health']);

/** Insertion-ordered map as an LRU: a hit moves its entry to the end, eviction takes from the front. */
class LruBodies {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: Entry): void {
    // One huge answer (a page of 1,000 long records) must not flush everything else.
    if (sizeOf(key, entry) > this.maxBytes / 8) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += sizeOf(key, entry);
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(oldest, old);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.bytes -= sizeOf(key, entry);
  }
}

const sizeOf = (key: string, entry: Entry) => key.length + entry.body.length + ENTRY_OVERHEAD;

/** The URL: only JSON answers are kept, and exports asked for by Accept (CSV, NDJSON) bypass the cache. */
function keyOf(request: FastifyRequest): string {
  return request.url;
}

function cacheable(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  return request.method === 'GET' && route !== undefined && !UNCACHED_ROUTES.has(route) && request.url.length <= MAX_KEY && requestedFormat(request, undefined) === 'json';
}

/**
 * Register after the hooks every answer must pass (request id, shutdown,
 * security headers, CORS, rate limit) and before the routes: a cached answer
 * still passes them, and ETag, 304 and compression still apply on its way out.
 */
export function registerResponseCache(app: FastifyInstance, { maxBytes, changeToken }: ResponseCacheOptions): void {
  if (maxBytes <= 0) return;
  const cache = new LruBodies(maxBytes);
  // The token as it was before the route read the database: an answer is stored under it,
  // so a write that lands while the answer is being made leaves the entry already stale.
  const tokenAtStart = new WeakMap<FastifyRequest, string>();

  // Callback hooks (not async): a hit is answered in the same tick, with no promise to settle.
  function serveFromCache(request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) {
    if (!cacheable(request)) return done();
    const token = changeToken();
    const key = keyOf(request);
    const hit = cache.get(key);
    if (hit !== undefined && hit.token === token) {
      reply.header('content-type', hit.contentType);
      if (hit.etag !== undefined) reply.header('etag', hit.etag);
      reply.send(hit.body);
      return;
    }
    if (hit !== undefined) cache.delete(key);
    tokenAtStart.set(request, token);
    done();
  }

  // Last of each route's onRequest hooks, so the rate limit (a route-level hook) still counts hits.
  app.addHook('onRoute', (route) => {
    const existing = route.onRequest;
    route.onRequest = existing === undefined ? [serveFromCache] : Array.isArray(existing) ? [...existing, serveFromCache] : [existing, serveFromCache];
  });

  // Global, so it sees the body before compression (a route-level hook) turns it into a stream.
  app.addHook('onSend', (request, reply, payload, done) => {
    const token = tokenAtStart.get(request);
    const contentType = reply.getHeader('content-type');
    // Streams (exports, static files) and anything but a plain 200 JSON answer pass by.
    if (token !== undefined && reply.statusCode === 200 && typeof payload === 'string' && typeof contentType === 'string' && contentType.startsWith('application/json')) {
      const etag = reply.getHeader('etag');
      cache.set(keyOf(request), { token, body: payload.length > SMALL_BODY ? Buffer.from(payload) : payload, contentType, etag: typeof etag === 'string' ? etag : undefined });
    }
    done(null, payload);
  });
}
