// `npm run soak` against the real server: 100 connections for 120 s, long enough for each half
// to hold a major collection (under this load the heap grows for up to a minute between them).
// No errors, timeouts or non-2xx answers, and the memory floor of the second half within 10%
// of the first's.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';

interface SoakResult {
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  memory: { change: number };
  failures: string[];
}

describe('npm run soak', () => {
  it('serves 100 connections for 120 s without an error, a timeout or memory growth', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts/soak.ts'), '--duration', '120', '--connections', '100', '--articles', '2000', '--json'], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    const result = JSON.parse(stdout) as SoakResult;
    expect(result.failures, stderr).toEqual([]);
    expect(code).toBe(0);
    expect(result.requests).toBeGreaterThan(1000);
    expect(result).toMatchObject({ errors: 0, timeouts: 0, non2xx: 0 });
    expect(result.memory.change).toBeLessThanOrEqual(0.1);
  }, 240_000);
});
