import { readFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import YAML from 'yaml';

const HEADER = '// Generated from openapi.yaml by `npm run client`; do not edit.\n';

/** TypeScript types for every path and schema of the OpenAPI document. */
export async function clientTypesFrom(openapiYamlPath: string): Promise<string> {
  const document = YAML.parse(readFileSync(openapiYamlPath, 'utf8')) as Parameters<typeof openapiTS>[0];
  return HEADER + astToString(await openapiTS(document));
}
