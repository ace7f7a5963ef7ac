import { describe, it, expect } from 'vitest';
import { extractArticle, extractText } from './helpers.js';

// Published on Wednesday 2024-05-15.
describe('events', () => {
  it('a meeting on a weekday with its location', () => {
    const x = extractText('Kenyan President William Ruto met Ghanaian President Kofi Mensah in Accra on Monday.');
    expect(x.events[0]).toMatchObject({ type: 'consult', date: { value: '2024-05-13', precision: 'day' }, status: 'occurred', location: { name: 'Accra', country: 'GHA' } });
    expect(x.events[0]!.participants.map((p) => p.actorKey)).toEqual(expect.arrayContaining(['person:william-ruto', 'person:kofi-mensah']));
  });

  it('"is set to" / "will" make a planned event, dated forward', () => {
    const x = extractText('Mexican President Rosa Luna is set to host Peruvian President Juan Rios on Friday.');
    expect(x.events[0]).toMatchObject({ type: 'consult', status: 'planned', date: { value: '2024-05-17' }, mode: 'visit' });
  });

  it('a phone call has mode phone', () => {
    const x = extractText('Brazil and Chile spoke by phone on Tuesday.');
    expect(x.events[0]).toMatchObject({ type: 'consult', mode: 'phone', date: { value: '2024-05-14' } });
  });

  it('travelling to a capital consults that state', () => {
    const x = extractText('Chilean Foreign Minister Ana Vera will travel to Lima next month.');
    expect(x.events[0]).toMatchObject({ type: 'consult', status: 'planned', date: { value: '2024-06', precision: 'month' } });
    expect(x.events[0]!.participants.map((p) => p.actorKey)).toContain('state:PER');
  });

  it('sanctions, expulsions and threats are coded with their source and target', () => {
    const x = extractText('Estonia expelled a Belarusian diplomat on Tuesday. Belarus warned in April that it would respond if Estonia acted.');
    const types = x.events.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['sanction', 'threaten']));
    const threat = x.events.find((e) => e.type === 'threaten')!;
    expect(threat.date?.value).toBe('2024-04');
    expect(threat.participants.find((p) => p.role === 'source')?.actorKey).toBe('state:BLR');
  });

  it('a passive with a frequency adverb ("are often detained by X") makes X the source', () => {
    const x = extractText('Ecuadorian fishing crews are often detained by the Peruvian Navy.');
    const [e] = x.events.filter((ev) => ev.type === 'coerce');
    // (The Peruvian Navy is a body of Peru's.)
    const source = x.actors.find((a) => a.key === e?.participants.find((p) => p.role === 'source')?.actorKey);
    expect(source).toMatchObject({ name: 'Peruvian Navy', country: 'PER' });
    expect(e?.participants.find((p) => p.role === 'target')?.actorKey).toBe('state:ECU');
  });

  it('an agreement signed the day of a located meeting between the same sides was signed there', () => {
    const x = extractText('President Ana Ruiz of Peru held talks with Bolivian President Luis Arce in La Paz on Monday. The two leaders signed a trade agreement on Monday.');
    const agree = x.events.find((e) => e.type === 'agree');
    expect(agree?.location?.name).toBe('La Paz');
  });

  it('"At his weekly briefing in CITY, X dismissed ..." places the denial, and the same speaker\'s next charge, in CITY', () => {
    const x = extractText('Lima accused Quito of harbouring rebels on Monday. At his weekly briefing in Quito on Tuesday, Ecuadorian Foreign Ministry spokesman Luis Mora dismissed the Peruvian claims as "baseless". He accused Lima of failing to act against smugglers.');
    expect(x.events.find((e) => e.type === 'reject')?.location?.name).toBe('Quito');
    const charge = x.events.find((e) => e.type === 'accuse' && e.participants.some((p) => p.actorKey === 'person:luis-mora'));
    expect(charge?.location?.name).toBe('Quito');
    // The first charge was made elsewhere (the sentence names no place).
    expect(x.events.find((e) => e.type === 'accuse' && e.participants.some((p) => p.actorKey === 'state:PER' && p.role === 'source'))?.location).toBeNull();
  });

  it('a charge made "after the vote" in a UN Security Council story was made in New York; one elsewhere is not', () => {
    const x = extractText('Peru vetoed a UN Security Council resolution on Tuesday. Speaking after the vote, the Chilean ambassador, Ana Ruiz, accused Peru of shielding smugglers. In Santiago, protesters marched.', '2024-05-15');
    const charge = x.events.find((e) => e.type === 'accuse');
    expect(charge?.location).toEqual({ name: 'New York', country: 'USA' });
    const y = extractText('Chile accused Peru of shielding smugglers on Tuesday, after the vote in the national congress.', '2024-05-15');
    expect(y.events.find((e) => e.type === 'accuse')?.location).toBeNull();
  });

  it('"X could impose sanctions on ..." is a threat by X, not a sanction', () => {
    const x = extractText('Chile could impose sanctions on Peru if the blockade continues, Foreign Minister Ana Ruiz said on Monday.');
    expect(x.events.map((e) => e.type)).not.toContain('sanction');
    const threat = x.events.find((e) => e.type === 'threaten');
    expect(threat?.participants.find((p) => p.role === 'source')?.actorKey).toBe('state:CHL');
  });

  it('aid delivered as food, fuel or patrol boats is aid, even to a region that is no party', () => {
    const x = extractText('The World Food Programme said it had delivered 9,000 tonnes of food to the Chaco region this month. Lima has since delivered patrol boats to the Bolivian navy.');
    const aid = x.events.filter((e) => e.type === 'aid');
    expect(aid.some((e) => e.participants.some((p) => p.role === 'source' && p.actorKey === 'org:wfp'))).toBe(true);
    expect(aid.some((e) => e.participants.some((p) => p.role === 'source' && p.actorKey === 'state:PER') && e.participants.some((p) => p.actorKey === 'state:BOL'))).toBe(true);
  });

  it('"met X in A on Monday and is set to hold talks in CAPITAL on Friday": two meetings, the second with the capital\'s state', () => {
    const x = extractText('The African Union envoy, Samuel Kiprono, met Chilean officials in Santiago on Monday and is set to hold talks in Lima on Friday.');
    const talks = x.events.filter((e) => e.type === 'consult');
    expect(talks).toHaveLength(2);
    const planned = talks.find((e) => e.status === 'planned');
    expect(planned?.date?.value).toBe('2024-05-17');
    expect(planned?.participants.find((p) => p.role === 'target')?.actorKey).toBe('state:PER');
  });

  it('"shook hands" is a meeting; a country that "hosts three million migrants" meets no one', () => {
    const x = extractText('Chilean Foreign Minister Ana Ruiz and her Peruvian counterpart Luis Mora shook hands on the border bridge on Monday. Chile, which hosts close to three million Peruvian migrants, wants calm.');
    const meetings = x.events.filter((e) => e.type === 'consult');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants.map((p) => p.actorKey).sort()).toEqual(['person:ana-ruiz', 'person:luis-mora']);
  });

  it('"endorsed a regional pact" is an agreement; "announce/contribute A$120 million" is aid; "France said it would ..." is France', () => {
    const x = extractText('Pacific Islands Forum leaders meeting in Suva on Tuesday endorsed a regional ocean security pact. Canberra used the meeting to announce A$120 million in funding for the region. Chile pledged 10 million euros, while France said it would contribute 11 million euros.');
    expect(x.events.some((e) => e.type === 'agree')).toBe(true);
    expect(x.events.some((e) => e.type === 'support')).toBe(false);
    const aid = x.events.filter((e) => e.type === 'aid');
    expect(aid.some((e) => e.participants.some((p) => p.role === 'source' && p.actorKey === 'state:AUS'))).toBe(true);
    expect(aid.some((e) => e.participants.some((p) => p.role === 'source' && p.actorKey === 'state:FRA'))).toBe(true);
  });

  it('"also agreed" is another agreement than the treaty signed before; "finalised the text of a peace treaty" is an agreement', () => {
    const x = extractText('Chilean President Ana Ruiz and her Peruvian counterpart Luis Mora signed a water treaty in Lima on Tuesday. The leaders also agreed to raise bilateral trade to $10 billion. Bolivia and Paraguay have finalised the text of a peace treaty.');
    const agree = x.events.filter((e) => e.type === 'agree');
    expect(agree.filter((e) => e.participants.some((p) => p.actorKey === 'person:ana-ruiz'))).toHaveLength(2);
    expect(agree.some((e) => e.participants.some((p) => p.actorKey === 'state:BOL'))).toBe(true);
  });

  it('meetings and calls: "after meeting his counterpart", "spoke by phone on Tuesday with Sultan X", a call with an unnamed foreign minister', () => {
    const x = extractText('"Chile will not allow this truce to collapse," Foreign Minister Ana Ruiz told a news conference after meeting her Peruvian counterpart Luis Mora. Macron spoke by phone on Tuesday with Sultan Haitham bin Tarik. Bolivian Foreign Minister Juan Arce had spoken by phone with the Turkish foreign minister on Monday.');
    const talks = x.events.filter((e) => e.type === 'consult');
    const met = talks.find((e) => e.participants.some((p) => p.actorKey === 'person:luis-mora'));
    expect(met?.status).toBe('occurred');
    expect(talks.some((e) => e.mode === 'phone' && e.participants.some((p) => x.name(p.actorKey) === 'Haitham bin Tarik'))).toBe(true);
    expect(talks.some((e) => e.participants.some((p) => p.actorKey === 'person:juan-arce') && e.participants.some((p) => p.actorKey === 'state:TUR'))).toBe(true);
  });

  it('a pledging conference: "X announced the largest pledge, $350 million, followed by Y with €160 million": both give, to the state the appeal is for', () => {
    const x = extractText('International donors pledged $1.4 billion for Yemen on Wednesday at a conference in Geneva. Saudi Arabia announced the largest single pledge, $350 million, followed by the European Union with €160 million and Britain with £95 million.');
    const aid = x.events.filter((e) => e.type === 'aid');
    for (const giver of ['state:SAU', 'org:eu', 'state:GBR']) {
      const e = aid.find((ev) => ev.participants.some((p) => p.role === 'source' && p.actorKey === giver));
      expect(e?.participants.filter((p) => p.role === 'target').map((p) => p.actorKey)).toEqual(['state:YEM']);
    }
  });

  it('a gapped list "X pledged 50 million euros and Y 30 million euros": Y gives too, both to the state the appeal is for', () => {
    const x = extractText('Donors pledged $900 million in aid for Haiti on Monday at a conference in Brussels. The European Union pledged 50 million euros and Norway 30 million euros. Canada pledged a further $20 million, to be disbursed next year.');
    const aid = x.events.filter((e) => e.type === 'aid');
    for (const giver of ['org:eu', 'state:NOR', 'state:CAN']) {
      const e = aid.find((ev) => ev.participants.some((p) => p.role === 'source' && p.actorKey === giver));
      expect(e?.participants.filter((p) => p.role === 'target').map((p) => p.actorKey), giver).toEqual(['state:HTI']);
    }
    // The year the money is to be paid is not the pledge's.
    expect(aid.find((e) => e.participants.some((p) => p.actorKey === 'state:CAN'))?.date?.value).toBe('2024-05-13');
  });

  it('"X and Y each announced $20 million" is one pledge by each; "Z said it would give" is a pledge made that day; "according to figures released by" names no party', () => {
    const x = extractText('Donors pledged $900 million in aid for Haiti on Monday. Qatar and Kuwait each announced $20 million, according to figures released by the UN Office for the Coordination of Humanitarian Affairs (OCHA). Japan said it would give $15 million.');
    const aid = x.events.filter((e) => e.type === 'aid');
    expect(aid.map((e) => e.participants.map((p) => `${p.actorKey}:${p.role}`))).toEqual(
      expect.arrayContaining([
        ['state:QAT:source', 'state:HTI:target'],
        ['state:KWT:source', 'state:HTI:target'],
        ['state:JPN:source', 'state:HTI:target'],
      ]),
    );
    expect(aid.find((e) => e.participants.some((p) => p.actorKey === 'state:JPN'))).toMatchObject({ status: 'occurred', date: { value: '2024-05-13' } });
  });

  it('"warned that famine was spreading" is a concern, not a threat', () => {
    const x = extractText('The UN humanitarian coordinator, Ana Ruiz, said aid convoys had been blocked and warned that famine was spreading faster than ever.');
    expect(x.events.filter((e) => e.type === 'threaten')).toHaveLength(0);
  });

  it('a background event months earlier keeps its own date ("in March last year")', () => {
    const x = extractText('Argentina and Uruguay held talks in Montevideo in March last year.');
    expect(x.events[0]).toMatchObject({ type: 'consult', date: { value: '2023-03', precision: 'month' }, status: 'occurred' });
  });

  it('one real-world event mentioned twice is one event', () => {
    const x = extractText('Japanese Prime Minister Taro Sato held talks with Indian Prime Minister Ravi Rao on Tuesday. Sato and Rao met for two hours.');
    expect(x.events.filter((e) => e.type === 'consult')).toHaveLength(1);
  });

  it('a relative clause keeps its antecedent as the subject ("X, who ..., VERB")', () => {
    const x = extractText('Colombia, which asked Ecuador on Monday for help, welcomed the offer.');
    const req = x.events.find((e) => e.type === 'request')!;
    expect(req.participants.map((p) => p.actorKey)).toEqual(['state:COL', 'state:ECU']);
  });

  it('nothing is extracted from debris', () => {
    const x = extractText('WATCH: Egypt and Jordan hold talks in Cairo\n\nThe weather was fine.');
    expect(x.events).toHaveLength(0);
    expect(x.actors).toHaveLength(0);
  });

  it('a coordinated verb with "later" is a second meeting, with its own place', () => {
    const x = extractText('Kenyan President William Ruto met Ghanaian President Kofi Mensah in Accra on Monday and later held talks with Togolese President Faure Gnassingbe in Lome.');
    const meetings = x.events.filter((e) => e.type === 'consult');
    expect(meetings).toHaveLength(2);
    expect(meetings[1]).toMatchObject({ location: { name: 'Lomé', country: 'TGO' }, date: { value: '2024-05-13' } });
    expect(meetings[1]!.participants.map((p) => p.actorKey)).toEqual(['person:william-ruto', 'person:faure-gnassingbe']);
  });

  it('an elliptical ", and with Y" is a second meeting of the same side, on its own day and in its own place', () => {
    const x = extractText('Chilean Foreign Minister Ana Vera will meet Peruvian President Juan Rios in Lima on Friday, and with Bolivian President Luis Arce in La Paz on Saturday.');
    const meetings = x.events.filter((e) => e.type === 'consult');
    expect(meetings.map((e) => [e.status, e.date?.value, e.location?.name])).toEqual([
      ['planned', '2024-05-17', 'Lima'],
      ['planned', '2024-05-18', 'La Paz'],
    ]);
    expect(meetings[1]!.participants.map((p) => [p.actorKey, p.role])).toEqual([['person:ana-vera', 'source'], ['person:luis-arce', 'target']]);
  });

  it('a call "and with Y a day later" is a second call, the next day, placed nowhere', () => {
    const x = extractText('Chinese Foreign Minister Wang Yi spoke by phone with Brazilian Foreign Minister Mauro Vieira on Monday and with Chilean Foreign Minister Ana Vera a day later.');
    const calls = x.events.filter((e) => e.type === 'consult');
    expect(calls.map((e) => [e.mode, e.date?.value, e.location])).toEqual([
      ['phone', '2024-05-13', null],
      ['phone', '2024-05-14', null],
    ]);
  });

  it('"the next day" counts on from the day told before', () => {
    const x = extractText('Peruvian President Juan Rios met Chilean President Ana Vera in Santiago on 3 March. The next day, Rios held talks with Bolivian President Luis Arce in La Paz.');
    expect(x.events.filter((e) => e.type === 'consult').map((e) => e.date?.value)).toEqual(['2024-03-03', '2024-03-04']);
  });

  it('"two days later" counts on from the lead\'s own day, and nothing counts on from an untold day', () => {
    const x = extractText('Peruvian President Juan Rios met Chilean President Ana Vera in Santiago on Saturday. Two days later, Rios held talks with Bolivian President Luis Arce in La Paz.');
    expect(x.events.filter((e) => e.type === 'consult').map((e) => e.date?.value)).toEqual(['2024-05-11', '2024-05-13']);
    const y = extractText('Peruvian President Juan Rios held talks with Bolivian President Luis Arce in La Paz the next day.');
    expect(y.events[0]?.date?.value).not.toBe('2024-05-16');
  });

  it('actors in a leading participle ("Meeting at the Chilean Foreign Ministry, ...") take no part in the act', () => {
    const x = extractText('Meeting at the Chilean Foreign Ministry, Peru and Bolivia signed a fisheries agreement on Monday.');
    const agree = x.events.find((e) => e.type === 'agree');
    expect(agree?.participants.map((p) => p.actorKey).sort()).toEqual(['state:BOL', 'state:PER']);
  });

  it('"co-chaired a strategic dialogue" is a meeting; "pledged two patrol vessels" is aid', () => {
    const x = extractText('Peruvian Foreign Minister Juan Rios and his Chilean counterpart Ana Vera co-chaired a strategic dialogue in Lima on Monday. Vera pledged two patrol vessels for the Peruvian navy.');
    expect(x.events.some((e) => e.type === 'consult' && e.participants.some((p) => p.actorKey === 'person:ana-vera'))).toBe(true);
    expect(x.events.some((e) => e.type === 'aid' && e.participants.some((p) => p.role === 'source' && p.actorKey === 'person:ana-vera'))).toBe(true);
  });

  it('"The following day" opening a paragraph counts on from the last day its predecessor told', () => {
    const x = extractText('On 3 March, Chilean President Ana Vera met Peruvian President Juan Rios in Lima. She also visited a port.\n\nThe following day Vera was received by Bolivian President Luis Arce.');
    expect(x.events.find((e) => e.participants.some((p) => p.actorKey === 'person:luis-arce'))?.date?.value).toBe('2024-03-04');
  });

  it('a time before a coordinated verb belongs to the verb before: "fly to Lima on Friday and hold talks with X on Saturday"', () => {
    const x = extractText('Chilean President Ana Vera is scheduled to fly to Lima on Friday and hold talks with Peruvian President Juan Rios on Saturday.');
    expect(x.events.find((e) => e.participants.some((p) => p.actorKey === 'person:juan-rios'))?.date?.value).toBe('2024-05-18');
  });

  it('a visit "in November last year" named in a planned clause happened', () => {
    const x = extractText('The talks are expected to follow up on Chilean President Ana Vera\'s state visit to Lima in November last year.');
    expect(x.events.find((e) => e.date?.value === '2023-11')?.status).toBe('occurred');
  });

  it('"half of what it pledged last year" dates the earlier pledge, not the one made now', () => {
    const x = extractText('Donors pledged $900 million in aid for Haiti on Monday. Japan said it would give $15 million, half of what it pledged at last year\'s conference.');
    const aid = x.events.find((e) => e.type === 'aid' && e.participants.some((p) => p.actorKey === 'state:JPN'));
    expect(aid?.date?.value).toBe('2024-05-13');
    expect(aid?.participants.filter((p) => p.role === 'target').map((p) => p.actorKey)).toEqual(['state:HTI']);
  });

  it('"flew to" a capital, or to meet someone, is a visit; a flight to another city, or being flown, is not', () => {
    const x = extractText('Chilean President Ana Vera flew to Lima on Monday. Peruvian Foreign Minister Juan Rios had flown to Quito on Sunday to finalise the deal with his Ecuadorian counterpart Maria Paz. Vera was due to fly to Cusco on Tuesday to meet business leaders. The freed engineer was released and flown to Santiago.');
    const visits = x.events.filter((e) => e.type === 'consult');
    expect(visits.map((e) => [e.location?.name, e.mode])).toEqual([
      ['Lima', 'visit'],
      ['Quito', 'visit'],
    ]);
    expect(visits[1]!.participants.map((p) => p.actorKey)).toContain('person:maria-paz');
  });

  it('a news roundup: "presented his credentials to President X" is a meeting; a paragraph\'s own dateline ("Abuja: ECOWAS threatened ...") is a place, not a party; "they" after "the two leaders" are those two', () => {
    const x = extractText('WORLD IN BRIEF\n\nLima: Peruvian President Rosa Quispe held a telephone call with Chilean President Tomas Vidal on Wednesday, the two leaders\' first since he took office. According to the palace, they agreed to set up a joint working group on lithium.\n\nAbuja: The Economic Community of West African States (ECOWAS) on Thursday threatened to impose sanctions on Guinea-Bissau\'s military council.\n\nAstana: South Korea\'s new ambassador, Park Ji-hoon, presented his credentials to Kazakh President Yerlan Abenov on Tuesday.', '2025-12-04');
    const agree = x.events.find((e) => e.type === 'agree');
    expect(agree?.participants.map((p) => x.name(p.actorKey)).sort()).toEqual(['Rosa Quispe', 'Tomas Vidal']);
    const threat = x.events.find((e) => e.type === 'threaten');
    expect(threat?.participants.map((p) => x.name(p.actorKey))).not.toContain('Nigeria');
    expect(threat?.location?.name).toBe('Abuja');
    const credentials = x.events.find((e) => e.type === 'consult' && e.participants.some((p) => x.name(p.actorKey) === 'Park Ji-hoon'));
    expect(credentials?.participants.map((p) => x.name(p.actorKey))).toEqual(['Park Ji-hoon', 'Yerlan Abenov']);
  });

  it('a meeting an infinitive makes, pays or holds ("accepted an invitation to make a return visit to Accra in March", "The two agreed to hold the next \"2+2\" dialogue") is planned, in the coming month', () => {
    const x = extractText('Togo\'s foreign minister, Kossi Amegan, met Ghanaian Foreign Minister Ama Boateng in Lome on Tuesday. Amegan said he had accepted an invitation to make a return visit to Accra in March.', '2025-11-20');
    const visit = x.events.find((e) => e.type === 'consult' && e.location?.name === 'Accra');
    expect(visit).toMatchObject({ status: 'planned', date: { value: '2026-03', precision: 'month' } });
    const z = extractText('Japan\'s foreign minister, Kenta Iwasaki, met India\'s external affairs minister, Ravi Menon, on Tuesday. The two agreed to hold the next "2+2" dialogue of foreign and defence ministers in Tokyo in December.', '2025-09-23');
    expect(z.events.find((e) => e.type === 'agree')?.participants.map((p) => z.name(p.actorKey)).sort()).toEqual(['Kenta Iwasaki', 'Ravi Menon']);
    expect(z.events.find((e) => e.type === 'consult' && e.location?.name === 'Tokyo')).toMatchObject({ status: 'planned', date: { value: '2025-12' } });
    const y = extractText('Kenyan President Daniel Mwangi flew to Kampala on Monday to pay a state visit, and held talks with Ugandan President Yoweri Museveni.', '2025-11-20');
    expect(y.events.filter((e) => e.type === 'consult').every((e) => e.status === 'occurred')).toBe(true);
  });

  it('a time inside an invitation ("accepted an invitation to visit Lima in October") dates no later undated act', () => {
    const x = extractText('Chilean President Ana Vera met Peruvian President Juan Rios on Monday. Vera also accepted an invitation to visit Lima in October.\n\nBolivian President Luis Arce held talks with Paraguayan President Santiago Pena.');
    expect(x.events.find((e) => e.participants.some((p) => p.actorKey === 'person:luis-arce'))?.date?.value).not.toBe('2023-10');
  });

  it('"stepped out of the session to speak by phone with X" is a call made', () => {
    const x = extractText('Chilean President Ana Vera stepped out of the afternoon session to speak by phone with Peruvian President Juan Rios.');
    expect(x.events[0]).toMatchObject({ type: 'consult', mode: 'phone', status: 'occurred' });
  });

  it('"met in the Chilean town of Arica and initialled a protocol": a meeting and an agreement, both in Arica', () => {
    const x = extractText('In April, Peruvian Foreign Minister Juan Rios and Chilean Foreign Minister Ana Vera met in the Chilean town of Arica and initialled a protocol on the border.');
    expect(x.events.map((e) => [e.type, e.location?.name])).toEqual(expect.arrayContaining([['consult', 'Arica'], ['agree', 'Arica']]));
  });

  it('"recalled her country\'s ambassador to X" and "withdrew its ambassador to X" are sanctions; "by recalling ... and closing its airspace" also restricts movement', () => {
    const x = extractText('Chilean President Ana Vera on Wednesday recalled her country\'s ambassador to Peru. In January, Bolivia withdrew its ambassador to Paraguay. Peru responded by recalling its ambassadors from Santiago and closing its airspace to flights from Chile.');
    const sanctions = x.events.filter((e) => e.type === 'sanction');
    expect(sanctions.map((e) => e.participants.find((p) => p.role === 'source')?.actorKey)).toEqual(['person:ana-vera', 'state:BOL', 'state:PER']);
    expect(x.events.some((e) => e.type === 'coerce' && e.participants.some((p) => p.actorKey === 'state:PER'))).toBe(true);
  });

  it('an act dated after the story, "invited X to hold the next round in Hanoi in 2026", is planned whatever the tense', () => {
    const x = extractText('At the end of the talks, Deputy Minister Lan invited Deputy Minister Galym Serikov to hold the next round of political consultations in Hanoi in 2026.', '2025-03-12');
    expect(x.events.find((e) => e.location?.name === 'Hanoi')).toMatchObject({ status: 'planned', date: { value: '2026' } });
  });

  it('"offered on Sunday to mediate between the junta and the parties" is an offer to mediate (agree); "without imposing anything" imposes nothing', () => {
    const x = extractText('Neighbouring Senegal offered on Sunday to mediate between the junta and the country\'s political parties. "Senegal stands ready to facilitate a dialogue, without interfering and without imposing anything," President Macky Diouf said.', '2025-02-16');
    expect(x.events.map((e) => e.type)).toEqual(['agree']);
    expect(x.events[0]?.participants[0]).toEqual({ actorKey: 'state:SEN', role: 'source' });
  });

  it('praise is no insult: "described Ghana as \'a gateway to West Africa\'" accuses no one', () => {
    const x = extractText('Indian Prime Minister Arvind Rao described Ghana as "a gateway to West Africa" and said trade could double by 2030.');
    expect(x.events.some((e) => e.type === 'accuse')).toBe(false);
  });

  it('"agreed that the India-Ghana Joint Commission would meet in Accra in March": a bilateral body, meeting then; the agreement is today\'s', () => {
    const x = extractText('Indian Prime Minister Arvind Rao held talks with Ghanaian President Kofi Mensah on Thursday. The two leaders also agreed that the India-Ghana Joint Commission would meet in Accra in March next year.', '2025-11-06');
    expect(x.actors.some((a) => a.name === 'India-Ghana Joint Commission' && a.kind === 'organization')).toBe(true);
    expect(x.events.find((e) => e.type === 'consult' && e.location?.name === 'Accra')).toMatchObject({ status: 'planned', date: { value: '2026-03' } });
    expect(x.events.find((e) => e.type === 'agree')?.date?.value).toBe('2025-11-06');
  });

  it('an insult ("called her \'a puppet of Caracas\'") accuses the one insulted, not those named inside it; "what it called X \'aggression\'" is no insult', () => {
    const x = extractText('Chilean President Ana Vera criticised Lima on Monday. Peruvian President Juan Rios then called her "a puppet of Caracas" in a post. Bolivia requested a session on what it called Paraguayan "aggression".');
    const insult = x.events.filter((e) => e.type === 'accuse' && e.participants.some((p) => p.actorKey === 'person:juan-rios'));
    expect(insult.map((e) => e.participants.map((p) => `${p.actorKey}:${p.role}`))).toEqual([['person:juan-rios:source', 'person:ana-vera:target']]);
    expect(x.events.some((e) => e.type === 'accuse' && e.participants.some((p) => p.actorKey === 'state:BOL'))).toBe(false);
  });

  it('a requested meeting "which is expected to be held on Thursday" is planned, for Thursday to come', () => {
    const x = extractText('Chile and Peru requested an emergency meeting of the UN Security Council, which is expected to be held in New York on Thursday.');
    expect(x.events.find((e) => e.type === 'consult')).toMatchObject({ status: 'planned', date: { value: '2024-05-16' } });
  });

  it('"told reporters that the launch threatened the region" is no threat by the speaker; "a violation of UN Security Council resolutions" names no target; "staging drills late last month" dates the drills, not the charge', () => {
    const x = extractText('Chilean Foreign Minister Ana Vera told reporters that the launch threatened the peace of the region. Peru\'s foreign ministry condemned the launch by Bolivia as a clear violation of UN Security Council resolutions. Bolivian Vice Minister Luis Arce accused Peru of escalating tensions by staging drills late last month.');
    expect(x.events.filter((e) => e.type === 'threaten')).toHaveLength(0);
    expect(x.events.some((e) => e.participants.some((p) => p.actorKey === 'org:unsc'))).toBe(false);
    expect(x.events.find((e) => e.type === 'accuse' && e.participants.some((p) => p.actorKey === 'person:luis-arce'))?.date?.value).toBe('2024-05-15');
  });

  it('regional blocs: "suspended X from the bloc" is a sanction (placed by the dateline, not "the junta in Bissau"); "stood ready to close its borders" is a threat; "rejected the suspension" a rejection', () => {
    const x = extractText('ABUJA, May 12 (Wire) - West African leaders on Sunday suspended Mali from the Economic Community of West African States (ECOWAS) and gave the junta in Bamako six months to agree a timetable. The bloc said it stood ready to close its members\' borders with Mali. The African Union had already suspended Mali from all AU activities on Thursday. In Bamako, junta spokesman Colonel Abdoulaye Maiga rejected the suspension as unjust.', '2024-05-12');
    const sanctions = x.events.filter((e) => e.type === 'sanction');
    expect(sanctions.map((e) => e.location?.name ?? null)).toContain('Abuja');
    expect(sanctions.some((e) => e.participants.some((p) => x.name(p.actorKey) === 'African Union'))).toBe(true);
    expect(x.events.some((e) => e.type === 'threaten')).toBe(true);
    expect(x.events.some((e) => e.type === 'coerce')).toBe(false);
    expect(x.events.some((e) => e.type === 'reject')).toBe(true);
  });

  it('"African leaders suspended Mali from all activities of the African Union": the body suspends', () => {
    const x = extractText('African leaders on Saturday suspended Mali from all activities of the African Union until constitutional order is restored.', '2024-05-12');
    const sanction = x.events.find((e) => e.type === 'sanction');
    expect(sanction?.participants).toEqual(expect.arrayContaining([{ actorKey: 'org:african-union', role: 'source' }, { actorKey: 'state:MLI', role: 'target' }]));
  });

  it('coordinated sanctions: "designated four officials" is a sanction; "called the sanctions \'illegitimate\'" rejects them, aimed at whoever imposed them', () => {
    const x = extractText('The European Union and Britain on Thursday imposed sanctions on Belarusian officials. The EU froze the assets of nine judges. In Washington, the Treasury Department designated four officials, including Deputy Interior Minister Oleg Zhuravsky. Belarusian Foreign Ministry spokesman Pavel Leshchenko called the sanctions "illegitimate and hypocritical".');
    expect(x.events.some((e) => e.type === 'sanction' && e.participants.some((p) => x.name(p.actorKey) === 'Oleg Zhuravsky'))).toBe(true);
    const reject = x.events.find((e) => e.type === 'reject');
    expect(reject?.participants.filter((p) => p.role === 'target').map((p) => x.name(p.actorKey))).toEqual(expect.arrayContaining(['European Union', 'United Kingdom']));
  });

  it('a background year told after the day ("..., signed by the two countries in 1903") is not the day the next paragraph carries on', () => {
    const x = extractText('The presidents of Chile and Peru on Saturday opened a bridge, honouring a commitment made in a treaty signed by the two countries in 1903.\n\nChilean President Ana Vera and her Peruvian counterpart Juan Rios held talks over lunch in Arica.', '2024-05-13');
    expect(x.events.find((e) => e.type === 'consult')?.date?.value).toBe('2024-05-11');
  });

  it('"the two presidents were expected to discuss the dispute by phone" in a story naming no president is a planned call of the two states', () => {
    const x = extractText('Kenya on Thursday threatened to impose duties on Tanzanian rice. State House spokesman Peter Kiprono said the two presidents were expected to discuss the dispute by phone on Friday.', '2025-02-06');
    const call = x.events.find((e) => e.type === 'consult');
    expect(call).toMatchObject({ status: 'planned', mode: 'phone', date: { value: '2025-02-07' } });
    expect(call?.participants.map((p) => p.actorKey).sort()).toEqual(['state:KEN', 'state:TZA']);
  });

  it('a charge "told reporters in Lima" that day was made in Lima', () => {
    const x = extractText('Peruvian Foreign Minister Juan Rios accused Chile of spying on Wednesday, he told reporters in Lima.');
    expect(x.events.find((e) => e.type === 'accuse')?.location?.name).toBe('Lima');
  });
  it('an appeal addressed to no one named ("called for an immediate ceasefire", "urged restraint") is no request; "urged Chile to withdraw" is', () => {
    const x = extractText('The Brazilian foreign ministry called for an immediate ceasefire on Tuesday. Norway urged restraint. Peru urged Chile to withdraw its patrol boats.');
    expect(x.events.filter((e) => e.type === 'request').map((e) => e.participants.map((p) => `${x.name(p.actorKey)}:${p.role}`))).toEqual([['Peru:source', 'Chile:target']]);
  });
  it('a refusal announced for the future ("would not accept a temporary truce") is a stance, not a rejection; "rejected the proposal" is one', () => {
    const x = extractText('Peru said on Tuesday that it would not accept any ruling from the tribunal. Chile rejected the Bolivian proposal on Monday.');
    expect(x.events.filter((e) => e.type === 'reject').map((e) => e.participants.map((p) => `${x.name(p.actorKey)}:${p.role}`))).toEqual([['Chile:source', 'Bolivia:target']]);
  });
  it('a meeting whose one party is its topic ("The talks also touched on Myanmar") finds no one meeting and is no event', () => {
    const x = extractText('Peruvian Foreign Minister Juan Rios met his Chilean counterpart in Lima on Monday. The talks also touched on Bolivia.');
    expect(x.events.filter((e) => e.type === 'consult').map((e) => e.participants.map((p) => x.name(p.actorKey)))).toEqual([['Juan Rios', 'Chile']]);
  });
  it('a visit named by its noun ("X\'s state visit to Lima"): the visitor before it, the host state of the place after; "ahead of" makes it planned', () => {
    const x = extractText('Trade topped the agenda ahead of Chilean President Ana Vera\'s visit to Lima next week. Officials recalled Bolivian President Luis Mamani\'s state visit to Santiago in March last year.');
    expect(x.events.filter((e) => e.type === 'consult').map((e) => [e.participants.map((p) => `${x.name(p.actorKey)}:${p.role}`), e.status, e.date?.value, e.location?.name])).toEqual([
      [['Ana Vera:source', 'Peru:target'], 'planned', '2024-05', 'Lima'],
      [['Luis Mamani:source', 'Chile:target'], 'occurred', '2023-03', 'Santiago'],
    ]);
  });
  it('a counterfactual past ("vetoed a resolution that would have condemned X") is the veto\'s day and no act of its own', () => {
    const x = extractText('Russia on Tuesday vetoed a draft resolution that would have condemned a Peruvian naval raid on a Chilean port.');
    expect(x.events.filter((e) => e.type !== 'assault').map((e) => [e.type, e.status, e.date?.value])).toEqual([['reject', 'occurred', '2024-05-14']]);
    expect(x.allegations).toEqual([]);
  });
  it('"called the expulsions \'baseless retaliation\'" rejects them; "the bloc stood \'in full solidarity\' with X" supports X', () => {
    const x = extractText('Peru expelled two Chilean diplomats on Monday. Chilean Foreign Minister Ana Vera called the expulsions "baseless retaliation". Bolivia said it stood "in full solidarity" with Chile.');
    expect(x.events.filter((e) => e.type === 'reject' || e.type === 'support').map((e) => [e.type, e.participants.map((p) => x.name(p.actorKey))])).toEqual([
      ['reject', ['Ana Vera', 'Peru']],
      ['support', ['Bolivia', 'Chile']],
    ]);
  });
  it('an envoy summoned answers for the state sending them: "Peru\'s chargé d\'affaires, Luis Mora, was summoned to the Chilean foreign ministry"', () => {
    const x = extractText("Peru's chargé d'affaires in Santiago, Luis Mora, was summoned to the Chilean foreign ministry on Monday.");
    expect(x.events.filter((e) => e.type === 'accuse').map((e) => e.participants.map((p) => `${x.name(p.actorKey)}:${p.role}`))).toEqual([['Luis Mora:target', 'Chilean foreign ministry:source', 'Peru:target']]);
  });
  it('a second opening phrase of time ("In April 2022, weeks after Russia\'s invasion of Ukraine, Chile expelled ...") names no party', () => {
    const x = extractText("In April 2022, weeks after Russia's invasion of Ukraine, Chile expelled the Russian ambassador.");
    expect(x.events.filter((e) => e.type === 'sanction').map((e) => e.participants.map((p) => `${x.name(p.actorKey)}:${p.role}`))).toEqual([['Chile:source', 'Russia:target']]);
  });
  it('"On Friday Chile accused Peru of firing on two of its vessels": an assault on the accuser, in the month (the day is the charge\'s)', () => {
    const x = extractText('Chile on Friday accused Peru of firing on two of its vessels near Arica.', '2025-03-14');
    expect(x.events.filter((e) => e.type === 'assault').map((e) => [e.participants.map((p) => `${x.name(p.actorKey)}:${p.role}`), e.date?.value])).toEqual([[['Peru:source', 'Chile:target'], '2025-03']]);
  });
  it('"told reporters that the sanctions were illegitimate" rejects them, aimed at whoever imposed them even when the one speaking is an ally of the target', () => {
    const x = extractText('The European Union on Monday imposed asset freezes on Bolivian officials. Venezuelan spokesman Luis Mora told reporters in Caracas that the sanctions were illegitimate.');
    expect(x.events.filter((e) => e.type === 'reject').map((e) => e.participants.map((p) => `${x.name(p.actorKey)}:${p.role}`))).toEqual([['Luis Mora:source', 'European Union:target']]);
  });
  it('"Chile closed its embassy in Lima in 2019" cuts ties with the state of that capital, not with the targets of measures told before', () => {
    const x = extractText('The European Union sanctioned three Bolivian officials on Monday. Chile closed its embassy in Lima in November 2019 after it was stormed by protesters.');
    expect(x.events.filter((e) => e.type === 'sanction').map((e) => e.participants.map((p) => `${x.name(p.actorKey)}:${p.role}`))).toEqual([['European Union:source', 'Bolivia:target'], ['Chile:source', 'Peru:target']]);
  });
  it('", and the European Union is expected to ..." opens a clause of its own: the EU is no target of the sanctions before it', () => {
    const x = extractText('Chile imposed sanctions on Peruvian officials last week, and the European Union is expected to consider similar steps next month.');
    expect(x.events.filter((e) => e.type === 'sanction').map((e) => e.participants.map((p) => `${x.name(p.actorKey)}:${p.role}`))).toEqual([['Chile:source', 'Peru:target']]);
  });
  it('"blocked China\'s first request for a panel" is a rejection of the requester; "rejected the Chilean arguments" too', () => {
    const x = extractText('The European Union on Monday blocked Peru\'s first request for a WTO panel on the duties. Bolivia rejected the Chilean arguments on Tuesday.', '2025-04-29');
    expect(x.events.filter((e) => e.type === 'reject').map((e) => e.participants.filter((p) => p.role !== 'target' || p.actorKey.startsWith('state:')).map((p) => `${x.name(p.actorKey)}:${p.role}`))).toEqual([
      ['European Union:source', 'Peru:target'],
      ['Bolivia:source', 'Chile:target'],
    ]);
  });
  it('"Peru and Chile exchanged prisoners in Quito" is a concession; "a bomb attack on a meeting of exiled activists" is no meeting', () => {
    const x = extractText('Peru and Chile exchanged prisoners in Quito on Tuesday. A Chilean man was convicted in 2023 of helping to plan a bomb attack on a meeting of Peruvian opposition activists.', '2024-05-15');
    expect(x.events.map((e) => e.type)).toEqual(['concede']);
  });
  it('"accused Chile of striking its ports in June last year. He later met X": the time inside the charge is the act\'s, not the day "later" carries on', () => {
    const x = extractText('Peruvian President Ana Vera, in her address to the plenary on Wednesday, accused Chile of having struck Peruvian ports in June last year. She later met Bolivian President Luis Arce.', '2026-08-20');
    expect(x.events.find((e) => e.type === 'consult')?.date?.value).toBe('2026-08-19');
  });
  it('"met X on Thursday, and the two agreed to coordinate ahead of the climate conference in Antalya": the place of an occasion to come is not the meeting\'s', () => {
    const x = extractText('Chilean President Ana Vera met Peruvian President Luis Soto on Thursday morning, and the two agreed to coordinate their positions ahead of the COP31 climate conference in Antalya in November.', '2026-08-20');
    expect(x.events.filter((e) => e.location?.name === 'Antalya')).toEqual([]);
  });
  it('"agreed on Tuesday to reopen their main border crossing to commercial traffic from June 1": the agreement is Tuesday\'s, June 1 the reopening\'s, and a meeting told after it carries on Tuesday', () => {
    const x = extractText('Peru and Bolivia agreed on Tuesday to reopen their main border crossing to commercial traffic from June 1. Later, Peruvian President Ana Vera met Bolivian President Luis Arce.', '2025-05-14');
    expect(x.events.map((e) => [e.type, e.date?.value])).toEqual([['agree', '2025-05-13'], ['consult', '2025-05-13']]);
  });
  it('"was on the phone to her Chilean counterpart, X" is a call', () => {
    const x = extractText('Within an hour, Peru\'s Foreign Minister Ana Ruiz was on the phone to her Chilean counterpart, Jorge Vidal.', '2025-03-07');
    expect(x.events.map((e) => [e.type, e.mode, e.participants.map((p) => x.name(p.actorKey))])).toEqual([['consult', 'phone', ['Ana Ruiz', 'Jorge Vidal']]]);
  });
  it('a ministry readout: "Mr. X, Minister for Foreign Affairs of Peru, held a telephone talk with H.E. Mr. Y, Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Chile" is a call with a Chilean minister', () => {
    const x = extractText('On March 5, Mr. Luis Soto, Minister for Foreign Affairs of Peru, held a telephone talk with H.E. Mr. Jorge Vidal Rojas, Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Chile.', '2026-03-05');
    expect(x.events.map((e) => [e.type, e.mode])).toEqual([['consult', 'phone']]);
    expect(x.actors.find((a) => a.name === 'Jorge Vidal Rojas')).toMatchObject({ country: 'CHL', role: 'Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Chile' });
  });
});

describe('partners named with a title in the subject', () => {
  it('"X and Philippine Foreign Secretary Y signed ... after talks", "X and his Albanian counterpart, Y, signed ... after talks": the talks are both\'s', () => {
    const x = extractText('Vietnamese Foreign Minister Tran Duc and Philippine Foreign Secretary Ramon Cruz signed a memorandum in Manila after talks on Thursday. Greek Foreign Minister Nikos Varos and his Albanian counterpart, Elira Hoxha, signed the accord in Tirana after two hours of talks.', '2026-02-06');
    const talks = x.events.filter((e) => e.type === 'consult').map((e) => e.participants.map((p) => x.name(p.actorKey)).sort());
    expect(talks).toEqual([['Ramon Cruz', 'Tran Duc'], ['Elira Hoxha', 'Nikos Varos']]);
  });
});

describe('releases told in the passive or by their noun', () => {
  it('"were released by Sri Lanka", "held in Niger ... were handed over", "Bolivia\'s release on Monday of 14 Peruvian truck drivers" are concessions; "Twelve Thai fishermen detained in Myanmar" tells no detention by Thailand', () => {
    const x = extractText('Fourteen Indian fishermen were released by Sri Lanka on Tuesday. The visit followed Bolivia\'s release on Monday of 14 Peruvian truck drivers. Twelve Thai fishermen detained in Myanmar were freed on Friday.', '2024-11-21');
    expect(x.events.map((e) => [e.type, e.date?.value ?? null, e.participants.filter((p) => p.role === 'source').map((p) => x.name(p.actorKey)), e.participants.filter((p) => p.role === 'target').map((p) => x.name(p.actorKey))])).toEqual([
      ['concede', '2024-11-19', ['Sri Lanka'], ['India']],
      ['concede', '2024-11-18', ['Bolivia'], ['Peru']],
      ['concede', '2024-11-15', ['Myanmar'], ['Thailand']],
    ]);
  });
});

describe('the time of a clause after a semicolon', () => {
  it('"In October 2013 the navy detained a ship; Caracas accused Georgetown of ..., and Guyana rejected the charge" are all in October 2013', () => {
    const x = extractText('The discovery of oil in 2015 raised the stakes. In October 2013 the Venezuelan navy detained a research ship working for Guyana; Caracas accused Georgetown of violating its sovereignty, and Guyana rejected the charge.', '2025-03-04');
    expect(x.events.map((e) => [e.type, e.date?.value])).toEqual([['coerce', '2013-10'], ['accuse', '2013-10'], ['reject', '2013-10']]);
  });
});

describe('a body inside the office set off after a name', () => {
  it('"Zhao Wen, chairman of the National People\'s Congress Standing Committee, will meet Sogavare" is no meeting with the committee', () => {
    const x = extractText('Prime Minister Manasseh Sogavare arrived on Monday. Zhao Wen, chairman of the National People\'s Congress Standing Committee, will meet Sogavare later in the week.', '2023-07-10');
    const planned = x.events.find((e) => e.status === 'planned');
    expect(planned?.participants.map((p) => x.name(p.actorKey)).sort()).toEqual(['Manasseh Sogavare', 'Zhao Wen']);
  });
});

describe('findings dismissed', () => {
  it('"The UN panel of experts said ... Rwanda has dismissed the findings": the panel speaks, and Rwanda rejects what it said', () => {
    const x = extractText('The UN panel of experts said on Monday that Rwandan troops were fighting alongside the rebels in Congo. Rwanda has dismissed the findings, with spokesperson Yolande Makolo saying the experts had ignored the militia.', '2024-05-15');
    expect(x.statements.map((st) => x.name(st.speakerKey))).toEqual(['UN panel of experts', 'Yolande Makolo']);
    const reject = x.events.find((e) => e.type === 'reject');
    expect(reject?.participants.map((p) => [x.name(p.actorKey), p.role])).toEqual([['Rwanda', 'source'], ['UN panel of experts', 'target']]);
  });
});

describe('plans with an adverb before "due to", and meetings "to be hosted"', () => {
  it('"accepted an invitation to attend the summit ... at the end of August" is a summit ahead', () => {
    const x = extractText('President Kassym-Jomart Tokayev accepted an invitation to attend the summit of the Shanghai Cooperation Organisation in Tianjin at the end of August, his press office said.', '2025-03-20');
    expect(x.events.map((e) => [e.type, e.status, e.date?.value])).toEqual([['consult', 'planned', '2025-08']]);
  });

  it('"are also due to resume talks in October" and "the Leaders Meeting to be hosted by Solomon Islands in September" are planned, in the months ahead', () => {
    const x = extractText('ASEAN and China are also due to resume talks on a code of conduct in October. They discussed preparations for the Pacific Islands Forum Leaders Meeting to be hosted by Solomon Islands in September.', '2023-08-24');
    expect(x.events.map((e) => [e.status, e.date?.value])).toEqual([['planned', '2023-10'], ['planned', '2023-09']]);
  });
});

describe('where a datelined story\'s own state acts that day', () => {
  it('"PARIS - France pledged ..." and a French protest that day are in Paris; China\'s charge from the same dateline is placed nowhere', () => {
    const x = extractArticle('PARIS, April 15 (Wire) - Leaders met in Paris on Monday to discuss Sudan.\n\nFrance pledged 110 million euros in aid for Sudan on Monday. France also lodged a protest with Russia on Monday. China accused the United States of hypocrisy on Monday.', { publishedAt: '2024-04-15' });
    expect(x.events.filter((e) => e.type !== 'consult').map((e) => [e.type, e.location?.name ?? null])).toEqual([['aid', 'Paris'], ['protest', 'Paris'], ['accuse', null]]);
  });
});

