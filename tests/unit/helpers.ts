// Shared test helper: run the whole pipeline on a short article written for the test.
import { createExtractor } from '../../src/ingest/pipeline.js';
import { createGazetteer } from '../../src/ingest/gazetteer/index.js';
import type { Extraction } from '../../src/ingest/types.js';

const run = createExtractor(createGazetteer());

export function extractText(text: string, publishedAt = '2024-05-15'): Extraction & { name: (key: string | null) => string | null } {
  const x = run({ source: 'test.txt', text, publishedAt });
  return { ...x, name: (key) => x.actors.find((a) => a.key === key)?.name ?? null };
}

export type Doc = ReturnType<typeof extractArticle>;

/** Runs the pipeline on a whole test article (header, dateline and all) and adds finders by actor name. */
export function extractArticle(text: string, opts: { publishedAt?: string; fallbackDate?: string } = {}) {
  const x = run({ source: 'test.txt', text, publishedAt: opts.publishedAt ?? null, fallbackDate: opts.fallbackDate ?? null });
  const name = (key: string | null) => x.actors.find((a) => a.key === key)?.name ?? null;
  const actor = (n: string) => x.actors.find((a) => a.name === n || a.aliases.includes(n));
  const names = (keys: string[]) => keys.map(name);
  /** Events of a type whose participants include every name given. */
  const events = (type: string, ...who: string[]) =>
    x.events.filter((e) => e.type === type && who.every((w) => e.participants.some((p) => name(p.actorKey) === w)));
  const role = (e: Extraction['events'][number], n: string) => e.participants.find((p) => name(p.actorKey) === n)?.role ?? null;
  const said = (speaker: string) => x.statements.filter((s) => name(s.speakerKey) === speaker);
  const allegation = (contains: string) => x.allegations.find((a) => a.claim.includes(contains));
  return { ...x, name, actor, names, eventsOf: events, role, said, allegation };
}
