import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
const get = (url: string) => request(t.app.server).get(url).expect(200);
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.cleanup());

async function idOf(name: string): Promise<string> {
  const found = (await get(`/actors?q=${encodeURIComponent(name)}`)).body.data.find((a: { name: string }) => a.name === name);
  return found.id;
}

describe('CAMEO crosswalk on events', () => {
  it('gives each event its CAMEO root and Goldstein score', async () => {
    const accuse = (await get('/events?type=accuse')).body.data[0];
    expect(accuse.cameo_root).toEqual({ code: '11', name: 'Disapprove' });
    expect(accuse.goldstein).toBe(-2);
    expect((await get('/events?type=consult')).body.data[0].cameo_root.code).toBe('04');
  });
});

describe('GET /actors/{id}/relations', () => {
  it('summarises counterparts with counts by type, dates and a cooperation–conflict balance', async () => {
    const france = await idOf('France');
    const res = (await get(`/actors/${france}/relations`)).body;
    expect(res.actor).toEqual({ actor_id: france, name: 'France' });
    const byName = Object.fromEntries(res.data.map((r: { counterpart: { name: string } }) => [r.counterpart.name, r]));
    // France accused Russia (-2) and Russia rejected it (-4): a conflictual balance of -3.
    expect(byName.Russia).toMatchObject({ events: 2, by_type: { accuse: 1, reject: 1 }, first_date: '2025-05-20', last_date: '2025-05-20', balance: -3 });
    expect(byName['Mauro Vieira']).toMatchObject({ events: 1, by_type: { consult: 1 }, balance: 1, first_date: '2025-03-10' });
    expect(res.data[0].counterpart.name).toBe('Russia');
  });

  it('filters by type and dates, and 404s for an unknown actor', async () => {
    const france = await idOf('France');
    const consults = (await get(`/actors/${france}/relations?type=consult`)).body.data;
    expect(consults.map((r: { counterpart: { name: string } }) => r.counterpart.name)).toEqual(['Mauro Vieira']);
    expect((await get(`/actors/${france}/relations?from=2025-04`)).body.data).toHaveLength(1);
    await request(t.app.server).get('/actors/nobody/relations').expect(404);
  });
});

describe('GET /stats/events', () => {
  it('counts events by type, month and country with the /events filters', async () => {
    const all = (await get('/stats/events')).body;
    expect(all.total).toBe(4);
    expect(all.by_type).toEqual([
      { type: 'accuse', count: 1 },
      { type: 'consult', count: 2 },
      { type: 'reject', count: 1 },
    ]);
    expect(all.by_month).toEqual([
      { month: '2025-03', count: 1 },
      { month: '2025-04', count: 1 },
      { month: '2025-05', count: 2 },
    ]);
    expect(all.by_country).toContainEqual({ country: 'FRA', count: 3 });
    const russia = await idOf('Russia');
    const filtered = (await get(`/stats/events?actor=${russia}&type=reject`)).body;
    expect(filtered.total).toBe(1);
    expect((await get('/stats/events?country=BRA')).body.total).toBe(2);
    await request(t.app.server).get('/stats/events?type=party').expect(400);
  });
});
