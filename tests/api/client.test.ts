// The typed client generated from openapi.yaml, used the way an integrating
// service would: every endpoint is called against the running server, and
// every response is checked against the schema its type was generated from.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { createCommuniqueClient } from '../../src/client/index.js';
import { clientTypesFrom } from '../../scripts/client-types.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

const KEY = 'client-test-key-0123456789';
const document = YAML.parse(readFileSync(join(PROJECT_ROOT, 'openapi.yaml'), 'utf8')) as { paths: Record<string, Record<string, unknown>> };
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(document, 'openapi');

const called = new Set<string>();

/** Checks a JSON body against the documented response schema of that route and status. */
function conforms(path: string, method: string, status: number, body: unknown): void {
  called.add(`${method} ${path}`);
  const pointer = `openapi#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/responses/${status}/content/application~1json/schema`;
  const validate = ajv.getSchema(pointer);
  expect(validate, pointer).toBeDefined();
  const ok = validate?.(body);
  expect(validate?.errors ?? [], `${method} ${path} ${status}`).toEqual([]);
  expect(ok).toBe(true);
}

/** Lists may also answer NDJSON or CSV (strings); these calls ask for JSON, so narrow to it. */
function json<T>(body: T | string | undefined): T {
  if (body === undefined || typeof body === 'string') throw new Error('expected a JSON body');
  return body;
}

let t: TestApp;
let api: ReturnType<typeof createCommuniqueClient>;

beforeAll(async () => {
  t = await createTestApp({ apiKey: KEY });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  api = createCommuniqueClient(`http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`, { apiKey: KEY });
});
afterAll(() => t.cleanup());

describe('the typed client', () => {
  it('is generated from the committed openapi.yaml (run `npm run client` after `npm run openapi`)', async () => {
    const committed = readFileSync(join(PROJECT_ROOT, 'src/client/openapi.ts'), 'utf8');
    expect(committed).toBe(await clientTypesFrom(join(PROJECT_ROOT, 'openapi.yaml')));
  });

  it('calls every endpoint, and every response matches its type', async () => {
    const health = await api.GET('/health');
    conforms('/health', 'get', 200, health.data);

    const articles = await api.GET('/articles', { params: { query: { limit: 2 } } });
    conforms('/articles', 'get', 200, articles.data);
    const articleId = json(articles.data).data[0]?.id ?? '';
    const article = await api.GET('/articles/{id}', { params: { path: { id: articleId } } });
    conforms('/articles/{id}', 'get', 200, article.data);
    expect(article.data?.counts.events).toBeGreaterThan(0);

    const events = await api.GET('/events', { params: { query: { type: 'consult' } } });
    conforms('/events', 'get', 200, events.data);
    const event = json(events.data).data[0];
    expect(event?.participants.length).toBeGreaterThan(0);
    conforms('/events/{id}', 'get', 200, (await api.GET('/events/{id}', { params: { path: { id: event?.id ?? '' } } })).data);

    const actors = await api.GET('/actors', { params: { query: { q: 'france' } } });
    conforms('/actors', 'get', 200, actors.data);
    const france = json(actors.data).data[0]?.id ?? '';
    conforms('/actors/{id}', 'get', 200, (await api.GET('/actors/{id}', { params: { path: { id: france } } })).data);
    conforms('/actors/{id}/events', 'get', 200, (await api.GET('/actors/{id}/events', { params: { path: { id: france } } })).data);
    conforms('/actors/{id}/statements', 'get', 200, (await api.GET('/actors/{id}/statements', { params: { path: { id: france } } })).data);
    const relations = await api.GET('/actors/{id}/relations', { params: { path: { id: france } } });
    conforms('/actors/{id}/relations', 'get', 200, relations.data);
    expect(relations.data?.data[0]?.balance).toBeTypeOf('number');

    const statements = await api.GET('/statements', { params: { query: { q: 'trade' } } });
    conforms('/statements', 'get', 200, statements.data);
    conforms('/statements/{id}', 'get', 200, (await api.GET('/statements/{id}', { params: { path: { id: json(statements.data).data[0]?.id ?? '' } } })).data);

    const allegations = await api.GET('/allegations', { params: { query: { status: 'denied' } } });
    conforms('/allegations', 'get', 200, allegations.data);
    conforms('/allegations/{id}', 'get', 200, (await api.GET('/allegations/{id}', { params: { path: { id: json(allegations.data).data[0]?.id ?? '' } } })).data);

    conforms('/stats/events', 'get', 200, (await api.GET('/stats/events', { params: { query: { country: 'FRA' } } })).data);
    conforms('/deletions', 'get', 200, (await api.GET('/deletions', { params: { query: { since: '2020-01-01T00:00:00Z' } } })).data);

    const posted = await api.POST('/articles', {
      body: { published_at: '2025-10-01', source: 'https://news.example/client', text: 'Spain and Morocco signed a fisheries agreement in Rabat on Tuesday.' },
    });
    expect(posted.response.status).toBe(201);
    conforms('/articles', 'post', 201, posted.data);

    const missing = await api.GET('/events/{id}', { params: { path: { id: 'nope' } } });
    expect(missing.response.status).toBe(404);
    conforms('/events/{id}', 'get', 404, missing.error);

    const documented = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`));
    expect(documented.filter((op) => !called.has(op))).toEqual([]);
  });
});
