// Bulk export: every record matching a list's filters, streamed page by page
// through the same keyset queries, so memory stays constant however many match.
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Keyset, Page } from '../db/repositories/common.js';

export const EXPORT_FORMATS = ['json', 'ndjson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const formatQuery = {
  format: z
    .enum(EXPORT_FORMATS)
    .optional()
    .meta({
      description:
        'json (default): one page. ndjson or csv: every matching record in one streamed response, without the page limit. ' +
        'Also chosen by `Accept: application/x-ndjson` or `text/csv`.',
      examples: ['csv'],
    }),
};

const MEDIA: Record<Exclude<ExportFormat, 'json'>, string> = { ndjson: 'application/x-ndjson', csv: 'text/csv; charset=utf-8' };

/** The export format a request asks for, by `format` or by its Accept header. */
export function requestedFormat(request: FastifyRequest, format: ExportFormat | undefined): ExportFormat {
  if (format) return format;
  const accept = request.headers.accept ?? '';
  if (accept.includes('application/x-ndjson')) return 'ndjson';
  if (accept.includes('text/csv')) return 'csv';
  return 'json';
}

type Flat = Record<string, string | number | boolean | null>;

/** Nested fields become dotted columns; arrays of objects become "a; b" lists of their names. */
export function flatten(value: unknown, prefix = '', out: Flat = {}): Flat {
  if (value === null || typeof value !== 'object') {
    out[prefix] = value === undefined ? null : (value as string | number | boolean | null);
  } else if (Array.isArray(value)) {
    out[prefix] = value
      .map((v) => (v !== null && typeof v === 'object' ? describeItem(v as Record<string, unknown>) : String(v)))
      .join('; ');
  } else {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

function describeItem(item: Record<string, unknown>): string {
  const actor = item.actor as Record<string, unknown> | undefined;
  const name = item.name ?? actor?.name ?? item.id ?? JSON.stringify(item);
  return item.role ? `${String(name)} (${String(item.role)})` : String(name);
}

function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function* exportLines<Row, Out>(
  fetchPage: (after: Keyset | undefined) => Page<Row>,
  toItem: (row: Row) => Out,
  format: Exclude<ExportFormat, 'json'>,
): AsyncGenerator<string> {
  let after: Keyset | undefined;
  let columns: string[] | null = null;
  for (;;) {
    const page = fetchPage(after);
    for (const row of page.items) {
      const item = toItem(row);
      if (format === 'ndjson') {
        yield `${JSON.stringify(item)}\n`;
        continue;
      }
      const flat = flatten(item);
      if (columns === null) {
        columns = Object.keys(flat);
        yield `${columns.map(csvCell).join(',')}\n`;
      }
      yield `${columns.map((c) => csvCell(flat[c])).join(',')}\n`;
    }
    if (!page.next) return;
    after = page.next;
    // Let other requests run between pages of a long export.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Streams the export as the reply. */
export function sendExport<Row, Out>(
  reply: FastifyReply,
  format: Exclude<ExportFormat, 'json'>,
  fetchPage: (after: Keyset | undefined) => Page<Row>,
  toItem: (row: Row) => Out,
) {
  return reply.type(MEDIA[format]).header('cache-control', 'no-store').send(Readable.from(exportLines(fetchPage, toItem, format)));
}

export const EXPORT_PAGE = 500;
