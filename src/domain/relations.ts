import type { ActorBrief } from '../db/repositories/actors.js';
import type { RelationRow } from '../db/repositories/events.js';
import { cameoFor } from './plover.js';

export interface Relation {
  counterpart: ActorBrief;
  events: number;
  by_type: Record<string, number>;
  first_date: string;
  last_date: string;
  /** Mean Goldstein score of the shared events. */
  balance: number;
}

/** Folds (counterpart, type) counts into one summary per counterpart, most events first. */
export function summariseRelations(rows: RelationRow[], briefs: Map<string, ActorBrief>, limit: number): Relation[] {
  const byCounterpart = new Map<string, { rows: RelationRow[]; total: number }>();
  for (const row of rows) {
    const entry = byCounterpart.get(row.counterpartId) ?? { rows: [], total: 0 };
    entry.rows.push(row);
    entry.total += row.n;
    byCounterpart.set(row.counterpartId, entry);
  }
  const relations: Relation[] = [];
  for (const [id, { rows: pairs, total }] of byCounterpart) {
    const counterpart = briefs.get(id);
    if (!counterpart) continue;
    const weighted = pairs.reduce((sum, p) => sum + (cameoFor(p.type)?.goldstein ?? 0) * p.n, 0);
    relations.push({
      counterpart,
      events: total,
      by_type: Object.fromEntries(pairs.map((p) => [p.type, p.n])),
      first_date: pairs.reduce((min, p) => (p.firstDate < min ? p.firstDate : min), pairs[0]?.firstDate ?? ''),
      last_date: pairs.reduce((max, p) => (p.lastDate > max ? p.lastDate : max), pairs[0]?.lastDate ?? ''),
      balance: Math.round((weighted / total) * 100) / 100,
    });
  }
  relations.sort((a, b) => b.events - a.events || a.counterpart.name.localeCompare(b.counterpart.name));
  return relations.slice(0, limit);
}
