// Shared test helper: run the whole pipeline on a short article written for the test.
import { createExtractor } from '../../src/ingest/pipeline.js';
import { createGazetteer } from '../../src/ingest/gazetteer/index.js';
import type { Extraction } from '../../src/ingest/types.js';

const run = createExtractor(createGazetteer());

export function extractText(text: string, publishedAt = '2024-05-15'): Extraction & { name: (key: string | null) => string | null } {
  const x = run({ source: 'test.txt', text, publishedAt });
  return { ...x, name: (key) => x.actors.find((a) => a.key === key)?.name ?? null };
}
