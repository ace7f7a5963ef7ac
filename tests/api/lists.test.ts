import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTORS } from '../helpers/fixtures.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
const get = (url: string) => request(t.app.server).get(url);

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.cleanup());

async function actorId(name: string): Promise<string> {
  const res = await get(`/actors?q=${encodeURIComponent(name)}`);
  const found = res.body.data.find((a: { name: string }) => a.name === name);
  if (!found) throw new Error(`no actor ${name}`);
  return found.id;
}

describe('GET /articles', () => {
  it('lists articles newest first with their fields', async () => {
    const res = await get('/articles').expect(200);
    expect(res.body.next_cursor).toBeNull();
    expect(res.body.data.map((a: { published_at: string }) => a.published_at)).toEqual(['2025-05-20', '2025-04-04', '2025-03-10']);
    expect(res.body.data[0]).toMatchObject({ source: 'fixture-3.txt', title: 'France accuses Russia of jamming' });
  });

  it('filters by date range and source', async () => {
    expect((await get('/articles?from=2025-04&to=2025-04').expect(200)).body.data).toHaveLength(1);
    expect((await get('/articles?source=fixture-1.txt').expect(200)).body.data[0].title).toBe('Vieira visits Paris');
  });

  it('returns one article with its text and record counts', async () => {
    const id = t.articleIds[2];
    const res = await get(`/articles/${id}`).expect(200);
    expect(res.body.text).toContain('jamming satellite signals');
    expect(res.body.counts).toEqual({ actors: 2, events: 2, statements: 0, allegations: 1 });
  });
});

describe('GET /actors', () => {
  it('keeps one row per actor across articles, with merged aliases', async () => {
    const res = await get('/actors?limit=100').expect(200);
    const vieira = res.body.data.filter((a: { name: string }) => a.name === 'Mauro Vieira');
    expect(vieira).toHaveLength(1);
    expect(vieira[0]).toMatchObject({ kind: 'person', country: 'BRA', role: 'Foreign Minister', aliases: ['Vieira'] });
  });

  it('searches names and aliases ignoring case and accents', async () => {
    expect((await get('/actors?q=NOEL').expect(200)).body.data.map((a: { name: string }) => a.name)).toEqual(['Jean-Noël Barrot']);
    expect((await get('/actors?q=kreml').expect(200)).body.data.map((a: { name: string }) => a.name)).toEqual(['Russia']);
    expect((await get('/actors?q=%25').expect(200)).body.data).toEqual([]);
  });

  it('filters by kind, country and article', async () => {
    const states = (await get('/actors?kind=state&limit=100').expect(200)).body.data;
    expect(states.map((a: { name: string }) => a.name).sort()).toEqual(['Brazil', 'France', 'Russia']);
    const rus = (await get('/actors?country=rus').expect(200)).body.data;
    expect(rus.map((a: { name: string }) => a.name).sort()).toEqual(['Russia', 'Sergei Lavrov']);
    const inCall = (await get(`/actors?article_id=${t.articleIds[1]}`).expect(200)).body.data;
    expect(inCall.map((a: { name: string }) => a.name).sort()).toEqual(['Mauro Vieira', 'Sergei Lavrov']);
  });

  it("serves an actor's timeline of events and statements", async () => {
    const vieira = await actorId(ACTORS.vieira.name);
    const events = (await get(`/actors/${vieira}/events`).expect(200)).body.data;
    expect(events.map((e: { mode: string }) => e.mode)).toEqual(['phone', 'visit']);
    const lavrov = await actorId(ACTORS.lavrov.name);
    const said = (await get(`/actors/${lavrov}/statements`).expect(200)).body.data;
    expect(said).toHaveLength(1);
    expect(said[0].speaker).toEqual({ actor_id: lavrov, name: 'Sergei Lavrov' });
    await get('/actors/ac_missing/events').expect(404);
  });
});

describe('GET /events', () => {
  it('embeds participants with id, name and role, and evidence pointing into the article', async () => {
    const res = await get('/events?type=accuse').expect(200);
    expect(res.body.data).toHaveLength(1);
    const event = res.body.data[0];
    expect(event.participants.map((p: { name: string; role: string }) => [p.name, p.role])).toEqual([
      ['France', 'source'],
      ['Russia', 'target'],
    ]);
    const article = (await get(`/articles/${event.article_id}`).expect(200)).body;
    expect(article.text.slice(event.evidence.start, event.evidence.end)).toBe(event.evidence.sentence);
  });

  it('filters by actor, country, status, dates and article', async () => {
    const russia = await actorId('Russia');
    expect((await get(`/events?actor=${russia}`).expect(200)).body.data).toHaveLength(2);
    expect((await get('/events?country=BRA').expect(200)).body.data).toHaveLength(2);
    expect((await get('/events?country=FRA&type=consult').expect(200)).body.data[0].location).toEqual({ name: 'Paris', country: 'FRA' });
    expect((await get(`/events?actor=${russia}&country=BRA`).expect(200)).body.data).toHaveLength(0);
    expect((await get('/events?status=planned').expect(200)).body.data).toHaveLength(0);
    expect((await get('/events?from=2025-04-01&to=2025-04-30').expect(200)).body.data.map((e: { date: string }) => e.date)).toEqual(['2025-04']);
    expect((await get(`/events?article_id=${t.articleIds[2]}`).expect(200)).body.data).toHaveLength(2);
  });
});

describe('GET /statements', () => {
  it('finds words in the text, and filters by speaker and article', async () => {
    const res = await get('/statements?q=Ceasefire').expect(200);
    expect(res.body.data.map((s: { kind: string }) => s.kind)).toEqual(['indirect']);
    expect((await get('/statements?q=%22ceasefire%20OR%20trade').expect(200)).body.data).toHaveLength(0);
    const barrot = await actorId('Jean-Noël Barrot');
    expect((await get(`/statements?speaker=${barrot}`).expect(200)).body.data[0].text).toContain('fairer trade');
    expect((await get(`/statements?article_id=${t.articleIds[0]}`).expect(200)).body.data).toHaveLength(1);
    expect((await get('/statements?from=2026').expect(200)).body.data).toHaveLength(0);
  });
});

describe('GET /allegations', () => {
  it('embeds accusers, accused and denials, and filters by party and status', async () => {
    const france = await actorId('France');
    const russia = await actorId('Russia');
    const res = await get(`/allegations?accuser=${france}&accused=${russia}&status=denied`).expect(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({
      claim: 'jamming satellite signals over the Baltic',
      accusers: [{ actor_id: france, name: 'France' }],
      accused: [{ actor_id: russia, name: 'Russia' }],
      denials: [{ actor: { actor_id: russia, name: 'Russia' }, text: 'dismissed the accusation as absurd' }],
    });
    expect((await get(`/allegations?accuser=${russia}`).expect(200)).body.data).toHaveLength(0);
    const one = await get(`/allegations/${res.body.data[0].id}`).expect(200);
    expect(one.body.id).toBe(res.body.data[0].id);
  });
});

describe('single records', () => {
  it.each(['events', 'actors', 'statements', 'allegations', 'articles'])('GET /%s/{id} answers 200 for a listed id and 404 otherwise', async (resource) => {
    const list = (await get(`/${resource}?limit=1`).expect(200)).body.data;
    await get(`/${resource}/${list[0].id}`).expect(200);
    const missing = await get(`/${resource}/does-not-exist`).expect(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.body).toMatchObject({ status: 404, title: 'Not Found' });
  });
});

describe('actor name search', () => {
  it('matches substrings of names and aliases of any length, ignoring case and accents', async () => {
    const names = async (q: string) => (await get(`/actors?q=${encodeURIComponent(q)}`).expect(200)).body.data.map((a: { name: string }) => a.name).sort();
    expect(await names('rge')).toEqual(['Sergei Lavrov']);
    expect(await names('ÉIRA')).toEqual(['Mauro Vieira']);
    expect(await names('av')).toEqual(['Sergei Lavrov']);
    expect(await names('"quoted"')).toEqual([]);
    expect(await names('scow')).toEqual(['Russia']);
  });
});
