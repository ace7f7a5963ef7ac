// References: what names no actor by itself but stands for one already found. Read after every
// name in the sentence, so a description or pronoun can point back to names later in its own
// sentence's left context as well as to earlier sentences.
import type { SentenceScope } from './context.js';
import { readDeterminedPhrase, readNeighbour, readOwnedOffice, readUnnamedSpokesperson } from './descriptions.js';
import { readCrowd, readJunta } from './group-actors.js';
import { readAcronym } from './organizations.js';
import { readPronoun } from './pronouns.js';

/**
 * Each uncovered token is tried by the readers in this order; the first that takes it says which
 * token it read up to, and the scan goes on after that. The order matters: an acronym or "Sudan's
 * army" is read before "the army", a junta before "the military", and "they" before "the".
 */
export function readReferences(sc: SentenceScope): void {
  const { toks, covered } = sc;
  for (let i = 0; i < toks.length; i++) {
    if (covered[i]) continue;
    const last = readAcronym(sc, i) ?? readOwnedOffice(sc, i) ?? readJunta(sc, i) ?? readCrowd(sc, i) ?? readNeighbour(sc, i) ?? readPronoun(sc, i) ?? readUnnamedSpokesperson(sc, i) ?? readDeterminedPhrase(sc, i);
    if (last !== null) i = last;
  }
}
