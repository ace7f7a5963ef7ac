// The benchmark's database generator on a tiny size: it must keep working as the
// store and schema change (the benchmark itself is run by hand: npm run bench).
// Asserts on shape and counts only, never on time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureDatabase, sizesFor } from '../scripts/bench/generate.js';

const dir = mkdtempSync(join(tmpdir(), 'communique-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bench generator', () => {
  it('writes the requested records through the store and caches the file', () => {
    const first = ensureDatabase(sizesFor(2_000), () => {}, dir);
    expect(first.cached).toBe(false);
    const sizes = sizesFor(2_000);
    expect(first.meta.stored).toEqual({ articles: sizes.articles, actors: sizes.actors, events: 2_000, statements: sizes.statements, allegations: sizes.allegations });
    expect(Object.keys(first.meta.picks).sort()).toEqual(['actorQuery', 'busyActor', 'country', 'eventId', 'eventType', 'month', 'rareActor', 'statementWord']);
    // Skewed: the busiest actor has many more events than the rare one.
    expect(first.meta.picks.busyActor.events).toBeGreaterThan(first.meta.picks.rareActor.events * 5);

    const db = new Database(first.path, { readonly: true });
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('events')).toBe(2_000);
    expect(count('statements_fts')).toBe(sizes.statements);
    expect(db.prepare('SELECT 1 FROM events WHERE id = ?').get(first.meta.picks.eventId)).toBeDefined();
    db.close();

    const again = ensureDatabase(sizesFor(2_000), () => {}, dir);
    expect(again.cached).toBe(true);
    expect(again.meta).toEqual(first.meta);
  });

  it('keeps a fixed cast of actors in a file of its own', () => {
    const proportional = ensureDatabase(sizesFor(1_000), () => {}, dir);
    const fixedCast = ensureDatabase(sizesFor(1_000, 300), () => {}, dir);
    expect(fixedCast.path).not.toBe(proportional.path);
    expect(fixedCast.meta.sizes.actors).toBe(300);
    expect(proportional.meta.sizes.actors).toBe(20);
    // More actors to draw from: the same events spread over more of them.
    expect(fixedCast.meta.stored.actors).toBeGreaterThan(proportional.meta.stored.actors);
  });
});
