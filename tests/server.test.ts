// The entry point as a user runs it: `npm start` on an empty database seeds the
// example articles, serves them, and stops cleanly on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths.js';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });

let dir: string;
let child: ChildProcess;
let base: string;
let output = '';

async function waitForHealth(url: string, tries = 150): Promise<void> {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not start:\n${output}`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'communique-server-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src/server.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DB_PATH: join(dir, 'db.sqlite'), LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  await waitForHealth(base);
}, 60_000);

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('loads the example articles into an empty database', async () => {
    const articles = await (await fetch(`${base}/articles?limit=100`)).json();
    expect(articles.data.length).toBeGreaterThanOrEqual(10);
    const events = await (await fetch(`${base}/events`)).json();
    expect(events.data.length).toBeGreaterThan(0);
  });

  it('refuses a bad configuration with a message naming the variable', async () => {
    const bad = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src/server.ts')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, PORT: 'not-a-port', DB_PATH: join(dir, 'other.sqlite') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    bad.stderr?.on('data', (d) => (err += d));
    const code = await new Promise<number | null>((resolve) => bad.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toMatch(/PORT/);
  });

  it('stops on SIGTERM with exit code 0', async () => {
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
