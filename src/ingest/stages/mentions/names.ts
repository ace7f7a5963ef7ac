// Words that make, break or precede a proper name: titles and their words, honorifics, ranks,
// particles ("bin", "van der"), words that only look like names, and speech verbs that mark a name
// as a speaker's.
import type { Gazetteer } from '../../gazetteer/index.js';
import { stripAccents, tokenize, type Token } from '../../text.js';
import type { Mention } from './types.js';

// Heads of titles: a title must contain one of these.
export const ROLE_HEADS = new Set([
  'president', 'minister', 'premier', 'chancellor', 'secretary-general', 'secretary', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'envoy', 'leader', 'official', 'chief', 'director', 'king', 'queen', 'emir', 'prince',
  'governor', 'mayor', 'senator', 'general', 'commander', 'diplomat', 'counterpart', 'attache', 'attaché', 'chairman',
  'chairwoman', 'chairperson', 'chair', 'head', 'representative', 'adviser', 'advisor', 'negotiator', 'speaker', 'lawmaker',
  'director-general', 'commissioner', 'aide', 'negotiators', 'colonel', 'admiral', 'ministers', 'leaders', 'presidents', 'sheikh',
  'undersecretary', 'under-secretary', 'under-secretary-general', 'assistant-secretary-general', "d'affaires", 'd’affaires', 'consul', 'consul-general', 'coordinator', 'mediator', 'delegate',
  'rapporteur', 'vice-president', 'vice-minister', 'ombudsman', 'governor-general', 'fellow', 'analyst', 'researcher', 'professor',
  'spokesmen', 'chargé', 'premier', 'then-president', 'then-prime', 'ex-president', 'ex-prime', 'former-president',
  // "Chief Operating Officer X", "Chief Executive Officer".
  'officer',
  // "Congressman Alfredo Cardenas", "opposition MP X".
  'congressman', 'congresswoman', 'mp', 'legislator', 'parliamentarian',
]);
// Words that may appear inside a title.
export const ROLE_MODS = new Set([
  'foreign', 'defence', 'defense', 'prime', 'vice', 'deputy', 'senior', 'top', 'national', 'security', 'intelligence',
  'policy', 'affairs', 'state', 'treasury', 'interior', 'finance', 'trade', 'economy', 'home', 'permanent', 'military',
  'political', 'supreme', 'acting', 'former', 'executive', 'ministry', 'foreign-policy', 'external', 'commerce',
  'energy', 'health', 'justice', 'army', 'navy', 'air', 'force', 'press', 'high', 'special', 'first', 'crown', 'cabinet',
  'assistant', 'under', 'chief', 'general', 'staff', 'joint', 'presidential', 'office', 'defence-ministry', 'spy',
  'opposition', 'party', 'elected', 'incoming', 'outgoing', 'veteran', 'visiting', 'un', 'u.n.', 'coastguard', 'charge', 'chargé',
  'judiciary', 'parliamentary', 'additional', 'water', 'resources', 'operating',
]);
// An agency's field before its office, in lower case only: "UN relief chief", "UN human rights chief", "EU migration
// commissioner" (not the "Humanitarian Aid and Relief Centre" of a body's name).
// (And "deputy chief of mission X": the post in an embassy.)
export const FIELD_MODS = new Set(['relief', 'aid', 'humanitarian', 'human', 'rights', 'refugee', 'climate', 'peacekeeping', 'migration', 'development', 'disarmament', 'mission']);
export const TITLE_CONNECTORS = new Set(['of', 'to', 'the', 'and', 'for']);
// The words of a portfolio in a title: "Minister of Foreign Affairs and Trade", "Commissioner for Political Affairs,
// Peace and Security".
export const PORTFOLIO_WORDS = new Set(['Europe', 'European', 'Pacific', 'Africa', 'African', 'Asia', 'Americas', 'America', 'Latin', 'Caribbean', 'Middle', 'East', 'Arctic', 'Indo-Pacific', 'Trade', 'Development', 'Peacebuilding', 'Peacekeeping', 'Operations', 'Disarmament', 'Legal', 'Maritime', 'Economic', 'Human', 'Rights', 'Cultural', 'Religious', 'Defence', 'Defense', 'Health', 'Home', 'Foreign', 'Affairs', 'Energy', 'Climate', 'Women', 'Security', 'Justice', 'Finance', 'Economy', 'International', 'Cooperation', 'Relations', 'External', 'Industry', 'Investment', 'Agriculture', 'Environment', 'Immigration', 'Migration', 'Commonwealth', 'Peace', 'Political', 'Humanitarian', 'Social', 'Infrastructure', 'Education', 'Culture', 'Tourism', 'Transport', 'Labour', 'Science', 'Technology', 'Youth', 'Fisheries', 'Mining', 'Water', 'Interior', 'Planning']);
/** Private persons: the noun marks a name as a person's, but is no office. */
export const PERSON_NOUNS = new Set(['businessman', 'businesswoman', 'tycoon', 'financier', 'banker', 'activist', 'journalist', 'reporter', 'dissident', 'associate', 'lawyer', 'cleric', 'blogger', 'national', 'citizen', 'prisoner', 'detainee', 'opposition', 'rapper', 'singer', 'writer', 'academic', 'student', 'worker', 'veteran', 'monk', 'priest', 'pastor', 'engineer', 'researcher', 'scholar', 'tourist', 'teacher', 'doctor', 'professor', 'photographer', 'filmmaker', 'hostage', 'athlete', 'executive', 'employee', 'manager', 'consultant', 'contractor', 'pilot', 'sailor', 'fisherman', 'driver', 'volunteer', 'nurse', 'farmer', 'trader', 'suspect', 'spy', 'defector', 'migrant', 'refugee', 'poet', 'novelist', 'artist', 'entrepreneur', 'investor', 'specialist', 'expert', 'economist', 'historian', 'lecturer', 'commentator', 'scientist']);
// Honorifics that only ever precede a person's name: with one, a capitalised name is a person
// ("Mufti Abdul Raoof", "Sayyid Badr Albusaidi").
export const PERSONAL_HONORIFICS = new Set(['Sheikh', 'Dr', 'Mr', 'Mrs', 'Ms', 'Sir', 'Dame', 'Lord', 'Lady', 'Ayatollah', 'Prince', 'King', 'Queen', 'Emir', 'Sayyid', 'Sayed', 'Mufti', 'Maulana', 'HE', 'Prof', 'Ratu', 'Tun', 'Datuk', 'Dato', 'Sen', 'Rep', 'Gov', 'Amb', 'Excellency', 'Highness', 'Majesty', 'Shri', 'Smt', 'Sri', 'Daw', 'U', 'Sultan', 'Hon', 'Honourable', 'Honorable', 'Adi', 'H.E.']);
// Military ranks: before a full name ("General Abdourahamane Tiani", "Lieutenant General Yasser al-Atta") they make a person.
export const MILITARY_RANKS = new Set(['Colonel', 'Col', 'General', 'Gen', 'Admiral', 'Lt', 'Lieutenant', 'Brigadier', 'Marshal', 'Major', 'Captain', 'Commodore']);
// Ranks and offices may also begin other names ("General Assembly", "Major League"), so alone they make no person.
export const HONORIFICS = new Set([...PERSONAL_HONORIFICS, ...MILITARY_RANKS, 'Judge', 'Imam', 'Professor']);
// Arabic and other names with a joined lower-case particle: "al-Khafaji", "bin-Salman", "Abd al-Razzaq".
export const PARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|ud|ul|bin|ibn|abu|abd)-\p{Lu}[\p{Ll}'’]+$/u;
export const PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'von', 'der', 'de', 'van', 'da', 'di', 'du', 'la', 'le', 'Al', 'El', 'dos', 'del', 'los', 'las']);
export const NOT_NAME = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'Or', 'If', 'As', 'After', 'Before', 'During', 'While', 'Since', 'Under',
  'For', 'From', 'With', 'By', 'To', 'Of', 'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'His', 'Her',
  'Its', 'Their', 'Our', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Both', 'Asked',
  'Speaking', 'Earlier', 'Later', 'Last', 'Next', 'When', 'Where', 'What', 'Who', 'Why', 'How', 'Western', 'West', 'Eastern',
  // A question's auxiliary opens a sentence: "Will Prime Minister Modi meet ...?"
  'Will', 'Would', 'Can', 'Could', 'Should', 'Did', 'Does', 'Do', 'Is', 'Are', 'Was', 'Were', 'Has', 'Have',
  // An answer's ordinal adverbs: "Secondly, on the visit ...".
  'Firstly', 'Secondly', 'Thirdly', 'Lastly', 'Finally',
  'Northern', 'Southern', 'Cold', 'War', 'Ministry', 'Mr', 'Mrs', 'Today', 'Yesterday', 'Tomorrow', 'Tonight', 'Now', 'Here', 'There', 'Yes', 'Meanwhile', 'However', 'Separately', 'Also',
]);
export const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|posted|noted|notes|stressed|insisted|insists|warned|announced|confirmed|claimed|argued|explained|called|hailed|likened|described|stated|wrote|declared|emphasised|emphasized|acknowledged|admitted|reiterated|cautioned|mentioned|urged|congratulated|dismissed|denied|accused|alleged|welcomed|vowed|complained|charged|affirmed|reaffirmed|underlined|underscored|maintained|maintains|asserted|asserts|contended|contends';
export const SPEECH_AFTER_NAME = new RegExp(`^(?:${SPEECH_VERBS})$`);

/** A capitalised word that can only be part of a name: no title, honorific or function word. */
export function plainName(t: Token | undefined): boolean {
  const w = t?.text ?? '';
  return isNameStart(w) && !NOT_NAME.has(w) && !HONORIFICS.has(w) && !ROLE_HEADS.has(w.toLowerCase()) && !ROLE_MODS.has(w.toLowerCase()) && !PLACE_ADJECTIVE.test(w);
}
export function isNameStart(w: string): boolean {
  // Also "Anwaar-ul-Haq" (a joined particle), "Tjon-A-Fat" (a joined initial) and "MaryKay", "McDonald" (a capital inside).
  return /^\p{Lu}[\p{Ll}'’.-]*\p{Ll}[\p{Ll}'’-]*$/u.test(w) || /^\p{Lu}\p{Ll}+(?:-(?:\p{Ll}{1,3}-|\p{Lu}-)?\p{Lu}\p{Ll}+)+$/u.test(w) || /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}{2,}$/u.test(w) || PARTICLE_NAME.test(w);
}

/**
 * "Mr. KISHIDA Fumio", "Press Secretary TANIGUCHI Rie", "NAKAHARA Shoichi, Director-General of ...":
 * official readouts set the family name in capitals, before the given name. The capitals need an
 * honorific or an office before them, or an office set off after the name ("NATO Summit" has neither).
 */
export function capitalisedFamilyNames(toks: Token[]): Set<number> {
  const capsFamily = new Set<number>();
  // ("MIKE WALTZ (United States) said", "ROSEMARY DICARLO, Under-Secretary-General for ..., said": UN meetings coverage sets
  // a speaker's whole name in capitals at the opening of a paragraph, before the state or the office.)
  // ("Briefing the Council, ROSEMARY DICARLO, ...": or after an opening phrase.)
  for (let from = 0; from < toks.length; from++) {
    if (from > 0 && toks[from - 1]!.text !== ',') continue;
    let n = 0;
    while (n < 4 && CAPS_WORD.test(toks[from + n]?.text ?? '')) n++;
    if (n >= 2 && /^[(,]$/.test(toks[from + n]?.text ?? '')) for (let k = from; k < from + n; k++) capsFamily.add(k);
  }
  for (let k = 0; k < toks.length - 1; k++) {
    if (!/^\p{Lu}{3,}$/u.test(toks[k]!.text)) continue;
    const before = toks[k - 1]?.text === '.' ? toks[k - 2]?.text ?? '' : toks[k - 1]?.text ?? '';
    // ("ASEC. MAGSINO:", "USEC. ABAD:": Philippine ranks for Assistant and Under Secretary.)
    const honored = /^(?:Mr|Ms|Mrs|Dr|Madam|ASec|USec)$/i.test(before) || (/^\p{Lu}/u.test(before) && ROLE_HEADS.has(before.toLowerCase()));
    // A transcript's speaker label names the family alone: "Press Secretary TANIGUCHI: Good afternoon."
    if (honored && toks[k + 1]?.text === ':' && k <= 4) {
      capsFamily.add(k);
      continue;
    }
    if (!isNameStart(toks[k + 1]!.text) || !plainName(toks[k + 1])) continue;
    const officeAfter = toks[k + 2]?.text === ',' && ROLE_WORD.test(toks[k + 3]?.text ?? '');
    if (honored || officeAfter) capsFamily.add(k);
  }
  return capsFamily;
}
const CAPS_WORD = /^\p{Lu}[\p{Lu}'’-]+$/u;
// An office opening an apposition: "Director-General of ...", "Ambassador to ...", "Deputy Minister".
const ROLE_WORD = /^(?:Director-General|Director|Minister|Deputy|Vice|Ambassador|Secretary|Spokesperson|Spokesman|Spokeswoman|Chief|Head|President|Chairman|Chairperson|Counsellor|Consul|Press)$/;

/** A token that can open a name. (Also an initial before a name: "Dr. S. Jaishankar".) */
// "Shanghai-based", "Iran-backed": a place or backer made an adjective opens no name.
export const PLACE_ADJECTIVE = /-(?:based|led|backed|aligned|born|owned|run|funded|brokered|made)$/;

function isNameToken(toks: Token[], capsFamily: Set<number>, k: number): boolean {
  return (isNameStart(toks[k]?.text ?? '') && !PLACE_ADJECTIVE.test(toks[k]?.text ?? '')) || capsFamily.has(k) || (/^\p{Lu}$/u.test(toks[k]?.text ?? '') && toks[k + 1]?.text === '.' && isNameStart(toks[k + 2]?.text ?? ''));
}

/** A capitalised run: the honorifics before the name, and the name's tokens [nameStart, end). */
export interface NameRun {
  honor: string[];
  nameStart: number;
  end: number;
}

/** The run of name tokens from token i, with the honorifics before it; null when no name starts there. */
const BODY_NOUN = /^(?:Force|Forces|Service|Agency|Guard|Police|Command|Council|Committee|Bureau|Directorate)$/;

/** Whether capitalised title words from token k run into a body noun: "Security Force", "Security Service". */
function bodyNounAhead(toks: Token[], covered: readonly (Mention | null)[], k: number): boolean {
  while (k < toks.length && !covered[k] && /^\p{Lu}/u.test(toks[k]!.text) && ROLE_MODS.has(toks[k]!.text.toLowerCase()) && !BODY_NOUN.test(toks[k]!.text)) k++;
  return !covered[k] && BODY_NOUN.test(toks[k]?.text ?? '');
}

export function scanNameRun(toks: Token[], covered: readonly (Mention | null)[], capsFamily: Set<number>, i: number): NameRun | null {
  const nameTok = (k: number) => isNameToken(toks, capsFamily, k);
  // "Dr. Mohammed ...": the abbreviation's full stop is its own token.
  const afterHonor = (k: number) => (toks[k + 1]?.text === '.' ? k + 2 : k + 1);
  // ("H.E. Jean-Pierre Ilunga", "U Aung Kyaw Thet": an honorific that is no name word, written with full stops or of one
  // letter, opens the run too.)
  if (covered[i] || !(nameTok(i) || (HONORIFICS.has(toks[i]!.text) && toks[afterHonor(i)] && nameTok(afterHonor(i))))) return null;
  let j = i;
  const honor: string[] = [];
  while (j < toks.length && !covered[j] && HONORIFICS.has(toks[j]!.text) && toks[afterHonor(j)] && nameTok(afterHonor(j))) {
    honor.push(toks[j]!.text);
    j = afterHonor(j);
  }
  const nameStart = j;
  while (j < toks.length && !covered[j]) {
    const w = toks[j]!.text;
    // "Democratic Sen. Tim Kaine": an honorific before a name begins a new run.
    // (Not "Sheikh" inside a name: "Hassan Sheikh Mohamud".)
    if (j > nameStart && HONORIFICS.has(w) && w !== 'Sheikh' && nameTok(afterHonor(j))) break;
    // ("the Capital Guard Force", "the Government Chief Information Office": "Force" and "Office", words of titles too,
    // may end a body's name.)
    if ((isNameStart(w) || capsFamily.has(j)) && !NOT_NAME.has(w) && !ROLE_HEADS.has(w.toLowerCase()) && (!ROLE_MODS.has(w.toLowerCase()) || ((w === 'Force' || w === 'Office') && j > nameStart)) && !PLACE_ADJECTIVE.test(w)) j++;
    // ("the Border Security Force", "the Federal Security Service": title words inside a body's name that ends in a
    // body noun.)
    else if (j > nameStart && /^\p{Lu}/u.test(w) && ROLE_MODS.has(w.toLowerCase()) && bodyNounAhead(toks, covered, j)) j++;
    else if (PARTICLES.has(w) && j > nameStart && toks[j + 1] && isNameStart(toks[j + 1]!.text)) j++;
    // Two particles in a row: "María Fernanda de la Torre", "Rafael van der Berg".
    else if (PARTICLES.has(w) && j > nameStart && PARTICLES.has(toks[j + 1]?.text ?? '') && toks[j + 2] && isNameStart(toks[j + 2]!.text) && !covered[j + 2]) j += 2;
    // "Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed": Sheikh inside a Somali or Arabic name.
    else if (w === 'Sheikh' && j > nameStart && toks[j + 1] && isNameStart(toks[j + 1]!.text) && !covered[j + 1]) j++;
    else if (/^(?:Jr\.?|Sr\.?|II|III)$/.test(w) && j > nameStart) j++;
    // A Central Asian patronymic ends the name in lower case: "Azamat Zhenishbek uulu", "Aida Kasymova kyzy".
    else if (/^(?:uulu|kyzy|ogly|oglu|qizi|ugli)$/.test(w) && j > nameStart + 1) j++;
    // A middle initial or an abbreviated given name: "George W. Bush", "Ma. Theresa Lazaro".
    // (The initial may open the name too: "Dr. S. Menon", "Minister S. Venkataraman", "minister, S. Venkataraman,".)
    else if (/^\p{Lu}$/u.test(w) && toks[j + 1]?.text === '.' && toks[j + 2] && isNameStart(toks[j + 2]!.text) && !covered[j + 2]) j += 2;
    else if (w === '.' && j === nameStart + 1 && /^(?:Ma|Wm|Jos)$/.test(toks[j - 1]!.text) && toks[j + 1] && isNameStart(toks[j + 1]!.text) && !covered[j + 1]) j++;
    else break;
  }
  if (j === nameStart) return null;
  return { honor, nameStart, end: j };
}

/**
 * The name as other outlets write it: "YOON Suk Yeol" is Yoon Suk Yeol, and "KISHIDA Fumio" is
 * Fumio Kishida when that is a name we know (Japanese names are given first in English).
 */
export function writtenName(gaz: Gazetteer, text: string, runToks: Token[], familyInCapitals: boolean): string {
  const surface = text.slice(runToks[0]!.start, runToks[runToks.length - 1]!.end);
  const titled = (w: string) => `${w.charAt(0)}${w.slice(1).toLowerCase()}`;
  // (A whole name in capitals, "MIKE WALTZ", is written in its usual case, in its order.)
  if (familyInCapitals && runToks.length >= 2 && runToks.every((t) => CAPS_WORD.test(t.text))) return runToks.map((t) => titled(t.text)).join(' ');
  const family = familyInCapitals ? titled(runToks[0]!.text) : null;
  let runText = surface;
  if (family && runToks.length === 1) runText = family;
  else if (family) {
    const given = text.slice(runToks[1]!.start, runToks[runToks.length - 1]!.end);
    const givenFirst = `${given} ${family}`;
    const knownGivenFirst = (gaz.index.get(stripAccents(tokenize(givenFirst)[0]?.text ?? '')) ?? []).some((e) => e.surface === givenFirst);
    runText = knownGivenFirst ? givenFirst : `${family} ${given}`;
  }
  return runText;
}
