/**
 * A statement's row id in the word-search index (see migrations/0004): days since
 * 1970 times 2^31, plus 30 bits of its id as a tie-break, so the index's own order
 * is newest first. Keys of one day stay below the next day's.
 */
export function searchKey(day: string, id: string): number {
  const days = Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
  const tieBreak = /^[0-9a-f]{8}$/.test(id.slice(-8)) ? Number.parseInt(id.slice(-8), 16) & 0x3fffffff : 0;
  return days * 2 ** 31 + tieBreak;
}

/** The first key of a day: searches bound by date compare against it. */
export const firstSearchKeyOf = (day: string) => searchKey(day, '');
