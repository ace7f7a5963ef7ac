import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Page, PageRequest } from '../db/repositories/common.js';
import { EXPORT_PAGE, requestedFormat, sendExport, type ExportFormat } from './export.js';
import { decodeCursor, encodeCursor } from './pagination.js';

export interface ListQuery {
  limit: number;
  cursor?: string | undefined;
  format?: ExportFormat | undefined;
}

/**
 * Answers a list request the same way for every resource: one JSON page with
 * its next cursor, or, when NDJSON or CSV is asked for, every match streamed.
 */
export function answerList<Row, Item>(
  request: FastifyRequest,
  reply: FastifyReply,
  query: ListQuery,
  list: (page: PageRequest) => Page<Row>,
  toItem: (row: Row) => Item,
) {
  const format = requestedFormat(request, query.format);
  if (format !== 'json') return sendExport(reply, format, (after) => list({ limit: EXPORT_PAGE, after }), toItem);
  const page = list({ limit: query.limit, after: decodeCursor(query.cursor) });
  return { data: page.items.map(toItem), next_cursor: encodeCursor(page.next) };
}
