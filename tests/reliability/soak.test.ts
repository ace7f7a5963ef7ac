// `npm run soak`, shortened: 100 connections against the real server for 30 s.
// No errors, timeouts or non-2xx answers, and memory in the second half within
// 10% of the first (the full 60 s run is `npm run soak`).
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
  it('serves 100 connections for 30 s without an error, a timeout or memory growth', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts/soak.ts'), '--duration', '30', '--connections', '100', '--articles', '2000', '--json'], {
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
  });
});
