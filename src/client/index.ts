// A typed client for the Communiqué API: paths, parameters and responses are
// checked by the compiler against openapi.yaml.
//
//   const api = createCommuniqueClient('http://localhost:3000');
//   const { data } = await api.GET('/events', { params: { query: { type: 'consult', limit: 10 } } });
import createClient from 'openapi-fetch';
import type { components, paths } from './openapi.js';

export type { components, paths };
export type Event = components['schemas']['Event'];
export type Actor = components['schemas']['Actor'];
export type Statement = components['schemas']['Statement'];
export type Allegation = components['schemas']['Allegation'];

export function createCommuniqueClient(baseUrl: string, options: { apiKey?: string } = {}) {
  return createClient<paths>({
    baseUrl,
    headers: options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {},
  });
}
