// npm run backup -- FILE: a consistent online copy of the database through
// SQLite's backup API, safe while the server and ingest jobs are running.
import Database from 'better-sqlite3';
import { loadConfig } from '../src/config.js';

const target = process.argv[2];
if (!target || process.argv.length > 3) {
  process.stderr.write('Usage: npm run backup -- FILE   (copies DB_PATH, default data/communique.sqlite)\n');
  process.exit(2);
}
const source = loadConfig().DB_PATH;
const db = new Database(source, { readonly: true, fileMustExist: true });
try {
  await db.backup(target);
  process.stdout.write(`backed up ${source} to ${target}\n`);
} finally {
  db.close();
}
