import { and, desc, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { firstSearchKeyOf } from '../search-key.js';

/** Where the previous page stopped: the last row's sort value and id. */
export interface Keyset {
  sort: string;
  id: string;
}

export interface PageRequest {
  limit: number;
  after?: Keyset | undefined;
}

export interface Page<T> {
  items: T[];
  /** Present when more rows follow: pass it back as `after`. */
  next: Keyset | null;
}

/** Rows strictly after the keyset in (sort DESC, id DESC) order. */
export function afterKeyset(sortColumn: SQLWrapper, idColumn: SQLWrapper, after: Keyset | undefined): SQL | undefined {
  return after ? sql`(${sortColumn}, ${idColumn}) < (${after.sort}, ${after.id})` : undefined;
}

export function newestFirst(sortColumn: SQLWrapper, idColumn: SQLWrapper): SQL[] {
  return [desc(sortColumn as SQL), desc(idColumn as SQL)];
}

/** Fetches limit+1 rows to learn whether a next page exists without a COUNT. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => Keyset): Page<T> {
  if (rows.length <= limit) return { items: rows, next: null };
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: last === undefined ? null : keyOf(last) };
}

export function allOf(conditions: (SQL | undefined)[]): SQL | undefined {
  const present = conditions.filter((c): c is SQL => c !== undefined);
  return present.length === 0 ? undefined : and(...present);
}

/** Expands a date filter bound ("2024", "2024-03", "2024-03-05") to the day that bounds it. */
export function dayBound(value: string, side: 'from' | 'to'): string {
  if (value.length === 10) return value;
  if (value.length === 7) {
    if (side === 'from') return `${value}-01`;
    const [y, m] = value.split('-').map(Number);
    const lastDay = new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).getUTCDate();
    return `${value}-${String(lastDay).padStart(2, '0')}`;
  }
  return side === 'from' ? `${value}-01-01` : `${value}-12-31`;
}

/** Quotes each word so user text is never read as FTS5 query syntax; words are ANDed. */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.map((w) => `"${w}"`).join(' ');
}

/** Escapes LIKE wildcards so user text matches literally (used with ESCAPE '\'). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Conditions on an FTS index whose rowid is a search key (see search-key.ts):
 * the word match, the date range as a key range, and the cursor. Null when
 * nothing can match: no words in `q`, or a cursor that is not a search key.
 */
export function searchConditions(
  ftsTable: 'statements_fts' | 'events_fts',
  q: string,
  range: { from?: string | undefined; to?: string | undefined },
  page: PageRequest,
): { key: SQL; conditions: (SQL | undefined)[] } | null {
  const match = ftsQuery(q);
  const after = page.after === undefined ? undefined : Number(page.after.sort);
  if (match === null || (after !== undefined && !Number.isSafeInteger(after))) return null;
  const key = sql.raw(`${ftsTable}.rowid`);
  return {
    key,
    conditions: [
      sql`${sql.raw(ftsTable)} MATCH ${match}`,
      range.from ? sql`${key} >= ${firstSearchKeyOf(dayBound(range.from, 'from'))}` : undefined,
      range.to ? sql`${key} < ${firstSearchKeyOf(dayBound(range.to, 'to')) + 2 ** 31}` : undefined,
      after !== undefined ? sql`${key} < ${after}` : undefined,
    ],
  };
}
