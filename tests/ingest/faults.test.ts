// The ingest job when the database cannot take writes: a read-only database
// or a full disk. The run stops with a clear reason, the database is unharmed
// (integrity check ok, no article without all its records, nothing changed
// when nothing could be written), and a rerun afterwards ends with exactly the
// counts of an uninterrupted run.
//
// Tests run as root, which ignores file permissions, so the faults are made in
// ways root cannot get around: a read-only connection; SQLite's max_page_count
// (SQLITE_FULL); the file header's write-version byte set above 2, which
// SQLite honours by opening the file read-only; and RLIMIT_FSIZE (`ulimit -f`),
// under which the kernel refuses to grow any file, as on a full disk.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArticleFiles } from '../../scripts/reliability/corpus.js';
import { closeDatabase, openDatabase } from '../../src/db/client.js';
import { createIngester } from '../../src/ingest/job.js';
import { readInputs } from '../../src/ingest/sources.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { tableChecksums } from '../helpers/contract.js';
import { expectUnharmed, snapshot, type Snapshot } from '../helpers/integrity.js';
import { runIngest, workdir, type Workdir } from './helpers.js';

const ARTICLES = 120;

let w: Workdir;
let corpus: string;
let reference: Snapshot;

beforeAll(() => {
  w = workdir();
  corpus = writeArticleFiles(join(w.dir, 'corpus'), ARTICLES);
  const ref = join(w.dir, 'reference.sqlite');
  const r = runIngest(['--db', ref, '--json', corpus]);
  expect(r.status, r.stderr).toBe(0);
  reference = snapshot(ref);
  expect(reference.counts.articles).toBe(ARTICLES);
}, 60_000);
afterAll(() => w.cleanup());

const sources = () => readInputs([corpus], { defaultDate: null, stdin: process.stdin });

describe('a full disk (SQLITE_FULL through max_page_count)', () => {
  it('stops the run with the reason, keeps every stored article whole, and a rerun completes it', async () => {
    const path = join(w.dir, 'full.sqlite');
    const db = openDatabase(path);
    const pages = db.$client.pragma('page_count', { simple: true }) as number;
    db.$client.pragma(`max_page_count = ${pages + 60}`);
    const report = await createIngester(db).run(sources());
    closeDatabase(db);

    expect(report.aborted).toMatch(/^SQLITE_FULL/);
    expect(report.articles.stored).toBeGreaterThan(0);
    expect(report.articles.stored).toBeLessThan(ARTICLES);
    expect(report.articles.failed).toBe(1);
    expect(report.articles.read).toBe(report.articles.stored + 1);
    const after = expectUnharmed(path, reference);
    expect(after.counts.articles).toBe(report.articles.stored);

    const again = openDatabase(path);
    const rerun = await createIngester(again).run(sources());
    closeDatabase(again);
    expect(rerun.aborted).toBeNull();
    expect(rerun.articles).toMatchObject({ stored: ARTICLES - report.articles.stored, unchanged: report.articles.stored, failed: 0 });
    expect(expectUnharmed(path, reference).counts).toEqual(reference.counts);
  });
});

describe('a read-only database', () => {
  it('through a read-only connection: stops at the first write and changes nothing', async () => {
    const path = join(w.dir, 'readonly-connection.sqlite');
    closeDatabase(openDatabase(path));
    const before = tableChecksums(new Database(path, { readonly: true }));
    const db = openDatabase(path, { readonly: true });
    const report = await createIngester(db).run(sources());
    closeDatabase(db);
    expect(report.aborted).toMatch(/^SQLITE_READONLY/);
    expect(report.articles).toMatchObject({ read: 1, stored: 0, failed: 1 });
    const check = new Database(path, { readonly: true });
    expect(tableChecksums(check)).toEqual(before);
    check.close();
  });

  it('as a file SQLite must treat as read-only: the command says so, exits 1 and changes nothing', () => {
    const path = join(w.dir, 'readonly-file.sqlite');
    // Half the corpus stored, so the database has rows to protect.
    const half = writeArticleFiles(join(w.dir, 'half'), ARTICLES / 2);
    expect(runIngest(['--db', path, half]).status).toBe(0);
    const conn = new Database(path, { readonly: true });
    const before = tableChecksums(conn);
    conn.close();

    setWriteVersion(path, 3);
    const r = runIngest(['--db', path, '--json', corpus]);
    setWriteVersion(path, 2);

    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/stopped early: the database is read-only/);
    expect(r.stderr).toMatch(/run the same command again/);
    expect(JSON.parse(r.stdout).aborted).toMatch(/SQLITE_READONLY/);
    const check = new Database(path, { readonly: true });
    expect(tableChecksums(check)).toEqual(before);
    check.close();
    expectUnharmed(path, reference);

    const rerun = runIngest(['--db', path, '--json', corpus]);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(expectUnharmed(path, reference).counts).toEqual(reference.counts);
  });
});

describe('a full disk under the real command (RLIMIT_FSIZE)', () => {
  it('stops with a clear message, exits 1, leaves no half-written article, and a rerun completes the counts', () => {
    const path = join(w.dir, 'fsize.sqlite');
    closeDatabase(openDatabase(path));
    // Files may not grow past 768 KiB: the write-ahead log fills up a few articles in.
    const r = spawnSync('bash', ['-c', 'ulimit -f 768 && exec "$0" "$@"', process.execPath, '--import', 'tsx', join(PROJECT_ROOT, 'src/ingest/cli.ts'), '--db', path, '--json', corpus], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, DB_PATH: '' },
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/stopped early: the disk (is full|could not be written)/);
    const report = JSON.parse(r.stdout) as { aborted: string; articles: { stored: number } };
    expect(report.aborted).toMatch(/SQLITE_(FULL|IOERR)/);
    expect(report.articles.stored).toBeLessThan(ARTICLES);

    const after = expectUnharmed(path, reference);
    expect(after.counts.articles).toBeLessThan(ARTICLES);

    const rerun = runIngest(['--db', path, '--json', corpus]);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(expectUnharmed(path, reference).counts).toEqual(reference.counts);
  });
});

/** Byte 18 of an SQLite file is its write version: above 2, SQLite opens the file read-only (root included). */
function setWriteVersion(path: string, version: number): void {
  const fd = openSync(path, 'r+');
  try {
    const header = Buffer.alloc(2);
    readSync(fd, header, 0, 2, 18);
    expect([1, 2, 3]).toContain(header[0]);
    writeSync(fd, Buffer.from([version]), 0, 1, 18);
  } finally {
    closeSync(fd);
  }
}
