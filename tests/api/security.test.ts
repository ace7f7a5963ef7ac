// Security behaviour not covered elsewhere: what the logs carry (a request id,
// never the API key), request ids sent back, errors from a broken database
// that show nothing internal, CORS for reads and writes, rate-limit headers,
// and the server's timeouts.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loggerOptions } from '../../src/http/logging.js';
import { createIngester } from '../../src/ingest/job.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { bodyText, getRoutes, leaks, openApiDoc } from '../helpers/contract.js';
import { createTestDb, storeFixtures, type TestDb } from '../helpers/fixtures.js';

const KEY = 'security-test-key-0123456789abcdef';
const article = { published_at: '2025-09-03', text: 'Japanese Prime Minister Shigeru Ishiba spoke by phone with Australian Prime Minister Anthony Albanese on Tuesday.' };

interface LogLine {
  level: number;
  msg?: string;
  reqId?: string;
  req?: unknown;
  res?: unknown;
  err?: { message?: string; stack?: string };
}

/** The real app over a fixture database, logging at trace level into an array. */
async function loggedApp(testDb: TestDb) {
  const lines: string[] = [];
  const app = await buildApp({
    db: testDb.db,
    ingester: createIngester(testDb.db),
    apiKey: KEY,
    logger: loggerOptions('trace', { write: (line) => void lines.push(line) }),
  });
  await app.ready();
  return { app, lines, parsed: () => lines.map((l) => JSON.parse(l) as LogLine) };
}

describe('logs', () => {
  let testDb: TestDb;
  beforeAll(() => {
    testDb = createTestDb();
    storeFixtures(testDb.db);
  });
  afterAll(() => testDb.cleanup());

  it('carry a request id on every request line and never the API key', async () => {
    const { app, lines, parsed } = await loggedApp(testDb);
    const responses = [
      await app.inject('/events'),
      await app.inject({ url: '/events?limit=0', headers: { authorization: `Bearer ${KEY}` } }),
      await app.inject({ method: 'POST', url: '/articles', headers: { authorization: `Bearer ${KEY}` }, payload: article }),
      await app.inject({ method: 'POST', url: '/articles', headers: { authorization: `Bearer ${KEY}` }, payload: { ...article, text: KEY } }),
      await app.inject({ method: 'POST', url: '/articles', headers: { authorization: `Bearer ${KEY.slice(0, -1)}` }, payload: article }),
      await app.inject({ method: 'POST', url: '/articles', payload: article }),
      await app.inject({ url: '/nowhere', headers: { authorization: `Bearer ${KEY}`, cookie: `key=${KEY}` } }),
    ];
    expect(responses.map((r) => r.statusCode)).toEqual([200, 400, 201, 422, 403, 401, 404]);
    await app.close();

    const all = lines.join('\n');
    expect(all).not.toContain(KEY);
    expect(all).not.toContain(KEY.slice(0, -1));
    const requestLines = parsed().filter((l) => l.req !== undefined || l.res !== undefined);
    expect(requestLines.length).toBeGreaterThanOrEqual(responses.length * 2);
    for (const line of requestLines) expect(line.reqId, JSON.stringify(line)).toMatch(/^[\w.:-]+$/);
    // Every response names its request id, the same one its log lines carry.
    const ids = new Set(requestLines.map((l) => l.reqId));
    for (const res of responses) expect(ids.has(String(res.headers['x-request-id']))).toBe(true);
  });

  it('keep a well-formed X-Request-Id from the client and replace anything else', async () => {
    const { app, parsed } = await loggedApp(testDb);
    const kept = await app.inject({ url: '/health', headers: { 'x-request-id': 'trace-42.a:b' } });
    expect(kept.headers['x-request-id']).toBe('trace-42.a:b');
    const odd = await app.inject({ url: '/health', headers: { 'x-request-id': 'a b\u00ff{"x":1}' } });
    expect(odd.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const none = await app.inject('/health');
    expect(none.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    await app.close();
    expect(parsed().some((l) => l.reqId === 'trace-42.a:b')).toBe(true);
  });

  it('record a server error for the operator while the client sees nothing internal', async () => {
    const broken = createTestDb();
    storeFixtures(broken.db);
    const { app, parsed } = await loggedApp(broken);
    const routes = getRoutes(await openApiDoc(app));
    // Every resource table gone: each query fails inside SQLite with a message naming SQL.
    broken.db.$client.pragma('foreign_keys = OFF');
    for (const table of ['events', 'actors', 'statements', 'allegations', 'articles']) broken.db.$client.exec(`ALTER TABLE ${table} RENAME TO ${table}_gone`);

    let failures = 0;
    for (const route of routes) {
      const url = route.path.replace(/\{[^}]+\}/g, 'ev_0000000000000000');
      for (const format of ['', '?format=ndjson']) {
        const res = await app.inject(`${url}${format}`);
        if (res.statusCode < 500) continue;
        failures++;
        expect(res.statusCode, url).toBe(500);
        expect(String(res.headers['content-type']), url).toMatch(/^application\/problem\+json/);
        const text = bodyText(res);
        expect(leaks(text, [url]), `${url}: ${text}`).toEqual([]);
        expect(res.json<{ detail: string }>().detail).toBe('The server could not complete the request.');
        const logged = parsed().find((l) => l.reqId === res.headers['x-request-id'] && l.err !== undefined);
        expect(logged?.err?.message, `${url}: the log has the cause`).toMatch(/no such table|SQLITE|Failed query/i);
      }
    }
    expect(failures).toBeGreaterThan(5);
    await app.close();
    broken.cleanup();
  });
});

describe('CORS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ apiKey: KEY });
  });
  afterAll(() => t.cleanup());

  it('opens every read to any origin', async () => {
    for (const url of ['/events', '/actors', '/openapi.json', '/health']) {
      const res = await t.app.inject({ url, headers: { origin: 'https://dashboard.example' } });
      expect(res.headers['access-control-allow-origin'], url).toBe('*');
    }
    const preflight = await t.app.inject({ method: 'OPTIONS', url: '/events', headers: { origin: 'https://dashboard.example', 'access-control-request-method': 'GET' } });
    expect(preflight.statusCode).toBe(204);
    expect(String(preflight.headers['access-control-allow-methods'])).toContain('GET');
  });

  it('does not let a browser page on another origin write', async () => {
    // POST /articles needs Authorization and a JSON body: a browser must preflight, and the preflight does not allow POST.
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/articles',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    const allowed = String(preflight.headers['access-control-allow-methods'] ?? '');
    expect(allowed).not.toMatch(/POST|PUT|PATCH|DELETE/);
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
  });
});

describe('rate limiting headers', () => {
  it('tells every client its limit, what remains and when it resets', async () => {
    const t = createTestDb();
    const app = await buildApp({ db: t.db, ingester: createIngester(t.db), rateLimitMax: 2 });
    const ok = await app.inject('/events');
    expect(ok.headers['x-ratelimit-limit']).toBe('2');
    expect(ok.headers['x-ratelimit-remaining']).toBe('1');
    expect(Number(ok.headers['x-ratelimit-reset'])).toBeGreaterThan(0);
    await app.inject('/events');
    const limited = await app.inject('/events');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ status: 429, title: 'Too Many Requests' });
    expect(limited.json<{ detail: string }>().detail).toMatch(/Rate limit/);
    await app.close();
    t.cleanup();
  });
});

describe('timeouts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ fixtures: false });
  });
  afterAll(() => t.cleanup());

  it('bounds how long a request, an idle socket and a keep-alive connection may last', () => {
    const server = t.app.server;
    expect(server.requestTimeout).toBeGreaterThan(0);
    expect(server.requestTimeout).toBeLessThanOrEqual(30_000);
    expect(server.keepAliveTimeout).toBeGreaterThan(0);
    expect(server.keepAliveTimeout).toBeLessThanOrEqual(5_000);
    expect(server.timeout).toBeGreaterThan(0);
    expect(server.timeout).toBeLessThanOrEqual(60_000);
  });

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (d: Buffer) => (received += d.toString()));
    const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now())));
    socket.write('GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n');
    await new Promise((r) => setTimeout(r, 300));
    expect(received).toMatch(/^HTTP\/1\.1 200/);
    const idleFrom = Date.now();
    const closedAt = await closed;
    expect(closedAt - idleFrom).toBeGreaterThan(3_000);
    expect(closedAt - idleFrom).toBeLessThan(9_000);
  }, 15_000);
});
