// One sentence pattern per test, in sentences written for these tests.
import { describe, it, expect } from 'vitest';
import { extractArticle } from './helpers.js';

const pub = { publishedAt: '2024-05-15' }; // a Wednesday

describe('events: what is not an event', () => {
  it('an open question ("declined to say whether X had agreed to meet Y") is no event and no statement', () => {
    const x = extractArticle('Austrian Chancellor Karl Nehammer declined to say whether Putin had agreed to meet Zelensky.', pub);
    expect(x.events).toHaveLength(0);
    expect(x.statements).toHaveLength(0);
  });
  it('"warned against" is advice, not a threat', () => {
    const x = extractArticle('Chancellor Olaf Scholz said on Tuesday that Germany would help Ukraine but warned against promising too much.', pub);
    expect(x.eventsOf('threaten')).toHaveLength(0);
  });
  it('"the host country" and "a cabinet meeting" are not meetings between actors', () => {
    const x = extractArticle('Kenyan President William Ruto told a cabinet meeting in Nairobi that the host country of the games had been chosen.', pub);
    expect(x.eventsOf('consult')).toHaveLength(0);
  });
});

describe('events: participants', () => {
  it('a visit in the visitor\'s own country adds no host', () => {
    const x = extractArticle('Lula visited a refinery near Brasilia on Tuesday during a state visit by Angolan officials.', pub);
    for (const e of x.eventsOf('consult')) expect(e.participants.some((p) => p.actorKey === 'state:BRA' && p.role === 'target')).toBe(false);
  });
  it('an "after talks" clause behind a trailing attribution belongs to the speaker and the past', () => {
    const x = extractArticle('Norway will send more demining equipment to Ukraine, Foreign Minister Espen Barth Eide said on Tuesday after talks in Oslo with his Ukrainian counterpart Andrii Sybiha.', pub);
    const [e] = x.eventsOf('consult', 'Espen Barth Eide', 'Andrii Sybiha');
    expect(e).toMatchObject({ status: 'occurred', date: { value: '2024-05-14' }, location: { name: 'Oslo' } });
    expect(x.actor('Espen Barth Eide')?.country).toBe('NOR');
    expect(x.said('Espen Barth Eide')[0]?.text).toBe('Norway will send more demining equipment to Ukraine');
  });
  it('a possessive state before an armed group is not a second target', () => {
    const x = extractArticle('The European Union on Monday imposed sanctions on two commanders of Sudan\'s paramilitary Rapid Support Forces.', pub);
    const [e] = x.eventsOf('sanction', 'European Union', 'Rapid Support Forces');
    expect(e!.participants.map((p) => x.name(p.actorKey))).toEqual(['European Union', 'Rapid Support Forces']);
  });
});

describe('events: places and dates', () => {
  it('a place after "the situation in" is a topic, a capital after "capital" the venue', () => {
    const x = extractArticle('ASEAN foreign ministers met in the Lao capital Vientiane on Thursday to discuss the situation in Myanmar.', pub);
    const [e] = x.eventsOf('consult');
    expect(e?.location).toEqual({ name: 'Vientiane', country: 'LAO' });
  });
  it('an undated multi-day event gets the month only', () => {
    const x = extractArticle('Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov held three days of talks with each other in Almaty.', pub);
    const [e] = x.eventsOf('consult', 'Ararat Mirzoyan', 'Jeyhun Bayramov');
    expect(e?.date).toEqual({ value: '2024-05', precision: 'month' });
  });
  it('reported speech takes the date of its reporting clause, not of a relative clause before', () => {
    const x = extractArticle('Washington, which signed a defence pact with Manila in 1951, said on Sunday that it stood with its ally and called on Beijing to respect the ruling.', pub);
    const [e] = x.eventsOf('request', 'United States', 'China');
    expect(e?.date?.value).toBe('2024-05-12');
  });
  it('an undated event is not dated by a date inside earlier reported speech', () => {
    const x = extractArticle('Chinese Foreign Ministry spokesperson Lin Jian said that a Philippine vessel had entered the waters on Saturday. He urged Manila to stop its provocations.', pub);
    const [e] = x.eventsOf('request', 'Lin Jian', 'Philippines');
    expect(e?.date?.value).toBe('2024-05-15');
  });
  it('"It will be X\'s first trip" refers to the trip, not to an earlier actor', () => {
    const x = extractArticle('The UN Security Council will meet next week. Lula will travel to Nigeria on Friday. It will be Lula\'s first trip to Nigeria since 2023.', pub);
    expect(x.eventsOf('consult', 'United Nations Security Council', 'Nigeria')).toHaveLength(0);
  });
});

describe('allegations and statements', () => {
  it('"a charge X rejected" ends the claim and denies it', () => {
    const x = extractArticle('China on Monday accused the Philippines of ramming a coast guard ship, a charge Manila rejected as a lie.', pub);
    const a = x.allegation('ramming a coast guard ship')!;
    expect(a.claim).toBe('ramming a coast guard ship');
    expect(a.status).toBe('denied');
    expect(x.names(a.denials.map((d) => d.actorKey))).toContain('Philippines');
  });
  it('a state announcing its own deliveries accuses no one', () => {
    const x = extractArticle('Germany will deliver more air defence missiles to Ukraine, Defence Minister Boris Pistorius said.', pub);
    expect(x.allegations).toHaveLength(0);
  });
  it('"According to a readout by X, Y told Z that ..." is Y\'s statement', () => {
    const x = extractArticle('According to a readout carried by Xinhua, Xi told Scholz that the two countries should resist protectionism.', pub);
    expect(x.statements.map((s) => x.name(s.speakerKey))).toEqual(['Xi Jinping']);
  });
  it('"said in a statement posted on social media that" starts the words after "that"', () => {
    const x = extractArticle('The RSF said in a statement posted on social media that the sanctions were politically motivated.', pub);
    expect(x.statements[0]?.text).toBe('the sanctions were politically motivated');
  });
  it('"the ministry said" speaks for the ministry named before', () => {
    const x = extractArticle('The Estonian Foreign Ministry summoned the Russian charge d\'affaires on Friday. The diplomat must leave within five days, the ministry said.', pub);
    expect(x.statements.map((s) => x.name(s.speakerKey))).toEqual(['Estonian foreign ministry']);
  });
});
