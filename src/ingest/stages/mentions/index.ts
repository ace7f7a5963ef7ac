// Stage: actor mentions, resolved to actors as the article is read.
// Names come from the gazetteer, from titles ("Foreign Ministry spokeswoman
// Mao Ning"), appositions ("Ana Ruiz, the ministry spokeswoman,") and
// speech verbs ("Jane Doe said"); partial names, pronouns and descriptions
// ("the minister") refer back to persons already introduced.
import type { ActorKind, ExtractedActor } from '../../types.js';
import type { Gazetteer, GazEntry } from '../../gazetteer/index.js';
import { tokenize, stripAccents, normName, slug, type Token } from '../../text.js';
import type { Sentence } from '../sentences.js';
import type { ActorDraft, Mention, MentionResult, MentionType } from './types.js';
import { datelineCountryIfDomestic, inferCountries } from './countries.js';
import { addMention, createArticleContext, ensureActor, isPossessiveTok, lastMentionOf, noteAcronym, openSentence, persons, tk } from './context.js';
import { HONORIFICS, isNameStart, MILITARY_RANKS, NOT_NAME, PARTICLES, PERSON_NOUNS, PERSONAL_HONORIFICS, plainName, ROLE_HEADS, ROLE_MODS, SPEECH_AFTER_NAME } from './names.js';
import { readKnownNames } from './known-names.js';
import { readCapitalisedRuns } from './persons.js';
import { ORG_SUFFIX, readAcronym, readCoastGuards, readExpertBodies, readGovernmentBodies, readLowerCaseMinistries, readOrganizationRun, readOrganOfBody } from './organizations.js';
import { descriptionFits, readCuratedPersonsTitles, scanApposition, scanTitle, WEAK_ROLES } from './titles.js';

export type { ActorDraft, Mention, MentionResult, MentionType } from './types.js';
export { SPEECH_VERBS } from './names.js';

/** A sentence opening with an official named only by office and state: "The representative of Greece", "Russia's delegate". */
const UNNAMED_OFFICIAL = /^(?:[A-Z][\w ]{0,30}?,\s+)?(?:[Tt]he\s+)?(?:(?:[Rr]epresentative|[Dd]elegate|[Ee]nvoy|[Aa]mbassador|[Ss]pokes(?:man|woman|person))\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}|(?:[A-Z][\w'’-]*\s){0,3}[A-Z][\w-]*['’]s\s+(?:representative|delegate|envoy|ambassador))\b/;
const PERSON_DESC_HEADS = new Set(['minister', 'president', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'diplomat', 'ambassador', 'envoy', 'chancellor', 'premier', 'counterpart', 'secretary', 'emir', 'king', 'prince', 'sultan']);
// "the 10-member bloc", "the eight-nation group".
const SIZE_MODIFIER = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty\S*|\w+ty)-(?:member|nation|country|state)$/i;
const UNNUMBERED_PLURAL = /^(?:ministers|leaders|presidents|parties|sides|delegations|interlocutors)$/;
const STATEMENT_BY = /\bstatement\s+(?:issued\s+|released\s+|published\s+|put out\s+)?(?:by|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)?$/u;
const ISSUED_STATEMENT = /^\s*(?:['’]s\s+statement|\s*(?:said|says)\s+in\s+a\s+statement|\s*(?:issued|released|put out)\s+a\s+statement)/i;
// What a person does and a company does not: "Sweden's Johan Ekdahl is expected to travel on to Kyiv".
const PERSON_MOVES = /^\s+(?:(?:is|was|are)\s+(?:expected|due|set|scheduled)\s+to\s+|will\s+|also\s+)?(?:travel(?:led|ed|s)?|visit(?:ed|s)?|met|meet|meets|arrived|arrives|flew|flies|told)\b/;
const ARMED_FORCES = /\b(?:armed forces|army|military|defen[cs]e forces)\b/i;
const CROWD = /^(?:protesters|protestors|demonstrators|students|activists|crowds?|mourners|supporters|residents|villagers)$/;
/** Whether a group actor is a crowd found by CROWD (a demonstration's source), not an armed group or junta. */
export const isCrowdKey = (key: string) => CROWD.test(key.replace(/^group:/, '').replace(/-[a-z]{3}$/, ''));
const CROWD_ACTS = /^[^.;]{0,100}?\b(?:rallied|rallies|rallying|demonstrated|demonstrating|marched|marching|gathered|protested|took to the streets|staged|chanted|chanting|stormed|burned|burning)\b/;
const PLURAL_NUM: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, both: 2 };
const PLURAL_STATE = /^(?:countries|nations|sides|governments|neighbours|neighbors|states|allies|capitals|powers)$/;
// "the two heads of state" are persons like "the two leaders".
const PLURAL_PERSON = /^(?:leaders|presidents|ministers|men|women|officials|diplomats|foreign|heads)$/;

// Between coordinated actors: commas, "and", "the", and title words ("Lula and Argentine President Milei").
const COORD_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$/;

export function findMentions(text: string, sentences: Sentence[], gaz: Gazetteer, datelineCountry: string | null): MentionResult {
  const ctx = createArticleContext(text, sentences, gaz, datelineCountry);
  const { mentions, actors, groups, pendingForward, acronyms, bareCongo, namedSharedCapitals } = ctx;

  for (const s of sentences) {
    const sc = openSentence(ctx, s);
    const { toks, covered, local } = sc;

    readKnownNames(sc);
    readCuratedPersonsTitles(sc);

    readGovernmentBodies(sc);
    readCoastGuards(sc);

    readCapitalisedRuns(sc);

    readExpertBodies(sc);
    readLowerCaseMinistries(sc);

    // 4. Pronouns, descriptions and plural references.
    for (let i = 0; i < toks.length; i++) {
      if (covered[i]) continue;
      const w = toks[i]!.text;
      const lw = w.toLowerCase();
      const acrEnd = readAcronym(sc, i);
      if (acrEnd !== null) continue;
      // "Serbia's president accused ...": a state's office with no name after it is the holder named before.
      const ownerState = isPossessiveTok(toks[i - 1]) && covered[i - 2]?.key?.startsWith('state:') ? covered[i - 2]! : null;
      // "Sudan's army": the state's curated armed forces, when there is one.
      if (ownerState && (lw === 'army' || lw === 'military') && !covered[i]) {
        const c = ownerState.key!.slice(6);
        const force = curatedForce(c);
        if (force && ensureActor(ctx, force, null)) {
          ownerState.inTitle = true;
          addMention(sc, i, i + 1, 'description', force);
          continue;
        }
      }
      const office = /^(?:prime|foreign)$/.test(lw) && toks[i + 1]?.text.toLowerCase() === 'minister' ? 2 : PERSON_DESC_HEADS.has(lw) ? 1 : 0;
      if (ownerState && office && !(toks[i + office] && isNameStart(toks[i + office]!.text)) && !covered[i + office - 1]) {
        const head = office === 2 ? `${lw} minister` : lw;
        const key = resolveDescription(office === 2 ? 'minister' : lw, ownerState.key!.slice(6), s.start);
        if (key && actors.get(key)?.role && new RegExp(`\\b${head}\\b`, 'i').test(actors.get(key)!.role!)) {
          ownerState.inTitle = true;
          addMention(sc, i, i + office, 'description', key);
          i += office - 1;
          continue;
        }
      }
      // A junta is a group that acts for its state: "the junta", "coup leaders", "Niger's military authorities".
      const juntaLen = lw === 'junta' || lw === 'putschists' ? 1 : (lw === 'coup' && /^(?:leaders|plotters)$/.test(toks[i + 1]?.text ?? '')) || (lw === 'military' && /^(?:authorities|rulers|regime|government)$/.test(toks[i + 1]?.text ?? '')) ? 2 : 0;
      if (juntaLen) {
        let k = i - 1;
        if (isPossessiveTok(toks[k])) k--;
        const owner = k >= 0 ? covered[k] : null;
        const ownerState = owner?.key?.startsWith('state:') ? owner.key.slice(6) : null;
        // Without an owner, the state the story last named: coup stories name the country first.
        const lastState = () => [...mentions, ...local].filter((m) => m.key?.startsWith('state:') && !m.isLocation && m.end <= toks[i]!.start).pop()?.key?.slice(6) ?? null;
        const country = ownerState ?? [...actors.values()].find((a) => a.key.startsWith('group:junta-'))?.country ?? lastState();
        if (country) {
          const key = `group:junta-${country.toLowerCase()}`;
          const st = gaz.states.get(country);
          if (!actors.has(key)) actors.set(key, { key, name: `${st?.name ?? country} junta`, kind: 'group', country, role: null, seedRole: null, gender: null, aliases: new Set(), nameTokens: [] });
          actors.get(key)!.aliases.add(text.slice(toks[i]!.start, toks[i + juntaLen - 1]!.end));
          if (owner && ownerState) owner.inTitle = true;
          addMention(sc, i, i + juntaLen, 'description', key);
          i += juntaLen - 1;
          continue;
        }
      }
      // A crowd that demonstrates is a group actor: "Several hundred protesters gathered outside ...".
      if (CROWD.test(lw) && CROWD_ACTS.test(text.slice(toks[i]!.end, s.end))) {
        let k = i - 1;
        while (k >= 0 && !covered[k] && /^(?:[a-z-]+|\d[\d,]*)$/.test(toks[k]!.text) && !CROWD.test(toks[k]!.text) && k > i - 4) k--;
        const owner = k >= 0 ? covered[k] : null;
        // Without a demonym, a crowd in a datelined story is the dateline state's people.
        const country = owner?.type === 'demonym' && owner.key?.startsWith('state:') ? owner.key.slice(6) : datelineCountry;
        const key = `group:${lw}${country ? `-${country.toLowerCase()}` : ''}`;
        if (!actors.has(key)) actors.set(key, { key, name: lw, kind: 'group', country, role: null, seedRole: null, gender: null, aliases: new Set(), nameTokens: [] });
        if (country && owner) {
          actors.get(key)!.aliases.add(text.slice(owner.start, toks[i]!.end));
          owner.inTitle = true;
        }
        // "supporters of the government", "residents of Amadiya": the phrase after "of" says whose, and is no party.
        let end = i + 1;
        if (toks[end]?.text === 'of') {
          end++;
          if (toks[end]?.text === 'the') end++;
          const cov = covered[end];
          if (cov) end = toks.findIndex((t) => t.start >= cov.end);
          else if (/^[\p{L}-]+$/u.test(toks[end]?.text ?? '')) end++;
          if (end < 0) end = toks.length;
          actors.get(key)!.aliases.add(text.slice(toks[i]!.start, toks[end - 1]!.end));
        }
        for (let q = i + 1; q < end; q++) if (covered[q]) covered[q]!.inTitle = true;
        addMention(sc, i, end, 'description', key);
        i = end - 1;
        continue;
      }
      // "It will be Lula's first trip", "It was the first visit": a dummy subject, no actor.
      if (lw === 'it' && /^\s+(?:is|was|will be|would be|has been|had been)\s+(?:a|an|the|his|her|their|its|\p{Lu}[\p{L}-]*['’]s|first|clear|unclear|likely|unlikely|possible|important|time|too|up to)\b/u.test(text.slice(toks[i]!.end, toks[i]!.end + 40))) continue;
      // An object pronoun is someone other than the subject: "X spoke to Y, urging him to ..." (him = Y).
      if (lw === 'him') {
        const persons = local.filter((m) => m.end <= toks[i]!.start && m.key && actors.get(m.key)?.kind === 'person' && actors.get(m.key)?.gender !== 'f' && !m.inTitle).sort((a, b) => a.start - b.start);
        const other = persons.slice(1).pop();
        if (other?.key) addMention(sc, i, i + 1, 'pronoun', other.key);
        continue;
      }
      // "HE Dr. Al-Khulaifi": the capitals are "His Excellency", no pronoun.
      if (toks[i]!.text === 'HE' && toks[i + 1] && (isNameStart(toks[i + 1]!.text) || HONORIFICS.has(toks[i + 1]!.text))) continue;
      if (/^(?:he|she|it|they)$/.test(lw)) {
        const m = addMention(sc, i, i + 1, 'pronoun', null);
        if (lw === 'they') {
          const g = [...groups].reverse().find((x) => x.sent >= s.index - 1);
          const keys = localGroup(i) ?? g?.keys ?? [];
          m.keys = keys;
          m.key = keys[0] ?? null;
          continue;
        }
        const key = resolvePronoun(lw, i);
        if (key) m.key = key, (m.keys = [key]);
        continue;
      }
      // "a ministry spokesperson said": an unnamed spokesperson speaks for the body last named.
      if ((lw === 'a' || lw === 'an') && toks[i + 1]) {
        const body = /^(?:ministry|department|embassy|agency|office|government)$/i.test(toks[i + 1]!.text) ? 1 : 0;
        const j = i + 1 + body;
        if (/^spokes(?:person|man|woman)$/i.test(toks[j]?.text ?? '') && !covered[j] && SPEECH_AFTER_NAME.test(toks[j + 1]?.text ?? '')) {
          // "A government spokesman told reporters in Ulaanbaatar": the government of the capital named, or of the dateline.
          const capital = local.find((m) => m.start > toks[j]!.end && m.type === 'capital' && m.place?.country)?.place?.country ?? datelineCountry;
          const key = /^government$/i.test(toks[i + 1]!.text) ? (capital && ensureActor(ctx, `state:${capital}`, null) ? `state:${capital}` : null) : recentBody(s.index);
          if (key) {
            addMention(sc, i, j + 1, 'description', key);
            i = j;
            continue;
          }
        }
      }
      if ((lw === 'the' || lw === 'both' || lw === 'his' || lw === 'her') && toks[i + 1]) {
        // "the three countries", "both sides"
        const numTok = lw === 'both' ? 'both' : (toks[i + 1]!.text.toLowerCase());
        const n = PLURAL_NUM[numTok];
        if (n) {
          let j = lw === 'both' ? i + 1 : i + 2;
          while (toks[j] && covered[j] && covered[j]!.type === 'demonym') j++;
          while (toks[j] && /^\p{L}+$/u.test(toks[j]!.text) && !PLURAL_STATE.test(toks[j]!.text) && !PLURAL_PERSON.test(toks[j]!.text) && j < i + 4) j++;
          const noun = toks[j]?.text ?? '';
          const kind: ActorKind | null = PLURAL_STATE.test(noun) ? 'state' : PLURAL_PERSON.test(noun) ? 'person' : null;
          if (kind) {
            // "the two heads of state" are presidents, not a premier mentioned in between.
            const headOfState = noun === 'heads' && toks[j + 1]?.text === 'of' && toks[j + 2]?.text === 'state';
            let keys = resolvePlural(n, kind, i, noun === 'ministers' ? 'ministers' : /^(?:presidents|leaders)$/.test(noun) ? noun.slice(0, -1) : headOfState ? 'president' : null);
            // "the two leaders sat down for talks. ... the two sides signed": sides are the states of the pair just met.
            if (/^(?:sides|parties)$/i.test(noun)) {
              const pair = [...groups, ...[...mentions, ...local].filter((x) => x.type === 'plural' && x.end <= toks[i]!.start).map((x) => ({ keys: x.keys, kind: actors.get(x.keys[0] ?? '')?.kind, sent: x.sent }))]
                .sort((a, b) => a.sent - b.sent).reverse().find((g) => g.keys.length === n && g.kind === 'person' && g.sent >= s.index - 2);
              const states = [...new Set(pair?.keys.map((k) => actors.get(k)?.country).filter((c): c is string => !!c) ?? [])];
              if (pair && states.length === n && states.every((c) => ensureActor(ctx, `state:${c}`, null))) keys = states.map((c) => `state:${c}`);
            }
            const m = addMention(sc, i, j + 1, 'plural', keys[0] ?? null);
            m.keys = keys;
            // "the two countries' border": a plural possessive qualifies a place or thing; "the two
            // countries' foreign ministers" still stands for them.
            if (/^['’]$/.test(toks[j + 1]?.text ?? '') && !toks.slice(j + 2, j + 5).some((t) => ROLE_HEADS.has(t.text.toLowerCase()) || /^(?:delegations?|officials|governments|forces|troops|armies|navies)$/i.test(t.text))) m.possessive = true;
            i = j;
            continue;
          }
        }
        // "the North", "the South": the Korean state of that name once the article has named it
        // ("accused the North of ..."); "the North Atlantic" and "the South China Sea" are not.
        if (lw === 'the' && /^(?:North|South)$/.test(toks[i + 1]!.text) && !covered[i + 1] && !(toks[i + 2] && isNameStart(toks[i + 2]!.text))) {
          const key = toks[i + 1]!.text === 'North' ? 'state:PRK' : 'state:KOR';
          if (actors.has(key)) {
            addMention(sc, i, i + 2, 'description', key);
            i = i + 1;
            continue;
          }
        }
        // "the minister", "the Chinese leader", "his North Korean counterpart", "the bloc"
        let j = i + 1;
        let country: string | null = null;
        while (toks[j] && (/^(?:visiting|top|senior|deputy|foreign|new|former|chinese|prime|regional|crown|paramilitary|armed|rebel|militant|jihadist|separatist)$/i.test(toks[j]!.text) || SIZE_MODIFIER.test(toks[j]!.text) || covered[j]?.type === 'demonym' || covered[j]?.type === 'name')) {
          const c = covered[j];
          if (c?.key?.startsWith('state:')) {
            country = c.key.slice(6);
            j = toks.findIndex((t) => t.start >= c.end);
            if (j < 0) break;
          } else j++;
        }
        if (j < 0 || !toks[j]) continue;
        const head = toks[j]!.text.toLowerCase();
        // "the President of the Kyrgyz Republic", "the Emir of Qatar" with no name: the office stands for its state.
        // Not in an apposition, where the office describes the person just named ("Nicolas Maduro, the president of Venezuela").
        if (lw === 'the' && toks[i - 1]?.text !== ',' && (head === 'president' || head === 'emir' || head === 'king' || head === 'leaders' || head === 'leader') && toks[j + 1]?.text === 'of') {
          let k = j + 2;
          if (toks[k]?.text === 'the') k++;
          const st = covered[k];
          if (st?.key?.startsWith('state:') && st.type === 'name' && !(toks[k + 1] && isNameStart(toks[k + 1]!.text) && !covered[k + 1])) {
            const stEnd = toks.findIndex((t) => t.start >= st.end);
            local.splice(local.indexOf(st), 1);
            for (let q = k; q < (stEnd < 0 ? toks.length : stEnd); q++) covered[q] = null;
            addMention(sc, i, stEnd < 0 ? toks.length : stEnd, 'description', st.key);
            i = (stEnd < 0 ? toks.length : stEnd) - 1;
            continue;
          }
        }
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
            i = j;
            continue;
          }
        }
        if (lw === 'the' && j === i + 1 && UNNUMBERED_PLURAL.test(head) && !covered[j]) {
          const recent = [...groups].reverse().find((g) => g.sent >= s.index - 3);
          const kind: ActorKind = /^(?:ministers|leaders|presidents|interlocutors)$/.test(head) ? 'person' : 'state';
          const keys = recent?.keys ?? resolvePlural(2, kind, i, null);
          if (keys.length >= 2) {
            const m = addMention(sc, i, j + 1, 'plural', keys[0] ?? null);
            m.keys = keys;
            i = j;
            continue;
          }
        }
        const nextCap = toks[j + 1] && isNameStart(toks[j + 1]!.text) && !covered[j + 1];
        if (lw !== 'both' && PERSON_DESC_HEADS.has(head) && !nextCap && !covered[j]) {
          // "ordered the expulsion of the Cambodian envoy": an unnamed envoy of a state stands for that state.
          // "the Deputy Prime Minister": the person whose office is that whole phrase, before any other minister.
          const phrase = text.slice(toks[i + 1]!.start, toks[j]!.end).toLowerCase();
          const key = (phrase.includes(' ') && !country ? resolveDescription(head, null, s.start, phrase) : null) ?? resolveDescription(head, country, s.start) ?? (country && (head === 'envoy' || head === 'ambassador') && ensureActor(ctx, `state:${country}`, null) ? `state:${country}` : null) ??
            // "The spokesperson added ..." with no spokesperson named: the body last named speaks.
            (!country && /^spokes/.test(head) ? recentBody(s.index) : null);
          for (let k = i + 1; k < j; k++) if (covered[k]) covered[k]!.inTitle = true;
          const m = addMention(sc, i, j + 1, 'description', key);
          // ("The diplomat was handed a note ...": a subject opening the sentence does not look ahead.)
          if (!key && toks[i]!.start > s.start) pendingForward.push({ m, country, head });
          i = j;
          continue;
        }
        // "The statement alleged ...", "It urged ...": the one who issued the statement just mentioned.
        if (lw === 'the' && head === 'statement' && j === i + 1) {
          const issuer = [...mentions, ...local.filter((m) => m.end <= toks[i]!.start)]
            .filter((m) => m.key && !m.isLocation && m.sent >= s.index - 3 && (STATEMENT_BY.test(text.slice(Math.max(0, m.start - 40), m.start)) || ISSUED_STATEMENT.test(text.slice(m.end, m.end + 40))))
            .pop();
          if (issuer?.key) {
            addMention(sc, i, j + 1, 'description', issuer.key);
            i = j;
            continue;
          }
        }
        // "the Argentine government", "the Thai authorities": the state itself.
        if (lw === 'the' && country && j > i + 1 && /^(?:government|authorities|administration|leadership)$/.test(head) && !covered[j] && toks[j + 1]?.text !== 'of' && ensureActor(ctx, `state:${country}`, null)) {
          for (let k = i + 1; k < j; k++) if (covered[k]) covered[k]!.inTitle = true;
          addMention(sc, i, j + 1, 'description', `state:${country}`);
          i = j;
          continue;
        }
        // "The government said ...": in a datelined story, the government of the dateline's state.
        // ("The government in Abidjan" is the government there: the capital says whose.)
        if (lw === 'the' && j === i + 1 && head === 'government' && !nextCap && toks[j + 1]?.text !== 'of' && !(toks[j + 1]?.text === 'in' && covered[j + 2]?.key?.startsWith('state:')) && datelineCountry && ensureActor(ctx, `state:${datelineCountry}`, null)) {
          addMention(sc, i, j + 1, 'description', `state:${datelineCountry}`);
          i = j;
          continue;
        }
        if (lw === 'the' && /^(?:bloc|alliance|group|council|militants|movement|ministry|department|agency|army|military)$/.test(head) && !nextCap && !covered[j]) {
          // "the Congolese army": that state's curated armed forces, else the state itself.
          const force = country && (head === 'army' || head === 'military') ? curatedForce(country) ?? `state:${country}` : null;
          if (force) for (let k = i + 1; k < j; k++) if (covered[k]) covered[k]!.inTitle = true;
          const key = force && ensureActor(ctx, force, null) ? force : resolveOrgDescription(head);
          if (key) addMention(sc, i, j + 1, 'description', key);
          i = j;
        }
      }
    }

    // Coordinated actors ("Chile, Peru and Bolivia") are remembered for plural references.
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
    mentions.push(...local);

    // --- helpers that need this sentence's tokens ---
    function resolvePronoun(p: string, at: number): string | null {
      const before = local.filter((m) => m.end <= toks[at]!.start && m.key && !m.isLocation).sort((a, b) => a.start - b.start);
      const wantPerson = p === 'he' || p === 'she';
      const ok = (key: string) => {
        const a = actors.get(key);
        if (!a) return false;
        if (wantPerson) return a.kind === 'person' && !(p === 'he' && a.gender === 'f') && !(p === 'she' && a.gender === 'm');
        if (p === 'it') return a.kind !== 'person';
        return true;
      };
      // "..., while France said it would ...": the speaker right before the reporting verb.
      const speaker = before[before.length - 1];
      if (speaker && ok(speaker.key!) && !speaker.possessive && /^\s+(?:also\s+)?(?:said|says|announced|warned|added|insisted|stated|confirmed)\s+(?:that\s+)?$/.test(text.slice(speaker.end, toks[at]!.start))) return speaker.key;
      // The subject earlier in the same sentence ("Moscow warned that it ..."), skipping possessive modifiers.
      const same = before.find((m) => ok(m.key!) && !m.possessive && !m.inTitle && m.type !== 'plural');
      if (same) return same.key;
      // Otherwise the subject of an earlier sentence, most recent first.
      const prevSents = [...new Set(mentions.filter((m) => m.sent < s.index).map((m) => m.sent))].sort((a, b) => b - a).slice(0, 3);
      // "The Russian Federation's delegate said ... 'It was ...,' he said": an unnamed official just before speaks for a state.
      if (wantPerson && prevSents[0] !== undefined) {
        const prev = sentences.find((x) => x.index === prevSents[0]);
        const opening = prev ? UNNAMED_OFFICIAL.exec(prev.sentence) : null;
        if (prev && opening) {
          const state = mentions.find((m) => m.sent === prev.index && m.key?.startsWith('state:') && m.start < prev.start + opening[0].length);
          const named = mentions.some((m) => m.sent === prev.index && m.type === 'person' && m.start < prev.start + opening[0].length + 40);
          if (state && !named) return state.key;
        }
      }
      for (const si of prevSents) {
        const ms = mentions.filter((m) => m.sent === si && m.key && !m.isLocation && !m.inTitle && m.type !== 'plural').sort((a, b) => a.start - b.start);
        // "Netanyahu's office said ... It rejected ...": the office speaks for the leader's state.
        const office = ms[0] && actors.get(ms[0].key!)?.kind === 'person' && /^['’]s\s+(?:office|government|administration|cabinet)\b/.test(text.slice(ms[0].end, ms[0].end + 20)) ? ms[0] : undefined;
        if (office && p === 'it') {
          const c = actors.get(office.key!)?.country;
          if (c && ensureActor(ctx, `state:${c}`, null)) return `state:${c}`;
        }
        // "..., spokeswoman X told a briefing. She added that ...": a speaker carrying on is the one who spoke.
        const speakingOn = wantPerson && /^\s+(?:also\s+)?(?:added|said|told|noted|stressed|insisted|warned)\b/.test(text.slice(toks[at]!.end, toks[at]!.end + 20));
        const spoke = speakingOn ? ms.filter((m) => ok(m.key!) && !m.possessive && SPEECH_AFTER_NAME.test((/^\s*,?\s*(\w+)/.exec(text.slice(m.end, m.end + 20))?.[1] ?? '').toLowerCase())).pop() : undefined;
        const subj = spoke ?? ms.find((m) => ok(m.key!) && !m.possessive);
        if (subj) return subj.key;
      }
      return null;
    }

    function localGroup(at: number): string[] | null {
      const ms = local.filter((m) => m.key && !m.isLocation && !m.inTitle && m.end <= toks[at]!.start).sort((a, b) => a.start - b.start);
      for (let k = ms.length - 1; k > 0; k--) {
        const a = ms[k - 1]!;
        const b = ms[k]!;
        if (COORD_GAP.test(text.slice(a.end, b.start))) return [...new Set([a.key!, b.key!])];
      }
      return null;
    }

    function resolvePlural(n: number, kind: ActorKind, at: number, head: string | null): string[] {
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
  }

  // Descriptions that found no antecedent look ahead ("received her Chilean counterpart ... Alberto van Klaveren").
  for (const { m, country, head } of pendingForward) {
    const next = mentions.find((x) => x.start > m.end && x.key && x.type === 'person' && descriptionFits(actors.get(x.key)!, head, country));
    if (next) {
      m.key = next.key;
      m.keys = [next.key!];
    } else if (country && /^(?:minister|president|premier|chancellor|leader|counterpart|diplomat|king|emir|sultan)$/.test(head) && (actors.has(`state:${country}`) || gaz.actors.has(`state:${country}`))) {
      // "spoke by phone with the Turkish foreign minister": an official never named stands for the state.
      if (!actors.has(`state:${country}`)) {
        const info = gaz.actors.get(`state:${country}`)!;
        actors.set(info.key, { key: info.key, name: info.name, kind: info.kind, country: info.country, role: null, seedRole: null, gender: null, aliases: new Set(), nameTokens: [] });
      }
      m.key = `state:${country}`;
      m.keys = [m.key];
    }
  }

  inferCountries(ctx);
  return { mentions, actors };

  /** A state's curated armed forces ("Sudanese Armed Forces"), if the seeds have them. */
  function curatedForce(country: string): string | null {
    return [...gaz.actors.values()].find((a) => a.country === country && a.kind === 'organization' && ARMED_FORCES.test(a.name))?.key ?? null;
  }

  function resolveDescription(head: string, country: string | null, before: number, phrase?: string): string | null {
    let best: string | null = null;
    let bestAt = -1;
    for (const a of actors.values()) {
      if (!descriptionFits(a, head, country)) continue;
      if (phrase && !`${a.role ?? ''} ${a.seedRole ?? ''}`.toLowerCase().includes(phrase)) continue;
      const at = lastMentionOf(ctx, a.key);
      if (at >= 0 && at < before + 1e9 && at > bestAt) [best, bestAt] = [a.key, at];
    }
    return best;
  }
  /** The ministry, department or embassy named last, within the three sentences before `sent`. */
  function recentBody(sent: number): string | null {
    return [...mentions].reverse().find((m) => m.key && m.sent >= sent - 3 && m.type !== 'description' && actors.get(m.key)?.kind === 'organization' && /\b(?:ministry|department|embassy|office)\b/i.test(actors.get(m.key)!.name))?.key ?? null;
  }
  function resolveOrgDescription(head: string): string | null {
    // "the regional bloc": the bloc named last (ECOWAS, the EU, ASEAN ...).
    if (head === 'bloc') {
      const blocs = [...actors.values()].filter((a) => a.kind === 'organization' && !a.country && gaz.actors.has(a.key) && /^(?:org:(?:eu|asean|ecowas|african-union|aes|sadc|eac|eccas|igad|gcc|caricom|mercosur|celac|oas|pif|sco|brics|eaeu|csto|cis|arab-league|oic|apec|nato|osce))$/.test(a.key)).sort((a, b) => lastMentionOf(ctx, b.key) - lastMentionOf(ctx, a.key));
      return blocs[0]?.key ?? (actors.has('org:eu') ? 'org:eu' : actors.has('org:asean') ? 'org:asean' : null);
    }
    if (head === 'alliance') return actors.has('org:nato') ? 'org:nato' : null;
    // "the Council": a curated council named before (the Council of the EU, the Security Council) over one
    // named in passing ("the EU-Moldova Association Council").
    if (head === 'council') {
      const councils = [...actors.values()].filter((a) => /Council/.test(a.name)).sort((a, b) => lastMentionOf(ctx, b.key) - lastMentionOf(ctx, a.key));
      return (councils.find((a) => gaz.actors.has(a.key)) ?? councils[0])?.key ?? null;
    }
    // "the army": the armed forces named last (a curated one: "Sudan's army" is the Sudanese Armed Forces).
    if (head === 'army' || head === 'military') {
      return [...actors.values()].filter((a) => a.kind === 'organization' && ARMED_FORCES.test(a.name)).sort((a, b) => lastMentionOf(ctx, b.key) - lastMentionOf(ctx, a.key))[0]?.key ?? null;
    }
    // "the ministry", "the department", "the agency": the one named last.
    if (head === 'ministry' || head === 'department' || head === 'agency') {
      const named = new RegExp(`\\b${head}\\b`, 'i');
      return [...actors.values()].filter((a) => a.kind === 'organization' && named.test(a.name)).sort((a, b) => lastMentionOf(ctx, b.key) - lastMentionOf(ctx, a.key))[0]?.key ?? null;
    }
    const groupsKnown = [...actors.values()].filter((a) => a.kind === 'group');
    return groupsKnown.sort((a, b) => lastMentionOf(ctx, b.key) - lastMentionOf(ctx, a.key))[0]?.key ?? null;
  }
}

/** The article's actors as records: roles from the text, curated ones as fallback. */
export function toExtractedActors(actors: Map<string, ActorDraft>, mentions: Mention[]): ExtractedActor[] {
  const used = new Set(mentions.filter((m) => m.key && !m.isLocation && m.type !== 'pronoun' && m.type !== 'description' && m.type !== 'plural').map((m) => m.key!));
  const out: ExtractedActor[] = [];
  for (const a of actors.values()) {
    if (!used.has(a.key)) continue;
    const role = a.kind !== 'person' ? null : a.role && !WEAK_ROLES.test(a.role) ? a.role : a.seedRole ?? a.role;
    out.push({ key: a.key, name: a.name, kind: a.kind, country: a.country, role, aliases: [...a.aliases].filter((x) => x !== a.name) });
  }
  return out;
}

/** Actor keys a mention stands for (plural references stand for several). */
export const keysOf = (m: Mention): string[] => (m.keys.length ? m.keys : m.key ? [m.key] : []);
export { tokenize };
