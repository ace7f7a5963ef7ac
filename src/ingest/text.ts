// Small text helpers shared by the stages: tokenising with offsets and
// normalising names so spelling variants compare equal.

export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words keep inner hyphens and apostrophes ("Thomas-Greenfield", "O'Brien")
// but not the possessive 's, which becomes its own token; dotted acronyms
// ("U.S.", "U.N.") stay whole; every other non-space character is a token.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+|['’](?!s(?![\p{L}]))[\p{L}]+)*|['’]s(?![\p{L}])|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = offset + (m.index ?? 0);
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

export function stripAccents(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Lower-case, accent- and punctuation-free form used for keys and comparisons. */
export function normName(s: string): string {
  return stripAccents(s)
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function slug(s: string): string {
  return normName(s).replace(/ /g, '-');
}

export const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
