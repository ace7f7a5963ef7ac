// No record from scraping debris, ever: every kind of debris the guidelines
// name, each loaded with actors and event verbs, around a one-sentence article.
import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';

const DEBRIS = [
  'Follow us on Facebook and X for news about Chile and Peru',
  'Image Source : AP Argentine President Javier Milei meets Chilean President Gabriel Boric',
  'WATCH: Chile and Peru sign a trade deal in Lima',
  'Also Read: Peru accuses Bolivia of smuggling weapons across the border',
  '(With inputs from agencies)',
];

const BODY = 'Kenya and Tanzania signed an energy agreement in Nairobi on Tuesday.';

describe('debris', () => {
  it.each(DEBRIS)('yields nothing from %s', (line) => {
    const x = extractText(`${line}\n\n${BODY}\n\n${line}`);
    const names = x.actors.map((a) => a.name);
    for (const foreign of ['Chile', 'Peru', 'Bolivia', 'Argentina', 'Javier Milei', 'Gabriel Boric']) expect(names).not.toContain(foreign);
    const evidence = [...x.events, ...x.statements, ...x.allegations].map((r) => r.evidence.sentence);
    for (const sentence of evidence) expect(sentence).not.toMatch(/Chile|Peru|Bolivia|Milei|Follow us|WATCH|Also Read|inputs from/);
    expect(x.cleanText).not.toContain(line);
  });
});
