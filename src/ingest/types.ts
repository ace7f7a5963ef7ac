// The shapes that flow through the extraction pipeline. Stages are pure
// functions from one of these to the next; the store turns the final
// `Extraction` into rows.

export const ACTOR_KINDS = ['person', 'state', 'organization', 'group'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const EVENT_TYPES = [
  'agree', 'consult', 'support', 'concede', 'cooperate', 'aid', 'retreat', 'request',
  'accuse', 'reject', 'threaten', 'protest', 'sanction', 'mobilize', 'coerce', 'assault',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ['occurred', 'planned', 'ongoing'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const PARTICIPANT_ROLES = ['source', 'target', 'participant'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const STATEMENT_KINDS = ['direct', 'indirect'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const ALLEGATION_STATUSES = ['alleged', 'denied', 'confirmed'] as const;
export type AllegationStatus = (typeof ALLEGATION_STATUSES)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** An article as read from a file, JSON object or request body, before cleaning. */
export interface RawArticle {
  /** URL when given, else the file name. */
  source: string;
  title?: string | null;
  /** YYYY-MM-DD when known from JSON or a header. */
  publishedAt?: string | null;
  text: string;
  /** Fallback publication date (the ingest command's --date, or a date in the file name). */
  fallbackDate?: string | null;
}

/** Where a record came from: a sentence and its offsets in the clean text. */
export interface Evidence {
  sentence: string;
  start: number;
  end: number;
}

/** A dated point with its precision: "2024-01-16"/day, "2023-09"/month, "2023"/year. */
export interface PartialDate {
  value: string;
  precision: DatePrecision;
}

export interface ExtractedActor {
  /**
   * Stable identity across articles: the store merges actors with the same key
   * into one row. States: `state:RUS`; known persons and organizations: their
   * curated id; others: kind plus normalised canonical name.
   */
  key: string;
  name: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-3, or null for international bodies and unknowns. */
  country: string | null;
  role: string | null;
  /** Other names this article used for the actor (not including `name`). */
  aliases: string[];
}

export interface ExtractedEvent {
  type: EventType;
  mode: string | null;
  date: PartialDate | null;
  status: EventStatus;
  location: { name: string; country: string | null } | null;
  participants: { actorKey: string; role: ParticipantRole }[];
  evidence: Evidence;
}

export interface ExtractedStatement {
  speakerKey: string | null;
  text: string;
  kind: StatementKind;
  date: PartialDate | null;
  evidence: Evidence;
}

export interface ExtractedAllegation {
  claim: string;
  status: AllegationStatus;
  accuserKeys: string[];
  accusedKeys: string[];
  denials: { actorKey: string; text: string; evidence: Evidence }[];
  evidence: Evidence;
}

export interface Extraction {
  title: string | null;
  /** YYYY-MM-DD */
  publishedAt: string;
  cleanText: string;
  actors: ExtractedActor[];
  events: ExtractedEvent[];
  statements: ExtractedStatement[];
  allegations: ExtractedAllegation[];
  /** Stages that failed on this article: its other records are kept, and the batch goes on. */
  warnings?: string[];
}

/** A problem with one input: the article is skipped, the batch goes on. */
export class ExtractionError extends Error {}
