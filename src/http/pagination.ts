import type { Keyset } from '../db/repositories/common.js';
import { HttpProblem } from './errors.js';

// A cursor is the last row's (sort value, id), base64url-encoded so clients treat it as opaque.

export function encodeCursor(next: Keyset | null): string | null {
  return next === null ? null : Buffer.from(JSON.stringify([next.sort, next.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): Keyset | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return { sort: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through: not base64url JSON
  }
  throw HttpProblem.badRequest('cursor', 'not a cursor this API issued; pass `next_cursor` from a previous page unchanged');
}
