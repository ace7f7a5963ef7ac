// Plural references ("the three countries", "both sides", "the two leaders", "the ministers") and the
// lists of coordinated actors ("Chile, Peru and Bolivia") they refer back to.
import type { ActorKind } from '../../types.js';
import { addMention, ensureActor, lowerAt, type ArticleContext, type SentenceScope } from './context.js';
import { ROLE_HEADS } from './names.js';
import { descriptionFits } from './titles.js';
import type { Mention } from './types.js';

const PLURAL_NUM: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, both: 2 };
const PLURAL_STATE = /^(?:countries|nations|sides|governments|neighbours|neighbors|states|allies|capitals|powers)$/;
// "the two heads of state" are persons like "the two leaders".
const PLURAL_PERSON = /^(?:leaders|presidents|ministers|men|women|officials|diplomats|foreign|heads)$/;
export const UNNUMBERED_PLURAL = /^(?:ministers|leaders|presidents|parties|sides|delegations|interlocutors)$/;

// Between coordinated actors: commas, "and", "the", and title words ("Lula and Argentine President Milei").
const COORD_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$/;

/** "the three countries", "both sides", "the two leaders": a numbered plural after "the", "both", "his" or "her". */
const BARE_PLURAL_VERB = /^(?:agreed|discussed|met|signed|held|spoke|reviewed|exchanged|pledged|vowed|also|later|then|called|condemned|welcomed|expressed|reaffirmed|stressed)$/;

export function readNumberedPlural(sc: SentenceScope, i: number): number | null {
  const { ctx, s, toks, covered, local } = sc;
  const { mentions, actors, groups } = ctx;
  const lw = lowerAt(toks, i);
  // "the three countries", "both sides"
  const numTok = lw === 'both' ? 'both' : (toks[i + 1]!.text.toLowerCase());
  const n = PLURAL_NUM[numTok];
  if (n) {
    let j = lw === 'both' ? i + 1 : i + 2;
    // "The two agreed to ...": a number standing alone before a verb is the persons just named.
    const bare = lw === 'the' && BARE_PLURAL_VERB.test(toks[j]?.text ?? '');
    if (bare) j = i + 1;
    while (!bare && toks[j] && covered[j] && covered[j]!.type === 'demonym') j++;
    while (!bare && toks[j] && /^\p{L}+$/u.test(toks[j]!.text) && !PLURAL_STATE.test(toks[j]!.text) && !PLURAL_PERSON.test(toks[j]!.text) && j < i + 4) j++;
    // ("the two foreign ministers": the ministers, not any two persons.)
    if (!bare && toks[j]?.text === 'foreign' && toks[j + 1]?.text === 'ministers') j++;
    const noun = toks[j]?.text ?? '';
    const kind: ActorKind | null = bare ? 'person' : PLURAL_STATE.test(noun) ? 'state' : PLURAL_PERSON.test(noun) ? 'person' : null;
    if (kind) {
      // "the two heads of state" are presidents, not a premier mentioned in between.
      const headOfState = noun === 'heads' && toks[j + 1]?.text === 'of' && toks[j + 2]?.text === 'state';
      let keys = resolvePlural(sc, n, kind, i, noun === 'ministers' ? 'ministers' : /^(?:presidents|leaders)$/.test(noun) ? noun.slice(0, -1) : headOfState ? 'president' : null);
      // "the two presidents are expected to discuss it by phone" in a story that names no president: the two
      // states the story is about speak through them.
      if (!keys.length && kind === 'person' && /^(?:presidents|heads)$/.test(noun)) keys = resolvePlural(sc, n, 'state', i, null);
      // "the two leaders sat down for talks. ... the two sides signed": sides are the states of the pair just met.
      if (/^(?:sides|parties)$/i.test(noun)) {
        const pair = [...groups, ...[...mentions, ...local].filter((x) => x.type === 'plural' && x.end <= toks[i]!.start).map((x) => ({ keys: x.keys, kind: actors.get(x.keys[0] ?? '')?.kind, sent: x.sent }))]
          .sort((a, b) => a.sent - b.sent).reverse().find((g) => g.keys.length === n && g.kind === 'person' && g.sent >= s.index - 2);
        const states = [...new Set(pair?.keys.map((k) => actors.get(k)?.country).filter((c): c is string => !!c) ?? [])];
        if (pair && states.length === n && states.every((c) => ensureActor(ctx, `state:${c}`, null))) keys = states.map((c) => `state:${c}`);
      }
      const m = addMention(sc, i, j + 1, 'plural', keys[0] ?? null);
      m.keys = keys;
      if (!keys.length && kind === 'state') ctx.pendingPlurals.push({ m, n });
      // "the two countries' border": a plural possessive qualifies a place or thing; "the two
      // countries' foreign ministers" still stands for them.
      if (/^['’]$/.test(toks[j + 1]?.text ?? '') && !toks.slice(j + 2, j + 5).some((t) => ROLE_HEADS.has(t.text.toLowerCase()) || /^(?:delegations?|officials|governments|forces|troops|armies|navies)$/i.test(t.text))) m.possessive = true;
      return j;
    }
  }
  return null;
}

/** "The presidents of Kyrgyzstan and Tajikistan": the two states named after "of". */
export function readPluralOfStates(sc: SentenceScope, i: number, j: number, head: string): number | null {
  const { toks, covered } = sc;
  const lw = lowerAt(toks, i);
  // "the ministers", "the parties", "the two sides" without a number: the pair or group just named.
  // "The presidents of Kyrgyzstan and Tajikistan": the states listed after "of".
  if (lw === 'the' && UNNUMBERED_PLURAL.test(head) && !covered[j] && toks[j + 1]?.text === 'of' && covered[j + 2]?.key?.startsWith('state:')) {
    const first = covered[j + 2]!;
    const k = toks.findIndex((t) => t.start >= first.end);
    const second = toks[k]?.text === 'and' ? covered[k + 1] : undefined;
    if (second?.key?.startsWith('state:') && second.key !== first.key) {
      const m = addMention(sc, i, j + 1, 'plural', first.key);
      m.keys = [first.key!, second.key!];
      first.inTitle = true;
      second.inTitle = true;
      return j;
    }
  }
  return null;
}

/** "the ministers", "the sides" with no number and no "of": the group just named, else a pair. */
export function readUnnumberedPlural(sc: SentenceScope, i: number, j: number, head: string): number | null {
  const { ctx: { groups }, s, toks, covered } = sc;
  const lw = lowerAt(toks, i);
  // ("The presidents of the two countries": whose they are follows, and stands for them.)
  if (lw === 'the' && j === i + 1 && UNNUMBERED_PLURAL.test(head) && !covered[j] && toks[j + 1]?.text !== 'of') {
    const recent = [...groups].reverse().find((g) => g.sent >= s.index - 3);
    const kind: ActorKind = /^(?:ministers|leaders|presidents|interlocutors)$/.test(head) ? 'person' : 'state';
    const keys = recent?.keys ?? resolvePlural(sc, 2, kind, i, null);
    if (keys.length >= 2) {
      const m = addMention(sc, i, j + 1, 'plural', keys[0] ?? null);
      m.keys = keys;
      return j;
    }
    // (After "the five Nordic countries" still waiting for their list, "the ministers" waits with them.)
    if (sc.ctx.pendingPlurals.length) {
      addMention(sc, i, j + 1, 'plural', null);
      return j;
    }
  }
  return null;
}

/** The n actors of a kind a plural reference at token `at` stands for; head narrows persons by role ("the two ministers"). */
function resolvePlural(sc: SentenceScope, n: number, kind: ActorKind, at: number, head: string | null): string[] {
  const { ctx: { text, sentences, mentions, actors, groups }, s, toks, local } = sc;
  const fits = (k: string) => !head || descriptionFits(actors.get(k)!, head, null);
  // "Congo and Rwanda have agreed ..., after the two countries' ministers met": a list earlier in the same sentence.
  const before = local.filter((m) => m.end <= toks[at]!.start && m.key && !m.isLocation && !m.inTitle && m.type !== 'pronoun' && !(m.possessive && m.key.startsWith('state:'))).sort((a, b) => a.start - b.start);
  for (let k = before.length - 1; k >= n - 1; k--) {
    const run = before.slice(k - n + 1, k + 1);
    const keys = [...new Set(run.map((m) => m.key!))];
    // The whole list, not the tail of a longer one ("Mali, Burkina Faso and Niger" holds no pair).
    const prior = before[k - n];
    const wholeList = !prior || !COORD_GAP.test(text.slice(prior.end, run[0]!.start));
    if (wholeList && keys.length === n && keys.every((key) => actors.get(key)?.kind === kind && fits(key)) && run.every((m, q) => q === 0 || COORD_GAP.test(text.slice(run[q - 1]!.end, m.start)))) return keys;
  }
  // A list named earlier, unless the paragraph has since named as many others of the kind (a new story in a roundup).
  const sentsOfParagraph = new Set(sentences.filter((x) => x.paragraph === s.paragraph).map((x) => x.index));
  const namedHere = new Set([...mentions, ...local].filter((m) => sentsOfParagraph.has(m.sent) && m.end <= toks[at]!.start && m.key && !m.isLocation && actors.get(m.key)?.kind === kind).map((m) => m.key!));
  const stale = (x: { keys: string[]; sent: number }) => x.sent < s.index - 3 && !sentsOfParagraph.has(x.sent) && [...namedHere].filter((k) => !x.keys.includes(k)).length >= n;
  const g = [...groups].reverse().find((x) => x.keys.length === n && x.kind === kind && x.keys.every(fits) && !stale(x));
  if (g) return g.keys;
  const seen: string[] = [];
  const pool = [...mentions, ...local.filter((m) => m.end <= toks[at]!.start)];
  for (let k = pool.length - 1; k >= 0 && seen.length < n; k--) {
    const m = pool[k]!;
    if (m.key && !m.isLocation && actors.get(m.key)?.kind === kind && !seen.includes(m.key) && fits(m.key)) seen.push(m.key);
  }
  return seen.length === n ? seen : [];
}

/** The last two actors coordinated in this sentence before token `at` ("Chile and Peru ... they"). */
export function localGroup(sc: SentenceScope, at: number): string[] | null {
  const { ctx: { text }, toks, local } = sc;
  const ms = local.filter((m) => m.key && !m.isLocation && !m.inTitle && m.end <= toks[at]!.start).sort((a, b) => a.start - b.start);
  for (let k = ms.length - 1; k > 0; k--) {
    const a = ms[k - 1]!;
    const b = ms[k]!;
    if (COORD_GAP.test(text.slice(a.end, b.start))) return [...new Set([a.key!, b.key!])];
  }
  return null;
}

/** Coordinated actors ("Chile, Peru and Bolivia") are remembered for plural references. */
export function rememberCoordinatedGroups(sc: SentenceScope): void {
  const { ctx: { text, actors, groups }, s, local } = sc;
  local.sort((a, b) => a.start - b.start);
  let run: Mention[] = [];
  // A list ends with a conjunction ("Chile, Peru and Bolivia"); commas alone join no list
  // ("... around Ukraine, the Russian Foreign Ministry reported").
  let conjoined = false;
  const flush = () => {
    const keys = [...new Set(run.map((m) => m.key!))];
    const kinds = new Set(keys.map((k) => actors.get(k)?.kind));
    if (keys.length >= 2 && kinds.size === 1 && conjoined) groups.push({ keys, kind: [...kinds][0]!, sent: s.index });
    run = [];
    conjoined = false;
  };
  for (const m of local) {
    // A possessive modifier ("Egypt's Abdel Fattah El-Sisi, Jordan's King Abdullah II") is not a member of the list.
    if (!m.key || m.isLocation || m.type === 'pronoun' || m.inTitle || (m.possessive && m.key.startsWith('state:'))) continue;
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.end, m.start) : '';
    if (prev && COORD_GAP.test(gap) && !prev.possessive) {
      run.push(m);
      if (/\band\b/.test(gap)) conjoined = true;
    } else {
      flush();
      run = [m];
    }
  }
  flush();
}

/**
 * "The foreign ministers of the five Nordic countries agreed ... Norway, Sweden, Finland, Denmark and
 * Iceland will share ...": a numbered plural no list came before stands for the first list of as many
 * states after it, and so do the plain plurals in between that found no one ("The ministers met").
 */
export function resolveForwardPlurals(ctx: ArticleContext): void {
  for (const { m, n } of ctx.pendingPlurals) {
    const list = ctx.groups.find((g) => g.sent > m.sent && g.keys.length === n && g.kind === 'state');
    if (!list) continue;
    for (const x of ctx.mentions) {
      if (x === m || (x.type === 'plural' && !x.keys.length && x.sent > m.sent && x.sent < list.sent)) {
        x.keys = [...list.keys];
        x.key = list.keys[0] ?? null;
      }
    }
  }
}
