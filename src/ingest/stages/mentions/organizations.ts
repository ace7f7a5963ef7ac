// Organizations: government bodies ("Ministry of Foreign Affairs", "Iran's foreign ministry"), a state's
// coast guard, bodies named by a suffix ("Shahed Aviation Industries") or after a parent ("the ECOWAS
// Commission"), expert panels, and acronyms given for them.
import { slug, stripAccents } from '../../text.js';
import { absorb, addMention, ensureActor, ensureBody, ensureMinistry, isPossessiveTok, noteAcronym, openingPlace, stateOpeningHere, stateOpeningPrevious, type SentenceScope } from './context.js';
import { isNameStart, NOT_NAME, PLACE_ADJECTIVE, PORTFOLIO_WORDS, ROLE_HEADS, ROLE_MODS } from './names.js';

// The last word of an organization's name.
export const ORG_SUFFIX = /^(?:Journal|Gazette|System|Industries|Corporation|Corp|Company|Agency|Council|Committee|Party|Front|Army|Service|Commission|Authority|Bank|Fund|Institute|Organisation|Organization|Movement|Union|Ministry|Department|Office|Forces|Guard|Brigades?|Programme|Program|Centre|Center|Government|Community|Federation|Association|Coalition|Mission|Secretariat|Tribunal|Assembly|Parliament|Alliance|Foundation|University|Academy|College|Police|Navy|Gendarmerie|Platform|Coordination|Network|Watch|Bloc|Force|Group|Command|Bureau|Society)$/;
// "Federal Government", "National Assembly" alone are a state's own organs, named by the state.
const GENERIC_ORG = /^(?:Federal|Central|National|Interim|Transitional|New|Regional|Provisional)\s+(?:Government|Assembly|Council|Authority)$/;
// The "of"-tail of a body's name: "Organization of American States", "Authority on Development".
const ORG_TAIL = /^(?:of|on|for)$/;
// "Ministry of Foreign Affairs", "Department of Foreign Affairs", "Joint Chiefs of Staff".
// ("Ministry of Economy, Trade and Industry": portfolios listed with commas belong to the name.)
const LISTED_PORTFOLIO = `,\\s+(?=(?:${[...PORTFOLIO_WORDS].join('|')})\\b)`;
const ORG_OF_RE = new RegExp(`\\b(?:(?:Joint\\s+)?Chiefs of Staff|(?:Ministry|Department|Bureau|Secretariat|Directorate(?:[- ]General)?)\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:(?:\\s+(?:and\\s+|of\\s+|for\\s+|&\\s+)?|${LISTED_PORTFOLIO})(?!(?:Dr|Mr|Mrs|Ms|Prof|HE|Sheikh|Sayyid|General|Gen)\\b|H\\.E\\.)\\p{Lu}[\\p{L}'’-]*)*)`, 'gu');
const NAME_PARTICLE_AFTER = /^\s+(?:bin|bint|ibn|al|el|de|da|van|von|del|dos|ould|ag)\s+\p{Lu}/u;
/** The portfolio of a ministry name, so "Ministry of Foreign Affairs" and "foreign ministry" are one actor. */
function ministryPortfolio(name: string): string | null {
  if (!/^Ministry\b/.test(name)) return /^Department of (?:Foreign|External) Affairs$/.test(name) ? 'foreign' : null;
  if (/Foreign|External Affairs/.test(name)) return 'foreign';
  if (/Defen[cs]e/.test(name)) return 'defence';
  if (/Interior|Internal Affairs|Home Affairs/.test(name)) return 'interior';
  if (/Finance/.test(name)) return 'finance';
  if (/Justice/.test(name)) return 'justice';
  if (/Trade|Commerce/.test(name)) return 'trade';
  return null;
}

/**
 * Government bodies named "Ministry of Foreign Affairs", "Department of State",
 * "Joint Chiefs of Staff"; the owner comes from a state right before ("Japan's ...").
 */
export function readGovernmentBodies(sc: SentenceScope): void {
  const { ctx, s, toks, covered } = sc;
  const { datelineCountry } = ctx;
  ORG_OF_RE.lastIndex = 0;
  for (const om of s.sentence.matchAll(ORG_OF_RE)) {
    const a0 = s.start + (om.index ?? 0);
    const i = toks.findIndex((t) => t.start === a0);
    // ("the Political Bureau of the Central Committee": a capitalised word before opens a longer name, read as a whole.)
    if (i > 0 && isNameStart(toks[i - 1]!.text) && !NOT_NAME.has(toks[i - 1]!.text) && !covered[i - 1] && !isPossessiveTok(toks[i - 1])) continue;
    // ("Ministry of Foreign Affairs Saad bin Rashid Al-Dosari": a word before a name's particle opens the name.)
    const named = NAME_PARTICLE_AFTER.test(s.sentence.slice((om.index ?? 0) + om[0].length)) ? /\s+\S+$/.exec(om[0]) : null;
    const surface = named ? om[0].slice(0, named.index) : om[0];
    let j = toks.findIndex((t) => t.start >= a0 + surface.length);
    if (j < 0) j = toks.length;
    if (i < 0 || toks.slice(i, j).some((_, k) => covered[i + k])) continue;
    let k = i - 1;
    if (isPossessiveTok(toks[k])) k--;
    const owner = k >= 0 ? covered[k] : null;
    const ownerState = owner?.key?.startsWith('state:') && owner.type !== 'seat' ? owner : null;
    // ("an interview at the Ministry of Foreign Affairs in Bangkok": the capital after it says whose.)
    const seatAfter = toks[j]?.text === 'in' && covered[j + 1]?.type === 'capital' ? covered[j + 1]!.place?.country ?? null : null;
    const country = ownerState ? ownerState.key!.slice(6) : seatAfter ?? (/^the$/i.test(toks[i - 1]?.text ?? '') || i === 0 ? stateOpeningPrevious(sc) ?? datelineCountry : null);
    const portfolio = ministryPortfolio(surface);
    const body = portfolio && country ? ensureMinistry(ctx, country, portfolio) : ensureBody(ctx, `org:${country ? country.toLowerCase() + '-' : ''}${slug(surface)}`, surface, country);
    if (surface !== body.name) body.aliases.add(surface);
    if (ownerState) ownerState.inTitle = true;
    noteAcronym(ctx, addMention(sc, i, j, 'org', body.key).end, body.key);
  }
}

/**
 * A state's coast guard written in lower case ("Chinese coast guard ships", "China's coastguard"):
 * the organization, named after its state, which then takes no part of its own.
 */
export function readCoastGuards(sc: SentenceScope): void {
  const { ctx: { text, gaz }, s, toks, covered } = sc;
  if (!/oast ?guard/i.test(s.sentence)) return;
  for (let i = 1; i < toks.length; i++) {
    // Capitalised "Coast Guard" is a proper name, read with the capitalised runs later.
    const w = toks[i]!.text;
    const two = w === 'coast' && toks[i + 1]?.text === 'guard';
    if (!(two || w === 'coastguard') || covered[i]) continue;
    let k = i - 1;
    if (isPossessiveTok(toks[k])) k--;
    const owner = k >= 0 ? covered[k] : null;
    if (!owner?.key?.startsWith('state:') || (owner.type !== 'demonym' && owner.type !== 'name')) continue;
    const country = owner.key.slice(6);
    // ("Philippine coast guard vessels" after "the Philippine Coast Guard (PCG)": the body already named, by its adjective.)
    const adjectiveName = `${gaz.states.get(country)?.demonym ?? country} Coast Guard`;
    const named = sc.ctx.actors.has(`org:${slug(adjectiveName)}`) || gaz.actors.has(`org:${slug(adjectiveName)}`);
    const name = named ? adjectiveName : `${gaz.actors.get(owner.key)?.name ?? country} Coast Guard`;
    const body = ensureBody(sc.ctx, `org:${slug(name)}`, name, country);
    const surface = text.slice(owner.start, toks[i + (two ? 1 : 0)]!.end);
    if (surface !== name) body.aliases.add(surface);
    const first = toks.findIndex((t) => t.start === owner.start);
    absorb(sc, [owner], first, i);
    addMention(sc, first, i + (two ? 2 : 1), 'org', body.key);
  }
}

const EMBASSY_ACTS = /^(?:said|says|rejected|rejects|denied|denies|accused|accuses|issued|issues|called|calls|urged|urges|posted|stated|dismissed|dismisses|added|wrote|warned|condemned|protested|responded|described|insisted|has|had|also|later)$/i;

/**
 * A state's embassy: "the Chinese Embassy in Hanoi", "Russia's embassy in Chisinau", "the Embassy of Russia in Moldova".
 * One actor per sending state and host state, so the Russian embassy in Oslo is not the one in Chisinau.
 */
export function readEmbassies(sc: SentenceScope): void {
  const { ctx: { text, gaz, actors, datelineCountry }, s, toks, covered } = sc;
  if (!/mbass|High Commission/.test(s.sentence)) return;
  for (let i = 1; i < toks.length; i++) {
    // (A Commonwealth state's embassy in another is its High Commission.)
    const headLength = /^[Ee]mbassy$/.test(toks[i]!.text) ? 1 : toks[i]!.text === 'High' && toks[i + 1]?.text === 'Commission' ? 2 : 0;
    if (!headLength || covered[i]) continue;
    let k = i - 1;
    if (isPossessiveTok(toks[k])) k--;
    let owner = k >= 0 ? covered[k] : null;
    let end = i + headLength;
    // "the Embassy of Russia"
    if (!owner?.key?.startsWith('state:') && toks[end]?.text === 'of' && covered[end + 1]?.key?.startsWith('state:')) {
      owner = covered[end + 1]!;
      end = toks.findIndex((t) => t.start >= owner!.end);
      if (end < 0) end = toks.length;
    }
    if (!owner?.key?.startsWith('state:') || (owner.type !== 'demonym' && owner.type !== 'name')) continue;
    const country = owner.key.slice(6);
    // "in Hanoi", "in Moldova": the host.
    const host = toks[end]?.text === 'in' ? covered[end + 1] : null;
    // (Named without its host: the one embassy of that state the article already knows, else the dateline's.)
    const known = [...actors.values()].filter((a) => a.key.startsWith(`org:${country.toLowerCase()}-embassy-`));
    const hostCountry = host?.place?.country ?? (host?.key?.startsWith('state:') ? host.key.slice(6) : null) ?? (known.length === 1 ? known[0]!.key.slice(-3).toUpperCase() : datelineCountry);
    if (host && (host.place?.country || host.key?.startsWith('state:'))) end = Math.max(end, toks.findIndex((t) => t.start >= host.end) < 0 ? toks.length : toks.findIndex((t) => t.start >= host.end));
    if (hostCountry === country) continue;
    const first = Math.min(toks.findIndex((t) => t.start === owner!.start), i);
    // An embassy is an actor of its own when it speaks or acts ("the Russian embassy in Chisinau rejected ...",
    // "a statement by the Chinese Embassy"). One that only places a person or is acted on ("a diplomat at the
    // Russian embassy", "a Belarusian embassy employee", "stormed the Saudi embassy") stands for its state.
    const before = toks[first - 1]?.text === 'the' ? toks[first - 2]?.text ?? '' : toks[first - 1]?.text ?? '';
    // ("The Russian embassy in Chisinau on Thursday rejected ...": a time may come between.)
    const verbAt = /^(?:on|late|early|last)$/i.test(toks[end]?.text ?? '') ? toks.findIndex((t, q) => q > end && q < end + 5 && EMBASSY_ACTS.test(t.text)) : end;
    const speaks = (verbAt >= 0 && EMBASSY_ACTS.test(toks[verbAt]?.text ?? '')) || /^(?:by|for)$/i.test(before) || (/^to$/i.test(before) && /^according$/i.test(toks[first - (toks[first - 1]?.text === 'the' ? 3 : 2)]?.text ?? ''));
    if (!speaks) {
      // (Its capitalised "Embassy" is still no person's name: the mention of the state takes it in.)
      if ((toks[i]!.text === 'Embassy' || headLength === 2) && owner.type === 'demonym' && first < i) {
        absorb(sc, [owner], first, i + headLength);
        addMention(sc, first, i + headLength, 'demonym', owner.key);
      }
      continue;
    }
    const st = gaz.states.get(country);
    const hostName = host ? text.slice(host.start, host.end) : hostCountry ? gaz.states.get(hostCountry)?.name : null;
    const name = `${st?.demonym ?? st?.name ?? country} ${headLength === 2 ? 'High Commission' : 'embassy'}${hostName ? ` in ${hostName}` : ''}`;
    const body = ensureBody(sc.ctx, `org:${country.toLowerCase()}-embassy${hostCountry ? `-${hostCountry.toLowerCase()}` : ''}`, name, country);
    const surface = text.slice(toks[first]!.start, toks[end - 1]!.end);
    if (surface !== name) body.aliases.add(surface);
    absorb(sc, [owner, host], first, end);
    addMention(sc, first, end, 'org', body.key);
    i = end - 1;
  }
}

/**
 * Organizations named by a typical suffix: "Shahed Aviation Industries", "Organization of American States".
 * "Support Mission in Libya": a mission or office is named with the place it serves.
 * Returns where the name ends, or null when the capitalised run is no such name.
 */
export function readOrganizationRun(sc: SentenceScope, run: { nameStart: number; end: number; honor: string[]; runText: string }): number | null {
  const { ctx, toks, covered } = sc;
  const { text, gaz } = ctx;
  const { nameStart, honor, runText } = run;
  let j = run.end;
  const runToks = toks.slice(nameStart, j);
  const last = runToks[runToks.length - 1]!.text;
  const baseTail = ORG_SUFFIX.test(last) && !honor.length ? (/^(?:Mission|Office)$/.test(last) && toks[j]?.text === 'in' && covered[j + 1]?.place ? toks.findIndex((t) => t.start >= covered[j + 1]!.end) : orgTail(sc, j)) : j;
  // ("the Movement for Justice and Renewal in Chad (MJRT)": a state after "in", then the acronym, belongs to the name.)
  const placeIn = toks[baseTail]?.text === 'in' ? covered[baseTail + 1] : null;
  const afterPlace = placeIn?.key?.startsWith('state:') ? toks.findIndex((t) => t.start >= placeIn.end) : -1;
  const tailEnd = ORG_SUFFIX.test(last) && afterPlace > 0 && toks[afterPlace]?.text === '(' && /^[A-Z]{2,6}$/.test(toks[afterPlace + 1]?.text ?? '') ? afterPlace : baseTail;
  // Capitalised title words open the name too: "State Border Guard", "National Security Service".
  let first = nameStart;
  const titleWord = (k: number) => k >= 0 && !covered[k] && isNameStart(toks[k]!.text) && ROLE_MODS.has(toks[k]!.text.toLowerCase());
  while (titleWord(first - 1)) first--;
  // ("the Security and Intelligence Service", "the Foreign Affairs and Defence Committee": title words joined by "and".)
  if (first < nameStart && toks[first - 1]?.text === 'and' && titleWord(first - 2)) {
    first -= 2;
    while (titleWord(first - 1)) first--;
  }
  // ("Portugal's Public Security Police": a capitalised word before the title words opens the name too.)
  if (first < nameStart && first > 0 && !covered[first - 1] && isNameStart(toks[first - 1]!.text) && !NOT_NAME.has(toks[first - 1]!.text) && first - 1 > 0 && isPossessiveTok(toks[first - 2])) first--;
  // (A name of title words alone, "State Security Department", is a body when an acronym follows it: "(VSD)",
  // or when two states' names joined by a hyphen open it: "India-Ghana Joint Commission".)
  const acronymAfter = toks[j]?.text === '(' && /^[A-Z]{2,6}$/.test(toks[j + 1]?.text ?? '') && toks[j + 2]?.text === ')';
  const pair = toks[first - 1]?.text.split('-') ?? [];
  const bilateral = first < nameStart && !covered[first - 1] && pair.length === 2 && pair.every((w) => gaz.index.get(stripAccents(w))?.some((e) => e.surface === w && e.form === 'name' && e.key?.startsWith('state:')));
  if (bilateral) first--;
  // ("the Atomic Energy Organization of Iran": a name word that a portfolio word cut off before opens the name too.)
  if (!bilateral && ROLE_MODS.has(toks[first]!.text.toLowerCase()) && first > 0 && !covered[first - 1] && isNameStart(toks[first - 1]!.text) && !NOT_NAME.has(toks[first - 1]!.text) && !ROLE_HEADS.has(toks[first - 1]!.text.toLowerCase())) first--;
  // (Or when a state owns it: "Azerbaijan's State Security Service", "the Lithuanian State Security Department".)
  const ownerMention = isPossessiveTok(toks[first - 1]) ? covered[first - 2] : covered[first - 1];
  const stateOwned = first < nameStart && !!ownerMention?.key?.startsWith('state:') && (ownerMention.type === 'demonym' || ownerMention.possessive || isPossessiveTok(toks[first - 1]));
  if ((runToks.length >= 2 || tailEnd > j || (first < nameStart && (acronymAfter || bilateral || stateOwned))) && ORG_SUFFIX.test(last) && !honor.length && !(tailEnd === j && GENERIC_ORG.test(runText))) {
    // ("State Council of the People's Republic of China": the state a name's tail names is the body's.)
    const ofAt = toks.slice(j, tailEnd).findIndex((t) => t.text === 'of');
    const tailName = ofAt < 0 ? '' : text.slice(toks[j + ofAt + 1]!.start, toks[tailEnd - 1]!.end).replace(/^the\s+/, '');
    const tailState = ofAt < 0 ? null : ([...gaz.states.values()].find((st) => st.name === tailName || st.names.includes(tailName))?.key.slice(6) ?? null);
    if (tailEnd > j) {
      runToks.push(...toks.slice(j, tailEnd));
      absorb(sc, [...new Set(covered.slice(j, tailEnd))], j, tailEnd);
      j = tailEnd;
    }
    if (first < nameStart) runToks.unshift(...toks.slice(first, nameStart));
    // A national adjective right before belongs to the name: "Philippine Coast Guard"; a possessive
    // owner gives the country only: "Latvia's State Border Guard".
    // "United Nations Support Mission in Libya": a body of an international organisation carries its name.
    const parentOrg = first > 0 && covered[first - 1]?.type === 'org' && /^org:(?:un|eu|au|nato|osce|asean)$/.test(covered[first - 1]?.key ?? '') ? covered[first - 1]! : null;
    if (parentOrg) {
      first = toks.findIndex((t) => t.start === parentOrg.start);
      absorb(sc, [parentOrg], first, nameStart);
      runToks.unshift(...toks.slice(first, nameStart));
    }
    // ("Libya's Tripoli-based Government of National Unity": the owner before a place adjective.)
    const ownerEnd = first > 1 && PLACE_ADJECTIVE.test(toks[first - 1]!.text) && isPossessiveTok(toks[first - 2]) ? first - 1 : first;
    const owner = ownerEnd > 0 ? (isPossessiveTok(toks[ownerEnd - 1]) ? covered[ownerEnd - 2] ?? null : covered[ownerEnd - 1]) : null;
    const ownerIsState = !!owner && (owner.type === 'demonym' || owner.type === 'name') && !!owner.key?.startsWith('state:');
    const ownerState = ownerIsState && !owner.possessive ? owner : null;
    const name = text.slice(ownerState ? ownerState.start : runToks[0]!.start, runToks[runToks.length - 1]!.end);
    // "the Government of Costa Rica", "the Government of the Republic of Nicaragua": the state itself.
    // ("the Transitional Government of Burkina Faso": a government of the time is the state too.)
    const govOf = /^(?:(?:Transitional|Interim|Provisional|Federal|National|Military)\s+)?Government of (?:the )?(?:(?:Republic|Kingdom|State|Federal Republic|Islamic Republic|Sultanate) of )?(.+)$/.exec(name);
    // (Also by a state's official name: "the Government of the Republic of Korea".)
    const official = govOf ? name.replace(/^.*?Government of (?:the )?/, '') : '';
    const governed = govOf ? [...gaz.states.values()].find((st) => st.name === govOf[1] || st.names.includes(official)) : undefined;
    if (governed && ensureActor(ctx, governed.key, null)) {
      addMention(sc, first, j, 'name', governed.key);
      return j;
    }
    // ("Vilnius declared ... after the State Security Department (VSD) said ...": a national body named by title
    // words alone belongs to the state that opens the sentence, or the one before, or the dateline's.)
    const nationalTitles = !ownerIsState && first < nameStart && !bilateral && !parentOrg;
    const country = ownerIsState ? owner.key!.slice(6) : tailState ?? (nationalTitles ? stateOpeningHere(sc) ?? stateOpeningPrevious(sc) ?? ctx.datelineCountry : null);
    const { key } = ensureBody(ctx, `org:${slug(name)}`, name, country);
    absorb(sc, [ownerState]);
    noteAcronym(ctx, addMention(sc, ownerState ? toks.findIndex((t) => t.start === ownerState.start) : first, j, 'org', key).end, key);
    return j;
  }
  return null;
}

/** "the President of the ECOWAS Commission": an organ's name ("Commission") after its parent body is that organ. */
export function readOrganOfBody(sc: SentenceScope, nameStart: number, j: number, runText: string): boolean {
  const { ctx: { text, actors }, toks, covered } = sc;
  if (!(nameStart > 0 && covered[nameStart - 1]?.type === 'org' && covered[nameStart - 1]?.key)) return false;
  const parent = covered[nameStart - 1]!;
  const name = `${text.slice(parent.start, parent.end)} ${runText}`;
  const { key } = ensureBody(sc.ctx, `org:${slug(name)}`, name, actors.get(parent.key!)?.country ?? null);
  const first = toks.findIndex((t) => t.start === parent.start);
  absorb(sc, [parent], first, nameStart);
  addMention(sc, first, j, 'org', key);
  return true;
}

/** "UN experts", "a UN panel of experts", "the U.N. Group of Experts": the experts' body, not the UN itself. */
export function readExpertBodies(sc: SentenceScope): void {
  const { ctx: { text }, toks, covered } = sc;
  for (let i = 0; i < toks.length - 1; i++) {
    const un = covered[i];
    if (un?.key !== 'org:un' || toks[i]!.start !== un.start) continue;
    const after = toks.findIndex((t) => t.start >= un.end);
    if (after < 0) continue;
    const words = toks.slice(after, after + 3).map((t) => t.text.toLowerCase());
    const len = words[0] === 'experts' || words[0] === 'investigators' ? 1 : (words[0] === 'panel' || words[0] === 'group') && words[1] === 'of' && words[2] === 'experts' ? 3 : 0;
    if (!len || covered[after]) continue;
    const first = toks.findIndex((t) => t.start === un.start);
    const name = text.slice(un.start, toks[after + len - 1]!.end);
    const { key } = ensureBody(sc.ctx, `org:${slug(name.replace(/^U\.?N\.?\b|^United Nations\b/, 'UN'))}`, name, null);
    absorb(sc, [un], first, after);
    addMention(sc, first, after + len, 'org', key);
    i = after + len - 1;
  }
}

/** A portfolio's ministry named by its portfolio: "Iran's foreign ministry", "the defence ministry", "Austria's Climate Ministry". */
export function readLowerCaseMinistries(sc: SentenceScope): void {
  const { ctx: { text, actors, datelineCountry }, toks, covered, local } = sc;
  for (let i = 0; i < toks.length - 1; i++) {
    const w = toks[i]!.text.toLowerCase().replace(/^defense$/, 'defence');
    if (covered[i] || covered[i + 1] || !/^(?:foreign|defence|interior|finance|trade|economy|justice|commerce|industry|energy|health|information|climate|environment|agriculture|education|culture|transport|labour|tourism|fisheries|emergencies|unification|security|home|science|technology|digital|mining|water|youth|planning|infrastructure|development|immigration)$/.test(w) || toks[i + 1]!.text.toLowerCase() !== 'ministry') continue;
    const after = (toks[i + 2]?.text ?? '').toLowerCase();
    if (ROLE_HEADS.has(after)) continue; // part of a title: "foreign ministry spokesman"
    // "held talks at the foreign ministry in La Paz": the building where it happened, not an actor.
    if (/^the$/i.test(toks[i - 1]?.text ?? '') && /^(?:at|inside|outside)$/i.test(toks[i - 2]?.text ?? '')) continue;
    let country: string | null = null;
    let k = i - 1;
    if (isPossessiveTok(toks[k])) k--;
    const owner = k >= 0 ? covered[k] : null;
    if (owner?.key?.startsWith('state:')) country = owner.key.slice(6);
    // "the foreign ministry" without an owner: the one already named, else the dateline's state.
    // "In Moscow, the foreign ministry ...": the capital that opens the sentence says whose.
    const openingCapital = /^the$/i.test(toks[i - 1]?.text ?? '') && toks[i - 2]?.text === ',' ? openingPlace(text, local, sc.s.start) : undefined;
    if (!country && openingCapital?.place?.country) country = openingCapital.place.country;
    // "the foreign ministry in Kathmandu said": the capital after it says whose.
    const seatAfter = toks[i + 2]?.text === 'in' && covered[i + 3]?.type === 'capital' ? covered[i + 3]!.place?.country : undefined;
    if (!country && seatAfter) country = seatAfter;
    // "the foreign ministry of Libya said", "the foreign ministry of Libya's Government of National Unity": the state after "of".
    const ofState = !country && toks[i + 2]?.text === 'of' && covered[i + 3]?.type === 'name' && covered[i + 3]!.key?.startsWith('state:') ? covered[i + 3]! : null;
    if (ofState) country = ofState.key!.slice(6);
    if (!country && /^the$/i.test(toks[i - 1]?.text ?? '')) {
      const known = [...actors.values()].filter((a) => a.key.endsWith(`-${w}-ministry`));
      country = known.length === 1 ? known[0]!.country : known.length === 0 ? datelineCountry : null;
    }
    if (!country) continue;
    const ministry = ensureMinistry(sc.ctx, country, w);
    if (owner?.key?.startsWith('state:')) ministry.aliases.add(text.slice(owner.start, toks[i + 1]!.end));
    // "the Brazilian foreign ministry": the national adjective is part of the body's name, not a party of its own
    // (a possessive owner, "Brazil's foreign ministry", stays a mention marked possessive).
    const from = owner?.type === 'demonym' && owner.key?.startsWith('state:') && !owner.possessive && k === i - 1 ? k : i;
    if (from < i) absorb(sc, [owner], from, i);
    const ofEnd = ofState && !ofState.possessive ? toks.findIndex((t) => t.start >= ofState.end) : -1;
    if (ofState && ofEnd > 0) {
      ministry.aliases.add(text.slice(toks[i]!.start, ofState.end));
      absorb(sc, [ofState], i + 2, ofEnd);
    }
    addMention(sc, from, ofEnd > 0 ? ofEnd : i + 2, 'org', ministry.key);
  }
}

/** Where "of (the) American States" after a body's name ends; `at` itself when there is none. */
function orgTail(sc: SentenceScope, at: number): number {
  const { toks, covered } = sc;
  if (!ORG_TAIL.test(toks[at]?.text ?? '')) return at;
  let k = at + 1;
  if (toks[k]?.text === 'the') k++;
  const first = k;
  while (k < toks.length) {
    const c = covered[k];
    if (c && (c.type === 'demonym' || c.type === 'name') && (c.key?.startsWith('state:') || (c.type === 'demonym' && !c.key))) {
      k = toks.findIndex((t) => t.start >= c.end);
      // ("State Council of the People's Republic of China Ding Xuexiang": a state's name ends the tail; the
      // capitalised words after it are someone's name.)
      if (c.type === 'name') break;
    } else if (!c && isNameStart(toks[k]!.text) && !NOT_NAME.has(toks[k]!.text)) {
      // ("Head of the Party's Commission for External Relations Bounthong Sisavath": after a portfolio, two or more
      // other capitalised words are the name of the one who heads it.)
      const afterPortfolio = k > first && toks.slice(first, k).every((t) => PORTFOLIO_WORDS.has(t.text) || t.text === 'and');
      if (afterPortfolio && !PORTFOLIO_WORDS.has(toks[k]!.text) && !ORG_SUFFIX.test(toks[k]!.text) && isNameStart(toks[k + 1]?.text ?? '') && !covered[k + 1] && !PORTFOLIO_WORDS.has(toks[k + 1]!.text)) break;
      k++;
    }
    // ("Authority of Heads of State and Government": a second "of" inside the name.)
    // ("Standing Committee of the Political Bureau of the Central Committee of the Communist Party of China": and
    // "of the", or "of" before a state's name.)
    else if (k > first && /^(?:and|of)$/.test(toks[k]!.text) && toks[k + 1] && isNameStart(toks[k + 1]!.text) && !covered[k + 1]) k++;
    else if (k > first && toks[k]!.text === 'of' && toks[k + 1]?.text === 'the' && toks[k + 2] && isNameStart(toks[k + 2]!.text) && !covered[k + 2]) k += 2;
    else if (k > first && toks[k]!.text === 'of' && covered[k + 1]?.type === 'name' && covered[k + 1]?.key?.startsWith('state:')) k++;
    else break;
    if (k < 0) k = toks.length;
  }
  return k > first ? k : at;
}

/** A body's acronym, once given in parentheses after its name, names it again. */
export function readAcronym(sc: SentenceScope, i: number): number | null {
  const { ctx: { acronyms }, toks } = sc;
  const w = toks[i]!.text;
  const acrKey = acronyms.get(w);
  if (acrKey && toks[i - 1]?.text !== '(') {
    addMention(sc, i, i + 1, 'org', acrKey);
    return i;
  }
  return null;
}
