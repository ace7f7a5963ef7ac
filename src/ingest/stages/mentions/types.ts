// The stage's records: mentions found in the text and the actors they resolve to.
import type { ActorKind } from '../../types.js';

export type MentionType = 'name' | 'capital' | 'seat' | 'demonym' | 'person' | 'org' | 'pronoun' | 'description' | 'plural';

export interface Mention {
  start: number;
  end: number;
  text: string;
  sent: number;
  /** Resolved actor; null for unresolved pronouns and pure places. */
  key: string | null;
  /** Plural references ("the three countries") resolve to several actors. */
  keys: string[];
  type: MentionType;
  /** A capital or city naming where something happens, not who acts. */
  isLocation: boolean;
  place: { name: string; country: string | null } | null;
  /** Followed by 's: a modifier ("Russia's FSB"), rarely the clause subject. */
  possessive: boolean;
  /** Part of a person's title ("Kremlin spokesman ..."). */
  inTitle: boolean;
}

export interface ActorDraft {
  key: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  role: string | null;
  /** Curated fallback role used when the text gives none or only a relational one. */
  seedRole: string | null;
  gender: 'm' | 'f' | null;
  /** Introduced by an occupation ("engineer", "journalist"), not an office. */
  privatePerson?: boolean;
  /** An official of a body of no state ("the IAEA said its deputy director general, X"): no state is inferred. */
  servesBody?: boolean;
  aliases: Set<string>;
  nameTokens: string[];
}

export interface MentionResult {
  mentions: Mention[];
  actors: Map<string, ActorDraft>;
}
