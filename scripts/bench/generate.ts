// Writes a realistic synthetic database through the real store layer
// (openDatabase with its migrations, createArticleStore().store), so the rows,
// ids, link tables, FTS triggers and indexes are exactly what ingestion makes.
//
// Shape, at the default 1,000,000 events: 100,000 articles over ten years,
// 5,000 actors, 200,000 statements, 50,000 allegations. Everything is skewed
// the way news is: actors are drawn with a Zipf law (the busiest has hundreds
// of thousands of events, most have a few dozen), and so are months (some are
// much busier than others), event types and the words of quotes.
//
// Files are cached under bench/ keyed by size and generator version, with a
// `.meta.json` beside them holding the generation time and the ids the
// benchmark queries (busiest actor, a rare actor, ...).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeDatabase, openDatabase } from '../../src/db/client.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { actorIdFor, createArticleStore } from '../../src/ingest/store.js';
import type {
  ActorKind,
  EventType,
  ExtractedActor,
  ExtractedAllegation,
  ExtractedEvent,
  ExtractedStatement,
  Extraction,
  PartialDate,
} from '../../src/ingest/types.js';
import {
  CLAIMS,
  FIRST_NAMES,
  LAST_NAMES,
  ORGANIZATIONS,
  PERSON_ROLES,
  STATEMENT_WORDS,
  STATES,
  TOPICS,
  WEEKDAYS,
  pick,
  seededRandom,
  shuffled,
  zipf,
  type Random,
} from './synth.js';

/** Bump when the generated data changes, so cached files from an older generator are not reused. */
const GENERATOR_VERSION = 1;
export const BENCH_DIR = join(PROJECT_ROOT, 'bench');

/** Articles stored per outer transaction: one commit per article would spend most of the time in fsync-free but still costly commits. */
const ARTICLES_PER_TRANSACTION = 500;

export interface Sizes {
  events: number;
  statements: number;
  allegations: number;
  articles: number;
  actors: number;
}

/**
 * The default proportions (1M events : 200k statements : 50k allegations : 100k articles : 5k actors),
 * scaled to `events`; `actors` fixes the number of actors instead (the same cast at two sizes).
 */
export function sizesFor(events: number, actors?: number): Sizes {
  const f = events / 1_000_000;
  return {
    events,
    statements: Math.round(200_000 * f),
    allegations: Math.round(50_000 * f),
    articles: Math.max(1, Math.round(100_000 * f)),
    actors: actors ?? Math.max(20, Math.round(5_000 * f)),
  };
}

export interface ActorPick {
  id: string;
  name: string;
  events: number;
}

export interface DbMeta {
  version: number;
  sizes: Sizes;
  /** What the store reports it wrote (records deduplicated by id may make these a little lower). */
  stored: { articles: number; actors: number; events: number; statements: number; allegations: number };
  generationSeconds: number;
  /** Parameters for the benchmark queries, chosen from what was generated. */
  picks: {
    busyActor: ActorPick;
    rareActor: ActorPick;
    country: string;
    /** YYYY-MM: the busiest month. */
    month: string;
    eventType: EventType;
    eventId: string;
    statementWord: string;
    actorQuery: string;
  };
}

// Event types, most frequent first (sampled with a Zipf law): meetings and agreements dominate the news.
const TYPES_BY_FREQUENCY: EventType[] = [
  'consult', 'agree', 'request', 'support', 'cooperate', 'accuse', 'reject', 'aid',
  'threaten', 'protest', 'sanction', 'concede', 'mobilize', 'retreat', 'coerce', 'assault',
];

const VERBS: Record<EventType, string> = {
  consult: 'met', agree: 'signed an agreement with', request: 'asked', support: 'backed', cooperate: 'agreed to cooperate with',
  accuse: 'accused', reject: 'rejected a proposal from', aid: 'sent aid to', threaten: 'threatened', protest: 'protested to',
  sanction: 'imposed sanctions on', concede: 'made concessions to', mobilize: 'mobilised troops near', retreat: 'withdrew from',
  coerce: 'expelled diplomats of', assault: 'shelled positions of',
};

const stateByCode = new Map(STATES.map((s) => [s.code, s]));

const FIRST_YEAR = 2016;
const YEARS = 10;

function makeActors(rnd: Random, n: number): ExtractedActor[] {
  const states = shuffled(rnd, STATES);
  // Persons' countries are skewed too: a few countries field most of the officials in the news.
  const countryOrder = shuffled(rnd, STATES);
  const countryRank = zipf(countryOrder.length, 1);
  const orgSuffixes = ['Red Crescent', 'Chamber of Commerce', 'Energy Agency', 'Security Council', 'Trade Union', 'Election Commission'];
  const used = new Set<string>();
  const unique = (candidates: () => string) => {
    for (let attempt = 0; ; attempt++) {
      const name = attempt < 20 ? candidates() : `${candidates()} ${attempt}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  let nextState = 0;
  let nextOrg = 0;
  const actors: ExtractedActor[] = [];
  for (let r = 0; r < n; r++) {
    const roll = rnd();
    // The busiest ranks are half states (Russia, the United States...), the tail mostly people.
    let kind: ActorKind = 'person';
    if (nextState < states.length && roll < (r < 10 ? 0.5 : 0.1)) kind = 'state';
    else if (roll > 0.9) kind = 'organization';
    if (kind === 'state') {
      const s = states[nextState++] as (typeof states)[number];
      used.add(s.name);
      actors.push({ key: `state:${s.code}`, name: s.name, kind, country: s.code, role: null, aliases: [s.capital] });
    } else if (kind === 'organization') {
      const name = unique(() => ORGANIZATIONS[nextOrg++] ?? `${pick(rnd, STATES).demonym} ${pick(rnd, orgSuffixes)}`);
      actors.push({ key: `organization:${slugOf(name)}`, name, kind, country: null, role: null, aliases: [] });
    } else {
      const name = unique(() =>
        used.size < FIRST_NAMES.length * LAST_NAMES.length * 0.5
          ? `${pick(rnd, FIRST_NAMES)} ${pick(rnd, LAST_NAMES)}`
          : `${pick(rnd, FIRST_NAMES)} ${String.fromCharCode(65 + Math.floor(rnd() * 26))}. ${pick(rnd, LAST_NAMES)}`,
      );
      const country = countryOrder[countryRank(rnd)]?.code ?? null;
      const surname = name.split(' ').at(-1) ?? name;
      actors.push({ key: `person:${slugOf(name)}`, name, kind, country, role: pick(rnd, PERSON_ROLES), aliases: [surname] });
    }
  }
  return actors;
}

const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Spreads `total` records over `buckets` articles at random: about total/buckets each, some with none, some with many. */
function spread(rnd: Random, total: number, buckets: number): Uint32Array {
  const counts = new Uint32Array(buckets);
  for (let i = 0; i < total; i++) counts[Math.floor(rnd() * buckets)]!++;
  return counts;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function generateDatabase(path: string, sizes: Sizes, log: (line: string) => void = () => {}): DbMeta {
  const started = performance.now();
  const rnd = seededRandom(20_240_116);
  const actors = makeActors(rnd, sizes.actors);
  const actorRank = zipf(actors.length, 1.1);
  const typeRank = zipf(TYPES_BY_FREQUENCY.length, 1);
  const wordRank = zipf(STATEMENT_WORDS.length, 1);
  // Months are Zipf-skewed over a shuffled order: bursts of news, not a steady trickle.
  const months = shuffled(rnd, Array.from({ length: YEARS * 12 }, (_, i) => `${FIRST_YEAR + Math.floor(i / 12)}-${pad((i % 12) + 1)}`));
  const monthRank = zipf(months.length, 0.7);
  const eventsPer = spread(rnd, sizes.events, sizes.articles);
  const statementsPer = spread(rnd, sizes.statements, sizes.articles);
  const allegationsPer = spread(rnd, sizes.allegations, sizes.articles);

  // Tallies for choosing query parameters afterwards.
  const actorEvents = new Uint32Array(actors.length);
  const countryEvents = new Map<string, number>();

  function randomDay(): string {
    const month = months[monthRank(rnd)] ?? '2020-01';
    const [y, m] = month.split('-').map(Number);
    const days = new Date(Date.UTC(y ?? 2020, m ?? 1, 0)).getUTCDate();
    return `${month}-${pad(1 + Math.floor(rnd() * days))}`;
  }

  function eventDate(published: string): PartialDate | null {
    const roll = rnd();
    if (roll < 0.7) {
      // Usually the day of publication or a few days before.
      const d = new Date(`${published}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - Math.floor(rnd() * 4));
      return { value: d.toISOString().slice(0, 10), precision: 'day' };
    }
    if (roll < 0.85) return { value: published.slice(0, 7), precision: 'month' };
    if (roll < 0.9) return { value: published.slice(0, 4), precision: 'year' };
    return null;
  }

  function buildArticle(i: number): Extraction {
    const published = randomDay();
    // A cast of 3–6 actors per article, drawn with the Zipf law: the busiest turn up in a large share of articles.
    const castSize = 3 + Math.floor(rnd() * 4);
    const castRanks: number[] = [];
    for (let tries = 0; castRanks.length < castSize && tries < 50; tries++) {
      const r = actorRank(rnd);
      if (!castRanks.includes(r)) castRanks.push(r);
    }
    const cast = castRanks.map((r) => actors[r] as ExtractedActor);
    const other = (than: number) => (than + 1 + Math.floor(rnd() * (cast.length - 1))) % cast.length;

    let text = '';
    const add = (sentence: string) => {
      if (text) text += ' ';
      const start = text.length;
      text += sentence;
      return { sentence, start, end: start + sentence.length };
    };
    const a0 = cast[0] as ExtractedActor;
    const a1 = cast[1] as ExtractedActor;
    const title = `${a0.name} and ${a1.name} ${pick(rnd, ['hold talks on', 'clash over', 'sign deal on', 'discuss'])} ${pick(rnd, TOPICS)}`;
    text = `${title}\n\n`;
    const city = pick(rnd, STATES).capital;

    const events: ExtractedEvent[] = [];
    for (let k = 0; k < (eventsPer[i] ?? 0); k++) {
      const s = Math.floor(rnd() * cast.length);
      const t = other(s);
      const src = cast[s] as ExtractedActor;
      const tgt = cast[t] as ExtractedActor;
      const participants: ExtractedEvent['participants'] = [
        { actorKey: src.key, role: 'source' },
        { actorKey: tgt.key, role: 'target' },
      ];
      const ranks = [castRanks[s] ?? 0, castRanks[t] ?? 0];
      if (cast.length > 2 && rnd() < 0.15) {
        const p = other(t);
        if (p !== s) {
          participants.push({ actorKey: (cast[p] as ExtractedActor).key, role: 'participant' });
          ranks.push(castRanks[p] ?? 0);
        }
      }
      const type = TYPES_BY_FREQUENCY[typeRank(rnd)] ?? 'consult';
      const host = stateByCode.get((rnd() < 0.5 ? src.country : tgt.country) ?? '');
      const location = rnd() < 0.6 && host ? { name: host.capital, country: host.code } : null;
      const evidence = add(`${src.name} ${VERBS[type]} ${tgt.name}${location ? ` in ${location.name}` : ''} on ${pick(rnd, WEEKDAYS)}.`);
      events.push({
        type,
        mode: type === 'consult' ? pick(rnd, ['visit', 'phone', 'multilateral']) : null,
        date: eventDate(published),
        status: rnd() < 0.8 ? 'occurred' : rnd() < 0.75 ? 'planned' : 'ongoing',
        location,
        participants,
        evidence,
      });
      for (const r of ranks) actorEvents[r]!++;
      const countries = new Set([location?.country, ...participants.map((p) => cast.find((c) => c.key === p.actorKey)?.country)]);
      for (const c of countries) if (c) countryEvents.set(c, (countryEvents.get(c) ?? 0) + 1);
    }

    const statements: ExtractedStatement[] = [];
    for (let k = 0; k < (statementsPer[i] ?? 0); k++) {
      const speaker = rnd() < 0.9 ? (cast[Math.floor(rnd() * cast.length)] as ExtractedActor) : null;
      const words = Array.from({ length: 8 + Math.floor(rnd() * 13) }, () => STATEMENT_WORDS[wordRank(rnd)] ?? 'peace');
      const quote = words.join(' ');
      const who = speaker?.name ?? 'An official';
      const direct = rnd() < 0.7;
      const evidence = add(direct ? `“${quote[0]?.toUpperCase()}${quote.slice(1)},” ${who} said.` : `${who} said that ${quote}.`);
      statements.push({
        speakerKey: speaker?.key ?? null,
        text: quote,
        kind: direct ? 'direct' : 'indirect',
        date: rnd() < 0.2 ? { value: published, precision: 'day' } : null,
        evidence,
      });
    }

    const allegations: ExtractedAllegation[] = [];
    for (let k = 0; k < (allegationsPer[i] ?? 0); k++) {
      const s = Math.floor(rnd() * cast.length);
      const accuser = cast[s] as ExtractedActor;
      const accused = cast[other(s)] as ExtractedActor;
      const claim = pick(rnd, CLAIMS);
      const evidence = add(`${accuser.name} accused ${accused.name} of ${claim}.`);
      const roll = rnd();
      const status = roll < 0.65 ? 'alleged' : roll < 0.95 ? 'denied' : 'confirmed';
      const denials =
        status === 'denied' ? [{ actorKey: accused.key, text: 'denied the accusation', evidence: add(`${accused.name} denied the accusation.`) }] : [];
      allegations.push({ claim, status, accuserKeys: [accuser.key], accusedKeys: [accused.key], denials, evidence });
    }
    // Keeps every article's text (and so its content hash) unique, even one with no records.
    add(`(Synthetic article ${i}, ${city}.)`);

    return { title, publishedAt: published, cleanText: text, actors: cast, events, statements, allegations };
  }

  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const db = openDatabase(path);
  // Generation-only settings on this connection: the data can always be regenerated, so
  // durability is not needed (synchronous OFF), and a large page cache keeps the random-id
  // primary-key indexes in memory instead of re-reading them for every insert.
  db.$client.pragma('synchronous = OFF');
  db.$client.pragma('cache_size = -1000000');
  const store = createArticleStore(db);
  const stored = { articles: 0, actors: 0, events: 0, statements: 0, allegations: 0 };
  let nextReport = 0.1;
  for (let first = 0; first < sizes.articles; first += ARTICLES_PER_TRANSACTION) {
    const last = Math.min(sizes.articles, first + ARTICLES_PER_TRANSACTION);
    // The store opens its own transaction per article; inside this one it becomes a savepoint,
    // so a batch of articles costs one commit. Still the store layer, not hand-written INSERTs.
    db.transaction(() => {
      for (let i = first; i < last; i++) {
        const result = store.store(`https://synthetic.example/${i}`, buildArticle(i));
        if (result.status === 'stored') stored.articles++;
        stored.events += result.counts.events;
        stored.statements += result.counts.statements;
        stored.allegations += result.counts.allegations;
      }
    });
    if (last / sizes.articles >= nextReport) {
      log(`  generated ${last.toLocaleString('en')}/${sizes.articles.toLocaleString('en')} articles (${((performance.now() - started) / 1000).toFixed(0)} s)`);
      nextReport += 0.1;
    }
  }
  stored.actors = (db.$client.prepare('SELECT count(*) AS n FROM actors').get() as { n: number }).n;
  const eventId = (db.$client.prepare('SELECT id FROM events ORDER BY id LIMIT 1 OFFSET ?').get(Math.floor(stored.events / 2)) as { id: string } | undefined)?.id ?? '';
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  closeDatabase(db);

  // Busiest actor; a rare one at the 10th percentile of those with any event; the country with most events.
  const ranked = [...actorEvents.keys()].filter((r) => (actorEvents[r] ?? 0) > 0).sort((a, b) => (actorEvents[b] ?? 0) - (actorEvents[a] ?? 0));
  const actorPick = (rank: number): ActorPick => {
    const a = actors[rank] as ExtractedActor;
    return { id: actorIdFor(a.key), name: a.name, events: actorEvents[rank] ?? 0 };
  };
  const busy = ranked[0] ?? 0;
  const rare = ranked[Math.floor(ranked.length * 0.9)] ?? busy;
  const country = [...countryEvents.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'USA';
  // A surname shared by several people: `q` matches a page or so of actors, as a real name search would.
  const person = actors.find((a, r) => a.kind === 'person' && r >= actors.length / 2) ?? actors.find((a) => a.kind === 'person');
  const actorQuery = (person?.name.split(' ').at(-1) ?? 'kim').toLowerCase();

  return {
    version: GENERATOR_VERSION,
    sizes,
    stored,
    generationSeconds: (performance.now() - started) / 1000,
    picks: {
      busyActor: actorPick(busy),
      rareActor: actorPick(rare),
      country,
      month: months[0] ?? '2020-01',
      eventType: 'consult',
      eventId,
      statementWord: 'ceasefire',
      actorQuery,
    },
  };
}

export interface CachedDatabase {
  path: string;
  meta: DbMeta;
  /** True when the file was already there and generation was skipped. */
  cached: boolean;
}

/**
 * The database of these sizes from bench/, generating it first when it is missing or from an
 * older generator. The file is named by its events, plus its actors when they are not in proportion.
 */
export function ensureDatabase(sizes: Sizes, log: (line: string) => void = () => {}, dir: string = BENCH_DIR): CachedDatabase {
  const { events, actors } = sizes;
  const castSuffix = actors === sizesFor(events).actors ? '' : `-${actors}a`;
  const path = join(dir, `synthetic-v${GENERATOR_VERSION}-${events}${castSuffix}.sqlite`);
  const metaPath = `${path}.meta.json`;
  if (existsSync(path) && existsSync(metaPath)) {
    // Migrations added since the file was generated are applied now, so the server's
    // start-up (which also migrates) is measured on an up-to-date schema.
    const started = performance.now();
    closeDatabase(openDatabase(path));
    const ms = performance.now() - started;
    if (ms > 1000) log(`  applied new migrations to ${path} in ${(ms / 1000).toFixed(1)} s`);
    return { path, meta: JSON.parse(readFileSync(metaPath, 'utf8')) as DbMeta, cached: true };
  }
  mkdirSync(dir, { recursive: true });
  log(`generating ${events.toLocaleString('en')} events and ${actors.toLocaleString('en')} actors into ${path}`);
  // Written under a temporary name and renamed at the end, so an interrupted run never leaves a file that looks complete.
  const partial = `${path}.partial`;
  const meta = generateDatabase(partial, sizes, log);
  for (const suffix of ['-wal', '-shm']) rmSync(partial + suffix, { force: true });
  renameSync(partial, path);
  writeFileSync(metaPath, JSON.stringify(meta, null, 2));
  log(`  done in ${meta.generationSeconds.toFixed(1)} s`);
  return { path, meta, cached: false };
}
