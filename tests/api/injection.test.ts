// Injection strings (SQL, FTS5 syntax, path traversal, control characters,
// odd Unicode, very long text) in every filter of every GET route the OpenAPI
// document lists, and as every path id: the answer is 200 or 400 (404 for an
// id), never 5xx, and no row of any table changes.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.js';
import { bodyText, encode, getRoutes, INJECTIONS, leaks, openApiDoc, tableChecksums } from '../helpers/contract.js';

const KEY = 'injection-test-key-0123456789';
const t = await createTestApp({ apiKey: KEY });
const routes = getRoutes(await openApiDoc(t.app));
afterAll(() => t.cleanup());

const problemOk = (res: { statusCode: number; headers: Record<string, unknown>; rawPayload: Buffer }, url: string, value: string) => {
  if (res.statusCode < 400) return;
  expect(String(res.headers['content-type']), url).toMatch(/^application\/problem\+json/);
  expect(leaks(bodyText(res), [value, url, url.split('?')[0] ?? '']), url).toEqual([]);
};

describe('injection strings', () => {
  it('in every query parameter: 200 or 400, and no row changes', async () => {
    const before = tableChecksums(t.db.$client);
    let requests = 0;
    for (const route of routes) {
      const path = route.path.replace(/\{[^}]+\}/g, 'missing');
      for (const param of route.query) {
        for (const value of INJECTIONS) {
          for (const url of [`${path}?${encode(param.name)}=${encode(value)}`, `${path}?${encode(param.name)}=${encode(value)}&format=ndjson`]) {
            const res = await t.app.inject(url);
            requests++;
            // Routes with an {id} answer 404 for the made-up id whatever the filters say.
            const allowed = route.pathParams.length > 0 ? [400, 404] : [200, 400];
            expect(allowed, `${url} → ${res.statusCode} ${res.body.slice(0, 300)}`).toContain(res.statusCode);
            problemOk(res, url, value);
          }
        }
      }
    }
    expect(requests).toBeGreaterThan(1000);
    expect(tableChecksums(t.db.$client)).toEqual(before);
  });

  it('as every path id: 404 (or 400/414 when too long), and no row changes', async () => {
    const before = tableChecksums(t.db.$client);
    for (const route of routes.filter((r) => r.pathParams.length > 0)) {
      for (const value of INJECTIONS) {
        const url = route.path.replace(/\{[^}]+\}/g, encode(value));
        const res = await t.app.inject(url);
        expect([400, 404, 414], `${url.slice(0, 200)} → ${res.statusCode}`).toContain(res.statusCode);
        problemOk(res, url, value);
      }
    }
    expect(tableChecksums(t.db.$client)).toEqual(before);
  });

  it('in the fields of an unauthorised POST /articles: refused, and no row changes', async () => {
    const before = tableChecksums(t.db.$client);
    for (const value of INJECTIONS) {
      const res = await t.app.inject({ method: 'POST', url: '/articles', payload: { title: value, source: value, published_at: '2025-01-01', text: value } });
      expect(res.statusCode).toBe(401);
      const wrong = await t.app.inject({ method: 'POST', url: '/articles', headers: { authorization: `Bearer ${encode(value)}x` }, payload: { text: value } });
      expect(wrong.statusCode).toBe(403);
    }
    expect(tableChecksums(t.db.$client)).toEqual(before);
  });

  it('in the fields of an authorised POST /articles: stored as plain text or refused, never 5xx', async () => {
    for (const value of INJECTIONS) {
      const payload = { title: value.slice(0, 1000), source: value.slice(0, 2048), published_at: '2025-01-01', text: `Canada accused Iran of detaining a citizen. ${value}` };
      const res = await t.app.inject({ method: 'POST', url: '/articles', headers: { authorization: `Bearer ${KEY}` }, payload });
      expect([200, 201, 400, 422], `${JSON.stringify(value).slice(0, 80)} → ${res.statusCode} ${res.body.slice(0, 200)}`).toContain(res.statusCode);
      if (res.statusCode === 201) {
        const stored = res.json<{ id: string; title: string | null }>();
        const again = await t.app.inject(`/articles/${stored.id}`);
        expect(again.statusCode).toBe(200);
        expect(again.json<{ title: string | null }>().title).toBe(stored.title);
      }
    }
    const integrity = t.db.$client.pragma('integrity_check', { simple: true });
    expect(integrity).toBe('ok');
  });
});
