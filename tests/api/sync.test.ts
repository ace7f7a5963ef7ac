import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleStore } from '../../src/ingest/store.js';
import { fixtureExtractions } from '../helpers/fixtures.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.cleanup());

const get = (url: string) => request(t.app.server).get(url).expect(200);

describe('syncing with updated_since and /deletions', () => {
  it('reports what re-extraction changed and removed, keeping ids and created_at of records that stay', async () => {
    const accusationArticle = t.articleIds[2] ?? '';
    const before = (await get(`/events?article_id=${accusationArticle}`)).body.data as { id: string; type: string; created_at: string }[];
    const accuse = before.find((e) => e.type === 'accuse');
    const reject = before.find((e) => e.type === 'reject');
    await new Promise((r) => setTimeout(r, 5));
    const since = new Date().toISOString();
    expect((await get(`/events?updated_since=${since}`)).body.data).toEqual([]);

    // A newer pipeline no longer finds the denial event.
    const third = fixtureExtractions()[2];
    if (!third) throw new Error('fixture');
    createArticleStore(t.db).replace(accusationArticle, { ...third, events: third.events.filter((e) => e.type !== 'reject') });

    const changed = (await get(`/events?updated_since=${encodeURIComponent(since)}`)).body.data;
    expect(changed.map((e: { id: string }) => e.id)).toEqual([accuse?.id]);
    expect(changed[0].created_at).toBe(accuse?.created_at);
    expect(changed[0].updated_at >= since).toBe(true);

    const removed = (await get(`/deletions?since=${encodeURIComponent(since)}`)).body;
    expect(removed.data).toEqual([{ resource: 'events', id: reject?.id, deleted_at: expect.any(String) }]);
    expect(removed.next_cursor).toBeNull();
    await request(t.app.server).get(`/events/${reject?.id}`).expect(404);
  });

  it('accepts RFC 3339 with offsets and rejects other formats', async () => {
    await get('/statements?updated_since=2025-01-01T00:00:00%2B02:00');
    const bad = await request(t.app.server).get('/actors?updated_since=yesterday').expect(400);
    expect(bad.body.errors[0].parameter).toBe('updated_since');
  });
});
