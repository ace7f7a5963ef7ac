// Attribute rules (location, date, denial) checked on short fictional articles written for these tests.
import { describe, it, expect } from 'vitest';
import { extractArticle, extractText } from './helpers.js';

describe('event locations', () => {
  it('places the lead event of an organization dateline at its headquarters', () => {
    const x = extractArticle(`UNITED NATIONS, Oct 3 (Wire) - China on Tuesday vetoed a draft resolution on Myanmar, saying it would not help the people of the country.\n\nThe text had been drafted by Britain.`, { fallbackDate: '2023-10-10' });
    const [e] = x.eventsOf('reject', 'China');
    expect(e?.location).toEqual({ name: 'New York', country: 'USA' });
  });

  it('does not place a trip to another state at the dateline', () => {
    const x = extractArticle(`CAIRO, May 4 (Wire) - Egyptian Foreign Minister Sameh Shoukry met Jordanian Foreign Minister Ayman Safadi on Saturday.\n\nSafadi will travel to Qatar on Sunday for talks on the crisis.`, { fallbackDate: '2024-05-10' });
    const trip = x.events.find((e) => e.type === 'consult' && e.status === 'planned');
    expect(trip).toBeDefined();
    expect(trip!.location?.name ?? null).not.toBe('Cairo');
  });

  it('takes the place a "where" clause hangs on', () => {
    const x = extractText('Brazilian President Luiz Inacio Lula da Silva made a surprise visit to Santiago on Monday, where he met Chilean President Gabriel Boric.');
    const met = x.events.filter((e) => e.type === 'consult');
    expect(met.length).toBeGreaterThan(0);
    for (const e of met) expect(e.location?.name).toBe('Santiago');
  });

  it('takes the place of the occasion named by a following "when" clause', () => {
    const x = extractText('Modi and Kishida last met in person in May, when the Indian leader attended a summit in Hiroshima.');
    const [e] = x.events.filter((ev) => ev.type === 'consult');
    expect(e?.location?.name).toBe('Hiroshima');
  });

  it('keeps a facility noun with the place name', () => {
    const x = extractText('Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan at Sochi airport on Monday.');
    const [e] = x.events.filter((ev) => ev.type === 'consult');
    expect(e?.location?.name).toBe('Sochi airport');
  });

  it('resolves "the <demonym> capital" to the capital, and the demonym is no participant', () => {
    const x = extractText('Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in the Japanese capital on Tuesday.');
    const [e] = x.events.filter((ev) => ev.type === 'consult');
    expect(e?.location).toEqual({ name: 'Tokyo', country: 'JPN' });
    expect(e?.participants.map((p) => x.name(p.actorKey))).not.toContain('Japan');
  });

  it('does not place an agreement where the agreed project will be', () => {
    const x = extractText('Poland and South Korea on Monday agreed to build a tank factory in Poland.');
    const [e] = x.events.filter((ev) => ev.type === 'agree');
    expect(e).toBeDefined();
    expect(e!.location).toBeNull();
  });

  it('treats coordinated topics ("the situation in X and in Y") as topics, not venues', () => {
    const x = extractText('Foreign Minister Penny Wong met Indian External Affairs Minister S. Jaishankar on Friday and discussed the situation in Sudan and in Libya.');
    const [e] = x.events.filter((ev) => ev.type === 'consult');
    expect(e?.location ?? null).toBeNull();
  });

  it('knows large non-capital cities as venues, so two planned meetings in different cities stay apart', () => {
    const x = extractText('Foreign Minister Penny Wong said Australia and India would hold their next dialogue in Brisbane later this year. Wong is due to travel to Mumbai on Friday.');
    const places = x.events.filter((e) => e.type === 'consult').map((e) => e.location?.name);
    expect(places).toContain('Brisbane');
    expect(places).toContain('Mumbai');
  });
});

describe('event dates', () => {
  it('dates a participle clause by its main verb', () => {
    const x = extractArticle('The European Union on Monday imposed sanctions on two Iranian officials, accusing Iran of supplying drones to Russia.', { publishedAt: '2024-05-15' });
    const [e] = x.eventsOf('accuse', 'European Union', 'Iran');
    expect(e?.date?.value).toBe('2024-05-13');
  });

  it('does not date a present-perfect verb with a definite past time that belongs to a noun', () => {
    // (Not the lead: a present perfect opening a story is its news of the day.)
    const x = extractText('Tensions rose on the border. Azerbaijan has vowed to retaliate against Armenia over the shooting of two of its soldiers near the border early last month.');
    const [e] = x.events.filter((ev) => ev.type === 'threaten');
    expect(e).toBeDefined();
    expect(e!.date).toBeNull();
    expect(e!.location).toBeNull();
  });

  it('dates promised aid by the announcement of the pledge when the aid itself is undated', () => {
    const x = extractArticle('Germany will send more air defence systems to Ukraine, Chancellor Olaf Scholz said on Monday.', { publishedAt: '2024-05-15' });
    const [e] = x.eventsOf('aid', 'Germany', 'Ukraine');
    expect(e?.date?.value).toBe('2024-05-13');
    const y = extractArticle('Germany will send more air defence systems to Ukraine next month, Chancellor Olaf Scholz said on Monday.', { publishedAt: '2024-05-15' });
    expect(y.eventsOf('aid', 'Germany', 'Ukraine')[0]?.date?.value).toBe('2024-06');
  });

  it('dates an event "hours before" another by the day of the main clause', () => {
    const x = extractArticle('Germany on Tuesday announced new sanctions on Russia. The announcement came hours before Chancellor Olaf Scholz was due to meet French President Emmanuel Macron in Paris.', { publishedAt: '2024-05-15' });
    const [e] = x.eventsOf('consult', 'Olaf Scholz', 'Emmanuel Macron');
    expect(e?.date?.value).toBe('2024-05-14');
    expect(e?.status).toBe('planned');
  });

  it('gives only the month for a multi-day meeting dated by its last day', () => {
    const x = extractText('Mediators from Norway and Kenya on Sunday ended four days of talks in Nairobi on a truce.');
    const [e] = x.events.filter((ev) => ev.type === 'consult');
    expect(e?.date?.value).toBe('2024-05');
  });

  it('keeps a time adverbial "before the end of next week" in its clause', () => {
    const x = extractText('Diplomats from Chile and Peru said they would meet again in Lima before the end of next week.');
    const [e] = x.events.filter((ev) => ev.type === 'consult');
    expect(e?.status).toBe('planned');
    expect(e?.date?.value).toBe('2024-05');
  });

  it('makes a present-tense verb with a time still to come a plan', () => {
    const x = extractText('The UN General Assembly votes on the resolution next week.');
    const [e] = x.events.filter((ev) => ev.type === 'consult');
    expect(e?.status).toBe('planned');
  });

  it('codes a council voting as a meeting of that body, without the parties of what it voted for', () => {
    const x = extractText('The UN Security Council voted on Wednesday to extend its peacekeeping mission in Mali.');
    const [e] = x.events.filter((ev) => ev.type === 'consult');
    expect(e?.mode).toBe('multilateral');
    expect(e?.participants.map((p) => x.name(p.actorKey))).toEqual(['United Nations Security Council']);
    expect(e?.location).toBeNull();
  });
});

describe('denials', () => {
  it('reads "accusations that both X and Y deny" as a denial, not a new allegation', () => {
    const x = extractText('Britain and France have accused Iran of supplying drones to Russia, accusations that both Tehran and Moscow deny.');
    expect(x.allegations).toHaveLength(1);
    const [a] = x.allegations;
    expect(a!.status).toBe('denied');
    expect(a!.denials.map((d) => x.name(d.actorKey))).toEqual(expect.arrayContaining(['Iran', 'Russia']));
    expect(a!.claim).not.toMatch(/deny/);
  });

  it('attaches "dismissed that claim" to the latest charge against the denier', () => {
    const x = extractText(`Turkish Foreign Ministry spokesman Oncu Keceli on Monday accused Greece of spreading false reports. According to Keceli, Greek patrol boats had entered Turkish waters without permission several times this year. Athens has dismissed that claim as untrue.`);
    const ships = x.allegations.find((a) => a.claim.includes('Turkish waters'));
    const disinfo = x.allegations.find((a) => a.claim.includes('false reports'));
    expect(ships?.status).toBe('denied');
    expect(disinfo?.status).toBe('alleged');
  });

  it('gives a denial of "accusations of X-ian arms transfers" to the allegation against X', () => {
    const x = extractText(`Canada and Norway have accused Belarus of supplying artillery shells for Russian forces to fire in Ukraine. Last week, Canadian Defence Minister Bill Blair said that Russia had already fired shells supplied by Belarus at Kharkiv. Both Russia and Belarus have dismissed accusations of Belarusian arms transfers to Russia.`);
    const a = x.allegations.find((al) => al.claim.includes('supplying artillery shells'));
    expect(a?.status).toBe('denied');
    expect(a?.denials.map((d) => x.name(d.actorKey))).toEqual(expect.arrayContaining(['Russia', 'Belarus']));
  });
});
