// npm run openapi: writes openapi.yaml from the routes, so the committed
// document is always what the server serves (a test checks they agree).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { openDatabase } from '../src/db/client.js';
import { openapiYaml } from '../src/http/openapi.js';
import { createIngester } from '../src/ingest/job.js';
import { PROJECT_ROOT } from '../src/paths.js';

const db = openDatabase(':memory:');
const app = await buildApp({ db, ingester: createIngester(db) });
await app.ready();
const target = join(PROJECT_ROOT, 'openapi.yaml');
writeFileSync(target, openapiYaml(app));
await app.close();
db.$client.close();
process.stdout.write(`wrote ${target}\n`);
