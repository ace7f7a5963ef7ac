// OpenAPI 3.1 document built from the routes' zod schemas, served at
// /openapi.json and explored in Swagger UI at /docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const API_INFO = {
  title: 'Communiqué API',
  version: '0.1.0',
  description:
    'Diplomatic events (PLOVER), actors, statements and allegations extracted from news articles. ' +
    'Every record keeps its evidence: the article, the sentence and its offsets. ' +
    'Lists answer `{ data, next_cursor }`, newest first; pass `next_cursor` back as `cursor` for the next page. ' +
    'Errors are RFC 9457 problem details.',
};

export async function registerDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: API_INFO,
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
      tags: [
        { name: 'events', description: 'Meetings, visits, calls, agreements, accusations, sanctions… coded with PLOVER.' },
        { name: 'actors', description: 'Persons, states, organizations and groups, one row per real-world actor.' },
        { name: 'statements', description: 'Direct quotes and reported speech with their speakers.' },
        { name: 'allegations', description: 'Who accuses whom of what, and who denied it.' },
        { name: 'articles', description: 'The ingested articles that every record points back to.' },
        { name: 'sync', description: 'Keeping a mirror in step: `updated_since` on every list, and removed records.' },
        { name: 'service', description: 'Health and documentation.' },
      ],
    },
    transform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

interface QuerySchema {
  required?: string[];
  properties?: Record<string, { description?: string; examples?: unknown[] }>;
}

/**
 * Swagger UI pre-fills "Try it out" with every parameter's example, so a first
 * click on /events would filter by made-up ids and dates and find nothing.
 * Optional query parameters therefore carry their example in the description.
 */
interface RouteDoc {
  querystring?: QuerySchema;
  headers?: unknown;
  response?: Record<string, { headers?: unknown } | undefined>;
}

/** What every GET answer carries, documented once here rather than on each route. */
const CACHING_HEADERS = {
  ETag: { type: 'string', description: 'Validator of this body; send it back as If-None-Match to get 304 when nothing changed.' },
  'Cache-Control': { type: 'string', description: 'public, max-age=30 for lists; public, max-age=300 for one record; no-store for errors.' },
  'X-Request-Id': { type: 'string', description: 'The id the server logs this request under (the client\'s own when it sent a plain token).' },
};

const GET_REQUEST_HEADERS = {
  type: 'object',
  properties: {
    'if-none-match': {
      type: 'string',
      description: 'An ETag from an earlier answer: 304 Not Modified, no body, when it still matches. Example: `W/"1f3a-9c2e"`.',
    },
    'accept-encoding': { type: 'string', description: 'gzip, deflate or br: bodies over 1 KB are compressed. Example: `gzip`.' },
  },
};

const transform: typeof jsonSchemaTransform = (input) => {
  const output = jsonSchemaTransform(input);
  const doc = output.schema as RouteDoc | undefined;
  const methods = [input.route.method].flat();
  if (doc && methods.includes('GET') && doc.response?.['200']) {
    doc.response['200'].headers = CACHING_HEADERS;
    doc.response['304'] = { type: 'null', description: 'Not Modified: the If-None-Match ETag still matches; no body.' } as { headers?: unknown };
    doc.headers = GET_REQUEST_HEADERS;
  }
  const query = doc?.querystring;
  for (const [name, property] of Object.entries(query?.properties ?? {})) {
    const example = property.examples?.[0];
    if (example === undefined || query?.required?.includes(name) || name === 'limit') continue;
    delete property.examples;
    property.description = `${property.description ?? ''} Example: \`${String(example)}\`.`.trim();
  }
  return output;
};
