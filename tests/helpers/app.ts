import { buildApp, type App } from '../../src/app.js';
import { createIngester } from '../../src/ingest/job.js';
import { createTestDb, storeFixtures, type TestDb } from './fixtures.js';

export interface TestApp extends TestDb {
  app: App;
  articleIds: string[];
}

/** The real app over a fresh SQLite file holding the fixture articles. */
export async function createTestApp(options: { apiKey?: string; fixtures?: boolean } = {}): Promise<TestApp> {
  const testDb = createTestDb();
  const articleIds = options.fixtures === false ? [] : storeFixtures(testDb.db);
  const app = await buildApp({ db: testDb.db, ingester: createIngester(testDb.db), apiKey: options.apiKey });
  await app.ready();
  return {
    ...testDb,
    app,
    articleIds,
    cleanup: () => {
      void app.close();
      testDb.cleanup();
    },
  };
}
