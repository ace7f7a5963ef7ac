// The ingest command killed with SIGKILL at random moments of a large run,
// several times over the same database: after every kill the file passes
// SQLite's integrity check, no record lacks its article and every stored
// article has all its records; a final rerun ends with exactly the counts of
// an uninterrupted run.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArticleFiles } from '../../scripts/reliability/corpus.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { expectUnharmed, snapshot, type Snapshot } from '../helpers/integrity.js';
import { workdir, type Workdir } from '../ingest/helpers.js';

const ARTICLES = 400;
const KILLS = 8;

let w: Workdir;
let corpus: string;
let reference: Snapshot;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Runs the ingest command. `kill` decides when to send it SIGKILL: it is called
 * every few milliseconds while the command runs and answers true to kill.
 */
function ingest(db: string, kill?: () => boolean): Promise<Run> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src/ingest/cli.ts'), '--db', db, '--json', corpus], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DB_PATH: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = kill === undefined ? undefined : setInterval(() => {
    if (child.exitCode === null && kill()) child.kill('SIGKILL');
  }, 5);
  // A run that never ends would only show as the test's time-out; killing it after a minute lets the
  // test fail on the run's own exit and output instead.
  const watchdog = setTimeout(() => {
    stderr += '\n[test] ingest still running after 60 s: killed by the test\n';
    child.kill('SIGKILL');
  }, 60_000);
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      clearTimeout(watchdog);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    }),
  );
}

/** How many articles a database holds right now, read beside the writer (0 before the schema exists). */
function articleCounter(path: string): { count: () => number; close: () => void } {
  let conn: Database.Database | undefined;
  return {
    count: () => {
      try {
        conn ??= new Database(path, { readonly: true, fileMustExist: true });
        return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
      } catch {
        return 0;
      }
    },
    close: () => conn?.close(),
  };
}

beforeAll(async () => {
  w = workdir();
  corpus = writeArticleFiles(join(w.dir, 'corpus'), ARTICLES);
  const ref = join(w.dir, 'reference.sqlite');
  const run = await ingest(ref);
  expect(run.code, run.stderr).toBe(0);
  reference = snapshot(ref);
  expect(reference.counts.articles).toBe(ARTICLES);
});
afterAll(() => w.cleanup());

describe('SIGKILL during ingest', () => {
  it('during start-up (opening, migrating): the next run starts cleanly', async () => {
    for (let i = 0; i < 3; i++) {
      const db = join(w.dir, `startup-${i}.sqlite`);
      const killAt = Date.now() + 100 + Math.random() * 900;
      const run = await ingest(db, () => Date.now() >= killAt);
      if (run.signal !== 'SIGKILL') expect(run.code, run.stderr).toBe(0);
      checkAfterKill(db);
      const rerun = await ingest(db);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(expectUnharmed(db, reference).counts).toEqual(reference.counts);
    }
  });

  it('at random moments while articles are written: sound every time, and a rerun completes the counts', async () => {
    const db = join(w.dir, 'killed.sqlite');
    const history: { target: number; killed: boolean; articles: number }[] = [];
    let stored = 0;
    for (let i = 0; i < KILLS; i++) {
      // Kill once the database holds a random number of further articles, plus a random few milliseconds:
      // the kill lands anywhere inside an article's extraction or its transaction.
      const remaining = ARTICLES - stored;
      const target = stored + 1 + Math.floor(Math.random() * Math.max(1, remaining / 3));
      const extraMs = Math.random() * 15;
      const counter = articleCounter(db);
      let reachedAt: number | undefined;
      const run = await ingest(db, () => {
        if (reachedAt === undefined && counter.count() >= target) reachedAt = Date.now();
        return reachedAt !== undefined && Date.now() - reachedAt >= extraMs;
      });
      counter.close();
      const killed = run.signal === 'SIGKILL';
      if (!killed) expect(run.code, run.stderr).toBe(0);
      stored = checkAfterKill(db);
      history.push({ target, killed, articles: stored });
    }
    const killedMidRun = history.filter((h) => h.killed && h.articles > 0 && h.articles < ARTICLES);
    expect(killedMidRun.length, JSON.stringify(history)).toBeGreaterThanOrEqual(KILLS / 2);

    const final = await ingest(db);
    expect(final.code, final.stderr).toBe(0);
    const report = JSON.parse(final.stdout) as { articles: { stored: number; unchanged: number; failed: number } };
    expect(report.articles).toMatchObject({ stored: ARTICLES - stored, unchanged: stored, failed: 0 });
    expect(expectUnharmed(db, reference).counts).toEqual(reference.counts);
  });
});

function checkAfterKill(path: string): number {
  // A kill during start-up may come before the file exists or its first migration committed.
  if (!existsSync(path)) return 0;
  // Open read-write first, as the next run would: SQLite recovers the write-ahead log of a killed writer.
  const conn = new Database(path);
  const tables = conn.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name = 'articles'").get() as { n: number };
  expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
  conn.close();
  return tables.n === 0 ? 0 : (expectUnharmed(path, reference).counts.articles ?? 0);
}
