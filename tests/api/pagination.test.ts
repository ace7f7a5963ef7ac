import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.cleanup());

async function pageThrough(path: string, limit: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const url: string = `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res: request.Response = await request(t.app.server).get(url).expect(200);
    ids.push(...res.body.data.map((r: { id: string }) => r.id));
    cursor = res.body.next_cursor;
    pages++;
  } while (cursor !== null && pages < 100);
  return { ids, pages };
}

describe('keyset pagination', () => {
  it.each(['/events', '/actors', '/statements', '/allegations', '/articles'])('%s pages through every record exactly once', async (path) => {
    const all = (await request(t.app.server).get(`${path}?limit=500`).expect(200)).body.data.map((r: { id: string }) => r.id);
    expect(all.length).toBeGreaterThan(0);
    const paged = await pageThrough(path, 1);
    expect(paged.ids).toEqual(all);
    expect(paged.pages).toBe(all.length);
  });

  it('keeps filters across pages', async () => {
    const paged = await pageThrough('/events?type=consult', 1);
    expect(paged.ids).toHaveLength(2);
  });

  it('rejects a cursor it did not issue', async () => {
    const res = await request(t.app.server).get('/events?cursor=not-a-cursor').expect(400);
    expect(res.body.errors).toEqual([{ parameter: 'cursor', message: expect.stringContaining('next_cursor') }]);
  });
});
