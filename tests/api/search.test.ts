// Word search over statements walks the FTS index newest first; pages must
// still cover every match exactly once, in date order, with other filters applied.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleStore } from '../../src/ingest/store.js';
import type { Extraction } from '../../src/ingest/types.js';
import { ACTORS } from '../helpers/fixtures.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
const DAYS = ['2024-01-05', '2024-03-17', '2024-03-17', '2024-07-30', '2025-02-11', '2025-02-11', '2025-09-01'];

function article(i: number, day: string): Extraction {
  const sentence = `Barrot said that the harbour talks number ${i} had gone well.`;
  const other = `Vieira said that nothing about harbours was agreed in round ${i}.`;
  const text = `${sentence} ${other}`;
  return {
    title: `Round ${i}`,
    publishedAt: day,
    cleanText: text,
    actors: [ACTORS.barrot, ACTORS.vieira],
    events: [],
    statements: [
      { speakerKey: ACTORS.barrot.key, text: `the harbour talks number ${i} had gone well`, kind: 'indirect', date: null, evidence: { sentence, start: 0, end: sentence.length } },
      { speakerKey: ACTORS.vieira.key, text: `nothing about harbours was agreed in round ${i}`, kind: 'indirect', date: null, evidence: { sentence: other, start: sentence.length + 1, end: text.length } },
    ],
    allegations: [],
  };
}

beforeAll(async () => {
  t = await createTestApp({ fixtures: false });
  const store = createArticleStore(t.db);
  DAYS.forEach((day, i) => store.store(`round-${i}.txt`, article(i, day)));
});
afterAll(() => t.cleanup());

async function all(url: string): Promise<{ text: string; date: string | null; evidence: { sentence: string } }[]> {
  const out = [];
  let cursor: string | null = null;
  do {
    const res: request.Response = await request(t.app.server)
      .get(`${url}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
      .expect(200);
    out.push(...res.body.data);
    cursor = res.body.next_cursor;
  } while (cursor);
  return out;
}

describe('statement word search', () => {
  it('pages through every match, newest first', async () => {
    const found = await all('/statements?q=harbour%20talks');
    expect(found).toHaveLength(DAYS.length);
    const rounds = found.map((s) => Number(/number (\d+)/.exec(s.text)?.[1]));
    const days = rounds.map((r) => DAYS[r] ?? '');
    expect([...days].sort().reverse()).toEqual(days);
    expect(new Set(rounds).size).toBe(DAYS.length);
  });

  it('combines with speaker and date filters', async () => {
    const speaker = (await request(t.app.server).get('/actors?q=vieira')).body.data[0].id;
    expect(await all(`/statements?q=agreed&speaker=${speaker}`)).toHaveLength(DAYS.length);
    expect(await all(`/statements?q=harbour&speaker=${speaker}`)).toHaveLength(0);
    expect(await all('/statements?q=talks&from=2024-03&to=2024-12')).toHaveLength(3);
    expect(await all('/statements?q=talks&from=2025-02-11&to=2025-02-11')).toHaveLength(2);
  });

  it('finds words regardless of case and accents, and nothing for punctuation', async () => {
    expect(await all('/statements?q=HÄRBOUR')).toHaveLength(DAYS.length);
    expect((await request(t.app.server).get('/statements?q=%22%2A').expect(200)).body.data).toEqual([]);
  });

  it('keeps the index in step when re-extraction replaces statements', async () => {
    const store = createArticleStore(t.db);
    const first = (await request(t.app.server).get('/articles?source=round-0.txt')).body.data[0].id;
    store.replace(first, { ...article(0, DAYS[0] ?? ''), statements: [] });
    expect(await all('/statements?q=harbour%20talks')).toHaveLength(DAYS.length - 1);
  });
});

describe('event evidence word search', () => {
  it('finds events by words in their evidence, newest first, with filters and in stats', async () => {
    const local = await createTestApp();
    try {
      const jam = await request(local.app.server).get('/events?q=jamming').expect(200);
      expect(jam.body.data.map((e: { type: string }) => e.type)).toEqual(['accuse']);
      expect((await request(local.app.server).get('/events?q=jamming&type=reject').expect(200)).body.data).toEqual([]);
      expect((await request(local.app.server).get('/events?q=hosted&country=BRA').expect(200)).body.data).toHaveLength(1);
      expect((await request(local.app.server).get('/stats/events?q=phone').expect(200)).body.total).toBe(1);
      const paged = await request(local.app.server).get('/events?q=Vieira&limit=1').expect(200);
      expect(paged.body.data).toHaveLength(1);
      const next = await request(local.app.server).get(`/events?q=Vieira&limit=1&cursor=${encodeURIComponent(paged.body.next_cursor)}`).expect(200);
      expect(next.body.data[0].id).not.toBe(paged.body.data[0].id);
      expect(next.body.next_cursor).toBeNull();
    } finally {
      local.cleanup();
    }
  });
});
