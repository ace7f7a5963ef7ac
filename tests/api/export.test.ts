import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.cleanup());

describe('bulk export', () => {
  it('streams every matching record as NDJSON, past the page limit', async () => {
    const res = await request(t.app.server).get('/events?limit=1').set('Accept', 'application/x-ndjson').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = res.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toHaveProperty('participants');
  });

  it('keeps the filters', async () => {
    const res = await request(t.app.server).get('/events?type=consult&format=ndjson').expect(200);
    expect(res.text.trim().split('\n')).toHaveLength(2);
  });

  it('writes CSV with nested fields flattened', async () => {
    const res = await request(t.app.server).get('/allegations?format=csv').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const [header, row] = res.text.trim().split('\n');
    expect(header?.split(',')).toEqual(expect.arrayContaining(['id', 'claim', 'accusers', 'accused', 'denials', 'evidence.sentence', 'evidence.start']));
    expect(row).toContain('France');
    expect(row).toContain('"France accused Russia of jamming satellite signals over the Baltic."'.replace(/^"|"$/g, ''));
    const events = await request(t.app.server).get('/events').set('Accept', 'text/csv').expect(200);
    expect(events.text).toMatch(/France \(source\); Russia \(target\)/);
  });

  it('quotes CSV cells that need it', async () => {
    const res = await request(t.app.server).get('/statements?format=csv').expect(200);
    expect(res.text).toContain('"We share a vision for fairer trade,"');
  });

  it('returns an empty body (CSV: nothing) when nothing matches, and rejects unknown formats', async () => {
    expect((await request(t.app.server).get('/events?type=assault&format=ndjson').expect(200)).text).toBe('');
    const bad = await request(t.app.server).get('/events?format=xml').expect(400);
    expect(bad.body.errors[0].parameter).toBe('format');
  });
});
