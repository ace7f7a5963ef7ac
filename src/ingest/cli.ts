// npm run ingest -- [--db PATH] [--date YYYY-MM-DD] [--json] [--reextract] <file|folder|->...
// Exit codes: 0 every input stored or unchanged; 1 some failed; 2 bad usage.
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { isRealDate } from '../calendar.js';
import { ConfigError, loadConfig } from '../config.js';
import { closeDatabase, openDatabase } from '../db/client.js';
import { createIngester, type IngestReport, type Progress } from './job.js';
import { readInputs } from './sources.js';

const USAGE = `Usage: npm run ingest -- [options] <file|folder|->...

Reads articles (.txt, .json, .jsonl; folders recursively; "-" for standard input),
extracts their records and stores them.

Options:
  --db PATH       SQLite file (default: DB_PATH or data/communique.sqlite)
  --date DATE     publication date (YYYY-MM-DD) for articles that give none
  --reextract     re-run the current pipeline on every stored article
  --json          print the final report as JSON
  -h, --help      show this help`;

class UsageError extends Error {}

function parse(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        date: { type: 'string' },
        json: { type: 'boolean', default: false },
        reextract: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  if (values.date !== undefined && !isRealDate(values.date)) throw new UsageError(`--date: '${values.date}' is not a date as YYYY-MM-DD`);
  if (!values.help && !values.reextract && positionals.length === 0) throw new UsageError('no input given');
  return { ...values, inputs: positionals };
}

/** What an SQLite error code means for someone running the command. */
function explainDatabaseError(reason: string): string | null {
  if (reason.includes('SQLITE_FULL')) return 'the disk is full (or the database reached its size limit)';
  if (reason.includes('SQLITE_READONLY')) return 'the database is read-only (file permissions, a read-only mount, or a file marked read-only)';
  if (reason.includes('SQLITE_IOERR')) return 'the disk could not be written (no space left, a file size limit, or an I/O error)';
  if (reason.includes('SQLITE_CORRUPT') || reason.includes('SQLITE_NOTADB')) return 'the database file is damaged or is not a Communiqué database';
  if (reason.includes('SQLITE_CANTOPEN')) return 'the database file cannot be opened (missing folder or permissions)';
  if (reason.includes('SQLITE_BUSY')) return 'the database is locked by another process';
  return null;
}

function summary(r: IngestReport): string {
  const a = r.articles;
  const parts = [`${a.read} read`, `${a.stored} stored`, `${a.unchanged} unchanged`];
  if (a.replaced > 0) parts.push(`${a.replaced} re-extracted`);
  parts.push(`${a.failed} failed`);
  const rec = r.records;
  return `articles: ${parts.join(', ')}; records: ${rec.actors} actors, ${rec.events} events, ${rec.statements} statements, ${rec.allegations} allegations`;
}

/** The file an input origin names: "a.jsonl:12" and "b.json[3]" are lines and items of one file. */
const fileOf = (origin: string) => origin.replace(/(:\d+|\[\d+\])$/, '');

function progressReporter(enabled: boolean) {
  if (!enabled) return { update: (_p: Progress) => {}, stop: () => {} };
  const started = Date.now();
  let files = 0;
  let lastFile = '';
  const bar = new SingleBar({
    format: '{files} files | {done} articles | {rate} articles/s | {failed} errors | {input}',
    stream: process.stderr,
    hideCursor: true,
    noTTYOutput: false,
  });
  bar.start(0, 0, { files: 0, done: 0, rate: '0', failed: 0, input: '' });
  return {
    update(p: Progress) {
      // Inputs arrive file by file, so a change of file is a new file.
      if (fileOf(p.input) !== lastFile) {
        lastFile = fileOf(p.input);
        files++;
      }
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(p.done, { files, done: p.done, rate: (p.done / seconds).toFixed(0), failed: p.failed, input: p.input.slice(-50) });
    },
    stop: () => bar.stop(),
  };
}

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parse(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`error: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let dbPath = args.db;
  if (dbPath === undefined) {
    try {
      dbPath = loadConfig().DB_PATH;
    } catch (err) {
      if (err instanceof ConfigError) {
        process.stderr.write(`${err.message}\n`);
        return 2;
      }
      throw err;
    }
  }

  let db;
  try {
    db = openDatabase(dbPath);
  } catch (err) {
    const code = (err as { code?: unknown } | null)?.code;
    const reason = `${typeof code === 'string' ? `${code}: ` : ''}${err instanceof Error ? err.message : String(err)}`;
    const meaning = explainDatabaseError(reason);
    process.stderr.write(`error: cannot open database '${dbPath}': ${meaning ? `${meaning} (${reason})` : reason}\n`);
    return 1;
  }
  const ingester = createIngester(db);
  const progress = progressReporter(Boolean(process.stderr.isTTY) && !args.json);
  let report: IngestReport;
  try {
    report = args.reextract
      ? ingester.reextract(progress.update)
      : await ingester.run(readInputs(args.inputs, { defaultDate: args.date ?? null, stdin: process.stdin }), progress.update);
  } finally {
    progress.stop();
    closeDatabase(db);
  }

  for (const f of report.failures) process.stderr.write(`failed: ${f.input}: ${f.reason}\n`);
  // Stored, but without the records of a stage that failed on it: worth a bug report, not a failed run.
  for (const w of report.warnings) process.stderr.write(`warning: ${w.input}: stored without the records of ${w.reason}\n`);
  if (report.aborted) {
    process.stderr.write(
      `stopped early: ${explainDatabaseError(report.aborted) ?? 'the database refused writes'} (${report.aborted}).\n` +
        `${report.articles.stored + report.articles.replaced} articles were written before the stop, each complete; nothing is half-written. ` +
        'Fix the cause and run the same command again: articles already stored are skipped.\n',
    );
  }
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${summary(report)}\n`);
  return report.articles.failed > 0 || report.aborted ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
