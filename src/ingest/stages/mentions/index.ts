// Stage: actor mentions, resolved to actors as the article is read.
// Names come from the gazetteer, from titles ("Foreign Ministry spokeswoman
// Mao Ning"), appositions ("Ana Ruiz, the ministry spokeswoman,") and
// speech verbs ("Jane Doe said"); partial names, pronouns and descriptions
// ("the minister") refer back to persons already introduced.
//
// Each sentence is read by the passes below in turn. A pass covers the tokens it names, and
// later passes leave covered tokens alone, so the order decides which reading wins: gazetteer
// names first, then bodies and persons, then what only refers back to them.
import type { ExtractedActor } from '../../types.js';
import type { Gazetteer } from '../../gazetteer/index.js';
import { tokenize } from '../../text.js';
import type { Sentence } from '../sentences.js';
import { createArticleContext, openSentence, type ArticleContext } from './context.js';
import { inferCountries } from './countries.js';
import { resolveForwardDescriptions } from './descriptions.js';
import { readKnownNames } from './known-names.js';
import { readCoastGuards, readEmbassies, readExpertBodies, readGovernmentBodies, readLowerCaseMinistries } from './organizations.js';
import { ROLE_HEADS } from './names.js';
import { readCapitalisedRuns, readRespectiveOffices } from './persons.js';
import { rememberCoordinatedGroups, resolveForwardPlurals } from './plurals.js';
import { readReferences } from './references.js';
import { inheritCounterpartRoles, readCuratedPersonsTitles, WEAK_ROLES } from './titles.js';
import type { ActorDraft, Mention, MentionResult } from './types.js';

export type { ActorDraft, Mention, MentionResult, MentionType } from './types.js';
export { SPEECH_VERBS } from './names.js';
export { isCrowdKey } from './group-actors.js';

export function findMentions(text: string, sentences: Sentence[], gaz: Gazetteer, datelineCountry: string | null): MentionResult {
  const ctx = createArticleContext(text, sentences, gaz, datelineCountry);
  for (const s of sentences) readSentence(ctx, s);
  resolveForwardDescriptions(ctx);
  resolveForwardPlurals(ctx);
  inferCountries(ctx);
  return { mentions: ctx.mentions, actors: ctx.actors };
}

function readSentence(ctx: ArticleContext, s: Sentence): void {
  const sc = openSentence(ctx, s);
  // Gazetteer names, longest match first; then the titles and appositions of curated persons.
  readKnownNames(sc);
  readCuratedPersonsTitles(sc);
  // Bodies with a telling shape ("Ministry of Foreign Affairs", "China's coastguard") before capitalised runs.
  readGovernmentBodies(sc);
  readCoastGuards(sc);
  readEmbassies(sc);
  // Capitalised runs: persons (by title, apposition, speech verb, known partial) and organizations.
  readCapitalisedRuns(sc);
  readRespectiveOffices(sc);
  readExpertBodies(sc);
  // Lower-case organizations: "Iran's foreign ministry", "the defence ministry".
  readLowerCaseMinistries(sc);
  // Pronouns, descriptions and plural references.
  readReferences(sc);
  rememberCoordinatedGroups(sc);
  // A counterpart's office is known from here on: "the Ukrainian minister" two sentences later is them.
  inheritCounterpartRoles(sc.local, ctx.actors, ctx.text);
  markBodiesInOffices(ctx.text, sc.local);
  ctx.mentions.push(...sc.local);
}

// ", chairman of the National People's Congress Standing Committee,": an office set off after a person's name.
const OFFICE_OF = /^,\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,3}?(\p{L}+)\s+(?:of|at|for)\s+[^,;()]{1,100}?,/u;

/**
 * A body named in the office set off after a person's name ("Zhao Leji, chairman of the National People's Congress
 * Standing Committee, will meet him") is part of the title, not a party to what the sentence tells. (The apposition
 * was read before the body's own name was.)
 */
function markBodiesInOffices(text: string, local: Mention[]): void {
  for (const p of local) {
    if (p.type !== 'person') continue;
    const office = OFFICE_OF.exec(text.slice(p.end, p.end + 160));
    if (!office || !ROLE_HEADS.has((office[1] ?? '').toLowerCase())) continue;
    const end = p.end + office[0].length;
    for (const m of local) if (m.type === 'org' && m.start > p.end && m.end < end) m.inTitle = true;
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
