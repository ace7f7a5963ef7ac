// Ingest while the server is under load: the real server in a child process
// answers concurrent reads while the ingest command writes into the same
// database file. No request fails, and no response shows a record whose
// article is missing, or an article whose records are not all there.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDatabase, writeArticleFiles } from '../../scripts/reliability/corpus.js';
import { startServer, type ServerChild } from '../../scripts/reliability/server.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { workdir, type Workdir } from '../ingest/helpers.js';

const ARTICLES = 300;
const READERS = 8;

let w: Workdir;
let server: ServerChild;
let dbPath: string;

beforeAll(async () => {
  w = workdir();
  dbPath = join(w.dir, 'live.sqlite');
  fillDatabase(dbPath, 50);
  server = await startServer({ dbPath });
});
afterAll(async () => {
  await server.stop();
  w.cleanup();
});

interface Counts {
  events: number;
  statements: number;
  allegations: number;
}

interface Record {
  id: string;
  article_id: string;
}

describe('ingest while the server answers reads', () => {
  it('fails no request and never shows half an article', async () => {
    const corpus = writeArticleFiles(join(w.dir, 'corpus'), ARTICLES);
    const failures: string[] = [];
    // Lists restricted to what this ingest writes, so the checks race the writer.
    const since = encodeURIComponent(new Date(Date.now() - 1000).toISOString());
    let requests = 0;
    let checks = 0;

    async function get<T>(path: string): Promise<T | undefined> {
      requests++;
      try {
        const res = await fetch(`${server.base}${path}`);
        const text = await res.text();
        if (res.status !== 200) {
          failures.push(`${path}: HTTP ${res.status} ${text.slice(0, 200)}`);
          return undefined;
        }
        return JSON.parse(text) as T;
      } catch (err) {
        failures.push(`${path}: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
      }
    }

    /** Once an article is visible, it and all its records are: its counts match what the lists return for it. */
    async function checkArticle(id: string): Promise<void> {
      const article = await get<{ counts: Counts }>(`/articles/${id}`);
      if (!article) return;
      for (const kind of ['events', 'statements', 'allegations'] as const) {
        const list = await get<{ data: Record[] }>(`/${kind}?article_id=${id}&limit=500`);
        if (list && list.data.length !== article.counts[kind]) failures.push(`article ${id}: counts say ${article.counts[kind]} ${kind}, the list has ${list.data.length}`);
      }
      checks++;
    }

    /** A record in a list means its article is there too. */
    async function checkRecords(kind: 'events' | 'statements' | 'allegations'): Promise<void> {
      const page = await get<{ data: Record[] }>(`/${kind}?limit=100&updated_since=${since}`);
      const articleIds = [...new Set((page?.data ?? []).map((r) => r.article_id))].slice(0, 3);
      for (const id of articleIds) {
        const article = await get<{ id: string }>(`/articles/${id}`);
        if (article && article.id !== id) failures.push(`${kind}: asked for article ${id}, got ${article.id}`);
      }
      checks++;
    }

    let ingesting = true;
    async function reader(n: number): Promise<void> {
      for (let round = 0; ingesting; round++) {
        const step = (round + n) % 5;
        if (step === 0) await checkRecords('events');
        else if (step === 1) await checkRecords('statements');
        else if (step === 2) await checkRecords('allegations');
        else if (step === 3) {
          const newest = await get<{ data: { id: string }[] }>(`/articles?limit=5&updated_since=${since}`);
          for (const a of newest?.data ?? []) await checkArticle(a.id);
        } else {
          await get('/actors?q=minister');
          await get('/events?country=FRA&limit=50');
        }
      }
    }

    const readers = Array.from({ length: READERS }, (_, n) => reader(n));
    const ingest = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src/ingest/cli.ts'), '--db', dbPath, '--json', corpus], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DB_PATH: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    ingest.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    ingest.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => ingest.on('exit', resolve));
    ingesting = false;
    await Promise.all(readers);

    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout).articles).toMatchObject({ read: ARTICLES, stored: ARTICLES, failed: 0 });
    expect(failures.slice(0, 20)).toEqual([]);
    expect(requests).toBeGreaterThan(200);
    expect(checks).toBeGreaterThan(50);
    // And at the end every article is whole.
    const all = await get<{ data: { id: string }[] }>('/articles?limit=500');
    expect(all?.data.length).toBe(ARTICLES + 50);
    for (const a of (all?.data ?? []).slice(0, 60)) await checkArticle(a.id);
    expect(failures).toEqual([]);
  });
});
