import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIngester } from '../../src/ingest/job.js';
import type { Extraction, RawArticle } from '../../src/ingest/types.js';
import { ExtractionError } from '../../src/ingest/types.js';
import { createTestDb, fixtureExtractions, type TestDb } from '../helpers/fixtures.js';

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.cleanup());

const counts = () =>
  Object.fromEntries(
    ['articles', 'actors', 'events', 'event_participants', 'statements', 'allegations', 'allegation_parties'].map((table) => [
      table,
      (t.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    ]),
  );

async function* items(...articles: RawArticle[]) {
  for (const [i, article] of articles.entries()) yield { origin: `input-${i}`, article };
}

describe('storing an article', () => {
  it('writes all of an article or none of it', async () => {
    const [good, , broken] = fixtureExtractions();
    if (!good || !broken) throw new Error('fixtures');
    // The second extraction's allegation names an actor it does not list: the store fails midway.
    const bad: Extraction = { ...broken, allegations: broken.allegations.map((a) => ({ ...a, accusedKeys: ['state:XXX'] })) };
    const byText = new Map([
      ['good', good],
      ['bad', bad],
    ]);
    const ingester = createIngester(t.db, (raw) => {
      const x = byText.get(raw.text);
      if (!x) throw new ExtractionError('unknown');
      return x;
    });
    const report = await ingester.run(items({ source: 'a', text: 'good' }, { source: 'b', text: 'bad' }));
    expect(report.articles).toMatchObject({ read: 2, stored: 1, failed: 1 });
    expect(report.failures[0]?.reason).toMatch(/state:XXX/);
    // Only the good article's rows: the bad one's article, events and actors were rolled back.
    expect(counts()).toMatchObject({ articles: 1, events: 1, statements: 1, allegations: 0 });
    const russia = t.db.$client.prepare("SELECT count(*) AS n FROM actors WHERE key = 'state:RUS'").get() as { n: number };
    expect(russia.n).toBe(0);
  });

  it('collects extraction errors per article and goes on', async () => {
    const [first] = fixtureExtractions();
    if (!first) throw new Error('fixtures');
    const ingester = createIngester(t.db, (raw) => {
      if (raw.text === 'no date') throw new ExtractionError('no publication date');
      return first;
    });
    const report = await ingester.run(items({ source: 'x', text: 'no date' }, { source: 'y', text: 'ok' }));
    expect(report.failures).toEqual([{ input: 'input-0', reason: 'no publication date' }]);
    expect(report.articles.stored).toBe(1);
  });
});
