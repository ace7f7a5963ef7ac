// Checks that a database file came through a crash or a fault unharmed.
import Database from 'better-sqlite3';
import { expect } from 'vitest';

const TABLES = ['articles', 'actors', 'actor_aliases', 'article_actors', 'events', 'event_participants', 'event_countries', 'statements', 'allegations'];

export interface Snapshot {
  counts: Record<string, number>;
  /** Article id → its records' ids and actor count, as one string. */
  perArticle: Map<string, string>;
}

/** Row counts of the main tables, and for each article a fingerprint of its records. */
export function snapshot(path: string): Snapshot {
  const db = new Database(path, { readonly: true });
  try {
    const counts = Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
    const rows = db
      .prepare(
        `SELECT a.id AS id,
                (SELECT group_concat(id) FROM (SELECT id FROM events WHERE article_id = a.id ORDER BY id)) AS ev,
                (SELECT group_concat(id) FROM (SELECT id FROM statements WHERE article_id = a.id ORDER BY id)) AS st,
                (SELECT group_concat(id) FROM (SELECT id FROM allegations WHERE article_id = a.id ORDER BY id)) AS al,
                (SELECT count(*) FROM article_actors WHERE article_id = a.id) AS ac
           FROM articles a`,
      )
      .all() as { id: string; ev: string | null; st: string | null; al: string | null; ac: number }[];
    const perArticle = new Map(rows.map((r) => [r.id, `${r.ev}|${r.st}|${r.al}|${r.ac}`]));
    return { counts, perArticle };
  } finally {
    db.close();
  }
}

/** What must hold after any fault: a sound file, and every stored article exactly as an uninterrupted run stores it. */
export function expectUnharmed(path: string, ref: Snapshot): Snapshot {
  const db = new Database(path, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const orphans = db
      .prepare(
        `SELECT (SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles))
              + (SELECT count(*) FROM statements WHERE article_id NOT IN (SELECT id FROM articles))
              + (SELECT count(*) FROM allegations WHERE article_id NOT IN (SELECT id FROM articles)) AS n`,
      )
      .get() as { n: number };
    expect(orphans.n, 'records without their article').toBe(0);
  } finally {
    db.close();
  }
  const now = snapshot(path);
  for (const [id, fingerprint] of now.perArticle) expect(fingerprint, `article ${id} has all its records`).toBe(ref.perArticle.get(id));
  return now;
}
