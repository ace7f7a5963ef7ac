import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createIngester } from '../../src/ingest/job.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.cleanup());

describe('HTTP caching', () => {
  it('sends an ETag and answers 304 to If-None-Match', async () => {
    const first = await t.app.inject('/events');
    const tag = first.headers.etag;
    expect(tag).toBeTruthy();
    expect(first.headers['cache-control']).toBe('public, max-age=30');
    const again = await t.app.inject({ url: '/events', headers: { 'if-none-match': String(tag) } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('caches single records longer than lists, and never errors', async () => {
    const list = JSON.parse((await t.app.inject('/actors?limit=1')).body);
    const one = await t.app.inject(`/actors/${list.data[0].id}`);
    expect(one.headers['cache-control']).toBe('public, max-age=300');
    expect((await t.app.inject(`/actors/${list.data[0].id}/events`)).headers['cache-control']).toBe('public, max-age=30');
    expect((await t.app.inject('/actors/missing')).headers['cache-control']).toBe('no-store');
    expect((await t.app.inject('/health')).headers['cache-control']).toBe('no-store');
  });
});

describe('compression, CORS and security headers', () => {
  it('compresses large bodies for clients that ask', async () => {
    const res = await t.app.inject({ url: '/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(res.rawPayload).toString()).openapi).toBe('3.1.0');
  });

  it('allows reads from any origin but not writes', async () => {
    const read = await t.app.inject({ url: '/events', headers: { origin: 'https://dashboard.example' } });
    expect(read.headers['access-control-allow-origin']).toBe('*');
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/articles',
      headers: { origin: 'https://dashboard.example', 'access-control-request-method': 'POST' },
    });
    expect(String(preflight.headers['access-control-allow-methods'] ?? '')).not.toContain('POST');
  });

  it('sets security headers', async () => {
    const res = await t.app.inject('/events');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });
});

describe('CORS configured to a list of origins', () => {
  it('allows reads from those origins only', async () => {
    const app = await buildApp({ db: t.db, ingester: createIngester(t.db), corsOrigins: ['https://dash.example'] });
    const allowed = await app.inject({ url: '/events', headers: { origin: 'https://dash.example' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://dash.example');
    const other = await app.inject({ url: '/events', headers: { origin: 'https://elsewhere.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    await app.close();
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After once a client is over its limit', async () => {
    const app = await buildApp({ db: t.db, ingester: createIngester(t.db), rateLimitMax: 3 });
    const statuses = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await app.inject('/health');
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last?.headers['retry-after']).toBeTruthy();
    expect(last?.headers['x-ratelimit-limit']).toBe('3');
    expect(last?.headers['content-type']).toMatch(/problem\+json/);
    await app.close();
  });
});
