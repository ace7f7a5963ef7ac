import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';

/** Articles written for these tests. */
export const ARTICLE_A = `date 2025-06-02

Ministers meet in Rome

ROME - Italian Foreign Minister Antonio Tajani hosted Indian External Affairs Minister S. Jaishankar in Rome on Monday for talks on trade and shipping routes.
"Our partnership is growing stronger every year," Tajani told reporters after the meeting.
`;

export const ARTICLE_B = `date 2025-07-15

Canada protests over detained citizen

Canada on Tuesday accused Iran of detaining a Canadian citizen without charge. Iran's foreign ministry rejected the accusation.
`;

export interface Workdir {
  dir: string;
  db: string;
  write: (name: string, content: string | Buffer) => string;
  cleanup: () => void;
}

export function workdir(): Workdir {
  const dir = mkdtempSync(join(tmpdir(), 'communique-ingest-'));
  return {
    dir,
    db: join(dir, 'test.sqlite'),
    write: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real ingest command, as `npm run ingest` does. */
export function runIngest(args: string[], input?: string): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src/ingest/cli.ts'), ...args], {
    cwd: PROJECT_ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, DB_PATH: '' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
