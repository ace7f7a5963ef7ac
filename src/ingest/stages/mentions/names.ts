// Words that make, break or precede a proper name: titles and their words, honorifics, ranks,
// particles ("bin", "van der"), words that only look like names, and speech verbs that mark a name
// as a speaker's.
import type { Token } from '../../text.js';

// Heads of titles: a title must contain one of these.
export const ROLE_HEADS = new Set([
  'president', 'minister', 'premier', 'chancellor', 'secretary-general', 'secretary', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'envoy', 'leader', 'official', 'chief', 'director', 'king', 'queen', 'emir', 'prince',
  'governor', 'mayor', 'senator', 'general', 'commander', 'diplomat', 'counterpart', 'attache', 'attaché', 'chairman',
  'chairwoman', 'chairperson', 'chair', 'head', 'representative', 'adviser', 'advisor', 'negotiator', 'speaker', 'lawmaker',
  'director-general', 'commissioner', 'aide', 'negotiators', 'colonel', 'admiral', 'ministers', 'leaders', 'presidents', 'sheikh',
  'undersecretary', 'under-secretary', "d'affaires", 'd’affaires', 'consul', 'consul-general', 'coordinator', 'mediator', 'delegate',
  'rapporteur', 'vice-president', 'vice-minister', 'ombudsman', 'governor-general', 'fellow', 'analyst', 'researcher', 'professor',
  'spokesmen', 'chargé', 'premier', 'then-president', 'then-prime', 'ex-president', 'ex-prime', 'former-president',
]);
// Words that may appear inside a title.
export const ROLE_MODS = new Set([
  'foreign', 'defence', 'defense', 'prime', 'vice', 'deputy', 'senior', 'top', 'national', 'security', 'intelligence',
  'policy', 'affairs', 'state', 'treasury', 'interior', 'finance', 'trade', 'economy', 'home', 'permanent', 'military',
  'political', 'supreme', 'acting', 'former', 'executive', 'ministry', 'foreign-policy', 'external', 'commerce',
  'energy', 'health', 'justice', 'army', 'navy', 'air', 'force', 'press', 'high', 'special', 'first', 'crown', 'cabinet',
  'assistant', 'under', 'chief', 'general', 'staff', 'joint', 'presidential', 'office', 'defence-ministry', 'spy',
  'opposition', 'party', 'elected', 'incoming', 'outgoing', 'veteran', 'visiting', 'un', 'u.n.', 'coastguard', 'charge', 'chargé',
  'judiciary', 'parliamentary',
]);
export const TITLE_CONNECTORS = new Set(['of', 'to', 'the', 'and', 'for']);
/** Private persons: the noun marks a name as a person's, but is no office. */
export const PERSON_NOUNS = new Set(['businessman', 'businesswoman', 'tycoon', 'financier', 'banker', 'activist', 'journalist', 'reporter', 'dissident', 'associate', 'lawyer', 'cleric', 'blogger', 'national', 'citizen', 'prisoner', 'detainee', 'opposition', 'rapper', 'singer', 'writer', 'academic', 'student', 'worker', 'veteran', 'monk', 'priest', 'pastor', 'engineer', 'researcher', 'scholar', 'tourist', 'teacher', 'doctor', 'professor', 'photographer', 'filmmaker', 'hostage', 'athlete', 'executive', 'employee', 'manager', 'consultant', 'contractor', 'pilot', 'sailor', 'fisherman']);
// Honorifics that only ever precede a person's name: with one, a capitalised name is a person
// ("Mufti Abdul Raoof", "Sayyid Badr Albusaidi").
export const PERSONAL_HONORIFICS = new Set(['Sheikh', 'Dr', 'Mr', 'Mrs', 'Ms', 'Sir', 'Dame', 'Lord', 'Lady', 'Ayatollah', 'Prince', 'King', 'Queen', 'Emir', 'Sayyid', 'Sayed', 'Mufti', 'Maulana', 'HE', 'Prof', 'Ratu', 'Tun', 'Datuk', 'Dato', 'Sen', 'Rep', 'Gov', 'Amb', 'Excellency', 'Highness', 'Majesty', 'Shri', 'Smt', 'Sri', 'Daw', 'U', 'Sultan']);
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
  'Northern', 'Southern', 'Cold', 'War', 'Ministry', 'Mr', 'Mrs', 'Today', 'Yesterday', 'Tomorrow', 'Tonight', 'Now', 'Here', 'There', 'Yes', 'Meanwhile', 'However', 'Separately', 'Also',
]);
export const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|noted|notes|stressed|insisted|insists|warned|announced|confirmed|claimed|argued|explained|called|hailed|likened|described|stated|wrote|declared|emphasised|emphasized|acknowledged|admitted|reiterated|cautioned|mentioned|urged|congratulated|dismissed|denied|accused|alleged|welcomed|vowed|complained|charged|affirmed|reaffirmed|underlined|underscored';
export const SPEECH_AFTER_NAME = new RegExp(`^(?:${SPEECH_VERBS})$`);

/** A capitalised word that can only be part of a name: no title, honorific or function word. */
export function plainName(t: Token | undefined): boolean {
  const w = t?.text ?? '';
  return isNameStart(w) && !NOT_NAME.has(w) && !HONORIFICS.has(w) && !ROLE_HEADS.has(w.toLowerCase()) && !ROLE_MODS.has(w.toLowerCase());
}
export function isNameStart(w: string): boolean {
  // Also "Anwaar-ul-Haq" (a joined particle) and "MaryKay", "McDonald" (a capital inside).
  return /^\p{Lu}[\p{Ll}'’.-]*\p{Ll}[\p{Ll}'’-]*$/u.test(w) || /^\p{Lu}\p{Ll}+(?:-(?:\p{Ll}{1,3}-)?\p{Lu}\p{Ll}+)+$/u.test(w) || /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}{2,}$/u.test(w) || PARTICLE_NAME.test(w);
}
