// One ingest measurement, run as a child process per corpus size so its peak
// memory (VmHWM) belongs to this run alone: the whole pipeline
// (createIngester(db).run: clean → ... → store) over n synthetic articles
// into a fresh database file. Reports an IngestFigures object over IPC.
//
//   node --import tsx scripts/bench/ingest.ts <articles>
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase } from '../../src/db/client.js';
import { createIngester } from '../../src/ingest/job.js';
import type { SourceItem } from '../../src/ingest/sources.js';
import { syntheticArticles } from './corpus.js';
import { peakRssMb } from './proc.js';

export interface IngestFigures {
  articles: number;
  stored: number;
  unchanged: number;
  failed: number;
  records: { actors: number; events: number; statements: number; allegations: number };
  seconds: number;
  articlesPerSecond: number;
  peakRssMb: number;
  /** The first few failure reasons, to tell a broken pipeline from a slow one. */
  failures: string[];
}

async function* items(n: number): AsyncGenerator<SourceItem> {
  for (const article of syntheticArticles(n)) yield { origin: article.source, article };
}

async function main(): Promise<void> {
  const n = Number(process.argv[2]);
  if (!Number.isInteger(n) || n < 1) throw new Error('usage: ingest.ts <articles>');
  const dir = mkdtempSync(join(tmpdir(), 'communique-bench-ingest-'));
  try {
    const db = openDatabase(join(dir, 'ingest.sqlite'));
    const started = performance.now();
    const report = await createIngester(db).run(items(n));
    const seconds = (performance.now() - started) / 1000;
    closeDatabase(db);
    const figures: IngestFigures = {
      articles: report.articles.read,
      stored: report.articles.stored,
      unchanged: report.articles.unchanged,
      failed: report.articles.failed,
      records: report.records,
      seconds,
      articlesPerSecond: report.articles.read / seconds,
      peakRssMb: peakRssMb(process.pid) ?? -1,
      failures: report.failures.slice(0, 5).map((f) => `${f.input}: ${f.reason}`),
    };
    process.send?.(figures);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main()
  .then(() => process.disconnect?.())
  .catch((err: unknown) => {
    process.stderr.write(`bench ingest failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
