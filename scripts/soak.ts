// npm run soak -- [--duration 60] [--connections 100] [--articles 3000] [--db PATH] [--json]
//
// Serves a database with the real server (a child process on 127.0.0.1) and
// loads it with autocannon: a mix of list, filter, search, page-2, detail and
// timeline requests. Passes when no request errors, times out or answers
// anything but 2xx, and the lowest resident memory of the second half of the run is no
// more than 10% above the lowest of the first half (a warm-up, the first quarter of the
// run up to 10 s, is not counted: heaps and caches grow to their working size then).
// The lowest, not the mean: under load the heap grows for tens of seconds between major
// collections and then drops back, so means of two halves differ by where that sawtooth
// falls; a leak raises the floor the collector returns to.
// Without --db it builds a throwaway database of synthetic articles.
// Exit codes: 0 pass, 1 fail, 2 bad usage.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { fillDatabase } from './reliability/corpus.js';
import { rssBytes, startServer } from './reliability/server.js';

const USAGE = 'Usage: npm run soak -- [--duration SECONDS] [--connections N] [--articles N] [--db PATH] [--json]';

export interface SoakResult {
  durationSeconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  resets: number;
  /** Mean and lowest resident memory of each half; `change` compares the lowest (see the header). */
  memory: { firstHalfMB: number; secondHalfMB: number; firstFloorMB: number; secondFloorMB: number; change: number; samples: number };
  failures: string[];
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name}: expected a positive whole number, got '${value}'`);
  return n;
}

interface ListPage {
  data: { id: string }[];
  next_cursor: string | null;
}

async function getJson(url: string): Promise<ListPage> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as ListPage;
}

/** The request mix: what a dashboard and an API client would ask for. */
async function requestMix(base: string): Promise<string[]> {
  const events = await getJson(`${base}/events?limit=20`);
  const actors = await getJson(`${base}/actors?limit=5`);
  const articles = await getJson(`${base}/articles?limit=5`);
  const statements = await getJson(`${base}/statements?limit=5`);
  const urls = [
    '/events',
    '/events?type=consult&limit=20',
    '/events?country=FRA&from=2021&to=2023-06',
    '/events?status=planned',
    '/actors?q=minister',
    '/actors?kind=state',
    '/statements?q=trade',
    '/allegations?status=denied',
    '/articles?limit=20',
    '/health',
  ];
  if (events.next_cursor) urls.push(`/events?limit=20&cursor=${encodeURIComponent(events.next_cursor)}`);
  const event = events.data[0];
  if (event) urls.push(`/events/${event.id}`);
  for (const actor of actors.data.slice(0, 2)) urls.push(`/actors/${actor.id}`, `/actors/${actor.id}/events?limit=20`, `/actors/${actor.id}/statements`);
  const article = articles.data[0];
  if (article) urls.push(`/articles/${article.id}`, `/events?article_id=${article.id}`);
  const statement = statements.data[0];
  if (statement) urls.push(`/statements/${statement.id}`);
  return urls;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);

async function soak(options: { durationSeconds: number; connections: number; articles: number; dbPath?: string | undefined; log?: (line: string) => void }): Promise<SoakResult> {
  const log = options.log ?? (() => {});
  const dir = options.dbPath ? null : mkdtempSync(join(tmpdir(), 'communique-soak-'));
  const dbPath = options.dbPath ?? join(dir ?? '.', 'soak.sqlite');
  try {
    if (dir) {
      log(`building a database of ${options.articles} synthetic articles…`);
      fillDatabase(dbPath, options.articles);
    }
    const server = await startServer({ dbPath });
    try {
      const urls = await requestMix(server.base);
      // A short warm-up (JIT, caches, connection set-up) is not counted in the memory comparison.
      const warmupMs = Math.min(10_000, (options.durationSeconds * 1000) / 4);
      const samples: { t: number; rss: number }[] = [];
      const started = Date.now();
      const sampler = setInterval(() => {
        try {
          samples.push({ t: Date.now() - started, rss: rssBytes(server.pid) });
        } catch {
          // the process is gone; the run fails on errors anyway
        }
      }, 250);
      log(`loading ${server.base} with ${options.connections} connections for ${options.durationSeconds} s (${urls.length} URLs)…`);
      const result = await autocannon({
        url: server.base,
        connections: options.connections,
        duration: options.durationSeconds,
        timeout: 10,
        requests: urls.map((path) => ({ method: 'GET' as const, path })),
      });
      clearInterval(sampler);

      const measured = samples.filter((s) => s.t >= warmupMs && s.t <= options.durationSeconds * 1000);
      const middle = warmupMs + (options.durationSeconds * 1000 - warmupMs) / 2;
      const firstHalf = measured.filter((s) => s.t < middle).map((s) => s.rss);
      const secondHalf = measured.filter((s) => s.t >= middle).map((s) => s.rss);
      const first = mean(firstHalf);
      const second = mean(secondHalf);
      const firstFloor = firstHalf.length ? Math.min(...firstHalf) : 0;
      const secondFloor = secondHalf.length ? Math.min(...secondHalf) : 0;
      const change = firstFloor > 0 ? (secondFloor - firstFloor) / firstFloor : 0;

      const failures: string[] = [];
      if (result.errors > 0) failures.push(`${result.errors} connection errors`);
      if (result.timeouts > 0) failures.push(`${result.timeouts} timeouts`);
      if (result.non2xx > 0) failures.push(`${result.non2xx} non-2xx responses (${JSON.stringify(result.statusCodeStats ?? {})})`);
      if (result.resets > 0) failures.push(`${result.resets} resets`);
      if (result.requests.total === 0) failures.push('no requests completed');
      if (measured.length < 4) failures.push(`too few memory samples (${measured.length})`);
      // A leak shows as growth; a smaller second half (the heap settling after warm-up) is fine.
      else if (change > 0.1) failures.push(`the memory floor grew ${(change * 100).toFixed(1)}% from the first half to the second (limit 10%)`);
      if (server.child.exitCode !== null) failures.push(`the server exited during the run:\n${server.output()}`);

      const MB = 1024 * 1024;
      return {
        durationSeconds: options.durationSeconds,
        connections: options.connections,
        requests: result.requests.total,
        requestsPerSecond: Math.round(result.requests.total / (result.duration || options.durationSeconds)),
        p99Ms: result.latency.p99,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        resets: result.resets,
        memory: {
          firstHalfMB: Math.round(first / MB),
          secondHalfMB: Math.round(second / MB),
          firstFloorMB: Math.round(firstFloor / MB),
          secondFloorMB: Math.round(secondFloor / MB),
          change: Number(change.toFixed(4)),
          samples: measured.length,
        },
        failures,
      };
    } finally {
      await server.stop();
    }
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  let options;
  try {
    const { values } = parseArgs({
      options: {
        duration: { type: 'string' },
        connections: { type: 'string' },
        articles: { type: 'string' },
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    options = {
      durationSeconds: positiveInt('duration', values.duration, 60),
      connections: positiveInt('connections', values.connections, 100),
      articles: positiveInt('articles', values.articles, 3000),
      dbPath: values.db,
      json: values.json,
    };
  } catch (err) {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n${USAGE}\n`);
    return 2;
  }
  const result = await soak({ ...options, log: (line) => process.stderr.write(`${line}\n`) });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const m = result.memory;
    process.stdout.write(
      `${result.requests} requests in ${result.durationSeconds} s (${result.requestsPerSecond}/s, p99 ${result.p99Ms} ms) over ${result.connections} connections\n` +
        `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, resets ${result.resets}\n` +
        `memory (RSS) ${m.firstHalfMB} MB first half, ${m.secondHalfMB} MB second half on average; lowest ${m.firstFloorMB} and ${m.secondFloorMB} MB (${(m.change * 100).toFixed(1)}%)\n` +
        (result.failures.length === 0 ? 'soak: pass\n' : `soak: FAIL\n${result.failures.map((f) => `  - ${f}`).join('\n')}\n`),
    );
  }
  return result.failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`soak failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
