// What the property and injection tests check every response against: the
// app's own OpenAPI document (so routes added later are covered without
// touching the tests), problem details for errors, nothing internal leaking,
// and a checksum of every table to prove reads change nothing.
import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import type { App } from '../../src/app.js';
import { PROJECT_ROOT } from '../../src/paths.js';

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  default?: unknown;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  $ref?: string;
  [key: string]: unknown;
}

export interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

interface MediaType {
  schema: JsonSchema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType> }>;
}

export interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
}

export interface Route {
  /** OpenAPI path, e.g. /actors/{id}/events */
  path: string;
  query: Parameter[];
  pathParams: Parameter[];
  operation: Operation;
}

export async function openApiDoc(app: App): Promise<OpenApiDoc> {
  const res = await app.inject('/openapi.json');
  if (res.statusCode !== 200) throw new Error(`/openapi.json answered ${res.statusCode}`);
  return res.json<OpenApiDoc>();
}

/** Every GET operation in the document, with its query and path parameters. */
export function getRoutes(doc: OpenApiDoc): Route[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) => {
    const op = methods.get;
    if (!op) return [];
    const params = op.parameters ?? [];
    return [{ path, operation: op, query: params.filter((p) => p.in === 'query'), pathParams: params.filter((p) => p.in === 'path') }];
  });
}

// ajv-formats is CommonJS: under NodeNext its function is the namespace's `default`.
const addFormats = addFormatsPlugin.default;

/** Validates bodies against the document's response schemas (JSON Schema 2020-12, as OpenAPI 3.1 uses). */
export class ResponseValidator {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(private readonly doc: OpenApiDoc) {
    addFormats(this.ajv);
    // Problem is referenced by name from every error response.
    this.ajv.addSchema({ components: doc.components }, 'openapi');
  }

  /** The schema a response must follow, with #/components refs resolved against the document. */
  schemaFor(path: string, method: string, status: number, mediaType: string): JsonSchema | undefined {
    const responses = this.doc.paths[path]?.[method]?.responses;
    return responses?.[String(status)]?.content?.[mediaType]?.schema;
  }

  private compile(schema: JsonSchema): ValidateFunction {
    const key = JSON.stringify(schema);
    let fn = this.cache.get(key);
    if (!fn) {
      fn = this.ajv.compile(rebase(schema));
      this.cache.set(key, fn);
    }
    return fn;
  }

  /** Errors (empty when valid) of a body against a schema. */
  check(schema: JsonSchema, body: unknown): string[] {
    const fn = this.compile(schema);
    return fn(body) ? [] : (fn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'}`);
  }

  /** The schema of one item of a JSON list response ({ data: [item] }), for NDJSON lines. */
  itemSchema(listSchema: JsonSchema): JsonSchema | undefined {
    const resolved = listSchema.$ref ? this.doc.components.schemas[listSchema.$ref.replace('#/components/schemas/', '')] : listSchema;
    return resolved?.properties?.data?.items;
  }

  problem(): JsonSchema {
    return { $ref: '#/components/schemas/Problem' };
  }
}

/** Points local refs at the document registered as "openapi". */
function rebase(schema: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"openapi#/components/')) as JsonSchema;
}

/** A response body as text, decompressed when the server compressed it. */
export function bodyText(res: { rawPayload: Buffer; headers: Record<string, unknown> }): string {
  const encoding = String(res.headers['content-encoding'] ?? 'identity');
  if (encoding === 'gzip') return gunzipSync(res.rawPayload).toString('utf8');
  if (encoding === 'deflate') return inflateSync(res.rawPayload).toString('utf8');
  if (encoding === 'br') return brotliDecompressSync(res.rawPayload).toString('utf8');
  return res.rawPayload.toString('utf8');
}

const LEAKS: [string, RegExp][] = [
  ['a stack frame', /\bat (?:[\w$.<>[\] ]+ )?\(?(?:file:\/\/)?\/[^\s)]*:\d+/],
  ['a source file position', /\.(?:ts|js|mjs|cjs):\d+/],
  ['node_modules', /node_modules/],
  ['an SQLite error', /SQLITE_|sqlite3?_|better-sqlite/i],
  ['SQL text', /\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+INTO\b|\bDELETE\s+FROM\b|\bUPDATE\s+\S+\s+SET\b|no such (?:table|column)/i],
  ['a file path', new RegExp(`${escapeRegExp(PROJECT_ROOT)}|/tmp/|communique-test-`)],
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What internal detail an error body shows, if any: a stack trace, SQL,
 * an SQLite error or a file path. Text the client sent itself (and which the
 * body may quote back, like an unknown id) is taken out first.
 */
export function leaks(body: string, echoes: string[]): string[] {
  let text = body;
  const variants = echoes.flatMap((e) => {
    const out = [e, JSON.stringify(e).slice(1, -1)];
    try {
      const decoded = decodeURIComponent(e);
      out.push(decoded, JSON.stringify(decoded).slice(1, -1));
    } catch {
      // not percent-encoded text
    }
    return out;
  });
  for (const v of variants.filter((v) => v.length > 0).sort((a, b) => b.length - a.length)) text = text.split(v).join('');
  return LEAKS.filter(([, re]) => re.test(text)).map(([what]) => what);
}

/** sha256 of every row of every table (FTS shadow tables included), by table name. */
export function tableChecksums(sqlite: Database.Database): Record<string, string> {
  const names = sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const out: Record<string, string> = {};
  for (const name of names) {
    const rows = sqlite.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).raw().all();
    const lines = rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))).sort();
    out[name] = createHash('sha256').update(lines.join('\n')).digest('hex');
  }
  return out;
}

/** Percent-encodes the UTF-8 bytes of any string (lone surrogates become U+FFFD, as a browser sends them). */
export function encode(s: string): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Hostile values for every filter: SQL, FTS5 syntax, path traversal, control characters, odd Unicode, very long text. */
export const INJECTIONS = [
  "' OR 1=1 --",
  "'; DROP TABLE events; --",
  '" OR ""="',
  '1; DELETE FROM articles',
  "') UNION SELECT name, sql FROM sqlite_schema --",
  "x' AND (SELECT count(*) FROM actors) > 0 AND 'a'='a",
  'NEAR(a b)',
  '"unterminated',
  'ceasefire OR *',
  'a AND NOT b',
  '^trade',
  'col:value',
  '{text}: ceasefire',
  '*',
  '%',
  '_',
  '\\',
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '/etc/passwd\u0000.txt',
  'C:\\Windows\\win.ini',
  '\u0000',
  '\u0001\u0002\u001b[31m',
  '\r\nX-Injected: yes',
  '\u202Egnp.exe',
  '\uFEFF\u200B\u200D',
  'Z\u0351\u0352\u0353\u0354\u0355',
  '\uD83D\uDE00\uD83C\uDDFA\uD83C\uDDE6',
  '\uD800',
  'İıŞş',
  'ﬁ ß ǅ',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '9'.repeat(400),
  'a'.repeat(5000),
];
