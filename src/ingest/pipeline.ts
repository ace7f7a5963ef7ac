// TEMPORARY stub so the store and API can be exercised; replaced by the real pipeline.
import { ExtractionError, type Extraction, type RawArticle } from './types.js';

export function extract(raw: RawArticle): Extraction {
  let text = raw.text;
  let date = raw.publishedAt ?? null;
  const header = /^\s*date (\d{4}-\d{2}-\d{2})\s*\n/.exec(text);
  if (header) {
    date = date ?? header[1] ?? null;
    text = text.slice(header[0].length);
  }
  date = date ?? raw.fallbackDate ?? null;
  if (!date || Number.isNaN(new Date(date).getTime()) || !new Date(`${date}T00:00:00Z`).toISOString().startsWith(date)) {
    throw new ExtractionError('no valid publication date');
  }
  if (text.trim() === '') throw new ExtractionError('empty text');
  return { title: raw.title ?? null, publishedAt: date, cleanText: text.trim(), actors: [], events: [], statements: [], allegations: [] };
}
