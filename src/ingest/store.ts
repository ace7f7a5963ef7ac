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
import type { Evidence, Extraction, PartialDate } from './types.js';

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
  // Every write of an article has a fixed shape, so each is prepared once:
  // building and preparing SQL per row was most of the cost of ingesting.
  const $ = sql.placeholder;
  const write = {
    upsertActor: db
      .insert(actors)
      .values({ id: $('id'), key: $('key'), name: $('name'), kind: $('kind'), country: $('country'), role: $('role'), createdAt: $('ts'), updatedAt: $('ts') })
      .onConflictDoUpdate({
        target: actors.key,
        // Keep what is known; fill in what an earlier article did not say.
        set: {
          country: sql`coalesce(${actors.country}, excluded.country)`,
          role: sql`coalesce(${actors.role}, excluded.role)`,
          updatedAt: sql`CASE WHEN ${actors.country} IS NULL AND excluded.country IS NOT NULL OR ${actors.role} IS NULL AND excluded.role IS NOT NULL THEN excluded.updated_at ELSE ${actors.updatedAt} END`,
        },
      })
      .prepare(),
    alias: db.insert(actorAliases).values({ actorId: $('actorId'), alias: $('alias'), folded: $('folded') }).onConflictDoNothing().prepare(),
    touchActor: db.update(actors).set({ updatedAt: sql`${$('ts')}` }).where(eq(actors.id, sql`${$('id')}`)).prepare(),
    mention: db.insert(articleActors).values({ articleId: $('articleId'), actorId: $('actorId') }).onConflictDoNothing().prepare(),
    event: db
      .insert(events)
      .values({
        id: $('id'),
        articleId: $('articleId'),
        type: $('type'),
        mode: $('mode'),
        date: $('date'),
        datePrecision: $('datePrecision'),
        sortDate: $('sortDate'),
        searchKey: $('searchKey'),
        status: $('status'),
        locationName: $('locationName'),
        locationCountry: $('locationCountry'),
        evidenceSentence: $('evidenceSentence'),
        evidenceStart: $('evidenceStart'),
        evidenceEnd: $('evidenceEnd'),
        createdAt: $('createdAt'),
        updatedAt: $('updatedAt'),
      })
      .onConflictDoNothing({ target: events.id })
      .prepare(),
    participant: db
      .insert(eventParticipants)
      .values({ eventId: $('eventId'), actorId: $('actorId'), role: $('role'), sortDate: $('sortDate') })
      .onConflictDoNothing()
      .prepare(),
    eventCountry: db.insert(eventCountries).values({ eventId: $('eventId'), country: $('country'), sortDate: $('sortDate') }).onConflictDoNothing().prepare(),
    statement: db
      .insert(statements)
      .values({
        id: $('id'),
        articleId: $('articleId'),
        speakerId: $('speakerId'),
        text: $('text'),
        kind: $('kind'),
        date: $('date'),
        datePrecision: $('datePrecision'),
        sortDate: $('sortDate'),
        searchKey: $('searchKey'),
        evidenceSentence: $('evidenceSentence'),
        evidenceStart: $('evidenceStart'),
        evidenceEnd: $('evidenceEnd'),
        createdAt: $('createdAt'),
        updatedAt: $('updatedAt'),
      })
      .onConflictDoNothing({ target: statements.id })
      .prepare(),
    allegation: db
      .insert(allegations)
      .values({
        id: $('id'),
        articleId: $('articleId'),
        claim: $('claim'),
        status: $('status'),
        sortDate: $('sortDate'),
        evidenceSentence: $('evidenceSentence'),
        evidenceStart: $('evidenceStart'),
        evidenceEnd: $('evidenceEnd'),
        createdAt: $('createdAt'),
        updatedAt: $('updatedAt'),
      })
      .onConflictDoNothing({ target: allegations.id })
      .prepare(),
    party: db
      .insert(allegationParties)
      .values({ allegationId: $('allegationId'), actorId: $('actorId'), side: $('side'), sortDate: $('sortDate') })
      .onConflictDoNothing()
      .prepare(),
    denial: db
      .insert(allegationDenials)
      .values({
        allegationId: $('allegationId'),
        actorId: $('actorId'),
        text: $('text'),
        evidenceSentence: $('evidenceSentence'),
        evidenceStart: $('evidenceStart'),
        evidenceEnd: $('evidenceEnd'),
      })
      .onConflictDoNothing()
      .prepare(),
    eventKeyTaken: db.select({ id: events.id }).from(events).where(eq(events.searchKey, sql`${$('key')}`)).prepare(),
    statementKeyTaken: db.select({ id: statements.id }).from(statements).where(eq(statements.searchKey, sql`${$('key')}`)).prepare(),
    byHash: db.select({ id: articles.id }).from(articles).where(eq(articles.contentHash, sql`${$('hash')}`)).prepare(),
  };

  /** The first key from searchKey(day, id) up that no other record of the table holds (ties are rare, not impossible). */
  function freeSearchKey(taken: typeof write.eventKeyTaken | typeof write.statementKeyTaken, day: string, id: string): number {
    let key = searchKey(day, id);
    while (taken.get({ key })) key++;
    return key;
  }

  const now = () => new Date().toISOString();

  function findByHash(cleanText: string): string | undefined {
    return write.byHash.get({ hash: contentHash(cleanText) })?.id;
  }

  /** Inserts actors (merging by key) and returns key → actor id. */
  function upsertActors(x: Extraction, timestamp: string): Map<string, string> {
    const ids = new Map<string, string>();
    for (const actor of x.actors) {
      const id = actorIdFor(actor.key);
      ids.set(actor.key, id);
      write.upsertActor.run({ id, key: actor.key, name: actor.name, kind: actor.kind, country: actor.country, role: actor.role, ts: timestamp });
      for (const alias of new Set([actor.name, ...actor.aliases])) {
        const added = write.alias.run({ actorId: id, alias, folded: fold(alias) });
        if (added.changes > 0 && alias !== actor.name) write.touchActor.run({ ts: timestamp, id });
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
    const evidence = (e: Evidence) => ({ evidenceSentence: e.sentence, evidenceStart: e.start, evidenceEnd: e.end });

    for (const key of actorIds.keys()) write.mention.run({ articleId, actorId: actorId(key) });

    let eventCount = 0;
    for (const e of x.events) {
      const participantKeys = [...new Set(e.participants.map((p) => p.actorKey))].sort();
      // Two events of one type in one sentence ("met in March and will meet again in May") differ by date or status.
      const id = shortId('ev', articleId, e.type, e.evidence.start, e.evidence.end, e.date?.value ?? '', e.status, ...participantKeys);
      const day = sortDate(e.date, x.publishedAt);
      const inserted = write.event.run({
        id,
        articleId,
        type: e.type,
        mode: e.mode,
        date: e.date?.value ?? null,
        datePrecision: e.date?.precision ?? null,
        sortDate: day,
        searchKey: freeSearchKey(write.eventKeyTaken, day, id),
        status: e.status,
        locationName: e.location?.name ?? null,
        locationCountry: e.location?.country ?? null,
        ...evidence(e.evidence),
        ...stamps(id),
      });
      if (inserted.changes === 0) continue;
      eventCount++;
      const countries = new Set<string>();
      if (e.location?.country) countries.add(e.location.country);
      for (const p of e.participants) {
        write.participant.run({ eventId: id, actorId: actorId(p.actorKey), role: p.role, sortDate: day });
        const country = countryOf.get(p.actorKey);
        if (country) countries.add(country);
      }
      for (const country of countries) write.eventCountry.run({ eventId: id, country, sortDate: day });
    }

    let statementCount = 0;
    for (const st of x.statements) {
      const id = shortId('st', articleId, st.evidence.start, st.evidence.end, st.text);
      const day = sortDate(st.date, x.publishedAt);
      const inserted = write.statement.run({
        id,
        articleId,
        speakerId: st.speakerKey === null ? null : actorId(st.speakerKey),
        text: st.text,
        kind: st.kind,
        date: st.date?.value ?? null,
        datePrecision: st.date?.precision ?? null,
        sortDate: day,
        searchKey: freeSearchKey(write.statementKeyTaken, day, id),
        ...evidence(st.evidence),
        ...stamps(id),
      });
      statementCount += inserted.changes;
    }

    let allegationCount = 0;
    for (const a of x.allegations) {
      const id = shortId('al', articleId, a.evidence.start, a.evidence.end, a.claim);
      const inserted = write.allegation.run({ id, articleId, claim: a.claim, status: a.status, sortDate: x.publishedAt, ...evidence(a.evidence), ...stamps(id) });
      if (inserted.changes === 0) continue;
      allegationCount++;
      const parties = [
        ...a.accuserKeys.map((k) => ({ key: k, side: 'accuser' as const })),
        ...a.accusedKeys.map((k) => ({ key: k, side: 'accused' as const })),
      ];
      for (const p of parties) write.party.run({ allegationId: id, actorId: actorId(p.key), side: p.side, sortDate: x.publishedAt });
      for (const d of a.denials) write.denial.run({ allegationId: id, actorId: actorId(d.actorKey), text: d.text, ...evidence(d.evidence) });
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
