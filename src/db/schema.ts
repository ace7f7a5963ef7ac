// Drizzle tables. Keys are camelCase, columns snake_case. Ids are text derived
// from content (article hash, evidence span), so they survive re-extraction.
// `sort_date` is the day a record sorts and filters by (YYYY-MM-DD): its own
// date's first day when known, else its article's publication date; it is
// copied onto the link tables so "events of one actor, newest first" is one
// index range, however many events that actor has.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const timestamps = {
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
};

const evidence = {
  evidenceSentence: text('evidence_sentence').notNull(),
  evidenceStart: integer('evidence_start').notNull(),
  evidenceEnd: integer('evidence_end').notNull(),
};

export const articles = sqliteTable(
  'articles',
  {
    id: text('id').primaryKey(),
    source: text('source').notNull(),
    title: text('title'),
    publishedAt: text('published_at').notNull(),
    cleanText: text('clean_text').notNull(),
    contentHash: text('content_hash').notNull(),
    ingestedAt: text('ingested_at').notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('articles_content_hash_uq').on(t.contentHash),
    index('articles_published_idx').on(t.publishedAt, t.id),
    index('articles_updated_idx').on(t.updatedAt),
  ],
);

export const actors = sqliteTable(
  'actors',
  {
    id: text('id').primaryKey(),
    /** Identity used to merge the same actor across articles (see ingest/types.ts). */
    key: text('key').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['person', 'state', 'organization', 'group'] }).notNull(),
    country: text('country'),
    role: text('role'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('actors_key_uq').on(t.key),
    index('actors_created_idx').on(t.createdAt, t.id),
    index('actors_kind_idx').on(t.kind, t.createdAt, t.id),
    index('actors_country_idx').on(t.country, t.createdAt, t.id),
    index('actors_updated_idx').on(t.updatedAt),
  ],
);

export const actorAliases = sqliteTable(
  'actor_aliases',
  {
    actorId: text('actor_id').notNull().references(() => actors.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    /** Lower-cased, accents stripped: what `q` searches. */
    folded: text('folded').notNull(),
  },
  (t) => [primaryKey({ columns: [t.actorId, t.alias] }), index('actor_aliases_folded_idx').on(t.folded)],
);

/** Which actors an article mentions. */
export const articleActors = sqliteTable(
  'article_actors',
  {
    articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    actorId: text('actor_id').notNull().references(() => actors.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.actorId] }), index('article_actors_actor_idx').on(t.actorId)],
);

export const events = sqliteTable(
  'events',
  {
    id: text('id').primaryKey(),
    articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    mode: text('mode'),
    date: text('date'),
    datePrecision: text('date_precision', { enum: ['day', 'month', 'year'] }),
    sortDate: text('sort_date').notNull(),
    status: text('status', { enum: ['occurred', 'planned', 'ongoing'] }).notNull(),
    locationName: text('location_name'),
    locationCountry: text('location_country'),
    /** Row id in the evidence word-search index, newest first (as statements.search_key). */
    searchKey: integer('search_key'),
    ...evidence,
    ...timestamps,
  },
  (t) => [
    index('events_sort_idx').on(t.sortDate, t.id),
    uniqueIndex('events_search_key_uq').on(t.searchKey),
    index('events_type_idx').on(t.type, t.sortDate, t.id),
    index('events_status_idx').on(t.status, t.sortDate, t.id),
    index('events_article_idx').on(t.articleId),
    index('events_updated_idx').on(t.updatedAt),
  ],
);

export const eventParticipants = sqliteTable(
  'event_participants',
  {
    eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    actorId: text('actor_id').notNull().references(() => actors.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['source', 'target', 'participant'] }).notNull(),
    sortDate: text('sort_date').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.actorId] }),
    index('event_participants_actor_idx').on(t.actorId, t.sortDate, t.eventId),
  ],
);

/** Countries an event involves (its participants' and its location's), for the `country` filter. */
export const eventCountries = sqliteTable(
  'event_countries',
  {
    eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    country: text('country').notNull(),
    sortDate: text('sort_date').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.country] }),
    index('event_countries_country_idx').on(t.country, t.sortDate, t.eventId),
  ],
);

export const statements = sqliteTable(
  'statements',
  {
    id: text('id').primaryKey(),
    articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    speakerId: text('speaker_id').references(() => actors.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    kind: text('kind', { enum: ['direct', 'indirect'] }).notNull(),
    date: text('date'),
    datePrecision: text('date_precision', { enum: ['day', 'month', 'year'] }),
    sortDate: text('sort_date').notNull(),
    /**
     * The statement's row id in the word-search index: its day since 1970 times 2^31
     * plus a tie-break, so that index's own order is newest first and a word search
     * reads only the page it returns (see migrations/0004).
     */
    searchKey: integer('search_key'),
    ...evidence,
    ...timestamps,
  },
  (t) => [
    index('statements_sort_idx').on(t.sortDate, t.id),
    uniqueIndex('statements_search_key_uq').on(t.searchKey),
    index('statements_speaker_idx').on(t.speakerId, t.sortDate, t.id),
    index('statements_article_idx').on(t.articleId),
    index('statements_updated_idx').on(t.updatedAt),
  ],
);

export const allegations = sqliteTable(
  'allegations',
  {
    id: text('id').primaryKey(),
    articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    claim: text('claim').notNull(),
    status: text('status', { enum: ['alleged', 'denied', 'confirmed'] }).notNull(),
    sortDate: text('sort_date').notNull(),
    ...evidence,
    ...timestamps,
  },
  (t) => [
    index('allegations_sort_idx').on(t.sortDate, t.id),
    index('allegations_status_idx').on(t.status, t.sortDate, t.id),
    index('allegations_article_idx').on(t.articleId),
    index('allegations_updated_idx').on(t.updatedAt),
  ],
);

export const allegationParties = sqliteTable(
  'allegation_parties',
  {
    allegationId: text('allegation_id').notNull().references(() => allegations.id, { onDelete: 'cascade' }),
    actorId: text('actor_id').notNull().references(() => actors.id, { onDelete: 'cascade' }),
    side: text('side', { enum: ['accuser', 'accused'] }).notNull(),
    sortDate: text('sort_date').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.allegationId, t.side, t.actorId] }),
    index('allegation_parties_actor_idx').on(t.actorId, t.side, t.sortDate, t.allegationId),
  ],
);

export const allegationDenials = sqliteTable(
  'allegation_denials',
  {
    allegationId: text('allegation_id').notNull().references(() => allegations.id, { onDelete: 'cascade' }),
    actorId: text('actor_id').notNull().references(() => actors.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    ...evidence,
  },
  (t) => [primaryKey({ columns: [t.allegationId, t.actorId] }), index('allegation_denials_actor_idx').on(t.actorId)],
);

/** Records that re-extraction removed, so clients mirroring the data can drop them too. */
export const deletions = sqliteTable(
  'deletions',
  {
    resource: text('resource', { enum: ['events', 'statements', 'allegations'] }).notNull(),
    id: text('id').notNull(),
    deletedAt: text('deleted_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.resource, t.id] }), index('deletions_time_idx').on(t.deletedAt, t.resource, t.id)],
);
