import { describe, it, expect } from 'vitest';
import { splitSentences } from '../../src/ingest/stages/sentences.js';

describe('splitSentences', () => {
  it('keeps offsets into the text', () => {
    const text = 'The envoy left. She returned later.\n\nA new paragraph starts.';
    const s = splitSentences(text);
    expect(s.map((x) => x.sentence)).toEqual(['The envoy left.', 'She returned later.', 'A new paragraph starts.']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.sentence);
    expect(s[2]!.paragraph).toBe(1);
  });

  it('does not split after abbreviations, initials or dotted acronyms', () => {
    const s = splitSentences('U.S. officials met Dr. Jane Q. Public on Jan. 5 in the U.K. capital. Then they left.');
    expect(s).toHaveLength(2);
  });

  it('does not split inside an open quotation', () => {
    const s = splitSentences('“We came to listen. Now we will act,” the envoy said. Talks resume soon.');
    expect(s).toHaveLength(2);
    expect(s[0]!.sentence).toContain('the envoy said.');
  });
});
