// Plain-text synthetic news articles for the ingest benchmark: a date header,
// a headline, a dateline and paragraphs of varied sentences (meetings, calls,
// visits, agreements, quotes, accusations and denials, sanctions), with the
// page debris scrapers bring along. Names are real states and capitals (which
// the gazetteer resolves) and made-up officials introduced by their title, so
// every stage of the pipeline has work to do. Seeded: the same n articles every run.
import type { RawArticle } from '../../src/ingest/types.js';
import { CLAIMS, FIRST_NAMES, LAST_NAMES, STATES, TOPICS, WEEKDAYS, pick, seededRandom, zipf, type Random, type State } from './synth.js';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TITLES = ['Foreign Minister', 'President', 'Prime Minister', 'Defence Minister', 'Trade Minister'];

interface Official {
  state: State;
  title: string;
  name: string;
  surname: string;
}

function official(rnd: Random, state: State, notSurname = ''): Official {
  let surname = pick(rnd, LAST_NAMES);
  // Two officials with one surname would make "Rahman said" ambiguous, which real articles avoid.
  while (surname === notSurname) surname = pick(rnd, LAST_NAMES);
  return { state, title: pick(rnd, TITLES), name: `${pick(rnd, FIRST_NAMES)} ${surname}`, surname };
}

function article(rnd: Random, i: number, stateRank: (rnd: Random) => number): RawArticle {
  const a = STATES[stateRank(rnd)] ?? (STATES[0] as State);
  let b = STATES[stateRank(rnd)] ?? (STATES[1] as State);
  if (b.code === a.code) b = STATES[(STATES.indexOf(a) + 1) % STATES.length] as State;
  const pa = official(rnd, a);
  const pb = official(rnd, b, pa.surname);
  const year = 2016 + Math.floor(rnd() * 10);
  const month = Math.floor(rnd() * 12);
  const day = 1 + Math.floor(rnd() * 28);
  const date = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const topic = pick(rnd, TOPICS);
  const claim = pick(rnd, CLAIMS);
  const weekday = pick(rnd, WEEKDAYS);
  const where = rnd() < 0.5 ? a : b;

  const intro = pick(rnd, [
    `${a.demonym} ${pa.title} ${pa.name} met ${b.demonym} ${pb.title} ${pb.name} in ${where.capital} on ${weekday}, the two governments said.`,
    `${a.demonym} ${pa.title} ${pa.name} spoke by telephone with ${b.demonym} ${pb.title} ${pb.name} on ${weekday} about ${topic}.`,
    `${a.demonym} ${pa.title} ${pa.name} arrived in ${b.capital} on ${weekday} for a two-day visit focused on ${topic}.`,
    `${a.name} and ${b.name} signed an agreement on ${topic} on ${weekday}, officials in ${where.capital} said.`,
  ]);
  const body = [
    `“We want ${pick(rnd, ['a fair', 'a lasting', 'a balanced', 'a constructive'])} partnership on ${topic},” ${pa.surname} told reporters after the talks.`,
    `${pb.surname} said that ${b.name} was ready to ${pick(rnd, ['deepen cooperation', 'resume negotiations', 'support a ceasefire', 'expand trade'])} with ${a.name}.`,
    rnd() < 0.5
      ? `Separately, ${a.name} accused ${b.name} of ${claim}. ${b.demonym} ${pb.title} ${pb.name} denied the accusation, calling it baseless.`
      : `${a.name} imposed sanctions on ${1 + Math.floor(rnd() * 20)} ${b.demonym} officials on ${weekday} over ${claim}.`,
    `${pa.title} ${pa.surname} is expected to visit ${b.capital} ${pick(rnd, ['next month', 'in the spring', 'later this year'])}, ${pick(rnd, ['a spokesperson said', 'according to the ministry'])}.`,
    `“${pick(rnd, ['This is a historic step', 'Dialogue is the only way forward', 'We will not accept threats', 'Our door remains open'])},” ${pb.surname} said.`,
  ];
  const paragraphs = [
    `${where.capital.toUpperCase()}, ${MONTH_NAMES[month]} ${day} (Wire) - ${intro}`,
    ...body.filter(() => rnd() < 0.85),
    pick(rnd, ['Advertisement', 'READ MORE: Talks resume next week', 'Follow us on Facebook, Twitter', '(Reporting by Wire staff)']),
  ];
  const headline = `${a.name} and ${b.name} ${pick(rnd, ['hold talks on', 'clash over', 'sign deal on', 'discuss'])} ${topic}`;
  return { source: `synthetic-${i}.txt`, text: `date ${date}\n\n${headline}\n\n${paragraphs.join('\n\n')}\n` };
}

/** n synthetic articles, produced one at a time so the corpus itself does not grow memory. */
export function* syntheticArticles(n: number, seed = 7): Generator<RawArticle> {
  const rnd = seededRandom(seed);
  // Zipf over states: a few countries are in most of the news.
  const stateRank = zipf(STATES.length, 1);
  for (let i = 0; i < n; i++) yield article(rnd, i, stateRank);
}
