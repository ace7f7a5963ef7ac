// The ingest job: raw articles in, stored records out. Used by the command
// line, by POST /articles and by the start-up seeding, so all three behave
// the same way.
import { isRealDate } from '../calendar.js';
import type { Db } from '../db/client.js';
import { createDefaultExtractor, type Extract } from './pipeline.js';

export type { Extract };
import type { SourceItem } from './sources.js';
import { createArticleStore, type RecordCounts, type StoreResult } from './store.js';
import { ExtractionError, type Extraction, type RawArticle } from './types.js';


export interface Failure {
  input: string;
  reason: string;
}

export interface IngestReport {
  articles: { read: number; stored: number; unchanged: number; replaced: number; failed: number };
  records: RecordCounts;
  failures: Failure[];
  /** Articles stored without the records of a stage that failed on them (see Extraction.warnings). */
  warnings: Failure[];
  /** Set when the database itself refused writes and the run stopped early. */
  aborted: string | null;
}

export interface Progress {
  done: number;
  failed: number;
  input: string;
}

/** Errors after which no further write can succeed: stop instead of failing every article. */
const FATAL_SQLITE = new Set(['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_IOERR', 'SQLITE_CORRUPT', 'SQLITE_CANTOPEN', 'SQLITE_NOTADB']);

function isFatal(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && [...FATAL_SQLITE].some((c) => code.startsWith(c));
}

function describe(err: unknown): string {
  if (err instanceof ExtractionError) return err.message;
  const code = (err as { code?: unknown } | null)?.code;
  const message = err instanceof Error ? err.message : String(err);
  return typeof code === 'string' ? `${code}: ${message}` : message;
}

function emptyReport(): IngestReport {
  return {
    articles: { read: 0, stored: 0, unchanged: 0, replaced: 0, failed: 0 },
    records: { actors: 0, events: 0, statements: 0, allegations: 0 },
    failures: [],
    warnings: [],
    aborted: null,
  };
}

function add(report: IngestReport, result: StoreResult): void {
  report.articles[result.status]++;
  for (const kind of ['actors', 'events', 'statements', 'allegations'] as const) report.records[kind] += result.counts[kind];
}

/** The last guard before the store: nothing is written with an impossible publication date. */
function checked(x: Extraction): Extraction {
  if (!isRealDate(x.publishedAt)) throw new ExtractionError(`impossible publication date '${x.publishedAt}'`);
  return x;
}

export function createIngester(db: Db, extract: Extract = createDefaultExtractor()) {
  const store = createArticleStore(db);

  /** Extracts and stores one article; throws ExtractionError for a bad article. */
  function ingestOne(raw: RawArticle): StoreResult & { warnings: string[] } {
    const extraction = checked(extract(raw));
    return { ...store.store(raw.source, extraction), warnings: extraction.warnings ?? [] };
  }

  return {
    ingestOne,

    async run(items: AsyncIterable<SourceItem>, onProgress?: (p: Progress) => void): Promise<IngestReport> {
      const report = emptyReport();
      for await (const item of items) {
        report.articles.read++;
        if ('error' in item) {
          report.articles.failed++;
          report.failures.push({ input: item.origin, reason: item.error });
        } else {
          try {
            const result = ingestOne(item.article);
            add(report, result);
            for (const w of result.warnings) report.warnings.push({ input: item.origin, reason: w });
          } catch (err) {
            report.articles.failed++;
            report.failures.push({ input: item.origin, reason: describe(err) });
            if (isFatal(err)) {
              report.aborted = describe(err);
              break;
            }
          }
        }
        onProgress?.({ done: report.articles.read, failed: report.articles.failed, input: item.origin });
      }
      return report;
    },

    /** Re-runs the current pipeline on every stored article and replaces its records. */
    reextract(onProgress?: (p: Progress) => void): IngestReport {
      const report = emptyReport();
      for (const article of store.storedArticles()) {
        report.articles.read++;
        try {
          const extraction = extract({ source: article.source, title: article.title, publishedAt: article.publishedAt, text: article.cleanText });
          add(report, store.replace(article.id, checked(extraction)));
          for (const w of extraction.warnings ?? []) report.warnings.push({ input: article.source, reason: w });
        } catch (err) {
          report.articles.failed++;
          report.failures.push({ input: article.source, reason: describe(err) });
          if (isFatal(err)) {
            report.aborted = describe(err);
            break;
          }
        }
        onProgress?.({ done: report.articles.read, failed: report.articles.failed, input: article.source });
      }
      return report;
    },
  };
}

export type Ingester = ReturnType<typeof createIngester>;
