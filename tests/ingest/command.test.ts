import { mkdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { ARTICLE_A, ARTICLE_B, runIngest, workdir, type Workdir } from './helpers.js';

let w: Workdir;
beforeEach(() => {
  w = workdir();
});
afterEach(() => w.cleanup());

const count = (db: string, table: string) => {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    conn.close();
  }
};

describe('npm run ingest', () => {
  it('stores files and folders recursively and prints a JSON report', () => {
    w.write('a.txt', ARTICLE_A);
    mkdirSync(`${w.dir}/nested`);
    w.write('nested/b.txt', ARTICLE_B);
    const r = runIngest(['--db', w.db, '--json', w.dir]);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.articles).toMatchObject({ read: 2, stored: 2, unchanged: 0, failed: 0 });
    expect(report.records.actors).toBeGreaterThan(0);
    expect(count(w.db, 'articles')).toBe(2);
  });

  it('is idempotent: the same article again stores nothing new', () => {
    const a = w.write('a.txt', ARTICLE_A);
    expect(runIngest(['--db', w.db, a]).status).toBe(0);
    const before = ['events', 'statements', 'actors', 'articles'].map((t) => count(w.db, t));
    const again = runIngest(['--db', w.db, '--json', a]);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).articles).toMatchObject({ read: 1, stored: 0, unchanged: 1 });
    expect(['events', 'statements', 'actors', 'articles'].map((t) => count(w.db, t))).toEqual(before);
  });

  it('reads JSON arrays, JSONL and standard input, with the source from the URL', () => {
    const json = w.write('batch.json', JSON.stringify([{ title: 'Talks', published_at: '2025-06-02', source: 'https://news.example/rome', text: ARTICLE_A.split('\n').slice(4).join('\n') }]));
    const jsonl = w.write('batch.jsonl', `${JSON.stringify({ published_at: '2025-07-15', text: 'Canada accused Iran of detaining a Canadian citizen without charge.' })}\n`);
    const r = runIngest(['--db', w.db, '--json', json, jsonl]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).articles.stored).toBe(2);
    const stdin = runIngest(['--db', w.db, '--json', '-'], ARTICLE_B);
    expect(stdin.status, stdin.stderr).toBe(0);
    expect(JSON.parse(stdin.stdout).articles.stored).toBe(1);
    const conn = new Database(w.db, { readonly: true });
    const sources = conn.prepare('SELECT source FROM articles ORDER BY source').all().map((r) => (r as { source: string }).source);
    conn.close();
    expect(sources).toEqual(['batch.jsonl', 'https://news.example/rome', 'stdin']);
  });

  it('reports each bad input with its file and line, stores the rest, and exits 1', () => {
    w.write('good.txt', ARTICLE_A);
    w.write('empty.txt', '');
    w.write('binary.txt', Buffer.from([0x00, 0x01, 0x02, 0x03]));
    w.write('latin1.txt', Buffer.from([0x64, 0x61, 0x74, 0xe9, 0x0a]));
    w.write('broken.json', '{ "text": ');
    w.write('lines.jsonl', `${JSON.stringify({ text: 'Canada accused Iran of detaining a citizen.', published_at: '2025-07-15' })}\nnot json\n${JSON.stringify({ text: 'No date here at all.' })}\n`);
    w.write('nodate.txt', 'Officials met to discuss trade. Nothing else is known.');
    w.write('impossible.txt', 'date 2025-02-30\n\nOfficials met to discuss trade.');
    w.write('huge.txt', `date 2025-01-01\n\n${'word '.repeat(300_000)}`);
    const r = runIngest(['--db', w.db, '--json', w.dir]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.articles.stored).toBe(2);
    const failed = Object.fromEntries(report.failures.map((f: { input: string; reason: string }) => [f.input.replace(`${w.dir}/`, ''), f.reason]));
    expect(failed['empty.txt']).toMatch(/empty/);
    expect(failed['binary.txt']).toMatch(/binary/);
    expect(failed['latin1.txt']).toMatch(/UTF-8/);
    expect(failed['broken.json']).toMatch(/invalid JSON/);
    expect(failed['lines.jsonl:2']).toMatch(/invalid JSON/);
    expect(failed['lines.jsonl:3']).toMatch(/date/);
    expect(failed['nodate.txt']).toMatch(/date/);
    expect(failed['impossible.txt']).toMatch(/date/);
    expect(failed['huge.txt']).toMatch(/limit/);
    expect(r.stderr).toContain('failed: ');
  });

  it('uses --date for articles that give no date', () => {
    const f = w.write('nodate.txt', 'Canada accused Iran of detaining a Canadian citizen without charge.');
    const r = runIngest(['--db', w.db, '--date', '2025-03-01', '--json', f]);
    expect(r.status, r.stderr).toBe(0);
  });

  it('reads JSONL, a JSON array and bad lines from standard input, naming each line', () => {
    const good = JSON.stringify({ published_at: '2025-07-15', text: 'Canada accused Iran of detaining a Canadian citizen without charge.' });
    const other = JSON.stringify({ published_at: '2025-06-02T08:00:00Z', text: 'Italy and India signed a shipping agreement in Rome on Monday.' });
    const jsonl = runIngest(['--db', w.db, '--json', '-'], `${good}\n\nnot json\n${other}\n`);
    expect(jsonl.status).toBe(1);
    const report = JSON.parse(jsonl.stdout);
    expect(report.articles).toMatchObject({ read: 3, stored: 2, failed: 1 });
    expect(report.failures[0].input).toBe('stdin:3');
    const pretty = runIngest(['--db', w.db, '--json', '-'], JSON.stringify([{ published_at: '2025-08-01', text: 'Kenya and Ethiopia agreed to reopen their border.' }], null, 2));
    expect(pretty.status, pretty.stderr).toBe(0);
    expect(JSON.parse(pretty.stdout).articles.stored).toBe(1);
  });

  it('exits 2 on bad usage', () => {
    expect(runIngest(['--db', w.db]).status).toBe(2);
    expect(runIngest(['--bogus', 'x']).status).toBe(2);
    expect(runIngest(['--date', 'yesterday', 'x.txt']).status).toBe(2);
  });

  it('prints one summary line when not on a terminal', () => {
    const r = runIngest(['--db', w.db, w.write('a.txt', ARTICLE_A)]);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/articles: 1 read, 1 stored, 0 unchanged, 0 failed; records: \d+ actors/);
  });

  it('--reextract replaces records and keeps the ids of unchanged ones', () => {
    w.write('a.txt', ARTICLE_A);
    w.write('b.txt', ARTICLE_B);
    expect(runIngest(['--db', w.db, w.dir]).status).toBe(0);
    const ids = (db: string) => {
      const conn = new Database(db, { readonly: true });
      const rows = conn.prepare('SELECT id FROM events UNION ALL SELECT id FROM statements ORDER BY 1').all();
      conn.close();
      return rows;
    };
    const before = ids(w.db);
    const r = runIngest(['--db', w.db, '--reextract', '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).articles).toMatchObject({ read: 2, replaced: 2, failed: 0 });
    expect(ids(w.db)).toEqual(before);
  });
});
