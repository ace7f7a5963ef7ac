import { describe, it, expect } from 'vitest';
import { createDefaultExtractor } from '../../src/ingest/pipeline.js';
import { ExtractionError } from '../../src/ingest/types.js';

const extract = createDefaultExtractor();

describe('extract', () => {
  it('gives every record evidence that points into the clean text', () => {
    const x = extract({ source: 'x.txt', text: 'ROME, May 14 (Wire) - Italian Prime Minister Lia Neri met Maltese Prime Minister Paul Borg on Tuesday. “We agreed on a lot,” Neri said.', fallbackDate: '2024-05-14' });
    expect(x.publishedAt).toBe('2024-05-14');
    for (const r of [...x.events, ...x.statements]) expect(x.cleanText.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
    expect(x.events[0]?.location?.name).toBe('Rome');
  });

  it('keeps actor keys stable across articles', () => {
    const a = extract({ source: 'a', text: 'Moscow said nothing.', publishedAt: '2024-01-01' });
    const b = extract({ source: 'b', text: 'Russia said nothing.', publishedAt: '2024-02-01' });
    expect(a.actors[0]!.key).toBe('state:RUS');
    expect(b.actors[0]!.key).toBe('state:RUS');
  });

  it('throws ExtractionError for unusable input', () => {
    expect(() => extract({ source: 'x', text: '' })).toThrow(ExtractionError);
  });
});
