// The benchmark's baseline, run as a child process so it has a core to itself
// while the load generator uses the other: a bare fastify route answering a
// precomputed JSON body of the size asked for, GET /json/<bytes>. (The app
// itself is measured as deployed: dist/src/server.js, started by run.ts.)
//
// Listens on 127.0.0.1 on a free port and reports { port, readyMs } over IPC;
// readyMs is the time since this process started (performance.now() counts from there).
import Fastify, { type FastifyInstance } from 'fastify';

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
  const app = await baseline();
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  process.send?.({ port, readyMs: performance.now() } satisfies ServerReady);

  const stop = async () => {
    await app.close();
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
