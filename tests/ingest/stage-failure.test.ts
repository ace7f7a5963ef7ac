// A stage that throws on one odd article must not cost the batch: the article is stored with the
// records the other stages found, the run reports a warning, and every other article is stored whole.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGazetteer, type Gazetteer } from '../../src/ingest/gazetteer/index.js';
import { createIngester } from '../../src/ingest/job.js';
import { createExtractor } from '../../src/ingest/pipeline.js';
import type { RawArticle } from '../../src/ingest/types.js';
import { createTestDb, type TestDb } from '../helpers/fixtures.js';

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.cleanup());

/** A gazetteer whose surname index breaks on one name, as a bug in a stage would on one article. */
function gazetteerBreakingOn(surname: string): Gazetteer {
  const gaz = createGazetteer();
  const index = new Map(gaz.personsBySurname);
  const get = index.get.bind(index);
  index.get = (key: string) => {
    if (key === surname) throw new Error(`cannot read ${surname}`);
    return get(key);
  };
  return { ...gaz, personsBySurname: index };
}

const article = (source: string, text: string): RawArticle => ({ source, text, publishedAt: '2024-05-15' });

async function* items(...articles: RawArticle[]) {
  for (const [i, a] of articles.entries()) yield { origin: `input-${i}`, article: a };
}

describe('a stage failing on one article', () => {
  it('keeps the article with what the other stages found, and says which stage failed', () => {
    const extract = createExtractor(gazetteerBreakingOn('zzyzx'));
    const x = extract(article('odd.txt', 'Chilean President Ana Zzyzx met Peruvian President Juan Rios in Lima on Monday.'));
    expect(x.warnings?.[0]).toMatch(/^mentions: cannot read zzyzx/);
    expect(x.cleanText).toContain('Lima');
    expect(x.events).toEqual([]);
  });

  it('stores every article of the batch and reports a warning, not a failure', async () => {
    const ingester = createIngester(t.db, createExtractor(gazetteerBreakingOn('zzyzx')));
    const report = await ingester.run(
      items(
        article('good.txt', 'Chilean President Ana Vera met Peruvian President Juan Rios in Lima on Monday.'),
        article('odd.txt', 'Chilean President Ana Zzyzx met Peruvian President Juan Rios in Lima on Monday.'),
      ),
    );
    expect(report.articles).toMatchObject({ read: 2, stored: 2, failed: 0 });
    expect(report.failures).toEqual([]);
    expect(report.warnings).toEqual([{ input: 'input-1', reason: expect.stringMatching(/^mentions: /) }]);
    expect(report.records.events).toBeGreaterThan(0);
  });
});
