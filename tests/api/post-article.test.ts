import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';

const KEY = 'test-key-0123456789abcdef';
const article = {
  title: 'Leaders speak by phone',
  published_at: '2025-09-03',
  source: 'https://news.example/leaders-call',
  text: 'Japanese Prime Minister Shigeru Ishiba spoke by phone with Australian Prime Minister Anthony Albanese on Tuesday. "We agreed to deepen defence cooperation," Ishiba said.',
};

let t: TestApp;
let noKey: TestApp;
beforeAll(async () => {
  t = await createTestApp({ apiKey: KEY, fixtures: false });
  noKey = await createTestApp({ fixtures: false });
});
afterAll(() => {
  t.cleanup();
  noKey.cleanup();
});

const post = (app: TestApp, body: unknown, auth?: string) => {
  const req = request(app.app.server).post('/articles').send(body as object);
  return auth === undefined ? req : req.set('Authorization', auth);
};

describe('POST /articles', () => {
  it('needs the API key', async () => {
    const missing = await post(t, article).expect(401);
    expect(missing.headers['content-type']).toMatch(/problem\+json/);
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    await post(t, article, 'Bearer wrong-key').expect(403);
    await post(t, article, KEY).expect(401);
  });

  it('is refused when the server has no API key', async () => {
    const res = await post(noKey, article, `Bearer ${KEY}`).expect(403);
    expect(res.body.detail).toMatch(/API_KEY/);
  });

  it('stores an article with its records (201), then answers 200 with the same article', async () => {
    const created = await post(t, article, `Bearer ${KEY}`).expect(201);
    expect(created.body).toMatchObject({ source: article.source, title: article.title, published_at: '2025-09-03' });
    expect(created.body.counts.actors).toBeGreaterThan(0);
    const again = await post(t, article, `Bearer ${KEY}`).expect(200);
    expect(again.body.id).toBe(created.body.id);
    const listed = await request(t.app.server).get('/articles').expect(200);
    expect(listed.body.data).toHaveLength(1);
  });

  it('rejects a bad body with a problem naming the field', async () => {
    const res = await post(t, { ...article, text: '' }, `Bearer ${KEY}`).expect(400);
    expect(res.body.errors[0].parameter).toBe('body.text');
    const date = await post(t, { ...article, published_at: 'soon' }, `Bearer ${KEY}`).expect(400);
    expect(date.body.errors[0].parameter).toBe('body.published_at');
    // The JSON parser refuses prototype keys; the problem still names the body.
    const proto = await request(t.app.server)
      .post('/articles')
      .set('Authorization', `Bearer ${KEY}`)
      .set('Content-Type', 'application/json')
      .send('{"__proto__": 0, "text": "x"}')
      .expect(400);
    expect(proto.body.errors[0].parameter).toBe('body');
  });

  it('answers 422 for an article without any date, and 413 for a body over 1 MB', async () => {
    const undated = await post(t, { text: 'Officials met to discuss trade.' }, `Bearer ${KEY}`).expect(422);
    expect(undated.body.detail).toMatch(/date/);
    await post(t, { ...article, text: 'x'.repeat(1024 * 1024 + 10) }, `Bearer ${KEY}`).expect(413);
  });
});
