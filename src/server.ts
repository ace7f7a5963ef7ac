// Entry point: config → database (migrated) → seed when empty → app → listen.
// Stops gracefully on SIGTERM/SIGINT: in-flight requests finish, then the database closes.
import { join } from 'node:path';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { closeDatabase, openDatabase } from './db/client.js';
import { createArticleRepository } from './db/repositories/articles.js';
import { loggerOptions } from './http/logging.js';
import { createIngester } from './ingest/job.js';
import { readInputs } from './ingest/sources.js';
import { SEEDS_DIR } from './paths.js';

async function start(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }

  const db = openDatabase(config.DB_PATH);
  const ingester = createIngester(db);
  const app = await buildApp({
    db,
    ingester,
    apiKey: config.API_KEY,
    rateLimitMax: config.RATE_LIMIT_MAX,
    responseCacheBytes: config.RESPONSE_CACHE_MB * 1024 * 1024,
    corsOrigins: config.CORS_ORIGINS,
    logger: loggerOptions(config.LOG_LEVEL),
  });

  if (config.SEED_ON_EMPTY && createArticleRepository(db).isEmpty()) {
    const report = await ingester.run(readInputs([join(SEEDS_DIR, 'articles')], { defaultDate: null, stdin: process.stdin }));
    app.log.info({ articles: report.articles, records: report.records }, 'empty database: loaded the example articles from seeds/');
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 10_000);
    timer.unref();
    try {
      await app.close();
    } finally {
      closeDatabase(db);
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.PORT, host: config.HOST });
}

start().catch((err: unknown) => {
  process.stderr.write(`failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
