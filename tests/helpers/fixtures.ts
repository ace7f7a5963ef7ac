// Hand-built extractions stored through the real store, so API tests do not
// depend on the pipeline's accuracy. The sentences are written for the tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src/db/client.js';
import { createArticleStore } from '../../src/ingest/store.js';
import type { Evidence, ExtractedActor, Extraction } from '../../src/ingest/types.js';

export const ACTORS = {
  russia: { key: 'state:RUS', name: 'Russia', kind: 'state', country: 'RUS', role: null, aliases: ['Moscow', 'Kremlin'] },
  france: { key: 'state:FRA', name: 'France', kind: 'state', country: 'FRA', role: null, aliases: ['Paris'] },
  brazil: { key: 'state:BRA', name: 'Brazil', kind: 'state', country: 'BRA', role: null, aliases: [] },
  lavrov: { key: 'person:sergei lavrov', name: 'Sergei Lavrov', kind: 'person', country: 'RUS', role: 'Foreign Minister', aliases: ['Lavrov'] },
  barrot: { key: 'person:jean-noel barrot', name: 'Jean-Noël Barrot', kind: 'person', country: 'FRA', role: 'Foreign Minister', aliases: ['Barrot'] },
  vieira: { key: 'person:mauro vieira', name: 'Mauro Vieira', kind: 'person', country: 'BRA', role: 'Foreign Minister', aliases: ['Vieira'] },
} satisfies Record<string, ExtractedActor>;

function evidenceIn(text: string, sentence: string): Evidence {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture sentence not in text: ${sentence}`);
  return { sentence, start, end: start + sentence.length };
}

/** Three small articles: a visit, a call and an accusation with a denial. */
export function fixtureExtractions(): Extraction[] {
  const t1 = 'Paris hosted Brazilian Foreign Minister Mauro Vieira on Monday. "We share a vision for fairer trade," Barrot said.';
  const t2 = 'Lavrov spoke by phone with Vieira on Friday. Lavrov said that both sides want a ceasefire in the region.';
  const t3 = 'France accused Russia of jamming satellite signals over the Baltic. Moscow dismissed the accusation as absurd.';
  return [
    {
      title: 'Vieira visits Paris',
      publishedAt: '2025-03-10',
      cleanText: t1,
      actors: [ACTORS.france, ACTORS.vieira, ACTORS.barrot, ACTORS.brazil],
      events: [
        {
          type: 'consult',
          mode: 'visit',
          date: { value: '2025-03-10', precision: 'day' },
          status: 'occurred',
          location: { name: 'Paris', country: 'FRA' },
          participants: [
            { actorKey: ACTORS.france.key, role: 'source' },
            { actorKey: ACTORS.vieira.key, role: 'target' },
          ],
          evidence: evidenceIn(t1, 'Paris hosted Brazilian Foreign Minister Mauro Vieira on Monday.'),
        },
      ],
      statements: [
        {
          speakerKey: ACTORS.barrot.key,
          text: 'We share a vision for fairer trade,',
          kind: 'direct',
          date: { value: '2025-03-10', precision: 'day' },
          evidence: evidenceIn(t1, '"We share a vision for fairer trade," Barrot said.'),
        },
      ],
      allegations: [],
    },
    {
      title: 'Lavrov and Vieira speak by phone',
      publishedAt: '2025-04-04',
      cleanText: t2,
      actors: [ACTORS.lavrov, ACTORS.vieira],
      events: [
        {
          type: 'consult',
          mode: 'phone',
          date: { value: '2025-04', precision: 'month' },
          status: 'occurred',
          location: null,
          participants: [
            { actorKey: ACTORS.lavrov.key, role: 'participant' },
            { actorKey: ACTORS.vieira.key, role: 'participant' },
          ],
          evidence: evidenceIn(t2, 'Lavrov spoke by phone with Vieira on Friday.'),
        },
      ],
      statements: [
        {
          speakerKey: ACTORS.lavrov.key,
          text: 'both sides want a ceasefire in the region',
          kind: 'indirect',
          date: null,
          evidence: evidenceIn(t2, 'Lavrov said that both sides want a ceasefire in the region.'),
        },
      ],
      allegations: [],
    },
    {
      title: 'France accuses Russia of jamming',
      publishedAt: '2025-05-20',
      cleanText: t3,
      actors: [ACTORS.france, ACTORS.russia],
      events: [
        {
          type: 'accuse',
          mode: null,
          date: null,
          status: 'occurred',
          location: null,
          participants: [
            { actorKey: ACTORS.france.key, role: 'source' },
            { actorKey: ACTORS.russia.key, role: 'target' },
          ],
          evidence: evidenceIn(t3, 'France accused Russia of jamming satellite signals over the Baltic.'),
        },
        {
          type: 'reject',
          mode: null,
          date: null,
          status: 'occurred',
          location: null,
          participants: [
            { actorKey: ACTORS.russia.key, role: 'source' },
            { actorKey: ACTORS.france.key, role: 'target' },
          ],
          evidence: evidenceIn(t3, 'Moscow dismissed the accusation as absurd.'),
        },
      ],
      statements: [],
      allegations: [
        {
          claim: 'jamming satellite signals over the Baltic',
          status: 'denied',
          accuserKeys: [ACTORS.france.key],
          accusedKeys: [ACTORS.russia.key],
          denials: [{ actorKey: ACTORS.russia.key, text: 'dismissed the accusation as absurd', evidence: evidenceIn(t3, 'Moscow dismissed the accusation as absurd.') }],
          evidence: evidenceIn(t3, 'France accused Russia of jamming satellite signals over the Baltic.'),
        },
      ],
    },
  ];
}

export interface TestDb {
  db: Db;
  path: string;
  cleanup: () => void;
}

/** A fresh SQLite file with the real migrations, removed by cleanup(). */
export function createTestDb(): TestDb {
  const dir = mkdtempSync(join(tmpdir(), 'communique-test-'));
  const path = join(dir, 'test.sqlite');
  const db = openDatabase(path);
  return {
    db,
    path,
    cleanup: () => {
      if (db.$client.open) db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function storeFixtures(db: Db): string[] {
  const store = createArticleStore(db);
  return fixtureExtractions().map((x, i) => store.store(`fixture-${i + 1}.txt`, x).articleId);
}
