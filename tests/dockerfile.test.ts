// No Docker engine runs in CI, so check what can be checked without one:
// every COPY source exists and the CMD runs what `npm run build` produces.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths.js';

const dockerfile = readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
const lines = dockerfile.split('\n').map((l) => l.trim());

describe('Dockerfile', () => {
  it('builds on node:20-bookworm-slim in stages and runs as a non-root user', () => {
    const froms = lines.filter((l) => l.startsWith('FROM '));
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const f of froms) expect(f).toMatch(/^FROM node:20-bookworm-slim/);
    expect(lines).toContain('USER node');
    expect(dockerfile).toMatch(/VOLUME \["\/data"\]/);
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*\/health/);
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
  });

  it('copies only sources that exist in the repository', () => {
    const copies = lines.filter((l) => l.startsWith('COPY ') && !l.includes('--from='));
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      const parts = copy.split(/\s+/).slice(1).filter((p) => !p.startsWith('--'));
      for (const source of parts.slice(0, -1)) expect(existsSync(join(PROJECT_ROOT, source)), source).toBe(true);
    }
  });

  it('runs what the build produces', () => {
    const cmd = /^CMD \[(.*)\]$/m.exec(dockerfile)?.[1];
    expect(cmd).toBeDefined();
    const args = JSON.parse(`[${cmd}]`) as string[];
    expect(args[0]).toBe('node');
    const entry = args[1] ?? '';
    // tsconfig.build.json compiles src/ with rootDir "." into dist/, so src/server.ts becomes dist/src/server.js.
    const tsconfig = JSON.parse(readFileSync(join(PROJECT_ROOT, 'tsconfig.json'), 'utf8'));
    expect(tsconfig.compilerOptions.outDir).toBe('dist');
    expect(tsconfig.compilerOptions.rootDir).toBe('.');
    expect(entry).toBe('dist/src/server.js');
    expect(existsSync(join(PROJECT_ROOT, 'src/server.ts'))).toBe(true);
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.build).toContain('tsconfig.build.json');
  });
});

describe('the Dockerfile build stage', () => {
  it('has every file `npm run build` needs: it compiles from only what the stage copies', async () => {
    const { cpSync, mkdtempSync, rmSync, symlinkSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { execFileSync } = await import('node:child_process');
    const stage = dockerfile.split(/^FROM /m)[1] ?? '';
    const dir = mkdtempSync(join(tmpdir(), 'communique-docker-build-'));
    try {
      for (const line of stage.split('\n').map((l) => l.trim())) {
        if (!line.startsWith('COPY ') || line.includes('--from=')) continue;
        const sources = line.split(/\s+/).slice(1, -1);
        for (const source of sources) cpSync(join(PROJECT_ROOT, source), join(dir, source), { recursive: true });
      }
      symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
      execFileSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: dir, stdio: 'pipe' });
      expect(existsSync(join(dir, 'dist/src/server.js'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
