// Writes one article's extraction in one transaction: all of its records or
// none. Articles are keyed by a hash of their clean text, so storing the same
// article twice changes nothing; ids are derived from content and evidence
// spans, so re-extraction keeps the ids of records that did not change.
import { createHash } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { searchKey } from '../db/search-key.js';
import {
  actorAliases,
  actors,
  allegationDenials,
  allegationParties,
  allegations,
  articleActors,
  articles,
  deletions,
  eventCountries,
  eventParticipants,
  events,
  statements,
} from '../db/schema.js';
import { fold } from '../text.js';
import type { Extraction, PartialDate } from './types.js';

export interface RecordCounts {
  actors: number;
  events: number;
  statements: number;
  allegations: number;
}

export interface StoreResult {
  status: 'stored' | 'unchanged' | 'replaced';
  articleId: string;
  counts: RecordCounts;
}

const hash = (...parts: (string | number)[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex');
const shortId = (prefix: string, ...parts: (string | number)[]) => `${prefix}_${hash(...parts).slice(0, 16)}`;

export const contentHash = (cleanText: string) => hash(cleanText);
export const articleIdFor = (cleanText: string) => `ar_${contentHash(cleanText).slice(0, 16)}`;
export const actorIdFor = (key: string) => shortId('ac', key);

/** The day a record sorts by: its own date's first day, else the article's publication date. */
function sortDate(date: PartialDate | null, publishedAt: string): string {
  if (!date) return publishedAt;
  if (date.precision === 'day') return date.value;
  return date.precision === 'month' ? `${date.value}-01` : `${date.value}-01-01`;
}

export function createArticleStore(db: Db) {
  /** The first key from searchKey(day, id) up that no other record of the table holds (ties are rare, not impossible). */
  function freeSearchKey(table: typeof statements | typeof events, day: string, id: string): number {
    let key = searchKey(day, id);
    while (db.select({ id: table.id }).from(table).where(eq(table.searchKey, key)).get()) key++;
    return key;
  }

  const now = () => new Date().toISOString();

  function findByHash(cleanText: string): string | undefined {
    return db.select({ id: articles.id }).from(articles).where(eq(articles.contentHash, contentHash(cleanText))).get()?.id;
  }

  /** Inserts actors (merging by key) and returns key → actor id. */
  function upsertActors(x: Extraction, timestamp: string): Map<string, string> {
    const ids = new Map<string, string>();
    for (const actor of x.actors) {
      const id = actorIdFor(actor.key);
      ids.set(actor.key, id);
      db.insert(actors)
        .values({ id, key: actor.key, name: actor.name, kind: actor.kind, country: actor.country, role: actor.role, createdAt: timestamp, updatedAt: timestamp })
        .onConflictDoUpdate({
          target: actors.key,
          // Keep what is known; fill in what an earlier article did not say.
          set: {
            country: sql`coalesce(${actors.country}, excluded.country)`,
            role: sql`coalesce(${actors.role}, excluded.role)`,
            updatedAt: sql`CASE WHEN ${actors.country} IS NULL AND excluded.country IS NOT NULL OR ${actors.role} IS NULL AND excluded.role IS NOT NULL THEN excluded.updated_at ELSE ${actors.updatedAt} END`,
          },
        })
        .run();
      for (const alias of new Set([actor.name, ...actor.aliases])) {
        const added = db.insert(actorAliases).values({ actorId: id, alias, folded: fold(alias) }).onConflictDoNothing().run();
        if (added.changes > 0 && alias !== actor.name) {
          db.update(actors).set({ updatedAt: timestamp }).where(eq(actors.id, id)).run();
        }
      }
    }
    return ids;
  }

  /** When each record was first stored, so re-extraction keeps `created_at` of records it writes again. */
  type FirstSeen = Map<string, string>;

  function insertRecords(articleId: string, x: Extraction, timestamp: string, firstSeen: FirstSeen = new Map()): RecordCounts {
    const actorIds = upsertActors(x, timestamp);
    const actorId = (key: string) => {
      const id = actorIds.get(key);
      if (!id) throw new Error(`record refers to actor '${key}' that the extraction does not list`);
      return id;
    };
    const countryOf = new Map(x.actors.map((a) => [a.key, a.country]));
    const stamps = (id: string) => ({ createdAt: firstSeen.get(id) ?? timestamp, updatedAt: timestamp });

    for (const key of actorIds.keys()) {
      db.insert(articleActors).values({ articleId, actorId: actorId(key) }).onConflictDoNothing().run();
    }

    let eventCount = 0;
    for (const e of x.events) {
      const participantKeys = [...new Set(e.participants.map((p) => p.actorKey))].sort();
      // Two events of one type in one sentence ("met in March and will meet again in May") differ by date or status.
      const id = shortId('ev', articleId, e.type, e.evidence.start, e.evidence.end, e.date?.value ?? '', e.status, ...participantKeys);
      const day = sortDate(e.date, x.publishedAt);
      const inserted = db
        .insert(events)
        .values({
          id,
          articleId,
          type: e.type,
          mode: e.mode,
          date: e.date?.value ?? null,
          datePrecision: e.date?.precision ?? null,
          sortDate: day,
          searchKey: freeSearchKey(events, day, id),
          status: e.status,
          locationName: e.location?.name ?? null,
          locationCountry: e.location?.country ?? null,
          evidenceSentence: e.evidence.sentence,
          evidenceStart: e.evidence.start,
          evidenceEnd: e.evidence.end,
          ...stamps(id),
        })
        .onConflictDoNothing({ target: events.id })
        .run();
      if (inserted.changes === 0) continue;
      eventCount++;
      const countries = new Set<string>();
      if (e.location?.country) countries.add(e.location.country);
      for (const p of e.participants) {
        db.insert(eventParticipants).values({ eventId: id, actorId: actorId(p.actorKey), role: p.role, sortDate: day }).onConflictDoNothing().run();
        const country = countryOf.get(p.actorKey);
        if (country) countries.add(country);
      }
      for (const country of countries) db.insert(eventCountries).values({ eventId: id, country, sortDate: day }).run();
    }

    let statementCount = 0;
    for (const s of x.statements) {
      const id = shortId('st', articleId, s.evidence.start, s.evidence.end, s.text);
      const day = sortDate(s.date, x.publishedAt);
      const inserted = db
        .insert(statements)
        .values({
          id,
          articleId,
          speakerId: s.speakerKey === null ? null : actorId(s.speakerKey),
          text: s.text,
          kind: s.kind,
          date: s.date?.value ?? null,
          datePrecision: s.date?.precision ?? null,
          sortDate: day,
          searchKey: freeSearchKey(statements, day, id),
          evidenceSentence: s.evidence.sentence,
          evidenceStart: s.evidence.start,
          evidenceEnd: s.evidence.end,
          ...stamps(id),
        })
        .onConflictDoNothing({ target: statements.id })
        .run();
      statementCount += inserted.changes;
    }

    let allegationCount = 0;
    for (const a of x.allegations) {
      const id = shortId('al', articleId, a.evidence.start, a.evidence.end, a.claim);
      const inserted = db
        .insert(allegations)
        .values({
          id,
          articleId,
          claim: a.claim,
          status: a.status,
          sortDate: x.publishedAt,
          evidenceSentence: a.evidence.sentence,
          evidenceStart: a.evidence.start,
          evidenceEnd: a.evidence.end,
          ...stamps(id),
        })
        .onConflictDoNothing()
        .run();
      if (inserted.changes === 0) continue;
      allegationCount++;
      const parties = [
        ...a.accuserKeys.map((k) => ({ key: k, side: 'accuser' as const })),
        ...a.accusedKeys.map((k) => ({ key: k, side: 'accused' as const })),
      ];
      for (const p of parties) {
        db.insert(allegationParties).values({ allegationId: id, actorId: actorId(p.key), side: p.side, sortDate: x.publishedAt }).onConflictDoNothing().run();
      }
      for (const d of a.denials) {
        db.insert(allegationDenials)
          .values({
            allegationId: id,
            actorId: actorId(d.actorKey),
            text: d.text,
            evidenceSentence: d.evidence.sentence,
            evidenceStart: d.evidence.start,
            evidenceEnd: d.evidence.end,
          })
          .onConflictDoNothing()
          .run();
      }
    }
    return { actors: actorIds.size, events: eventCount, statements: statementCount, allegations: allegationCount };
  }

  const recordTables = { events, statements, allegations } as const;

  function recordIds(articleId: string): Map<keyof typeof recordTables, FirstSeen> {
    const out = new Map<keyof typeof recordTables, FirstSeen>();
    for (const [name, table] of Object.entries(recordTables) as [keyof typeof recordTables, typeof events][]) {
      const rows = db.select({ id: table.id, createdAt: table.createdAt }).from(table).where(eq(table.articleId, articleId)).all();
      out.set(name, new Map(rows.map((r) => [r.id, r.createdAt])));
    }
    return out;
  }

  function deleteRecords(articleId: string): void {
    // Participants, parties, denials and FTS rows go with their records (cascades and triggers).
    for (const table of Object.values(recordTables)) db.delete(table).where(eq(table.articleId, articleId)).run();
    db.delete(articleActors).where(eq(articleActors.articleId, articleId)).run();
  }

  /** Tombstones for records the new extraction no longer has; a record that comes back loses its tombstone. */
  function recordDeletions(articleId: string, before: Map<keyof typeof recordTables, FirstSeen>, timestamp: string): void {
    const after = recordIds(articleId);
    for (const [resource, ids] of before) {
      const kept = after.get(resource) ?? new Map();
      for (const id of ids.keys()) {
        if (!kept.has(id)) db.insert(deletions).values({ resource, id, deletedAt: timestamp }).onConflictDoUpdate({ target: [deletions.resource, deletions.id], set: { deletedAt: timestamp } }).run();
      }
      for (const id of kept.keys()) db.delete(deletions).where(and(eq(deletions.resource, resource), eq(deletions.id, id))).run();
    }
  }

  return {
    findByHash,

    /** Stores a new article with its records; an article already stored is left as it is. */
    store(source: string, x: Extraction): StoreResult {
      return db.transaction(() => {
        const existing = findByHash(x.cleanText);
        if (existing) return { status: 'unchanged', articleId: existing, counts: { actors: 0, events: 0, statements: 0, allegations: 0 } };
        const id = articleIdFor(x.cleanText);
        const timestamp = now();
        db.insert(articles)
          .values({
            id,
            source,
            title: x.title,
            publishedAt: x.publishedAt,
            cleanText: x.cleanText,
            contentHash: contentHash(x.cleanText),
            ingestedAt: timestamp,
            createdAt: timestamp,
            updatedAt: timestamp,
          })
          .run();
        return { status: 'stored', articleId: id, counts: insertRecords(id, x, timestamp) };
      });
    },

    /** Replaces an article's records with a new extraction of the same text. */
    replace(articleId: string, x: Extraction): StoreResult {
      return db.transaction(() => {
        const timestamp = now();
        const before = recordIds(articleId);
        const firstSeen: FirstSeen = new Map([...before.values()].flatMap((m) => [...m]));
        deleteRecords(articleId);
        // A newer cleaner may trim the text further: keep text, hash and offsets in step.
        db.update(articles)
          .set({ title: x.title, publishedAt: x.publishedAt, cleanText: x.cleanText, contentHash: contentHash(x.cleanText), updatedAt: timestamp }).where(eq(articles.id, articleId)).run();
        const counts = insertRecords(articleId, x, timestamp, firstSeen);
        recordDeletions(articleId, before, timestamp);
        return { status: 'replaced', articleId, counts };
      });
    },

    /**
     * Stored articles in id order, fetched a batch at a time so re-extraction
     * neither loads them all nor holds a read cursor open while it writes.
     */
    *storedArticles(batchSize = 100) {
      let after = '';
      for (;;) {
        const batch = db
          .select({ id: articles.id, source: articles.source, title: articles.title, publishedAt: articles.publishedAt, cleanText: articles.cleanText })
          .from(articles)
          .where(gt(articles.id, after))
          .orderBy(articles.id)
          .limit(batchSize)
          .all();
        yield* batch;
        const last = batch[batch.length - 1];
        if (!last || batch.length < batchSize) return;
        after = last.id;
      }
    },
  };
}

export type ArticleStore = ReturnType<typeof createArticleStore>;
