import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths.js';
import { createTestDb, storeFixtures, type TestDb } from './helpers/fixtures.js';

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
  storeFixtures(t.db);
});
afterEach(() => t.cleanup());

const dump = (db: Database.Database) =>
  ['articles', 'actors', 'events', 'statements', 'allegations'].map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all());

describe('npm run backup', () => {
  it('copies the live database consistently while it is open for writing', () => {
    const target = join(t.path, '..', 'copy.sqlite');
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts/backup.ts'), target], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DB_PATH: t.path },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(dump(copy)).toEqual(dump(t.db.$client));
    copy.close();
  });

  it('exits 2 without a target', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts/backup.ts')], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
  });
});
