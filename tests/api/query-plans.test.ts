// Every filter combination the API offers must be answered from an index:
// a full scan of a large table would make queries slow at millions of rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/client.js';
import { createRepositories, type Repositories } from '../../src/db/repositories/index.js';
import { storeFixtures } from '../helpers/fixtures.js';

const LARGE_TABLES = ['events', 'statements', 'allegations', 'articles', 'event_participants', 'event_countries', 'allegation_parties', 'allegation_denials'];

let dir: string;
let db: Db;
let repos: Repositories;
const queries: { sql: string; params: unknown[] }[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'communique-plans-'));
  db = openDatabase(join(dir, 'plans.sqlite'), { logger: { logQuery: (sql, params) => queries.push({ sql, params }) } });
  storeFixtures(db);
  // No ANALYZE: with statistics from a few fixture rows the planner would rightly scan;
  // without them it plans as for large tables, which is what this test is about.
  repos = createRepositories(db);
  queries.length = 0; // only the API's reads, not migrations or fixture writes
});
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every subset of the given filters. */
function subsets<T extends Record<string, string>>(filters: T): Partial<T>[] {
  const keys = Object.keys(filters) as (keyof T)[];
  const out: Partial<T>[] = [];
  for (let mask = 0; mask < 1 << keys.length; mask++) {
    const f: Partial<T> = {};
    keys.forEach((k, i) => {
      if (mask & (1 << i)) f[k] = filters[k];
    });
    out.push(f);
  }
  return out;
}

function fullScans(): string[] {
  const bad: string[] = [];
  for (const q of queries) {
    const plan = db.$client.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.params as unknown[])) as { detail: string }[];
    for (const step of plan) {
      const scan = /^SCAN (\w+)(?! USING (?:COVERING )?INDEX)/.exec(step.detail);
      if (scan && LARGE_TABLES.includes(scan[1] ?? '') && !/USING (COVERING )?INDEX/.test(step.detail)) bad.push(`${step.detail}  <=  ${q.sql}`);
    }
  }
  queries.length = 0;
  return bad;
}

const after = { sort: '2025-04-04', id: 'ev_x' };

describe('query plans use indexes', () => {
  it('for every combination of event filters, with and without a cursor', () => {
    const filters = { type: 'consult', actor: 'ac_x', country: 'FRA', status: 'occurred', articleId: 'ar_x', from: '2025-01', to: '2025-06' };
    for (const f of subsets(filters)) {
      repos.events.list(f, { limit: 10 });
      repos.events.list(f, { limit: 10, after });
    }
    expect(fullScans()).toEqual([]);
  });

  it('for every combination of statement filters', () => {
    for (const f of subsets({ speaker: 'ac_x', q: 'ceasefire', articleId: 'ar_x', from: '2025', to: '2025-12-31' })) {
      repos.statements.list(f, { limit: 10 });
      repos.statements.list(f, { limit: 10, after });
    }
    expect(fullScans()).toEqual([]);
  });

  it('for every combination of allegation, actor and article filters', () => {
    for (const f of subsets({ accuser: 'ac_x', accused: 'ac_y', status: 'denied', articleId: 'ar_x' })) repos.allegations.list(f, { limit: 10, after });
    for (const f of subsets({ kind: 'person', country: 'RUS', q: 'lav', articleId: 'ar_x' })) repos.actors.list(f, { limit: 10, after });
    for (const f of subsets({ from: '2025', to: '2025', source: 'x.txt' })) repos.articles.list(f, { limit: 10, after });
    for (const id of ['ev_x']) {
      repos.events.get(id);
      repos.statements.get(id);
      repos.allegations.get(id);
      repos.articles.get(id);
    }
    expect(fullScans()).toEqual([]);
  });
});
