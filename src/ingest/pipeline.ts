// The extraction pipeline: one article in, records out. Each stage is a pure
// function; they run top to bottom because each needs what the one before found.
import type { Extraction, RawArticle } from './types.js';
import { createGazetteer, type Gazetteer } from './gazetteer/index.js';
import { DATELINE_SEATS } from './gazetteer/places.js';
import { clean, type Dateline } from './stages/clean.js';
import { splitSentences } from './stages/sentences.js';
import { findMentions, toExtractedActors, type MentionResult } from './stages/mentions/index.js';
import { analyseClauses } from './stages/clauses.js';
import { extractStatements } from './stages/statements.js';
import { extractAllegations } from './stages/allegations.js';
import { extractEvents } from './stages/events.js';

export type Extract = (raw: RawArticle) => Extraction;

const ACADEMIC = /\b(?:University|Institute|Institution|College|Academy|School)\b/;

export function createExtractor(gazetteer: Gazetteer): Extract {
  const capitals = capitalsOf(gazetteer);
  const stateNames = stateSurfaces(gazetteer);
  const capitalOf = (iso3: string) => capitals.get(iso3) ?? null;
  return (raw) => {
    // Cleaning first: nothing may be extracted from debris, and the date anchors everything after.
    const article = clean(raw);
    // Sentences give every record its evidence span.
    const sentences = splitSentences(article.cleanText);
    // A stage that fails on an odd article loses its own records only: the article is still stored with
    // what the other stages found, and the failure is reported as a warning.
    const warnings: string[] = [];
    const attempt = <T>(stage: string, fallback: () => T, run: () => T): T => {
      try {
        return run();
      } catch (err) {
        warnings.push(`${stage}: ${err instanceof Error ? err.message : String(err)}`);
        return fallback();
      }
    };
    // Mentions are resolved in reading order, so partial names and pronouns see who came before.
    // A bureau's dateline ("NAIROBI" on a story about Ethiopia) says nothing of whose officials speak:
    // the dateline's state is the story's home only when the story names it.
    // (A byline's place, "By X | Warsaw | 21 May 2025", says the same of a story with no dateline.)
    // ("MARGARA, Armenia —": a place the gazetteer does not know is placed by the state the wire names after it.)
    const datelineIso = datelineState(gazetteer, article.dateline?.place ?? article.bylinePlace) ?? datelineState(gazetteer, article.dateline?.region ?? null);
    const datelineCountry = homeState(stateNames, article.cleanText, datelineIso, article.dateline?.offset ?? 0);
    const { mentions, actors } = attempt<MentionResult>('mentions', () => ({ mentions: [], actors: new Map() }), () => findMentions(article.cleanText, sentences, gazetteer, datelineCountry));
    // Clauses (speaker, subject, tense, dates) are shared by the three record extractors.
    const clauses = attempt('clauses', () => analyseClauses(article.cleanText, sentences, [], new Map(), article.publishedAt), () => analyseClauses(article.cleanText, sentences, mentions, actors, article.publishedAt));
    // Statements before allegations: reported wrongdoing and denials are found in what was said.
    const statements = attempt('statements', () => [], () => extractStatements(clauses, titledSpokesperson(gazetteer, article.title)));
    // Allegations before events: accusations and denials become accuse/reject events.
    const allegations = attempt('allegations', () => [], () => extractAllegations(clauses, statements, actors));
    const speakers = new Map(statements.flatMap((s) => (s.record.speakerKey ? [[s.sentence, s.record.speakerKey] as const] : [])));
    const events = attempt('events', () => [], () => extractEvents(clauses, allegations, actors, article.publishedAt, datelinePlace(gazetteer, article.dateline, datelineCountry), capitalOf, article.dateline?.offset ?? 0, speakers));
    // Every actor a record names must be an actor of the article, even one known only from a
    // place ("travel to Beijing" makes China the host of the visit).
    const extracted = toExtractedActors(actors, mentions);
    const named = new Set(extracted.map((a) => a.key));
    const referenced = [
      ...events.flatMap((e) => e.participants.map((p) => p.actorKey)),
      ...statements.flatMap((s) => (s.record.speakerKey ? [s.record.speakerKey] : [])),
      ...allegations.flatMap((a) => [...a.record.accuserKeys, ...a.record.accusedKeys, ...a.record.denials.map((d) => d.actorKey)]),
    ];
    for (const key of referenced) {
      if (named.has(key)) continue;
      const draft = actors.get(key);
      const info = draft ?? gazetteer.actors.get(key);
      if (!info) continue;
      named.add(key);
      extracted.push({ key, name: info.name, kind: info.kind, country: info.country, role: info.kind === 'person' ? info.role : null, aliases: draft ? [...draft.aliases].filter((x) => x !== info.name) : [] });
    }
    // A record naming an actor no stage could describe would make the store refuse the whole article:
    // that name is dropped from the record instead, and reported.
    const known = (key: string) => named.has(key);
    const unknown = referenced.filter((k) => !known(k));
    if (unknown.length) warnings.push(`actors: no description for ${[...new Set(unknown)].join(', ')}`);
    return {
      title: article.title,
      publishedAt: article.publishedAt,
      cleanText: article.cleanText,
      // A university or institute named only as where someone works ("a researcher at the Nansen Institute") takes
      // part in nothing: it is an actor of the article only when a record names it.
      actors: extracted.filter((a) => !(a.kind === 'organization' && ACADEMIC.test(a.name)) || referenced.includes(a.key)),
      events: events.map((e) => ({ ...e, participants: e.participants.filter((p) => known(p.actorKey)) })).filter((e) => e.participants.length),
      statements: statements.map((s) => (s.record.speakerKey && !known(s.record.speakerKey) ? { ...s.record, speakerKey: null } : s.record)),
      allegations: allegations.map(({ record: a }) => {
        const denials = a.denials.filter((d) => known(d.actorKey));
        return { ...a, accuserKeys: a.accuserKeys.filter(known), accusedKeys: a.accusedKeys.filter(known), denials, status: a.status === 'denied' && !denials.length ? 'alleged' : a.status };
      }),
      warnings,
    };
  };
}

/** ISO3 -> the state's capital as a place (the first capital the gazetteer registered for it). */
function capitalsOf(gaz: Gazetteer): Map<string, { name: string; country: string | null }> {
  const out = new Map<string, { name: string; country: string | null }>();
  for (const list of gaz.index.values()) {
    for (const e of list) {
      if (e.form !== 'capital' || !e.place || !e.key?.startsWith('state:')) continue;
      const iso = e.key.slice(6);
      if (!out.has(iso) && e.place.country === iso) out.set(iso, e.place);
    }
  }
  return out;
}

/** "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference": a known person the title names as spokesperson. */
function titledSpokesperson(gaz: Gazetteer, title: string | null): string | null {
  const words = /\bSpokes(?:person|man|woman)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){1,2})/u.exec(title ?? '')?.[1]?.split(' ') ?? [];
  // The longest known name the title begins with ("Mao Ning", not "Mao Ning Regular").
  for (let n = words.length; n >= 2; n--) {
    const name = words.slice(0, n).join(' ');
    const hit = (gaz.index.get(words[0] ?? '') ?? []).find((e) => e.surface === name && e.key?.startsWith('person:'));
    if (hit?.key) return hit.key;
  }
  return null;
}

/** ISO3 -> every name, capital, seat and demonym the gazetteer knows the state by. */
function stateSurfaces(gaz: Gazetteer): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const list of gaz.index.values()) {
    for (const e of list) {
      if (!e.key?.startsWith('state:')) continue;
      const iso = e.key.slice(6);
      out.set(iso, [...new Set([...(out.get(iso) ?? []), e.surface])]);
    }
  }
  return out;
}

function homeState(names: Map<string, string[]>, text: string, iso: string | null, datelineAt: number): string | null {
  if (!iso) return null;
  // The dateline line itself ("NAIROBI, Kenya, Nov 26 -") does not count.
  const end = /\s[-–—]\s|:\s/.exec(text.slice(datelineAt, datelineAt + 100));
  const body = text.slice(0, datelineAt) + ' ' + text.slice(datelineAt + (end ? end.index + end[0].length : 0));
  const letter = /\p{L}/u;
  // (indexOf, not one big pattern: this runs on every datelined article.)
  const named = (names.get(iso) ?? []).some((n) => {
    for (let at = body.indexOf(n); at >= 0; at = body.indexOf(n, at + 1)) {
      if (!letter.test(body[at - 1] ?? ' ') && !letter.test(body[at + n.length] ?? ' ')) return true;
    }
    return false;
  });
  return named ? iso : null;
}

function datelineState(gaz: Gazetteer, place: string | null): string | null {
  if (!place) return null;
  // ("SANTO DOMINGO", "Santo Domingo": every word of the place, in title case or as written.)
  const words = place.split(/\s+/);
  const titled = words.map((w) => w.charAt(0) + w.slice(1).toLowerCase());
  const same = (tokens: readonly string[], ws: string[]) => tokens.length === ws.length && tokens.every((t, i) => t === ws[i]);
  const hit = [...(gaz.index.get(titled[0]!) ?? []), ...(gaz.index.get(words[0]!) ?? [])].find((e) => e.key?.startsWith('state:') && (same(e.tokens, titled) || same(e.tokens, words)));
  return hit?.key?.slice(6) ?? null;
}

function datelinePlace(gaz: Gazetteer, dateline: Dateline | null, homeIso: string | null): { name: string; country: string | null } | null {
  if (!dateline) return null;
  const word = dateline.place.split(/\s+/).map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');
  // "UNITED NATIONS (Agency) -": the dateline of an organization is its headquarters.
  const seat = DATELINE_SEATS[word];
  if (seat) return seat;
  const first = word.split(' ')[0] ?? '';
  // (A capital other places share, "KINGSTON", only in a story that names its state.)
  const hit = (gaz.index.get(first) ?? []).find((e) => e.surface === word && e.place && (!e.needsStateNamed || e.place.country === homeIso));
  if (hit?.place) return hit.place;
  // "MARGARA, Armenia —": a town the gazetteer does not know, in the state the wire names.
  const region = datelineState(gaz, dateline.region);
  return region ? { name: word, country: region } : null;
}

/** An extractor over the bundled gazetteer (countries and seeds/actors.json); build one and reuse it. */
export function createDefaultExtractor(): Extract {
  return createExtractor(createGazetteer());
}
