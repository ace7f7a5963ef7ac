import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from 'drizzle-orm';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { MIGRATIONS_DIR } from '../paths.js';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenOptions {
  readonly?: boolean;
  /** Sees every query drizzle runs (the query-plan test uses it). */
  logger?: Logger;
}

/** Opens (creating if needed) a SQLite file or ':memory:', sets pragmas and applies migrations. */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path, { readonly: options.readonly ?? false });
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // A 64 MB page cache (the default is 2 MB): an ingest touches the indexes of every record table per
  // article, and re-reading their pages from disk was most of the time of a large run.
  sqlite.pragma('cache_size = -65536');
  if (!options.readonly) {
    sqlite.pragma('journal_mode = WAL');
    // WAL makes NORMAL durable against process crashes; only power loss can drop the last commits.
    sqlite.pragma('synchronous = NORMAL');
    // Checkpoint the WAL every ~40 MB instead of every ~4 MB: each checkpoint syncs the database file,
    // and at the default a large ingest spent a fifth of its time in them.
    sqlite.pragma('wal_autocheckpoint = 10000');
  }
  const db = drizzle(sqlite, { schema, ...(options.logger ? { logger: options.logger } : {}) });
  if (!options.readonly) migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return db;
}

export function closeDatabase(db: Db): void {
  if (db.$client.open) db.$client.close();
}

/**
 * A reader of a token that changes whenever the data may have changed: commits by
 * any other connection or process move `data_version`, writes through this
 * connection move `total_changes()`. Cheap enough to read on every request.
 */
export function changeToken(db: Db): () => string {
  const dataVersion = db.$client.prepare('PRAGMA data_version').pluck();
  const ownChanges = db.$client.prepare('SELECT total_changes()').pluck();
  // data_version costs a look at the WAL index; under load it is read at most once a millisecond,
  // so another process's commit shows within a millisecond (our own writes show at once).
  let version = '';
  let readAt = -Infinity;
  return () => {
    const now = performance.now();
    if (now - readAt >= 1) {
      version = String(dataVersion.get());
      readAt = now;
    }
    return `${version}.${String(ownChanges.get())}`;
  };
}
