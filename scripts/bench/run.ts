// npm run bench [-- --quick] [--events N] [--small-events N] [--duration S] [--connections N] [--ingest A,B]
//                 [--out FILE] [--cache-dir DIR]
//
// A benchmark, not a test: it measures and reports, and judges the figures
// against the targets only in its printout. In order:
//   1. a synthetic database of --events events and one of --small-events (generate.ts, cached under bench/);
//   2. for each, the production server (`npm run build`, then dist/src/server.js, as the Docker image
//      runs it) twice, in two child processes: as deployed (response cache on, its default size) and
//      with RESPONSE_CACHE_MB=0. autocannon repeats one URL, so the first measures cache hits only;
//      the second computes every answer, which is what a first request costs, or traffic that never
//      repeats a URL. For each: start-up time to the first answer, then every representative query
//      under autocannon load from this process (server on one core, load generator on the other;
//      the server not being loaded idles), with the server's peak memory;
//   3. the baseline: a bare fastify route (another child) answering a body of the same size, loaded
//      right after each query on the large database;
//   4. ingest speed and peak memory through the whole pipeline, a child process per corpus size.
// Prints a table and writes every figure to bench/results.json.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { BENCH_DIR, ensureDatabase, sizesFor, type CachedDatabase, type DbMeta } from './generate.js';
import type { IngestFigures } from './ingest.js';
import { peakRssMb, resetPeak } from './proc.js';
import type { ServerReady } from './serve.js';

const HERE = dirname(fileURLToPath(import.meta.url));
// Resolved here rather than by name in the child, so children start whatever the working directory.
const TSX = import.meta.resolve('tsx');

/**
 * Judged on the server as deployed (cache on), except p50 growth: a cache hit costs the same on any
 * database, so growth is judged on the uncached p50, which is what the indexes determine.
 */
export const TARGETS = {
  /** Each query's requests/s at least this share of the bare-fastify baseline. */
  minRatioToBaseline: 0.5,
  maxP99Ms: 25,
  /** p50 on the large database over p50 on the small one. */
  maxP50Growth: 2,
  maxServerRssMb: 250,
  maxStartupMs: 1000,
  minIngestArticlesPerSecond: 200,
  /** Ingest memory counts as flat when the peak at the largest corpus is within this factor of the smallest. */
  maxIngestRssGrowth: 1.25,
};

interface Options {
  quick: boolean;
  events: number;
  smallEvents: number;
  durationSeconds: number;
  connections: number;
  ingestSizes: number[];
  out: string;
  cacheDir: string;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      events: { type: 'string' },
      'small-events': { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string', default: '50' },
      ingest: { type: 'string' },
      out: { type: 'string', default: join(BENCH_DIR, 'results.json') },
      'cache-dir': { type: 'string', default: BENCH_DIR },
    },
  });
  const quick = values.quick ?? false;
  const num = (value: string | undefined, fallback: number, name: string) => {
    const n = value === undefined ? fallback : Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
    return n;
  };
  return {
    quick,
    // --quick: small enough to finish in under a minute (two servers per database, so half a
    // second per query), to check the benchmark still works; its figures mean little.
    events: Math.round(num(values.events, quick ? 10_000 : 1_000_000, 'events')),
    smallEvents: Math.round(num(values['small-events'], quick ? 1_000 : 100_000, 'small-events')),
    durationSeconds: num(values.duration, quick ? 0.5 : 5, 'duration'),
    connections: Math.round(num(values.connections, 50, 'connections')),
    ingestSizes: (values.ingest ?? (quick ? '100,300' : '1000,5000')).split(',').map((s) => Math.round(num(s, 0, 'ingest'))),
    out: values.out ?? join(BENCH_DIR, 'results.json'),
    cacheDir: values['cache-dir'] ?? BENCH_DIR,
  };
}

// ---- child processes ----

function spawnScript(script: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', TSX, join(HERE, script), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** The child's first IPC message; rejects if it exits first. */
function firstMessage<T>(child: ChildProcess, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m as T));
    child.once('exit', (code) => reject(new Error(`${what} exited (code ${code}) before reporting`)));
    child.once('error', reject);
  });
}

interface Server {
  child: ChildProcess;
  pid: number;
  url: string;
  readyMs: number;
}

async function startBaseline(): Promise<Server> {
  const child = spawnScript('serve.ts', [], {});
  const ready = await firstMessage<ServerReady>(child, 'baseline server');
  return { child, pid: child.pid ?? 0, url: `http://127.0.0.1:${ready.port}`, readyMs: ready.readyMs };
}

const ROOT = join(HERE, '..', '..');

/** Compiles src/ as `npm run build` does, once per run, so the server measured is the one deployed. */
function buildServer(): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** cached: the server as deployed, response cache on at its default size; uncached: cache off, every answer computed. */
type CacheMode = 'cached' | 'uncached';
const CACHE_MODES: readonly CacheMode[] = ['cached', 'uncached'];

/** dist/src/server.js with the benchmark's settings; ready when /health answers. */
async function startProductionServer(dbPath: string, cache: CacheMode): Promise<Server> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'dist/src/server.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DB_PATH: dbPath,
      RATE_LIMIT_MAX: '0',
      LOG_LEVEL: 'warn',
      SEED_ON_EMPTY: 'false',
      NODE_ENV: 'production',
      // Unset (not inherited from this shell) for the default size, as deployed.
      RESPONSE_CACHE_MB: cache === 'uncached' ? '0' : undefined,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before answering`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return { child, pid: child.pid ?? 0, url, readyMs: performance.now() - started };
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

// ---- load ----

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

function percentile(sorted: Float64Array, q: number): number {
  return sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);
}

/**
 * autocannon against one URL. The first fifth of the run is warm-up and left out of the
 * figures: all connections open at once and the JIT is cold, and that first burst would
 * otherwise be a few percent of the samples, i.e. most of p99. Latencies come from the
 * response events because autocannon's own histogram rounds to whole milliseconds.
 */
function load(url: string, options: Options): Promise<LoadFigures> {
  const latencies: number[] = [];
  let counted = 0;
  let non2xx = 0;
  const started = performance.now();
  const warmupMs = options.durationSeconds * 1000 * 0.2;
  return new Promise((resolve, reject) => {
    // autocannon stops at its first sample tick after the duration; ticks every 100 ms (default
    // 1 s) make a run last its duration rather than up to a second more. Its samples are unused.
    const instance = autocannon({ url, connections: options.connections, duration: options.durationSeconds, sampleInt: 100 }, (err, result) => {
      if (err) return reject(err instanceof Error ? err : new Error(String(err)));
      const measuredSeconds = (performance.now() - started - warmupMs) / 1000;
      const sorted = Float64Array.from(latencies).sort();
      resolve({
        requestsPerSecond: counted / measuredSeconds,
        p50Ms: percentile(sorted, 0.5),
        p99Ms: percentile(sorted, 0.99),
        requests: counted,
        non2xx,
        errors: result.errors + result.timeouts,
      });
    });
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (performance.now() - started < warmupMs) return;
      counted++;
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else non2xx++;
    });
  });
}

interface FirstAnswer {
  status: number;
  bytes: number;
  nextCursor: string | null;
}

async function fetchOnce(url: string): Promise<FirstAnswer> {
  const res = await fetch(url);
  const body = await res.text();
  let nextCursor: string | null = null;
  try {
    const parsed = JSON.parse(body) as { next_cursor?: unknown };
    if (typeof parsed.next_cursor === 'string') nextCursor = parsed.next_cursor;
  } catch {
    // not JSON: status tells
  }
  return { status: res.status, bytes: Buffer.byteLength(body), nextCursor };
}

// ---- queries ----

interface QuerySpec {
  name: string;
  path: string;
  /** A list whose second page (via next_cursor) is measured too. */
  paged: boolean;
}

function querySet(picks: DbMeta['picks']): QuerySpec[] {
  return [
    { name: 'newest events', path: '/events', paged: true },
    { name: 'busy actor events', path: `/events?actor=${picks.busyActor.id}`, paged: true },
    { name: 'rare actor events', path: `/events?actor=${picks.rareActor.id}`, paged: true },
    { name: 'country + month', path: `/events?country=${picks.country}&from=${picks.month}&to=${picks.month}`, paged: true },
    { name: 'events by type', path: `/events?type=${picks.eventType}`, paged: true },
    { name: 'actor name search', path: `/actors?q=${encodeURIComponent(picks.actorQuery)}`, paged: true },
    { name: 'statement word search', path: `/statements?q=${encodeURIComponent(picks.statementWord)}`, paged: true },
    { name: 'event by id', path: `/events/${picks.eventId}`, paged: false },
  ];
}

interface Measured {
  /** The server's peak resident memory while this query ran. */
  peakRssMb: number | null;
  load: LoadFigures | null;
}

interface QueryResult {
  name: string;
  path: string;
  bytes: number;
  status: number;
  byCache: Record<CacheMode, Measured>;
}

interface ServerRun {
  startup: { totalMs: number; processReadyMs: number; firstAnswerMs: number };
  serverPeakRssMb: number | null;
}

interface DatabaseRun {
  events: number;
  path: string;
  /** The database file came from the cache under bench/ (nothing to do with the response cache). */
  cached: boolean;
  generationSeconds: number;
  meta: DbMeta;
  servers: Record<CacheMode, ServerRun>;
  queries: QueryResult[];
}

/** The bare-fastify baseline, measured once per body size into `figures`. */
interface Baseline {
  url: string;
  figures: Map<number, LoadFigures>;
}

const loadLine = (label: string, f: LoadFigures) =>
  `  ${label.padEnd(42)} ${fmt(f.requestsPerSecond, 0).padStart(7)} req/s  p50 ${fmt(f.p50Ms, 1)} ms  p99 ${fmt(f.p99Ms, 1)} ms`;

async function runQueries(db: CachedDatabase, options: Options, log: (s: string) => void, baseline?: Baseline): Promise<DatabaseRun> {
  const queries = querySet(db.meta.picks);
  const servers = new Map<CacheMode, Server>();
  const runs = {} as Record<CacheMode, ServerRun>;
  const results: QueryResult[] = [];
  try {
    // Start-up: from spawning the process to the first complete answer of the first query.
    // One server at a time, so neither start competes with the other for the CPU.
    for (const mode of CACHE_MODES) {
      const t0 = performance.now();
      const server = await startProductionServer(db.path, mode);
      servers.set(mode, server);
      const tReady = performance.now();
      const first = await fetchOnce(server.url + (queries[0]?.path ?? '/health'));
      const totalMs = performance.now() - t0;
      if (first.status !== 200) throw new Error(`first answer (${mode}) was ${first.status}`);
      runs[mode] = { startup: { totalMs, processReadyMs: server.readyMs, firstAnswerMs: totalMs - (tReady - t0) }, serverPeakRssMb: peakRssMb(server.pid) };
    }
    const serverOf = (mode: CacheMode) => servers.get(mode) as Server;
    for (let i = 0; i < queries.length; i++) {
      const q = queries[i] as QuerySpec;
      // Each server answers once first: both must answer 200, and the cached one keeps the answer for the load below.
      const answer = await fetchOnce(serverOf('cached').url + q.path);
      const uncachedStatus = (await fetchOnce(serverOf('uncached').url + q.path)).status;
      const unmeasured = (): Measured => ({ peakRssMb: null, load: null });
      const result: QueryResult = { name: q.name, path: q.path, bytes: answer.bytes, status: answer.status, byCache: { cached: unmeasured(), uncached: unmeasured() } };
      results.push(result);
      if (answer.status !== 200 || uncachedStatus !== 200) {
        log(`  ${q.name}: HTTP ${answer.status} cached, ${uncachedStatus} uncached, not measured`);
        continue;
      }
      for (const mode of CACHE_MODES) {
        const server = serverOf(mode);
        resetPeak(server.pid);
        const figures = await load(server.url + q.path, options);
        const peak = peakRssMb(server.pid);
        result.byCache[mode] = { peakRssMb: peak, load: figures };
        runs[mode].serverPeakRssMb = Math.max(runs[mode].serverPeakRssMb ?? 0, peak ?? 0);
        log(loadLine(`${q.name}, ${mode}`, figures));
      }
      // The baseline runs right after the queries it is compared with: on a shared or throttled
      // machine, figures taken minutes apart differ more than the servers do.
      const bucket = sizeBucket(answer.bytes);
      if (baseline && !baseline.figures.has(bucket)) {
        const figures = await load(`${baseline.url}/json/${bucket}`, options);
        baseline.figures.set(bucket, figures);
        log(loadLine(`baseline, ${bucket} B body`, figures));
      }
      // The second page comes from this database's own first page, so it is added here.
      if (q.paged && answer.nextCursor) {
        const sep = q.path.includes('?') ? '&' : '?';
        queries.splice(i + 1, 0, { name: `${q.name}, page 2`, path: `${q.path}${sep}cursor=${answer.nextCursor}`, paged: false });
      }
    }
  } finally {
    for (const server of servers.values()) await stopServer(server);
  }
  return {
    events: db.meta.sizes.events,
    path: db.path,
    cached: db.cached,
    generationSeconds: db.meta.generationSeconds,
    meta: db.meta,
    servers: runs,
    queries: results,
  };
}

/** Bodies within a percent or so cost the baseline the same, so sizes are rounded to two significant digits and measured once. */
const sizeBucket = (bytes: number) => {
  const magnitude = Math.pow(10, Math.max(0, Math.floor(Math.log10(Math.max(1, bytes))) - 1));
  return Math.round(bytes / magnitude) * magnitude;
};

async function runIngest(articles: number): Promise<IngestFigures> {
  const child = spawnScript('ingest.ts', [String(articles)], {});
  const figures = await firstMessage<IngestFigures>(child, 'ingest');
  await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  return figures;
}

// ---- report ----

const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));

interface Target {
  what: string;
  target: string;
  /** Which server the verdict is on; null for ingest, which has no server. */
  judgedOn: CacheMode | null;
  value: string;
  ok: boolean;
  /** The same figure for the other server: printed beside the verdict, not judged. */
  otherValue?: string;
}

/** A query's figures for one server, with its ratio to the baseline and its p50 growth from the small database. */
interface QueryView extends Measured {
  ratioToBaseline: number | null;
  small: (Omit<QueryResult, 'byCache'> & Measured) | null;
  p50Growth: number | null;
}

function view(q: QueryResult, mode: CacheMode, base: LoadFigures | null, smallQ: QueryResult | null): QueryView {
  const m = q.byCache[mode];
  const s = smallQ?.byCache[mode];
  return {
    ...m,
    ratioToBaseline: m.load && base ? m.load.requestsPerSecond / base.requestsPerSecond : null,
    small: smallQ ? flat(smallQ, mode) : null,
    p50Growth: m.load && s?.load ? m.load.p50Ms / s.load.p50Ms : null,
  };
}

/** A query's result with one server's figures, in the shape results.json always had. */
function flat({ byCache, ...q }: QueryResult, mode: CacheMode): Omit<QueryResult, 'byCache'> & Measured {
  return { ...q, ...byCache[mode] };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const started = new Date();
  log(`bench: ${options.quick ? 'quick' : 'full'} run, ${options.connections} connections, ${options.durationSeconds} s per query, ${cpus().length} CPUs`);

  buildServer();
  const large = ensureDatabase(sizesFor(options.events), log, options.cacheDir);
  // The same cast of actors at both sizes: p50 growth measures more events, not a larger actor
  // table (with actors in proportion, a name search's answer was ten times larger on the large one).
  const small = ensureDatabase(sizesFor(options.smallEvents, large.meta.sizes.actors), log, options.cacheDir);

  log(`\nlarge database (${options.events.toLocaleString('en')} events)`);
  // The baseline server idles beside the app (no load, no CPU) and is loaded between queries.
  const baselineServer = await startBaseline();
  const baseline = new Map<number, LoadFigures>();
  let largeRun: DatabaseRun;
  try {
    largeRun = await runQueries(large, options, log, { url: baselineServer.url, figures: baseline });
  } finally {
    await stopServer(baselineServer);
  }
  log(`\nsmall database (${options.smallEvents.toLocaleString('en')} events)`);
  const smallRun = await runQueries(small, options, log);

  log('\ningest');
  const ingest: IngestFigures[] = [];
  for (const n of options.ingestSizes) {
    const figures = await runIngest(n);
    ingest.push(figures);
    log(`  ${n} articles: ${fmt(figures.articlesPerSecond, 0)} articles/s, peak ${fmt(figures.peakRssMb, 0)} MB, ${figures.failed} failed`);
  }

  // One row per query: large-database figures for each server, the baseline of its size, and the small database's p50.
  const rows = largeRun.queries.map((q) => {
    const base = baseline.get(sizeBucket(q.bytes)) ?? null;
    const smallQ = smallRun.queries.find((s) => s.name === q.name) ?? null;
    return { q, base, cached: view(q, 'cached', base, smallQ), uncached: view(q, 'uncached', base, smallQ) };
  });

  const header = ['query', 'server', 'bytes', 'req/s', 'base req/s', 'ratio', 'p50 ms', 'p99 ms', 'peak MB', 'small p50', 'p50 growth'];
  const table = rows.flatMap((r) =>
    CACHE_MODES.map((mode, i) => {
      const v = r[mode];
      return [
        (i === 0 ? r.q.name : '') + (v.load && (v.load.non2xx > 0 || v.load.errors > 0) ? ` (!${v.load.non2xx} non-2xx, ${v.load.errors} errors)` : ''),
        mode,
        String(r.q.bytes),
        fmt(v.load?.requestsPerSecond, 0),
        fmt(r.base?.requestsPerSecond, 0),
        fmt(v.ratioToBaseline, 2),
        fmt(v.load?.p50Ms, 1),
        fmt(v.load?.p99Ms, 1),
        fmt(v.peakRssMb, 0),
        fmt(v.small?.load?.p50Ms, 1),
        fmt(v.p50Growth, 2),
      ];
    }),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i <= 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  log(`\n${options.events.toLocaleString('en')} events vs ${options.smallEvents.toLocaleString('en')} (small p50), ${options.connections} connections, ${options.durationSeconds} s each`);
  log('cached: as deployed, repeated URLs answered from the response cache; uncached: RESPONSE_CACHE_MB=0, every answer computed');
  log(line(header));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) log(line(row));

  const worst = <T>(items: T[], value: (t: T) => number | null, pickMax: boolean) =>
    items.reduce<{ item: T; v: number } | null>((acc, item) => {
      const v = value(item);
      if (v === null || Number.isNaN(v)) return acc;
      return acc === null || (pickMax ? v > acc.v : v < acc.v) ? { item, v } : acc;
    }, null);
  /** The per-query targets for one server: the worst figure, and whether every measured query meets it. */
  const perQuery = (mode: CacheMode) => {
    const measured = rows.filter((r) => r[mode].load).map((r) => ({ name: r.q.name, ...r[mode] }));
    const text = (w: { item: { name: string }; v: number } | null, digits: number, unit = '') => `${fmt(w?.v, digits)}${unit} (${w?.item.name ?? '–'})`;
    return {
      ratio: text(worst(measured, (r) => r.ratioToBaseline, false), 2),
      ratioOk: measured.every((r) => (r.ratioToBaseline ?? 0) >= TARGETS.minRatioToBaseline),
      p99: text(worst(measured, (r) => r.load?.p99Ms ?? null, true), 1, ' ms'),
      p99Ok: measured.every((r) => (r.load?.p99Ms ?? Infinity) <= TARGETS.maxP99Ms),
      growth: text(worst(measured, (r) => r.p50Growth, true), 2, '×'),
      growthOk: measured.every((r) => r.p50Growth === null || r.p50Growth <= TARGETS.maxP50Growth),
    };
  };
  const cached = perQuery('cached');
  const uncached = perQuery('uncached');
  const startupText = (s: ServerRun['startup']) =>
    `${fmt(s.totalMs, 0)} ms (process ready ${fmt(s.processReadyMs, 0)} ms + first answer ${fmt(s.firstAnswerMs, 0)} ms)`;
  const largeServers = largeRun.servers;
  const firstIngest = ingest[0];
  const lastIngest = ingest[ingest.length - 1];
  const ingestGrowth = firstIngest && lastIngest ? lastIngest.peakRssMb / firstIngest.peakRssMb : null;
  const targets: Target[] = [
    {
      what: 'req/s vs baseline (worst query)',
      target: `≥ ${TARGETS.minRatioToBaseline}`,
      judgedOn: 'cached',
      value: cached.ratio,
      ok: cached.ratioOk,
      otherValue: uncached.ratio,
    },
    {
      what: 'p99 latency (worst query)',
      target: `≤ ${TARGETS.maxP99Ms} ms`,
      judgedOn: 'cached',
      value: cached.p99,
      ok: cached.p99Ok,
      otherValue: uncached.p99,
    },
    {
      what: `p50 growth ${options.smallEvents.toLocaleString('en')} → ${options.events.toLocaleString('en')} events (worst)`,
      target: `≤ ${TARGETS.maxP50Growth}×`,
      judgedOn: 'uncached',
      value: uncached.growth,
      ok: uncached.growthOk,
      otherValue: cached.growth,
    },
    {
      what: 'server peak memory (large database)',
      target: `≤ ${TARGETS.maxServerRssMb} MB`,
      judgedOn: 'cached',
      value: `${fmt(largeServers.cached.serverPeakRssMb, 0)} MB`,
      ok: (largeServers.cached.serverPeakRssMb ?? Infinity) <= TARGETS.maxServerRssMb,
      otherValue: `${fmt(largeServers.uncached.serverPeakRssMb, 0)} MB`,
    },
    {
      what: 'start-up to first answer (large database)',
      target: `≤ ${TARGETS.maxStartupMs} ms`,
      judgedOn: 'cached',
      value: startupText(largeServers.cached.startup),
      ok: largeServers.cached.startup.totalMs <= TARGETS.maxStartupMs,
      otherValue: startupText(largeServers.uncached.startup),
    },
    {
      what: `ingest speed (${lastIngest?.articles ?? 0} articles)`,
      target: `≥ ${TARGETS.minIngestArticlesPerSecond} articles/s`,
      judgedOn: null,
      value: `${fmt(lastIngest?.articlesPerSecond, 0)} articles/s`,
      ok: (lastIngest?.articlesPerSecond ?? 0) >= TARGETS.minIngestArticlesPerSecond && (lastIngest?.failed ?? 1) < (lastIngest?.articles ?? 0),
    },
    {
      what: 'ingest memory flat',
      target: `peak at ${lastIngest?.articles ?? 0} ≤ ${TARGETS.maxIngestRssGrowth}× peak at ${firstIngest?.articles ?? 0}`,
      judgedOn: null,
      value: ingest.map((f) => `${f.articles}: ${fmt(f.peakRssMb, 0)} MB`).join(', '),
      ok: ingestGrowth !== null && ingestGrowth <= TARGETS.maxIngestRssGrowth,
    },
  ];
  log('\ntargets (judged on the server as deployed, except p50 growth: a cache hit costs the same on any database)');
  for (const t of targets) {
    log(`  ${t.ok ? 'ok  ' : 'MISS'}  ${t.what}${t.judgedOn ? `, ${t.judgedOn}` : ''}: ${t.value}  (target ${t.target})`);
    const other = t.judgedOn === 'cached' ? 'uncached' : 'cached';
    if (t.otherValue !== undefined) log(`        ${other}, not judged: ${t.otherValue}`);
  }
  const gen = (r: DatabaseRun) => `${fmt(r.generationSeconds, 1)} s${r.cached ? ' (cached file)' : ''}`;
  log(`\ngeneration: ${options.events.toLocaleString('en')} events ${gen(largeRun)}; ${options.smallEvents.toLocaleString('en')} events ${gen(smallRun)}`);
  log(`start-up on the small database: ${fmt(smallRun.servers.cached.startup.totalMs, 0)} ms cached, ${fmt(smallRun.servers.uncached.startup.totalMs, 0)} ms uncached`);

  // The deployed (cached) figures keep the keys results.json always had; the uncached ones sit beside them under `uncached`.
  const databaseJson = ({ servers, ...run }: DatabaseRun) => ({ ...run, queries: undefined, ...servers.cached, uncached: servers.uncached });
  const results = {
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    mode: options.quick ? 'quick' : 'full',
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, node: process.version, platform: process.platform },
    settings: { connections: options.connections, durationSeconds: options.durationSeconds, events: options.events, smallEvents: options.smallEvents, ingestSizes: options.ingestSizes },
    targets: TARGETS,
    verdicts: targets,
    databases: { large: databaseJson(largeRun), small: databaseJson(smallRun) },
    queries: rows.map((r) => ({ name: r.q.name, path: r.q.path, bytes: r.q.bytes, status: r.q.status, ...r.cached, baseline: r.base, uncached: r.uncached })),
    smallQueries: smallRun.queries.map((q) => ({ ...flat(q, 'cached'), uncached: q.byCache.uncached })),
    baseline: Object.fromEntries(baseline),
    ingest,
  };
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  log(`\nwrote ${options.out}`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
