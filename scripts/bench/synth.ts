// The synthetic world shared by the database generator and the article-text
// corpus: seeded randomness (so every run benchmarks the same data), Zipf
// sampling (news coverage is heavily skewed: a few actors, countries, dates and
// words get most of it) and names of states, capitals and people.
import worldCountries, { type Country } from 'world-countries';

export type Random = () => number;

/** mulberry32: tiny, fast and good enough for test data; Math.random cannot be seeded. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rnd: Random, items: readonly T[]): T {
  const item = items[Math.floor(rnd() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function shuffled<T>(rnd: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A sampler of ranks 0..n-1 with P(k) ∝ 1/(k+1)^s: rank 0 gets the most draws, the long tail very few. */
export function zipf(n: number, s: number): (rnd: Random) => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) cdf[k] = total += 1 / Math.pow(k + 1, s);
  return (rnd) => {
    const u = rnd() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] ?? 0) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface State {
  code: string;
  name: string;
  demonym: string;
  capital: string;
}

// world-countries is CommonJS: depending on the loader the array is the default export or under it.
const countries: Country[] = Array.isArray(worldCountries) ? worldCountries : (worldCountries as unknown as { default: Country[] }).default;

/** Independent states with a capital and an English demonym, in a fixed order. */
export const STATES: State[] = countries
  .filter((c) => c.independent && c.capital[0] && c.demonyms?.eng?.m)
  .map((c) => ({ code: c.cca3, name: c.name.common, demonym: c.demonyms.eng?.m ?? c.name.common, capital: c.capital[0] ?? '' }))
  .sort((a, b) => a.code.localeCompare(b.code));

export const FIRST_NAMES = [
  'Anna', 'Boris', 'Carlos', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiroshi', 'Ines', 'Jonas', 'Kamala', 'Lars', 'Maria',
  'Nikolai', 'Olga', 'Pedro', 'Qiang', 'Rania', 'Sergei', 'Tomas', 'Ursula', 'Viktor', 'Wang', 'Ximena', 'Yusuf', 'Zainab',
  'Ahmed', 'Beatriz', 'Chen', 'Daniela', 'Emeka', 'Fatima', 'Giorgos', 'Hana', 'Ivan', 'Julia', 'Kenji', 'Leila', 'Mehmet',
  'Nadia', 'Oleksandr', 'Priya', 'Rafael', 'Sofia', 'Tariq', 'Uma', 'Vera', 'William', 'Yara', 'Zoltan',
];

export const LAST_NAMES = [
  'Abdullah', 'Barros', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'Gonzalez', 'Haddad', 'Ivanova', 'Jensen', 'Kowalski',
  'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quispe', 'Rossi', 'Sato', 'Tanaka', 'Usmanov', 'Varga', 'Weber',
  'Xu', 'Yilmaz', 'Zhou', 'Alvarez', 'Bianchi', 'Chaudhry', 'Demir', 'Esposito', 'Fernandes', 'Georgiou', 'Horvath',
  'Ibrahim', 'Jovanovic', 'Kim', 'Lopez', 'Mensah', 'Novak', 'Ortiz', 'Park', 'Rahman', 'Schmidt', 'Takahashi', 'Ueda',
  'Volkov', 'Wojcik', 'Yamamoto', 'Zielinski', 'Andersen', 'Baptiste', 'Cohen', 'Diallo', 'Eze', 'Farouk', 'Gupta',
  'Hassan', 'Iqbal', 'Jaber', 'Kariuki', 'Lavrentiev', 'Mwangi', 'Nguyen', 'Osei', 'Pereira', 'Reyes', 'Silva',
];

export const PERSON_ROLES = ['Foreign Minister', 'President', 'Prime Minister', 'Defence Minister', 'Ambassador', 'Trade Minister', 'Envoy'];

export const ORGANIZATIONS = [
  'United Nations', 'European Union', 'African Union', 'NATO', 'ASEAN', 'World Health Organization', 'Red Cross',
  'International Atomic Energy Agency', 'World Bank', 'International Monetary Fund', 'Arab League', 'OSCE', 'Mercosur',
];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const TOPICS = [
  'trade', 'energy security', 'the ceasefire', 'border demarcation', 'climate finance', 'nuclear safety', 'fisheries',
  'migration', 'grain exports', 'maritime security', 'debt relief', 'visa rules', 'counter-terrorism', 'water rights',
];

export const CLAIMS = [
  'violating its airspace', 'interfering in its elections', 'harbouring armed groups', 'cyber attacks on its ministries',
  'breaching the ceasefire', 'detaining its citizens', 'spying on its diplomats', 'dumping steel on its market',
  'shelling border villages', 'blocking humanitarian convoys',
];

/**
 * Words that statements are made of, most frequent first: drawn with a Zipf
 * sampler they give the skewed word frequencies a full-text index meets in
 * real quotes. "ceasefire" sits near the top, so searching it matches a few
 * percent of all statements.
 */
export const STATEMENT_WORDS = [
  'the', 'we', 'our', 'will', 'not', 'and', 'is', 'talks', 'peace', 'partners', 'security', 'support', 'cooperation',
  'dialogue', 'region', 'people', 'sovereignty', 'agreement', 'sanctions', 'ceasefire', 'trade', 'border', 'relations',
  'stability', 'aggression', 'respect', 'international', 'law', 'forward', 'progress', 'concern', 'measures', 'friends',
  'commitment', 'future', 'economic', 'strategic', 'humanitarian', 'negotiations', 'responsibility', 'violations',
  'investment', 'energy', 'solidarity', 'escalation', 'provocation', 'unacceptable', 'constructive', 'historic', 'fair',
  'balanced', 'urgent', 'neighbours', 'allies', 'threat', 'withdrawal', 'troops', 'elections', 'independence', 'aid',
  'reconstruction', 'climate', 'fisheries', 'nuclear', 'inspectors', 'grain', 'corridor', 'hostages', 'prisoners',
  'exchange', 'visa', 'tariffs', 'pipeline', 'summit', 'delegation', 'ministers', 'parliament', 'referendum', 'treaty',
  'protocol', 'mandate', 'mission', 'observers', 'monitoring', 'accountability', 'justice', 'tribunal', 'embassy',
  'consulate', 'diplomats', 'expulsion', 'retaliation', 'patience', 'restraint', 'unity', 'partnership', 'modernisation',
];
