// A server for the benchmark, run as a child process so its memory is measured
// on its own (from /proc/PID/status) and it has a core to itself while the
// load generator uses the other.
//
//   BENCH_SERVER=app DB_PATH=...   the real app (buildApp) over the database, as server.ts builds it
//                                  but with rate limiting and logging off
//   BENCH_SERVER=baseline          a bare fastify route answering a precomputed JSON body of the
//                                  size asked for: GET /json/<bytes>
//
// Listens on 127.0.0.1 on a free port and reports { port, readyMs } over IPC;
// readyMs is the time since this process started (performance.now() counts from there).
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { closeDatabase, openDatabase, type Db } from '../../src/db/client.js';
import { createIngester } from '../../src/ingest/job.js';

export interface ServerReady {
  port: number;
  readyMs: number;
}

/** A JSON document of exactly `bytes` bytes, shaped like a list answer. */
function jsonOfSize(bytes: number): string {
  const frame = '{"data":[{"padding":""}],"next_cursor":null}';
  return frame.replace('""', `"${'x'.repeat(Math.max(0, bytes - frame.length))}"`);
}

async function baseline(): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  // Bodies are built once per size and then served as they are: the baseline costs HTTP and bytes only.
  const bodies = new Map<number, string>();
  app.get<{ Params: { bytes: string } }>('/json/:bytes', async (request, reply) => {
    const bytes = Number(request.params.bytes);
    let body = bodies.get(bytes);
    if (body === undefined) bodies.set(bytes, (body = jsonOfSize(bytes)));
    return reply.type('application/json; charset=utf-8').send(body);
  });
  return app;
}

async function main(): Promise<void> {
  const mode = process.env.BENCH_SERVER;
  let db: Db | undefined;
  let app: FastifyInstance;
  if (mode === 'app') {
    const path = process.env.DB_PATH;
    if (!path) throw new Error('DB_PATH is required for BENCH_SERVER=app');
    db = openDatabase(path);
    app = await buildApp({ db, ingester: createIngester(db), rateLimitMax: 0, logger: false });
  } else if (mode === 'baseline') {
    app = await baseline();
  } else {
    throw new Error(`BENCH_SERVER must be app or baseline, not ${String(mode)}`);
  }
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  process.send?.({ port, readyMs: performance.now() } satisfies ServerReady);

  const stop = async () => {
    await app.close();
    if (db) closeDatabase(db);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  // The parent going away (a crash or Ctrl-C) must not leave this server running.
  process.on('disconnect', () => void stop());
}

main().catch((err: unknown) => {
  process.stderr.write(`bench server failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
