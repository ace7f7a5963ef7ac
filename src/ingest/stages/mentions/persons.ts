// Capitalised runs: a run of name tokens is an organization (see organizations.ts) or a person,
// known by a title, an apposition, a speech verb, an honorific or rank, a noun for a private
// person, or as a partial name of someone already introduced; anything else is left alone.
import { normName, slug, type Token } from '../../text.js';
import { absorb, addMention, ensureActor, ensureBody, isPossessiveTok, latestFirst, persons, sentenceOpeners, type ArticleContext, type SentenceScope } from './context.js';
import { ownerItsStandsFor } from './countries.js';
import { capitalisedFamilyNames, HONORIFICS, isNameStart, MILITARY_RANKS, NOT_NAME, PARTICLES, PERSON_NOUNS, PERSONAL_HONORIFICS, PORTFOLIO_WORDS, ROLE_HEADS, ROLE_MODS, scanNameRun, SPEECH_AFTER_NAME, writtenName, type NameRun } from './names.js';
import { ORG_SUFFIX, readOrganizationRun, readOrganOfBody } from './organizations.js';
import { adoptRole, scanApposition, scanTitle, type Apposition, type Title } from './titles.js';
import type { ActorDraft, Mention } from './types.js';

// What a person does and a company does not: "Sweden's Johan Ekdahl is expected to travel on to Kyiv".
const PERSON_MOVES = /^\s+(?:(?:is|was|are)\s+(?:expected|due|set|scheduled)\s+to\s+|will\s+|also\s+)?(?:travel(?:led|ed|s)?|visit(?:ed|s)?|met|meet|meets|arrived|arrives|flew|flies|told)\b/;
// After "X and": a second full name, then a verb two persons do together.
const PAIR_ACTS = /^\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+(?:also\s+|later\s+|then\s+)?(?:met|meet|held|signed|agreed|talked|spoke|discussed|shook)\b/u;

export function readCapitalisedRuns(sc: SentenceScope): void {
  const { toks, covered } = sc;
  const capsFamily = capitalisedFamilyNames(toks);
  for (let i = 0; i < toks.length; i++) {
    let run = scanNameRun(toks, covered, capsFamily, i);
    // "Minister for Europe Helen Marsh", "Minister for the Pacific Declan Harrow": the portfolio after the
    // title's "for" is no part of the name that follows it.
    const portfolio = run ? portfolioWords(toks, run.nameStart, run.end) : 0;
    if (run && portfolio) {
      i = run.nameStart + portfolio;
      run = scanNameRun(toks, covered, capsFamily, i);
    }
    if (run) i = readCapitalisedRun(sc, i, run, capsFamily.has(run.nameStart)) - 1;
    // "the Peruvian exporters' association ADEX": an acronym after a noun for a firm or association is that body.
    else if (!covered[i] && /^[A-Z]{2,6}$/.test(toks[i]!.text) && COMPANY_NOUN.test(toks[i - 1]?.text ?? '')) i = (readNamedCompany(sc, i, i + 1, toks[i]!.text) ?? i + 1) - 1;
    // "the Sri Lanka Navy", "the Indian Army", "the Guyana Defence Force", "the Pakistan Air Force": a state's service
    // named after it (its words are words of titles too, and open no run).
    else if (!covered[i] && serviceEnd(toks, i) > i && covered[i - 1]?.key?.startsWith('state:') && (covered[i - 1]!.type === 'name' || covered[i - 1]!.type === 'demonym') && !covered[i - 1]!.possessive) i = readStateService(sc, i) - 1;
    // "the Nigerien Party for Democracy and Socialism": "Party" and "Army" are also words of titles and open
    // no run, but with an "of"/"for" tail they name a body.
    else if (!covered[i] && /^(?:Party|Army)$/.test(toks[i]!.text) && /^(?:of|for)$/.test(toks[i + 1]?.text ?? '')) {
      // (With the capitalised words before it: "the Communist Party of China".)
      let from = i;
      while (from > 0 && !covered[from - 1] && isNameStart(toks[from - 1]!.text) && !NOT_NAME.has(toks[from - 1]!.text)) from--;
      const end = readOrganizationRun(sc, { nameStart: from, end: i + 1, honor: [], runText: sc.ctx.text.slice(toks[from]!.start, toks[i]!.end) });
      if (end !== null) i = end - 1;
    }
  }
}

// Nouns after a clan's or tribe's name: "the Sakalin clan".
const CLAN = /^(?:clans?|tribes?|sub-clans?)$/;

/**
 * "the Sakalin clan", "the Sakalin and Tambuli clans": a clan or tribe named before its noun is a group, of the story's
 * state, and its name alone names it again ("Sakalin leader X", "Tambuli fighters").
 */
function readClan(sc: SentenceScope, nameStart: number, j: number): number | null {
  const { ctx, toks, covered } = sc;
  const second = toks[j]?.text === 'and' ? scanNameRun(toks, covered, new Set(), j + 1) : null;
  const pluralAfterSecond = !!second && !second.honor.length && CLAN.test(toks[second.end]?.text ?? '') && toks[second.end]!.text.endsWith('s');
  const nounAt = pluralAfterSecond ? second!.end : CLAN.test(toks[j]?.text ?? '') ? j : -1;
  if (nounAt < 0) return null;
  const noun = toks[nounAt]!.text.replace(/s$/, '');
  const name = (from: number, to: number) => ctx.text.slice(toks[from]!.start, toks[to - 1]!.end);
  const runs: [number, number][] = pluralAfterSecond ? [[nameStart, j], [second!.nameStart, second!.end]] : [[nameStart, j]];
  for (const [from, to] of runs) {
    const base = name(from, to);
    const key = `group:${slug(base)}-${noun}`;
    if (!ctx.actors.has(key)) ctx.actors.set(key, { key, name: `${base} ${noun}`, kind: 'group', country: ctx.datelineCountry, role: null, seedRole: null, gender: null, aliases: new Set([base]), nameTokens: [] });
    if (!ctx.bodyNames.has(base)) ctx.bodyNames.set(base, key);
    addMention(sc, from, pluralAfterSecond ? to : nounAt + 1, 'org', key);
  }
  return nounAt + 1;
}

// "The Minister of Foreign Affairs, Cooperation and Mauritanians Abroad, Mr. X": a press release's full office, its
// portfolios listed with commas, set off before an honorific and the name.
const FORMAL_TITLE = /(?:^|[,;:]\s+|\b[Tt]he\s+)((?:(?!The\b)\p{Lu}[\p{L}-]*\s+){0,3}?(?:Minister|Secretary|Ambassador|President|Director|Commissioner|Governor|Head|Chairman|Chairperson)(?:\s+(?:of|for|to)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:(?:,\s+|\s+and\s+|\s+(?:of|for|to)\s+(?:the\s+)?|\s+)\p{Lu}[\p{L}'’-]*)*)),\s*$/u;

/** The formal office before ", Mr. X" that the title scan stops short of (it lists portfolios with commas). */
function formalTitleBefore(sc: SentenceScope, i: number, honor: string[]): Title | null {
  const { ctx: { text }, toks } = sc;
  if (!honor.some((h) => PERSONAL_HONORIFICS.has(h)) || toks[i - 1]?.text !== ',') return null;
  const from = Math.max(sc.s.start, toks[i]!.start - 200);
  const f = FORMAL_TITLE.exec(text.slice(from, toks[i]!.start));
  if (!f?.[1]) return null;
  const at = from + (f.index ?? 0) + f[0].indexOf(f[1]);
  const start = toks.findIndex((t) => t.start >= at);
  if (start < 0) return null;
  // ("the Minister of Foreign Affairs of Nicaragua, Mr. X": a state inside the office is the holder's.)
  const states = sc.covered.slice(start, i).filter((m): m is Mention => !!m?.key?.startsWith('state:'));
  for (const m of states) m.inTitle = true;
  return { start, role: f[1], country: states[0]?.key?.slice(6) ?? null, head: true };
}

/** A two-word name beginning or ending with `word` that opened an earlier sentence as its subject ("Siriporn Chaiwat has spent ..."). */
function sentenceOpenerNamed(ctx: ArticleContext, word: string, before: number): string | null {
  return sentenceOpeners(ctx).find((o) => o.at + o.name.length < before && o.name.split(/\s+/).some((w, k, all) => w === word && (k === 0 || k === all.length - 1)))?.name ?? null;
}

/** How many words of a capitalised run after "Minister for (the)" are the portfolio, when a name of two words or more follows. */
function portfolioWords(toks: Token[], from: number, end: number): number {
  const k = toks[from - 1]?.text === 'the' ? from - 2 : from - 1;
  if (toks[k]?.text !== 'for' || !ROLE_HEADS.has(toks[k - 1]?.text.toLowerCase() ?? '')) return 0;
  let n = 0;
  while (from + n < end && PORTFOLIO_WORDS.has(toks[from + n]!.text)) n++;
  return n && end - (from + n) >= 2 ? n : 0;
}

/** One capitalised run starting at token i (its honorifics included): returns where what it named ends. */
function readCapitalisedRun(sc: SentenceScope, i: number, run: NameRun, familyInCapitals: boolean): number {
  const { ctx, toks, covered } = sc;
  const { text, gaz } = ctx;
  const { honor, nameStart, end: j } = run;
  const runToks = toks.slice(nameStart, j);
  const surface = text.slice(runToks[0]!.start, runToks[runToks.length - 1]!.end);
  const runText = writtenName(gaz, text, runToks, familyInCapitals);
  // ("Poland accused AeroBel Transit of ...": a body named before with a noun for it, now named alone.)
  const namedBefore = honor.length ? undefined : ctx.bodyNames.get(runText);
  if (namedBefore) {
    addMention(sc, nameStart, j, 'org', namedBefore);
    return j;
  }

  // "King Salman Humanitarian Aid and Relief Centre": a body's name may join two runs with "and" (an
  // honorific before it is then part of the name).
  const second = toks[j]?.text === 'and' ? scanNameRun(toks, covered, new Set(), j + 1) : null;
  if (second && !second.honor.length && ORG_SUFFIX.test(toks[second.end - 1]!.text)) {
    const joinedEnd = readOrganizationRun(sc, { nameStart: i, end: second.end, honor: [], runText: text.slice(toks[i]!.start, toks[second.end - 1]!.end) });
    if (joinedEnd !== null) return joinedEnd;
  }
  // "the National People's Congress Standing Committee", "the Korean People's Army": a collective noun's possessive
  // inside a body's name joins the runs on both sides of it.
  let ownedEnd = j + 1;
  while (COLLECTIVE_OWNER.test(runToks[runToks.length - 1]!.text) && isPossessiveTok(toks[j]) && !covered[ownedEnd] && isNameStart(toks[ownedEnd]?.text ?? '')) ownedEnd++;
  if (ownedEnd > j + 1 && ORG_SUFFIX.test(toks[ownedEnd - 1]!.text)) {
    const joinedEnd = readOrganizationRun(sc, { nameStart, end: ownedEnd, honor: [], runText: text.slice(toks[nameStart]!.start, toks[ownedEnd - 1]!.end) });
    if (joinedEnd !== null) return joinedEnd;
  }
  const clanEnd = honor.length ? null : readClan(sc, nameStart, j);
  if (clanEnd !== null) return clanEnd;
  // "Russia's state-run Channel One", "the state-owned Sinopec": what is run or owned is a body, of the state before.
  if (!honor.length && RUN_OR_OWNED.test(toks[nameStart - 1]?.text ?? '')) {
    let k = nameStart - 2;
    if (isPossessiveTok(toks[k])) k--;
    const owner = k >= 0 && covered[k]?.key?.startsWith('state:') ? covered[k]! : null;
    const body = ensureBody(ctx, `org:${slug(runText)}`, runText, owner ? owner.key!.slice(6) : null);
    addMention(sc, nameStart, j, 'org', body.key);
    return j;
  }
  const orgEnd = readHoldersOffice(sc, nameStart, j) ?? readOrganizationRun(sc, { nameStart, end: j, honor, runText }) ?? readNamedCompany(sc, nameStart, j, runText) ?? readNamedParty(sc, nameStart, j, runText);
  if (orgEnd !== null) return orgEnd;

  const title = formalTitleBefore(sc, i, honor) ?? scanTitle(sc, i === nameStart ? nameStart : i);
  const appos = title.head ? null : scanApposition(sc, j, runToks.length >= 2);
  const nextWord = (toks[j]?.text ?? '').toLowerCase();
  const saysNext = SPEECH_AFTER_NAME.test(nextWord) || (nextWord === ',' && toks[j + 1]?.text === 'who');
  // ("President Sadyr Nurgozhoevich Japarov": a Russian-style patronymic between the given and family names is left
  // out of the name, so the person is one actor with "Sadyr Japarov"; the full form stays an alias.)
  const patronymic = runToks.length === 3 && /^\p{Lu}\p{Ll}+(?:ovich|evich|ovna|evna|ichna)$/u.test(runToks[1]!.text);
  const personName = patronymic ? `${runToks[0]!.text} ${runToks[2]!.text}` : runText;
  const normRun = normName(personName).split(' ');
  let key = knownPersonKey(ctx, patronymic ? [runToks[0]!, runToks[2]!] : runToks, normRun);
  // "Minister for the Pacific", "Secretary of State": a capitalised portfolio after a title's connector is no person.
  const portfolio = /^(?:for|of)$/.test(toks[i - 1]?.text ?? '') || (toks[i - 1]?.text === 'the' && /^(?:for|of)$/.test(toks[i - 2]?.text ?? ''));
  // "..., said Cha Min-jung, a fellow at ...": a full name right after a speech verb is its speaker.
  const saysBefore = /^(?:said|says|added|adds|noted|wrote|argued|explained|warned)$/.test(toks[i - 1]?.text ?? '') && /^[,"”’]$/.test(toks[i - 2]?.text ?? '') && runToks.length >= 2;
  const honored = honor.some((h) => PERSONAL_HONORIFICS.has(h));
  // "the President of the ECOWAS Commission", "Heads of State and Government": an organ's name is no person.
  // (So is a unit's: "Director-General of the Asian Affairs Bureau".)
  const organWord = runToks.length === 1 && (ORG_SUFFIX.test(runText) || /^(?:Bureau|Division|Directorate)$/.test(runText));
  if (organWord && readOrganOfBody(sc, nameStart, j, runText)) return j;
  // "Colombian businessman Alex Saab", "Alex Saab, a businessman close to ...": a noun for a private
  // person marks a full name as a person without giving it a role.
  const personNoun = runToks.length >= 2 && (PERSON_NOUNS.has(toks[i - 1]?.text.toLowerCase() ?? '') ||
    (toks[j]?.text === ',' && apposHeadIsPersonNoun(toks, j + 1)));
  // "the foreign ministers, Sergey Lavrov and Jeyhun Bayramov": a full name listed with a person is a person.
  // ("Baek Ji-yeon of South Korea and Aiko Yoshimura of Japan": the person listed before may have a state after "of".)
  const listedState = covered[i - 2]?.key?.startsWith('state:') ? covered[i - 2]! : null;
  const stateAt = listedState ? toks.findIndex((t) => t.start === listedState.start) : -1;
  const listedBefore = stateAt > 1 && toks[stateAt - 1]?.text === 'of' ? covered[stateAt - 2] : null;
  const listedWithPerson = runToks.length >= 2 && /^(?:and|,)$/.test(toks[i - 1]?.text ?? '') && (covered[i - 2]?.type === 'person' || (toks[i - 1]?.text === 'and' && toks[i - 2]?.text === ',' && covered[i - 3]?.type === 'person') || listedBefore?.type === 'person');
  // "talks with Hungary's Péter Szijjártó and Slovakia's Juraj Blanár": a full name owned by a state, met or listed.
  const ownerTok = isPossessiveTok(toks[i - 1]) ? i - 2 : -1;
  const stateOwner = ownerTok >= 0 && covered[ownerTok]?.key?.startsWith('state:') ? covered[ownerTok]! : null;
  const ownerAt = stateOwner ? toks.findIndex((t) => t.start === stateOwner.start) : -1;
  // Also as a sentence's subject: "Sweden's Johan Ekdahl is expected to travel on to Kyiv".
  const metOwned = !!stateOwner && runToks.length >= 2 && runToks.length <= 3 && !runToks.some((t) => ORG_SUFFIX.test(t.text)) &&
    (/^(?:with|and|,|met|received|hosted|by)$/.test(toks[ownerAt - 1]?.text ?? '') || (ownerAt === 0 && PERSON_MOVES.test(text.slice(toks[j - 1]!.end, toks[j - 1]!.end + 50))));
  // "led by General Abdourahamane Tiani": a rank before a full name (not "General Assembly").
  const ranked = honor.some((h) => MILITARY_RANKS.has(h)) && runToks.length >= 2 && !runToks.some((t) => ORG_SUFFIX.test(t.text));
  // "A spokesman for the rebels, Lawrence Kanyuka, said": a full name set off by commas before a speech verb.
  const commaAfter = closingComma(toks, j);
  // ("..., Attaher Ag Iknane, also denied that ...": an adverb may come before the verb.)
  const verbAfter = /^(?:also|later|then|again|earlier|repeatedly)$/.test(toks[commaAfter + 1]?.text ?? '') ? commaAfter + 2 : commaAfter + 1;
  const setOffSpeaker = runToks.length >= 2 && toks[i - 1]?.text === ',' && commaAfter > 0 && SPEECH_AFTER_NAME.test(toks[verbAfter]?.text ?? '');
  // ("Minister for Foreign Affairs, Hon. Ratu X": an honorific alone names no one; nor do the portfolios listed in a
  // title: "the Minister of Foreign Affairs, International Cooperation and External Trade".)
  if (runToks.length === 1 && HONORIFICS.has(runText)) return j;
  if (runToks.every((t) => PORTFOLIO_WORDS.has(t.text))) return j;
  // ("leaders of the Permanent Strategic Framework", "the Development Cooperation Agreement": a name ending in a
  // noun for a text or a process is no one's.)
  // (Nor one ending in a noun for a meeting, for aid or for an area: "the Pacific Islands Forum Leaders Meeting",
  // "Official Security Assistance", "the Second Army Region".)
  if (/^(?:Framework|Agreement|Accord|Declaration|Initiative|Process|Programme|Program|Strategy|Convention|Treaty|Protocol|Charter|Plan|Meeting|Summit|Conference|Session|Assistance|Region|Province|District|Zone)$/.test(runToks[runToks.length - 1]!.text)) return j;
  // "the Royal Thai Army's Second Army Region": an ordinal alone numbers a unit; "Diplomatic and Official Passports":
  // a capitalised "Official" right before a name word is an adjective in a name, not a title.
  if (runToks.length === 1 && (ORDINAL.test(runText) || (toks[i - 1]?.text === 'Official' && !honor.length))) return j;
  // "at the Prime Minister's House", "the President's Palace": a building after an office's possessive.
  if (runToks.length === 1 && isPossessiveTok(toks[i - 1]) && /^(?:House|Palace|Residence|Mansion|Office|Lodge|Secretariat)$/.test(runText)) return j;
  // "Al-Qabas identified him as Mohsen Ghaffari": a full name given for "him" or "her" is a person's.
  // ("a first secretary at the Russian embassy named Oleg Vasnetsov": so is one a noun for a person calls "named".)
  const namedAfter = runToks.length >= 2 ? NAMED_PERSON.exec(text.slice(Math.max(0, toks[i]!.start - 70), toks[i]!.start)) : null;
  const identifiedAs = runToks.length >= 2 && (/\b(?:identified|named)\s+(?:him|her)\s+as\s+$/.test(text.slice(Math.max(0, toks[i]!.start - 30), toks[i]!.start)) || !!namedAfter);
  // (The state in that noun's phrase is the person's: "a first secretary at the Russian embassy named X".)
  const namedFrom = namedAfter ? Math.max(0, toks[i]!.start - 70) + (namedAfter.index ?? 0) : Infinity;
  const namedOwner = namedAfter ? covered.slice(0, i).find((m, k) => !!m?.key?.startsWith('state:') && toks[k]!.start >= namedFrom && !m.possessive) ?? null : null;
  if (namedOwner) namedOwner.inTitle = true;
  // "Tian Jiarui (China) said", "Hodan Farah (Somalia), announced": a UN meeting record names each speaker with
  // the state they speak for in brackets.
  const bracketState = toks[j]?.text === '(' && covered[j + 1]?.type === 'name' && covered[j + 1]?.key?.startsWith('state:') ? covered[j + 1]! : null;
  const bracketed = runToks.length >= 2 && !!bracketState && toks.find((t) => t.start >= bracketState.end)?.text === ')';
  if (bracketed) bracketState.inTitle = true;
  // "Søren Lykke Andersen, 41, who worked for ...": a full name with an age set off after it.
  const aged = runToks.length >= 2 && toks[j]?.text === ',' && /^\d{1,3}$/.test(toks[j + 1]?.text ?? '') && Number(toks[j + 1]!.text) <= 110 && /^(?:,|\.|who)$/.test(toks[j + 2]?.text ?? '');
  // "Aram Grigoryan and Elnur Mammadli met for four hours": two full names that meet or sign together are persons.
  const pairedActors = runToks.length >= 2 && runToks.length <= 3 && toks[j]?.text === 'and' && !runToks.some((t) => ORG_SUFFIX.test(t.text)) &&
    PAIR_ACTS.test(text.slice(toks[j]!.end, toks[j]!.end + 80));
  const isPerson = !organWord && (key || personNoun || listedWithPerson || ranked || setOffSpeaker || metOwned || identifiedAs || bracketed || aged || pairedActors || ((title.head || appos?.head) && runToks.length >= 1 && !(portfolio && !appos?.head && !saysNext)) || ((saysNext || saysBefore || honored) && runToks.length >= (honored ? 1 : 2)));
  // "Siriporn Chaiwat has spent three decades ... 'Water ...,' Siriporn said": a one-word name that speaks is the full name
  // that opened a sentence earlier in the story.
  const opener = !isPerson && !key && runToks.length === 1 && !honor.length && saysNext ? sentenceOpenerNamed(ctx, runText, toks[i]!.start) : null;
  if (opener) {
    recordPerson(sc, { i, j, key: `person:${slug(opener)}`, runText: opener, surface, honor, normRun: normName(opener).split(' '), title, appos, personNoun, metOwner: null });
    return j;
  }
  if (!isPerson) return j;
  if (!key) key = `person:${slug(personName)}`;
  recordPerson(sc, { i, j, key, runText: personName, surface, honor, normRun, title, appos, personNoun, metOwner: metOwned ? stateOwner : bracketed ? bracketState : namedOwner, listed: listedWithPerson });
  return j;
}

// "state-run", "state-owned": what follows is a body.
const RUN_OR_OWNED = /^[\p{L}]+-(?:run|owned|controlled)$/u;
// Collective nouns whose possessive sits inside a body's name: "the National People's Congress".
const COLLECTIVE_OWNER = /^(?:People|Peoples|Workers|Women|Farmers|Citizens|Nations|Patriots|Martyrs)$/;
// Ordinals that number a unit ("Second Army Region"), never a name.
const ORDINAL = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)$/;

// "a diplomat named X", "a first secretary at the embassy named X", "an official identified as X".
const NAMED_PERSON = /\b(?:diplomat|secretary|official|officer|man|woman|attach[eé]|citizen|national|journalist|businessman|businesswoman|counsell?or|advis[eo]r|consul|agent|spy|employee|staffer|worker|student|activist|suspect|soldier|commander|aide|researcher|driver|pilot|captain)\b[^,.;:"“”]{0,40}?\s+(?:named|identified as|called)\s+$/;

// Nouns for a firm, a charity or an association right before its name: "the charter airline AeroBel Transit", "the
// state-owned travel agency Tsentrkurort", "the rescue charity Mare Libero", "the farmers' union Coldiretti".
const COMPANY_NOUN = /^(?:airline|carrier|company|firm|agency|bank|lender|operator|manufacturer|maker|producer|conglomerate|shipyard|exporter|importer|insurer|broadcaster|refinery|miner|contractor|charity|NGO|watchdog|nonprofit|association|union|federation|lobby)$/;
// The trades that name a group as a body: "the hacking group Andariel", "the rights group Memorial".
const GROUP_TRADE = /^(?:hacking|hacker|cyber|cyberespionage|cyber-espionage|ransomware|rights|advocacy|lobby|campaign|research|monitoring)$/;

/** "the charter airline AeroBel Transit": a name after a noun for a firm or association is that body (of the state named before the noun, if any). */
function readNamedCompany(sc: SentenceScope, nameStart: number, j: number, runText: string): number | null {
  const { ctx, toks, covered } = sc;
  // ("the aircraft carrier Theodore Roosevelt" is a ship.)
  // ("Italy's largest farmers' union, Coldiretti, has warned": the noun may stand before the name set off by commas.)
  // (Only a noun no office is named with: "Chile's envoy to the agency, Marta Soto," is a person.)
  const setOff = toks[nameStart - 1]?.text === ',' && toks[j]?.text === ',' && /^(?:association|union|federation|lobby)$/.test(toks[nameStart - 2]?.text ?? '') ? 1 : 0;
  const noun = nameStart - 1 - setOff;
  // ("the hacking group Andariel", "the rights group Memorial": a group named by its trade is a body too.)
  const tradeGroup = toks[noun]?.text === 'group' && GROUP_TRADE.test(toks[noun - 1]?.text ?? '');
  if ((!COMPANY_NOUN.test(toks[noun]?.text ?? '') && !tradeGroup) || /^(?:aircraft|helicopter)$/.test(toks[noun - 1]?.text ?? '')) return null;
  // The state named in the noun phrase: "the Belarusian state airline Belavia", "Iran's shipping company X".
  let k = noun - 1;
  // (Over a plural possessive too: "Italy's largest farmers' union".)
  while (k >= 0 && k >= noun - 6 && (/^[a-z-]+$/.test(toks[k]!.text) || /^['’]$/.test(toks[k]!.text)) && !/^(?:the|a|an|and|or|of|by|to|with)$/.test(toks[k]!.text)) k--;
  if (isPossessiveTok(toks[k])) k--;
  const owner = k >= 0 ? covered[k] : null;
  const country = owner?.key?.startsWith('state:') && (owner.type === 'demonym' || owner.type === 'name') ? owner.key.slice(6) : null;
  const body = ensureBody(ctx, `org:${slug(runText)}`, runText, country);
  addMention(sc, nameStart, j, 'org', body.key);
  if (!ctx.bodyNames.has(runText)) ctx.bodyNames.set(runText, body.key);
  return j;
}

/** Where a service's name at token i ends ("Navy", "Army", "Defence Force", "Air Force"), or i when none starts there. */
function serviceEnd(toks: Token[], i: number): number {
  let e = i;
  while (/^(?:Defence|Defense|Air|Self-Defence|Self-Defense)$/.test(toks[e]?.text ?? '')) e++;
  return /^(?:Navy|Army)$/.test(toks[e]?.text ?? '') || (e > i && toks[e]?.text === 'Force') ? e + 1 : i;
}

/** "the Sri Lanka Navy", a service at token i: a body of the state named right before, which it absorbs. */
function readStateService(sc: SentenceScope, i: number): number {
  const { ctx, toks, covered } = sc;
  const end = serviceEnd(toks, i);
  const state = covered[i - 1]!;
  const from = toks.findIndex((t) => t.start === state.start);
  const name = ctx.text.slice(state.start, toks[end - 1]!.end);
  // (One body however the state is named: "Sri Lanka Navy", "the Sri Lankan Navy".)
  const iso = state.key!.slice(6);
  const service = toks.slice(i, end).map((t) => t.text.toLowerCase()).join('-');
  const body = ensureBody(ctx, `org:${iso.toLowerCase()}-${service}`, name, iso);
  if (name !== body.name) body.aliases.add(name);
  absorb(sc, [state], from, i);
  addMention(sc, from, end, 'org', body.key);
  return end;
}

/**
 * "The Istanbul Chief Public Prosecutor's Office said", "the Prosecutor General's Office": an office named after the
 * one who holds it is a body, of the state of the place or the owner named before it.
 */
function readHoldersOffice(sc: SentenceScope, nameStart: number, j: number): number | null {
  const { ctx, toks, covered } = sc;
  if (!isPossessiveTok(toks[j]) || !/^(?:Office|Secretariat|Directorate|Bureau)$/.test(toks[j + 1]?.text ?? '')) return null;
  let from = nameStart;
  while (from > 0 && !covered[from - 1] && isNameStart(toks[from - 1]!.text) && !NOT_NAME.has(toks[from - 1]!.text)) from--;
  const before = covered[from - 1];
  const place = before?.place?.country ? before : null;
  const owner = !place && isPossessiveTok(toks[from - 1]) && covered[from - 2]?.key?.startsWith('state:') ? covered[from - 2]! : null;
  if (place) from = toks.findIndex((t) => t.start === place.start);
  absorb(sc, [place], from, nameStart);
  const name = ctx.text.slice(toks[from]!.start, toks[j + 1]!.end);
  const body = ensureBody(ctx, `org:${slug(name)}`, name, place?.place?.country ?? owner?.key?.slice(6) ?? null);
  addMention(sc, from, j + 2, 'org', body.key);
  return j + 2;
}

// Nouns for a political body right after its name: "the opposition Frente Sur bloc", "the ruling Civic Union party".
const PARTY_NOUN = /^(?:party|bloc|alliance|coalition|movement|faction)$/;
// Words that make such a body a party of the story's own politics.
const DOMESTIC_PARTY = /\b(?:opposition|ruling|governing|nationalist|main|largest)\s+$/;

/**
 * "The opposition Frente Sur bloc accused the government": a name before a noun for a party is that party, of the
 * state named just before it ("the Chilean Socialist party"), else, when it is the opposition or in power, of the
 * story's state. The noun is left out of the name and kept as an alias.
 */
function readNamedParty(sc: SentenceScope, nameStart: number, j: number, runText: string): number | null {
  const { ctx, toks, covered } = sc;
  // ("the East African bloc", "the Russia-led bloc", "the Iran-aligned Houthi movement": adjectives, not names.)
  if (!PARTY_NOUN.test(toks[j]?.text ?? '') || covered[nameStart - 1]?.type === 'person' || /(?:an|ese|ish)$|-\p{Ll}/u.test(runText)) return null;
  // ("the opposition National Revival bloc": title words open the name too.)
  let start = nameStart;
  while (start > 0 && !covered[start - 1] && isNameStart(toks[start - 1]!.text) && ROLE_MODS.has(toks[start - 1]!.text.toLowerCase())) start--;
  const before = ctx.text.slice(Math.max(0, toks[start]!.start - 30), toks[start]!.start);
  const owner = covered[start - 1] ?? (isPossessiveTok(toks[start - 1]) ? covered[start - 2] : null);
  const country = owner?.key?.startsWith('state:') ? owner.key.slice(6) : DOMESTIC_PARTY.test(before) ? ctx.datelineCountry : null;
  // ("the ruling Georgian Dream party": a national adjective right before is part of the name.)
  const adjective = owner && owner === covered[start - 1] && owner.type === 'demonym' ? owner : null;
  const first = adjective ? toks.findIndex((t) => t.start === adjective.start) : start;
  const name = adjective ? ctx.text.slice(adjective.start, toks[j - 1]!.end) : start < nameStart ? `${toks.slice(start, nameStart).map((t) => t.text).join(' ')} ${runText}` : runText;
  absorb(sc, [adjective], first, start);
  const body = ensureBody(ctx, `org:${slug(name)}`, name, country);
  body.aliases.add(`${name} ${toks[j]!.text}`);
  addMention(sc, first, j + 1, 'org', body.key);
  return j + 1;
}

/** The comma closing a name set off by commas, right after it or after a hometown ("X from Piran,"); -1 if none. */
function closingComma(toks: Token[], j: number): number {
  if (toks[j]?.text === ',') return j;
  if (toks[j]?.text !== 'from') return -1;
  let k = j + 1;
  while (k < j + 3 && /^\p{Lu}/u.test(toks[k]?.text ?? '')) k++;
  return k > j + 1 && toks[k]?.text === ',' ? k : -1;
}

/** A seed person under a spelling variant, or someone already introduced named in part. */
function knownPersonKey(ctx: ArticleContext, runToks: Token[], normRun: string[]): string | null {
  // Seed persons under a spelling variant ("Emanuel Macron", "Olaf Sholz").
  let key: string | null = null;
  if (runToks.length >= 2) {
    const cands = ctx.gaz.personsBySurname.get(normRun[normRun.length - 1] ?? '') ?? [];
    const fn = normRun[0] ?? '';
    const seed = cands.find((c) => {
      const cf = normName(c.name).split(' ')[0] ?? '';
      return cf.slice(0, 3) === fn.slice(0, 3) || (fn.length === 1 && cf[0] === fn);
    });
    if (seed) key = seed.key;
  }
  // A partial name of someone already introduced ("Macron", "Yeol", "Sheikh Tamim").
  // (Particles do not count: "De la Torre" is one surname.)
  // (An initial stands for a given name: "A. Nazarov" after "Anvar Nazarov".)
  const fits = (p: ActorDraft, w: string) => p.nameTokens.includes(w) || (w.length === 1 && p.nameTokens.some((t) => t !== w && t.startsWith(w)));
  if (!key && runToks.filter((t) => t.text !== '.' && !PARTICLES.has(t.text.toLowerCase())).length <= 2) {
    const known = latestFirst(ctx, persons(ctx)
      .filter((p) => normRun.every((w) => fits(p, w)) && normRun.some((w) => w.length > 1 && p.nameTokens.includes(w)) && !normRun.every((w) => PARTICLES.has(w))));
    if (known[0]) key = known[0].key;
  }
  return key;
}

// ", a businessman close to ...": the apposition's head noun (not "the student protest site") names a private person.
// (So does one with an age: ", a 41-year-old logistics consultant,".)
function apposHeadIsPersonNoun(toks: Token[], from: number): boolean {
  let k = from;
  while (k < from + 4 && /^(?:a|an|the|close|former|prominent|wealthy|jailed|detained|dual|fellow|\d+-year-old|\p{L}+ian|\p{L}+ese)$/u.test(toks[k]?.text.toLowerCase() ?? '')) k++;
  // (One more plain word may qualify the noun: "a Japanese pharmaceutical executive", "a Japan specialist".)
  if (!PERSON_NOUNS.has(toks[k]?.text.toLowerCase() ?? '') && /^(?:[a-z][a-z-]+|\p{Lu}[\p{L}-]+)$/u.test(toks[k]?.text ?? '') && PERSON_NOUNS.has(toks[k + 1]?.text.toLowerCase() ?? '')) k++;
  return PERSON_NOUNS.has(toks[k]?.text.toLowerCase() ?? '') && /^(?:,|\.|;|close|who|from|of|with|and|based|in|at|detained|held|jailed|arrested|sentenced|convicted|accused|charged|serving|freed|released|living|working)$/.test(toks[k + 1]?.text ?? '.');
}

/** A person found at tokens [i, j), with what the text said around the name. */
interface PersonFound {
  i: number;
  j: number;
  key: string;
  runText: string;
  surface: string;
  honor: string[];
  normRun: string[];
  title: Title;
  appos: Apposition | null;
  personNoun: boolean;
  /** The state owning a name met or listed ("Hungary's Péter Szijjártó"). */
  metOwner: Mention | null;
  /** Listed after a person ("A of South Korea and B of Japan"): a state after "of" is this one's too. */
  listed?: boolean;
}

const MET_WHERE = /^where\s+[^,;]*?\b(?:talks|met|meets|meeting|received|receives|hosted|welcomed|conferred)\b[^;]*?\b(?:with|by)\s+(?:the\s+)?$/;

/**
 * "arrived from the Pakistani capital, where he held talks with Foreign Minister X": an official met at the place
 * the clause before names is that place's, not the dateline's.
 */
function stateMetIn(sc: SentenceScope, titleStart: number): string | null {
  const { ctx: { text }, toks, covered } = sc;
  for (let w = titleStart - 1; w > 1; w--) {
    if (toks[w]!.text !== 'where' || toks[w - 1]!.text !== ',') continue;
    if (!MET_WHERE.test(text.slice(toks[w]!.start, toks[titleStart]!.start))) return null;
    const place = covered[w - 2];
    if (place?.place?.country && (place.isLocation || place.type === 'capital')) return place.place.country;
    // "the Pakistani capital": the state its adjective names.
    const adjective = /^(?:capital|city)$/.test(toks[w - 2]!.text) ? covered[w - 3] : null;
    return adjective?.type === 'demonym' && adjective.key?.startsWith('state:') ? adjective.key.slice(6) : null;
  }
  return null;
}

/**
 * "Niger was represented by Foreign Minister X, Benin by Foreign Minister Y": the state a delegate stands for, named
 * before "(was) represented by" or, in the gapped second half, before a bare "by".
 */
function stateRepresented(sc: SentenceScope, titleStart: number): string | null {
  const { ctx: { text }, s, toks, covered } = sc;
  const before = text.slice(s.start, toks[titleStart]!.start);
  const passive = /\b(?:was|were|is|are|be|been)\s+represented\s+by\s+$/.exec(before);
  const gapped = !passive && /\brepresented\s+by\b[^;]*,\s+\S[^,;]*?\s+by\s+$/.test(before) ? /\s+by\s+$/.exec(before) : null;
  const cut = passive ?? gapped;
  if (!cut) return null;
  const state = covered[toks.findIndex((t) => t.start >= s.start + cut.index) - 1];
  return state?.key?.startsWith('state:') && !state.possessive ? state.key.slice(6) : null;
}

/** The person's actor (new, curated or known), its aliases, role, gender and country, and the mention. */
function recordPerson(sc: SentenceScope, p: PersonFound): void {
  const { ctx, toks, covered } = sc;
  const { actors } = ctx;
  const { i, j, key, runText, surface, honor, normRun, title, appos, personNoun, metOwner } = p;
  let a = actors.get(key) ?? ensureActor(ctx, key, null);
  if (!a) {
    a = { key, name: runText, kind: 'person', country: null, role: null, seedRole: null, gender: null, aliases: new Set(), nameTokens: normRun };
    actors.set(key, a);
  }
  if (runText !== a.name) a.aliases.add(runText);
  if (surface !== runText) a.aliases.add(surface);
  if (honor.length) a.aliases.add(`${honor.join(' ')} ${runText}`);
  a.nameTokens = [...new Set([...a.nameTokens, ...normRun])];
  const role = title.role ?? appos?.role ?? null;
  adoptRole(a, role);
  // "Indian national Nikhil Gupta": the demonym before a private person's noun is the person's country, not a party.
  // "Colombian businessman X", and after the name "X, an Iranian national, ...": the state the noun is qualified by.
  const apposDemonym = personNoun && toks[j]?.text === ',' ? covered.slice(j + 1, j + 4).find((m) => m?.type === 'demonym') ?? null : null;
  const nounOwner = personNoun && PERSON_NOUNS.has(toks[i - 1]?.text.toLowerCase() ?? '') ? covered[i - 2] : apposDemonym;
  // "French engineer Olivier Marchetti": a private person, whose travels are no visits.
  if (personNoun && !role) a.privatePerson = true;
  if (nounOwner?.key?.startsWith('state:')) nounOwner.inTitle = true;
  // "President Ana Ruiz of Peru": a state after the titled name is the office's.
  const ofState = (title.head || appos?.head || p.listed) && toks[j]?.text.toLowerCase() === 'of' && covered[j + 1]?.key?.startsWith('state:') && !covered[j + 1]!.possessive && covered[j + 1]!.type !== 'capital' ? covered[j + 1]! : null;
  if (ofState && !a.country && !title.country && !appos?.country) ofState.inTitle = true;
  const its = ownerItsStandsFor(sc, title);
  const itsState = its?.country ?? null;
  if (its && !its.country && !a.country) a.servesBody = true;
  if (title.ofBody && !a.country) a.servesBody = true;
  // ("Vice Foreign Minister X held talks in Nairobi with Kenya's Cabinet Secretary": a visitor who meets the dateline
  // state's official is not of that state.)
  const nameEnd = toks[j - 1]!.end;
  const meetsHost = !!ctx.datelineCountry && sc.covered.some((m) => !!m && m.key === `state:${ctx.datelineCountry}` && m.start > nameEnd && (m.possessive || m.type === 'demonym') &&
    /\b(?:with|met|meets|meeting)\s+(?:(?:the|his|her)\s+)?$/.test(ctx.text.slice(nameEnd, m.start)) && !/[.;]/.test(ctx.text.slice(nameEnd, m.start)));
  if (!a.country && !a.servesBody) a.country = title.country ?? appos?.country ?? (ofState ? ofState.key!.slice(6) : null) ?? itsState ?? (nounOwner?.key?.startsWith('state:') ? nounOwner.key.slice(6) : null) ?? (metOwner ? metOwner.key!.slice(6) : null) ?? (role ? stateMetIn(sc, title.start) ?? stateRepresented(sc, title.start) : null) ?? (role && !/spokes/i.test(role) && !meetsHost ? ctx.datelineCountry : null);
  // (Whole words: a "Representative of the United Kingdom" is no king.)
  if (!a.gender && role) a.gender = /woman\b|\b(?:queen|lady)\b/i.test(role) ? 'f' : /\b(?:spokesman|chairman|king)\b/i.test(role) ? 'm' : null;
  // ("Ms Marchetti", "Mr Rios", "Dame Harriet Aldous": the honorific says.)
  if (!a.gender) a.gender = honor.some((h) => /^(?:Ms|Mrs|Miss|Madam|Mme|Dame|Lady|Queen|Princess)\.?$/i.test(h)) ? 'f' : honor.some((h) => /^(?:Mr|Sir|Lord|King|Prince)\.?$/i.test(h)) ? 'm' : null;
  if (title.start < i) for (let k = title.start; k < i; k++) if (covered[k]) covered[k]!.inTitle = true;
  addMention(sc, i, j, 'person', key);
}

/**
 * "The foreign ministers of Armenia and Azerbaijan, Aram Grigoryan and Elnur Mammadli, ...": a plural office of two
 * states, then two names, gives each name the office of its state in turn.
 */
export function readRespectiveOffices(sc: SentenceScope): void {
  const { ctx } = sc;
  const { text, actors } = ctx;
  const ms = [...sc.local].sort((a, b) => a.start - b.start);
  // ("The foreign ministers of Armenia and Azerbaijan agreed ... ¶ Aram Grigoryan and Elnur Mammadli met ...": the two
  // names may open the next sentence.)
  const before = ctx.mentions.filter((m) => m.sent === sc.s.index - 1 && m.key?.startsWith('state:') && m.type === 'name');
  const opening = ms[0]?.start === sc.s.start ? before.slice(0, -1).map((m, k) => [m, before[k + 1], ms[0], ms[1]]) : [];
  const quads = [...opening, ...ms.slice(0, -3).map((_, k) => [ms[k], ms[k + 1], ms[k + 2], ms[k + 3]])];
  for (const [s1, s2, p1, p2] of quads) {
    if (!s1 || !s2 || !p1 || !p2) continue;
    if (!s1.key?.startsWith('state:') || !s2.key?.startsWith('state:') || p1.type !== 'person' || p2.type !== 'person') continue;
    const sameSentence = s1.sent === p1.sent;
    if (!/^\s+and\s+$/.test(text.slice(s1.end, s2.start)) || (sameSentence && !/^\s*,\s*$/.test(text.slice(s2.end, p1.start))) || !/^\s+and\s+$/.test(text.slice(p1.end, p2.start))) continue;
    const office = RESPECTIVE_OFFICE.exec(text.slice(Math.max(0, s1.start - 40), s1.start))?.[1];
    if (!office) continue;
    const role = office.replace(/^heads\b/i, 'head').replace(/s$/, '');
    for (const [p, s] of [[p1, s1], [p2, s2]] as const) {
      const a = p.key ? actors.get(p.key) : undefined;
      if (!a) continue;
      a.country = s.key!.slice(6);
      a.role = role;
    }
    // (In their own sentence the states only say whose office; in the sentence before they still act.)
    if (sameSentence) s1.inTitle = s2.inTitle = true;
  }
}
const RESPECTIVE_OFFICE = /\b((?:(?!the\b)[a-z]+\s+)?(?:ministers|presidents|leaders|premiers|prime ministers|envoys|ambassadors|heads of state|negotiators))\s+of\s+(?:the\s+)?$/i;
