// npm run client: generates the typed client's types from openapi.yaml, so
// integrators (and our own integration test) get the API's exact shapes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clientTypesFrom } from './client-types.js';
import { PROJECT_ROOT } from '../src/paths.js';

const target = join(PROJECT_ROOT, 'src/client/openapi.ts');
writeFileSync(target, await clientTypesFrom(join(PROJECT_ROOT, 'openapi.yaml')));
process.stdout.write(`wrote ${target}\n`);
