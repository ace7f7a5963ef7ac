// The response cache must be invisible except in speed: the same bytes as the
// route gives, and never an answer older than the last write, whoever wrote.
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { closeDatabase, openDatabase } from '../../src/db/client.js';
import { createIngester } from '../../src/ingest/job.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createTestDb, storeFixtures } from '../helpers/fixtures.js';

const article = (n: number) => ({
  source: `https://news.example/cache-${n}`,
  title: `Ministers meet ${n}`,
  publishedAt: '2025-10-02',
  text: `Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Elmer Schialer in Lima on Wednesday. Round ${n} of talks covered fisheries.`,
});

let t: TestApp | undefined;
afterEach(() => {
  t?.cleanup();
  t = undefined;
});

describe('response cache', () => {
  it('answers a repeated request with the same body, ETag and headers', async () => {
    t = await createTestApp();
    const first = await t.app.inject('/events?limit=2');
    const second = await t.app.inject('/events?limit=2');
    expect(second.statusCode).toBe(200);
    expect(second.body).toBe(first.body);
    for (const header of ['etag', 'content-type', 'cache-control', 'content-security-policy', 'access-control-allow-origin'])
      expect(second.headers[header]).toBe(first.headers[header]);
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
  });

  it('still answers 304 to a matching If-None-Match from the cache', async () => {
    t = await createTestApp();
    const first = await t.app.inject('/actors');
    const etag = String(first.headers.etag);
    const again = await t.app.inject({ url: '/actors', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('never answers a CSV or NDJSON request with cached JSON', async () => {
    t = await createTestApp();
    await t.app.inject('/events');
    const csv = await t.app.inject({ url: '/events', headers: { accept: 'text/csv' } });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
  });

  it('compresses a cached answer for a client that asks for gzip', async () => {
    t = await createTestApp();
    await t.app.inject('/events');
    const gz = await t.app.inject({ url: '/events', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
  });

  it('sees an article stored through the app’s own connection at once', async () => {
    t = await createTestApp({ fixtures: false });
    const before = await t.app.inject('/articles');
    expect(before.json().data).toHaveLength(0);
    createIngester(t.db).ingestOne(article(1));
    const after = await t.app.inject('/articles');
    expect(after.json().data).toHaveLength(1);
  });

  it('sees a write committed by another connection (another process) at once', async () => {
    t = await createTestApp({ fixtures: false });
    await t.app.inject('/articles');
    const other = openDatabase(t.path);
    try {
      createIngester(other).ingestOne(article(2));
    } finally {
      closeDatabase(other);
    }
    const after = await t.app.inject('/articles');
    expect(after.json().data).toHaveLength(1);
  });

  it('does not keep error answers', async () => {
    t = await createTestApp();
    const missing = await t.app.inject('/events/ev_0000000000000000');
    expect(missing.statusCode).toBe(404);
    const again = await t.app.inject('/events/ev_0000000000000000');
    expect(again.statusCode).toBe(404);
    expect(again.headers['content-type']).toMatch(/problem\+json/);
  });

  it('serves a repeated request without querying, unless turned off', async () => {
    for (const [responseCacheBytes, queriesOnRepeat] of [[undefined, 0], [0, 2]] as const) {
      const testDb = createTestDb();
      const queries: string[] = [];
      const db = openDatabase(testDb.path, { logger: { logQuery: (query) => queries.push(query) } });
      storeFixtures(db);
      const app = await buildApp({ db, ingester: createIngester(db), responseCacheBytes });
      try {
        await app.inject('/events');
        queries.length = 0;
        expect((await app.inject('/events')).statusCode).toBe(200);
        // A page of events is two queries: the events, then their participants.
        expect(queries).toHaveLength(queriesOnRepeat);
      } finally {
        await app.close();
        closeDatabase(db);
        testDb.cleanup();
      }
    }
  });

  it('counts each entry against its bound, so a stream of distinct URLs cannot outgrow it', async () => {
    const testDb = createTestDb();
    storeFixtures(testDb.db);
    const queries: string[] = [];
    const db = openDatabase(testDb.path, { logger: { logQuery: (query) => queries.push(query) } });
    // Room for a handful of small answers only.
    const app = await buildApp({ db, ingester: createIngester(db), responseCacheBytes: 16 * 1024 });
    try {
      for (let n = 1; n <= 40; n++) await app.inject(`/events?limit=1&x=${n}`);
      queries.length = 0;
      await app.inject('/events?limit=1&x=40');
      // The latest answer is kept ...
      expect(queries).toHaveLength(0);
      await app.inject('/events?limit=1&x=1');
      // ... while the first was evicted long ago, so it is computed again.
      expect(queries.length).toBeGreaterThan(0);
    } finally {
      await app.close();
      closeDatabase(db);
      testDb.cleanup();
    }
  });
});

