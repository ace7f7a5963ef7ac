// The gazetteer: every name the pipeline can recognise without context,
// indexed once by first token so matching a sentence is a few map lookups.
import worldCountries, { type Country } from 'world-countries';
import seeds from '../../../seeds/actors.json' with { type: 'json' };
import type { ActorKind } from '../types.js';
import { tokenize, stripAccents, normName } from '../text.js';
import { SEATS, ORG_SEATS, AMBIGUOUS_CAPITALS, STATE_EXTRA_NAMES, CITIES, EXTRA_DEMONYMS, REGIONS, REGION_ADJECTIVES, CAPITAL_SPELLINGS, STATE_ADJECTIVES } from './places.js';

/** How a name refers to its actor; metonyms and demonyms behave differently in context. */
export type NameForm = 'name' | 'capital' | 'seat' | 'demonym' | 'city';

export interface ActorInfo {
  key: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  role: string | null;
  gender: 'm' | 'f' | null;
}

export interface GazEntry {
  tokens: string[];
  surface: string;
  /** null for pure places (cities). */
  key: string | null;
  form: NameForm;
  /** Set for capitals and cities: the place this name denotes when used as a location. */
  place: { name: string; country: string | null } | null;
  /**
   * A capital other places share ("Georgetown", "Kingston") or a demonym two states share ("Dominican",
   * "Congolese"): its state's only in a story that names the state.
   */
  needsStateNamed?: boolean;
}

export interface Gazetteer {
  /** first token (accent-stripped) -> entries starting with it, longest first */
  index: Map<string, GazEntry[]>;
  actors: Map<string, ActorInfo>;
  /** normalised surname -> curated persons with that last name (for spelling variants) */
  personsBySurname: Map<string, ActorInfo[]>;
  /** ISO3 -> state key, name, demonym and every name the state goes by */
  states: Map<string, { key: string; name: string; demonym: string | null; names: string[] }>;
  /** States with a capital or a demonym that others share: ISO3s of the needsStateNamed entries. */
  statesWithSharedNames: Set<string>;
  /** Demonyms two states share ("Dominican"): they say nothing of which state a story is about. */
  sharedDemonyms: Set<string>;
}

interface SeedPerson { id: string; name: string; aliases?: string[]; country: string | null; role: string | null; gender?: string }
interface SeedOrg { id: string; name: string; aliases?: string[]; kind: string; country: string | null }
export interface SeedFile { persons: SeedPerson[]; organizations: SeedOrg[] }

// Two-letter codes collide with words ("IN", "IT"); only these are used as names.
const SHORT_CODES = new Set(['US', 'UK', 'USA', 'DPRK', 'PRC', 'UAE', 'DRC', 'ROK']);
// Native spellings that are English words or names: "Manus Island" is not Iceland, "Dominique" is a first name,
// "Timor" alone may be Indonesia's West Timor.
const NOT_STATE_NAMES = new Set(['Island', 'Dominique', 'Timor']);
// Territories that act diplomatically although world-countries marks them non-independent
// (the Cook Islands and Niue conduct their own foreign relations in free association with New Zealand).
const EXTRA_STATES = new Set(['TWN', 'PSE', 'UNK', 'COK', 'NIU']);
// World-countries gives Kosovo UNMIK's code "UNK"; the code in common use (the EU's, the World Bank's) is "XKX".
const ISO_CODE: Record<string, string> = { UNK: 'XKX' };

const tokKey = (t: string) => stripAccents(t);
// world-countries is CommonJS: depending on the loader the array is the default export or under it.
const countries: Country[] = Array.isArray(worldCountries) ? worldCountries : (worldCountries as unknown as { default: Country[] }).default;

export function createGazetteer(seedFile: SeedFile = seeds as SeedFile): Gazetteer {
  const index = new Map<string, GazEntry[]>();
  const actors = new Map<string, ActorInfo>();
  const personsBySurname = new Map<string, ActorInfo[]>();
  const states = new Map<string, { key: string; name: string; demonym: string | null; names: string[] }>();
  const statesWithSharedNames = new Set<string>();
  const seen = new Map<string, string | null>(); // surface -> key, to drop ambiguous forms
  const sharingStates = new Map<string, Set<string>>(); // shared demonym -> the state keys that use it

  const add = (surface: string, key: string | null, form: NameForm, place: GazEntry['place'] = null) => {
    const s = surface.trim();
    if (!s) return;
    const prev = seen.get(s);
    if (prev !== undefined) {
      // The same demonym for two states ("Congolese") is too ambiguous to use alone (see sharingStates);
      // otherwise the first registration wins (seats before capitals).
      if (prev !== key && form === 'demonym') {
        markAmbiguous(s);
        if (prev?.startsWith('state:') && key?.startsWith('state:')) sharingStates.set(s, new Set([...(sharingStates.get(s) ?? []), prev, key]));
      }
      return;
    }
    seen.set(s, key);
    insert({ tokens: [], surface: s, key, form, place });
  };
  const insert = (entry: GazEntry) => {
    const tokens = tokenize(entry.surface).map((t) => tokKey(t.text));
    const first = tokens[0];
    if (!first) return;
    const list = index.get(first) ?? [];
    list.push({ ...entry, tokens });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    index.set(first, list);
  };
  const markAmbiguous = (s: string) => {
    const first = tokKey(tokenize(s)[0]?.text ?? '');
    const list = index.get(first);
    if (list) index.set(first, list.filter((e) => e.surface !== s));
  };

  // Seats and organization seats are added first so they win over capitals ("Brussels").
  for (const o of ORG_SEATS) add(o.name, o.key, 'seat');
  for (const s of SEATS) add(s.name, `state:${s.country}`, 'seat');

  for (const c of countries) {
    if (!c.independent && !EXTRA_STATES.has(c.cca3)) continue;
    const iso = ISO_CODE[c.cca3] ?? c.cca3;
    const key = `state:${iso}`;
    // The adjective that names a state's bodies ("Kyrgyz foreign ministry"), where the dataset's demonym is a person noun or dated.
    const demonym = STATE_ADJECTIVES[iso] ?? c.demonyms?.eng?.m ?? null;
    actors.set(key, { key, name: c.name.common, kind: 'state', country: iso, role: null, gender: null });
    const names = new Set<string>([c.name.common, c.name.official, ...(STATE_EXTRA_NAMES[iso] ?? [])]);
    for (const alt of c.altSpellings) {
      if (alt.includes(',') || !/^[A-Z][A-Za-z'’ .\-()]+$/.test(alt)) continue;
      if ((alt.length <= 4 && !SHORT_CODES.has(alt)) || NOT_STATE_NAMES.has(alt)) continue;
      names.add(alt);
    }
    states.set(iso, { key, name: c.name.common, demonym, names: [...names] });
    for (const n of names) add(n, key, n === 'Washington' || n === 'New Delhi' || n === 'The Hague' || n === 'Naypyidaw' ? 'capital' : 'name',
      n === 'Washington' || n === 'New Delhi' || n === 'The Hague' || n === 'Naypyidaw' ? { name: n, country: iso } : null);
    for (const cap of c.capital ?? []) {
      // (Outside the first-registration rule: where the state goes unnamed, the city or region of that name still matches.)
      if (AMBIGUOUS_CAPITALS.has(cap)) {
        insert({ tokens: [], surface: cap, key, form: 'capital', place: { name: cap, country: iso }, needsStateNamed: true });
        statesWithSharedNames.add(iso);
        continue;
      }
      add(cap, key, 'capital', { name: cap, country: iso });
    }
    if (iso === 'UKR') add('Kiev', key, 'capital', { name: 'Kyiv', country: 'UKR' });
    for (const cap of CAPITAL_SPELLINGS[iso] ?? []) add(cap, key, 'capital', { name: cap, country: iso });
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) add(d, key, 'demonym');
    for (const d of EXTRA_DEMONYMS[iso] ?? []) add(d, key, 'demonym');
  }
  // "Dominican authorities" in a story that names the Dominican Republic (and not Dominica).
  for (const [surface, keys] of sharingStates) {
    for (const key of keys) {
      insert({ tokens: [], surface, key, form: 'demonym', place: null, needsStateNamed: true });
      statesWithSharedNames.add(key.slice(6));
    }
  }
  // Seats of government are also places ("at the White House").
  for (const s of SEATS) {
    const list = index.get(tokKey(tokenize(s.name)[0]?.text ?? '')) ?? [];
    for (const e of list) if (e.surface === s.name) e.place = { name: s.name, country: s.country };
  }
  for (const o of ORG_SEATS) {
    const list = index.get(tokKey(o.name)) ?? [];
    for (const e of list) if (e.surface === o.name) e.place = { name: o.name, country: 'BEL' };
  }
  for (const city of CITIES) add(city.name, null, 'city', { name: city.name, country: city.country });
  for (const r of REGIONS) add(r, null, 'city', { name: r, country: null });
  for (const r of REGION_ADJECTIVES) add(r, null, 'demonym');

  for (const p of seedFile.persons) {
    const key = `person:${p.id}`;
    const info: ActorInfo = { key, name: p.name, kind: 'person', country: p.country, role: p.role, gender: p.gender === 'f' ? 'f' : p.gender === 'm' ? 'm' : null };
    actors.set(key, info);
    for (const n of [p.name, ...(p.aliases ?? [])]) add(n, key, 'name');
    const surname = normName(p.name).split(' ').pop() ?? '';
    personsBySurname.set(surname, [...(personsBySurname.get(surname) ?? []), info]);
  }
  for (const o of seedFile.organizations) {
    // (A self-declared state that world-countries has no code for, "Somaliland", is a state of its own key: its
    // key is no ISO code, so nothing takes it for a country.)
    const kind: ActorKind = o.kind === 'group' ? 'group' : o.kind === 'state' ? 'state' : 'organization';
    const key = `${kind === 'group' ? 'group' : kind === 'state' ? 'polity' : 'org'}:${o.id}`;
    actors.set(key, { key, name: o.name, kind, country: o.country, role: null, gender: null });
    for (const n of [o.name, ...(o.aliases ?? [])]) add(n, key, 'name');
  }
  return { index, actors, personsBySurname, states, statesWithSharedNames, sharedDemonyms: new Set(sharingStates.keys()) };
}
