// Stage 2: split the clean text into sentences with offsets into it.
import type { Evidence } from '../types.js';

export interface Sentence extends Evidence {
  index: number;
  paragraph: number;
}

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm', 'gov', 'sen', 'rep', 'jr', 'sr', 'prof',
  'inc', 'ltd', 'co', 'corp', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'mt', 'ft', 'approx', 'est', 'dept', 'govt', 'hon', 'amb', 'maj', 'brig',
  // Philippine ranks in a transcript's labels: "ASEC. MAGSINO:", "USEC. ABAD".
  'asec', 'usec', 'sec',
]);

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const paraRe = /[^\n]+/g;
  for (const pm of text.matchAll(paraRe)) {
    const pStart = pm.index ?? 0;
    const para = pm[0];
    let from = 0;
    // A boundary is end punctuation, optional closing quotes/brackets, space, then
    // something that can open a sentence (capital, digit, opening quote).
    const re = /[.!?]["”’')\]]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;
    for (const m of para.matchAll(re)) {
      const end = (m.index ?? 0) + m[0].length;
      // Never split inside an open quotation: "We did our part. Now it is up to them," she said.
      const upTo = para.slice(0, end);
      const opens = (upTo.match(/“/g) ?? []).length - (upTo.match(/”/g) ?? []).length;
      const straight = (upTo.match(/"/g) ?? []).length % 2;
      if (opens > 0 || straight === 1) continue;
      const before = para.slice(from, m.index ?? 0);
      const lastWord = before.slice(before.lastIndexOf(' ') + 1);
      if (m[0][0] === '.') {
        if (ABBREVIATIONS.has(lastWord.toLowerCase())) continue;
        // Initials ("Joseph R. Biden") and dotted acronyms ("U.S. President").
        if (/^\p{Lu}$/u.test(lastWord) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(lastWord)) continue;
        // "Foreign Secretary Ma. Theresa Lazaro": an abbreviated given name right after a capitalised title word.
        if (lastWord === 'Ma' && /\b\p{Lu}[\p{L}-]+\s+Ma$/u.test(before) && /^\s*\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(para.slice(end))) continue;
      }
      push(pStart + from, pStart + end);
      from = end;
      while (from < para.length && para[from] === ' ') from++;
    }
    if (from < para.length) push(pStart + from, pStart + para.length);
    paragraph++;
  }
  function push(start: number, end: number) {
    const sentence = text.slice(start, end);
    if (sentence.trim()) out.push({ sentence, start, end, index: out.length, paragraph });
  }
  return out;
}

/** The sentence's quotations, as [start, end) offsets in the clean text. */
export function quotationSpans(s: Sentence): (readonly [number, number])[] {
  return [...s.sentence.matchAll(/[“"][^”"]*[”"]/g)].map((q) => [s.start + (q.index ?? 0), s.start + (q.index ?? 0) + q[0].length] as const);
}
