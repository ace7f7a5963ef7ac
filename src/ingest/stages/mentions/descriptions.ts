// Descriptions: an actor named by office or kind rather than by name ("the minister", "Serbia's
// president", "his North Korean counterpart", "the Argentine government", "the bloc"), resolved to
// the actor the article has already named, or left to look ahead.
import type { Gazetteer } from '../../gazetteer/index.js';
import { absorb, addMention, ensureActor, isPossessiveTok, lastMentionOf, latestFirst, lowerAt, type ArticleContext, type SentenceScope } from './context.js';
import { isNameStart, SPEECH_AFTER_NAME } from './names.js';
import { readNumberedPlural, readPluralOfStates, readUnnumberedPlural } from './plurals.js';
import { descriptionFits } from './titles.js';
import type { Mention } from './types.js';

const PERSON_DESC_HEADS = new Set(['minister', 'president', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'diplomat', 'ambassador', 'envoy', 'chancellor', 'premier', 'counterpart', 'secretary', 'emir', 'king', 'prince', 'sultan', 'chief', 'sheikh']);
// "the 10-member bloc", "the eight-nation group".
const SIZE_MODIFIER = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty\S*|\w+ty)-(?:member|nation|country|state)$/i;
const STATEMENT_BY = /\bstatement\s+(?:issued\s+|released\s+|published\s+|put out\s+)?(?:by|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)?$/u;
const ISSUED_STATEMENT = /^\s*(?:['’]s\s+statement|\s*(?:said|says)\s+in\s+a\s+statement|\s*(?:issued|released|put out)\s+a\s+statement)/i;
const ARMED_FORCES = /\b(?:armed forces|army|military|defen[cs]e forces)\b/i;

/** A description's head word (at token j), the state its modifiers name, and whether a name follows it. */
interface DescribedHead {
  j: number;
  country: string | null;
  head: string;
  nextCap: boolean;
}

/** A state's office or army with no name after it ("Serbia's president", "Sudan's army"). */
export function readOwnedOffice(sc: SentenceScope, i: number): number | null {
  const { ctx, s, toks, covered } = sc;
  const { gaz, actors } = ctx;
  const lw = lowerAt(toks, i);
  // "Serbia's president accused ...": a state's office with no name after it is the holder named before.
  const ownerState = isPossessiveTok(toks[i - 1]) && covered[i - 2]?.key?.startsWith('state:') ? covered[i - 2]! : null;
  // "Sudan's army": the state's curated armed forces, when there is one.
  if (ownerState && (lw === 'army' || lw === 'military') && !covered[i]) {
    const c = ownerState.key!.slice(6);
    const force = curatedForce(gaz, c);
    if (force && ensureActor(ctx, force, null)) {
      ownerState.inTitle = true;
      addMention(sc, i, i + 1, 'description', force);
      return i;
    }
  }
  const office = /^(?:prime|foreign)$/.test(lw) && toks[i + 1]?.text.toLowerCase() === 'minister' ? 2 : PERSON_DESC_HEADS.has(lw) ? 1 : 0;
  if (ownerState && office && !(toks[i + office] && isNameStart(toks[i + office]!.text)) && !covered[i + office - 1]) {
    const head = office === 2 ? `${lw} minister` : lw;
    const key = resolveDescription(ctx, office === 2 ? 'minister' : lw, ownerState.key!.slice(6), s.start);
    if (key && actors.get(key)?.role && new RegExp(`\\b${head}\\b`, 'i').test(actors.get(key)!.role!)) {
      ownerState.inTitle = true;
      addMention(sc, i, i + office, 'description', key);
      return i + office - 1;
    }
  }
  return null;
}

/** "a ministry spokesperson said", "A government spokesman told reporters": one who speaks for a body or state. */
export function readUnnamedSpokesperson(sc: SentenceScope, i: number): number | null {
  const { ctx, s, toks, covered, local } = sc;
  const { datelineCountry } = ctx;
  const lw = lowerAt(toks, i);
  // "a ministry spokesperson said": an unnamed spokesperson speaks for the body last named.
  if ((lw === 'a' || lw === 'an') && toks[i + 1]) {
    const body = /^(?:ministry|department|embassy|agency|office|government|commission)$/i.test(toks[i + 1]!.text) ? 1 : 0;
    const j = i + 1 + body;
    if (/^spokes(?:person|man|woman)$/i.test(toks[j]?.text ?? '') && !covered[j] && (SPEECH_AFTER_NAME.test(toks[j + 1]?.text ?? '') || /^(?:rejected|refuted|rebuffed)$/.test(toks[j + 1]?.text ?? ''))) {
      // "A government spokesman told reporters in Ulaanbaatar": the government of the capital named, or of the dateline.
      const capital = local.find((m) => m.start > toks[j]!.end && m.type === 'capital' && m.place?.country)?.place?.country ?? datelineCountry;
      // ("A Commission spokesperson rejected that": the commission named last.)
      const key = /^government$/i.test(toks[i + 1]!.text) ? (capital && ensureActor(ctx, `state:${capital}`, null) ? `state:${capital}` : null) : /^commission$/i.test(toks[i + 1]!.text) ? resolveOrgDescription(ctx, 'commission') : recentBody(ctx, s.index);
      if (key) {
        addMention(sc, i, j + 1, 'description', key);
        return j;
      }
    }
  }
  return null;
}

const SUBJECT_AFTER = /^(?:['’]s\s+(?:[\w-]+\s+){0,2}(?:government|leaders?|authorities|junta|president|foreign ministry))?\s+(?:on\s+\w+\s+)?(?:has\s+|had\s+|also\s+)?(?:said|says|[a-z]+ed)\b/;
const NEIGHBOUR_SIDE = /^(?:northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|larger|smaller|giant|powerful|closest|nearest)$/;

/**
 * "recalled its ambassador to Algeria, accusing its northern neighbour of ...": a neighbour owned by "its" is the
 * state named last, in this sentence or the one before, other than the one the sentence opens with.
 */
export function readNeighbour(sc: SentenceScope, i: number): number | null {
  const { ctx, s, toks, covered, local } = sc;
  if (!/^(?:its|their)$/.test(lowerAt(toks, i))) return null;
  const j = NEIGHBOUR_SIDE.test(lowerAt(toks, i + 1)) ? i + 2 : i + 1;
  if (!/^neighbou?r$/.test(lowerAt(toks, j)) || covered[j]) return null;
  const stateKey = (m: Mention) => (m.key?.startsWith('state:') ? m.key : m.place?.country ? `state:${m.place.country}` : null);
  // "Its" is the subject's: the last state named before as the doer of a verb ("Niger said it ... and accused its
  // southern neighbour"), else the first the sentence names.
  const doer = local.filter((m) => m.end <= toks[i]!.start && stateKey(m) && SUBJECT_AFTER.test(ctx.text.slice(m.end, m.end + 60))).pop();
  const owner = doer ? stateKey(doer) : local.map(stateKey).find((k) => k);
  const named = [...ctx.mentions.filter((m) => m.sent === s.index - 1), ...local.filter((m) => m.end <= toks[i]!.start)].map(stateKey).filter((k): k is string => !!k && k !== owner);
  const key = named[named.length - 1];
  if (!key || !ensureActor(ctx, key, null)) return null;
  addMention(sc, i, j + 1, 'description', key);
  return j;
}

/** A phrase opened by "the", "both", "his" or "her": a plural, "the North", or a description with its head. */
export function readDeterminedPhrase(sc: SentenceScope, i: number): number | null {
  const { toks } = sc;
  const lw = lowerAt(toks, i);
  if (!((lw === 'the' || lw === 'both' || lw === 'his' || lw === 'her') && toks[i + 1])) return null;
  const plural = readNumberedPlural(sc, i) ?? readTheNorthOrSouth(sc, i) ?? readCraftReference(sc, i);
  if (plural !== null) return plural;
  const d = scanDescribedHead(sc, i);
  if (!d) return null;
  return readOfficeOfState(sc, i, d) ?? readPluralOfStates(sc, i, d.j, d.head) ?? readUnnumberedPlural(sc, i, d.j, d.head) ??
    readPersonDescription(sc, i, d) ?? readStatementIssuer(sc, i, d) ?? readStateGovernment(sc, i, d) ?? readDatelineGovernment(sc, i, d) ?? readBodyDescription(sc, i, d);
}

const CRAFT_NOUNS = 'boat|vessel|ship|trawler|tanker|aircraft|plane|jet|drone|frigate|destroyer|submarine';
const CRAFT = new RegExp(`^(?:${CRAFT_NOUNS})$`);
const CRAFT_AFTER_STATE = new RegExp(`^(?:['’]s)?\\s+(?:[\\w-]+\\s+){0,2}?(?:${CRAFT_NOUNS})s?\\b`);

/**
 * "Chinese coast guard personnel boarded a Vietnamese fishing boat ... Beijing said the boat had been
 * fishing illegally": a boat, ship or aircraft named again stands for the state whose craft it was,
 * within the three sentences before.
 */
function readCraftReference(sc: SentenceScope, i: number): number | null {
  const { ctx, toks, covered } = sc;
  if (lowerAt(toks, i) !== 'the' || !CRAFT.test(lowerAt(toks, i + 1)) || covered[i + 1]) return null;
  const owner = [...ctx.mentions, ...sc.local].filter((m) => m.sent >= sc.s.index - 3 && m.end <= toks[i]!.start && m.key?.startsWith('state:') && (m.type === 'demonym' || m.possessive) && CRAFT_AFTER_STATE.test(ctx.text.slice(m.end, m.end + 40))).pop();
  if (!owner?.key) return null;
  addMention(sc, i, i + 2, 'description', owner.key);
  return i + 1;
}

/** "the North", "the South": a Korean state the article has named. */
function readTheNorthOrSouth(sc: SentenceScope, i: number): number | null {
  const { ctx: { actors }, toks, covered } = sc;
  const lw = lowerAt(toks, i);
  // "the North", "the South": the Korean state of that name once the article has named it
  // ("accused the North of ..."); "the North Atlantic" and "the South China Sea" are not.
  if (lw === 'the' && /^(?:North|South)$/.test(toks[i + 1]!.text) && !covered[i + 1] && !(toks[i + 2] && isNameStart(toks[i + 2]!.text))) {
    const key = toks[i + 1]!.text === 'North' ? 'state:PRK' : 'state:KOR';
    if (actors.has(key)) {
      addMention(sc, i, i + 2, 'description', key);
      return i + 1;
    }
  }
  return null;
}

/** The head word after "the" and its modifiers ("the visiting Chinese foreign minister"); null when the sentence ends first. */
function scanDescribedHead(sc: SentenceScope, i: number): DescribedHead | null {
  const { toks, covered } = sc;
  // "the minister", "the Chinese leader", "his North Korean counterpart", "the bloc"
  let j = i + 1;
  let country: string | null = null;
  // (A portfolio too, before an office: "the security chief", "the defence minister"; "the army said" keeps its head.)
  const portfolio = (k: number) => /^(?:security|intelligence|defen[cs]e|interior|justice|finance|trade|army|military|police)$/i.test(toks[k]?.text ?? '') && /^(?:chief|minister|spokes(?:man|woman|person)|secretary)$/i.test(toks[k + 1]?.text ?? '');
  while (toks[j] && (/^(?:visiting|top|senior|deputy|vice|foreign|new|former|outgoing|incoming|interim|acting|chinese|prime|regional|crown|paramilitary|armed|rebel|militant|jihadist|separatist|federal|central|transitional)$/i.test(toks[j]!.text) || portfolio(j) || SIZE_MODIFIER.test(toks[j]!.text) || covered[j]?.type === 'demonym' || covered[j]?.type === 'name')) {
    const c = covered[j];
    if (c?.key?.startsWith('state:')) {
      country = c.key.slice(6);
      j = toks.findIndex((t) => t.start >= c.end);
      if (j < 0) break;
    } else j++;
  }
  if (j < 0 || !toks[j]) return null;
  const head = toks[j]!.text.toLowerCase();
  // ("the Head of State said": a state's formal phrase for its president; "the head of government", its leader.)
  const formal = head === 'head' && /^of$/i.test(toks[j + 1]?.text ?? '') ? /^(?:state|government)$/i.exec(toks[j + 2]?.text ?? '')?.[0].toLowerCase() : undefined;
  if (formal) return { j: j + 2, country, head: formal === 'state' ? 'president' : 'leader', nextCap: !!(toks[j + 3] && isNameStart(toks[j + 3]!.text) && !covered[j + 3]) };
  const nextCap = !!(toks[j + 1] && isNameStart(toks[j + 1]!.text) && !covered[j + 1]);
  return { j, country, head, nextCap };
}

/** "the Emir of Qatar": an unnamed office of a state stands for the state. */
function readOfficeOfState(sc: SentenceScope, i: number, d: DescribedHead): number | null {
  const { toks, covered } = sc;
  const lw = lowerAt(toks, i);
  const { j, head } = d;
  // "the President of the Kyrgyz Republic", "the Emir of Qatar" with no name: the office stands for its state.
  // Not in an apposition, where the office describes the person just named ("Nicolas Maduro, the president of Venezuela").
  // ("the Head of State of Mongolia": the president.)
  const headOfState = head === 'head' && toks[j + 1]?.text === 'of' && /^[Ss]tate$/.test(toks[j + 2]?.text ?? '') && toks[j + 3]?.text === 'of';
  if (lw === 'the' && toks[i - 1]?.text !== ',' && (head === 'president' || head === 'emir' || head === 'king' || head === 'leaders' || head === 'leader' || headOfState) && toks[j + 1]?.text === 'of') {
    let k = headOfState ? j + 4 : j + 2;
    if (toks[k]?.text === 'the') k++;
    const st = covered[k];
    if (st?.key?.startsWith('state:') && st.type === 'name' && !(toks[k + 1] && isNameStart(toks[k + 1]!.text) && !covered[k + 1])) {
      const stEnd = toks.findIndex((t) => t.start >= st.end);
      absorb(sc, [st], k, stEnd < 0 ? toks.length : stEnd);
      // (Unless the article has named the holder: "President Hassan Sheikh Mohamud ... the President of Somalia said".)
      const holder = head === 'leaders' ? null : resolveDescription(sc.ctx, headOfState ? 'president' : head, st.key.slice(6), sc.s.start);
      addMention(sc, i, stEnd < 0 ? toks.length : stEnd, 'description', holder ?? st.key);
      return (stEnd < 0 ? toks.length : stEnd) - 1;
    }
  }
  return null;
}

/** "the minister", "his North Korean counterpart": the person last named whose role fits. */
function readPersonDescription(sc: SentenceScope, i: number, d: DescribedHead): number | null {
  const { ctx, s, toks, covered } = sc;
  const { text, pendingForward } = ctx;
  const lw = lowerAt(toks, i);
  const { j, country, head, nextCap } = d;
  if (lw !== 'both' && PERSON_DESC_HEADS.has(head) && !nextCap && !covered[j]) {
    // "ordered the expulsion of the Cambodian envoy": an unnamed envoy of a state stands for that state.
    // "the Deputy Prime Minister": the person whose office is that whole phrase, before any other minister.
    const phrase = text.slice(toks[i + 1]!.start, toks[j]!.end).toLowerCase();
    const key = (phrase.includes(' ') && !country ? resolveDescription(ctx, head, null, s.start, phrase) : null) ?? resolveDescription(ctx, head, country, s.start) ?? (country && (head === 'envoy' || head === 'ambassador') && ensureActor(ctx, `state:${country}`, null) ? `state:${country}` : null) ??
      // "The spokesperson added ..." with no spokesperson named: the body last named speaks.
      (!country && /^spokes/.test(head) ? recentBody(ctx, s.index) : null);
    for (let k = i + 1; k < j; k++) if (covered[k]) covered[k]!.inTitle = true;
    const m = addMention(sc, i, j + 1, 'description', key);
    // ("The diplomat was handed a note ...": a subject opening the sentence does not look ahead.)
    if (!key && toks[i]!.start > s.start) pendingForward.push({ m, country, head });
    return j;
  }
  return null;
}

/** "The statement": the one who issued it. */
function readStatementIssuer(sc: SentenceScope, i: number, d: DescribedHead): number | null {
  const { ctx: { text, mentions }, s, toks, local } = sc;
  const lw = lowerAt(toks, i);
  const { j, head } = d;
  // "The statement alleged ...", "It urged ...": the one who issued the statement just mentioned.
  if (lw === 'the' && head === 'statement' && j === i + 1) {
    const issuer = [...mentions, ...local.filter((m) => m.end <= toks[i]!.start)]
      .filter((m) => m.key && !m.isLocation && m.sent >= s.index - 3 && (STATEMENT_BY.test(text.slice(Math.max(0, m.start - 40), m.start)) || ISSUED_STATEMENT.test(text.slice(m.end, m.end + 40))))
      .pop();
    if (issuer?.key) {
      addMention(sc, i, j + 1, 'description', issuer.key);
      return j;
    }
  }
  return null;
}

/** "the Argentine government": the state. */
function readStateGovernment(sc: SentenceScope, i: number, d: DescribedHead): number | null {
  const { ctx, toks, covered } = sc;
  const lw = lowerAt(toks, i);
  const { j, country, head } = d;
  // "the Argentine government", "the Thai authorities": the state itself.
  if (lw === 'the' && country && j > i + 1 && /^(?:government|authorities|administration|leadership)$/.test(head) && !covered[j] && toks[j + 1]?.text !== 'of' && ensureActor(ctx, `state:${country}`, null)) {
    for (let k = i + 1; k < j; k++) if (covered[k]) covered[k]!.inTitle = true;
    addMention(sc, i, j + 1, 'description', `state:${country}`);
    return j;
  }
  return null;
}

/** "The government" alone: a domestic critic's own government, else the dateline's state. */
function readDatelineGovernment(sc: SentenceScope, i: number, d: DescribedHead): number | null {
  const { ctx, toks, covered } = sc;
  const { datelineCountry } = ctx;
  const { j, head, nextCap } = d;
  // ("accused the government of secretly agreeing": an "of" before a lower-case word is the charge's, not "the government of Peru".)
  const ofState = toks[j + 1]?.text === 'of' && isNameStart(toks[j + 2]?.text ?? '');
  // ("the federal government", "the central government": a state's own, named by its level.)
  const level = j === i + 2 && /^(?:federal|central|interim|transitional)$/.test(toks[i + 1]?.text ?? '');
  if (lowerAt(toks, i) !== 'the' || (j !== i + 1 && !level) || head !== 'government' || nextCap || ofState) return null;
  // "opposition lawmaker X accused the government of ...", "the opposition Frente Sur bloc accused the government":
  // a domestic critic's own government, whatever the dateline.
  const critic = sc.local.filter((m) => m.end <= toks[i]!.start && m.key && (m.type === 'person' ? DOMESTIC_CRITIC.test(ctx.actors.get(m.key)?.role ?? '') : m.type === 'org' && /\bopposition\s+$/i.test(ctx.text.slice(Math.max(0, m.start - 15), m.start)))).map((m) => ctx.actors.get(m.key!))[0];
  let country: string | null = null;
  if (critic) {
    // The country the story has just been about ("Not everyone in Kyrgyzstan is cheering.") comes first: a
    // critic's own country may only be the dateline's guess.
    const placed = [...ctx.mentions, ...sc.local].filter((m) => m.sent >= sc.s.index - 1 && m.end <= toks[i]!.start && (m.isLocation || m.place) && (m.key?.startsWith('state:') || m.place?.country)).pop();
    // (A party the story gives no state is of the dateline's.)
    country = placed?.place?.country ?? placed?.key?.slice(6) ?? critic.country ?? datelineCountry;
  } else if (!(toks[j + 1]?.text === 'in' && covered[j + 2]?.key?.startsWith('state:'))) {
    // "The government said ...": in a datelined story, the government of the dateline's state.
    // ("The government in Abidjan" is the government there: the capital says whose.)
    country = datelineCountry;
  }
  if (!country || !ensureActor(ctx, `state:${country}`, null)) return null;
  addMention(sc, i, j + 1, 'description', `state:${country}`);
  return j;
}
const DOMESTIC_CRITIC = /\b(?:opposition|lawmaker|legislator|MP|senator|parliamentarian|deputy|critic|activist)\b/i;

/** "the bloc", "the alliance", "the Council", "the army", "the ministry": the body named last. */
function readBodyDescription(sc: SentenceScope, i: number, d: DescribedHead): number | null {
  const { ctx, toks, covered } = sc;
  const { gaz } = ctx;
  const lw = lowerAt(toks, i);
  const { j, country, head, nextCap } = d;
  if (lw === 'the' && /^(?:bloc|alliance|group|council|commission|militants|movement|ministry|department|agency|army|military|navy|embassy|mission)$/.test(head) && !nextCap && !covered[j]) {
    // "the Congolese army": that state's curated armed forces, else the state itself.
    const force = country && (head === 'army' || head === 'military') ? curatedForce(gaz, country) ?? `state:${country}` : null;
    if (force) for (let k = i + 1; k < j; k++) if (covered[k]) covered[k]!.inTitle = true;
    // ("a spokesperson for the European Union's diplomatic service said the bloc ...": a bloc named earlier in the
    // sentence is the one meant.)
    const here = head === 'bloc' ? sc.local.filter((m) => m.end <= toks[i]!.start && m.key && BLOC_KEY.test(m.key)).pop()?.key : undefined;
    const key = force && ensureActor(ctx, force, null) ? force : here ?? resolveOrgDescription(ctx, head);
    if (key) addMention(sc, i, j + 1, 'description', key);
    return j;
  }
  return null;
}

/** Descriptions that found no antecedent look ahead ("received her Chilean counterpart ... Alberto van Klaveren"). */
export function resolveForwardDescriptions(ctx: ArticleContext): void {
  const { mentions, actors, pendingForward } = ctx;
  for (const { m, country, head } of pendingForward) {
    const next = mentions.find((x) => x.start > m.end && x.key && x.type === 'person' && descriptionFits(actors.get(x.key)!, head, country));
    if (next) {
      m.key = next.key;
      m.keys = [next.key!];
    } else if (country && /^(?:minister|president|premier|chancellor|leader|counterpart|diplomat|king|emir|sultan)$/.test(head) && ensureActor(ctx, `state:${country}`, null)) {
      // "spoke by phone with the Turkish foreign minister": an official never named stands for the state.
      m.key = `state:${country}`;
      m.keys = [m.key];
    }
  }
}

/** A state's curated armed forces ("Sudanese Armed Forces"), if the seeds have them. */
function curatedForce(gaz: Gazetteer, country: string): string | null {
  return [...gaz.actors.values()].find((a) => a.country === country && a.kind === 'organization' && ARMED_FORCES.test(a.name))?.key ?? null;
}

/** The person last mentioned whose role fits the description (and, with a phrase, contains it). */
function resolveDescription(ctx: ArticleContext, head: string, country: string | null, before: number, phrase?: string): string | null {
  const { actors } = ctx;
  let best: string | null = null;
  let bestAt = -1;
  for (const a of actors.values()) {
    if (!descriptionFits(a, head, country)) continue;
    const roles = `${a.role ?? ''} ${a.seedRole ?? ''}`.toLowerCase();
    if (phrase && !roles.includes(phrase)) continue;
    // ("the Prime Minister" is not the Deputy Prime Minister: a rank below the office the phrase names is another.)
    if (phrase && new RegExp(`\\b(?:deputy|vice|assistant|under|junior)[- ]${phrase}`).test(roles) && !new RegExp(`(?:^|[^-\\w])${phrase}`).test(roles.replace(/\b(?:deputy|vice|assistant|under|junior)[- ]/g, 'x'))) continue;
    const at = lastMentionOf(ctx, a.key);
    if (at >= 0 && at < before + 1e9 && at > bestAt) [best, bestAt] = [a.key, at];
  }
  return best;
}

/** The ministry, department or embassy named last, within the three sentences before `sent`. */
function recentBody(ctx: ArticleContext, sent: number): string | null {
  const { mentions, actors } = ctx;
  return [...mentions].reverse().find((m) => m.key && m.sent >= sent - 3 && m.type !== 'description' && actors.get(m.key)?.kind === 'organization' && /\b(?:ministry|department|embassy|office)\b/i.test(actors.get(m.key)!.name))?.key ?? null;
}

// Regional and political blocs "the bloc" may stand for.
const BLOC_KEY = /^(?:org:(?:eu|asean|ecowas|african-union|aes|sadc|eac|eccas|igad|gcc|caricom|mercosur|celac|oas|pif|sco|brics|eaeu|csto|cis|arab-league|oic|apec|nato|osce))$/;

/** The body a description ("the bloc", "the Council", "the army", "the ministry") stands for: the one named last. */
function resolveOrgDescription(ctx: ArticleContext, head: string): string | null {
  const { gaz, actors } = ctx;
  // "the regional bloc": the bloc named last (ECOWAS, the EU, ASEAN ...).
  if (head === 'bloc') {
    const blocs = latestFirst(ctx, [...actors.values()].filter((a) => a.kind === 'organization' && !a.country && gaz.actors.has(a.key) && BLOC_KEY.test(a.key)));
    return blocs[0]?.key ?? (actors.has('org:eu') ? 'org:eu' : actors.has('org:asean') ? 'org:asean' : null);
  }
  if (head === 'alliance') return actors.has('org:nato') ? 'org:nato' : null;
  // "the Council": a curated council named before (the Council of the EU, the Security Council) over one
  // named in passing ("the EU-Moldova Association Council").
  if (head === 'council') {
    const councils = latestFirst(ctx, [...actors.values()].filter((a) => /Council/.test(a.name)));
    return (councils.find((a) => gaz.actors.has(a.key)) ?? councils[0])?.key ?? null;
  }
  // "the army": the armed forces named last (a curated one: "Sudan's army" is the Sudanese Armed Forces).
  if (head === 'army' || head === 'military') {
    return latestFirst(ctx, [...actors.values()].filter((a) => a.kind === 'organization' && ARMED_FORCES.test(a.name)))[0]?.key ?? null;
  }
  // "the ministry", "the department", "the agency", "the Commission", "the navy": the one named last ("accused the
  // Commission of ...", "The navy dismissed the claim" after "the Indonesian Navy").
  // ("the agency": a security or intelligence service named otherwise counts too, "the State Security Department".)
  if (head === 'ministry' || head === 'department' || head === 'agency' || head === 'commission' || head === 'navy') {
    const named = head === 'agency' ? /\b(?:agency|service|department|directorate|bureau)\b/i : new RegExp(`\\b${head}\\b`, 'i');
    return latestFirst(ctx, [...actors.values()].filter((a) => a.kind === 'organization' && named.test(a.name)))[0]?.key ?? null;
  }
  // "the embassy", "the mission": the embassy, high commission or mission named last.
  if (head === 'embassy' || head === 'mission') {
    return latestFirst(ctx, [...actors.values()].filter((a) => a.kind === 'organization' && (/-embassy\b/.test(a.key) || /\bMission\b/.test(a.name))))[0]?.key ?? null;
  }
  const groupsKnown = [...actors.values()].filter((a) => a.kind === 'group');
  return latestFirst(ctx, groupsKnown)[0]?.key ?? null;
}
