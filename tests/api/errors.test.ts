import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.cleanup());

describe('problem details', () => {
  it.each([
    ['/events?limit=0', 'limit'],
    ['/events?limit=501', 'limit'],
    ['/events?limit=ten', 'limit'],
    ['/events?type=party', 'type'],
    ['/events?from=2024-13-01', 'from'],
    ['/events?status=maybe', 'status'],
    ['/actors?kind=planet', 'kind'],
    ['/actors?country=RU', 'country'],
    ['/allegations?status=proven', 'status'],
    ['/statements?q=', 'q'],
  ])('GET %s is a 400 naming %s', async (url, parameter) => {
    const res = await request(t.app.server).get(url).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400 });
    expect(res.body.errors.map((e: { parameter: string }) => e.parameter)).toContain(parameter);
    expect(res.body.detail).toContain(parameter);
  });

  it('answers unknown routes with a 404 problem', async () => {
    const res = await request(t.app.server).get('/nowhere').expect(404);
    expect(res.body).toMatchObject({ status: 404, instance: '/nowhere' });
  });

  it('treats injection attempts as plain values', async () => {
    const attempts = ["' OR 1=1 --", '"; DROP TABLE events; --', 'NEAR(a b)', '*', '../../etc/passwd'];
    for (const value of attempts) {
      const q = encodeURIComponent(value);
      for (const url of [`/actors?q=${q}`, `/statements?q=${q}`, `/events?actor=${q}`, `/allegations?accuser=${q}`]) {
        const res = await request(t.app.server).get(url);
        expect(res.status, url).toBe(200);
      }
    }
    expect((await request(t.app.server).get('/events?limit=500').expect(200)).body.data).toHaveLength(4);
  });

  it('never sends a stack trace', async () => {
    t.db.$client.close();
    const res = await request(t.app.server).get('/events');
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(ts|js)|sqlite|SELECT/i);
    expect(res.body.detail).toBe('The server could not complete the request.');
    const health = await request(t.app.server).get('/health');
    expect(health.status).toBe(503);
  });
});
