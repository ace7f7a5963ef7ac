// Names the gazetteer knows: states by name, capital, seat of government ("the Kremlin") or demonym,
// curated persons and organizations, and cities as places. Read first, longest match first, so
// the passes after see which tokens are taken.
import type { GazEntry } from '../../gazetteer/index.js';
import { normName } from '../../text.js';
import { addMention, ensureActor, ensureMinistry, isPossessiveTok, persons, stateOpeningPrevious, tk, type SentenceScope } from './context.js';
import { HONORIFICS, isNameStart, NOT_NAME, plainName, ROLE_HEADS, ROLE_MODS } from './names.js';
import type { Mention, MentionType } from './types.js';

const LOC_PREPS = new Set(['in', 'at', 'to', 'from', 'near', 'outside', 'inside', 'into', 'via', 'towards', 'toward', 'across', 'around', 'visit', 'visited', 'visiting', 'within']);
const INSTRUMENT = /^(?:Conventions?|Agreements?|agreements?|Accords?|accords?|Treaty|Declaration|Protocol|Process|process|Format|format|Statute|Charter|Document|Consensus|Principles|Final)$/;

/** Gazetteer names, longest match first. */
export function readKnownNames(sc: SentenceScope): void {
  const { ctx: { text, gaz, namedStatesWithSharedNames }, toks, covered } = sc;
  for (let i = 0; i < toks.length; i++) {
    const list = gaz.index.get(tk(toks[i]));
    // ("Korea will provide USD 15 million", "the Korea-Africa Summit": in a story that never names the North, the South.)
    if (!list && toks[i]!.text === 'Korea' && sc.ctx.bareKorea && !covered[i]) {
      const south = gaz.index.get('South')?.find((e) => e.key === 'state:KOR' && e.form === 'name');
      if (south) addKnownName(sc, { ...south, tokens: ['Korea'], surface: 'Korea' }, i, i + 1);
      continue;
    }
    if (!list) continue;
    // ("after Georgetown accused Caracas": a capital shared with other places, or a demonym shared with another
    // state, counts in a story about its state.)
    // (A body's name may go lower case after its first word: "the UN security council".)
    const same = (e: GazEntry, w: string, k: number) => tk(toks[i + k]) === w || (k > 0 && !!e.key?.startsWith('org:') && /^[a-z]+$/.test(toks[i + k]?.text ?? '') && tk(toks[i + k]) === w.toLowerCase());
    const hit = list.find((e) => e.tokens.every((w, k) => same(e, w, k)) && (!e.needsStateNamed || namedStatesWithSharedNames.has(e.key?.slice(6) ?? '')));
    if (!hit) continue;
    const j = i + hit.tokens.length;
    // "US$15 million", "NZ$40m": a currency, not the state.
    if (text[toks[j - 1]!.end] === '$') continue;
    // "the Vienna Convention", "the Minsk agreements", "the Oslo Accords": a city naming an instrument is no party.
    if ((hit.form === 'capital' || hit.form === 'seat' || hit.form === 'city') && INSTRUMENT.test(toks[j]?.text ?? '')) {
      i = j - 1;
      continue;
    }
    // A country's name inside a person's name ("Alirio Montenegro Rivas", "Ana Paraguay Ruiz"): a given name
    // before it and a surname after it make it part of the name, left for the capitalised runs (persons.ts).
    if (hit.key?.startsWith('state:') && hit.form === 'name' && hit.tokens.length === 1 && i > 0 && plainName(toks[i - 1]) && !covered[i - 1] && plainName(toks[j])) continue;
    // A body's one-word name ending a person's name ("Thérèse Kayikwamba Wagner" is not the Wagner Group), or
    // standing alone for a person of the article who bears it as a surname ("Wagner said").
    if (/^(?:org|group):/.test(hit.key ?? '') && hit.tokens.length === 1 && ((i > 0 && plainName(toks[i - 1]) && !covered[i - 1]) || persons(sc.ctx).some((p) => p.nameTokens.length > 1 && p.name.split(' ').at(-1) === toks[i]!.text))) continue;
    // A curated person's one-word name as someone else's given name: "Argentine President Marcos Ledesma" is not Marcos.
    if (hit.key?.startsWith('person:') && hit.tokens.length === 1 && plainName(toks[j]) && !covered[j] && !gaz.index.has(tk(toks[j]!))) continue;
    // A state's name as a given name after an office: "Defence Minister Israel Katz".
    if (hit.key?.startsWith('state:') && hit.form === 'name' && hit.tokens.length === 1 && ROLE_HEADS.has((toks[i - 1]?.text ?? '').toLowerCase()) && plainName(toks[j]) && !gaz.index.has(tk(toks[j]!))) continue;
    // A city's name as a given name after an office: "former foreign minister Santiago Cafiero".
    if (hit.form !== 'name' && hit.form !== 'demonym' && hit.tokens.length === 1 && (ROLE_HEADS.has((toks[i - 1]?.text ?? '').toLowerCase()) || HONORIFICS.has(toks[i - 1]?.text ?? '')) && plainName(toks[j]) && !gaz.index.has(tk(toks[j]!))) continue;
    // A city's name as a surname after an office and a given name: "spokesman Rodel Santiago said".
    if (hit.form !== 'name' && hit.form !== 'demonym' && hit.tokens.length === 1 && i > 1 && plainName(toks[i - 1]) && !covered[i - 1] && !gaz.index.has(tk(toks[i - 1]!)) && (ROLE_HEADS.has((toks[i - 2]?.text ?? '').toLowerCase()) || HONORIFICS.has(toks[i - 2]?.text ?? ''))) continue;
    // A name that opens in lower case ("the West") is the start of a longer name before a capitalised word: "the West
    // Philippine Sea", "the West Bank".
    if (/^\p{Ll}/u.test(hit.tokens[0] ?? '') && plainName(toks[j])) continue;
    // A curated surname after an unknown given name is a spelling variant: "Emanuel Macron".
    let from = i;
    const prevTok = toks[i - 1]?.text ?? '';
    if (hit.key?.startsWith('person:') && hit.tokens.length === 1 && i > 0 && !covered[i - 1] && isNameStart(prevTok) && !NOT_NAME.has(prevTok) && !ROLE_HEADS.has(prevTok.toLowerCase()) && !ROLE_MODS.has(prevTok.toLowerCase())) from = i - 1;
    const m = addKnownName(sc, hit, from, j);
    if (m) i = j - 1;
  }
}

/** A gazetteer entry found at tokens [i, j): a place, or an actor of the article. */
function addKnownName(sc: SentenceScope, entry: GazEntry, i: number, j: number): Mention | null {
  const { ctx, toks, covered } = sc;
  const { text, gaz, bareCongo } = ctx;
  const e = bareCongo && entry.key === 'state:COG' && entry.surface === 'Congo' ? { ...entry, key: 'state:COD' } : entry;
  // "Pakistan's Foreign Office": another state's foreign ministry, not Britain's.
  if (e.key === 'org:uk-foreign-office') {
    const owner = isPossessiveTok(toks[i - 1]) ? covered[i - 2] : covered[i - 1]?.type === 'demonym' ? covered[i - 1] : null;
    // ("The Foreign Office summoned ..." in a story from Pakistan that has not named Britain: Pakistan's, that is
    // the state opening the sentence before, the dateline's state or the first state the story names.)
    const britainNamed = [...ctx.mentions, ...sc.local].some((m) => m.key === 'state:GBR' || m.place?.country === 'GBR');
    const storyState = stateOpeningPrevious(sc) ?? ctx.datelineCountry ?? ctx.mentions.find((m) => m.key?.startsWith('state:') && !m.isLocation)?.key?.slice(6) ?? null;
    const c = owner?.key?.startsWith('state:') ? owner.key.slice(6) : !owner && !britainNamed && storyState && storyState !== 'GBR' ? storyState : null;
    if (c && c !== 'GBR') {
      const ministry = ensureMinistry(ctx, c, 'foreign');
      ministry.aliases.add(text.slice(owner ? owner.start : toks[i]!.start, toks[j - 1]!.end));
      if (owner) owner.inTitle = true;
      return addMention(sc, i, j, 'org', ministry.key);
    }
  }
  const prev = (toks[i - 1]?.text ?? '').toLowerCase();
  const prev2 = (toks[i - 2]?.text ?? '').toLowerCase();
  // "in Seoul", "at the Kremlin", "the Lao capital Vientiane": the name is a place here.
  // "Officials in Dhaka", "the government in Kabul": those there speak for the state, the capital is no place here.
  const seatOfVoices = (prev === 'in' && /^(?:officials|authorities|diplomats|government|leaders|leadership|regime|administration|rulers)$/.test(prev2)) ||
    // "according to the Kremlin": the source of a report, not a place.
    ((prev === 'to' && prev2 === 'according') || (prev === 'the' && prev2 === 'to' && (toks[i - 3]?.text ?? '').toLowerCase() === 'according'));
  const locPrep = !seatOfVoices && (LOC_PREPS.has(prev) || (prev === 'the' && LOC_PREPS.has(prev2)) || prev === 'capital' || (prev === ',' && prev2 === 'capital'));
  if (e.form === 'city') return addMention(sc, i, j, 'name', null, { isLocation: true, place: e.place });
  // "Ethiopia's Afar and Somali regions", "the Kurdish region": a demonym naming a region is a place in another state.
  if (e.form === 'demonym' && /^\s+(?:regions?|provinces?|regional state)\b/.test(text.slice(toks[j - 1]!.end, toks[j - 1]!.end + 20))) return addMention(sc, i, j, 'demonym', null, { isLocation: true });
  // ("Abuja: The Economic Community ..." in a news roundup: a dateline opening a paragraph is a place.)
  const inBodyDateline = i === 0 && toks[j]?.text === ':' && sc.s.start > 0;
  const isLocation = (e.form === 'capital' || e.form === 'seat') && (locPrep || inBodyDateline);
  const type: MentionType = e.form !== 'name' ? e.form : e.key?.startsWith('state:') ? 'name' : e.key?.startsWith('person:') ? 'person' : 'org';
  const m = addMention(sc, i, j, type, isLocation ? null : e.key, {
    isLocation,
    place: e.place ?? (e.key?.startsWith('state:') && e.form === 'name' && locPrep ? { name: gaz.actors.get(e.key)?.name ?? e.surface, country: e.key.slice(6) } : null),
  });
  if (e.key && !isLocation) {
    const a = ensureActor(ctx, e.key, e.form === 'name' || e.form === 'capital' || e.form === 'seat' || e.form === 'demonym' ? m.text : null);
    if (a && a.kind === 'person') a.nameTokens = [...new Set([...a.nameTokens, ...normName(m.text).split(' ')])];
  }
  return m;
}
