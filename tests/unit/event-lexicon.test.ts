import { describe, it, expect } from 'vitest';
import { extractText, extractArticle } from './helpers.js';

// Trigger lexicons for all sixteen PLOVER types, with who is source and who is target.
// Published on Wednesday 2024-05-15.
type X = ReturnType<typeof extractText>;
const ev = (x: X, type: string) => x.events.find((e) => e.type === type);
const roles = (x: X, type: string) => {
  const e = ev(x, type);
  if (!e) return null;
  return Object.fromEntries(e.participants.map((p) => [x.name(p.actorKey) ?? p.actorKey, p.role]));
};

describe('event lexicon: assault', () => {
  it.each([
    ['Armenia shelled Azerbaijani positions on Monday.', 'Armenia', 'Azerbaijan'],
    ['Ethiopia bombed Eritrea on Monday.', 'Ethiopia', 'Eritrea'],
    ['Sudan launched air strikes on Chad on Monday.', 'Sudan', 'Chad'],
    ['A Venezuelan patrol boat rammed a Guyanese fishing vessel on Monday.', 'Venezuela', 'Guyana'],
    ['Iraq invaded Kuwait in August 1990.', 'Iraq', 'Kuwait'],
    ['Colombian troops opened fire on Venezuelan soldiers on Monday.', 'Colombia', 'Venezuela'],
  ])('%s', (text, source, target) => {
    const x = extractText(text);
    expect(roles(x, 'assault')).toMatchObject({ [source]: 'source', [target]: 'target' });
  });

  it('a nominalisation takes its possessive as source and its "of" phrase as target, dated by the time next to it', () => {
    const x = extractText("Trade has slumped since Iraq's invasion of Kuwait in August 1990.");
    expect(roles(x, 'assault')).toMatchObject({ Iraq: 'source', Kuwait: 'target' });
    expect(ev(x, 'assault')!.date).toMatchObject({ value: '1990-08', precision: 'month' });
  });

  it('a city struck is the location, and its state the target', () => {
    const x = extractText('Russia shelled Odesa on Monday.');
    expect(ev(x, 'assault')).toMatchObject({ location: { name: 'Odesa', country: 'UKR' } });
    expect(roles(x, 'assault')).toMatchObject({ Russia: 'source', Ukraine: 'target' });
  });

  it('an accused act is coded with the accused as its source', () => {
    const x = extractText('Guyana accused Venezuela on Monday of ramming a Guyanese boat.');
    expect(roles(x, 'assault')).toMatchObject({ Venezuela: 'source', Guyana: 'target' });
  });

  it('a denied act and an act only asked for are not events', () => {
    expect(ev(extractText('Chad denied that its army had shelled Sudan.'), 'assault')).toBeUndefined();
    expect(ev(extractText('Kenya called on Somalia and Ethiopia to sign a truce.'), 'agree')).toBeUndefined();
  });

  it('an act alleged of someone not named as an actor is not coded ("companies it accused of supplying")', () => {
    const x = extractText('Canada imposed sanctions on two companies it accused of supplying Iran with drones on Monday.');
    expect(ev(x, 'sanction')).toBeDefined();
    expect(ev(x, 'aid')).toBeUndefined();
  });

  it('a missile strike with no attacker named is not coded', () => {
    expect(ev(extractText('A missile that struck Odesa on Monday came from Iran.'), 'assault')).toBeUndefined();
  });
});

describe('event lexicon: protest, coerce, mobilize, retreat', () => {
  it('summoning an envoy is an official accusation; lodging a protest or handing over a protest note is a formal protest', () => {
    expect(roles(extractText("Peru summoned Chile's ambassador on Monday."), 'accuse')).toMatchObject({ Peru: 'source', Chile: 'target' });
    expect(roles(extractText('Vietnam lodged a formal protest with China on Monday.'), 'protest')).toMatchObject({ Vietnam: 'source', China: 'target' });
    expect(roles(extractText("Nepal summoned India's deputy high commissioner to lodge a strong protest."), 'accuse')).toMatchObject({ Nepal: 'source', India: 'target' });
    expect(roles(extractText("Ghana's foreign ministry summoned Togo's envoy, Kofi Amedzro, on Monday and handed him a note of protest."), 'protest')).toMatchObject({ 'Ghanaian foreign ministry': 'source', 'Kofi Amedzro': 'target' });
  });

  it('a crowd demonstrating is a protest by a group, aimed at whom it protests against', () => {
    const x = extractText('Hundreds of Kenyan protesters gathered outside the Chinese embassy in Nairobi on Friday, chanting slogans against Beijing.');
    expect(roles(x, 'protest')).toMatchObject({ protesters: 'source', China: 'target' });
    expect(x.actors.find((a) => a.name === 'protesters')).toMatchObject({ kind: 'group', country: 'KEN' });
    expect(roles(extractText('Foreign ministers gathered in Brussels on Monday.'), 'protest')).toBeNull();
  });

  it.each([
    ['Iran seized a Greek tanker on Monday.', 'Iran', 'Greece'],
    ['Belarus detained two Lithuanian nationals on Monday.', 'Belarus', 'Lithuania'],
    ['Azerbaijan imposed a blockade on Armenia in 2023.', 'Azerbaijan', 'Armenia'],
  ])('coerce: %s', (text, source, target) => {
    expect(roles(extractText(text), 'coerce')).toMatchObject({ [source]: 'source', [target]: 'target' });
  });

  it('missile tests, drills and deployments are mobilizations, with one side enough', () => {
    expect(roles(extractText('North Korea test-fired a ballistic missile on Monday.'), 'mobilize')).toMatchObject({ 'North Korea': 'source' });
    expect(ev(extractText('Poland held military drills near its border on Monday.'), 'mobilize')).toBeDefined();
    expect(roles(extractText('Serbia deployed troops to the border with Kosovo on Monday.'), 'mobilize')).toMatchObject({ Serbia: 'source', Kosovo: 'target' });
  });

  it('firing missiles at another side is an assault, not a test', () => {
    const x = extractText('Yemen fired missiles at Saudi Arabia on Monday.');
    expect(ev(x, 'assault')).toBeDefined();
    expect(ev(x, 'mobilize')).toBeUndefined();
  });

  it('joint exercises are cooperation, and ongoing while "are holding"', () => {
    const x = extractText('India and France are holding joint naval exercises in the Arabian Sea.');
    expect(ev(x, 'cooperate')).toMatchObject({ status: 'ongoing', location: { name: 'Arabian Sea' } });
    expect(ev(x, 'mobilize')).toBeUndefined();
  });

  it('withdrawing troops is a retreat', () => {
    expect(roles(extractText('Armenia withdrew its troops from the border on Monday.'), 'retreat')).toMatchObject({ Armenia: 'source' });
    expect(ev(extractText('Mali pulled out of the regional force on Monday.'), 'retreat')).toBeDefined();
  });
});

describe('event lexicon: cooperation, agreement, support, concession', () => {
  it('a signed defence pact is both cooperation and an agreement', () => {
    const x = extractText('Japan and Australia signed a defence cooperation pact on Monday.');
    expect(ev(x, 'cooperate')).toBeDefined();
    expect(ev(x, 'agree')).toBeDefined();
  });

  it.each([
    'Egypt and Sudan reached an agreement on the dam on Monday.',
    'Egypt and Sudan inked a memorandum of understanding on Monday.',
    'Egypt and Sudan issued a joint statement on Monday.',
    'Egypt and Sudan concluded a treaty on Monday.',
  ])('agree: %s', (text) => {
    expect(ev(extractText(text), 'agree')).toMatchObject({ status: 'occurred', date: { value: '2024-05-13' } });
  });

  it('voicing support and backing are support', () => {
    expect(roles(extractText('Brazil voiced support for Argentina on Monday.'), 'support')).toMatchObject({ Brazil: 'source', Argentina: 'target' });
    expect(roles(extractText("Ghana endorsed Nigeria's bid on Monday."), 'support')).toMatchObject({ Ghana: 'source', Nigeria: 'target' });
  });

  it('releasing prisoners and easing sanctions are concessions, not sanctions', () => {
    expect(roles(extractText('Russia released 20 Ukrainian prisoners on Monday.'), 'concede')).toMatchObject({ Russia: 'source', Ukraine: 'target' });
    const x = extractText('The United States eased sanctions on Venezuela on Monday.');
    expect(ev(x, 'concede')).toBeDefined();
    expect(ev(x, 'sanction')).toBeUndefined();
  });

  it('"the tariffs imposed by the United States on Canadian steel": the participle\'s agent imposed them, on whom its own phrase names; the speaker around it is no party', () => {
    const x = extractText('Foreign Minister Elise Martel stressed that the tariffs imposed by the United States on Canadian and Mexican steel were harmful.');
    expect(roles(x, 'sanction')).toEqual({ 'United States': 'source', Canada: 'target', Mexico: 'target' });
  });

  it.each([
    ['Serbia on Monday freed three Kosovo police officers it had held for ten days.', 'Serbia', 'Kosovo'],
    ['Peru released 12 Bolivian truck drivers on Monday.', 'Peru', 'Bolivia'],
    ['Belarus handed over two Lithuanian border guards on Monday.', 'Belarus', 'Lithuania'],
  ])('releasing officers, guards or drivers is a concession too: %s', (text, source, target) => {
    expect(roles(extractText(text), 'concede')).toMatchObject({ [source]: 'source', [target]: 'target' });
  });
});

describe('event lexicon: request, aid, sanction, threaten, reject, accuse, consult', () => {
  it.each([
    'Kenya urged Ethiopia to reopen the border on Monday.',
    'Kenya called on Ethiopia to reopen the border on Monday.',
    'Kenya demanded that Ethiopia reopen the border on Monday.',
    'Kenya appealed to Ethiopia on Monday.',
  ])('request: %s', (text) => {
    expect(roles(extractText(text), 'request')).toMatchObject({ Kenya: 'source', Ethiopia: 'target' });
  });

  it('aid in loans and packages, in any currency', () => {
    expect(roles(extractText('India provided Sri Lanka with a loan of USD 500 million on Monday.'), 'aid')).toMatchObject({ India: 'source', 'Sri Lanka': 'target' });
    expect(roles(extractText('Canada unveiled a new military aid package for Ukraine on Monday.'), 'aid')).toMatchObject({ Canada: 'source', Ukraine: 'target' });
  });

  it('recalling an ambassador and cutting ties are sanctions', () => {
    expect(roles(extractText('Niger recalled its ambassador from France on Monday.'), 'sanction')).toMatchObject({ Niger: 'source', France: 'target' });
    expect(roles(extractText('Ecuador severed diplomatic ties with Mexico on Monday.'), 'sanction')).toMatchObject({ Ecuador: 'source', Mexico: 'target' });
  });

  it('threats, rejections and criticism', () => {
    expect(roles(extractText('Iran threatened Israel with retaliation on Monday.'), 'threaten')).toMatchObject({ Iran: 'source', Israel: 'target' });
    expect(roles(extractText("Hungary rejected Sweden's proposal on Monday."), 'reject')).toMatchObject({ Hungary: 'source', Sweden: 'target' });
    expect(roles(extractText('Norway criticised Denmark on Monday.'), 'accuse')).toMatchObject({ Norway: 'source', Denmark: 'target' });
  });

  it('arriving in a capital is a visit located there', () => {
    const x = extractText('Kenyan President William Ruto arrived in Addis Ababa on Monday.');
    expect(ev(x, 'consult')).toMatchObject({ mode: 'visit', location: { name: 'Addis Ababa' } });
  });
});

describe('event status and location', () => {
  it('modality makes a plan', () => {
    expect(ev(extractText('North Korea is expected to test-fire a missile next week.'), 'mobilize')).toMatchObject({ status: 'planned' });
    expect(ev(extractText('Chad plans to deploy troops to the border with Sudan next month.'), 'mobilize')).toMatchObject({ status: 'planned' });
  });

  it('"are under way" is ongoing', () => {
    expect(ev(extractText('Talks between Serbia and Croatia are under way.'), 'consult')).toMatchObject({ status: 'ongoing' });
  });

  it('a named feature is the venue ("near the disputed X Shoal")', () => {
    const x = extractText('A Chinese ship rammed a Vietnamese boat near the disputed Bombay Reef on Monday.');
    expect(ev(x, 'assault')).toMatchObject({ location: { name: 'Bombay Reef' } });
  });

  it('an all-caps dateline places the lead sentence', () => {
    const x = extractText('NAIROBI — Kenya and Uganda signed a trade agreement on Wednesday.');
    expect(ev(x, 'agree')).toMatchObject({ location: { name: 'Nairobi', country: 'KEN' } });
  });

  it('a visit to "the X capital" is located in that capital', () => {
    const x = extractText('Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Monday during a visit to the Ethiopian capital.');
    expect(ev(x, 'consult')).toMatchObject({ location: { name: 'Addis Ababa' } });
  });

  it('a place inside a demand is not the venue of the demand', () => {
    const x = extractText('Mali on Monday vetoed a resolution demanding that it withdraw its forces from Kidal.');
    expect(ev(x, 'reject')?.location ?? null).toBeNull();
    expect(ev(x, 'retreat')).toBeUndefined();
  });

  it('a visit to a country is not placed in its capital unless the text names the city', () => {
    expect(ev(extractText('Kenyan President William Ruto visited Ethiopia on Monday.'), 'consult')?.location ?? null).toBeNull();
    expect(ev(extractText('Ethiopia hosted Kenyan President William Ruto in Bahir Dar on Monday.'), 'consult')?.location?.name).toBe('Bahir Dar');
  });

  it('a topic is not a venue ("the war in Ukraine")', () => {
    const x = extractText('Brazil and India held talks on the war in Ukraine on Monday.');
    expect(ev(x, 'consult')?.location ?? null).toBeNull();
  });
});

describe('location from the article around the event', () => {
  it('a dateline after a photo caption still places the lead sentence', () => {
    const x = extractArticle('date 2024-05-15\n\nPresident William Ruto speaks in Nairobi.\n\nNAIROBI (Wire) — Kenya and Uganda signed a trade agreement on Wednesday.');
    expect(x.events.find((e) => e.type === 'agree')).toMatchObject({ location: { name: 'Nairobi' } });
  });

  it('"Following the talks" places an act where the talks were held', () => {
    const x = extractText('Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Nairobi on Monday. Following the talks, Kenya and Uganda signed a trade agreement.');
    expect(ev(x, 'agree')).toMatchObject({ location: { name: 'Nairobi' } });
  });

  it('a state\'s coast guard in lower case is its own actor, and the one that acts', () => {
    const x = extractText('Chinese coast guard ships rammed a Vietnamese boat near the disputed Bombay Reef on Monday.');
    expect(roles(x, 'assault')).toMatchObject({ 'China Coast Guard': 'source', Vietnam: 'target' });
  });
});

describe('hosting people is no meeting', () => {
  it('"which hosts tens of thousands of exiles" is no consultation', () => {
    const x = extractText('Costa Rica, which hosts tens of thousands of Nicaraguan exiles, said on Thursday it supported the measures.');
    expect(x.events.filter((e) => e.type === 'consult')).toEqual([]);
  });
});

describe('sanctions told as additions to a list', () => {
  it('"adding four Nicaraguan officials to its list of people subject to a travel ban", "added two firms to its sanctions list" are sanctions', () => {
    const x = extractText('The European Union on Thursday added four Nicaraguan officials to its list of people subject to a travel ban and an asset freeze. Canada added two Iranian firms to its sanctions list.');
    expect(x.events.map((e) => [e.type, e.participants.map((p) => x.name(p.actorKey))])).toEqual([['sanction', ['European Union', 'Nicaragua']], ['sanction', ['Canada', 'Iran']]]);
  });
});

describe('a border closure ahead, and an answer\'s ordinal', () => {
  it('"Poland will close its last two road border crossings with Belarus from Monday" is a sanction ahead; "Secondly, ..." names no one', () => {
    const x = extractText('Poland will close its last two road border crossings with Belarus from Monday, Interior Minister Marta Zielinska said on Thursday. Secondly, on the visit of the Guyanese minister, the dates are being worked out.', '2026-01-15');
    expect(x.events.find((e) => e.type === 'sanction')).toMatchObject({ status: 'planned', date: { value: '2026-01-19' } });
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Marta Zielinska']);
  });
});

