// Made-up material for the reliability tests and the soak script:
//  - articleFiles(n): distinct small .txt articles for the real ingest command;
//  - fillDatabase(path, n): n synthetic articles with their records, written
//    through the real store (no pipeline), fast enough to build a load-test
//    database in seconds.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeDatabase, openDatabase } from '../../src/db/client.js';
import { createArticleStore } from '../../src/ingest/store.js';
import { EVENT_STATUSES, EVENT_TYPES, type ExtractedActor, type Extraction } from '../../src/ingest/types.js';

const STATES = [
  ['FRA', 'France', 'French', 'Jean-Noël Barrot', 'Paris'],
  ['DEU', 'Germany', 'German', 'Annalena Baerbock', 'Berlin'],
  ['JPN', 'Japan', 'Japanese', 'Yoko Kamikawa', 'Tokyo'],
  ['BRA', 'Brazil', 'Brazilian', 'Mauro Vieira', 'Brasília'],
  ['IND', 'India', 'Indian', 'S. Jaishankar', 'New Delhi'],
  ['ITA', 'Italy', 'Italian', 'Antonio Tajani', 'Rome'],
  ['KEN', 'Kenya', 'Kenyan', 'Musalia Mudavadi', 'Nairobi'],
  ['CAN', 'Canada', 'Canadian', 'Mélanie Joly', 'Ottawa'],
  ['AUS', 'Australia', 'Australian', 'Penny Wong', 'Canberra'],
  ['ZAF', 'South Africa', 'South African', 'Ronald Lamola', 'Pretoria'],
  ['MEX', 'Mexico', 'Mexican', 'Alicia Bárcena', 'Mexico City'],
  ['IDN', 'Indonesia', 'Indonesian', 'Sugiono', 'Jakarta'],
] as const;

const TOPICS = ['trade', 'shipping routes', 'energy', 'climate finance', 'a ceasefire', 'fisheries', 'visas', 'critical minerals', 'debt relief', 'grain exports'];

const pick = <T>(list: readonly T[], i: number): T => list[((i % list.length) + list.length) % list.length] as T;

function day(i: number): string {
  const year = 2020 + (i % 6);
  const month = String((Math.floor(i / 6) % 12) + 1).padStart(2, '0');
  const dom = String((Math.floor(i / 72) % 28) + 1).padStart(2, '0');
  return `${year}-${month}-${dom}`;
}

/** n distinct plain-text articles the real pipeline reads (a visit, a quote, an accusation and a denial each). */
export function articleFiles(n: number, variant = ''): { name: string; content: string }[] {
  const out = [];
  for (let i = 0; i < n; i++) {
    const [, hostName, hostAdj, hostMinister] = pick(STATES, i);
    const [, guestName, guestAdj, guestMinister] = pick(STATES, i * 5 + 1);
    const topic = pick(TOPICS, i * 7);
    out.push({
      name: `${String(i).padStart(5, '0')}${variant}.txt`,
      content:
        `date ${day(i)}\n\n${hostAdj} and ${guestAdj} ministers meet (${i}${variant})\n\n` +
        `${hostAdj} Foreign Minister ${hostMinister} hosted ${guestAdj} Foreign Minister ${guestMinister} on Monday for talks on ${topic}, meeting number ${i}${variant}. ` +
        `"We agreed to work together on ${topic} and item ${i}${variant}," ${hostMinister} told reporters. ` +
        `${hostName} accused ${guestName} of delaying agreement number ${i}${variant}. ${guestName} rejected the accusation.\n`,
    });
  }
  return out;
}

export function writeArticleFiles(dir: string, n: number, variant = ''): string {
  mkdirSync(dir, { recursive: true });
  for (const f of articleFiles(n, variant)) writeFileSync(join(dir, f.name), f.content);
  return dir;
}

function stateActor(code: string, name: string, capital: string): ExtractedActor {
  return { key: `state:${code}`, name, kind: 'state', country: code, role: null, aliases: [capital] };
}

function personActor(code: string, name: string): ExtractedActor {
  return { key: `person:${name.toLowerCase()}`, name, kind: 'person', country: code, role: 'Foreign Minister', aliases: [name.split(' ').at(-1) ?? name] };
}

/** One synthetic article's extraction: three events, a statement and an allegation, with real offsets. */
export function syntheticExtraction(i: number): Extraction {
  const [hc, hostName, , hostMinister, hostCapital] = pick(STATES, i);
  const [gc, guestName, , guestMinister, guestCapital] = pick(STATES, i * 5 + 1);
  const topic = pick(TOPICS, i * 7);
  const host = stateActor(hc, hostName, hostCapital);
  const guest = stateActor(gc, guestName, guestCapital);
  const hostPerson = personActor(hc, hostMinister);
  const guestPerson = personActor(gc, guestMinister);
  const s1 = `${hostMinister} hosted ${guestMinister} in ${hostCapital} for talks on ${topic} (${i}).`;
  const s2 = `"We will keep working on ${topic}," ${hostMinister} said.`;
  const s3 = `${hostName} accused ${guestName} of blocking deal ${i}.`;
  const s4 = `${guestName} rejected the accusation.`;
  const text = [s1, s2, s3, s4].join(' ');
  const ev = (sentence: string) => {
    const start = text.indexOf(sentence);
    return { sentence, start, end: start + sentence.length };
  };
  const publishedAt = day(i);
  return {
    title: `Talks on ${topic} (${i})`,
    publishedAt,
    cleanText: text,
    actors: [host, guest, hostPerson, guestPerson],
    events: [
      {
        type: pick(EVENT_TYPES, i),
        mode: i % 3 === 0 ? 'visit' : null,
        date: i % 4 === 0 ? null : { value: publishedAt, precision: 'day' },
        status: pick(EVENT_STATUSES, i),
        location: { name: hostCapital, country: hc },
        participants: [
          { actorKey: hostPerson.key, role: 'source' },
          { actorKey: guestPerson.key, role: 'target' },
        ],
        evidence: ev(s1),
      },
      {
        type: 'accuse',
        mode: null,
        date: null,
        status: 'occurred',
        location: null,
        participants: [
          { actorKey: host.key, role: 'source' },
          { actorKey: guest.key, role: 'target' },
        ],
        evidence: ev(s3),
      },
      {
        type: 'reject',
        mode: null,
        date: null,
        status: 'occurred',
        location: null,
        participants: [
          { actorKey: guest.key, role: 'source' },
          { actorKey: host.key, role: 'target' },
        ],
        evidence: ev(s4),
      },
    ],
    statements: [{ speakerKey: hostPerson.key, text: `We will keep working on ${topic},`, kind: 'direct', date: null, evidence: ev(s2) }],
    allegations: [
      {
        claim: `blocking deal ${i}`,
        status: i % 2 === 0 ? 'denied' : 'alleged',
        accuserKeys: [host.key],
        accusedKeys: [guest.key],
        denials: i % 2 === 0 ? [{ actorKey: guest.key, text: 'rejected the accusation', evidence: ev(s4) }] : [],
        evidence: ev(s3),
      },
    ],
  };
}

/** Creates (or tops up) a database at `path` holding synthetic articles 0..n-1. */
export function fillDatabase(path: string, n: number): void {
  const db = openDatabase(path);
  try {
    const store = createArticleStore(db);
    const batch = db.$client.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) store.store(`synthetic-${i}.txt`, syntheticExtraction(i));
    });
    for (let i = 0; i < n; i += 500) batch(i, Math.min(n, i + 500));
  } finally {
    closeDatabase(db);
  }
}
