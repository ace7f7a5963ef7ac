import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openapiYaml } from '../../src/http/openapi.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ fixtures: false });
});
afterAll(() => t.cleanup());

interface Operation {
  summary?: string;
  description?: string;
  parameters?: { name: string; description?: string; schema?: { examples?: unknown[] }; examples?: unknown; example?: unknown }[];
}

describe('the OpenAPI document', () => {
  it('is served at /openapi.json and is valid OpenAPI 3.1', async () => {
    const res = await request(t.app.server).get('/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(res.body))).resolves.toBeTruthy();
  });

  it('matches the committed openapi.yaml (run `npm run openapi` after changing routes)', () => {
    const committed = readFileSync(join(PROJECT_ROOT, 'openapi.yaml'), 'utf8');
    expect(committed).toBe(openapiYaml(t.app));
  });

  it('describes every route and gives every parameter a description and an example', async () => {
    const doc = (await request(t.app.server).get('/openapi.json')).body as { paths: Record<string, Record<string, Operation>> };
    const paths = Object.keys(doc.paths);
    for (const p of ['/events', '/events/{id}', '/actors', '/actors/{id}', '/actors/{id}/events', '/actors/{id}/statements', '/statements', '/statements/{id}', '/allegations', '/allegations/{id}', '/articles', '/articles/{id}', '/health']) {
      expect(paths).toContain(p);
    }
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        expect(op.summary, `${method} ${path} summary`).toBeTruthy();
        expect(op.description, `${method} ${path} description`).toBeTruthy();
        for (const param of op.parameters ?? []) {
          expect(param.description, `${method} ${path} ${param.name} description`).toBeTruthy();
          // Optional query parameters give theirs in the description, so Swagger UI does not pre-fill them.
          const example = param.example ?? param.examples ?? param.schema?.examples ?? /Example: `[^`]+`/.exec(param.description ?? '')?.[0];
          expect(example, `${method} ${path} ${param.name} example`).toBeDefined();
        }
      }
    }
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await request(t.app.server).get('/docs/').redirects(1);
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger-ui');
  });
});
