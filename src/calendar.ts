/** True for a real calendar day written YYYY-MM-DD ("2025-02-30" is not one). */
export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

/**
 * The publication day a feed gives, as YYYY-MM-DD, or null when it is not a date.
 * Feeds write "2024-01-16", ISO 8601 / RFC 3339 timestamps ("2024-01-16T09:30:00+03:00": the
 * day as written, the publisher's own), or RFC 2822 ("Tue, 16 Jan 2024 09:30:00 GMT": its UTC day).
 */
export function publicationDay(value: string): string | null {
  const trimmed = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(trimmed);
  if (iso) return iso[1] !== undefined && isRealDate(iso[1]) ? iso[1] : null;
  if (!/[a-z]{3}/i.test(trimmed)) return null;
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}
