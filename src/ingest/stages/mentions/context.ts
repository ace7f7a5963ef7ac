// The state one article's passes share. Each pass gets it as an argument rather than through
// module state, so what a pass reads and changes shows in its signature.
import type { ActorKind } from '../../types.js';
import type { Gazetteer } from '../../gazetteer/index.js';
import { normName, stripAccents, tokenize, type Token } from '../../text.js';
import type { Sentence } from '../sentences.js';
import type { ActorDraft, Mention, MentionType } from './types.js';

/** Actors listed together ("Chile, Peru and Bolivia"), remembered for later plural references. */
export interface CoordinatedGroup {
  keys: string[];
  kind: ActorKind;
  sent: number;
}

/** A description with no antecedent ("her Chilean counterpart"): it looks ahead once the article is read. */
export interface PendingDescription {
  m: Mention;
  country: string | null;
  head: string;
}

/** What the passes share while one article is read. */
export interface ArticleContext {
  readonly text: string;
  readonly sentences: Sentence[];
  readonly gaz: Gazetteer;
  /** The state the story is datelined in, when the story names it. */
  readonly datelineCountry: string | null;
  /** Mentions of the sentences read so far, in reading order. */
  readonly mentions: Mention[];
  /** The article's actors by key, as found so far. */
  readonly actors: Map<string, ActorDraft>;
  /** Lists of coordinated actors, for plural references. */
  readonly groups: CoordinatedGroup[];
  /** Descriptions waiting for a name later in the article. */
  readonly pendingForward: PendingDescription[];
  /** Numbered plurals of states with no list before them ("the five Nordic countries"): they look ahead once the article is read. */
  readonly pendingPlurals: { m: Mention; n: number }[];
  /** Acronym -> actor key, from "Joint Chiefs of Staff (JCS)". */
  readonly acronyms: Map<string, string>;
  /** Name -> actor key of bodies first named after a noun for what they are ("the hacking group Andariel"), so the name alone names them again. */
  readonly bodyNames: Map<string, string>;
  /** "Congo" alone is the DRC in this story. */
  readonly bareCongo: boolean;
  /** "Korea" alone is South Korea in this story (it never names the North). */
  readonly bareKorea: boolean;
  /** States with a shared capital ("Georgetown") or demonym ("Dominican") that this story names, so those stand for them. */
  readonly namedStatesWithSharedNames: Set<string>;
  /** Two-word names that open a sentence as its subject ("Siriporn Chaiwat has spent ..."), found when first needed. */
  sentenceOpeners: { name: string; at: number }[] | null;
}

// A sentence opened by a two-word name and a verb: "Siriporn Chaiwat has spent three decades ...".
const OPENER = /(?:^|[.!?]["”]?\s+)(\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)\s+(?:has|had|is|was|[a-z]+ed)\b/gmu;

/** The article's sentence-opening two-word names, read once. */
export function sentenceOpeners(ctx: ArticleContext): { name: string; at: number }[] {
  ctx.sentenceOpeners ??= [...ctx.text.matchAll(OPENER)].map((m) => ({ name: m[1]!, at: (m.index ?? 0) + m[0].indexOf(m[1]!) }));
  return ctx.sentenceOpeners;
}

/** One sentence being read: its tokens, which of them mentions already cover, and its mentions so far. */
export interface SentenceScope {
  readonly ctx: ArticleContext;
  readonly s: Sentence;
  readonly toks: Token[];
  /** The mention covering each token; later passes skip covered tokens. */
  readonly covered: (Mention | null)[];
  /** This sentence's mentions; they join the article's once the sentence is read. */
  readonly local: Mention[];
}

const CARIBBEAN_STATES = new Set(['JAM', 'GUY', 'LCA', 'DMA', 'ATG', 'KNA', 'VCT', 'GRD', 'BRB', 'TTO', 'BHS', 'BLZ', 'SUR', 'HTI']);

export function createArticleContext(text: string, sentences: Sentence[], gaz: Gazetteer, datelineCountry: string | null): ArticleContext {
  // "Congo" alone, in a story about the Democratic Republic of Congo (and not about Brazzaville), is the DRC.
  const bareCongo = /\bDemocratic Republic of (?:the )?Congo\b|\bDR ?Congo\b|\bDRC\b|\bKinshasa\b/.test(text) && !/(?<!Democratic )\bRepublic of (?:the )?Congo\b|\bBrazzaville\b|\bCongo-Brazzaville\b/.test(text);
  // Capitals other places share ("Georgetown", "Kingston") and demonyms two states share ("Dominican") are that
  // state's only in a story that names the state, or, for the Caribbean's capitals, in a story about the
  // Caribbean Community ("Kingston will host the next meeting").
  const caribbean = /\bCARICOM\b|\bCaribbean Community\b/.test(text);
  const namedStatesWithSharedNames = new Set([...gaz.statesWithSharedNames].filter((iso) => {
    const st = gaz.states.get(iso);
    if (caribbean && CARIBBEAN_STATES.has(iso)) return true;
    const names = [...(st?.names ?? []), ...(st?.demonym && !gaz.sharedDemonyms.has(st.demonym) ? [st.demonym] : [])];
    // (A cheap look first: this runs for every article.)
    return names.some((n) => text.includes(n) && new RegExp(`\\b${n.replace(/[.()]/g, '\\$&')}\\b`).test(text));
  }));
  return {
    text, sentences, gaz, datelineCountry,
    mentions: [], actors: new Map(), groups: [], pendingForward: [], pendingPlurals: [], acronyms: new Map(), bodyNames: new Map(),
    bareCongo, bareKorea: !/\bNorth Korea|\bDPRK\b|\bPyongyang\b|\bNorth Korean/.test(text), namedStatesWithSharedNames,
    sentenceOpeners: null,
  };
}

/** An acronym given in parentheses after a body's name ("Joint Chiefs of Staff (JCS)") names it later on. */
export function noteAcronym(ctx: ArticleContext, end: number, key: string): void {
  const acr = /^\s*\(([A-Z]{2,6})\)/.exec(ctx.text.slice(end, end + 12))?.[1];
  if (acr && !ctx.acronyms.has(acr)) {
    ctx.acronyms.set(acr, key);
    ctx.actors.get(key)?.aliases.add(acr);
  }
}

/** The article's draft of a curated actor, made on first mention; null when the gazetteer has no such actor. */
export function ensureActor(ctx: ArticleContext, key: string, surface: string | null): ActorDraft | null {
  let a = ctx.actors.get(key);
  if (!a) {
    const info = ctx.gaz.actors.get(key);
    if (!info) return null;
    a = { key, name: info.name, kind: info.kind, country: info.country, role: null, seedRole: info.role, gender: info.gender, aliases: new Set(), nameTokens: normName(info.name).split(' ') };
    ctx.actors.set(key, a);
  }
  if (surface && surface !== a.name) a.aliases.add(surface);
  return a;
}

/** The article's draft of a body it names ("Philippine Coast Guard"), made on first mention. */
export function ensureBody(ctx: ArticleContext, key: string, name: string, country: string | null): ActorDraft {
  let a = ctx.actors.get(key);
  if (!a) {
    a = { key, name, kind: 'organization', country, role: null, seedRole: null, gender: null, aliases: new Set(), nameTokens: [] };
    ctx.actors.set(key, a);
  }
  return a;
}

/** A state's ministry of a portfolio ("Iranian foreign ministry"): one actor however the text names it. */
export function ensureMinistry(ctx: ArticleContext, country: string, portfolio: string): ActorDraft {
  const st = ctx.gaz.states.get(country);
  return ensureBody(ctx, `org:${country.toLowerCase()}-${portfolio}-ministry`, `${st?.demonym ?? st?.name ?? country} ${portfolio} ministry`, country);
}

/**
 * Mentions a longer name takes in ("Chinese" in "the Chinese Embassy in Hanoi"): they leave the
 * sentence's list, and tokens [from, to) are free again for the mention that replaces them.
 */
export function absorb(sc: SentenceScope, taken: (Mention | null | undefined)[], from = 0, to = 0): void {
  for (const m of taken) {
    const at = m ? sc.local.indexOf(m) : -1;
    if (at >= 0) sc.local.splice(at, 1);
  }
  sc.covered.fill(null, from, to);
}

/** The article's persons found so far. */
export function persons(ctx: ArticleContext): ActorDraft[] {
  return [...ctx.actors.values()].filter((a) => a.kind === 'person');
}

/** Where the actor was last mentioned in the sentences read so far; -1 if never. */
export function lastMentionOf(ctx: ArticleContext, key: string): number {
  const { mentions } = ctx;
  for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i]!.key === key) return mentions[i]!.start;
  return -1;
}

/** The actors, the one mentioned last first (each position looked up once, not in the comparator). */
export function latestFirst(ctx: ArticleContext, actors: ActorDraft[]): ActorDraft[] {
  const at = new Map(actors.map((a) => [a.key, lastMentionOf(ctx, a.key)]));
  return actors.sort((a, b) => (at.get(b.key) ?? -1) - (at.get(a.key) ?? -1));
}

/** A token as the gazetteer indexes it (accents stripped). */
export const tk = (t: Token | undefined) => stripAccents(t?.text ?? '');
/** The "'s" of a possessive, a token of its own. */
export const isPossessiveTok = (t: Token | undefined) => !!t && /^['’]s$/.test(t.text);
/** The token at i in lower case ('' past the sentence's end). */
export const lowerAt = (toks: Token[], i: number) => toks[i]?.text.toLowerCase() ?? '';

/** Tokenizes a sentence; no token is covered yet. */
export function openSentence(ctx: ArticleContext, s: Sentence): SentenceScope {
  const toks = tokenize(s.sentence, s.start);
  const covered: (Mention | null)[] = new Array(toks.length).fill(null);
  return { ctx, s, toks, covered, local: [] };
}

/** A mention over tokens [i, j) of the sentence; it covers them, so later passes leave them alone. */
export function addMention(sc: SentenceScope, i: number, j: number, type: MentionType, key: string | null, extra: Partial<Mention> = {}): Mention {
  const { ctx: { text }, s, toks, covered, local } = sc;
  const m: Mention = {
    start: toks[i]!.start, end: toks[j - 1]!.end, text: text.slice(toks[i]!.start, toks[j - 1]!.end), sent: s.index,
    key, keys: key ? [key] : [], type, isLocation: false, place: null, possessive: isPossessiveTok(toks[j]) && toks[j + 1]?.text !== 'office', inTitle: false, ...extra,
  };
  for (let k = i; k < j; k++) covered[k] = m;
  local.push(m);
  return m;
}

/**
 * "Islamabad blames the violence on X. Foreign Office spokeswoman Y said ...": a state that opens the sentence
 * before, as its subject, owns a body named next without an owner (before the dateline's state does).
 */
export function stateOpeningPrevious(sc: SentenceScope): string | null {
  const { ctx: { mentions, sentences, text, actors }, s } = sc;
  const prev = sentences.find((x) => x.index === s.index - 1);
  const inPrev = prev ? mentions.filter((m) => m.sent === prev.index && m.key && !m.isLocation && m.type !== 'pronoun') : [];
  const state = prev ? openingState(inPrev, prev.start) : null;
  if (!state) return null;
  // ("North Korea fired missiles ..., South Korea's military said. The Joint Chiefs of Staff said ...": the body
  // goes on with the voice the sentence before quoted, not with its subject.)
  const sideOf = (k: string) => (k.startsWith('state:') ? k.slice(6) : actors.get(k)?.country ?? null);
  const voices = inPrev.filter((m) => /^(?:['’]s?\s+(?:[\w-]+\s+){0,2})?\s*(?:said|says|told|reported|announced)\b/.test(text.slice(m.end, m.end + 30)));
  return voices.some((m) => sideOf(m.key!) !== state) ? null : state;
}

/** "Vilnius declared ... after the State Security Department said ...": the state that opens this sentence, as its subject. */
export function stateOpeningHere(sc: SentenceScope): string | null {
  return openingState(sc.local, sc.s.start);
}

/** The state that a sentence starting at `start` opens with, as its subject ("Islamabad blames ..."), if any. */
function openingState(ms: Mention[], start: number): string | null {
  const first = ms.find((m) => m.key && !m.isLocation && m.type !== 'pronoun');
  return first && first.start === start && !first.possessive && first.key?.startsWith('state:') ? first.key.slice(6) : null;
}

/** "In Minsk, ...", "From Moscow, ...": the place a sentence opens in, named before its first comma. */
export function openingPlace(text: string, ms: readonly Mention[], sentenceStart: number): Mention | undefined {
  const lead = /^(?:In|From)\s+/.exec(text.slice(sentenceStart, sentenceStart + 6));
  if (!lead) return undefined;
  const m = ms.find((x) => x.start === sentenceStart + lead[0].length && x.place?.country && (x.type === 'capital' || x.isLocation));
  return m && /^\s*,/.test(text.slice(m.end, m.end + 2)) ? m : undefined;
}
