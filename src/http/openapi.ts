import YAML from 'yaml';
import type { App } from '../app.js';

/** The OpenAPI document the app serves, as the YAML committed at the top level. */
export function openapiYaml(app: App): string {
  return YAML.stringify(app.swagger(), { aliasDuplicateObjects: false });
}
