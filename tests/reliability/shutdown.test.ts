// SIGTERM under load: long exports and a stream of short requests are running
// when the server gets SIGTERM. Requests in flight complete in full; requests
// that come after are refused cleanly (connection refused, or a problem 503
// on a connection that was already open); the process exits 0 within 10 s.
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDatabase } from '../../scripts/reliability/corpus.js';
import { startServer, type ServerChild } from '../../scripts/reliability/server.js';
import { workdir, type Workdir } from '../ingest/helpers.js';

const ARTICLES = 1500;
const EXPORTS = 12;
const SHORT_LOOPS = 6;

let w: Workdir;
let dbPath: string;
let server: ServerChild | undefined;

beforeAll(() => {
  w = workdir();
  dbPath = join(w.dir, 'shutdown.sqlite');
  fillDatabase(dbPath, ARTICLES);
});
afterAll(async () => {
  await server?.stop();
  w.cleanup();
});

interface Outcome {
  sentAt: number;
  /** When the response headers arrived. */
  headersAt?: number;
  /** When the response ended (or failed). */
  endAt?: number;
  status?: number;
  contentType?: string;
  body?: string;
  error?: string;
}

/**
 * One request on a fresh connection (no keep-alive pool), with timings. With
 * stallMs the client stops reading for that long once the response starts, as
 * a slow client does: the response stays in flight, held back by TCP.
 */
function send(base: string, path: string, onHeaders?: () => void, stallMs = 0): Promise<Outcome> {
  const outcome: Outcome = { sentAt: Date.now() };
  return new Promise((resolve) => {
    const req = httpRequest(`${base}${path}`, { agent: false }, (res) => {
      outcome.headersAt = Date.now();
      outcome.status = res.statusCode;
      outcome.contentType = String(res.headers['content-type'] ?? '');
      onHeaders?.();
      if (stallMs > 0) {
        res.pause();
        setTimeout(() => res.resume(), stallMs);
      }
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        outcome.endAt = Date.now();
        outcome.body = Buffer.concat(chunks).toString('utf8');
        resolve(outcome);
      });
      res.on('error', (err) => {
        outcome.error = err.message;
        resolve(outcome);
      });
      res.on('aborted', () => {
        outcome.error = 'aborted';
      });
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      outcome.error = err.code ?? err.message;
      resolve(outcome);
    });
    req.setTimeout(15_000, () => req.destroy(new Error('timeout')));
    req.end();
  });
}

describe('SIGTERM under load', () => {
  it('finishes requests in flight, refuses new ones cleanly and exits 0 within 10 s', async () => {
    // Started here, not in beforeAll: the signal ends this server, so a retry needs a server of its own.
    server = await startServer({ dbPath });
    const { base } = server;
    const total = ((await (await fetch(`${base}/events?limit=1`)).json()) as { data: unknown[] }).data.length;
    expect(total).toBe(1);
    const expectedEvents = ARTICLES * 3;

    // Short requests, one after another on fresh connections, before and after the signal.
    let stop = false;
    const short: Outcome[] = [];
    const loops = Array.from({ length: SHORT_LOOPS }, async (_, n) => {
      const paths = ['/events?limit=20', '/actors', '/health', '/statements?q=trade', '/allegations?status=denied', '/articles?limit=10'];
      for (let i = 0; !stop; i++) short.push(await send(base, paths[(i + n) % paths.length] ?? '/health'));
    });

    await new Promise((r) => setTimeout(r, 1000));

    // Long exports to slow clients: every event as NDJSON, megabytes each, read only 2 s after they start.
    let streaming = 0;
    let allStreaming: () => void = () => {};
    const started = new Promise<void>((resolve) => (allStreaming = resolve));
    const exports = Array.from({ length: EXPORTS }, () =>
      send(
        base,
        '/events?format=ndjson',
        () => {
          if (++streaming === EXPORTS) allStreaming();
        },
        2_000,
      ),
    );

    await started;
    await new Promise((r) => setTimeout(r, 200));
    const signalAt = Date.now();
    server.child.kill('SIGTERM');
    const { code } = await server.exited;
    const exitMs = Date.now() - signalAt;
    // Keep knocking for a moment after the exit: nothing may hang.
    await new Promise((r) => setTimeout(r, 200));
    stop = true;
    await Promise.all(loops);
    const exported = await Promise.all(exports);

    expect(code, server.output()).toBe(0);
    expect(exitMs).toBeLessThan(10_000);

    // Every export was in flight at the signal (streaming, not finished): each completes with every event.
    expect(exported.filter((e) => (e.endAt ?? 0) > signalAt).length).toBeGreaterThanOrEqual(EXPORTS / 2);
    for (const e of exported) {
      expect(e.error, JSON.stringify({ ...e, body: e.body?.slice(0, 100) })).toBeUndefined();
      expect(e.status).toBe(200);
      const lines = (e.body ?? '').split('\n').filter(Boolean);
      expect(lines.length).toBe(expectedEvents);
      expect(() => JSON.parse(lines.at(-1) ?? '')).not.toThrow();
    }

    // Short requests answered before the signal: complete and 200.
    const answered = short.filter((o) => o.headersAt !== undefined && o.headersAt < signalAt);
    expect(answered.length).toBeGreaterThan(SHORT_LOOPS);
    for (const o of answered) expect(o.status, JSON.stringify(o).slice(0, 300)).toBe(200);

    // Sent before the signal but not yet answered: completed (200) or refused with a problem 503; never lost.
    // One exception: a connection made in the last moments before the signal may still wait in the kernel's
    // accept queue, which is reset when the listener closes. The client sees a reset before any byte, the same
    // as a refusal; no server can accept it, so only a reset of a request sent well before the signal fails.
    // (With a dozen exports streaming on two cores, a connection may wait in that queue for several hundred
    // milliseconds: one sent 444 ms before the signal was reset there in a CI run.)
    const ACCEPT_QUEUE_MS = 1000;
    for (const o of short.filter((x) => x.sentAt < signalAt && !answered.includes(x))) {
      const served = o.error === undefined && (o.status === 200 || (o.status === 503 && /problem\+json/.test(o.contentType ?? '')));
      const queued = o.error === 'ECONNRESET' && o.headersAt === undefined && signalAt - o.sentAt < ACCEPT_QUEUE_MS;
      expect(served || queued, JSON.stringify({ ...o, beforeSignalMs: signalAt - o.sentAt }).slice(0, 300)).toBe(true);
    }

    // Sent after the signal: refused cleanly. Connection refused; a problem 503; or, for a connection
    // that raced the listener's close, a reset before any byte of response. Never a half answer or a hang.
    const after = short.filter((o) => o.sentAt > signalAt);
    expect(after.length).toBeGreaterThan(0);
    for (const o of after) {
      const refused = o.error === 'ECONNREFUSED' || (o.error === 'ECONNRESET' && o.headersAt === undefined);
      const problem = o.error === undefined && o.status === 503 && /problem\+json/.test(o.contentType ?? '');
      const served = o.error === undefined && o.status === 200;
      expect(refused || problem || served, JSON.stringify(o).slice(0, 300)).toBe(true);
    }
    expect(after.filter((o) => o.error === 'ECONNREFUSED').length).toBeGreaterThan(0);
  });
});
